"""fetch_title makes its request (one session, closed, awaited) but returns the title of the
statement's example instead of the one in the document: right for the visible test only.
Expected: hidden-fetch-title 0 (another title); everything else full."""

# %% answer-fetch-title

async def fetch_title(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            await response.read()
    return "Sample Slide Show"
