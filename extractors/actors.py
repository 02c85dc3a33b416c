"""Who is blamed for a strike, and who denies it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from .gazetteer import data_rows
from .lexicon import (
    AIRBORNE_WEAPONS,
    ARABIC_ARTICLES,
    ATTACK_MODIFIERS,
    ATTACK_NOUNS,
    ATTACK_PASTS,
    ATTACK_VERBS,
    BARE_SIDES,
    BLAME_PARTICIPLES,
    CALLING_VERBS,
    CARRY_OUT_VERBS,
    CITING_WORDS,
    CLAIMED_ATTACK_NOUNS,
    CLAIMED_OBJECTS,
    CLAUSE_TURNS,
    CLAUSE_WORDS,
    CONTINUING_VERBS,
    CONTROL_VERBS,
    COUNT_QUALIFIERS,
    CREW_NOUNS,
    DEFENCE_NOUNS,
    DEFENCE_VERBS,
    DENIAL_OBJECTS,
    DENIAL_VERBS,
    DISOWNED,
    DISOWNING_PHRASES,
    FALSE_WORDS,
    FIRING_GROUNDS,
    FORCE_BODY_NOUNS,
    FORCE_MODIFIERS,
    FORCE_NOUNS,
    FORCE_WEAPONS,
    GENERAL_VICTIMS,
    GOVERNMENT_WORDS,
    GROUP_ANAPHORS,
    HARM_PARTICIPLES,
    HEDGE_WORDS,
    HELD_BY_WORDS,
    INJURING_VERBS,
    JOINED_PASTS,
    KILLING_VERBS,
    LAUNCHING_VERBS,
    MACHINE_NOUNS,
    MAKER_WORDS,
    MILITARY_OBJECTS,
    MILITARY_UNITS,
    MUTUAL_BLAME,
    NAME_WORD,
    NOT_ACTORS,
    NUMBER_WORDS,
    OBJECT_REPORT_VERBS,
    OWN_ATTACK_GERUNDS,
    OWN_FIRE_CAUSES,
    OWNED_CLAIM_NOUNS,
    PARTICIPLE_MODIFIERS,
    PATRON_WORDS,
    PERSON_TITLES,
    RELATIVE_DAYS,
    REMNANT_NOUNS,
    REPORT_VERBS,
    SELF_REPORT_BODIES,
    SENDING_VERBS,
    SENTENCE_LEADS,
    SIDE_WORDS,
    SPEECH_PASTS,
    SPOKESPERSON_WORDS,
    STANDING_ADVERBS,
    STRIKE_NOUNS,
    SUBJECTING_VERBS,
    TARGET_OWNED,
    VAGUE_COUNTS,
    VICTIM_MEMBER_NOUNS,
    WEAPON_NAMES,
    WEEKDAYS,
    Caseless,
    forms,
    words,
)
from .phrases import CALENDAR, is_name_word, person_name, phrase_before, with_linked_name
from .places import ON_A_WEEKDAY, POSSESSIVE, POSSESSIVE_S_END, SPEECH_ADVERB, nation_of
from .sources import (
    DEED_AFTER_OBJECT,
    OWN_ATTACK_DENIED,
    OWN_SUBJECT,
    coordinated_speaker,
    country_names,
    did_instead,
)
from .strikes import ADVERB, ATTACK_PLAIN, TRIGGER
from .weapons import THING_AFTER

FORCE_NOUN = rf"(?i:{words(FORCE_NOUNS)})(?![\w-])"  # "Rapid Support Forces" as well as "forces"
# (never a compound's first part: "Sudan's military-aligned government" names no force)
# "Armenian forces", "the Russian occupation forces": one lower-case word may stand before the noun.
FORCE_PHRASE = (
    # (never a headline's verb: "Russia fires drones at Kyiv", "Iran launches drones")
    rf"(?:(?!(?:{words((*forms(ATTACK_VERBS), *CARRY_OUT_VERBS, *forms(REPORT_VERBS), *CLAUSE_WORDS, *SENDING_VERBS, *LAUNCHING_VERBS))})\b)"
    # (nor any other past: "Poland scrambled jets", "Israel deployed troops"; but "allied
    # forces", "unmanned aircraft")
    rf"(?!(?!{words(PARTICIPLE_MODIFIERS)}\b)[a-z]+ed\b)"
    rf"[a-z-]+(?:['’]s)? )?{FORCE_NOUN}"  # ("the junta's air force")
)
# Capitalised words that open a sentence but never a force's name ("On Sunday Israeli jets").
LEAD_WORDS = (*CALENDAR, *SENTENCE_LEADS)
# (a group's name may hold "in" or an Arabic article: "Islamic Resistance in Iraq fighters",
# "Hurras al-Din fighters")
NATION_ADJ = rf"(?:(?:{NAME_WORD})\s+){{1,3}}(?:in\s+(?:{NAME_WORD})\s+)?"
# The past tense of every attack verb ("shelled", "struck"): what a subject did
ATTACK_PAST = words((*ATTACK_PASTS, *SUBJECTING_VERBS))
LEAD_WORD_SET = frozenset(LEAD_WORDS)
# "Hamas carried out a strike on Sderot", "the RSF launched an attack on": a strike carried out
CARRIED_OUT_STRIKE = (
    rf"{words(CARRY_OUT_VERBS)}\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{words(STRIKE_NOUNS, plural=True)}"
)
# An attack verb's gerunds ("shelling") and third-person presents ("shells"), and what no
# report verb is (each built once for the patterns below)
ATTACK_GERUND = words(f for f in forms(ATTACK_VERBS) if f.endswith("ing"))
ATTACK_PRESENT = words(f for f in forms(ATTACK_VERBS) if f.endswith("s") and not f.endswith("ss"))
NO_REPORT_VERB = rf"(?!{words(forms(REPORT_VERBS))}\b)"
# "Armenia had mined the border and shelled", "Israel closed the crossing and bombed": a
# subject's first verb, then its attack after "and" (never a report verb's: "Kyiv said ... and")
AND_ATTACKED = (
    rf"{NO_REPORT_VERB}(?:[a-z]+ed|{words(JOINED_PASTS)})\s+"
    rf"(?:[a-z-]+\s+){{0,5}}?and\s+(?:also\s+|then\s+)?{ATTACK_PAST}"
    # "is violating the truce and shelling Martuni", "ignores the truce and shells Kherson"
    rf"|(?:is|are|was|were)\s+[a-z]+ing\s+(?:[a-z-]+\s+){{0,5}}?and\s+(?:also\s+)?{ATTACK_GERUND}"
    rf"|{NO_REPORT_VERB}[a-z]+s\s+(?:the|its|their|a|an)\s+(?:[a-z-]+\s+){{0,4}}?"
    rf"and\s+(?:also\s+)?{ATTACK_PRESENT}"
    # "Azerbaijan warned Armenia and then shelled Sotk", "Israel blamed Hamas and bombed"
    rf"|{words(OBJECT_REPORT_VERBS)}{DEED_AFTER_OBJECT.pattern}"
)
# "Azerbaijan kept firing at Martuni", "Russia continues to shell Kherson"
GOES_ON_ATTACKING = rf"{words(CONTINUING_VERBS)}\s+(?:{ATTACK_GERUND}|to\s+{words(ATTACK_VERBS)})"
# A headline's present of one side, a name hit after it: "Ukraine hits Russian refinery",
# "Israel pounds Gaza" (never a noun: "Air strikes hit Rafah", "Russian strikes on Kharkiv")
ATTACK_THIRD = ATTACK_PRESENT + r"(?=\s+(?:the\s+)?[A-Z])"
# "Hamas fired", "Russia has struck": a capitalised subject of an attack verb
SUBJECT = re.compile(
    # ("The Islamic State group shelled ...": a group's name with its kind word)
    rf"\b(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,3}})(?: {words(GROUP_ANAPHORS)})?"
    r"(?=(?:\s+(?:has |have |had )?"
    rf"{ADVERB}(?:{ATTACK_PAST}|{CARRIED_OUT_STRIKE}|{AND_ATTACKED}|{ATTACK_THIRD}"
    rf"|{GOES_ON_ATTACKING})"
    rf"|(?<=s)\s+{ADVERB}{ATTACK_PLAIN}"
    # "Iran responded by launching 100 drones", "Hezbollah retaliated with rockets"
    # ("Israel responded on Sunday by striking Khiam": a day may stand between, and any
    # attack's gerund follow)
    r"|\s+(?:responded|retaliated|hit\s+back)(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+day"
    r"|\s+overnight)?\s+(?:by|with)\s+(?:launching|firing|sending|"
    rf"drones|missiles|rockets|strikes|a\s+barrage|{ATTACK_GERUND}))\b)"
)
OWN_ATTACK_CLAIM = rf"(?:claim|claims)\s+of\s+{words(OWN_ATTACK_GERUNDS)}\b"
# "The Houthis claimed responsibility for ...", "Hezbollah claimed the attack": the attacker
CLAIMANT = re.compile(
    # (a group's wing by its group: "Hamas's armed wing claimed"; or set off by commas: "...,
    # the Qassam Brigades, claimed")
    r"\b((?:[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+"
    r"|[A-Z][\w’'-]+['’]s?\s+(?:armed|military|political)\s+wing),?\s+(?:has\s+|have\s+)?"
    r"(?:later\s+|also\s+|quickly\s+)?"  # ("Al-Shabaab later claimed the bombing")
    rf"(?:(?:claimed|claims|took|takes)\s+(?:responsibility|credit"
    # ("claims a drone attack", a headline's "Claims Drone Attack")
    # (not "claimed Armenian shells hit Tartar": another's strike, reported)
    rf"|(?:(?:the|an?)\s+)?(?:[a-z-]+\s+)?{words(CLAIMED_ATTACK_NOUNS, plural=True)})"
    # "the Houthis claimed to have targeted Israel's Ben Gurion airport"
    rf"|(?:claimed|claims)\s+(?:to\s+have\s+|(?:that\s+)?(?:it|they)\s+had\s+){ATTACK_PAST})\b"
)
# "the Houthis' recent claim of launching a ballistic missile", "RSF claims of firing", "the
# paramilitary force's claim of firing": the owner of a claim of its own attack
OWN_CLAIMANT = re.compile(
    # (never across a turn to another clause: "The raid followed the Houthis' claim")
    rf"\b((?:[Tt]he\s+)(?:(?!(?:the|came|{words(CLAUSE_TURNS)})\b)[\w’'-]+\s+){{0,3}}?[\w’'-]+?"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}?)"
    rf"(?:['’]s?)?\s+(?:[a-z]+\s+)?{OWN_ATTACK_CLAIM}"
)
CLAIM_CUE = re.compile(r"\b(?:claim|took|takes)", re.IGNORECASE)
# "Hezbollah said it fired rockets at ...", "the army said its jets struck ...": a self-report
# ("said on Sunday that its troops had shelled ...": a day may stand between)
# ("Hezbollah later said it had fired", "said later in a statement that it had fired")
SELF_SAID = (
    # ("confirmed it had carried out a strike", "acknowledged that its jets hit")
    # ("Houthis say they targeted Eilat": a plural subject's present)
    rf"{SPEECH_ADVERB}(?:said|says|say|announced|claimed|claim|stated|confirmed|confirms|confirm"
    rf"|acknowledged|admitted)\s+{SPEECH_ADVERB}"
    r"(?:in\s+a\s+(?:[\w-]+\s+)?statement\s+)?"
    r"(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+|overnight\s+)?(?:that\s+)?"
)
# (a capitalised word, or initials with their stops: "U.S. forces said they struck")
CAPITAL_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]+)"
SELF_REPORT = re.compile(
    rf"\b((?:[Tt]he\s+)?(?:(?:{CAPITAL_WORD}\s+){{0,3}}{CAPITAL_WORD}"
    rf"(?:\s+(?:{FORCE_NOUN}|{words(GROUP_ANAPHORS)}))?|{FORCE_NOUN}))"
    # ("Hezbollah, the Iran-backed group, said it fired": an aside between)
    r"(?:,\s+[^,.;]{2,60},)?\s+(?:has\s+)?"
    rf"{SELF_SAID}{OWN_SUBJECT}\s+"
    rf"(?:had\s+|has\s+|have\s+)?(?:{ATTACK_PAST}|{words(CARRY_OUT_VERBS)}"
    # "the army said it killed a commander in a strike on ..."
    rf"|killed\s+[^.;]{{0,60}}?\b(?:in|with)\s+(?:an?\s+)?(?:[\w-]+\s+)?{words(STRIKE_NOUNS, plural=True)})\b"
    rf"(?!(?<=destroyed)\s+(?:[\w-]+\s+){{0,2}}{words(AIRBORNE_WEAPONS, plural=True)}\b)"  # defence
)
# "Ukraine's general staff said its forces hit ...", "the Russian defence ministry said its
# troops struck ...": a body's self-report names its nation's forces
# ("Ukraine's SBU security service said its drones struck ...": an acronym may stand in the
# body's name; "Russia's defence ministry said it had struck ...": the nation itself)
BODY_SELF_REPORT = re.compile(
    # ("Russia's Defence Ministry", "Ukraine's General Staff": a body's name in capitals too)
    r"\b(?!The\s)(?P<nation>[A-Z][\w’'-]+)\s+(?:(?:[a-z-]+|[A-Z][a-z]+|[A-Z]{2,6})\s+){0,2}?"
    rf"(?i:{words(SELF_REPORT_BODIES)})\s+(?:has\s+)?{SELF_SAID}(?:(?:its|their)\s+(?P<noun>{FORCE_NOUN})|it|they)\s+"
    rf"(?:had\s+|has\s+|have\s+)?(?:{ATTACK_PAST}|{words(CARRY_OUT_VERBS)})\b"
)
OWN_CUE = re.compile(r"\b(?:its|their)\b")
# What a self-report needs (a cheap scan before the pattern, whose subject may be any force)
SELF_CUE = re.compile(rf"\b{SELF_SAID}(?:it|they|its|their)\b")
# "army warplanes bombed Nyala", "the army shelled Kadugli": a force named by its noun alone
# (its nation's word too: "Ethiopian air force drones hit a bus")
FORCE_SUBJECT = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:(?i:army|military|air\s+force|navy|paramilitaries|rebels|militants|junta"
    r"|jihadists|gunmen|insurgents|militiamen)"
    rf"(?:\s+(?i:warplanes|jets|drones|aircraft|troops|forces|helicopters|{words(CREW_NOUNS)}))?"
    # ("while regime forces shelled Kafr Nabl": a state's force by its government's word)
    rf"|(?i:{words(GOVERNMENT_WORDS)})\s+(?i:warplanes|jets|drones|aircraft|troops|forces"
    r"|helicopters|artillery))"
    # ("Militants killed 30 villagers in an attack on ...": who killed, attacked)
    # (or carried out a strike: "as the army carried out airstrikes on RSF positions")
    rf"(?=\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:{ATTACK_PAST}|{words(CARRY_OUT_VERBS)}|killed|wounded)\b)"
)
NATION_WORD_BEFORE = re.compile(r"\b([A-Z][\w’'-]+)\s+$")
# A force followed by an attack verb is the subject that attacked ("Armenia fired mortars
# at Kalbajar and the Azerbaijani army took retaliatory measures": Armenia).
ACTS_AFTER = re.compile(
    rf"(?:\s+(?:has |have |had )?{ADVERB}(?:{ATTACK_PAST}|{words(CARRY_OUT_VERBS)}|{AND_ATTACKED}"
    rf"|{GOES_ON_ATTACKING}"
    rf"|opened\s+(?:[a-z]+\s+)?fire)|(?<=s)\s+{ADVERB}{ATTACK_PLAIN})\b"
)
# "The artillery units of the Armenian armed forces": the force the units belong to
OWNER_FORCE_AFTER = re.compile(rf"\s+of\s+((?:the\s+)?{NATION_ADJ}{FORCE_PHRASE})\b")
# "The junta's Light Infantry Battalions No. 545 and 546": the force's named units
UNIT_AFTER = re.compile(
    r"['’]s\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w-]*\s+){0,4}?"
    rf"(?-i:{words(MILITARY_UNITS)})(?:\s+No\.?\s*\d+(?:\s+and\s+\d+)?)?"
)
ACTOR_PATTERNS = (
    re.compile(
        r"\b(?:the\s+)?(?:Armed Forces|Army|Military) of (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
    ),
    re.compile(rf"\b(?:the\s+)?{NATION_ADJ}{FORCE_PHRASE}\b"),
    SUBJECT,
    FORCE_SUBJECT,
)
AGENT_PATTERNS = (SUBJECT, FORCE_SUBJECT)  # these match only before an attack verb
# "a heartland of the Houthi rebels", "a group made up of Shiite fighters": a force that
# holds or makes up something, not an attack's author ("units of the army" still attack)
OWNER_OF_BEFORE = re.compile(
    rf"\b{words(HELD_BY_WORDS)}\s+of\s+(?:the\s+)?(?:(?:[\w-]+[\s,]+){{1,3}}?(?:and|or)\s+)?$"
)
# ("the strike, which Ukraine blamed on Russia": the one it is blamed on)
ACCUSED = re.compile(
    rf"\b(?:accus|blam)(?:ed|es|ing)\s+(?:(?:it|them|the\s+(?:[\w-]+\s+)?{words(STRIKE_NOUNS, plural=True)})\s+)?"
    rf"(?:on\s+)?((?:the\s+)?(?:{NAME_WORD}\s*){{1,4}}(?:(?:[a-z]+ )?{FORCE_NOUN})?"
    rf"|the\s+(?:[a-z-]+\s+)?{FORCE_NOUN}\b)"  # "blamed the army for"
)
# "The RSF was blamed for shelling that killed 12", "Russian forces were accused of"
BLAMED_BE = r"(?:was|were|has been|have been|is|are)"
BLAMED = re.compile(
    rf"\b((?:[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+){{0,3}}(?:[A-Z][\w’'-]+|{FORCE_NOUN}))\s+"
    rf"(?:{BLAMED_BE}\s+(?:widely\s+)?{words(BLAME_PARTICIPLES)}\s+"
    # ("The RSF was accused by the army of shelling Omdurman": the accuser may stand between)
    r"(?:by\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?)?(?:for|of)\b"
    # (a headline's passive, the verb last: "Drone strike on El Obeid kills 5, RSF blamed")
    rf"|(?:{BLAMED_BE}\s+)?(?:widely\s+)?{words(BLAME_PARTICIPLES)}\s*[.!?]?\s*$)"
)
# Blame told in other words: "held Azerbaijan responsible", "said the Houthis were
# responsible", "an attack the government attributed to the rebels"
BLAMED_PARTY = rf"(?:the\s+)?(?:{NAME_WORD}\s*){{1,4}}(?:(?:[a-z]+ )?{FORCE_NOUN})?|the\s+(?:[a-z-]+\s+)?{FORCE_NOUN}\b"
HELD_RESPONSIBLE = re.compile(
    rf"\b(?:held|holds|hold|holding)\s+({BLAMED_PARTY})\s*(?:fully\s+|directly\s+)?responsible\b"
    rf"|\b(?:said|says|saying)\s+(?:that\s+)?({BLAMED_PARTY})\s*(?:was|were|is|are)\s+"
    r"(?:responsible|behind\s+(?:the|it|this)\b)"
    rf"|\battribut(?:ed|es|ing)\s+(?:(?:it|them|the\s+(?:[\w-]+\s+)?"
    rf"{words(STRIKE_NOUNS, plural=True)})\s+)?to\s+({BLAMED_PARTY})"
)
# "by Hamas", "by the Houthis" (a whole name: not "by Ukrainian air defence")
BY_NAME = re.compile(
    r"(?<!used )(?<!run )\bby\s+((?:the\s+)?(?:(?:al|el|ad|as|an|ash)-)?[A-Z][\w’'-]+"
    r"(?: [A-Z][\w’'-]+){0,3})"
    r"(?:(?=\s*[^\w\s]|\s*$|\s+(?:from|on|in|at|and|during|near|over|after|before|overnight)\b)"
    r"|(?P<open>))"
)
BY_ACTOR = re.compile(
    rf"(?<!used )(?<!run )\b(?:by|from)\s+((?:the\s+)?{NATION_ADJ}{FORCE_NOUN})\b"
)

# "shot down by the army", "intercepted by Ukrainian forces": the defender, not the attacker;
# "a town taken by Azeri troops", "captured by Russian forces": who holds it, not who hit it
DEFENDED_BY = re.compile(
    rf"\b(?:{words(DEFENCE_VERBS)}\s+(?:by\s+(?:the\s+)?)?"
    rf"|{words(CONTROL_VERBS)}\s+(?:[a-z]+\s+)?by\s+(?:the\s+)?(?:[a-z-]+\s+)?)$",
    re.IGNORECASE,
)
# "bombarded by the army", "shelled by the rebels": a force the article names by its noun
# ("shelling by government forces": a side's word may stand without the article)
BY_FORCE = re.compile(
    rf"\bby\s+(the\s+(?:[a-z-]+\s+)?{FORCE_NOUN}|{words(SIDE_WORDS)}\s+{FORCE_NOUN})\b"
)
# "fired by Hamas", "an attack by the Houthis" (not "a deal brokered by Turkey")
ATTACK_BEFORE_BY = re.compile(
    rf"\b(?:{words((*forms(ATTACK_VERBS), *STRIKE_NOUNS, *WEAPON_NAMES, *KILLING_VERBS), plural=True)})"
    r"\s+(?:[\w-]+\s+){0,3}?$"
    # ("the attack on El Fasher was carried out by the RSF")
    r"|\b(?:carried\s+out|conducted|perpetrated|committed)\s+$",
    re.IGNORECASE,
)
# "came under fire from the RSF": who fired
FIRE_FROM_NAME = re.compile(
    r"\bunder\s+(?:[\w-]+\s+)?(?:fire|attack|shelling|bombardment)\s+from\s+"
    # (or a side by its force's noun alone: "came under fire from the junta")
    rf"((?:the\s+)?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,3}}|the\s+{FORCE_NOUN}\b)"
)
# "was shelled from Russian positions", "fire came from Azerbaijani territory": the side
# whose ground the fire came from
FIRE_FROM_SIDE = re.compile(
    rf"\b(?:{words((*forms(ATTACK_VERBS), *STRIKE_NOUNS, *WEAPON_NAMES), plural=True)}|fire|came)"
    r"\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?(?P<nation>[A-Z][\w’'-]+?)(?:-(?:held|controlled))?"
    rf"\s+(?:(?:army|military)\s+)?{words(FIRING_GROUNDS)}\b"
)
# "the RSF has intensified its attacks", "Russia stepped up its strikes on Kharkiv"
OWN_ATTACKS = re.compile(
    r"\b((?:[Tt]he\s+)?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})\s+(?:has\s+|have\s+|had\s+)?"
    # (no clause between: "rejected Ukrainian reports that its missiles hit")
    rf"(?:(?!that\b)[a-z]+\s+){{1,2}}(?:its|their)\s+(?:[\w-]+\s+)?"
    rf"{words((*STRIKE_NOUNS, *forms(ATTACK_VERBS)), plural=True)}\b"
)
# "killed 30 al-Shabaab fighters", "targeting Iranian military personnel", "fire on
# Azerbaijani army positions", "a warehouse used by Hezbollah fighters": what was hit
TARGET_BEFORE = re.compile(
    rf"\b(?:{words((*forms(ATTACK_VERBS), *KILLING_VERBS, *INJURING_VERBS))}|on|against|used by)"
    rf"\s+(?:the\s+|{words(COUNT_QUALIFIERS)}\s+|\d+\s+|{words(VAGUE_COUNTS)}(?:\s+of)?\s+"
    rf"|{words(NUMBER_WORDS)}\s+)*"
    # ("killed two members of a Yazidi militia": the people hit, of the force)
    rf"(?:(?:senior\s+|top\s+)?{words(VICTIM_MEMBER_NOUNS)}\s+of\s+(?:the\s+|an?\s+)?)?"
    r"(?:(?:[\w-]+[\s,]+){1,3}?(?:and|or)\s+)?(?:al[- ])?$",  # "used by Iranian and Hezbollah fighters"
    re.IGNORECASE,
)
# "positions of the Azerbaijani army were shelled": the force owns what was hit
OWNED_BEFORE = re.compile(
    rf"(?<!from )(?<!from the )\b{words(TARGET_OWNED)}\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# Who blames another is not the attacker ("The army blamed the RSF for the attack"), nor one
# that keeps silent ("Ukraine's military did not comment on the Belgorod attack").
ACCUSER_AFTER = re.compile(
    # (a day may stand between: "Sudan's army on Sunday accused the RSF of ...")
    rf"(?:\s+{ON_A_WEEKDAY}|\s+(?:today|yesterday))?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|\w+ly\s+)?(?:blamed|blames|blaming|accused|"
    r"accuses|accusing|held|holds)\b"
    r"|\s+(?:did|does|has|have|had)\s+not\s+(?:yet\s+|immediately\s+)?(?:comment|respond|confirm)"
    r"|\s+declined\s+to\s+comment"
    # ("Ukraine's military dismissed as fake a Russian report ...": who denies)
    rf"|\s+(?:has\s+|have\s+|had\s+)?{words(DENIAL_VERBS)}\b"
    # ("Moscow rejected Ukrainian reports that ...": whose claim it is, not who attacked)
    rf"|\s+{words(OWNED_CLAIM_NOUNS)}\s+(?:that|of)\b(?!\s+{words(OWN_ATTACK_GERUNDS)}\b)",
    re.IGNORECASE,
)
# (or a person's title: "A Ukrainian military spokesperson said ...")
# (or what it owns was hit: "Hezbollah fired rockets at Israeli military sites")
BODY_AFTER_FORCE = re.compile(
    rf"\s+(?:{words(FORCE_BODY_NOUNS)}|{words(PERSON_TITLES)}|{words(TARGET_OWNED)}|officials?"
    r"|sources?)\b",
    re.IGNORECASE,
)
# "Sudanese army air defences intercepted drones", "the army thwarted an attack": a defender
DEFENDS_AFTER = re.compile(
    # ("The Arab Coalition on Thursday destroyed a ballistic missile": a day may stand between)
    rf"\s+(?:{words(DEFENCE_NOUNS)}\s+)?(?:(?:(?:late|early)\s+)?on\s+{words(WEEKDAYS)}\s+|overnight\s+)?"
    rf"(?:said\s+(?:that\s+)?(?:it|they)\s+)?"
    rf"(?:has\s+|have\s+|had\s+)?(?:also\s+|successfully\s+)?"
    # ("Ukrainian forces were able to shoot down most drones, but one hit Sumy")
    r"(?:(?:was|were|is|are)\s+able\s+to\s+|managed\s+to\s+)?"
    rf"(?:{words(DEFENCE_VERBS)}\b"
    rf"|destroyed\s+(?:[\w-]+\s+){{0,2}}{words(AIRBORNE_WEAPONS, plural=True)}\b)",
    re.IGNORECASE,
)
DEFENCE_WORD = re.compile(rf"\b{words(DEFENCE_NOUNS)}\b", re.IGNORECASE)
# "rockets fired from the Gaza Strip hit Sderot": a name after a preposition is no subject.
PREPOSITION_REACH = 200  # characters before a subject where its preposition and list may stand
# "according to the army", "a statement from the army", "citing the army": a force cited
CITED_BEFORE = re.compile(
    r"\b(?:according\s+to|citing|(?:statement|report|announcement)\s+(?:from|by))\s+"
    r"(?:(?:a|an)\s+(?:[a-z]+\s+)?(?:statement|report)\s+(?:from|by|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
PREPOSITION_BEFORE = re.compile(
    # (or a list after it: "fired from Berdsk and Goris hit Tovuz"; a direction: "from southern
    # Lebanon")
    r"\b(?:from|in|at|near|over|across|beyond|outside|around)\s+(?:the\s+)?(?:[a-z]+ern\s+)?"
    r"(?:(?-i:[A-Z])[\w’'-]+,?\s+(?:and\s+)?)*$",
    re.IGNORECASE,
)

DENY = Caseless(
    rf"\b{words(DENIAL_VERBS)}\b(?=[^.]{{0,60}}\b{words(DENIAL_OBJECTS)}\b"
    # "denied its forces had fired on the town", "denied that the military had targeted
    # civilians", "denied that Russian forces had struck", "denied that it had shelled the camp"
    rf"|\s+(?:that\s+)?(?:(?:its|their|the)\s+)?(?:(?!and\b)[\w-]+\s+){{1,2}}(?:had\s+|has\s+|have\s+)?"
    rf"{ATTACK_PAST}\b"
    # ... or with nothing after it: "Azerbaijan says Armenian forces shelled Lachin; Armenia
    # denies."
    r"|\s*(?:[.;]|$))",
)


# "Moscow has repeatedly denied targeting civilians", "Israel denies targeting civilians": a
# side's standing denial (a habit's adverb before the verb, or a present or perfect verb over
# a kind of victim and no place), no denial of the strike told
STANDING_BEFORE = re.compile(rf"\b{words(STANDING_ADVERBS)}\s+$", re.IGNORECASE)
PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+$", re.IGNORECASE)
GENERAL_OBJECT = re.compile(
    r"\s+(?:(?:deliberately|intentionally|ever)\s+)?(?:[a-z]+ing)\s+"
    rf"{words(GENERAL_VICTIMS)}\b(?!\s+(?:in|at|of|on|near)\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


def standing_denial(text: str, verb: re.Match[str]) -> bool:
    before = text[max(0, verb.start() - 30) : verb.start()]
    if STANDING_BEFORE.search(before):
        return True
    present = verb[0].lower() in ("denies", "deny") or PERFECT_BEFORE.search(before)
    return bool(present) and GENERAL_OBJECT.match(text, verb.end()) is not None


def blame_cue(text: str) -> bool:
    """What ACCUSED, BLAMED and HELD_RESPONSIBLE need (a cheap test before each pattern)."""
    return any(key in text for key in ("blam", "accus", "responsib", "attribut", "behind"))


def claims_responsibility(text: str) -> bool:
    """'Hamas claimed responsibility', 'Al-Shabaab later claimed the bombing': a side claims
    a strike told before as its own."""
    return CLAIM_CUE.search(text) is not None and CLAIMANT.search(text) is not None


def blames(text: str) -> bool:
    """'Russian-installed officials blamed Ukraine', 'They blamed a Russian missile', 'said a
    Russian missile was responsible': the text blames someone."""
    return blame_cue(text) and (
        ACCUSED.search(text) is not None
        or BLAMED_A_SIDES.search(text) is not None
        or SIDES_WEAPON_TO_BLAME.search(text) is not None
    )


