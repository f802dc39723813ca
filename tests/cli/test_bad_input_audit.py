"""Hostile input never crashes the CLI: one clear line naming the file (or option) and exit code 2.

Every command is attacked with bad inputs mutated from real data (the bundled
3D BAG Delft tile, the Delft sample project, the Beijing EPW): missing and
empty files, binary garbage, truncated JSON, NaN / Infinity / 1e300
coordinates, out-of-range vertex indices, an unknown CRS, self-intersecting,
zero-area and negative-height footprints, garbled project.json, scheme paths
escaping the folder, negative control limits, truncated weather, broken point
CSVs, impossible option values, and outputs that cannot be written.  The
project lives in a folder with Chinese characters and a space ("雄安 方案").

All commands run at once in subprocesses (``python -m plannerapp``) in a
module fixture; each parametrised test then checks one answer.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from datafiles import RESOURCES, ROOT, shared_file

SAMPLE_CITY = RESOURCES / "sample" / "delft_3dbag_5910.city.json"
SAMPLE_PROJECT = ROOT / "scenarios" / "delft-sample"
BEIJING_EPW = "weather-epw/CHN_Beijing.Beijing.545110_IWEC.epw"
DAY = ["--date", "2026-01-20", "--start", "08:00", "--end", "16:00"]


def _small_cityjson(n: int = 3) -> dict:
    """The first *n* buildings (with their parts) of the bundled Delft tile, vertices re-indexed."""
    src = json.loads(SAMPLE_CITY.read_text(encoding="utf-8"))
    keys = [k for k, v in src["CityObjects"].items() if v["type"] == "Building"][:n]
    objs = {}
    for k in keys:
        objs[k] = copy.deepcopy(src["CityObjects"][k])
        for c in objs[k].get("children", []):
            objs[c] = copy.deepcopy(src["CityObjects"][c])
    used: dict[int, int] = {}

    def remap(b):
        if isinstance(b, list):
            return [remap(x) for x in b]
        return used.setdefault(b, len(used))

    for o in objs.values():
        for g in o.get("geometry", []):
            g["boundaries"] = remap(g["boundaries"])
    verts = [None] * len(used)
    for old, new in used.items():
        verts[new] = src["vertices"][old]
    out = {k: v for k, v in src.items() if k not in ("CityObjects", "vertices", "appearance")}
    out["CityObjects"], out["vertices"] = objs, verts
    return out


def _every_geometry(doc):
    return [g for o in doc["CityObjects"].values() for g in o.get("geometry", [])]


def _footprints(name: str, ring, crs="urn:ogc:def:crs:EPSG::7415", **props) -> dict:
    props.setdefault("height_m", 10.0)
    return {"type": "FeatureCollection", "name": name, "crs": {"type": "name", "properties": {"name": crs}},
            "features": [{"type": "Feature", "properties": {"id": "A", **props},
                          "geometry": {"type": "Polygon", "coordinates": [ring]}}]}


SQUARE = [[85400, 446900], [85420, 446900], [85420, 446920], [85400, 446920], [85400, 446900]]
BOWTIE = [[85400, 446900], [85420, 446920], [85420, 446900], [85400, 446920], [85400, 446900]]
FLAT = [[85400, 446900], [85410, 446900], [85420, 446900], [85400, 446900]]


def _make_inputs(d: Path) -> dict[str, Path]:
    """Every bad input, in *d*; returns name -> path."""
    f: dict[str, Path] = {}

    def put(name, data):
        p = d / name
        if isinstance(data, bytes):
            p.write_bytes(data)
        elif isinstance(data, str):
            p.write_text(data, encoding="utf-8")
        else:
            p.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
        f[name] = p
        return p

    small = _small_cityjson()
    put("small.city.json", small)

    def mutated(name, mutate):
        doc = copy.deepcopy(small)
        mutate(doc)
        put(name, doc)

    mutated("nan.city.json", lambda doc: doc["vertices"][0].__setitem__(0, float("nan")))
    mutated("inf.city.json", lambda doc: doc["vertices"][0].__setitem__(1, float("inf")))
    mutated("huge.city.json", lambda doc: doc["transform"].__setitem__("translate", [1e300, 1e300, 0.0]))
    mutated("badindex.city.json", lambda doc: [g.__setitem__("boundaries", [[[[999999, 0, 1]]]] if g["type"] == "Solid"
                                                             else [[[999999, 0, 1]]]) for g in _every_geometry(doc)])
    mutated("crs999.city.json", lambda doc: doc["metadata"].__setitem__(
        "referenceSystem", "https://www.opengis.net/def/crs/EPSG/0/999999"))
    mutated("wrongshape.city.json", lambda doc: doc.__setitem__("CityObjects", [1, 2, 3]))
    put("empty.city.json", "")
    put("garbage.city.json", bytes(range(256)) * 8)
    text = SAMPLE_CITY.read_bytes()
    put("truncated.city.json", text[: len(text) // 50])
    (d / "folder.city.json").mkdir()
    f["folder.city.json"] = d / "folder.city.json"

    put("bowtie.geojson", _footprints("bowtie", BOWTIE))
    put("zeroarea.geojson", _footprints("zero", FLAT))
    put("negheight.geojson", _footprints("neg", SQUARE, height_m=-10))
    put("nofeatures.geojson", {"type": "FeatureCollection", "features": []})

    put("pts_text.csv", "x,y,z\n85400,446900,1.5\nabc,446900,1.5\n")
    put("pts_nocol.csv", "x,y\n85400,446900\n")
    put("pts_nan.csv", "x,y,z\nnan,446900,1.5\n")
    put("pts_huge.csv", "x,y,z\n1e300,446900,1.5\n")

    epw = shared_file(BEIJING_EPW).read_text(encoding="latin-1").splitlines(True)
    put("truncated.epw", "".join(epw[:8 + 100]))
    put("wrongcols.epw", "".join(epw[:8]) + "".join(",".join(line.split(",")[:10]) + "\n" for line in epw[8:200]))
    put("garbage.ifc", bytes(range(256)) * 8)
    put("a_file.txt", "not a folder")
    return f


def _make_project(root: Path) -> Path:
    """A small valid project (3 context buildings, the towers scheme) in a Chinese folder name."""
    proj = root / "雄安 方案"
    (proj / "context").mkdir(parents=True)
    (proj / "schemes").mkdir()
    (proj / "context" / "city.json").write_text(json.dumps(_small_cityjson()), encoding="utf-8")
    shutil.copy(SAMPLE_PROJECT / "controls.geojson", proj / "controls.geojson")
    towers = json.loads((SAMPLE_PROJECT / "schemes" / "towers.geojson").read_text(encoding="utf-8"))
    # the sample demolishes buildings of the full tile; this small context does not hold them
    towers["features"] = [ft for ft in towers["features"] if ft["properties"].get("kind") != "demolish"]
    (proj / "schemes" / "towers.geojson").write_text(json.dumps(towers), encoding="utf-8")
    data = json.loads((SAMPLE_PROJECT / "project.json").read_text(encoding="utf-8"))
    data.update(context="context/city.json", schemes=["schemes/towers.geojson"])
    (proj / "project.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    return proj


def _variant(proj: Path, name: str, change) -> Path:
    """A copy of the project with project.json (dict) or a file changed."""
    dest = proj.parent / name
    shutil.copytree(proj, dest)
    change(dest)
    return dest


def _edit_project_json(mutate):
    def change(folder):
        data = json.loads((folder / "project.json").read_text(encoding="utf-8"))
        mutate(data)
        (folder / "project.json").write_text(json.dumps(data), encoding="utf-8")
    return change


def _negative_controls(folder):
    path = folder / "controls.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["features"][0]["properties"].update(max_far=-1, max_height_m=-45)
    path.write_text(json.dumps(data), encoding="utf-8")


def _cases(tmp: Path) -> dict[str, tuple[list[str], str]]:
    """case id -> (CLI arguments, text stderr must name)."""
    f = _make_inputs(tmp)
    p = _make_project(tmp)
    nopj = _variant(p, "no-project-json", lambda d: (d / "project.json").unlink())
    garbled = _variant(p, "garbled", lambda d: (d / "project.json").write_bytes(b"\x00\xff{" * 50))
    escape = _variant(p, "escape", _edit_project_json(lambda j: j.update(schemes=["../../etc/passwd"])))
    crs = _variant(p, "crs", _edit_project_json(lambda j: j.update(crs="EPSG:999999")))
    negative = _variant(p, "negative", _negative_controls)
    unwritable = f["a_file.txt"] / "out"  # a file where a folder should be: fails even for root
    s = str
    return {
        # info: every kind of broken city file
        "info-missing": (["info", s(tmp / "missing.city.json")], "missing.city.json"),
        "info-directory": (["info", s(f["folder.city.json"])], "folder.city.json"),
        "info-empty": (["info", s(f["empty.city.json"])], "empty.city.json"),
        "info-garbage": (["info", s(f["garbage.city.json"])], "garbage.city.json"),
        "info-truncated": (["info", s(f["truncated.city.json"])], "truncated.city.json"),
        "info-wrong-shape": (["info", s(f["wrongshape.city.json"])], "wrongshape.city.json"),
        "info-nan": (["info", s(f["nan.city.json"])], "nan.city.json"),
        "info-infinity": (["info", s(f["inf.city.json"])], "inf.city.json"),
        "info-1e300": (["info", s(f["huge.city.json"])], "huge.city.json"),
        "info-index-out-of-range": (["info", s(f["badindex.city.json"])], "badindex.city.json"),
        "info-unknown-crs": (["info", s(f["crs999.city.json"])], "crs999.city.json"),
        "info-self-intersecting": (["info", s(f["bowtie.geojson"])], "bowtie.geojson"),
        "info-zero-area": (["info", s(f["zeroarea.geojson"])], "zeroarea.geojson"),
        "info-negative-height": (["info", s(f["negheight.geojson"])], "negheight.geojson"),
        "info-no-features": (["info", s(f["nofeatures.geojson"])], "nofeatures.geojson"),
        # screenshot
        "screenshot-garbage": (["screenshot", s(f["garbage.city.json"]), s(tmp / "a.png")], "garbage.city.json"),
        "screenshot-size": (["screenshot", s(f["small.city.json"]), s(tmp / "a.png"), "--size", "abcx"], "--size"),
        "screenshot-unwritable": (["screenshot", s(f["small.city.json"]), s(unwritable / "a.png")], "a_file.txt"),
        # sunhours: option values, point files, outputs
        "sunhours-date": (["sunhours", s(f["small.city.json"]), "--grid", "5", "--date", "2026-13-45", "--start", "08:00",
                           "--end", "16:00", "--out", s(tmp / "s.csv"), "--quiet"], "2026-13-45"),
        "sunhours-start": (["sunhours", s(f["small.city.json"]), "--grid", "5", "--date", "2026-01-20", "--start", "25:00",
                            "--end", "16:00", "--out", s(tmp / "s.csv"), "--quiet"], "25:00"),
        "sunhours-step-0": (["sunhours", s(f["small.city.json"]), "--grid", "5", *DAY, "--step-min", "0",
                             "--out", s(tmp / "s.csv"), "--quiet"], "step"),
        "sunhours-step-negative": (["sunhours", s(f["small.city.json"]), "--grid", "5", *DAY, "--step-min", "-5",
                                    "--out", s(tmp / "s.csv"), "--quiet"], "step"),
        "sunhours-step-tiny": (["sunhours", s(f["small.city.json"]), "--grid", "5", *DAY, "--step-min", "1e-9",
                                "--out", s(tmp / "s.csv"), "--quiet"], "step"),
        "sunhours-grid-0": (["sunhours", s(f["small.city.json"]), "--grid", "0", *DAY, "--out", s(tmp / "s.csv"),
                             "--quiet"], "--grid"),
        "sunhours-grid-huge": (["sunhours", s(f["small.city.json"]), "--grid", "0.0001", *DAY, "--out",
                                s(tmp / "s.csv"), "--quiet"], "grid"),
        "sunhours-facade-spacing-0": (["sunhours", s(f["small.city.json"]), "--facades", "--facade-spacing", "0", *DAY,
                                       "--out", s(tmp / "s.csv"), "--quiet"], "--facade-spacing"),
        "sunhours-points-text": (["sunhours", s(f["small.city.json"]), "--points", s(f["pts_text.csv"]), *DAY,
                                  "--out", s(tmp / "s.csv"), "--quiet"], "pts_text.csv"),
        "sunhours-points-no-z": (["sunhours", s(f["small.city.json"]), "--points", s(f["pts_nocol.csv"]), *DAY,
                                  "--out", s(tmp / "s.csv"), "--quiet"], "pts_nocol.csv"),
        "sunhours-points-nan": (["sunhours", s(f["small.city.json"]), "--points", s(f["pts_nan.csv"]), *DAY,
                                 "--out", s(tmp / "s.csv"), "--quiet"], "pts_nan.csv"),
        "sunhours-points-1e300": (["sunhours", s(f["small.city.json"]), "--points", s(f["pts_huge.csv"]), *DAY,
                                   "--out", s(tmp / "s.csv"), "--quiet"], "pts_huge.csv"),
        # irradiance: weather files and options
        "irradiance-truncated-epw": (["irradiance", s(f["small.city.json"]), "--weather", s(f["truncated.epw"]),
                                      "--out", s(tmp / "i.csv"), "--quiet"], "truncated.epw"),
        "irradiance-wrong-columns-epw": (["irradiance", s(f["small.city.json"]), "--weather", s(f["wrongcols.epw"]),
                                          "--out", s(tmp / "i.csv"), "--quiet"], "wrongcols.epw"),
        "irradiance-latitude": (["irradiance", s(f["small.city.json"]), "--lat", "95", "--lon", "4",
                                 "--out", s(tmp / "i.csv"), "--quiet"], "--lat"),
        "irradiance-rays": (["irradiance", s(f["small.city.json"]), "--n-dirs", "1000000000",
                             "--out", s(tmp / "i.csv"), "--quiet"], "--n-dirs"),
        # project folders
        "review-no-project-json": (["review", s(nopj), "--scheme", "towers", "--quiet"], "project.json"),
        "review-garbled-project-json": (["review", s(garbled), "--scheme", "towers", "--quiet"], "project.json"),
        "review-scheme-escapes-folder": (["review", s(escape), "--scheme", "towers", "--quiet"], "../../etc/passwd"),
        "review-unknown-crs": (["review", s(crs), "--scheme", "towers", "--quiet"], "EPSG:999999"),
        "review-negative-limits": (["review", s(negative), "--scheme", "towers", "--quiet"], "controls.geojson"),
        "review-unknown-scheme": (["review", s(p), "--scheme", "unknown", "--quiet"], "雄安 方案"),
        "review-unwritable-json": (["review", s(p), "--scheme", "towers", "--json", s(unwritable / "r.json"),
                                    "--quiet"], "a_file.txt"),
        "project-info-garbled": (["project", "info", s(garbled)], "project.json"),
        "project-new-unwritable": (["project", "new", s(f["small.city.json"]), s(unwritable)], "a_file.txt"),
        "compare-day": (["compare", s(p), "--day", "2026-13-45", "--quiet"], "2026-13-45"),
        "diff-unknown-scheme": (["diff", s(p), "towers", "nope"], "nope"),
        "heat-spacing-0": (["heat", s(p), "--spacing", "0", "--out", s(tmp / "h.csv"), "--quiet"], "--spacing"),
        "heat-air-temperature-nan": (["heat", s(p), "--ta-max", "nan", "--out", s(tmp / "h.csv"), "--quiet"], "--ta-max"),
        "import-ifc-garbage": (["import-ifc", s(p), s(f["garbage.ifc"])], "garbage.ifc"),
        "batch-truncated-epw": (["batch", "irradiance", s(f["small.city.json"]), "--out", s(tmp / "batch"),
                                 "--weather", s(f["truncated.epw"]), "--quiet"], "truncated.epw"),
        "self-test-unwritable": (["self-test", "--out", s(unwritable)], "a_file.txt"),
    }


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    cases = _cases(tmp)
    assert sorted(cases) == sorted(CASE_IDS)  # every case is run and checked
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNERAPP_CONFIG_DIR": str(tmp / "config")}

    def run(args):
        proc = subprocess.run([sys.executable, "-m", "plannerapp", "--lang", "en", *args], capture_output=True,
                              text=True, cwd=tmp, env=env, timeout=300)
        return proc

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(zip(cases, pool.map(run, (a for a, _ in cases.values()))))
    return {k: (results[k], cases[k][1]) for k in cases}


CASE_IDS = [
    "info-missing", "info-directory", "info-empty", "info-garbage", "info-truncated", "info-wrong-shape", "info-nan",
    "info-infinity", "info-1e300", "info-index-out-of-range", "info-unknown-crs", "info-self-intersecting",
    "info-zero-area", "info-negative-height", "info-no-features",
    "screenshot-garbage", "screenshot-size", "screenshot-unwritable",
    "sunhours-date", "sunhours-start", "sunhours-step-0", "sunhours-step-negative", "sunhours-step-tiny",
    "sunhours-grid-0", "sunhours-grid-huge", "sunhours-facade-spacing-0", "sunhours-points-text",
    "sunhours-points-no-z", "sunhours-points-nan", "sunhours-points-1e300",
    "irradiance-truncated-epw", "irradiance-wrong-columns-epw", "irradiance-latitude", "irradiance-rays",
    "review-no-project-json", "review-garbled-project-json", "review-scheme-escapes-folder", "review-unknown-crs",
    "review-negative-limits", "review-unknown-scheme", "review-unwritable-json",
    "project-info-garbled", "project-new-unwritable", "compare-day", "diff-unknown-scheme", "heat-spacing-0", "heat-air-temperature-nan",
    "import-ifc-garbage", "batch-truncated-epw", "self-test-unwritable",
]


@pytest.mark.parametrize("case", CASE_IDS)
def test_bad_input_gets_one_clear_line_naming_the_file_and_exit_code_2(answers, case):
    proc, needle = answers[case]
    err = proc.stderr
    assert "Traceback" not in err, err
    assert proc.returncode == 2, (proc.returncode, err, proc.stdout[-500:])
    # VTK's own log lines (e.g. "WARN| bad X server connection") are not our message
    lines = [line for line in err.splitlines() if line.strip() and "WARN|" not in line]
    if "usage:" in err:  # argparse: usage lines, then one "error:" line
        errors = [line for line in lines if ": error: " in line]
    else:
        errors = [line for line in lines if line.startswith("error: ")]
        assert len(lines) == len(errors), err  # nothing but the error on stderr
    assert len(errors) == 1, err
    assert needle in errors[0], (needle, err)

