"""``plannerapp irradiance``: roof insolation CSV and PV summary from a real city and weather file."""

from __future__ import annotations

import numpy as np
import pandas as pd

from plannerapp.cli import main
from datafiles import shared_file


def test_roof_insolation_and_pv_summary_for_delft_with_the_amsterdam_weather_file(tmp_path):
    out, summary = tmp_path / "roofs.csv", tmp_path / "pv.csv"
    epw = shared_file("weather-epw/NLD_Amsterdam062400_IWEC.epw")
    code = main(["irradiance", str(shared_file("delft-3dfier-lod1/delft.city.json")), "--weather", str(epw),
                 "--spacing", "4", "--n-dirs", "64", "--out", str(out), "--summary", str(summary), "--quiet"])
    assert code == 0
    roofs, pv = pd.read_csv(out), pd.read_csv(summary)
    assert {"x", "y", "z", "annual_kwh_m2", "svf", "m06_kwh_m2", "building_id"} <= set(roofs.columns)
    assert len(pv) > 100 and (pv["roof_area_m2"] > 0).all()
    flat_open = roofs[(roofs["nz"] > 0.999) & (roofs["svf"] > 0.999)]
    # an unshaded flat roof receives the file's annual GHI (982.5 kWh/m2, SOURCE.md) within a few per cent
    assert abs(np.median(flat_open["annual_kwh_m2"]) - 982.5) / 982.5 < 0.03
    assert roofs["annual_kwh_m2"].min() < 0.9 * 982.5  # some roofs are shaded by taller neighbours
    expected = (pv["mean_insolation_kwh_m2"] * pv["roof_area_m2"] * 0.6 * 0.2 * 0.8)
    assert np.allclose(pv["pv_kwh_per_year"], expected, rtol=1e-3)


def test_bad_weather_file_exits_2_naming_it(tmp_path, capsys):
    bad = tmp_path / "broken.epw"
    bad.write_text("LOCATION,nowhere\n1,2,3\n")
    code = main(["irradiance", str(shared_file("delft-3dfier-lod1/delft.city.json")), "--weather", str(bad),
                 "--out", str(tmp_path / "o.csv"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and "broken.epw" in err and "Traceback" not in err
