"""morning_routine replaces time.sleep(0.3) with asyncio.sleep(0.3) but forgets the await: the
sleep coroutine is never awaited, so the table is never set. The result is right and coffee
and toast overlap.
Expected: check-morning-routine and hidden-morning-routine 0 (coroutine 'sleep' never
awaited); tasks 1 and 2 correct."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = asyncio.create_task(brew("coffee", coffee_url))
    asyncio.sleep(0.3)
    toast = await brew("toast", toast_url)
    return [await coffee, toast]
