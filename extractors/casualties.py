"""Killed and injured counts: "killing at least seven", "32 others sustained injuries"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .dates import MONTH_WORD
from .gazetteer import nation_code
from .lexicon import (
    ADDED_GROUP_WORDS,
    ADJECTIVE_NOUNS,
    ASIDE_CUES,
    ATTACK_PASTS,
    ATTACKER_NOUNS,
    BARE_KIN_NOUNS,
    BEARING_WORDS,
    CASUALTY_NOUNS,
    COUNT_ADDITIONS,
    COUNT_QUALIFIERS,
    COUNTED_THINGS,
    COUNTRY_WIDE_AREAS,
    COUNTRY_WIDE_WORDS,
    FAMILY_NOUNS,
    INJURED_WORDS,
    INJURING_VERBS,
    INJURY_ADVERBS,
    INJURY_DEGREES,
    INJURY_VERBS,
    KILLED_WORDS,
    KILLING_VERBS,
    LEAVING_VERBS,
    LIVES_VERBS,
    MANY_AREAS_WORDS,
    MEASURE_UNITS,
    MONTH_NAMES,
    NAME_WORD,
    NO_DAMAGE_PHRASES,
    NOT_TITLE_WORDS,
    NUMBER_SCALES,
    NUMBER_WORDS,
    ONE_MORE_WORDS,
    ONE_PERSON_NOUNS,
    PAIR_NOUNS,
    SEVERAL_STRIKES_CUES,
    STRIKE_NOUNS,
    TIME_UNITS,
    TOLL_UPDATE_VERBS,
    VAGUE_COUNTS,
    WEAPON_NAMES,
    WEEKDAYS,
    ZERO_PHRASES,
    Caseless,
    words,
)
from .strikes import clause_around, is_history, is_war_summary, singular_demonyms

NUMBER_WORD = words(w for w in NUMBER_WORDS if w not in ("no", "a", "an", "both"))
# "both occupants", "killed both men": two (not "both dead and injured", "both sides")
BOTH = rf"both(?!\s+(?:{words((*KILLED_WORDS, *INJURED_WORDS, 'sides', 'of', 'in', 'on'))})\b)(?=\s+[a-z])"
AFTER_A_SCALE = "(?:" + "|".join(f"(?<={scale})" for scale in NUMBER_SCALES) + ")"
# "23", "1,200", "twenty-three", "two hundred and five", "3 thousand": one span, one number
NUM = (
    rf"(?P<num>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d^*./]\d)(?:\s+{words(NUMBER_SCALES)})?"
    # ("and" only after a scale: "two hundred and five", never "two and five" of a list)
    rf"|{NUMBER_WORD}(?:(?:\s+|-|{AFTER_A_SCALE}\s+and\s+){NUMBER_WORD})*|{BOTH})"
    # (never an age: "wounding nineteen-year-old Anna" is one)
    r"(?!-(?:year|month|week|day)s?-old)"
)
QUALIFIER = rf"(?:{words(COUNT_QUALIFIERS)}\s+)?(?:{words(COUNT_ADDITIONS)}\s+)?"
KILLED = words(KILLED_WORDS)
INJURED = words(INJURED_WORDS)
# "people, including three women," between a count and its verb; never another count or verb.
# Never a month or a day either: "on 31 February, killing 2" is no count of 31.
# Nor a second number: "Two children were among five people killed" counts five; nor
# "among": "Two teachers were among the wounded" counts no one (a part of a total untold).
# ("Nine members of one family died": "one family" is who they were, no count)
ONE_FAMILY = rf"one\s+{words(FAMILY_NOUNS)}\b"
# ("six Syrian and foreign militants": a nationality joined to another word by "and")
FILLER = (
    rf"(?:{ONE_FAMILY},?\s+|(?-i:[A-Z])[\w’'-]+\s+and\s+(?!(?:an?|the|her|his|their|its|{NUMBER_WORD})\b)(?=[a-zA-Z])|(?!(?:{KILLED}|{INJURED}|and|among|while|whereas|but|\d+|{NUMBER_WORD}"
    rf"|{words((*MONTH_NAMES, *WEEKDAYS, *VAGUE_COUNTS))})\b)"
    # (never "casualties": "35 casualties, including 11 dead" counts 11 dead; nor "of the
    # wounded": "two of the wounded later died" counts two dead)
    # (initials are a word too: "Three U.S. service members were killed")
    rf"(?!casualt|of\s+the\s+{INJURED}\b)(?:[A-Za-z’'-]+|(?-i:[A-Z]\.){{2,3}}),?\s+){{0,7}}?"
)
# "One bomb exploded ..., killing": a count of weapons, not of people ("One struck the clinic,
# killing three": the weapon left unsaid, its verb right after the number)
NOT_A_WEAPON = (
    rf"(?!(?:[\w-]+\s+)?{words((*WEAPON_NAMES, *STRIKE_NOUNS), plural=True)}\b"
    rf"|{words(ATTACK_PASTS)}\b)"
)
# "six days after an attack that killed ten": a span of time, not a count
# (nor a measure: "shelled Nikopol 15 times, injuring two", "5 km from the border")
# (nor the attackers a defender killed: "40 attackers were killed")
NOT_A_DURATION = (
    rf"(?!{words((*TIME_UNITS, *MEASURE_UNITS, *COUNTED_THINGS, *ATTACKER_NOUNS), plural=True)}\b)"
)
# "the army said it had killed 40 attackers": the attack's own men, no victims of it
NOT_ATTACKERS = rf"(?!\s+{words(ATTACKER_NOUNS, plural=True)}\b)"
# ", including women and children,": an aside in commas (its "and" joins no second count)
# (or a part of the count: "Eleven people, six of them children, were killed")
ASIDE = (
    rf"(?:,?\s*\b(?:{words(ASIDE_CUES)}|(?:\d+|{NUMBER_WORD})\s+of\s+(?:them|whom))\s+"
    # (never ending on "and": "nine civilians including children and wounding 34" counts no
    # nine wounded)
    rf"(?:(?!{KILLED}|{INJURED})[^,;.:]){{1,50}}?(?<!\band),?\s+)?"
)
BE = r"(?:(?:were|was|have been|has been|had been|are|is)\s+)?(?:reportedly\s+)?"
INJURED_PHRASE = rf"(?:{words(INJURY_VERBS)}\s+)?(?:{words(INJURY_DEGREES)}\s+)?{INJURED}"
KIN = r"(?:her|his|their|its)"  # "her husband", "his two sons", "its two occupants": the victims
# "a resident of Ganja, was killed": one person
# "a 65-year-old man", "her husband": one person ("killing a man", "injuring her husband")
# "killing the driver": one person too, by a noun that is never an adjective ("the civilian
# population" is no one), not a possessive ("the driver's two children")
# ("a Palestinian was killed", "killing an Israeli": one person named by nationality alone)
ONE_NATIONAL = (
    rf"(?:a|an|one)\s+(?-i:{words(singular_demonyms())})\b(?!\s+(?-i:[a-z])\w*\s+(?:was|were|is)\b)"
)
ONE_PERSON_OBJECT = (
    rf"(?:(?:a|an|one|{KIN})\s+(?:[\w-]+\s+){{0,3}}?{words(ONE_PERSON_NOUNS)}\b|{ONE_NATIONAL})"
)
THE_ONE_PERSON = (
    # ("the ship's pilot", "the car's driver": whose they were may stand between)
    rf"the\s+(?:[\w-]+(?:['’]s)?\s+)?{words(n for n in ONE_PERSON_NOUNS if n not in ADJECTIVE_NOUNS)}"
    r"\b(?![’'-])"
)
# "nineteen-year-old Anna", "19-year-old Ahmed": one person, by age and name
AGED_NAME = rf"(?:\d{{1,3}}|{NUMBER_WORD})-year-old\s+(?-i:[A-Z])[\w’'-]+"
ONE_VICTIM = rf"(?:{ONE_PERSON_OBJECT}|{THE_ONE_PERSON}|{AGED_NAME})"
ONE_PERSON = (
    rf"\b(?:{ONE_PERSON_OBJECT}[^.;]{{0,70}}?"
    # "The driver was killed and six passengers were injured": one, opening the sentence (or
    # a clause: "A drone hit a car in Tetkino, the driver was killed")
    rf"|(?:^(?-i:T)|(?<=, )(?-i:t)|(?<=; )(?-i:t)|(?<=and )(?-i:t)){THE_ONE_PERSON[1:]}\s+"
    r"|\d{1,3}-year-old\s+(?:[A-Z][\w’'-]+\s+){1,4})"  # "24-year-old Saeed Jaber was killed"
    r"\b(?:was|has been|is)(?:\s*,[^,.;]{1,40},)?\s+"  # "was, according to X, killed"
    r"(?:also\s+)?"  # "A 70-year-old woman was also injured in Kupiansk"
)
ORDINAL_ONE = words(w for w in ONE_MORE_WORDS if w != "another")  # "a third", "a fourth"
# "an elderly couple", "twin sisters": two people as a pair
PAIR = rf"(?:(?:an?|the|her|his|their)\s+)?(?:[\w-]+\s+)?{words(PAIR_NOUNS)}\b(?!\s+of\b)"
# "killing a woman and a man": two
# (after a killing verb, "the driver" too: "killing the driver and injuring six")
# ("a man, a woman and a child": three; "a woman born in 1965 and a boy", "a man, 54, and his
# son": what is told of each between)
VICTIM_ASIDE = r"(?:\s+born\s+in\s+(?:19|20)\d\d|,\s+(?:aged\s+)?\d{1,3}(?=,))?"
# ("a father and son": the second kin bare after "and")
BARE_KIN = rf"\band\s+{words(BARE_KIN_NOUNS)}\b"
ONE_OBJECT = (
    rf"{ONE_VICTIM}{VICTIM_ASIDE}(?:,\s+{ONE_VICTIM}{VICTIM_ASIDE})*"
    rf"(?:,?\s+and\s+{ONE_VICTIM}{VICTIM_ASIDE}|\s+{BARE_KIN})?"
)
# "four soldiers and two civilians", "a woman and her two children", "two children and their
# mother": two groups of people joined by "and", counted together
NOT_A_NOUN = rf"(?!(?:{KILLED}|{INJURED}|were|was|are|is|have|has|had|and)\b)"
GROUP = (
    # ("the driver and two passengers": one named by the noun, the others by their number)
    # ("a couple and their two children": a pair, two)
    rf"(?:{ONE_VICTIM}|{PAIR}|(?:{KIN}\s+)?{NUM.replace('(?P<num>', '(?:')}"
    rf"\s+(?:{NOT_A_NOUN}[a-z-]+\s+)?{NOT_A_NOUN}[a-z]+)"
)
GROUPS = rf"(?P<num>{GROUP}\s+and\s+{GROUP})"


# "Killed in the attack were ...", "Wounded by the shelling was ...": a sentence that opens on
# the participle, its count after the verb
INVERTED = r"^\W*{verb}\s+(?:in|by|during)\s+[^.;]{{0,80}}?\s+(?:were|was)\s+"


def number_of(tallied: str) -> str:
    """'the number of dead reached 14': a tally of the people a pattern names, and its count."""
    return (
        rf"\b(?:number|toll)\s+of\s+(?:the\s+)?(?:{tallied})\s+"
        # ("the number of injured in Sunday's shelling of Kharkiv has risen to 23")
        rf"(?:[\w’'-]+\s+){{0,10}}?(?:to|at|is|was|reached|stands at)\s+{QUALIFIER}{NUM}\b"
    )


# Each rule: (field, pattern); the count is the <num> group.
HURT_ONE = r"(?:injured|wounded|hurt|hospitali[sz]ed|taken\s+to\s+(?:the\s+)?hospital)"
LATER_DIED = r"\s+and\s+(?:later\s+|subsequently\s+)?(?:died|succumbed)\b"
RULES = (
    ("killed", rf"\b{words(KILLING_VERBS)}\s+{QUALIFIER}(?:{KIN}\s+)?{NUM}\b{NOT_ATTACKERS}"),  # "killed its two"
    ("killed", rf"\b{words(LEAVING_VERBS)}\s+{QUALIFIER}{NUM}\s+{FILLER}{KILLED}\b"),
    ("killed", rf"\b{words(LIVES_VERBS)}\s+(?:the\s+)?{QUALIFIER}{NUM}\s+(?:civilian\s+)?lives\b"),
    ("killed", rf"\bdeath toll\s+(?:[\w’'-]+\s+){{0,20}}?(?:to|at|of|is|was|reached|stands at)\s+{QUALIFIER}{NUM}\b"),
    # ("the toll climbed to nine": the toll, risen)
    # (a headline's present, the strike between: "Toll in strike on Nuseirat school climbs to 33")
    ("killed", rf"\b(?:the\s+)?toll\s+(?!of\s+(?:the\s+)?{INJURED})(?:(?:in|from|of)\s+[^.;:,]{{1,60}}?\s+)?(?:has\s+|had\s+)?"
               rf"(?:rose|rises|risen|climbed|climbs|increased|increases|jumped|jumps|reached|reaches)\s+(?:to\s+)?{QUALIFIER}{NUM}\b"),
    # a toll revised: "the ministry has revised its toll to nine", "put the toll at 12"
    ("killed", rf"\b{words(TOLL_UPDATE_VERBS)}\s+(?:the|its|their)\s+(?:death\s+)?toll\s+"
               rf"(?:[\w’'-]+\s+){{0,4}}?(?:to|at)\s+{QUALIFIER}{NUM}\b"),
    # a range told before its verb: "Between 10 and 12 people were killed" (the least; the
    # earlier match wins over "12 people were killed")
    ("killed", rf"\bbetween\s+{NUM}\s+and\s+(?:\d+|{NUMBER_WORD})\s+{FILLER}{BE}{KILLED}\b"),
    ("injured", rf"\bbetween\s+{NUM}\s+and\s+(?:\d+|{NUMBER_WORD})\s+{FILLER}{BE}{INJURED_PHRASE}\b"),
    # "resulting in the deaths of three people", "causing the death of a child"
    # ("the killing of two of its fighters in a strike on Bint Jbeil": the act, named)
    ("killed", rf"\b(?:deaths|killings?)\s+of\s+{QUALIFIER}{NUM}\b"),
    ("killed", rf"\b(?:death|killing)\s+of\s+(?P<num>{ONE_PERSON_OBJECT})"),
    # "the number of injured rose to 43", "the number of dead reached 14"
    ("killed", number_of(r"dead|deaths|those\s+killed|people\s+killed|fatalities")),
    ("injured", number_of(r"injured|wounded|those\s+injured|people\s+injured|injuries")),
    ("killed", rf"\b(?!{ONE_FAMILY}){QUALIFIER}{NUM}\s+{NOT_A_WEAPON}{NOT_A_DURATION}{FILLER}{ASIDE}{BE}{KILLED}\b"),
    # ("a man was shot dead", "was shot and killed")
    ("killed", rf"(?P<num>{ONE_PERSON})(?:reported\s+|reportedly\s+|confirmed\s+)?"
               r"(?:shot\s+(?:and\s+)?)?(?:killed|dead)\b"),
    # "leaving a woman dead", "the victim, a 45-year-old man, died in hospital"
    ("killed", rf"\b{words(LEAVING_VERBS)}\s+(?P<num>{ONE_OBJECT})\s+dead\b"),
    # ("a civilian in Martuni region had died": where they were may stand between)
    ("killed", rf"(?P<num>{ONE_PERSON_OBJECT})(?:\s+(?:in|from|of|near)\s+(?:the\s+)?"
               r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:\s+(?:region|district|village|province))?)?"
               r",?\s+(?:had\s+|has\s+)?(?:later\s+)?died\b"),
    # "two of the wounded later died in hospital"
    ("killed", rf"\b{QUALIFIER}{NUM}\s+of\s+the\s+{INJURED}\s+(?:later\s+|subsequently\s+)?"
               r"(?:died|succumbed)\b"),
    # "killed a family of five", "the bodies of seven people were recovered"
    # (a headline drops the article: "Russian missile kills family of four")
    ("killed", rf"\b{words(KILLING_VERBS)}\s+(?:(?:a|an|the)\s+)?family\s+of\s+{NUM}\b"),
    ("injured", rf"\b{words(INJURING_VERBS)}\s+(?:(?:a|an|the)\s+)?family\s+of\s+{NUM}\b"),
    ("killed", rf"\bbodies\s+of\s+{QUALIFIER}{NUM}\b"),
    # "the body of a man was pulled from the rubble": one dead
    ("killed", rf"\bbody\s+of\s+(?P<num>{ONE_VICTIM})"),
    ("killed", rf"\b{words(KILLING_VERBS)}\s+(?P<num>{ONE_OBJECT})"),
    # two people named as a pair: "a couple was killed", "killing twin sisters"
    ("killed", rf"\b(?P<num>{PAIR})\s+{BE}{KILLED}\b"),
    ("killed", rf"\b{words(KILLING_VERBS)}\s+(?P<num>{PAIR})"),
    ("injured", rf"\b(?P<num>{PAIR})\s+{BE}{INJURED_PHRASE}\b"),
    ("injured", rf"\b{words(INJURING_VERBS)}\s+(?P<num>{PAIR})"),
    ("injured", rf"\b{words(INJURING_VERBS)}\s+{QUALIFIER}(?:{KIN}\s+)?{NUM}\b{NOT_ATTACKERS}"),
    ("injured", rf"\b(?!{ONE_FAMILY}){QUALIFIER}{NUM}\s+{NOT_A_WEAPON}{NOT_A_DURATION}{FILLER}{ASIDE}{BE}{INJURED_PHRASE}\b"),
    # ("a man was lightly wounded", "a woman was seriously injured", "his passenger was taken
    # to hospital"; not one who "was injured and later died")
    ("injured", rf"(?P<num>{ONE_PERSON})(?:{words(INJURY_ADVERBS)}\s+)?{HURT_ONE}\b(?!{LATER_DIED})"),
    ("killed", rf"(?P<num>{ONE_PERSON})(?:{words(INJURY_ADVERBS)}\s+)?{HURT_ONE}{LATER_DIED}"),
    # "caused injuries to nine people", "inflicting wounds on three civilians"
    # (or named after the deaths: "resulted in the deaths of four and injuries to nine others")
    ("injured", rf"\b(?:(?:caus|inflict)(?:ed|ing|es)\s+(?:[\w-]+\s+)?|\band\s+)"
                rf"(?:injuries|wounds)\s+(?:to|on)\s+{QUALIFIER}{NUM}\b"),
    # ("a man suffered shrapnel wounds", "a woman sustained injuries")
    ("injured", rf"(?P<num>{ONE_VICTIM})\s+(?:suffered|sustained|received)\s+(?:[\w-]+\s+){{0,2}}?"
                r"(?:wounds|injuries)\b"),
    ("injured", rf"\b{words(INJURING_VERBS)}\s+(?P<num>{ONE_OBJECT})"),
    # "one person was killed and another injured", "killed one and injured another": one more
    ("injured", rf"\b{words(INJURING_VERBS)}\s+(?P<num>another)\b(?!\s+(?:\d|{NUMBER_WORD}))"),
    ("injured", rf"\band\s+(?P<num>another)\s+(?:(?:person|one)\s+)?(?:was\s+)?{INJURED}\b"),
    # "killed one person and left another seriously injured"
    ("injured", rf"\b{words(LEAVING_VERBS)}\s+(?P<num>another)\s+(?:{words(INJURY_ADVERBS)}\s+)?"
                rf"{INJURED}\b"),
    # "a man was killed and his wife injured": one more, the verb left out
    ("injured", rf"\band\s+(?P<num>{ONE_PERSON_OBJECT})\s+(?:{words(INJURY_ADVERBS)}\s+)?(?:injured|wounded|hurt)\b"),
    # "a third was injured", "a fourth person died": one more
    ("injured", rf"\b(?P<num>{ORDINAL_ONE})\s+(?:person\s+|man\s+|woman\s+)?(?:was\s+)?{INJURED}\b"),
    ("killed", rf"\b(?P<num>{ORDINAL_ONE})\s+(?:person\s+|man\s+|woman\s+)?(?:was\s+killed|died|succumbed)\b"),
    ("killed", rf"\band\s+(?P<num>another)\s+(?:(?:person|one)\s+)?(?:was\s+)?{KILLED}\b"),
    # "killed two paramedics and injured a third": one more
    ("injured", rf"\b{words(INJURING_VERBS)}\s+(?P<num>{ORDINAL_ONE})\b(?!\s+of\b)"),
    ("killed", rf"\b{words(KILLING_VERBS)}\s+(?P<num>{ORDINAL_ONE})\b(?!\s+of\b)"),
    # "Killed in the attack on Sumy were a mother and her two children": the verb first
    ("killed", rf"{INVERTED.format(verb='killed')}{QUALIFIER}{NUM}\b"),
    ("killed", rf"{INVERTED.format(verb='killed')}(?P<num>{ONE_OBJECT})"),
    ("injured", rf"{INVERTED.format(verb='(?:injured|wounded)')}{QUALIFIER}{NUM}\b"),
    ("injured", rf"{INVERTED.format(verb='(?:injured|wounded)')}(?P<num>{ONE_OBJECT})"),
    # (last: at the same start, two groups outvote the first group alone)
    ("killed", rf"{INVERTED.format(verb='killed')}{GROUPS}"),
    ("injured", rf"{INVERTED.format(verb='(?:injured|wounded)')}{GROUPS}"),
    ("killed", rf"\b{GROUPS}\s+{BE}{KILLED}\b"),
    ("killed", rf"\b{words(KILLING_VERBS)}\s+{GROUPS}"),
    ("injured", rf"\b{GROUPS}\s+{BE}{INJURED_PHRASE}\b"),
    ("injured", rf"\b{words(INJURING_VERBS)}\s+{GROUPS}"),
)  # fmt: skip
# A vague count the strike's own sentence gives ("killing dozens", "scores were wounded"): the
# field's total stays unknown; a later count below what the word means is a part of it
VAGUE = rf"(?:{QUALIFIER}(?P<vague>{words(VAGUE_COUNTS)}))"
VAGUE_RULES = (
    ("killed", rf"\b{words(KILLING_VERBS)}\s+{VAGUE}\b"),
    ("killed", rf"\b{VAGUE}\s+(?:of\s+)?(?:[a-z]+\s+){{0,2}}?{BE}{KILLED}\b"),
    ("injured", rf"\b{words(INJURING_VERBS)}\s+{VAGUE}\b"),
    ("injured", rf"\b{VAGUE}\s+(?:of\s+)?(?:[a-z]+\s+){{0,2}}?{BE}{INJURED_PHRASE}\b"),
)
VAGUE_COMPILED = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in VAGUE_RULES)


def vague_floors(text: str) -> dict[str, int]:
    """The least each field's vague count means ("killing dozens of people": killed, 24)."""
    lowered = text.lower()
    if not any(word in lowered for word in VAGUE_COUNTS):
        return {}
    floors = {}
    for name, pattern in VAGUE_COMPILED:
        found = pattern.search(text) if name not in floors else None
        if found:
            floors[name] = VAGUE_COUNTS[found["vague"].lower()]
    return floors


