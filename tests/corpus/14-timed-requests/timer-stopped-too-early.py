"""timed_fetch_all stops the timer after creating the coroutines but before awaiting them: the
requests are concurrent, but the reported time is about 0 s.
Expected: loses check-timed-fetch-all and hidden-timed-fetch-all only."""

# %% answer-timed-fetch-all
async def timed_fetch_all(urls):
    async def status_of(session, url):
        async with session.get(url) as resp:
            return resp.status

    async with aiohttp.ClientSession() as session:
        start = time.perf_counter()
        coros = [status_of(session, url) for url in urls]
        elapsed = time.perf_counter() - start
        statuses = await asyncio.gather(*coros)
    return list(statuses), elapsed

# %% answer-fetch-limited
async def fetch_limited(urls, max_in_flight):
    semaphore = asyncio.Semaphore(max_in_flight)

    async def status_of(session, url):
        async with semaphore:
            async with session.get(url) as resp:
                await resp.read()
                return resp.status

    async with aiohttp.ClientSession() as session:
        return list(await asyncio.gather(*(status_of(session, url) for url in urls)))
    ### END SOLUTION

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
                await asyncio.sleep(0.05)                 # a short pause before trying again
                status = await attempt(session, url)
        except TimeoutError:
            return "timeout"
        return status

    async with aiohttp.ClientSession() as session:
        return list(await asyncio.gather(*(robust(session, url) for url in urls)))
    ### END SOLUTION

# %% answer-crawl
async def crawl(urls, folder, *, max_in_flight, timeout, retries, on_progress=None):
    semaphore = asyncio.Semaphore(max_in_flight)
    summary, done = {}, 0

    async def attempt(session, url):
        async with semaphore:                             # wait for a slot, then start the clock
            async with asyncio.timeout(timeout):
                async with session.get(url) as resp:
                    return resp.status, await resp.read()

    async def one(session, i, url):
        nonlocal done
        try:
            status, body = await attempt(session, url)
            for _ in range(retries):
                if status < 500:
                    break
                await asyncio.sleep(0.05)
                status, body = await attempt(session, url)
        except TimeoutError:
            status = "timeout"
        if status == 200:
            async with aiofiles.open(Path(folder) / f"{i}.txt", "wb") as f:
                await f.write(body)
        summary[url] = status
        done += 1
        if on_progress is not None:
            on_progress(done, len(urls))

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(one(session, i, url) for i, url in enumerate(urls)))
    return {url: summary[url] for url in urls}
    ### END SOLUTION
