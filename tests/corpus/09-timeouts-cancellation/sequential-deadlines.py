"""fetch_first_within gives each URL its own deadline in turn: a for loop of asyncio.wait_for.

Each slow request is cancelled at its own deadline and the list is right, but the requests
run one after another: never two in flight, and the function returns after the sum of the
waits (about 2.1 s in the hidden test) instead of at the deadline.
Expected: loses hidden-first-within (concurrent(6)); check-first-within passes (about 1.3 s,
under its 3 s limit); the other tasks are correct.
"""

# %% answer-first-within

async def fetch_first_within(urls, seconds):
    texts = []
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        for url in urls:
            try:
                texts.append(await asyncio.wait_for(fetch_text(url), seconds))
            except TimeoutError:
                texts.append(None)
    return texts
