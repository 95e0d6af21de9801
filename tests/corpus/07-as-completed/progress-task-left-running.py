"""in_completion_order starts a task that ticks while the requests run, and never stops it:
it is still running when the function returns. The texts, the order and the session are right.

Expected: hidden-completion-order 0 (no task left running); every other test keeps its points.
"""

# %% answer-completion-order

async def in_completion_order(urls):
    async def tick():
        while True:
            await asyncio.sleep(0.05)

    asyncio.create_task(tick())
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        return [await next_done for next_done in asyncio.as_completed(tasks)]
