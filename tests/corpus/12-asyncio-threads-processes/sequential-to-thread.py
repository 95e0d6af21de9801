"""fetch_with_legacy_client moves each call to a thread (the loop stays free) but awaits each
to_thread before starting the next: never more than one request in flight.
Expected: loses hidden-legacy-client (concurrent(5)); check-legacy-client passes."""

# %% answer-legacy-client

async def fetch_with_legacy_client(urls):
    results = []
    for url in urls:
        results.append(await asyncio.to_thread(legacy_get, url))
    return results
