"""``plannerapp --self-test`` (= ``plannerapp self-test``): a short end-to-end check.

Opens the bundled sample project (``scenarios/delft-sample``), reviews its
first scheme (sunlight rules skipped: those are the long part), runs a short
sunlight analysis (a 10 m ground grid, 10:00-14:00 clock time at 30 min steps
on 21 March), reads a bundled weather file, computes a clear-sky year and renders an off-screen
screenshot into a temporary folder (EGL with no display, GLX under Xvfb),
and imports every GUI module (no window is opened: this catches a module
missing from a bundle).
It prints one summary line and exits 0; on the first failure it prints
``self-test FAILED at <step>: <reason>`` on stderr and exits 1.

It is what an installer build runs on the built bundle; it needs no network
and writes nothing outside the temporary (or ``--out``) folder.  No window is
opened: the check also runs on a machine with no display at all.
"""

from __future__ import annotations

import os
import sys
import time
import traceback

from plannerapp.i18n import translate

NAME = "self-test"
ORDER = 90


class _StepFailed(Exception):
    def __init__(self, step: str, reason: str):
        super().__init__(reason)
        self.step = step
        self.reason = reason


def add_parser(sub):
    p = sub.add_parser(NAME, help=translate("cli", "run a short end-to-end check (sample project, review, sunlight, screenshot)"))
    p.add_argument("--out", default=None, metavar="DIR",
                   help=translate("cli", "folder for the screenshot (default: a new temporary folder)"))
    p.add_argument("--verbose", action="store_true", help=translate("cli", "print each step and the traceback of a failure"))
    return p


def _check(cond: bool, step: str, reason: str) -> None:
    if not cond:
        raise _StepFailed(step, reason)


def _open_sample():
    from plannerapp.io.project import load_project
    from plannerapp.paths import sample_project_path

    folder = sample_project_path()
    _check(folder is not None, "open", translate("cli", "the sample project scenarios/delft-sample was not found"))
    project = load_project(folder)
    _check(len(project.context.buildings) > 0, "open", translate("cli", "the sample city has no buildings"))
    _check(len(project.schemes) > 0, "open", translate("cli", "the sample project has no schemes"))
    return project


def _review(project):
    from plannerapp.rules.review import review_scheme

    review = review_scheme(project, project.schemes[0], sunlight_rules=False)
    evaluated = [f for f in review.findings if f.passed is not None]
    _check(len(evaluated) > 0, "review", translate("cli", "no rule could be evaluated"))
    return review


def _sunlight(project):
    import datetime as dt

    import numpy as np

    from plannerapp.analysis.sunlight_analysis import SunlightRequest, run_sunlight_analysis

    city = project.schemes[0].built_city(project.context)
    site = project.site
    req = SunlightRequest(day=dt.date(2026, 3, 21), start="10:00", end="14:00", step_min=30.0, time_base="clock",
                          timezone=site.timezone if site else None,
                          latitude=site.latitude if site else None, longitude=site.longitude if site else None,
                          receptors="grid", spacing_m=10.0, height_m=1.5)
    out = run_sunlight_analysis(city, req)
    hours = np.asarray(out.result.hours, dtype=float)
    _check(len(hours) > 0, "sunlight", translate("cli", "no sample points"))
    _check(bool(np.isfinite(hours).all()), "sunlight", translate("cli", "non-finite sunlight hours"))
    # Between buildings some points are shaded and some in full sun: both must occur.
    _check(hours.max() > 3.5, "sunlight", translate("cli", "no point is sunlit for the whole window"))
    _check(hours.min() < hours.max(), "sunlight", translate("cli", "every point got the same hours (no shading)"))
    return hours


def _weather(project):
    """A bundled EPW file (pvlib reader) and the clear-sky model (pvlib's Linke turbidity table, HDF5)."""
    from plannerapp.analysis.weather import clear_sky_weather, read_weather
    from plannerapp.paths import resource_path

    path = resource_path("weather", "USA_MA_Boston-Logan.Intl.AP.725090_TMY3.epw")
    w = read_weather(path)
    _check(len(w.data) == 8760, "weather", translate("cli", "{path}: {n} rows, expected 8760").format(path=path, n=len(w.data)))
    site = project.site
    lat, lon = (site.latitude, site.longitude) if site else (52.0, 4.37)
    clear = clear_sky_weather(lat, lon)
    # a cloudless year in Delft gives about 1,560 kWh/m2; a failed turbidity lookup gives NaN or 0
    _check(800 < clear.annual_ghi_kwh_m2() < 2000, "weather",
           translate("cli", "clear-sky irradiation {v:.0f} kWh/m2 is implausible").format(v=clear.annual_ghi_kwh_m2()))
    return w.annual_ghi_kwh_m2(), clear.annual_ghi_kwh_m2()


