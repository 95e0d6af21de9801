"""Fixtures of the browser tests: a lab on a temporary course copy, and chromium.

``lab`` runs ``python -m autograder lab --no-browser --root COPY`` exactly as
``make lab`` does, on a temporary copy of the course (nbgrader_config.py,
course/, exercises/, solutions/), so nothing is ever written into the
repository. ``jlab`` is JupyterLab loaded once in a tab of headless Debian
chromium (Playwright cannot download its own browser offline), driven with
Playwright through menus and toolbars; tests open files with File → Open from
Path… rather than reloading the page.

Without chromium the browser tests are skipped; with ``REQUIRE_CHROMIUM=1``
(set by ``.ci/run``) its absence is a failure. Screenshots of every step are
saved in ``test-artifacts/browser/``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from autograder.environment import REPO_ROOT
from autograder.lab import free_port

ARTIFACTS = REPO_ROOT / "test-artifacts" / "browser"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-quic"]
URL = re.compile(r"(http://127\.0\.0\.1:\d+)/lab\?token=(\w+)")
STARTUP_TIMEOUT = 60  # seconds for JupyterLab to print its URL
# JupyterLab user settings of the copy: no "official Jupyter news?" toast over the page, and
# every cell kept in the page (the default windowing leaves off-screen cells unrendered).
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false"},
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
}


def copy_course(dest: Path) -> Path:
    """A course root at ``dest``: the files a course needs, plus the lab settings above."""
    dest.mkdir(parents=True, exist_ok=True)
    # nbgrader_config.py derives CourseDirectory.root and Exchange.root from its own folder,
    # so the copy's Formgrader and Assignment List use the copy and its own .exchange/.
    shutil.copy2(REPO_ROOT / "nbgrader_config.py", dest)
    skip = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    for folder in ("course", "exercises", "solutions"):
        shutil.copytree(REPO_ROOT / folder, dest / folder, ignore=skip)
    settings = dest / ".jupyter" / "config" / "lab" / "user-settings"  # see jupyter_env()
    for name, values in LAB_SETTINGS.items():
        path = settings / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    return dest


def processes() -> dict[int, tuple[int, str]]:
    """Every process (Linux /proc): pid -> (parent pid, command line)."""
    table = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:  # ended meanwhile
            continue
        table[int(stat.parent.name)] = (int(fields[1]), command.decode(errors="replace").strip())
    return table


def descendants(pid: int) -> dict[int, str]:
    """Every process below ``pid`` (children, grandchildren, ...) with its command line."""
    table, found, todo = processes(), {}, [pid]
    while todo:
        parent = todo.pop()
        for child, (ppid, command) in table.items():
            if ppid == parent:
                found[child] = command
                todo.append(child)
    return found


def alive(pids) -> list[int]:
    """Those of ``pids`` still running (zombies count as gone: they only wait to be reaped)."""
    running = []
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:  # ended and reaped
            continue
        if not re.search(r"^State:\s+Z", status, re.M):
            running.append(pid)
    return running


class Lab:
    """A running ``python -m autograder lab`` on a course root, in its own session."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.seen: dict[int, str] = {}  # every process seen below the lab: pid -> command
        self.log_path = root / "lab.log"
        with self.log_path.open("w") as log:
            # A session of its own: stop(group=True) reaches it like Ctrl-C in a terminal.
            self.process = subprocess.Popen(
                [sys.executable, "-m", "autograder", "lab", "--no-browser",
                 "--port", str(free_port()), "--root", str(root)],
                cwd=root, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        match, deadline = None, time.monotonic() + STARTUP_TIMEOUT
        while match is None and time.monotonic() < deadline and self.process.poll() is None:
            time.sleep(0.2)
            match = URL.search(self.log())
        if match is None:
            self.stop(signal.SIGTERM)
            raise RuntimeError(f"the lab printed no http://127.0.0.1:PORT/lab?token=... URL:\n"
                               f"{self.log()}")
        self.base, self.token = match.groups()
        # The URL can be printed a moment before the server answers on it (once: "connection
        # refused" from the first API call): wait until /api/status answers.
        while True:
            try:
                self.api("/api/status")
                break
            except OSError as error:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop(signal.SIGTERM)
                    raise RuntimeError(f"the lab never answered on {self.base}:\n"
                                       f"{self.log()}") from error
                time.sleep(0.2)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def api(self, path: str, method: str = "GET", body: dict | None = None):
        """Call JupyterLab's REST API with the token; returns the decoded JSON answer."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.base}{path}", data=data, method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
        return json.loads(text) if text else None

    def start_kernel(self) -> str:
        """Start a kernel through the REST API; returns its id once its process exists."""
        kernel_id = self.api("/api/kernels", "POST", {"name": "python3"})["id"]
        deadline = time.monotonic() + 30
        while not any(kernel_id in args for args in descendants(self.process.pid).values()):
            assert time.monotonic() < deadline, f"no process for kernel {kernel_id}"
            time.sleep(0.1)
        return kernel_id

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self, sig: int = signal.SIGINT, group: bool = False,
             timeout: float = 30) -> dict[int, str]:
        """Send ``sig`` (to the whole process group if ``group``, as Ctrl-C in a terminal does)
        and wait; returns the processes below the lab still running afterwards."""
        tree = descendants(self.process.pid)
        self.seen.update(tree)
        if self.running:
            if group:
                os.killpg(self.process.pid, sig)
            else:
                self.process.send_signal(sig)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        deadline = time.monotonic() + 10  # kernels are shut down asynchronously
        while alive(tree) and time.monotonic() < deadline:
            time.sleep(0.1)
        return {pid: tree[pid] for pid in alive(tree)}

    def kill_leftovers(self) -> None:
        """Last-resort cleanup, by process id, of what a failed stop left behind."""
        if self.running:
            self.seen.update(descendants(self.process.pid))
            self.process.kill()
            self.process.wait()
        table = processes()
        for pid in alive(self.seen):
            if pid in table and table[pid][1] == self.seen[pid]:  # not a reused pid
                os.kill(pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[Lab]:
    """One lab on a temporary course copy for the whole module; stopped with Ctrl-C at the end."""
    running = Lab(copy_course(tmp_path_factory.mktemp("course")))
    try:
        yield running
    finally:
        if running.running:
            running.stop(signal.SIGINT, group=True)
        running.kill_leftovers()


@pytest.fixture
def new_lab(tmp_path) -> Iterator[Lab]:
    """A lab of the test's own on a fresh course copy (the test stops it; cleanup by pid)."""
    running = Lab(copy_course(tmp_path / "course"))
    try:
        yield running
    finally:
        running.kill_leftovers()


@pytest.fixture(scope="session")
def chromium() -> str:
    """The path of Debian's chromium and a usable Playwright; skip (or fail in CI) without."""
    missing = None
    path = shutil.which("chromium")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = "the playwright package is not installed"
    if path is None:
        missing = "chromium is not installed (Debian: apt-get install chromium)"
    if missing:
        if os.environ.get("REQUIRE_CHROMIUM") == "1":
            pytest.fail(f"REQUIRE_CHROMIUM=1 but {missing}")
        pytest.skip(f"{missing}; set REQUIRE_CHROMIUM=1 to make this a failure")
    return path


@pytest.fixture(scope="module")
def browser_context(chromium, tmp_path_factory):
    """Headless chromium with a fresh profile, shared by the tests of a module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-profile"), executable_path=chromium,
            args=CHROMIUM_FLAGS, headless=True, viewport={"width": 1400, "height": 900})
        context.set_default_timeout(30_000)
        try:
            yield context
        finally:
            context.close()


NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook of the tab in front
# Every code cell prompt of that notebook matches the pattern given as argument.
_ALL_PROMPTS = f"""(pattern) => {{
  const prompts = [...document.querySelectorAll('{NOTEBOOK} .jp-CodeCell .jp-InputPrompt')];
  return prompts.length > 0 && prompts.every(p => new RegExp(pattern).test(p.textContent));
}}"""
EXECUTED, NOT_EXECUTED, RUNNING = r"\[\d+\]", r"\[ \]", r"\[\*\]"  # "[3]:", "[ ]:", "[*]:"
STDERR = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"


class JupyterLab:
    """JupyterLab in a chromium tab, driven through what a student sees and clicks."""

    def __init__(self, page, lab: Lab) -> None:
        self.page, self.lab = page, lab

    def load(self) -> None:
        """Load JupyterLab with a fresh workspace, logging in with the lab's token."""
        self.page.goto(f"{self.lab.base}/lab?reset&token={self.lab.token}")
        self.page.locator(".jp-LauncherCard").first.wait_for()

    def menu(self, *labels: str) -> None:
        """Click a menu of the menu bar, then its items (e.g. "Run", "Run All Cells")."""
        top, *items = labels
        self.page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{top}$")).click()
        for label in items:
            self.page.locator(".lm-Menu-itemLabel", has_text=re.compile(f"^{label}$")).click()

    def open(self, path: str) -> None:
        """File → Open from Path…; for a notebook, wait until its kernel is idle."""
        self.menu("File", "Open from Path…")
        dialog = self.page.locator(".jp-Dialog")
        dialog.locator("input").fill(path)
        dialog.get_by_role("button", name="Open").click()
        name = path.rsplit("/", 1)[-1]
        self.page.locator("#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current",
                          has_text=name).wait_for()  # its tab is in front
        if path.endswith(".ipynb"):
            self.cells.first.wait_for()
            self.page.get_by_text(re.compile(r"\| Idle$")).first.wait_for()  # the status bar

    @property
    def cells(self):
        return self.page.locator(f"{NOTEBOOK} .jp-Notebook .jp-Cell")

    def set_source(self, index: int, code: str) -> None:
        """Replace the text of cell ``index`` in its editor, like select-all and paste."""
        self.cells.nth(index).locator(".cm-content").click()
        self.page.keyboard.press("Control+a")
        self.page.keyboard.insert_text(code)
        self.page.keyboard.press("Escape")  # back to command mode

    def run_all(self, until: int | None = None, timeout: float = 60_000) -> None:
        """Edit → Clear Outputs of All Cells, Run → Run All Cells, and wait: for every code
        cell to run, or (a failing notebook: Run All stops at the first error) for cell
        ``until`` to have run and nothing to be left running."""
        self.menu("Edit", "Clear Outputs of All Cells")
        self.page.wait_for_function(_ALL_PROMPTS, arg=NOT_EXECUTED)
        self.menu("Run", "Run All Cells")
        if until is None:
            self.page.wait_for_function(_ALL_PROMPTS, arg=EXECUTED, timeout=timeout)
        else:
            prompt = self.cells.nth(until).locator(".jp-InputPrompt")
            prompt.filter(has_text=re.compile(EXECUTED)).wait_for(timeout=timeout)
            self.page.wait_for_function(_ALL_PROMPTS, arg=f"^(?!{RUNNING})", timeout=timeout)

    def toolbar_button(self, label: str):
        """A button of the front notebook's toolbar (e.g. nbgrader's "Validate")."""
        return self.page.locator(f"{NOTEBOOK} .jp-Toolbar .jp-ToolbarButtonComponent",
                                 has_text=label)

    def output(self, index: int) -> str:
        return self.cells.nth(index).locator(".jp-OutputArea").inner_text()

    def errors(self, index: int | None = None):
        """The error (traceback or stderr) outputs of cell ``index``, or of the notebook."""
        scope = self.page.locator(NOTEBOOK) if index is None else self.cells.nth(index)
        return scope.locator(STDERR)

    def dismiss_dialogs(self) -> None:
        for _ in range(5):
            if not self.page.locator(".jp-Dialog").count():
                return
            self.page.keyboard.press("Escape")

    def screenshot(self, name: str, show=None) -> Path:
        """Save ``test-artifacts/browser/<name>.png``, after scrolling ``show`` into view."""
        if show is not None:
            show.scroll_into_view_if_needed()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=path)
        return path


@pytest.fixture(scope="module")
def lab_page(browser_context, lab) -> JupyterLab:
    """One chromium tab on the module's lab, loaded once (tests open files from its menus)."""
    page = browser_context.new_page()
    jupyterlab = JupyterLab(page, lab)
    jupyterlab.load()
    return jupyterlab


@pytest.fixture
def jlab(lab_page) -> Iterator[JupyterLab]:
    """The module's JupyterLab tab; a dialog a failed test left open is closed afterwards."""
    yield lab_page
    lab_page.dismiss_dialogs()
