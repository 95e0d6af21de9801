"""``SandboxedExecute``: nbgrader's Execute, with sandboxed kernels and a cap on output.

A submission that prints 200 MB would put it in the autograded notebook and the
feedback HTML, and hold it all in the grading process's memory. Here each
output message is counted as it arrives: past ``cell_output_bytes`` in a cell
or ``notebook_output_bytes`` in the notebook, further output is dropped and one
line says so. An update of a display (``update_display_data``, or a ``display_id``
shown again) rewrites every copy of it: it counts once per copy, against the same
budget, and one that does not fit leaves the display as it was. Scores stay as
they would be: an error output is always kept (shortened), and a stream that was
cut keeps its name (``stderr`` still scores a test cell 0, as nbgrader would).

Each message is counted once it has arrived whole: a single huge message is held
by the grading process for a moment before it is dropped (one ``print`` of 300 MB:
972 MiB peak, measured). The kernel's own memory limit bounds its size.
"""

from __future__ import annotations

from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute
from traitlets import Integer

from .limits import Limits
from .manager import SandboxKernelManager

__all__ = ["SandboxedExecute"]

_DEFAULTS = Limits()
ERROR_TEXT = 4096  # characters kept of an error's value and of each traceback line


def _size(content: dict) -> int:
    """About how many characters an output message adds to the notebook."""
    total = 0
    for key in ("text", "evalue"):
        total += len(content.get(key) or "")
    total += sum(len(line) for line in content.get("traceback") or [])
    for value in (content.get("data") or {}).values():
        total += len(value) if isinstance(value, str) else len(str(value))
    return total


class SandboxedExecute(Execute):
    """Execute each notebook in a sandboxed kernel; cap the output kept."""

    cell_output_bytes = Integer(_DEFAULTS.cell_output,
                                help="characters of output kept per cell").tag(config=True)
    notebook_output_bytes = Integer(_DEFAULTS.notebook_output,
                                    help="characters of output kept per notebook").tag(config=True)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", SandboxKernelManager)
        super().__init__(*args, **kwargs)
        self._cell_used: dict[int, int] = {}
        self._updates_used = 0
        self._cut: set[tuple[int, str]] = set()

    def preprocess(self, nb, resources=None, km=None):
        self._cell_used, self._updates_used, self._cut = {}, 0, set()
        return super().preprocess(nb, resources, km)

    def _used(self) -> int:
        return sum(self._cell_used.values()) + self._updates_used

    def _update_display_id(self, display_id, msg):
        copies = sum(len(indices) for indices in self._display_id_map.get(display_id, {}).values())
        size = _size(msg.get("content") or {}) * copies
        if size > self.cell_output_bytes or self._used() + size > self.notebook_output_bytes:
            return None
        self._updates_used += size
        return super()._update_display_id(display_id, msg)

    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content") or {}
        size = _size(content)
        used = self._cell_used.get(cell_index, 0)
        fits = self._used() + size <= self.notebook_output_bytes
        if used + size <= self.cell_output_bytes and fits:
            self._cell_used[cell_index] = used + size
            return super().output(outs, msg, display_id, cell_index)
        if msg["msg_type"] == "error":
            out = new_output("error", ename=str(content.get("ename", ""))[:ERROR_TEXT],
                             evalue=str(content.get("evalue", ""))[:ERROR_TEXT],
                             traceback=[str(t)[:ERROR_TEXT]
                                        for t in (content.get("traceback") or [])[:100]])
            outs.append(out)
            return out
        stream = content.get("name", "stdout") if msg["msg_type"] == "stream" else "stdout"
        if (cell_index, stream) in self._cut:
            return None
        self._cut.add((cell_index, stream))
        out = new_output("stream", name=stream,
                         text=f"\n[output cut: more than {self.cell_output_bytes} characters "
                              f"in this cell or {self.notebook_output_bytes} in the notebook]\n")
        outs.append(out)
        return out
