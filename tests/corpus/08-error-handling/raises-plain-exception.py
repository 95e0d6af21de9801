"""all_or_nothing checks the status itself and raises a plain Exception("request failed: 500")
instead of the ClientResponseError of raise_for_status().

The TaskGroup cancels the slow requests and raises the ExceptionGroup, but it holds no
ClientResponseError. Expected: both all_or_nothing tests 0 (the ClientResponseError raised);
the other tasks keep their points.
"""

# %% answer-all-or-nothing

async def all_or_nothing(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                if response.status >= 400:
                    raise Exception(f"request failed: {response.status}")
                return response.status

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(get_status(url)) for url in urls]
    return [task.result() for task in tasks]
