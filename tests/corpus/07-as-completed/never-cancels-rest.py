"""first_n returns after the first n results but leaves the slow requests running.

It breaks out of the as_completed loop and returns without cancelling: the slow
tasks are still running when first_n returns (they are ignored, not cancelled),
so both first_n tests fail. The other tasks are correct.
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
        for next_done in asyncio.as_completed(tasks):
            texts.append(await next_done)
            if len(texts) == n:
                break
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
