"""Both tasks collect the status codes in the order the downloads finish (as_completed), not
in the order of urls. Concurrent, so the visible tests pass; both hidden tests (order) fail."""

# %% answer-fetch-with-threads

from concurrent.futures import as_completed


def fetch_with_threads(urls):
    def status_of(url):
        with urllib.request.urlopen(url) as response:
            return response.status

    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        futures = [pool.submit(status_of, url) for url in urls]
        return [future.result() for future in as_completed(futures)]

# %% answer-fetch-with-asyncio

async def fetch_with_asyncio(urls):
    async def status_of(session, url):
        async with session.get(url) as response:
            return response.status

    async with aiohttp.ClientSession() as session:
        coroutines = [status_of(session, url) for url in urls]
        return [await next_done for next_done in asyncio.as_completed(coroutines)]
