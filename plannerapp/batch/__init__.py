"""City-scale batch runs over tiles on Dask (see docs/batch.md).

* :mod:`~plannerapp.batch.runner` - ``run_batch(job, city, out_dir, ...)``, ``BatchStatus``;
* :mod:`~plannerapp.batch.irradiance_job` - ``IrradianceJob(IrradianceOptions(...))``: roof insolation + PV;
* :mod:`~plannerapp.batch.sunhours_job` - ``SunhoursJob(SunhoursOptions(...))``: window sunlight audit;
* :mod:`~plannerapp.batch.store` (tile store), :mod:`~plannerapp.batch.tiling` (tiles),
  :mod:`~plannerapp.batch.halo` (halo rule, ray reach), :mod:`~plannerapp.batch.tasks` (what a task runs),
  :mod:`~plannerapp.batch.cluster` (LocalCluster / remote scheduler), :mod:`~plannerapp.batch.runinfo` (run.json),
  :mod:`~plannerapp.batch.geojson_out` (streaming GeoJSON).

Nothing here imports Dask at import time; the cluster starts inside ``run_batch``.
"""
