"""The buggy morning_routine submitted unchanged (uncommented, nothing fixed): a Task and a
coroutine object are returned, time.sleep blocks the loop.
Expected: check-morning-routine and hidden-morning-routine 0; tasks 1 and 2 full."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = asyncio.create_task(brew("coffee", coffee_url))  # brews in the background
    time.sleep(0.3)                                           # set the table
    toast = brew("toast", toast_url)
    return [coffee, toast]
