"""brew_all awaits each brew inside the for loop: each machine starts only when the previous
one is done. Loses both tests of task 2 (concurrency); tasks 1 and 3 are correct."""

# %% answer-brew-all

async def brew_all(orders):
    results = []
    for drink, url in orders:
        results.append(await brew(drink, url))
    return results