# Phrases that state zero for the fields they cover, grouped by the fields.
ZERO_RULES = tuple(
    (fields, rf"\b{words(p for p, f in ZERO_PHRASES.items() if f == fields)}")
    for fields in dict.fromkeys(ZERO_PHRASES.values())
)
COMPILED = tuple((name, Caseless(p), GROUPS in p) for name, p in RULES)
# Where a second group can start: a rule counting two groups runs only there (most sentences
# have none)
SECOND_GROUP = re.compile(rf"\band\s+(?:{KIN}|an?|\d|{NUMBER_WORD})\b", re.IGNORECASE)
GROUPS_RE = re.compile(GROUPS, re.IGNORECASE)
ONE_PERSON_RE = re.compile(ONE_PERSON_OBJECT, re.IGNORECASE)
NUM_RE = re.compile(NUM, re.IGNORECASE)
NUM_PLAIN = NUM.replace("(?P<num>", "(?:")
ZERO = tuple((names, Caseless(p)) for names, p in ZERO_RULES)
NO_DAMAGE = Caseless(rf"\b{words(NO_DAMAGE_PHRASES)}\b")


@dataclass(frozen=True)
class Count:
    field: str
    value: int
    start: int
    end: int


# Cheap test before the count rules: most sentences mention no harm to people at all.
HARM_WORD = Caseless(
    words(
        (
            *KILLED_WORDS,
            *INJURED_WORDS,
            *CASUALTY_NOUNS,
            *KILLING_VERBS,
            *INJURING_VERBS,
            *ZERO_PHRASES,
            *NO_DAMAGE_PHRASES,
            "body of",  # "the body of a man was pulled from the rubble"
        )
    ),  # fmt: skip
)


