"""fetch_statuses and all_or_nothing await each request in turn inside a for loop.

fetch_statuses catches each failure and returns the right list, all_or_nothing raises the
first failure (the requests after it are never sent, so nothing is left to cancel but the
slow one before it, which it waited for): only one request is ever in flight. Expected: the
tests of both tasks 0 (the requests run concurrently); fetch_with_retry keeps its points.
"""

# %% answer-fetch-statuses

async def fetch_statuses(urls):
    entries = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            try:
                async with session.get(url) as response:
                    response.raise_for_status()
                    entries.append(response.status)
            except aiohttp.ClientResponseError as error:
                entries.append(error)
    return entries

# %% answer-all-or-nothing

async def all_or_nothing(urls):
    statuses = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                response.raise_for_status()
                statuses.append(response.status)
    return statuses
