"""Who is blamed for a strike, and who denies it."""

from __future__ import annotations

import re

from conflict_extract.phrases import phrase_before

FORCE_NOUN = (
    r"(?:armed forces|forces|troops|army|military|side|militias?|rebels|aircraft|air force"
    r"|war criminals|fighters|units|occupiers|invaders|drones)"
)
NATION_ADJ = r"(?:[A-Z][\w’'-]+\s+){1,3}"
ACTOR_PATTERNS = (
    re.compile(
        r"\b(?:the\s+)?(?:Armed Forces|Army|Military) of (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
    ),
    re.compile(
        rf"\b(?:the\s+)?{NATION_ADJ}(?:{FORCE_NOUN.replace('(?:', '(?:[a-z-]+ )?(?:', 1)})\b"
    ),
    re.compile(
        r"\b(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?=\s+(?:has |have |had )?(?:also |reportedly )?"
        r"(?:targeted|struck|hit|shelled|attacked|launched|fired|bombed|pounded|shot)\b)"
    ),
)
ACCUSED = re.compile(
    r"\b(?:accused|blamed)\s+((?:the\s+)?(?:[A-Z][\w’'-]+\s*){1,4}(?:[a-z]+ )?(?:forces|troops|army|military|side)?)"
)
BY_ACTOR = re.compile(rf"\b(?:by|from)\s+((?:the\s+)?{NATION_ADJ}{FORCE_NOUN})\b")

DENY = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|refuted|refutes|dismissed)\b"
    r"(?=[^.]{0,60}\b(?:claims?|accusations?|allegations?|reports?|responsibility|involvement"
    r"|information|statements?|attacks?|strikes?|shelling|targeting|firing|fire|it|this|them)\b)",
    re.IGNORECASE,
)
NOT_ACTORS = frozenset({"He", "She", "They", "It", "The", "This", "Officials", "Authorities"})


def find_actor(text: str) -> tuple[str, int, int] | None:
    for pattern in ACTOR_PATTERNS:
        for match in pattern.finditer(text):
            if match[0].strip() not in NOT_ACTORS:
                return clean(match[0]), match.start(), match.end()
    for pattern in (ACCUSED, BY_ACTOR):
        match = pattern.search(text)
        if match:
            return clean(match[1]), match.start(1), match.end(1)
    return None


def clean(phrase: str) -> str:
    phrase = phrase.strip()
    return phrase[4:] if phrase.lower().startswith("the ") and phrase[4:5].isupper() else phrase


def find_deniers(text: str) -> list[str]:
    names = []
    for match in DENY.finditer(text):
        name = phrase_before(text, match.start())
        if name and name[0].isupper() and name not in NOT_ACTORS:
            names.append(name)
    return names
