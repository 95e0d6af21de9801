"""Task 1 downloads in a plain for loop, one after another: no thread pool, so the server
never sees more than one request at a time. Loses both tests of task 1 (concurrency);
task 2 is correct."""

# %% answer-fetch-with-threads

def fetch_with_threads(urls):
    statuses = []
    for url in urls:
        with urllib.request.urlopen(url) as response:
            statuses.append(response.status)
    return statuses

# %% answer-fetch-with-asyncio

async def fetch_with_asyncio(urls):
    async def status_of(session, url):
        async with session.get(url) as response:
            return response.status

    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(status_of(session, url) for url in urls))
