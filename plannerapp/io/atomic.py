"""Atomic file writes: temp file in the same folder, fsync, ``os.replace``.

A crash or kill mid-save leaves either the old file or the new one, never a
truncated mix.  ``keep_backup`` keeps the previous version as ``<name>.bak``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_bytes_atomic(path: str | os.PathLike, data: bytes, keep_backup: bool = False) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes 0600 files; keep the old file's mode, else the usual 0644
        os.chmod(tmp, (path.stat().st_mode & 0o777) if path.exists() else 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if keep_backup and path.exists():
            bak = path.with_name(path.name + ".bak")
            shutil.copy2(path, bak.with_name(bak.name + ".tmp"))
            os.replace(bak.with_name(bak.name + ".tmp"), bak)  # the backup, too, is never half written
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename durable
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def write_text_atomic(path: str | os.PathLike, text: str, keep_backup: bool = False) -> None:
    write_bytes_atomic(path, text.encode("utf-8"), keep_backup=keep_backup)