# Words (lower case) one of which every rule of a field needs, tested before its rules run.
FIELD_KEYS = {
    "killed": tuple(dict.fromkeys((*KILLED_WORDS, *KILLING_VERBS, "lives", "toll", "body of"))),
    "injured": tuple(dict.fromkeys((*INJURED_WORDS, *INJURING_VERBS))),
}


# "one man was wounded and two others were lightly injured": a second group of the same field
# that the word "others" or "more" adds to the first
ADDED = rf"[^.;]{{0,80}}?\band\s+{NUM}\s+{words(ADDED_GROUP_WORDS)}\b(?:\s+people)?\s+{BE}"
ADDED_AFTER = {
    "killed": Caseless(rf"{ADDED}(?:{KILLED}|died)\b"),
    "injured": Caseless(rf"{ADDED}{INJURED_PHRASE}\b"),
}
# "Two people died on the spot and another died in hospital": one more
ADDED_ONE = (
    rf"[^.;]{{0,80}}?\band\s+(?P<num>{words(ONE_MORE_WORDS)})\s+(?:(?:person|one|man|woman)\s+)?"
    r"(?:was\s+|later\s+)?"
)
ADDED_ONE_AFTER = {
    "killed": Caseless(rf"{ADDED_ONE}(?:{KILLED}|died|succumbed)\b"),
    "injured": Caseless(rf"{ADDED_ONE}{INJURED}\b"),
}


