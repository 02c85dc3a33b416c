"""Who the article attributes a claim to: "said", "according to", "told", "tweeted"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .gazetteer import geonames_countries, nation_code
from .lexicon import (
    ATTACK_PASTS,
    ATTACK_VERBS,
    BARE_FORCE_NOUNS,
    BLAME_PARTICIPLES,
    BODY_NOUNS,
    BODY_WORDS,
    CARRY_OUT_VERBS,
    CITING_WORDS,
    CLAIMED_ATTACK_NOUNS,
    CLAUSE_JOINERS,
    DENIAL_VERBS,
    DISOWNED,
    FALSE_WORDS,
    FORCE_NOUNS,
    KIND_SUFFIXES,
    LEADER_TITLES,
    LISTENER_VERBS,
    MEDIA_SPEAKER_NOUNS,
    MEDIA_WORDS,
    NOT_NAME_WORDS,
    NOT_REPORT_CUES,
    NOT_SOURCES,
    NOT_SPEAKER_HEADS,
    OBJECT_REPORT_VERBS,
    OWN_ATTACK_GERUNDS,
    OWN_REPORT_VERBS,
    OWNED_CLAIM_NOUNS,
    PERSON_TITLES,
    PHRASE_ENDS,
    PICTURE_NOUNS,
    PLACE_ONLY_HEADS,
    PUBLISH_VERBS,
    REPORT_VERBS,
    SAID_THING_HEADS,
    SPEAKER_NOUNS,
    SPEAKER_PLACE_PREPOSITIONS,
    SPEAKING_FORCES,
    SPEAKING_PARTICIPLES,
    STATEMENT_NOUNS,
    STRIKE_NOUNS,
    TIME_ZONES,
    TOLL_UPDATE_VERBS,
    WEAPON_NAMES,
    Caseless,
    forms,
    words,
)
from .phrases import (
    PERSON_TITLE_SET,
    PRONOUNS,
    TITLE_WORDS,
    is_acronym,
    person_name,
    phrase_after,
    phrase_before,
)
from .places import DESCRIBED_PERSON

REPORT_VERB = words(forms(REPORT_VERBS))
# "Hajiyev said", "the ministry said in a statement", "..., said Hikmet Hajiyev."
VERB = Caseless(rf"\b{REPORT_VERB}\b")
# A verb with a plain object, then the subject's attack after "and" ("Israel rejected the
# proposal and struck Rafah"): a deed, no report (not "warned that", "accused it of")
DEED_AFTER_OBJECT = re.compile(
    r"\s+(?!(?:that|of|about|it|they|he|she|we|on|to|against)\b)(?:[\w’'-]+\s+){1,5}?and\s+"
    rf"(?:then\s+|also\s+|later\s+)?{words(ATTACK_PASTS)}\b"
)
OBJECT_VERBS = frozenset(OBJECT_REPORT_VERBS)


def did_instead(text: str, start: int, end: int) -> bool:
    """Is the verb at ``start:end`` one with a plain object and an attack after it?"""
    return text[start:end].lower() in OBJECT_VERBS and bool(DEED_AFTER_OBJECT.match(text, end))


ACCORDING = re.compile(
    rf"\baccording(?:\s+to)?\s+|\b{words(CITING_WORDS)}\s+|\bSource:\s*|\b[Pp]er\s+(?=the\s)"
    # "Per Gladkov, drones hit ...", "..., per Gladkov": a name right after "per"
    r"|(?:^|(?<=,\s))[Pp]er\s+(?=(?-i:[A-Z]))"
    # ... or unnamed speakers: "..., per local officials", "per residents"
    rf"|(?<=,\s)[Pp]er\s+(?=(?:[a-z-]+\s+)?{words(SPEAKER_NOUNS)}\b)",
    re.IGNORECASE,
)
# Who was told counts too: "local sources told the Sudan Tribune", "informed Sudan News".
STATEMENT_BY = re.compile(
    rf"\b(?:{words(STATEMENT_NOUNS)} (?:by|from)"
    rf"|{words(n for n in STATEMENT_NOUNS if n not in PICTURE_NOUNS)} of)\s+",
    re.IGNORECASE,
)
# "Prosecutor General Kamran Aliyev has made a statement on the shelling of Ganja"
STATEMENT_VERB = Caseless(
    # ("disseminated a provocative and absolutely false allegation")
    rf"\b(?:has |have |had )?{words(PUBLISH_VERBS)} (?:a |an |another )?"
    rf"(?:[a-z]+ ){{0,4}}?{words(STATEMENT_NOUNS)}\b",
)
# "Lebanese officials held Israel responsible for the strike": who blames tells it, as "blamed"
HELD_RESPONSIBLE = re.compile(
    r"\b(?:held|holds|hold)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:fully\s+|directly\s+)?responsible\b"
)
# "Local authorities later raised the death toll to nine": who revises a toll tells it
TOLL_UPDATE = Caseless(
    rf"\b(?:(?:has|have|had|later|also|then)\s+)*{words(TOLL_UPDATE_VERBS)}\s+(?:the|its|their)\s+"
    r"(?:[a-z]+\s+)?toll\b"
)
# Unnamed but real sources ("eyewitnesses told ...", "officials said") stand as one word.
SOURCE_NOUNS = frozenset(SPEAKER_NOUNS)
# "the information spread by Azerbaijan", "claims made by the ministry"
SPREAD_BY = re.compile(
    rf"\b{words((*PUBLISH_VERBS, *forms(REPORT_VERBS)))}(?:\s+(?:in|on)(?:\s+[\w-]+){{1,3}}?)?\s+by\s+",
    re.IGNORECASE,
)
# What an outlet does with another's words: "in comments carried by Ukrinform"
RELAYED = re.compile(r"\b(?:carried|broadcast|aired|relayed|cited|quoted)\s+by\s+$", re.IGNORECASE)
EMPLOYER = re.compile(
    r"\s+(?:[A-Z][\w-]+\s){1,3}?[A-Z][\w-]+,\s+((?:[A-Z][\w-]+\s?){1,4})['’]s\s+[a-z]"
)
# "Omar Haddad, a spokesman for the Sudan Doctors Network": the person's body too.
# ("..., a spokesman for the health ministry in Gedaref state": a body in lower case too)
BODY_TOKEN = rf"(?:{words(BODY_WORDS)}\b|[A-Z][\w’'-]*)"
# A word of the body a speaker speaks from: a name, or a body's word ("security service")
WHERE_WORD = rf"(?:(?-i:[A-Z])[\w’'-]*(?:['’]s)?|{words(BODY_WORDS)}\b)"
SPEAKER_BODY = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?{words(PERSON_TITLES)}\s+(?:for|of|at|with|from)\s+"
    rf"((?:the\s+)?{BODY_TOKEN}(?:\s+(?:(?:of|for|the|and|in)\s+)?{BODY_TOKEN})*)"
)
DESCRIBED_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|its|their)\s+[a-z-]+\s+$", re.I)
# Report verbs that are nouns too, and an owner before them: "the ministry's latest report"
NOUN_FORMS = frozenset(("report", "reports", "claim", "claims"))
OWNER_BEFORE = re.compile(r"\w['’]s\s+(?:[a-z-]+\s+)?$")
DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|these|those|such|his|her|their|its)\s+$", re.IGNORECASE
)
# (not one that cites what it knows: "said, citing preliminary information" names no other)
CITING_AFTER = re.compile(
    rf",?\s+{words(CITING_WORDS)}\b(?!\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+)?"
    rf"{words(STATEMENT_NOUNS, plural=True)}\b(?!\s+(?:by|from|of)\b))",
    re.IGNORECASE,
)
# (a speaker calling a claim false denies it: "said the claims were false")
NOT_A_REPORT = re.compile(
    rf"\b(?:{words((*NOT_REPORT_CUES, *FALSE_WORDS))}|{DISOWNED})\b", re.IGNORECASE
)
NOT_REPORT_REACH = 60  # characters after the verb where the cue must stand, in its clause


def clause_end(text: str, start: int) -> int:
    """Where the cue may stand: NOT_REPORT_REACH characters on, up to a semicolon ("said
    drones attacked Kursk; Kyiv did not comment" reports the attack)."""
    end = min(len(text), start + NOT_REPORT_REACH)
    semicolon = text.find(";", start, end)
    end = semicolon if semicolon >= 0 else end
    # (nor past a turn to another clause: "..., the NNA said, after the military warned
    # residents to leave buildings": the warning's words are no cue of the report)
    turn = CLAUSE_TURN_AFTER.search(text, start, end)
    return turn.start() if turn else end


CLAUSE_TURN_AFTER = re.compile(r",\s+(?:after|as|while|when|before|following|hours\s+after)\b")


# "buildings it said housed Hezbollah's offices", "targets that they said were used by": a
# claim about a thing in a relative clause, no report of the strike
RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?-i:[a-z]{3,})\s+(?:it|they)\s+$")
RELATIVE_VERB_AFTER = re.compile(
    r"\s+(?:were|was|is|are|had|has|have|housed|houses|contained|belonged|served|stored|held|"
    r"hid|hosted|used|belonging|containing|storing)\b"
)


