"""fetch_statuses and all_or_nothing collect their results with asyncio.as_completed: in the
order the answers arrive, not the order of `urls`.

fetch_statuses catches each failure in its own coroutine and returns it; all_or_nothing
cancels the rest and raises at the first failure, as it should. The tests' delays differ, so
the order is wrong. Expected: both fetch_statuses tests 0 and hidden-all-or-nothing 0 (its
all-succeed run); check-all-or-nothing (a failure only) and fetch_with_retry keep their points.
"""

# %% answer-fetch-statuses

async def fetch_statuses(urls):
    async with aiohttp.ClientSession() as session:

        async def status_or_error(url):
            try:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return response.status
            except aiohttp.ClientResponseError as error:
                return error

        tasks = [asyncio.create_task(status_or_error(url)) for url in urls]
        return [await done for done in asyncio.as_completed(tasks)]

# %% answer-all-or-nothing

async def all_or_nothing(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response.status

        tasks = [asyncio.create_task(get_status(url)) for url in urls]
        statuses = []
        try:
            for done in asyncio.as_completed(tasks):
                statuses.append(await done)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    return statuses
