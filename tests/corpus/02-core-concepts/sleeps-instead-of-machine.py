"""brew waits as long as the machine would (await asyncio.sleep) instead of running it: the
value is right and nothing blocks, but the server never receives the request, so the machine
never really ran. The same brew makes brew_all and morning_routine brew nothing either.
Expected: check-brew and hidden-brew 0 (no request), both tests of task 2 0 (no machine in
flight), hidden-morning-routine 0 (no request); check-morning-routine keeps its point."""

# %% answer-brew

async def brew(drink, url):
    await asyncio.sleep(0.3)  # as long as a machine takes
    return f"{drink} ready"
