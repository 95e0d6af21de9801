"""fetch_with_progress starts every request as a task, then awaits the tasks in the order of
`urls`, calling on_result after each.

The requests run concurrently and the returned list is right, but on_result hears about the
URLs in their order, not as they arrive (and a slow URL holds back the reports of faster
ones after it). Expected: both fetch_with_progress tests 0 (in the order the responses
arrive); the other tasks keep their points.
"""

# %% answer-progress

async def fetch_with_progress(urls, on_result):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        texts = []
        for i, task in enumerate(tasks):
            texts.append(await task)
            on_result(i, texts[-1])
    return texts
