"""fetch_statuses returns each successful request's ClientResponse object instead of its
status code (`return response` for `return response.status`).

The failures, the order, the concurrency and the session are right; each success is a
ClientResponse where an int is expected. Expected: both fetch_statuses tests 0 (the status,
an int, for a success); the other tasks keep their points.
"""

# %% answer-fetch-statuses

async def fetch_statuses(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response

        return await asyncio.gather(*(get_status(url) for url in urls), return_exceptions=True)
