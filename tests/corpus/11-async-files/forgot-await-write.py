"""save_pages calls f.write(body) without await: aiofiles' write is a coroutine, so nothing is
written and the coroutine is never awaited.
Expected: loses check-save-pages and hidden-save-pages (all_awaited, empty files)."""

# %% answer-save-pages

async def save_pages(urls, folder):
    folder = Path(folder)

    async def save(session, i, url):
        async with session.get(url) as resp:
            body = await resp.text()
        path = folder / f"{i}.txt"
        async with aiofiles.open(path, "w") as f:
            f.write(body)
        return path

    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(save(session, i, url) for i, url in enumerate(urls)))
