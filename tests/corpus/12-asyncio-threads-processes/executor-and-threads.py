"""A different correct submission: run_in_executor with an explicit ThreadPoolExecutor for the
blocking client, asyncio.to_thread for the CPU work (threads are accepted: the GIL hands the
loop a turn every few milliseconds), and a TaskGroup that counts each range as soon as its
response arrives, in a process pool.
Expected: full marks."""

# %% answer-legacy-client

async def fetch_with_legacy_client(urls):
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=max(1, len(urls))) as pool:
        futures = [loop.run_in_executor(pool, legacy_get, url) for url in urls]
        return [await f for f in futures]

# %% answer-crunch

async def crunch(ranges):
    return list(await asyncio.gather(
        *(asyncio.to_thread(count_primes, start, stop) for start, stop in ranges)))

# %% answer-primes-for

async def primes_for(urls):
    loop = asyncio.get_running_loop()

    async def one(session, pool, url):
        async with session.get(url) as resp:
            args = (await resp.json())["args"]
        return await loop.run_in_executor(pool, count_primes, int(args["start"]), int(args["stop"]))

    with ProcessPoolExecutor(max_workers=2) as pool:
        async with aiohttp.ClientSession() as session:
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(one(session, pool, url)) for url in urls]
    return [t.result() for t in tasks]