def reduced_relative(text: str, verb: re.Match[str]) -> bool:
    """The report verb stands in a relative clause about a thing ("buildings it said housed
    ...")."""
    return (
        RELATIVE_PRONOUN_BEFORE.search(text, max(0, verb.start() - 30), verb.start()) is not None
        and RELATIVE_VERB_AFTER.match(text, verb.end()) is not None
    )


# "Sudan's RSF accused of killing 15", "Israel blamed for strike": the accused, in a passive
ACCUSED_OF = re.compile(r"(?:accused|blamed)\s+(?:of|for)\b", re.IGNORECASE)
# "our correspondent reported", "our reporter in Gaza said": the outlet's own voice
OUR_SPEAKER = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){1,3}$")
# "Rwanda, which the UN says backs the M23, denied ...": who speaks in an aside about a side
# speaks of that side, not of a strike
ASIDE_SPEAKER = re.compile(r",\s+(?:which|who|whom)\s+(?:[\w’'-]+\s+){1,5}$", re.IGNORECASE)
NOT_A_CLAIM = re.compile(r"\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}(?:civilian\s+)?lives\b", re.IGNORECASE)
# "Hezbollah claimed the attack": responsibility, not a report of it
# ("claimed a drone attack on", "claimed responsibility for the strike")
CLAIMED_ATTACK = re.compile(
    r"claim(?:ed|s)?\s+(?:responsibility\s+for\s+)?(?:(?:the|an?)\s+)?(?:(?-i:[a-z-]+)\s+){0,2}?"
    rf"{words(CLAIMED_ATTACK_NOUNS, plural=True)}\b"
    rf"|claims?\s+of\s+{words(OWN_ATTACK_GERUNDS)}\b",  # ("RSF claims of firing rockets")
    re.IGNORECASE,
)
# "according to the governor of the Kursk region, Irina Volkova", "announced by the governor of
# the border region Pavel Orlov in a post": a title, then the person's name.
NAME_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w’'-]+"  # "Turki al-Maliki"
APPOSED_NAME = re.compile(
    rf"[^,.;:“”\"]{{0,80}}?(?:,\s+|\b{words(KIND_SUFFIXES)}\s+)((?:{NAME_WORD}\s+){{1,3}}{NAME_WORD})"
    r"(?=\s*[,.;”\"]|\s*$|\s+(?:in|on|via)\s)"
)
# (up to a word that ends a speaker's name: "said the ministry in a statement", "... on Monday")
THE_PHRASE = re.compile(
    # (an acronym is a name, whatever word it spells: "the WHO said")
    rf"the(?: (?!{REPORT_VERB}\b)(?!(?!(?-i:[A-Z]{{2,}})\b){words(PHRASE_ENDS)}\b)[\w’'-]+){{1,7}}",
    re.IGNORECASE,
)


# "The bombing was claimed by al-Shabaab", "an attack claimed by the Houthis": who did it
ATTACK_CLAIMED_BY = re.compile(
    rf"\b{words(CLAIMED_ATTACK_NOUNS, plural=True)}\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?"
    r"(?:later\s+|quickly\s+)?claimed\s+by\s+$",
    re.IGNORECASE,
)
# Words (lower case) one of which each pattern needs, tested before the pattern is run.
PATTERN_KEYS = {
    ACCORDING: ("according", "source:", "per ", *CITING_WORDS),
    STATEMENT_BY: (" by", " from", " of"),
    SPREAD_BY: (" by",),
}