def find_counts(text: str, offset: int = 0) -> dict[str, Count]:
    """The first stated count for killed and for injured in ``text``."""
    found: dict[str, Count] = {}
    lowered = text.lower()
    if not HARM_WORD.test(text, lowered):
        return found
    for names, zero in ZERO:
        for match in zero.finditer(text) if zero.test(text, lowered) else ():
            for name in names:
                found.setdefault(name, Count(name, 0, offset + match.start(), offset + match.end()))
    present = [name for name, keys in FIELD_KEYS.items() if any(k in lowered for k in keys)]
    joins: list[tuple[int, int]] | None = None  # where a second group may start
    for name, pattern, two_groups in COMPILED:
        if name not in present:
            continue  # no word of that field: none of its rules can match
        if two_groups:
            if joins is None:
                joins = (
                    [m.span() for m in SECOND_GROUP.finditer(text)] if " and " in lowered else []
                )
            matches: Iterable[re.Match[str]] = around(pattern, text, lowered, joins)
        else:
            matches = pattern.finditer(text) if pattern.test(text, lowered) else ()
        for match in matches:
            value = to_int(match["num"])
            if value is None or name in found and found[name].start < offset + match.start():
                continue
            if in_a_tally(text, match) or a_day_of_month(text, match.start("num")):
                continue  # "...; more than 35,000 people have been killed in the war"
            found[name] = with_added(text, Count(name, value, offset + match.start(),
                                                 offset + match.end()), offset)  # fmt: skip
            break
    if " was " in text or " has been " in text:
        for victim in NAMED_VICTIM.finditer(text):  # "Mehman Abiyev was killed": one
            if in_a_tally(text, victim):
                continue
            name = "killed" if victim["verb"] == "killed" else "injured"
            found.setdefault(name, Count(name, 1, offset + victim.start(), offset + victim.end()))
    if "killed" not in found and (named := named_killed(text)):
        start, end, value = named  # "killed Hamas official Saleh al-Arouri and six others": 7
        found["killed"] = Count("killed", value, offset + start, offset + end)
    no_damage = NO_DAMAGE.search(text) if not found and NO_DAMAGE.test(text, lowered) else None
    for name in ("killed", "injured") if no_damage else ():
        found.setdefault(name, Count(name, 0, offset + no_damage.start(), offset + no_damage.end()))
    return found


