"""fetch_with_deadline cancels the slow request's task but returns without waiting for it.

task.cancel() only asks the task to stop: when the function returns, the task is still
running ("cancelled, but never awaited"). Values, deadline and session are right.
Expected: loses check-deadline and hidden-deadline (no_pending_tasks); the other tasks are
correct.
"""

# %% answer-deadline

async def fetch_text(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.text()


async def fetch_with_deadline(url, seconds):
    task = asyncio.create_task(fetch_text(url))
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if task in done:
        return task.result()
    task.cancel()
    return None
