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


def test_static_map_shows_borders_under_the_points(tmp_path: Path) -> None:
    """A pixel test on a known border: a vertex of Natural Earth's Armenia-Azerbaijan line."""
    import matplotlib.image as mpimg

    from conflict_extract.cli.maps import BORDER_COLOUR, draw_static, world_arcs

    events = [{"location": "Ganja", "lat": 40.68, "lon": 46.36, "date": "2020-10-28",
               "weapon": "missile", "killed": {"best": 1}, "injured": {"best": None}}]  # fmt: skip
    probe: list = []
    out = tmp_path / "borders.png"
    draw_static(events, (39.815, 46.752), "Stepanakert", out, probe)
    image = mpimg.imread(out)
    # a vertex of a border arc inside the map, away from the marker and the rings' labels
    lat, lon = next(
        (y, x) for arc in world_arcs() for x, y in arc
        if 45.95 < x < 46.15 and 39.95 < y < 40.25
    )  # fmt: skip
    column, row = probe[0](lat, lon)
    patch = image[row - 2 : row + 3, column - 2 : column + 3, :3]
    grey = tuple(int(BORDER_COLOUR[i : i + 2], 16) / 255 for i in (1, 3, 5))
    distances = ((patch - grey) ** 2).sum(axis=2)
    assert distances.min() < 0.05, "no border drawn where Natural Earth puts one"


def test_an_absurd_count_cannot_cover_the_map() -> None:
    from conflict_extract.cli.maps import marker_size

    huge = {"killed": {"best": 10**6}, "injured": {"best": 10**6}}
    assert marker_size(huge) == marker_size({"killed": {"best": 400}, "injured": {"best": 0}})


def test_svg_keeps_text_as_text(folder: Path) -> None:
    result, out = draw(folder, "strikes.svg")
    assert result.exit_code == 0
    assert "<text" in out.read_text() and "Stepanakert" in out.read_text()


def test_labels_never_overprint() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from conflict_extract.cli.maps import place_labels

    crowded = [{"location": f"Village {i}", "lat": 40 + i * 0.01, "lon": 46 + i * 0.01,
                "date": "2020-10-28", "killed": {"best": i}, "injured": {"best": 0}}
               for i in range(12)]  # fmt: skip
    figure, axes = plt.subplots()
    axes.set_xlim(45.5, 46.8)
    axes.set_ylim(39.5, 40.8)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    place_labels(axes, crowded, renderer)
    boxes = [t.get_window_extent(renderer) for t in axes.texts]
    assert boxes and len(boxes) < len(crowded)  # some left out rather than overprinted
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    plt.close(figure)