def with_added(text: str, count: Count, offset: int) -> Count:
    """A count with the group that "and two others" adds right after it."""
    maybe = " and " in text and any(f" {word}" in text for word in ADDED_GROUP_WORDS)
    more = ADDED_AFTER[count.field].match(text, count.end - offset) if maybe else None
    one = " and " in text and any(f" {word}" in text for word in ONE_MORE_WORDS)
    if more is None and one:
        more = ADDED_ONE_AFTER[count.field].match(text, count.end - offset)
    value = to_int(more["num"]) if more else None
    if more is None or value is None:
        return count
    return Count(count.field, count.value + value, count.start, offset + more.end())


# A month's name right before a number: "on April 1 killed seven" (a day, not a count)
# ("on the night of March 9-10 killed two": the second day of a span too)
MONTH_BEFORE = re.compile(rf"\b{MONTH_WORD}\s+(?:\d{{1,2}}\s*[-–]\s*)?$", re.IGNORECASE)


# ... or right after it: "on Sun 10 Mar, wounding three"
MONTH_AFTER = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}\b", re.IGNORECASE)


def a_day_of_month(text: str, start: int) -> bool:
    return text[start : start + 1].isdigit() and (
        bool(MONTH_BEFORE.search(text, 0, start)) or bool(MONTH_AFTER.match(text, start))
    )


