"""fetch_first_within uses asyncio.wait(..., timeout=...) and never cancels the pending tasks.

The list is right, but the slow requests are still running when the function
returns: ignored, not cancelled.
Expected: loses check-first-within and hidden-first-within (cancelled_at_least); the other
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
    return [task.result() if task in done else None for task in tasks]
