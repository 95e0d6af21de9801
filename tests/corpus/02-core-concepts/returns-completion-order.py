"""brew_all runs the brews concurrently but collects the results as they finish
(asyncio.as_completed), not in the order of orders. Loses the hidden test of task 2 only
(the visible test's machines all take the same time)."""

# %% answer-brew-all

async def brew_all(orders):
    coroutines = [brew(drink, url) for drink, url in orders]
    return [await next_done for next_done in asyncio.as_completed(coroutines)]
