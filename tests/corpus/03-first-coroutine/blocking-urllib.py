"""fetch_title fetches the document with urllib.request.urlopen, a blocking call, inside
async def: one request, the right title, no session to close, but the event loop stands still
until the server answers.
Expected: hidden-fetch-title 0 (loop blocked 0.5 s); everything else full (the visible test's
document answers in 0.1 s and no lag is checked there)."""

# %% answer-fetch-title

import json
import urllib.request


async def fetch_title(url):
    with urllib.request.urlopen(url) as response:
        document = json.load(response)
    return document["args"]["title"]
