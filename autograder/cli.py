"""The command line: ``python -m autograder {serve,lab,release} ...``.

Each subcommand lives in its own module; this file only parses arguments.
"""

from __future__ import annotations

import argparse

from .environment import venv_bin_on_path

__all__ = ["build_parser", "main"]


def _serve(args: argparse.Namespace) -> int:
    from .serve import serve

    return serve(args.host, args.port)


def _lab(args: argparse.Namespace) -> int:
    from .lab import run_lab

    return run_lab(port=args.port, open_browser=not args.no_browser)


def _release(args: argparse.Namespace) -> int:
    from .release import release

    return release(args.assignments, all_assignments=args.all)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m autograder",
        description="Tools of the asyncio course: mock server, JupyterLab, nbgrader helpers.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the mock HTTP server until stopped")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    serve.add_argument("--port", type=int, default=0, help="port (default 0: any free port)")
    serve.set_defaults(func=_serve)

    lab = sub.add_parser("lab", help="start the mock server and JupyterLab on the course")
    lab.add_argument("--port", type=int, default=0, help="JupyterLab port (default: free port)")
    lab.add_argument("--no-browser", action="store_true", help="do not open a browser")
    lab.set_defaults(func=_lab)

    release = sub.add_parser("release", help="generate exercises/ from solutions/ with nbgrader")
    release.add_argument("assignments", nargs="*", help="assignment names (folders of solutions/)")
    release.add_argument("--all", action="store_true", help="release every assignment")
    release.set_defaults(func=_release)
    return parser


def main(argv: list[str] | None = None) -> int:
    venv_bin_on_path()
    args = build_parser().parse_args(argv)
    return args.func(args)
