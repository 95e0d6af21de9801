"""total_size opens the files with aiofiles.open(path, "rb") and does not pass `opener` on.

The total is right, the reads are concurrent and off the loop, but the opens skip the slow
opener: on the real slow filesystem the tests stand for, nothing of this was exercised.
Expected: loses check-total-size and hidden-total-size (every file opened through opener); the
other tasks are correct.
"""

# %% answer-total-size

async def total_size(paths, opener=None):
    async def size(path):
        async with aiofiles.open(path, "rb") as f:
            return len(await f.read())

    return sum(await asyncio.gather(*(size(path) for path in paths)))
