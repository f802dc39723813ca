"""Maximum nocturnal urban heat-island intensity from canyon geometry (Oke 1981).

Model
-----
Oke, T.R. (1981) Canyon geometry and the nocturnal urban heat island:
comparison of scale model and field observations.  J. Climatol. 1(3):237-254
(the journal now titled Int. J. Climatol.), doi:10.1002/joc.3370010304.
From urban-rural temperature differences observed in cities of North
America, Europe and Australasia, regressed on the geometry of the central
street canyons::

    dT_u-r(max) = 7.54 + 3.97 ln(H/W)         (K; H/W street canyon height/width)
    dT_u-r(max) = 15.27 - 13.88 SVF           (K; SVF at the canyon floor centre)

Inputs: SVF (0-1) at street level, or H/W.  Output: K, the largest
urban-rural difference expected on a calm, clear night (not a typical
night, not a daytime value).  Limits: empirical fits to city-centre
canyons; they ignore wind, cloud, thermal properties, anthropogenic heat
and the rural reference's character, so absolute values are indicative
and the relation is best used to *compare* geometries (deeper canyon,
lower SVF -> larger dT).  Values are clipped at 0 (H/W below ~0.15 gives a
negative fit).  The same SVF relation is used per ground point here as an
indicator of where the night-time heat island would be strongest;
Oke's SVF is that of the canyon floor centre.

``equivalent_aspect_ratio`` inverts the infinite-canyon relation
``SVF = cos(arctan(2 H/W))`` (Oke 1981; Johnson & Watson 1984) to give the
H/W of the canyon with the same floor-centre SVF.
"""

from __future__ import annotations

import numpy as np

OKE_SVF_A, OKE_SVF_B = 15.27, 13.88
OKE_HW_A, OKE_HW_B = 7.54, 3.97

MODEL_TEXT = ("Oke (1981) J. Climatol. 1:237-254: dT_u-r(max) = 15.27 - 13.88 SVF = 7.54 + 3.97 ln(H/W) K; "
              "maximum nocturnal heat island, calm clear nights; clipped at 0 K; indicative, for comparing geometries")


def uhi_max_from_svf(svf) -> np.ndarray:
    """Oke (1981) maximum nocturnal heat-island intensity (K) from street-level SVF (0-1)."""
    s = np.clip(np.asarray(svf, dtype=np.float64), 0.0, 1.0)
    return np.maximum(OKE_SVF_A - OKE_SVF_B * s, 0.0)


def uhi_max_from_aspect_ratio(hw) -> np.ndarray:
    """Oke (1981) maximum nocturnal heat-island intensity (K) from canyon H/W (> 0)."""
    r = np.asarray(hw, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        dt = OKE_HW_A + OKE_HW_B * np.log(r)
    return np.where(r > 0, np.maximum(dt, 0.0), 0.0)


def canyon_svf(hw) -> np.ndarray:
    """Floor-centre SVF of an infinite canyon with height/width *hw*: ``cos(arctan(2 H/W))``."""
    return np.cos(np.arctan(2.0 * np.asarray(hw, dtype=np.float64)))


def equivalent_aspect_ratio(svf) -> np.ndarray:
    """H/W of the infinite canyon whose floor-centre SVF is *svf*: ``tan(arccos(SVF)) / 2``."""
    s = np.clip(np.asarray(svf, dtype=np.float64), 1e-6, 1.0)
    return np.tan(np.arccos(s)) / 2.0