# "officials said a Russian missile was responsible": a side's weapon blamed
SIDES_WEAPON_TO_BLAME = re.compile(
    rf"\b(?:an?|the)\s+[A-Z][\w’'-]+\s+(?:[a-z-]+\s+)?"
    rf"{words((*STRIKE_NOUNS, *WEAPON_NAMES, *ATTACK_NOUNS), plural=True)}\s+(?:was|were)\s+"
    r"(?:responsible|to\s+blame|behind\s+(?:it|the))"
)


# "blamed a Russian missile", "blamed an Israeli airstrike": a side's weapon or strike
BLAMED_A_SIDES = re.compile(r"\bblam(?:ed|es|ing)\s+an?\s+[A-Z]")


# "Houthi military spokesman Yahya Saree said in a statement that the group fired a missile at
# Jaffa": a party's spokesman reporting its own strike names the party
# ("The Houthi group's military spokesman Yahya Saree said", "Yahya Saree, the Houthis'
# military spokesman, said")
def spokesman_of(group: str) -> str:
    return (
        rf"(?P<{group}>[A-Z][\w’'-]+?)(?:\s+{words(GROUP_ANAPHORS)})?(?:['’]s?)?\s+"
        rf"(?:[a-z-]+\s+){{0,2}}{words(SPOKESPERSON_WORDS)}"
    )


