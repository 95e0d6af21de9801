"""fetch_with_retry retries at once, with no wait between tries.

It succeeds on the flaky URL and gives up after `attempts` tries, but it hammers
an always-failing server: 10 requests in a few milliseconds instead of about 4
in the first second. hidden-retry fails; everything else keeps its points.
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
    async with aiohttp.ClientSession() as session:
        for attempt in range(attempts):
            async with session.get(url) as response:
                if response.status < 500 or attempt == attempts - 1:
                    response.raise_for_status()
                    return await response.json()
