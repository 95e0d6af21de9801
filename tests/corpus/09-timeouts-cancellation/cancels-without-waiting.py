"""fetch_first_within cancels the pending tasks after its session block, and returns at once.

task.cancel() only asks: the cancelled tasks are still running when the function returns
("cancelled, but never awaited"). The list, the concurrency and the session are right.
Expected: loses check-first-within and hidden-first-within (no_pending_tasks); the other
tasks are correct.
"""

# %% answer-first-within

async def fetch_first_within(urls, seconds):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        done, pending = await asyncio.wait(tasks, timeout=seconds)
    for task in pending:
        task.cancel()
    return [task.result() if task in done else None for task in tasks]