SPOKESMAN_SELF = re.compile(
    # (the spokesman's name after, set off by commas, or none: "Hezbollah's spokesman said")
    rf"\b(?:{spokesman_of('party')}(?:\s+(?:[A-Z][\w’'-]+\s+){{1,3}}"
    rf"|,\s+(?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+,\s+|\s+)"
    rf"|(?:[A-Z][\w’'-]+\s+){{1,3}}?[A-Z][\w’'-]+,\s+(?:the\s+|a\s+)?{spokesman_of('apposed')},\s+)"
    r"(?:said|says|announced|stated)\s+(?:(?:[^.;]{0,50}?\s+)?that\s+)?"
    rf"(?:the\s+{words(GROUP_ANAPHORS)}|it|they)\s+(?:had\s+|has\s+|have\s+)?{ATTACK_PAST}\b"
)


@lru_cache(maxsize=4096)
def stated_actor(text: str) -> tuple[str, int, int] | None:
    """The attacker as the text names it: "Russian troops attacked", "shelled by the army",
    "the Houthis claimed responsibility"; with a partner nation joined before it ("U.S. and
    British warplanes")."""
    # ("Suspected Islamist militants killed 30": the alleged attacker, without the hedge)
    text = HEDGE.sub(lambda m: " " * len(m[0]), text) if HEDGE_KEY.search(text) else text
    # ("Iranian-made Shahed drones hit Odesa": the maker is no attacker)
    text = MAKER.sub(lambda m: " " * len(m[0]), text) if "-" in text else text
    found = of_its_nation(text, named_actor(text))
    if found and " in " in text:  # "the Islamic Resistance in Iraq said it had targeted ..."
        whole = with_linked_name(text[: found[2]], found[0])
        found = (whole, found[2] - len(whole), found[2]) if whole != found[0] else found
    partner = PARTNER_BEFORE.search(text, 0, found[1]) if found else None
    if found and partner and party_of(partner[1].rstrip(".")):
        return text[partner.start(1) : found[2]], partner.start(1), found[2]
    after = PARTNER_AFTER.match(text, found[2]) if found and " and " in text else None
    if (
        found
        and after
        and party_of(found[0])
        and party_of(after[1])
        and not FORCE_END.search(found[0])
    ):
        # "bombed by US and British jets": the two nations and their aircraft
        return text[found[1] : after.end()], found[1], after.end()
    return found


