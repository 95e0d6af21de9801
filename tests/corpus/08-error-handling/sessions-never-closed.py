"""fetch_statuses and all_or_nothing create their ClientSession with a plain call and never
close it; everything else is right.

Expected: hidden-fetch-statuses and hidden-all-or-nothing 0 (the session is closed); the
visible tests and fetch_with_retry keep their points.
"""

# %% answer-fetch-statuses

async def fetch_statuses(urls):
    session = aiohttp.ClientSession()

    async def get_status(url):
        async with session.get(url) as response:
            response.raise_for_status()
            return response.status

    return await asyncio.gather(*(get_status(url) for url in urls), return_exceptions=True)

# %% answer-all-or-nothing

async def all_or_nothing(urls):
    session = aiohttp.ClientSession()

    async def get_status(url):
        async with session.get(url) as response:
            response.raise_for_status()
            return response.status

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(get_status(url)) for url in urls]
    return [task.result() for task in tasks]
