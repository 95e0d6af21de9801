"""fetch_profile awaits its three requests one after another instead of gathering them. The
dict is right (visible test passes) but the server never sees them together: the hidden test
of task 2 fails. Tasks 1 and 3 are correct."""

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
