import pytest

from conflict_extract.strikes import (
    is_caption,
    is_strike_sentence,
    is_war_summary,
    reports_a_strike,
)


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
        # a photographer's credit in round brackets; a slash between places is none
        ("People inspect a house hit in Rafah on Saturday. (Eyad Baba/AFP/Getty Images)", True),
        ("Shells hit Goris (Armenia/Azerbaijan border) on Sunday.", False),
    ],
)
def test_captions(sentence: str, expected: bool) -> None:
    assert is_caption(sentence) is expected


# A denial that names the strike removes it; a clause after "but" is outside the denial.
DENIAL_SCOPE = [
    ("Armenia's Defence Ministry denied that its forces shelled Tartar on Sunday.", False),
    ("Russia denied that its missiles hit a hospital in Kyiv on Sunday.", False),
    ("Officials denied that military sites were hit in Ganja, but said the attack damaged homes.",
     True),
    ("The ministry denied reports that Goris was shelled.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reported"), DENIAL_SCOPE)
def test_a_denial_covers_its_own_clause(text: str, reported: bool) -> None:
    assert reports_a_strike(text) is reported
