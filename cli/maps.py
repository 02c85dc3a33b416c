"""`conflict-extract map`: strikes on a static map (PNG/SVG, matplotlib) or a Leaflet page
(HTML, folium). Offline: no basemap tiles are fetched to draw the static map."""

from __future__ import annotations

import html
import json
import math
import re
from functools import lru_cache
from pathlib import Path

RINGS_KM = (50, 100, 200)
WEAPON_COLOURS = {
    "missile": "#d62728", "rocket": "#ff7f0e", "artillery": "#8c564b", "air": "#1f77b4",
    "drone": "#9467bd", "unspecified": "#7f7f7f",
}  # fmt: skip


class MapsUnavailable(Exception):
    pass


def pyplot(what: str):  # type: ignore[no-untyped-def]
    """matplotlib's pyplot, drawing off-screen with SVG text kept as text (the maps and the
    timeline); MapsUnavailable, naming ``what`` needs it, when matplotlib is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise MapsUnavailable(
            f"{what} need matplotlib: pip install 'conflict-extract[maps]'"
        ) from error
    plt.rcParams["svg.fonttype"] = "none"  # SVG text stays text
    return plt


# Casualties beyond this draw no bigger circle: an absurd or war-wide count cannot cover the map.
SIZE_CAP = 400
BORDER_COLOUR = "#8c8c8c"
DPI = 120
WORLD = Path(__file__).resolve().parent.parent / "data" / "world" / "countries-50m.json"


def casualties(event: dict) -> int:
    return min(SIZE_CAP, sum((event[k]["best"] or 0) for k in ("killed", "injured")))


def marker_size(event: dict) -> float:
    """Area grows with casualties: 40 for none, about 400 for a hundred."""
    return 40 + 36 * math.sqrt(casualties(event))


def ring(
    point: tuple[float, float], radius_km: float, steps: int = 90
) -> list[tuple[float, float]]:
    """(lat, lon) points of a geodesic circle around ``point``."""
    from geopy.distance import geodesic

    circle = geodesic(kilometers=radius_km)
    return [
        (p.latitude, p.longitude)
        for p in (circle.destination(point, bearing) for bearing in range(0, 361, 360 // steps))
    ]


def extent(events: list[dict], reference: tuple[float, float]) -> tuple[float, float, float, float]:
    lats = [e["lat"] for e in events] + [reference[0]]
    lons = [e["lon"] for e in events] + [reference[1]]
    pad_lat = max(0.5, (max(lats) - min(lats)) * 0.15)
    pad_lon = max(0.5, (max(lons) - min(lons)) * 0.15)
    return min(lons) - pad_lon, max(lons) + pad_lon, min(lats) - pad_lat, max(lats) + pad_lat


def draw_static(
    events: list[dict],
    reference: tuple[float, float],
    name: str,
    path: Path,
    probe: list | None = None,
) -> list[dict]:
    """Draw the map to PNG or SVG; returns the markers drawn (for checking). ``probe``, if
    given, receives a function (lat, lon) -> (column, row) of that point in the image."""
    plt = pyplot("maps")
    located = [e for e in events if e.get("lat") is not None]
    west, east, south, north = extent(located, reference)
    figure, axes = plt.subplots(figsize=figure_size((west, east, south, north)), dpi=DPI)
    for arc in border_arcs((west, east, south, north)):
        axes.plot([p[0] for p in arc], [p[1] for p in arc], lw=0.6, color=BORDER_COLOUR, zorder=1)
    for radius in RINGS_KM:
        points = ring(reference, radius)
        axes.plot([p[1] for p in points], [p[0] for p in points], ls="--", lw=0.8, color="#999999")
        axes.annotate(f"{radius} km", (points[0][1], points[0][0]), fontsize=7, color="#666666")
    # a hollow star above the markers, so a strike at the reference stays visible
    axes.plot(reference[1], reference[0], marker="*", ms=14, markerfacecolor="none",
              markeredgecolor="black", markeredgewidth=1.2, ls="none", label=name, zorder=5)  # fmt: skip
    markers = draw_markers(axes, located)
    axes.set_xlim(west, east)
    axes.set_ylim(south, north)
    axes.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    axes.set_xlabel("longitude")
    axes.set_ylabel("latitude")
    axes.grid(True, lw=0.3)
    scale_bar(axes, (west, east, south, north))
    weapons = axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8,
                          title="weapon")  # fmt: skip
    axes.add_artist(weapons)
    size_legend(axes)
    axes.set_title(
        f"{len(markers)} strike(s); rings at {', '.join(map(str, RINGS_KM))} km from {name}"
    )
    figure.text(0.01, 0.01, "Places: GeoNames (CC BY 4.0). Borders: Natural Earth.", fontsize=7,
                color="#666666")  # fmt: skip
    figure.tight_layout()
    figure.canvas.draw()  # the layout and aspect are applied when drawing: place labels after it
    place_labels(axes, located, figure.canvas.get_renderer())
    if probe is not None:
        height = figure.get_size_inches()[1] * DPI
        probe.append(lambda lat, lon: pixel(axes, height, lat, lon))
    figure.savefig(path, dpi=DPI)
    plt.close(figure)
    return markers


# At most this many labels: with hundreds of strikes, only the largest are named.
MAX_LABELS = 25


def figure_size(bounds: tuple[float, float, float, float]) -> tuple[float, float]:
    """Inches for the map plus its legend: as tall as the extent's shape asks, within reason."""
    west, east, south, north = bounds
    shape = (north - south) / max((east - west) * math.cos(math.radians((south + north) / 2)), 1e-6)
    return 12.0, min(9.0, max(4.5, 9.0 * shape + 1.5))


