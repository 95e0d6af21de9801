"""fetch_with_legacy_client moves each call to a thread (the loop stays free) but awaits each
to_thread before starting the next: never more than one request in flight.
Expected: loses hidden-legacy-client (concurrent(5)); check-legacy-client passes."""

# %% answer-legacy-client
async def fetch_with_legacy_client(urls):
    results = []
    for url in urls:
        results.append(await asyncio.to_thread(legacy_get, url))
    return results

# %% answer-crunch
async def crunch(ranges):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        return await asyncio.gather(
            *(loop.run_in_executor(pool, count_primes, start, stop) for start, stop in ranges))
    ### END SOLUTION

# %% answer-primes-for
async def primes_for(urls):
    async def get_range(session, url):
        async with session.get(url) as resp:
            args = (await resp.json())["args"]
        return int(args["start"]), int(args["stop"])

    async with aiohttp.ClientSession() as session:
        ranges = await asyncio.gather(*(get_range(session, url) for url in urls))
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        return await asyncio.gather(
            *(loop.run_in_executor(pool, count_primes, start, stop) for start, stop in ranges))
    ### END SOLUTION
