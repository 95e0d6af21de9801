"""primes_for handles one URL at a time: fetch, then count in a thread, then the next URL. The loop
stays free but the server never sees two requests at once.
Expected: loses hidden-primes-for (concurrent(4)); check-primes-for passes."""

# %% answer-primes-for

async def primes_for(urls):
    counts = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as resp:
                args = (await resp.json())["args"]
            counts.append(await asyncio.to_thread(count_primes, int(args["start"]), int(args["stop"])))
    return counts
