"""brew_all runs the brews concurrently but collects the results as they finish
(asyncio.as_completed), not in the order of orders.
Expected: hidden-brew-all 0 (the visible test's machines finish in the order of orders, the
hidden test's do not); everything else full."""

# %% answer-brew-all

async def brew_all(orders):
    coroutines = [brew(drink, url) for drink, url in orders]
    return [await next_done for next_done in asyncio.as_completed(coroutines)]
