"""The verification page: every article with each field's evidence highlighted in place,
the events (and merged strikes) beside it, filters and a search box, the timeline.

One self-contained HTML file: no network, one inline script allowed by its hash (Content
Security Policy), and article text inserted only as escaped text, never as markup.
"""

from __future__ import annotations

import base64
import hashlib
import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .render import inert_line

if TYPE_CHECKING:
    from conflict_extract import Event, Strike

    from .inputs import Result

# Span keys of an event -> the field a reader sees (list fields are "sources.0", "denied_by.1").
FIELD_OF_SPAN = {"mention": "place", "date": "date", "weapon": "weapon", "killed": "killed",
                 "injured": "injured", "actor": "actor", "sources": "source",
                 "denied_by": "denial", "evidence": "evidence"}  # fmt: skip
# Field -> highlight colour; the order is the order of precedence where spans overlap.
FIELD_COLOURS = {
    "place": "#ffe082", "date": "#90caf9", "weapon": "#ffab91", "killed": "#ef9a9a",
    "injured": "#f8bbd0", "source": "#a5d6a7", "actor": "#ce93d8", "denial": "#b0bec5",
    "evidence": "transparent",
}  # fmt: skip
FILTERS = ("place", "date", "weapon")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    field: str
    row: str  # the id of the event's row in the table
    label: str


def esc(value: object) -> str:
    """Text for HTML text and attributes: escaped, one line for short fields."""
    return html.escape("" if value is None else str(value), quote=True)


def field_of(key: str) -> str | None:
    return FIELD_OF_SPAN.get(key.split(".")[0])


def marks_of(event: Event, row: str, length: int) -> list[Mark]:
    marks = []
    for key, (start, end) in event.spans.items():
        field = field_of(key)
        start, end = max(0, start), min(length, end)
        if field and start < end:
            label = f"{field}: {field_value(event, key)} (event at {event.location})"
            marks.append(Mark(start, end, field, row, label))
    return marks


def field_value(event: Event, key: str) -> str:
    name, _, index = key.partition(".")
    if name == "mention":
        return event.location
    value = getattr(event, name, "")
    if index and isinstance(value, list):
        return str(value[int(index)]) if int(index) < len(value) else ""
    return "" if name == "evidence" else str(value)


def highlighted(text: str, marks: list[Mark]) -> str:
    """The text escaped, with each stretch covered by marks in one <mark> naming the fields
    and events that cover it, and which field of which event ("e0-1:killed") in data-pairs
    (so overlapping evidence stays visible)."""
    lead = len(text) - len(text.lstrip())  # a blanked date line: offsets kept, not shown
    cuts = sorted({lead, len(text), *(m.start for m in marks if m.start >= lead),
                   *(m.end for m in marks if m.end > lead)})  # fmt: skip
    parts = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = esc(text[start:end])
        covering = [m for m in marks if m.start <= start and m.end >= end]
        if not covering:
            parts.append(piece)
            continue
        fields = sorted({m.field for m in covering}, key=list(FIELD_COLOURS).index)
        rows = " ".join(dict.fromkeys(m.row for m in covering))
        pairs = " ".join(dict.fromkeys(f"{m.row}:{m.field}" for m in covering))
        title = "\n".join(dict.fromkeys(m.label for m in covering))
        parts.append(
            f'<mark class="f-{fields[0]}" data-fields="{" ".join(fields)}" data-events="{rows}" '
            f'data-pairs="{pairs}" title="{esc(title)}">{piece}</mark>'
        )
    return "".join(parts)


def link(url: str | None) -> str:
    """A web page's URL as a link only when it is http(s); otherwise as text."""
    if not url:
        return ""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(url)}</a>'
    return esc(url)


def article_section(index: int, result: Result) -> tuple[str, list[str]]:
    """The article's section and its events' table rows."""
    article_id = f"a{index}"
    read = result.read
    text = read.text if read else ""
    rows, marks = [], []
    for number, event in enumerate(result.events):
        row = row_id(index, number)
        marks += marks_of(event, row, len(text))
        rows.append(event_row(event, row, article_id))
    heading = (read and read.title) or result.article
    outlet = read.outlet if read else None
    meta = " · ".join(
        esc(x) for x in (outlet, result.published and f"published {result.published}") if x
    )
    body = highlighted(text, marks) if text else ""
    problem = f'<p class="problem">{esc(inert_line(result.error))}</p>' if result.error else ""
    notes = "".join(f'<p class="note">note: {esc(inert_line(n))}</p>' for n in result.notes)
    section = (
        f'<section class="article" id="{article_id}">'
        f"<h2>{esc(heading)}</h2>"
        f'<p class="meta"><span class="file">{esc(result.article)}</span> {meta} {link(read.url if read else None)}</p>'
        f'{problem}{notes}<div class="text">{body}</div></section>'
    )
    return section, rows


