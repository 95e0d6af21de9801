"""brew_all starts every brew as a task and waits for them all (all in flight at once), then,
not knowing the tasks hold the results, brews each order again to get its string: every
machine runs twice.
Expected: check-brew-all and hidden-brew-all 0 (twice the requests); tasks 1 and 3 correct."""

# %% answer-brew-all

async def brew_all(orders):
    tasks = [asyncio.create_task(brew(drink, url)) for drink, url in orders]
    await asyncio.wait(tasks)  # all brewing at once...
    return [await brew(drink, url) for drink, url in orders]  # ...then brew again for the result
