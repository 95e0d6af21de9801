"""brew_all awaits each brew inside the for loop: each machine starts only when the previous
one is done. Loses both tests of task 2 (concurrency); tasks 1 and 3 are correct."""

# %% answer-brew

async def brew(drink, url):
    await run_machine(url)
    return f"{drink} ready"

# %% answer-brew-all

async def brew_all(orders):
    results = []
    for drink, url in orders:
        results.append(await brew(drink, url))
    return results

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = asyncio.create_task(brew("coffee", coffee_url))
    await asyncio.sleep(0.3)
    toast = await brew("toast", toast_url)
    return [await coffee, toast]
