"""The spatially partitioned city store of a batch run (``OUT/store/``).

The city is read once and written as one ``.npz`` file per tile
(``store/tiles/<key>.npz``) plus ``store/manifest.json``.  A task loads its
own tile and, for occluders, only those buildings of neighbouring tiles
whose plan bounds reach into its halo: no task ever holds the whole city.

Per tile file (arrays; ``n`` buildings, LOCAL metres, world = local + origin):
``index`` (n,) position in the source file, ``ids`` (n,) str, ``bounds`` (n, 6),
``vert_off``/``face_off`` (n+1,) offsets into ``vertices`` (V, 3) float64,
``faces`` (F, 3) int32 (indices local to each building), ``semantics`` (F,)
uint8, ``fp_wkb`` + ``fp_off`` footprints as WKB, ``height``, ``base_z``,
``floor_height`` (n,) float64, ``floors`` (n,) int32 (-1 unknown), ``use``
(n,) str and ``attrs`` (n,) JSON text of the source attributes.
No pickles: files load with ``allow_pickle=False``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely

from plannerapp.batch.tiling import (auto_tile_m, boxes_intersect, building_bounds, expand,
                                     representative_points, tile_keys)
from plannerapp.io.atomic import write_bytes_atomic, write_text_atomic
from plannerapp.model.building import Building
from plannerapp.model.city import City

STORE_FORMAT = 1


def file_sha256(path, block: int = 1 << 22) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(block):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class Manifest:
    """``store/manifest.json``: the city frame and one entry per tile.

    tiles: ``{key: {"file", "n_buildings", "n_triangles", "box": [minx, miny, maxx, maxy]}}``
    with *box* the plan bounds (local m) of the tile's buildings.
    """

    folder: Path
    crs: str
    origin: np.ndarray
    tile_m: float
    n_buildings: int
    max_top_z: float
    min_base_z: float
    tiles: dict
    source: str = ""
    source_sha256: str = ""
    site: dict | None = None

    @classmethod
    def read(cls, folder) -> "Manifest":
        folder = Path(folder)
        d = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        return cls(folder, d["crs"], np.asarray(d["origin"], np.float64), float(d["tile_m"]), int(d["n_buildings"]),
                   float(d["max_top_z"]), float(d["min_base_z"]), d["tiles"], d.get("source", ""),
                   d.get("source_sha256", ""), d.get("site"))

    def to_json(self) -> dict:
        return {"format": STORE_FORMAT, "crs": self.crs, "origin": [float(v) for v in self.origin],
                "tile_m": self.tile_m, "n_buildings": self.n_buildings, "max_top_z": self.max_top_z,
                "min_base_z": self.min_base_z, "source": self.source, "source_sha256": self.source_sha256,
                "site": self.site, "tiles": self.tiles}

    def keys(self) -> list[str]:
        return sorted(self.tiles, key=_key_order)

    def neighbours(self, key: str, reach_m: float) -> tuple[list[str], tuple]:
        """Tiles whose buildings may lie within *reach_m* of tile *key*'s buildings,
        and the plan region (local m) occluders are taken from."""
        from plannerapp.batch.halo import SELECTION_MARGIN_M

        region = expand(self.tiles[key]["box"], reach_m + SELECTION_MARGIN_M)
        near = [k for k in self.keys() if boxes_intersect(self.tiles[k]["box"], region)]
        return near, region


def _key_order(k: str):
    if k == "all":
        return (0, 0)
    a, b = k.split("_")
    return (int(b), int(a))


def write_store(city: City, folder, tile_m: float | None = None, *, source_sha256: str = "",
                site: dict | None = None, progress=None) -> Manifest:
    """Cut *city* into tiles and write ``folder/manifest.json`` + ``folder/tiles/*.npz``.

    tile_m: tile edge (m); ``None`` = automatic (:func:`auto_tile_m`); 0 = one tile.
    site: ``{"latitude", "longitude", "convergence_deg"}`` of the city (kept for resumed runs).
    Buildings without geometry are left out (they neither shade nor receive).
    """
    folder = Path(folder)
    (folder / "tiles").mkdir(parents=True, exist_ok=True)
    bounds = building_bounds(city)
    if tile_m is None:
        tile_m = auto_tile_m(bounds)
    ok = np.isfinite(bounds).all(axis=1)
    idx_all = np.flatnonzero(ok)
    keys = tile_keys(representative_points(bounds[idx_all], city.origin), float(tile_m))
    groups: dict[str, list[int]] = {}
    for i, k in zip(idx_all, keys):
        groups.setdefault(k, []).append(int(i))
    tiles = {}
    for n_done, (key, members) in enumerate(sorted(groups.items(), key=lambda kv: _key_order(kv[0]))):
        arrays = _tile_arrays(city, members, bounds)
        buf = io.BytesIO()
        np.savez(buf, **arrays)
        write_bytes_atomic(folder / "tiles" / f"{key}.npz", buf.getvalue())
        b = bounds[members]
        tiles[key] = {"file": f"tiles/{key}.npz", "n_buildings": len(members),
                      "n_triangles": int(arrays["faces"].shape[0]),
                      "box": [float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 3].max()), float(b[:, 4].max())]}
        if progress is not None:
            progress((n_done + 1) / max(len(groups), 1), "store")
    man = Manifest(folder, city.crs or "", city.origin.copy(), float(tile_m), int(len(idx_all)),
                   float(np.max(bounds[ok, 5])) if ok.any() else 0.0,
                   float(np.min(bounds[ok, 2])) if ok.any() else 0.0, tiles, str(city.source or ""), source_sha256, site)
    write_text_atomic(folder / "manifest.json", json.dumps(man.to_json(), indent=1))
    return man


def _tile_arrays(city: City, members: list[int], bounds: np.ndarray) -> dict:
    verts, faces, sems, fps = [], [], [], []
    voff, foff = [0], [0]
    for i in members:
        g = city.buildings[i].geometry
        verts.append(np.asarray(g.vertices))
        faces.append(np.asarray(g.faces, dtype=np.int32))
        sems.append(np.asarray(g.semantics))
        voff.append(voff[-1] + g.vertices.shape[0])
        foff.append(foff[-1] + g.faces.shape[0])
        fps.append(city.buildings[i].footprint2d)
    wkb = shapely.to_wkb(np.array(fps, dtype=object))
    fp_off = np.concatenate([[0], np.cumsum([len(w) for w in wkb])]).astype(np.int64)
    bs = [city.buildings[i] for i in members]
    return {
        "index": np.asarray(members, np.int64),
        "ids": np.array([b.id for b in bs], dtype=str),
        "bounds": bounds[members],
        "vert_off": np.asarray(voff, np.int64),
        "face_off": np.asarray(foff, np.int64),
        "vertices": np.concatenate(verts).astype(np.float64),
        "faces": np.concatenate(faces).astype(np.int32),
        "semantics": np.concatenate(sems).astype(np.uint8),
        "fp_wkb": np.frombuffer(b"".join(wkb), dtype=np.uint8),
        "fp_off": fp_off,
        "height": np.array([b.height for b in bs], np.float64),
        "base_z": np.array([b.base_z for b in bs], np.float64),
        "floor_height": np.array([b.floor_height for b in bs], np.float64),
        "floors": np.array([-1 if b.floors is None else int(b.floors) for b in bs], np.int32),
        "use": np.array([b.use or "" for b in bs], dtype=str),
        "attrs": np.array([json.dumps(dict(b.attributes), default=str, ensure_ascii=False) for b in bs], dtype=str),
    }


class TileData:
    """One stored tile, loaded (arrays as in the module docstring)."""

    def __init__(self, arrays: dict, manifest_origin, crs: str):
        self.a = arrays
        self.origin = np.asarray(manifest_origin, np.float64)
        self.crs = crs

    def __len__(self) -> int:
        return int(self.a["index"].shape[0])

    def footprints(self) -> np.ndarray:
        off, raw = self.a["fp_off"], self.a["fp_wkb"].tobytes()
        return shapely.from_wkb([raw[off[i]:off[i + 1]] for i in range(len(self))])

    def city(self) -> City:
        """The tile's buildings as a :class:`City` (local metres, the city's origin)."""
        from plannerapp.geometry.mesh import Mesh

        a = self.a
        fps = self.footprints()
        out = []
        for i in range(len(self)):
            v = a["vertices"][a["vert_off"][i]:a["vert_off"][i + 1]]
            f = a["faces"][a["face_off"][i]:a["face_off"][i + 1]].astype(np.int64)
            s = a["semantics"][a["face_off"][i]:a["face_off"][i + 1]]
            floors = int(a["floors"][i])
            out.append(Building(
                str(a["ids"][i]), footprint=fps[i], height=float(a["height"][i]), base_z=float(a["base_z"][i]),
                floors=None if floors < 0 else floors, floor_height=float(a["floor_height"][i]),
                use=str(a["use"][i]), attributes=json.loads(str(a["attrs"][i])), mesh=Mesh(v, f, s)))
        return City(out, self.crs, self.origin.copy())

    def triangles(self, region=None) -> tuple[np.ndarray, np.ndarray]:
        """``(vertices, faces)`` of the buildings whose plan bounds meet *region*
        (``(minx, miny, maxx, maxy)`` local m; ``None``: all)."""
        a = self.a
        sel = np.arange(len(self))
        if region is not None:
            b = a["bounds"]
            sel = np.flatnonzero(~((b[:, 3] < region[0]) | (b[:, 0] > region[2]) |
                                   (b[:, 4] < region[1]) | (b[:, 1] > region[3])))
        if sel.size == len(self):
            return a["vertices"], _global_faces(a, sel)
        vs = [a["vertices"][a["vert_off"][i]:a["vert_off"][i + 1]] for i in sel]
        return (np.concatenate(vs) if vs else np.zeros((0, 3))), _global_faces(a, sel)


def _global_faces(a, sel) -> np.ndarray:
    """Faces of buildings *sel*, renumbered into their concatenated vertices."""
    fs, base = [], 0
    for i in sel:
        f = a["faces"][a["face_off"][i]:a["face_off"][i + 1]].astype(np.int64)
        fs.append(f + base)
        base += int(a["vert_off"][i + 1] - a["vert_off"][i])
    return np.concatenate(fs) if fs else np.zeros((0, 3), np.int64)


def load_tile(manifest: Manifest, key: str) -> TileData:
    path = manifest.folder / manifest.tiles[key]["file"]
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    return TileData(arrays, manifest.origin, manifest.crs)


def load_occluders(manifest: Manifest, keys, region, own: TileData | None = None, own_key: str | None = None):
    """``(vertices, faces)`` (local m) of every stored building whose plan bounds
    meet *region*, read tile by tile (only the tiles in *keys*)."""
    vs, fs, base = [], [], 0
    for k in keys:
        t = own if (own is not None and k == own_key) else load_tile(manifest, k)
        v, f = t.triangles(region)
        if f.shape[0]:
            vs.append(v)
            fs.append(f + base)
            base += v.shape[0]
        del t
    if not fs:
        return np.zeros((0, 3)), np.zeros((0, 3), np.int64)
    return np.concatenate(vs), np.concatenate(fs)


def store_matches(folder, source_sha256: str, tile_m: float | None) -> bool:
    """Is there a complete store for this source file and tile size?"""
    folder = Path(folder)
    try:
        man = Manifest.read(folder)
    except (OSError, ValueError, KeyError):
        return False
    if not source_sha256 or man.source_sha256 != source_sha256:
        return False
    if tile_m is not None and float(tile_m) != man.tile_m:
        return False
    return all(os.path.exists(folder / t["file"]) for t in man.tiles.values())
