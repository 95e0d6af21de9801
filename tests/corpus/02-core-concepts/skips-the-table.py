"""morning_routine deletes the blocking time.sleep(0.3) instead of replacing it: every await is
there, coffee and toast overlap and the loop never blocks, but the table is never set (the
toast starts with the coffee).
Expected: hidden-morning-routine 0 (toast not 0.3 s after the coffee); everything else full."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = asyncio.create_task(brew("coffee", coffee_url))
    toast = await brew("toast", toast_url)
    return [await coffee, toast]
