"""save_pages downloads with urllib.request.urlopen inside its coroutines (and saves with
aiofiles).

Each download blocks the event loop until its answer arrives, so the gathered coroutines run
one after another. The files and paths are right.
Expected: loses hidden-save-pages (the loop blocked for each download, which also keeps them
from overlapping); check-save-pages passes; the other tasks are correct.
"""

# %% answer-save-pages

import urllib.request


async def save_pages(urls, folder):
    folder = Path(folder)

    async def save(i, url):
        with urllib.request.urlopen(url) as resp:
            body = resp.read().decode()
        path = folder / f"{i}.txt"
        async with aiofiles.open(path, "w") as f:
            await f.write(body)
        return path

    return await asyncio.gather(*(save(i, url) for i, url in enumerate(urls)))
