"""``SandboxKernelManager``: jupyter_client's kernel manager, launching through bubblewrap.

nbclient (and so nbgrader) starts each notebook's kernel with a kernel manager;
this one runs the kernel command inside :func:`autograder.sandbox.bwrap.command`.
The kernel's ZMQ sockets use the ``ipc`` transport (files), because TCP on
127.0.0.1 cannot cross into the sandbox's own network namespace. Each kernel gets
its own folder for them: jupyter_client's default ``ip`` for ipc is a relative
``kernel-ipc`` shared by every kernel started from the same folder.

Interrupts (nbgrader's cell timeout) go as an ``interrupt_request`` message, which
ipykernel turns into SIGINT to itself. A signal cannot: jupyter_client signals the
kernel's process group, which is bwrap's, and the kernel never got it (measured:
no reply 10 s after interrupting ``time.sleep(100)``).

Where it can (as root), the kernel also runs in a pids cgroup of its own
(:mod:`.process_cap`), which caps its processes even for root, and whose
leftovers are killed when the kernel's resources are cleaned up.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import Integer, default

from . import bwrap
from .limits import Limits
from .process_cap import ProcessCap
from .workdir import private_copy

__all__ = ["SandboxKernelManager"]

_DEFAULTS = Limits()


class SandboxKernelManager(AsyncKernelManager):
    """A kernel manager whose kernels run in a bubblewrap sandbox, under limits."""

    memory = Integer(_DEFAULTS.memory, help="bytes of virtual memory").tag(config=True)
    cpu_seconds = Integer(_DEFAULTS.cpu_seconds, help="seconds of CPU").tag(config=True)
    file_size = Integer(_DEFAULTS.file_size, help="bytes per written file").tag(config=True)
    processes = Integer(_DEFAULTS.processes, help="processes and threads").tag(config=True)
    process_cap: ProcessCap | None = None  # the running kernel's pids cgroup, where made

    @default("transport")
    def _transport_default(self) -> str:
        return "ipc"

    @default("ip")
    def _ip_default(self) -> str:
        return str(self.sandbox_folder / "ipc" / "kernel")

    @property
    def sandbox_folder(self) -> Path:
        """This kernel's own folder: its sockets (``ipc/``) and working copy (``work/``)."""
        if getattr(self, "_sandbox_folder", None) is None:
            # Short: a unix socket path must fit in 107 bytes.
            self._sandbox_folder = Path(tempfile.mkdtemp(prefix="sbx-"))
            (self._sandbox_folder / "ipc").mkdir()
        return self._sandbox_folder

    @property
    def limits(self) -> Limits:
        return Limits(memory=self.memory, cpu_seconds=self.cpu_seconds,
                      file_size=self.file_size, processes=self.processes)

    def sandboxed(self, kernel_cmd: list[str], kw: dict) -> list[str]:
        """The bwrap command running ``kernel_cmd`` in a private copy of ``kw["cwd"]``.

        Sets ``kw["cwd"]`` (bwrap's own) to this kernel's folder. The copy blocks
        the caller's loop a moment: a notebook's folder holds a few small files.
        """
        inside = os.path.abspath(kw.get("cwd") or os.getcwd())
        work = private_copy(inside, self.sandbox_folder / "work")
        kw["cwd"] = str(self.sandbox_folder)
        command = bwrap.command(kernel_cmd, work=str(work), inside=inside,
                                writable=[str(self.sandbox_folder / "ipc")],
                                readable=[os.path.abspath(self.connection_file)],
                                env=kw.get("env"), limits=self.limits)
        self.process_cap = ProcessCap.create(self.processes)
        return self.process_cap.wrap(command) if self.process_cap else command

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw) -> None:
        """Launch ``kernel_cmd`` inside bwrap, in a private copy of its working folder."""
        await super()._async_launch_kernel(self.sandboxed(kernel_cmd, kw), **kw)

    async def _async_interrupt_kernel(self) -> None:
        if self.kernel_spec is not None:
            self.kernel_spec.interrupt_mode = "message"
        await super()._async_interrupt_kernel()

    interrupt_kernel = _async_interrupt_kernel

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        cap, self.process_cap = self.process_cap, None
        if cap is not None:
            await asyncio.to_thread(cap.remove)
        if not restart and getattr(self, "_sandbox_folder", None) is not None:
            shutil.rmtree(self._sandbox_folder, ignore_errors=True)
            self._sandbox_folder = None

    cleanup_resources = _async_cleanup_resources
