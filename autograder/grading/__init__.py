"""``python -m autograder grade``: nbgrader's real autograde on student notebooks.

Modules: :mod:`.identify` (which assignment), :mod:`.workspace` (temporary
course folder), :mod:`.autograde` and :mod:`.worker` (nbgrader, time bounds),
:mod:`.processes` (killable process trees), :mod:`.report` (output),
:mod:`.cli` (the command).
"""
