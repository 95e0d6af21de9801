"""The buggy morning_routine submitted unchanged (uncommented, nothing fixed): a Task and a
coroutine object are returned, time.sleep blocks the loop. Loses both tests of task 3;
tasks 1 and 2 are correct."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = asyncio.create_task(brew("coffee", coffee_url))  # brews in the background
    time.sleep(0.3)                                           # set the table
    toast = brew("toast", toast_url)
    return [coffee, toast]
