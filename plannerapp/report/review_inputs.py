"""The input files of a review and their SHA-256 hashes (so a result can be reproduced)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def review_input_files(project, scheme, profile=None) -> list[tuple[str, Path]]:
    """``(role, path)`` of every file the review read: project.json, context,
    controls, the scheme file, meshes next to the scheme, and the rule profile."""
    out: list[tuple[str, Path]] = []
    root = Path(project.root) if project.root else None

    def add(role, rel):
        if not rel:
            return
        p = Path(rel)
        if not p.is_absolute() and root is not None:
            p = root / p
        if p.is_file() and all(p.resolve() != q.resolve() for _, q in out):
            out.append((role, p))

    if root is not None:
        add("project", "project.json")
    add("context", project.context_path)
    add("controls", project.controls_path)
    add("scheme", getattr(scheme, "path", ""))
    for b in getattr(scheme, "buildings", {}).values():
        src = b.attributes.get("mesh") if hasattr(b, "attributes") else None
        if isinstance(src, str):
            add("mesh", src)
    if profile is not None and getattr(profile, "source", ""):
        add("rule profile", profile.source)
    return out


def input_hashes(files: list[tuple[str, Path]], root: str | os.PathLike | None = None) -> list[dict]:
    """``[{"role", "path", "bytes", "sha256"}]``; paths relative to *root* when inside it."""
    rows = []
    base = Path(root).resolve() if root else None
    for role, p in files:
        rp = p.resolve()
        shown = str(rp)
        if base is not None:
            try:
                shown = os.path.relpath(rp, base).replace(os.sep, "/")
            except ValueError:  # another drive (Windows)
                pass
        rows.append({"role": role, "path": shown, "bytes": rp.stat().st_size, "sha256": sha256_file(rp)})
    return rows
