"""fetch_first_within builds its list from the `done` set, then one None per pending task.

asyncio.wait returns sets: their order is neither that of urls nor that of arrival, and the
Nones all end up at the end. Cancellation, concurrency and session are right.
Expected: loses check-first-within and hidden-first-within (the list); the other tasks are
correct.
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
        await asyncio.gather(*pending, return_exceptions=True)
    return [task.result() for task in done] + [None] * len(pending)
