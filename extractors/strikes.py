"""Strike sentences: does a sentence report an attack, and is it real (not a threat)?"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .gazetteer import data_rows, geonames_countries, nation_code
from .lexicon import (
    ACCIDENT_CAUSES,
    AERIAL,
    AERIAL_WEAPONS,
    AGREEMENT_NOUNS,
    AREA_ANAPHORS,
    AREA_WORDS,
    ATTACK_ADVERBS,
    ATTACK_NOUNS,
    ATTACK_VERBS,
    AUXILIARY_VERBS,
    AWAITING_CUES,
    BLAST_NOUNS,
    BUILDING_ANAPHORS,
    CALLING_VERBS,
    CAPTION_LABELS,
    CARRY_OUT_GERUNDS,
    CASUALTY_NOUNS,
    CITY_PARTS,
    CLAIM_NOUNS,
    COMMEMORATION_CUES,
    DAILY_REPORT_CUES,
    DENIAL_VERBS,
    DISPOSAL_VERBS,
    DRILL_VERBS,
    DRILL_WORDS,
    END_CALLS,
    FALSE_WORDS,
    FIGURATIVE_OBJECT_LEADS,
    FIGURATIVE_TARGETS,
    FIRING_SIDES,
    FORCE_NOUNS,
    FOUND_VERBS,
    HABITUAL_NOUNS,
    HABITUAL_WORDS,
    HARM_PARTICIPLES,
    HISTORY_PATTERNS,
    HYPOTHETICAL_CUES,
    HYPOTHETICAL_PATTERNS,
    INJURED_WORDS,
    INJURING_VERBS,
    INTENSIFYING_VERBS,
    INTENSITY_ADVERBS,
    JOB_HOLDERS,
    KILLED_WORDS,
    KILLING_VERBS,
    LAUNCHED_THINGS,
    MODAL_WORDS,
    MONTH_NAMES,
    MONTH_ONLY_BEFORE,
    NAME_WORD,
    NEWS_BODY_NOUNS,
    NOT_ATTACK_PHRASES,
    NOT_ATTACK_SUBJECTS,
    NOT_STRIKE_DEATHS,
    NUMBER_WORDS,
    PHOTO_CREDITS,
    PLACE_ANAPHORS,
    PLAN_CUES,
    RECAP_CUES,
    RECAP_PATTERNS,
    RELATIVE_DAYS,
    REPELLING_VERBS,
    RESUMING_VERBS,
    RUIN_VIEW_WORDS,
    SAYING_VERBS,
    SHARE_VERBS,
    SPEECH_PASTS,
    SPORT_WORDS,
    STRIKE_NOUNS,
    STRIKE_PATTERNS,
    STRIKING_WORKERS,
    SUPERLATIVES,
    SUPPLY_VERBS,
    UNCONFIRMED_LEADS,
    VERBAL_BARRAGES,
    WAR_SUMMARY_CUES,
    WAR_SUMMARY_PATTERNS,
    WEAPON_NAMES,
    WEAPON_THINGS,
    WEEKDAYS,
    WORK_NOUNS,
    Caseless,
    forms,
    words,
)


def patterns(table: tuple[tuple[str, ...], ...]) -> str:
    return "|".join(row[0] for row in table)


# A weapon that harmed people is an attack without an attack word ("Rockets killed five"; "two
# soldiers were killed by a Hezbollah anti-tank missile").
HARM_PAST = f"(?:{'|'.join(HARM_PARTICIPLES)})"
WEAPON_HARM = (
    rf"{words(WEAPON_NAMES, plural=True)}\s+(?:[\w-]+\s+)?"
    rf"{words((*KILLING_VERBS, *INJURING_VERBS))}"
    rf"|{HARM_PAST}\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"{words(WEAPON_NAMES, plural=True)}"
)


@cache
def peoples() -> tuple[str, ...]:
    """The demonyms, country and group names of data/nations.csv and groups.csv ("Russians",
    "Israeli", "Houthis"), read once."""
    return tuple(row["term"] for name in ("nations.csv", "groups.csv") for row in data_rows(name))


@cache
def singular_demonyms() -> tuple[str, ...]:
    """The singular demonyms of data/nations.csv ("Palestinian", "Israeli", "Ukrainian"): not
    a country's name, not a plural."""
    countries = set(geonames_countries().values())
    return tuple(
        row["term"] for row in data_rows("nations.csv")
        if row["term"].endswith(DEMONYM_ENDINGS) and row["term"] not in countries
        and not row["lat"]  # (a region anchored on the map: "Nakhchivan")
    )  # fmt: skip


DEMONYM_ENDINGS = ("an", "i", "ese")  # "Palestinian", "Israeli", "Lebanese"


# The plural ones ("Russians", "Azerbaijanis", "Houthis"): subjects of an attack verb's plain
# present, and the key word a scan for them needs
PLURAL_PEOPLE = words(term for term in peoples() if term.endswith("s"))


# Gunfire by a side that killed or wounded at a place, an attack with weapon unspecified
# (ANNOTATION.md): "Israeli fire killed two in Jenin", "killed by Israeli fire in Jenin"
# (not a blaze: "a fire killed three in a hotel")
# (a firing side's kind between: "Armenian sniper fire", "Israeli tank fire")
SIDE_FIRE = rf"(?:{words((*peoples(), *FIRING_SIDES))})\s+(?:{words(FIRING_SIDES)}\s+)?(?:gun)?fire"
SIDE_FIRE_HARM = (
    rf"{SIDE_FIRE}\s+(?:killed|wounded|injured|hit)"
    # (where, between: "a boy was killed in Jenin by Israeli fire")
    rf"|(?:killed|wounded|injured|shot)\s+(?:dead\s+)?"
    r"(?:(?:in|near)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+)?"
    rf"by\s+{SIDE_FIRE}"
)


