"""morning_routine awaits everything but still sets the table with time.sleep(0.3), which
freezes the event loop (the coffee task cannot even start meanwhile). The result is right, so
only the hidden test of task 3 (loop not blocked) fails."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = asyncio.create_task(brew("coffee", coffee_url))
    time.sleep(0.3)
    toast = await brew("toast", toast_url)
    return [await coffee, toast]
