"""What nbgrader left after autograding: scores per test and one-line reasons.

Read from nbgrader's gradebook and the autograded notebook's outputs, or from
the log of a command that failed, so students and instructors get one line each.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

__all__ = ["error_message", "failure_reason", "read_results"]

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def error_message(outputs: list[dict], cell_timeout: int | None = None) -> str:
    """The last line of a cell's error (``AssertionError: ...``), else its last stderr line.

    nbgrader scores 0 a test cell that wrote anything to stderr (unless the course
    config's IgnorePattern matches it), so that line is the reason.
    """
    for output in reversed(outputs):
        if output.get("output_type") == "error":
            lines = [_ANSI.sub("", line) for line in output.get("traceback") or []]
            message = lines[-1].strip() if lines else ""
            if not message:
                message = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}".strip()
            if output.get("ename") == "CellTimeoutError" and cell_timeout:
                message += f" ({cell_timeout} s per cell)"
            return message
    for output in reversed(outputs):
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            text = output.get("text", "")
            text = "".join(text) if isinstance(text, list) else text
            lines = [line.strip() for line in _ANSI.sub("", text).splitlines() if line.strip()]
            if lines:
                return f"output on stderr scores a test 0: {lines[-1]}"
    return ""


def read_results(gradebook, assignment: str, student: str, notebook: Path,
                 cell_timeout: int | None = None) -> list[dict]:
    """Every graded cell of ``student``'s notebook: gradebook scores, messages from outputs."""
    submission = gradebook.find_submission_notebook(notebook.stem, assignment, student)
    grades = {grade.name: grade for grade in submission.grades}
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    order = [c.get("metadata", {}).get("nbgrader", {}).get("grade_id") for c in cells]
    outputs = {c.get("metadata", {}).get("nbgrader", {}).get("grade_id"): c.get("outputs", [])
               for c in cells}
    tests = []
    for name in sorted(grades, key=lambda n: order.index(n) if n in order else len(order)):
        grade = grades[name]
        score, max_score = grade.score, float(grade.max_score)
        passed = score is not None and score >= max_score
        if passed:
            message = ""
        elif score is None:
            message = "needs grading by hand (no automatic score)"
        else:
            message = (error_message(outputs.get(name, []), cell_timeout)
                       or f"scored {float(score)} of {max_score}")
        tests.append({"grade_id": name, "score": float(score or 0.0), "max_score": max_score,
                      "passed": passed, "message": message})
    return tests


def failure_reason(log: str) -> str:
    """One line out of an nbgrader log: the last line of the traceback it logged."""
    lines = [line.strip() for line in log.splitlines()]
    end = next((i for i, line in enumerate(lines)
                if "There was an error processing assignment '" in line), len(lines))
    for line in reversed(lines[:end]):
        if line and not line.startswith("[") and set(line) - set("^~ "):
            return line[:300]
    errors = [line for line in lines if "ERROR" in line or "Error" in line]
    return (errors or [line for line in lines if line] or ["nbgrader failed without a message"]
            )[-1][:300]
