"""race waits on an asyncio.Event that the first finisher was meant to set, but nobody calls
set(): the await never completes. Each race test is stopped at its timeout (4 s) and fails by
name; the notebook still grades.
Expected: check-race and hidden-race 0 (no body returned); tasks 1 and 3 full."""

# %% answer-race

async def race(url_a, url_b):
    first = asyncio.Event()
    bodies = []

    async def one(session, url):
        bodies.append(await fetch_text(session, url))

    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(one(session, url)) for url in (url_a, url_b)]
        await first.wait()  # nobody ever calls first.set()
        for task in tasks:
            task.cancel()
        return bodies[0]
