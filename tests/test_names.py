import pytest

from conflict_extract.names import name_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Stepanakert", "Stepanakert"),
        ("Xankəndi", "Khankendi"),
        ("Tərtər", "Terter"),
        ("Tartar", "Terter"),
        ("Gəncə", "Ganja"),
        ("Gyanja", "Ganja"),
        ("Mingəçevir", "Mingachevir"),
        ("Ağdərə", "Aghdara"),
        ("Shoushi", "Shushi"),
        ("Kelbajar", "Kalbajar"),
        ("al-Safra", "Al Safra"),
        ("Ashagy", "Ashaghi"),
    ],
)
def test_spellings_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Ganja", "Gandzak"), ("Barda", "Berdzor"), ("Lviv", "Kyiv")])
def test_different_names_differ(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Dondar Quşçu", "Dondar Gushchu"), ("Tərtər", "Tartar"), ("Xızı", "Khizi")]
)
def test_azerbaijani_letters_fold_exactly(a: str, b: str) -> None:
    from conflict_extract.names import exact_key

    assert exact_key(a) == exact_key(b)


def test_batch_keys_equal_the_one_name_keys() -> None:
    from conflict_extract.names import exact_key, exact_keys, loose_key, loose_keys

    names = ["Tərtər", "Xankəndi", "al Mazraa", "Al-Safra", "Gyandzha", "Dondar Quşçu", "al",
             "Khān Yūnis", "  Saint-Étienne ", "Łódź", "Großenhain", "Shoushi", "Aghdam", "x"]  # fmt: skip
    exacts = exact_keys(names)
    assert exacts == [exact_key(n) for n in names]
    assert loose_keys(exacts) == [loose_key(e) for e in exacts]
