"""A different correct solution: brew_all creates one task per order and awaits them in order
afterwards; morning_routine runs the coffee and the table-then-toast steps in a TaskGroup.
Expected: full marks."""

# %% answer-brew-all

async def brew_all(orders):
    tasks = [asyncio.create_task(brew(drink, url)) for drink, url in orders]
    return [await task for task in tasks]

# %% answer-morning-routine

async def morning_routine(coffee_url, toast_url):
    async def table_then_toast():
        await asyncio.sleep(0.3)
        return await brew("toast", toast_url)

    async with asyncio.TaskGroup() as group:
        coffee = group.create_task(brew("coffee", coffee_url))
        toast = group.create_task(table_then_toast())
    return [coffee.result(), toast.result()]
