"""total_size reads one 64 KiB chunk of each file (`await f.read(65536)`) and never loops for
the rest.

Bytes, not characters; concurrent opens through the opener, off the loop. Small files come out
right, but the hidden test's 90 000-byte file counts as 65 536.
Expected: loses hidden-total-size (the total of whole files); check-total-size passes; the
other tasks are correct.
"""

# %% answer-total-size

async def total_size(paths, opener=None):
    async def size(path):
        async with aiofiles.open(path, "rb", opener=opener) as f:
            return len(await f.read(65536))

    return sum(await asyncio.gather(*(size(path) for path in paths)))
