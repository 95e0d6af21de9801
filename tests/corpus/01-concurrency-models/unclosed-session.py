"""Task 2 creates its ClientSession without `async with` and never closes it. The requests are
concurrent and in order, so only the hidden test of task 2 (session closed) fails."""

# %% answer-fetch-with-threads

def fetch_with_threads(urls):
    def status_of(url):
        with urllib.request.urlopen(url) as response:
            return response.status

    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        return list(pool.map(status_of, urls))

# %% answer-fetch-with-asyncio

async def fetch_with_asyncio(urls):
    session = aiohttp.ClientSession()

    async def status_of(url):
        async with session.get(url) as response:
            return response.status

    return await asyncio.gather(*(status_of(url) for url in urls))
