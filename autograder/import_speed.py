"""Start-up time of the course's command-line processes.

Every process that imports nbformat (the grading worker, ``python -m autograder``,
the nbgrader app) imports jsonschema, which imports ``rfc3987_syntax`` when it is
installed (jupyter-events requires it). That module compiles an Earley grammar for
IRIs at import: 1.4 s of CPU, measured, of a grading worker's 2.4 s start. Only
jsonschema's ``iri`` format checks use it, and no notebook schema checks that format.
"""

from __future__ import annotations

import sys

__all__ = ["skip_iri_grammar"]


def skip_iri_grammar() -> None:
    """Make ``import rfc3987_syntax`` fail in this process, unless it already happened.

    jsonschema then leaves out its ``iri`` and ``iri-reference`` format checks, as
    it does wherever the package is not installed. Called by the course's own
    entry points only, never in a student's kernel.
    """
    sys.modules.setdefault("rfc3987_syntax", None)
