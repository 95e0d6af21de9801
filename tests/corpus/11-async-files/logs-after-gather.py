"""log_responses fetches concurrently but writes the whole log after gather, in the order of urls,
not as each response arrives.
Expected: loses hidden-log-responses (order of arrival); check-log-responses passes."""

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
        async with aiofiles.open(path, "rb", opener=opener) as f:
            return len(await f.read())

    return sum(await asyncio.gather(*(size(path) for path in paths)))
    ### END SOLUTION

# %% answer-log-responses
async def log_responses(urls, path):
    async def status_of(session, url):
        async with session.get(url) as resp:
            return resp.status

    async with aiohttp.ClientSession() as session:
        statuses = await asyncio.gather(*(status_of(session, url) for url in urls))
    async with aiofiles.open(path, "w") as log:
        for status, url in zip(statuses, urls):
            await log.write(f"{status} {url}\n")
    return len(urls)
