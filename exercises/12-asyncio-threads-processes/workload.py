"""Code for the exercises of 12: a blocking HTTP client and a CPU-heavy function.

Both are ordinary (blocking) functions, as a library without async support would give you.
They live in this module, not in the notebook, so that a process pool can use them with any
start method: a worker process imports them by name (lesson 12 shows why).

``@recorded`` changes nothing in what a function does: it notes which thread ran each call, so
that grading can tell whether the work ran on the event loop's own thread, on any machine.
"""

import json
import urllib.request

from autograder.where_it_ran import recorded

__all__ = ["count_primes", "legacy_get"]


@recorded
def legacy_get(url):
    """GET ``url`` with the standard library (blocking) and return the JSON body as a dict."""
    with urllib.request.urlopen(url, timeout=30) as resp:
        return json.load(resp)


@recorded
def count_primes(start, stop):
    """How many primes are in ``range(start, stop)``: pure Python, keeps one CPU core busy."""
    found = 0
    for n in range(max(start, 2), stop):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            found += 1
    return found
