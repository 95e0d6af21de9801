"""greet starts the wait as a task (asyncio.create_task(asyncio.sleep(delay))) and never awaits
it: no coroutine is left unawaited (the task holds it), but greet returns at once.
Expected: check-greet and hidden-greet 0 (returned too soon), check-greet-everyone and
hidden-greet-everyone 0 (too soon); task 2 full."""

# %% answer-greet

async def greet(name, delay):
    asyncio.create_task(asyncio.sleep(delay))
    return f"Hello, {name}!"