def in_a_tally(text: str, match: re.Match[str]) -> bool:
    """A count in a war-wide summary's clause or in history's, or a count over a whole
    country ("a wave of strikes across Ukraine that killed at least 31"): no one strike's."""
    clause = clause_around(text, match.start(), match.end())
    return (
        is_war_summary(clause) or is_history(clause) or country_wide(text, match)
        or bool(SEVERAL_STRIKES.search(clause))  # "killing 10 people in total"
        or bool(MANY_AREAS.search(clause))  # "57 were killed ... on several areas of Gaza"
    )  # fmt: skip


MANY_AREAS = re.compile(rf"\b{words(MANY_AREAS_WORDS)}\b", re.IGNORECASE)
SEVERAL_STRIKES = re.compile(rf"\b{words(SEVERAL_STRIKES_CUES)}\b", re.IGNORECASE)


# "strikes across Ukraine that killed 31", "killed 71 people across the territory"
COUNTRY_WIDE = re.compile(
    rf"\b(?:{words(COUNTRY_WIDE_WORDS)})\s+(?:the\s+)?(?:{words(BEARING_WORDS)}\s+)?"
    r"(?P<area>[\w’'-]+)",
    re.IGNORECASE,
)
COUNTRY_WIDE_BEFORE, COUNTRY_WIDE_AFTER = 60, 50  # characters around a count where it applies


