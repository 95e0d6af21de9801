"""fetch_all_robust and crawl treat a timed-out attempt like a 5xx answer and try it again, up to
the limit; the result is still "timeout", and every attempt is cancelled.
Expected: loses check-robust, hidden-robust and hidden-crawl (the server counts the extra
attempts at the slow URL); check-crawl, which does not count requests, passes."""

# %% answer-robust

async def fetch_all_robust(urls, *, timeout, retries):
    async def attempt(session, url):
        async with asyncio.timeout(timeout):
            async with session.get(url) as resp:
                await resp.read()
                return resp.status

    async def robust(session, url):
        for n in range(retries + 1):
            try:
                status = await attempt(session, url)
            except TimeoutError:
                status = "timeout"
            if status != "timeout" and status < 500:
                break
            if n < retries:
                await asyncio.sleep(0.05)
        return status

    async with aiohttp.ClientSession() as session:
        return list(await asyncio.gather(*(robust(session, url) for url in urls)))

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
        for n in range(retries + 1):
            try:
                status, body = await attempt(session, url)
            except TimeoutError:
                status = "timeout"
            if status != "timeout" and status < 500:
                break
            if n < retries:
                await asyncio.sleep(0.05)
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
