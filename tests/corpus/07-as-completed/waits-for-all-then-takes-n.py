"""first_n loops over asyncio.as_completed to the end and keeps the first n texts.

The result is right and nothing is left running, but it waits 2 s for the slow URLs instead
of cancelling them: the server sees none abandoned. Expected: both first_n tests 0 (the slow
requests cancelled); the other tasks keep their points.
"""

# %% answer-first-n

async def first_n(urls, n):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        texts = [await next_done for next_done in asyncio.as_completed(tasks)]
    return texts[:n]
