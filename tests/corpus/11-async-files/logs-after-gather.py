"""log_responses fetches concurrently but writes the whole log after gather, in the order of urls,
not as each response arrives.
Expected: loses hidden-log-responses (order of arrival); check-log-responses passes."""

# %% answer-log-responses

async def log_responses(urls, path):
    async def status_of(session, url):
        async with session.get(url) as resp:
            return resp.status

    async with aiohttp.ClientSession() as session:
        statuses = await asyncio.gather(*(status_of(session, url) for url in urls))
    async with aiofiles.open(path, "w") as log:
        for status, url in zip(statuses, urls):
            await log.write(f"{status} {url}\n")
    return len(urls)
