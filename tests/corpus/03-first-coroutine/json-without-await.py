"""fetch_title calls response.json() without await: it gets a coroutine instead of the
document, and indexing it raises TypeError.
Expected: check-fetch-title and hidden-fetch-title 0 (coroutine 'ClientResponse.json' never
awaited); tasks 1 and 3 full."""

# %% answer-fetch-title

async def fetch_title(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            document = response.json()
    return document["args"]["title"]
