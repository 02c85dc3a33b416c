"""Place mentions in a sentence, and their resolution to gazetteer entries in context."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .dates import MONTH_WORD
from .gazetteer import (
    Gazetteer,
    Place,
    curated_index,
    data_rows,
    is_group_name,
    nation_code,
    neighbours,
    region_anchors,
    region_spellings,
    stopwords,
)
from .geo import distance_km
from .lexicon import (
    ADJECTIVE_DISTRICT_ENDINGS,
    AFTERMATH_WORDS,
    ALERT_VERBS,
    ALERT_WORDS,
    ANCHOR_CITIES,
    AREA_HOLDING_KINDS,
    AREA_QUALIFIERS,
    ASPECT_VERBS,
    ATTACK_PASTS,
    ATTACK_VERBS,
    BLAME_PARTICIPLES,
    BODY_BUILDINGS,
    CALLING_VERBS,
    CAMPAIGN_VERBS,
    CARE_PLACES,
    CARE_VERBS,
    CARRY_OUT_VERBS,
    CLAIM_NOUNS,
    CLAUSE_WORDS,
    COMBAT_VERBS,
    COMMUNITY_ENDINGS,
    COMPOUND_TAILS,
    CONTROL_WORDS,
    DENIAL_VERBS,
    DISOWNING_PHRASES,
    EVENT_PLACE_NOUNS,
    FACILITY_MODIFIERS,
    FACILITY_NOUNS,
    FORCE_NOUNS,
    GOVERNMENT_SPEAKERS,
    GOVERNMENT_VERBS,
    GROUND_VERBS,
    GROUP_ANAPHORS,
    HARM_PARTICIPLES,
    HEADING_WORDS,
    HOST_VERBS,
    INJURING_VERBS,
    KILLING_VERBS,
    KIN_GROUP_NOUNS,
    KIND_MODIFIERS,
    KIND_RANKS,
    KIND_SUFFIXES,
    LAUNCH_VERBS,
    LISTENER_VERBS,
    MACHINE_NOUNS,
    MEETING_VERBS,
    MILITARY_OBJECTS,
    NAME_JOINERS,
    NAME_OPENERS,
    NAME_PREFIX_WORDS,
    NAMED_AREA_KINDS,
    NAMED_KIND_MODIFIERS,
    NAMED_KINDS,
    NATURAL_FEATURES,
    NUMBER_WORDS,
    OFFICE_TITLES,
    PERSON_POSSESSIONS,
    PERSON_TITLES,
    PLACE_ANAPHORS,
    PLACE_BODY_NOUNS,
    PUBLISH_VERBS,
    REPORT_VERBS,
    ROAD_NOUNS,
    SAYING_VERBS,
    SCENE_NOUNS,
    SEAT_BODIES,
    SEAT_MODIFIERS,
    SETTLEMENT_PREFIXES,
    SHIP_NOUNS,
    SITE_MODIFIERS,
    SITE_NOUNS,
    SPEAKER_NOUNS,
    SPEAKER_PLACE_NOUNS,
    SPEAKER_PLACE_WORDS,
    SPEECH_ADVERBS,
    STRIKE_NOUNS,
    SUB_PLACE_NOUNS,
    SUBJECTING_VERBS,
    TARGET_OWNED,
    TRAVEL_VERBS,
    VISITING_PEOPLE,
    WATER_WORDS,
    WEAPON_NAMES,
    WEEKDAYS,
    Caseless,
    forms,
    words,
)
from .names import exact_key, name_key
from .phrases import ARTICLE_SET
from .strikes import TRIGGER, is_strike_sentence, reports_deaths_at_a_place

WORD = re.compile(r"[^\W\d_][\w’'-]*")
KIND_PREFIX = re.compile(rf"\b{words(SETTLEMENT_PREFIXES)} of\s+$", re.IGNORECASE)
AREA_PREFIX_ENDS = ("in ", "In ", "across ", "around ", "the ")
AREA_PREFIX = re.compile(
    rf"\b{words(AREA_HOLDING_KINDS)}\s+(?:in|across|around)\s+(?:the\s+)?$", re.IGNORECASE
)
OPENERS = frozenset(NAME_OPENERS)
# "Hroza, a village in the Kharkiv region", "Zawtar, a town in southern Lebanon", "Shurnukh,
# an Armenian village on the border": the kind set beside the name
APPOSED_KIND = re.compile(
    r",\s+(?:a|an)\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+){0,2}?"
    rf"(?P<kind>{words(SETTLEMENT_PREFIXES)})\s+(?:in|on|near|of|north|south|east|west|outside)\b"
)
PARTICLES = frozenset(
    {
        "al",
        "el",
        "ad",
        "ash",
        "de",
        "du",
        "la",
        "le",
        "of",
        "upon",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "del",
        "della",
    }
)  # "Mocimboa da Praia"
MAX_NAME_WORDS = 8
MAX_PLACE_WORDS = 4

# Not a target where it stands: distance landmarks and origins ("100 km from Stepanakert",
# "west of Azerbaijan's capital, Baku", "reporting from the Armenian town of Goris"); an attack
# verb ends the origin ("drones from Russia hit Sumy": Sumy is hit).
LANDMARK_WORD = (
    r"(?:\bfrom|\b(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s+of"
    r"|\bkm|kilomet(?:er|re)s?|miles?|\bborder (?:with|of)"
    # ("Paris, a village near Kupiansk": a town that locates the village named before it)
    r"|,\s+(?:a|the)\s+(?:small\s+)?(?:village|town|settlement|hamlet)\s+(?:near|outside))"
)
STRIKE_NOUN_AFTER = re.compile(
    rf"\s+(?:(?:missile|drone|air|rocket|artillery)\s+)?{words(STRIKE_NOUNS, plural=True)}\b"
    r"(?!\s+(?:zone|zones|site|sites|area|areas|line|lines)\b)",
    re.IGNORECASE,
)
LANDMARK_BEFORE = re.compile(
    rf"{LANDMARK_WORD}\s+(?:the\s+)?"
    # (not across a verb of where fire fell: "fired from Syria landed near Metula")
    rf"(?:(?!(?:at|on|in|into|towards?|and|landed|fell|exploded|crashed|{words(forms(ATTACK_VERBS))})\b)"
    r"[\w’'-]+,?\s+){0,3}?$",
    re.IGNORECASE,
)
# "fire from Armenian armed forces positions, stationed in the directions of X, Y and Z": the
# places fire came from (a list: its later names follow the first's role)
# ("shells fired from Russian positions in Belgorod": the town the positions are in)
ORIGIN_POSITIONS = re.compile(
    r"\bfrom\s+(?:[\w’'-]+\s+){0,4}?positions?,?\s+(?:stationed\s+|located\s+|deployed\s+)?"
    # ("from Russian positions across the Dnipro", "on the other bank of the river")
    r"(?:(?:in\s+)?(?:the\s+)?directions?\s+of|in|near|around|across|beyond|on\s+the\s+other\s+"
    r"(?:side|bank)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
ORIGIN_REACH = 120  # characters before a name where an origin's "from ... positions" may start
# Where attackers are posted, the subject of the attack verb after the name ("Terrorist
# organizations positioned in Idleb countryside targeted ...", "troops based in Belgorod
# shelled Kharkiv"; not "soldiers stationed in Kharkiv were killed")
POSTED_IN_BEFORE = re.compile(
    r"\b(?:positioned|stationed|deployed|based|located|entrenched|holed\s+up)\s+"
    r"(?:in|near|around|in\s+the\s+direction\s+of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# ("stationed in the Yeraskh settlement of the Ararat region subjected to fire ...": the
# place's kind and the area holding it may stand between)
ATTACKS_AFTER_POST = re.compile(
    # (not the passive of the place's own: "positions located in Belgorod were struck")
    rf"^(?:\s+(?!(?:were|was|is|are|been|being)\b)[\w’'-]+){{0,3}}?"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){{0,2}}?)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?"
    rf"{words((*ATTACK_PASTS, *SUBJECTING_VERBS))}\b"
)
LANDMARK_START = re.compile(LANDMARK_WORD, re.IGNORECASE)
ALERT_BEFORE = re.compile(
    rf"\b{words(ALERT_WORDS)}\s+(?:[a-z]+\s+){{0,2}}?{words(ALERT_VERBS)}\s+"
    r"(?:in|across|over|throughout|near|around)\s+(?:the\s+)?(?:[\w’'-]+,?\s+){0,3}?$",
    re.IGNORECASE,
)
# Taken on the ground, not hit: "liberated Garvend", "captured the town of Avdiivka".
# A ground verb used as an adjective takes no ground: "Russian-occupied Donetsk", "in occupied
# Melitopol", "the liberated town of X" was hit, not taken.
NOT_A_GROUND_VERB = r"(?<!-)(?<!\bin )(?<!\bof )(?<!\bthe )(?<!\bon )(?<!\bat )(?<!\bnear )"
GROUND_BEFORE = re.compile(
    rf"\b{NOT_A_GROUND_VERB}{words(GROUND_VERBS)}\s+(?:the\s+)?"
    rf"(?:{words(SETTLEMENT_PREFIXES)}\s+of\s+)?$",
    re.IGNORECASE,
)
COMBAT_BEFORE = re.compile(rf"\b{words(COMBAT_VERBS)}\s+with\b[^,;.]{{0,100}}$", re.IGNORECASE)
COMBAT_REACH = 140  # characters before a name where the fighting's verb may stand
COMBAT_KEYS = tuple({verb[:5] for verb in COMBAT_VERBS})


def fighting_at(sentence: str, start: int) -> bool:
    """The name stands in a clause of fighting with a force, with no attack word between
    ("clashed with troops near X", not "fighting with Ukrainian forces, shelled the town of X")."""
    found = COMBAT_BEFORE.search(sentence, max(0, start - COMBAT_REACH), start)
    return found is not None and not TRIGGER.test(found[0], found[0].lower())


def combat_in(sentence: str) -> bool:
    """Does the sentence tell of fighting with a force at all (a cheap test first)?"""
    return " with " in sentence and any(key in sentence for key in COMBAT_KEYS)


GROUND_STEM = re.compile("|".join(sorted({v.split()[0][:4] for v in GROUND_VERBS})), re.IGNORECASE)
LANDMARK_CUE = Caseless(LANDMARK_WORD)
# Substrings one of which each cue needs (a plain substring test is far cheaper than a scan).
LANDMARK_KEYS = ("from", "north", "south", "east", "west", "km", "kilomet", "mile", "border",
                 "village near", "town near", "village outside", "town outside",
                 "settlement near", "hamlet near")  # fmt: skip
GROUND_STEMS = tuple(GROUND_STEM.pattern.split("|"))
# Bodies and times named after places ("Lviv's mayor", "Moscow time", "Kyiv Regional Council").
BODY_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?:city\s+)?{words(PLACE_BODY_NOUNS)}\b"
    # (not the body's building, hit in the town: "the Sumy regional administration building")
    rf"(?!\s+{words(BODY_BUILDINGS, plural=True)}\b)"
    # a name going on with a small word: "Doctors without Borders", "Save the Children"
    rf"|^\s+{words(NAME_JOINERS)}\s+(?-i:[A-Z])"
    # whose claim it is: "Kyiv's allegations that its drones hit Odesa"
    rf"|^['’]s\s+(?:[a-z]+\s+)?{words(CLAIM_NOUNS, plural=True)}\s+(?:that|of|about)\b",
    re.IGNORECASE,
)
# A capital standing for its government: "Moscow claims", "Yerevan and Baku have claimed".
# ("Baku spread false claims about ...", "Moscow released a video": a capital that publishes)
GOVERNMENT_WORD = words(
    (*forms(REPORT_VERBS), *DENIAL_VERBS, *GOVERNMENT_VERBS, *LAUNCH_VERBS, *PUBLISH_VERBS,
     # ("Moscow carried out strikes"; not "a depot near Damascus used by fighters")
     *(verb for verb in CARRY_OUT_VERBS if verb != "used"), "official", "officials", "authorities")
)  # fmt: skip
GOVERNMENT_ACT = words((*forms(REPORT_VERBS), *DENIAL_VERBS, *GOVERNMENT_VERBS))
# (after a comma only a verb: "Shells hit Tartar, officials said" names the officials' target;
# and not one whose speaker follows: "a strike on Kherson, said Petro Hnatyuk")
NO_SPEAKER_AFTER = rf"(?!\s+(?:the\s|[A-Z]|(?:an?\s+)?(?:[a-z]+\s+)?{words(PERSON_TITLES)}\b))"
# (not what a strike "claimed": "the strike on Jabalia claimed the lives of 11 people")
# "on Sunday", "late on Monday": a day standing between a name and its verb
ON_A_WEEKDAY = r"(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+day"
METONYM_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s+(?:(?:and|or)\s+[A-Z][\w-]+\s+)?"
    # (a day may stand between: "Kyiv on Sunday accused ...")
    rf"(?:{ON_A_WEEKDAY}\s+)?(?:has\s+|have\s+|had\s+)?"
    rf"(?:also\s+|again\s+|earlier\s+|later\s+|seldom\s+|never\s+|often\s+|[a-z]+ly\s+)?{GOVERNMENT_WORD}"
    r"(?!\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?(?:civilian\s+)?(?:lives?|life)\b)"
    rf"|,\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+)?{GOVERNMENT_ACT}\b{NO_SPEAKER_AFTER}"
    # ("Kyiv held Moscow responsible": who blames; not "Kadugli, held by the SPLM-N")
    r"|\s+(?:held|holds)\s+(?-i:[A-Z])\w*"
    # ("showing Moscow is able to strike anywhere": a government's capacity)
    r"|\s+(?:is|was|are|were)\s+(?:not\s+|still\s+|now\s+)?(?:able|capable|ready|willing|"
    r"prepared|determined)\s+(?:to|of))\b"
)
METONYM_BEFORE = re.compile(
    # ("a message to Moscow"; not a flying weapon's "on approach to Moscow", "en route to Kyiv")
    r"\b(?:between|and|(?<!approach )(?<!route )to|accused|accuses|blamed|blames|urged|warned|held|holds"
    rf"|(?:{words((*PUBLISH_VERBS, 'claimed', 'reported', 'announced', 'blamed', 'accused', 'condemned'))})\s+by)\s+$"
)
# Where speakers are, or a comparison: "officials in Kyiv say", "Like Stepanakert, Shusha ...".
SPEAKER_BEFORE = re.compile(
    rf"\b(?:{words((*SPEAKER_PLACE_NOUNS, *EVENT_PLACE_NOUNS))} in(?:\s+[Tt]he)?"
    rf"|{words(SPEAKER_PLACE_WORDS)})\s+$",
    re.IGNORECASE,
)
# Words that locate a place by a town: "near Kharkiv", "outside Goma", "north of El Fasher"
LOCATOR = (
    # ("on the western outskirts of Goma", "on the edge of Kherson")
    r"(?:near|outside|close\s+to"
    r"|on\s+the\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:outskirts|edge)\s+of"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)"
)
HOSTED_BEFORE = re.compile(
    rf",\s+[^,;.]{{0,40}}\b{words(HOST_VERBS)}\s+(?:the\s+|an?\s+)?$", re.IGNORECASE
)
TOWN_WORD_AFTER = re.compile(r"\s+(?:town|city)\b")
FACILITY_TOWN_AFTER = re.compile(
    rf"\s+(?:[a-z-]+\s+){{0,2}}{words(FACILITY_NOUNS)}\s+(?:town|city)\b", re.IGNORECASE
)
# Who was told: "a government official told Xinhua", "told the Kyiv Independent"
LISTENER_BEFORE = re.compile(rf"\b{words(LISTENER_VERBS)}\s+(?:the\s+)?$")
# Where the wounded were taken, or where those who speak of them work: no target.
CARE_BEFORE = re.compile(
    rf"\b(?:{words(CARE_VERBS)}\s+(?:to|at|in)|{words(SPEAKER_NOUNS)}\s+at)\s+(?:an?\s+|the\s+)?"
    rf"(?:[\w’'-]+\s+){{0,4}}?{words(CARE_PLACES)}\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
CARE_KEYS = ("hospital", "clinic", "medical", "morgue")
# The place in an official's title: "according to the governor of the Kursk region".
SEAT_BEFORE = re.compile(
    # ("Governor Oleh Syniehubov of Kharkiv": the official's name may stand between)
    rf"\b{words(PERSON_TITLES)}\s+(?:(?-i:[A-Z])[\w’'-]+\s+){{0,3}}(?:of|for)\s+(?:the\s+)?"
    # "the head of the Black Sea region of Odesa", "the governor of the southern region of Kherson"
    r"(?:(?:[\w-]+\s+){0,3}(?:region|province|oblast|district|governorate|state)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# ... or a title right after the place: "Kharkiv governor Oleh Syniehubov", "Kherson regional
# military administration head Oleksandr Prokudin" (lower case: a capitalised title joins the run)
SEAT_LEAD = rf"(?:['’]s)?\s+(?i:(?:{words(SEAT_MODIFIERS)})\s+){{0,3}}"  # "'s regional", " city"
SEAT_TITLE_AFTER = re.compile(
    # ("Kharkiv's mayor, Ihor Terekhov, said ...": the possessive too)
    # ("Kharkiv Mayor Ihor Terekhov", "Odesa Regional Governor Oleh Kiper": capitals too)
    rf"{SEAT_LEAD}(?i:{words(PERSON_TITLES)})\b"
    # ... or a body of the place that speaks: "The Sumy regional administration said", "the
    # Kharkiv city council said" (not its building, hit: "the ... administration building")
    rf"|{SEAT_LEAD}(?i:{words(SEAT_BODIES)})\b(?!\s+(?i:{words(BODY_BUILDINGS, plural=True)})\b)"
    r"(?=[^.;]{0,60}\b(?:said|says|reported|announced|wrote)\b)"
)
# ... or a person the place describes, by a lower-case word: "according to Ganja politician
# Mushfig Jafarov", "Gaza surgeon Ahmad Karimi said" (group 1: the person's name)
DESCRIBED_PERSON = re.compile(
    rf"\s+(?:(?!{words(CLAUSE_WORDS)}\s)[a-z-]+(?<!ing)\s+){{1,2}}"
    r"((?:(?:[a-z]{1,3}-)?[A-Z][\w’'-]+\s+){1,3}(?:[a-z]{1,3}-)?[A-Z][\w’'-]+)"
    rf"(?=\s*[,.;:”\"]|\s*$|\s+{words(forms(REPORT_VERBS))}\b)"
)
# "hit the post office in Kharkiv", "a strike on the embassy in Kyiv": what was hit stands in
# the place, which is the target (not "officials in Kharkiv said", "talks in Geneva").
ATTACKED_NOUN_BEFORE = re.compile(
    rf"\b(?:{words(forms(ATTACK_VERBS))}|{words(STRIKE_NOUNS, plural=True)}\s+(?:on|at))\s+"
    # ("struck near the US embassy in Baghdad": what the strike fell by)
    r"(?:(?:near|outside|next\s+to|close\s+to)\s+)?"
    rf"(?:the\s+|a\s+|an\s+|its\s+|their\s+|[A-Z][\w’'-]+['’]s\s+)(?:(?:[A-Z][\w’'-]+|(?!(?:after|before|since|during|as|while)\b)"
    rf"[a-z’'-]+)\s+){{0,6}}?{words((*SPEAKER_PLACE_NOUNS, *EVENT_PLACE_NOUNS))}\s+in\s+$",
)
# The people a strike harmed, counted, in the place it hit: "killed three residents in
# Pokrovsk", "wounding two officials in Kherson" (no speakers)
HARMED_NOUN_BEFORE = re.compile(
    rf"\b{words((*KILLING_VERBS, *INJURING_VERBS))}\s+(?:[\w-]+\s+){{1,4}}?"
    rf"{words(SPEAKER_PLACE_NOUNS)}\s+in\s+$",
    re.IGNORECASE,
)
# After a nationality, words that make it the attacker ("Russian forces", "Israeli jets",
# "Azerbaijan shelled", "Iranian-made drones").
SPEECH_ADVERB = rf"(?:{words(SPEECH_ADVERBS)}\s+)?"  # "said later it had fired"
ATTACKER_AFTER = re.compile(
    r"(?:['’]s)?(?:-(?:backed|led|made|controlled))?\s+"
    # "Armenia continues to shell", "Russia keeps striking", "Israel resumed its strikes"
    rf"(?:(?:is\s+|has\s+)?{words(ASPECT_VERBS)}\s+(?:to\s+|its\s+|their\s+)?)?(?:[a-z-]+\s+)?"
    rf"(?:{SPEECH_ADVERB}(?:said|says|claimed|announced)\s+{SPEECH_ADVERB}(?:that\s+)?"
    r"(?:it|they)\s+(?:had\s+|has\s+)?"
    # "Hezbollah claimed the attack", "claimed responsibility for a drone strike"
    r"|claim(?:ed|s)?\s+(?:responsibility\s+for\s+)?(?:the\s+|an?\s+)?"
    # "Hamas was blamed for rockets that hit Sderot"
    rf"|(?:was|were|is|are)\s+(?:widely\s+)?{words(BLAME_PARTICIPLES)}\s+(?:for|of)\s+(?:the\s+|an?\s+)?)?"
    rf"(?:{words((*FORCE_NOUNS, *WEAPON_NAMES, *GROUP_ANAPHORS), plural=True)}|{words(MILITARY_OBJECTS)}"
    # ("Armenians pound Agjabadi": a headline's plain present too)
    rf"|{words((*STRIKE_NOUNS, *forms(ATTACK_VERBS, base=True), *CARRY_OUT_VERBS, 'fire', 'gunfire'), plural=True)})\b"
    # (not a force the strike harmed: "two Pakistani soldiers were killed" fell where it hit)
    r"(?!\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b)",
    re.IGNORECASE,
)
# A nationality of a person far from home says nothing of where a strike fell
VISITOR_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+)?{words(VISITING_PEOPLE)}\b")
# A nation that denies a strike is a side, not where it fell: "Israel denied ...", "Israel
# called the reports of shelling of Saada a lie"
DENIER_AFTER = re.compile(
    # (or speaks: "Russia claimed that Ukrainian shelling of Donetsk killed three" names a
    # government's voice, no country where the strike fell)
    rf"(?:\s+(?:{ON_A_WEEKDAY}\s+)?(?:has\s+|had\s+)?(?:said|says|claimed|claims|"
    r"reported|reports|announced|alleged|alleges)\s+(?:that\s+|on\s+)"
    rf"|\s+(?:has\s+|had\s+)?(?:{words(DENIAL_VERBS)}\b"
    rf"|{words(CALLING_VERBS)}\s+(?:the\s+|these\s+|such\s+)?{words(CLAIM_NOUNS)}\b"
    # ("Israel said it had nothing to do with the attack")
    rf"|(?:said|says)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?{words(DISOWNING_PHRASES)}))",
    re.IGNORECASE,
)
# Before a nation or group, words that make it the attacker or the origin of fire
# ("fired by Hamas", "drones launched from Russia", "the Armed Forces of Ukraine").
ATTACKER_BEFORE = re.compile(
    rf"\b(?:by|from|{words(FORCE_NOUNS, plural=True)}\s+of)\s+(?:the\s+)?(?:Republic\s+of\s+)?$",
    re.IGNORECASE,
)
NATION_BEFORE = re.compile(
    r"\b([A-Z][\w-]+)(?:['’]s)?\s+(?:(?:northern|southern|eastern|western|central|border|frontline)\s+)?"
    rf"(?:{words(KIND_SUFFIXES)}\s+(?:of\s+)?)?$"
)
# A place in a strike role: the object of an attack ("shelled Tartar", "strike on Rafah",
# "shelling of Goris") or the subject of a passive one ("Marib was shelled", "came under fire").
# Whom a strike killed or wounded, by any words but a place's preposition: "killed Hamas
# commander Ahmed Ghandour" (the words are no place)
HARMING = r"(?:killed|killing|kills|wounded|wounding|injured|injuring)"
HARMED_WHOM = rf"\b{HARMING}\s+(?:(?!(?:in|of|at|near)\b)[\w’'-]+\s+){{1,5}}"
STRIKE_OBJECT_BEFORE = re.compile(
    # (the plain present too: "Russians shell Kherson", "Russian jets pound Daraa")
    rf"\b{words((*forms(ATTACK_VERBS, base=True), *STRIKE_NOUNS, *SUBJECTING_VERBS), plural=True)}"
    # (not whom it killed: "an Israeli strike killed Ahmed Ghandour in Gaza")
    rf"\s+(?:(?:on|of|at|against|in|into)\s+)?(?:the\s+|an?\s+)?(?:(?:(?!{HARMING}\b)[a-z-]+\s+){{0,2}}"
    # what was hit, then where: "hit a Russian oil depot in Feodosia", "shelled the outskirts
    # of Donetsk"
    r"|(?:[a-z0-9,-]+\s+){1,4}?(?:in|of|near|outside|at|towards?|into)\s+(?:the\s+)?"
    # ... or whom it killed, then where: "an Israeli strike killed Ahmed Ghandour in Gaza"
    rf"|{HARMED_WHOM}(?:in|near|at)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
ATTACK_PAST_WORDS = words(ATTACK_PASTS)
PASSIVE_AFTER = re.compile(
    # ("Beryslav, Antonivka and Bilozerka also came under fire": an adverb before it too)
    r"^(?:['’]s)?\s+(?:(?:also|again|too|then|later)\s+)?(?:(?:was|were|is|are|has been|had been|have been|came|comes|"
    r"(?:has |had |have )?come)\s+"
    rf"(?:(?:again|also|repeatedly|reportedly|being)\s+)?(?:{words(forms(ATTACK_VERBS))}|under)\b"
    # a headline drops the auxiliary: "Jermuk hit by mortar shells", "Marib under fire again"
    rf"|(?:{words(forms(ATTACK_VERBS))})\s+by\b"
    # ... or "Goris shelled overnight", "Kharkiv bombed again", "Marib shelled, five dead"
    rf"|{ATTACK_PAST_WORDS}(?=\s*(?:$|[,:;—–]|\s-\s)|\s+(?:overnight|again|anew|repeatedly|on|"
    r"early|late|amid|as|after|for\s+the)\b)"
    r"|under\s+(?:heavy\s+|intense\s+|renewed\s+)?(?:fire|attack|shelling|bombardment)\b"
    # what the place owns, hit: "Marib's central market was hit by shelling"
    rf"|(?<=['’]s\s)(?:[a-z-]+\s+){{1,3}}?(?:was|were|has\s+been|had\s+been)\s+(?:again\s+|also\s+)?"
    rf"{words(forms(ATTACK_VERBS))}\b"
    # "Marib was rocked by explosions as drones attacked the city"
    r"|(?:was|were)\s+(?:rocked|shaken|jolted)\s+by\s+(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?)\b"
    # "Marib suffered a missile attack", "Kharkiv endured heavy shelling overnight"
    rf"|(?:suffered|sustained|endured|withstood)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{words((*STRIKE_NOUNS, 'fire', 'shelling', 'bombardment', 'damage'), plural=True)}\b)",
    re.IGNORECASE,
)
# A place cue: a locative word right before the name ("in Tyre", "near Kursk", "towards Sumy").
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|on|at|near|towards?|into|over|outside|around|across|from|of|off)\s+(?:the\s+)?$"
    # (a place's own, named by the area it lies in: "off Crimea's Feodosia port")
    r"|\b(?:in|on|at|near|off|of)\s+(?:the\s+)?(?-i:[A-Z])[\w-]+['’]s\s+$",
    re.IGNORECASE,
)


# Words of the rules' own vocabulary: capitalised they are still not places ("Air strikes hit
# Tyre"), and before a place name they are not part of it ("Shelling of Martakert").
VOCABULARY = frozenset(
    part
    for w in (*forms(ATTACK_VERBS), *STRIKE_NOUNS, *FORCE_NOUNS, *KIND_SUFFIXES, *PARTICLES,
              *WEAPON_NAMES, *SETTLEMENT_PREFIXES)
    for part in w.lower().split()
)  # fmt: skip


# "fired rockets at an Israeli army post in Metula": what the fire was aimed at, in the place
AIMED_AT_BEFORE = re.compile(
    rf"\bat\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{words(TARGET_OWNED)}\s+(?:in|near)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "launched 412 attacks on 29 communities, including X": one of the places struck
INCLUDED_BEFORE = re.compile(
    rf"\b(?:{words(forms(ATTACK_VERBS))}|{words(STRIKE_NOUNS, plural=True)}\s+(?:on|at|against))"
    r"\s+[^.;]{0,60}?,?\s+including\s+(?:the\s+)?(?:(?:city|town|village|settlement)s?\s+of\s+)?$",
    re.IGNORECASE,
)
# "..., killing 20, including eight in Sanaa, five in Hodeidah and seven in Saada": a place's
# share of the dead, right before it (", six of them in Saada")
SHARE_BEFORE = re.compile(
    rf"\b(?:including|and|,)\s+(?:\d+|{words(NUMBER_WORDS)})\s+(?:people\s+|of\s+them\s+)?in\s+$",
    re.IGNORECASE,
)


# Where a strike's dead and wounded fell is where it struck: "killing at least nine people in
# Rafah", "wounded three civilians near Kherson", "two were hurt in Nikopol"
TOLL_PLACE_BEFORE = re.compile(
    rf"\b{words((*KILLING_VERBS, *INJURING_VERBS, *HARM_PARTICIPLES))}"
    r"\s+(?:[\w-]+\s+){0,4}?(?:in|near|at|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def toll_place(sentence: str, start: int) -> bool:
    return bool(TOLL_PLACE_BEFORE.search(sentence[max(0, start - 60) : start]))


def in_strike_role(sentence: str, start: int, end: int) -> bool:
    aside = ASIDE_AFTER.match(sentence, end) if sentence.startswith(", wh", end) else None
    after = aside.end() if aside else end  # "Goris, which has been without power, was shelled"
    return bool(
        STRIKE_OBJECT_BEFORE.search(sentence[max(0, start - 60) : start])
        or SHARE_BEFORE.search(sentence[max(0, start - 40) : start])
        or ("including" in sentence and bool(INCLUDED_BEFORE.search(sentence, 0, start)))
        or (
            " at " in sentence and bool(AIMED_AT_BEFORE.search(sentence, max(0, start - 60), start))
        )
        or PASSIVE_AFTER.match(sentence[after : after + 60])
        or HEADING_BEFORE.search(sentence, max(0, start - 30), start)
        or (sentence.startswith((",", " and "), end) and list_then_passive(sentence, end))
    )


# "shot down on approach to Moscow", "a drone aimed at Jazan": where the weapon was sent
HEADING_BEFORE = re.compile(rf"\b{words(HEADING_WORDS)}\s+(?:the\s+)?$", re.IGNORECASE)
# A relative aside about a place, closed by a comma: ", which has been without power since
# October,"
ASIDE_AFTER = re.compile(r",\s+(?:which|where)\b[^,;.]{0,80},")


# The rest of a list of names: "..., Hodeidah and Taiz" in "Marib, Hodeidah and Taiz came under
# fire" (the list's first name shares the role the passive gives the last)
LIST_REST = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*")


def list_then_passive(sentence: str, end: int) -> bool:
    at = end
    while (item := LIST_REST.match(sentence, at)) is not None:
        at = item.end()
    return at > end and bool(PASSIVE_AFTER.match(sentence[at : at + 60]))


def has_place_cue(sentence: str, start: int, kind_hint: str | None) -> bool:
    """A kind word or a locative word beside the name (the strike role is checked apart)."""
    return bool(kind_hint) or bool(LOCATIVE_BEFORE.search(sentence[max(0, start - 20) : start]))


# Datelines: "BAKU/YEREVAN —", "GAZA, Feb 25 (NNN) –", "MOSCOW (Sputnik) -".
DATELINE_AFTER = re.compile(r"^\s*(?:[,/(—–-]|$)")
# A dateline at the start of a sentence in any case: "Jammu/Srinagar, May 7 (PTI)",
# "Khartoum, Sep 14:", "MOSCOW: Russia said".
# ("Sumy — Russian guided bombs hit Krasnopillia": a dash with spaces after the lead name too)
LEAD_DATELINE_AFTER = re.compile(
    # ("Baku, Azerbaijan, Oct. 5 By Trend:": the country may stand between)
    rf"^(?:\s*/\s*[A-Z][\w-]+)*\s*(?::|\(|,\s*\(|,\s*(?:[A-Z][\w-]+,\s*)?"
    rf"(?:{MONTH_WORD}\.?\s+\d|\d{{1,2}}\s+{MONTH_WORD})"
    r"|\s[—–-]\s+(?-i:[A-Z])"  # (not an aside: "Kramatorsk - a key city ... - was hit")
    # ("Kyiv, Ukraine — Russia launched ...": the country, then the dash)
    r"|,\s*(?-i:[A-Z][\w-]+)(?:\s+\([^)]{0,30}\))?\s+[—–-]\s+(?-i:[A-Z])"
    # ("Hama, SANA- Terrorist organizations ...": an agency's initials and a dash)
    r"|,\s*(?-i:[A-Z]{2,8})\s*[—–-]\s*(?-i:[A-Z])"
    # ("Sanaa, Saba- Army units ...": or its name, the dash glued on)
    r"|,\s*(?-i:[A-Z][a-z]{1,8})[—–-]\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
LEAD_NAMES = re.compile(r"^\s*[A-Z][\w-]+(?:\s*/\s*[A-Z][\w-]+)*\s*/\s*$")


def is_lead_dateline(sentence: str, start: int, end: int) -> bool:
    """The name opens its sentence as a dateline ("Yerevan, 11 October.", "MOSCOW: ...")."""
    before = sentence[:start]
    lead = not before.strip() or bool(LEAD_NAMES.match(before))  # "Jammu/" before "Srinagar"
    return lead and LEAD_DATELINE_AFTER.match(sentence[end:]) is not None


# "Khartoum's twin city of Omdurman", "Azerbaijan's second-largest city of Ganja": the place
# the possessive names is where the named one lies, not what was hit
HOLDER_OF_PLACE = re.compile(
    rf"(?i:\s+{words(NAMED_AREA_KINDS)})?['’]s\s+"
    rf"(?:(?!{words(forms(REPORT_VERBS))}\b)[a-z-]+\s+){{0,2}}?{words(SETTLEMENT_PREFIXES)}"
    r"\s+of\s+(?:the\s+)?[A-Z]"  # (not "Kharkiv's mayor said the town of Izium ...")
)
REGION_OF_PLACE = re.compile(
    rf"^\s+(?:(?:region|province|oblast|governorate|district|state)\s+)?"  # "the Donetsk region town of"
    rf"(?:border\s+|frontline\s+|front-line\s+|coastal\s+)?{words(SETTLEMENT_PREFIXES)}\s+of\s+[A-Z]"
)


def region_of_place(after: str) -> bool:
    """'<the X> town of Baalbek': X locates a town named next; not when a country or a
    district follows ("the Birinji Baharli settlement of Azerbaijan's Aghdam district")."""
    match = REGION_OF_PLACE.match(after)
    if not match:
        return False
    following = after[match.end() - 1 :]
    name = following.split(None, 1)[0].rstrip(",.;")
    return not nation_code(POSSESSIVE_S_END.sub("", name)) and not KIND_AFTER.search(following[:40])


POSSESSIVE_S_END = re.compile(r"['’]s$")
KIND_AFTER = re.compile(r"\b(?:district|region|province|oblast|governorate|rayon)\b", re.I)
THE_PLACES_BEFORE = re.compile(rf"\bthe\s+{words(PLACE_ANAPHORS)}['’]s\s+$", re.IGNORECASE)
# (or closing a list of names: "the Al-Sad Al-Ali, Al-Riyadh, and Texas neighbourhoods")
SUB_PLACE_AFTER = re.compile(
    rf"(?:,?\s+(?:and\s+)?(?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w’'-]*){{0,6}}"
    rf"\s+(?i:{words(SUB_PLACE_NOUNS)})\b"
)
CONTAINER_GAP = re.compile(
    # ("Orikhiv, a frontline town in the Zaporizhzhia region": the region holds the town)
    # ("the Ain al-Asad air base in Iraq's Anbar province": a site's kind word stands between)
    # ("El Fasher, the besieged capital of Sudan's North Darfur state": likewise)
    # ("Nam Hkam and Kutkai townships in northern Shan State": a list's plural kind word)
    rf"^\s*,?\s*(?:(?:(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}})?(?:{words((*SETTLEMENT_PREFIXES, 'cities', 'area', 'capital'))}"
    rf"|{words(KIND_SUFFIXES, plural=True)}"
    rf"|(?:{words((*FACILITY_MODIFIERS, *SITE_MODIFIERS))}\s+|[a-z]+\s+)?{words((*FACILITY_NOUNS, *NAMED_KINDS, *SITE_NOUNS))})\s+)?"
    r"(?:of|in)\s+(?:the\s+)?"
    # ("the Saky airfield in Russian-occupied Crimea": who holds the area may stand before it)
    # ("Jisr al-Shughur in western rural Idlib": a bearing and "rural" both)
    # ("the Barmal district of Afghanistan's eastern Paktika province": the land's, then a bearing)
    rf"(?:(?:[\w-]+['’]s\s+)?(?:{words(AREA_QUALIFIERS)}\s+){{1,2}}|[\w-]+['’]s\s+"
    rf"|(?:\w+-)?{words(CONTROL_WORDS)}\s+)?$",
    re.IGNORECASE,
)
# "the Engels air base in Saratov", "the Ain al-Asad base in Anbar": a named site's kind word,
# then the town or area the site lies in
SITE_IN_GAP = re.compile(
    rf"^\s+(?:{words(SITE_MODIFIERS)}\s+)?{words(SITE_NOUNS)}\s+(?:in|near|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
TITLES = frozenset(PERSON_TITLES)
FACILITY_NOUN_SET = frozenset(FACILITY_NOUNS)


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int
    kind_hint: str | None = None


@dataclass(frozen=True)
class Resolved:
    place: Place
    mention: Mention


OFFICE_TITLE_SET = frozenset(OFFICE_TITLES)
SEAT_MODIFIER_SET = frozenset(SEAT_MODIFIERS)


def before_office(words: list[re.Match[str]], i: int, j: int) -> int:
    """Where a run ends before an office and its holder: "Kharkiv Mayor Ihor Terekhov" is
    Kharkiv, then the mayor ("Odesa Regional Governor Oleh Kiper": Odesa)."""
    if not any(words[k][0].lower() in OFFICE_TITLE_SET for k in range(i + 1, j)):
        return j  # (most runs hold no office)
    for k in range(i + 1, j):
        lowered = [w[0].lower() for w in words[k:j]]
        seat = next((n for n, w in enumerate(lowered) if w not in SEAT_MODIFIER_SET), len(lowered))
        if seat < len(lowered) and lowered[seat] in OFFICE_TITLE_SET:
            return k
    return j


def name_runs(text: str, offset: int = 0) -> list[Mention]:
    """Runs of capitalised words ("Mets Masrik", "al-Safra"), with a kind word if one follows."""
    words = list(WORD.finditer(text))
    runs: list[Mention] = []
    i = 0
    while i < len(words):
        first = words[i][0]
        if not (capitalised(first) if "-" in first[2:4] else first[0].isupper()):
            i += 1  # (the common case tested inline: most words are lower case)
            continue
        if (
            "-" in first
            and compound_adjective(first)
            and not (i + 1 < len(words) and joined(text, words[i], words[i + 1]))
        ):
            i += 1  # "a Christian-majority area", "a Lviv-based firm": no place's name
            continue  # (but "Houthi-held Hodeidah" is read on as before)
        j = i + 1
        while (
            j < len(words) and j - i < MAX_NAME_WORDS and joined(text, words[j - 1], words[j])
            and not POSSESSIVE_S.search(words[j - 1][0])
        ):  # fmt: skip
            j += 1
        while j > i + 1 and words[j - 1][0].lower() in PARTICLES:
            j -= 1
        j = before_office(words, i, j)
        if j > i + 2 and " of " in text[words[i].end() : words[j - 1].start() + 1]:
            j = before_holder_of(words, i, before_area_of(words, i, j))
        if j > i + 1 and words[i][0] in OPENERS:
            i += 1  # "An Iskander missile": the article opens the sentence, not a name
        start, end = words[i].start(), words[j - 1].end()
        if POSSESSIVE_S.search(words[j - 1][0]):
            end -= 2  # "Beirut's southern suburbs": Beirut; "Kyiv's Darnytskyi": two runs
        kind = None
        suffix = words[j][0].lower() if j < len(words) else ""
        if suffix in NAMED_KIND_MODIFIERS and j + 1 < len(words):
            suffix = words[j + 1][0].lower()  # "the Wadi Sabra refugee camp"
            suffix = suffix if suffix in NAMED_KINDS else ""
        elif suffix in KIND_MODIFIERS and j + 1 < len(words):
            suffix = words[j + 1][0].lower()  # "Valuysky urban district"
        if suffix in KIND_SUFFIXES and text[end : words[j].start()] == " ":
            kind = (PLURAL if suffix.endswith("s") else "") + KIND_SUFFIXES[suffix]
        elif KIND_PREFIX.search(text[max(0, start - 20) : start]) or (
            text.startswith(",", end) and APPOSED_KIND.match(text, end)
        ):
            kind = "settlement"
        elif text.endswith(AREA_PREFIX_ENDS, 0, start) and AREA_PREFIX.search(
            text[max(0, start - 30) : start]
        ):
            kind = "district"  # "villages in Tovuz": the district they lie in
        elif j > i + 1 and words[j - 1][0].lower() in NAMED_KINDS:
            kind = "settlement"  # the kind word inside the name: "the Harran Camp"
        elif j > i + 1 and words[j - 1][0].lower() in NAMED_AREA_KINDS:
            kind = "district"  # "Kawkareik Township", "Karen State"
        elif j > i + 1 and words[j - 1][0].lower() in NAMED_SETTLEMENT_ENDS:
            kind = "settlement"  # "Kyon Doe Town": a name that ends with its kind word
        runs.append(Mention(text[start:end], offset + start, offset + end, kind))
        i = j
    runs = compound_names(text, runs, offset) if " and " in text else runs
    return share_kind_hints(text, prefixed_names(text, runs, offset), offset)


def before_holder_of(words: list[re.Match[str]], i: int, j: int) -> int:
    """'Mayor Ihor Terekhov of Kharkiv': an office and its holder, then the seat after "of"
    (the run ends before it)."""
    if words[i][0].lower() not in OFFICE_TITLE_SET:
        return j
    ofs = [k for k in range(i + 1, j - 1) if words[k][0] == "of"]
    return ofs[0] if ofs else j


def before_area_of(words: list[re.Match[str]], i: int, j: int) -> int:
    """'Dondar Gushchu of Tovuz district': a run's "of" before an area's name and kind word
    parts a place from the area it lies in (the run ends before "of")."""
    suffix = words[j][0].lower() if j < len(words) else ""
    if KIND_SUFFIXES.get(suffix) != "district":
        return j
    ofs = [k for k in range(i + 1, j - 1) if words[k][0] == "of"]
    return ofs[-1] if ofs else j


def compound_names(text: str, runs: list[Mention], offset: int) -> list[Mention]:
    """'Jammu and Kashmir', 'Bosnia and Herzegovina': two runs joined by "and" that name one
    region or country together are one name."""
    out: list[Mention] = []
    for run in runs:
        last = out[-1] if out else None
        gap = text[last.end - offset : run.start - offset] if last else ""
        if last and gap == " and " and nation_code(f"{last.text} and {run.text}"):
            out[-1] = Mention(f"{last.text} and {run.text}", last.start, run.end, run.kind_hint)
        else:
            out.append(run)
    return out


# A kind word ending a capitalised name: "the Harran Camp", "Jabalia Refugee Camp".
NAMED_KIND = re.compile(rf"(?:\s+(?i:{words(NAMED_KIND_MODIFIERS)}))?\s+(?i:{words(NAMED_KINDS)})$")
FACILITY_NAMED = re.compile(
    rf"(?:\s+(?i:{words(FACILITY_MODIFIERS)}))*\s+(?i:{words(FACILITY_NOUNS)})$"
)
NAMED_SETTLEMENT_ENDS = frozenset(w for w in SETTLEMENT_PREFIXES if not w.endswith("s"))
NAMED_AREA = re.compile(rf"\s+(?i:{words(NAMED_AREA_KINDS)})$")
PREFIX_GAP = re.compile(rf"^\s+{words(SETTLEMENT_PREFIXES)}\s+of\s+$", re.IGNORECASE)
NAME_PREFIXES = frozenset(NAME_PREFIX_WORDS)


def prefixed_names(text: str, runs: list[Mention], offset: int) -> list[Mention]:
    """'the Ashagy village of Agjakend': one name, Ashagy Agjakend (a settlement)."""
    if not any(run.text.lower() in NAME_PREFIXES for run in runs):
        return runs
    out: list[Mention] = []
    for run in runs:
        last = out[-1] if out else None
        gap = text[last.end - offset : run.start - offset] if last else ""
        if last and last.text.lower() in NAME_PREFIXES and PREFIX_GAP.match(gap):
            out[-1] = Mention(f"{last.text} {run.text}", last.start, run.end, "settlement")
        else:
            out.append(run)
    return out


PLURAL = "plural:"
POSSESSIVE_S = re.compile(r"\w['’]s$")
# Between the names of one list: "Jermuk, Goris and Vardenis", "in Poonch, including Mendhar",
# "on Al-Qusayr, along with Shanshara"
LIST_GAP = re.compile(
    # ("struck Goranboy on Sunday, and Agjabadi on Saturday": a day may close the first)
    r"^(?:\s+(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day|overnight|yesterday))?"
    r"(?:,\s*|\s+and\s+|,\s+and\s+|\s*&\s*|,?\s+(?:including|along with)\s+)$"
)


def share_kind_hints(text: str, runs: list[Mention], offset: int) -> list[Mention]:
    """'villages of Hindiristan, Alibeyli and Safarli', 'Shatvan and Mets Masrik towns':
    a kind word before or after a list holds for every name in it."""
    if not any(run.kind_hint for run in runs):
        return runs  # most sentences: no kind word to share
    groups: list[list[Mention]] = []
    for run in runs:
        gap = text[groups[-1][-1].end - offset : run.start - offset] if groups else ""
        # ("in Zaporizhzhia Oblast, including Orikhiv": a named area and the places inside it)
        holds = "including" in gap and own_kind(groups[-1][-1]) is not None if groups else False
        if groups and LIST_GAP.match(gap) and not holds:
            groups[-1].append(run)
        else:
            groups.append([run])
    out = []
    for group in groups:
        hint = next((r.kind_hint for r in group if r.kind_hint), None)
        if hint and hint.startswith(PLURAL) and len(group) < 2:
            hint = None  # "Key cities were targeted": a plural kind word needs a list
        singular_last = bool(hint) and not hint.startswith(PLURAL) and group[0].kind_hint != hint
        if singular_last:
            # "Nikopol, Dnipropetrovsk region": a singular kind word is the last name's only
            out += [Mention(r.text, r.start, r.end, r.kind_hint) for r in group]
            continue
        hint = hint.removeprefix(PLURAL) if hint else None
        # "the village of Bilozerka, Kherson district": a name's own kind word holds for it
        out += [Mention(r.text, r.start, r.end, own_kind(r) or hint) for r in group]
    return out


def own_kind(run: Mention) -> str | None:
    """The run's own singular kind word, if any."""
    hint = run.kind_hint
    return hint if hint and not hint.startswith(PLURAL) else None