# The plain present of one-word attack verbs, after a plural subject ("Russians shell Kherson",
# "the Azerbaijanis again target Martuni"); an adverb may stand before any attack verb.
ATTACK_PLAIN = words(base for base, inflected in ATTACK_VERBS.items() if " " not in inflected[0])
ADVERB = rf"(?:{words(ATTACK_ADVERBS)}\s+)?"
# (not what a people does to a thing of its own or a figure of speech: "Palestinians launch a
# hunger strike", "Ukrainians fire back at critics", "Syrians destroy their old cards")
PEOPLES_ATTACK = (
    rf"{PLURAL_PEOPLE}\s+{ADVERB}{ATTACK_PLAIN}"
    rf"(?=\s+(?!{words(FIGURATIVE_OBJECT_LEADS)}\b))"
)
# Words that report a physical attack.
TRIGGER = Caseless(
    rf"\b(?:{words(forms(ATTACK_VERBS) + list(STRIKE_NOUNS))}|{patterns(STRIKE_PATTERNS)})\b",
)
# A people's plain present, a side's gunfire: scanned apart, only where the text holds a word
# they need (a plural people's name, "fire"), so the main trigger scan stays short
SIDE_TRIGGER = Caseless(rf"\b(?:{PEOPLES_ATTACK}|{SIDE_FIRE_HARM})\b")
PEOPLE_KEY = Caseless(rf"\b{PLURAL_PEOPLE}\b")
WEAPON_HARM_RE = Caseless(rf"\b{WEAPON_HARM}\b")
HARM_VERB = Caseless(r"\b(?:kill|wound|injur)")


def triggers(text: str) -> list[tuple[int, int]]:
    """Where the text reports an attack (spans): attack words, and weapons that harmed people
    (looked for only where a harm verb stands)."""
    lowered = text.lower()
    found = TRIGGER.spans(text, lowered)
    if HARM_VERB.test(text, lowered):
        found += WEAPON_HARM_RE.spans(text, lowered)
    if side_cue(text, lowered):
        found += SIDE_TRIGGER.spans(text, lowered)
    return found


def side_cue(text: str, lowered: str) -> bool:
    return "fire" in lowered or PEOPLE_KEY.test(text, lowered)  # ("fire", "gunfire")


# A strike that did not happen: threats, plans, conditionals ("could target", "threatened to").
HYPOTHETICAL = Caseless(
    rf"\b(?:{words(HYPOTHETICAL_CUES)}|{patterns(HYPOTHETICAL_PATTERNS)})\s+(?:\w+\s+){{0,3}}?"
    rf"(?:be\s+)?(?:{words(ATTACK_VERBS)}"
    # (a past joined by "and" is a deed of its own: "Azerbaijan warned Armenia and then
    # shelled Sotk"; not "could retaliate and strike Haifa")
    rf"|(?<!\band\s)(?<!\band\sthen\s){words(forms(ATTACK_VERBS))})\b"
    # ("accused the army of planning airstrikes on El Fasher")
    rf"|\b{words(PLAN_CUES)}\s+(?:[\w-]+\s+){{0,2}}?{words(STRIKE_NOUNS, plural=True)}\b"
    # ("Kyiv braced for a new wave of Russian missile strikes")
    rf"|\b{words(AWAITING_CUES)}\s+(?:[\w-]+\s+){{0,6}}?"
    rf"{words((*STRIKE_NOUNS, *ATTACK_NOUNS), plural=True)}\b",
)
# Summaries of the whole war rather than a strike ("the clashes have killed dozens").
WAR_SUMMARY = Caseless(
    rf"\b(?:{words(WAR_SUMMARY_CUES)}|{patterns(WAR_SUMMARY_PATTERNS)}"
    # "daily shelling", "repeated Russian strikes": habitual, unless the clause fixes the day
    # ("Daily shelling killed four people in Kherson on Sunday" is a strike)
    rf"|{words(HABITUAL_WORDS)} (?:[\w-]+ (?:and |or )?){{0,2}}?{words(HABITUAL_NOUNS)}\b"
    # (a day the speaker spoke on fixes none: "have endured daily shelling, locals told
    # Reuters on Sunday")
    rf"(?!(?:(?!\b{words(SPEECH_PASTS)}\b)[^.;])*\b(?:on|early|late)\s+{words(WEEKDAYS)}\b))",
)
# A recap of earlier strikes ("Armenia has launched missile attacks on Ganja, ... among others").
HISTORY = Caseless(rf"\b(?:{patterns(HISTORY_PATTERNS)})\b")
# "In February", "since March": a month with no day after it
MONTH_ONLY = rf"{words(MONTH_ONLY_BEFORE)}\s+{words(MONTH_NAMES)}\b(?![ \t]+\d{{1,2}}\b)"
RECAP = Caseless(
    rf"\b(?:{words(RECAP_CUES)}|{patterns(RECAP_PATTERNS)}|{patterns(HISTORY_PATTERNS)}"
    rf"|{MONTH_ONLY})\b",
)
# What a denial rejects: "denied reports that X was shelled", "dismissed claims of strikes on X".
DENIED_CLAIM = re.compile(
    rf"\b{words(DENIAL_VERBS)}\s+(?:as\s+[\"“‘']?{words(FALSE_WORDS)}[\"”’']?\s+)?"  # "dismissed as false claims"
    rf"(?:(?:(?:the|any|all|these|those)\s+)?(?P<owner>[\w’']+\s+)?"  # "Armenia's claims that"
    rf"{words(CLAIM_NOUNS)}\s+(?:that|of)|that"
    rf"|(?=(?:having\s+)?(?:{words(forms(ATTACK_VERBS))}|{words(CARRY_OUT_GERUNDS)})\b))\b",
    re.IGNORECASE,
)
# A claim called false, what it claims after it: "called the reports of shelling of Ganja an
# absolute lie", "said claims that its forces hit Kherson were fake"
CLAIM_OF = (
    rf"\b{words(CALLING_VERBS)}\s+(?:the\s+|these\s+|those\s+|such\s+)?{words(CLAIM_NOUNS)}\s+"
    r"(?:of|about|on|that)\b"
)
CALLED_FALSE_CLAIM = re.compile(
    rf"{CLAIM_OF}(?=[^.;]{{0,120}}?[\s\"“‘']{words(FALSE_WORDS)}\b)", re.IGNORECASE
)
# Uses of strike words that are not attacks ("a deal was struck", "hit back at critics").
ORDNANCE = words((*WEAPON_NAMES, *STRIKE_NOUNS), plural=True)
# Words after "no" that negate something other than the strike: "no fewer than 40 missiles",
# "no casualties after shells hit", "no one was hurt in the strike".
NOT_NEGATED = ("fewer", "less", "more", "one", "immediate", *CASUALTY_NOUNS, *KILLED_WORDS,
               *INJURED_WORDS, "damage", "injury", "death", "comment", "word", "sign", "report",
               "reports", "claim", "claims", "responsibility", "warning")  # fmt: skip
