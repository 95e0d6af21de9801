"""fetch_with_legacy_client submits every legacy_get call to a thread pool at once (all in
flight, off the loop's thread, results in order) but then waits with future.result() inside the
coroutine: the event loop is blocked until the slowest download (0.5 s) is done.
Expected: loses check-legacy-client and hidden-legacy-client (the loop blocked 0.5 s);
tasks 2 and 3 full marks."""

# %% answer-legacy-client

async def fetch_with_legacy_client(urls):
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        futures = [pool.submit(legacy_get, url) for url in urls]
        return [future.result() for future in futures]
