"""save_pages and log_responses open a new aiohttp.ClientSession for every URL (each closed
by its `async with`).

Files, log lines, concurrency and order are right, and every session is closed, but there is
one session per request instead of one for all.
Expected: loses hidden-save-pages and hidden-log-responses (one_session); the visible tests
do not count sessions; total_size is correct.
"""

# %% answer-save-pages

async def save_pages(urls, folder):
    folder = Path(folder)

    async def save(i, url):
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as resp:
                body = await resp.text()
        path = folder / f"{i}.txt"
        async with aiofiles.open(path, "w") as f:
            await f.write(body)
        return path

    return await asyncio.gather(*(save(i, url) for i, url in enumerate(urls)))

# %% answer-log-responses

async def log_responses(urls, path):
    async def fetch_and_log(url):
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as resp:
                await resp.read()
        async with aiofiles.open(path, "a") as log:
            await log.write(f"{resp.status} {url}\n")

    await asyncio.gather(*(fetch_and_log(url) for url in urls))
    return len(urls)
