"""All three functions create their aiohttp.ClientSession with a plain call and never close it.

Everything else is right: texts, deadlines, cancellations, logs.
Expected: loses hidden-deadline, hidden-first-within and hidden-worker (sessions_closed); the
visible tests do not check the session and pass.
"""

# %% answer-deadline

async def fetch_with_deadline(url, seconds):
    session = aiohttp.ClientSession()
    try:
        async with asyncio.timeout(seconds):
            async with session.get(url) as response:
                return await response.text()
    except TimeoutError:
        return None

# %% answer-first-within

async def fetch_first_within(urls, seconds):
    session = aiohttp.ClientSession()

    async def fetch_text(url):
        async with session.get(url) as response:
            return await response.text()

    tasks = [asyncio.create_task(fetch_text(url)) for url in urls]
    done, pending = await asyncio.wait(tasks, timeout=seconds)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return [task.result() if task in done else None for task in tasks]

# %% answer-worker

async def worker(urls, log):
    session = aiohttp.ClientSession()
    try:
        for url in urls:
            try:
                async with session.get(url) as response:
                    response.raise_for_status()
                    log.append(await response.text())
            except aiohttp.ClientError:
                log.append("failed")
    finally:
        log.append("closed")
