"""greet takes delay as milliseconds: await asyncio.sleep(delay / 1000). Everything is awaited
and the value is right, but it waits a thousandth of the time (so does greet_everyone).
Expected: check-greet and hidden-greet 0 (returned too soon), check-greet-everyone and
hidden-greet-everyone 0 (too soon); task 2 full."""

# %% answer-greet

async def greet(name, delay):
    await asyncio.sleep(delay / 1000)  # delay in ms
    return f"Hello, {name}!"
