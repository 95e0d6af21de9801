"""brew_all returns asyncio.gather(...) without await: the caller gets a future instead of the
list, and the brews, scheduled but never awaited, never reach the server.
Expected: check-brew-all and hidden-brew-all 0 (a future returned: missing await); tasks 1 and
3 correct."""

# %% answer-brew-all

async def brew_all(orders):
    return asyncio.gather(*(brew(drink, url) for drink, url in orders))
