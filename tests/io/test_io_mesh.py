"""Mesh files (OBJ, glTF/GLB, PLY, STL): one building per object, z up, local origin."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh
from cityjson_reference import reference_cityjson, reference_obj
from datafiles import shared_file

from plannerapp.errors import InputError
from plannerapp.io.loader import load_city

OBJ = "delft-3dfier-lod1/testarea.obj"


@pytest.fixture(scope="module")
def delft_obj():
    return load_city(shared_file(OBJ))


def test_3dfier_obj_gives_one_building_per_building_object(delft_obj):
    ref = reference_obj(shared_file(OBJ))
    assert ref["objects"] == 570  # SOURCE.md: 570 `o` objects
    assert len(delft_obj) == ref["buildings"] == 160
    assert set(delft_obj.ids()) == ref["ids"]
    np.testing.assert_allclose(delft_obj.bounds_world(), ref["bbox"], atol=1e-6)
    assert delft_obj.crs is None
    assert sum(delft_obj.metadata["other_objects"].values()) == 570 - 160


def test_obj_and_cityjson_of_the_same_scene_agree_on_buildings_and_footprint_extent(delft_obj):
    ref = reference_cityjson(shared_file("delft-3dfier-lod1/delft.city.json"))
    assert set(delft_obj.ids()) == ref["ids"]
    np.testing.assert_allclose(delft_obj.bounds_world()[[0, 1, 3, 4]], np.array(ref["bbox"])[[0, 1, 3, 4]], atol=1e-6)


def test_obj_buildings_have_heights_and_guessed_roofs(delft_obj):
    for b in delft_obj.buildings[:30]:
        m = b.geometry
        assert b.height == pytest.approx(m.bounds[5] - m.bounds[2])
        assert (m.semantics == 1).any() and (m.semantics == 2).any()
    assert np.abs(delft_obj.bounds_local()[[0, 1, 3, 4]]).max() < 1_000


def _two_boxes() -> trimesh.Scene:
    scene = trimesh.Scene()
    a = trimesh.creation.box(extents=(10, 20, 30))  # z-up box, 30 m tall
    a.apply_translation((500_000, 4_000_000, 15))
    b = trimesh.creation.box(extents=(5, 5, 5))
    b.apply_translation((500_050, 4_000_000, 2.5))
    scene.add_geometry(a, node_name="tower", geom_name="tower")
    scene.add_geometry(b, node_name="kiosk", geom_name="kiosk")
    return scene


@pytest.mark.parametrize("ext", ["obj", "glb", "gltf"])
def test_each_mesh_object_or_node_is_a_building(ext, tmp_path):
    scene = _two_boxes()
    if ext in ("glb", "gltf"):
        # glTF is y-up: turn our z-up boxes into y-up before writing
        scene.apply_transform(trimesh.transformations.rotation_matrix(-np.pi / 2, [1, 0, 0]))
    path = tmp_path / f"two.{ext}"
    if ext == "gltf":
        for name, data in scene.export(file_type="gltf").items():
            (tmp_path / name).write_bytes(data)
        path = tmp_path / "model.gltf"
    else:
        scene.export(path)
    city = load_city(path)
    assert sorted(city.ids()) == ["kiosk", "tower"]
    tower = city.by_id("tower")
    assert tower.height == pytest.approx(30)
    assert tower.base_z == pytest.approx(0, abs=1e-9)
    np.testing.assert_allclose(city.bounds_world(), [499_995, 3_999_990, 0, 500_052.5, 4_000_010, 30], atol=1e-6)
    assert tower.footprint2d.area == pytest.approx(200)


@pytest.mark.parametrize("ext", ["ply", "stl"])
def test_a_single_mesh_file_is_one_building(ext, tmp_path):
    box = trimesh.creation.box(extents=(8, 8, 12))
    box.apply_translation((100, 200, 6))
    path = tmp_path / f"block.{ext}"
    box.export(path)
    city = load_city(path)
    assert len(city) == 1
    assert city.buildings[0].height == pytest.approx(12)
    assert city.buildings[0].geometry.n_faces == 12
    assert city.crs is None


def test_obj_without_materials_splits_by_object(tmp_path):
    text = ["o first"]
    text += ["v 0 0 0", "v 1 0 0", "v 0 1 0", "v 0 0 3"]
    text += ["f 1 2 3", "f 1 2 4", "o second", "v 5 5 0", "v 6 5 0", "v 5 6 0", "v 5 5 2", "f 5 6 7", "f 5 6 8"]
    path = tmp_path / "plain.obj"
    path.write_text("\n".join(text) + "\n")
    city = load_city(path)
    assert city.ids() == ["first", "second"]
    assert [b.height for b in city] == [3, 2]


def test_mesh_with_nan_vertices_is_refused(tmp_path):
    path = tmp_path / "bad.obj"
    path.write_text("o a\nv 0 0 0\nv 1 0 nan\nv 0 1 0\nf 1 2 3\n")
    with pytest.raises(InputError, match="NaN"):
        load_city(path)
