"""Progress and cancellation plumbing for long ``compute_*`` functions.

Every long analysis takes ``progress(fraction, text)`` (fraction 0-1) and
``cancelled() -> bool`` callbacks, both optional.  When ``cancelled()``
returns true the function raises :class:`Cancelled` at its next check
(checks happen at least every few hundred milliseconds of work).
"""

from __future__ import annotations

import time
from collections.abc import Callable


#: least time between two progress calls of a :class:`Reporter` (s); tests set it to 0
MIN_INTERVAL_S = 0.05


class Cancelled(Exception):
    """The caller asked the analysis to stop (``cancelled()`` returned true)."""


class Reporter:
    """Throttled progress + cancel checks (at most ~20 progress calls a second)."""

    def __init__(self, progress: Callable | None = None, cancelled: Callable | None = None,
                 text: str = "", min_interval_s: float | None = None):
        self._progress = progress
        self._cancelled = cancelled
        self.text = text
        self._last = 0.0
        self._min = MIN_INTERVAL_S if min_interval_s is None else min_interval_s

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def __call__(self, fraction: float, text: str | None = None, force: bool = False) -> None:
        self.check()
        if self._progress is None:
            return
        now = time.monotonic()
        if force or now - self._last >= self._min or fraction >= 1.0:
            self._last = now
            self._progress(min(1.0, max(0.0, float(fraction))), self.text if text is None else text)