# The speaker itself as the subject of its own report: "it", "they", "its forces", "their jets"
OWN_SUBJECT = r"(?:it|they|(?:its|their)\s+(?:[a-z-]+\s+)?\w+)"  # ("its fighter jets")
# After a reporting verb, a denial in the speaker's own words: "(said) it had not fired at the
# town", "(insisted) its forces did not shell": no report of the strike (actors.SAID_NOT)
OWN_ATTACK_DENIED = (
    rf"\s+(?:that\s+)?{OWN_SUBJECT}\s+(?:had|has|have|did|does|do|was|were)"
    rf"(?:\s+not|n['’]t)\s+(?:been\s+)?{words((*forms(ATTACK_VERBS, base=True), *CARRY_OUT_VERBS))}\b"
)
OWN_ATTACK_DENIED_AFTER = re.compile(OWN_ATTACK_DENIED, re.IGNORECASE)
QUOTED_AS = re.compile(r"\b(?:was|were)\s+quoted\s+(?:by\s+[^,.;]{1,40}?\s+)?as\s+saying\b")
# "Ukrainska Pravda quoted Terekhov as saying": the one quoted, not the outlet
QUOTING = re.compile(
    r"(?<!was )(?<!were )\bquoted\s+(?!by\b)(?P<name>[^,.;]{1,60}?)\s+(?:as\s+)?saying\b"
)
# "Moscow denied Kyiv's claims that ...", "the regional administration's allegations that",
# "Ukrainian reports that": whose claim it is (the owner before the possessive or demonym)
CLAIM_TAIL = rf"{words(OWNED_CLAIM_NOUNS)}\s+(?:that|of|about)\b"
# (not "the Houthis' claim of launching a missile": a claim of one's own attack)
CLAIM_OWNER = re.compile(
    rf"(?P<s>['’]s|(?<=s)['’])?\s+(?:[a-z]+\s+)?{CLAIM_TAIL}(?!\s+{words(OWN_ATTACK_GERUNDS)}\b)"
)
CLAIM_KEY = re.compile(CLAIM_TAIL)  # (the cheap scan before the owner's pattern)
# ", saying 13 people were killed": the subject of the clause before it speaks
PARTICIPLE = re.compile(rf",\s+{words(SPEAKING_PARTICIPLES)}\b")
# the clause's subject: after an opening time phrase ("On Monday, "), up to its first verb
CLAUSE_SUBJECT = re.compile(
    r"^\W*(?:(?:On|In|Early|Late|Later|Earlier)\b[^,]{0,40},\s*)?"
    r"(?:[\w’'-]+\s+){0,7}?(?:(?:has|have|had)\s+)?(?:also\s+)?"
    r"(?P<verb>[a-z]+ed|put|gave|rose|said|wrote|told|sent|set)\b"
)
CLOSING_QUOTES = ("”", '"', "’’", "''")


@dataclass(frozen=True)
class Attribution:
    name: str
    start: int
    end: int
    pronoun: bool = False


# "Citing local officials, the Kyiv Independent reported ...": the outlet that relays them
CITING_LEAD = re.compile(
    rf"^\W*{words(CITING_WORDS)}\s+[^,;.]{{1,80}},\s+(?P<relay>[^,;.]{{0,60}})$", re.IGNORECASE
)
MEDIA_WORD = re.compile(rf"\b{words(MEDIA_WORDS)}\b", re.IGNORECASE)


def speaks_of_a_side(text: str, verb_start: int) -> bool:
    """The verb's speaker stands in an aside about a side ("Rwanda, which the UN says backs
    the M23, denied ..."; not "the school, which the ministry said was full")."""
    aside = ASIDE_SPEAKER.search(text, max(0, verb_start - 60), verb_start)
    if aside is None:
        return False
    from .actors import party_of  # (actors reads this module's words)

    side = phrase_before(text, aside.start()) or the_side_before(text, aside.start())
    return bool(side) and bool(
        party_of(side) or nation_code(side.split()[-1]) or side.split()[-1].lower() in SIDE_NOUNS
    )


SIDE_NOUNS = frozenset(BARE_FORCE_NOUNS)
THE_SIDE = re.compile(rf"\b[Tt]he\s+{words(BARE_FORCE_NOUNS)}$")


def the_side_before(text: str, end: int) -> str:
    """'The rebels' right before ``end``, a side named by its force's noun alone."""
    found = THE_SIDE.search(text, max(0, end - 40), end)
    return found[0] if found else ""


def relays_the_cited(text: str, verb_start: int) -> bool:
    """The report verb of an outlet that, a sentence's lead says, cites another (a body that
    cites someone makes the claim its own as well)."""
    lead = CITING_LEAD.match(text[:verb_start])
    if lead is None:
        return False
    relay = lead["relay"].strip()
    verb = VERB_WORD.match(text, verb_start)
    return (
        bool(MEDIA_WORD.search(relay) or MEDIA_WORD.fullmatch(verb[0] if verb else ""))
        or relay.lower() in NOT_SOURCES
        or (relay.isupper() and " " not in relay)  # "SANA", "WAFA": a wire's initials
    )


VERB_WORD = re.compile(r"\w+")


def owned_noun(text: str, start: int) -> bool:
    """'the ministry's latest report', 'Ukrainian reports that': a report verb that is a noun
    with its owner before it."""
    before = text[max(0, start - 40) : start]
    last = before.split()[-1:] if before.endswith(" ") else []
    return bool(OWNER_BEFORE.search(before)) or bool(last and is_demonym(last[0]))


DEMONYM_ENDS = ("ian", "ean", "ese", "ish", "i", "an")


def is_demonym(word: str) -> bool:
    """'Ukrainian', 'Lebanese', 'Israeli' (not 'Ukraine', 'Sudan', 'Artsakh')."""
    return (
        word.lower().endswith(DEMONYM_ENDS)
        and word.lower() not in country_names()
        and nation_code(word) is not None
    )


@cache
def country_names() -> frozenset[str]:
    """Every country's name in lower case (built once, not per word asked)."""
    return frozenset(name.lower() for name in geonames_countries().values())


