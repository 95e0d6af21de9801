"""Task 1 uses ThreadPoolExecutor() with its default size, min(32, CPU cores + 4) threads: the
hidden test's 40 slow URLs cannot all be in flight, on any machine. Only the hidden test of
task 1 fails (the visible test's 5 URLs fit in any default pool)."""

# %% answer-fetch-with-threads

def fetch_with_threads(urls):
    def status_of(url):
        with urllib.request.urlopen(url) as response:
            return response.status

    with ThreadPoolExecutor() as pool:
        return list(pool.map(status_of, urls))
