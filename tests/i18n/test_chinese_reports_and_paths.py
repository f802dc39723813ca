"""A Chinese user's story: project in a folder named 雄安/方案, Chinese names, reports in Chinese.

The CLI is run as a user would (``python -m plannerapp --lang zh_CN review ...``).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import sys

import pytest

from datafiles import ROOT
from plannerapp import i18n
from plannerapp.errors import InputError

SAMPLE = ROOT / "scenarios" / "delft-sample"
CITY = ROOT / "resources" / "sample" / "delft_3dbag_5910.city.json"


def _plannerapp(*args, cwd=None, timeout=600):
    return subprocess.run([sys.executable, "-m", "plannerapp", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=timeout)


@pytest.fixture
def xiongan_project(tmp_path):
    """The sample project copied to ``雄安/方案`` with its context as ``现状/代尔夫特.city.json``
    and the towers scheme renamed in Chinese (UTF-8)."""
    folder = tmp_path / "雄安" / "方案"
    shutil.copytree(SAMPLE, folder)
    (folder / "现状").mkdir()
    shutil.copy(CITY, folder / "现状" / "代尔夫特.city.json")
    proj = json.loads((folder / "project.json").read_text(encoding="utf-8"))
    proj["context"] = "现状/代尔夫特.city.json"
    proj["name"] = "雄安新区住宅地块改造"
    (folder / "project.json").write_text(json.dumps(proj, ensure_ascii=False, indent=2), encoding="utf-8")
    scheme_path = folder / "schemes" / "towers.geojson"
    scheme = json.loads(scheme_path.read_text(encoding="utf-8"))
    scheme["name"] = "点式高层方案"
    names = {"T1": "1号住宅楼", "T2": "2号住宅楼", "P1": "商业亭"}
    for f in scheme["features"]:
        if f["properties"].get("id") in names:
            f["properties"]["name"] = names[f["properties"]["id"]]
    scheme_path.write_text(json.dumps(scheme, ensure_ascii=False), encoding="utf-8")
    return folder


def test_review_in_chinese_from_a_chinese_folder_uses_the_glossary_terms(xiongan_project, tmp_path):
    html = tmp_path / "报告" / "审查.html"
    html.parent.mkdir()
    js = tmp_path / "报告" / "审查.json"
    r = _plannerapp("--lang", "zh_CN", "review", str(xiongan_project), "--scheme", "点式高层方案",
                    "--html", str(html), "--json", str(js), "--no-images")
    assert r.returncode == 1, r.stderr  # the 54 m tower fails the 45 m height limit
    # terminal output in Chinese with the glossary's terms
    assert "[不合格] 建筑限高" in r.stdout and "[合格] 容积率上限" in r.stdout
    assert re.search(r"方案 \S+：未通过（9 项检查中 3 项不合格", r.stdout)
    page = html.read_text(encoding="utf-8")
    for term in ("容积率上限", "建筑密度上限", "绿地率下限", "建筑限高", "地块边界建筑退线", "建筑间距下限",
                 "本方案窗户日照", "周边建筑窗户日照（不得降低）", "总建筑面积", "合格", "不合格",
                 "规划审查：雄安新区住宅地块改造 / 点式高层方案", "1号住宅楼"):
        assert term in page, term
    # the finding texts and the clause numbers of the standards
    assert "1 栋新建建筑超过 45.00 米的建筑限高；1号住宅楼 建筑高度为 54.00 米。" in page
    assert "GB 50180-2018 第 4.0.9 条" in page and "GB/T 50947-2014" in page
    for english in ("Maximum plot ratio", "Planning review", "Sign-off", "Sunlight per window", "FAILED"):
        assert english not in page, english
    # JSON stays machine-readable: English keys and codes, Chinese only in messages and names
    data = json.loads(js.read_text(encoding="utf-8"))
    assert {"project", "scheme", "passed", "parcels"} <= set(data)
    assert data["scheme_name"] == "点式高层方案" and data["passed"] is False
    check = {c["rule"] if "rule" in c else c.get("code"): c for c in data["parcels"][0]["checks"]}
    assert "max_height_m" in check and "max_far" in check


def test_review_in_english_is_unchanged(xiongan_project):
    r = _plannerapp("--lang", "en", "review", str(xiongan_project), "--scheme", "towers", "--quiet")
    assert r.returncode == 1
    assert "FAILED (3 of 9 checks failed" in r.stdout
    assert not re.search(r"[\u4e00-\u9fff]", r.stdout.replace("点式高层方案", ""))


def test_cli_help_and_errors_follow_lang():
    r = _plannerapp("--lang", "zh_CN", "--help", timeout=60)
    assert "三维城市规划与设计方案审查。" in r.stdout and "界面语言：en 或 zh_CN" in r.stdout
    assert r.stdout.startswith("用法：plannerapp") and "显示此帮助信息并退出" in r.stdout  # argparse's own text
    r = _plannerapp("--lang", "zh_CN", "review", timeout=60)
    assert r.returncode == 2 and "错误：缺少必需的参数：project, --scheme" in r.stderr
    r = _plannerapp("--lang", "en", "review", timeout=60)
    assert "error: the following arguments are required: project, --scheme" in r.stderr
    r = _plannerapp("--lang", "zh_CN", "info", "/nonexistent/城市.city.json", timeout=60)
    assert r.returncode == 2
    assert r.stderr.startswith("错误：") and "未找到文件" in r.stderr and "城市.city.json" in r.stderr


def test_session_opens_the_project_from_a_chinese_path(xiongan_project):
    from plannerapp.session import Session

    s = Session()
    s.open_project(xiongan_project)
    scheme = s.project.scheme("点式高层方案")
    assert scheme.id == "towers"
    assert {"1号住宅楼", "2号住宅楼", "商业亭"} <= {b.name for b in scheme.buildings.values()}
    assert len(s.project.context.buildings) > 400


def _gbk_geojson(path, encoding):
    fc = {"type": "FeatureCollection",
          "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4547"}},
          "features": [{"type": "Feature",
                        "properties": {"名称": "雄安市民服务中心", "height": 12.0, "用途": "办公"},
                        "geometry": {"type": "Polygon", "coordinates": [[[470000, 4320000], [470020, 4320000],
                                                                         [470020, 4320010], [470000, 4320010],
                                                                         [470000, 4320000]]]}}]}
    path.write_bytes(json.dumps(fc, ensure_ascii=False).encode(encoding))
    return path


def test_gbk_encoded_legacy_geojson_is_read_with_a_warning(tmp_path, caplog):
    from plannerapp.io.loader import load_city

    path = _gbk_geojson(tmp_path / "旧数据.geojson", "gbk")
    with caplog.at_level(logging.WARNING, logger="plannerapp.io"):
        city = load_city(path)
    b = city.buildings[0]
    assert b.attributes["名称"] == "雄安市民服务中心" and b.attributes["用途"] == "办公"
    assert b.height == pytest.approx(12.0)
    assert any("GBK" in r.getMessage() for r in caplog.records)


def test_utf8_chinese_geojson_reads_without_warning(tmp_path, caplog):
    from plannerapp.io.loader import load_city

    path = _gbk_geojson(tmp_path / "新数据.geojson", "utf-8")
    with caplog.at_level(logging.WARNING, logger="plannerapp.io"):
        city = load_city(path)
    assert city.buildings[0].attributes["名称"] == "雄安市民服务中心"
    assert not caplog.records


def test_binary_garbage_is_still_a_clear_error_in_chinese(tmp_path):
    from plannerapp.io.loader import load_city

    path = tmp_path / "坏文件.geojson"
    path.write_bytes(b'{"type": "FeatureCollection", "features": [\xff\xfe\x00\x81]}')
    i18n.set_language("zh_CN")
    with pytest.raises(InputError) as exc:
        load_city(path)
    assert "不是文本（UTF-8）文件" in exc.value.one_line() or "不是有效的 JSON" in exc.value.one_line()