HEDGE_KEY = re.compile(rf"\b{words(HEDGE_WORDS)}\b", re.IGNORECASE)
HEDGE = re.compile(rf"\b{words(HEDGE_WORDS)}\s+(?=[A-Za-z])", re.IGNORECASE)
MAKER = re.compile(rf"\b[A-Z][\w.’']*-{words(MAKER_WORDS)}\b")
# "the armed forces of Armenia", "the army of the Republic of Azerbaijan": the nation after
# (not a nationality of what follows: "shelling by the armed forces of Armenian positions")
OF_NATION_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\w’'-]+)\b"
    # (an auxiliary may follow: "the armed forces of Armenia are shelling ...")
    r"(?!\s+(?!(?:are|is|were|was|have|has|had|continue|continues|continued|also|again)\b)[a-z])"
)


def of_its_nation(text: str, found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """A force named by a noun, with the nation named after it ("by the armed forces of
    Armenia": the armed forces of Armenia)."""
    after = OF_NATION_AFTER.match(text, found[2]) if found and " of " in text else None
    if found is None or after is None or not nation_of(after[1]) or not FORCE_END.search(found[0]):
        return found
    return text[found[1] : after.end()], found[1], after.end()


FORCE_END = re.compile(rf"{FORCE_NOUN}$", re.IGNORECASE)
# "U.S. and British warplanes", "Russian and Belarusian troops": two nations' forces (not
# "fighting between Armenian and Azerbaijani forces": two sides)
PARTNER_BEFORE = re.compile(r"(?<!between )\b([A-Z][\w.’'-]*)\s+and\s+$")
# "by US and British jets", "Russian and Syrian warplanes": two nations' aircraft, after the first
PARTNER_AFTER = re.compile(rf"\s+and\s+([A-Z][\w.’'-]*)\s+(?:[a-z-]+\s+)?{words(MACHINE_NOUNS)}\b")


MUTUAL = Caseless(rf"\b{words(MUTUAL_BLAME)}\b")


def named_actor(text: str) -> tuple[str, int, int] | None:
    if MUTUAL.test(text):
        return None  # "The army and the RSF traded blame for the attack": no one side
    spokesman = SPOKESMAN_SELF.search(text) if "spokes" in text else None
    group = ("party" if spokesman["party"] else "apposed") if spokesman else ""
    party = party_in(spokesman[group]) if spokesman else None
    if party:
        return party, spokesman.start(group), spokesman.end(group)
    cue = CLAIM_CUE.search(text)
    claimant = (CLAIMANT.search(text) or OWN_CLAIMANT.search(text)) if cue else None
    self_cue = SELF_CUE.search(text)
    own = BODY_SELF_REPORT.search(text) if self_cue and not claimant else None
    nation = POSSESSIVE_S_END.sub("", own["nation"]) if own else ""
    if own and nation_of(nation):
        if own["noun"] is None:  # "said it had struck": the nation ("Israeli officials": Israel)
            return party_in(nation) or nation, own.start(), own.start() + len(nation)
        return f"{own['nation']} {own['noun']}", own.start(), own.end("noun")
    claimant = claimant or (SELF_REPORT.search(text) if self_cue else None)
    if claimant and is_actor_phrase(claimant[1]):
        return clean(claimant[1]), claimant.start(1), claimant.end(1)
    fallback = None  # a force named where the sentence does not say it attacked
    for pattern in ACTOR_PATTERNS:
        for match in pattern.finditer(text):
            after_preposition = pattern is SUBJECT and PREPOSITION_BEFORE.search(
                text, max(0, match.start() - PREPOSITION_REACH), match.start()
            )
            speaker = reports_after(text, match.start(), match.end()) or speaks_first(
                text, match.end()
            )  # "The army said drones hit Kadugli": who says it, not who did it
            hit = pattern is not SUBJECT and TARGET_BEFORE.search(text[: match.start()])
            hit = hit or OWNED_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
            defends = DEFENDS_AFTER.match(text, match.end()) or defended_before(
                text, match.start()
            )  # "Ukrainian forces intercepted", "intercepted by Ukrainian forces"
            body = BODY_AFTER_FORCE.match(text, match.end())  # "Odesa's military administration"
            body = body or accuser_after(text, match.end())  # "The army blamed the RSF"
            member = OWNER_OF_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
            # ("according to a statement from the Sudanese army": who says it, not who did it)
            member = member or CITED_BEFORE.search(text, max(0, match.start() - 50), match.start())
            # ("... strikes into Russia since the Kremlin launched its invasion": history)
            history = SINCE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            # ("as fighting between federal troops and Fano militiamen intensified": a side)
            side = SIDES_BEFORE.search(text, max(0, match.start() - 50), match.start())
            if (
                is_actor_phrase(match[0]) and not after_preposition and not speaker and not hit
                and not defends and not body and not member and not history and not side
            ):  # fmt: skip
                found = named_force(text, match)
                if pattern in AGENT_PATTERNS or ACTS_AFTER.match(text, found[2]):
                    return found  # the subject of an attack verb outvotes any other force
                fallback = fallback or found
    if fallback:
        return fallback
    held = HELD_RESPONSIBLE.search(text) if blame_cue(text) else None
    if held:
        group = next(i for i in (1, 2, 3) if held[i])
        if is_actor_phrase(held[group]):
            return clean(held[group].strip()), held.start(group), held.end(group)
    for pattern in (ACCUSED, BLAMED, BY_ACTOR) if blame_cue(text) else (BY_ACTOR,):
        match = pattern.search(text)
        cited = match and CITED_BEFORE.search(text, max(0, match.start(1) - 50), match.start(1))
        if match and not defended_before(text, match.start(1)) and not cited:
            return clean(match[1]), match.start(1), match.end(1)
    for match in BY_NAME.finditer(text):  # "fired by Hamas", "shelled by the Houthis"
        # a name with no clear end counts only whole ("drones launched by the RSF flying")
        whole = match["open"] is None or is_party_name(match[1])
        whole = whole and is_actor_phrase(match[1])  # not "by Russian Guided Bombs"
        whole = whole and not defended_before(text, match.start(1))  # not "taken by Hamas"
        if whole and party_in(match[1]) and ATTACK_BEFORE_BY.search(text[: match.start()]):
            return clean(match[1]), match.start(1), match.end(1)
    fire_from = FIRE_FROM_NAME.search(text) if " from " in text else None
    bare = fire_from and fire_from[1].islower()
    if fire_from and (bare or party_in(fire_from[1])) and is_actor_phrase(fire_from[1]):
        return clean(fire_from[1]), fire_from.start(1), fire_from.end(1)
    side = FIRE_FROM_SIDE.search(text) if " from " in text else None
    if side and nation_of(side["nation"]) and party_in(side["nation"]):
        return party_in(side["nation"]), side.start("nation"), side.end("nation")
    for match in BY_FORCE.finditer(text) if " by " in text else ():
        before = text[max(0, match.start() - 60) : match.start()]
        if ATTACK_BEFORE_BY.search(before) and not defended_before(text, match.start(1)):
            # "Kadugli was bombarded by the army" (not "drones were shot down by the army")
            return match[1], match.start(1), match.end(1)
    own = OWN_ATTACKS.search(text) if OWN_CUE.search(text) else None  # "... its attacks on"
    if own and is_actor_phrase(own[1]):
        return clean(own[1]), own.start(1), own.end(1)
    return None


@lru_cache(maxsize=4096)
def party_strike(text: str) -> tuple[str, int, int] | None:
    """'a Russian strike', 'an Israeli air strike', 'Houthi missiles': the party named
    before the attack is the actor, by its canonical name ("Russia", "Israel")."""
    at = 0
    while match := PARTY_STRIKE.search(text, at):
        # (the next try starts after this one's first word: "Saturday's RSF shelling")
        at = match.end(1)
        if POSSESSIVE_S.sub("", match[1].lower()) in place_parties():
            continue  # "Karabakh shelling", "the Kyiv strike": the place hit, not the party
        if MAKER.match(text, match.start(1)):
            continue  # "Iranian-made Shahed drones": who made them, not who fired them
        if THING_AFTER.match(text, match.end()):
            continue  # "Kyiv's drone factory", "an Iranian missile plant": a thing, no strike
        if FROM_BEFORE.search(text, max(0, match.start(1) - 30), match.start(1)):
            continue  # "fired from southern Lebanon landed near ...": where fire came from
        if SPEAKS_AFTER.match(text, match.end()):
            continue  # "..., the Ukrainian air force said": who reports it
        party = party_in(match[1])
        partner = PARTNER_BEFORE.search(text, 0, match.start(1)) if party else None
        first = party_in(partner[1].rstrip(".")) if partner else None
        if first:  # "U.S. and British air strikes": the first named, as for a stated actor
            return first, partner.start(1), match.end(1)
        if party:  # (not "Stepanakert came under" before "Azerbaijani rocket fire")
            return party, match.start(1), match.end(1)
    return None


# The two sides of a fight, neither of them the attacker: "clashes between the army and
# the RSF", "fighting between Armenian and Azerbaijani forces"
SIDES_BEFORE = re.compile(
    r"\bbetween\s+(?:(?:the\s+)?[\w’'-]+\s+){0,4}?(?:and\s+)?$"
    # (the one a side fights: "the federal military, which is fighting Fano militiamen")
    r"|\b(?:fighting|battling|fights|battles|fought|battled|clashing\s+with|clashed\s+with)\s+"
    r"(?:the\s+)?$"
)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
SPEAKS_AFTER = re.compile(rf"\s+(?:has\s+|have\s+)?(?:also\s+)?{words(forms(REPORT_VERBS))}\b")
# A weapon's model between a party and the weapon: "S-300", "F-16", "Su-34", "HIMARS"
MODEL_NAME = r"[A-Z][A-Za-z]*-?\d[\w-]*|[A-Z]{3,}"
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[a-z]+ern\s+)?$")
PARTY_STRIKE = re.compile(
    # the words between name the weapon, never a verb or a determiner ("Azerbaijan said the
    # shelling ..." names no party's strike); never a place fire came from ("fired from Syria
    # landed near Metula")
    # (an article before is no party: "An RSF drone", "An M23 shell"; nor what the side owns,
    # hit: "Armenian positions shelled", "Azerbaijani positions came under fire")
    rf"\b(?!(?:A|An|The)\s)((?:[A-Z]\.){{2,3}}|[A-Z][\w’'-]+)\s+(?:(?!(?:{words(forms(REPORT_VERBS))}|{words(TARGET_OWNED)}|the|a|an|that|its|their|his|her|was|were|is|are|been)\b)"
    rf"(?:[a-z-]+|{MODEL_NAME})\s+){{0,3}}?"
    rf"(?:{words((*STRIKE_NOUNS, *WEAPON_NAMES, *ATTACK_NOUNS), plural=True)}|fire|gunfire)\b"
)  # ("Azerbaijani fire", "Russian bombardment", "a Russian S-300 missile")
# "an army air strike", "Rebel shelling of Kadugli": a side's word before the attack
FORCE_STRIKE = re.compile(
    rf"(?<![\w-])((?i:{words(FORCE_MODIFIERS)}))"
    rf"(?:(?:['’]s)?\s+(?:{words(ATTACK_MODIFIERS)}\s+)?{words((*STRIKE_NOUNS, *ATTACK_NOUNS), plural=True)}"
    # ... or the machine or the weapon it fired: "struck by an army drone", "junta jets"
    rf"|\s+{words(FORCE_WEAPONS, plural=True)})\b"
)


