"""greet calls asyncio.sleep(delay) without await: it returns at once with the right value,
and the sleep coroutine is never awaited. The visible tests pass (right values, quick); the
hidden tests of tasks 1 and 3 (every coroutine awaited) fail. Task 2 is correct."""

# %% answer-greet

async def greet(name, delay):
    asyncio.sleep(delay)
    return f"Hello, {name}!"
