"""morning_routine awaits everything but still sets the table with time.sleep(0.3), which
freezes the event loop (the coffee task cannot even start meanwhile). The result is right.
Expected: hidden-morning-routine 0 (loop blocked 0.3 s); everything else full."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = asyncio.create_task(brew("coffee", coffee_url))
    time.sleep(0.3)
    toast = await brew("toast", toast_url)
    return [await coffee, toast]
