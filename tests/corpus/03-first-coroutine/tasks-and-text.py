"""A different correct solution: greet_everyone starts one task per name and awaits them in
order; fetch_title reads the body as text and parses it with json.loads.
Expected: full marks."""

# %% answer-fetch-title

import json


async def fetch_title(url):
    async with aiohttp.ClientSession() as session:
        response = await session.get(url)
        async with response:
            text = await response.text()
    return json.loads(text)["args"]["title"]

# %% answer-greet-everyone

async def greet_everyone(names, delay):
    tasks = [asyncio.create_task(greet(name, delay)) for name in names]
    return [await task for task in tasks]
