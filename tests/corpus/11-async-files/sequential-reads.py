"""total_size uses aiofiles (the loop stays free) but awaits one file after another: five slow
opens take 1 s instead of 0.2 s: never two in progress at once.
Expected: loses hidden-total-size (the opens overlap); check-total-size passes."""

# %% answer-total-size

async def total_size(paths, opener=None):
    total = 0
    for path in paths:
        async with aiofiles.open(path, "rb", opener=opener) as f:
            total += len(await f.read())
    return total
