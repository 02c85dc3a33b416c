import datetime as dt

import pytest

from conflict_extract import extract
from conflict_extract.dates import find_dates

MONDAY = dt.date(2020, 10, 5)


@pytest.mark.parametrize(
    ("sentence", "expected", "reported"),
    [
        ("Rockets fell on the town on Sunday.", "2020-10-04", False),
        ("Rockets fell on the town early on Monday.", "2020-10-05", False),
        ("The mayor said on Saturday that shells hit the market.", "2020-10-03", True),
        ("The depot was struck yesterday.", "2020-10-04", False),
        ("The depot was struck last night.", "2020-10-05", False),
        ("The bridge was hit on October 2.", "2020-10-02", False),
        ("The bridge was hit on Oct. 1.", "2020-10-01", False),
        ("The bridge was hit on 30 September.", "2020-09-30", False),
        ("The bridge was hit on the 3rd of October.", "2020-10-03", False),
        ("The attack on December 29, 2019 was the worst.", "2019-12-29", False),
        ("The depot was shelled three days ago.", "2020-10-02", False),
        # a dateline's date, closed by a dash or a colon, dates the report
        ("Khartoum, Oct 4: At least 40 civilians were killed in Nyala.", "2020-10-04", True),
        ("GAZA, Oct 4 (Wire) - An airstrike hit Rafah.", "2020-10-04", True),
        # a day that opens the sentence before its speaker is the speech day; "overnight" is
        # counted from it
        ("On Saturday, the governor said a drone hit the port.", "2020-10-03", True),
    ],
)
def test_resolves_against_publication_date(sentence: str, expected: str, reported: bool) -> None:
    found = find_dates(sentence, MONDAY)
    assert [d.date.isoformat() for d in found] == [expected]
    assert found[0].reported is reported


@pytest.mark.parametrize(
    "sentence",
    [
        "The clashes erupted on September 27 and continue.",
        "Since October 1 the city has been calm.",
    ],
)
def test_war_spans_are_not_strike_days(sentence: str) -> None:
    assert find_dates(sentence, MONDAY) == []


def test_overnight_counts_from_the_speech_day() -> None:
    found = find_dates("Drones hit Odesa overnight, the governor said on Saturday.", MONDAY)
    assert [(d.text, d.date.isoformat(), d.reported) for d in found] == [
        ("overnight", "2020-10-03", False),
        ("Saturday", "2020-10-03", True),
    ]


def test_month_day_after_publication_is_last_year() -> None:
    found = find_dates("The strike on December 30 was remembered.", dt.date(2021, 1, 4))
    assert found[0].date == dt.date(2020, 12, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling resumed three days ago.", "2024-03-08"),
        ("A week ago drones hit the port.", "2024-03-04"),
        ("Two weeks earlier the plant was struck.", "2024-02-26"),
        ("Drones hit the port 48 hours ago.", "2024-03-09"),
        ("Last Monday drones hit the port.", "2024-03-04"),
        ("Drones hit the port on Monday last week.", "2024-03-04"),
        ("The strike on 04.10.2020 destroyed homes.", "2020-10-04"),
        ("The strike on 4/10/20 destroyed homes.", "2020-10-04"),
        ("The strike on 10/25/2020 destroyed homes.", "2020-10-25"),
        ("On the night of March 9-10 drones struck.", "2024-03-10"),
        ("The attack on March 9-10 hit two towns.", "2024-03-09"),
        ("Drones hit the depot on the 3rd.", "2024-03-03"),
        ("Drones hit the depot on the 28th.", "2024-02-28"),
    ],
)
def test_more_date_forms(text: str, expected: str) -> None:
    found = find_dates(text, dt.date(2024, 3, 11))
    assert [d.date.isoformat() for d in found] == [expected]


# A sentence that dates the same place dates the strike told after it with no day of its own
# (several wars); a day stated for another place does not.
SAME_PLACE_DAY = [
    ("On Sunday, Israeli warplanes flew over Hodeidah. Later the airstrikes targeted the "
     "Hodeidah port, officials said.", "Hodeidah", "2024-09-29"),
    ("On Saturday, residents of Kherson woke to explosions. Russian shells hit Kherson, the "
     "governor said.", "Kherson", "2024-09-28"),
    ("On Saturday, talks were held in Baku. Armenian shells hit Tartar, the ministry said.",
     "Tartar", "2024-09-30"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "day"), SAME_PLACE_DAY)
def test_a_day_stated_for_the_same_place_dates_the_strike(text: str, place: str, day: str) -> None:
    events = {e.location: e for e in extract(f" date 2024-09-30 {text}")}
    assert events[place].date.isoformat() == day


