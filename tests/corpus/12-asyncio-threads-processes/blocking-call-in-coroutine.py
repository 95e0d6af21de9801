"""fetch_with_legacy_client calls the blocking legacy_get directly inside coroutines gathered
together: each call freezes the event loop, so the requests run one after another.
Expected: loses check-legacy-client (loop blocked) and hidden-legacy-client."""

# %% answer-legacy-client
async def fetch_with_legacy_client(urls):
    async def one(url):
        return legacy_get(url)

    return await asyncio.gather(*(one(url) for url in urls))

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