def row_id(article: int, event: int) -> str:
    """The id of an event's table row, which its highlights and merged strikes point to."""
    return f"e{article}-{event}"


def event_row(event: Event, row: str, article_id: str) -> str:
    cells = [
        f'<a href="#{article_id}">{esc(event.location)}</a>', esc(event.country),
        esc(event.date), esc(event.weapon), esc(event.killed), esc(event.injured),
        esc("; ".join(event.sources)), esc(event.actor), esc("; ".join(event.denied_by)),
    ]  # fmt: skip
    return (
        f'<tr class="event" id="{row}" data-article="{article_id}" data-event-id="{esc(event.event_id)}" '
        f"{filter_attributes(event)}>{td(cells)}</tr>"
    )


def strike_rows(strikes: list[Strike], row_of: dict[int, str]) -> list[str]:
    rows = []
    for strike in strikes:
        reports = " ".join(
            f'<a href="#{row_of[id(r.event)]}">{esc(r.article)}</a>'
            for r in strike.reports
            if id(r.event) in row_of
        )
        contested = f"contested by {esc('; '.join(strike.denied_by))}" if strike.contested else ""
        cells = [esc(strike.location), esc(strike.date), esc(strike.weapon),
                 spread_cell(strike.killed), spread_cell(strike.injured), reports, contested]  # fmt: skip
        rows.append(f'<tr class="strike" {filter_attributes(strike)}>{td(cells)}</tr>')
    return rows


def td(cells: list[str]) -> str:
    return "".join(f"<td>{cell}</td>" for cell in cells)


def filter_values(item: Event | Strike) -> dict[str, object]:
    """What the place, date and weapon filters compare, for an event or a merged strike."""
    return {"place": item.location, "date": item.date or "", "weapon": item.weapon}


def filter_attributes(item: Event | Strike) -> str:
    return " ".join(f'data-{k}="{esc(v)}"' for k, v in filter_values(item).items())


def spread_cell(spread) -> str:  # type: ignore[no-untyped-def]
    if spread.best is None:
        return ""
    if spread.low == spread.high:
        return esc(spread.best)
    return f"{esc(spread.best)} <small>({esc(spread.low)}–{esc(spread.high)})</small>"


def options_for(results: list[Result], name: str) -> str:
    values = sorted({str(v) for r in results for e in r.events if (v := filter_values(e)[name])})
    listed = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
    return (
        f'<label>{name} <select id="filter-{name}" data-field="{name}">'
        f'<option value="">all</option>{listed}</select></label>'
    )


def timeline_image(strikes: list[Strike]) -> str:
    from .maps import MapsUnavailable
    from .timeline import timeline_svg

    try:
        svg = timeline_svg(strikes)
    except MapsUnavailable as error:
        return f'<p class="note">{esc(error)}</p>'
    if svg is None:
        return '<p class="note">No dated strike to draw.</p>'
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img id="timeline" alt="Strikes and casualties per day" src="data:image/svg+xml;base64,{data}">'


def legend() -> str:
    items = "".join(
        f'<span class="f-{field}">{field}</span>' for field in FIELD_COLOURS if field != "evidence"
    )
    return f'<p class="legend">Highlights: {items} <span class="f-evidence">evidence sentence</span></p>'


EVENT_HEAD = ("place", "country", "date", "weapon", "killed", "injured", "sources", "actor",
              "denied by")  # fmt: skip
STRIKE_HEAD = ("place", "date", "weapon", "killed", "injured", "reports", "contested")


def table(table_id: str, head: tuple[str, ...], rows: list[str]) -> str:
    cells = "".join(f"<th>{h}</th>" for h in head)
    return f'<table id="{table_id}"><thead><tr>{cells}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def build_page(results: list[Result], strikes: list[Strike] | None, timeline: list[Strike]) -> str:
    sections, rows, row_of = [], [], {}
    for index, result in enumerate(results):
        section, event_rows = article_section(index, result)
        sections.append(section)
        rows += event_rows
        for number, event in enumerate(result.events):
            row_of[id(event)] = row_id(index, number)
    events = len(rows)
    merged = ""
    if strikes is not None:
        merged = f"<h2>Strikes merged across reports</h2>{table('strikes', STRIKE_HEAD, strike_rows(strikes, row_of))}"
    controls = "".join(options_for(results, name) for name in FILTERS)
    script = SCRIPT
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
              f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")  # fmt: skip
    return PAGE.format(
        policy=policy, style=STYLE, articles=len(results), events=events,
        timeline=timeline_image(timeline), controls=controls, legend=legend(),
        table=table("events", EVENT_HEAD, rows), merged=merged, sections="".join(sections),
        script=script,
    )  # fmt: skip


