"""Task 2 gathers coroutines that call the blocking urllib.request.urlopen: each call holds the
event loop until its answer arrives, so the requests run one after another and the loop is
blocked. Loses both tests of task 2; task 1 is correct."""

# %% answer-fetch-with-threads

def fetch_with_threads(urls):
    def status_of(url):
        with urllib.request.urlopen(url) as response:
            return response.status

    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        return list(pool.map(status_of, urls))

# %% answer-fetch-with-asyncio

async def fetch_with_asyncio(urls):
    async def status_of(url):
        with urllib.request.urlopen(url) as response:  # blocks the event loop
            return response.status

    return await asyncio.gather(*(status_of(url) for url in urls))
