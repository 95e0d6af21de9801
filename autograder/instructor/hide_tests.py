"""``HideTests``: a feedback preprocessor that keeps the hidden tests' source out.

nbgrader's feedback HTML shows every cell as autograded, hidden tests included
(by design, jupyter/nbgrader#917 and #1363). With ``feedback --hide-tests`` each
hidden-test cell shows one line instead of its code, and a failure shows only
the test's message (``AssertionError: add(-4, 4) should return 0``), not the
traceback, which quotes the failing line. The points stay: nbgrader's template
prints each grade cell's score, and GetGrades (run first) reads them from the
gradebook, not from the source.
"""

from __future__ import annotations

from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

__all__ = ["HIDDEN_SOURCE", "HideTests"]

HIDDEN_SOURCE = "# Hidden test: its code is not shown. Its result and points are below."


class HideTests(NbGraderPreprocessor):
    """Replace hidden-test cells' source and tracebacks with one line each."""

    begin_test_delimeter = Unicode(
        "BEGIN HIDDEN TESTS", help="The marker of the start of hidden tests").tag(config=True)

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type == "code" and self.begin_test_delimeter in cell.source:
            cell.source = HIDDEN_SOURCE
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    output.traceback = [f"{output.ename}: {output.evalue}"]
        return cell, resources
