"""Chinese (CJK) text in the 3D view: one font file for every VTK text.

VTK's built-in fonts (Arial, Courier, Times) have no Chinese glyphs, and
``pyvista.Text3D`` (``vtkVectorText``) knows ASCII only, so a Chinese legend,
label or annotation came out as empty boxes or nothing.  Every place in
``plannerapp.scene`` that makes text calls a helper here:

* :func:`style_text_property` - sets ``VTK_FONT_FILE`` + the CJK font file on a
  ``vtkTextProperty`` when the text (or the interface language) needs it;
* :func:`style_scalar_bars`, :func:`style_axes`, :func:`style_point_labels` -
  the same for pyvista's scalar bars, the orientation axes and point labels;
* :func:`add_ground_text` - text lying on the ground (scale bar, north arrow):
  extruded ``Text3D`` for ASCII, a ``vtkTextActor3D`` in the CJK font otherwise.

The font file (:func:`cjk_font_file`), first found wins:

1. ``$PLANNERAPP_CJK_FONT``;
2. a font bundled in ``resources/fonts/`` (``sys._MEIPASS/resources/fonts`` in
   the packaged app) - the packaging bundles ``NotoSansCJK-Regular.ttc``;
3. system fonts: Debian/Ubuntu ``fonts-noto-cjk``
   (``/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc``), WenQuanYi,
   Droid Sans Fallback; Windows Microsoft YaHei / SimHei / SimSun; macOS PingFang
   / Hiragino Sans GB / STHeiti;
4. ``fc-match`` for a font covering ``zh-cn``.

VTK's FreeType reads TrueType collections (``.ttc``): it takes the collection's
first face (for Noto Sans CJK that is the JP face; the Chinese characters are
all there, a few show Japanese glyph shapes).  Tested by
``tests/i18n/test_cjk_viewport.py``, which renders Chinese off screen and
compares the glyph pixels with Qt's rendering of the same text.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from functools import lru_cache

from plannerapp import i18n

VTK_FONT_FILE = 4  # vtkTextProperty font family "use SetFontFile" (vtkSystemIncludes.h)
SYSTEM_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def _resource_font_dirs() -> list[str]:
    dirs = []
    base = getattr(sys, "_MEIPASS", None)
    if base:
        dirs += [os.path.join(base, "resources", "fonts"), os.path.join(base, "fonts")]
    try:
        from plannerapp.paths import resources_dir  # pure Python, no Qt

        dirs.append(os.path.join(str(resources_dir()), "fonts"))
    except Exception:  # pragma: no cover - resources not found
        pass
    return dirs


@lru_cache(maxsize=1)
def cjk_font_file() -> str | None:
    """Path of a font file with Chinese glyphs, or ``None`` when none is found."""
    env = os.environ.get("PLANNERAPP_CJK_FONT")
    if env and os.path.isfile(env):
        return env
    for d in _resource_font_dirs():
        for path in sorted(glob.glob(os.path.join(d, "*"))):
            if path.lower().endswith(FONT_SUFFIXES):
                return path
    for path in SYSTEM_FONTS:
        if os.path.isfile(path):
            return path
    fc = shutil.which("fc-match")
    if fc:
        try:
            out = subprocess.run([fc, "-f", "%{file}", "sans:lang=zh-cn"], capture_output=True,
                                 text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        if out and os.path.isfile(out) and out.lower().endswith(FONT_SUFFIXES):
            return out
    return None


def needs_cjk(text: str | None) -> bool:
    """True when *text* holds characters outside Latin-1 (Chinese, full-width punctuation...).

    ``None`` means "text not known yet": true when the interface is Chinese.
    """
    if text is None:
        return i18n.language() == "zh_CN"
    return any(ord(ch) > 0xFF for ch in text)


def style_text_property(prop, text: str | None = None) -> bool:
    """Point the ``vtkTextProperty`` *prop* at the CJK font when *text* needs it; returns True if set."""
    if prop is None or not needs_cjk(text):
        return False
    path = cjk_font_file()
    if not path:
        return False
    prop.SetFontFamily(VTK_FONT_FILE)
    prop.SetFontFile(path)
    return True


def style_scalar_bars(plotter) -> int:
    """CJK font on the title, labels and annotations of every scalar bar of *plotter*; returns how many."""
    n = 0
    for bar in list(getattr(plotter, "scalar_bars", {}).values()):
        title = bar.GetTitle() or ""
        annotations = ""
        lut = bar.GetLookupTable()
        if lut is not None and hasattr(lut, "GetNumberOfAnnotatedValues"):
            annotations = "".join(str(lut.GetAnnotation(i)) for i in range(lut.GetNumberOfAnnotatedValues()))
        below_above = (bar.GetAboveRangeAnnotation() or "") + (bar.GetBelowRangeAnnotation() or "") \
            if hasattr(bar, "GetAboveRangeAnnotation") else ""
        text = title + annotations + below_above
        if style_text_property(bar.GetTitleTextProperty(), text):
            style_text_property(bar.GetLabelTextProperty(), text)
            style_text_property(bar.GetAnnotationTextProperty(), text)
            n += 1
    return n


def style_axes(axes_actor, labels: str | None = None) -> bool:
    """CJK font on the captions of a ``vtkAxesActor`` (orientation marker)."""
    if axes_actor is None or not hasattr(axes_actor, "GetXAxisCaptionActor2D"):
        return False
    text = labels if labels is not None else "".join(
        str(getattr(axes_actor, f"Get{a}AxisLabelText")()) for a in "XYZ")
    done = False
    for a in "XYZ":
        cap = getattr(axes_actor, f"Get{a}AxisCaptionActor2D")()
        done = style_text_property(cap.GetCaptionTextProperty(), text) or done
    return done


def style_point_labels(actor, labels) -> bool:
    """CJK font on an actor from ``plotter.add_point_labels`` when any label needs it."""
    mapper = actor.GetMapper() if actor is not None and hasattr(actor, "GetMapper") else None
    if mapper is None or not hasattr(mapper, "GetLabelTextProperty"):
        return False
    return style_text_property(mapper.GetLabelTextProperty(), "".join(str(t) for t in labels))


def add_ground_text(plotter, text: str, *, name: str, center, height: float, color="#222222",
                    depth: float = 0.05) -> str:
    """Text lying flat on the ground (normal +z) centred at *center*, *height* metres tall.

    ASCII text stays extruded ``pyvista.Text3D`` (as before); text with Chinese
    characters becomes a ``vtkTextActor3D`` drawn in the CJK font.  Returns *name*
    (for ``plotter.remove_actor``).
    """
    import pyvista as pv

    if not needs_cjk(text) or cjk_font_file() is None:
        mesh = pv.Text3D(text, depth=depth, height=height, center=center, normal=(0, 0, 1))
        if mesh.n_points:
            plotter.add_mesh(mesh, name=name, color=color, lighting=False, pickable=False,
                             reset_camera=False, render=False)
            return name
    from vtkmodules.vtkRenderingCore import vtkTextActor3D

    px = 64  # glyph resolution of the texture
    actor = vtkTextActor3D()
    actor.SetInput(text)
    prop = actor.GetTextProperty()
    prop.SetFontSize(px)
    prop.SetJustificationToCentered()
    prop.SetVerticalJustificationToCentered()
    prop.SetColor(pv.Color(color).float_rgb)
    style_text_property(prop, text)
    actor.SetScale(height / px)
    actor.SetPosition(*center)
    actor.SetPickable(False)
    actor.ForceOpaqueOn()  # opaque pass: a translucent quad 0.2 m over the ground loses the depth test
    plotter.add_actor(actor, name=name, reset_camera=False, render=False, pickable=False)
    return name


def style_plotter_text(plotter) -> int:
    """CJK font on every text of *plotter* that needs it: scalar bars, 2D text and labels, axes captions.

    Cheap (a few props); :func:`enable_cjk_text` runs it before every render.
    """
    n = style_scalar_bars(plotter)
    renderers = getattr(plotter, "renderers", None) or [getattr(plotter, "renderer", None)]
    for ren in renderers:
        if ren is None:
            continue
        props = ren.GetViewProps()
        props.InitTraversal()
        for _ in range(props.GetNumberOfItems()):
            prop = props.GetNextProp()
            n += _style_prop(prop)
        axes = getattr(ren, "axes_actor", None)  # orientation marker (its own renderer)
        if axes is not None:
            n += _style_prop(axes)
    return n


def _style_prop(prop) -> int:
    if hasattr(prop, "GetInput") and hasattr(prop, "GetTextProperty"):  # vtkTextActor, vtkTextActor3D, corner text
        try:
            text = prop.GetInput()
        except TypeError:
            text = None
        return int(style_text_property(prop.GetTextProperty(), str(text or "")))
    if hasattr(prop, "GetText") and hasattr(prop, "GetTextProperty"):  # vtkCornerAnnotation-like
        text = "".join(str(prop.GetText(i) or "") for i in range(4)) if hasattr(prop, "GetText") else ""
        return int(style_text_property(prop.GetTextProperty(), text))
    mapper = prop.GetMapper() if hasattr(prop, "GetMapper") else None
    if mapper is not None and hasattr(mapper, "GetLabelTextProperty"):  # point labels
        return int(style_text_property(mapper.GetLabelTextProperty(), None if i18n.language() == "zh_CN" else ""))
    if hasattr(prop, "GetXAxisCaptionActor2D"):
        return int(style_axes(prop))
    if hasattr(prop, "GetParts"):  # vtkPropAssembly (orientation axes)
        parts = prop.GetParts()
        parts.InitTraversal()
        return sum(_style_prop(parts.GetNextProp()) for _ in range(parts.GetNumberOfItems()))
    return 0


def enable_cjk_text(plotter) -> None:
    """Keep every text of *plotter* in the CJK font when it needs one: styles now and before each render."""
    if getattr(plotter, "_plannerapp_cjk_text", False):
        return
    plotter._plannerapp_cjk_text = True
    style_plotter_text(plotter)
    ren = getattr(plotter, "renderer", None)
    if ren is not None and hasattr(ren, "AddObserver"):
        ren.AddObserver("StartEvent", lambda *_: style_plotter_text(plotter))
