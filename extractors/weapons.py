"""Weapon class of a strike from the words near it."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import WEAPON_PATTERNS, WEAPON_WORDS, Caseless, words

# One named group per weapon class, in the table's order: the earlier class wins a tie.
WEAPON = Caseless(
    "|".join(
        rf"(?P<{weapon}>\b(?:{words(names, plural=True)}"
        + "".join(f"|{p}" for p, w, _ in WEAPON_PATTERNS if w == weapon)
        + r")\b)"
        for weapon, names in WEAPON_WORDS.items()
    ),
)
CLAUSE_BREAK = re.compile(r"[,;:—–]|\band\b")


@lru_cache(maxsize=4096)
def weapons_in(text: str, offset: int = 0) -> tuple[tuple[str, int, int], ...]:
    """(weapon, start, end) for every weapon word in ``text`` (a sentence is read once)."""
    if not WEAPON.test(text):
        return ()
    return tuple(
        (match.lastgroup or "unspecified", offset + match.start(), offset + match.end())
        for match in WEAPON.finditer(text)
    )


def nearest_weapon(
    found: tuple[tuple[str, int, int], ...], position: int, text: str = "", offset: int = 0
) -> tuple[str, int, int] | None:
    """The weapon word that goes with the place at ``position``: one before it in the same
    clause ("Missile strike on Ganja, shelling in Tartar"), else one after it in its clause
    ("hit Ganja with missiles"), else the nearest before it ("a second missile strike hit
    Ganja and a third reached Mingachevir, hours after forces shelled ..."), else the nearest."""
    if not found:
        return None
    before = [w for w in found if w[2] <= position]
    same_clause = [
        w for w in before if not CLAUSE_BREAK.search(text[w[2] - offset : position - offset])
    ]
    after_in_clause = [
        w for w in found
        if w[1] >= position and not CLAUSE_BREAK.search(text[position - offset : w[1] - offset])
    ]  # fmt: skip
    pool = same_clause or after_in_clause or before or found
    return min(pool, key=lambda item: abs(item[1] - position))
