"""Do the course's entry points skip jsonschema's IRI grammar, and does nbformat still work?"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENTRY_POINTS = ["autograder", "autograder.grading.worker", "autograder.instructor.nbgrader_app"]
AFTER_HELP = """
import json, runpy, sys
sys.argv = ["x", "--help"]
try:
    runpy.run_module({module!r}, run_name="__main__", alter_sys=True)
except SystemExit:
    pass
sys.stdout = sys.__stdout__
print("\\n" + json.dumps(repr(sys.modules.get("rfc3987_syntax", "absent"))))
"""


@pytest.mark.parametrize("module", ENTRY_POINTS)
def test_entry_point_refuses_the_iri_grammar_before_anything_imports_it(module):
    run = subprocess.run([sys.executable, "-c", AFTER_HELP.format(module=module)],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert json.loads(run.stdout.splitlines()[-1]) == "None", run.stderr[-2000:]


def test_notebooks_still_validate_without_it():
    code = ("from autograder.import_speed import skip_iri_grammar; skip_iri_grammar()\n"
            "import json, sys, nbformat\n"
            f"nb = nbformat.read({str(ROOT / 'course' / '05-gather.ipynb')!r}, as_version=4)\n"
            "nbformat.validate(nb)\n"
            "bad = nbformat.from_dict({**nb, 'cells': [{'cell_type': 'code'}]})\n"
            "try:\n    nbformat.validate(bad)\nexcept nbformat.ValidationError:\n"
            "    print(json.dumps(sys.modules['rfc3987_syntax'] is None))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) is True
