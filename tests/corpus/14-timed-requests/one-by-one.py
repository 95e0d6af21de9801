"""fetch_limited, fetch_all_robust and crawl handle one URL at a time (a for loop that awaits
each before the next): never more than the limit, but never two requests in flight either.
Everything else is right.
Expected: loses check-fetch-limited, hidden-fetch-limited, check-robust, hidden-robust and
hidden-crawl (concurrent); check-crawl, which does not look at concurrency, passes."""

# %% answer-fetch-limited

async def fetch_limited(urls, max_in_flight):
    statuses = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as resp:
                await resp.read()
                statuses.append(resp.status)
    return statuses

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
        return [await robust(session, url) for url in urls]

# %% answer-crawl

async def crawl(urls, folder, *, max_in_flight, timeout, retries, on_progress=None):
    summary = {}

    async def attempt(session, url):
        async with asyncio.timeout(timeout):
            async with session.get(url) as resp:
                return resp.status, await resp.read()

    async with aiohttp.ClientSession() as session:
        for i, url in enumerate(urls):
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
            if on_progress is not None:
                on_progress(len(summary), len(urls))
    return summary
