"""greet_everyone calls asyncio.run(greet(...)) for each name, as a script would at top level.
Inside async def the loop is already running, so asyncio.run raises RuntimeError: both tests
of task 3 fail; tasks 1 and 2 are correct."""

# %% answer-greet

async def greet(name, delay):
    await asyncio.sleep(delay)
    return f"Hello, {name}!"

# %% answer-fetch-title

async def fetch_title(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            document = await response.json()
    return document["slideshow"]["title"]

# %% answer-greet-everyone

async def greet_everyone(names, delay):
    return [asyncio.run(greet(name, delay)) for name in names]
