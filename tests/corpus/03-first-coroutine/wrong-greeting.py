"""greet waits as asked but its greeting lacks the comma: "Hello Ada!" instead of
"Hello, Ada!", in greet and in greet_everyone, built on it.
Expected: check-greet, hidden-greet, check-greet-everyone and hidden-greet-everyone 0 (the
value); task 2 full."""

# %% answer-greet

async def greet(name, delay):
    await asyncio.sleep(delay)
    return f"Hello {name}!"
