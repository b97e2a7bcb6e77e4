"""``python -m vnnews_clean``: the same as the ``vnnews-clean`` command."""

import sys

from .command import main

if __name__ == "__main__":
    sys.exit(main())
