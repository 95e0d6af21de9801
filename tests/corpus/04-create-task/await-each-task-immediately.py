"""fetch_in_background awaits each task on the line that creates it, so each request starts
only when the previous one is done: sequential again. Loses both tests of task 1; tasks 2 and
3 are correct."""

# %% answer-fetch-in-background

async def fetch_in_background(urls):
    bodies = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            bodies.append(await asyncio.create_task(fetch_text(session, url)))
    return bodies
