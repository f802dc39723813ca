"""The helpers the sub-commands share (plannerapp/cli/_common.py) and how they print."""

from __future__ import annotations

import io

import pytest

from plannerapp.batch.runner import BatchStatus
from plannerapp.cli import _commands
from plannerapp.cli._common import ProgressBar, warn_views_not_rendered, write_report
from plannerapp.cli.batch import BatchProgressBar
from plannerapp.errors import InputError


def test_the_helper_module_is_not_offered_as_a_sub_command():
    names = [m.__name__ for m in _commands()]
    assert "plannerapp.cli._common" not in names
    assert {"plannerapp.cli.compare", "plannerapp.cli.review", "plannerapp.cli.batch", "plannerapp.cli.sunhours"} <= set(names)


def test_progress_bar_draws_one_line_and_ends_it_once():
    out = io.StringIO()
    bar = ProgressBar(stream=out, width=10)
    bar(0.42, "rays")
    bar.done()
    bar.done()
    assert out.getvalue() == "\r[####------]  42.0% rays\n"


def test_a_quiet_progress_bar_prints_nothing():
    out = io.StringIO()
    bar = ProgressBar(stream=out, enabled=False)
    bar(0.5, "x")
    bar.done()
    assert out.getvalue() == ""


def test_batch_bar_shows_tiles_buildings_and_eta_on_the_shared_bar():
    out = io.StringIO()
    bar = BatchProgressBar(stream=out)
    st = BatchStatus(stage="tiles", tiles_total=4, tiles_done=1, buildings_total=100, buildings_done=50, eta_s=75)
    bar(st)
    bar.done()
    filled = round(st.fraction * 28)
    assert out.getvalue() == (f"\r[{'#' * filled}{'-' * (28 - filled)}] {st.fraction * 100:5.1f}% "
                              "tiles 1/4, buildings 50/100, ETA 1:15   \n")


def test_an_unwritable_report_path_is_bad_input_naming_the_path(tmp_path):
    target = tmp_path / "missing-folder" / "report.html"

    def writer(path):
        open(path, "w").close()

    with pytest.raises(InputError) as err:
        write_report(str(target), writer, str(target))
    assert err.value.path == str(target) and "cannot write the output" in err.value.problems[0]


def test_no_views_warning_is_one_line_with_the_reason():
    out = io.StringIO()
    warn_views_not_rendered(RuntimeError("no OpenGL"), out)
    assert out.getvalue() == "warning: views not rendered (no OpenGL); the report has no pictures\n"