def capitalised(word: str) -> bool:
    head, hyphen, rest = word.partition("-")
    if hyphen and head.lower() in ARTICLE_SET:
        return rest[:1].isupper()  # "al-Shaab", "ez-Zor"
    return word[:1].isupper()


def compound_adjective(word: str) -> bool:
    """'Christian-majority', 'Lviv-based', 'Kurdish-held': a capitalised word joined to a
    lower-case one (not "al-Shaab" nor "Nagorno-Karabakh")."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail in COMPOUND_TAIL_SET and head[:1].isupper()


COMPOUND_TAIL_SET = frozenset(COMPOUND_TAILS)


def joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = text[left.end() : right.start()]
    return gap in (" ", "-") and (capitalised(right[0]) or right[0].lower() in PARTICLES)


def sub_runs(mention: Mention) -> list[Mention]:
    """The run, then its endings (longest first): "Azeri Ganja" -> "Ganja"; a camp's name
    without its kind word comes second ("Jabalia Refugee Camp" -> "Jabalia").

    Only endings: the first word of a longer run is usually a person's or a body's name
    ("Arayik Harutyunyan", "Kharkiv Mayor ...").
    """
    words = list(WORD.finditer(mention.text))[-MAX_PLACE_WORDS:]
    end = words[-1].end()
    runs = [
        Mention(mention.text[w.start() : end], mention.start + w.start(), mention.start + end,
                mention.kind_hint)
        for w in words
    ]  # fmt: skip
    facility = FACILITY_NAMED.search(mention.text) if len(words) > 1 else None
    if facility and facility.start() > 0:  # "Kharkiv Regional Hospital": Kharkiv
        # longest head first: "Gaza City Central School" is in Gaza City
        ends = [w.start() for w in words if facility.start() < w.start() < facility.end()]
        heads = [mention.text[:end].rstrip() for end in reversed(ends[:-1])]
        runs[1:1] = [
            Mention(head, mention.start, mention.start + len(head), None)
            for head in (*heads, mention.text[: facility.start()])
        ]
        return runs
    if not mention.kind_hint or len(words) < 2:
        return runs
    for kind_word, kind in ((NAMED_KIND, "settlement"), (NAMED_AREA, "district")):
        found = kind_word.search(mention.text)
        if found and found.start() > 0:
            head = mention.text[: found.start()]
            runs.insert(1, Mention(head, mention.start, mention.start + len(head), kind))
            break
    return runs


# "the Dnipro river", "the Litani river": a feature the name stands for, in lower case
NATURAL_FEATURE_AFTER = re.compile(rf"\s+{words(NATURAL_FEATURES)}\b")
WATER_NAME = re.compile(rf"\b{words(WATER_WORDS)}\b", re.IGNORECASE)


def is_non_target_position(sentence: str, start: int, end: int) -> bool:
    before = sentence[max(0, start - 60) : start]
    alias = ALIAS_BEFORE.search(before) if before.endswith("(") else None
    if alias is not None:
        # "from RSF positions in Khartoum North (Bahri)": the other name's position
        at = start - len(before) + alias.start(1)
        if is_non_target_position(sentence, at, at + len(alias[1])):
            return True
    after = sentence[end : end + 40]
    landmarks, ground = sentence_cues(sentence)
    # (a name before its strike is where it struck: "the death toll from the Kharkiv strike")
    struck = landmarks and STRIKE_NOUN_AFTER.match(after) is not None
    ranged = before.endswith("from ") and range_of_targets(sentence, after)
    if (landmarks and not struck and not ranged and landmark_before(before)) or BODY_AFTER.match(
        after
    ):
        return True
    if after.startswith(" ") and NATURAL_FEATURE_AFTER.match(after):
        return True  # "the Dnipro river embankment": a river, not the city of its name
    if before.endswith(
        ("of ", "the ", "in ", "near ", "around ", "across ", "beyond ")
    ) and ORIGIN_POSITIONS.search(sentence, max(0, start - ORIGIN_REACH), start):
        return True
    if POSTED_IN_BEFORE.search(before) and ATTACKS_AFTER_POST.match(sentence[end : end + 80]):
        return True  # where the attackers are posted, not where they fired
    # (what was attacked may be told at length: "targeting the consular section building of
    # the Iranian embassy in Damascus")
    wide = sentence[max(0, start - 120) : start]
    if speaker_before(wide) or travel_before(before) or cared_for_at(before):
        return True
    if LISTENER_BEFORE.search(before):
        return True  # "an official told Xinhua": the outlet told, not a place hit
    if struck_elsewhere_after(sentence, start):
        return True  # "Markets in Tel Aviv fell after Iran's missile attack on Israel"
    if (
        before.endswith("the ")
        and NAMED_FACILITY_AFTER.match(after)
        and in_another_setting(sentence, start)
    ):
        return True  # "In Haifa, a missile hit the Bazan oil refinery": the refinery's name
    if (
        HOSTED_BEFORE.search(before)
        or ("town" in after or "city" in after)
        and (
            FACILITY_TOWN_AFTER.match(after)
            or sentence[start:end].split()[-1].lower() in FACILITY_NOUN_SET
            and TOWN_WORD_AFTER.match(after)
        )
    ):
        # "Kurchatov, the town that hosts the Kursk nuclear power plant"; "a strike on the
        # Kursk nuclear plant town" (the town, unnamed)
        return True
    if alert_heard_at(sentence, start):
        return True  # "sirens sounded in Sderot": a warning, not a strike
    if combat_in(sentence) and fighting_at(sentence, start):
        return True  # "clashed with Israeli troops trying to advance near the village of X"
    if ground and GROUND_STEM.search(before) and GROUND_BEFORE.search(before):
        return True  # (the cheap word test first: the regex is end-anchored)
    if ground and taken_on_the_ground(sentence, start):
        return True
    if before.endswith(".") or looks_like_acronym(sentence[start:end]):
        return True  # "PanARMENIAN.Net", "MoD"
    if " off " in before and OFFSHORE_BEFORE.search(before) and not IN_PORT_AFTER.match(after):
        return True  # "a tanker off the coast of Aden": a ship at sea, not the town
    if AT_SEA_BEFORE.search(before) and SHIP.search(sentence) and not IN_PORT_AFTER.match(after):
        return True  # "struck a Russian patrol ship in the Black Sea near Crimea": at sea
    if "s " in after[:20] and HOLDER_OF_PLACE.match(sentence, end):
        return True  # "Khartoum's twin city of Omdurman": Omdurman was hit
    if before.endswith(("the ", "The ")) and region_of_place(after):
        return True  # "the Bekaa Valley town of Baalbek" (not "Garadagli village of Agdam")
    if before.endswith(("'s ", "’s ")) and THE_PLACES_BEFORE.search(before):
        return True  # "in the city's Kyivskyi district": a part of a city already named
    if SUB_PLACE_AFTER.match(sentence, end, end + 120) or is_lead_dateline(sentence, start, end):
        return True
    if ("road" in before or "highway" in before) and ROAD_FAR_END_BEFORE.search(before):
        return True  # "the road between Tyre and Naqoura": the road's first town, as below
    if NOT_HIT_AFTER.match(sentence, end) or (
        before.endswith(("Neither ", "neither ", " nor ")) and NOR_HIT_AFTER.match(sentence, end)
    ):
        return True  # "Kharkiv was not hit, but ...", "Neither Goris nor Jermuk was hit"
    caps = sentence[start:end]
    if before.endswith("(") and not caps.isupper() and CREDIT_CLOSE.match(after):
        return True  # "SANAA, May 14 (Saba) - ...": the outlet credited (not "(OMDURMAN) –")
    return caps.isupper() and (bool(DATELINE_AFTER.match(after)) or before.endswith("/"))


# The far end of a road named by the towns it joins ("the road between Tyre and Naqoura", "the
# highway linking Kherson with Mykolaiv"): the strike is the first town's, as for "the Tyre-Naqoura
# road" (targets.road_town)
ROAD_FAR_END_BEFORE = re.compile(
    rf"\b{words(ROAD_NOUNS, plural=True)}\s+(?:linking|connecting|between)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:of\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+(?:and|with)\s+$"
)
# A name whose strike is denied right after it ("Kharkiv was not hit", "Sumy wasn't shelled");
# a name of a "neither ... nor" pair before its passive ("Neither Goris nor Jermuk was hit")
ATTACK_PARTICIPLE = words(forms(ATTACK_VERBS))
NOT_HIT_AFTER = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been)(?:\s+not|n['’]t)\s+(?:yet\s+|been\s+)?"
    rf"{ATTACK_PARTICIPLE}\b"
)
NOR_HIT_AFTER = re.compile(
    r"(?:\s+nor\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s+(?:was|were|has\s+been|have\s+been)\s+"
    rf"(?:[a-z]+ly\s+)?{ATTACK_PARTICIPLE}\b"
)
# The close of an outlet's credit in a dateline: "(Saba) -", "(WAFA) —", "(AP):"
CREDIT_CLOSE = re.compile(r"\s*\)\s*(?:--|[-—–:])\s")


GROUND_VERB = re.compile(rf"\b{NOT_A_GROUND_VERB}{words(GROUND_VERBS)}\b", re.IGNORECASE)
# What ends a ground action's list of places: an attack word, or the end of its clause.
GROUND_SCOPE_END = re.compile(rf"[;:]|\.\s|\bbut\b|{TRIGGER.pattern}", re.IGNORECASE)


def taken_on_the_ground(sentence: str, start: int) -> bool:
    """'Azerbaijan liberated X, Y villages of Z district, W and V': every name up to the
    next attack word or clause is taken, not hit."""
    grounds = list(GROUND_VERB.finditer(sentence, 0, start))
    return bool(grounds) and not GROUND_SCOPE_END.search(sentence, grounds[-1].end(), start)


@lru_cache(maxsize=64)
def sentence_cues(sentence: str) -> tuple[bool, bool]:
    """(a landmark word, a ground-action word) anywhere in the sentence: worked out once per
    sentence, so the per-name tests run only where one could match."""
    lowered = sentence.lower()
    landmark = any(word in lowered for word in LANDMARK_KEYS)
    ground = any(stem in lowered for stem in GROUND_STEMS)
    return landmark and LANDMARK_CUE.test(sentence, lowered), ground


# Words one of which LANDMARK_BEFORE needs: a cheap test first (the regex is end-anchored).
def alert_heard_at(sentence: str, start: int) -> bool:
    """'Rocket sirens sounded in Sderot and Ashkelon': a place warned, not hit."""
    before = sentence[max(0, start - 60) : start]
    return "s" in before and bool(ALERT_BEFORE.search(before))


# "drones at 26 locations across India, from Baramulla in Kashmir to Bhuj in Gujarat": the
# range's first end is one of the places hit, no origin
RANGE_TO_AFTER = re.compile(r"^(?:\s+(?:in|of)\s+(?:the\s+)?[\w’'-]+)?,?\s+to\s+(?:the\s+)?[A-Z]")
MANY_TARGETS = re.compile(
    r"\b(?:locations|cities|towns|villages|sites|areas|places|regions|targets)\b", re.IGNORECASE
)


def range_of_targets(sentence: str, after: str) -> bool:
    return bool(RANGE_TO_AFTER.match(after)) and bool(MANY_TARGETS.search(sentence))


def landmark_before(before: str) -> bool:
    """The end-anchored landmark pattern, tried only where one of its words starts."""
    return any(LANDMARK_BEFORE.match(before, m.start()) for m in LANDMARK_START.finditer(before))


def is_official_seat(sentence: str, start: int, end: int = -1) -> bool:
    """'the governor of the Kursk region', 'The mayor of Kharkiv, Petro Hnatyuk,', 'Kharkiv
    governor Oleh Syniehubov': where an official sits, a target only when the sentence names
    no other place hit."""
    if end >= 0 and (
        SEAT_TITLE_AFTER.match(sentence, end) or DESCRIBED_PERSON.match(sentence, end)
    ):
        return True
    if not sentence.endswith(("of ", "the ", "Of ", "The ", "for "), 0, start):
        return False  # (the cheap test first: most names follow no "of")
    before = sentence[max(0, start - 40) : start]
    # ("the humanitarian coordinator for Omdurman": "for" too)
    return before.rstrip().lower().endswith((" of", " of the", " for", " for the")) and bool(
        SEAT_BEFORE.search(before)
    )


TRAVEL_BEFORE = re.compile(rf"\b{words(TRAVEL_VERBS)}\s+(?:the\s+)?$", re.IGNORECASE)
# The last words of the travel verbs: a name after any other word is no destination.
TRAVEL_ENDS = frozenset(verb.split()[-1] for verb in TRAVEL_VERBS)
TRAVEL_TAILS = tuple(f"{end} " for end in TRAVEL_ENDS) + ("the ",)


# "met his German counterpart in Berlin", "hosted the envoys in Doha": a meeting's place
MET_BEFORE = re.compile(
    rf"\b{words(MEETING_VERBS)}\s+(?:[\w’'-]+\s+){{1,4}}?in\s+(?:the\s+)?$", re.IGNORECASE
)


def travel_before(before: str) -> bool:
    if before.endswith(("in ", "in the ")) and MET_BEFORE.search(before):
        return True
    if not before.endswith(TRAVEL_TAILS):
        return False  # (the cheap test first: most names follow no travel verb)
    tail = before[-24:]
    words_ = tail.lower().split()
    if words_ and words_[-1] == "the":
        words_.pop()
    return bool(words_) and words_[-1] in TRAVEL_ENDS and bool(TRAVEL_BEFORE.search(tail))


def cared_for_at(before: str) -> bool:
    """'the wounded were taken to a hospital in X': X is where they were cared for."""
    lower = before.lower()
    return any(key in lower for key in CARE_KEYS) and bool(CARE_BEFORE.search(before))


# Who holds a place, between a word and its name: "officials in occupied Donetsk"
HELD_BEFORE = re.compile(rf"\s(?:\w+-)?{words(CONTROL_WORDS)}\s+$", re.IGNORECASE)


def without_holder(before: str) -> str:
    """The text before a name without a word of who holds it ("in Russian-occupied ")."""
    held = HELD_BEFORE.search(before) if "ed " in before[-12:] else None
    return before[: held.start() + 1] if held else before


def speaker_before(before: str) -> bool:
    before = without_holder(before)
    tail = before.rstrip().lower()
    cue = tail.endswith((" in", " in the")) or tail.endswith(SPEAKER_PLACE_WORDS)
    return (
        cue
        and bool(SPEAKER_BEFORE.search(before))
        and not ATTACKED_NOUN_BEFORE.search(before)
        and not HARMED_NOUN_BEFORE.search(before)
    )


def looks_like_acronym(text: str) -> bool:
    """'MoD', 'MfE', 'SABA': capitals inside a word, or a short all-capitals word (not a
    plant's initials after its town's name: "Zaporizhzhia NPP")."""
    word = text.split()[-1]
    if word.lower() in FACILITY_NOUN_SET and " " in text:
        return False
    inner = word[1:].split("-")[-1]
    return (
        inner[1:] != inner[1:].lower()  # a capital inside the word
        and not word.isupper()
        or (word.isupper() and len(word) <= 4)
    )


def reports_something(sentence: str, end: int) -> bool:
    """'Xinhua reported', 'Kharkiv says': a name followed by a reporting verb is a speaker."""
    return bool(METONYM_AFTER.search(sentence[end : end + 60]))


# "The mayor of Kyiv said", "Doctors in Sanaa said": who speaks is of the city, not its government
LOCAL_SPEAKER_BEFORE = re.compile(
    rf"\b(?:{words(PERSON_TITLES)}\s+of"
    rf"|{words(n for n in SPEAKER_NOUNS if n not in GOVERNMENT_SPEAKERS)}\s+(?:in|of|from))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "Moscow pounded Kharkiv", "as Moscow pressed its assault": a capital that wages the war
CAPITAL_WAGES = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+|[a-z]+ly\s+)?"
    rf"{words((*CAMPAIGN_VERBS, *CARRY_OUT_VERBS, *(v[0] for v in ATTACK_VERBS.values())))}\b"
    # with its object (not "Sanaa hit by air strikes", "Kyiv hit in drone attack": the city)
    r"(?=\s+(?:the|an?|its|their|[A-Z]\w*)\b)(?!\s+(?:By|In|As|On|At|With|Again|After)\b)"
)


# "Kyiv's drones struck Ryazan", "Tehran's missiles hit Haifa": a capital's arms that strike
CAPITAL_ARMS = re.compile(
    rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}?{words((*FORCE_NOUNS, *MACHINE_NOUNS, *WEAPON_NAMES), plural=True)}"
    rf"\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|again\s+)?{ATTACK_PARTICIPLE}\b",
    re.IGNORECASE,
)


def is_metonym(sentence: str, start: int, end: int, listed: bool = False) -> bool:
    """A capital standing for its government ("talks between Moscow and Kyiv", "Kyiv said",
    "Moscow pounded Kharkiv", "Kyiv's drones struck Ryazan"); one more name of a list of
    places hit ("hit Hodeidah and Sanaa") is the city."""
    if CAPITAL_WAGES.match(sentence, end) or CAPITAL_ARMS.match(sentence, end):
        return True
    if METONYM_AFTER.search(sentence[end : end + 60]):
        # ("The mayor of Kyiv said": the mayor speaks, of his city)
        return not LOCAL_SPEAKER_BEFORE.search(sentence[max(0, start - 30) : start])
    return not listed and bool(METONYM_BEFORE.search(sentence[max(0, start - 20) : start]))


def is_person(sentence: str, run_start: int, run_text: str, curated: bool = False) -> bool:
    """'spokesman Colonel Turki al-Maliki', 'Lviv's mayor, Andriy Sadovyi', 'Ahmad's death',
    'Oleg Kiper, the governor,': a person's name. A ``curated`` place's own name may hold a
    title ("Sheikh Radwan", a district of Gaza City): only the words around it tell."""
    words = run_text.lower().replace(".", "").split()
    if KIND_PREFIX.search(sentence, max(0, run_start - 20), run_start):
        return False  # "in the village of Shebekino, the governor, Vyacheslav Gladkov, said"
    if sentence[run_start - 2 : run_start] == ", " and TITLE_OF_PLACE.search(
        sentence, max(0, run_start - 60), run_start
    ):
        return True  # "The mayor of Kharkiv, Petro Hnatyuk, said"
    before = sentence[max(0, run_start - 25) : run_start].lower().replace(".", "").split()
    end = run_start + len(run_text)
    return (
        not curated
        and any(w in TITLES for w in words[:-1])
        or bool(before)
        and before[-1].strip(",") in TITLES
        or sentence[end + 1 : end + 2] == "s"
        and bool(POSSESSION_AFTER.match(sentence, end))
        or sentence[end : end + 1] == ","
        and bool(TITLE_APPOSITION.match(sentence, end) or AGE_AFTER.match(sentence, end))
        or bool(before)
        and before[-1] in SAYING_WORDS
        and bool(DESCRIBED_AFTER.match(sentence, end))
        or bool(KIN_GROUP_AFTER.match(sentence, end))
        or bool(AGE_BEFORE.search(sentence, max(0, run_start - 30), run_start))
        or bool(VICTIM_BEFORE.search(sentence, max(0, run_start - 60), run_start))
        and not NOUN_AFTER.match(sentence, end)  # (not "wounding Alibeyli residents")
    )


# "after the missile attack on Haifa", "following Iran's strikes on Israel": a strike on a
# place of its own, the clause to its end
AFTER_STRIKE_ON = re.compile(
    rf"\b(?:after|following|amid)\s+(?:[\w’'-]+\s+){{0,4}}?{words(STRIKE_NOUNS, plural=True)}\s+"
    rf"(?:on|against)\s+(?!(?:{words(WEEKDAYS)}|{MONTH_WORD})\b)(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?"
    r"(?-i:[A-Z])[^.;]*",
    re.IGNORECASE,
)


AFTERMATH = re.compile(rf"\b{words(AFTERMATH_WORDS)}\b", re.IGNORECASE)


def struck_elsewhere_after(sentence: str, start: int) -> bool:
    """The name stands before a clause of a strike on another place, in a clause that tells
    of no strike and no harm ("Residents of Tel Aviv took shelter after the missile attack on
    Haifa"; not "Three were killed in Kharkiv after a missile attack on the city's centre", nor
    "Fires broke out in Kharkiv after a drone attack on Ukrainian energy sites")."""
    if " after " not in sentence and " following " not in sentence and " amid " not in sentence:
        return False
    clause = AFTER_STRIKE_ON.search(sentence, start)
    if clause is None:
        return False
    rest = sentence[: clause.start()]
    return not (
        is_strike_sentence(rest) or reports_deaths_at_a_place(rest) or AFTERMATH.search(rest)
    )


# A facility a name names: "the Bazan oil refinery complex", "the Pryvoz market"
NAMED_FACILITY_AFTER = re.compile(
    rf"^\s+(?:{words(FACILITY_MODIFIERS)}\s+)?{words(FACILITY_NOUNS, plural=True)}\b", re.IGNORECASE
)
# A sentence set in a city it opens on: "In Haifa, ...", "In Kharkiv city, ..."
SETTING_OPENS = re.compile(
    r"^\W*(?:In|At)\s+(?:[A-Z][\w’'-]+\s+){0,2}?[A-Z][\w’'-]+(?:\s+city)?,\s"
)


def in_another_setting(sentence: str, start: int) -> bool:
    """The sentence opens on the city the name stands in ("In Haifa, a missile hit ...")."""
    opening = SETTING_OPENS.match(sentence)
    return opening is not None and opening.end() <= start


# A name, then the other name it goes by in brackets: "Khartoum North (Bahri)"
ALIAS_BEFORE = re.compile(r"\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s*\($")
# "killing Ali", "wounding Anna and Olena": who a harm verb takes by name, no preposition
# between, is a person (not "killing three in Kharkiv")
VICTIM_BEFORE = re.compile(
    rf"\b{words((*KILLING_VERBS, *INJURING_VERBS))}\s+(?:[A-Z][\w’'-]+,?\s+(?:and\s+)?)*$"
)
# Where a ship is, at sea near a town: "off the coast of Aden", "50 nautical miles off Hodeidah"
OFFSHORE_BEFORE = re.compile(
    r"\boff\s+(?:the\s+)?(?:(?:coast|coastline|shore|shores|port|city)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# "in the Black Sea near ", "in the Gulf of Aden off ": a sea, then the place it lies by
AT_SEA_BEFORE = re.compile(
    rf"\b(?:in|on|over|across)\s+the\s+(?:[A-Z][\w-]+\s+)*(?-i:{words(w.title() for w in WATER_WORDS)})"
    r"(?:\s+of\s+[A-Z][\w-]+)?,?\s+(?:near|off|close\s+to|outside|by)\s+(?:the\s+)?"
    r"(?:(?:coast|shores?|port)\s+of\s+(?:the\s+)?)?$"
)
SHIP = re.compile(rf"\b{words(SHIP_NOUNS, plural=True)}\b", re.IGNORECASE)
# (not a ship in a port: "a landing ship off Crimea's Feodosia port", "off Sevastopol harbour")
IN_PORT_AFTER = re.compile(r"(?:['’]s\b|\s+(?:port|harbou?r|bay)\b)", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+(?!and\b|or\b)[a-z]")
# "nineteen-year-old Anna", "the 24-year-old Saeed": a person named after their age
AGE_BEFORE = re.compile(r"\b[\w-]+-year-old\s+$")
# "the home of the Khalil family", "the Abu Jarad clan": a family's name
KIN_GROUP_AFTER = re.compile(rf"\s+{words(KIN_GROUP_NOUNS)}\b", re.IGNORECASE)


# "said Olena, a resident of Saltivka": a name a report verb opens, described after a comma
SAYING_WORDS = frozenset(SAYING_VERBS)
DESCRIBED_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[a-z0-9-]+\s+){0,2}?[a-z]+(?:\s+(?:of|from|in|at|who)\b|,)"
)


# "said Olena, 54, whose flat ...": a name with an age set off by commas is a person's
AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,(?!\d)")  # (not "Port Sudan, 1,000 km away")
# "the mayor of Kharkiv, Petro Hnatyuk": the name after a title and its place
TITLE_OF_PLACE = re.compile(
    rf"\b{words(PERSON_TITLES)}\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+){{0,3}}(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?:region|oblast|province|district|governorate))?,\s+$",
    re.IGNORECASE,
)
# "Oleg Kiper, the regional governor, said": a name with its title set off by commas
# ("Rafa Salama, the commander of Hamas' brigade": or the title's seat after it)
# (not "targeting Vardenis, Spokesperson of the Defense Ministry Shushan Stepanyan said")
TITLE_APPOSITION = re.compile(
    rf",\s+(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{words(PERSON_TITLES)}\b,"
    rf"|the\s+(?:[\w-]+\s+){{0,2}}?{words(PERSON_TITLES)}\s+of\b)",
    re.I,
)
# (not what the possession names in turn: "Kyiv's children's hospital" is the city's)
POSSESSION_AFTER = re.compile(rf"['’]s\s+{words(PERSON_POSSESSIONS)}\b(?!['’])", re.IGNORECASE)


CONTAINER_REACH = 40  # characters: ", the besieged capital of Sudan's " before a region


def is_container(sentence: str, start: int, previous: list[Resolved], offset: int = 0) -> bool:
    """'Shatvan and Mets Masrik towns in Armenia's Gegharkunik region': the region holds the
    places named just before it, and is not a target of its own."""
    if not previous:
        return False
    gap = sentence[previous[-1].mention.end - offset : start]
    return len(gap) <= CONTAINER_REACH and bool(CONTAINER_GAP.match(gap))


def site_town(sentence: str, start: int, previous: list[Resolved], offset: int = 0) -> bool:
    """'the Engels air base in Saratov', 'the Ain al-Asad base in Anbar': the town or area a
    named site lies in locates the site, and is not a target of its own."""
    if not previous:
        return False
    return bool(SITE_IN_GAP.match(sentence[previous[-1].mention.end - offset : start]))


# "Rylsk, Kursk region, ...", "Kanni village, Kyondoe town, Kawkareik Township": a larger
# kind of place set off by a comma after a place holds it (not "Tartar, Aghdam and Barda
# districts": a plural kind word makes a list).
APPOSITIVE_GAP = re.compile(
    rf"^(?:\s+(?:{words(KIND_MODIFIERS)}\s+)?{words(KIND_RANKS, plural=True)})?,\s*$",
    re.IGNORECASE,
)
LIST_GOES_ON = re.compile(r"^\s*(?:,\s*[A-Z]|(?:and|&)\s+(?:the\s+)?[A-Z])")


def appositive_region(sentence: str, region: Resolved, after: int, offset: int) -> bool:
    """Is ``region`` set off by a comma right after ``after`` (the end of the place before
    it) and of a larger kind?"""
    gap = sentence[after - offset : region.mention.start - offset]
    rank, rest = kind_rank(sentence, region.mention.end - offset)
    if rank is None or not APPOSITIVE_GAP.match(gap) or list_goes_on(rest, rank):
        return False
    return rank > (kind_rank(sentence, after - offset)[0] or 0)


NEXT_NAME = re.compile(r"^,?\s*(?:(?:and|&)\s+)?(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*")


def list_goes_on(rest: str, rank: int) -> bool:
    """Does a list of places go on after a kind word ("Rylsk, Kursk region and Belgorod"),
    rather than a chain of larger places ("Kyon Doe Town, Kawkareik Township, Karen State")?"""
    if not LIST_GOES_ON.match(rest):
        return False
    name = NEXT_NAME.match(rest)
    following = kind_rank(rest, name.end())[0] if name else None
    return following is None or following <= rank


def kind_rank(sentence: str, end: int) -> tuple[int | None, str]:
    """The rank of the kind word after a name, or ending it ("Kyon Doe Town"), and the text
    after that word."""
    kind_word, rest = kind_word_after(sentence, end)
    if kind_word in KIND_RANKS:
        return KIND_RANKS[kind_word], rest
    last = sentence[max(0, end - 20) : end].rsplit(None, 1)
    return KIND_RANKS.get(last[-1].lower()) if last else None, sentence[end:]


def kind_word_after(sentence: str, end: int) -> tuple[str, str]:
    """The kind word right after a name ("region", past "urban" in "urban district") and
    the text after it."""
    words_after = sentence[end:].split(None, 1)
    if words_after and words_after[0].lower() in KIND_MODIFIERS:
        words_after = words_after[1].split(None, 1) if len(words_after) > 1 else []
    if not words_after:
        return "", ""
    return words_after[0].strip(",.;").lower(), words_after[1] if len(words_after) > 1 else ""


POSSESSIVE = re.compile(r"['’]s?$")


def context_countries(text: str) -> dict[str, int]:
    """Countries the article names as where things are, by count ("Azerbaijan's", "Azeri",
    "Karabakh" -> AZ). An attacker's nationality is not counted: in "Armenian forces shelled
    Tartar" the word "Armenian" says who fired, not where the shells landed."""
    return country_mentions(text)[0]


