"""all_or_nothing gathers every outcome (return_exceptions=True), then raises the first error.

The right ClientResponseError is raised and nothing is left running, but only after the slow
requests have answered (2 s): none is cancelled. Expected: both all_or_nothing tests 0 (the
slow siblings cancelled, not waited for); the other tasks keep their points.
"""

# %% answer-all-or-nothing

async def all_or_nothing(urls):
    async with aiohttp.ClientSession() as session:

        async def get_status(url):
            async with session.get(url) as response:
                response.raise_for_status()
                return response.status

        outcomes = await asyncio.gather(*(get_status(url) for url in urls), return_exceptions=True)
    for outcome in outcomes:
        if isinstance(outcome, Exception):
            raise outcome
    return outcomes
