"""in_completion_order fetches the URLs one after another, times each request, and sorts the
texts by how long each took.

The order is right (the slower a URL, the later it comes), and so is everything else, but
only one request is ever in flight. Expected: both in_completion_order tests 0 (all in
flight at the same time); the other tasks keep their points.
"""

# %% answer-completion-order

import time


async def in_completion_order(urls):
    timed = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            start = time.perf_counter()
            async with session.get(url) as response:
                text = await response.text()
            timed.append((time.perf_counter() - start, text))
    return [text for _, text in sorted(timed)]
