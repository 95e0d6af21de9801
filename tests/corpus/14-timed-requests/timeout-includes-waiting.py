"""crawl starts each attempt's timeout before waiting for a free slot: a URL that waited 0.3 s
for a slot has only 0.2 s left for its 0.3 s answer, and is reported "timeout".
Expected: loses hidden-crawl only (urls[6] and urls[7] time out); in check-crawl no URL waits
long enough for it to matter."""

# %% answer-crawl

async def crawl(urls, folder, *, max_in_flight, timeout, retries, on_progress=None):
    semaphore = asyncio.Semaphore(max_in_flight)
    summary, done = {}, 0

    async def attempt(session, url):
        async with asyncio.timeout(timeout):              # the clock runs while waiting for a slot
            async with semaphore:
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