TOWN_CALLED = re.compile(r"\b(?:town|city|village)\s+of\s+$", re.IGNORECASE)


def country_mentions(
    text: str, capitals: list[tuple[str, int]] | None = None
) -> tuple[dict[str, int], frozenset[str]]:
    """(countries named as places, by count; every country named at all, attackers and
    origins of fire too: "Azerbaijani forces", "fired by Hamas", "drones from Russia").
    ``capitals``: the article's capitalised words with their end offsets, if already found."""
    counts: dict[str, int] = {}
    named: set[str] = set()
    for raw, end in capitalised_words(text) if capitals is None else capitals:
        code = nation_of(raw)
        if code and TOWN_CALLED.search(text, max(0, end - len(raw) - 14), end - len(raw)):
            continue  # ("the town of Azov": a town's name, no group's home)
        if code and (pair := NAME_BEFORE.search(text, max(0, end - len(raw) - 20), end - len(raw))):
            code = nation_code(f"{pair[1]} {raw}") or code  # "South Sudan" is no Sudan
        if not code or VISITOR_AFTER.match(text, end):
            continue  # ("a British surgeon said": no country of the war)
        named.add(code)
        if " in " in text[max(0, end - 40) : end] and group_named_for_it(text, end):
            continue  # ("the Islamic Resistance in Iraq claimed ...": a group's name)
        before = text[max(0, end - len(raw) - 40) : end - len(raw)]
        if not (
            ATTACKER_AFTER.match(text, end) or ATTACKER_BEFORE.search(before)
            or DENIER_AFTER.match(text, end)
        ):  # fmt: skip
            counts[code] = counts.get(code, 0) + 1
    return counts, frozenset(named)


NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


@cache
def groups_named_for_places() -> re.Pattern[str]:
    """Armed groups whose name ends in a country's ("Islamic Resistance in Iraq")."""
    names = [
        row["term"] for row in data_rows("groups.csv")
        if " " in row["term"] and nation_code(row["term"].split()[-1])
    ]  # fmt: skip
    return re.compile(rf"(?:{'|'.join(map(re.escape, names)) or '(?!)'})$")


def group_named_for_it(text: str, end: int) -> bool:
    """The country word ending at ``end`` ends a group's name."""
    return groups_named_for_places().search(text, max(0, end - 60), end) is not None


@lru_cache(maxsize=65536)
def nation_of(word: str) -> str | None:
    """The country a word names ("Armenian", "Azerbaijan’s", "pro-Russian"), or None."""
    word = POSSESSIVE.sub("", word)
    return nation_code(word) or nation_code(word.split("-")[-1])


@lru_cache(maxsize=65536)
def anchor_keys(word: str) -> tuple[str, ...]:
    """The keys a capitalised word may name a region by ("Karabakh’s", "Nagorno-Karabakh")."""
    keys = (name_key(POSSESSIVE.sub("", word)),)
    return (*keys, name_key(word.split("-")[-1])) if "-" in word else keys


def capitalised_words(text: str) -> list[tuple[str, int]]:
    return [(m[0], m.end()) for m in WORD.finditer(text) if m[0][:1].isupper()]


