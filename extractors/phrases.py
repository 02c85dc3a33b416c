"""Name-like phrases next to a verb: who said it, who denied it, who did it."""

from __future__ import annotations

import re
from functools import cache

from .gazetteer import data_rows, nation_code
from .lexicon import (
    ARABIC_ARTICLES,
    BODY_WORDS,
    DAY_PARTS,
    MONTH_NAMES,
    NAME_JOINERS,
    NAMED_AREA_KINDS,
    PERSON_TITLES,
    SPEAKER_NOUNS,
    SPEAKER_PLACE_PREPOSITIONS,
    WEEKDAYS,
    words,
)

# (initials keep their last period: "U.S.", "U.K.")
# (a hyphen between spaces is a dash, which ends a name: "YEREVAN (Reuters) - Armenia said")
TOKEN = re.compile(
    r"(?:[A-Z]\.){2,3}(?!\w)|[^\W\d_](?:[\w’'-]|\.(?=\w))*|[,;:\"“”()—–]|(?<=\s)-(?=\s)|\d+"
)

NAME_PARTICLE = r"(?:al-|el-|ad-|as-|ash-|bin\s+|ibn\s+|abu\s+)?"
# "President Volodymyr Zelenskiy", "Governor Oleh Syniehubov": a person named with a title
TITLED_PERSON = re.compile(
    rf"\b(?i:{words(PERSON_TITLES)})\s+(?P<name>[A-Z][\w’'-]+(?:\s+{NAME_PARTICLE}[A-Z][\w’'-]+){{1,2}})"
    # ... or one a sentence opens on, told with what they did ("Mohamed Ibrahim, a local
    # activist, spoke to reporters on Sunday. He said ...")
    rf"|^\W*(?P<opener>[A-Z][a-z]+(?:\s+{NAME_PARTICLE}[A-Z][\w’'-]+){{1,2}})(?:,[^,]{{1,60}},)?\s+"
    r"(?:spoke|said|told|visited|met|added|wrote|posted|appeared)\b"
)

# Lower-case words that belong inside an official's or a body's name
# ("Azeri presidential aide Hikmet Hajiyev", "the defence ministry").
TITLE_WORDS = frozenset((*PERSON_TITLES, *BODY_WORDS, *(w for w in SPEAKER_NOUNS if " " not in w)))
CONNECTORS = frozenset({"of", "and", *NAME_JOINERS})
SPEAKER_NOUN_SET = frozenset(SPEAKER_NOUNS)
PERSON_TITLE_SET = frozenset(PERSON_TITLES)
# Capitalised but never part of a name: "Hajiyev on Sunday said".
CALENDAR = frozenset((*WEEKDAYS, *MONTH_NAMES))
PRONOUNS = frozenset({"he", "she", "they", "it"})
# What ends the name of a title's seat: "of the Kursk Region", "of the Artsakh Republic"
SEAT_ENDS = frozenset((*BODY_WORDS, *NAMED_AREA_KINDS, "republic"))
ACRONYM = re.compile(r"\s*\([A-Za-z][A-Za-z0-9-]{1,14}\)")  # "(MfE)", "(Ombudsman)", "(CSP-DPA)"
QUOTES = frozenset({'"', "“", "”"})
# Adverbs and times between a name and its verb ("Hajiyev on Sunday tweeted").
AUXILIARIES = frozenset(("has", "have", "had"))
SKIPPED = frozenset(
    ("also", "later", "earlier", "has", "have", "had", "on", "then", "late", "early",
     "today", "yesterday", "there", "here", *DAY_PARTS)
)  # fmt: skip
# ("As reported earlier", "How reported the ministry": no one, the speaker follows the verb)
LEAD_TRIM = CONNECTORS | {"a", "an", "also", "later", "earlier", "as", "how"}


def skippable(token: str) -> bool:
    """Adverbs and time phrases between a name and its verb ("Hajiyev on Sunday tweeted")."""
    lower = token.lower()
    return (
        lower in SKIPPED
        or lower in CALENDAR
        or token.isdigit()
        or (lower.endswith("ly") and token.islower())
    )


def is_name_word(token: str) -> bool:
    """'Turki', 'al-Maliki', 'ez-Zor': a word of a name."""
    return token[:1].isupper() or article_rest(token)[:1].isupper()


def article_rest(token: str) -> str:
    """'al-Maliki' -> 'Maliki', 'ez-Zor' -> 'Zor': a word after the Arabic article ('' if none)."""
    head, hyphen, rest = token.partition("-")
    return rest if hyphen and head.lower() in ARTICLE_SET else ""


