"""fetch_all passes the list itself to asyncio.gather(coroutines) instead of unpacking it with *:
gather raises TypeError and the coroutines in the list are never awaited. Loses both tests of
task 1; tasks 2 and 3 are correct."""

# %% answer-fetch-all

async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        coroutines = [fetch_text(session, url) for url in urls]
        return await asyncio.gather(coroutines)

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
    bodies = []
    async with aiohttp.ClientSession() as session:
        for start in range(0, len(urls), batch_size):
            batch = urls[start:start + batch_size]
            bodies += await asyncio.gather(*(fetch_text(session, url) for url in batch))
    return bodies
