"""race awaits the task of url_a, then cancels the other: right whenever url_a is the faster
one, as in the visible test, but when url_b wins it returns url_a's body after waiting for it.
Expected: hidden-race 0 (the slow body); everything else full."""

# %% answer-race

async def race(url_a, url_b):
    async with aiohttp.ClientSession() as session:
        task_a = asyncio.create_task(fetch_text(session, url_a))
        task_b = asyncio.create_task(fetch_text(session, url_b))
        body = await task_a
        task_b.cancel()
        await asyncio.gather(task_b, return_exceptions=True)
        return body
