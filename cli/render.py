"""Typed results become rows here, and only here: a rich table, JSON, JSONL, CSV or GeoJSON.

One table of output formats (``FORMATS``) gives each format's name, file extensions and its
writers for events and for merged strikes; ``--format`` choices and the format implied by
``-o events.csv`` come from it. Article text stays inert in every format.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .inputs import Result

if TYPE_CHECKING:
    from conflict_extract import Event, Spread, Strike

KM_PER_MILE = 1.609344
CSV_COLUMNS = (
    "event_id", "article", "published", "location", "mention", "country", "country_name",
    "admin1", "admin2", "geonames_id", "kind", "lat", "lon", "geo_precision", "date",
    "date_basis", "time_precision", "weapon", "event_type", "sub_event_type", "killed",
    "injured", "sources", "actor", "actor_party", "denied_by", "distance_km", "reference",
    "evidence", "title", "outlet", "url",
)  # fmt: skip
MERGED_CSV = (
    "event_id", "location", "country", "country_name", "admin1", "admin2", "geonames_id",
    "kind", "lat", "lon", "geo_precision", "date", "time_precision", "weapon", "event_type",
    "sub_event_type", "reports", "killed_low",
    "killed_best", "killed_high", "injured_low", "injured_best", "injured_high", "sources",
    "contested", "denied_by", "first_published", "last_published", "distance_km", "reference",
    "articles", "report_ids", "outlets",
)  # fmt: skip
# ACLED's columns in ACLED's order: `-f acled` can be appended to an ACLED download.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
REPORT_FIELDS = ("sources", "killed", "injured", "denied_by", "evidence", "title", "outlet", "url")
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# In one-line messages and titles, newlines and tabs are made visible too.
LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def inert(text: object) -> str:
    """Text for a terminal or a cell: control characters (ESC, CR, bidi overrides) visible."""
    return CONTROL.sub(visible, str(text))


def inert_line(text: object) -> str:
    """Text for a one-line message: newlines and tabs visible too, so a file name cannot
    forge a line of its own ("x.txt\nconflict-extract: 0 failed")."""
    return LINE_CONTROL.sub(visible, str(text))


def visible(match: re.Match[str]) -> str:
    return f"\\x{ord(match[0]):02x}"


# ---------------------------------------------------------------- typed records -> rows


def miles(km: float | None) -> float | None:
    return None if km is None else round(km / KM_PER_MILE, 1)


def event_row(article: str, published: str | None, event: Event, units: str = "km") -> dict:
    row = {"article": article, "published": published, **event.to_dict()}
    if units == "mi" and event.distance_km is not None:
        row["distance_mi"] = miles(event.distance_km)
    return row


def rows(results: Iterable[Result], units: str = "km") -> Iterable[dict]:
    for result in results:
        for event in result.events:
            yield event_row(result.article, result.published, event, units)


def spread_dict(spread: Spread) -> dict[str, int | None]:
    return {"low": spread.low, "best": spread.best, "high": spread.high}


def strike_row(strike: Strike) -> dict[str, Any]:
    """A merged strike as nested JSON values (counts as low/best/high, its reports listed)."""
    first = strike.reports[0].event
    return {
        "event_id": strike_id(strike), "report_ids": [r.event.event_id for r in strike.reports],
        "country_name": first.country_name, "admin1": first.admin1, "admin2": first.admin2,
        "geonames_id": first.geonames_id, "geo_precision": first.geo_precision,
        "time_precision": first.time_precision, "event_type": first.event_type,
        "sub_event_type": first.sub_event_type,
        "location": strike.location, "country": strike.country, "kind": strike.kind,
        "lat": strike.lat, "lon": strike.lon, "date": iso(strike.date),
        "distance_km": strike.distance_km, "reference": strike.reference,
        "weapon": strike.weapon, "reports": len(strike.reports), "sources": strike.sources,
        "killed": spread_dict(strike.killed), "injured": spread_dict(strike.injured),
        "contested": strike.contested, "denied_by": strike.denied_by,
        "first_published": strike.first_published, "last_published": strike.last_published,
        "outlets": list(dict.fromkeys(r.event.outlet for r in strike.reports if r.event.outlet)),
        "report_list": [
            {"article": r.article, "published": r.published,
             **{name: getattr(r.event, name) for name in REPORT_FIELDS}}
            for r in strike.reports
        ],
    }  # fmt: skip


def iso(day: object) -> str | None:
    return day.isoformat() if day is not None else None  # type: ignore[attr-defined]


def strike_id(strike: Strike) -> str:
    """Stable for a place and day (the same strike merged from any reports)."""
    import hashlib

    key = f"{strike.location.lower()}|{strike.lat}|{strike.lon}|{strike.date or 'undated'}"
    return "CS" + hashlib.sha1(key.encode()).hexdigest()[:14]


def acled_row(row: dict, published: str | None, killed: int | None, injured: int | None) -> dict:
    """ACLED's columns from an event or merged-strike row (what ACLED's codebook can be
    filled from; the rest stays empty)."""
    day = row.get("date") or published or ""
    tags = [] if injured is None else [f"injured={injured}"]
    if row.get("date") is None:
        tags.append("date unknown: the report's day")
    return {
        "event_id_cnty": row["event_id"], "event_date": day, "year": day[:4],
        "time_precision": row["time_precision"], "disorder_type": "Political violence",
        "event_type": row["event_type"], "sub_event_type": row["sub_event_type"],
        "actor1": row.get("actor") or "", "country": row.get("country_name") or "",
        "admin1": row.get("admin1") or "", "admin2": row.get("admin2") or "",
        "location": row["location"], "latitude": row.get("lat"), "longitude": row.get("lon"),
        "geo_precision": row["geo_precision"], "source": acled_source(row),
        "notes": row.get("evidence") or "", "fatalities": killed or 0, "tags": "; ".join(tags),
    }  # fmt: skip


def acled_source(row: dict) -> str:
    """ACLED's source: the outlets that published the report, then whom they cite."""
    outlets = row.get("outlets") or [row.get("outlet")]
    return "; ".join(dict.fromkeys(n for n in (*outlets, *(row.get("sources") or [])) if n))