def nation_before(sentence: str, start: int) -> str | None:
    """The country a sentence puts a place in: "the Armenian town of Jermuk", "Azerbaijan's
    Tartar district", "in Tartar, Azerbaijan" (the country code, or None)."""
    before = sentence[max(0, start - 60) : start]
    match = NATION_BEFORE.search(before)
    if not match:
        return None
    ruler = ADMINISTERED_BEFORE.search(before, 0, match.start(1))
    return nation_of(ruler[1]) if ruler else nation_code(match[1])


# "Pakistan-administered Kashmir's Neelum valley": the region's administering country
ADMINISTERED_BEFORE = re.compile(r"\b([A-Z][\w’'-]+)-administered\s+$")


# "the Harran Camp in Syria", "Kidal, Mali": the country set after a place.
# ("Khiam in southern Lebanon": a part of the country may be named)
NATION_AFTER = re.compile(
    # ("the Ain al-Asad air base in western Iraq": a site's kind words between; "the Gara region
    # of northern Iraq": an area's)
    rf"^(?:\s+(?:[a-z-]+\s+){{0,2}}?{words((*SITE_NOUNS, *SUB_PLACE_NOUNS, *FACILITY_NOUNS), plural=True)}"
    rf"(?=\s+in\b)|\s+{words(NAMED_AREA_KINDS, plural=True)}(?=\s+(?:in|of)\b))?"
    r"(?:,|\s+in|(?<=[a-z])\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+|"
    r"central\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b"
)


