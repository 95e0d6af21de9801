"""``python -m autograder.instructor.nbgrader_app [--sandbox] [--hide-tests] NBGRADER-ARGS``.

``python -m nbgrader`` with this course's extra configuration given to the app
before it loads the course's ``nbgrader_config.py`` (which sets neither):

- ``--sandbox``: autograde runs each kernel in :mod:`autograder.sandbox`;
- ``--hide-tests``: feedback leaves out the hidden tests' source
  (:class:`~autograder.instructor.hide_tests.HideTests`).

Not a config file on ``JUPYTER_CONFIG_PATH``: nbgrader logs an error raised in a
config file and goes on without it, which would grade unsandboxed without a word.
Here an error stops the command.
"""

from __future__ import annotations

import sys

__all__ = ["configure", "main"]


def configure(config, sandbox: bool = False, hide_tests: bool = False) -> None:
    """Edit the traitlets ``config`` for the options asked for."""
    if sandbox:
        from ..sandbox.config import apply

        apply(config)
    if hide_tests:
        from nbgrader.converters.generate_feedback import GenerateFeedback

        from .hide_tests import HideTests

        default = GenerateFeedback.class_traits()["preprocessors"].default()
        config.GenerateFeedback.preprocessors = [*default, HideTests]


def main(argv: list[str] | None = None) -> None:
    from nbgrader.apps.nbgraderapp import NbGraderApp
    from traitlets.config import Config

    argv = list(sys.argv[1:] if argv is None else argv)
    options = {"--sandbox": False, "--hide-tests": False}
    while argv and argv[0] in options:
        options[argv.pop(0)] = True
    config = Config()
    configure(config, sandbox=options["--sandbox"], hide_tests=options["--hide-tests"])
    NbGraderApp.launch_instance(argv=argv, config=config)


if __name__ == "__main__":
    from ..import_speed import skip_iri_grammar

    skip_iri_grammar()
    main()
