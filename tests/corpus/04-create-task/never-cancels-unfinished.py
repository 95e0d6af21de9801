"""collect_finished puts None for the late URLs but never cancels their tasks: the list is
right, yet the late requests are left running.
Expected: check-collect-finished and hidden-collect-finished 0 (tasks left running, not
cancelled); tasks 1 and 2 full."""

# %% answer-collect-finished

async def collect_finished(urls, deadline):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        await asyncio.sleep(deadline)
        return [task.result() if task.done() else None for task in tasks]
