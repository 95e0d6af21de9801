"""first_n waits (asyncio.wait, FIRST_COMPLETED) until n tasks are done and cancels the rest
properly, but returns the finished texts in the order of `urls`, not the order they arrived.

In the visible test the fast URLs happen to be in their speed order too; in the hidden test
they are not. Expected: hidden-first-n 0 (fastest first); every other test keeps its points.
"""

# %% answer-first-n

async def first_n(urls, n):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        pending = set(tasks)
        while len(tasks) - len(pending) < n:
            _, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        return [task.result() for task in tasks if task not in pending][:n]
