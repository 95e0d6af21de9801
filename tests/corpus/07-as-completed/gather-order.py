"""in_completion_order uses asyncio.gather, which returns the texts in the order of the URLs.

Both in_completion_order tests fail (the order); the requests are concurrent and
the other two tasks are correct, so they keep their points.

Expected: check-completion-order and hidden-completion-order 0 (the order of
completion); every other test keeps its points.
"""

# %% answer-completion-order

async def in_completion_order(urls):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        return await asyncio.gather(*(fetch_text(url) for url in urls))
