"""brew runs the machine with urllib.request.urlopen, a blocking call, instead of awaiting
run_machine: one request, the right value, but the event loop stands still for the machine's
whole time, so no two machines can ever brew at once.
Expected: hidden-brew 0 (loop blocked 0.5 s), both tests of task 2 0 (one machine at a time),
hidden-morning-routine 0 (loop blocked, coffee and toast one after the other); check-brew and
check-morning-routine keep their points."""

# %% answer-brew

import urllib.request


async def brew(drink, url):
    with urllib.request.urlopen(url) as response:
        response.read()
    return f"{drink} ready"
