"""Write results as a rich table, JSON, JSONL, CSV or GeoJSON. Article text stays inert."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from typing import IO

from conflict_extract.cli.inputs import Result

KM_PER_MILE = 1.609344
CSV_COLUMNS = (
    "article", "published", "location", "mention", "country", "kind", "lat", "lon", "date",
    "date_basis", "weapon", "killed", "injured", "sources", "actor", "denied_by",
    "distance_km", "reference", "evidence",
)  # fmt: skip
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def inert(text: object) -> str:
    """Text for a terminal: control characters (ESC, CR, bidi overrides) made visible."""
    return CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", str(text))


def rows(results: Iterable[Result], units: str = "km") -> Iterable[dict]:
    for result in results:
        for event in result.events:
            row = {"article": result.article, "published": result.published, **event}
            if units == "mi" and event.get("distance_km") is not None:
                row["distance_mi"] = round(event["distance_km"] / KM_PER_MILE, 1)
            yield row


def write_jsonl_line(out: IO[str], row: dict) -> None:
    out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_json(out: IO[str], results: list[Result], units: str) -> None:
    payload = []
    for result in results:
        events = [{k: v for k, v in row.items() if k not in ("article", "published")}
                  for row in rows([result], units)]  # fmt: skip
        payload.append({"article": result.article, "published": result.published, "events": events})
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    text = str(value)
    if text.startswith(FORMULA_START) and not is_number(text):
        text = "'" + text
    return inert(text)


def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_csv(out: IO[str], results: list[Result], units: str) -> None:
    columns = list(CSV_COLUMNS) + (["distance_mi"] if units == "mi" else [])
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows(results, units):
        writer.writerow([csv_cell(row.get(column)) for column in columns])


def write_geojson(out: IO[str], results: list[Result], units: str) -> None:
    features = []
    for row in rows(results, units):
        if row.get("lat") is None or row.get("lon") is None:
            continue
        geometry = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
        properties = {k: v for k, v in row.items() if k != "spans"}
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")


def inert_table(out: IO[str], color: bool, title: object, columns: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """A console that never reads markup, and a table with the given columns."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, force_terminal=color, no_color=not color, width=140,
                      highlight=False, emoji=False, markup=False)  # fmt: skip
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    return console, table


EVENT_COLUMNS = ("Place", "Date", "Weapon", "Killed", "Injured", "Sources")
MERGED_COLUMNS = ("Place", "Date", "Weapon", "Killed", "Injured", "Reports", "Sources", "Contested")


def write_table(out: IO[str], results: list[Result], units: str, color: bool) -> None:
    from rich.text import Text

    columns = (*EVENT_COLUMNS, f"From ref. ({units})")
    console, _ = inert_table(out, color, None, ())
    for result in results:
        if result.error:
            continue
        title = Text(f"{inert(result.article)} — published {result.published or 'unknown'}")
        if not result.events:
            console.print(Text.assemble(title, ": no strike events found."))
            continue
        _, table = inert_table(out, color, title, columns)
        for event in result.events:
            table.add_row(*(Text(inert(cell)) for cell in table_cells(event, units)))
        console.print(table)
        console.print(Text(summary_line(result)))


def table_cells(event: dict, units: str) -> list[str]:
    distance = event.get("distance_km")
    if distance is not None and units == "mi":
        distance = round(distance / KM_PER_MILE, 1)
    where = f"{event['location']} ({event.get('country') or '?'})"
    when = event.get("date") or "—"
    if event.get("date_basis") == "implied":
        when += " (implied)"
    counts = ("—" if event.get(k) is None else str(event[k]) for k in ("killed", "injured"))
    reference = f"{distance} from {event.get('reference')}" if distance is not None else "—"
    sources = "; ".join(event.get("sources") or []) or "—"
    return [where, when, event.get("weapon") or "—", *counts, sources, reference]


def summary_line(result: Result) -> str:
    events = result.events
    killed = sum(e.get("killed") or 0 for e in events)
    injured = sum(e.get("injured") or 0 for e in events)
    places = len({e["location"] for e in events})
    return (f"{len(events)} event(s) at {places} place(s); "
            f"{killed} killed and {injured} injured as reported.")  # fmt: skip


def render(out: IO[str], results: list[Result], fmt: str, units: str, color: bool) -> None:
    if fmt == "table":
        write_table(out, results, units, color)
    elif fmt == "json":
        write_json(out, results, units)
    elif fmt == "jsonl":
        for row in rows(results, units):
            write_jsonl_line(out, row)
    elif fmt == "csv":
        write_csv(out, results, units)
    elif fmt == "geojson":
        write_geojson(out, results, units)


MERGED_CSV = (
    "location", "country", "kind", "lat", "lon", "date", "weapon", "reports", "killed_low",
    "killed_best", "killed_high", "injured_low", "injured_best", "injured_high", "sources",
    "contested", "denied_by", "first_published", "last_published", "distance_km", "reference",
    "articles",
)  # fmt: skip


def flat_merged(event: dict) -> dict:
    row = {k: v for k, v in event.items() if k not in ("killed", "injured", "report_list")}
    for field in ("killed", "injured"):
        for part, value in event[field].items():
            row[f"{field}_{part}"] = value
    row["articles"] = [r["article"] for r in event["report_list"]]
    return row


def count_range(spread: dict) -> str:
    if spread["best"] is None:
        return "—"
    if spread["low"] == spread["high"]:
        return str(spread["best"])
    return f"{spread['best']} ({spread['low']}–{spread['high']})"


def render_merged(out: IO[str], merged: list[dict], fmt: str, color: bool) -> None:
    if fmt == "json":
        json.dump(merged, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for event in merged:
            write_jsonl_line(out, event)
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(MERGED_CSV)
        for event in merged:
            row = flat_merged(event)
            writer.writerow([csv_cell(row.get(column)) for column in MERGED_CSV])
    elif fmt == "geojson":
        features = [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
             "properties": e}
            for e in merged if e.get("lat") is not None
        ]  # fmt: skip
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
    else:
        merged_table(out, merged, color)


def merged_table(out: IO[str], merged: list[dict], color: bool) -> None:
    from rich.text import Text

    title = f"{len(merged)} strike(s) across all reports"
    console, table = inert_table(out, color, title, MERGED_COLUMNS)
    for e in merged:
        cells = [f"{e['location']} ({e.get('country') or '?'})", e.get("date") or "—", e["weapon"],
                 count_range(e["killed"]), count_range(e["injured"]), str(e["reports"]),
                 "; ".join(e["sources"]) or "—", "yes" if e["contested"] else "no"]  # fmt: skip
        table.add_row(*(Text(inert(c)) for c in cells))
    console.print(table)
