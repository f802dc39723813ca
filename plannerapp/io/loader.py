"""One entry point for city files: :func:`load_city` picks the reader.

By extension, then content:

* ``.json``, ``.city.json``, ``.cityjson`` -> CityJSON
  (a ``.json`` holding a GeoJSON ``FeatureCollection`` goes to GeoJSON);
* ``.jsonl`` (``.city.jsonl``) -> CityJSON Text Sequences (CityJSONSeq);
* ``.geojson`` -> GeoJSON footprints (extruded);
* ``.obj``, ``.gltf``, ``.glb``, ``.ply``, ``.stl`` -> mesh.

Anything else, or a file the reader cannot use, raises
:class:`plannerapp.errors.InputError` naming the file and the problem.
Each file is read from disk once.
"""

from __future__ import annotations

import os
from pathlib import Path

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.io._common import parse_json, read_bytes
from plannerapp.model.city import City

JSON_EXTENSIONS = (".json", ".cityjson")
CITYJSONSEQ_EXTENSIONS = (".jsonl",)
GEOJSON_EXTENSIONS = (".geojson",)
MESH_EXTENSIONS = (".obj", ".gltf", ".glb", ".ply", ".stl")
SUPPORTED_EXTENSIONS = JSON_EXTENSIONS + CITYJSONSEQ_EXTENSIONS + GEOJSON_EXTENSIONS + MESH_EXTENSIONS


def file_kind(path: str | os.PathLike) -> str:
    """``"json"``, ``"cityjsonseq"``, ``"geojson"`` or ``"mesh"`` from the extension; InputError otherwise."""
    ext = Path(path).suffix.lower()
    if ext in JSON_EXTENSIONS:
        return "json"
    if ext in CITYJSONSEQ_EXTENSIONS:
        return "cityjsonseq"
    if ext in GEOJSON_EXTENSIONS:
        return "geojson"
    if ext in MESH_EXTENSIONS:
        return "mesh"
    known = " ".join(SUPPORTED_EXTENSIONS)
    raise InputError(
        path,
        translate("io", "unknown file type {ext!r}; city files are {known}").format(
            ext=ext or translate("io", "(no extension)"), known=known
        ),
    )


def load_city(path: str | os.PathLike, *, lod=None, height_attribute=None, base_attribute=None,
              progress=None) -> City:
    """Read a city file into a :class:`City` (local metres + float64 origin).

    Parameters
    ----------
    path: the file.
    lod: CityJSON level of detail to use (``"1.2"``, ``2``...); ``None``: the highest per object.
    height_attribute: GeoJSON property holding the height in metres; ``None``: search
        ``height_m``, ``height``, ``measuredHeight``, ``Height``, then floors x 3.0 m.
        The height is the top above the ground.
    base_attribute: GeoJSON property holding the absolute ground elevation in metres;
        ``None``: the lowest z of 3D footprint positions, else ``base_z``,
        ``b3_h_maaiveld``, ``h_maaiveld``, else 0.
    progress: optional ``progress(fraction, text)`` callback.
    """
    try:
        return _load(path, lod, height_attribute, base_attribute, progress)
    except InputError as exc:
        if exc.path is None:  # a helper that did not know the file (e.g. CRS parsing)
            raise InputError(path, exc.problems, exc.partial) from None
        raise


def _load(path, lod, height_attribute, base_attribute, progress) -> City:
    if not Path(path).exists() or Path(path).is_dir():
        read_bytes(path)  # raises the clear "not found" / "is a directory" error
    kind = file_kind(path)
    data = read_bytes(path)
    if kind == "mesh":
        from plannerapp.io.mesh import parse_mesh

        return parse_mesh(data, path, progress=progress)
    if kind == "cityjsonseq":
        from plannerapp.io.cityjsonseq import parse_cityjsonseq

        return parse_cityjsonseq(data, path, lod=lod, progress=progress)
    doc = parse_json(data, path)
    del data
    if isinstance(doc, dict) and doc.get("type") in ("FeatureCollection", "Feature") or kind == "geojson":
        from plannerapp.io.geojson import parse_geojson

        return parse_geojson(doc, path, height_attribute=height_attribute, base_attribute=base_attribute,
                             progress=progress)
    from plannerapp.io.cityjson import parse_cityjson

    return parse_cityjson(doc, path, lod=lod, progress=progress)
