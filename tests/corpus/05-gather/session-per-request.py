"""fetch_all and fetch_profile open a new ClientSession for every request (each closed
properly). Everything overlaps and comes back right, so only the hidden tests of tasks 1 and 2
(one session for all the requests) fail."""

# %% answer-fetch-all

async def fetch_all(urls):
    async def one(url):
        async with aiohttp.ClientSession() as session:
            return await fetch_text(session, url)

    return await asyncio.gather(*(one(url) for url in urls))

# %% answer-fetch-profile

async def fetch_profile(user_url, avatar_url, status_url):
    async def get_name():
        async with aiohttp.ClientSession() as session, session.get(user_url) as response:
            return (await response.json())["args"]["name"]

    async def get_size():
        async with aiohttp.ClientSession() as session, session.get(avatar_url) as response:
            return len(await response.read())

    async def get_status():
        async with aiohttp.ClientSession() as session, session.get(status_url) as response:
            return response.status

    name, size, status = await asyncio.gather(get_name(), get_size(), get_status())
    return {"name": name, "avatar_bytes": size, "status": status}