def size_legend(axes) -> None:  # type: ignore[no-untyped-def]
    """Circles at their true sizes for a few counts, under the weapon legend."""
    handles = [
        axes.scatter([], [], s=marker_size({"killed": {"best": n}, "injured": {"best": 0}}),
                     color="white", edgecolors="black", linewidths=0.5, label=f"{n}")
        for n in (0, 10, 100, SIZE_CAP)
    ]  # fmt: skip
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 0.55), fontsize=8,
                title="killed + injured", labelspacing=1.6, borderpad=1.0)  # fmt: skip


def draw_markers(axes, located: list[dict]) -> list[dict]:  # type: ignore[no-untyped-def]
    markers = []
    for weapon, colour in WEAPON_COLOURS.items():
        group = [e for e in located if e["weapon"] == weapon]
        if not group:
            continue
        axes.scatter([e["lon"] for e in group], [e["lat"] for e in group], s=[marker_size(e) for e in group],
                     color=colour, alpha=0.75, edgecolors="black", linewidths=0.5, label=weapon,
                     zorder=3)  # fmt: skip
        for e in group:
            markers.append({"location": e["location"], "lat": e["lat"], "lon": e["lon"],
                            "weapon": weapon, "size": marker_size(e)})  # fmt: skip
    return markers


# Where a label may go around its point (offset points), tried in turn.
LABEL_OFFSETS = ((6, 6), (6, -22), (-8, 6), (-8, -22), (12, -8), (-12, -8))


def place_labels(axes, located: list[dict], renderer) -> None:  # type: ignore[no-untyped-def]
    """Name the largest strikes (MAX_LABELS at most) where the label overlaps no label placed
    before it; a label with no free place is left out rather than drawn over another."""
    ranked = sorted(located, key=lambda e: -casualties(e))[:MAX_LABELS]
    taken = []
    for e in ranked:
        text = f"{e['location']}\n{e.get('date') or 'undated'}"
        for dx, dy in LABEL_OFFSETS:
            label = axes.annotate(text, (e["lon"], e["lat"]), xytext=(dx, dy),
                                  textcoords="offset points", fontsize=8,
                                  ha="left" if dx > 0 else "right")  # fmt: skip
            box = label.get_window_extent(renderer).expanded(1.05, 1.1)
            if not any(box.overlaps(other) for other in taken):
                taken.append(box)
                break
            label.remove()


def pixel(axes, height: float, lat: float, lon: float) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    x, y = axes.transData.transform((lon, lat))
    return round(x), round(height - y)


SCALE_LENGTHS_KM = (10, 20, 50, 100, 200, 500, 1000, 2000)


def scale_bar(axes, bounds: tuple[float, float, float, float]) -> None:  # type: ignore[no-untyped-def]
    """A bar in the lower left corner, about a fifth of the map's width (geodesic length)."""
    from geopy.distance import geodesic

    west, east, south, north = bounds
    lat = south + (north - south) * 0.06
    start = west + (east - west) * 0.05
    width_km = geodesic((lat, west), (lat, east)).km
    km = max([k for k in SCALE_LENGTHS_KM if k <= width_km / 5], default=SCALE_LENGTHS_KM[0])
    end = geodesic(kilometers=km).destination((lat, start), 90).longitude
    axes.plot([start, end], [lat, lat], color="black", lw=2, zorder=4)
    axes.annotate(f"{km} km", ((start + end) / 2, lat), xytext=(0, 4), textcoords="offset points",
                  ha="center", fontsize=7)  # fmt: skip


