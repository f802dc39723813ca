"""CityJSON header: type and version, vertices (dequantised, float64, world), CRS."""

from __future__ import annotations

import numpy as np

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.io._common import check_coordinates, crs_from_reference

SUPPORTED_VERSIONS = ("1.0", "1.1", "2.0")


def header(doc, path):
    if not isinstance(doc, dict) or doc.get("type") != "CityJSON":
        raise InputError(path, translate("io", "not a CityJSON file (no \"type\": \"CityJSON\")"))
    version = str(doc.get("version", ""))
    if not any(version == v or version.startswith(v + ".") for v in SUPPORTED_VERSIONS):
        raise InputError(
            path,
            translate("io", "CityJSON version {version} is not supported (1.0, 1.1, 2.0 are)").format(
                version=version or translate("io", "(missing)")
            ),
        )
    objects = doc.get("CityObjects")
    if not isinstance(objects, dict):
        raise InputError(path, translate("io", "'CityObjects' is missing or not an object"))
    if not objects:
        raise InputError(path, translate("io", "'CityObjects' is empty: no buildings in the file"))
    return version, objects


def world_vertices(doc, path) -> np.ndarray:
    raw = doc.get("vertices")
    if raw is None:
        raise InputError(path, translate("io", "'vertices' is missing"))
    if not isinstance(raw, (list, np.ndarray)):  # ndarray: packed by the fast parse
        raise InputError(
            path, translate("io", "'vertices' is a {kind}, not a list of [x, y, z]").format(kind=type(raw).__name__)
        )
    try:
        v = np.array(raw, dtype=np.float64)
    except OverflowError:
        raise InputError(path, translate("io", "'vertices' hold numbers too large for coordinates")) from None
    except (TypeError, ValueError):
        raise InputError(path, translate("io", "'vertices' must be a list of [x, y, z] numbers (found other values)")) from None
    if v.size == 0:
        raise InputError(path, translate("io", "'vertices' is empty"))
    if v.ndim != 2 or v.shape[1] != 3:
        raise InputError(path, translate("io", "'vertices' must be a list of [x, y, z] numbers (wrong shape)"))
    tr = doc.get("transform")
    if tr is not None:
        try:
            scale = np.array(tr["scale"], dtype=np.float64).reshape(3)
            shift = np.array(tr["translate"], dtype=np.float64).reshape(3)
        except (TypeError, ValueError, KeyError):
            raise InputError(path, translate("io", "'transform' needs 'scale' and 'translate', three numbers each")) from None
        if not (np.isfinite(scale).all() and np.isfinite(shift).all()) or (scale == 0).any():
            raise InputError(path, translate("io", "'transform' scale/translate must be finite and the scale non-zero"))
        with np.errstate(over="ignore", invalid="ignore"):
            v = v * scale + shift
    problems = check_coordinates(v, path)
    if problems:
        raise InputError(path, problems)
    return v


def reference_system(doc, path):
    meta = doc.get("metadata")
    if meta is None:
        return None, None
    if not isinstance(meta, dict):
        raise InputError(path, translate("io", "'metadata' is not an object"))
    ref = meta.get("referenceSystem")
    if ref is None and isinstance(meta.get("crs"), dict):  # CityJSON 0.x style
        ref = meta["crs"].get("epsg")
        ref = f"EPSG:{ref}" if ref is not None else None
    return crs_from_reference(ref, path), ref
