"""``plannerapp compare``: the comparison table without a screen (CSV + HTML), exit codes."""

from __future__ import annotations

import csv

import pytest

from datafiles import ROOT
from plannerapp.cli import main
from plannerapp.io.project import load_project
from plannerapp.rules.review import review_scheme

SAMPLE = ROOT / "scenarios" / "delft-sample"


def test_compare_writes_the_table_as_csv_and_a_report(tmp_path, capsys):
    out_csv, out_html = tmp_path / "t.csv", tmp_path / "t.html"
    code = main(["compare", str(SAMPLE), "--schemes", "towers,Perimeter block", "--csv", str(out_csv),
                 "--html", str(out_html)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "Gross floor area (GFA) (m\u00b2)" in printed and "best" in printed
    with out_csv.open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][4:] == ["status-quo", "towers", "perimeter-block"]
    vals = {r[0]: r for r in rows}
    project = load_project(SAMPLE)
    for k, sid in ((5, "towers"), (6, "perimeter-block")):
        ind = review_scheme(project, sid, sunlight_rules=False).parcels[0].indicators
        assert float(vals["gfa_m2"][k]) == pytest.approx(ind.gfa_m2, rel=1e-5)
        assert float(vals["far"][k]) == pytest.approx(ind.far, rel=1e-5)
        assert float(vals["green_ratio_pct"][k]) == pytest.approx(100 * ind.green_ratio, rel=1e-5)
    html = out_html.read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") >= 1 + 3   # radar + a view per column (+ charts)
    assert "Towers" in html and "Perimeter block" in html


def test_unknown_scheme_is_bad_input(tmp_path, capsys):
    code = main(["compare", str(SAMPLE), "--schemes", "towers,castle", "--csv", str(tmp_path / "x.csv"), "--quiet"])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "castle" in err[0]
    assert not (tmp_path / "x.csv").exists()
