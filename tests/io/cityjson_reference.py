"""An independent, deliberately plain reader used to check plannerapp's readers.

It shares no code with ``plannerapp.io``: plain ``json``, the ``children``
links (the reader under test follows ``parents``), and a recursive flatten of
``boundaries``.  It answers what a careful person would count by hand: how
many buildings (parts grouped under their Building), and the bounding box of
the vertices that the drawn geometries use (highest LoD of each building, or
the LoD asked for), dequantised in float64.
"""

from __future__ import annotations

import json
import re

import numpy as np


def _flatten(b, out):
    if isinstance(b, list):
        for x in b:
            _flatten(x, out)
    else:
        out.append(b)
    return out


def _members(objects, oid):
    out = [oid]
    for child in objects[oid].get("children", []) or []:
        out += _members(objects, child)
    return out


def reference_cityjson(path, lod=None) -> dict:
    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    objects = doc["CityObjects"]
    verts = np.array(doc["vertices"], dtype=np.float64)
    tr = doc.get("transform")
    if tr:
        verts = verts * np.array(tr["scale"]) + np.array(tr["translate"])
    roots = [k for k, o in objects.items() if o["type"] == "Building"]
    used = []
    for r in roots:
        geoms = [g for m in _members(objects, r) for g in objects[m].get("geometry", [])]
        lods = {float(g["lod"]) for g in geoms}
        if lod is not None:
            chosen = float(lod)
        else:
            chosen = max(lods)
        for g in geoms:
            if float(g["lod"]) == chosen:
                _flatten(g["boundaries"], used)
    pts = verts[np.array(used, dtype=np.int64)]
    ref = doc.get("metadata", {}).get("referenceSystem", "")
    m = re.search(r"(\d+)\s*$", ref)
    return {
        "buildings": len(roots),
        "ids": set(roots),
        "bbox": list(np.concatenate([pts.min(axis=0), pts.max(axis=0)])),
        "crs": f"EPSG:{m.group(1)}" if m else None,
        "other_types": sorted({o["type"] for o in objects.values() if not o["type"].startswith("Building")}),
    }


def reference_obj(path) -> dict:
    """Objects drawn with the 3dfier ``Building`` materials, and their vertex bbox (1-based OBJ indices)."""
    verts, current, mats, faces = [], None, {}, {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "v":
                verts.append([float(x) for x in parts[1:4]])
            elif parts[0] == "o":
                current = parts[1]
                mats[current] = set()
                faces[current] = []
            elif parts[0] == "usemtl" and current:
                mats[current].add(parts[1])
            elif parts[0] == "f" and current:
                faces[current] += [int(p.split("/")[0]) for p in parts[1:]]
    buildings = [o for o, m in mats.items() if m & {"Building", "BuildingWall"}]
    v = np.array(verts)
    idx = np.array([i for o in buildings for i in faces[o]]) - 1
    pts = v[idx]
    return {
        "objects": len(mats),
        "buildings": len(buildings),
        "ids": set(buildings),
        "bbox": list(np.concatenate([pts.min(axis=0), pts.max(axis=0)])),
    }


def reference_geojson(path) -> dict:
    """Feature count and lon/lat + height bbox of a GeoJSON footprint file."""
    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    xs, ys, hs = [], [], []
    for f in doc["features"]:
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for poly in polys:
            for ring in poly:
                for p in ring:
                    xs.append(p[0])
                    ys.append(p[1])
        hs.append(float(f["properties"]["height"]))
    return {
        "buildings": len(doc["features"]),
        "bbox": [min(xs), min(ys), 0.0, max(xs), max(ys), max(hs)],
        "crs_name": doc.get("crs", {}).get("properties", {}).get("name"),
    }
