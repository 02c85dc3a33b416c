import pytest

from conflict_extract import extract
from conflict_extract.weapons import nearest_weapon, weapons_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A ballistic missile struck the port.", "missile"),
        ("Grad rockets fell on the village.", "rocket"),
        ("The town was shelled overnight.", "artillery"),
        ("Mortar rounds hit the school.", "artillery"),
        ("Warplanes bombed the market.", "air"),
        ("An airstrike destroyed the bridge.", "air"),
        ("A Shahed drone hit an apartment block.", "drone"),
        ("The city came under attack.", None),
        # named systems of several wars
        ("A Lancet hit a bus.", "drone"),
        ("A Geran-2 hit the depot.", "drone"),
        ("A Tornado-S salvo hit the town.", "rocket"),
        ("HIMARS hit the bridge.", "rocket"),
        ("A Kinzhal hit the airfield.", "missile"),
        ("An ATACMS struck the base.", "missile"),
    ],
)
def test_weapon_words(sentence: str, expected: str | None) -> None:
    best = nearest_weapon(weapons_in(sentence), 0)
    assert (best[0] if best else None) == expected


def test_nearest_weapon_wins() -> None:
    sentence = "After days of shelling, a missile hit Ganja."
    assert nearest_weapon(weapons_in(sentence), sentence.index("Ganja"))[0] == "missile"


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        ("Missile strike on Ganja, shelling in Tartar", "Ganja", "missile"),
        ("Missile strike on Ganja, shelling in Tartar", "Tartar", "artillery"),
        ("Barda was hit by rockets overnight.", "Barda", "rocket"),
    ],
)
def test_weapon_of_each_place(sentence: str, place: str, expected: str) -> None:
    best = nearest_weapon(weapons_in(sentence), sentence.index(place), sentence)
    assert best[0] == expected


# "The bombardment", "the attack": a definite strike noun refers back to the strikes told
# before, and takes their weapon; an indefinite one names no weapon.
REFERS_BACK = [
    ("Israeli airstrikes hit Damascus on Sunday. Officials said power was cut across the city. "
     "The bombardment extended to Homs, where two people were hurt.", "Homs", "air"),
    ("Russian missiles struck Kyiv on Sunday. Officials said power was cut across the city. "
     "The attack also reached Bucha, where two people were hurt.", "Bucha", "missile"),
    ("Azerbaijani artillery shelled Martuni on Sunday. Officials said power was cut in the "
     "town. The shelling also reached Askeran, where two people were hurt.", "Askeran",
     "artillery"),
    ("RSF drones struck El Fasher on Sunday. Officials said power was cut across the city. "
     "This attack also hit Kutum, where two people were hurt.", "Kutum", "drone"),
    ("Israeli airstrikes hit Damascus on Sunday. Officials said power was cut across the city. "
     "An attack hit Homs on Monday, where two people were hurt.", "Homs", "unspecified"),
    # ... and one told just after, that names no place of its own, refers back too
    ("Six villages of Tovuz were damaged on Sunday. Thirty houses were hit. As a result of the "
     "intensive shelling, power lines were cut.", "Tovuz", "artillery"),
    ("A Russian attack hit Kharkiv on Sunday. Power was cut in several districts. The missile "
     "strike also damaged a school.", "Kharkiv", "missile"),
    ("An attack hit Omdurman on Sunday. Power was cut in several districts. Shelling hit "
     "Bahri the same day.", "Omdurman", "unspecified"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "weapon"), REFERS_BACK)
def test_the_attack_takes_the_weapon_told_before(text: str, place: str, weapon: str) -> None:
    events = [e for e in extract(f" date 2024-03-11 {text}") if e.location == place]
    assert [e.weapon for e in events] == [weapon]
