"""A different correct submission: TaskGroup instead of gather, asyncio.to_thread with plain
open() instead of aiofiles, and an as_completed loop that writes the log from one coroutine.
Expected: full marks."""

# %% answer-save-pages

async def save_pages(urls, folder):
    async def save(session, path, url):
        async with session.get(url) as resp:
            body = await resp.text()
        await asyncio.to_thread(path.write_text, body)

    paths = [Path(folder) / f"{i}.txt" for i in range(len(urls))]
    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as tg:
            for path, url in zip(paths, urls):
                tg.create_task(save(session, path, url))
    return [str(p) for p in paths]

# %% answer-total-size

def _read_size(path, opener):
    with open(path, "rb", opener=opener) as f:
        return len(f.read())


async def total_size(paths, opener=None):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(asyncio.to_thread(_read_size, p, opener)) for p in paths]
    return sum(t.result() for t in tasks)

# %% answer-log-responses

async def log_responses(urls, path):
    async def status_of(session, url):
        async with session.get(url) as resp:
            return resp.status, url

    count = 0
    async with aiohttp.ClientSession() as session:
        async with aiofiles.open(path, "w") as log:
            for next_done in asyncio.as_completed([status_of(session, u) for u in urls]):
                status, url = await next_done
                await log.write(f"{status} {url}\n")
                await log.flush()
                count += 1
    return count
