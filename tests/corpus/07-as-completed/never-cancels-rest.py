"""first_n returns after the first n results but leaves the slow requests running.

It breaks out of the as_completed loop and returns without cancelling: the slow
tasks are still running when first_n returns (they are ignored, not cancelled),
so both first_n tests fail. The other tasks are correct.

Expected: check-first-n and hidden-first-n 0 (no task still running); every other
test keeps its points.
"""

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