def names_a_whole_country(text: str, start: int = 0, end: int | None = None) -> bool:
    """'strikes across Ukraine', 'across the territory': a whole country named as where a
    count fell (between ``start`` and ``end``)."""
    if not any(word in text for word in COUNTRY_WIDE_WORDS):
        return False
    return any(
        found["area"].lower() in COUNTRY_WIDE_AREAS or bool(nation_code(found["area"]))
        for found in COUNTRY_WIDE.finditer(text, start, len(text) if end is None else end)
    )


def country_wide(text: str, match: re.Match[str]) -> bool:
    """A whole country named right around a count."""
    start = max(0, match.start() - COUNTRY_WIDE_BEFORE)
    return names_a_whole_country(text, start, match.end() + COUNTRY_WIDE_AFTER)


# One person by name: "Mehman Abiyev was killed", "Olena Kovalenko was wounded"
NAMED_VICTIM = re.compile(
    r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}"
    r"(?:,\s+\d{1,3},)?"  # ("Ali Hassan, 34, was killed": the age between)
    r"\s+(?:was|has\s+been)\s+(?:reportedly\s+)?(?P<verb>killed|wounded|injured)\b"
)


# One person by name after a killing verb, a title maybe before ("killed senior Hamas official
# Saleh al-Arouri", "killing Fuad Shukr, a top commander,"), maybe others added ("and six other
# people"): the name ends where a clause goes on (not "killed Gaza Civil Defence workers"), and
# no title word places it ("killed soldiers in Gaza City")
NAMED_KILLED = re.compile(
    rf"\b{words(KILLING_VERBS)}\s+(?:(?!(?:{words(NOT_TITLE_WORDS)})\b)[\w’'-]+\s+){{0,4}}?"
    rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}(?:,\s+(?:an?|the)\s+[^,.;]{{1,60}},)?"
    rf"(?:\s+and\s+(?P<more>{NUM_PLAIN})\s+(?:{words(ADDED_GROUP_WORDS)})\b(?:\s+[a-z]+)?)?"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:and|on|in|at|near|as|who|when|while|after|during|with)\b)"
)


