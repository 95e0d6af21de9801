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
