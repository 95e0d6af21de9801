"""collect_finished calls task.result() on every task after the deadline without checking
task.done(): the late ones raise InvalidStateError ("Result is not set.").
Expected: check-collect-finished and hidden-collect-finished 0; tasks 1 and 2 full."""

# %% answer-collect-finished

async def collect_finished(urls, deadline):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        await asyncio.sleep(deadline)
        return [task.result() for task in tasks]
