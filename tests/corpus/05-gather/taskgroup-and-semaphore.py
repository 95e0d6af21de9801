"""A different correct solution: asyncio.TaskGroup for tasks 1 and 2, and for task 3 an
asyncio.Semaphore(batch_size) around each request (a sliding window rather than fixed batches:
never more than batch_size in flight, batch_size at once). Full marks."""

# %% answer-fetch-all

async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(fetch_text(session, url)) for url in urls]
    return [task.result() for task in tasks]

# %% answer-fetch-profile

import json


async def fetch_profile(user_url, avatar_url, status_url):
    async with aiohttp.ClientSession() as session:

        async def get(url):
            async with session.get(url) as response:
                return response.status, await response.read()

        async with asyncio.TaskGroup() as group:
            user = group.create_task(get(user_url))
            avatar = group.create_task(get(avatar_url))
            status = group.create_task(get(status_url))
    return {
        "name": json.loads(user.result()[1])["args"]["name"],
        "avatar_bytes": len(avatar.result()[1]),
        "status": status.result()[0],
    }

# %% answer-fetch-in-batches

async def fetch_in_batches(urls, batch_size):
    semaphore = asyncio.Semaphore(batch_size)
    async with aiohttp.ClientSession() as session:

        async def limited(url):
            async with semaphore:
                return await fetch_text(session, url)

        return await asyncio.gather(*(limited(url) for url in urls))
