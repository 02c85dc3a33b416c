"""Sentence splitting: abbreviations hold, sentences glued by a scrape come apart."""

import pytest

from conflict_extract.sentences import split_sentences

CASES = [
    ("At least 15 Palestinians died.Wafa added that 13 were killed.",
     ["At least 15 Palestinians died.", "Wafa added that 13 were killed."]),
    ("Shells hit Kherson on Sunday.The governor said two were hurt.",
     ["Shells hit Kherson on Sunday.", "The governor said two were hurt."]),
    ("Read PanARMENIAN.Net today. Mr. Smith said so.", ["Read PanARMENIAN.Net today.", "Mr. Smith said so."]),
    ("Censor.NET reports. U.S. forces struck.", ["Censor.NET reports.", "U.S. forces struck."]),
    ("On Oct. 4 shells hit Ganja. Col. Aliyev said.", ["On Oct. 4 shells hit Ganja.", "Col. Aliyev said."]),
    # a model name's last letter ends a sentence; an initial does not
    ("It was an Iskander-M. Russia denied it. J. Smith said.",
     ["It was an Iskander-M.", "Russia denied it.", "J. Smith said."]),
    # a bulleted line is its own paragraph, its marker dropped
    ("Latest:\n- In Kharkiv, two were hurt.\n• drones hit Sumy.\n* Odesa was shelled.",
     ["Latest:", "In Kharkiv, two were hurt.", "drones hit Sumy.", "Odesa was shelled."]),
    # a wire's dateline run into the headline before it starts the body
    ("Drone attack injures three Belgorod, September 2 (TASS) - Three were hurt.",
     ["Drone attack injures three", "Belgorod, September 2 (TASS) - Three were hurt."]),
    ("Shelling kills 2 in Kherson KYIV, Oct. 5, 2023 (Reuters) – Shells hit Kherson.",
     ["Shelling kills 2 in Kherson", "KYIV, Oct. 5, 2023 (Reuters) – Shells hit Kherson."]),
    ("Strike kills 4 Khartoum, 12 May (SUNA) - Drones hit Omdurman.",
     ["Strike kills 4", "Khartoum, 12 May (SUNA) - Drones hit Omdurman."]),
    # (not a town and date in the body's own words)
    ("Drones hit Sumy, September 2 reports said.", ["Drones hit Sumy, September 2 reports said."]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
