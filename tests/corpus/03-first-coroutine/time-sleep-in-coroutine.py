"""greet waits with time.sleep instead of await asyncio.sleep: the value is right (visible test
of task 1 passes) but the event loop is blocked, so the hidden test of task 1 fails, and
greet_everyone, built on greet, cannot overlap the waits (both tests of task 3 fail).
Task 2 is correct."""

# %% answer-greet

async def greet(name, delay):
    time.sleep(delay)
    return f"Hello, {name}!"
