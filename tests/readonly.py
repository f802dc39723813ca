"""Make a folder behave as read-only for plannerapp's writers, even when tests run as root.

``chmod a-w`` does not stop root, so :func:`make_read_only` patches the calls every
plannerapp writer goes through (``Path.mkdir``, ``tempfile.mkstemp`` of
:mod:`plannerapp.io.atomic`, ``os.replace``, ``open``/``io.open`` for writing) to raise the
``PermissionError`` a read-only folder gives.  Reading is untouched.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import pathlib
import tempfile


def make_read_only(monkeypatch, folder) -> None:
    root = os.path.realpath(os.fspath(folder))

    def inside(p) -> bool:
        p = os.path.realpath(os.fspath(p))
        return p == root or p.startswith(root + os.sep)

    def denied(p):
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(p))

    real_mkdir, real_mkstemp, real_replace, real_open = pathlib.Path.mkdir, tempfile.mkstemp, os.replace, builtins.open

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if inside(self) and not (exist_ok and self.is_dir()):
            raise denied(self)
        return real_mkdir(self, mode, parents, exist_ok)

    def mkstemp(*args, dir=None, **kw):
        if dir is not None and inside(dir):
            raise denied(dir)
        return real_mkstemp(*args, dir=dir, **kw)

    def replace(src, dst, *args, **kw):
        if inside(dst):
            raise denied(dst)
        return real_replace(src, dst, *args, **kw)

    def open_(file, mode="r", *args, **kw):
        if isinstance(file, (str, os.PathLike)) and any(c in mode for c in "wax+") and inside(file):
            raise denied(file)
        return real_open(file, mode, *args, **kw)

    monkeypatch.setattr(pathlib.Path, "mkdir", mkdir)
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(io, "open", open_)  # pathlib's write_text/open go through io.open
