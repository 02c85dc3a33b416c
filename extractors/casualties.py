"""Killed and injured counts: "killing at least seven", "32 others sustained injuries"."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "no": 0, "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "a dozen": 12, "a hundred": 100,
}  # fmt: skip
NUM = (
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|a dozen|a hundred|"
    + "|".join(
        sorted(
            (w for w in NUMBER_WORDS if " " not in w and w not in ("no", "a", "an")),
            key=len,
            reverse=True,
        )
    )
    + r")"
)
QUALIFIER = (
    r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to)\s+)?"
    r"(?:(?:another|a further|further)\s+)?"
)
# "people, including three women," between a count and its verb; never another count or verb.
FILLER = r"(?:(?!(?:killed|killing|dead|died|injur\w*|wound\w*|and|\d+)\b)[A-Za-z’'-]+,?\s+){0,7}?"
BE = r"(?:(?:were|was|have been|has been|had been|are|is)\s+)?(?:reportedly\s+)?"
KILLED_WORDS = r"(?:killed|dead|died|dying|deaths?|fatalities|lost their lives|perished|killing)"
INJURED_WORDS = (
    r"(?:(?:sustained|suffered|received)\s+)?(?:(?:various|serious|minor|light)\s+)?"
    r"(?:injured|wounded|hurt|injuries|injuring|wounding|wounds|hospitali[sz]ed)"
)
# "a resident of Ganja, was killed": one person
ONE_PERSON = (
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:resident|civilian|man|woman|boy|girl|child|person"
    r"|soldier|teenager|driver|worker|pensioner|policeman)\b[^.;]{0,40}?\b(?:was|has been|is)\s+"
)

# Each rule: (field, pattern); the count is the <num> group.
RULES = (
    ("killed", rf"\b(?:killing|killed|kills|claimed the lives of|left)\s+{QUALIFIER}{NUM}\b"),
    ("killed", rf"\bdeath toll\s+(?:\w+\s+){{0,3}}?(?:to|at|of|is|was|reached|stands at)\s+{QUALIFIER}{NUM}\b"),
    ("killed", rf"\b{QUALIFIER}{NUM}\s+{FILLER}{BE}{KILLED_WORDS}"),
    ("killed", rf"(?P<num>{ONE_PERSON})killed"),
    ("injured", rf"\b(?:injuring|wounding|injured|wounded|injures|wounds)\s+{QUALIFIER}{NUM}\b"),
    ("injured", rf"\b{QUALIFIER}{NUM}\s+{FILLER}{BE}{INJURED_WORDS}"),
    ("injured", rf"(?P<num>{ONE_PERSON})(?:injured|wounded)"),
)  # fmt: skip
# Phrases that state zero for the fields they cover.
ZERO_RULES = (
    (("killed", "injured"), r"\bno (?:casualties|victims|one was (?:killed or )?(?:hurt|injured))"
     r"|without casualties|nobody was (?:killed or )?(?:hurt|injured)|civilians were not (?:affected|hurt)"
     r"|there were no (?:casualties|victims)|no (?:immediate )?reports? of (?:casualties|injuries|victims)"),
    (("killed",), r"\bno (?:one|body) (?:was|were) killed|no deaths|no fatalities|no (?:one|body) died"
     r"|did not claim any lives|no lives were lost|without loss of life"),
    (("injured",), r"\bno (?:one|body) (?:was|were) (?:injured|wounded|hurt)|no injuries"),
)  # fmt: skip
COMPILED = tuple((name, re.compile(p, re.IGNORECASE)) for name, p in RULES)
ZERO = tuple((names, re.compile(p, re.IGNORECASE)) for names, p in ZERO_RULES)


@dataclass(frozen=True)
class Count:
    field: str
    value: int
    start: int
    end: int


# Cheap test before the count rules: most sentences mention no harm to people at all.
HARM_WORD = re.compile(
    r"kill|dead|die|death|injur|wound|hurt|casualt|fatalit|lives|victim|hospital", re.IGNORECASE
)


def find_counts(text: str, offset: int = 0) -> dict[str, Count]:
    """The first stated count for killed and for injured in ``text``."""
    found: dict[str, Count] = {}
    if not HARM_WORD.search(text):
        return found
    for names, pattern in ZERO:
        for match in pattern.finditer(text):
            for name in names:
                found.setdefault(name, Count(name, 0, offset + match.start(), offset + match.end()))
    for name, pattern in COMPILED:
        for match in pattern.finditer(text):
            value = to_int(match["num"])
            if value is None or name in found and found[name].start < offset + match.start():
                continue
            found[name] = Count(name, value, offset + match.start(), offset + match.end())
            break
    return found


def to_int(word: str) -> int | None:
    if re.match(ONE_PERSON, word, re.IGNORECASE):
        return 1
    word = word.lower().replace(",", "")
    if word.isdigit():
        value = int(word)
        return value if value < 100_000 and not 1900 <= value <= 2100 else None
    return NUMBER_WORDS.get(word)
