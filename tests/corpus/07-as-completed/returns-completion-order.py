"""fetch_with_progress reports each (index, text) as it arrives, but builds its returned list
with texts.append(text): in the order of arrival, not of `urls`.

Expected: both fetch_with_progress tests 0 (the returned list in the order of `urls`); the
other tasks keep their points (the hidden test's early stop checks only the calls).
"""

# %% answer-progress

async def fetch_with_progress(urls, on_result):
    async with aiohttp.ClientSession() as session:

        async def fetch_text(i, url):
            async with session.get(url) as response:
                return i, await response.text()

        tasks = [asyncio.create_task(fetch_text(i, url)) for i, url in enumerate(urls)]
        texts = []
        for next_done in asyncio.as_completed(tasks):
            i, text = await next_done
            on_result(i, text)
            texts.append(text)
    return texts