def _screenshot(project, folder: str):
    import numpy as np
    from PIL import Image

    from plannerapp.scene.screenshot import render_city_png

    city = project.schemes[0].built_city(project.context)
    out = render_city_png(city, os.path.join(folder, "self-test.png"), size=(800, 500), view="iso")
    with Image.open(out) as im:
        pixels = np.asarray(im.convert("RGB"), dtype=np.int16)
    _check(pixels.shape[:2] == (500, 800), "screenshot", translate("cli", "wrong image size {shape}").format(shape=pixels.shape))
    # The background is one colour; buildings add many others.
    colours = len(np.unique(pixels.reshape(-1, 3), axis=0))
    _check(colours > 50, "screenshot", translate("cli", "the image is blank ({n} colours)").format(n=colours))
    return out


def _gui_modules() -> int:
    """Import every GUI module (no window, no display needed): catches a module left out of a bundle."""
    import importlib
    import pkgutil

    import plannerapp.ui as ui

    names = [ui.__name__] + [m.name for m in pkgutil.walk_packages(ui.__path__, ui.__name__ + ".")]
    for name in names:
        importlib.import_module(name)
    return len(names)


def _network_off() -> bool:
    """True when pyproj will not fetch grids from the network (PROJ_NETWORK=OFF in the bundle)."""
    try:
        import pyproj.network

        return not pyproj.network.is_network_enabled()
    except Exception:  # noqa: BLE001 - old pyproj: no network API at all
        return True


def run(args) -> int:
    import tempfile

    t0 = time.perf_counter()
    folder = getattr(args, "out", None) or tempfile.mkdtemp(prefix="plannerapp-selftest-")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:  # --out in a read-only place or on a file: bad input, not a traceback
        from plannerapp.errors import InputError

        raise InputError(folder, translate("cli", "cannot write the output ({error})").format(error=exc.strerror or exc)) from None
    verbose = getattr(args, "verbose", False)
    step = "open"

    def say(text):
        if verbose:
            print("  {:6.2f} s  {}".format(time.perf_counter() - t0, text), file=sys.stderr)

    try:
        project = _open_sample()
        say(translate("cli", "opened {name}").format(name=project.name))
        step = "review"
        review = _review(project)
        say(translate("cli", "reviewed {n} checks").format(n=len(review.findings)))
        step = "sunlight"
        hours = _sunlight(project)
        say(translate("cli", "sunlight on {n} points").format(n=len(hours)))
        step = "weather"
        ghi, clear_ghi = _weather(project)
        say(translate("cli", "weather read"))
        step = "screenshot"
        png = _screenshot(project, folder)
        say(translate("cli", "rendered {path}").format(path=png))
        step = "gui-modules"
        n_gui = _gui_modules()
        say(translate("cli", "{n} GUI modules import").format(n=n_gui))
    except _StepFailed as exc:
        print(translate("cli", "self-test FAILED at {step}: {reason}").format(step=exc.step, reason=exc.reason), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - any failure is a failed self-test with its reason
        if verbose:
            traceback.print_exc()
        print(translate("cli", "self-test FAILED at {step}: {error}").format(
            step=step, error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 1
    summary = translate(
        "cli",
        "self-test OK in {t:.1f} s: {buildings} buildings, scheme {scheme}: {checks} checks ({failed} failed); "
        "sunlight on {points} points, mean {mean:.2f} h; weather {ghi:.0f} kWh/m2, clear sky {clear:.0f} kWh/m2; proj network {net}; {gui} GUI modules; screenshot {png}")
    print(summary.format(t=time.perf_counter() - t0, buildings=len(project.context.buildings), scheme=review.scheme_id,
                         checks=len(review.findings), failed=len(review.failed), points=len(hours),
                         mean=float(hours.mean()), ghi=ghi, clear=clear_ghi, net="off" if _network_off() else "ON", gui=n_gui, png=png))
    return 0
