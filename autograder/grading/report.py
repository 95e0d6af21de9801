"""What ``grade`` prints: a line per test (text) or one JSON document (``--json``).

The JSON shape is a contract other tooling reads::

    {"notebooks": [{"path", "assignment", "score", "max_score",
                    "tests": [{"grade_id", "score", "max_score", "passed", "message"}]}]}
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

__all__ = ["NotebookResult", "TestResult", "stopped", "to_json", "to_text"]


@dataclass
class TestResult:
    """One graded cell: its points and, when it failed, the student-facing message."""

    __test__ = False  # not a pytest test class

    grade_id: str
    score: float
    max_score: float
    passed: bool
    message: str = ""


@dataclass
class NotebookResult:
    """One graded path."""

    path: str
    assignment: str
    tests: list[TestResult] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(test.score for test in self.tests)

    @property
    def max_score(self) -> float:
        return sum(test.max_score for test in self.tests)


def stopped(path: str, assignment: str, tests: tuple[tuple[str, float], ...],
            seconds: float) -> NotebookResult:
    """Every test failed: the notebook's grading passed its wall-clock bound."""
    message = f"grading stopped after {seconds:g} s: the notebook never finished"
    return NotebookResult(path, assignment, [TestResult(grade_id, 0.0, points, False, message)
                                             for grade_id, points in tests])


def _points(score: float, max_score: float) -> str:
    return f"{float(score)}/{float(max_score)}"


def to_text(results: list[NotebookResult]) -> str:
    """One block per notebook: ``✓``/``✗``, grade id, points, message; then the total."""
    blocks = []
    for result in results:
        width = max((len(t.grade_id) for t in result.tests), default=0)
        lines = [f"{result.path} ({result.assignment})"]
        for test in result.tests:
            mark = "✓" if test.passed else "✗"
            line = f"  {mark} {test.grade_id:<{width}}  {_points(test.score, test.max_score)}"
            if test.message:
                first, *more = test.message.splitlines() or [""]
                line += f"  {first}" + "".join(f"\n      {m}" for m in more)
            lines.append(line)
        lines.append(f"  total {_points(result.score, result.max_score)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def to_json(results: list[NotebookResult]) -> str:
    """The JSON document of the contract above."""
    notebooks = [{"path": r.path, "assignment": r.assignment, "score": r.score,
                  "max_score": r.max_score, "tests": [asdict(t) for t in r.tests]}
                 for r in results]
    return json.dumps({"notebooks": notebooks}, indent=2, ensure_ascii=False)
