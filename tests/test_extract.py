"""Whole articles through the library API (invented wording)."""

import datetime as dt

import pytest

from conflict_extract import extract

from .conftest import SEED, needs_shared

ARTICLE = """ date 2021-06-14 Overnight barrage hits two towns

Rockets struck Barda and Tartar late on Sunday, killing three civilians, Azerbaijan's Defence Ministry said.

The fighting has killed dozens since the spring, officials say.

Separately, a drone attack on Beylagan early on Monday wounded two people, according to local police.

The army threatened to strike Yevlakh next.
"""


@pytest.fixture(scope="module")
def events():
    return {e.location: e for e in extract(ARTICLE)}


def test_one_event_per_target(events) -> None:
    assert sorted(events) == ["Barda", "Beylagan", "Tartar"]


@pytest.mark.parametrize(
    ("place", "field", "expected"),
    [
        ("Barda", "date", "2021-06-13"),
        ("Barda", "date_basis", "explicit"),
        ("Barda", "weapon", "rocket"),
        ("Tartar", "killed", None),  # three over the list "Barda and Tartar": no one place's
        ("Barda", "country", "AZ"),
        ("Beylagan", "date", "2021-06-14"),
        ("Beylagan", "weapon", "drone"),
        ("Beylagan", "injured", 2),
        ("Beylagan", "killed", None),
        ("Beylagan", "sources", ["local police"]),
        ("Tartar", "sources", ["Azerbaijan's Defence Ministry"]),
    ],
)
def test_fields(events, place: str, field: str, expected) -> None:
    assert events[place].to_dict()[field] == expected  # dates as ISO text


def test_evidence_and_spans_point_into_the_text(events) -> None:
    event = events["Beylagan"]
    start, end = event.spans["mention"]
    assert ARTICLE[start:end] == "Beylagan"
    assert "drone attack on Beylagan" in event.evidence


def test_published_argument_overrides_date_line() -> None:
    found = extract(ARTICLE, published=dt.date(2021, 6, 21))
    assert {e.date for e in found if e.location == "Barda"} == {dt.date(2021, 6, 20)}


def test_no_strike_no_events() -> None:
    assert extract("The ministers met in Geneva to discuss a ceasefire on Friday.") == []


@needs_shared(SEED)
def test_seed_article() -> None:
    found = {e.location: e for e in extract(SEED.read_bytes())}
    assert set(found) == {"Ganja", "Mingachevir", "Khizi District", "Absheron District"}
    ganja = found["Ganja"]
    assert (ganja.date, ganja.weapon, ganja.killed, ganja.injured) == (
        dt.date(2020, 10, 4),
        "missile",
        1,
        32,
    )
    # the one source of every event: the aide who reported the attack (issue 16)
    assert all(all("Hajiyev" in s for s in e.sources) and e.sources for e in found.values())
    assert any("Defence Ministry" in d for d in ganja.denied_by)
    assert abs(ganja.distance_km - 101) <= 2
    assert found["Mingachevir"].date == dt.date(2020, 10, 4)
    assert abs(found["Mingachevir"].distance_km - 108) <= 2
    assert [e.weapon for e in found.values()] == ["missile"] * 4
    assert found["Mingachevir"].killed is None


@pytest.mark.parametrize(
    ("article", "place", "date", "basis"),
    [
        # the report's day in the sentence: implied
        ("The governor said on Tuesday that rockets hit Barda.", "Barda", "2021-06-08", "implied"),
        # a dateline's date ranks below the report's day
        ("BAKU (Wire - 14th June, 2021) Rockets hit Barda, the governor said on Sunday.",
         "Barda", "2021-06-13", "implied"),
        # the narrative: the previous strike sentence dates this one
        ("A missile struck Ganja on Saturday. The attack also damaged homes in Goranboy.",
         "Goranboy", "2021-06-12", "implied"),
        # a strike under way: the publication day
        ("Tartar is being shelled, residents said.", "Tartar", "2021-06-14", "implied"),
        # a byline date in the lede does not date the strike: same-day news, the report's day
        ("14 June, 2021\n\nOfficials said rockets hit Barda.", "Barda", "2021-06-14", "implied"),
        # a recap of earlier strikes has no day unless it states one
        ("Earlier this month, Russia launched missile attacks on Kharkiv, Sumy and Odesa, "
         "among others.", "Sumy", None, None),
        ("Civilian areas of Nabatieh, Tyre and Baalbek have been targeted.", "Tyre", None, None),
        # the night of the 12th to the 13th: the strike is after midnight
        ("On the night of June 12-13, drones struck Kursk.", "Kursk", "2021-06-13", "explicit"),
        # "a day earlier" counts back from the report
        ("The ministry said seven people were killed in strikes on Tyre a day earlier.", "Tyre",
         "2021-06-13", "explicit"),
        # "Saturday's strike": the day the strike word carries
        ("Residents of Barda cleared rubble on Monday after Saturday's strike on the city.",
         "Barda", "2021-06-12", "explicit"),
    ],
)  # fmt: skip
def test_dates_from_context(article: str, place: str, date: str | None, basis: str | None) -> None:
    found = {e.location: e for e in extract(f" date 2021-06-14 Azerbaijan.\n\n{article}\n")}
    assert (found[place].to_dict()["date"], found[place].date_basis) == (date, basis)


def test_one_day_article_shares_its_sources() -> None:
    text = (" date 2021-06-14 Azerbaijan.\n\nRockets hit Barda and Tartar on Sunday.\n\n"
            "The emergency service confirmed the damage, Amnesty International said.\n")  # fmt: skip
    found = {e.location: e.sources for e in extract(text)}
    assert sorted(found) == ["Barda", "Tartar"]
    assert all("Amnesty International" in sources for sources in found.values())
