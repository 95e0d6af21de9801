"""primes_for opens a new ClientSession for every URL (each closed by its async with): the
requests are concurrent and the counts right, but no connection pool is shared.
Expected: loses hidden-primes-for only (one_session); check-primes-for passes."""

# %% answer-primes-for

async def primes_for(urls):
    async def get_range(url):
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as resp:
                args = (await resp.json())["args"]
        return int(args["start"]), int(args["stop"])

    ranges = await asyncio.gather(*(get_range(url) for url in urls))
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        return await asyncio.gather(
            *(loop.run_in_executor(pool, count_primes, start, stop) for start, stop in ranges))
