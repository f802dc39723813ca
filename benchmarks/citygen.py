"""Synthetic large cities made by tiling REAL data (for benchmarks only).

The shared data holds about 3,000 buildings at most; for 10,000 / 30,000 /
100,000 building benchmarks we repeat a real district (default: Rotterdam
Delfshaven, 853 LoD2 buildings, CityJSON 2.0) on a grid with offsets.  Every
building is real geometry; the *city* is not real.  Outputs say so.

Python::

    from benchmarks.citygen import tiled_city, write_tiled_cityjson
    city = tiled_city(10_000)                          # City, local metres
    path = write_tiled_cityjson(10_000, "big.city.json")  # a CityJSON 2.0 file

Command line::

    .venv/bin/python benchmarks/citygen.py --buildings 30000 [--out big.city.json] [--source REL]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from plannerapp.io.loader import load_city  # noqa: E402
from plannerapp.model.building import Building  # noqa: E402
from plannerapp.model.city import City  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
DEFAULT_SOURCE = "rotterdam-delfshaven-lod2/3-20-DELFSHAVEN.city.json"
GAP_M = 50.0  # metres between tiles


def _grid(n_tiles: int, size_x: float, size_y: float, gap: float = GAP_M) -> list[tuple[float, float]]:
    cols = math.ceil(math.sqrt(n_tiles))
    return [((i % cols) * (size_x + gap), (i // cols) * (size_y + gap)) for i in range(n_tiles)]


def describe(n_buildings: int, source, n_source: int, n_tiles: int, gap: float = GAP_M) -> str:
    return (
        f"SYNTHETIC city of {n_buildings} buildings: TILED REAL DATA - {source} "
        f"({n_source} real buildings) repeated {n_tiles} times on a grid with {gap:g} m gaps; "
        "not a real city of this size"
    )


def tiled_city(n_buildings: int, source: str = DEFAULT_SOURCE) -> City:
    """A :class:`City` of exactly *n_buildings*, tiling the real *source* file (path relative to shared data)."""
    base = load_city(SHARED / source)
    n = len(base)
    n_tiles = math.ceil(n_buildings / n)
    lo, hi = base.bounds_local()[:3], base.bounds_local()[3:]
    buildings: list[Building] = []
    for t, (dx, dy) in enumerate(_grid(n_tiles, hi[0] - lo[0], hi[1] - lo[1])):
        for b in base.buildings[: min(n, n_buildings - len(buildings))]:
            buildings.append(_shifted(b, dx, dy, f"t{t}/{b.id}"))
    city = City(buildings, crs=base.crs, origin=base.origin.copy(), source=f"tiled:{source}")
    city.metadata = {"synthetic": True, "description": describe(n_buildings, source, n, n_tiles)}
    return city


def _shifted(b: Building, dx: float, dy: float, new_id: str) -> Building:
    from shapely import affinity

    mesh = b.mesh.translated(dx, dy) if b.mesh is not None else None
    fp = affinity.translate(b.footprint, dx, dy) if b.footprint is not None else None
    return b.replace(id=new_id, mesh=mesh, footprint=fp)


def _offset(b, k: int):
    if isinstance(b, list):
        return [_offset(x, k) for x in b]
    return b + k


def write_tiled_cityjson(n_buildings: int, out: str | Path, source: str | Path = DEFAULT_SOURCE, gap: float = GAP_M) -> Path:
    """Write a CityJSON file of exactly *n_buildings* tiled from the real *source* file.

    Quantised vertices are shifted by whole transform steps, so the file is as
    exact as the source.  Only root Buildings are counted; their parts come along.
    *source* is relative to ``../shared/data`` or an absolute path.
    """
    doc = json.loads((SHARED / source).read_text(encoding="utf-8"))
    objs = doc["CityObjects"]
    roots = [k for k, o in objs.items() if o.get("type") == "Building" and not o.get("parents")]
    verts = np.asarray(doc["vertices"], dtype=np.int64)
    scale = np.asarray(doc["transform"]["scale"], dtype=np.float64)
    ext = verts.max(axis=0) - verts.min(axis=0)
    size = ext * scale
    n_tiles = math.ceil(n_buildings / len(roots))
    out_objs, out_verts, count = {}, [], 0
    for t, (dx, dy) in enumerate(_grid(n_tiles, size[0], size[1], gap)):
        shift = np.round(np.array([dx, dy, 0.0]) / scale).astype(np.int64)
        k = t * len(verts)
        out_verts.append(verts + shift)
        for r in roots:
            if count >= n_buildings:
                break
            count += 1
            for oid in [r] + list(objs[r].get("children", [])):
                o = dict(objs[oid])
                o["geometry"] = [dict(g, boundaries=_offset(g["boundaries"], k)) for g in o.get("geometry", [])]
                for g in o["geometry"]:
                    g.pop("texture", None)
                    g.pop("material", None)
                for key in ("children", "parents"):
                    if key in o:
                        o[key] = [f"t{t}/{c}" for c in o[key]]
                out_objs[f"t{t}/{oid}"] = o
    allv = np.concatenate(out_verts)
    real = allv * scale + np.asarray(doc["transform"]["translate"])
    meta = dict(doc.get("metadata", {}))
    meta["geographicalExtent"] = [*real.min(axis=0).tolist(), *real.max(axis=0).tolist()]
    meta["title"] = describe(n_buildings, Path(source).name, len(roots), n_tiles, gap)
    meta.pop("identifier", None)
    new = {
        "type": "CityJSON",
        "version": doc.get("version", "2.0"),
        "transform": doc["transform"],
        "metadata": meta,
        "CityObjects": out_objs,
        "vertices": allv.tolist(),
    }
    out = Path(out)
    out.write_text(json.dumps(new, separators=(",", ":")), encoding="utf-8")
    return out


def tile_cityjson(src: Path, out: Path, n_buildings: int, gap_m: float = GAP_M) -> int:
    """``bench_render.py``'s interface: write *out* tiled from *src*; returns the building count."""
    write_tiled_cityjson(n_buildings, out, src, gap_m)
    return n_buildings


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Make a large synthetic city by tiling real data (benchmarks only).")
    p.add_argument("--buildings", type=int, default=10_000)
    p.add_argument("--source", default=DEFAULT_SOURCE, help="CityJSON file under ../shared/data")
    p.add_argument("--out", default=None, help="write a CityJSON file here (else build a City in memory)")
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    if args.out:
        path = write_tiled_cityjson(args.buildings, args.out, args.source)
        dt = time.perf_counter() - t0
        print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in {dt:.1f} s")
        print(json.loads(path.read_text())["metadata"]["title"])
    else:
        city = tiled_city(args.buildings, args.source)
        dt = time.perf_counter() - t0
        print(f"built {len(city)} buildings, {city.n_triangles()} triangles in {dt:.1f} s")
        print(city.metadata["description"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
