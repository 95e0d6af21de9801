"""A different correct morning_routine: the table is still set with the blocking
time.sleep(0.3), but in a worker thread (await asyncio.to_thread(...)), so the event loop
keeps running and the coffee brews meanwhile.
Expected: full marks."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = asyncio.create_task(brew("coffee", coffee_url))
    await asyncio.to_thread(time.sleep, 0.3)  # set the table, off the event loop
    toast = await brew("toast", toast_url)
    return [await coffee, toast]
