import pytest
from geopy.distance import geodesic

from conflict_extract import extract
from conflict_extract.gazetteer import default_gazetteer, nation_code
from conflict_extract.places import Mention, candidates, resolve_name

# Approximate true coordinates of each place, for a 10 km check.
TRUTH = {
    "Stepanakert": (39.815, 46.752),
    "Shusha": (39.760, 46.750),
    "Martakert": (40.214, 46.813),
    "Kashatagh": (39.641, 46.547),
    "Kalbajar": (40.102, 46.038),
    "Tartar": (40.342, 46.932),
    "Ganja": (40.682, 46.361),
    "Mingachevir": (40.764, 47.062),
}


def resolve(name: str, context: str = "Nagorno-Karabakh Azerbaijan") -> tuple[float, float]:
    place = resolve_name(default_gazetteer(), name, context)
    assert place is not None, name
    return place.lat, place.lon


@pytest.mark.parametrize(
    ("name", "truth"),
    [
        ("Stepanakert", "Stepanakert"), ("Khankendi", "Stepanakert"), ("Xankəndi", "Stepanakert"),
        ("Shusha", "Shusha"), ("Shushi", "Shusha"),
        ("Martakert", "Martakert"), ("Aghdara", "Martakert"), ("Ağdərə", "Martakert"),
        ("Kashatagh", "Kashatagh"), ("Lachin", "Kashatagh"), ("Berdzor", "Kashatagh"),
        ("Kalbajar", "Kalbajar"), ("Karvachar", "Kalbajar"), ("Kelbajar", "Kalbajar"),
        ("Tartar", "Tartar"), ("Terter", "Tartar"), ("Tərtər", "Tartar"),
        ("Ganja", "Ganja"), ("Gyanja", "Ganja"), ("Gəncə", "Ganja"),
        ("Mingachevir", "Mingachevir"), ("Mingəçevir", "Mingachevir"),
    ],
)  # fmt: skip
def test_variants_resolve_to_the_place(name: str, truth: str) -> None:
    assert geodesic(resolve(name), TRUTH[truth]).km < 10


def test_martuni_depends_on_context() -> None:
    with_karabakh = resolve("Martuni", "Shelling in Nagorno-Karabakh and Armenia")
    without = resolve("Martuni", "")
    assert geodesic(with_karabakh, (39.795, 47.113)).km < 10
    assert geodesic(without, (40.140, 45.302)).km < 10


@pytest.mark.parametrize("name", ["Armenian", "Azerbaijani", "Azerbaijan", "Ministry", "Sunday"])
def test_not_places(name: str) -> None:
    assert candidates(default_gazetteer(), Mention(name, 0, len(name))) == []


def test_ganja_to_stepanakert_distance() -> None:
    assert abs(geodesic(resolve("Ganja"), resolve("Stepanakert")).km - 101) <= 2


def test_the_two_halves_of_the_index_cover_every_city_once() -> None:
    import json

    from conflict_extract.gazetteer import city_boundary, iter_cities_in

    cities = {str(i): {"geonameid": i, "name": f"Town {i}", "alternatenames": ["}, \"x"]}
              for i in range(1, 40)}  # fmt: skip
    text = json.dumps(cities)
    middle = city_boundary(text, len(text) // 2)
    first = [c["geonameid"] for c in iter_cities_in(text, 1, middle)]
    second = [c["geonameid"] for c in iter_cities_in(text, middle, len(text))]
    assert first + second == list(range(1, 40))
    assert first and second


@pytest.mark.parametrize(
    ("word", "code"),
    [("Chile", "CL"), ("Azeri", "AZ"), ("Ukrainian", "UA"), ("Lebanese", "LB"),
     ("Kila", None), ("Kfar", None), ("Metula", None)],
)  # fmt: skip
def test_a_nation_is_named_by_its_spelling_not_a_sound_alike(word: str, code: str | None) -> None:
    """'Kila' (of Kfar Kila) sounds like 'Chile' under the loose place key: not a country."""
    assert nation_code(word) == code


# Names no gazetteer knows that open a list in a strike role are kept, placed beside the
# list's known place; alone, such a name is no place.
UNKNOWN_LIST_LEADS = [
    ("Israeli strikes on Sunday hit Khiam, Qlayaa and Bint Jbeil.",
     ["Khiam", "Qlayaa", "Bint Jbeil"]),
    ("Artillery shells hit Ayta al-Shaab, Ramyeh and Tyre on Sunday.",
     ["Ayta al-Shaab", "Ramyeh", "Tyre"]),
    ("RSF drones struck Hillat Sharif and El Fasher on Sunday.", ["Hillat Sharif", "El Fasher"]),
    ("Russian missiles hit Dovhenke and Kharkiv on Sunday.", ["Dovhenke", "Kharkiv"]),
    ("Israeli strikes hit Qlayaa on Sunday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), UNKNOWN_LIST_LEADS)
def test_unknown_names_opening_a_list_are_placed_beside_it(text: str, places: list[str]) -> None:
    events = extract(f" date 2024-03-11 {text}")
    assert [e.mention for e in events] == places
    assert all(e.lat is not None for e in events)
    if events:
        last = events[-1]
        assert all(abs(e.lat - last.lat) < 1 and abs(e.lon - last.lon) < 1 for e in events)


@pytest.mark.parametrize(
    ("word", "capital"),
    [("al-Shaab", True), ("ez-Zor", True), ("ash-Shughur", True), ("an-Numan", True),
     ("as-Sadr", True), ("ez-zor", False), ("pro-Russian", False), ("anti-Hamas", False)],
)  # fmt: skip
def test_a_word_after_the_arabic_article_is_capitalised_by_its_rest(
    word: str, capital: bool
) -> None:
    from conflict_extract.places import capitalised

    assert capitalised(word) is capital


# A small place matched only under another spelling, far from the rest of its list, is the
# list's (placed beside it), not a namesake 300 km off.
SPELT_FAR = [
    ("Drones attacked Orikhiv, Mala Tokmachka and Novoandriivka on Sunday.", "Novoandriivka",
     (47.57, 35.78)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "near"), SPELT_FAR)
def test_a_place_spelt_otherwise_far_from_its_list_lies_beside_it(
    text: str, place: str, near: tuple[float, float]
) -> None:
    (event,) = [e for e in extract(text, published="2024-03-11") if e.location == place]
    assert geodesic((event.lat, event.lon), near).km < 50