PASSIVE_BE = r"(?:were|was|had\s+been|have\s+been)"  # "were fired", "had been shelled"
NEAR_A_PLACE = (
    r"(?=(?:\s+[\w,-]+){0,3}?\s+(?:near|outside|close\s+to|not\s+far\s+from"
    r"|in\s+the\s+vicinity\s+of)\b)"
)
NEGATED_VERB = rf"(?:{PASSIVE_BE}\s+)?{words(forms(ATTACK_VERBS))}"
# ... not the first word of a weapon's name ("hit by Storm Shadow missiles", "Tornado-S")
NAMED_WEAPON_TAILS = [
    re.split(r"[\s-]", name, maxsplit=1)[1]
    for name in WEAPON_NAMES
    if re.split(r"[\s-]", name, maxsplit=1)[0].lower() in NOT_ATTACK_SUBJECTS
]
NOT_ATTACK_SUBJECT = (
    rf"{words(NOT_ATTACK_SUBJECTS)}\b"
    rf"(?![\s-]+{words((*NAMED_WEAPON_TAILS, *NEWS_BODY_NOUNS), plural=True)}\b)"
)
NOT_ATTACKS = Caseless(
    # the title of a work: 'the film "Strike on Kharkiv" premiered in Kyiv'
    rf"\b{words(WORK_NOUNS)}\s+(?:titled\s+|called\s+|entitled\s+)?[\"“‘'][^\"”’]{{1,80}}[\"”’']|"
    # "attack the government's decision", "target young voters": an attack in words only
    rf"\b{words(forms(ATTACK_VERBS, base=True))}\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?"
    # (the noun ends its phrase: not "the regional policy centre")
    rf"(?:[\w-]+(?:['’]s)?\s+){{0,2}}?{words(FIGURATIVE_TARGETS)}"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|of|by|for|with|and|as|after|before|to|over)\b)"
    rf"|\b{words(AGREEMENT_NOUNS)}\s+(?:was\s+|had been\s+)?struck"
    # ("fans bombarded the team with questions": a barrage in words)
    rf"|\bbombard\w*\s+[^.;]{{0,40}}?\bwith\s+(?:[\w-]+\s+)?{words(VERBAL_BARRAGES)}\b"
    # ("struck a grain deal", "strike a new prisoner-swap agreement": a kind may stand between)
    rf"|\b(?:struck|strike|strikes|striking)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{words(AGREEMENT_NOUNS)}\b"
    # ("Lightning struck a church, damaging its roof": the clause, up to another one's start)
    # ("Heavy rains flooded parts of Khartoum, destroying homes": or a participle after a comma)
    # (before the phrases: "A gas explosion destroyed a block" blanks the clause, not the words)
    # (not the object of another's verb: "Russia condemned the sanctions and struck Odesa")
    rf"|\b{NOT_ATTACK_SUBJECT}\s+(?:(?:(?!and\s)[\w-]+\s+){{0,2}}?|[^.;,]{{0,80}}?,\s+)"
    rf"{words(forms(ATTACK_VERBS))}\b"
    r"[^.;]*?(?=,?\s+(?:as|while|when|after|and|but)\b|[.;]|$)"
    rf"|\b{words(NOT_ATTACK_PHRASES)}\b"
    # ... or as the agent of a passive: "Farmers in Kherson were hit hard by the drought"
    rf"|\b(?:was|were|been|being)\s+{words(forms(ATTACK_VERBS))}\s+(?:(?:hard|badly|worst)\s+)?"
    rf"by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{NOT_ATTACK_SUBJECT}"
    # strikes told as likely, not as done: "If talks fail, strikes on Kharkiv are likely"
    rf"|\b{words((*STRIKE_NOUNS, *ATTACK_NOUNS), plural=True)}\s+(?:on|against)\s+[^.;,]{{1,60}}?"
    r"\s+(?:are|is|seem|seems|look|looks|remain|remains)\s+(?:very\s+|highly\s+|more\s+|"
    r"increasingly\s+|now\s+)?(?:likely|possible|probable|imminent|inevitable|expected)\b"
    # a report called false: "Reports of an attack on Kharkiv on Sunday were false"
    rf"|\b(?:reports?|claims?|allegations?|rumou?rs?)\s+(?:of|that|about)\s+[^.;]{{1,100}}?\s+"
    r"(?:were|was|are|is|proved|proved\s+to\s+be)\s+(?:completely\s+|totally\s+|entirely\s+)?"
    rf"{words(FALSE_WORDS)}\b"
    # a place spared: "Kharkiv has been spared from shelling for a week"
    rf"|\bspared\s+(?:from\s+|by\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{words((*STRIKE_NOUNS, *ATTACK_NOUNS), plural=True)}\b"
    # "demanded an end to the shelling", "called for a halt to Israeli strikes"
    rf"|\b{words(END_CALLS)}\s+(?:to\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{words((*STRIKE_NOUNS, *ATTACK_NOUNS), plural=True)}\b"
    # a drill and what it fired, to the end of the sentence ("military drills near Baku, with
    # artillery units firing at targets")
    rf"|\b(?:military|live-fire|joint|naval|air|missile|artillery)\s+{words(DRILL_WORDS)}\b[^.;]*"
    rf"|\b(?:on|at)\s+(?:a|the)\s+{words(DRILL_WORDS)}\b"
    rf"|\b{words(DRILL_VERBS)}\s+(?:[\w-]+\s+){{0,2}}?{words(DRILL_WORDS)}\b[^.;]*"
    # a weapon tested, and all the sentence tells of it: "Iran test-launched a new drone near
    # Isfahan", "North Korea test-fired a missile"
    r"|\btest[- ](?:fired|fires|fire|firing|launched|launches|launch|launching)\b[^.;]*"
    # war's noise grown familiar: "residents have grown used to the sound of explosions"
    rf"|\b(?:used|accustomed)\s+to\s+(?:the\s+)?(?:sounds?|noise)\s+of\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{words(STRIKE_NOUNS, plural=True)}\b"
    # a strike spoken of as what it would be: "A drone attack on Moscow would be an escalation"
    rf"|\b(?:an?|any)\s+(?:[\w-]+\s+){{0,2}}?{words(STRIKE_NOUNS, plural=True)}\s+(?:on|against)\s+"
    # (not a report that could not be verified: "A strike on X was reported but could not be
    # independently verified")
    rf"[^.;,]{{0,40}}?\s+{words(MODAL_WORDS)}\b(?!\s+not\s+(?:be\s+|immediately\s+|"
    r"independently\s+)*(?:verif|confirm))[^.;]*"
    # weapons bought, sent or made ("to buy more artillery shells", "delivered 155mm shells")
    rf"|\b{words(SUPPLY_VERBS)}\s+(?:[\w-]+\s+){{0,3}}{words(WEAPON_NAMES, plural=True)}\b"
    # a match report, its score beside a word of sport: the whole sentence
    rf"|^(?=[^.;]*\b\d{{1,2}}-\d{{1,2}}\b)(?=[^.;]*\b{words(SPORT_WORDS)}\b)[^.;]*"
    # ... and all a sentence fires "during" one ("Iran fired missiles during a military
    # exercise near Bandar Abbas")
    rf"|(?:^|(?<=[.;]))[^.;]*?\bduring\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{words(DRILL_WORDS)}\b[^.;]*"
    # ... or their agent in the passive: "Kharkiv was hit by power outages"
    rf"|\b{words(forms(ATTACK_VERBS))}\s+by\s+(?:[\w-]+\s+){{0,2}}?{NOT_ATTACK_SUBJECT}"
    # "no rockets were fired", "no drones were launched": nothing was fired
    rf"|\bno\s+(?:[\w-]+\s+){{0,2}}?{words((*WEAPON_NAMES, *STRIKE_NOUNS), plural=True)}\s+"
    rf"{PASSIVE_BE}\s+(?:fired|launched|reported)\b"
    # "no strikes hit Kyiv", "there was no shelling of Tartar", "not aware of any strike on
    # Rafah", "did not strike Kyiv", "Kharkiv was not shelled": a strike denied or absent
    rf"|\b(?:no|not\s+(?:[\w-]+\s+){{0,3}}?any)\s+"
    rf"(?:(?!{words(NOT_NEGATED)}\b)[\w-]+\s+){{0,2}}?{ORDNANCE}(?:\s+{NEGATED_VERB})?\b"
    rf"|\b{words(AUXILIARY_VERBS)}(?:\s+not|n['’]t)\s+(?:been\s+|yet\s+|ever\s+)?"
    rf"{words(forms(ATTACK_VERBS, base=True))}\b"
    # "Neither Goris nor Jermuk was hit": a strike denied for each name
    rf"|\bneither\s+[^.;]{{1,60}}?\s+nor\s+[^.;]{{1,60}}?\s+{PASSIVE_BE}\s+(?:[a-z]+ly\s+)?"
    rf"{words(forms(ATTACK_VERBS))}\b"
    # "repelled 30 attacks near Pokrovsk": ground assaults beaten back, no strike
    # (not "repelled a drone attack on Kyiv": drones stopped over a place struck at it)
    rf"|\b{words(REPELLING_VERBS)}\s+(?:(?!{words((*AERIAL_WEAPONS, 'air', 'aerial'), plural=True)}\b)"
    r"[\w-]+\s+){0,3}?(?:attacks?|assaults?|attempts?)\b"
    # ruins seen, not a strike told: "photos of destroyed buildings in Mariupol", "walked past
    # damaged houses" (the participle after a word no verb follows)
    rf"|\b{words(RUIN_VIEW_WORDS)}\s+(?:{words(INTENSITY_ADVERBS)}\s+)?(?:destroyed|damaged)\s+(?=[a-z])"
    # a strike helped, not done: "arrested for helping Russia target the port"
    rf"|\bhelp(?:s|ed|ing)?\s+(?:[\w-]+\s+){{1,3}}?(?:to\s+)?{words(list(ATTACK_VERBS))}\b[^.;]*",
)
# "a new drone factory", "missile makers", "bomb shelters": a weapon word that names something
# else (tested the fast way first: most sentences have none)
WEAPON_THING = Caseless(
    rf"\b{words((*WEAPON_NAMES, 'bomb'), plural=True)}\s+{words(WEAPON_THINGS)}\b"
)  # ("bomb shelters", "a bomb disposal team")
THING_KEY = re.compile(words(WEAPON_THINGS))
# Rarer uses, each run only where its key word stands (lower case):
JOB_COUNTS = ("two", "three", "four", "five", "six", "several", "many", "dozens of")
KEYED_NOT_ATTACKS = tuple(
    (key, re.compile(pattern, re.IGNORECASE))
    for key, pattern in (
        # "his tractor hit an anti-tank mine", "stepped on a landmine": a mine, no attack
        ("mine", r"\b(?:hit|hits|struck|strikes|ran\s+over|runs\s+over|drove\s+over|"
                 r"stepped\s+on|detonated)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:land)?mines?\b"),
        # "launched a new campaign", "launched a drone factory": launching no weapon
        ("launch", r"\blaunch(?:ed|es|ing)?\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                   rf"{words(LAUNCHED_THINGS, plural=True)}\b"),
        # "there were no reports of strikes on Kharkiv" (not "no reports of casualties")
        ("report", rf"\bno\s+(?:immediate\s+|further\s+)?reports?\s+of\s+(?:any\s+)?"
                   rf"(?:[\w-]+\s+)?{ORDNANCE}\b"),
        # a drone or missile destroyed near a place shows no attack on it ("the army destroyed
        # three drones near Port Sudan"; not "destroyed over Belgorod"): ANNOTATION.md
        ("destroyed", rf"\bdestroyed\s+(?:[\w-]+\s+){{0,3}}?{AERIAL}{NEAR_A_PLACE}"
                      rf"|\b{AERIAL}\s+{PASSIVE_BE}\s+destroyed\b{NEAR_A_PLACE}"
                      # enemy positions destroyed on a front's axis ("destroyed the positions
                      # of the Armenian forces in the direction of Agdere"): combat, no strike
                      r"|\bpositions\b[^.;]{0,80}?\bdestroyed\s+in\s+the\s+direction\s+of\b"
                      r"|\bdestroyed\s+(?:the\s+)?(?:[\w-]+\s+)?positions\b[^.;]{0,80}?"
                      r"\bin\s+the\s+direction\s+of\b"),
        # drones seen flying somewhere ("two UAVs were identified flying in the direction of
        # Khnatsakh"): watched in the air, not striking
        ("flying", r"\b(?:identified|spotted|seen|observed|detected|noticed|recorded)\s+"
                   r"(?:[\w-]+\s+)?flying\s+(?:over|above|towards?|in\s+the\s+direction\s+of)\b"),
        # "the mayor was fired", "fired the regional governor": dismissed from a job
        ("fired", rf"\b{words(JOB_HOLDERS)}\s+{PASSIVE_BE}\s+(?:[a-z]+ly\s+)?fired\b"
                  rf"|\bfired\s+(?:the|a|an|its|his|her|their|\d+|{words(JOB_COUNTS)})\s+"
                  rf"(?:[\w-]+\s+)?{words(JOB_HOLDERS)}\b"
                  # "Kyiv's mayor fired three officials": who fires is a job holder too
                  rf"|\b{words(JOB_HOLDERS)}\s+(?:has\s+|had\s+)?fired\s+(?!(?:at|on|upon)\b)"
                  # shots fired near a place, not at it ("shots were fired in the vicinity of
                  # the village"): gunfire is an attack only at a named place (ANNOTATION.md)
                  rf"|\bshots\s+(?:{PASSIVE_BE}\s+)?fired\b{NEAR_A_PLACE}"),
        # a labour strike: "the strike by workers at the port", "a dockers' strike"
        ("strike", rf"\bstrike\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?{words(STRIKING_WORKERS)}\b"
                   rf"|\b{words(STRIKING_WORKERS)}['’]?\s+strikes?\b"),
    )
)  # fmt: skip
# Ordnance found rather than fired: "two artillery shells were discovered", "an unexploded
# rocket" (run only where a word it needs stands: the noun list is long).
FOUND_CUE = Caseless(rf"\b(?:{words(FOUND_VERBS)}|unexploded)\b")
FOUND_ORDNANCE = re.compile(
    rf"(?:\b{ORDNANCE}\s+(?:(?:were|was|had been|have been|has been)\s+{words(FOUND_VERBS)}\b"
    # (or a reduced clause: "detonated a Russian missile found in a field")
    rf"|{words(FOUND_VERBS)}\s+(?:in|near|at|on|inside)\b)"
    rf"|\bunexploded\s+(?:[\w-]+\s+)?{ORDNANCE})"
    # (and what sappers did with it: "A shell found near Izium was destroyed by sappers")
    rf"(?:[^.;]{{0,80}}?\b(?:was|were)\s+(?:later\s+|safely\s+)?{words(DISPOSAL_VERBS)}\b)?",
    re.IGNORECASE,
)


# A trend in the perfect, in a sentence that gives no day and no harm: "the RSF has intensified
# its attacks on El Fasher" (not "..., killing 12 people on Sunday")
TREND = Caseless(
    rf"\b(?:has|have|had)\s+(?:\w+ly\s+)?{words(INTENSIFYING_VERBS)}\s+(?:its\s+|their\s+|the\s+)?"
    rf"(?:[\w-]+\s+)?{words(HABITUAL_NOUNS)}\b"
    rf"(?![^.;]*\b(?:{words((*WEEKDAYS, *RELATIVE_DAYS))}|kill|wound|injur))"
)
# An explosion or a fire its sentence puts down to an accident ("officials blamed a gas leak")
ACCIDENT = Caseless(rf"\b{words(ACCIDENT_CAUSES)}\b")
BLAST = re.compile(rf"\b{words(BLAST_NOUNS)}\b", re.IGNORECASE)
# (substrings one of which each needs: a cheap test before the scan)
BLAST_KEYS = tuple({noun[:5] for noun in BLAST_NOUNS})
TREND_KEYS = tuple({verb[:6] for verb in INTENSIFYING_VERBS})


# A strike a speaker says it does not know of: "had no knowledge of a strike on Khan Younis"
UNCONFIRMED = Caseless(
    rf"\b{words(UNCONFIRMED_LEADS)}\s+(?:(?:a|an|the|any|such)\s+)?(?:reports?\s+of\s+)?"
    rf"(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+){{0,2}}?{ORDNANCE}"
)
UNCONFIRMED_KEYS = ("knowledge", "aware", "information", "confirm", "reports of", "record")


@lru_cache(maxsize=1024)
def without_non_attacks(text: str) -> str:
    """The text with uses of strike words that are no attacks blanked out, threats and plans
    too ("Missiles hit Kharkiv; Russia threatened to strike Kyiv next" keeps "hit")."""
    lowered = text.lower()
    cleaned = NOT_ATTACKS.sub(" ", text) if NOT_ATTACKS.test(text, lowered) else text
    for key, pattern in KEYED_NOT_ATTACKS:
        if key in lowered:
            cleaned = pattern.sub(" ", cleaned)
    if THING_KEY.search(lowered) and WEAPON_THING.test(text, lowered):
        cleaned = WEAPON_THING.sub(" ", cleaned)
    cleaned = FOUND_ORDNANCE.sub(" ", cleaned) if FOUND_CUE.test(cleaned) else cleaned
    if any(key in lowered for key in BLAST_KEYS) and ACCIDENT.test(text, lowered):
        cleaned = BLAST.sub(" ", cleaned)
    if any(key in lowered for key in TREND_KEYS) and TREND.test(text, lowered):
        cleaned = TREND.sub(" ", cleaned)
    if any(key in lowered for key in UNCONFIRMED_KEYS) and UNCONFIRMED.test(text, lowered):
        # (not one whose harm the sentence tells: "looking into reports of a strike on a school
        # in Nuseirat in which 16 people were killed, according to the civil defence")
        cleaned = UNCONFIRMED.sub(lambda m: m[0] if harm_told(cleaned, m.end()) else " ", cleaned)
    return THREAT.sub(" ", cleaned) if HYPOTHETICAL.test(cleaned) else cleaned


# A caption's label opening the text: "Photo: A building damaged by ..." (capitalised only)
# (or in capitals: "PHOTO: Smoke rises over ...")
CAPTION_LABEL = rf"\s*(?-i:{words((*CAPTION_LABELS, *(w.upper() for w in CAPTION_LABELS)))})\s*:"
# Photo captions and credits: "[Valentyn Ogirenko/Reuters]", "(Photo: AFP)".
# "REUTERS/Vyacheslav Madiyevskyy": a wire photo's credit in capitals
WIRE_CREDIT = rf"(?-i:{words(w.upper() for w in PHOTO_CREDITS)})\s?/\s?(?-i:[A-Z])"
CAPTION = re.compile(
    rf"\[[^\]]{{0,80}}(?:\w\s?/\s?\w|\b{words(PHOTO_CREDITS)}\b)[^\]]{{0,80}}\]|\((?-i:Photo)[:\s]"
    # "(AP Photo/Libkos)", "Photo: A building damaged by ..."
    rf"|\([^()]{{0,40}}\b(?-i:Photo)\s?/[^()]{{0,60}}\)|^{CAPTION_LABEL}"
    # "(Eyad Baba/AFP/Getty Images)": a photographer's name, a slash, the agency
    rf"|\([^()/]{{1,40}}/\s?(?-i:{words(PHOTO_CREDITS)})\b[^()]{{0,60}}\)"
    # "..., March 9, 2024. REUTERS/Vyacheslav Madiyevskyy": the credit inline
    rf"|\b{WIRE_CREDIT}",
    re.IGNORECASE,
)


# Where one clause of a sentence ends: "Missiles hit X on Sunday; 35,000 have died in the war".
# (a period after an abbreviation, "Oct. 7", "Gen. Smith", ends no clause)
# (an attribution or a relative clause after a comma is one too: "..., according to the Emergency
# Response Room, one of hundreds ... since the war began", "..., which has counted 300 attacks")
CLAUSE_END = re.compile(
    r"[;:—–(]|,\s+(?:while|as|bringing|raising|taking|and\s+since|according\s+to|which|who|whose"
    # (the count a strike's clause ends on: "shelled X on Thursday and again on Saturday,|
    # killing 10 people in total")
    r"|killing|wounding|injuring|leaving"
    # (a description of the strike set after it: "..., the first attack on the city during the
    # war", "..., the deadliest strike since the war began")
    r"|the\s+(?:first|latest|deadliest|biggest|largest|heaviest|worst|second|third|most))\b"
    r"|(?<!\b[A-Z][a-z]{2})(?<!\bSept)\.\s"
)


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` that holds the span."""
    # (a clause that the span's own word opens starts there: ", killing 31")
    breaks = [min(m.end(), start) for m in CLAUSE_END.finditer(text, 0, end) if m.start() < start]
    # (an aside closed before the span's verb: "Nyala, which has been held by the RSF since
    # October, was bombed ...": the clause resumes at "was bombed")
    breaks += [m.start() + 1 for m in RESUMED.finditer(text, breaks[-1] if breaks else 0, start)]
    after = CLAUSE_END.search(text, end)
    return text[(breaks[-1] if breaks else 0) : after.start() if after else len(text)]


# (or one closed before the speaker's verb: "The Emergency Lawyers, a rights group tracking
# violence in the war, said RSF shelling of the Abu Shouk camp killed 11")
RESUMED = re.compile(
    r",\s+(?=(?:was|were|has\s+been|have\s+been|had\s+been)\s"
    rf"|{words(SAYING_VERBS)}\s)"
)


@lru_cache(maxsize=4096)
def reports_a_strike(text: str) -> bool:
    """A strike sentence with a strike word outside any war-wide summary clause and outside
    what a denial rejects ("the ministry denied reports that Goris was shelled")."""
    if not is_strike_sentence(text):
        return False
    cleaned = without_non_attacks(text)
    denial = DENIED_CLAIM.search(cleaned) or CALLED_FALSE_CLAIM.search(cleaned)
    # a denial covers its own clause: "denied that objects were hit, but said the attack ..."
    scope = DENIAL_SCOPE_END.search(cleaned, denial.end()) if denial else None
    denied_end = (scope.start() if scope else len(cleaned)) if denial else -1
    if denial and harm_told(cleaned, denial.end(), max(denied_end, denial.end())):
        return True  # "denied responsibility for the attack on X, which killed 40": it happened
    if denial and claim_owner(denial):
        denial = None  # "Moscow denied Kyiv's claims that missiles hit X": Kyiv reports it
    return any(
        not is_past_or_summary(clause_around(cleaned, start, end))
        and not (denial and denial.end() <= start < denied_end)
        for start, end in triggers(cleaned)
    )


def claim_owner(denial: re.Match[str]) -> str | None:
    """Who made the claim a denial rejects, where the text names them before it ("Kyiv's
    claims", "Ukrainian reports"): then the claim is theirs, an alleged strike (None: "denied
    reports that", a denial on its own)."""
    owner = (denial.groupdict().get("owner") or "").strip()
    if not owner[:1].isupper():
        return None
    bare = owner.removesuffix("'s").removesuffix("’s")
    return bare if bare != owner or nation_code(bare) else None


# Harm the denied strike did, told beside it: the strike happened, whoever did it
# ("denied firing the rocket that killed 12 children in Majdal Shams")
HARM_TOLD = re.compile(
    # ("denied carrying out the strike on a school in Nuseirat on Sunday that killed 20")
    rf"(?:,|\s+{words((*WEAPON_NAMES, *STRIKE_NOUNS), plural=True)}"
    r"(?:\s+(?:on|in|at|near|against|of)\s+[^.;,]{1,60}?)?)\s+(?:which|that)\s+"
    # ("..., which the World Health Organization said killed 70 people": a speaker between)
    r"(?:[^.;,]{1,60}?\s+(?:said|says|reported)\s+)?"
    r"(?:has\s+|had\s+)?(?:killed|wounded|injured|left)\b"
    r"|,\s+(?:killing|wounding|injuring)\b"
    # ("a strike on a school in Nuseirat on Sunday in which 16 people were killed")
    r"|\s+in\s+which\s+[^.;]{0,40}?\b(?:were|was)\s+(?:killed|wounded|injured)\b"
)
HARM_REACH = 160  # characters after a denial or a doubt in which its strike's harm is told


def harm_told(text: str, start: int, end: int = -1) -> bool:
    """Harm the strike a denial or a doubt is about did, told beside it (up to ``end``)."""
    return HARM_TOLD.search(text, start, end if end >= 0 else start + HARM_REACH) is not None


# (or a clause of its own after it: "denied targeting civilians after a missile hit a mall")
DENIAL_SCOPE_END = re.compile(r",?\s+(?:but|after|when|following)\b|;|\.\s")


# "Two civilians were killed in Martuni": in an article that reports strikes, deaths at a named
# place are a strike's (not "killed in clashes near X", not a tally "have been killed")
# (the wounded too, and a place that opens the sentence: "In Barda, two people were injured")
# ("three people died in Kharkiv": who died there)
# ("two were killed and three others wounded in the village of X": the second, elided)
HARMED = (
    rf"(?:(?:was|were)\s+(?:reportedly\s+|also\s+)?{HARM_PAST}|died|(?:others|more)\s+{HARM_PAST})"
)
COUNT_WORD = words(w for w in NUMBER_WORDS if w not in ("no", "a", "an"))  # "two", "both"
HARM_AT_A_PLACE = re.compile(
    rf"\b{HARMED}\s+(?:in|near|at)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){{1,2}}(?:of\s+)?)?[A-Z]"
    # ("Russian forces killed three residents in Toretsk": the harm told actively by a
    # nation's force, its count and whom between; not "floods killed 12 in Odesa")
    rf"|\b{words(singular_demonyms())}\s+(?:[\w-]+\s+)?{words(FORCE_NOUNS)}\s+"
    rf"(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    rf"{words((*KILLING_VERBS, *INJURING_VERBS))}\s+(?:(?:at\s+least|more\s+than)\s+)?"
    rf"(?:\d+|{COUNT_WORD})\s+(?:[\w-]+\s+){{0,3}}?(?:in|near|at)\s+"
    rf"(?:the\s+)?(?:(?:[a-z-]+\s+){{1,2}}(?:of\s+)?)?[A-Z]"
    # ("In the central city of Kryvyi Rih, ten were killed": a place's kind, described)
    rf"|^\W*In\s+(?:the\s+)?(?:(?:[a-z-]+\s+){{0,2}}?(?:village|town|city|region|province)\s+of\s+)?"
    rf"[A-Z][\w’'-]+(?:\s+{NAME_WORD}){{0,2}},"
    rf"\s+[^.;]{{0,60}}?\b{HARMED}\b"
    # "Poonch district accounted for all 13 deaths": a place's share of the dead
    rf"|^\W*(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}(?:\s+[a-z]+)?\s+{words(SHARE_VERBS)}\s+"
    r"(?:all|most|many|half|\d+|[a-z]+)\b[^.;]{0,30}?\b(?:deaths|dead|fatalities|casualties)\b"
)
NOT_STRIKE_DEATH = Caseless(rf"\b{words(NOT_STRIKE_DEATHS)}\b")
LARGEST_DEATH_REPORT = 100  # more killed at one place than this is a tally, not one strike


@lru_cache(maxsize=4096)
def reports_deaths_at_a_place(text: str) -> bool:
    """Deaths or wounds at a named place told without an attack word ("2 civilians were
    killed in Martuni", "In Barda, two people were injured"): a strike's, where the article
    reports strikes."""
    if not any(
        word in text
        for word in (*HARM_PARTICIPLES, "died", *SHARE_VERBS, "killing", "wounding", "injuring")
    ):
        return False
    if not HARM_AT_A_PLACE.search(text):
        return False
    return not (NOT_STRIKE_DEATH.test(text) or is_war_summary(text) or is_history(text)
                or HYPOTHETICAL.test(text))  # fmt: skip


@lru_cache(maxsize=4096)
def is_strike_sentence(text: str) -> bool:
    if not has_attack_word(text):
        return False  # most sentences: blanking out what is no attack cannot add an attack word
    return has_attack_word(without_non_attacks(text))


def has_attack_word(text: str) -> bool:
    lowered = text.lower()
    return (
        TRIGGER.test(text, lowered)
        or (HARM_VERB.test(text, lowered) and WEAPON_HARM_RE.test(text, lowered))
        or (side_cue(text, lowered) and SIDE_TRIGGER.test(text, lowered))
    )


def is_caption(text: str) -> bool:
    if "(" not in text and "[" not in text and not CAPTION_LEAD.match(text):
        return False  # (the cheap tests first: most sentences have no brackets)
    return bool(CAPTION.search(text))


CAPTION_LEAD = re.compile(CAPTION_LABEL)


# A photo credit standing alone after a caption: "(Photo: Reuters)", "(AP Photo/Libkos)"
# ("REUTERS/Vyacheslav Madiyevskyy": a wire's credit in capitals, split off as a sentence)
CREDIT_ALONE = re.compile(
    # ("(Eyad Baba/AFP/Getty Images)  (Eyad Baba/AFP)": a page may print it twice)
    rf"^\s*(?:\([^()]{{0,60}}\b(?-i:{words(PHOTO_CREDITS)})\b[^()]{{0,60}}\)\s*)+$"
    rf"|^\s*{WIRE_CREDIT}[^/]{{0,60}}$",
    re.IGNORECASE,
)


def is_credit(text: str) -> bool:
    return bool(CREDIT_ALONE.match(text))


def is_clutter(text: str) -> bool:
    """A photo's caption or credit set between a story's sentences."""
    return is_caption(text) or is_credit(text)


COMMEMORATION = Caseless(rf"\b{words(COMMEMORATION_CUES)}")


# A threat or a plan to the end of its clause: "Russia may launch new attacks on Odesa",
# "officials warned Russia could strike again| after missiles hit Kharkiv"
THREAT = Caseless(
    rf"(?:{HYPOTHETICAL.pattern})[^,;:]*?"
    # (not a comparison, which the threat holds: 'could hit Beirut "just as we hit Gaza"')
    r"(?=[,;:]|\s(?:but|after|when|while|before|since)\b"
    r"|(?<!just)(?<!exactly)\sas\b(?!\s+(?:we|it|they|he|she|i)\b)|\.\s|\.?$)"
)


@lru_cache(maxsize=1024)
def threat_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where each threat or plan of the text stands, with the rest of its clause."""
    return tuple(m.span() for m in THREAT.finditer(text)) if HYPOTHETICAL.test(text) else ()


def is_history(text: str) -> bool:
    return HISTORY.test(text)


@lru_cache(maxsize=4096)
def is_recap(text: str) -> bool:
    """A recap cue outside any relative clause ("the Izmail port district, which has been key
    to grain exports in recent months" dates nothing) or a comparison with the past ("in the
    worst flare-up since 2020")."""
    text = SUPERLATIVE_SINCE.sub("", text) if " since " in text else text
    return RECAP.test(DAILY_REPORT.sub("", RELATIVE_CLAUSE.sub(unless_harm, text)))


# A strike measured against the past: "the worst flare-up between the two since 2020", "the
# deadliest attack on the city since March", "the first strike on Lviv since the summer"
SUPERLATIVE_SINCE = re.compile(
    rf"\b{words(SUPERLATIVES)}\b[^,;.]{{0,60}}?\bsince\b[^,;.]*", re.IGNORECASE
)


def unless_harm(clause: re.Match[str]) -> str:
    """A relative clause that tells the strike's harm dates it ("the strike on the school in
    Jabalia, which killed 20 people last week"); any other only describes a noun."""
    return clause[0] if HARM_CLAUSE.match(clause[0]) else ""


HARM_CLAUSE = re.compile(
    rf",\s+which\s+(?:also\s+)?(?:{words((*KILLING_VERBS, *INJURING_VERBS))})\b", re.IGNORECASE
)


DAILY_REPORT = re.compile(rf"\b{words(DAILY_REPORT_CUES)}\b", re.IGNORECASE)
# ", which has been key to grain exports in recent months": it describes a noun, not the strike
# (nor does what follows an attribution: "..., according to the Emergency Response Room, one of
# hundreds delivering aid since the war began in April 2023")
RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;.]*|,\s+according\s+to\b[^;]*$")


def is_past_or_summary(clause: str) -> bool:
    """A war-wide summary, or a strike remembered ("a memorial to victims of the shelling of
    X", "the anniversary of the 1992 shelling"): no report of a strike. (A strike of years
    ago is a recap: an event with no day, ANNOTATION.md.)"""
    return is_war_summary(clause) or COMMEMORATION.test(clause)


@lru_cache(maxsize=4096)
def is_war_summary(text: str) -> bool:
    """(not a strike measured against the war: "in one of the heaviest nights of bombardment
    since the conflict began")"""
    return WAR_SUMMARY.test(SUPERLATIVE_SINCE.sub("", text) if " since " in text else text)


# "On Sunday, drones struck the city again": a strike on the place the story just told of
# ("a missile struck a residential area of the city", "the city's port"; "shelled it again")
THE_SAME_PLACE = re.compile(
    rf"\b(?:{words(forms(ATTACK_VERBS))}|{words((*STRIKE_NOUNS, *ATTACK_NOUNS), plural=True)}\s+(?:on|of))\s+"
    # (what was hit in it: "hit a five-story building in the city")
    rf"(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{words((*CITY_PARTS, *AREA_WORDS))}\s+of|[\w-]+\s+in)\s+)?"
    rf"(?:the\s+(?:same\s+)?{words((*PLACE_ANAPHORS, *BUILDING_ANAPHORS, *AREA_ANAPHORS))}"
    r"(?:\b(?!\s+of\b)|['’]s\s)|it\s+again\b)"
    # ... or the subject of a passive: "The town came under fire again on Sunday"
    rf"|^\W*(?:(?:On|Later|Then)\b[^,]{{0,30}},\s+)?the\s+(?:same\s+)?{words((*PLACE_ANAPHORS, *AREA_ANAPHORS))}\s+"
    rf"(?:was|were|came|has\s+been|had\s+been)\s+(?:again\s+|also\s+)?"
    rf"(?:{words(forms(ATTACK_VERBS))}|under\s+(?:[a-z]+\s+)?(?:fire|attack|shelling))\b"
    # ... or the strikes taken up again: "On Sunday the shelling resumed, killing four"
    rf"|\b{words((*STRIKE_NOUNS, *ATTACK_NOUNS), plural=True)}\s+(?:was\s+|were\s+)?"
    rf"{words(RESUMING_VERBS)}\b",
    re.IGNORECASE,
)
