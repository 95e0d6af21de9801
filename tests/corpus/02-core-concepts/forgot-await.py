"""morning_routine fixed except one bug: the toast's brew(...) is still called without await,
so the list holds a coroutine object and the toast is never made.
Expected: check-morning-routine and hidden-morning-routine 0; tasks 1 and 2 full."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = asyncio.create_task(brew("coffee", coffee_url))
    await asyncio.sleep(0.3)
    toast = brew("toast", toast_url)
    return [await coffee, toast]
