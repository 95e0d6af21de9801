"""all_or_nothing uses plain asyncio.gather: it raises the failure but cancels nothing.

The ClientResponseError is raised, but the slow sibling requests are still
running when all_or_nothing returns: ignored, not cancelled. Both all_or_nothing
tests fail; the other tasks are correct.

Expected: check-all-or-nothing and hidden-all-or-nothing 0 (no task left running);
every other test keeps its points.
"""

# %% answer-all-or-nothing

async def all_or_nothing(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response.status

        return await asyncio.gather(*(get_status(url) for url in urls))
