"""save_pages awaits each download before starting the next (a for loop of awaits): the files are
right but the server never sees more than one request at a time.
Expected: loses hidden-save-pages (concurrent(6)); everything else passes."""

# %% answer-save-pages
async def save_pages(urls, folder):
    paths = []
    async with aiohttp.ClientSession() as session:
        for i, url in enumerate(urls):
            async with session.get(url) as resp:
                body = await resp.text()
            path = Path(folder) / f"{i}.txt"
            async with aiofiles.open(path, "w") as f:
                await f.write(body)
            paths.append(path)
    return paths

# %% answer-total-size
async def total_size(paths, opener=None):
    async def size(path):
        async with aiofiles.open(path, "rb", opener=opener) as f:
            return len(await f.read())

    return sum(await asyncio.gather(*(size(path) for path in paths)))
    ### END SOLUTION

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
