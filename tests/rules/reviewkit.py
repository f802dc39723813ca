"""Small builders for review tests: rectangles in local metres, one-call projects."""

from __future__ import annotations

from shapely.geometry import box

from plannerapp.model import Building, City, ControlPlan, GreenArea, Parcel, Project, Scheme, Site


def rect(x0, y0, w, h):
    """An axis-aligned rectangle *w* x *h* m with its lower-left corner at (x0, y0)."""
    return box(x0, y0, x0 + w, y0 + h)


def building(bid, x0, y0, w, h, *, height=9.0, floors=None, use="residential", **kw):
    return Building(bid, rect(x0, y0, w, h), height=height, floors=floors, use=use, **kw)


def parcel(pid, x0, y0, w, h, **controls):
    return Parcel(pid, rect(x0, y0, w, h), land_use="R", controls=controls)


def project(parcels, new=(), context=(), greens=(), demolish=(), *, settings=None, site=None, crs="EPSG:32650"):
    """A project with one scheme ``"A"`` holding the *new* buildings."""
    scheme = Scheme("A", name="Scheme A", buildings={b.id: b for b in new}, greens=list(greens),
                    demolish=set(demolish))
    return Project("Test project", crs, City(list(context), crs=crs), ControlPlan(list(parcels)), [scheme],
                   site=site, settings=dict(settings or {}))


def green(gid, x0, y0, w, h, on_roof=False):
    return GreenArea(gid, rect(x0, y0, w, h), on_roof=on_roof)


BEIJING = Site(39.9, 116.4, "Asia/Shanghai")


def finding(review, rule, parcel_id=None):
    hits = [f for f in review.findings if f.rule == rule and (parcel_id is None or f.parcel_id == parcel_id)]
    assert len(hits) == 1, f"expected one {rule} finding, got {len(hits)}"
    return hits[0]
