"""total_size reads the files as text and adds up len(text): characters, not bytes, so every
accented letter or emoji is undercounted.
Expected: loses check-total-size and hidden-total-size (the total)."""

# %% answer-total-size

async def total_size(paths, opener=None):
    async def size(path):
        async with aiofiles.open(path, encoding="utf-8", opener=opener) as f:
            return len(await f.read())

    return sum(await asyncio.gather(*(size(path) for path in paths)))
