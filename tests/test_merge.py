"""Three reports of one strike and one unrelated strike (invented)."""

import pytest

from conflict_extract.merge import merge_events

BARDA = {"location": "Barda", "country": "AZ", "kind": "settlement", "lat": 40.3758, "lon": 47.1262,
         "date": "2020-10-28", "weapon": "rocket"}  # fmt: skip
REPORTS = [
    {**BARDA, "article": "a.txt", "published": "2020-10-28", "killed": 19, "injured": 60,
     "sources": ["Azerbaijan's prosecutor"], "denied_by": [], "evidence": "Rockets hit Barda."},
    {**BARDA, "article": "b.txt", "published": "2020-10-29", "killed": 21, "injured": 70,
     "sources": ["Human Rights Watch"], "denied_by": ["Armenia's Defence Ministry"],
     "evidence": "The attack on Barda killed 21.", "weapon": "unspecified"},
    {**BARDA, "article": "c.txt", "published": "2020-10-28", "killed": 20, "injured": None,
     "sources": ["Azerbaijan's prosecutor", "Reuters witnesses"], "denied_by": [],
     "evidence": "Barda was shelled.", "lat": 40.38, "lon": 47.12},
    {"location": "Tartar", "country": "AZ", "kind": "settlement", "lat": 40.342, "lon": 46.932,
     "date": "2020-10-28", "weapon": "artillery", "article": "c.txt", "published": "2020-10-28",
     "killed": None, "injured": 2, "sources": [], "denied_by": [], "evidence": "Tartar too."},
]  # fmt: skip


@pytest.fixture(scope="module")
def merged():
    return {m["location"]: m for m in merge_events(REPORTS)}


def test_one_record_per_strike(merged) -> None:
    assert sorted(merged) == ["Barda", "Tartar"]
    assert merged["Barda"]["reports"] == 3 and merged["Tartar"]["reports"] == 1


def test_counts_low_best_high(merged) -> None:
    assert merged["Barda"]["killed"] == {"low": 19, "best": 21, "high": 21}
    assert merged["Barda"]["injured"] == {"low": 60, "best": 70, "high": 70}
    assert merged["Tartar"]["killed"] == {"low": None, "best": None, "high": None}


def test_sources_contested_and_dates(merged) -> None:
    barda = merged["Barda"]
    assert barda["sources"] == [
        "Azerbaijan's prosecutor",
        "Reuters witnesses",
        "Human Rights Watch",
    ]
    assert barda["contested"] is True and merged["Tartar"]["contested"] is False
    assert (barda["first_published"], barda["last_published"]) == ("2020-10-28", "2020-10-29")
    assert barda["weapon"] == "rocket"


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
    rows = [REPORTS[0], {**REPORTS[2], **change}]
    assert len(merge_events(rows)) == expected


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
