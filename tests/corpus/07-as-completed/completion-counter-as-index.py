"""fetch_with_progress loops `for i, next_done in enumerate(asyncio.as_completed(tasks))`: the
`i` it reports is the count of finished requests, not the URL's position in `urls`.

The texts come in the right order and the returned list is right (each task carries its
index for that), but on_result gets the wrong indexes. Expected: both fetch_with_progress
tests 0 (each call has the URL's position); the other tasks keep their points.
"""

# %% answer-progress

async def fetch_with_progress(urls, on_result):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(i, url):
            async with session.get(url) as response:
                return i, await response.text()

        tasks = [asyncio.create_task(fetch_text(i, url)) for i, url in enumerate(urls)]
        texts = [None] * len(urls)
        for count, next_done in enumerate(asyncio.as_completed(tasks)):
            i, text = await next_done
            on_result(count, text)
            texts[i] = text
    return texts
