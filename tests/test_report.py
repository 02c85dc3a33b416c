"""The verification page and the timeline (issue 17): every field's evidence highlighted in its
article, filters and search working in a browser with no network, hostile text inert."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract.cli.main import app
from conflict_extract.cli.report import FIELD_OF_SPAN

from .browser import needs_browser, run_in_browser

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples"

HOSTILE = (
    " date 2021-06-14 Rockets hit Barda on Sunday, killing 2, said `${globalThis.PWNED=1}` "
    'and <script>globalThis.PWNED=2</script><img src=x onerror="globalThis.PWNED=4"> and '
    "\u2028 a line.\n\nShells struck Tartar on Sunday, the ministry said ${globalThis.PWNED=3}.\n"
)


def invoke(*args: str) -> None:
    result = CliRunner().invoke(app, [*args, "--workers", "1"])
    assert result.exit_code == 0, result.output


def report_of(folder: Path, *extra: str) -> str:
    out = folder / "report.html"
    invoke("report", *[str(p) for p in sorted(folder.glob("*.txt"))], "-o", str(out), *extra)
    return out.read_text(encoding="utf-8")


def examples_with_hostile(tmp_path: Path) -> Path:
    for path in EXAMPLES.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "zz_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return tmp_path


def expected_fields(folder: Path) -> dict[str, set[str]]:
    """event_id -> the fields it has spans for, from the JSON output of the same files."""
    result = CliRunner().invoke(
        app, ["-f", "jsonl", "--workers", "1", *[str(p) for p in sorted(folder.glob("*.txt"))]]
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return {r["event_id"]: {FIELD_OF_SPAN[k.split(".")[0]] for k in r["spans"]} for r in rows}


class Marks(HTMLParser):
    """Rows (id -> event id) and marks (row id -> fields) of a report page."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, str] = {}
        self.fields: dict[str, set[str]] = {}
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "tr" and found.get("data-event-id"):
            self.rows[found["id"] or ""] = found["data-event-id"] or ""
        if tag == "mark":
            for pair in (found.get("data-pairs") or "").split():
                row, field = pair.split(":")
                self.fields.setdefault(row, set()).add(field)
        self.scripts += tag == "script"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return examples_with_hostile(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def page(folder: Path) -> str:
    return report_of(folder, "--merge")


def test_every_field_of_every_event_is_highlighted_in_its_article(folder: Path, page: str) -> None:
    parsed = Marks()
    parsed.feed(page)
    expected = expected_fields(folder)
    assert len(parsed.rows) == len(expected) >= 9
    for row, event_id in parsed.rows.items():
        assert parsed.fields[row] == expected[event_id], event_id


def test_hostile_article_text_is_text_not_markup(page: str) -> None:
    parsed = Marks()
    parsed.feed(page)
    assert parsed.scripts == 1  # ours only
    assert "&lt;script&gt;globalThis.PWNED=2&lt;/script&gt;" in page
    assert "<img src=x" not in page and 'onerror="globalThis' not in page


def test_the_page_is_self_contained_and_its_one_script_is_pinned_by_hash(page: str) -> None:
    assert not re.search(r'(?:src|href)="(?!data:|#)', page.replace('href="#', "")), "external"
    script = re.search(r"<script>(.*?)</script>", page, re.DOTALL)[1]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page and "default-src 'none'" in page


def test_merged_strikes_show_spread_and_who_contests_them(page: str) -> None:
    strikes = page[page.index('<table id="strikes">') :]
    assert "contested by Armenia&#x27;s Defence Ministry" in strikes
    assert strikes.count('<tr class="strike"') >= 8


def test_the_page_embeds_the_timeline(page: str) -> None:
    image = re.search(r'<img id="timeline"[^>]*src="data:image/svg\+xml;base64,([^"]+)"', page)
    svg = base64.b64decode(image[1]).decode()
    assert "Strikes per day by party blamed" in svg and "Strikes per day by weapon" in svg


PROBE = """
setTimeout(function () {
  function visible(selector) {
    return Array.prototype.filter.call(document.querySelectorAll(selector),
      function (el) { return !el.hidden; }).length;
  }
  function set(id, value, kind) {
    var el = document.getElementById(id); el.value = value; el.dispatchEvent(new Event(kind));
  }
  var seen = {pwned: globalThis.PWNED || 0, scripts: document.scripts.length, fields: {}};
  Array.prototype.forEach.call(document.querySelectorAll("mark"), function (mark) {
    mark.dataset.pairs.split(" ").forEach(function (pair) {
      var parts = pair.split(":");
      var row = document.getElementById(parts[0]);
      var id = row.dataset.eventId;
      seen.fields[id] = seen.fields[id] || [];
      if (seen.fields[id].indexOf(parts[1]) < 0) { seen.fields[id].push(parts[1]); }
    });
  });
  var text = document.querySelector("section.article:last-child .text").textContent;
  seen.hostileShown = text.indexOf("\\u003cscript>globalThis.PWNED=2\\u003c/script>") >= 0;
  seen.all = visible("tr.event");
  set("filter-place", "Ganja", "change");
  seen.place = [visible("tr.event"), visible("section.article"), visible("tr.strike")];
  set("filter-place", "", "change");
  set("filter-weapon", "drone", "change");
  seen.weapon = visible("tr.event");
  set("filter-weapon", "", "change");
  set("filter-date", "2020-10-30", "change");
  seen.date = visible("tr.event");
  set("filter-date", "", "change");
  set("search", "prosecutor", "input");
  seen.search = [visible("tr.event"), visible("section.article")];
  document.querySelector("tr.event").click();
  seen.focused = document.querySelectorAll("mark.focus").length;
  document.title = JSON.stringify(seen);
}, 300);
"""


def with_probe(page: str) -> str:
    """The page with the test's probe script, allowed by its hash like the page's own."""
    digest = base64.b64encode(hashlib.sha256(PROBE.encode()).digest()).decode()
    page = page.replace("script-src 'sha256-", f"script-src 'sha256-{digest}' 'sha256-")
    return page.replace("</body>", f"<script>{PROBE}</script></body>")


@needs_browser
def test_filters_search_and_focus_work_in_a_browser_offline(
    tmp_path: Path, folder: Path, page: str
) -> None:
    path = tmp_path / "probed.html"
    path.write_text(with_probe(page), encoding="utf-8")
    seen = run_in_browser(path)
    assert seen["pwned"] == 0 and seen["scripts"] == 2 and seen["hostileShown"]
    # every field of every event is highlighted in the DOM, found by field and event
    assert {k: set(v) for k, v in seen["fields"].items()} == expected_fields(folder)
    assert seen["all"] >= 9
    assert seen["place"] == [1, 1, 1]  # one event at Ganja, its article, its strike
    assert seen["weapon"] == 2 and seen["date"] == 2  # drones: Martakert, Gazakh; two on Oct 30
    assert seen["search"] == [1, 1]  # the Barda event, told by the prosecutor's office
    assert seen["focused"] >= 4  # place, date, weapon, counts, source of the first event


def test_timeline_png_and_svg(tmp_path: Path) -> None:
    for name in ("t.png", "t.svg"):
        invoke("timeline", str(EXAMPLES), "-o", str(tmp_path / name))
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    svg = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert "Killed and injured per day" in svg and "artillery" in svg


@pytest.mark.parametrize(("command", "name"), [("timeline", "t.pdf"), ("report", "r.txt")])
def test_wrong_output_suffix_is_a_usage_error(tmp_path: Path, command: str, name: str) -> None:
    result = CliRunner().invoke(app, [command, str(EXAMPLES), "-o", str(tmp_path / name)])
    assert result.exit_code == 2 and "--output must end in" in result.stderr


def test_a_saved_page_shows_its_title_outlet_and_only_an_http_link(tmp_path: Path) -> None:
    from .test_pages import PAGE

    (tmp_path / "good.html").write_text(PAGE, encoding="utf-8")
    bad = PAGE.replace(
        "https://negev-courier.example/2024/03/sderot-rockets", "javascript:alert(1)"
    )
    (tmp_path / "bad.html").write_text(bad, encoding="utf-8")
    out = tmp_path / "report.html"
    invoke("report", str(tmp_path), "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert page.count("<h2>Rockets hit Sderot, three wounded</h2>") == 2
    assert "Negev Courier" in page
    assert "note: main text of a web page (trafilatura)" in page
    assert 'href="https://negev-courier.example/2024/03/sderot-rockets"' in page
    assert 'href="javascript:' not in page


def test_a_timeline_with_no_dated_strike_is_still_drawn(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The ministers met in Geneva on Friday.\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["timeline", str(tmp_path), "-o", str(tmp_path / "t.png"), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")


def test_a_report_of_an_empty_folder_says_so(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(app, ["report", str(tmp_path / "in"), "-o", str(out)])
    assert result.exit_code == 0 and "0 article(s), 0 event(s)" in result.stderr
