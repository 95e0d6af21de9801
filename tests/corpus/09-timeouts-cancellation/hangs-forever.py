"""fetch_with_deadline sets no time limit at all: it awaits the request however long it takes.

For /delay/2 it returns the text after 2 s instead of None; for /delay/10 it is
still waiting when the test stops it after 3 s (a hang).
Expected: loses check-deadline and hidden-deadline (None, at the deadline); the other tasks
are correct.
"""

# %% answer-deadline

async def fetch_with_deadline(url, seconds):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.text()
