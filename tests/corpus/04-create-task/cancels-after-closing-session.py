"""race and collect_finished cancel the tasks they no longer need only after the
`async with session` block, and return without awaiting them: nothing gives the loop a turn
between cancel() and the return, so the cancelled tasks are still running when the functions
return. Every answer is right and every late request is cancelled at the server.
Expected: check-race and hidden-race 0, check-collect-finished and hidden-collect-finished 0
(cancelled, but never awaited); task 1 full."""

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
