"""primes_for creates its one ClientSession with a plain call and never closes it; the requests
and the counts are right in every other way.
Expected: loses check-primes-for and hidden-primes-for (sessions_closed)."""

# %% answer-primes-for

async def primes_for(urls):
    async def get_range(session, url):
        async with session.get(url) as resp:
            args = (await resp.json())["args"]
        return int(args["start"]), int(args["stop"])

    session = aiohttp.ClientSession()
    ranges = await asyncio.gather(*(get_range(session, url) for url in urls))
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        return await asyncio.gather(
            *(loop.run_in_executor(pool, count_primes, start, stop) for start, stop in ranges))
