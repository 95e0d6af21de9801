"""in_completion_order uses asyncio.gather, which returns the texts in the order of the URLs.

Both in_completion_order tests fail (the order); the requests are concurrent and
the other two tasks are correct, so they keep their points.
"""

# %% answer-completion-order

async def in_completion_order(urls):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        return await asyncio.gather(*(fetch_text(url) for url in urls))

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
    async with aiohttp.ClientSession() as session:

        async def fetch_text(i, url):
            async with session.get(url) as response:
                return i, await response.text()

        tasks = [asyncio.create_task(fetch_text(i, url)) for i, url in enumerate(urls)]
        texts = [None] * len(urls)
        for next_done in asyncio.as_completed(tasks):
            i, text = await next_done
            on_result(i, text)
            texts[i] = text
    return texts