@lru_cache(maxsize=1)
def world_arcs() -> list[list[tuple[float, float]]]:
    """Every arc of Natural Earth's country borders and coasts, decoded from TopoJSON."""
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # positions are quantised and delta-encoded
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def border_arcs(bounds: tuple[float, float, float, float]) -> list[list[tuple[float, float]]]:
    """The arcs that reach into the map's extent (with a margin)."""
    west, east, south, north = bounds
    return [
        arc for arc in world_arcs()
        if any(west - 1 <= x <= east + 1 and south - 1 <= y <= north + 1 for x, y in arc)
    ]  # fmt: skip


# folium writes popups and tooltips into a JavaScript template string (`...`): besides HTML's
# own characters, these would end the string, interpolate ${...} or escape, so they become
# numeric character references, which the browser shows as the characters themselves.
SCRIPT_CHARACTERS = str.maketrans(
    {"`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;", "\\": "&#92;",
     "\u2028": "&#8232;", "\u2029": "&#8233;"}
)  # fmt: skip


def safe_text(value: object) -> str:
    """Article text for a page: inert as HTML and inside a script's template string."""
    return html.escape(str(value)).translate(SCRIPT_CHARACTERS)


def popup(event: dict) -> str:
    """Popup HTML; every value from an article is escaped for HTML and for script."""
    lines = [
        f"<b>{safe_text(event['location'])}</b> ({safe_text(event.get('date') or 'undated')})",
        f"weapon: {safe_text(event['weapon'])}",
        f"killed: {event['killed']['best']}, injured: {event['injured']['best']}",
        f"sources: {safe_text('; '.join(event['sources']) or '-')}",
        f"reports: {event['reports']}" + (" (contested)" if event["contested"] else ""),
    ]
    evidence = [safe_text((r["evidence"] or "")[:400]) for r in event["report_list"][:3]]
    return "<br>".join(lines) + "".join(f"<hr><i>{e}</i>" for e in evidence)


def draw_html(events: list[dict], reference: tuple[float, float], name: str, path: Path) -> int:
    """A Leaflet page (folium); returns the number of event markers."""
    try:
        import folium
    except ImportError as error:
        raise MapsUnavailable(
            "HTML maps need folium: pip install 'conflict-extract[maps]'"
        ) from error
    page = folium.Map(location=list(reference), zoom_start=7)
    # a dot, not the default pin: the pin's image would come from a CDN
    folium.CircleMarker(list(reference), radius=6, color="black", fill=True, fill_color="black",
                        fill_opacity=1, tooltip=safe_text(name)).add_to(page)  # fmt: skip
    for radius in RINGS_KM:
        folium.Circle(list(reference), radius=radius * 1000, color="#666666", weight=1, fill=False,
                      dash_array="5", tooltip=f"{radius} km").add_to(page)  # fmt: skip
    count = 0
    for event in (e for e in events if e.get("lat") is not None):
        folium.CircleMarker(
            [event["lat"], event["lon"]], radius=math.sqrt(marker_size(event)) / 1.5,
            color=WEAPON_COLOURS.get(event["weapon"], "#7f7f7f"), fill=True, fill_opacity=0.7,
            popup=folium.Popup(popup(event), max_width=400),
            tooltip=safe_text(f"{event['location']} {event.get('date') or ''}"),
        ).add_to(page)  # fmt: skip
        count += 1
    path.write_text(self_contained(page.get_root().render()), encoding="utf-8")
    return count


STATIC = Path(__file__).resolve().parent / "static"
# Scripts and styles the page needs, shipped with the package (see static/README.md); the
# others folium links (Bootstrap, icon fonts) only style markers this map does not use.
INLINE = {"leaflet.js": "script", "jquery": "script", "leaflet.css": "style"}
CDN_TAG = re.compile(
    r'<(?:script src|link rel="stylesheet" href)="https?://[^"]+"[^>]*>(?:</script>)?'
)


def self_contained(page: str) -> str:
    """The page with its CDN scripts and styles inline, so it works offline."""

    def inline(match: re.Match[str]) -> str:
        tag = match[0]
        for name, kind in INLINE.items():
            if name in tag:
                source = STATIC / ("jquery.min.js" if name == "jquery" else name)
                text = re.sub(
                    r"</(script|style)", r"<\\/\1", source.read_text(encoding="utf-8"), flags=re.I
                )
                return f"<{kind}>{text}</{kind}>"
        return ""

    return CDN_TAG.sub(inline, page)
