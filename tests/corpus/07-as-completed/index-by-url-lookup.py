"""fetch_with_progress has each task return its URL, and finds the index with urls.index(url).

Right as long as every URL is different; for a URL that appears twice, both calls get the
index of its first copy, and the second copy's slot of the result stays None. Expected:
hidden-progress 0 (its URLs repeat one); check-progress and
the other tasks keep their points.
"""

# %% answer-progress

async def fetch_with_progress(urls, on_result):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return url, await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        texts = [None] * len(urls)
        for next_done in asyncio.as_completed(tasks):
            url, text = await next_done
            i = urls.index(url)
            on_result(i, text)
            texts[i] = text
    return texts
