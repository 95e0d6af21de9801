"""fetch_with_progress awaits each request in turn inside a for loop.

on_result is called in the order of the URLs, not of completion, and only one
request is in flight at a time: both fetch_with_progress tests fail. The other
tasks are correct.

Expected: check-progress and hidden-progress 0 (the requests run concurrently);
every other test keeps its points.
"""

# %% answer-progress

async def fetch_with_progress(urls, on_result):
    texts = []
    async with aiohttp.ClientSession() as session:
        for i, url in enumerate(urls):
            async with session.get(url) as response:
                text = await response.text()
            on_result(i, text)
            texts.append(text)
    return texts
