"""brew_all awaits each brew inside the for loop: each machine starts only when the previous
one is done.
Expected: check-brew-all and hidden-brew-all 0 (never all in flight); tasks 1 and 3 full."""

# %% answer-brew-all

async def brew_all(orders):
    results = []
    for drink, url in orders:
        results.append(await brew(drink, url))
    return results
