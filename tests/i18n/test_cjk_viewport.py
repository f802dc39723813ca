"""Chinese text in the 3D view is drawn with real glyphs, not empty boxes.

VTK renders a Chinese label off screen; Qt (QPainter into a QImage) renders the
same text in the same font; the two ink masks must match closely, while VTK's
default font (no CJK glyphs) must not.
"""

from __future__ import annotations

import numpy as np
import pytest
import pyvista as pv

from plannerapp import i18n
from plannerapp.scene import fonts

TEXT = "容积率 建筑密度 日照"
PX = 64
SIZE = (900, 140)


def _ink(rgb: np.ndarray) -> np.ndarray:
    return np.asarray(rgb)[..., :3].mean(axis=2) < 128


def _normalised(mask: np.ndarray, shape=(48, 480)) -> np.ndarray:
    ys, xs = np.nonzero(mask)
    assert ys.size, "nothing drawn"
    crop = mask[ys.min():ys.max() + 1, xs.min():xs.max() + 1]
    yi = (np.arange(shape[0]) * crop.shape[0] / shape[0]).astype(int)
    xi = (np.arange(shape[1]) * crop.shape[1] / shape[1]).astype(int)
    return crop[np.ix_(yi, xi)]


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    return float((a & b).sum() / max((a | b).sum(), 1))


def _vtk_text(cjk: bool) -> np.ndarray:
    from vtkmodules.vtkRenderingCore import vtkTextActor

    p = pv.Plotter(off_screen=True, window_size=list(SIZE))
    try:
        p.set_background("white")
        actor = vtkTextActor()
        actor.SetInput(TEXT)
        prop = actor.GetTextProperty()
        prop.SetFontSize(PX)
        prop.SetColor(0, 0, 0)
        if cjk:
            assert fonts.style_text_property(prop, TEXT)
        actor.SetPosition(10, 30)
        p.add_actor(actor)
        return _ink(p.screenshot(return_img=True))
    finally:
        p.close()


def _qt_text(qapp) -> np.ndarray:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

    fid = QFontDatabase.addApplicationFont(fonts.cjk_font_file())
    assert fid >= 0
    family = QFontDatabase.applicationFontFamilies(fid)[0]
    img = QImage(SIZE[0], SIZE[1], QImage.Format.Format_RGB888)
    img.fill(QColor("white"))
    painter = QPainter(img)
    font = QFont(family)
    font.setPixelSize(PX)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(10, 10, SIZE[0] - 20, SIZE[1] - 20, Qt.AlignmentFlag.AlignLeft, TEXT)
    painter.end()
    ptr = img.constBits()
    arr = np.frombuffer(ptr, np.uint8, count=img.sizeInBytes()).reshape(SIZE[1], img.bytesPerLine())
    return _ink(arr[:, :SIZE[0] * 3].reshape(SIZE[1], SIZE[0], 3))


def test_a_cjk_font_file_is_found():
    path = fonts.cjk_font_file()
    assert path is not None and path.lower().endswith((".ttc", ".otf", ".ttf"))


def test_chinese_label_renders_real_glyphs_like_qt(qapp):
    qt = _normalised(_qt_text(qapp))
    cjk = _vtk_text(cjk=True)
    default = _vtk_text(cjk=False)
    score_cjk = _iou(_normalised(cjk), qt)
    # the glyphs VTK draws in the CJK font have the shapes Qt draws
    assert score_cjk > 0.5, score_cjk
    # VTK's own font has no Chinese glyphs: boxes (or nothing) that look nothing like them
    score_default = _iou(_normalised(default), qt) if default.any() else 0.0
    assert score_default < score_cjk - 0.2, (score_default, score_cjk)
    # real glyphs have strokes: far more ink than the outline of a box
    assert cjk.sum() > 1.3 * max(default.sum(), 1) or not default.any()


def test_city_view_in_chinese_draws_legend_axes_and_ground_labels():
    from shapely.geometry import box

    from plannerapp.model.building import Building
    from plannerapp.model.city import City
    from plannerapp.scene.view import CityView

    i18n.set_language("zh_CN")
    city = City(buildings=[Building(id="b1", footprint=box(0, 0, 20, 10), height=30.0, name="1号楼"),
                           Building(id="b2", footprint=box(40, 0, 60, 30), height=12.0, name="2号楼")])
    p = pv.Plotter(off_screen=True, window_size=[800, 600])
    try:
        view = CityView(p, colour_by="height")
        view.set_city(city)
        img = p.screenshot(return_img=True)
        bar = next(iter(p.scalar_bars.values()))
        assert bar.GetTitle() == "建筑高度（米）"
        assert bar.GetTitleTextProperty().GetFontFile() == fonts.cjk_font_file()
        north = p.actors["north-label"]
        assert north.GetInput() == "北" and north.GetTextProperty().GetFontFile() == fonts.cjk_font_file()
        assert p.actors["scale-label"].GetInput().endswith(" 米")
        assert img.shape[:2] == (600, 800)
    finally:
        p.close()


@pytest.mark.parametrize("text,expected", [("Height (m)", False), ("建筑高度", True), ("Café", False),
                                           ("地块 P1", True)])
def test_only_text_that_needs_it_switches_font(text, expected):
    assert fonts.needs_cjk(text) is expected
