"""Long core work off the GUI thread: one :class:`TaskRunner` per panel.

A task is a plain callable ``task(progress, cancelled) -> result`` wrapping a
core function (``review_scheme``, ``run_sunlight_analysis``, ``run_batch``,
...; see ``STYLE.md`` example 5).  The runner executes it on a Python
``threading.Thread`` (a real Python thread: the core's own thread pools and
``threading`` bookkeeping work as in the CLI, and it can be joined with a
timeout) and emits, through Qt's queued signals, on the GUI thread:

* ``started(tag)``; ``progress(fraction 0..1, text)`` throttled to ~10 a second;
* ``finished(tag, result)``, ``failed(tag, exception)`` or ``cancelled(tag)``.

Starting a new task cancels the one running (its result is dropped; the
core functions check ``cancelled()`` between chunks, well under a second).
Workers never render: results are arrays that the panel draws on the GUI
thread.  :meth:`TaskRunner.shutdown` cancels and waits (window close).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

PROGRESS_INTERVAL_S = 0.1


class _Job(QObject):
    progress = Signal(int, float, str)
    done = Signal(int, object, object)   # serial, result, exception (None = ok)

    def __init__(self, serial: int, task: Callable):
        super().__init__()
        self.serial = serial
        self.task = task
        self.cancel_requested = False
        self._last = 0.0

    def _progress(self, fraction, text=""):
        if self.cancel_requested:
            return
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or fraction >= 1.0:
            self._last = now
            self.progress.emit(self.serial, float(fraction), str(text or ""))

    def _cancelled(self) -> bool:
        return self.cancel_requested

    def run(self):
        try:
            result = self.task(self._progress, self._cancelled)
            self.done.emit(self.serial, result, None)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self.done.emit(self.serial, None, exc)


class TaskRunner(QObject):
    """Run one task at a time on a worker thread (see module docstring)."""

    started = Signal(str)
    progress = Signal(float, str)
    finished = Signal(str, object)
    failed = Signal(str, object)
    cancelled = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, parent=None, name: str = "plannerapp-analysis"):
        super().__init__(parent)
        self.name = name
        self._serial = 0
        self._current: tuple[int, str, _Job, threading.Thread] | None = None
        self._old: dict[int, tuple[_Job, threading.Thread]] = {}   # cancelled jobs still winding down
        self.started_at = 0.0
        self.last_duration_s = 0.0

    def is_busy(self) -> bool:
        return self._current is not None

    @property
    def tag(self) -> str | None:
        return self._current[1] if self._current else None

    def start(self, task: Callable, tag: str = "") -> int:
        """Run ``task(progress, cancelled)``; a running task is cancelled first. Returns the run's serial."""
        self.cancel(emit=True)
        self._serial += 1
        serial = self._serial
        job = _Job(serial, task)
        thread = threading.Thread(target=job.run, name=f"{self.name}-{serial}", daemon=True)
        job.progress.connect(self._on_progress)
        job.done.connect(self._on_done)
        self._current = (serial, tag, job, thread)
        self.started_at = time.monotonic()
        self.started.emit(tag)
        self.busyChanged.emit(True)
        thread.start()
        return serial

    def cancel(self, emit: bool = True) -> bool:
        """Ask the running task to stop (its result is dropped); False when idle."""
        if self._current is None:
            return False
        serial, tag, job, thread = self._current
        job.cancel_requested = True
        self._old[serial] = (job, thread)
        self._current = None
        if emit:
            self.cancelled.emit(tag)
        self.busyChanged.emit(False)
        return True

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        """Wait until cancelled threads have ended (tests, shutdown)."""
        deadline = time.monotonic() + timeout_ms / 1000.0
        ok = True
        for serial, (job, thread) in list(self._old.items()):
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                ok = False
            else:
                self._old.pop(serial, None)
        return ok

    @Slot(int, float, str)
    def _on_progress(self, serial: int, fraction: float, text: str):
        if self._current is not None and serial == self._current[0]:
            self.progress.emit(fraction, text)

    @Slot(int, object, object)
    def _on_done(self, serial: int, result, exc):
        if serial in self._old:   # a cancelled run ended: drop its result, release the thread
            job, thread = self._old.pop(serial)
            thread.join()
            return
        if self._current is None or serial != self._current[0]:
            return
        _, tag, job, thread = self._current
        self._current = None
        thread.join()
        self.last_duration_s = time.monotonic() - self.started_at
        self.busyChanged.emit(False)
        if exc is None:
            self.finished.emit(tag, result)
        elif type(exc).__name__ == "Cancelled":
            self.cancelled.emit(tag)
        else:
            self.failed.emit(tag, exc)

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Cancel and wait for every thread (window close)."""
        if self._current is not None:
            serial, _tag, job, thread = self._current
            job.cancel_requested = True
            self._old[serial] = (job, thread)
            self._current = None
        self.wait_idle(timeout_ms)


__all__ = ["TaskRunner"]
