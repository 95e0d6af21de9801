"""fetch_all passes the list itself to asyncio.gather(coroutines) instead of unpacking it with *:
gather raises TypeError and the coroutines in the list are never awaited. Loses both tests of
task 1; tasks 2 and 3 are correct."""

# %% answer-fetch-all

async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        coroutines = [fetch_text(session, url) for url in urls]
        return await asyncio.gather(coroutines)
