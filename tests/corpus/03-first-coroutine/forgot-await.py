"""greet calls asyncio.sleep(delay) without await: it returns at once with the right value,
and the sleep coroutine is never awaited (in greet_everyone too, which is built on greet).
Expected: check-greet and hidden-greet 0, check-greet-everyone and hidden-greet-everyone 0
(coroutine 'sleep' never awaited); task 2 full."""

# %% answer-greet

async def greet(name, delay):
    asyncio.sleep(delay)
    return f"Hello, {name}!"
