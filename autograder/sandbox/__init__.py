"""Sandboxed kernels for grading: each student's code runs in bubblewrap, under limits.

- :mod:`.bwrap` builds the ``bwrap`` command line and checks that bwrap works here;
- :mod:`.limits` holds the resource limits (memory, CPU, file size, processes, output);
- :mod:`.process_cap` caps processes with a pids cgroup, which also binds root;
- :mod:`.workdir` makes the kernel's private working copy;
- :mod:`.manager` is the jupyter_client kernel manager that launches through bwrap;
- :mod:`.execute` is nbgrader's Execute preprocessor using it, with an output cap;
- :mod:`.config` turns it on in an nbgrader configuration.
"""

from .bwrap import INSTALL_HINT, unavailable_reason
from .limits import Limits

__all__ = ["INSTALL_HINT", "Limits", "unavailable_reason"]