BLAMED_WORDS = frozenset(BLAME_PARTICIPLES)
NOTHING_AFTER = re.compile(r"\s*[.!?]?\s*$")


def find_sources(text: str, offset: int = 0) -> list[Attribution]:
    found: list[Attribution] = []
    for match in VERB.finditer(text) if VERB.test(text) else ():
        if (
            NOT_A_CLAIM.match(text, match.end())
            or NOT_A_REPORT.search(text, match.end(), clause_end(text, match.end()))
            or CLAIMED_ATTACK.match(text, match.start())
            or (" not " in text and OWN_ATTACK_DENIED_AFTER.match(text, match.end()))
            or ACCUSED_OF.match(text, match.start())
            or speaks_of_a_side(text, match.start())
            or OUR_SPEAKER.search(text, max(0, match.start() - 40), match.start())
            or reduced_relative(text, match)
            or did_instead(text, match.start(), match.end())
            or match[0].lower() in BLAMED_WORDS
            and NOTHING_AFTER.match(text, match.end())
        ):
            continue  # "the strike claimed nine lives", "said he ordered rocket attacks"
            # (a headline's "..., RSF blamed": the accused, in the passive)
        if DETERMINER_BEFORE.search(text[max(0, match.start() - 12) : match.start()]) or (
            match[0].lower() in NOUN_FORMS
            and owned_noun(text, match.start())
            # ("a new report by Human Rights Watch": a noun, its adjective between)
            or match[0].lower() in ("report", "claim")
            and DESCRIBED_NOUN_BEFORE.search(text, max(0, match.start() - 30), match.start())
        ):
            continue  # "denied the claims", "the ministry's latest report": a noun, not a verb
        relaying = CITING_AFTER.match(text, match.end()) is not None
        if (relaying and match[0].lower() in OWN_REPORT_VERBS) or relays_the_cited(
            text, match.start()
        ):
            continue  # "Trend reports, citing the ministry": the outlet's own voice relays it
        if text[: match.start()].rstrip().endswith(CLOSING_QUOTES):
            # "“... in Karari, which was crowded,” said Mohamed Ibrahim": the speaker follows
            name = inverted(text, match.end()) or phrase_before(text, match.start())
        elif closing := closing_speaker(text, match):
            # "... a school in the old town, which was full, said the Observatory."
            name = closing
        elif coordinated := coordinated_speaker(text, match.start()):
            # "Kyiv denied it and said Russian forces shelled Kharkiv": the first verb's subject
            name = coordinated
        else:
            listener = match[0].lower() in LISTENER_VERBS
            object_heard = listener or match[0].lower() in REPORT_VERBS["blame"]
            name = phrase_before(text, match.start()) or (
                "" if object_heard else inverted(text, match.end())
            )  # ("aid workers told Reuters": Reuters only heard it; "blamed the army": accused)
            name = with_speaker_noun(text, name, match.start())
            name = with_modifiers(text, name, match.start())
            if not name or (name.islower() and " " not in name):
                # "residents and a group"; "a local resistance committee": the longer noun
                longer = unnamed_speakers(text, match.start())
                if name not in SOURCE_NOUNS or longer.endswith(f" {name}"):
                    name = longer or name
            # ("A medic who was not authorised to speak to the press said": the medic)
            name = anonymous_speaker(text, match.start()) or name
            if not name or not is_speaker_phrase(name):
                # "an AFP correspondent in the city reported": the correspondent
                placed = PLACED_SPEAKER_BEFORE.search(
                    text, max(0, match.start() - 80), match.start()
                )
                name = placed[1] if placed else name
            if listener and not name:
                name = teller(text, match.start())  # "a teacher told the BBC"
            other = joined_other(text, match.start(), name)
            if other and other not in name and all(a.name != other for a in found):
                # "residents and a health worker told Reuters": both
                add(found, other, offset + match.start(), offset + match.end())
        name = with_apposed_name(text, match.end(), name)
        if relaying and name.islower():
            continue  # "a news agency reported, citing the ministry": an outlet unnamed relays
        add(found, name, offset + match.start(), offset + match.end())
        body = EMPLOYER.match(text, match.end()) or speaker_body(text, name)
        if body:  # "said Denis Krivosheev, Amnesty International's acting head"
            add(found, body[1], offset + match.start(), offset + match.end())
    for match in QUOTED_AS.finditer(text) if "quoted" in text else ():
        # "Gladkov was quoted by TASS as saying": the one quoted, not the outlet
        add(found, phrase_before(text, match.start()), offset + match.start(), offset + match.end())
    for match in QUOTING.finditer(text) if "quoted" in text else ():
        add(found, phrase_after(text, match.start("name")) or match["name"],
            offset + match.start(), offset + match.end())  # fmt: skip
    if not found and "ing" in text:
        participle = PARTICIPLE.search(text)
        subject = CLAUSE_SUBJECT.match(text, 0, participle.start()) if participle else None
        if subject and participle:  # "The ministry revised the toll, saying ..."
            name = phrase_before(text, subject.start("verb"))
            add(found, name, offset + participle.start(), offset + participle.end())
    for match in CLAIM_OWNER.finditer(text) if CLAIM_KEY.search(text) else ():
        if match["s"]:  # "Kyiv's claims", "the regional administration's allegations"
            name = phrase_before(text, match.start())
        else:  # "Ukrainian reports": Ukraine's
            word = text[: match.start()].split()[-1:]
            nation = nation_code(word[0]) if word and is_demonym(word[0]) else None
            name = geonames_countries().get(nation, "") if nation else ""
        add(found, name, offset + match.start(), offset + match.end())
    for match in STATEMENT_VERB.finditer(text) if STATEMENT_VERB.test(text) else ():
        add(found, phrase_before(text, match.start()), offset + match.start(), offset + match.end())
    for match in HELD_RESPONSIBLE.finditer(text) if "responsible" in text else ():
        add(found, phrase_before(text, match.start()), offset + match.start(), offset + match.end())
    for match in TOLL_UPDATE.finditer(text) if "toll" in text else ():
        add(found, phrase_before(text, match.start()), offset + match.start(), offset + match.end())
    kicker = SPEAKER_KICKER.match(text) if ":" in text[:60] else None
    if kicker and is_kicker_speaker(kicker["name"], text):
        # a headline's "Armenia's Defence Ministry: Azerbaijan shells Jermuk": who says it
        add(found, kicker["name"], offset + kicker.start(), offset + kicker.end())
    lower = text.lower()
    # (not who is told: "a medical source told Anadolu" credits the source, Anadolu only heard)
    for pattern in (ACCORDING, STATEMENT_BY, SPREAD_BY):
        if not any(key in lower for key in PATTERN_KEYS[pattern]):
            continue  # a word the pattern needs is missing: no scan
        for match in pattern.finditer(text):
            if pattern is SPREAD_BY and ATTACK_CLAIMED_BY.search(text, 0, match.end()):
                continue  # "The bombing was claimed by al-Shabaab": responsibility, the actor
            if pattern is SPREAD_BY and RELAYED.search(match[0]):
                continue  # "Prokudin said in comments carried by Ukrinform": the outlet relays
            name = phrase_after(text, match.end()) or the_phrase(text, match.end())
            name = with_trade_after(text, match.end(), name)
            said_thing = SAID_THING_AT.match(text, match.end()) if not name else None
            name = said_thing[0] if said_thing else name  # "according to the report"
            # (or longer than a lone lower-case word read: "local" of "local resistance forces")
            bare = not name or name.islower() and " " not in name
            unnamed = INDEFINITE_SPEAKER.match(text, match.end()) if bare else None
            name = unnamed[0] if unnamed else name  # "according to a military spokesman"
            name = with_apposed_name(text, match.end(), name)
            name = described_person(text, match.end(), name)
            name = apposed_initials(text, match.end(), name)
            add(found, name, offset + match.start(), offset + match.end())
            second = and_speaker(text, match.end(), name) if pattern is ACCORDING else None
            if second:  # "according to the agency in the Gaza Strip and Palestinian outlets"
                add(found, second, offset + match.start(), offset + match.end())
    return without_relay(text, offset, sorted(found, key=lambda a: a.start))


