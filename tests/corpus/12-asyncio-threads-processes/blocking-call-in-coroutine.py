"""fetch_with_legacy_client calls the blocking legacy_get directly inside coroutines gathered
together: each call freezes the event loop, so the requests run one after another.
Expected: loses check-legacy-client and hidden-legacy-client (legacy_get ran on the loop's own
thread); tasks 2 and 3 full marks."""

# %% answer-legacy-client

async def fetch_with_legacy_client(urls):
    async def one(url):
        return legacy_get(url)

    return await asyncio.gather(*(one(url) for url in urls))
