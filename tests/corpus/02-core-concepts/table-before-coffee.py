"""morning_routine sets the table (await asyncio.sleep(0.3)) before starting the coffee, so
the table is not set while the coffee brews: coffee and toast start together. Every await is
there and they overlap.
Expected: hidden-morning-routine 0 (toast not 0.3 s after the coffee); everything else full."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    await asyncio.sleep(0.3)
    coffee = asyncio.create_task(brew("coffee", coffee_url))
    toast = await brew("toast", toast_url)
    return [await coffee, toast]
