"""first_n lets only n requests run at once (an asyncio.Semaphore(n): "only n are needed").

The slow URLs take slots the fast ones needed, so fewer than all requests are ever in flight
and a slow answer makes it into the result; the rest is cancelled properly. Expected: both
first_n tests 0 (all requests start at once); the other tasks keep their points.
"""

# %% answer-first-n

async def first_n(urls, n):
    semaphore = asyncio.Semaphore(n)
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with semaphore:
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