ARTICLE_SET = frozenset(ARABIC_ARTICLES)


def is_namey(token: str) -> bool:
    lower = token.lower()
    head = article_rest(token) or token  # "al-Maliki"
    if head[:1].isupper():
        return lower not in CALENDAR
    # "the governor's office": a title's possessive belongs to the name too
    return lower in TITLE_WORDS or (lower.endswith(("'s", "’s")) and lower[:-2] in TITLE_WORDS)


def phrase_before(text: str, end: int, limit: int = 10) -> str:
    """The name-like phrase that ends right before ``end`` (skipping adverbs)."""
    # quotation marks inside a name are transparent: 'The "Unian" agency confirmed'
    window = ACRONYM.sub("", text[max(0, end - 200) : end])  # "Ministry for Emergencies (MfE)"
    tokens = [t for t in TOKEN.findall(window) if t not in QUOTES]
    popped = []
    while tokens and skippable(tokens[-1]) and not numbered_name(tokens):
        popped.append(tokens.pop())
    # a time phrase was skipped, not only an auxiliary ("X, Governor of Y, has announced")
    skipped = any(t.lower() not in AUXILIARIES for t in popped)
    if tokens and tokens[-1] == ",":
        if skipped:
            # "Arman Tatoyan, on Tuesday noted": the comma closes a time phrase
            tokens.pop()
        else:
            # "Hikmet Hajiyev, aide to President Ilham Aliyev, said": the name before the aside
            aside = [i for i, t in enumerate(tokens[:-1]) if t == ","]
            inside = tokens[aside[-1] + 1 : -1] if aside else []
            if inside and all(is_name_word(t) for t in inside) and len(inside) <= 4:
                tokens = tokens[:-1]  # "The head of the region, Oleg Kiper, said": the name
            elif aside and len(tokens) - aside[-1] < 20:
                tokens = tokens[: aside[-1]]
    name = with_linked_name(window, tidy(namey_tail(tokens, limit)))
    if name.islower() and " " not in name:
        # "the UN refugee agency", "the country's energy ministry": a body, not its last word
        return definite_phrase(tokens) or name
    return name or definite_phrase(tokens)


def with_linked_name(window: str, name: str) -> str:
    """A group's name that a lower-case word links ("the Islamic Resistance in Iraq"), whole
    where the phrase read so far is only its end ("Iraq")."""
    at = window.rfind(name) if name and " in " in window else -1
    if at < 0:
        return name
    before = window[: at + len(name)]
    return next(
        (group for group in linked_groups() if group.endswith(name) and before.endswith(group)),
        name,
    )


@cache
def linked_groups() -> tuple[str, ...]:
    """The groups of groups.csv whose names hold a lower-case word ("Islamic Resistance in
    Iraq"): the capitalised words alone would end the name early."""
    names = [row["term"] for row in data_rows("groups.csv")]
    return tuple(n for n in names if any(w.islower() for w in n.split()[1:]))


def numbered_name(tokens: list[str]) -> bool:
    """'Deir Ezzor 24', 'Channel 12': a number closing a name (not a day: 'October 4')."""
    return (
        len(tokens) > 1 and tokens[-1].isdigit() and tokens[-2][:1].isupper()
        and tokens[-2].lower() not in CALENDAR
    )  # fmt: skip


def namey_tail(tokens: list[str], limit: int) -> list[str]:
    picked: list[str] = []
    window = tokens[-limit * 2 :]
    for index in range(len(window) - 1, -1, -1):
        token = window[index]
        lower = token.lower()
        # a number closing a name: "Deir Ezzor 24", "Channel 12"
        numbered = not picked and numbered_name(window[: index + 1])
        if (
            numbered
            or is_namey(token)
            or (lower in CONNECTORS and picked)
            or (lower in PRONOUNS and not picked)
        ):
            picked.append(token)
            if lower in PRONOUNS or len(picked) >= limit:
                break
        else:
            break
    return list(reversed(picked))


def is_acronym(word: str, text: str) -> bool:
    """An all-capitals word alone, or in a text that is not all capitals: a name ("WHO", "the
    WHO", "IS fighters"), whatever word it spells."""
    alone = " " not in text.strip()
    return len(word.strip(",.")) >= 2 and word.isupper() and (alone or not text.isupper())


OWNER_NAME = re.compile(r"[A-Z][\w-]*['’]s")


