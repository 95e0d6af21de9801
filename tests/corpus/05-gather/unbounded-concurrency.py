"""fetch_in_batches ignores batch_size and gathers every URL at once: the bodies are right but
the server sees all of them in flight together. Loses both tests of task 3; tasks 1 and 2 are
correct."""

# %% answer-fetch-in-batches

async def fetch_in_batches(urls, batch_size):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch_text(session, url) for url in urls))
