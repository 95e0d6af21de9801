"""crawl also prints a progress line to stderr after each URL, besides calling on_progress:
nbgrader scores a test cell with anything on stderr 0.
Expected: loses check-crawl and hidden-crawl only (output on stderr)."""

# %% answer-crawl

import sys


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
        print(f"crawled {done}/{len(urls)}", file=sys.stderr)

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(one(session, i, url) for i, url in enumerate(urls)))
    return {url: summary[url] for url in urls}
