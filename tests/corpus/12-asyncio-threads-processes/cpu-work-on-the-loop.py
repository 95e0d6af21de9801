"""crunch calls count_primes directly inside coroutines: gather cannot interleave code that never
awaits, so the loop is held for the whole computation.
Expected: loses check-crunch and hidden-crunch (count_primes ran on the loop's own thread); the
counts are right."""

# %% answer-crunch

async def crunch(ranges):
    async def one(start, stop):
        return count_primes(start, stop)

    return await asyncio.gather(*(one(start, stop) for start, stop in ranges))
