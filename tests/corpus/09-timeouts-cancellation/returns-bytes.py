"""fetch_with_deadline returns the body as bytes (`await response.read()`), not its text.

The deadline, the cancellation, the body limit and the session are all right; only the
quick answer comes back as b'***' instead of '***'.
Expected: loses check-deadline and hidden-deadline (the text); the other tasks are correct.
"""

# %% answer-deadline

async def fetch_with_deadline(url, seconds):
    async with aiohttp.ClientSession() as session:
        try:
            async with asyncio.timeout(seconds):
                async with session.get(url) as response:
                    return await response.read()
        except TimeoutError:
            return None
