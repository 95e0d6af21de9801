"""Every request catches its own exception and returns None (the chapter's risky_divide).

fetch_statuses returns None instead of each failure's exception, and
all_or_nothing never raises: it returns [..., None, ...] after waiting for every
request. Both tasks lose their points; fetch_with_retry is correct.

Expected: the four tests of fetch_statuses and all_or_nothing 0 (the exception of a
failure; the error raised); check-retry and hidden-retry keep their points.
"""

# %% answer-fetch-statuses

async def fetch_statuses(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            try:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return response.status
            except Exception:
                return None

        return await asyncio.gather(*(get_status(url) for url in urls))

# %% answer-all-or-nothing

async def all_or_nothing(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            try:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return response.status
            except Exception:
                return None

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(get_status(url)) for url in urls]
    return [task.result() for task in tasks]
