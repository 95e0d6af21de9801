"""``python -m autograder serve``: the mock server as a foreground process."""

from __future__ import annotations

import json
import re
import selectors
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

START_TIMEOUT = 20  # seconds for the interpreter to import aiohttp and bind


def _first_line(process: subprocess.Popen, timeout: float) -> str:
    """The first stdout line, or fail after ``timeout`` seconds (never hangs the suite)."""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if selector.select(timeout=0.1):
                return process.stdout.readline()
            if process.poll() is not None:
                break
    process.kill()
    _out, err = process.communicate(timeout=10)
    pytest.fail(f"no URL on stdout within {timeout} s (exit {process.returncode}): {err}")


@pytest.fixture
def serve_process():
    """A running ``python -m autograder serve --port 0``; killed if a test left it running."""
    process = subprocess.Popen(
        [sys.executable, "-m", "autograder", "serve", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["TERM", "INT"])
def test_serve_prints_url_answers_and_stops_on_signal(serve_process, stop_signal):
    """Does `serve --port 0` print a URL first that answers /get, then exit 0 on a signal?"""
    url = _first_line(serve_process, START_TIMEOUT).strip()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url), url
    assert not url.endswith(":0")

    with urllib.request.urlopen(f"{url}/get?via=cli", timeout=5) as response:
        assert response.status == 200
        body = json.load(response)
    assert body["args"] == {"via": "cli"}
    assert body["url"] == f"{url}/get?via=cli"

    serve_process.send_signal(stop_signal)
    out, err = serve_process.communicate(timeout=10)
    assert serve_process.returncode == 0, err
    assert "Traceback" not in err
    assert out == ""  # nothing after the URL line
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{url}/get", timeout=2)


def test_serve_help_lists_options():
    """Does `serve --help` document --host and --port?"""
    result = subprocess.run([sys.executable, "-m", "autograder", "serve", "--help"],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    assert "--port" in result.stdout and "--host" in result.stdout
