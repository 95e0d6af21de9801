"""nbgrader configuration: the repository root is the course root.

Each setting says which failure it prevents. Loaded by every nbgrader command
run from this folder, by JupyterLab's nbgrader extensions, and by
``python -m autograder`` (which copies it into temporary course folders).
"""

import os
import secrets

c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)

ROOT = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.root = ROOT
c.CourseDirectory.course_id = "asyncio-course"
# The folder names of this course (not solution_directory: another trait).
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"
# A local exchange: the default system-wide folder is unwritable ("Unwritable
# directory") so the student Assignment List would fail.
c.Exchange.root = os.path.join(ROOT, ".exchange")

# Seconds per cell: our checks stop a hung student coroutine after at most 10 s
# each, so a healthy test cell never gets near this; a wedged kernel is cut here.
c.Execute.timeout = 60
# After a timed-out cell, keep executing later cells instead of dropping the
# whole submission ("Timeout waiting for IOPub output" scored everything 0).
c.Execute.raise_on_iopub_timeout = False
# A student who tags test cells "skip-execution" must not skip them: skip only
# a tag nobody can know (fresh each time this file is loaded).
c.Execute.skip_cells_with_tag = "never-skip-" + secrets.token_hex(16)
# asyncio's own warnings on stderr (never-awaited coroutines, unclosed sessions,
# destroyed pending tasks) would score a passing test cell 0; our checks report
# those mistakes themselves, with a message.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = (
    r"(RuntimeWarning: coroutine .* was never awaited"
    r"|ResourceWarning|Unclosed client session|Unclosed connector"
    r"|Task was destroyed but it is pending|exception was never retrieved)"
)
# A deleted test cell would leave its grade empty ("needs manual grading"),
# not 0: put it back from the source so it runs and scores.
c.OverwriteCells.add_missing_cells = True
