"""A streaming GeoJSON FeatureCollection writer for batch results.

Features are written one per line as tiles are assembled, so a million
buildings never sit in memory at once.  Coordinates are WORLD coordinates
in the city's CRS (named in the legacy ``crs`` member, as GDAL reads it);
the file appears under its name only when complete (temp file + rename).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import shapely


def crs_member(crs: str) -> dict | None:
    if not crs:
        return None
    if crs.upper().startswith("EPSG:"):
        return {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{crs.split(':', 1)[1]}"}}
    return {"type": "name", "properties": {"name": crs}}


class GeoJSONWriter:
    """``add(id, properties)`` then ``add_geometries(local_geoms, origin)`` per batch."""

    def __init__(self, path, crs: str):
        self.path = Path(path)
        self.tmp = self.path.with_name("." + self.path.name + ".tmp")
        self.fh = None
        self.crs = crs
        self._pending: list[tuple[str, dict]] = []
        self.count = 0

    def __enter__(self):
        self.fh = open(self.tmp, "w", encoding="utf-8")
        head = {"type": "FeatureCollection"}
        member = crs_member(self.crs)
        if member:
            head["crs"] = member
        text = json.dumps(head)[:-1]
        self.fh.write(text + ', "features": [\n')
        return self

    def add(self, fid: str, props: dict) -> None:
        self._pending.append((fid, props))

    def add_geometries(self, geoms, origin) -> None:
        """Geometries (local metres) of the pending features, in order; shifted to world."""
        o = np.asarray(origin, np.float64)
        geoms = np.asarray(geoms, dtype=object)
        if len(geoms) != len(self._pending):
            raise ValueError("one geometry per pending feature")
        world = shapely.transform(geoms, lambda c: c + o[:2]) if len(geoms) else geoms
        texts = shapely.to_geojson(world) if len(geoms) else []
        for (fid, props), g in zip(self._pending, texts):
            sep = ",\n" if self.count else ""
            geom = g if g is not None else "null"
            self.fh.write(f'{sep}{{"type": "Feature", "id": {json.dumps(fid)}, "properties": '
                          f'{json.dumps(props, ensure_ascii=False)}, "geometry": {geom}}}')
            self.count += 1
        self._pending.clear()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.fh.write("\n]}\n")
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.replace(self.tmp, self.path)
        else:
            self.fh.close()
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
        return False
