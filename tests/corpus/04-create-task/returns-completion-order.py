"""fetch_in_background runs one task per URL at once but collects the bodies as the tasks
finish (asyncio.as_completed), not in the order of urls. Both tests give the URLs different
delays, the first URL the slowest.
Expected: check- and hidden-fetch-in-background 0 (order); everything else full."""

# %% answer-fetch-in-background

async def fetch_in_background(urls):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        return [await next_done for next_done in asyncio.as_completed(tasks)]
