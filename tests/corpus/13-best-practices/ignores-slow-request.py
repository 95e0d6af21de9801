"""Uses asyncio.wait(..., timeout=...) and reports "timeout" for the requests not done, but never
cancels them: they keep running after report returns.
Expected: loses check-timeout and hidden-timeout only (cancelled_at_least)."""

# %% answer-report

async def fetch_status(session, url, timeout):
    await asyncio.sleep(0.2)
    async with session.get(url) as resp:
        return resp.status


async def report(urls, timeout):
    async with aiohttp.ClientSession() as session:
        tasks = {url: asyncio.create_task(fetch_status(session, url, timeout)) for url in urls}
        await asyncio.wait(tasks.values(), timeout=0.2 + timeout)  # the pause, then the timeout
        return {url: task.result() if task.done() else "timeout" for url, task in tasks.items()}
