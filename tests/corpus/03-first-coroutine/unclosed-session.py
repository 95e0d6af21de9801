"""fetch_title creates a ClientSession without async with and never closes it. The title is
right, so only the hidden test of task 2 (session closed) fails."""

# %% answer-fetch-title

async def fetch_title(url):
    session = aiohttp.ClientSession()
    response = await session.get(url)
    document = await response.json()
    return document["slideshow"]["title"]