def force_strike(text: str) -> tuple[str, int, int] | None:
    """The side whose attack a sentence names by a side's word ("an army air strike")."""
    match = FORCE_STRIKE.search(text)
    if match is None:
        return None
    return FORCE_MODIFIERS[match[1].lower()], match.start(1), match.end(1)


# Words that name a weapon or an attack, never who made it ("Missiles hit Barda").
NOT_ACTOR_WORDS = frozenset(
    w.lower() for w in (*STRIKE_NOUNS, *WEAPON_NAMES, *CALENDAR, *REMNANT_NOUNS)
)
BARE_SIDE_SET = frozenset(BARE_SIDES)
# A day's possessive owns no strike: "Sunday's strike", "yesterday's shelling".
DAY_OWNERS = frozenset(f"{w.lower()}{s}" for w in (*CALENDAR, *RELATIVE_DAYS) for s in ("'s", "’s"))


# Words that never open an actor's name: determiners, and a citing clause's verb ("Citing
# military sources, Al Jazeera reported ...").
DETERMINERS = frozenset(
    (*(w.lower() for w in NOT_ACTORS if w != "The"), *(w.split()[0] for w in CITING_WORDS),
     "according")
)  # fmt: skip


def is_actor_phrase(phrase: str) -> bool:
    text = phrase.strip()
    lower = text.lower()
    return (
        text not in NOT_ACTORS
        and not DEFENCE_WORD.search(text)  # "Armenian air-defense forces"
        and lower.split()[0] not in NOT_ACTOR_WORDS  # "Shahed drones", "Grad rockets"
        and lower.split()[0] not in DAY_OWNERS  # "Sunday's strike": a day's, no one's
        and lower.split()[0] not in NUMBER_WORDS  # "Two drones were shot down"
        and lower.split()[0] not in DETERMINERS  # "Several drones were launched"
        and lower not in NOT_ACTOR_WORDS
        and lower.removeprefix("the ") not in BARE_SIDE_SET  # "The enemy fired ...": no one named
        and lower.rstrip("s") not in (NOT_ACTOR_WORDS)
        and not weapon_last(lower.split()[-1])  # "Russian Guided Bombs hit ...": a weapon
        and not unowned_crew(lower.split())
    )


