"""Saved web pages as input (issue 17): the main text through trafilatura, so menus and
"related news" give no strike, and the page's metadata gives title, outlet, URL and date."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract import extract, read_article
from conflict_extract.cli.main import app

# An invented news page: navigation and related-news links that read like strikes, a footer,
# the metadata an outlet's CMS writes.
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Rockets hit Sderot, three wounded | Negev Courier</title>
<meta property="og:site_name" content="Negev Courier">
<meta property="og:title" content="Rockets hit Sderot, three wounded">
<meta property="og:url" content="https://negev-courier.example/2024/03/sderot-rockets">
<meta property="article:published_time" content="2024-03-11T08:15:00+02:00">
<script>var trending = "Missiles struck Haifa port killing 40";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li>
<li><a href="/live">Drone strike on Eilat kills two: live updates</a></li>
<li><a href="/north">Shelling of Kiryat Shmona wounds six</a></li></ul></nav>
<header><h1>Rockets hit Sderot, three wounded</h1></header>
<article>
<p>Rockets fired from the Gaza Strip hit Sderot on Sunday evening, wounding three people,
the Magen David Adom ambulance service said.</p>
<p>Two of the wounded were taken to Barzilai hospital in Ashkelon in moderate condition, a
hospital spokeswoman said.</p>
<p>Air-raid sirens sounded across the region several times during the night.</p>
</article>
<aside><h3>Related news</h3><ul>
<li><a href="/a">Airstrike on Rafah kills 12, Gaza health ministry says</a></li>
<li><a href="/b">Hezbollah drones hit Metula, two injured</a></li></ul></aside>
<footer>(c) 2024 Negev Courier. Drone strike coverage archive.</footer>
</body></html>
"""

NAVIGATION_PLACES = {"Eilat", "Kiryat Shmona", "Rafah", "Metula", "Haifa"}


@pytest.fixture(scope="module")
def page_events():  # type: ignore[no-untyped-def]
    return extract(PAGE)


def test_no_strike_comes_from_navigation_or_related_news(page_events) -> None:
    assert [e.location for e in page_events] == ["Sderot"]
    assert not {e.location for e in page_events} & NAVIGATION_PLACES


def test_the_strike_of_the_page_is_read_whole(page_events) -> None:
    (event,) = page_events
    assert (event.injured, event.weapon, event.date.isoformat()) == (3, "rocket", "2024-03-10")
    assert event.sources == ["the Magen David Adom ambulance service"]


def test_title_outlet_url_and_date_come_from_the_metadata(page_events) -> None:
    (event,) = page_events
    assert event.title == "Rockets hit Sderot, three wounded"
    assert event.outlet == "Negev Courier"
    assert event.url == "https://negev-courier.example/2024/03/sderot-rockets"
    assert read_article(PAGE).published.isoformat() == "2024-03-11"


def test_a_date_line_comes_before_the_metadata() -> None:
    article = read_article(" date 2024-03-12 " + PAGE)
    assert article.published.isoformat() == "2024-03-12"


def test_plain_text_keeps_its_headline_as_title() -> None:
    text = " date 2024-03-11 Rockets hit Sderot\n\nRockets hit Sderot on Sunday, police said.\n"
    (event,) = extract(text)
    assert (event.title, event.outlet, event.url) == ("Rockets hit Sderot", None, None)


def test_a_first_line_that_is_a_sentence_is_no_title() -> None:
    assert read_article("Rockets hit Sderot on Sunday, police said.\n\nMore.").title is None


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page_saved_as.txt"])
def test_folders_take_saved_pages_and_the_outputs_carry_the_metadata(
    tmp_path: Path, name: str
) -> None:
    (tmp_path / name).write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["-f", "jsonl", "--workers", "1", str(tmp_path)])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["location"], row["outlet"], row["published"]) == (
        "Sderot",
        "Negev Courier",
        "2024-03-11",
    )


def test_acled_source_names_the_outlet_then_whom_it_cites(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["-f", "acled", "--workers", "1", str(tmp_path)])
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["source"] == "Negev Courier; the Magen David Adom ambulance service"


def test_a_page_the_extractor_cannot_take_is_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("parser failure")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    article = read_article("<html><body><p>Shells hit Kharkiv on Sunday.</p></body></html>")
    assert "Shells hit Kharkiv on Sunday." in article.text


def test_csv_carries_title_outlet_url_and_the_merged_rows_their_outlets(tmp_path: Path) -> None:
    hostile = PAGE.replace("Negev Courier", "=cmd|' /C calc'!A0")
    (tmp_path / "page.html").write_text(hostile, encoding="utf-8")
    plain = CliRunner().invoke(app, ["-f", "csv", "--workers", "1", str(tmp_path)])
    (row,) = list(csv.DictReader(io.StringIO(plain.stdout)))
    assert row["title"] == "Rockets hit Sderot, three wounded"
    assert row["url"] == "https://negev-courier.example/2024/03/sderot-rockets"
    assert row["outlet"].startswith("'=")  # a spreadsheet formula neutralised
    merged = CliRunner().invoke(app, ["-f", "csv", "--merge", "--workers", "1", str(tmp_path)])
    (strike,) = list(csv.DictReader(io.StringIO(merged.stdout)))
    assert strike["outlets"].startswith("'=")


