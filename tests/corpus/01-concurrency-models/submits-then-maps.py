"""Task 1 submits every download to the pool, then calls pool.map as well to get the results
in order: each URL is fetched twice. Concurrent and in order, but the server receives twice the
requests, so both tests of task 1 fail (each URL exactly once)."""

# %% answer-fetch-with-threads

def fetch_with_threads(urls):
    def status_of(url):
        with urllib.request.urlopen(url) as response:
            return response.status

    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        futures = [pool.submit(status_of, url) for url in urls]
        statuses = list(pool.map(status_of, urls))
        for future in futures:
            future.result()
    return statuses
