"""Weapon class of a strike from the words near it."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    ATTACK_PASTS,
    ATTACK_VERBS,
    LAUNCH_VERBS,
    PLANTED_BOMB_WORDS,
    SCRAMBLE_VERBS,
    WEAPON_MODIFIERS,
    WEAPON_PATTERNS,
    WEAPON_THINGS,
    WEAPON_WORDS,
    Caseless,
    forms,
    words,
)

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
# "a bomb shelter", "a drone factory": a weapon word that names no weapon used
THING_AFTER = re.compile(rf"\s+{words(WEAPON_THINGS)}\b", re.IGNORECASE)


# "struck radar sites and missile launchers": launchers hit, no weapon used (not "BM-21
# launchers fired on the town", nor "launchers that fired")
LAUNCHERS_AFTER = re.compile(
    r"\s+(?:launchers?|launch\s+(?:vehicles?|systems?))\b(?!\s+(?:that\s+|which\s+)?"
    rf"(?:had\s+|have\s+)?(?:{words((*ATTACK_PASTS, *LAUNCH_VERBS))}|opened))",
    re.IGNORECASE,
)
STRUCK_BEFORE = re.compile(
    rf"\b(?:{words(forms(ATTACK_VERBS))}|destroyed|destroying)\s+(?:[\w-]+,?\s+){{0,14}}?$",
    re.IGNORECASE,
)


# "a drone dropped two bombs on", "drones dropping explosives": the bombs are the drone's
DRONE_DROPPED = re.compile(
    rf"\b{words(WEAPON_WORDS['drone'], plural=True)}\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:dropped|drops|dropping|drop)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# "scrambled fighter jets as a precaution": aircraft sent up to defend, no strike's weapon
SCRAMBLED_BEFORE = re.compile(rf"\b{words(SCRAMBLE_VERBS)}\s+(?:[\w-]+\s+){{0,3}}?$", re.IGNORECASE)
NONE_BEFORE = re.compile(r"\b[Nn]o\s+$")
# ("two drones were destroyed over Belgorod": shot down, the attack's own weapon)
HIT_AFTER = re.compile(r"\s+(?:were|was)\s+(?:not\s+)?damaged\b")
PLANTED_BEFORE = re.compile(rf"\b{words(PLANTED_BOMB_WORDS)}\s+$", re.IGNORECASE)
# "a car bomb", "a suicide bomber", "a roadside bombing": a bomb planted or carried
PLANTED_BOMB = re.compile(rf"\b{words(PLANTED_BOMB_WORDS)}\s+bomb", re.IGNORECASE)


def names_a_planted_bomb(text: str) -> bool:
    """The text tells of a bomb planted or carried, no weapon class of its own."""
    return PLANTED_BOMB.search(text) is not None


# Generic attack nouns that a weapon word before them names more precisely: "an Israeli drone
# shelling of the camp" is a drone strike, "rocket bombardment" rockets, "mortar bombs" mortars.
GENERIC_HEADS = frozenset(("shelling", "shellings", "bombing", "bombings", "bombardment",
                           "bombardments", "bomb", "bombs", "shell", "shells"))  # fmt: skip


@lru_cache(maxsize=4096)
def weapons_in(text: str, offset: int = 0) -> tuple[tuple[str, int, int], ...]:
    """(weapon, start, end) for every weapon word in ``text`` (a sentence is read once)."""
    if not WEAPON.test(text):
        return ()
    found: list[tuple[str, int, int]] = []
    for match in WEAPON.finditer(text):
        word = match[0].lower()
        if found and word in GENERIC_HEADS and text[found[-1][2] - offset : match.start()] == " ":
            continue  # "drone shelling": the drone's
        if THING_AFTER.match(text, match.end()) or (
            LAUNCHERS_AFTER.match(text, match.end())
            and STRUCK_BEFORE.search(text, max(0, match.start() - 120), match.start())
        ):
            continue
        if word.startswith("bomb") and PLANTED_BEFORE.search(text, 0, match.start()):
            continue  # "a suicide bomber", "a car bombing": no air strike
        if SCRAMBLED_BEFORE.search(text, max(0, match.start() - 50), match.start()):
            continue
        if NONE_BEFORE.search(text, max(0, match.start() - 4), match.start()) or HIT_AFTER.match(
            text, match.end()
        ):
            continue  # "no aircraft were damaged", "two jets were damaged": what was hit
        if word.startswith("bomb") and DRONE_DROPPED.search(text, 0, match.start()):
            continue  # "drones dropped bombs on Kherson": a drone strike
        found.append(
            (match.lastgroup or "unspecified", offset + match.start(), offset + match.end())
        )
    return tuple(found)


# "a rocket attack with cluster munitions": what the strike carried, after "with"
PAYLOAD_BEFORE = re.compile(r"\bwith\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
PAYLOAD_REACH = 30  # characters between the carrier's word and its payload's


def carrier_of(
    weapon: tuple[str, int, int], found: tuple[tuple[str, int, int], ...], text: str, offset: int
) -> tuple[str, int, int] | None:
    """The weapon that carried a payload named after "with" just before it ("a rocket attack
    with cluster munitions": the rocket), if any."""
    start = weapon[1] - offset
    if not PAYLOAD_BEFORE.search(text, max(0, start - 20), start):
        return None
    return next(
        (w for w in found if w[0] != weapon[0] and 0 <= weapon[1] - w[2] <= PAYLOAD_REACH), None
    )


# The names listed before a place ("Kherson, Beryslav and "), and a verb of the place's own
LIST_BEFORE = re.compile(
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+and\s+$"
    r"|(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)+$"
)
OWN_PREDICATE = re.compile(r"\b(?:was|were|is|are|has|have|had|came)\b")


def in_one_list(gap: str, own_verb: bool) -> str:
    """The words between a weapon and a place, less the list the place ends ("shelled
    Kherson, Beryslav and " -> "shelled "), unless the place has a verb of its own."""
    return gap if own_verb else LIST_BEFORE.sub("", gap)


def nearest_weapon(
    found: tuple[tuple[str, int, int], ...], position: int, text: str = "", offset: int = 0
) -> tuple[str, int, int] | None:
    """The weapon word that goes with the place at ``position``: one before it in the same
    clause ("Missile strike on Ganja, shelling in Tartar"), else one after it in its clause
    ("hit Ganja with missiles"), else the nearest before it ("a second missile strike hit
    Ganja and a third reached Mingachevir, hours after forces shelled ..."), else the nearest."""
    # (never across a semicolon: "RSF drone strikes hit Atbara; 3 dead in Omdurman")
    found = tuple(
        w
        for w in found
        if ";" not in text[min(w[1], position) - offset : max(w[2], position) - offset]
    )
    if not found:
        return None
    before = [w for w in found if w[2] <= position]
    after_in_clause = [
        w for w in found
        if w[1] >= position and not CLAUSE_BREAK.search(text[position - offset : w[1] - offset])
    ]  # fmt: skip
    # (a place listed after another shares its verb's weapon: "shelled Stepanakert and Shushi
    # using Smerch rockets" is one shelling; not "Missiles hit Kharkiv and Sumy was shelled")
    own_verb = any(
        OWN_PREDICATE.search(text, position - offset, w[1] - offset) for w in after_in_clause
    )
    same_clause = [
        w
        for w in before
        if not CLAUSE_BREAK.search(in_one_list(text[w[2] - offset : position - offset], own_verb))
    ]
    pool = same_clause or after_in_clause or before or found
    best = min(pool, key=lambda item: abs(item[1] - position))
    best = carrier_of(best, found, text, offset) or best
    classes = joined_classes(text, offset, found, best)
    if len(classes) > 1:
        # "Russian drones and missiles struck Kharkiv", "with kamikaze drones and artillery":
        # which hit it is not told
        return "unspecified", best[1], best[2]
    return best


# Two weapons named together: "drones and missiles", "missiles, drones"
# ("kamikaze drones and heavy artillery": a word that tells the second's size may stand between)
JOINED = re.compile(
    rf"\s*(?:,|,?\s*and|or|&|as well as)\s*(?:{words(WEAPON_MODIFIERS)}\s+)?", re.IGNORECASE
)
ADJACENT = re.compile(r"\s+")  # one weapon's words: "kamikaze drones", "long-range rocket"


def joined_classes(
    text: str, offset: int, found: tuple[tuple[str, int, int], ...], best: tuple[str, int, int]
) -> set[str]:
    """The kinds of the weapons named together with ``best`` ("drones and missiles"), each
    weapon by its last word ("kamikaze drones" is drones)."""
    units: list[list[tuple[str, int, int]]] = []
    for weapon in sorted(found, key=lambda w: w[1]):
        if units and gap_is(ADJACENT, text, offset, units[-1][-1], weapon):
            units[-1].append(weapon)
        else:
            units.append([weapon])
    at = next(i for i, unit in enumerate(units) if best in unit)
    lo = hi = at
    while lo > 0 and gap_is(JOINED, text, offset, units[lo - 1][-1], units[lo][0]):
        lo -= 1
    while hi + 1 < len(units) and gap_is(JOINED, text, offset, units[hi][-1], units[hi + 1][0]):
        hi += 1
    return {unit[-1][0] for unit in units[lo : hi + 1]}


def gap_is(
    pattern: re.Pattern[str],
    text: str,
    offset: int,
    first: tuple[str, int, int],
    second: tuple[str, int, int],
) -> bool:
    return pattern.fullmatch(text, first[2] - offset, second[1] - offset) is not None