# "Rajouri in the Jammu region", "Kfar Kila in the Marjayoun district": a named area set
# after a place
AREA_AFTER = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,2}"
    rf"(?i:{words(NAMED_AREA_KINDS)})\b"
)


def area_after(sentence: str, end: int) -> bool:
    return AREA_AFTER.match(sentence, end) is not None


def nation_after(sentence: str, end: int) -> str | None:
    match = NATION_AFTER.match(sentence[end : end + 40])
    if match is None or ATTACKER_AFTER.match(sentence, end + match.end(1)):
        return None  # ("In Kharkiv, Russian forces shelled ...": the attacker's, not Kharkiv's)
    return nation_code(match[1])


def region_anchors_in(text: str, capitals: list[tuple[str, int]] | None = None) -> list[Place]:
    """Regions the article names that pull ambiguous names towards them ("Karabakh")."""
    anchors = region_anchors()
    words = {w for w, _ in (capitalised_words(text) if capitals is None else capitals)}
    keys = {key for w in words for key in anchor_keys(w)}
    return [anchors[k] for k in sorted(keys) if k in anchors]


def resolve_name(gazetteer: Gazetteer, name: str, context: str = "") -> Place | None:
    """One name in the light of a context text (countries and regions it names)."""
    mention = Mention(name, 0, len(name))
    return choose(
        candidates(gazetteer, mention), context_countries(context), region_anchors_in(context)
    )


