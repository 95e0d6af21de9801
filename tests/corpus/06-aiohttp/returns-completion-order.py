"""All three tasks collect their results in the order the responses arrive.

fetch_pages and fetch_limited loop over asyncio.as_completed (fetch_limited with its shared
Semaphore); fetch_politely's `limit` workers append each text as it arrives. Concurrency,
limits and the session are right. The tests' delays differ, so the answers arrive in another
order than the URLs. Expected: every test of the three tasks 0 (the order of `urls`): both
tests of each.
"""

# %% answer-fetch-pages

async def fetch_pages(urls):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        return [await done for done in asyncio.as_completed([fetch_text(url) for url in urls])]

# %% answer-fetch-politely

async def fetch_politely(urls, limit):
    todo = list(urls)
    texts = []

    async with aiohttp.ClientSession() as session:

        async def worker():
            while todo:
                url = todo.pop(0)
                async with session.get(url) as response:
                    texts.append(await response.text())

        await asyncio.gather(*(worker() for _ in range(limit)))
    return texts

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def fetch_json(url):
            async with semaphore:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return await response.json()

        return [await done for done in asyncio.as_completed([fetch_json(url) for url in urls])]
