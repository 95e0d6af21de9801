"""primes_for handles one URL at a time: fetch, then count in a thread, then the next URL. The loop
stays free but the server never sees two requests at once.
Expected: loses hidden-primes-for (concurrent(4)); check-primes-for passes."""

# %% answer-legacy-client
async def fetch_with_legacy_client(urls):
    return await asyncio.gather(*(asyncio.to_thread(legacy_get, url) for url in urls))
    ### END SOLUTION

# %% answer-crunch
async def crunch(ranges):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        return await asyncio.gather(
            *(loop.run_in_executor(pool, count_primes, start, stop) for start, stop in ranges))
    ### END SOLUTION

# %% answer-primes-for
async def primes_for(urls):
    counts = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as resp:
                args = (await resp.json())["args"]
            counts.append(await asyncio.to_thread(count_primes, int(args["start"]), int(args["stop"])))
    return counts
