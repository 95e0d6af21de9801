"""A different correct submission: TaskGroups everywhere, the error raised inside its group.

fetch_pages and fetch_politely collect their texts from TaskGroup tasks (fetch_politely under a
shared Semaphore); fetch_limited does the same with raise_for_status in each task, so a 429 or
503 reaches the caller as the ExceptionGroup holding the aiohttp.ClientResponseError, which the
statement accepts. Expected: full marks.
"""

# %% answer-fetch-pages

async def fetch_pages(urls):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch_text(url)) for url in urls]
    return [task.result() for task in tasks]

# %% answer-fetch-politely

async def fetch_politely(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with semaphore:
                async with session.get(url) as response:
                    return await response.text()

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch_text(url)) for url in urls]
    return [task.result() for task in tasks]

# %% answer-fetch-limited

async def fetch_limited(urls, limit):
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def fetch_json(url):
            async with semaphore:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return await response.json()

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch_json(url)) for url in urls]
    return [task.result() for task in tasks]
