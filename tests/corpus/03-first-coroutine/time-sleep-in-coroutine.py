"""greet waits with time.sleep instead of await asyncio.sleep: the value is right and it does
wait, but the event loop is blocked, so greet_everyone, built on greet, cannot overlap the
waits.
Expected: hidden-greet 0 (loop blocked 0.5 s), check-greet-everyone and hidden-greet-everyone 0
(waits one after another); check-greet and task 2 full."""

# %% answer-greet

async def greet(name, delay):
    time.sleep(delay)
    return f"Hello, {name}!"
