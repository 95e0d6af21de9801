"""morning_routine takes the coffee with coffee.result() instead of await coffee: the coffee
is still brewing when the toast is done, so result() raises InvalidStateError and the routine
returns nothing.
Expected: check-morning-routine and hidden-morning-routine 0; tasks 1 and 2 correct."""

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    coffee = asyncio.create_task(brew("coffee", coffee_url))
    await asyncio.sleep(0.3)
    toast = await brew("toast", toast_url)
    return [coffee.result(), toast]
