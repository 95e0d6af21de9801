"""fetch_with_retry waits with time.sleep, which blocks the event loop.

The number and timing of the tries are right, so the hidden test passes, but
the visible test sees the event loop blocked for 0.4 s or more (loop_not_blocked) and
fails. Everything else keeps its points.

Expected: check-retry 0 (the event loop never blocked); every other test keeps its
points.
"""

# %% answer-retry

import time


async def fetch_with_retry(url, attempts, backoff):
    async with aiohttp.ClientSession() as session:
        for attempt in range(attempts):
            async with session.get(url) as response:
                if response.status < 500 or attempt == attempts - 1:
                    response.raise_for_status()
                    return await response.json()
            time.sleep(backoff * 2 ** attempt)
