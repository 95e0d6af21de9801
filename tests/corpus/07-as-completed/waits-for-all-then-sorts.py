"""fetch_with_progress records the order of completion, but reports only after gather.

Each request notes its index when it finishes; after gather returns, on_result
is called in that recorded order. The order is right, so the visible test
passes, but nothing is reported while requests are still running: the hidden
test (stopped with /delay/5 in flight) sees no calls. The other tasks are correct.

Expected: hidden-progress 0 (called while the others still run); every other test
keeps its points.
"""

# %% answer-progress

async def fetch_with_progress(urls, on_result):
    order = []
    async with aiohttp.ClientSession() as session:

        async def fetch_text(i, url):
            async with session.get(url) as response:
                text = await response.text()
            order.append(i)
            return text

        texts = await asyncio.gather(*(fetch_text(i, url) for i, url in enumerate(urls)))
    for i in order:
        on_result(i, texts[i])
    return texts
