"""Fields an analyst expects, and the ACLED export read back with pandas (invented articles)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract import extract, to_dataframe
from conflict_extract.cli.main import app
from conflict_extract.cli.render import ACLED_COLUMNS

pd = pytest.importorskip("pandas")

ARTICLES = {
    "kharkiv.txt": " date 2024-03-11 Russian missiles hit Kharkiv on Sunday, killing 3 and "
    "wounding 12, the regional governor said.\n",
    "village.txt": " date 2024-03-11 Drones struck the village of Zorbak near Goris.\n",
    "region.txt": " date 2024-03-11 Shells hit the Tartar region, the ministry said.\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_acled_export_loads_with_acleds_columns(folder: Path) -> None:
    result = CliRunner().invoke(app, [str(folder), "-f", "acled", "--workers", "1"])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert tuple(frame.columns) == ACLED_COLUMNS
    kharkiv = frame[frame.location == "Kharkiv"].iloc[0]
    assert kharkiv.event_date == "2024-03-10" and kharkiv.year == 2024
    assert kharkiv.time_precision == 1 and kharkiv.geo_precision == 1
    assert kharkiv.event_type == "Explosions/Remote violence"
    assert kharkiv.sub_event_type == "Shelling/artillery/missile attack"
    assert kharkiv.country == "Ukraine" and "Kharkiv" in kharkiv.admin1
    assert kharkiv.fatalities == 3 and kharkiv.tags == "injured=12"
    assert frame.fatalities.dtype.kind == "i" and frame.latitude.dtype.kind == "f"


@pytest.mark.parametrize(
    ("text", "place", "geo_precision", "sub_event_type"),
    [
        (ARTICLES["kharkiv.txt"], "Kharkiv", 1, "Shelling/artillery/missile attack"),
        (ARTICLES["village.txt"], "Zorbak", 2, "Air/drone strike"),
        (ARTICLES["region.txt"], "Tartar District", 3, "Shelling/artillery/missile attack"),
    ],
)
def test_precision_and_event_types(
    text: str, place: str, geo_precision: int, sub_event_type: str
) -> None:
    event = next(e for e in extract(text) if e.location == place)
    assert (event.geo_precision, event.sub_event_type) == (geo_precision, sub_event_type)


def test_ids_are_stable_and_distinct() -> None:
    first = [e.event_id for e in extract(ARTICLES["village.txt"])]
    again = [e.event_id for e in extract(ARTICLES["village.txt"])]
    assert first == again and len(set(first)) == len(first)
    assert all(i.startswith("CE") and len(i) == 16 for i in first)


def test_geonames_id_country_name_and_admin_areas() -> None:
    (event,) = [e for e in extract(ARTICLES["kharkiv.txt"]) if e.location == "Kharkiv"]
    assert event.geonames_id == 706483
    assert event.country_name == "Ukraine"
    assert event.admin2 == "Kharkiv Raion"


def test_undated_event_has_month_precision() -> None:
    (event,) = extract(" date 2024-03-11 In 1992, shells hit Khojaly.")
    assert event.date is None and event.time_precision == 3


def test_to_dataframe() -> None:
    frame = to_dataframe(extract(ARTICLES["kharkiv.txt"]))
    assert frame.loc[0, "location"] == "Kharkiv"
    assert str(frame["date"].dtype).startswith("datetime64")


@pytest.mark.parametrize(
    ("sentence", "actor", "party"),
    [
        ("Armenian forces shelled Tartar on Sunday.", "Armenian forces", "Armenia"),
        ("The Rapid Support Forces shelled El Fasher on Sunday.", "Rapid Support Forces", "RSF"),
        ("Israeli jets struck Rafah on Sunday.", "Israel", "Israel"),
        ("Houthi rebels fired missiles at Marib on Sunday.", "Houthi rebels", "Houthis"),
        ("Russia launched drones at Odesa on Sunday.", "Russia", "Russia"),
        ("Hezbollah fired rockets at Kiryat Shmona on Sunday.", "Hezbollah", "Hezbollah"),
        ("Rockets hit Barda on Sunday.", None, None),  # a weapon is no actor
        # the party before the attack word: "a Russian strike", "an Israeli air strike"
        ("Kharkiv burned after a Russian strike on Sunday.", "Russia", "Russia"),
        ("An Israeli air strike hit a home in Khan Younis on Sunday.", "Israel", "Israel"),
        (
            "A drone operated by the Rapid Support Forces hit El Fasher on Sunday.",
            "Rapid Support Forces",
            "RSF",
        ),
        # African and other parties (data/parties.csv)
        ("Al-Shabaab fighters shelled Mogadishu on Sunday.", "Al-Shabaab fighters", "al-Shabaab"),
        ("A Somali airstrike hit Jilib on Sunday.", "Somalia", "Somalia"),
        ("Malian army drones struck Kidal on Sunday.", "Malian army", "Mali"),
        ("British warplanes struck Sanaa on Sunday.", "United Kingdom", "United Kingdom"),
        # a force whose name begins with a nation's word is its own party
        (
            "The Syrian Democratic Forces shelled Manbij on Sunday.",
            "Syrian Democratic Forces",
            "SDF",
        ),
        (
            "The Kachin Independence Army shelled Bhamo on Sunday.",
            "Kachin Independence Army",
            "KIA",
        ),
        ("Tigray forces shelled Mekelle on Sunday.", "Tigray forces", "TPLF"),
        ("JNIM fighters shelled Timbuktu on Sunday.", "JNIM fighters", "JNIM"),
        # "the armed forces of X" subjecting a place to fire, or pounding it
        (
            "The armed forces of Armenia subjected Ganja to artillery fire on Sunday.",
            "armed forces of Armenia",
            "Armenia",
        ),
        ("Russian forces pounded Kharkiv with missiles on Sunday.", "Russian forces", "Russia"),
        # where fire came from is no actor
        ("A mortar round fired from Syria landed in a field in Metula on Sunday.", None, None),
        ("A Syrian mortar round landed in a field in Metula on Sunday.", "Syria", "Syria"),
        ("Shells fired from Berdsk and Goris hit Tovuz on Sunday.", None, None),
        ("Rockets fired from southern Lebanon hit a field in Metula on Sunday.", None, None),
        # a party's spokesman reporting the group's own strike names the party
        (
            "Houthi military spokesman Yahya Saree said in a televised statement that the group "
            "fired a ballistic missile at Jaffa on Sunday.",
            "Houthis",
            "Houthis",
        ),
        (
            "Hezbollah spokesman Mohammad Afif said the group fired rockets at Haifa on Sunday.",
            "Hezbollah",
            "Hezbollah",
        ),
        # a people in the plural; a state's army by its possessive (not the RSF of Sudan)
        ("Israelis bombed Khan Younis on Sunday.", "Israelis", "Israel"),
        ("Iranians launched missiles at Haifa on Sunday.", "Iranians", "Iran"),
        ("Sudan's army shelled Omdurman on Sunday.", "Sudan's army", "Sudanese Armed Forces"),
        ("Haftar's forces shelled Tripoli on Sunday.", "Haftar's forces", "Libyan National Army"),
        ("Al-Qassam Brigades fired rockets at Sderot on Sunday.", "Al-Qassam Brigades", "Hamas"),
        # a body's report of its own strike: its nation, or its nation's force
        (
            "Russia's defence ministry said it had struck energy facilities in Kharkiv.",
            "Russia",
            "Russia",
        ),
        (
            "Ukraine's SBU security service said its drones struck a refinery in Ryazan.",
            "Ukraine",
            "Ukraine",
        ),
        (
            "Sudan's Rapid Support Forces shelled El Obeid on Sunday.",
            "Sudan's Rapid Support Forces",
            "RSF",
        ),
    ],
)
def test_actor_is_a_party(sentence: str, actor: str | None, party: str | None) -> None:
    (event,) = extract(f" date 2024-03-11 {sentence}")
    assert (event.actor, event.actor_party) == (actor, party)


@pytest.mark.parametrize(
    ("denial", "expected"),
    [
        ("Armenia denied targeting Mingachevir.", {"Ganja": [], "Mingachevir": ["Armenia"]}),
        ("Armenia denied the claims.", {"Ganja": ["Armenia"], "Mingachevir": ["Armenia"]}),
        ("Moscow's defence ministry rejected reports of strikes on Sumy.",
         {"Ganja": [], "Mingachevir": []}),
    ],
)  # fmt: skip
def test_a_denial_covers_the_places_it_names(denial: str, expected: dict) -> None:
    text = (
        f" date 2024-03-11 Missiles hit Ganja and Mingachevir on Sunday, officials said. {denial}"
    )
    found = {e.location: e.denied_by for e in extract(text) if e.location in expected}
    assert {k: [n.split("’")[0] for n in v] for k, v in found.items()} == expected
