import pytest

from conflict_extract.strikes import is_caption, is_strike_sentence, is_war_summary


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Armenian forces shelled Tartar overnight.", True),
        ("Tartar, Aghdam and Barda came under fire.", True),
        ("Missiles fell on the outskirts of the city.", True),
        ("A drone attack on the refinery started a fire.", True),
        ("The army threatened to strike Mingachevir.", False),
        ("Azerbaijani forces opened heavy fire against the settlements of Goris and Sotk.", True),
        ("The village came under intense mortar fire on Sunday.", True),
        ("Militants kept up heavy fire on the checkpoint near Kidal.", True),
        ("He said there was no reason for the army to target the dam.", False),
        ("The mayor visited the hospital on Monday.", False),
    ],
)
def test_strike_sentences(sentence: str, expected: bool) -> None:
    assert is_strike_sentence(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Since September 27, shelling has killed 42 civilians.", True),
        ("The clashes have killed dozens so far.", True),
        ("A rocket hit Barda on Wednesday, killing 21.", False),
    ],
)
def test_war_summaries(sentence: str, expected: bool) -> None:
    assert is_war_summary(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A man stands in the rubble in Barda [Ivan Petrov/Reuters]", True),
        ("Rescuers at the site (Photo: AFP)", True),
        ("Rockets hit Barda, [bold]the ministry[/] said.", False),
    ],
)
def test_captions(sentence: str, expected: bool) -> None:
    assert is_caption(sentence) is expected
