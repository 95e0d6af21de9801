"""The resource limits of a sandboxed kernel, as ``prlimit`` options.

The limits are set inside the sandbox (``prlimit ... -- python -m ipykernel_launcher``),
after bubblewrap made its user namespace, so the process count is that of the
sandbox alone, not of every process of the instructor's user.

What each one does to a student's kernel (measured with Python 3.11):

- ``memory`` (RLIMIT_AS): an allocation beyond it raises ``MemoryError`` in the cell;
- ``cpu_seconds`` (RLIMIT_CPU): the kernel is killed (SIGXCPU); the submission fails
  with a one-line reason and the batch goes on;
- ``file_size`` (RLIMIT_FSIZE): a write beyond it raises ``OSError`` (EFBIG);
- ``processes`` (RLIMIT_NPROC): ``fork`` beyond it raises ``BlockingIOError``. Linux
  exempts the root user from this limit: as root, the kernel's pids cgroup
  (:mod:`.process_cap`) enforces the same number, threads included.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Limits"]

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Resource limits of one sandboxed kernel."""

    # Virtual memory: a kernel running the mock server maps about 0.25 GiB
    # (with MALLOC_ARENA_MAX=2; each thread's malloc arena would add 64 MiB).
    memory: int = 2 * 1024 * MIB
    # A healthy notebook of this course uses under 10 s of CPU.
    cpu_seconds: int = 300
    file_size: int = 64 * MIB
    processes: int = 256
    # Bytes of output kept per cell, and per notebook (see output_cap).
    cell_output: int = 1 * MIB
    notebook_output: int = 8 * MIB

    def describe(self) -> str:
        """The limits in words, for a one-line reason."""
        return (f"{self.cpu_seconds} s of CPU, {self.memory // MIB} MiB of memory, "
                f"{self.file_size // MIB} MiB per file, {self.processes} processes")

    def prlimit_args(self) -> list[str]:
        """``prlimit`` options setting soft and hard limits alike."""
        return [f"--as={self.memory}", f"--cpu={self.cpu_seconds}",
                f"--fsize={self.file_size}", f"--nproc={self.processes}",
                "--core=0"]
