"""fetch_in_background awaits each task on the line that creates it, so each request starts
only when the previous one is done: sequential again.
Expected: check-fetch-in-background and hidden-fetch-in-background 0 (never all in flight);
tasks 2 and 3 full."""

# %% answer-fetch-in-background

async def fetch_in_background(urls):
    bodies = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            bodies.append(await asyncio.create_task(fetch_text(session, url)))
    return bodies