def flat_strike_row(strike: Strike) -> dict[str, Any]:
    """A merged strike with counts as flat columns (for CSV)."""
    row = {k: v for k, v in strike_row(strike).items() if k not in ("killed", "injured")}
    for name in ("killed", "injured"):
        for part, value in spread_dict(getattr(strike, name)).items():
            row[f"{name}_{part}"] = value
    row["articles"] = [r.article for r in strike.reports]
    return row


# ---------------------------------------------------------------- cells and lines


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


def jsonl_line(row: dict) -> str:
    """One JSON object on one line: U+2028/U+2029 escaped too, since Python's splitlines()
    and JavaScript's older parsers break lines there."""
    text = json.dumps(row, ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def write_csv_rows(out: IO[str], columns: Iterable[str], table: Iterable[dict]) -> None:
    columns = list(columns)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in table:
        writer.writerow([csv_cell(row.get(column)) for column in columns])


def write_features(out: IO[str], table: Iterable[dict]) -> None:
    """A GeoJSON FeatureCollection: a Point per row, a null geometry where a place has no
    coordinates (RFC 7946 allows it), so no event is silently left out."""
    features = [
        {"type": "Feature", "geometry": point(r),
         "properties": {k: v for k, v in r.items() if k != "spans"}}
        for r in table
    ]  # fmt: skip
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")


def point(row: dict) -> dict | None:
    if row.get("lat") is None or row.get("lon") is None:
        return None
    return {"type": "Point", "coordinates": [row["lon"], row["lat"]]}


# ---------------------------------------------------------------- event writers


def write_json(out: IO[str], results: list[Result], units: str, color: bool = False) -> None:
    payload = []
    for result in results:
        events = [{k: v for k, v in row.items() if k not in ("article", "published")}
                  for row in rows([result], units)]  # fmt: skip
        payload.append({"article": result.article, "published": result.published, "events": events})
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(out: IO[str], results: list[Result], units: str, color: bool = False) -> None:
    for row in rows(results, units):
        out.write(jsonl_line(row))


def write_csv(out: IO[str], results: list[Result], units: str, color: bool = False) -> None:
    columns = CSV_COLUMNS + (("distance_mi",) if units == "mi" else ())
    write_csv_rows(out, columns, rows(results, units))


def write_geojson(out: IO[str], results: list[Result], units: str, color: bool = False) -> None:
    write_features(out, rows(results, units))


def write_acled(out: IO[str], results: list[Result], units: str, color: bool = False) -> None:
    table = (acled_row(r, r["published"], r["killed"], r["injured"]) for r in rows(results, units))
    write_csv_rows(out, ACLED_COLUMNS, table)


FILE_WIDTH = 120


def inert_table(out: IO[str], color: bool, title: object, columns: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """A console that never reads markup, and a table with the given columns."""
    from rich.console import Console
    from rich.table import Table

    # a terminal's own width (rich measures it); a file or pipe gets a fixed, readable width
    width = None if color else FILE_WIDTH
    console = Console(file=out, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, markup=False)  # fmt: skip
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    return console, table


EVENT_COLUMNS = ("Place", "Date", "Weapon", "Killed", "Injured", "Sources")
MERGED_COLUMNS = ("Place", "Date", "Weapon", "Killed", "Injured", "Reports", "Sources", "Contested")


def write_table(out: IO[str], results: list[Result], units: str, color: bool = False) -> None:
    from rich.text import Text

    columns = (*EVENT_COLUMNS, f"From ref. ({units})")
    console, _ = inert_table(out, color, None, ())
    for result in results:
        if result.error:
            continue
        title = Text(f"{inert_line(result.article)} — published {result.published or 'unknown'}")
        if not result.events:
            console.print(Text.assemble(title, ": no strike events found."))
            continue
        _, table = inert_table(out, color, title, columns)
        for event in result.events:
            table.add_row(*(Text(inert(cell)) for cell in table_cells(event, units)))
        console.print(table)
        console.print(Text(summary_line(result)))


def place_cell(location: str, country: str | None) -> str:
    return f"{location} ({country or '?'})"


def table_cells(event: Event, units: str) -> list[str]:
    distance = miles(event.distance_km) if units == "mi" else event.distance_km
    when = iso(event.date) or "—"
    if event.date_basis == "implied":
        when += " (implied)"
    counts = ("—" if value is None else str(value) for value in (event.killed, event.injured))
    reference = f"{distance} from {event.reference}" if distance is not None else "—"
    sources = "; ".join(event.sources) or "—"
    return [place_cell(event.location, event.country), when, event.weapon or "—", *counts,
            sources, reference]  # fmt: skip


def summary_line(result: Result) -> str:
    events = result.events
    places = len({e.location for e in events})
    counts = "; ".join(count_summary(events, name) for name in ("killed", "injured"))
    return f"{len(events)} event(s) at {places} place(s); {counts}."


def count_summary(events: list[Event], name: str) -> str:
    """'3 killed as reported', '3 killed as reported (unknown for 2 events)', 'killed unknown'."""
    known = [getattr(e, name) for e in events if getattr(e, name) is not None]
    if not known:
        return f"{name} unknown"
    missing = len(events) - len(known)
    suffix = f" (unknown for {missing} event{'s' * (missing > 1)})" if missing else ""
    return f"{sum(known)} {name} as reported{suffix}"


# ---------------------------------------------------------------- merged-strike writers


def strikes_json(out: IO[str], strikes: list[Strike], color: bool = False) -> None:
    json.dump([strike_row(s) for s in strikes], out, ensure_ascii=False, indent=2)
    out.write("\n")


def strikes_jsonl(out: IO[str], strikes: list[Strike], color: bool = False) -> None:
    for strike in strikes:
        out.write(jsonl_line(strike_row(strike)))


def strikes_csv(out: IO[str], strikes: list[Strike], color: bool = False) -> None:
    write_csv_rows(out, MERGED_CSV, (flat_strike_row(s) for s in strikes))


def strikes_acled(out: IO[str], strikes: list[Strike], color: bool = False) -> None:
    table = (
        acled_row({**strike_row(s), "evidence": s.reports[-1].event.evidence},
                  s.last_published, s.killed.best, s.injured.best)
        for s in strikes
    )  # fmt: skip
    write_csv_rows(out, ACLED_COLUMNS, table)


def strikes_geojson(out: IO[str], strikes: list[Strike], color: bool = False) -> None:
    # flat counts: GIS tools show nested objects as JSON text
    write_features(out, (flat_strike_row(s) for s in strikes))


def count_range(spread: Spread) -> str:
    if spread.best is None:
        return "—"
    if spread.low == spread.high:
        return str(spread.best)
    return f"{spread.best} ({spread.low}–{spread.high})"


def strikes_table(out: IO[str], strikes: list[Strike], color: bool = False) -> None:
    from rich.text import Text

    title = f"{len(strikes)} strike(s) across all reports"
    console, table = inert_table(out, color, title, MERGED_COLUMNS)
    for s in strikes:
        cells = [place_cell(s.location, s.country), iso(s.date) or "—", s.weapon,
                 count_range(s.killed), count_range(s.injured), str(len(s.reports)),
                 "; ".join(s.sources) or "—", "yes" if s.contested else "no"]  # fmt: skip
        table.add_row(*(Text(inert(c)) for c in cells))
    console.print(table)


# ---------------------------------------------------------------- the format table


@dataclass(frozen=True)
class OutputFormat:
    name: str
    extensions: tuple[str, ...]
    events: Callable[[IO[str], list[Result], str, bool], None]
    strikes: Callable[[IO[str], list[Strike], bool], None]


FORMATS = {
    f.name: f
    for f in (
        OutputFormat("table", (".txt",), write_table, strikes_table),
        OutputFormat("json", (".json",), write_json, strikes_json),
        OutputFormat("jsonl", (".jsonl", ".ndjson"), write_jsonl, strikes_jsonl),
        OutputFormat("csv", (".csv",), write_csv, strikes_csv),
        OutputFormat("geojson", (".geojson",), write_geojson, strikes_geojson),
        OutputFormat("acled", (), write_acled, strikes_acled),
    )
}
DEFAULT_FORMAT = "table"


def format_for(requested: str | None, output: str | None) -> str:
    """The format asked for, else the one the output's extension names, else the table."""
    if requested:
        return requested
    suffix = Path(output).suffix.lower() if output and output != "-" else ""
    return next((f.name for f in FORMATS.values() if suffix in f.extensions), DEFAULT_FORMAT)
