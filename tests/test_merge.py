"""Three reports of one strike and one unrelated strike (invented)."""

from dataclasses import replace

import pytest

from conflict_extract import Event, Report, Spread, merge_events

BARDA = {"location": "Barda", "mention": "Barda", "country": "AZ", "kind": "settlement",
         "lat": 40.3758, "lon": 47.1262, "date": "2020-10-28", "weapon": "rocket"}  # fmt: skip


def report(article: str, published: str, **fields) -> Report:
    return Report(article, published, Event(**fields))


REPORTS = [
    report("a.txt", "2020-10-28", **BARDA, killed=19, injured=60,
           sources=["Azerbaijan's prosecutor"], evidence="Rockets hit Barda."),
    report("b.txt", "2020-10-29", **{**BARDA, "weapon": "unspecified"}, killed=21, injured=70,
           sources=["Human Rights Watch"], denied_by=["Armenia's Defence Ministry"],
           evidence="The attack on Barda killed 21."),
    report("c.txt", "2020-10-28", **{**BARDA, "lat": 40.38, "lon": 47.12}, killed=20,
           sources=["Azerbaijan's prosecutor", "Reuters witnesses"], evidence="Barda was shelled."),
    report("c.txt", "2020-10-28", location="Tartar", mention="Tartar", country="AZ",
           lat=40.342, lon=46.932, date="2020-10-28", weapon="artillery", injured=2,
           evidence="Tartar too."),
]  # fmt: skip


@pytest.fixture(scope="module")
def merged():
    return {m.location: m for m in merge_events(REPORTS)}


def test_one_record_per_strike(merged) -> None:
    assert sorted(merged) == ["Barda", "Tartar"]
    assert len(merged["Barda"].reports) == 3 and len(merged["Tartar"].reports) == 1


def test_counts_low_best_high(merged) -> None:
    assert merged["Barda"].killed == Spread(19, 21, 21)
    assert merged["Barda"].injured == Spread(60, 70, 70)
    assert merged["Tartar"].killed == Spread(None, None, None)


def test_sources_contested_and_dates(merged) -> None:
    barda = merged["Barda"]
    assert barda.sources == [
        "Azerbaijan's prosecutor",
        "Reuters witnesses",
        "Human Rights Watch",
    ]
    assert barda.contested is True and merged["Tartar"].contested is False
    assert (barda.first_published, barda.last_published) == ("2020-10-28", "2020-10-29")
    assert barda.weapon == "rocket"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"date": "2020-10-29"}, 2),
        ({"weapon": "drone"}, 2),
        ({"lat": 40.5}, 2),
        ({"weapon": "unspecified"}, 1),
    ],
)
def test_what_splits_a_strike(change: dict, expected: int) -> None:
    first, third = REPORTS[0], REPORTS[2]
    changed = Report(third.article, third.published, replace(third.event, **change))
    assert len(merge_events([first, changed])) == expected


def test_cli_merge(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from conflict_extract.cli.main import app

    texts = {
        "a.txt": " date 2020-10-29 Rockets hit Barda on Wednesday, killing 19, the prosecutor said.",
        "b.txt": " date 2020-10-30 Rockets struck Barda on Wednesday, killing 21, Human Rights Watch said.",
        "c.txt": " date 2020-10-29 Shells hit Tartar on Wednesday, the ministry said.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["--merge", "--json", str(tmp_path), "--workers", "1"])
    merged = {m["location"]: m for m in json.loads(result.stdout)}
    assert merged["Barda"]["reports"] == 2
    assert merged["Barda"]["killed"] == {"low": 19, "best": 21, "high": 21}
    assert [r["article"] for r in merged["Barda"]["report_list"]] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]
    table = CliRunner().invoke(app, ["--merge", str(tmp_path), "--workers", "1"]).stdout
    assert "21 (19–21)" in table
