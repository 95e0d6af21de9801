"""fetch_in_batches opens a new ClientSession for each batch. The batches are right and the
bodies in order, so only the hidden test of task 3 (one session for all the batches) fails."""

# %% answer-fetch-in-batches

async def fetch_in_batches(urls, batch_size):
    bodies = []
    for start in range(0, len(urls), batch_size):
        async with aiohttp.ClientSession() as session:
            batch = urls[start:start + batch_size]
            bodies += await asyncio.gather(*(fetch_text(session, url) for url in batch))
    return bodies
