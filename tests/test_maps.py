"""Maps: markers per merged strike, rings, escaped popups (invented articles)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract.cli.main import app

pytest.importorskip("matplotlib")
pytest.importorskip("folium")

ARTICLES = {
    "a.txt": " date 2020-10-29 Rockets hit Barda on Wednesday, killing 19, the prosecutor said.",
    "b.txt": " date 2020-10-30 Rockets struck Barda on Wednesday, killing 21, officials said.",
    "c.txt": " date 2020-10-30 A missile struck Ganja on Thursday, <script>alert(1)</script> said.",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def draw(folder: Path, name: str):
    out = folder / name
    result = CliRunner().invoke(app, ["map", str(folder), "-o", str(out), "--workers", "1"])
    return result, out


def test_svg_has_one_marker_per_strike(folder: Path) -> None:
    result, out = draw(folder, "strikes.svg")
    assert result.exit_code == 0, result.output
    assert "2 strike(s) drawn" in result.stderr
    svg = out.read_text()
    assert "Barda" in svg and "Ganja" in svg and "200 km" in svg
    assert "rings at 50, 100, 200 km from Stepanakert" in svg


def test_static_markers_sized_and_coloured(tmp_path: Path) -> None:
    from conflict_extract.cli.maps import WEAPON_COLOURS, draw_static

    def strike(place, lat, lon, weapon, killed):
        return {"location": place, "lat": lat, "lon": lon, "date": "2020-10-28", "weapon": weapon,
                "killed": {"best": killed}, "injured": {"best": None}}  # fmt: skip

    events = [
        strike("Barda", 40.37, 47.13, "rocket", 21),
        strike("Ganja", 40.68, 46.36, "missile", 0),
    ]
    markers = draw_static(events, (39.815, 46.752), "Stepanakert", tmp_path / "m.png")
    sizes = {m["location"]: m["size"] for m in markers}
    assert sizes["Barda"] > sizes["Ganja"]
    assert {m["weapon"] for m in markers} <= set(WEAPON_COLOURS)
    assert (tmp_path / "m.png").read_bytes().startswith(b"\x89PNG")


def test_html_has_one_marker_per_strike_and_escapes(folder: Path) -> None:
    result, out = draw(folder, "strikes.html")
    assert result.exit_code == 0, result.output
    page = out.read_text()
    assert len(re.findall(r"L\.circleMarker\(", page)) == 3  # two strikes and the reference
    assert len(re.findall(r"L\.circle\(", page)) == 3
    assert "<script>alert(1)</script>" not in page


def test_unknown_extension_is_a_usage_error(folder: Path) -> None:
    result, _ = draw(folder, "strikes.jpg")
    assert result.exit_code == 2