# A month with no day ("In February", "since March", "in May 2024") leaves the day unknown.
MONTH_ONLY = [
    "In February, the Houthis claimed an attack on Abha airport.",
    "In May 2024, Russian missiles hit Kharkiv.",
    "Since March, Israeli strikes have hit Rafah.",
    "Earlier in October, shells hit Tartar.",
]


@pytest.mark.parametrize("text", MONTH_ONLY)
def test_a_month_without_a_day_leaves_the_day_unknown(text: str) -> None:
    assert [e.date for e in extract(f" date 2024-09-30 {text}")] == [None]


@pytest.mark.parametrize(
    "night", ["October 3-4", "October 3 to 4", "October 3–4", "October 3 into 4"]
)
def test_the_night_of_two_days_is_the_second(night: str) -> None:
    (event,) = extract(f" date 2020-10-05 Missiles hit Lviv on the night of {night}.")
    assert event.date == dt.date(2020, 10, 4)


def test_a_day_years_before_the_report_does_not_date_the_story() -> None:
    text = (" date 2025-05-07 This is the first such shelling since the ceasefire was renewed "
            "on February 25, 2021.\n\nShells hit Poonch in India, officials said.")  # fmt: skip
    assert [e.date for e in extract(text)] == [dt.date(2025, 5, 7)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a recap cue inside a relative clause describes a noun, not the strike
        ("Drones attacked the Izmail port district, which has been key to grain exports in "
         "recent months, the governor said.", "2024-03-11"),
        ("Missiles hit Kramatorsk, which has repeatedly come under fire, the mayor said.",
         "2024-03-11"),
        ("Shells hit Tartar, whose residents have fled in recent weeks, officials said.",
         "2024-03-11"),
        ("In Rafah, where Israeli tanks have operated since May, residents said tanks shelled "
         "the Tel al-Sultan neighbourhood.", "2024-03-11"),
        ("In Kupiansk, where Russian troops have pressed for months, artillery hit a school, "
         "the governor said.", "2024-03-11"),
        # the cue in the main clause still makes a recap with no day
        ("In recent months, drones have attacked Izmail repeatedly.", None),
    ],
)  # fmt: skip
def test_a_recap_cue_in_a_relative_clause_dates_nothing(text: str, day: str | None) -> None:
    (event,) = extract(f" date 2024-03-11 {text}")
    assert (event.date.isoformat() if event.date else None) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day an attack began dates the attack; the day a war began dates nothing
        ("Shells hit a school in Tartar. The attack began on March 9, residents said.",
         "2024-03-09"),
        ("Drones hit Kharkiv. The bombardment started on March 9, officials said.", "2024-03-09"),
        ("The war began on September 27. Shells hit Tartar, officials said.", "2024-03-11"),
    ],
)  # fmt: skip
def test_the_day_an_attack_began_dates_it(text: str, day: str) -> None:
    (event,) = [
        e for e in extract(f" date 2024-03-11 {text}") if e.location in ("Tartar", "Kharkiv")
    ]
    assert event.date.isoformat() == day


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Shells hit Berd on July 13 and 14.", True),
        ("Shells hit Berd on 13-14 July.", True),
        ("On Friday and Saturday, shells hit Berd.", True),
        ("Shells hit Berd over the weekend.", True),
        ("Shells hit Berd on the weekend.", True),
        ("Shells hit Berd on Saturday and Goris on Sunday.", False),
        ("Shells hit Berd on the night of July 13-14.", False),
        ("Drones came during the night from Friday to Saturday.", False),
        ("Shells hit Berd on July 13.", False),
    ],
)
def test_two_days_do_not_fix_one(text: str, span: bool) -> None:
    mentions = find_dates(text, dt.date(2020, 7, 20))
    assert mentions and any(m.span for m in mentions) is span


@pytest.mark.parametrize(
    "text", ["A rocket hit the 19th-century church.", "Drones hit the depot for the 3rd time."]
)
def test_an_ordinal_that_is_no_day(text: str) -> None:
    assert find_dates(text, dt.date(2024, 3, 11)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit the depot on Monday, March 4.",
        "On Monday, 4 March, shells hit the market.",
        "The strike on Monday (March 4) killed two.",
    ],
)
def test_a_calendar_day_beside_a_weekday_fixes_it(text: str) -> None:
    """A Monday article: "Monday, March 4" is the week before, not the report's day."""
    found = find_dates(text, dt.date(2024, 3, 11))
    assert {d.date.isoformat() for d in found} == {"2024-03-04"}


@pytest.mark.parametrize("part", ["day", "morning", "evening", "night"])
def test_the_following_part_of_a_day_is_the_day_after_the_story(part: str) -> None:
    text = f" date 2024-03-11 Shells hit Kherson on Friday. The following {part}, drones struck Nikopol."
    days = {e.location: e.date.isoformat() for e in extract(text)}
    assert days == {"Kherson": "2024-03-08", "Nikopol": "2024-03-09"}
