"""fetch_title creates a ClientSession without async with and never closes it. The title is
right.
Expected: hidden-fetch-title 0 (session never closed); everything else full."""

# %% answer-fetch-title

async def fetch_title(url):
    session = aiohttp.ClientSession()
    response = await session.get(url)
    document = await response.json()
    return document["args"]["title"]
