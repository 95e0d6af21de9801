"""total_size uses aiofiles (the loop stays free) but awaits one file after another: five slow
opens take 1 s instead of 0.2 s.
Expected: loses hidden-total-size (took_at_most); check-total-size passes."""

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
    total = 0
    for path in paths:
        async with aiofiles.open(path, "rb", opener=opener) as f:
            total += len(await f.read())
    return total

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
