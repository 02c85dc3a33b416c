import pytest

from conflict_extract.casualties import find_counts


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("One resident has died, and 14 others sustained injuries, officials said.", 1, 14),
        ("The barrage hit a bus stop, killing at least seven.", 7, None),
        ("Six people, including two children, died in the blast.", 6, None),
        ("The death toll rose to 13 on Tuesday.", 13, None),
        ("The shells landed near a school, wounding a dozen.", None, 12),
        ("There were no casualties.", 0, 0),
        ("Nobody was hurt, the governor said.", 0, 0),
        ("The strike killed 21 civilians and wounded at least another 40.", 21, 40),
        ("Three other residents were injured.", None, 3),
        ("The fighting has killed dozens of soldiers.", None, None),
        ("More than 70 people were wounded.", None, 70),
        ("In 2020 the town was shelled.", None, None),
        (
            "Farid Aliyev, a resident of the town, was killed, 12 people received various injuries.",
            1,
            12,
        ),
        ("The rocket attack did not claim any lives.", 0, None),
        ("The agency confirmed three fatalities and 9 injuries so far.", 3, 9),
        ("The strike on the depot wounded a further 44 people.", None, 44),
        ("There were no immediate reports of casualties.", 0, 0),
    ],
)
def test_counts(sentence: str, killed: int | None, injured: int | None) -> None:
    found = {name: count.value for name, count in find_counts(sentence).items()}
    assert found.get("killed") == killed
    assert found.get("injured") == injured
