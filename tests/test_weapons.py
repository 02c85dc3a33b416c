import pytest

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
