"""``python -m autograder collect SOURCE --assignment A``: submissions into ``submitted/``.

SOURCE is a folder holding, one per student, any of:

- ``<student>/<A>.ipynb`` (a folder per student),
- ``<student>.ipynb``,
- ``<student>.zip`` or ``<student>_<anything>.zip`` (as an LMS exports them) holding
  the notebook (``<A>.ipynb``, or the only notebook in the archive).

Each is copied, bytes unchanged (a broken notebook is autograde's business), to
``submitted/<student>/<A>/<A>.ipynb``. Anything else is reported on one line and
skipped. Every student collected, plus those of ``--roster``, is registered in
the gradebook (one ``nbgrader db student import``, the bulk form of ``db student
add``), so a student who submitted nothing exports as 0.
"""

from __future__ import annotations

import csv
import re
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from .nbgrader_cmd import nbgrader

__all__ = ["collect", "find_submissions", "notebook_name", "read_roster"]

STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]*$")


def notebook_name(root: Path, assignment: str) -> str | None:
    """The file name nbgrader expects: the assignment's only source notebook, else ``A.ipynb``."""
    folder = root / "solutions" / assignment
    if not folder.is_dir():
        return None
    notebooks = sorted(folder.glob("*.ipynb"))
    return notebooks[0].name if len(notebooks) == 1 else f"{assignment}.ipynb"


def _from_zip(path: Path, name: str) -> bytes:
    """The notebook inside an LMS zip; raises ValueError with the reason."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(".ipynb")
                       and not {"__MACOSX", ".ipynb_checkpoints"} & set(PurePosixPath(m).parts)]
            named = [m for m in members if PurePosixPath(m).name == name]
            chosen = named or members
            if len(chosen) != 1:
                raise ValueError(f"holds {len(members)} notebooks, none named {name}"
                                 if not named else f"holds {len(named)} files named {name}")
            return archive.read(chosen[0])
    except (zipfile.BadZipFile, OSError) as error:
        raise ValueError(f"not a readable zip file ({error})") from None


def _read_one(entry: Path, name: str) -> tuple[str, bytes]:
    """``(student, notebook bytes)`` of one entry of SOURCE; raises ValueError (junk)."""
    if entry.is_dir():
        student = entry.name
        candidates = [entry / name] if (entry / name).is_file() else sorted(entry.glob("*.ipynb"))
        if len(candidates) != 1:
            raise ValueError(f"folder without {name}")
        content = candidates[0].read_bytes()
    elif entry.suffix == ".ipynb":
        student, content = entry.stem, entry.read_bytes()
    elif entry.suffix == ".zip":
        student, content = entry.stem.split("_", 1)[0], _from_zip(entry, name)
    else:
        raise ValueError("not a notebook, a student folder or a .zip")
    if not STUDENT_ID.match(student):
        raise ValueError(f"{student!r} is not a usable student id")
    return student, content


def find_submissions(source: Path, name: str) -> tuple[dict[str, bytes], list[str]]:
    """Submissions by student, and one ``collect: skipped ...`` line per junk entry."""
    found: dict[str, bytes] = {}
    origin: dict[str, str] = {}
    junk = []
    for entry in sorted(source.iterdir()):
        try:
            student, content = _read_one(entry, name)
        except ValueError as error:
            junk.append(f"collect: skipped {entry.name}: {error}")
            continue
        if student in found:
            junk.append(f"collect: skipped {entry.name}: a second submission of {student} "
                        f"(kept {origin[student]})")
            continue
        found[student], origin[student] = content, entry.name
    return found, junk


def read_roster(path: Path) -> list[dict]:
    """Students of a roster: a CSV with an ``id`` column, or one id per line."""
    text = path.read_text(encoding="utf-8-sig")
    first = text.splitlines()[0] if text.strip() else ""
    if "," in first and "id" in [c.strip() for c in first.split(",")]:
        return [{k.strip(): v.strip() for k, v in row.items() if k}
                for row in csv.DictReader(text.splitlines()) if row.get("id", "").strip()]
    return [{"id": line.strip()} for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def _register(students: list[dict], root: Path) -> str | None:
    """``nbgrader db student import`` of ``students``; the failure reason, if any."""
    fields = sorted({k for row in students for k in row}, key=lambda k: (k != "id", k))
    with tempfile.TemporaryDirectory() as folder:
        table = Path(folder) / "students.csv"
        with table.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields)
            writer.writeheader()
            writer.writerows(students)
        result = nbgrader(["db", "student", "import", str(table)], root, timeout=300)
    return None if result.ok else result.reason()


def collect(source: Path, assignment: str, root: Path, roster: Path | None = None) -> int:
    """Copy SOURCE's submissions of ``assignment`` into ``root/submitted``; register students."""
    name = notebook_name(root, assignment)
    if name is None:
        print(f"collect: no assignment {assignment!r} in {root / 'solutions'}", file=sys.stderr)
        return 2
    if not source.is_dir():
        print(f"collect: {source} is not a folder", file=sys.stderr)
        return 2
    found, junk = find_submissions(source, name)
    for line in junk:
        print(line, file=sys.stderr)
    for student, content in found.items():
        target = root / "submitted" / student / assignment / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    students = {student: {"id": student} for student in found}
    for row in read_roster(roster) if roster else []:
        students[row["id"]] = {**students.get(row["id"], {}), **row}
    failure = _register(list(students.values()), root) if students else None
    print(f"collected {len(found)} submission(s) of {assignment} into submitted/; "
          f"{len(students)} student(s) registered; {len(junk)} skipped")
    if failure:
        print(f"collect: registering students failed: {failure}", file=sys.stderr)
        return 1
    return 0
