"""Is exercises/ exactly what nbgrader generates from solutions/?"""

import shutil
from pathlib import Path

import nbformat
import pytest

from autograder.environment import REPO_ROOT
from autograder.release import assignment_names, release

ASSIGNMENTS = assignment_names() if (REPO_ROOT / "solutions").is_dir() else []
# One worker regenerates the release once for all these tests (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("release")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".ipynb_checkpoints" not in p.parts}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    """A temporary course root where every assignment was released afresh."""
    root = tmp_path_factory.mktemp("course")
    shutil.copy(REPO_ROOT / "nbgrader_config.py", root)
    shutil.copytree(REPO_ROOT / "solutions", root / "solutions")
    assert release([], all_assignments=True, root=root) == 0
    return root / "exercises"


def test_every_assignment_is_released():
    """Does every assignment in solutions/ have a release, and nothing else?"""
    folder = REPO_ROOT / "exercises"
    released = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    assert released == ASSIGNMENTS


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_matches_a_fresh_generate_assignment(regenerated, assignment):
    """Is the committed release byte for byte what generate_assignment makes now?"""
    committed = _files(REPO_ROOT / "exercises" / assignment)
    fresh = _files(regenerated / assignment)
    assert committed.keys() == fresh.keys()
    changed = [name for name in fresh if committed[name] != fresh[name]]
    assert not changed, f"exercises/{assignment} differs from solutions/ ({changed}): " \
        "run python -m autograder release --all"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_source_is_valid_and_has_no_outputs(assignment):
    """Is the source notebook valid, with no outputs committed?"""
    nb = nbformat.read(REPO_ROOT / "solutions" / assignment / f"{assignment}.ipynb", 4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
