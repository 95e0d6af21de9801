"""timed_fetch_all, fetch_limited and crawl create their one ClientSession with a plain call and
never close it; everything else is right.
Expected: loses check-timed-fetch-all, hidden-timed-fetch-all, hidden-fetch-limited and
hidden-crawl (sessions_closed)."""

# %% answer-timed-fetch-all

async def timed_fetch_all(urls):
    async def status_of(session, url):
        async with session.get(url) as resp:
            await resp.read()
            return resp.status

    start = time.perf_counter()
    session = aiohttp.ClientSession()
    statuses = await asyncio.gather(*(status_of(session, url) for url in urls))
    elapsed = time.perf_counter() - start
    return list(statuses), elapsed

# %% answer-fetch-limited

async def fetch_limited(urls, max_in_flight):
    semaphore = asyncio.Semaphore(max_in_flight)

    async def status_of(session, url):
        async with semaphore:
            async with session.get(url) as resp:
                await resp.read()
                return resp.status

    session = aiohttp.ClientSession()
    return list(await asyncio.gather(*(status_of(session, url) for url in urls)))

# %% answer-crawl

async def crawl(urls, folder, *, max_in_flight, timeout, retries, on_progress=None):
    semaphore = asyncio.Semaphore(max_in_flight)
    summary, done = {}, 0

    async def attempt(session, url):
        async with semaphore:
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

    session = aiohttp.ClientSession()
    await asyncio.gather(*(one(session, i, url) for i, url in enumerate(urls)))
    return {url: summary[url] for url in urls}
