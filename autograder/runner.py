"""Run a student's coroutine on a fresh event loop in a daemon thread, and measure it.

A notebook cell already runs on the kernel's event loop, so ``asyncio.run`` cannot
be called there, and awaiting student code on that loop lets one hang or one
``time.sleep`` wedge the kernel for every later cell. :func:`run_isolated` gives
the code a loop of its own in a daemon thread and waits at most ``timeout``
seconds: a task awaiting forever is cancelled, a thread blocked in a call is
abandoned (daemon threads never hold up the interpreter's exit). The result is a
:class:`RunReport` with the value or the error, the event loop's worst lag, and
what the run would have printed to stderr, which is captured instead.

>>> report = run_isolated(fetch_all, urls, timeout=5)   # doctest: +SKIP
>>> report.timed_out, report.max_lag < 0.1, report.never_awaited
(False, True, [])
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import gc
import threading
from time import perf_counter as _perf_counter

from .capture import Capture
from .isolated_job import CLEANUP_GRACE, Abandoned, Job, NotAwaitableError
from .measure import STALL_AFTER, awaiting_at, blocked_at
from .report import RunReport
from .sessions_made import SessionCounter
from .where_it_ran import calls_since, mark

__all__ = ["NotAwaitableError", "RunReport", "run_isolated"]

CANCEL_GRACE = 1.0  # s a timed-out task gets to unwind once cancelled


def _threadsafe(loop: asyncio.AbstractEventLoop | None, callback) -> None:
    try:
        loop.call_soon_threadsafe(callback)
    except (AttributeError, RuntimeError):  # no loop yet, or already closed
        pass


def _name_of(fn) -> str:
    while isinstance(fn, functools.partial):
        # check.run(asyncio.to_thread, fetch, urls): name the student's function
        fn = fn.args[0] if fn.func is asyncio.to_thread and fn.args else fn.func
    return getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or repr(fn)


def _raise_in(thread_id: int | None, exc_type: type[BaseException]) -> None:
    if thread_id is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(thread_id), ctypes.py_object(exc_type)
        )


def _give_up(job: Job, report: RunReport) -> None:
    """The timeout hit: say where the code was, then cancel it or abandon its thread."""
    report.timed_out = True
    blocked = job.heartbeat.overdue() > STALL_AFTER
    if not blocked:
        report.stuck_at = awaiting_at(job.task) if job.task else ""
        _threadsafe(job.loop, lambda: job.task and job.task.cancel())
        if not job.done.wait(CANCEL_GRACE):
            # Either a blocking call started just before the timeout, or the code
            # swallowed the cancellation: the heartbeat tells which.
            blocked = job.heartbeat.overdue() > STALL_AFTER
            if not blocked:
                job.stopped = True
                _threadsafe(job.loop, job.loop.stop)
                job.done.wait(CANCEL_GRACE)
    if blocked:
        report.loop_blocked_at_timeout = True
        report.blocked_for = job.heartbeat.overdue()
        report.stuck_at = blocked_at(job.thread_id) or report.stuck_at
        _raise_in(job.thread_id, Abandoned)  # stops the code once its blocking call returns
    report.max_lag = job.heartbeat.lag()
    # Not thread.is_alive(): a thread that has just set `done` may still be exiting
    # (on 3.13 is_alive() was True in 1 run of 3 here for a hang that unwound).
    report.abandoned = not job.done.is_set()


# Threads left blocked past their timeout (a time.sleep in async def): their
# garbage is collected quietly by the first run after they end.
_abandoned: list[threading.Thread] = []


def _run_in_thread(call, name: str, timeout: float) -> tuple[RunReport, Job, Capture]:
    """Start the job's thread under a capture and wait for it within ``timeout``."""
    capture = Capture()
    job = Job(call, name, capture)
    report = RunReport(name=name, timeout=timeout)
    thread = threading.Thread(target=job.main, name=f"isolated-{name}", daemon=True)
    with capture:
        start = _perf_counter()
        thread.start()
        try:
            if job.returned.wait(timeout):
                report.abandoned = not job.done.wait(CLEANUP_GRACE + CANCEL_GRACE)
            else:
                report.elapsed = _perf_counter() - start
                _give_up(job, report)
        except BaseException:  # an interrupt while waiting: stop the student's code too
            _threadsafe(job.loop, lambda: job.task and job.task.cancel())
            raise
    if thread.is_alive():
        _abandoned.append(thread)
    if not report.timed_out:
        report.elapsed, report.max_lag = job.elapsed, job.heartbeat.max_lag
    report.value = job.value
    stopped_by_us = report.timed_out and isinstance(job.error, asyncio.CancelledError | Abandoned)
    report.error = None if stopped_by_us else job.error
    return report, job, capture


def run_isolated(fn, *args, timeout: float = 10.0, **kwargs) -> RunReport:
    """Run ``fn(*args, **kwargs)`` on a fresh loop in a daemon thread; never raises for its errors.

    ``fn`` is a coroutine function, a function returning an awaitable, or an
    awaitable itself. Safe to call from a running event loop's thread (a notebook
    cell), from plain code and from tests. Nothing is written to stdout or stderr
    by the runner; the student's own prints go through.
    """
    name = _name_of(fn)
    call = functools.partial(fn, *args, **kwargs) if callable(fn) else (lambda: fn)
    # Objects older than the run are frozen out of the garbage collector until it
    # ends: their garbage is not this run's fault, and the collections that find the
    # run's own never-awaited coroutines and unclosed sessions then scan only what
    # the run made (a full collection of a kernel's ~120k objects took 0.1 s, twice
    # per check).
    if any(not thread.is_alive() for thread in _abandoned):
        _abandoned[:] = [thread for thread in _abandoned if thread.is_alive()]
        with Capture():  # a blocked run that ended since: finalise its garbage quietly
            gc.collect()
    gc.freeze()
    first_call = mark()
    try:
        with SessionCounter() as sessions:
            report, job, capture = _run_in_thread(call, name, timeout)
    finally:
        gc.unfreeze()
    report.loop_thread_id, report.calls = job.thread_id, calls_since(first_call)
    report.sessions_created, report.files_opened_on_loop = sessions.created, job.files_opened
    report.pending_tasks = list(job.pending)
    found = capture.findings()
    report.never_awaited, report.unretrieved = found.never_awaited, found.unretrieved
    report.unclosed_sessions, report.other_reports = found.unclosed_sessions, found.other
    if report.timed_out:
        with Capture():  # the stopped loop's pending tasks: finalise them quietly now
            gc.collect()
    return report
