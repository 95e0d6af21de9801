"""nbgrader configuration that turns the sandbox on.

:func:`apply` edits a traitlets ``Config`` so that autograde executes notebooks
with :class:`~autograder.sandbox.execute.SandboxedExecute`. The ``grade``
worker applies it to the config it builds; ``autograde`` runs nbgrader through
:mod:`autograder.instructor.nbgrader_app`, which does.
"""

from __future__ import annotations

__all__ = ["apply"]


def apply(config) -> None:
    """Autograde with :class:`~autograder.sandbox.execute.SandboxedExecute` instead of Execute."""
    from nbgrader.converters.autograde import Autograde
    from nbgrader.preprocessors import Execute

    from .execute import SandboxedExecute

    default = Autograde.class_traits()["autograde_preprocessors"].default()
    config.Autograde.autograde_preprocessors = [
        SandboxedExecute if preprocessor is Execute else preprocessor for preprocessor in default]
