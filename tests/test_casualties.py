import pytest

from conflict_extract.casualties import find_counts


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("One resident has died, and 14 others sustained injuries, officials said.", 1, 14),
        ("The barrage hit a bus stop, killing at least seven.", 7, None),
        ("Six people, including two children, died in the blast.", 6, None),
        # an aside never ends on "and": the verb after it has its own count
        ("Rockets hit Ganja, killing nine civilians including children and wounding 34.", 9, 34),
        ("Shells hit Kupiansk, killing two men including a medic and injuring 11.", 2, 11),
        ("Nine civilians including children and women were wounded.", None, 9),
        ("The death toll rose to 13 on Tuesday.", 13, None),
        # the number of the dead or the injured, told as a toll
        ("The number of injured rose to 43 by the evening.", None, 43),
        ("The number of dead in Dnipro has reached 14.", 14, None),
        ("Four people succumbed to their injuries in hospital.", 4, None),
        # the deaths of a number, the death of one
        ("A missile hit Dnipro, resulting in the deaths of three people.", 3, None),
        ("A shell hit the house, causing the death of a child.", 1, None),
        # a birth year is no history; one unhurt is a zero, unless a count comes first
        ("A woman born in 1965 was injured in the Kuibyshevsky district.", None, 1),
        ("The driver was not hurt.", 0, 0),
        ("One man was killed; his wife was not hurt.", 1, 0),
        # one more, the verb left out; the lives a strike took, as a participle
        ("A boy was killed and his mother injured when shells hit the town.", 1, 1),
        ("A man was killed and a woman seriously wounded in the strike.", 1, 1),
        ("Jets pounded the camp, claiming the lives of 14 people.", 14, None),
        # a named victim, the age between
        ("Ali Hassan, 34, was killed when a drone struck his car.", 1, None),
        # "One struck ...": a weapon left unsaid, no count of people
        ("One struck the Central Clinic, killing three people.", 3, None),
        ("Two hit a school, wounding five.", None, 5),
        ("A missile hit the city, taking the lives of three civilians.", 3, None),
        # one person, hurt to a degree
        ("Israel's ambulance service said a man was lightly wounded by shrapnel.", None, 1),
        ("A 45-year-old woman was seriously injured.", None, 1),
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
        # a count after "its", "their": the victims' own
        ("A drone strike on a car in Tyre killed its two occupants.", 2, None),
        ("Shells hit the house, wounding their three children.", None, 3),
        # one more: "a third was injured" (not "a third of the city")
        ("Two were killed and a third was wounded.", 2, 1),
        ("A fourth person died in hospital.", 1, None),
        ("A third of the city was damaged.", None, None),
        # one person left dead, or who died
        ("Shells hit the town, leaving a woman dead and two men wounded.", 1, 2),
        ("The victim, a 45-year-old man, died in hospital.", 1, None),
        # one person by name
        ("As a result of the shelling, Mehman Abiyev was killed.", 1, None),
        ("Olena Kovalenko was wounded when the drone hit her house.", None, 1),
        ("Medics said Ahmed Abu Salem was killed in the strike on Rafah.", 1, None),
        ("The Defence Ministry was informed of the shelling.", None, None),
        ("The agency confirmed three fatalities and 9 injuries so far.", 3, 9),
        ("The strike on the depot wounded a further 44 people.", None, 44),
        ("There were no immediate reports of casualties.", 0, 0),
        # number words to the thousands, as one span
        ("The missile strike killed twenty-three people in Kramatorsk.", 23, None),
        ("Shelling wounded two hundred and five civilians in El Fasher.", None, 205),
        ("The air raid on Tyre left 3 thousand people injured.", None, 3000),
        # other phrasings of death
        ("The shelling of Goris claimed nine lives.", 9, None),
        ("The strike on Rafah took 17 lives, medics said.", 17, None),
        ("Drones hit the market, leaving four people dead.", 4, None),
        ("Five people perished in the strike on Donetsk.", 5, None),
        # a war-wide tally in its own clause goes on no event
        (
            "Missiles hit Khan Younis, killing 12; more than 35,200 have been killed in the war.",
            12,
            None,
        ),
        ("Israeli jets struck Rafah; 35,200 people have died since the war began.", None, None),
        ("Rockets hit Marib, wounding 6, while the overall death toll rose to 3,100.", None, 6),
        # a tally of a past war is history
        ("More than 20,000 Azerbaijanis were killed in a war in the early 1990s.", None, None),
        # a zero covers only what it names
        ("No one was injured in the attack on Gordeevka.", None, 0),
        ("Nobody was hurt when the drone fell.", 0, 0),
    ],
)
def test_counts(sentence: str, killed: int | None, injured: int | None) -> None:
    found = {name: count.value for name, count in find_counts(sentence).items()}
    assert found.get("killed") == killed
    assert found.get("injured") == injured


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities disclosed the casualties on Friday, one day after the deadly incident.",
        "Two days after the deadly strike on Kharkiv, rescuers were still searching.",
        "One week after the deadliest attack of the war, residents of Omdurman returned.",
    ],
)  # fmt: skip
def test_a_killed_word_counts_only_whole(sentence: str) -> None:
    """'dead' of 'deadly' is no killed word: 'one day after the deadly incident' is no count."""
    assert "killed" not in find_counts(sentence)
