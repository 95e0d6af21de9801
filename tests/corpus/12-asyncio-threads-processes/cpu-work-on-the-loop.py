"""crunch calls count_primes directly inside coroutines: gather cannot interleave code that never
awaits, so the loop is held for the whole computation.
Expected: loses check-crunch and hidden-crunch (loop blocked); the counts are right."""

# %% answer-legacy-client
async def fetch_with_legacy_client(urls):
    return await asyncio.gather(*(asyncio.to_thread(legacy_get, url) for url in urls))
    ### END SOLUTION

# %% answer-crunch
async def crunch(ranges):
    async def one(start, stop):
        return count_primes(start, stop)

    return await asyncio.gather(*(one(start, stop) for start, stop in ranges))

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
