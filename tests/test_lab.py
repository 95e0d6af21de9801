"""Does `python -m autograder lab` start what `make lab` promises, and stop cleanly?"""

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from autograder.environment import REPO_ROOT
from autograder.lab import lab_command

URL = re.compile(r"(http://127\.0\.0\.1:(\d+))/lab\?token=(\w+)")


def test_lab_command_is_loopback_only_with_allow_root_only_for_root():
    """Does the command bind loopback, and add --allow-root only when we are root?"""
    command = lab_command(8899, open_browser=False)
    assert "--ServerApp.ip=127.0.0.1" in command
    assert "--no-browser" in command
    assert ("--allow-root" in command) == (os.geteuid() == 0)
    assert not any("token=" in part.lower() for part in command)  # token auth stays on


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                         text=True).stdout
    return [int(p) for p in out.split()]


@pytest.mark.slow
def test_lab_starts_server_and_jupyter_then_stops_everything(tmp_path):
    """Does the lab print a tokened loopback URL that answers, and leave no process behind?"""
    log = (tmp_path / "lab.log").open("w+")
    lab = subprocess.Popen([sys.executable, "-m", "autograder", "lab", "--no-browser"],
                           cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        match = None
        while match is None and time.monotonic() < deadline and lab.poll() is None:
            time.sleep(0.5)
            log.seek(0)
            match = URL.search(log.read())
        assert match, "JupyterLab never printed its http://127.0.0.1:PORT/lab?token=... URL"
        base, _, token = match.groups()
        with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=10) as resp:
            assert resp.status == 200
        with pytest.raises(urllib.error.HTTPError) as denied:  # no token, no access
            urllib.request.urlopen(f"{base}/api/contents", timeout=10)
        assert denied.value.code == 403
        denied.value.close()
        log.seek(0)
        server_url = re.search(r"mock server: (\S+)", log.read()).group(1)
        with urllib.request.urlopen(f"{server_url}/stats", timeout=10) as resp:
            assert "scopes" in json.load(resp)
        children = _children(lab.pid)
        assert len(children) == 2  # the mock server and JupyterLab
    finally:
        lab.send_signal(signal.SIGTERM)
        lab.wait(30)
        log.close()
    time.sleep(1)
    leftovers = [pid for pid in children if os.path.exists(f"/proc/{pid}")
                 and "zombie" not in open(f"/proc/{pid}/status").read()]
    assert leftovers == [], f"processes left running after the lab stopped: {leftovers}"