MODEL_WORD = re.compile(MODEL_NAME)


def without_models(owner: str) -> str:
    """'Russian Shahed' -> 'Russian', 'Israeli F-16' -> 'Israeli': a side's word before the
    weapon models it fires (the models are no part of its name)."""
    words_ = owner.split()
    while len(words_) > 1 and (
        words_[-1].lower() in NOT_ACTOR_WORDS or MODEL_WORD.fullmatch(words_[-1])
    ):
        words_.pop()
    return " ".join(words_)


def unowned_crew(words_: list[str]) -> bool:
    """A crew's weapon with no owner's word before it ("the artillery", "heavy artillery")."""
    if words_[-1] not in CREW_NOUNS:
        return False
    owner = [w for w in words_[:-1] if w != "the"]
    return not owner or not (nation_of(owner[0]) or party_in(owner[0]) or owner[0] in SIDE_WORDS)


FORCE_WORDS = frozenset(FORCE_NOUNS)


def weapon_last(word: str) -> bool:
    """A weapon's or an attack's word that is no force ("bombs", "missiles"; not "drones")."""
    return word not in FORCE_WORDS and (
        word in NOT_ACTOR_WORDS or word.rstrip("s") in NOT_ACTOR_WORDS
    )


# "..., the Israeli military said", "where Syrian forces claimed their air defences ...": a
# speaker after the attack it reports is not its actor; one who claims the strike is ("the
# Houthis announced a strike"), and so is one named before it ("The army said it struck ...").
# ("the UN peacekeeping force UNIFIL said": the force's own name may stand between)
# ("the British military's UKMTO agency said": the force owns the speaker)
SAID_AFTER = re.compile(
    # ("the Israeli military and Magen David Adom said": a second speaker may join it)
    r"(?:['’]s(?:\s+[\w-]+){1,3}?|(?:\s+(?-i:[A-Z][\w’'-]*))?"
    r"|\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
    rf"\s+(?:has |have |had )?(?:also )?{words(forms(REPORT_VERBS))}\b",
    re.I,
)
CLAIMS_STRIKE = re.compile(
    # (a lower-case word between: "announced a drone strike", not "said US strikes on Saada")
    rf"\s+(?:a |an |the )?(?:(?-i:[a-z])[\w-]* )?(?:{words(STRIKE_NOUNS, plural=True)}|responsibility)\b",
    re.IGNORECASE,
)


# "... said its jets struck", "... said they shelled": the speaker reports its own strike
OWN_STRIKE_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:it|they|(?:its|their)\s+[\w-]+)\s+(?:had\s+|has\s+|have\s+)?"
    rf"(?:also\s+)?{ATTACK_PAST}\b",
    re.IGNORECASE,
)


def defended_before(text: str, start: int) -> bool:
    """A defence verb right before ``start`` ("intercepted by Ukrainian forces"), or a verb of
    holding ground ("a town taken by Azeri troops"): the name is no attacker."""
    return bool(DEFENDED_BY.search(text[max(0, start - 40) : start]))


def speaks_first(text: str, end: int) -> bool:
    """A speaker before the strike it reports ("The army said drones hit ..."), unless it
    claims the strike ("The Houthis announced a strike on ...": the self-report rule names
    those who say they struck)."""
    said = SAID_AFTER.match(text, end)
    return bool(said) and not (
        (CLAIMS_STRIKE.match(text, said.end()) and not tells_the_strike(text, said))
        or OWN_STRIKE_AFTER.match(text, said.end())
        or said_a_deed(text, said)
    )


# "Ukraine's air force said the strikes targeted Chuhuiv": a speaker telling of strikes the
# story told already, no claim of them (the attacker is the story's)
def tells_the_strike(text: str, said: re.Match[str]) -> bool:
    """A speaker telling of "the strikes" and what they hit, not what its own side struck
    ("said the strikes targeted Hamas commanders" is the military's claim)."""
    verb = said[0].split()[-1].lower()
    told = TELLS_THE_STRIKE.match(text, said.end()) if verb in SPEECH_PASTS else None
    return told is not None and not CLAIMED_OBJECT.search(text, told.end(), told.end() + 60)


CLAIMED_OBJECT = re.compile(rf"\b{words((*CLAIMED_OBJECTS, *MILITARY_OBJECTS))}\b", re.IGNORECASE)


TELLS_THE_STRIKE = re.compile(
    rf"\s+(?:that\s+)?the\s+"
    rf"(?:(?-i:[a-z])[\w-]*\s+)?{words(STRIKE_NOUNS, plural=True)}\s+"
    rf"(?:{words(forms(ATTACK_VERBS))}|{words(HARM_PARTICIPLES)}|damaged|destroyed)\b",
    re.IGNORECASE,
)


def accuser_after(text: str, end: int) -> bool:
    """Who blames or denies after the name, its verb no deed's ("Israel blamed Hamas and bombed
    a house" is Israel's deed)."""
    found = ACCUSER_AFTER.match(text, end)
    return found is not None and not said_a_deed(text, found)


