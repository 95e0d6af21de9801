"""Each task collects its results with asyncio.as_completed, so in the order the work finished,
not the order it was given; everything else is right (threads, off the loop, all at once, one
session closed).
Expected: loses every test: in task 1 the URLs finish in another order (delays differ), in task
2 the small ranges finish first, in task 3 the URLs answer in another order."""

# %% answer-legacy-client

async def fetch_with_legacy_client(urls):
    calls = [asyncio.to_thread(legacy_get, url) for url in urls]
    return [await call for call in asyncio.as_completed(calls)]

# %% answer-crunch

async def crunch(ranges):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        futures = [loop.run_in_executor(pool, count_primes, start, stop) for start, stop in ranges]
        return [await future for future in asyncio.as_completed(futures)]

# %% answer-primes-for

async def primes_for(urls):
    async def get_range(session, url):
        async with session.get(url) as resp:
            args = (await resp.json())["args"]
        return int(args["start"]), int(args["stop"])

    async with aiohttp.ClientSession() as session:
        ranges = [await r for r in asyncio.as_completed([get_range(session, url) for url in urls])]
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        return await asyncio.gather(
            *(loop.run_in_executor(pool, count_primes, start, stop) for start, stop in ranges))
