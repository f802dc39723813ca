"""``python -m plannerapp`` is the ``plannerapp`` command."""

import sys

from plannerapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
