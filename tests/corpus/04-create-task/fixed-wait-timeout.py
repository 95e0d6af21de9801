"""race waits a fixed second (asyncio.wait(tasks, timeout=1)) instead of returning when the
first task is done: it returns the right body and cancels the loser, but never before 1 s.
Expected: hidden-race 0 (1 s for a 0.1 s winner); everything else full."""

# %% answer-race

async def race(url_a, url_b):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in (url_a, url_b)]
        done, pending = await asyncio.wait(tasks, timeout=1)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        return done.pop().result()
