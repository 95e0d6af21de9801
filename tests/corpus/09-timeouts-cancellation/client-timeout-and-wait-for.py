"""A different correct submission: aiohttp.ClientTimeout, wait_for per request, re-raise.

fetch_with_deadline passes ClientTimeout(total=seconds) to the request;
fetch_first_within wraps each request in asyncio.wait_for with the same deadline
and gathers them (None on TimeoutError); the worker catches CancelledError
first and re-raises it before its catch-all. Expected: full marks.
"""

# %% answer-deadline

async def fetch_with_deadline(url, seconds):
    timeout = aiohttp.ClientTimeout(total=seconds)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        try:
            async with session.get(url) as response:
                return await response.text()
        except TimeoutError:
            return None

# %% answer-first-within

async def fetch_first_within(urls, seconds):
    async with aiohttp.ClientSession() as session:

        async def text_or_none(url):
            async def fetch_text():
                async with session.get(url) as response:
                    return await response.text()
            try:
                return await asyncio.wait_for(fetch_text(), seconds)
            except TimeoutError:
                return None

        return await asyncio.gather(*(text_or_none(url) for url in urls))

# %% answer-worker

async def worker(urls, log):
    async with aiohttp.ClientSession() as session:
        try:
            for url in urls:
                try:
                    async with session.get(url) as response:
                        response.raise_for_status()
                        log.append(await response.text())
                except asyncio.CancelledError:
                    raise                          # a cancellation is not a failed request
                except BaseException:
                    log.append("failed")
        finally:
            log.append("closed")
