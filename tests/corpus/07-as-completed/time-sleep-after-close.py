"""in_completion_order pauses with time.sleep(0.25) after closing its session (meant as
aiohttp's `await asyncio.sleep(0.25)` to let connections close): it blocks the event loop.

Everything else is right. Expected: hidden-completion-order 0 (nothing blocks the event
loop); every other test keeps its points.
"""

# %% answer-completion-order

import time


async def in_completion_order(urls):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        texts = [await next_done for next_done in asyncio.as_completed(tasks)]
    time.sleep(0.25)   # give the connections time to close
    return texts
