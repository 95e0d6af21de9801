"""greet_everyone awaits each greet inside the for loop: the greetings are right but the waits
add up (5 x 0.3 s), so both time-bounded tests of task 3 fail; tasks 1 and 2 are correct."""

# %% answer-greet-everyone

async def greet_everyone(names, delay):
    greetings = []
    for name in names:
        greetings.append(await greet(name, delay))
    return greetings