# A headline's speaker before a colon: "Armenia's Defence Ministry: ...", "Azerbaijan's MoD: ..."
SPEAKER_KICKER = re.compile(
    r"^\s*(?P<name>(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'.-]*)[ \t]*:\s+(?=[A-Z])"
)
KICKER_WORDS = 8  # a speaker's name before a colon is this short


def is_kicker_speaker(name: str, text: str) -> bool:
    """The words before a headline's colon name a body that speaks ("Azerbaijan's MoD",
    "Armenia's Defence Ministry"), not where the story is ("Kherson: ...")."""
    if text.rstrip().endswith((".", "”", '"')) or len(name.split()) > KICKER_WORDS:
        return False  # (a headline only)
    words_ = name.split()
    last = POSSESSIVE_TAIL.sub("", words_[-1]).lower()
    # (a body's name of two words or more: not a label, "Source: ...", nor a bare title,
    # "Ombudsman: ...", whose person the body names)
    return len(words_) > 1 and (last in BODY or last in TITLE_WORDS or last == "mod")


# "... and Palestinian news outlets", "... in Gaza and local media": a second speaker joined on
AND_SPEAKER = re.compile(
    r"(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s*){1,3})?\s+and\s+"
    rf"(?:an?\s+)?(?P<who>(?:the\s+)?(?:[A-Z][\w’'-]+\s+){{0,2}}(?:[a-z-]+\s+){{0,2}}?"
    rf"{words(SPEAKER_NOUNS)})\b"
)


def and_speaker(text: str, end: int, name: str) -> str | None:
    """A second speaker joined to the first by "and" after "according to" (the first's name
    may end at a place: "the agency in the Gaza Strip and Palestinian news outlets")."""
    if not name or " and " in name:
        return None
    at = text.find(name, end)
    second = AND_SPEAKER.match(text, at + len(name)) if at >= 0 else None
    return second["who"] if second else None


# "..., Natalia Zabolotna reported on Facebook, according to UNN." / "..., Censor.NET reports.":
# an outlet closing a sentence that already names who spoke only relays that speaker.
RELAY_TAIL = re.compile(
    r",\s*(?:according\s+to\s+[^,;]{1,60}|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+"
    r"(?:reports|reported|writes|wrote))\s*[.”\"]*\s*$"
)


def without_relay(text: str, offset: int, found: list[Attribution]) -> list[Attribution]:
    if len(found) < 2:
        return found
    tail = RELAY_TAIL.search(text, max(0, text.rfind(",")))  # the last clause only
    if not tail or found[0].start >= offset + tail.start():
        return found
    return [a for a in found if a.start < offset + tail.start()]


# "Officials in Kharkiv said": the speakers are the officials, not the city ("residents of
# the town", "doctors at the city's main hospital", "activists from the camp").
SPEAKER_NOUN_AT = rf"(?:(?:local|regional|city)\s+)?{words(SPEAKER_NOUNS)}\s+{words(SPEAKER_PLACE_PREPOSITIONS)}\s"
SPEAKER_IN = re.compile(
    rf"\b({SPEAKER_NOUN_AT}\s*"
    r"(?:the\s+)?(?:[a-z’'-]+\s+){0,2}?"
    # ("medics at Al-Aqsa Martyrs Hospital in Deir al-Balah": the building's name, its town)
    r"(?:(?-i:[A-Z][\w’'-]*\s+){1,4}in\s+)?"
    # "the health ministry in Gedaref", "the military administration in Kherson", "the human
    # rights ombudsman in Nagorno-Karabakh"
    # ("Ukraine's ambassador in Berlin": a nation's official, where they serve)
    rf"|(?:the|[A-Z][\w’'-]*['’]s?)\s+(?:[a-z-]+\s+){{0,2}}?{words((*BODY_NOUNS, *PERSON_TITLES))}\s+in\s+)$",
    re.I,
)


# "residents and a local resistance group said": unnamed speakers coordinated with others
UNNAMED_BEFORE = re.compile(
    rf"\b((?:local\s+)?{words(SPEAKER_NOUNS)})(?:\s+and\s+(?:an?\s+|the\s+)?(?P<second>[a-z][\w -]{{0,40}}))?"
    r"\s+(?:have\s+|has\s+|had\s+)?$",
    re.IGNORECASE,
)


