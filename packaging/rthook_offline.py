"""PyInstaller runtime hook: the bundle never reaches for the network by itself.

Runs before any application code in the frozen plannerapp.  Every setting is a
default (``setdefault``): a user who exports the variable keeps their choice.

* PROJ_NETWORK=OFF: pyproj/PROJ never download transformation grids (the
  bundled proj.db and grids are used; a missing grid means a less precise
  transformation, never a connection).
* PYVISTA_OFF_SCREEN is left alone; pyvista's example downloads are never
  called by plannerapp.  PYVISTA_USERDATA_PATH points at a temp folder so a
  read-only install folder is never written to.
* DASK_DISTRIBUTED__DIAGNOSTICS__NVML=False: no GPU probing in batch workers.
* MPLBACKEND=Agg: matplotlib (report charts) never looks for a GUI toolkit.
"""

import os
import tempfile

os.environ.setdefault("PROJ_NETWORK", "OFF")
os.environ.setdefault("PYVISTA_USERDATA_PATH", os.path.join(tempfile.gettempdir(), "plannerapp-pyvista"))
os.environ.setdefault("DASK_DISTRIBUTED__DIAGNOSTICS__NVML", "False")
os.environ.setdefault("MPLBACKEND", "Agg")
