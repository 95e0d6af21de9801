"""fetch_in_batches stays under the limit by fetching one URL at a time: never too many in
flight, but never batch_size together either. Loses both tests of task 3; tasks 1 and 2 are
correct."""

# %% answer-fetch-in-batches

async def fetch_in_batches(urls, batch_size):
    async with aiohttp.ClientSession() as session:
        return [await fetch_text(session, url) for url in urls]