def joined_other(text: str, end: int, name: str) -> str:
    """'residents and a health worker told Reuters', 'a resident and a doctor said': of two
    unnamed speakers joined by "and", the one the name read is not ("" if none)."""
    match = UNNAMED_BEFORE.search(text, max(0, end - 80), end)
    second = (match["second"] or "").strip() if match else ""
    if not second or match is None:
        return ""
    head = second.split()[-1]
    if not (second in SPEAKER_NOUNS or head in TITLE_WORDS):
        return ""  # ("residents and a group of activists": read whole elsewhere)
    if name == match[1]:
        return second
    return match[1] if not name or name == second or name.endswith(head) else ""


# "An official who spoke on condition of anonymity said ...": the speaker before the clause
ANONYMOUS_BEFORE = re.compile(
    rf"\b(?:an?|the|one|two|three|several)\s+((?:[a-z-]+\s+){{0,2}}?"
    rf"{words((*SPEAKER_NOUNS, *PERSON_TITLES))}"
    # (and where the speaker works: "A doctor at Al-Nao hospital, who asked not to be named")
    rf"(?:\s+(?:at|in|from)\s+(?:the\s+)?{WHERE_WORD}(?:\s+{WHERE_WORD}){{0,3}})?)"
    r",?\s+who\s+(?:[\w-]+\s+){1,8}?"
    r"(?:anonymity|named|identified|publicly|record|press|media)\s*,?\s*$",
    re.IGNORECASE,
)


def anonymous_speaker(text: str, end: int) -> str:
    match = ANONYMOUS_BEFORE.search(text, max(0, end - 120), end)
    return match[1] if match else ""


def unnamed_speakers(text: str, end: int) -> str:
    match = UNNAMED_BEFORE.search(text, max(0, end - 80), end)
    return match[1] if match else ""


# "UAE law enforcement sources", "Israeli military medical officials": who an unnamed
# speaker's nation and trade are, before the speaker noun
MODIFIED_SPEAKER = re.compile(
    r"\b((?:[A-Z][\w’'-]*\s+){1,2}(?:[a-z-]+\s+){1,2})(?P<noun>[a-z]+)\s*,?\s*$"
)


def with_modifiers(text: str, name: str, end: int) -> str:
    """A bare speaker noun with the nation and trade words right before it."""
    if name not in SOURCE_NOUNS:
        return name
    found = MODIFIED_SPEAKER.search(text, max(0, end - 80), end)
    if found is None or found["noun"] != name:
        return name
    lead = found[1].split()[0]
    named = nation_code(POSSESSIVE_TAIL.sub("", lead)) or nation_or_initials(lead)  # "Syria's"
    return f"{found[1]}{name}" if named else name


def nation_or_initials(word: str) -> bool:
    """A nation's word or a body's initials ("Israeli", "UAE")."""
    return bool(nation_code(word)) or word.isupper() and len(word) > 1


# "according to UAE law enforcement sources": the speaker noun after a nation's name
# ("according to the UN monitoring mission": a body's noun after the initials, too)
TRADE_AFTER = re.compile(
    rf"\s+((?:[a-z-]+\s+){{0,2}}?(?:{words(SPEAKER_NOUNS)}|{words(BODY_NOUNS)}))\b"
)


def with_trade_after(text: str, start: int, name: str) -> str:
    """A nation's name or a body's initials taken after ``start``, with the speaker or body
    noun that follows it ("UAE law enforcement sources", "the UN monitoring mission")."""
    named = name[:1].isupper() or name.startswith("the ")
    at = text.find(name, start, start + len(name) + 12) if named else -1
    bare = name.removeprefix("the ").removeprefix("The ")
    one_word = len(bare.split()) == 1
    trade = TRADE_AFTER.match(text, at + len(name)) if at >= 0 and one_word else None
    if trade is None or APPOSED_INITIALS.match(text, at + len(name)):
        return name  # ("the UN refugee agency UNHCR": the initials after it name the body)
    return f"{name} {trade[1]}" if nation_or_initials(bare) else name


def with_speaker_noun(text: str, name: str, end: int) -> str:
    start = text.rfind(name, 0, end) if name else -1
    before = SPEAKER_IN.search(text, max(0, start - 40), start) if start > 0 else None
    return before[1] + name if before else name


def speaker_body(text: str, name: str) -> re.Match[str] | None:
    """The named body a person speaks for, set beside the name ("X, a spokesman for Y"); not
    one the person heads ("Oleg Kiper, the head of Odesa OVA": the person is the source)."""
    at = text.find(name) if name and name[:1].isupper() else -1
    found = SPEAKER_BODY.match(text, at + len(name)) if at >= 0 else None
    heads = found is not None and bool(
        LEADER_TITLE.search(found[0], 0, found.start(1) - found.start())
    )
    return None if heads else found


LEADER_TITLE = re.compile(rf"\b{words(LEADER_TITLES)}\b", re.IGNORECASE)


def closing_speaker(text: str, verb: re.Match[str]) -> str:
    """', said the London-based Observatory.': after a comma, the speaker that ends the clause
    ("" if none)."""
    if not text[: verb.start()].rstrip().endswith(",") or verb[0].lower() in LISTENER_VERBS:
        return ""  # ("..., Salem Odeh, a medic, told AFP": AFP only heard it)
    name = inverted(text, verb.end())
    if not name or CLAUSE_VERB.search(name) or not is_speaker_phrase(name):
        # ("The army's spokesman, Nabil Abdallah, said the drones targeted a fuel depot")
        return ""  # ("..., who asked not to be named, said the hospital had received 40 wounded")
    end = text.find(name, verb.end()) + len(name)
    return name if CLAUSE_END_AFTER.match(text, end) else ""


# A verb that makes the words after "said" a clause, not the speaker's name
CLAUSE_VERB = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would)\b")


CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;]|$)")


# "the UN peacekeeping force UNIFIL": a body's initials after the words that describe it
APPOSED_INITIALS = re.compile(
    # (not across a clause's word: "Residents told Reuters that RSF drones struck")
    rf"\s+(?:(?!{words(CLAUSE_JOINERS)}\s)[a-z-]+\s+){{1,3}}([A-Z]{{2,8}})\b(?!\s+[A-Z])"
)


