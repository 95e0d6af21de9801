"""fetch_statuses catches each ClientResponseError and returns its status code (an int), not
the exception itself.

So a failure looks like a success: 500 instead of ClientResponseError(500). Everything else
is right. Expected: both fetch_statuses tests 0 (the exception for a failure); the other
tasks keep their points.
"""

# %% answer-fetch-statuses

async def fetch_statuses(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            try:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return response.status
            except aiohttp.ClientResponseError as error:
                return error.status

        return await asyncio.gather(*(get_status(url) for url in urls))
