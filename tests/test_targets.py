"""Which places a strike sentence makes targets (invented sentences)."""

import pytest

from conflict_extract import extract


def targets(sentence: str, context: str = "Azerbaijan Armenia Nagorno-Karabakh.") -> list[str]:
    text = f" date 2021-05-10 {context}\n\n{sentence}\n"
    return sorted(e.location for e in extract(text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rockets struck Barda and Tartar overnight.", ["Barda", "Tartar"]),
        ("Tartar, Aghdam and Barda came under fire on Sunday.", ["Aghdam", "Barda", "Tartar"]),
        ("Shells hit Barda, 230 kilometres west of Azerbaijan's capital, Baku.", ["Barda"]),
        ("BAKU, May 9 (Wire) - Rockets hit Tartar, the ministry said.", ["Tartar"]),
        ("Baku accused Yerevan of shelling Tartar.", ["Tartar"]),
        # a capital that calls, condemns or vows speaks for its government
        ("Shells hit Kherson in what Kyiv called a war crime.", ["Kherson"]),
        ("Moscow condemned the drone strike on Belgorod.", ["Belgorod"]),
        ("Officials in Baku said rockets hit Barda.", ["Barda"]),
        ("Missiles were fired from Armenia at Ganja.", ["Ganja"]),
        # an official's seat, when the sentence names no other place hit (its market here)
        ("Ganja's mayor said rockets hit the market.", ["Ganja"]),
        ("Ganja's mayor said rockets hit the market in Barda.", ["Barda"]),
        ("The villages of Qaraqoyunlu and Yeniqishlaq of the Tartar region came under fire.",
         ["Qaraqoyunlu", "Yeniqishlaq"]),
        ("Shells hit the Goranboy region.", ["Goranboy District"]),
        ("A deal was struck in Moscow to exchange prisoners.", []),
        ("Azerbaijan threatened to strike Martakert.", []),
        ("Like Barda, Tartar has come under regular fire since October.", []),
        ("Spokesman Colonel Vugar Ganja said the strike hit a school.", []),
        # what was hit stands in the place: the place is the target, not a speaker's seat
        ("A Russian missile hit the post office in Kharkiv.", ["Kharkiv"]),
        ("A drone struck the embassy in Kyiv.", ["Kyiv"]),
        ("Talks in Geneva stalled as shells hit Tartar.", ["Tartar"]),
    ],
)  # fmt: skip
def test_targets(sentence: str, expected: list[str]) -> None:
    assert targets(sentence) == expected


def test_unknown_village_in_a_district_takes_its_centre() -> None:
    text = " date 2021-05-10 Azerbaijan.\n\nThe village of Qaraqoyunlu in the Tartar region was shelled.\n"
    (event,) = extract(text)
    assert event.location == "Qaraqoyunlu"
    assert (event.lat, event.lon) == pytest.approx((40.342, 46.932), abs=0.01)


@pytest.mark.parametrize("where", ["10 km north of Kadugli", "near Kadugli", "outside Kadugli"])
def test_unknown_village_takes_the_place_that_locates_it(where: str) -> None:
    (event,) = extract(f" date 2024-03-11 Shells hit the village of Umm Sirra, {where}, on Sunday.")
    assert event.location == "Umm Sirra"
    assert (event.lat, event.lon) == pytest.approx((11.01, 29.72), abs=0.05)


@pytest.mark.parametrize(
    ("village", "where", "near"),
    [
        # the namesake by the town the sentence names, not the bigger one far off
        ("Vilkhivka", "east of Kharkiv", (49.99, 36.51)),
        ("Vilkhivka", "near Kharkiv", (49.99, 36.51)),
        # only namesakes far off: the name stands where the sentence puts it
        ("Zolotarivka", "20 km north of Kharkiv", (49.98, 36.25)),
        ("Tsyrkuny", "outside Kharkiv", (50.07, 36.34)),
        # called a village: not the city of that name far off
        ("Paris", "a village near Kupiansk", (49.71, 37.61)),
    ],
)
def test_a_village_lies_by_the_town_that_locates_it(
    village: str, where: str, near: tuple[float, float]
) -> None:
    (event,) = extract(
        f" date 2024-09-16 A glide bomb hit the village of {village}, {where}, on Sunday."
    )
    assert event.location == village
    assert (event.lat, event.lon) == pytest.approx(near, abs=0.1)


def test_a_town_keeps_its_own_place_whatever_town_locates_it() -> None:
    (event,) = extract(" date 2024-09-16 Drones struck Kharkiv, north of Dnipro, on Sunday.")
    assert (event.lat, event.lon) == pytest.approx((49.98, 36.25), abs=0.05)


def test_an_unknown_village_hit_on_two_days_is_placed_once_for_both() -> None:
    text = (
        " date 2024-03-11 Drones hit the Umm Sirra camp, east of Kadugli, on Sunday.\n\n"
        "On Friday, shells hit the Umm Sirra camp, killing two."
    )
    events = extract(text)
    assert [e.location for e in events] == ["Umm Sirra", "Umm Sirra"]
    assert all(e.lat == pytest.approx(11.01, abs=0.05) for e in events)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a hamlet's foreign namesake far from every other place of the list is not it
        ("Shells hit the villages of Alibeyli and Aghdam in Tovuz on Sunday.", "Alibeyli", "AZ"),
        # places of two countries named together stay where they are
        ("Missiles hit Kharkiv and Belgorod on Sunday.", "Belgorod", "RU"),
        ("Rockets hit Metula and Kfar Kila on Sunday.", "Kfar Kila", "LB"),
    ],
)  # fmt: skip
def test_a_far_namesake_in_a_list_takes_its_neighbours_place(
    text: str, place: str, country: str
) -> None:
    events = {e.location: e for e in extract(f" date 2024-03-11 {text}")}
    assert events[place].country == country


def test_villages_in_a_town_lie_in_its_area() -> None:
    text = " date 2020-07-20 Shells hit the villages of Yaygi, Alibeyli and Aghdam in Tovuz."
    events = extract(text)
    assert [e.location for e in events] == ["Yaygi", "Alibeyli", "Aghdam"]
    assert all(e.lat == pytest.approx(40.99, abs=0.5) for e in events)  # not Aghdam city