def is_place_word(word: str) -> bool:
    """A capitalised word that could be (part of) an unknown place name."""
    key = name_key(word)
    if word.lower() in NAME_PREFIXES:
        return capitalised(word)  # "Umm" of "Umm Sirra", "Al" of "Al Safra"
    return (
        capitalised(word) and "’" not in word and "'" not in word and len(key) > 2
        and key not in stopwords() and not nation_code(word)
    )  # fmt: skip


ANCHOR_CITY_KEYS = frozenset(name_key(city) for city in ANCHOR_CITIES)


def candidates(gazetteer: Gazetteer, mention: Mention) -> list[Place]:
    key = name_key(mention.text)
    # (a region that is a city's name too is looked up: only a strike role lets it get here)
    # (nor a group's name, unless the text calls it a town: "the town of Azov")
    nation = (
        nation_code(mention.text) and key not in ANCHOR_CITY_KEYS
        and not (mention.kind_hint == "settlement" and is_group_name(mention.text))
    )  # fmt: skip
    if not key or key in stopwords() or nation or (len(key) < 3 and key not in curated_index()):
        return []  # (a short key only where the curated table names it: "Ibb")
    lower = mention.text.lower()
    if lower in NUMBER_WORDS or lower in VOCABULARY or lower.rstrip("s") in VOCABULARY:
        return []  # "One was hit", "Air strikes hit Tyre", "Drones struck Kursk"
    if lower in TITLES:
        return []  # "Denis Pushilin, Leader of the region,": a title, not a place named Leader
    places = gazetteer.lookup(mention.text)
    if mention.kind_hint == "district":
        # "Tovuz district" -> Tovuz District, "Lviv region" -> Lviv Oblast (its alternate name)
        found = [
            *gazetteer.lookup(mention.text + " District"),
            *gazetteer.lookup(mention.text + " region"),
        ]
        districts = list(dict.fromkeys(p for p in found if p.kind == "district"))
        if not districts:
            # "Anbar province" is Al Anbar, at its biggest town (where no town of its name in
            # that country stands for it: "Aghdam region" is the Aghdam of the towns)
            towns = {p.country for p in places if p.exact}
            districts = [r for r in gazetteer.regions(mention.text) if r.country not in towns]
        places = districts + places or district_seat(gazetteer, mention.text)
        # "the Kurram district": a second-level area no town of its name stands for
        places = places or gazetteer.districts(mention.text)
    elif mention.kind_hint is None and " " not in mention.text and not curated_first(places):
        # "drones hit Crimea": a first-level area no town is named for, placed at its biggest
        # town (the evidence weighed later: a strike role, the article's countries); one word
        # only ("the Red Sea" is no Red Sea State of Sudan); beside towns of its name only in
        # another country ("in Anbar": Al Anbar, Iraq, or Ambar, Turkey)
        key = exact_key(mention.text)  # (spelled as GeoNames does: "Crime" is no Crimea)
        towns = {p.country for p in places}
        places += [
            r
            for r in gazetteer.regions(mention.text)
            if key in {exact_key(name) for name in region_spellings(r.name)}
            and r.country not in towns
        ]
    elif mention.kind_hint is None and not places:
        # "in North Waziristan", "in Upper Nile": an area of two or three words (one word
        # alone is too often something else), not one named for a sea ("the Red Sea")
        places = gazetteer.districts(mention.text) or [
            r for r in gazetteer.regions(mention.text) if not WATER_NAME.search(r.name)
        ]
    elif mention.kind_hint == "settlement" and not places:
        # "the Derazhnianska community": a community named by its seat's (feminine) adjective
        places = district_seat(gazetteer, mention.text, COMMUNITY_ENDINGS)
    return places


def curated_first(places: list[Place]) -> bool:
    """The curated table names a town of that name: its meaning was chosen by hand ("Acre",
    the city in Israel, not the Brazilian state)."""
    return bool(places) and places[0].source == "curated" and places[0].kind != "district"


