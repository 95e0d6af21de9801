"""Task 2 awaits each request inside the for loop, so each starts only when the previous one
has finished. Loses both tests of task 2 (concurrency); task 1 is correct."""

# %% answer-fetch-with-threads

def fetch_with_threads(urls):
    def status_of(url):
        with urllib.request.urlopen(url) as response:
            return response.status

    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        return list(pool.map(status_of, urls))

# %% answer-fetch-with-asyncio

async def fetch_with_asyncio(urls):
    statuses = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                statuses.append(response.status)
    return statuses
