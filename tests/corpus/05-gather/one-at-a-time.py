"""fetch_in_batches stays under the limit by fetching one URL at a time: never too many in
flight, but never batch_size together either. Loses both tests of task 3; tasks 1 and 2 are
correct."""

# %% answer-fetch-all

async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch_text(session, url) for url in urls))

# %% answer-fetch-profile

async def fetch_profile(user_url, avatar_url, status_url):
    async def get_name(session):
        async with session.get(user_url) as response:
            return (await response.json())["args"]["name"]

    async def get_size(session):
        async with session.get(avatar_url) as response:
            return len(await response.read())

    async def get_status(session):
        async with session.get(status_url) as response:
            return response.status

    async with aiohttp.ClientSession() as session:
        name, size, status = await asyncio.gather(
            get_name(session), get_size(session), get_status(session))
    return {"name": name, "avatar_bytes": size, "status": status}

# %% answer-fetch-in-batches

async def fetch_in_batches(urls, batch_size):
    async with aiohttp.ClientSession() as session:
        return [await fetch_text(session, url) for url in urls]
