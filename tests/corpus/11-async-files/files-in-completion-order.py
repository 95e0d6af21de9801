"""save_pages numbers the files in the order the downloads finish (a counter), not by the
index of their URL: folder/0.txt gets the body of the first URL to answer.

The returned paths are folder/0.txt, folder/1.txt, ... in order, the downloads are concurrent,
one session, closed, every write awaited.
Expected: loses check-save-pages and hidden-save-pages (a file holds another URL's body); the
other tasks are correct.
"""

# %% answer-save-pages

async def save_pages(urls, folder):
    folder = Path(folder)
    written = 0

    async def save(session, url):
        nonlocal written
        async with session.get(url) as resp:
            body = await resp.text()
        path = folder / f"{written}.txt"
        written += 1
        async with aiofiles.open(path, "w") as f:
            await f.write(body)

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(save(session, url) for url in urls))
    return [folder / f"{i}.txt" for i in range(len(urls))]
