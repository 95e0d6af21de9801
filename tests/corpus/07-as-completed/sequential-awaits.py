"""fetch_with_progress awaits each request in turn inside a for loop.

on_result is called in the order of the URLs, not of completion, and only one
request is in flight at a time: both fetch_with_progress tests fail. The other
tasks are correct.
"""

# %% answer-completion-order

async def in_completion_order(urls):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        return [await next_done for next_done in asyncio.as_completed(tasks)]

# %% answer-first-n

async def first_n(urls, n):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        texts = []
        try:
            for next_done in asyncio.as_completed(tasks):
                texts.append(await next_done)
                if len(texts) == n:
                    break
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    return texts

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
