"""fetch_with_deadline limits only the wait for the status line, not the body.

asyncio.wait_for wraps session.get(), which returns once the headers arrive; the
body is read afterwards without a limit. A quick or silent server is handled
right, but a body that trickles in for 1 s is returned in full instead of None.
Expected: loses hidden-deadline (the deadline covers the body); everything else keeps its
points.
"""

# %% answer-deadline

async def fetch_with_deadline(url, seconds):
    async with aiohttp.ClientSession() as session:
        try:
            response = await asyncio.wait_for(session.get(url), seconds)
        except TimeoutError:
            return None
        async with response:
            return await response.text()
