"""fetch_limited returns each body as text (`await response.text()`), not its parsed JSON.

Under the limit, in order, an error status raised: but the list holds strings such as
'{"ok": true, ...}' where dicts are expected. Expected: both fetch_limited tests 0 (the
parsed JSON); the other tasks keep their points.
"""

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def fetch_json(url):
            async with semaphore:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return await response.text()

        return await asyncio.gather(*(fetch_json(url) for url in urls))
