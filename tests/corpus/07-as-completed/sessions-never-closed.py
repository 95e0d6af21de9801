"""in_completion_order and first_n create their ClientSession with a plain call and never
close it; everything else is right.

Expected: hidden-completion-order and hidden-first-n 0 (the session is closed); the visible
tests and fetch_with_progress keep their points.
"""

# %% answer-completion-order

async def in_completion_order(urls):
    session = aiohttp.ClientSession()

    async def fetch_text(url):
        async with session.get(url) as response:
            return await response.text()

    tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
    return [await next_done for next_done in asyncio.as_completed(tasks)]

# %% answer-first-n

async def first_n(urls, n):
    session = aiohttp.ClientSession()

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
