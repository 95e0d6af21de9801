"""greet_everyone returns the list of greet(...) coroutines without awaiting them: nothing
waits and the list holds coroutine objects.
Expected: check-greet-everyone and hidden-greet-everyone 0 (coroutines returned); tasks 1 and
2 full."""

# %% answer-greet-everyone

async def greet_everyone(names, delay):
    return [greet(name, delay) for name in names]
