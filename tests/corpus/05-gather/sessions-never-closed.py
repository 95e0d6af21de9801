"""All three tasks create their one ClientSession with a plain call and never close it. The
requests are right in every other way, so the tests that check the session is closed fail:
the hidden tests of tasks 1, 2 and 3."""

# %% answer-fetch-all

async def fetch_all(urls):
    session = aiohttp.ClientSession()
    return await asyncio.gather(*(fetch_text(session, url) for url in urls))

# %% answer-fetch-profile

async def fetch_profile(user_url, avatar_url, status_url):
    session = aiohttp.ClientSession()

    async def get_name():
        async with session.get(user_url) as response:
            return (await response.json())["args"]["name"]

    async def get_size():
        async with session.get(avatar_url) as response:
            return len(await response.read())

    async def get_status():
        async with session.get(status_url) as response:
            return response.status

    name, size, status = await asyncio.gather(get_name(), get_size(), get_status())
    return {"name": name, "avatar_bytes": size, "status": status}

# %% answer-fetch-in-batches

async def fetch_in_batches(urls, batch_size):
    session = aiohttp.ClientSession()
    bodies = []
    for start in range(0, len(urls), batch_size):
        batch = urls[start:start + batch_size]
        bodies += await asyncio.gather(*(fetch_text(session, url) for url in batch))
    return bodies
