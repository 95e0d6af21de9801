"""timed_fetch_all, fetch_all_robust and crawl open a new ClientSession for every URL (each
closed by its async with); everything else is right. (fetch_limited is left right: its own
session-per-request variant covers it.)
Expected: loses hidden-timed-fetch-all, hidden-robust and hidden-crawl (one_session); the
visible tests pass."""

# %% answer-timed-fetch-all

async def timed_fetch_all(urls):
    async def status_of(url):
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as resp:
                await resp.read()
                return resp.status

    start = time.perf_counter()
    statuses = await asyncio.gather(*(status_of(url) for url in urls))
    elapsed = time.perf_counter() - start
    return list(statuses), elapsed

# %% answer-robust

async def fetch_all_robust(urls, *, timeout, retries):
    async def attempt(session, url):
        async with asyncio.timeout(timeout):
            async with session.get(url) as resp:
                await resp.read()
                return resp.status

    async def robust(url):
        async with aiohttp.ClientSession() as session:
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

    return list(await asyncio.gather(*(robust(url) for url in urls)))

# %% answer-crawl

async def crawl(urls, folder, *, max_in_flight, timeout, retries, on_progress=None):
    semaphore = asyncio.Semaphore(max_in_flight)
    summary, done = {}, 0

    async def attempt(session, url):
        async with semaphore:
            async with asyncio.timeout(timeout):
                async with session.get(url) as resp:
                    return resp.status, await resp.read()

    async def one(i, url):
        nonlocal done
        async with aiohttp.ClientSession() as session:
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

    await asyncio.gather(*(one(i, url) for i, url in enumerate(urls)))
    return {url: summary[url] for url in urls}