def apposed_initials(text: str, start: int, name: str) -> str:
    """'according to the UN refugee agency UNHCR' -> 'UNHCR' (not 'the UN')."""
    at = text.find(name, start, start + 40) if name else -1
    match = APPOSED_INITIALS.match(text, at + len(name)) if at >= 0 else None
    return match[1] if match else name


def with_apposed_name(text: str, start: int, name: str) -> str:
    """A title phrase right after ``start`` gives way to the name set beside it."""
    following = text[start : start + 100]
    phrase = following.lstrip()
    if not name or not phrase.startswith(name):
        return name  # the name was not taken after the verb
    if not any(word.lower() in PERSON_TITLE_SET for word in name.split()):
        return name  # a name already ("said Petro Hnatyuk"), or no person's title
    match = APPOSED_NAME.match(text, start + len(following) - len(phrase))
    if not match:
        return name
    person = person_name(match[1])
    named = [w for w in person.split() if w.lower() not in TITLE_WORDS and not nation_code(w)]
    return person if len(named) >= 2 else name


def described_person(text: str, start: int, name: str) -> str:
    """'Ganja politician Mushfig Jafarov' after ``start``: the person, not the place that
    describes them (``name`` is what was taken there, "Ganja")."""
    at = text.find(name, start, start + len(name) + 20) if name else -1
    person = DESCRIBED_PERSON.match(text, at + len(name)) if at >= 0 else None
    return person[1] if person else name


def the_phrase(text: str, start: int) -> str:
    """'the region's de facto authorities': a 'the' phrase up to punctuation (7 words)."""
    words = THE_PHRASE.match(text, start)
    return words[0] if words else ""


# After a name, what makes it the subject of a clause about a strike: "US strikes", "Russian
# missiles hit"
STRIKE_SUBJECT_AFTER = re.compile(
    rf"\s+(?:{words((*STRIKE_NOUNS, *WEAPON_NAMES, *FORCE_NOUNS), plural=True)})\b", re.IGNORECASE
)


# "... denied the claim, and said": a second verb of the clause's subject ("and later said")
AND_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$")


def coordinated_speaker(text: str, verb_start: int) -> str:
    """The subject of the sentence's first verb, where the report verb at ``verb_start`` is
    joined to it by "and" ("Hezbollah rejected the claim and said ...": Hezbollah)."""
    joined = AND_BEFORE.search(text, max(0, verb_start - 16), verb_start)
    subject = CLAUSE_SUBJECT.match(text, 0, joined.start()) if joined else None
    if subject is None:
        return ""
    if subject["verb"] in DENIAL_VERBS and not NAME_AFTER.search(text, verb_start):
        return ""  # "denied that X was hit, but said the attack caused damage": the denier
    return phrase_before(text, subject.start("verb"))


NAME_AFTER = re.compile(r"\b[A-Z][a-z]")  # (a name in what is said: a place it tells of)


def inverted(text: str, end: int) -> str:
    """'..., said Hikmet Hajiyev', 'said regional governor Pavlo Kyrylenko',
    'said the local groundskeeper' (a name, a title, or a 'the' phrase after the verb)."""
    following = text[end : end + 60].lstrip()
    first = following.split(" ", 1)[0].strip(",.").lower()
    if following[:1].isupper() or first in TITLE_WORDS:
        name = phrase_after(text, end)
        # "said US strikes on Saada killed four": the subject of what is said, not a speaker
        at = text.find(name, end) + len(name) if name else -1
        if name in PERSON_TITLE_SET:
            return f"the {name}"  # a headline's "..., says governor": the governor
        return "" if name and STRIKE_SUBJECT_AFTER.match(text, at) else name
    if first in ("a", "an", "one"):  # "said a local resident", "said one official"
        speaker = INDEFINITE_SPEAKER.match(following)
        return speaker[0] if speaker else ""
    return the_phrase(following, 0) if first == "the" else ""


# "an AFP correspondent in the city", "a doctor at the hospital": one speaker, where they are
PLACED_SPEAKER_BEFORE = re.compile(
    rf"\b(?:a|an|one)\s+((?:[\w-]+\s+){{0,2}}?{words((*SPEAKER_NOUNS, *PERSON_TITLES))})\s+"
    r"(?:in|at|from|near)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*,?\s*$",
    re.IGNORECASE,
)
INDEFINITE_SPEAKER = re.compile(
    # ("a police source": a speaker noun read as a modifier of the next one)
    rf"(?:a|an|one)\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"{words((*SPEAKER_NOUNS, *PERSON_TITLES, *MEDIA_SPEAKER_NOUNS))}\b"
    rf"(?:\s+{words((*SPEAKER_NOUNS, *PERSON_TITLES, *MEDIA_SPEAKER_NOUNS))}\b)?"
    # (and where it speaks from: "a source in Ukraine's SBU security service", "an official
    # at the health ministry")
    rf"(?:\s+(?:in|at|within|with)\s+(?:the\s+)?{WHERE_WORD}(?:\s+{WHERE_WORD}){{0,4}})?"
    # (or forces told as a plural: "according to local resistance forces and residents")
    rf"|(?-i:[a-z-]+)\s+(?:(?-i:[a-z-]+)\s+)?{words(SPEAKING_FORCES)}\b",
    re.IGNORECASE,
)