def write_report(results: list[Result], strikes: list[Strike] | None, output: str) -> None:
    from .batch import merged

    timeline = strikes if strikes is not None else merged(results)
    page = build_page(results, strikes, timeline)
    Path(output).write_text(page, encoding="utf-8")


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>conflict-extract report</title><style>{style}</style></head>
<body>
<header><h1>Strike events: {articles} article(s), {events} event(s)</h1>
<p>Each field an event was read from is highlighted in its article; hover a highlight for the
field and the event, click an event to mark its evidence.</p></header>
<details class="timeline" open><summary>Timeline: strikes and casualties per day</summary>{timeline}</details>
<div class="controls">{controls}
<label>search <input id="search" type="search" placeholder="place, source, any word"></label>
<span><span id="shown">{events}</span> of {events} event(s) shown</span></div>
{legend}
<main><div class="tables"><h2>Events</h2>{table}{merged}</div>
<div class="articles">{sections}</div></main>
<script>{script}</script>
</body></html>
"""

STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 1.5em;color:#222}
header h1{font-size:1.4em;margin:.6em 0 .2em}
.controls{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ddd;
display:flex;gap:1em;flex-wrap:wrap;align-items:center;z-index:2}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5em}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eee;padding:.25em .4em;text-align:left;vertical-align:top}
tr.event{cursor:pointer} tr.event:hover{background:#f5f5f5} tr.focus{background:#fff3c4}
.article{border-top:2px solid #ccc;padding:.3em 0 1em}
.article h2{font-size:1.1em;margin:.4em 0}
.meta{color:#666;font-size:12px;margin:0 0 .5em} .problem{color:#b00020}
.note{color:#666;font-size:12px;margin:0 0 .3em}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark{padding:0 1px;border-radius:2px;color:inherit}
mark.focus{outline:2px solid #d32f2f}
mark[data-fields~="evidence"]{text-decoration:underline dotted #999}
.legend span{padding:0 .3em;margin-right:.3em;border-radius:2px}
#timeline{width:100%;max-width:1100px;height:auto}
.legend .f-evidence{text-decoration:underline dotted #999}
summary{cursor:pointer;color:#555}
""" + "".join(f".f-{name}{{background:{colour}}}\n" for name, colour in FIELD_COLOURS.items())

SCRIPT = """
(function () {
  "use strict";
  var all = function (selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); };
  var filters = all(".controls select");
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  function passes(row, text) {
    var fields = filters.every(function (f) { return !f.value || row.getAttribute("data-" + f.dataset.field) === f.value; });
    return fields && (!text || row.textContent.toLowerCase().indexOf(text) >= 0 || articleHas(row, text));
  }
  function articleHas(row, text) {
    var article = row.dataset.article && document.getElementById(row.dataset.article);
    return !!article && article.textContent.toLowerCase().indexOf(text) >= 0;
  }
  function apply() {
    var text = search.value.trim().toLowerCase();
    var filtering = filters.some(function (f) { return f.value; });
    var articles = {};
    var count = 0;
    all("tr.event").forEach(function (row) {
      var ok = passes(row, text);
      row.hidden = !ok;
      if (ok) { count += 1; articles[row.dataset.article] = true; }
    });
    all("tr.strike").forEach(function (row) { row.hidden = !passes(row, text); });
    all("section.article").forEach(function (section) {
      var matches = !text || section.textContent.toLowerCase().indexOf(text) >= 0;
      section.hidden = !(articles[section.id] || (!filtering && matches));
    });
    shown.textContent = String(count);
  }
  filters.forEach(function (f) { f.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  all("tr.event").forEach(function (row) {
    row.addEventListener("click", function () {
      all(".focus").forEach(function (el) { el.classList.remove("focus"); });
      row.classList.add("focus");
      var marks = all("mark").filter(function (m) { return m.dataset.events.split(" ").indexOf(row.id) >= 0; });
      marks.forEach(function (m) { m.classList.add("focus"); });
      if (marks.length) { marks[0].scrollIntoView({block: "center"}); }
    });
  });
  apply();
})();
"""
