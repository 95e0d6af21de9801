"""fetch_with_deadline watches the request with asyncio.wait(..., timeout=seconds) and returns
None when it is not done, without cancelling it.

The values are right and returned at the deadline, but the slow request is only ignored: it
is still running when the function returns (the runner stops it afterwards).
Expected: loses check-deadline and hidden-deadline (cancelled_at_least: "ignored, not
cancelled"); the other tasks are correct.
"""

# %% answer-deadline

async def fetch_text(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.text()


async def fetch_with_deadline(url, seconds):
    task = asyncio.create_task(fetch_text(url))
    done, _ = await asyncio.wait({task}, timeout=seconds)
    return task.result() if task in done else None
