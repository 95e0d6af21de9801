"""total_size reads with the built-in open() inside the coroutine: with the slow opener each open
blocks the event loop for 0.2 s (the total is right).
Expected: loses check-total-size and hidden-total-size (loop_not_blocked)."""

# %% answer-save-pages
async def save_pages(urls, folder):
    folder = Path(folder)

    async def save(session, i, url):
        async with session.get(url) as resp:
            body = await resp.text()
        path = folder / f"{i}.txt"
        async with aiofiles.open(path, "w") as f:
            await f.write(body)
        return path

    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(save(session, i, url) for i, url in enumerate(urls)))
    ### END SOLUTION

# %% answer-total-size
async def total_size(paths, opener=None):
    async def size(path):
        with open(path, "rb", opener=opener) as f:
            return len(f.read())

    return sum(await asyncio.gather(*(size(path) for path in paths)))

# %% answer-log-responses
async def log_responses(urls, path):
    async def fetch_and_log(session, url):
        async with session.get(url) as resp:
            await resp.read()
        async with aiofiles.open(path, "a") as log:
            await log.write(f"{resp.status} {url}\n")

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(fetch_and_log(session, url) for url in urls))
    return len(urls)
    ### END SOLUTION
