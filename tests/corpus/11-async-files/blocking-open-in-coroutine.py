"""total_size reads with the built-in open() inside the coroutine: with the slow opener each open
blocks the event loop for 0.2 s (the total is right).
Expected: loses check-total-size and hidden-total-size (the opens ran on the event loop's
thread)."""

# %% answer-total-size

async def total_size(paths, opener=None):
    async def size(path):
        with open(path, "rb", opener=opener) as f:
            return len(f.read())

    return sum(await asyncio.gather(*(size(path) for path in paths)))
