"""fetch_all runs the requests concurrently but collects the bodies as they finish
(asyncio.as_completed). The visible test's URLs finish in argument order, so it passes; the
hidden test (later URLs answer first) fails. Tasks 2 and 3 are correct."""

# %% answer-fetch-all

async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        coroutines = [fetch_text(session, url) for url in urls]
        return [await next_done for next_done in asyncio.as_completed(coroutines)]
