"""fetch_profile awaits its three requests one after another instead of gathering them. The
dict is right (visible test passes) but the server never sees them together: the hidden test
of task 2 fails. Tasks 1 and 3 are correct."""

# %% answer-fetch-all

async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch_text(session, url) for url in urls))

# %% answer-fetch-profile

async def fetch_profile(user_url, avatar_url, status_url):
    async with aiohttp.ClientSession() as session:
        async with session.get(user_url) as response:
            name = (await response.json())["args"]["name"]
        async with session.get(avatar_url) as response:
            size = len(await response.read())
        async with session.get(status_url) as response:
            status = response.status
    return {"name": name, "avatar_bytes": size, "status": status}

# %% answer-fetch-in-batches

async def fetch_in_batches(urls, batch_size):
    bodies = []
    async with aiohttp.ClientSession() as session:
        for start in range(0, len(urls), batch_size):
            batch = urls[start:start + batch_size]
            bodies += await asyncio.gather(*(fetch_text(session, url) for url in batch))
    return bodies