def district_seat(
    gazetteer: Gazetteer, name: str, endings: tuple[str, ...] = ADJECTIVE_DISTRICT_ENDINGS
) -> list[Place]:
    """A district named by the adjective of its seat, as Russian and Ukrainian districts are
    ("Rylsky district" -> Rylsk, "Sudzhansky" -> Sudzha, "Kupianskyi" -> Kupiansk): the
    seat's town locates the district."""
    ending = next((e for e in endings if name.endswith(e)), None)
    if not ending or len(name) - len(ending) < 3:
        return []
    base = name[: -len(ending)]
    town = base[:-1] if base.endswith("n") else ""  # "Sudzhansky" -> Sudzha
    # (and its other spelling: "Derazhnianska" -> Derazhnia, GeoNames' "Derazhnya")
    spelt = town[:-2] + "ya" if town.endswith("ia") else ""
    # ("Synelnykivskyi" -> Synelnykove: a Ukrainian "-ove" town's adjective in "-ivskyi")
    ove = base[:-2] + "ove" if base.endswith("iv") else ""
    for stem in (base + "sk", base, base + "o", town, spelt, ove):
        seats = [
            p
            for p in (gazetteer.lookup(stem) if stem else [])
            if p.exact and p.kind == "settlement"
        ]
        if seats:
            return seats
    return []


@dataclass(frozen=True)
class Evidence:
    """What the text says about one mention beyond its name."""

    cue: bool = False  # a place cue or a strike role ("in X", "shelled X", "X was hit")
    role: bool = False  # a strike role itself ("shelled X", "X was hit", a list after one)
    toll: bool = False  # where a toll fell ("killing 11 people in X"): a town's own name hit
    country: str | None = None  # the country the sentence puts it in ("the Armenian town of X")
    name: str = ""  # the name as written
    kind: str | None = None  # the kind a word beside it names ("Goranboy region": district)
    whole: bool = True  # the whole name as written, not a part of it ("Ayash" of "Ayash Camp")
    regions: tuple[Place, ...] = ()  # regions its sentence names ("Karabakh towns ... Martuni")


# Weights of the evidence for a candidate place (log10 of population is the base score).
IN_CONTEXT = 3.0  # its country is one the article names as a place
MAIN_NAME = 1.0  # the text uses its main name, not one of its alternate names
STATED_COUNTRY = 5.0  # the sentence names its country right before it
OUT_OF_CONTEXT = -2.0  # a small place in a country the article never names
NEAR_ANCHOR = 2.0  # near a region the article names or a place already resolved
STATED_REGION = 3.0  # near a region its own sentence names ("in one of Karabakh's towns, X")
SAME_SENTENCE = 3.0  # near a place in the same sentence
SAME_LIST_COUNTRY = 1.0  # in the country of the other places its sentence names
KIND_NAMED = 8.0  # of the kind a word beside the name says ("the Goranboy region")
LOOSE_MATCH = -1.0  # only the loose spelling key matched
# a region named bare, where a town has the same name: a bare name is a town's more often
# ("shelled Uri" is the Kashmir town, not the Swiss canton, on a par of size and context)
BARE_REGION = -0.5
BIG_PLACE = 100_000
ALTERNATE_TOWN = 20_000  # a town this big, hit under its one exact alternate name, is not far
FAR_DEGREES = 10.0  # places this far apart are in different wars
TOWN_BY_NAME = 50_000  # a town this big, hit under its main name, needs no country named
SHORT_NAME = 3  # letters of a name short enough to be a code or an abbreviation ("Tap")


def choose(
    places: list[Place],
    countries: dict[str, int],
    near: list[Place],
    local: list[Place] | tuple[Place, ...] = (),
    evidence: Evidence = Evidence(),
    named: frozenset[str] = frozenset(),
) -> Place | None:
    """Weigh every candidate and take the best: context is a prior, not a filter.

    ``local`` are places named in the same sentence ("villages of Dondar Gushchu and
    Aghdam in Tovuz district": the Aghdam next to Dondar Gushchu, not the far town).
    A small place abroad in an article about another country needs its country stated, or a
    strike role and its country named somewhere (as the attacker's, say) or a place the
    article names beside it ("rockets fired from the Gaza Strip hit Sderot"); where the
    article names countries only as attackers, a small place whose own name is spelt
    otherwise (an alternate name, a loose match) must lie in or next to one.
    """
    best, best_score = None, -math.inf
    key = name_key(evidence.name) if evidence.name else ""
    # a long name of several words, or with a place cue, a strike role or a kind word, matches
    # loosely too ("Deir al-Balah" ~ "Dayr al Balah", "hit Nabatiyeh", "in Kabkabiya")
    long_name = len(key) >= 8 and (
        len(WORD.findall(evidence.name)) > 1 or bool(evidence.role or evidence.kind or evidence.cue)
    )
    short = 0 < sum(ch.isalpha() for ch in evidence.name) <= SHORT_NAME
    weak_context = max(countries.values(), default=0) <= 1
    exact = [place for place in places if place.exact]
    sole_exact = exact[0] if len(exact) == 1 else None
    # the places the article placed in sentences before this one (once, for every candidate)
    placed = [other for other in near if other not in local and other.lat == other.lat]
    for place in places:
        if not (place.exact or place.source == "curated" or long_name):
            continue  # a loose spelling match of a short word ("Fresh" ~ "Fraisses")
        # (a curated place is matched by its names and aliases only: each is as good as its main one)
        main_name = bool(key) and (name_key(place.name) == key or place.source == "curated")
        if short and not (main_name or place.source == "curated"):
            continue  # "Tap" is an alternate name (a code) of Tapachula: not enough
        in_context = place.country in countries
        stated = evidence.country is not None and place.country == evidence.country
        if evidence.country and place.country and not stated:
            continue  # "Blida in southern Lebanon" is no Blida in Algeria
        small_abroad = bool(countries) and not in_context and place.population < BIG_PLACE
        beside = any(close(place, other) for other in (*near, *local))
        # a town hit, under its own main name: the sentence's word outvotes the context
        town_hit = main_name and place.exact and place.population >= TOWN_BY_NAME
        # a town of that very name where the dead fell, or hit: the sentence outvotes a
        # country the article names once, for something else ("talks in Saudi Arabia")
        hit_by_name = (
            weak_context
            and (evidence.role or evidence.toll)
            and evidence.whole
            # (its main name, its one exact name, or the one place a long name spells)
            and (
                place.exact
                and main_name
                or place.source == "curated"
                # (spelt otherwise, where nothing else the article placed lies far off)
                or (sole_exact is place or long_name and len(places) == 1)
                and all(close(place, other, FAR_DEGREES) for other in (*near, *local))
            )
            and not off_the_map(place, placed, named)
        )
        # ("off Crimea's Feodosia port": the area the sentence names holds it)
        held = evidence.cue and any(
            o.kind == "district"
            and o.country == place.country
            and close(place, o, DISTRICT_DEGREES)
            for o in local
        )
        if small_abroad and not (
            stated
            or held
            or hit_by_name
            or evidence.role
            and (
                place.country in named
                or beside
                or town_hit
                or next_door(place, evidence, countries, local)
            )
            # (a kind word names it a town: "troops near the border town of Metula" in a
            # Lebanon story is Israel's Metula, not an unknown Lebanese town)
            or evidence.kind == place.kind == "settlement"
            and next_door(place, evidence, countries, local)
        ):
            # "the Tap village" in an article about Azerbaijan is not Tap in Mexico; a strike
            # role carries a small place abroad only into a country the article names at all,
            # or next to a place it names, or a town of its own name
            continue
        as_written = exact_key(place.name) == exact_key(evidence.name)
        # ("eight in Sanaa, five in Hodeidah and seven in Saada": in its list's country; "jets
        # pound Daraa": the one town of that exact alternate name, hit)
        with_local = any(place.country == other.country for other in local)
        sole_town = sole_exact is place and evidence.role and place.population >= ALTERNATE_TOWN
        if (
            not as_written
            and far_from(place, countries, named)
            and not (stated or beside or with_local or sole_town)
        ) or (not countries and off_the_map(place, placed, named) and not (stated or town_hit)):
            continue  # "Kashmir" in an India-Pakistan article is not Cashmere, Washington
        score = math.log10(place.population + 10)
        score += IN_CONTEXT if in_context else OUT_OF_CONTEXT if small_abroad else 0.0
        score += MAIN_NAME if main_name else 0.0
        score += 0.0 if place.exact or place.source == "curated" else LOOSE_MATCH
        score += STATED_COUNTRY if stated else 0.0
        score += KIND_NAMED if evidence.kind and place.kind == evidence.kind else 0.0
        score += BARE_REGION if place.kind == "district" and not evidence.kind else 0.0
        score += NEAR_ANCHOR if any(close(place, other) for other in near) else 0.0
        score += STATED_REGION if any(close(place, r) for r in evidence.regions) else 0.0
        score += SAME_SENTENCE if any(close(place, other, 0.3) for other in local) else 0.0
        # ("the governorates of Taiz, Hodeidah and Al-Bayda": in the country of its list)
        score += SAME_LIST_COUNTRY if with_local and local else 0.0
        if score > best_score:
            best, best_score = place, score
    return best


def next_door(
    place: Place,
    evidence: Evidence,
    countries: dict[str, int],
    local: list[Place] | tuple[Place, ...],
) -> bool:
    """A place hit across the border of a country the article is about ("the Armenian defence
    ministry said rockets struck Tartar"), named in full under its main name, not far from the
    other places its sentence names: wars are fought next door."""
    main_name = name_key(place.name) == name_key(evidence.name) or place.source == "curated"
    # (or a name of several words, spelt another way: "Deir al-Balah" ~ "Dayr al Balah")
    spelt_otherwise = len(WORD.findall(evidence.name)) > 1 and len(name_key(evidence.name)) >= 8
    return (
        (main_name and place.exact or spelt_otherwise) and evidence.whole
        and bool(neighbours().get(place.country, frozenset()) & countries.keys())
        and all(close(place, other) for other in local)
    )  # fmt: skip


def far_from(place: Place, countries: dict[str, int], named: frozenset[str]) -> bool:
    """An article that names countries only as attackers ("Pakistan Army shelled ...") still
    sets a region: a small place neither in nor next to a country it names is far off
    (evidence enough against an alternate-name match, not against the main name)."""
    if countries or not named or place.population >= BIG_PLACE or place.country in named:
        return False
    return not named & neighbours().get(place.country, frozenset())


def off_the_map(place: Place, placed: list[Place], named: frozenset[str]) -> bool:
    """The places the article placed in sentences before (``placed``) set a region too: a
    small place in a country the article never names, far from all of them, is a namesake ("a
    market in the Mayo district" after Khartoum is no Maio in Cape Verde). A big town hit
    under its main name is no namesake ("fired a missile at Eilat" after Hodeidah): the
    caller lets it through."""
    if not placed or place.population >= BIG_PLACE or place.country in named:
        return False
    return not any(close(place, other, FAR_DEGREES) for other in placed)


DISTRICT_DEGREES = 1.5  # a place this close to a district's centre may lie in it
CITY = 100_000  # people: a place this big has districts of its own ("Kyiv's Darnytskyi")
PART_OF_CITY_KM = 12.0  # a part of a city (district, quarter, camp) lies this close to its centre
PART_OF_CITY_KM_PER_ROOT = 0.01  # ... or farther in a bigger one: 17 km in Kyiv (2.9 million)


def part_of_city_km(city: Place) -> float:
    """How far from a city's centre its parts may lie: a city's reach grows with the square
    root of its people (Kyiv's Holosiivskyi district, 12 km out)."""
    return max(PART_OF_CITY_KM, math.sqrt(city.population) * PART_OF_CITY_KM_PER_ROOT)


def within_reach(city: Place, place: Place) -> bool:
    """The place lies close enough to the city's centre to be a part of it."""
    return distance_km((city.lat, city.lon), (place.lat, place.lon)) <= part_of_city_km(city)


def close(a: Place, b: Place, degrees: float = 0.75) -> bool:
    return abs(a.lat - b.lat) < degrees and abs(a.lon - b.lon) < degrees


# "shot down 35 drones over Russian regions", "missiles fired into Israeli territory": where
# a sentence's strikes fall, by the nation's word
SCENE = re.compile(
    r"\b(?:over|across|into|in|on)\s+(?:the\s+)?(?P<nation>[A-Z][\w’'-]+)\s+"
    rf"{words(SCENE_NOUNS)}\b"
)


def scene_abroad(text: str, country: str) -> bool:
    """The sentence's strikes fall in another nation's land ("over Russian regions")."""
    return any(
        (code := nation_code(m["nation"])) is not None and code != country
        for m in SCENE.finditer(text)
    )
