"""A different correct submission: a TaskGroup and time.monotonic for the timing, max_in_flight
worker tasks taking indexes from an asyncio.Queue instead of a Semaphore, asyncio.wait_for with
a growing backoff for the retries, and a crawler built from worker tasks that writes its files
with asyncio.to_thread.
Expected: full marks."""

# %% answer-timed-fetch-all

async def timed_fetch_all(urls):
    async def status_of(session, url):
        async with session.get(url) as resp:
            return resp.status

    async with aiohttp.ClientSession() as session:
        start = time.monotonic()
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(status_of(session, url)) for url in urls]
        elapsed = time.monotonic() - start
    return [t.result() for t in tasks], elapsed

# %% answer-fetch-limited

async def fetch_limited(urls, max_in_flight):
    queue = asyncio.Queue()
    for i in range(len(urls)):
        queue.put_nowait(i)
    results = [None] * len(urls)

    async def worker(session):
        while not queue.empty():
            i = queue.get_nowait()
            async with session.get(urls[i]) as resp:
                await resp.read()
                results[i] = resp.status

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(worker(session) for _ in range(max_in_flight)))
    return results

# %% answer-robust

async def fetch_all_robust(urls, *, timeout, retries):
    async def attempt(session, url):
        async with session.get(url) as resp:
            return resp.status

    async def robust(session, url):
        for n in range(retries + 1):
            try:
                status = await asyncio.wait_for(attempt(session, url), timeout)
            except asyncio.TimeoutError:
                return "timeout"
            if status < 500:
                break
            if n < retries:
                await asyncio.sleep(0.02 * 2 ** n)        # backoff: 0.02, 0.04, 0.08 s
        return status

    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(robust(session, url)) for url in urls]
    return [t.result() for t in tasks]

# %% answer-crawl

async def crawl(urls, folder, *, max_in_flight, timeout, retries, on_progress=None):
    queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)
    summary = {}

    async def fetch_once(session, url):
        async with session.get(url) as resp:
            return resp.status, await resp.read()

    async def worker(session):
        while not queue.empty():
            i, url = queue.get_nowait()
            status = "timeout"
            for n in range(retries + 1):
                try:
                    status, body = await asyncio.wait_for(fetch_once(session, url), timeout)
                except asyncio.TimeoutError:
                    status = "timeout"
                    break
                if status < 500:
                    break
            if status == 200:
                await asyncio.to_thread((Path(folder) / f"{i}.txt").write_bytes, body)
            summary[url] = status
            if on_progress:
                on_progress(len(summary), len(urls))

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(worker(session) for _ in range(max_in_flight)))
    return summary
