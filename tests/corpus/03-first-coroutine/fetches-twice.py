"""fetch_title first GETs url to print the raw text (to see what comes back), then GETs it
again to parse the JSON: the title is right, the session closed, but the server sees two
requests.
Expected: check-fetch-title and hidden-fetch-title 0 (2 requests); tasks 1 and 3 full."""

# %% answer-fetch-title

async def fetch_title(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            print(await response.text())
        async with session.get(url) as response:
            document = await response.json()
    return document["args"]["title"]
