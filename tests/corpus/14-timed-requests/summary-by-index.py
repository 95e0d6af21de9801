"""crawl does everything right but keys its summary by each URL's index (as it names the
files) instead of by the URL itself.
Expected: loses check-crawl and hidden-crawl only (the summary)."""

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
        summary[i] = status
        done += 1
        if on_progress is not None:
            on_progress(done, len(urls))

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(one(session, i, url) for i, url in enumerate(urls)))
    return summary
