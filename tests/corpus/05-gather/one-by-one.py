"""fetch_all awaits each fetch inside a list comprehension, one after another: the bodies are
right and in order, but the server never sees two requests at once. Both tests of task 1
(all in flight at once) fail; tasks 2 and 3 are correct."""

# %% answer-fetch-all

async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        return [await fetch_text(session, url) for url in urls]