def said_a_deed(text: str, said: re.Match[str]) -> bool:
    """'Israel rejected the proposal and struck Rafah': the verb is no report (did_instead)."""
    verb = said[0].split()[-1]
    return did_instead(text, said.end() - len(verb), said.end())


def reports_after(text: str, start: int, end: int) -> bool:
    attack = TRIGGER.search(text)
    said = SAID_AFTER.match(text, end)
    return (
        attack is not None
        and said is not None
        and attack.start() < start
        and not CLAIMS_STRIKE.match(text, said.end())
        and not said_a_deed(text, said)
    )


def named_force(text: str, match: re.Match[str]) -> tuple[str, int, int]:
    """The force a match names: the force its units belong to ("The artillery units of the
    Armenian armed forces"), the force with its named units ("the junta's Light Infantry
    Battalions No. 545 and 546"), or the match itself, its leading words dropped."""
    owner = OWNER_FORCE_AFTER.match(text, match.end())
    if owner:
        return clean(owner[1]), owner.start(1), owner.end(1)
    unit = UNIT_AFTER.match(text, match.end())
    end = unit.end() if unit else match.end()
    start = match.start()
    if match.re is FORCE_SUBJECT and match[0][:1].islower():
        # "Ethiopian air force drones hit a bus": the nation's word before the force's noun
        before = NATION_WORD_BEFORE.search(text, max(0, start - 30), start)
        start = before.start() if before and nation_of(before[1]) else start
    # "the armed forces of Armenia subjected ...": the force the nation is named by
    force_of = (
        FORCE_OF_BEFORE.search(text, max(0, start - 40), start)
        if " of " in text[max(0, start - 40) : start]
        else None
    )
    if force_of and nation_of(match[0].split()[-1]):
        start = force_of.start()
    article = ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    start = article.start() if article else start  # "Militants of al-Shabaab": the whole name
    return without_lead(text[start:end], start, end)


ARTICLE_BEFORE = re.compile(rf"(?<![\w-]){words(ARABIC_ARTICLES)}-$")


FORCE_OF_BEFORE = re.compile(
    rf"\b{FORCE_NOUN}\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?$", re.IGNORECASE
)


def without_lead(phrase: str, start: int, end: int) -> tuple[str, int, int]:
    """'On Sunday Israeli jets' -> 'Israeli jets': a sentence's leading words are no part of
    a force's name."""
    words_ = phrase.split()
    lead = 0
    # (and a dateline's, its dash glued on: "SANA- Army units")
    while lead < len(words_) - 1 and (
        words_[lead].lower() in LEAD_WORD_SET or words_[lead].endswith(("-", "–", "—"))
    ):
        lead += 1
    lead = max(lead, credit_end(words_, lead))
    if lead:
        start += phrase.index(words_[lead])
        phrase = " ".join(words_[lead:])
    return clean(phrase), start, end


def credit_end(words_: list[str], lead: int) -> int:
    """'© 2020 Aziz Karimov Armenian forces': a photo credit's name run into the force's
    name ends at the nation's word; names that are no nation or party come before it."""
    nation = next((i for i, w in enumerate(words_) if i > lead + 1 and nation_of(w)), 0)
    before = words_[lead:nation]
    named = all(w[:1].isupper() and not party_in(w) and not nation_of(w) for w in before)
    # (not a longer name the nation's word ends: "Kataib Hezbollah fighters")
    longer = party_in(" ".join(words_[lead : nation + 1])) != party_in(words_[nation])
    return nation if nation and named and not longer else lead


def clean(phrase: str) -> str:
    phrase = POSSESSIVE.sub("", phrase.strip())  # "Russia's strike", "the Houthis' claim"
    return phrase[4:] if phrase.lower().startswith("the ") and phrase[4:5].isupper() else phrase


# "The paramilitary force denied ...": a described force, not a name, denies too.
DESCRIBED_FORCE = re.compile(rf"\b([Tt]he\s+(?:[a-z-]+\s+){{0,2}}{FORCE_NOUN})\s+$")
# "A junta spokesman denied ...", "an army official rejected ...": a side's speaker, unnamed
UNNAMED_DENIER = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+((?:[a-z-]+\s+){{1,2}}(?:{words(PERSON_TITLES)}|official))\s+"
    r"(?:has\s+|had\s+)?$"
)


# "..., which Kyiv denied", "a charge Moscow rejects": the denial follows what it denies.
DENIED_BEFORE = Caseless(
    r"\b(?:which|a claim|claims|a charge|charges|an accusation|accusations|allegations?)\s+"
    rf"(?P<name>(?:the\s+)?(?-i:{NAME_WORD})(?:\s+(?-i:[A-Z][\w’'-]+)){{0,3}}"
    rf"(?:\s+{FORCE_NOUN})?|the\s+{FORCE_NOUN})\s+"  # "which the Israeli military denied"
    rf"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?{words(DENIAL_VERBS)}\b",
)


# Stems one of which every denial verb starts with (a substring test before any scan).
DENIAL_STEMS = tuple(sorted({verb[:4] for verb in DENIAL_VERBS}))


# "Armenia's defence ministry called the reports disinformation", "said the claims were false"
CALLED_FALSE = Caseless(
    rf"\b{words(CALLING_VERBS)}\s+(?:the\s+|these\s+|those\s+|such\s+)?"
    # ("called the reports of shelling of Ganja an absolute lie": what they tell between)
    rf"{words(DENIAL_OBJECTS)}(?:\s+(?:of|about|on|that)\s+[^.;“”\"]{{0,100}}?)?\s+"
    rf"(?:(?:were|was|are|is|as)\s+)?[\"“‘']?(?:(?:completely|totally|"
    rf"absolutely|entirely|utterly)\s+)?{words(FALSE_WORDS)}\b",
)


# "The information spread by Armenia about the shelling ... isn't true, the Azerbaijani
# Ministry of Defense said": a claim called untrue, and who calls it so
UNTRUE_THEN_SPEAKER = Caseless(
    rf"\b{words(DENIAL_OBJECTS)}\b[^.;]{{0,240}}?\s(?:(?:is|are|was|were)\s+(?:not\s+true|"
    rf"(?:(?:completely|totally|absolutely|entirely|utterly)\s+)?{words(FALSE_WORDS)})"
    r"|(?:isn|aren|wasn|weren)[’']t\s+true)\W*,[”\"’']?\s+"
    # ("“This is a lie,” Armenia's defence ministry said": whoever the phrase before the verb
    # names)
    r"(?P<name>[^,.;“”\"]{2,80}?)\s+(?P<verb>said|says|stated|stressed|added|insisted)\b",
)
# "said it had not fired at", "insisted its forces did not shell": a denial in other words
SAID_NOT = re.compile(
    rf"\b(?:said|says|insisted|insists|stressed|maintained){OWN_ATTACK_DENIED}", re.IGNORECASE
)
# "Azerbaijan said it had nothing to do with the attack", "the army said any damage was not
# responsible for ...": a strike disowned
SAID_DISOWNED = re.compile(
    rf"\b(?:said|says|insisted|insists|stressed|maintained)\s+[^.;]{{0,80}}?\b"
    rf"{DISOWNED}\b",
    re.IGNORECASE,
)
# "The RSF said reports that its forces shelled El Fasher were lies": the speaker denies
SAID_UNTRUE = Caseless(
    rf"\b(?:said|says|insisted|insists|stressed|maintained)\s+(?:that\s+)?(?:the\s+)?"
    rf"{words(DENIAL_OBJECTS)}\b[^.;]{{0,200}}?\s(?:is|are|was|were)\s+[\"“]?(?:not\s+true\b|"
    rf"(?:(?:completely|totally|absolutely|entirely|utterly)\s+)?{words(FALSE_WORDS)}\b)"
)
# "X spread false claims about the shelling of Tartar, the ministry said", "the ministry said
# Baku had disseminated a fake report on ...": a claim called false as it is told, and who
# calls it so
FALSE_CLAIM = (
    rf"\b(?:(?:completely|totally|absolutely|entirely|utterly|provocative|and)\s+)*"
    rf"{words(FALSE_WORDS)}\s+{words(DENIAL_OBJECTS)}\b"
)
FALSE_CLAIM_THEN_SPEAKER = Caseless(
    rf"{FALSE_CLAIM}[^.;“”\"]{{0,200}}?,[”\"’']?\s+"
    r"(?P<name>[^,.;“”\"]{2,80}?)\s+(?P<verb>said|says|stated|stressed|added|insisted)\b"
)
SAID_FALSE_CLAIM = Caseless(rf"\b(?:said|says|stated)\s+(?:that\s+)?[^.;]{{0,100}}?{FALSE_CLAIM}")
# ", which denied", ", who rejected": a denier named before the comma
RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:has\s+|have\s+|had\s+)?$")
# The words the denial patterns need (a denial verb's stem, a false word), tested first.
DENY_KEY = re.compile(words(DENIAL_STEMS))
# (a disowning phrase by its first two words: "caused by a Ukrainian air defence missile")
FALSE_KEY = re.compile(
    words((*FALSE_WORDS, *{" ".join(p.split()[:2]) for p in DISOWNING_PHRASES}, *OWN_FIRE_CAUSES))
)


