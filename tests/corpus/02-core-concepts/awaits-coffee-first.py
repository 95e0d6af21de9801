"""morning_routine awaits the coffee task before setting the table: every await is there and
the result is right, but the coffee is done before the toast starts, so they never brew at the
same time.
Expected: hidden-morning-routine 0 (never both in flight); everything else full."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = await asyncio.create_task(brew("coffee", coffee_url))
    await asyncio.sleep(0.3)
    toast = await brew("toast", toast_url)
    return [coffee, toast]
