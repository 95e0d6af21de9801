"""collect_finished gives each task its own asyncio.wait_for(task, deadline) in turn: every
late task is cancelled and awaited, but the waits add up, so a URL that answers after the
deadline but before its own wait ends is counted as in time.
Expected: hidden-collect-finished 0 (the 0.8 s URL's body where None was expected); everything
else full (the visible test's only late URL takes 3 s)."""

# %% answer-collect-finished

async def collect_finished(urls, deadline):
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch_text(session, url)) for url in urls]
        results = []
        for task in tasks:
            try:
                results.append(await asyncio.wait_for(task, timeout=deadline))
            except TimeoutError:
                results.append(None)
        return results
