"""primes_for fetches the ranges concurrently with aiohttp (right) but then counts the primes in
a plain list comprehension, on the event loop.
Expected: loses check-primes-for and hidden-primes-for (count_primes ran on the loop's own thread)."""

# %% answer-primes-for

async def primes_for(urls):
    async def get_range(session, url):
        async with session.get(url) as resp:
            args = (await resp.json())["args"]
        return int(args["start"]), int(args["stop"])

    async with aiohttp.ClientSession() as session:
        ranges = await asyncio.gather(*(get_range(session, url) for url in urls))
    return [count_primes(start, stop) for start, stop in ranges]
