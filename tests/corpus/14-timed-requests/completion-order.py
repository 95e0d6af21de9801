"""Tasks 1-3 collect their results with asyncio.as_completed, so in the order the requests
finished, not the order of urls; everything else is right (concurrent, one session closed, the
limit, the timeouts and retries).
Expected: loses hidden-timed-fetch-all (its 404 answers first), hidden-fetch-limited (mixed
statuses), check-robust and hidden-robust; the visible tests of tasks 1 and 2 (all 200) and task
4 pass."""

# %% answer-timed-fetch-all

async def timed_fetch_all(urls):
    async def status_of(session, url):
        async with session.get(url) as resp:
            await resp.read()
            return resp.status

    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        coros = [status_of(session, url) for url in urls]
        statuses = [await c for c in asyncio.as_completed(coros)]
    elapsed = time.perf_counter() - start
    return statuses, elapsed

# %% answer-fetch-limited

async def fetch_limited(urls, max_in_flight):
    semaphore = asyncio.Semaphore(max_in_flight)

    async def status_of(session, url):
        async with semaphore:
            async with session.get(url) as resp:
                await resp.read()
                return resp.status

    async with aiohttp.ClientSession() as session:
        return [await c for c in asyncio.as_completed([status_of(session, url) for url in urls])]

# %% answer-robust

async def fetch_all_robust(urls, *, timeout, retries):
    async def attempt(session, url):
        async with asyncio.timeout(timeout):
            async with session.get(url) as resp:
                await resp.read()
                return resp.status

    async def robust(session, url):
        try:
            status = await attempt(session, url)
            for _ in range(retries):
                if status < 500:
                    break
                await asyncio.sleep(0.05)
                status = await attempt(session, url)
        except TimeoutError:
            return "timeout"
        return status

    async with aiohttp.ClientSession() as session:
        return [await c for c in asyncio.as_completed([robust(session, url) for url in urls])]
