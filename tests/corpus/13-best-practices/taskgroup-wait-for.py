"""A different correct fix: a TaskGroup instead of gather, asyncio.wait_for instead of
asyncio.timeout, and the polite pause inside the task.
Expected: full marks."""

# %% answer-report

async def fetch_status(session, url, timeout):
    await asyncio.sleep(0.2)

    async def get():
        async with session.get(url) as resp:
            return resp.status

    try:
        return await asyncio.wait_for(get(), timeout)
    except asyncio.TimeoutError:
        return "timeout"


async def report(urls, timeout):
    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as tg:
            tasks = {url: tg.create_task(fetch_status(session, url, timeout)) for url in urls}
    return {url: task.result() for url, task in tasks.items()}
