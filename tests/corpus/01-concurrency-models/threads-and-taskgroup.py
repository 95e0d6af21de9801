"""A different correct solution: one threading.Thread per URL writing into a list by index,
and an asyncio.TaskGroup instead of asyncio.gather. Full marks."""

# %% answer-fetch-with-threads

import threading


def fetch_with_threads(urls):
    statuses = [None] * len(urls)

    def fetch(index, url):
        with urllib.request.urlopen(url) as response:
            statuses[index] = response.status

    threads = [threading.Thread(target=fetch, args=(i, url)) for i, url in enumerate(urls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses

# %% answer-fetch-with-asyncio

async def fetch_with_asyncio(urls):
    async def status_of(session, url):
        async with session.get(url) as response:
            return response.status

    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(status_of(session, url)) for url in urls]
    return [task.result() for task in tasks]
