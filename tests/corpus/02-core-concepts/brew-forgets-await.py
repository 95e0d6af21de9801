"""brew calls run_machine(url) without await: the coroutine object is made and dropped, the
machine never runs, and brew returns the right string at once. Every task built on brew
inherits the missing await.
Expected: check-brew and hidden-brew 0 (run_machine never awaited), both tests of task 2 0 and
both tests of task 3 0 (coroutine never awaited)."""

# %% answer-brew

async def brew(drink, url):
    run_machine(url)
    return f"{drink} ready"
