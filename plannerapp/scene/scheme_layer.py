"""Keeping the 3D view in step with scheme edits, and the scheme-diff colouring (no Qt).

:func:`apply_building_changes` brings a :class:`~plannerapp.scene.view.CityView`
from the city it shows to *city* (the active scheme's built city) for just the
building ids an edit touched: those still present get new geometry (in place
when the vertex/face counts are unchanged: a move, a height change of a prism),
vanished ones are cut out, new ones appended; the colouring is re-applied once.
Nothing else of a city of thousands is re-meshed.

:class:`DiffOverlay` draws a scheme diff over the view: added buildings green,
changed orange (both from the "after" side, drawn just in front of the city
surface), removed ones as red translucent ghosts (from the "before" side).
Coordinates are local metres.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyvista as pv

from plannerapp.model.city import City
from plannerapp.scene.citymesh import MergedArrays, merge_meshes
from plannerapp.scene.colouring import building_values
from plannerapp.scene.layer import COLOUR_ARRAY

ADDED_COLOUR = "#2e9d46"
CHANGED_COLOUR = "#f28c1c"
REMOVED_COLOUR = "#d62728"


@dataclass(frozen=True)
class LayerChange:
    """What :func:`apply_building_changes` did (building ids)."""

    updated: tuple = ()
    added: tuple = ()
    removed: tuple = ()

    @property
    def empty(self) -> bool:
        return not (self.updated or self.added or self.removed)


def apply_building_changes(view, city: City, ids: Iterable[str], *, render: bool = True) -> LayerChange:
    """Update *view* (a CityView) to show *city* for buildings *ids* only.

    *city* must be the same city apart from *ids* (the active scheme's
    ``built_city`` after an edit).  Returns which ids were updated, added
    and removed.  Fast paths: a building whose triangles keep their
    topology (move, rotate, floors/height of a prism) has its points
    overwritten in the shared VTK array; adds and removals splice the
    merged arrays with numpy (no per-building re-merge); the colour array
    is patched in place while the colour range and legend stay the same.
    """
    layer = view.layer
    mesh = layer.mesh
    ids = list(dict.fromkeys(str(i) for i in ids))
    present = set(mesh.ids)
    wanted = {b.id: b for b in city.buildings if b.id in set(ids)}
    updated = [i for i in ids if i in present and i in wanted and layer.city.by_id(i) is not wanted[i]]
    removed = [i for i in ids if i in present and i not in wanted]
    added = [wanted[i] for i in ids if i not in present and i in wanted]
    change = LayerChange(tuple(updated), tuple(b.id for b in added), tuple(removed))
    if change.empty:
        return change
    edges = getattr(view, "edges", None)      # the viewer's building outlines, when present
    outlines_synced = edges is not None and layer.actor is not None and edges.synced()  # then only *ids* changed
    if layer.actor is None:  # first buildings of an empty view: the layer makes the actor
        layer.set_city(city)
    else:
        meshes = {i: wanted[i].geometry for i in updated}
        reshaped = [i for i in updated if not _same_topology(mesh, i, meshes[i])]
        for i in updated:
            if i not in reshaped:
                _overwrite_points(mesh, i, meshes[i])
        topology = bool(reshaped or removed or added)
        if topology:
            mesh._set(splice(mesh.arrays, removed + reshaped,
                             reshaped + [b.id for b in added], [meshes[i] for i in reshaped] + [b.geometry for b in added]))
        elif updated:
            pts = mesh.polydata.GetPoints()
            if pts is not None:
                pts.Modified()
            mesh.polydata.Modified()
        # the layer's city in mesh order, with the new building values
        current = {b.id: b for b in layer.city.buildings}
        current.update({i: wanted[i] for i in updated})
        current.update({b.id: b for b in added})
        layer.city = city.replaced([current[i] for i in mesh.ids])
        _recolour(layer)
    if edges is not None:
        edges.refresh(changed_ids=ids if outlines_synced else None)
    view.selection.refresh()
    if render:
        view.plotter.render()
    return change


def _same_topology(mesh, building_id: str, new) -> bool:
    a = mesh.arrays
    i = mesh.index_of(building_id)
    ps, pe = a.point_starts[i], a.point_starts[i + 1]
    cs, ce = a.cell_starts[i], a.cell_starts[i + 1]
    if pe - ps != new.vertices.shape[0] or ce - cs != new.faces.shape[0]:
        return False
    return bool(np.array_equal(a.faces[cs:ce] - ps, new.faces) and np.array_equal(a.semantics[cs:ce], new.semantics))


def _overwrite_points(mesh, building_id: str, new) -> None:
    """New vertex positions for an unchanged triangle list (the VTK points share this memory)."""
    a = mesh.arrays
    i = mesh.index_of(building_id)
    ps = a.point_starts[i]
    a.points[ps:ps + new.vertices.shape[0]] = new.vertices
    pd_pts = mesh.polydata.points
    if not np.shares_memory(pd_pts, a.points):  # pragma: no cover - pyvista copied the array
        pd_pts[ps:ps + new.vertices.shape[0]] = new.vertices


def splice(a: MergedArrays, remove_ids: Sequence[str], add_ids: Sequence[str], add_meshes: Sequence) -> MergedArrays:
    """*a* without buildings *remove_ids*, with *add_meshes* appended (pure numpy, no per-building objects)."""
    n = len(a.ids)
    pos = {b: k for k, b in enumerate(a.ids)}
    keep = np.ones(n, bool)
    for b in remove_ids:
        if b in pos:
            keep[pos[b]] = False
    nv, nf = np.diff(a.point_starts), np.diff(a.cell_starts)
    if keep.all():      # only additions: no masking, no re-indexing
        points, faces, sem = [a.points], [a.faces], [a.semantics]
        ids = list(a.ids)
        nvs, nfs = [nv], [nf]
        offset = a.points.shape[0]
    else:
        keep_pts, keep_cells = np.repeat(keep, nv), np.repeat(keep, nf)
        new_index = np.cumsum(keep_pts) - 1
        points = [a.points[keep_pts]]
        faces = [new_index[a.faces[keep_cells]]]
        sem = [a.semantics[keep_cells]]
        ids = [b for b, k in zip(a.ids, keep) if k]
        nvs, nfs = [nv[keep]], [nf[keep]]
        offset = int(keep_pts.sum())
    for b, m in zip(add_ids, add_meshes):
        points.append(m.vertices)
        faces.append(np.asarray(m.faces, np.int64) + offset)
        sem.append(m.semantics)
        nvs.append([m.vertices.shape[0]])
        nfs.append([m.faces.shape[0]])
        offset += m.vertices.shape[0]
        ids.append(str(b))
    nv2, nf2 = np.concatenate(nvs).astype(np.int64), np.concatenate(nfs).astype(np.int64)
    point_starts = np.zeros(len(ids) + 1, np.int64)
    np.cumsum(nv2, out=point_starts[1:])
    cell_starts = np.zeros(len(ids) + 1, np.int64)
    np.cumsum(nf2, out=cell_starts[1:])
    return MergedArrays(ids, np.asarray(np.concatenate(points).reshape(-1, 3), np.float64),
                        np.asarray(np.concatenate(faces).reshape(-1, 3), np.int64),
                        np.asarray(np.concatenate(sem), np.uint8),
                        np.repeat(np.arange(len(ids), dtype=np.int32), nf2), cell_starts, point_starts)


def _recolour(layer) -> None:
    """Re-apply the colouring; only the cell values when range and legend are unchanged."""
    old = layer.colouring
    key = layer.colour_key
    col = building_values(layer.city.buildings, key, semantics=layer.mesh.arrays.semantics)
    same = (old is not None and not col.per_cell and not old.per_cell and col.categorical == old.categorical
            and list(col.categories) == list(old.categories) and _clim(col) == _clim(old)
            and _above(col) == _above(old))
    if not same:
        layer.set_colour_by(key)
        return
    pd = layer.mesh.polydata
    unchanged_cells = pd.n_cells == layer.mesh.n_triangles and old.values.shape == col.values.shape
    layer.colouring = col
    if unchanged_cells and COLOUR_ARRAY in pd.cell_data.keys() and np.array_equal(old.values, col.values, equal_nan=True):
        return      # e.g. a move: same values on the same cells
    values = np.asarray(layer.mesh.per_cell(col.values), dtype=np.float64)
    current = pd.cell_data.get(COLOUR_ARRAY) if COLOUR_ARRAY in pd.cell_data.keys() else None
    if current is not None and current.shape[0] == values.shape[0]:
        current[:] = values
    else:
        pd.cell_data[COLOUR_ARRAY] = values
        layer.actor.mapper.SelectColorArray(COLOUR_ARRAY)
    pd.Modified()


def _clim(col):
    try:
        return tuple(float(v) for v in col.clim())
    except (ValueError, TypeError):  # pragma: no cover - no values
        return None


def _above(col):
    f = getattr(col, "above_max", None)
    return f() if callable(f) else None


class DiffOverlay:
    """Green (added), orange (changed) and red ghost (removed) buildings of a diff."""

    name = "scheme-diff"

    def __init__(self, plotter):
        self.plotter = plotter
        self._names: list[str] = []
        self.counts = {"added": 0, "changed": 0, "removed": 0}
        #: VTK-order bounds of everything drawn (local m), ``None`` when nothing is
        self.bounds = None

    @property
    def visible(self) -> bool:
        return bool(self._names)

    def clear(self, render: bool = False) -> None:
        for n in self._names:
            self.plotter.remove_actor(n, render=False)
        self._names = []
        self.counts = {"added": 0, "changed": 0, "removed": 0}
        self.bounds = None
        if render:
            self.plotter.render()

    def show(self, records: Sequence, before: City, after: City, render: bool = True) -> None:
        """Draw *records* (:class:`~plannerapp.model.diff.DiffRecord`); *before*/*after* are the two built cities."""
        self.clear()
        groups = {"added": [], "changed": [], "removed": []}
        for r in records:
            side = before if r.status == "removed" else after
            try:
                b = side.by_id(r.building_id)
            except KeyError:
                continue
            groups[r.status].append(b)
        for status, buildings in groups.items():
            self.counts[status] = len(buildings)
            if not buildings:
                continue
            merged = merge_meshes([b.id for b in buildings], [b.geometry for b in buildings])
            if merged.faces.shape[0] == 0:
                continue
            pd = pv.PolyData.from_regular_faces(merged.points, merged.faces)
            lo, hi = merged.points.min(axis=0), merged.points.max(axis=0)
            if self.bounds is not None:
                lo = np.minimum(lo, self.bounds[0::2])
                hi = np.maximum(hi, self.bounds[1::2])
            self.bounds = np.array([lo[0], hi[0], lo[1], hi[1], lo[2], hi[2]])
            name = f"{self.name}-{status}"
            if status == "removed":
                actor = self.plotter.add_mesh(pd, name=name, color=REMOVED_COLOUR, opacity=0.45, pickable=False,
                                              reset_camera=False, render=False, ambient=0.4, diffuse=0.6)
                self._names.append(name)
                edges = pd.extract_feature_edges(boundary_edges=True, feature_edges=True, manifold_edges=False,
                                                 non_manifold_edges=False, feature_angle=30)
                if edges.n_cells:
                    self.plotter.add_mesh(edges, name=name + "-edges", color=REMOVED_COLOUR, line_width=1.5,
                                          pickable=False, reset_camera=False, render=False, lighting=False)
                    self._names.append(name + "-edges")
            else:
                colour = ADDED_COLOUR if status == "added" else CHANGED_COLOUR
                actor = self.plotter.add_mesh(pd, name=name, color=colour, pickable=False, reset_camera=False,
                                              render=False, ambient=0.3, diffuse=0.75)
                m = actor.mapper
                m.SetResolveCoincidentTopologyToPolygonOffset()
                m.SetRelativeCoincidentTopologyPolygonOffsetParameters(-1.0, -2.0)
                self._names.append(name)
        if render:
            self.plotter.render()


def frame_box(plotter, bounds, pad_fraction: float = 0.35) -> None:
    """Point the camera at VTK-order *bounds* (local m), keeping its direction, with some margin."""
    b = np.asarray(bounds, float)
    size = max(b[1] - b[0], b[3] - b[2], b[5] - b[4], 20.0)
    centre = np.array([(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2])
    cam = plotter.camera
    direction = np.asarray(cam.position) - np.asarray(cam.focal_point)
    direction /= np.linalg.norm(direction) or 1.0
    radius = 0.5 * size * (1 + 2 * pad_fraction) * np.sqrt(2)
    cam.focal_point = tuple(centre)
    if cam.parallel_projection:
        cam.parallel_scale = radius
        cam.position = tuple(centre + direction * max(radius * 4, 500.0))
    else:
        cam.position = tuple(centre + direction * radius / np.tan(np.radians(cam.view_angle / 2)))
    plotter.renderer.ResetCameraClippingRange()
    plotter.render()


def building_ids_in_box(view, box: tuple[float, float, float, float]) -> list[str]:
    """Buildings whose bounding-box centre projects into display box ``(x0, y0, x1, y1)`` (pixels)."""
    from plannerapp.scene.draft import project_points

    a = view.layer.mesh.arrays
    ps = a.point_starts
    nonempty = np.flatnonzero(ps[1:] > ps[:-1])
    if nonempty.size == 0:
        return []
    starts = ps[:-1][nonempty]
    lo = np.minimum.reduceat(a.points, starts, axis=0)
    hi = np.maximum.reduceat(a.points, starts, axis=0)
    xy = project_points(view.plotter, (lo + hi) / 2.0)
    x0, y0, x1, y1 = min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3])
    inside = (xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (xy[:, 1] <= y1)
    return [a.ids[i] for i in nonempty[inside]]
