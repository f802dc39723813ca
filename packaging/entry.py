"""Entry point of the frozen plannerapp (PyInstaller bundle): the ``plannerapp`` command.

``multiprocessing.freeze_support()`` lets Dask's LocalCluster worker processes
(``plannerapp batch``) start from the frozen executable.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from plannerapp.cli import main

    sys.exit(main())
