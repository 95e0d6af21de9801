"""race and collect_finished cancel the tasks they no longer need but return without awaiting
them. The rule "await what you cancel" is not broken in effect: the return is inside
`async with session`, and closing the session waits for its connections to close, which gives
the loop the turns the cancelled tasks need to end, so none is still running when the
functions return (the runner lists the tasks at that very moment).
Expected: full marks."""

# %% answer-race

async def race(url_a, url_b):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in (url_a, url_b)]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        return done.pop().result()

# %% answer-collect-finished

async def collect_finished(urls, deadline):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        await asyncio.sleep(deadline)
        results = []
        for task in tasks:
            if task.done():
                results.append(task.result())
            else:
                task.cancel()
                results.append(None)
        return results