def definite_phrase(tokens: list[str], limit: int = 9) -> str:
    """A lower-case body: 'the official information center of the unrecognized republic'."""
    tail: list[str] = []
    for token in reversed(tokens[-limit:]):
        clause_word = token.lower() in {"that", "which", "who", "and", "but"}
        if not token[:1].isalpha() or clause_word and not is_acronym(token, " ".join(tokens)):
            break
        tail.insert(0, token)
    # (or a land's possessive: "Sudan's army-aligned government")
    starts = [i for i, t in enumerate(tail) if t.lower() == "the" or OWNER_NAME.fullmatch(t)]
    if not starts or len(tail) - starts[0] < 2:
        return ""
    phrase = tail[starts[0] :]
    return (
        " ".join(phrase) if any(w.lower() in TITLE_WORDS or w.isalpha() for w in phrase[1:]) else ""
    )


def phrase_after(text: str, start: int, limit: int = 10) -> str:
    """The name-like phrase that starts at ``start`` (after "according to", "said")."""
    picked: list[str] = []
    for token in TOKEN.findall(text[start : start + 160]):
        lower = token.lower()
        inner = lower in CONNECTORS or (
            lower == "to" and bool(picked)
        )  # "Assistant to the President"
        if is_namey(token) or inner or (lower in PRONOUNS and not picked):
            picked.append(token)
            if lower in PRONOUNS or len(picked) >= limit:
                break
        else:
            break
    while picked and picked[-1].lower() == "to":
        picked.pop()
    return tidy(picked)


def tidy(tokens: list[str]) -> str:
    while tokens and tokens[0].lower() in LEAD_TRIM - {"the"}:
        tokens.pop(0)
    while tokens and tokens[-1].lower() in CONNECTORS:
        tokens.pop()
    if tokens and tokens[0].lower() == "the" and len(tokens) == 1:
        return ""
    return " ".join(tokens).strip(" .")


# Where a speaker is (not "of": "official of the State Service of ... Artsakh Hunan Tadevosyan"
# is a person with a title)
PLACE_PREPOSITIONS = frozenset(SPEAKER_PLACE_PREPOSITIONS) - {"of"}


# An office holder named between the title and the seat: "Governor Oleh Syniehubov of Kharkiv"
HOLDER_OF = re.compile(
    rf"^((?i:{words(PERSON_TITLES)})\s+(?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)\s+of\s+"
    r"(?:the\s+)?[A-Z]"
)


def person_name(phrase: str) -> str:
    """'Azeri presidential aide Hikmet Hajiyev' -> 'Hikmet Hajiyev' (keeps bodies whole)."""
    held = HOLDER_OF.match(phrase)
    if held:  # "Governor Oleh Syniehubov of Kharkiv": the holder, without the seat
        return person_name(held[1])
    tokens = phrase.split()
    tail: list[str] = []
    for token in reversed(tokens):
        if not is_name_word(token) or token.lower() in TITLE_WORDS:
            break  # (a name's Arabic article is a word of it: "Ashraf al-Qudra")
        if len(tail) >= 2 and nation_code(token):
            break  # "Defence Minister of Armenia Vagharshak Harutyunyan": the person's name
        tail.insert(0, token)
    has_title = len(tail) < len(tokens) and any(t.lower() in TITLE_WORDS for t in tokens)
    if tail and tail[0].lower() in CONNECTORS:
        return phrase  # "Doctors Without Borders" is a body's name, not "Without Borders"
    lead = [t.lower() for t in tokens[: len(tokens) - len(tail)]]
    if tail and lead[-1:] == ["the"] and tail[-1].lower() in SEAT_ENDS:
        return phrase  # "the Governor of the Kursk Region": a title and its seat, no person
    if lead[-2:-1] and lead[-1] in ("of", "in") and lead[-2] in SPEAKER_NOUN_SET:
        return phrase  # "Residents of Majdal Shams": speakers named by their town
    if (
        lead[1:2]
        and lead[0] in SPEAKER_NOUN_SET
        and lead[1] in PLACE_PREPOSITIONS
        and lead[-1] in PLACE_PREPOSITIONS
    ):
        return phrase  # "Doctors at Nasser Hospital in Khan Younis": the town, no doctor's name
    if lead[-2:-1] and lead[-1] == "of" and lead[-2] in PERSON_TITLE_SET:
        # "Mayor of Kharkiv Ihor Terekhov": the person; "the mayor of Khan Younis": the title
        # with its town, no person named
        return " ".join(tail[-2:]) if len(tail) >= 3 else phrase
    return " ".join(tail) if has_title and len(tail) >= 2 else phrase
