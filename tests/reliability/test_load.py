"""Zero false fails under load: correct submissions keep full marks with both cores busy.

One repetition here (``make test``); ``tests/reliability/soak.py`` repeats it and
reports the timing spread.
"""

from __future__ import annotations

import pytest

from .load import ASSIGNMENTS, run_once

# load: saturates both cores on purpose, so make test runs it alone, after the rest.
pytestmark = [pytest.mark.slow, pytest.mark.load]


def test_correct_submissions_keep_full_marks_with_every_core_busy():
    # 05-gather's two correct answers and 09's solution (3 notebooks, ~15 s), two at a time
    # as make test grades the corpus: four processes on two cores. The soak grades every
    # correct answer of every assignment, repeatedly (make reliability).
    run = run_once(ASSIGNMENTS[:2], solution_only=ASSIGNMENTS[1:2], jobs=2)
    assert not run.false_fails, "\n".join(run.false_fails)
    print(f"\nunder load: {run.notebooks} correct notebooks graded in {run.seconds:.1f} s")
