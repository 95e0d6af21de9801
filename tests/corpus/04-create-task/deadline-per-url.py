"""collect_finished starts one URL's task, waits the deadline, looks at it, then goes on to the
next URL: the list is right and every late request is cancelled, but never two requests are
in flight at once (and the call takes a deadline per URL).
Expected: hidden-collect-finished 0 (one request at a time); everything else full."""

# %% answer-collect-finished

async def collect_finished(urls, deadline):
    async with aiohttp.ClientSession() as session:
        results = []
        for url in urls:
            task = asyncio.create_task(fetch_text(session, url))
            await asyncio.sleep(deadline)
            if task.done():
                results.append(task.result())
            else:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
                results.append(None)
        return results
