"""save_pages and log_responses create their aiohttp.ClientSession with a plain call and never
close it.

Files, log lines, concurrency and order are right.
Expected: loses check-save-pages, hidden-save-pages, check-log-responses and
hidden-log-responses (sessions_closed); total_size is correct.
"""

# %% answer-save-pages

async def save_pages(urls, folder):
    folder = Path(folder)
    session = aiohttp.ClientSession()

    async def save(i, url):
        async with session.get(url) as resp:
            body = await resp.text()
        path = folder / f"{i}.txt"
        async with aiofiles.open(path, "w") as f:
            await f.write(body)
        return path

    return await asyncio.gather(*(save(i, url) for i, url in enumerate(urls)))

# %% answer-log-responses

async def log_responses(urls, path):
    session = aiohttp.ClientSession()

    async def fetch_and_log(url):
        async with session.get(url) as resp:
            await resp.read()
        async with aiofiles.open(path, "a") as log:
            await log.write(f"{resp.status} {url}\n")

    await asyncio.gather(*(fetch_and_log(url) for url in urls))
    return len(urls)
