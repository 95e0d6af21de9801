"""A different correct submission: a TaskGroup with a try per task, asyncio.wait, a while loop.

fetch_statuses catches each request's ClientResponseError inside its own task of
a TaskGroup and returns it; all_or_nothing waits with
asyncio.wait(return_when=FIRST_EXCEPTION), cancels the pending tasks, waits for
them and raises the ClientResponseError itself (no ExceptionGroup);
fetch_with_retry doubles its delay in a while loop. Expected: full marks.
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

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(status_or_error(url)) for url in urls]
    return [task.result() for task in tasks]

# %% answer-all-or-nothing

async def all_or_nothing(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response.status

        tasks = [asyncio.create_task(get_status(url)) for url in urls]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for task in tasks:
            if task.done() and not task.cancelled() and task.exception() is not None:
                raise task.exception()
    return [task.result() for task in tasks]

# %% answer-retry

async def fetch_with_retry(url, attempts, backoff):
    delay = backoff
    tries = 0
    async with aiohttp.ClientSession() as session:
        while True:
            tries += 1
            async with session.get(url) as response:
                if response.status >= 500 and tries < attempts:
                    pass  # temporary: wait below, then try again
                else:
                    response.raise_for_status()
                    return await response.json()
            await asyncio.sleep(delay)
            delay *= 2
