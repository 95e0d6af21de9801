"""The kernel's private working copy: the notebook's folder, regular files only.

nbgrader runs each notebook from ``autograded/<student>/<assignment>/``, which
holds that student's notebooks and the assignment's files (``workload.py``).
The sandboxed kernel gets a copy of it: what the kernel writes there is thrown
away with the copy, so only nbgrader, from the kernel's replies, writes the
autograded and feedback folders. Left out of the copy:

- the notebooks: nbgrader has already written there the notebook being graded
  with its hidden tests restored (measured: an answer cell read them from
  ``./<A>.ipynb`` and printed them into its feedback); the kernel gets each
  cell's code from nbgrader, not from the file;
- symbolic links and special files, so a link planted in a submission cannot
  bring another file in.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

__all__ = ["MAX_COPY_BYTES", "private_copy"]

# A submission folder is a notebook and a few small files; a larger one is cut here.
MAX_COPY_BYTES = 256 * 1024 * 1024


def private_copy(source: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Copy the regular files and folders under ``source`` to a new folder ``target``."""
    target = Path(target)
    target.mkdir(parents=True)
    budget = MAX_COPY_BYTES
    for folder, dirs, files in os.walk(source, followlinks=False):
        relative = Path(folder).relative_to(source)
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))
                   and d != ".ipynb_checkpoints"]
        for name in dirs:
            (target / relative / name).mkdir()
        for name in files:
            path = os.path.join(folder, name)
            status = os.lstat(path)
            if (name.endswith(".ipynb") or not os.path.isfile(path) or os.path.islink(path)
                    or status.st_size > budget):
                continue
            budget -= status.st_size
            shutil.copyfile(path, target / relative / name, follow_symlinks=False)
    return target
