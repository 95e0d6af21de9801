"""``python -m autograder``: see :mod:`autograder.cli`."""

import sys

from .import_speed import skip_iri_grammar

skip_iri_grammar()

from .cli import main  # noqa: E402  (after the import shortcut above)

sys.exit(main())
