"""save_pages writes each body to the right file, but collects the paths in a list as each
save finishes and returns that list: the order the downloads finished, not that of urls.

Files, concurrency, session and awaits are right.
Expected: loses check-save-pages and hidden-save-pages (the returned paths); the other tasks
are correct.
"""

# %% answer-save-pages

async def save_pages(urls, folder):
    folder = Path(folder)
    paths = []

    async def save(session, i, url):
        async with session.get(url) as resp:
            body = await resp.text()
        path = folder / f"{i}.txt"
        async with aiofiles.open(path, "w") as f:
            await f.write(body)
        paths.append(path)

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(save(session, i, url) for i, url in enumerate(urls)))
    return paths
