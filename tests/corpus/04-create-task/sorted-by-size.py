"""fetch_in_background collects the bodies as they finish, then sorts them by length to
"restore" the order: right only when the sizes grow along urls, as in the visible test.
Expected: hidden-fetch-in-background 0 (order: the hidden sizes are shuffled); everything else
full."""

# %% answer-fetch-in-background

async def fetch_in_background(urls):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        bodies = [await next_done for next_done in asyncio.as_completed(tasks)]
    return sorted(bodies, key=len)
