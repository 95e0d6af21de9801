"""fetch_in_batches runs each batch concurrently but collects its bodies as they finish
(asyncio.as_completed). Batches and limits are right; the delays differ within each batch, so
both tests of task 3 fail on the order of the bodies."""

# %% answer-fetch-in-batches

async def fetch_in_batches(urls, batch_size):
    bodies = []
    async with aiohttp.ClientSession() as session:
        for start in range(0, len(urls), batch_size):
            batch = [fetch_text(session, url) for url in urls[start:start + batch_size]]
            bodies += [await done for done in asyncio.as_completed(batch)]
    return bodies
