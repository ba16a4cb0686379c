"""The CAMEO fact table: generated from GDELT and CAMEO2PLOVER, loaded once."""

from __future__ import annotations

import pytest

from tidings.errors import TidingsError
from tidings.events import cameo_info, cameo_table


def test_cameo_table_has_every_code() -> None:
    table = cameo_table()
    # GDELT's 311 codes and the cyber attack code CAMEO.2.0 added (176)
    assert len(table) == 312
    assert sum(1 for c in table if len(c) == 2) == 20


@pytest.mark.parametrize(
    ("code", "goldstein", "root", "quad", "plover"),
    [
        ("010", 0.0, "01", 1, None),
        ("020", 3.0, "02", 1, "REQUEST"),
        ("043", 2.8, "04", 1, "CONSULT"),
        ("057", 8.0, "05", 1, "SUPPORT"),
        ("0841", 7.0, "08", 2, "RETREAT"),
        ("112", -2.0, "11", 3, "ACCUSE"),
        ("1312", -5.8, "13", 3, "THREATEN"),
        ("163", -8.0, "16", 4, "COERCE"),
        ("190", -10.0, "19", 4, "ASSAULT"),
    ],
)
def test_cameo_info_facts(
    code: str, goldstein: float, root: str, quad: int, plover: str | None
) -> None:
    info = cameo_info(code)
    assert (info.goldstein, info.root, info.quad_class, info.plover) == (
        goldstein,
        root,
        quad,
        plover,
    )


def test_cameo_info_fixes_044_label() -> None:
    assert cameo_info("044").label == "Meet at a 'third' location"


def test_cameo_info_quad_class_follows_gdelt_roots() -> None:
    for code, info in cameo_table().items():
        r = int(info.root)
        assert info.quad_class == (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4), code


def test_cameo_info_unknown_code_raises() -> None:
    with pytest.raises(TidingsError, match="unknown CAMEO code"):
        cameo_info("999")
