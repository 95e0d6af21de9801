"""greet_everyone calls asyncio.run(greet(...)) for each name, as a script would at top level.
Inside async def the loop is already running, so asyncio.run raises RuntimeError.
Expected: check-greet-everyone and hidden-greet-everyone 0; tasks 1 and 2 full."""

# %% answer-greet-everyone

async def greet_everyone(names, delay):
    return [asyncio.run(greet(name, delay)) for name in names]