RELATED = """ date 2024-10-21
Israeli jets struck Tyre on Sunday, killing four people, the health ministry said.

{marker}
- Houthis claim missile attack on Eilat
Drone strike hits Kharkiv apartment block

The ministry said rescue work went on through the night in Tyre.
"""


@pytest.mark.parametrize(
    "marker",
    [
        "Related news",
        "READ MORE:",
        "Also read",
        "Recommended",
        "Most read",
        "Top stories",
        "Also on our site:",
        "Follow us on Telegram:",
        "In other news",
    ],
)
def test_related_headlines_are_not_the_story(marker: str) -> None:
    events = extract(RELATED.format(marker=marker))
    assert [e.location for e in events] == ["Tyre"]
    article = read_article(RELATED.format(marker=marker))
    assert len(article.text) == len(RELATED.format(marker=marker))  # offsets kept
    assert "rescue work went on" in article.text  # prose after the list is kept


@pytest.mark.parametrize("marker", ["Read also:", "Related:", "READ MORE:"])
def test_a_related_link_inside_a_pages_article_is_not_the_story(marker: str) -> None:
    page = (
        "<html><head><title>Shelling kills two in Kherson</title></head><body><article>"
        "<h1>Shelling kills two in Kherson</h1><p>Russian shelling killed two people in Kherson "
        "on Sunday, regional governor Oleksandr Prokudin said.</p>"
        f'<p>{marker} <a href="/odesa">Drones hit Odesa</a></p></article></body></html>'
    )
    assert [(e.location, e.killed) for e in extract(page, published="2024-03-11")] == [
        ("Kherson", 2)
    ]


def test_a_line_that_only_begins_like_a_marker_is_kept() -> None:
    text = (
        " date 2024-10-21\nShells hit Tartar on Sunday.\nRelatedly, drones hit Goris on Sunday.\n"
    )
    assert [e.location for e in extract(text)] == ["Tartar", "Goris"]


def test_a_headline_on_the_marker_line_is_blanked() -> None:
    text = " date 2024-10-21\nShells hit Tartar on Sunday.\nREAD MORE: Missiles hit Kharkiv\n"
    assert [e.location for e in extract(text)] == ["Tartar"]


# A page's list of other news after the article, each headline followed by its view count
# and a time stamp dated after the article: none of it is the story.
LATER_LISTING = """ date 2024-03-11
Shells hit Tartar on Sunday, the ministry said.
|
Russian drones struck Kharkiv as talks stalled
1204 12.06.2024, 09:15Missiles hit Odesa port
88 14.06.2024, 18:40
The ministry said the shelling of Tartar went on.
"""


def test_a_caption_before_its_photo_credit_is_no_strike_sentence() -> None:
    text = (
        " date 2024-03-11\nA school in Kherson that was hit by the Russians.\n"
        "Photo: Olena Petrenko\n\nShelling hit Goris on Sunday, the ministry said.\n"
    )
    assert [e.location for e in extract(text)] == ["Goris"]


def test_an_embedded_post_is_not_the_report() -> None:
    text = (
        " date 2024-03-11\nShells hit Tartar on Sunday, the ministry said.\n"
        "Drones just hit Odesa again. — Ivan Petrov (@ivanpetrov) March 2, 2024\n"
        "Rescuers worked through the night.\n"
    )
    assert [e.location for e in extract(text)] == ["Tartar"]
    assert len(read_article(text).text) == len(text)  # offsets kept


def test_a_later_dated_news_list_is_not_the_story() -> None:
    events = extract(LATER_LISTING)
    assert [e.location for e in events] == ["Tartar"]
    article = read_article(LATER_LISTING)
    assert len(article.text) == len(LATER_LISTING)  # offsets kept
    assert "went on" in article.text  # prose after the list is kept
    assert "Kharkiv" not in article.text and "Odesa" not in article.text


def test_the_articles_own_time_stamp_is_kept() -> None:
    text = " date 2024-03-11\n1098 10.03.2024, 19:00 Shells hit Tartar on Sunday.\n"
    assert [e.location for e in extract(text)] == ["Tartar"]


def test_a_caption_whose_credit_is_printed_twice_on_its_own_line_is_no_strike() -> None:
    text = (
        " date 2024-08-04\nPalestinians inspect a school hit by an Israeli strike in Deir al-Balah "
        "on Saturday, July 27, 2024.\n(Eyad Baba/AFP/Getty Images/TNS)  (Eyad Baba/AFP)\n\n"
        "An Israeli strike hit a school in Gaza City on Sunday, killing 30.\n"
    )
    assert [e.location for e in extract(text)] == ["Gaza City"]


@pytest.mark.parametrize(
    "caption",
    [
        "Rescuers work at a building hit by a drone in Kharkiv, Ukraine, March 9, 2024. "
        "REUTERS/Vyacheslav Madiyevskyy",
        "A house destroyed by shelling in Tartar, Azerbaijan, October 5, 2020. REUTERS/Umit Bektas",
    ],
)
def test_a_wire_photo_caption_with_its_credit_in_capitals_is_no_strike(caption: str) -> None:
    text = f" date 2024-03-11\nShells hit Goris on Sunday, officials said.\n{caption}\n"
    assert [e.location for e in extract(text)] == ["Goris"]
