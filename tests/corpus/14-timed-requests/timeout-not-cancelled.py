"""fetch_all_robust and crawl wait for each attempt with asyncio.wait(..., timeout=...) and give
up on it after `timeout`, but never cancel it: the slow request is still running when they
return. Results, files, progress, retries and the session are right.
Expected: loses check-robust, hidden-robust, check-crawl and hidden-crawl (cancelled_at_least:
the slow request was ignored, not cancelled)."""

# %% answer-robust

async def fetch_all_robust(urls, *, timeout, retries):
    async def get_status(session, url):
        async with session.get(url) as resp:
            await resp.read()
            return resp.status

    async def attempt(session, url):
        task = asyncio.create_task(get_status(session, url))
        done, _ = await asyncio.wait({task}, timeout=timeout)
        if not done:
            raise TimeoutError  # the request goes on running
        return task.result()

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
        return list(await asyncio.gather(*(robust(session, url) for url in urls)))

# %% answer-crawl

async def crawl(urls, folder, *, max_in_flight, timeout, retries, on_progress=None):
    semaphore = asyncio.Semaphore(max_in_flight)
    summary, done = {}, 0

    async def get(session, url):
        async with session.get(url) as resp:
            return resp.status, await resp.read()

    async def attempt(session, url):
        async with semaphore:
            task = asyncio.create_task(get(session, url))
            finished, _ = await asyncio.wait({task}, timeout=timeout)
            if not finished:
                raise TimeoutError  # the request goes on running
            return task.result()

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
