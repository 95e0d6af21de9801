"""A different correct submission: done-callbacks, asyncio.wait and a per-request callback.

in_completion_order records each task as it finishes with add_done_callback;
first_n loops over asyncio.wait(..., return_when=FIRST_COMPLETED) and cancels the
pending set; fetch_with_progress calls on_result inside each request's own
coroutine and collects the texts with gather. Expected: full marks.
"""

# %% answer-completion-order

async def in_completion_order(urls):
    finished = []
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
        for task in tasks:
            task.add_done_callback(finished.append)
        await asyncio.gather(*tasks)
    return [task.result() for task in finished]

# %% answer-first-n

async def first_n(urls, n):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(url):
            async with session.get(url) as response:
                return await response.text()

        pending = {asyncio.create_task(fetch_text(url)) for url in urls}
        texts = []
        while len(texts) < n and pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            texts.extend(task.result() for task in done)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)
    return texts[:n]

# %% answer-progress

async def fetch_with_progress(urls, on_result):
    async with aiohttp.ClientSession() as session:

        async def fetch_and_report(i, url):
            async with session.get(url) as response:
                text = await response.text()
            on_result(i, text)
            return text

        return await asyncio.gather(*(fetch_and_report(i, url) for i, url in enumerate(urls)))
