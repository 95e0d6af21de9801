"""brew_all and morning_routine each start a task that keeps an eye on the kitchen (a loop
with no exit) and never stop it: it is still running when they return. Everything else is
right.
Expected: hidden-brew-all 0 and hidden-morning-routine 0 (a task left running); the visible
tests keep their points."""

# %% answer-brew-all

async def brew_all(orders):
    async def watch_kitchen():
        while True:
            await asyncio.sleep(0.05)

    asyncio.create_task(watch_kitchen())
    return await asyncio.gather(*(brew(drink, url) for drink, url in orders))

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    async def watch_kitchen():
        while True:
            await asyncio.sleep(0.05)

    asyncio.create_task(watch_kitchen())
    coffee = asyncio.create_task(brew("coffee", coffee_url))
    await asyncio.sleep(0.3)
    toast = await brew("toast", toast_url)
    return [await coffee, toast]
