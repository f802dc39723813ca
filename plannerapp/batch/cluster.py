"""Where batch tasks run: a Dask LocalCluster here, or an existing Dask cluster.

* default: a :class:`distributed.LocalCluster` on 127.0.0.1 with one
  single-threaded worker PROCESS per core (``workers`` to choose), each
  under a nanny that restarts it if it dies;
* ``scheduler="tcp://HOST:PORT"``: connect to a cluster started with
  ``dask scheduler`` / ``dask worker`` (every worker must see the output
  folder at the same path, e.g. on a shared file system, and have
  plannerapp installed).  An unreachable scheduler is an
  :class:`~plannerapp.errors.InputError` after ``timeout_s``.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import signal
import threading
from dataclasses import dataclass

from plannerapp.errors import InputError
from plannerapp.i18n import translate

CONNECT_TIMEOUT_S = 5.0
#: how long a reachable scheduler may take to get its first worker
WORKER_WAIT_S = 30.0


def local_worker_config() -> dict:
    """Dask settings for the LocalCluster's workers (measured in benchmarks/bench_batch.py).

    * the worker's statistical profiler is off: it samples every thread's
      stack every 10 ms and takes the GIL to do it, CPU a batch task pays for
      and nobody reads;
    * ``MALLOC_TRIM_THRESHOLD_`` is not forced on the worker processes:
      setting it switches off glibc's dynamic mmap threshold, so every large
      numpy temporary of the ray loop is mapped, page-faulted and unmapped
      again.  A batch task keeps no data in the worker (it writes its tile
      file and returns a small dict), so the fragmentation the setting
      guards against does not build up.

    Together they took the tiled run's CPU from 1.15-1.18x to 1.09-1.12x of
    the in-process run on a quiet machine.
    """
    import dask

    env = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}) or {})
    env.pop("MALLOC_TRIM_THRESHOLD_", None)
    return {"distributed.worker.profile.enabled": False, "distributed.nanny.pre-spawn-environ": env}


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class ClusterHandle:
    client: object
    cluster: object | None
    address: str
    dashboard: str
    n_workers: int

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()

    def describe(self) -> dict:
        return {"scheduler": self.address, "dashboard": self.dashboard, "workers": self.n_workers,
                "local": self.cluster is not None}


def dashboard_text(client) -> str:
    link = getattr(client, "dashboard_link", None) or ""
    if not link:
        return translate("batch", "dashboard off")
    if importlib.util.find_spec("bokeh") is None:
        return translate("batch", "{link} (bokeh is not installed: the dashboard pages are empty)").format(link=link)
    return link


def open_cluster(workers: int | None = None, scheduler: str | None = None,
                 timeout_s: float = CONNECT_TIMEOUT_S) -> ClusterHandle:
    """Start a LocalCluster or connect to *scheduler*."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=f"{timeout_s}s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise InputError(None, translate("batch", "cannot reach the Dask scheduler at {addr} within {t:g} s ({error})").format(
                addr=scheduler, t=timeout_s, error=type(exc).__name__)) from None
        n = len(client.scheduler_info().get("workers", {}))
        if n == 0:
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT_S)
            except (TimeoutError, OSError):
                client.close()
                raise InputError(None, translate("batch", "the Dask scheduler at {addr} has no workers (waited {t:g} s)").format(
                    addr=scheduler, t=WORKER_WAIT_S)) from None
            n = len(client.scheduler_info().get("workers", {}))
        return ClusterHandle(client, None, scheduler, dashboard_text(client), n)
    n = int(workers) if workers else default_workers()
    # worker processes inherit an ignored SIGINT: Ctrl-C in a terminal reaches the whole
    # process group, and only this process should act on it (it stops the cluster cleanly)
    main = threading.current_thread() is threading.main_thread()
    old = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    import dask

    try:
        with dask.config.set(local_worker_config()):
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL)
    finally:
        if main:
            signal.signal(signal.SIGINT, old)
    client = Client(cluster, set_as_default=False)
    return ClusterHandle(client, cluster, cluster.scheduler_address, dashboard_text(client), n)
