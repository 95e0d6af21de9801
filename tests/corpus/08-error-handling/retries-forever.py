"""fetch_with_retry ignores `attempts` and retries until the server says yes.

With exponential waits it gets through the flaky URL, but against a URL that
always answers 503 it never gives up (the test stops it after 2 s instead of
seeing ClientResponseError after 3 tries). hidden-retry fails; everything else
keeps its points.
"""

# %% answer-fetch-statuses

async def fetch_statuses(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response.status

        return await asyncio.gather(*(get_status(url) for url in urls),
                                    return_exceptions=True)

# %% answer-all-or-nothing

async def all_or_nothing(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response.status

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(get_status(url)) for url in urls]
    return [task.result() for task in tasks]

# %% answer-retry

async def fetch_with_retry(url, attempts, backoff):
    attempt = 0
    async with aiohttp.ClientSession() as session:
        while True:
            async with session.get(url) as response:
                if response.status < 500:
                    response.raise_for_status()
                    return await response.json()
            await asyncio.sleep(backoff * 2 ** attempt)
            attempt += 1