def named_killed(text: str) -> tuple[int, int, int] | None:
    """Where a sentence kills one person by name, and how many die with them."""
    if not any(verb in text for verb in ("kill", "lives of")):
        return None
    found = NAMED_KILLED.search(text)
    if found is None or in_a_tally(text, found):
        return None
    more = to_int(found["more"]) if found["more"] else 0
    return (found.start(), found.end(), 1 + more) if more is not None else None


# Characters before and after an "and" that two groups of people and their verb span
# ("killing a woman and her two children", "four soldiers and two civilians were killed")
GROUP_BEFORE, GROUP_AFTER = 45, 80


def around(
    pattern: Caseless, text: str, lowered: str, joins: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The pattern's matches near each "and" that may join two groups (a slow pattern run on
    a window of the lower-cased text, not the whole sentence)."""
    same = len(lowered) == len(text)
    for start, end in joins:
        bounds = (max(0, start - GROUP_BEFORE), end + GROUP_AFTER)
        match = pattern.lower.search(lowered, *bounds) if same else pattern.search(text, *bounds)
        if match and match.start() <= start < match.end():
            yield match


ONE_MORE = frozenset(ONE_MORE_WORDS)
ONE_VICTIM_RE = re.compile(ONE_VICTIM, re.IGNORECASE)
THE_ONE_PERSON_RE = re.compile(THE_ONE_PERSON, re.IGNORECASE)
PAIR_RE = re.compile(PAIR, re.IGNORECASE)


def to_int(word: str) -> int | None:
    """The number a count span states; None for a year or a war-wide tally (100,000 or more)."""
    if " and " in word and GROUPS_RE.fullmatch(word):
        parts = [group_size(part) for part in re.split(r"\s+and\s+(?=\S+\s)", word, maxsplit=1)]
        return None if None in parts else sum(p for p in parts if p is not None)
    if PAIR_RE.fullmatch(word):
        return 2
    if re.fullmatch(ONE_OBJECT, word, re.IGNORECASE):
        return len(ONE_VICTIM_RE.findall(word)) + bool(re.search(BARE_KIN, word, re.IGNORECASE))
    if re.match(ONE_PERSON, word, re.IGNORECASE) or word.lower() in ONE_MORE:
        return 1
    if THE_ONE_PERSON_RE.match(word):
        return 1  # (", the driver was killed": one, opening a clause)
    value = number_value(" ".join(word.lower().replace(",", "").split()))
    if value is None or value >= 100_000 or 1900 <= value <= 2100 and word.isdigit():
        return None
    return value


NUMBER_FREE = frozenset(NUMBER_WORDS) - {"a", "an"}


def names_its_victims(text: str, count: Count) -> bool:
    """A count told by naming its victim, not by a number ("killing a British journalist",
    "killed Hezbollah's media chief"): a toll given later for the strike is its whole."""
    told = re.findall(r"[\w-]+", text[count.start : count.end].lower())
    return count.value == 1 and not any(w.isdigit() or w in NUMBER_FREE for w in told)


def group_size(group: str) -> int | None:
    """'four soldiers' -> 4, 'her two children' -> 2, 'a woman' -> 1."""
    if ONE_PERSON_RE.fullmatch(group) or ONE_VICTIM_RE.fullmatch(group):
        return 1
    if PAIR_RE.fullmatch(group):
        return 2
    found = NUM_RE.search(group)
    return to_int(found["num"]) if found else None


def number_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    first, _, scale = text.partition(" ")
    if scale in NUMBER_SCALES and (first.isdigit() or first in NUMBER_WORDS):
        base = int(first) if first.isdigit() else NUMBER_WORDS[first]
        return base * NUMBER_WORDS[scale]  # "3 thousand", "two dozen"
    from text_to_num import text2num  # "twenty-three", "two hundred and five"

    if first in ("a", "an"):
        text = f"one {scale}"  # "a hundred and twelve"
    try:
        return int(text2num(text, "en"))
    except ValueError:
        return NUMBER_WORDS.get(text.split()[0].split("-")[0])
