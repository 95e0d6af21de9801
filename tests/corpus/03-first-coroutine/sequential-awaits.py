"""greet_everyone awaits each greet inside the for loop: the greetings are right but the waits
add up (5 x 0.3 s, 12 x 0.5 s).
Expected: check-greet-everyone and hidden-greet-everyone 0 (too slow); tasks 1 and 2 full."""

# %% answer-greet-everyone

async def greet_everyone(names, delay):
    greetings = []
    for name in names:
        greetings.append(await greet(name, delay))
    return greetings
