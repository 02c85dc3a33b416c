"""Weapon class of a strike from the words near it."""

from __future__ import annotations

import re

# (pattern, weapon); when several match, the one nearest to the place wins.
WEAPON_WORDS = (
    (r"drones?|UAVs?|unmanned aerial|kamikaze|loitering munitions?|Shaheds?|Bayraktars?", "drone"),
    (r"ballistic|missiles?|Iskanders?|Tochka(?:-U)?|Scuds?|Kalibrs?|Kh-\d+|cruise", "missile"),
    (r"rockets?|MLRS|Smerch|Grads?|multiple[- ]launch|BM-\d+|Uragan|Polonez|Katyusha|Qassam", "rocket"),
    (r"air ?strikes?|air[- ]strikes?|air raids?|airstrike|aircraft|warplanes?|jets?|bombers?"
     r"|aerial bomb\w*|guided bombs?|glide bombs?|bombed|bombing|helicopters?", "air"),
    (r"shell(?:s|ed|ing)?|artillery|mortars?|howitzers?|cannon|tank fire|cluster munitions?", "artillery"),
)  # fmt: skip
WEAPON = re.compile(
    "|".join(f"(?P<w{i}>\\b(?:{pattern})\\b)" for i, (pattern, _) in enumerate(WEAPON_WORDS)),
    re.IGNORECASE,
)


CLAUSE_BREAK = re.compile(r"[,;:—–]|\band\b")


def weapons_in(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """(weapon, start, end) for every weapon word in ``text``."""
    found = []
    for match in WEAPON.finditer(text):
        index = int(match.lastgroup[1:])  # type: ignore[index]
        found.append((WEAPON_WORDS[index][1], offset + match.start(), offset + match.end()))
    return found


def nearest_weapon(
    found: list[tuple[str, int, int]], position: int, text: str = "", offset: int = 0
) -> tuple[str, int, int] | None:
    """The weapon word that goes with the place at ``position``: one before it in the same
    clause ("Missile strike on Ganja, shelling in Tartar"), else the nearest."""
    if not found:
        return None
    same_clause = [
        w for w in found
        if w[2] <= position and not CLAUSE_BREAK.search(text[w[2] - offset : position - offset])
    ]  # fmt: skip
    pool = same_clause or found
    return min(pool, key=lambda item: abs(item[1] - position))
