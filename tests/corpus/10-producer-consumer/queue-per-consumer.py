"""process_all gives each consumer a queue of its own, filled with all the URLs.

Each consumer works through every URL: the texts are right, `workers` requests are in flight
at once and never more, and the consumers end by themselves, but every URL is fetched
`workers` times.
Expected: loses check-process-all and hidden-process-all (requests: exactly once); the other
tasks are correct.
"""

# %% answer-process-all

async def process_all(urls, workers):
    texts = [None] * len(urls)

    async with aiohttp.ClientSession() as session:

        async def consumer():
            queue = asyncio.Queue()
            for item in enumerate(urls):
                queue.put_nowait(item)
            while not queue.empty():
                index, url = await queue.get()
                async with session.get(url) as response:
                    texts[index] = await response.text()

        await asyncio.gather(*(consumer() for _ in range(workers)))
    return texts
