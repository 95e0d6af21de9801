"""brew returns "{drink} ready" without the f prefix: the machine runs as asked, but the
string is literally '{drink} ready', in brew and in everything built on it.
Expected: every test 0 but none for a reason other than the value: check-brew, hidden-brew,
check-brew-all, hidden-brew-all, check-morning-routine, hidden-morning-routine."""

# %% answer-brew

async def brew(drink, url):
    await run_machine(url)
    return "{drink} ready"