# "a local administrator told AFP", "one teacher told the BBC": whoever tells an outlet is its
# source, whatever the noun (lower-case words: a name is read by phrase_before)
TELLER_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+)((?:an?|one|another)\s+(?:[a-z\d][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*)\s+$"
)


def teller(text: str, end: int) -> str:
    """The one-person phrase right before "told" ("" if none)."""
    match = TELLER_BEFORE.search(text, max(0, end - 60), end)
    return match[1] if match else ""


def is_speaker_phrase(name: str) -> bool:
    """A person, a title, a body, media or "officials": not a clause or a fragment
    ("The shelling was", "the first attack spoke on condition", "C")."""
    lower = [w.strip(",.") if is_acronym(w, name) else w.lower().strip(",.") for w in name.split()]
    if lower[-1] in NOT_SPEAKER_HEADS and (lower[0] == "the" or len(lower) == 1):
        # "the statement", "the preliminary data", "Photos": what is said, not who says it
        return False
    if len(lower) <= 3 and lower[0] == "the" and lower[-1] in PLACE_ONLY_HEADS:
        return False  # "the city", "the old town": where a speaker is, no speaker
    if lower[-1] in ("and", "or", "but") or any(w in ATTACK_PAST for w in lower):
        return False  # "the drones targeted a pharmacy and": a clause read after "said"
    return sum(ch.isalpha() for ch in name) >= 2 and not any(w in NOT_NAME_WORDS for w in lower)


# An attack verb's past, lower-case, in a phrase: a clause, no one's name
ATTACK_PAST = frozenset(
    form for form in forms(ATTACK_VERBS) if form.endswith("ed") or form in ("hit", "struck")
)


# "The Syrian Observatory for Human Rights and activist collective Deir Ezzor 24 said": two.
AND_NAME = re.compile(r"\s+and\s+(?=(?:the\s+|[a-z]+\s+){0,2}[A-Z])")


BODY = frozenset(BODY_WORDS)
# A name's last words "for Control", "of Culture": the word after "and" goes on that name.
ONE_NAME_AND = re.compile(r"\b(?:for|of)\s+[A-Z][\w’'-]+$")


def is_body_tail(part: str) -> bool:
    """'Rescue Service' of 'the Emergency and Rescue Service': body words only, no name."""
    return all(word.lower() in BODY for word in part.split())


# "Omar Haddad of the Syrian Network for Human Rights": a person and the body.
PERSON_OF_BODY = re.compile(r"^((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s+of\s+(the\s+[A-Z].+)$")


LOWER_AND = re.compile(r"\s+and\s+")


def add(found: list[Attribution], name: str, start: int, end: int) -> None:
    both = PERSON_OF_BODY.match(name)
    if both and not any(w.lower() in TITLE_WORDS for w in both[1].split()):
        add(found, both[1], start, end)
        add(found, both[2], start, end)
        return
    parts = AND_NAME.split(name) if " and " in name else [name]
    if len(parts) == 2 and ONE_NAME_AND.search(parts[0]) and len(parts[1].split()) == 1:
        parts = [name]  # "the Joint Center for Control and Coordination": one body's name
    named = all(any(ch.isupper() for ch in p) and not is_body_tail(p) for p in parts)
    # ("a camp official and the army": two speakers named by their nouns, in lower case)
    plain = LOWER_AND.split(name) if name.islower() else []
    if len(plain) == 2 and all(p.split()[-1] in TITLE_WORDS for p in plain if p.split()):
        parts, named = [p.removeprefix("a ").removeprefix("an ") for p in plain], True
    elif len(parts) == 1 and " and " in name:
        # ("the Sudan Doctors Network and local activists": a body, then speakers in lower case)
        pair = LOWER_AND.split(name)
        if len(pair) == 2 and body_and_speakers(*pair):
            parts, named = pair, True
    if len(parts) > 1 and named:
        for part in parts:
            add_one(found, part, start, end)
        return
    add_one(found, name, start, end)


def body_and_speakers(body: str, speakers: str) -> bool:
    """'the Sudan Doctors Network' and 'local activists': a proper name, then a speaker
    noun in lower case (not "Medical sources and paramedics", nor one body's name)."""
    proper = any(w[:1].isupper() for w in body.split()[1:]) and not ONE_NAME_AND.search(body)
    words_ = speakers.split()
    return proper and speakers.islower() and bool(words_) and words_[-1] in TITLE_WORDS


# (a live blog's time stamp before the speaker: "10:45 GMT - Gaza's ... says")
TIME_ZONE_LEAD = re.compile(rf"^{words(TIME_ZONES)}\s+")


def add_one(found: list[Attribution], name: str, start: int, end: int) -> None:
    name = TIME_ZONE_LEAD.sub("", name)
    owner = OWNERS_SAID_THING.match(name)
    if owner:  # "The Defence Ministry's statement said": the ministry
        name = owner[1]
    elif SAID_THING.match(name):  # "said the statement": the one the text cited last
        found.append(Attribution("it", start, end, True))
        return
    if not name or name.lower() in NOT_SOURCES or not is_speaker_phrase(name):
        return
    is_pronoun = name.lower() in PRONOUNS
    if name in PERSON_TITLE_SET:
        name = f"the {name}"  # a headline's "..., governor says": the governor
    lone_word = len(name.split()) < 2 and name.lower() not in SOURCE_NOUNS
    if not is_pronoun and not any(ch.isupper() for ch in name) and lone_word:
        return
    name = POSSESSIVE_TAIL.sub("", name)  # "Kyiv's claims that ...": Kyiv
    name = DESCRIBED_THE.sub("", name)  # "War monitor the Syrian Observatory ...": the name
    found.append(Attribution(person_name(LOWER_LEAD.sub("", name)), start, end, is_pronoun))


SAID_THING_AT = re.compile(rf"[Tt]he\s+(?:[a-z-]+\s+)?{words(SAID_THING_HEADS)}\b")
SAID_THING = re.compile(rf"{SAID_THING_AT.pattern}$")
POSSESSIVE_TAIL = re.compile(r"(?<=\w)['’]s?$")
OWNERS_SAID_THING = re.compile(
    rf"^(.+?)['’]s\s+(?:[a-z-]+\s+)?{words((*SAID_THING_HEADS, *NOUN_FORMS))}$"
)


# Words that describe a body before its own name with "the": "(Opposition) war monitor the
# Syrian Observatory for Human Rights" (not "Head of the ...", "Spokesman for the ...")
DESCRIBED_THE = re.compile(
    r"^(?:[A-Z]?[a-z][\w-]*\s+){1,4}?(?<!\bof\s)(?<!\bfor\s)(?<!\bto\s)(?<!\bin\s)(?<!\bat\s)"
    r"(?<!\bfrom\s)(?=the\s+[A-Z])"
)
# Lower-case descriptors before a name: "activist collective Raqqa 24", "medical charity
# Doctors Without Borders" (not "the": "the Syrian state news agency" is kept whole).
# (not speakers named by their place: "officials in Dnipro", "residents of Rafah")
LOWER_LEAD = re.compile(rf"^(?!the\s)(?!{SPEAKER_NOUN_AT})(?:[a-z][\w-]*\s+){{1,3}}(?=[A-Z])")
