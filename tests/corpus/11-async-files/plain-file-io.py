"""save_pages writes each page with Path.write_text and log_responses appends with a plain
open(), both inside coroutines. Everything else is right; local writes take microseconds, so
the loop's lag shows nothing, but the files are opened on the event loop's own thread.
Expected: loses hidden-save-pages and hidden-log-responses (no file opened on the loop)."""

# %% answer-save-pages

async def save_pages(urls, folder):
    folder = Path(folder)

    async def save(session, i, url):
        async with session.get(url) as resp:
            body = await resp.text()
        path = folder / f"{i}.txt"
        path.write_text(body)
        return path

    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(save(session, i, url) for i, url in enumerate(urls)))

# %% answer-log-responses

async def log_responses(urls, path):
    async def fetch_and_log(session, url):
        async with session.get(url) as resp:
            await resp.read()
        with open(path, "a") as log:
            log.write(f"{resp.status} {url}\n")

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(fetch_and_log(session, url) for url in urls))
    return len(urls)