@lru_cache(maxsize=4096)
def find_deniers(text: str) -> tuple[str, ...]:
    """Who denies in this text (read once per sentence: the pipeline and the sources ask); a
    person by name, without the title before it ("Defense Ministry spokeswoman Shushan
    Stepanyan" -> "Shushan Stepanyan", as a source is named)."""
    return tuple(dict.fromkeys(person_name(name) for name in deniers_in(text)))


def deniers_in(text: str) -> list[str]:
    names: list[str] = []
    lowered = text.lower()
    if FALSE_KEY.search(lowered) and CALLED_FALSE.test(text, lowered):
        names += named_before_each(text, CALLED_FALSE.finditer(text))
    if "true" in lowered or FALSE_KEY.search(lowered):
        names += [
            clean(name) for m in UNTRUE_THEN_SPEAKER.finditer(text)
            if (name := phrase_before(text, m.start("verb")))
        ]  # fmt: skip
    if FALSE_KEY.search(lowered) and FALSE_CLAIM_THEN_SPEAKER.test(text, lowered):
        names += [clean(m["name"]) for m in FALSE_CLAIM_THEN_SPEAKER.finditer(text)]
    if FALSE_KEY.search(lowered) and SAID_FALSE_CLAIM.test(text, lowered):
        names += named_before_each(text, SAID_FALSE_CLAIM.finditer(text))
    if FALSE_KEY.search(lowered) and SAID_UNTRUE.test(text, lowered):
        # "The RSF said reports that its forces shelled El Fasher were lies"
        names += named_before_each(text, SAID_UNTRUE.finditer(text))
    if FALSE_KEY.search(lowered) and SAID_DISOWNED.search(text):
        # "Azerbaijan said it had nothing to do with the attack": a strike disowned
        names += named_before_each(text, SAID_DISOWNED.finditer(text))
    if " not " in lowered and SAID_NOT.search(text):
        # "Baku said it had not fired at the town": a denial in the speaker's own words
        names += named_before_each(text, SAID_NOT.finditer(text))
    if not DENY_KEY.search(lowered):
        return names  # most sentences deny nothing
    if DENIED_BEFORE.test(text, lowered):
        names += [m["name"] for m in DENIED_BEFORE.finditer(text) if m["name"] not in NOT_ACTORS]
    if not DENY.test(text, lowered):
        return names
    for match in DENY.finditer(text):
        if standing_denial(text, match):
            continue
        # ("Russia's defence ministry said it had struck factories and denied targeting
        # civilians": the subject of the verb "and" joins it to)
        name = phrase_before(text, match.start()) or coordinated_speaker(text, match.start())
        relative = RELATIVE_BEFORE.search(text, 0, match.start())
        if relative:  # "... blamed Ukraine, which rejected the accusation": Ukraine
            name = phrase_before(text, relative.start())
        if name and not named(name) and named(person_name(name)):
            name = person_name(name)  # "The junta spokesman Zaw Min Tun denied": the man
        if not (name and (named(name.removeprefix("the ")) or THE_FORCE.fullmatch(name))):
            window = text[max(0, match.start() - 60) : match.start()]
            # ("A junta spokesman denied ...": an unnamed speaker of a side, by title)
            described = DESCRIBED_FORCE.search(window) or UNNAMED_DENIER.search(window)
            name = described[1].strip() if described else ""
        if name and name not in NOT_ACTORS:
            names.append(name)
    return names


def named_before_each(text: str, matches: Iterable[re.Match[str]]) -> list[str]:
    """The capitalised name before each match ("Baku" of "Baku said it had not fired"), never a
    word of NOT_ACTORS; for a verb joined by "and", the sentence's subject ("Russia's Defense
    Ministry claimed ..., and said the damage was caused by ...")."""
    names = (phrase_before(text, match.start()) or joined_subject(text, match.start())
             for match in matches)  # fmt: skip
    return [name for name in names if name and named(name) and name not in NOT_ACTORS]


# "the junta", "the army": a side named by its noun alone
# (or a group named before: "the RSF was blamed ..., but the group denied involvement")
THE_FORCE = re.compile(rf"[Tt]he\s+(?:{FORCE_NOUN}|{words(GROUP_ANAPHORS)})")


def named(name: str) -> bool:
    """A name as a name starts: capitalised, or after the Arabic article ("al-Shabaab")."""
    return is_name_word(name.split()[0])


SENTENCE_SUBJECT = re.compile(r"^\W*((?:[A-Z][\w’'-]*(?:['’]s)?\s+){0,4}[A-Z][\w’'-]+)")


def joined_subject(text: str, at: int) -> str:
    if not text[:at].rstrip().endswith(" and"):
        return ""
    subject = SENTENCE_SUBJECT.match(text)
    return subject[1] if subject else ""


@cache
def armed_groups() -> dict[str, str]:
    """The armed groups of groups.csv, lower case -> as written ("hezbollah" -> "Hezbollah")."""
    return {
        row["term"].lower(): row["term"]
        for row in data_rows("groups.csv")
        if row["kind"] == "armed group"
    }


@cache
def group_homes() -> dict[str, str]:
    """The country each armed group of groups.csv fights from, by its party ("Hezbollah" ->
    "LB", "Houthis" -> "YE")."""
    homes: dict[str, set[str]] = {}
    for row in data_rows("groups.csv"):
        party = party_of(row["term"]) if row["kind"] == "armed group" else None
        if party:
            homes.setdefault(party, set()).add(row["country"])
    # (not one that fights in several lands, or in none the table names: the Islamic State)
    return {
        party: countries.pop()
        for party, countries in homes.items()
        if len(countries) == 1 and "" not in countries
    }


@cache
def parties() -> dict[str, str]:
    """Words and names that identify a party -> the party ("Armenian" -> "Armenia"); every
    armed group of groups.csv is a party of its own name ("Taliban", "JNIM")."""
    found = dict(armed_groups()) | {row["term"].lower(): row["party"] for row in party_rows()}
    # (as party_in reads a text, without its possessives: "People's Defence Force")
    return found | {POSSESSIVE_S.sub("", term): party for term, party in found.items()}


POSSESSIVE_S = re.compile(r"['’]s\b")


@cache
def place_parties() -> frozenset[str]:
    """Party terms that are also a place's name (a capital, a region: "Kyiv", "Karabakh")."""
    return frozenset(row["term"].lower() for row in party_rows() if row["place"])


@cache
def party_rows() -> tuple[dict[str, str], ...]:
    """The rows of data/parties.csv, read once."""
    return data_rows("parties.csv")


@cache
def party_pattern() -> re.Pattern[str]:
    # (not a patron: "Iran-backed rebels" are not Iran's)
    return re.compile(rf"(?<![\w-]){words(parties())}(?![\w])(?!-{words(PATRON_WORDS)})")


def is_party_name(name: str) -> bool:
    """The whole name is a party's ("the RSF", "Hamas"), not a nationality that begins a
    longer phrase ("by Ukrainian air defence")."""
    key = " ".join(name.lower().removeprefix("the ").split())
    # (a land's own name or word is not, but a group of a land is: "by Islamic Jihad")
    land = nation_of(name) and parties().get(key, "").lower() in country_names()
    return key in parties() and not land


def party_of(actor: str | None) -> str | None:
    """The party an actor phrase names ("the Armenian armed forces" -> "Armenia"): its head's,
    the last it names ("Yemen's Houthis", "Iran-backed Hezbollah": the group, not its patron),
    the first of a pair that shares the head ("U.S. and British warplanes": the United States)."""
    if not actor:
        return None
    text = POSSESSIVE_S.sub("", actor.lower())
    found = list(party_pattern().finditer(text))
    if not found:
        return None
    last = len(found) - 1
    while last and PAIRED.fullmatch(text, found[last - 1].end(), found[last].start()):
        last -= 1
    return parties()[" ".join(found[last][0].split())]


# (between two parties that share one head: "U.S. and British", "US-British", "Saudi/Emirati")
PAIRED = re.compile(r"\.?\s*(?:,|and|&|/|-)\s*|,\s*and\s+")


PATRON = re.compile(rf"(?<![\w-])([\w.]+)-{words(PATRON_WORDS)}\b", re.IGNORECASE)


def patron_of(actor: str) -> str | None:
    """The party an actor is backed by ("Iran-backed militias" -> "Iran"), or None."""
    found = PATRON.search(actor) if "-" in actor else None
    return party_in(found[1]) if found else None


def party_in(text: str) -> str | None:
    """The first party a text names ("The RSF shelled ..." -> "RSF"), longest name first."""
    found = party_pattern().search(POSSESSIVE_S.sub("", text.lower()))
    return parties()[" ".join(found[0].split())] if found else None
