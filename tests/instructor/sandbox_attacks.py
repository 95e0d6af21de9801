"""Malicious answer cells, as a student would write them, for the security suite.

Each attack reports every attempt on one line, ``BLOCKED <what> <error>`` or
``DONE <what>`` (``LEAKED <what> <first bytes>`` for a read), so the tests can
tell which ones got through. ``{root}`` is the course folder: the worst case, a
student who knows where the instructor keeps it.
"""

from __future__ import annotations

READER = r'''
import glob, os
ROOT = {root!r}
def read(what, path):
    try:
        with open(path, "rb") as handle:
            data = handle.read(300)
        print("LEAKED", what, data[:80])
    except Exception as error:
        print("BLOCKED", what, type(error).__name__)
read("solutions", ROOT + "/solutions/demo/demo.ipynb")
read("solutions-relative", os.getcwd() + "/../../../solutions/demo/demo.ipynb")
read("gradebook", ROOT + "/gradebook.db")
read("config", ROOT + "/nbgrader_config.py")
read("peer-submission", ROOT + "/submitted/zzz-late/demo/demo.ipynb")
read("peer-submission-relative", "../../../submitted/zzz-late/demo/demo.ipynb")
read("peer-autograded", ROOT + "/autograded/aaa-early/demo/demo.ipynb")
read("instructor-home", {home!r})
read("own-notebook", "demo.ipynb")  # nbgrader wrote it with the hidden tests restored
for number, link in enumerate(sorted(glob.glob("/proc/[0-9]*/cwd"))):
    read(f"proc-cwd-{{number}}", link + "/gradebook.db")
for number, link in enumerate(sorted(glob.glob("/proc/[0-9]*/root"))):
    read(f"proc-root-{{number}}", link + ROOT + "/gradebook.db")
try:
    os.symlink(ROOT + "/solutions/demo/demo.ipynb", "loot")
    read("symlink", "loot")
except Exception as error:
    print("BLOCKED symlink", type(error).__name__)
'''

WRITER = r'''
import os, sqlite3, subprocess, sys
import autograder.checks
ROOT = {root!r}
def attempt(what, action):
    try:
        action()
        print("DONE", what)
    except Exception as error:
        print("BLOCKED", what, type(error).__name__)
def zero_grades(path):
    connection = sqlite3.connect(path)
    connection.execute("UPDATE grade SET auto_score = 0, manual_score = 0")
    connection.commit()
def overwrite(path):
    with open(path, "w") as handle:
        handle.write('{{"PWNED": true}}')
attempt("gradebook", lambda: zero_grades(ROOT + "/gradebook.db"))
attempt("gradebook-relative", lambda: zero_grades("../../../gradebook.db"))
attempt("peer-autograded", lambda: overwrite(ROOT + "/autograded/aaa-early/demo/demo.ipynb"))
attempt("peer-autograded-relative", lambda: overwrite("../../aaa-early/demo/demo.ipynb"))
attempt("peer-submission", lambda: overwrite(ROOT + "/submitted/zzz-late/demo/demo.ipynb"))
attempt("solutions", lambda: overwrite(ROOT + "/solutions/demo/demo.ipynb"))
attempt("checks", lambda: open(autograder.checks.__file__, "a").close())
def through_symlink():
    os.symlink(ROOT + "/gradebook.db", "gradebook-link")
    zero_grades("gradebook-link")
attempt("gradebook-symlink", through_symlink)
attempt("planted-symlink", lambda: os.symlink(ROOT + "/solutions/demo/demo.ipynb", "loot"))
attempt("planted-file", lambda: overwrite("note.txt"))
daemon = ("import os, sqlite3, time\n"
          "time.sleep(600)  # sandbox-daemon-marker\n"
          "c = sqlite3.connect(%r); c.execute('UPDATE grade SET auto_score = 0'); c.commit()"
          % (ROOT + "/gradebook.db"))
attempt("daemon", lambda: subprocess.Popen([sys.executable, "-c", daemon],
                                           start_new_session=True, stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL))
'''

OUTPUT = r'''
for _ in range(60):
    print("x" * 1_000_000)
'''

LIMITS = r'''
try:
    hoard = bytearray(4 * 1024 ** 3)
    print("DONE memory")
except MemoryError as error:
    print("BLOCKED memory", type(error).__name__)
try:
    with open("big.bin", "wb") as handle:
        handle.write(b"x" * (100 * 1024 ** 2))
    print("DONE file-size")
except OSError as error:
    print("BLOCKED file-size", type(error).__name__)
import subprocess
children = []
try:
    for _ in range(400):
        children.append(subprocess.Popen(["sleep", "60"]))
    print("DONE processes")
except OSError as error:
    print("BLOCKED processes", type(error).__name__)
for child in children:
    child.kill()
    child.wait()
'''

# A kernel stopped at the CPU limit. The student lowers its own limit to 1 s so the
# suite need not burn the default 300 s: the same kill and the same one-line reason.
CPU = r'''
import resource
resource.setrlimit(resource.RLIMIT_CPU, (1, 1))
while True:
    pass
'''
