"""Every word the extractor knows, defined once.

Each table is data: a word (or a phrase) per entry. The rule modules build their regexes and
prefilters from these tables with :func:`words`, so adding a word here is the whole change
(``tests/test_lexicon.py`` checks that every entry is matched by what is built from it).
The few entries that must be regex fragments live in ``*_PATTERNS`` tables, each with an
example it must match.

Place names, country names and demonyms are not here: they are in ``data/places.csv``,
``data/nations.csv`` and ``data/stopwords.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property

# ---------------------------------------------------------------- building regexes


def words(entries: Iterable[str], plural: bool = False) -> str:
    """One non-capturing group that matches any of the words or phrases, longest first.

    Built as a character trie ("shell|shelled|shelling" -> "shell(?:ed|ing)?"), which Python's
    regex engine scans far faster than a flat alternation. Spaces in a phrase match any run of
    whitespace; ``plural`` also accepts an -s/-es ending.
    """
    trie: dict = {}
    for entry in entries:
        node = trie
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = {}
    ending = r"(?:e?s)?" if plural else ""
    return f"(?:{trie_pattern(trie)}){ending}"


def trie_pattern(node: dict) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    ends_here = "" in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if ends_here else group


class Caseless:
    """A case-insensitive pattern with a fast yes/no test.

    CPython's ``re`` scans a case-insensitive alternation three to four times slower than a
    case-sensitive one, so :meth:`test` runs the lower-cased pattern case-sensitively over the
    lower-cased text. Matches that give offsets or text (:meth:`search`, :meth:`finditer`,
    :meth:`sub`) run the case-insensitive pattern on the text itself.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    @cached_property
    def lower(self) -> re.Pattern[str]:
        """Compiled on first use, like ``exact``: start-up pays for neither."""
        return re.compile(ESCAPE_OR_TEXT.sub(lower_unescaped, self.pattern))

    @cached_property
    def exact(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)

    def test(self, text: str, lowered: str = "") -> bool:
        """Whether the pattern matches anywhere in ``text`` (``lowered``: its lower case, if a
        caller testing several patterns already has it)."""
        lowered = lowered or text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer ("İ")
            return self.exact.search(text) is not None
        return self.lower.search(lowered) is not None

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.exact.search(text, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.exact.match(text, *bounds)

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        return self.exact.finditer(text, *bounds)

    def spans(self, text: str, lowered: str = "") -> list[tuple[int, int]]:
        """(start, end) of every match, found the fast way where offsets allow it."""
        lowered = lowered or text.lower()
        pattern, target = (self.lower, lowered) if len(lowered) == len(text) else (self.exact, text)
        return [m.span() for m in pattern.finditer(target)]

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.exact.sub(replacement, text)


# An escape ("\\S", "\\B") or a group's name ("(?P<num>"), kept as written, or a run of
# pattern text (lower-cased).
ESCAPE_OR_TEXT = re.compile(r"(\\.|\(\?P[<=][^>)]*[>)])|[^\\(]+|\(", re.DOTALL)


def lower_unescaped(piece: re.Match[str]) -> str:
    return piece[0] if piece[1] else piece[0].lower()


def forms(table: dict[str, tuple[str, ...]], base: bool = False) -> list[str]:
    """All inflected forms of a verb table (and the base forms when ``base``)."""
    found = [form for inflected in table.values() for form in inflected]
    return found + list(table) if base else found


# ---------------------------------------------------------------- strikes

# Attack verbs: base form -> the forms that report an attack. The base forms are what a threat
# uses ("threatened to strike"); the inflected forms report a strike ("shelled", "striking").
ATTACK_VERBS: dict[str, tuple[str, ...]] = {
    "hit": ("hit", "hits", "hitting"),
    "strike": ("struck", "strikes", "striking"),
    "shell": ("shelled", "shells", "shelling"),
    "rocket": ("rocketed", "rocketing"),
    "target": ("targeted", "targets", "targeting", "targetted", "targetting"),
    "bomb": ("bombed", "bombs", "bombing"),
    "bombard": ("bombarded", "bombarding", "bombardment"),
    "attack": ("attacked", "attacks", "attacking"),
    "fire": ("fired", "firing"),
    "launch": ("launched", "launching"),
    "pound": ("pounded", "pounding", "pounds"),
    "rake": ("raked", "raking"),
    "strafe": ("strafed", "strafing", "strafes"),
    "blast": ("blasted", "blasts"),
    "destroy": ("destroyed", "destroying"),
    "damage": ("damaged", "damaging"),
    "level": ("leveled", "levelled"),
    "flatten": ("flattened",),
    # (a headline's plural present too: "Russian rockets slam into Kharkiv")
    "slam": ("slammed into", "slams into", "slamming into", "slam into"),
    "crash": ("crashed into", "crashing into", "crash into", "crashes into"),
    "batter": ("battered", "battering", "batters"),
    "hammer": ("hammered", "hammering", "hammers"),
    "pummel": ("pummelled", "pummeled", "pummelling", "pummeling", "pummels"),
    "rain": ("rained down on", "raining down on", "rain down on", "rains down on"),
}
# The past tense of every attack verb ("shelled", "struck"): what was done, not threatened
ATTACK_PASTS = tuple(past for past, *_ in ATTACK_VERBS.values())
# What a person has, not a place: "Ahmad's death", "Rahman's family" (the name is a person).
PERSON_POSSESSIONS = ("death", "body", "family", "wife", "husband", "son", "daughter", "children",
                      "brother", "sister", "mother", "father", "funeral", "killing", "relatives",
                      "widow", "son-in-law", "colleagues", "lawyer", "spokesman", "office")  # fmt: skip
# Adverbs that may stand between an attacker and its verb ("Russia again shelled Kherson",
# "the Azerbaijanis once again target Martuni").
ATTACK_ADVERBS = ("also", "reportedly", "again", "once again", "repeatedly", "allegedly",
                  "deliberately", "then", "later", "earlier", "now")  # fmt: skip
# Sides named by a common noun whose gunfire is an attack: "killed by army fire", "enemy fire
# wounded two" (besides the demonyms and groups of data/).
FIRING_SIDES = ("army", "enemy", "troops", "soldiers", "sniper", "tank", "machine-gun",
                "small-arms", "occupation", "militia", "rebel", "paramilitary")  # fmt: skip
# Words after a people's plain-present attack verb that show no strike ("Palestinians launch a
# hunger strike", "Ukrainians fire back at critics", "Syrians destroy their old cards").
FIGURATIVE_OBJECT_LEADS = ("a", "an", "back", "up", "out", "down", "their", "his", "her", "its",
                           "our", "my")  # fmt: skip
# Ground actions: the places they take are no strike targets ("Azerbaijan liberated X, Y and Z
# villages ... and destroyed positions"; "Russian forces captured Avdiivka").
GROUND_VERBS = ("liberated", "liberates", "captured", "captures", "recaptured", "retook",
                "seized", "seizes", "took control of", "taking control of", "occupied",
                "freed", "overran", "entered", "control of",
                # a headline's present: "Rebels seize Aleppo", "Army retakes Wad Madani"
                "seize", "capture", "liberate", "recapture", "recaptures", "retake", "retakes",
                "overrun", "overruns", "take control of", "takes control of", "enter", "enters",
                # an advance on the ground: "as tanks pushed deeper into Rafah"
                "advanced into", "advanced deeper into", "advanced further into", "pushed into",
                "pushed deeper into", "pushed further into", "moved into", "rolled into",
                "advancing into", "pushing into", "pushing deeper into",
                # ... or toward it: "as Russian troops advanced near Pokrovsk"
                "advanced near", "advanced toward", "advanced towards", "advanced on",
                "advancing near", "advancing toward", "advancing towards", "advancing on",
                "pushed toward", "pushed towards", "pushing toward", "pushing towards",
                "moved toward", "moved towards", "closed in on", "closing in on",
                "marched on", "marching on",
                # a front's direction of assault: "attacked in the direction of Robotyne" (not
                # fire: "fired 3 missiles in the direction of the Siyazan region")
                "attacked in the direction of", "attacking in the direction of",
                "attacks in the direction of", "assaults in the direction of",
                "advanced in the direction of", "advancing in the direction of",
                "stormed in the direction of")  # fmt: skip
# Fighting on the ground with a force: "clashed with Israeli troops near the village of X" (a
# place in that clause is where the fighting was, not a strike's target)
COMBAT_VERBS = ("clashed", "clashing", "clashes", "fought", "fighting", "battled", "battling",
                "exchanged fire")  # fmt: skip
# Adverbs beside a report verb: "Hezbollah later said it had fired", "said later it had".
SPEECH_ADVERBS = ("later", "also", "earlier", "separately", "subsequently", "then")
# Verbs that carry an attack noun ("Israel carried out an air strike on X"): their subject is
# the attacker.
# Verbs of going on with an attack: "Armenia continues to shell", "Russia resumed its strikes".
ASPECT_VERBS = ("continues", "continue", "continued", "continuing", "keeps", "kept", "began",
                "begins", "started", "starts", "resumed", "resumes", "intensified")  # fmt: skip
# A headline's present of firing weapons, never a word of a force's name ("Russia fires drones
# at Kyiv": Russia, not "Russia fires drones")
LAUNCHING_VERBS = ("fires", "launches", "uses", "deploys", "shoots")
CARRY_OUT_VERBS = ("carried out", "carries out", "conducted", "conducts", "staged", "mounted",
                   "unleashed", "used")  # fmt: skip
# Deaths that are no strike: "killed in clashes near X", "died in a car crash in X".
NOT_STRIKE_DEATHS = ("clash", "clashes", "fighting", "battle", "battles", "combat", "ambush",
                     "accident", "crash", "gunfight", "firefight", "shootout", "stampede",
                     "custody", "prison", "detention", "executed", "execution")  # fmt: skip
# "denied carrying out a strike on Rafah": what a denial rejects
CARRY_OUT_GERUNDS = ("carrying out", "conducting", "staging", "mounting", "launching",
                     "being behind", "responsibility for")  # fmt: skip
# Nouns and phrases that report an attack without an attack verb.
STRIKE_NOUNS = (
    "airstrike", "airstrikes", "air strike", "air strikes", "air-strike", "air-strikes",
    "air raid", "air raids", "drone raid", "drone raids", "aerial raid", "aerial raids",
    "strike", "shell", "target", "bomb", "bombard", "attack",
    "opened fire", "rocket fire", "artillery fire", "mortar fire", "tank fire", "howitzer fire",
    "shellfire",
    "under fire", "in the direction of", "came under", "come under", "comes under",
    "explosion", "explosions", "blast", "landed", "cluster munition", "cluster munitions",
)  # fmt: skip
# Drones and missiles stopped in the air over a place ("a drone was neutralized near the
# village of Kozino", "intercepted a ballistic missile launched toward Jazan").
INTERCEPT_VERBS = ("intercepted", "shot down", "downed", "neutralized", "neutralised",
                   "repelled")  # fmt: skip
AERIAL_WEAPONS = ("drone", "UAV", "missile", "rocket", "projectile", "unmanned aerial vehicle")
# (not "destroyed missile launchers near X": launchers are no flying weapon)
AERIAL_NOT = ("launcher", "launchers", "system", "systems", "depot", "depots", "warehouse",
              "warehouses", "unit", "units", "positions")  # fmt: skip
INTERCEPT_PLACE_WORDS = ("over", "above", "heading for", "heading towards", "flying towards",
                         "towards", "toward", "approaching", "targeting", "on approach to",
                         "en route to", "aimed at", "bound for")  # fmt: skip
# Of those, the ones that name the place a flying weapon was sent at, whatever verb: a strike
# role ("drones were shot down on approach to Moscow")
HEADING_WORDS = ("heading for", "heading towards", "flying towards", "on approach to",
                 "en route to", "aimed at", "bound for")  # fmt: skip
# A drone "destroyed near X" shows no attack on X (ANNOTATION.md); one "shot down near X" does.
# (verbs, place words, an active and a passive example)
INTERCEPT_GROUPS = (
    (words(INTERCEPT_VERBS), rf"{words((*INTERCEPT_PLACE_WORDS, 'near'))}\b",
     "air defences downed 12 Ukrainian drones over the Bryansk region",
     "a drone was shot down by the army near Belgorod"),
    ("destroyed", rf"{words(INTERCEPT_PLACE_WORDS)}\b",
     "the coalition destroyed a missile launched toward Jazan",
     "two drones were destroyed over Belgorod"),
)  # fmt: skip
AERIAL = rf"{words(AERIAL_WEAPONS, plural=True)}(?! {words(AERIAL_NOT)}\b)"
# Regions the article's context counts that are cities too, hit under that name: "jets struck
# Gaza" (Gaza City), "drones hit Nakhchivan" (the exclave's capital)
ANCHOR_CITIES = ("Gaza", "Nakhchivan")
# Sending weapons at a place: "Russia sent 40 drones at Kyiv", "Hezbollah hurled rockets into"
SENDING_VERBS = ("sent", "sends", "send", "sending", "hurled", "hurls", "hurling", "unleashed",
                 "unleashes", "lobbed", "lobs", "flung", "dispatched")  # fmt: skip
# A headline's plural subject and present-tense verb ("Russian drones pound Odesa port").
HEADLINE_SUBJECTS = ("drone", "missile", "rocket", "shell", "bomb", "jet", "warplane", "plane", "tank",
                     "troop", "force", "gun", "rebel", "militant", "fighter", "soldier",
                     "helicopter",
                     # one word for many, or a body: "Israeli aircraft pound Gaza City", "Russian
                     # army pounds Kharkiv"
                     "aircraft", "artillery", "army", "military", "navy", "junta", "militia",
                     "unit")  # fmt: skip
# Who shoots: "troops shot dead a man", "shot by a sniper"
SHOOTERS = ("troops", "soldiers", "forces", "gunmen", "fighters", "militants", "militiamen",
            "sniper", "snipers", "army")  # fmt: skip
SHOOTER = rf"{words(SHOOTERS)}\b"
HEADLINE_VERBS = ("pound", "batter", "hammer", "pummel", "rake", "blast", "bombard", "shell")
STRIKE_PATTERNS = (
    (r"under (?:[#\w-]+ ){0,3}(?:fire|shelling|attack|bombardment)", "under heavy Russian shelling"),
    (r"subjected to (?:[#\w-]+ ){0,3}(?:fire|shelling|attacks?|bombardment|strikes?)",
     "the settlements were subjected to fire"),
    # ... and in the active voice: "subjected the Goranboy district to intense fire"
    (r"subject(?:ed|ing|s)? (?:[#\w’'-]+,? ){1,16}?to (?:[#\w-]+ ){0,3}?"
     r"(?:fire|shelling|attacks?|bombardment|strikes?)",
     "forces are subjecting the Tartar, Aghdam and Aghjabadi districts to fire"),
    (r"open(?:ed|s)? (?:[\w-]+ ){1,2}fire", "opened heavy fire against the settlements"),
    # a place's damage, after the attack was told: "The Nevatim air base suffered minor damage"
    # (not weather's: "suffered heavy damage in the storm")
    (r"(?:suffered|sustained) (?:minor |slight |light |some |heavy |serious |extensive |"
     r"significant |major |severe )?damage\b(?![^.;]{0,40}\b(?:storms?|floods?|flooding|"
     r"earthquakes?|quakes?|fires?|wildfires?|winds?|rains?|hurricanes?|cyclones?|typhoons?|"
     r"tornado(?:e?s)?|snow|war)\b)", "the air base suffered minor damage"),
    (r"(?:heavy|intense|intensive|artillery|mortar|rocket|sniper|machine-gun) fire "
     r"(?:on|at|against|towards?)", "intense mortar fire on the village"),
    # an air raid told by its aircraft: "Israeli jets raided Nabatieh" (not a ground raid)
    (r"(?:jets|warplanes|aircraft|planes|drones|helicopters|gunships) (?:[\w-]+ )?raided",
     "warplanes raided the town"),
    # ... or the raids they carried out: "warplanes carried out a series of raids on Khiam"
    (r"(?:jets|warplanes|aircraft|planes|drones|helicopters|gunships) (?:[\w-]+ ){1,5}?raids? "
     r"(?:on|against|targeting)", "warplanes carried out a series of raids on the town"),
    # what flies or is fired, falling on a place: "two missiles fell on the town", "rockets
    # fell on Kiryat Shmona", "mortar shells fell in the village", "bombs fell near the school"
    # (a headline's present: "Houthi missile lands near Eilat")
    # (or what is left of one shot down: "missile debris fell on a house in Kyiv")
    (rf"(?:{AERIAL}|shells?|bombs?|mortars?|(?:mortar|artillery|tank) rounds?|debris) "
     r"(?:fell|falls?|landed|lands?|struck|exploded|explodes?)",
     "two missiles fell on the town"),
    # ... or some of them, told after: "30 projectiles crossed from Lebanon, some fell in open
    # areas near Safed", "drones were launched, two of which struck the port"
    (rf"(?:{AERIAL}|shells?|bombs?)\b[^.;]{{0,80}}?,? (?:some|one|two|three|several|most|many|"
     r"\d+)(?: of (?:which|them))? (?:fell|landed|struck|exploded|hit)",
     "ten rockets were fired, some of which fell near the town"),
    # fire as a verb, not the noun of a blaze: "continue to fire on the settlements of ...",
    # "firing at Tovuz"
    (r"(?<!not )(?<!never )(?:to fire|firing) (?:on|at|upon|towards?)\b",
     "forces continue to fire on the settlements of the region"),
    # what a side rains on a place: "rained rockets on Kharkiv", "hurled mortar shells at"
    (rf"(?:rain(?:ed|ing|s)?|shower(?:ed|ing|s)?|hurl(?:ed|ing|s)?|lobb(?:ed|ing)|lobs?"
     rf"|unleash(?:ed|es|ing)?|pour(?:ed|ing|s)?) (?:[\w-]+ ){{0,3}}?"
     rf"(?:{AERIAL}|shells?|bombs?|mortars?|fire|grenades?) (?:on|at|upon|into|down on)\b",
     "forces rained rockets on the town"),
    # the wording of Syrian and Iranian state media: "launched an air aggression targeting ..."
    (r"(?:air|missile|drone|rocket)\s+aggression", "the enemy launched an air aggression on the town"),
    # a bomber's own blast: "a suicide bomber blew himself up at a market in Maiduguri"
    (r"bombers? (?:blew (?:himself|herself|themselves) up|detonated)",
     "a suicide bomber blew himself up at a market in the town"),
    (r"dropp(?:ed|ing) (?:[\w-]+ ){0,3}(?:explosives?|bombs?|grenades?|munitions?|"
     r"(?-i:KAB|FAB)s?(?:-\d+)?)",
     "a drone dropped an explosive device on the village"),
    # what flies or is fired, wrecking what it hit: "drones set ablaze an oil depot", "an
    # Israeli drone took out a car near Tyre"
    (rf"(?:{AERIAL}|shells?|bombs?) (?:[\w-]+ )?(?:set (?:ablaze|alight|on fire|fire to)|took out|"
     r"ripped through|tore through|smashed into)", "drones set ablaze an oil depot"),
    # ... the thing set between ("drones set an oil refinery ablaze"), or the blaze the attack
    # started ("a drone attack sparked a fire at an oil depot")
    (rf"(?:{AERIAL}|shells?|bombs?) (?:[\w-]+ )?set (?:[\w-]+ ){{1,5}}?(?:ablaze|alight|on fire)\b",
     "drones set an oil refinery ablaze"),
    (rf"(?:{AERIAL}|shells?|shelling|bombs?|bombing|(?:air ?|drone |missile )?(?:strikes?|attacks?)) "
     r"(?:[\w-]+ )?(?:sparked|started|caused|triggered|ignited) (?:an? )?(?:[\w-]+ )?"
     r"(?:fires?|blazes?)\b", "a drone attack sparked a fire at an oil depot"),
    (r"(?:using|used) (?:[\w-]+,? ){0,4}?(?:artillery|mortars?|howitzers?|rocket launchers?) "
     r"(?:[\w,-]+ ){0,4}?(?:near|at|against|on|in)\b",
     "forces have been using artillery, mortars and other weapons near the settlements"),
    # gunfire at a named place is an attack, weapon unspecified (ANNOTATION.md)
    (r"(?:gun|sniper |machine-gun |small-arms )fire (?:killed|wounded|injured|hit|struck)",
     "sniper fire killed a man in the village"),
    (r"(?:killed|wounded|injured|hit) by (?:heavy |automatic )?"
     r"(?:gun|sniper |machine-gun |small-arms )fire", "a man was wounded by gunfire in the village"),
    (r"snipers? (?:shot dead|shot and killed|killed|wounded|injured)",
     "snipers killed a man in the village"),
    (r"(?:killed|wounded|injured) by (?:an? |the )?(?:[\w-]+ )?snipers?\b",
     "a man was killed by a sniper in the village"),
    # a side's shooting at a named place: "soldiers shot dead a man in Jenin", "a man was shot
    # dead by troops in the village" (not a shot of a camera or a film)
    (rf"{SHOOTER} (?:[\w-]+ )?shot (?:dead|and (?:killed|wounded|injured))",
     "soldiers shot dead a man in the village"),
    (rf"shot (?:dead |and (?:killed|wounded|injured) )?by (?:an? |the )?(?:[\w-]+ ){{0,2}}?"
     rf"{SHOOTER}", "a man was shot dead by troops in the village"),
    # debris of a downed drone or missile that fell on a place: an attack on it
    (r"(?:debris|fragments|wreckage)\s+(?:(?:of|from)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2})?"
     r"(?:fell|hit|struck|damaged|landed|injured|wounded|killed)",
     "drone debris fell on a house in the district"),
    (r"falling (?:debris|fragments|wreckage) (?:[\w-]+ ){0,3}?(?:injured|wounded|killed|damaged|hit)",
     "falling debris injured four people"),
    # (in the passive, and shrapnel: "a girl was wounded by shrapnel in Arad", "two people were
    # hurt by falling debris in Kyiv")
    (r"(?:injured|wounded|killed|hurt|damaged) by (?:falling |flying )?(?:debris|fragments|"
     r"wreckage|shrapnel)", "a girl was wounded by shrapnel in the town"),
    (r"shrapnel (?:[\w-]+ )?(?:hit|struck|damaged|injured|wounded|killed)",
     "shrapnel struck a car in the village"),
    # drones or missiles downed over, near or heading for a place: an attack on it
    # (ANNOTATION.md)
    *(
        # ("downed 24 of 30 Shahed drones, most of them over the Kyiv region": a count, a comma)
        (rf"{verb} (?:[\w-]+ ){{0,5}}?{AERIAL},? (?:[\w,-]+ ){{0,5}}?{where}", active)
        for verb, where, active, _ in INTERCEPT_GROUPS
    ),
    *(
        (rf"{AERIAL} (?:were|was|had been|have been) {verb} (?:[\w,-]+ ){{0,4}}?{where}", passive)
        for verb, where, _, passive in INTERCEPT_GROUPS
    ),
    # a follow-up's pronoun for the drones or missiles told before: "Russia launched 30 drones
    # overnight. Air defences downed 25 of them over the Odesa and Kherson regions"
    (rf"{words((*INTERCEPT_VERBS, 'destroyed'))} (?:[\w-]+ )?of them,? (?:[\w,-]+ ){{0,3}}?"
     rf"{words(INTERCEPT_PLACE_WORDS)}\b",
     "air defences downed 25 of them over the Odesa region"),
    # a headline drops the auxiliary: "Indian drones downed over Lahore"
    (rf"{AERIAL} {words(INTERCEPT_VERBS)} (?:over|near|above)\b", "Indian drones downed over Lahore"),
    (rf"{AERIAL} (?:[\w-]+ ){{0,2}}?(?:{words((*HEADING_WORDS, 'approaching'))}) "
     rf"(?:[\w-]+ ){{0,3}}?(?:were|was|had been|have been) {words((*INTERCEPT_VERBS, 'destroyed'))}",
     "two missiles heading for Kyiv were shot down"),
    (r"(?:using|used) (?:[\w-]+ ){0,3}?(?:drones?|UAVs?|missiles?|rockets?|artillery|warplanes|"
     r"jets|aircraft) to (?:target|strike|attack|hit|bomb|shell|pound)",
     "the army said it had used drones to target positions in the town"),
    # a headline's present tense with a plural subject: "Russian drones pound Odesa port"
    (rf"{words(HEADLINE_SUBJECTS, plural=True)} {words(HEADLINE_VERBS, plural=True)}\b",
     "Russian drones pound Odesa port"),
    # weapons sent at a place: "Russia sent 40 drones at Kyiv", "hurled rockets into Sderot"
    (rf"{words(SENDING_VERBS)} (?:[\w-]+ ){{0,3}}?(?:{AERIAL}|shells?|bombs?|mortars?|projectiles?) "
     r"(?:at|on|towards?|into|against|over)\b", "Russia sent 40 drones at Kyiv overnight"),
    # a headline's present tense: "Russia fires missiles at Kyiv", "Houthis launch drones at"
    (r"(?:fire|fires|launch|launches) (?:[\w-]+ ){0,3}?(?:missiles?|rockets?|drones?|shells?|"
     r"mortars?|UAVs?|projectiles?) (?:at|on|towards?|into)\b",
     "Houthis fire ballistic missiles at the port"),
)  # fmt: skip

# Verbs that negate an attack verb after them: "did not strike", "was not shelled".
AUXILIARY_VERBS = ("did", "does", "do", "has", "have", "had", "was", "were", "is", "are")
# A verb's mood that tells of what may come, not what happened: "an attack on El Fasher
# could lead to a bloodbath"; a warning's verb too ("The UN has warned that ...")
MODAL_WORDS = ("would", "could", "might", "may", "will")
UNREAL_WORDS = (*MODAL_WORDS, "warned", "warns")
# A strike that did not happen: "could target", "threatened to strike", "if ... attack".
HYPOTHETICAL_CUES = (
    *UNREAL_WORDS, "threaten to", "threatened to", "threatens to",
    "plan to", "plans to", "vowed to", "if", "unless", "refrain from", "ready to",
    "preparing for", "preparing to", "prepares for", "prepared for", "poised to", "set to",
    "expected to", "about to", "intends to", "intend to", "in case of",
    # "We expect the enemy to attack in the coming weeks"
    "expect", "expects", "anticipate", "anticipates",
    # a plot or a drill is no strike: "suspected of planning an attack", "drills simulating a
    # missile attack"
    "planning", "plotting", "planned", "plotted", "simulating", "simulated", "mock",
    # a strike feared: "thousands fled Rafah fearing air strikes"
    "fearing", "fear of", "fears of", "afraid of",
    # ... or threatened: "schools closed because of the threat of air strikes"
    "threat of", "threats of", "risk of", "danger of",
    # a strike a side can make: "Hezbollah is capable of striking Tel Aviv"
    "capable of", "able to", "ability to", "capacity to", "capability to", "capabilities to",
    # ... or weighs: "Israel has not ruled out striking Isfahan"
    "rule out", "rules out", "ruled out", "ruling out",
)  # fmt: skip
# Cues of a plan or a fear that take the strike's noun, not only its verb: "planning
# airstrikes on El Fasher", "fearing air raids".
# Strikes awaited, not yet come: "Kyiv braced for a new wave of Russian missile strikes"
AWAITING_CUES = ("braced for", "bracing for", "braces for", "braced itself for",
                 "bracing itself for", "braced themselves for", "steeled itself for")  # fmt: skip
PLAN_CUES = ("planning", "plotting", "planned", "plotted", "preparing", "fearing", "fear of",
             "fears of", "threat of", "threats of", "risk of", "danger of",
             # "Israel has not ruled out strikes on Isfahan", "weighing air strikes on ..."
             "rule out", "rules out", "ruled out", "ruling out", "weighing", "considering",
             "mulling")  # fmt: skip
HYPOTHETICAL_PATTERNS = (
    (r"no reason (?:[\w-]+ ){0,4}to", "no reason for us to"),
    # "accused Azerbaijan of preparing an attack on Syunik" (not "preparing a meal when a
    # shell hit": the attack's noun follows at once)
    (
        r"prepar(?:ing|es|e|ed) (?:an?|another)(?= (?:(?:new|fresh|large-scale|massive|major|"
        r"missile|drone|air|ground) ){0,2}(?:attack|strike|offensive|assault))",
        "accused Azerbaijan of preparing an attack on Syunik",
    ),
    # a vow with a day between: "vowed on Sunday to keep targeting ships"
    (
        r"(?:vowed|vows|pledged|pledges|promised|promises|threatened|threatens) (?:[\w-]+ ){1,3}?to",
        "the Houthis vowed on Sunday to",
    ),
    # a condition with its subject and verb before the attack word: "if the group escalated
    # its attacks", "if Russia keeps shelling"
    (r"if (?:[\w'’-]+ ){1,2}[\w'’-]+", "if the group escalated"),
    # a fear of strikes to come: "residents fear fresh strikes" (not "fled in fear as shells hit")
    (
        r"(?:fear|fears|feared|fearing|dread|dreads) (?:of )?(?:new|fresh|more|further|renewed|another)",
        "residents fear fresh",
    ),
)

# Summaries of the whole war rather than one strike ("the clashes have killed dozens").
# Tallies of the war's dead: who states one speaks of the war, not of one strike ("According to
# their latest figures, officials say 45 civilians have died").
# A count over several strikes, each of them a strike still: "killing 12 people in the two
# attacks", "Strikes on Kharkiv and Sumy on Sunday killed seven people in total"
SEVERAL_STRIKES_CUES = ("in total", "in the two attacks", "in both attacks", "in the two strikes",
                        "in both strikes", "in the three attacks", "in the three strikes",
                        "in the two raids", "in both raids")  # fmt: skip
WAR_TALLY_CUES = ("latest figures", "latest tally", "overall death toll", "death toll since",
                  "cumulative", "to date", "since the start", "since the beginning",
                  "since the war", "since the conflict", "since the invasion")  # fmt: skip
TALLY_CUES = (*WAR_TALLY_CUES, *SEVERAL_STRIKES_CUES)
WAR_SUMMARY_CUES = (
    *WAR_TALLY_CUES,
    "since start", "since beginning", "since the outbreak", "since outbreak", "since september",
    "since october", "total of", "death toll of the war",
    "over the past week", "over the past weeks", "over the past month", "over the past months",
    "since fighting", "since the fighting", "have killed dozens", "have killed hundreds",
    "have killed thousands", "in the war", "during the war", "of the war", "in the conflict",
    "since the full-scale invasion", "in a war", "a war in", "the war's", "during the conflict",
    "military offensive", "ground offensive", "offensive against", "full-scale invasion",
    "war on", "daily occurrence", "everyday occurrence", "daily reality", "part of daily life",
    "almost every day", "nearly every day", "day after day", "night after night",
    # a tally of a year, a month: "shelling in the region has killed 500 civilians this year"
    "killed so far this year", "this year alone", "since january", "since the start of the year",
)  # fmt: skip
# Verbs of telling after which a day is the telling's, not a habit's ("have endured daily
# shelling, locals told Reuters on Sunday")
SPEECH_PASTS = ("said", "says", "told", "tells", "reported", "reports", "added")
HABITUAL_WORDS = ("repeated", "regular", "constant", "daily", "frequent", "nightly", "relentless",
                  "incessant", "continuous", "persistent", "near-daily")  # fmt: skip
HABITUAL_NOUNS = ("attacks", "shelling", "strikes", "fire", "bombardment", "airstrikes", "bombardments",
                  "bombings", "raids")  # fmt: skip
# A strike remembered, not reported: "the anniversary of the 1992 shelling", "a memorial to
# victims of the bombing of X", "a film about the siege".
# (not "memorial" or "museum" alone: "a missile hit a museum in Kharkiv" is a strike)
COMMEMORATION_CUES = ("anniversary", "memorial to", "memorial service", "commemorat",
                      "remembrance", "film about", "documentary", "book about",
                      "exhibition about", "exhibition on", "exhibition of", "exhibit about",
                      "museum of",
                      "in memory of", "marked one year since", "marks one year since",
                      "mark one year since", "marked a year since", "marks a year since",
                      "mark a year since",
                      # "marked two years since the first missile strikes on the city"
                      "years since the", "months since the")  # fmt: skip
WAR_SUMMARY_PATTERNS = (
    # what people fled is the war's, not one strike: "refugees who fled shelling in El Fasher"
    (
        r"(?:fled|fleeing|flee|flees|escaped|escaping)\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:shelling|bombardments?|bombings?|strikes|airstrikes|air strikes|attacks|fighting|war)\b",
        "refugees who fled shelling in the city",
    ),
    (r"since (?:the )?\w+\.? \d", "since the Oct. 7 attack"),
    # a toll in the perfect over the days since one: "224 people have been killed in Israeli
    # strikes since Friday", "Since Friday, 224 people have been killed"
    (
        r"(?:have|has|had) been (?:killed|wounded|injured)\b[^.;]{0,60}?\bsince (?:last )?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        "224 people have been killed in Israeli strikes since Friday",
    ),
    (
        r"since (?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? "
        r"[^.;]{0,60}?(?:have|has|had) been (?:killed|wounded|injured)\b",
        "since Friday, 224 people have been killed",
    ),
    # attacks of a kind condemned, no one strike: "The UN condemned attacks on hospitals in Gaza"
    (
        r"(?:condemned|condemns|denounced|denounces|decried|decries|deplored|deplores)\s+"
        r"(?:(?:the\s+)?(?:continued|continuing|repeated|ongoing|recent|deadly|indiscriminate)\s+)?"
        r"(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|shelling|bombardments|bombings)\s+"
        r"(?:on|against|of)\s+"
        r"(?:[\w-]+\s+)?(?:hospitals|schools|civilians|aid workers|journalists|health workers|"
        r"medical facilities|civilian areas|residential areas|shelters|infrastructure)\b",
        "the UN condemned attacks on hospitals in Gaza",
    ),
    # the war's start and its toll: "The war began on Oct. 7, when militants ... killing some
    # 1,200 people", "Israel's offensive has killed more than 38,000"
    (
        r"(?:war|conflict|fighting|offensive|invasion) (?:began|started|erupted|broke out)\b",
        "the war began on Oct. 7, when militants stormed the border",
    ),
    (
        r"(?:war|conflict|offensive|campaign|invasion) (?:has|have|had) (?:now )?killed\b",
        "the offensive has killed more than 38,000 people",
    ),
    # a place often struck, told in the perfect: "have often been the target of Israeli war
    # planes", "has repeatedly been shelled"
    (
        r"(?:have|has|had)\s+(?:often|frequently|regularly|repeatedly|routinely|long|"
        r"previously)\s+been\s+(?:the\s+)?(?:target|targets|targeted|hit|struck|shelled|"
        r"attacked|bombed)\b",
        "militias have often been the target of Israeli war planes",
    ),
    # "throughout the war" (not "throughout the night", a strike's own time)
    # (nor "throughout the weekend", a span of days the report tells)
    (
        r"throughout the (?!night|day\b|morning|afternoon|evening|weekend)",
        "shelled throughout the war",
    ),
    # a tally over many strikes, in the perfect: "the attacks had left 49 people dead",
    # "Russian strikes have killed 12 civilians this week" (not "the strikes killed 12")
    (
        r"(?:attacks|strikes|airstrikes|shellings|bombardments|raids) (?:[\w-]+ ){0,2}?"
        r"(?:have|has|had) (?:so far |now |already )?(?:killed|left|claimed|wounded|injured)",
        "the attacks had left 49 people dead",
    ),
    (r"ha(?:ve|s) since been", "have since been killed"),
    # a perfect tally since a time or an event: "shelling has killed 2,000 civilians in Kherson
    # since the city was liberated"
    (
        r"(?:has|have) (?:so far |now |already )?(?:killed|left|claimed|wounded|injured) "
        r"[^.;]{1,60}? since\b",
        "shelling has killed 2,000 civilians in Kherson since the city was liberated",
    ),
    # a perfect tally over a stretch of time: "has killed 500 civilians this year"
    (
        r"(?:has|have) (?:so far |now |already )?(?:killed|left|claimed|wounded|injured) "
        r"(?:[\w,-]+ ){1,4}?(?:this|so far this|in the past|over the past|in the last) "
        r"(?:year|month|week|months|weeks|years)",
        "shelling has killed 500 civilians this year",
    ),
    # "Russia has weathered waves of drone attacks": many attacks over time, not one strike
    # (not "a new wave of attacks hit Kyiv")
    (
        r"waves of (?:[\w-]+ ){0,2}?(?:attacks|strikes|airstrikes|shelling|bombardments|raids)",
        "Russia has weathered waves of drone attacks",
    ),
    # "after months of shelling", "years of bombardment": a war's length, not one strike
    (
        r"(?:days|weeks|months|years) of (?:[\w-]+ )?(?:shelling|bombardment|bombing|strikes|attacks|war|fighting)",
        "schools reopened after months of shelling",
    ),
)
# A trend told in the perfect: "the RSF has intensified its attacks on El Fasher" is no strike
# of its own (unless its sentence gives a day or a harm: "..., killing 12 on Sunday")
INTENSIFYING_VERBS = ("intensified", "stepped up", "escalated", "ramped up", "increased",
                      "scaled up")  # fmt: skip

# A recap of earlier strikes, not today's news: its day is the one it states, or none
# ("in the early days of October, Armenia launched missile attacks on Ganja, ...").
RECAP_CUES = ("among others", "in the early days", "earlier in the war", "in recent weeks",
              "in recent months", "in recent days", "over the past", "so far", "repeatedly",
              "on several occasions", "on numerous occasions", "dozens of times", "previously",
              "earlier this month", "earlier this year", "last month", "last year",
              "in the past", "at various times", "throughout", "regularly", "systematically",
              "last week", "earlier this week", "earlier in the week", "the previous week",
              "in previous days", "a year ago", "a month ago", "months ago", "a year since",
              "years since", "months since",
              # strikes day after day: "has continued for weeks", "almost daily"
              "for weeks", "for months", "every day for", "almost daily", "nearly every day",
              "day after day", "night after night")  # fmt: skip
# A day's report, not a recap: "over the past day, the enemy carried out 14 attacks"
DAILY_REPORT_CUES = ("over the past day", "over the past 24 hours", "in the past 24 hours",
                     "over the last day", "over the last 24 hours", "in the last 24 hours",
                     "during the past day", "during the day")  # fmt: skip
# Before a month named with no day, what happened then is a recap ("In February, the Houthis
# claimed an attack on Abha airport"): its day is unknown.
MONTH_ONLY_BEFORE = ("in", "during", "since", "last", "early", "late", "mid-", "earlier in")
# A past year: what happened then is history, not today's strike ("In 1992, Khojaly was shelled",
# "more than 20,000 were killed in a war in the early 1990s").
HISTORY_PATTERNS = (
    (r"(?:\w+|\d+) (?:years|decades) ago", "Thirty years ago, the town was shelled"),
    # (not a birth year: "a woman born in 1965 was injured")
    (r"(?<!born )(?:in|since|during|back in)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:19|20)\d\d(?:s)?",
     "In 1992, the town was shelled"),
    (r"the\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d0s", "an exhibition about the 1990s shelling"),
    # a year naming a strike or a war: "the 2022 shelling of the city", "during the 2020 war"
    (r"the\s+(?:19|20)\d\d\s+(?:[a-z-]+\s+)?(?:shelling|strikes?|airstrikes?|attacks?|bombing|"
     r"bombardment|war|offensive|escalation|conflict)", "damage from the 2022 shelling of Jermuk"),
)  # fmt: skip
# "Armenia has launched missile attacks", "Russia has been targeting energy sites"
RECAP_PATTERNS = (
    # strikes over days since one: "Since Thursday, jets have struck Nabatieh four times"
    (r"since (?:(?:last|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
     "Since Thursday, jets have struck the town four times"),
    (r"(?:has|have|had)\s+(?:\w+\s+)?(?:launched|carried out|conducted)\s+(?:\w+\s+){0,2}"
     r"(?:attacks|strikes|raids)", "Armenia has launched missile attacks on cities"),
    (r"(?:has|have|had) been (?:targeting|shelling|attacking|striking|hitting|bombing|pounding)",
     "Russia has been targeting power plants"),
    # a plural subject in the perfect passive: "civilian areas have been targeted"
    (r"\b(?:areas|cities|towns|villages|settlements|regions|districts)\b[^.;]{0,80}? have been "
     r"(?:targeted|shelled|attacked|hit|struck|bombed)", "civilian areas have been targeted"),
)  # fmt: skip

# Uses of strike words that are not attacks ("a deal was struck", "hit back at critics").
AGREEMENT_NOUNS = ("deal", "agreement", "truce", "ceasefire", "cease-fire", "accord", "balance",
                   "chord")  # fmt: skip
# Causes that make an explosion or a fire an accident, no strike ("An explosion at a fuel depot
# killed 35; officials blamed a gas leak"): the blast words of their sentence report no attack.
ACCIDENT_CAUSES = ("gas leak", "gas leakage", "short circuit", "short-circuit", "faulty wiring",
                   "technical fault", "technical malfunction", "malfunction", "an accident",
                   "industrial accident", "safety violations", "violation of safety",
                   "careless handling", "lightning strike",
                   # a mine left in the ground goes off: no attack ("a landmine explosion
                   # killed two shepherds")
                   "landmine", "land mine", "landmines", "mine explosion", "anti-tank mine",
                   "anti-personnel mine", "stepped on a mine")  # fmt: skip
BLAST_NOUNS = ("explosion", "explosions", "blast", "blasts", "fire", "fires", "blaze")
# Words that measure a strike against the past, whose "since" dates nothing: "the worst
# flare-up since 2020", "the deadliest attack on the city since March"
SUPERLATIVES = ("worst", "deadliest", "biggest", "largest", "heaviest", "fiercest", "most intense",
                "most serious", "first", "bloodiest", "strongest", "most massive")  # fmt: skip
# Labels that open a photo's caption: "Photo: A building damaged by ..."
CAPTION_LABELS = ("Photo", "Picture", "Image", "Caption")
# A work whose quoted title may hold a strike's words: 'the film "Strike on Kharkiv"'
WORK_NOUNS = ("film", "films", "documentary", "book", "novel", "song", "play", "exhibition",
              "series", "movie", "album", "poem", "painting", "opera")  # fmt: skip
# What a side says it does not know of is no strike it reports: "The Israeli army said it had
# no knowledge of a strike on Khan Younis", "the military was looking into reports of ..."
UNCONFIRMED_LEADS = ("no knowledge of", "not aware of", "unaware of", "no information about",
                     "no information on", "could not confirm", "could not immediately confirm",
                     "looking into reports of", "checking reports of", "no record of")  # fmt: skip
# A side that only says it is looking into a strike reports none: "The Israeli army said it
# was looking into the report", "said the incident was under review" (no source of it).
NONCOMMITTAL_ACTS = ("looking into", "investigating", "reviewing", "checking", "examining",
                     "studying", "aware of", "seeking details", "trying to verify",
                     "unable to confirm", "unable to verify", "not able to confirm")  # fmt: skip
NONCOMMITTAL_STATES = ("under review", "under investigation", "being investigated",
                       "being reviewed", "being examined", "being checked")  # fmt: skip
NOT_ATTACK_PHRASES = ("hit back", "hit out", "fired up", "fired off a letter", "struck gold",
                      "hit a record", "hit record", "hit the headlines", "hunger strike",
                      "general strike", "went on strike", "go on strike", "on strike",
                      "strike action", "strike a balance", "struck a chord", "struck a pose",
                      "air raid siren", "air raid sirens", "air raid alert", "air raid alerts",
                      "air raid alarm", "air raid warning", "air-raid siren", "air-raid alert",
                      "hit the crossbar", "struck the crossbar", "hit a six",
                      "struck back", "strike back", "strikes back", "striking back",
                      "fired tear gas", "fire tear gas", "firing tear gas", "tear gas",
                      "rubber bullets", "water cannon", "gas explosion", "gas blast",
                      "gas leak", "boiler explosion", "gas cylinder", "ground offensive",
                      # a ground offensive launched is no strike
                      "launched a counteroffensive", "launched a counter-offensive",
                      "launched an offensive", "launched a new offensive", "counteroffensive",
                      "counter-offensive", "bomb shelter", "bomb shelters",
                      "ground operation", "ground assault", "ground invasion",
                      "ground incursion", "shell company", "shell companies", "shell firm",
                      "shell out", "shells out", "shelled out", "shelling out",
                      "shell firms", "shell corporation", "shell corporations",
                      # an attack by hand, no strike: "a stabbing attack in Jerusalem"
                      "stabbing attack", "stabbing attacks", "knife attack", "knife attacks",
                      "ramming attack", "ramming attacks", "car-ramming attack",
                      # "the team was hit by injuries": a team's misfortune
                      "hit by injuries", "hit by injury", "hit by an injury",
                      # a court's: "a Kharkiv court struck down the law" (not "struck down by")
                      "struck down the", "struck down a", "struck down an", "strike down the",
                      "strikes down the", "striking down the",
                      # "voters hit the polls" (not "the streets", "the market": shells hit them)
                      *(f"{verb} the {thing}" for verb in ("hit", "hits", "hitting")
                        for thing in ("polls", "shelves", "jackpot", "campaign trail")))  # fmt: skip
# Strikes told as somewhere else than the speaker's own place: "the mayor of Kharkiv said the
# city was ready despite attacks on power plants elsewhere"
ELSEWHERE_WORDS = ("elsewhere", "in other regions", "in other cities", "in other towns",
                   "in other parts of the country", "in neighbouring regions",
                   "in neighboring regions")  # fmt: skip
# A call for strikes to stop is no strike: "protesters demanded an end to the shelling"
END_CALLS = ("an end", "an immediate end", "a halt", "an immediate halt", "a stop",
             "a ceasefire in", "a pause in")  # fmt: skip
# Exercises, not attacks: "Military drills were held near Baku, with artillery units firing at
# targets on a training range" (the rest of the sentence tells of the drill).
DRILL_WORDS = ("drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers",
               "training range", "firing range", "test launch", "test-fired", "test-fire")  # fmt: skip
# Weapons bought, supplied or made, not fired: "to buy more artillery shells" (not "sent": "Russia
# sent 40 drones at Kyiv" fires them)
SUPPLY_VERBS = ("buy", "buys", "bought", "buying", "purchase", "purchased", "purchasing",
                "supply", "supplies", "supplied", "supplying", "deliver", "delivers",
                "delivered", "delivering", "produce",
                "produces", "produced", "producing", "manufacture", "manufactured", "provide",
                "provides", "provided", "providing", "donate", "donated", "transfer",
                "transferred", "shipped", "acquire", "acquired")  # fmt: skip
# Holding a drill: "The army held drills near Fuzuli, firing artillery at mock targets"
DRILL_VERBS = ("held", "holds", "hold", "holding", "conducted", "conducts", "conducting",
               "staged", "stages", "began", "begins", "started", "launched", "carried out")  # fmt: skip
# A match report: "Shakhtar beat Dynamo 2-1, the winner struck in the 89th minute" (with a score)
SPORT_WORDS = ("beat", "beats", "defeated", "drew", "scored", "goal", "goals", "match", "minute",
               "league", "cup", "striker", "penalty", "season", "fixture", "championship",
               "tournament", "win", "victory")  # fmt: skip
# What is attacked only in words: "attack the government's decision", "target young voters",
# "shelled the minister's proposal" (an attack verb before one of these reports no strike).
FIGURATIVE_TARGETS = ("decision", "decisions", "policy", "policies", "proposal", "proposals",
                      "voters", "critics", "opponents", "bill", "reform", "reforms", "ruling",
                      "verdict", "remarks", "comments", "reputation", "credibility", "strategy",
                      "inflation", "corruption", "crime", "poverty", "unemployment",
                      "smuggling", "tax evasion")  # fmt: skip
# What one is bombarded with in words only: "fans bombarded the team with questions".
VERBAL_BARRAGES = ("questions", "messages", "calls", "emails", "e-mails", "requests", "criticism",
                   "complaints", "letters", "praise", "insults", "offers", "queries",
                   "comments")  # fmt: skip
# Nouns a weapon word only qualifies: "a drone factory", "bomb shelters", "missile makers".
WEAPON_THINGS = ("factory", "factories", "plant", "plants", "maker", "makers", "manufacturer",
                 "manufacturers", "industry", "production", "programme", "program", "shelter", "shelters",
                 "exhibition", "exports", "deliveries", "supplies", "shortage", "stocks",
                 # "a bomb disposal team", "the bomb squad": who clear them
                 "disposal", "squad", "squads", "technicians", "experts",
                 # what was hit: "struck a rocket launch site in Aitaroun", "a drone depot"
                 # (not "launchers": "BM-21 launchers fired" is the weapon)
                 "launch site", "launch sites", "launch pad",
                 "launch pads", "depot", "depots", "storage", "warehouse", "warehouses",
                 "base", "bases")  # fmt: skip
# What is launched that is no weapon: "launched a new campaign", "launched an investigation".
LAUNCHED_THINGS = ("campaign", "program", "programme", "investigation", "inquiry", "probe",
                   "initiative", "appeal", "website", "app", "fund", "project", "service", "bid",
                   "plan", "drive", "scheme", "platform", "channel", "petition", "review",
                   "factory", "plant", "company", "satellite", "book", "festival")  # fmt: skip
# Ground attacks beaten back ("repelled 30 attacks near Pokrovsk"): no strike on the place.
REPELLING_VERBS = ("repelled", "repulsed", "beat back", "beat off", "fought off", "repels",
                   "repulses")  # fmt: skip
# Things that hit places without being attacks ("A storm hit Odesa", "Inflation hit Kyiv").
# Words after which "destroyed"/"damaged" is an adjective, ruins seen rather than a strike
# told: "photos of destroyed buildings", "walked past damaged houses", "searched destroyed homes"
RUIN_VIEW_WORDS = ("of", "past", "the", "a", "an", "its", "their", "his", "her", "near", "among",
                   "through", "into", "from", "between", "amid", "searched", "showed", "shows",
                   "show", "inspected", "surveyed", "visited", "toured", "cleared", "repaired",
                   "rebuilt", "rebuilding", "repairing")  # fmt: skip
INTENSITY_ADVERBS = ("partially", "partly", "badly", "heavily", "severely", "completely",
                     "totally", "slightly")  # fmt: skip
# Ordnance found rather than fired: "two artillery shells were discovered in the city".
# (not "neutralized": "a drone was neutralized near Kozino" stopped an attack in the air)
FOUND_VERBS = ("discovered", "found", "defused", "removed", "recovered", "cleared")
# What sappers do with ordnance found: "an unexploded shell ... was destroyed by sappers"
DISPOSAL_VERBS = ("destroyed", "detonated", "defused", "neutralised", "neutralized", "removed",
                  "disposed of", "blown up", "made safe", "dismantled")  # fmt: skip
NOT_ATTACK_SUBJECTS = ("storm", "storms", "earthquake", "earthquakes", "quake", "flood",
                       "lightning", "thunderstorm", "tsunami", "avalanche",
                       "floods", "flooding", "heatwave", "wildfire", "wildfires", "drought",
                       "inflation", "crisis", "pandemic", "virus", "outbreak", "sanctions",
                       "prices", "blackout", "blackouts", "power cuts", "recession", "snow",
                       "outages", "power outages", "shortages",
                       "hurricane", "cyclone", "typhoon", "tornado", "landslide", "striker",
                       "midfielder", "goalkeeper", "batsman", "bowler", "rain", "rains",
                       "downpour", "hail", "frost", "protesters", "demonstrators", "rioters",
                       "mob", "hackers", "cyberattack", "cyberattacks", "settlers",
                       # "a barrage of criticism hit the government"
                       "criticism", "questions", "complaints", "condemnation", "backlash",
                       "scandal",
                       # a disease, or news: "Covid hit Kharkiv hard", "the news hit markets"
                       "covid", "covid-19", "coronavirus", "cholera", "epidemic", "measles",
                       "news",
                       # "A gas explosion destroyed an apartment block": an accident
                       "gas explosion", "gas blast", "gas leak", "boiler explosion", "blaze",
                       "short circuit")  # fmt: skip
# How a side is named as the one blamed: "the RSF was blamed for", "Russia accused", a headline's
# "..., RSF blamed"
BLAME_PARTICIPLES = ("blamed", "accused")
# Who goes on a labour strike: "the strike by workers at the port", "a miners' strike".
STRIKING_WORKERS = ("workers", "dockers", "miners", "teachers", "doctors", "nurses", "employees",
                    "staff", "unions", "union", "drivers", "truckers", "farmers", "students")  # fmt: skip
# Who is "fired" from a job: "The Kharkiv mayor was fired", "fired the regional governor".
JOB_HOLDERS = ("mayor", "governor", "minister", "official", "officials", "head", "chief",
               "director", "coach", "manager", "commander", "spokesman", "spokeswoman", "deputy",
               "deputies", "aide", "aides", "adviser", "advisers", "ministers", "governors",
               "employee", "employees", "staff", "workers", "prosecutor", "judge")  # fmt: skip

# Photo captions and credits: "[Valentyn Ogirenko/Reuters]", "(Photo: AFP)".
# Lines that open a list of links to other stories ("Related news", "READ MORE:"): the short
# headline lines after one are another story's words, not this one's.
RELATED_MARKERS = ("related news", "related", "related stories", "related articles",
                   "read more", "read also", "also read", "see also", "recommended",
                   "more on this", "more stories", "you may also like", "most read",
                   "most popular", "most viewed", "top stories", "latest news", "more news",
                   "editor's picks", "you might also like", "don't miss", "what to read next",
                   "also on our site", "more from our site", "follow us on",
                   "in other news", "more in this section")  # fmt: skip
PHOTO_CREDITS = ("Reuters", "AFP", "AP", "Getty", "Photo", "EPA")

# ---------------------------------------------------------------- weapons

# Weapon class -> the words that name it. Earlier classes win where words overlap
# ("drone strike" is a drone, "missile strike" a missile, "airstrike" an air strike).
# Bombs planted or carried, not dropped: "a car bomb", "a suicide bomber", "a roadside bombing"
PLANTED_BOMB_WORDS = ("car", "roadside", "suicide", "pipe", "truck")
# What a side claims as its own: the attack nouns, and a bombing ("Al-Shabaab claimed the
# bombing")
CLAIMED_ATTACK_NOUNS = (*STRIKE_NOUNS, "bombing")
WEAPON_WORDS: dict[str, tuple[str, ...]] = {
    "drone": ("drone", "UAV", "unmanned aerial", "kamikaze", "loitering munition", "Shahed",
              "Bayraktar", "Geran", "Geran-2", "Lancet", "Mohajer", "Samad", "quadcopter",
              "FPV"),
    "missile": ("ballistic", "missile", "Iskander", "Tochka", "Tochka-U", "Scud", "Kalibr",
                "cruise", "Kinzhal", "ATACMS", "Storm Shadow", "Zircon", "Fateh", "Burkan"),
    "rocket": ("rocket", "rocketed", "rocketing", "MLRS", "Smerch", "Grad", "multiple-launch", "multiple launch",
               "Uragan", "Polonez", "Katyusha", "Qassam", "Tornado-S", "HIMARS", "RPG",
               "rocket-propelled grenade"),
    "air": ("air strike", "airstrike", "air-strike", "air raid", "aircraft", "warplane", "jet",
            "fighter jet",
            "bomber", "aerial bomb", "aerial bombs", "aerial bombing", "aerial bombardment",
            "guided bomb", "glide bomb", "bombed", "bombing", "helicopter", "Apache",
            "gunship", "barrel bomb",
            # Russian guided and free-fall aerial bombs: "dropped KABs on Beryslav"
            "KAB", "KABs", "FAB", "FABs",
            # combat aircraft by their model: "an F-16 struck", "Su-34s dropped bombs"
            "F-15", "F-16", "F-18", "F-35", "Su-24", "Su-25", "Su-30", "Su-34", "Su-35",
            "MiG-29", "Yak-130", "Mi-8", "Mi-24", "Mi-35"),
    "artillery": ("shell", "shelled", "shelling", "shellfire", "artillery", "mortar", "howitzer",
                  "cannon", "tank fire", "cluster munition", "cluster bomb"),
}  # fmt: skip
# Words that tell a weapon's size, not its kind: "kamikaze drones and heavy artillery"
WEAPON_MODIFIERS = ("heavy", "long-range", "large-caliber", "large-calibre", "heavy-caliber",
                    "heavy-calibre", "small-caliber", "small-calibre")  # fmt: skip
# Every weapon word, whatever its class.
WEAPON_NAMES = tuple(word for names in WEAPON_WORDS.values() for word in names)
WEAPON_PATTERNS = (
    (r"Kh-\d+", "missile", "a Kh-101"),
    # struck by aircraft, named by where from: "Gaza City was pounded from the air"
    (r"from\s+the\s+air\b", "air", "the town was pounded from the air"),
    (r"air\s+aggression", "air", "the enemy launched an air aggression"),
    (r"BM-\d+", "rocket", "BM-21 launchers"),
    # a tank's gun fires shells ("tank fire" above): "Israeli tanks fired on Jabalia"
    (
        r"tanks?(?=\s+(?:also\s+|then\s+)?(?:fired|opened\s+fire|fire[sd]?\s+(?:on|at)))",
        "artillery",
        "tanks fired on",
    ),
    # bombs are dropped from the air (ANNOTATION.md), unless planted ("a car bomb"); cluster
    # bombs go with cluster munitions
    (
        "".join(rf"(?<!{word} )" for word in (*PLANTED_BOMB_WORDS, "cluster")) + r"bombs?",
        "air",
        "Russian bombs",
    ),
)

# ---------------------------------------------------------------- casualties

KILLED_WORDS = ("killed", "shot dead", "dead", "died", "dying", "death", "deaths", "fatalities",
                "lost their lives", "perished", "killing", "bodies", "succumbed", "martyred",
                "martyrs")  # fmt: skip
INJURED_WORDS = ("injured", "wounded", "hurt", "injuries", "injuring", "wounding", "wounds",
                 "hospitalised", "hospitalized", "taken to hospital", "taken to the hospital",
                 "needed medical help", "needed medical attention", "needed medical treatment",
                 "required medical attention", "sought medical help")  # fmt: skip
INJURY_VERBS = ("sustained", "suffered", "received")  # "32 others sustained injuries"
INJURY_DEGREES = ("various", "serious", "minor", "light")
# How badly one was hurt, before the participle: "a man was lightly wounded"
INJURY_ADVERBS = ("lightly", "slightly", "seriously", "severely", "critically", "gravely",
                  "badly", "moderately", "mildly")  # fmt: skip
# "killing seven", "wounding 12": a verb with its count after it.
KILLING_VERBS = ("killing", "killed", "kills", "kill", "claimed the lives of",
                 "claiming the lives of", "claims the lives of", "took the lives of",
                 "taking the lives of", "shot dead", "shooting dead",
                 # one life: "claimed the life of a teenager"
                 "claimed the life of", "claiming the life of", "took the life of",
                 "taking the life of",
                 # the wording of Arabic and Iranian outlets: "martyring four members"
                 "martyring", "martyred")  # fmt: skip
# "left two dead", "leaving 4 people dead": a count only with a killed word after it.
LEAVING_VERBS = ("left", "leaving", "leaves")
# "claimed nine lives", "took 12 lives"
LIVES_VERBS = ("claimed", "claiming", "took", "taking", "cost", "costing")
INJURING_VERBS = ("injuring", "wounding", "hurting", "injured", "wounded", "injures", "wounds",
                  "injure", "wound")  # fmt: skip
# The past participles of harm: "two were hurt in Kyiv", "killed by a missile"
HARM_PARTICIPLES = ("killed", "wounded", "injured", "hurt")
# A place's share of a toll: "Poonch district accounted for all 13 deaths"
SHARE_VERBS = ("accounted for", "accounts for", "account for")
# Other words that mark a sentence as about harm to people (the casualty prefilter).
CASUALTY_NOUNS = ("casualties", "fatalities", "lives", "victims", "hospital", "toll")
# "at least 7", "more than 70": the count stays the number.
COUNT_QUALIFIERS = ("at least", "more than", "over", "nearly", "almost", "about", "around",
                    "some", "up to", "an estimated", "roughly", "approximately",
                    # "no fewer than 20", "as many as 30", "between 10 and 12" (the least)
                    "no fewer than", "no less than", "not less than", "as many as", "well over",
                    "upwards of", "close to", "between",
                    # "killing all four passengers": every one of them
                    "all", "all the")  # fmt: skip
COUNT_ADDITIONS = ("another", "a further", "further")
# A count over many places of a land, wherever it stands in its clause: "At least 57 were killed
# ... in airstrikes on several areas of the Gaza Strip"
MANY_AREAS_WORDS = ("several areas of", "various areas of", "different areas of",
                    "multiple areas of", "several parts of", "various parts of")  # fmt: skip
# A count over a whole country or territory is no one strike's: "a wave of strikes across
# Ukraine that killed 31", "killed 71 people across the territory".
COUNTRY_WIDE_WORDS = ("across", "throughout", "all over", "nationwide", *MANY_AREAS_WORDS)
COUNTRY_WIDE_AREAS = ("country", "territory", "strip", "enclave", "nation")
# A part of a country by its bearing: "across southern Lebanon" is as wide as a country for
# one strike's count.
BEARING_WORDS = ("southern", "northern", "eastern", "western", "central", "south", "north",
                 "east", "west", "northeastern", "northwestern", "southeastern", "southwestern",
                 "north-eastern", "north-western", "south-eastern", "south-western")  # fmt: skip
# Words before an area's name that say which part of it: "Kafr Nabl in southern Idlib",
# "Al-Qusayr in rural Homs" (the province, not the city), "Dabaa in the rural Homs".
AREA_QUALIFIERS = (*BEARING_WORDS, "rural", "greater")
# "and two others were wounded", "and three more died": a group added to the count before it
ADDED_GROUP_WORDS = ("others", "other", "more")
# Words that end a victim's title before a name: "killed soldiers in Gaza City" names a place,
# not a person ("killed senior Hamas official Saleh al-Arouri": a title, then the name)
NOT_TITLE_WORDS = ("in", "at", "on", "near", "across", "during", "while", "when", "and", "as",
                   "after", "from", "outside", "inside", "around", "by", "to")  # fmt: skip
# Person nouns that are adjectives too: "the civilian population", "the local council"
ADJECTIVE_NOUNS = ("civilian", "local", "national", "youth", "relative", "official", "member")
# A number followed by one of these counts time, not people ("six days after an attack that
# killed ten").
# An untold while: "days after", "weeks since" (no number: no day can be counted)
LAPSE_UNITS = ("days", "weeks", "months", "years")
# Lapses counted back to a day ("two days after"); a month or a year before is history ("A year
# after the missile strike on Kramatorsk": a recap, no day).
SHORT_LAPSES = ("days", "weeks")
LONG_LAPSES = ("year", "month")
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade")
# Units a number may count that are no people: "shelled Nikopol 15 times", "5 km from".
MEASURE_UNITS = ("time", "km", "kilometre", "kilometer", "mile", "metre", "meter", "percent",
                 "per cent", "tonne", "ton")  # fmt: skip
# Things a number may count that are no people: "attacked 13 settlements, killing a man",
# "launched 412 attacks on 29 settlements, injuring 12" (the people follow the verb).
COUNTED_THINGS = ("settlement", "village", "town", "city", "community", "locality", "district",
                  "region", "area", "attack", "strike", "assault", "building", "house", "home",
                  "position", "target", "facility", "object", "site", "shell", "round",
                  "projectile", "launch", "sortie", "raid", "cities", "communities",
                  "localities", "location", "place", "spot", "neighbourhood", "neighborhood",
                  "province", "governorate", "camp")  # fmt: skip
# People a count may name who died attacking, no victims of the strike: "The army said it had
# killed 40 attackers"
ATTACKER_NOUNS = ("attacker", "assailant", "raider", "infiltrator", "intruder")
# An aside between a count and its verb: "15 civilians, including women and children, were
# killed", "six people, among them a doctor, were wounded".
ASIDE_CUES = ("including", "among them", "among whom", "most of them", "many of them",
              "mostly", "mainly")  # fmt: skip
# Vague counts of another group: "killed 20 people, with dozens more wounded" counts no 20
# wounded (ANNOTATION.md: vague words give null).
# Each with the least it can mean: a later count below it is a part of the total ("killing
# dozens. Among the dead was a commander" leaves the dead uncounted), at or above it the total.
VAGUE_COUNTS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "many": 3,
                "several": 3, "numerous": 3, "countless": 3, "multiple": 2}  # fmt: skip
# One more person: "and another was injured", "a third was wounded".
ONE_MORE_WORDS = ("another", "a third", "a fourth", "a fifth")
# "a resident of Ganja was killed": one person.
# What a group of victims belonged to: "nine members of one family", "from one household".
FAMILY_NOUNS = ("family", "household", "clan")
ONE_PERSON_NOUNS = ("resident", "civilian", "man", "woman", "boy", "girl", "child", "person",
                    "soldier", "teenager", "driver", "worker", "pensioner", "policeman",
                    "farmer", "shepherd", "journalist", "paramedic", "baby", "infant",
                    "husband", "wife", "son", "daughter", "mother", "father", "brother",
                    "sister", "citizen", "national", "villager", "local", "student",
                    "teacher", "doctor", "nurse", "medic", "rescuer", "firefighter",
                    "volunteer", "passer-by", "passerby", "guard", "officer", "serviceman",
                    "fisherman", "employee", "grandmother", "grandfather", "toddler",
                    "youth", "relative", "neighbour", "neighbor", "commander", "fighter",
                    "militant", "leader", "operative", "rider", "motorcyclist", "cyclist",
                    "passenger", "occupant", "pedestrian", "shopkeeper", "vendor", "official",
                    "member", "activist", "photographer", "cameraman", "reporter", "engineer",
                    "surgeon", "imam", "priest", "pilot", "captain", "sailor", "seaman",
                    "crewman", "crew member", "grandson", "granddaughter", "grandchild",
                    "nephew", "niece", "cousin", "uncle", "aunt", "photojournalist",
                    "videographer", "correspondent", "pupil", "schoolboy", "schoolgirl",
                    "newborn", "pharmacist", "midwife", "electrician", "miner", "lineman",
                    "conscript", "sergeant", "lieutenant", "colonel", "mayor", "councillor",
                    "monk", "nun", "baker", "policewoman", "militiaman", "refugee")  # fmt: skip
# Kin a victim's pair names bare after "and": "killing a father and son" is two.
BARE_KIN_NOUNS = ("son", "daughter", "brother", "sister", "wife", "husband", "mother", "father",
                  "nephew", "niece", "grandson", "granddaughter")  # fmt: skip
# Two people named as a pair: "an elderly couple was killed", "killing twin sisters"
PAIR_NOUNS = ("couple", "twins", "twin brothers", "twin sisters", "twin boys", "twin girls",
              "parents")  # fmt: skip
NUMBER_WORDS = {
    "no": 0, "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "a dozen": 12, "half a dozen": 6, "a hundred": 100, "thousand": 1000, "both": 2,
}  # fmt: skip
# Words that multiply the number before them ("two hundred", "3 thousand", "two dozen").
NUMBER_SCALES = ("hundred", "thousand", "dozen")
# Zero statements: which counts they set to 0.
ZERO_PHRASES: dict[str, tuple[str, ...]] = {
    "no casualties": ("killed", "injured"),
    "no victims": ("killed", "injured"),
    "no one was hurt": ("killed", "injured"),
    "no one was injured": ("injured",),
    "no one was killed or hurt": ("killed", "injured"),
    "no one was killed or injured": ("killed", "injured"),
    "no one was killed or wounded": ("killed", "injured"),
    "no one was killed and wounded": ("killed", "injured"),
    "no one was killed and injured": ("killed", "injured"),
    "nobody was killed or wounded": ("killed", "injured"),
    "no one was harmed": ("killed", "injured"),
    "nobody was harmed": ("killed", "injured"),
    "no civilians were hurt": ("killed", "injured"),
    "without casualties": ("killed", "injured"),
    "nobody was hurt": ("killed", "injured"),
    "nobody was injured": ("injured",),
    "nobody was killed or hurt": ("killed", "injured"),
    "nobody was killed or injured": ("killed", "injured"),
    "civilians were not affected": ("killed", "injured"),
    "civilians were not hurt": ("killed", "injured"),
    "there were no casualties": ("killed", "injured"),
    "there were no victims": ("killed", "injured"),
    "no report of casualties": ("killed", "injured"),
    "no reports of casualties": ("killed", "injured"),
    "no immediate reports of casualties": ("killed", "injured"),
    "no immediate report of casualties": ("killed", "injured"),
    "no reports of injuries": ("killed", "injured"),
    "no reports of victims": ("killed", "injured"),
    "no one was killed": ("killed",),
    "no one were killed": ("killed",),
    "nobody were killed": ("killed",),
    "nobody was killed": ("killed",),
    "no deaths": ("killed",),
    "no fatalities": ("killed",),
    "no one died": ("killed",),
    "nobody died": ("killed",),
    "did not claim any lives": ("killed",),
    "no lives were lost": ("killed",),
    "without loss of life": ("killed",),
    "no one was wounded": ("injured",),
    # the verb's object none: "the strike killed no one", "wounding nobody"
    "killed no one": ("killed",),
    "killing no one": ("killed",),
    "killed nobody": ("killed",),
    "killing nobody": ("killed",),
    "injured no one": ("injured",),
    "injuring no one": ("injured",),
    "wounded no one": ("injured",),
    "wounding no one": ("injured",),
    "hurt no one": ("injured",),
    "injured nobody": ("injured",),
    "wounded nobody": ("injured",),
    "hurt nobody": ("injured",),
    # the one or ones in the strike's way, unhurt: "The driver was not hurt."
    "was not hurt": ("killed", "injured"),
    "were not hurt": ("killed", "injured"),
    "was not injured": ("injured",),
    "were not injured": ("injured",),
    "escaped unhurt": ("killed", "injured"),
    "escaped unharmed": ("killed", "injured"),
    "nobody was wounded": ("injured",),
    "no injuries": ("injured",),
    "no civilian casualties": ("killed", "injured"),
    "no human casualties": ("killed", "injured"),
    "no loss of life": ("killed",),
    "no civilians were killed": ("killed",),
    "no civilians were injured": ("injured",),
    "no civilians were wounded": ("injured",),
    "no one got hurt": ("killed", "injured"),
    "no dead or injured": ("killed", "injured"),
    "no dead or wounded": ("killed", "injured"),
    "without injuries": ("injured",),
    # "debris fell on a residential area without causing casualties"
    "without causing casualties": ("killed", "injured"),
    "without causing any casualties": ("killed", "injured"),
    "without any casualties": ("killed", "injured"),
    "without hurting anyone": ("killed", "injured"),
    "without causing injuries": ("injured",),
    "without causing any injuries": ("injured",),
    "without injuring anyone": ("injured",),
    # negated verbs: "the shelling did not cause any casualties"
    "not cause any casualties": ("killed", "injured"),
    "not cause casualties": ("killed", "injured"),
    "not result in any casualties": ("killed", "injured"),
    "not result in casualties": ("killed", "injured"),
    "not any casualties": ("killed", "injured"),
    "no damage or casualties": ("killed", "injured"),
    "no damage or injuries": ("killed", "injured"),
    # "no one was reported hurt", "no one has been killed"
    "no one was reported killed": ("killed",),
    "no one was reported hurt": ("killed", "injured"),
    "no one was reported injured": ("injured",),
    "no one was reported wounded": ("injured",),
    "no one has been killed": ("killed",),
    "no one has been hurt": ("killed", "injured"),
    "no one has been injured": ("injured",),
    "no one has been wounded": ("injured",),
}
# A strike that did no damage at all hurt no one ("This did not cause any damage"): zero for
# both counts, unless the sentence counts its harm ("caused no damage, but two were wounded").
NO_DAMAGE_PHRASES = ("did not cause any damage", "did not cause damage", "caused no damage",
                     "no damage was caused", "no damage was done")  # fmt: skip

# ---------------------------------------------------------------- who says so

# Reporting verbs: base -> the forms that attribute a claim ("Hajiyev said", "said Hajiyev").
REPORT_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "say"),
    "tell": ("told", "tells"),
    "tweet": ("tweeted",),
    "write": ("wrote", "writes"),
    "report": ("reported", "reports", "report"),
    "state": ("stated",),
    "announce": ("announced", "announces"),
    "claim": ("claimed", "claims"),
    "confirm": ("confirmed", "confirms"),
    "add": ("added", "adds"),
    "note": ("noted",),
    "post": ("posted",),
    "accuse": ("accused", "accuses"),
    "allege": ("alleged",),
    "disseminate": ("disseminated",),
    "declare": ("declared",),
    "inform": ("informed", "informs"),
    "insist": ("insisted", "insists"),
    "explain": ("explained",),
    "describe": ("described",),
    "warn": ("warned", "warns"),
    "reiterate": ("reiterated",),
    "stress": ("stressed",),
    "emphasise": ("emphasised", "emphasized"),
    "underline": ("underlined",),
    "reveal": ("revealed",),
    "indicate": ("indicated",),
    "mention": ("mentioned",),
    "assert": ("asserted",),
    "acknowledge": ("acknowledged",),
    "admit": ("admitted",),
    "publish": ("published",),
    "share": ("shared",),
    "estimate": ("estimated",),
    "blame": ("blamed", "blames"),
    "clarify": ("clarified",),
    "point out": ("pointed out",),
    # a monitor's count: "The Syrian Observatory documented 20 airstrikes on Idlib"
    "document": ("documented", "documents"),
}
# Report verbs whose object is the listener: "..., Salem Odeh told AFP" (AFP heard it).
LISTENER_VERBS = ("told", "informed")
# "has issued a statement", "the footage published by the ministry", "a statement from X".
# What a strike leaves: a sentence about it tells of the strike ("confirmed the damage").
# A label that opens a paragraph of a speaker's own words ("Quote: “...”"), as news sites
# set them under a "Source:" line
QUOTE_LABELS = ("quote", "quotes", "direct speech")
# A strike's effects where it fell: "Fires broke out in Kharkiv after a drone attack on ..."
AFTERMATH_WORDS = ("fire", "fires", "blaze", "explosion", "explosions", "blast", "blasts",
                   "outage", "outages", "blackout", "blackouts", "damage", "damaged", "destroyed",
                   "debris", "rubble", "smoke")  # fmt: skip
DAMAGE_NOUNS = ("damage", "destruction", "debris", "rubble", "wreckage", "crater")
# The strike's victims told again: "Hospital officials said four children were among the dead"
# tells of the harm, and whoever says it speaks of the strike.
VICTIM_PHRASES = ("the dead", "the wounded", "the injured", "the victims", "the bodies",
                  "the casualties", "the toll", "the death toll")  # fmt: skip
# "an agency reported, citing the ministry": the one cited is a source; the agency is one too.
CITING_WORDS = ("citing", "referring to", "quoting", "with reference to")
# An outlet's own running report in the present tense ("Trend reports, citing the ministry"):
# the article's own voice relaying the one cited, no source itself.
OWN_REPORT_VERBS = ("reports", "informs", "writes", "says")
# More dead told after the toll, its number added: "A second person later died in hospital",
# "Two more people later died of their wounds", "One of the wounded later died"
LATER_DEATHS = ("a second", "a third", "a fourth", "another", "one more", "two more",
                "three more", "four more", "five more", "one of the wounded",
                "one of the injured", "two of the wounded", "two of the injured")  # fmt: skip
# Who revises a toll tells it: "Local authorities later raised the death toll to nine"
TOLL_UPDATE_VERBS = ("raised", "raises", "revised", "revises", "updated", "updates", "put",
                     "puts", "lowered", "lowers", "gave", "gives")  # fmt: skip
# Words of an outlet's name or of what it does: "Citing medics, the state news agency reported"
# relays the medics; "Citing witnesses, the Observatory said" is the Observatory's claim too.
# Titles of who heads a body, not who speaks for it: "Oleg Kiper, the head of Odesa OVA" is the
# source, not the body he heads (a spokesman's body is: "a spokesman for the health ministry")
LEADER_TITLES = ("head", "chief", "governor", "mayor", "director", "leader", "commander",
                 "minister", "chairman", "chairwoman", "president")  # fmt: skip
# Titles of an official of one place: "the governor" of a strike in one land is no governor
# named for a strike in another ("... killed nine, regional governor Serhiy Lysak said.
# Ukrainian drones attacked Kursk, the governor said")
LOCAL_TITLES = ("governor", "mayor")
# What "news" names when it speaks, not when it hits: "the state news agency", "National News
# Service" (not "the news hit markets")
NEWS_BODY_NOUNS = ("agency", "service", "network", "channel", "outlet", "website", "portal",
                   "site", "wire", "bulletin", "programme", "program", "anchor", "desk")  # fmt: skip
MEDIA_WORDS = ("news", "agency", "tv", "television", "radio", "channel", "broadcaster",
               "newspaper", "daily", "outlet", "media", "wire", "reported", "reports", "wrote",
               "writes")  # fmt: skip
PUBLISH_VERBS = ("made", "issued", "released", "published", "posted", "spread", "voiced",
                 "circulated", "received", "disseminated")  # fmt: skip
# A report told as a participle after the speaker's own clause: "The ministry revised the toll,
# saying 13 were killed", "Hezbollah fired rockets at Kiryat Shmona, stating that ...": the
# clause's subject is the source.
SPEAKING_PARTICIPLES = ("saying", "stating", "adding", "noting", "announcing", "reporting",
                        "claiming", "writing")  # fmt: skip
# What a video or footage is "of" is what it shows, not who made it ("posting a video of the
# aftermath"; but "a video by the ministry", "a statement of the ministry")
PICTURE_NOUNS = ("video", "footage")
STATEMENT_NOUNS = ("statement", "announcement", "claim", *PICTURE_NOUNS, "report", "message",
                   "post", "information", "data", "figures", "claims", "allegation",
                   "allegations")  # fmt: skip
DENIAL_VERBS = ("denied", "denies", "deny", "denying", "rejected", "rejects", "refuted",
                "refutes", "dismissed")  # fmt: skip
# Verbs of speech or denial that also take a plain object, then a deed of the same subject
# after "and": "Israel rejected the proposal and struck Rafah", "Azerbaijan warned Armenia and
# then shelled Sotk" (the subject attacked; it reports nothing)
OBJECT_REPORT_VERBS = ("warned", "rejected", "dismissed", "ignored", "rebuffed", "defied",
                       "accused", "blamed", "condemned", "denied")  # fmt: skip
# What a denial is about ("denied the claims", "rejected responsibility").
# What a side denies when it is the one accused: "said the accusation was a lie", "called the
# claim a lie"
# A side's standing denial of a kind of attack, not of one strike: "has repeatedly denied
# targeting civilians", "denies deliberately targeting civilians".
STANDING_ADVERBS = ("repeatedly", "consistently", "routinely", "always", "long", "regularly",
                    "often", "previously", "frequently")  # fmt: skip
GENERAL_VICTIMS = ("civilians", "civilian areas", "civilian infrastructure", "civilian targets",
                   "civilian sites", "residential areas", "non-military targets")  # fmt: skip
ACCUSATION_NOUNS = ("claim", "claims", "accusation", "accusations", "allegation", "allegations")
DENIAL_OBJECTS = (*ACCUSATION_NOUNS,
                  "report", "reports", "responsibility", "involvement", "information",
                  "statement", "statements", "attack", "attacks", "strike", "strikes", "shelling",
                  "targeting", "firing", "fire", "it", "this", "them", "striking", "hitting",
                  "attacking", "bombing", "launching")  # fmt: skip
# Calling a claim false denies it: "called the reports disinformation", "said the claims
# were baseless".
FALSE_WORDS = ("disinformation", "false", "fake", "lies", "a lie", "baseless", "groundless",
               "fabricated", "a fabrication", "untrue", "an absolute lie", "an outright lie",
               "a blatant lie", "a complete lie", "a total lie", "a complete fabrication",
               "nonsense", "absurd", "pure fiction", "did not correspond to reality",
               "do not correspond to reality", "does not correspond to reality",
               "a provocation", "a staged provocation", "a hoax",
               "a fake", "provocation", "propaganda", "slander")  # fmt: skip
# Disowning a strike denies it: "Azerbaijan said it had nothing to do with the attack", "the
# army said it was not involved in the blast", "Moscow said it played no part in the strike".
DISOWNING_PHRASES = ("nothing to do with", "not involved", "no involvement", "no part in",
                     "no role in", "no connection to", "no connection with",
                     "not responsible for")  # fmt: skip
# What the damage is put down to by a side that disowns it: the other side's own fire ("the
# damage was caused by a Ukrainian air defence missile", "the blast was caused by a rocket
# misfired by Islamic Jihad")
OWN_FIRE_CAUSES = ("air defense", "air defence", "air-defence", "air-defense", "interceptor",
                   "misfired", "misfire", "errant", "failed", "anti-aircraft")  # fmt: skip
# ... a strike disowned in those words (read in the sentence after "said")
DISOWNED = (
    rf"(?:{words(DISOWNING_PHRASES)}"
    rf"|(?:caused\s+by|the\s+result\s+of)\s+[^.;]{{0,60}}?\b{words(OWN_FIRE_CAUSES)}"
    # (in the active: "said Ukrainian air defence caused the damage")
    rf"|\b{words(OWN_FIRE_CAUSES)}\b[^.;]{{0,40}}?\b(?:caused|had\s+caused|was\s+responsible|"
    r"were\s+responsible|was\s+to\s+blame|were\s+to\s+blame)\b)"
)
CALLING_VERBS = ("called", "calls", "described", "describes", "labelled", "labeled",
                 "branded", "said", "says")  # fmt: skip
# What a speaker says that does not report a strike: a claim of responsibility ("said he
# ordered rocket attacks") sets the actor, a denial or a "no reason to" goes to neither source.
NOT_REPORT_CUES = ("ordered", "responsibility", "no reason",
                   "did not", "didn't", "never", "no fire was opened", "was not", "were not",
                   "to evacuate", "to leave", "evacuation")  # fmt: skip
# What a denial rejects when a strike follows: "denied reports that X was shelled".
# A claim a named owner makes ("Kyiv's claims that", "Ukrainian reports that"), both numbers
OWNED_CLAIM_NOUNS = ("claim", "claims", "report", "reports", "allegation", "allegations",
                     "accusation", "accusations")  # fmt: skip
# A claim of one's own attack, after an owner: "the Houthis' claim of launching a missile",
# "RSF claims of firing rockets" (a claim of responsibility, not a report of another's strike)
OWN_ATTACK_GERUNDS = ("launching", "firing", "carrying out", "conducting", "having launched",
                      "having fired", "having carried out", "having targeted", "having struck",
                      "having hit")  # fmt: skip
CLAIM_NOUNS = ("claim", "claims", "report", "reports", "allegation", "allegations", "accusation",
               "accusations", "information", "statements", "rumours", "rumors")  # fmt: skip
# Words before a person's name ("spokesman Colonel Turki al-Maliki", "Mayor Vitali Klitschko").
PERSON_TITLES = (
    "president", "minister", "general", "colonel", "col", "gen", "lt", "spokesman",
    "spokeswoman", "spokesperson", "mayor", "governor", "head", "chief", "aide", "prosecutor",
    "commander", "ambassador", "deputy", "secretary", "adviser", "advisor", "correspondent",
    "reporter", "journalist", "mr", "mrs", "ms", "dr", "sheikh", "director", "envoy",
    "chairman", "chairwoman", "leader", "premier", "senator", "lawmaker", "councillor",
    "prime", "vice", "acting", "ombudsman", "defender", "coordinator", "commissioner",
    # ranks: "Brig. Nabil Abdallah", "Major General Igor Konashenkov"
    "brig", "brigadier", "major", "maj", "captain", "capt", "lieutenant", "sergeant", "sgt",
    "admiral", "adm",
)  # fmt: skip
# Offices a place's name comes before, written with a capital: "Kharkiv Mayor Ihor Terekhov",
# "Sumy Regional Governor Volodymyr Artiukh" (the place ends before them; a seat's modifier
# may stand between).
OFFICE_TITLES = ("mayor", "governor", "president", "minister", "spokesman", "spokeswoman",
                 "spokesperson", "prosecutor", "ombudsman", "commander", "chief", "head")  # fmt: skip
SEAT_MODIFIERS = ("regional", "city", "oblast", "region", "district", "provincial", "military",
                  "state", "administration", "police")  # fmt: skip
# One outlet, unnamed: "according to a local news website", "a Lebanese broadcaster reported"
# (not speakers a place is named by: "Saba news agency" names the agency, not a town Saba)
MEDIA_SPEAKER_NOUNS = ("outlet", "news outlet", "media outlet", "news agency", "broadcaster",
                       "newspaper", "news website", "website", "news portal", "news channel",
                       "TV channel", "television channel", "radio station")  # fmt: skip
# Unnamed but real sources: "eyewitnesses told ...", "police said", "local sources said".
SPEAKER_NOUNS = ("eyewitnesses", "witnesses", "officials", "residents", "medics", "rescuers",
                 "locals", "doctors", "police", "sources", "media", "local sources",
                 "local media", "local officials", "local residents", "medical sources",
                 "activists", "paramedics", "volunteers", "villagers", "journalists",
                 "monitors", "health officials", "security sources", "military sources",
                 "authorities", "local authorities", "resident", "witness", "eyewitness",
                 "medic", "doctor", "villager", "activist", "governors", "regional governors",
                 "mayors", "official", "source", "rescuer", "paramedic", "journalist",
                 # groups and workers who report: "rights groups said", "aid workers told"
                 "rights groups", "human rights groups", "aid groups", "aid workers",
                 "humanitarian workers", "rescue workers", "emergency workers", "resistance groups",
                 "local resistance groups", "hospital officials", "hospital sources",
                 "hospital staff", "committees", "resistance committees",
                 "local committees", "committee", "resistance committee", "emergency room", "rebels",
                 "outlets", "news outlets", "media outlets", "news agencies",
                 "emergency rooms", "emergency response room", "emergency response rooms",
                 # one of them: "a rescue worker said", "a local aid group said"
                 "rescue worker", "aid worker", "health worker", "health workers",
                 "surgeon", "surgeons", "resistance group", "local resistance group",
                 "medical worker", "medical workers", "humanitarian worker", "emergency worker",
                 "aid group", "rights group", "monitoring group", "monitoring groups",
                 "volunteer", "nurse", "nurses", "elder", "elders", "survivor", "survivors",
                 "relative", "relatives", "administrator", "administrators",
                 # fighters who tell of a strike on their area: "local resistance forces said"
                 "resistance forces", "resistance fighters", "fighters", "militiamen",
                 "militants", "insurgents", "soldiers", "soldier",
                 # "according to an army officer", "a police officer said"
                 "officer", "officers", "diplomat", "diplomats")  # fmt: skip
# People a nationality describes who may be far from home: "a British surgeon said", "a Syrian
# doctor in Khartoum" name no country the strike is in.
VISITING_PEOPLE = ("doctor", "doctors", "surgeon", "surgeons", "nurse", "nurses", "aid worker",
                   "aid workers", "volunteer", "volunteers", "journalist", "journalists",
                   "reporter", "reporters", "photographer", "citizen", "citizens", "national",
                   "nationals", "tourist", "tourists", "envoy", "ambassador", "diplomat",
                   "diplomats")  # fmt: skip
# Of those, the ones a capital's name after "in" makes its government's: "officials in Kyiv
# said" (not "doctors in Sanaa said", who speak of their city).
GOVERNMENT_SPEAKERS = ("officials", "official", "authorities", "local authorities", "sources",
                       "source", "security sources", "military sources", "local officials",
                       "governors", "regional governors", "media", "local media", "outlets",
                       "news outlets", "media outlets", "news agencies", "rebels")  # fmt: skip
# Words that end a "the" phrase naming a speaker: "said the ministry in a statement", "said the
# governor on Monday", "said the army, adding ..."
PHRASE_ENDS = ("in", "on", "at", "during", "after", "before", "late", "early", "when", "who",
               "which", "that", "as", "adding", "citing", "while")  # fmt: skip
# Bodies whose "its forces" are their nation's: "Ukraine's general staff said its forces hit".
SELF_REPORT_BODIES = ("ministry", "staff", "command", "spokesman", "spokeswoman", "spokesperson",
                      "headquarters", "government", "service", "agency", "directorate",
                      "officials")  # fmt: skip
# Descriptions that stand for the person cited last: "..., the official said".
PERSON_DESCRIPTIONS = (
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "officer",
    "governor",
)
# Where unnamed speakers are from: "residents of the town", "doctors at the hospital".
SPEAKER_PLACE_PREPOSITIONS = ("in", "of", "at", "from")
# Lower-case words inside an official body's or a speaker's name
# ("the defence ministry", "the regional military administration").
BODY_WORDS = (
    "ministry", "defence", "defense", "office", "service", "services", "authorities", "official",
    "presidential", "representative", "ombudsman", "military", "army", "agency", "centre",
    "center", "information", "emergency", "emergencies", "situations", "prosecutor's",
    "general's", "department", "council", "administration", "command", "committee", "staff",
    "press", "source", "officer", "officers", "leadership", "government", "side", "regional",
    "local", "state", "city", "district", "provincial", "municipal", "county", "oblast", "de",
    "facto", "human", "rights", "watch", "foreign",
    "affairs", "interior", "internal", "medical", "hospital", "health", "journalists",
    "reporters", "news", "tv", "television", "radio", "channel", "agency's", "ministry's", "office's", "forces", "army's", "military's",
    # "Ukraine's public broadcaster", "Israel's public broadcaster Kan"
    "public", "broadcaster", "broadcasting", "newspaper", "outlet", "website", "portal",
    "authorities'", "group", "air", "force", "navy", "coalition", "network", "observatory",
    "monitor", "monitors", "mission", "directorate", "guard", "guards", "brigade", "corps",
    "headquarters", "civil", "protection", "rescue", "operations", "spokesperson's",
    "international", "crescent", "cross", "nations", "ambulance", "paramedics", "fire",
    "response", "relief", "security", "collective", "activist", "intelligence", "border",
    "police", "energy", "transport", "infrastructure", "justice", "education",
    # "a militia leader", "a village chief", "a community leader", "a tribal elder"
    "militia", "village", "community", "tribal", "clan",
    # "the Darfur Bar Association", "the Journalists' Syndicate"
    "association", "union", "syndicate", "federation", "society", "foundation", "institute",
    # "Hamas' armed wing", "Islamic Jihad's military wing"
    "armed", "wing",
    # "the southern command", "the joint operations centre"
    "southern", "northern", "eastern", "western", "central", "operational", "joint",
    # "the city's mayor", "the region's governor", "the country's health ministry"
    "city's", "region's", "country's", "province's", "state's", "town's", "territory's",
)  # fmt: skip
# The head nouns of a body ("the health ministry in Gedaref said"): who speaks, not where.
BODY_NOUNS = ("ministry", "administration", "authorities", "office", "council", "command",
              "service", "department", "directorate", "agency", "police", "army", "military",
              "mission")  # fmt: skip
# "the body said", "the watchdog reported": an organisation named earlier in the article
# (any one; "the ministry", "the service" take the last one with that word).
BODY_DESCRIPTIONS = ("body", "watchdog", "organisation", "organization", "group", "monitor",
                     "broadcaster", "outlet", "channel", "station", "charity")  # fmt: skip
# Words that make a phrase a clause, not a name ("The shelling was", "... spoke on condition").
NOT_NAME_WORDS = ("was", "were", "is", "are", "been", "be", "spoke", "condition", "them",
                  "which", "who", "that", "shelling", "attack", "strike", "strikes",
                  # a headline's "No Injuries Reported", "Casualties Reported"
                  "injuries", "casualties", "deaths", "damage", "no",
                  # what is said after "said the ...": "said the dead included three children"
                  "included", "includes", "had", "has", "have", "dead", "wounded", "injured",
                  # a negated clause: "The army did not comment on the other reports"
                  "did", "does", "not")  # fmt: skip
# Heads of "the ..." phrases that are things said, not who says them ("the statement said",
# "the information spread by", "the preliminary data show").
NOT_SPEAKER_HEADS = ("information", "misinformation", "disinformation", "propaganda", "rumours",
                     "rumors", "statement", "statements", "data", "report", "reports",
                     "footage", "video", "videos", "photo", "photos", "image", "images",
                     "pictures", "message", "scene", "requirements", "evidence",
                     "details", "figures", "claims", "allegations", "post", "announcement",
                     "day", "days", "week", "weeks", "night", "nights", "morning", "evening",
                     "time", "hours", "received", "damage", "toll", "situation", "number",
                     "attack", "attacks", "strike", "strikes", "shelling", "explosion",
                     "explosions", "blast", "missile", "missiles", "drone", "drones",
                     # a report noun's modifier read as its speaker: "did not comment on the
                     # other reports", "the earlier reports"
                     "other", "others", "earlier", "previous", "initial", "conflicting",
                     "unconfirmed", "latest", "similar")  # fmt: skip
# Where a speaker is, read alone ("a correspondent in the city reported" is no speaker "the
# city"; "the Governor of the Kursk Region" is)
PLACE_ONLY_HEADS = ("city", "town", "village", "area", "region", "capital", "camp")
# Of those, the ones that stand for whoever the text cited last: "..., said the statement".
SAID_THING_HEADS = ("statement", "announcement", "message", "post", "report")
# The outlet's own voice and wire services are not sources ("Trend reports").
NOT_SOURCES = ("trend", "our correspondent", "the", "this", "reuters", "afp", "ap",
               "the associated press", "associated press",
               # a word of "News reports from Karabakh said": no one who speaks
               "news", "reports", "media reports", "news reports")  # fmt: skip
# A place followed by one of these is a body or a time, not a target
# ("Lviv's mayor", "Moscow time", "Kyiv Regional Council").
# A place's own body that speaks for it: "The Sumy regional administration said drones hit the
# city" (the place is its seat, the strike's when the sentence hits "the city")
SEAT_BODIES = ("administration", "council", "authorities", "police", "emergency service",
               "emergency services", "rescue service", "health department")  # fmt: skip
# A warning heard in a place is no strike on it: "Rocket sirens sounded in Sderot and Ashkelon"
ALERT_WORDS = ("siren", "sirens", "alarm", "alarms", "alert", "alerts", "air raid alert",
               "air-raid alert", "air raid alerts", "air-raid alerts")  # fmt: skip
ALERT_VERBS = ("sounded", "sound", "sounding", "wailed", "went off", "blared", "rang out",
               "were activated", "was activated", "were triggered", "was declared",
               "were declared", "were heard", "was heard")  # fmt: skip
# A body's building, hit in its town: "the Sumy regional administration building"
BODY_BUILDINGS = ("building", "headquarters", "office", "premises", "compound", "offices")
PLACE_BODY_NOUNS = (
    "mayor", "governor", "ministry", "military", "army", "forces", "official", "officials", "regime",
    "authorities", "administration", "leader", "president", "government", "council", "head",
    "prosecutor", "time", "regional administration", "regional state administration", "police",
    "defence", "defense", "news", "media", "agency", "convention", "conventions", "protocol",
    "protocols", "talks", "format", "process", "group", "agreement", "agreements", "accord",
    "accords", "summit", "declaration", "peace",
    # an armed group named by a word that is also a town's: "Fano militia", "Wagner fighters"
    "militia", "militias", "fighters", "rebels", "militants", "gunmen", "troops", "brigade",
    "battalion", "militiamen", "insurgents", "separatists", "jihadists", "paramilitaries",
)  # fmt: skip
# "officials in Kyiv say": where speakers are is not a target.
SPEAKER_PLACE_NOUNS = ("officials", "authorities", "sources", "residents", "diplomats",
                       "leaders", "negotiators", "mediators", "envoys", "delegates",
                       "delegation", "delegations", "journalists", "correspondents",
                       "reporters")  # fmt: skip

# "talks in Geneva", "the embassy in Baku": where something other than a strike happens.
# Travel, not attack: "as Zelensky visits Washington", "civilians fled to Rafah".
TRAVEL_VERBS = ("visit", "visits", "visited", "visiting", "met in", "meet in", "meets in",
                "gathered in", "convened in", "arrived in", "arrives in",
                "arriving in", "travelled to", "traveled to", "travels to", "flew to", "flies to",
                "returned to", "returns to", "headed to", "heads to", "fled to", "flee to",
                "fleeing to", "evacuated to", "moved to", "relocated to", "left for")  # fmt: skip
# Where the wounded are cared for is no target: "taken to a hospital in Deir al-Balah",
# "officials at Al-Aqsa Martyrs Hospital in Deir al-Balah said".
CARE_VERBS = ("taken", "rushed", "brought", "transferred", "transported", "evacuated", "admitted",
              "airlifted", "treated", "hospitalised", "hospitalized", "receiving treatment")  # fmt: skip
CARE_PLACES = ("hospital", "hospitals", "clinic", "clinics", "medical centre", "medical center",
               "medical centres", "medical centers", "medical complex", "medical facility",
               "medical facilities", "morgue", "field hospital")  # fmt: skip
EVENT_PLACE_NOUNS = ("talks", "negotiations", "summit", "meeting", "meetings", "conference",
                     "agreement", "agreements", "embassy", "consulate", "headquartered",
                     "based", "born", "studied", "visit", "visited", "rally", "protest",
                     "protests", "court", "trial", "office", "briefing", "speech",
                     "interview")  # fmt: skip
# A scene of diplomacy or politics is no scene of the strike told after it: "Zelensky met Biden
# in Washington on Sunday. A missile struck a school." (the missile fell elsewhere)
MEETING_VERBS = ("met", "meets", "meet", "hosted", "hosts", "signed", "addressed", "attended",
                 "flew", "arrived", "travelled", "traveled")  # fmt: skip
# A named part of a city is not a target of its own: the strike folds into the city
# ("the Al-Riyadh neighbourhood of Nyala", "the Al-Malaja market", "the Al Shuhada school").
SUB_PLACE_NOUNS = ("neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "quarter",
                   "market", "street", "avenue", "road", "square", "bazaar", "mosque", "school",
                   "hospital", "church", "hotel", "mall", "building", "tower", "university",
                   "stadium", "bridge", "station", "plant", "factory")  # fmt: skip
# Small words a headline in Title Case capitalises and prose never does mid-sentence
# ("Missile Strike On Kharkiv"): a sign that the line is in Title Case.
HEADLINE_SMALL_WORDS = ("On", "Of", "In", "At", "As", "After", "For", "With", "From", "To",
                        "Into", "Over", "Near", "Amid", "And", "By", "Across")  # fmt: skip
# Common words a Title Case headline capitalises ("Five Killed As Drones Hit Kharkiv
# Overnight"): read in lower case, so that only names stay capitalised.
HEADLINE_COMMON_WORDS = ("kills", "kill", "killed", "killing", "wounds", "wounded", "injures",
                         "injured", "injuring", "dead", "death", "deaths", "toll", "rises",
                         "leaves", "left", "comes", "come", "under", "heavy", "fire", "again",
                         "overnight", "new", "more", "civilians", "people", "children", "family",
                         "residents", "hits", "hit", "pound", "pounds", "rain", "rains", "down",
                         "deadly", "fatal", "massive", "night", "day", "morning", "attack",
                         "attacks", "says", "say", "said", "claims", "report", "reports", "city",
                         "town", "village", "region", "amid", "after", "as", "while", "during",
                         "near", "outside", "strikes", "least", "at", "dozens", "several",
                         "another", "two", "three", "four", "five", "six", "seven", "eight",
                         "nine", "ten", "live", "updates", "latest", "breaking",
                         # what a strike sets off: "Drone Attack Sparks Fire At Refinery"
                         "sparks", "spark", "triggers", "prompts", "causes", "ignites",
                         "sets", "rocks", "shakes", "jolts", "damages", "destroys", "hurts",
                         "wounding", "forces", "cuts", "knocks", "blasts",
                         # what a strike hits, and whom: "Airstrike On Rafah Home Kills 11
                         # Members Of One Family"
                         "home", "homes", "house", "houses", "apartment", "apartments", "block",
                         "blocks", "members", "member", "one", "tent", "tents", "shelter",
                         "shelters", "car", "bus", "convoy")  # fmt: skip
# Endings of a district named by its seat's adjective ("Rylsky", "Kupianskyi", "Shebekinsky"),
# longest first is not needed: each is tried in this order.
ADJECTIVE_DISTRICT_ENDINGS = ("s'kyi", "skyi", "skyy", "skiy", "skii", "skij", "sky", "ski")
# ... and of a Ukrainian community, by its seat's feminine adjective ("Derazhnianska")
COMMUNITY_ENDINGS = ("s'ka", "ska")
# A building hit that carries a name of its own, its own event when the sentence names no
# town for it (ANNOTATION.md: a site): "a strike on the Hamama School", "hit the Abu Oreiban
# school", "struck the Al-Ahli Hospital" (an airport, a port: see SITE_NOUNS).
NAMED_SITE_NOUNS = ("school", "hospital", "mosque", "church", "university", "clinic", "college",
                    "stadium", "market")  # fmt: skip
# A building named after its town: "the Kharkiv Regional Hospital", "the Tartar District Court"
# (the town is the place hit; the words between are the building's, not a district's).
FACILITY_NOUNS = ("hospital", "court", "school", "university", "station", "airport", "port",
                  "market", "stadium", "mosque", "church", "cathedral", "hotel", "mall",
                  "plant", "factory", "refinery", "prison", "library", "museum", "theatre",
                  "theater", "lyceum", "college", "clinic",
                  # power plants by their initials: "the Zaporizhzhia NPP", "Kharkiv CHP-5"
                  "npp", "tpp", "hpp", "chp", "chpp")  # fmt: skip
FACILITY_MODIFIERS = ("regional", "city", "district", "central", "oblast", "municipal",
                      "general", "clinical", "state", "children's", "maternity", "railway",
                      "international", "national", "secondary", "high", "oil", "power",
                      "thermal", "medical", "drama", "art", "sea", "river", "main", "nuclear",
                      "hydroelectric", "hydropower")  # fmt: skip
# A name before these is a family's, no place: "the home of the Khalil family"
KIN_GROUP_NOUNS = ("family", "families", "clan", "household")
# Verbs that open a witness's name a comma then describes: "said Olena, a resident of Kharkiv"
SAYING_VERBS = ("said", "says", "told", "added", "recalled", "explained")
# Natural features a place's name may stand for, written after it in lower case: "the Dnipro
# river embankment in Kherson" names no strike on Dnipro city.
NATURAL_FEATURES = ("river", "rivers", "riverbank", "estuary", "delta")
# Verbs of sending aircraft up to defend, not to strike: "Poland scrambled fighter jets".
SCRAMBLE_VERBS = ("scrambled", "scrambles", "scramble", "scrambling")
# Armed sides that speak, told as a plural with no name ("according to local resistance forces").
SPEAKING_FORCES = ("forces", "troops", "fighters", "rebels", "militants", "militiamen",
                   "insurgents")  # fmt: skip
# Words that hedge who attacked ("suspected Islamist militants"): the alleged attacker stands
# after them.
# A place hit on two days told in one sentence: "hit twice: on Saturday by drones and on Sunday
# by missiles"
TWICE_WORDS = ("twice", "two times", "a second time", "on two occasions")
HEDGE_WORDS = ("suspected", "alleged", "presumed")
# A nation joined to these names who made or gave a weapon, not who fired it: "Iranian-made
# Shahed drones", "US-supplied ATACMS missiles"
MAKER_WORDS = ("made", "built", "supplied", "designed", "produced", "manufactured", "provided",
               "donated", "delivered", "developed")  # fmt: skip
# A toll that grew: "the death toll rose to 12", "climbed to nine" (a later, larger count; a day
# after it is the day of the count, not of the strike).
TOLL_RISE_VERBS = ("rose", "rises", "risen", "rising", "climbed", "climbs", "climbing",
                   "increased", "increases", "jumped", "jumps", "reached", "reaches", "grew")  # fmt: skip
# A side's force named by its noun alone ("the army", "the rebels"): the article names its party
# elsewhere with the same noun ("Sudan's army", "M23 rebels").
# The occupier, named so by the other side: its party is the article's one attacker there
OCCUPIER_NOUNS = ("occupation", "occupation forces", "occupation army", "occupying forces",
                  "occupiers", "invaders")  # fmt: skip
BARE_FORCE_NOUNS = ("army", "military", "air force", "armed forces", "rebels", "militants",
                    "fighters", "paramilitaries", "militia", "militiamen", "insurgents", "jihadists",
                    "forces", "troops",
                    # the occupier, as each side's media say it ("the occupation forces" of a
                    # Gaza report, "the occupiers" of a Ukrainian one): whom the article names so
                    *OCCUPIER_NOUNS)  # fmt: skip
# Sides that blame each other name no attacker: "The army and the RSF traded blame"
MUTUAL_BLAME = ("blamed each other", "blame each other", "blaming each other",
                "blamed one another", "accused each other", "accuse each other",
                "accusing each other", "accused one another", "traded blame", "trade blame",
                "trading blame", "traded accusations", "trade accusations",
                "trading accusations", "exchanged accusations", "exchanged blame")  # fmt: skip
# A side named only as the other side ("The enemy fired ..."): no attacker named.
BARE_SIDES = ("enemy", "enemies", "adversary", "opponent")
# Capitalised words that open a sentence's setting, never a name: "In Russia, the defence
# ministry said ..." names no one "In Russia".
OPENING_WORDS = ("In", "On", "At", "From", "For", "By", "With", "After", "Before", "During",
                 "Meanwhile", "Separately", "Elsewhere", "Earlier", "Later", "Overnight")  # fmt: skip
# Places told in the plural: a count in their sentence is a total over them ("missiles at
# Ukrainian cities, killing 36"), not one named place's.
MANY_PLACE_NOUNS = ("cities", "towns", "villages", "settlements", "regions", "provinces",
                    "communities", "districts", "areas across")  # fmt: skip
# Words that put a clause in the future: a day after them is when something will happen ("The
# Security Council will meet on Tuesday to discuss the shelling of ..."), no strike's day.
FUTURE_WORDS = ("will", "shall", "is to", "are to", "is due to", "are due to", "is set to",
                "are set to", "is scheduled to", "are scheduled to", "plans to", "plan to",
                "is expected to", "are expected to", "intends to")  # fmt: skip
# Words that say no one claimed the attack: a side the sentence then names is a guess ("No
# group claimed responsibility, but Boko Haram has carried out similar attacks")
NO_CLAIM_CUES = ("no group claimed", "no group has claimed", "no one claimed", "no one has claimed",
                 "nobody claimed", "nobody has claimed", "no immediate claim",
                 "no claim of responsibility", "not immediately claimed", "has not been claimed",
                 "was not claimed", "went unclaimed")  # fmt: skip
# Ships: one struck at sea near a place is no strike on the place ("struck a Russian patrol
# ship in the Black Sea near Crimea")
SHIP_NOUNS = ("ship", "vessel", "tanker", "boat", "frigate", "corvette", "submarine", "warship",
              "freighter", "cargo ship", "landing ship", "bulk carrier")  # fmt: skip
# Waters an area may be named for: "the Red Sea" is a sea, not Sudan's Red Sea State.
WATER_WORDS = ("sea", "gulf", "ocean", "bay", "strait", "lake", "coast")
# Parts of a city named with "of" and the city: "the Kyivskyi district of Kharkiv", "the
# Al-Riyadh and Texas neighbourhoods of El Fasher" (they fold into the city's event).
CITY_PARTS = ("district", "districts", "neighbourhood", "neighbourhoods", "neighborhood",
              "neighborhoods", "quarter", "quarters", "suburb", "suburbs")  # fmt: skip
# Words that open the story of another strike: the sentence before tells of another
# ("Elsewhere, a strike on a house in Khan Younis killed four").
STORY_TURNS = ("elsewhere", "meanwhile", "separately", "in another", "in a separate",
               "in other news", "in a second")  # fmt: skip
# Other words for a part of the place told before: "a residential area of the city", "the
# outskirts of the town" (a strike there, on a day of its own, is another on that place).
AREA_WORDS = ("area", "areas", "part", "parts", "outskirts", "centre", "center", "port",
              "edge", "south", "north", "east", "west")  # fmt: skip
# Small words inside an organisation's name: a place name before one is only a fragment of it
# ("Doctors without Borders", "Save the Children", "Physicians for Human Rights", "the Committee
# to Protect Journalists").
NAME_JOINERS = ("without", "for", "the", "to")
# "officials in Kyiv say", "like Stepanakert, Shusha...": a speaker's place or a comparison.
SPEAKER_PLACE_WORDS = ("like", "unlike")
# What a town hit is known for, no target itself: "Kurchatov, the town that hosts the Kursk
# nuclear power plant"
HOST_VERBS = ("hosts", "houses", "is home to", "home to", "hosting", "housing")

# ---------------------------------------------------------------- places

# Words after a name that make it a district or a settlement ("Khizi region", "Barda city").
KIND_SUFFIXES = {
    "region": "district", "district": "district", "rayon": "district", "province": "district",
    "oblast": "district", "governorate": "district", "marz": "district", "township": "district",
    "zone": "district", "countryside": "district",  # "the Homs countryside"
    "valley": "district",  # "in the Bekaa valley"
    "townships": "district",
    "regions": "district", "districts": "district", "provinces": "district",
    "oblasts": "district", "governorates": "district", "rayons": "district",
    "city": "settlement", "town": "settlement", "village": "settlement", "towns": "settlement",
    "villages": "settlement", "cities": "settlement", "settlement": "settlement",
    "settlements": "settlement", "camp": "settlement", "camps": "settlement",
    "area": "settlement", "areas": "settlement",
    # a territorial community ("the Derazhnianska community", "the Yeritsvank community")
    "community": "settlement", "communities": "settlement", "hromada": "settlement",
    "hromadas": "settlement",
}  # fmt: skip
# Kind words written as the end of a name: "the Harran Camp", "Jabalia Refugee Camp" (a camp;
# "Gaza City" and "Kherson Oblast" are names a gazetteer holds whole).
NAMED_KINDS = ("camp",)
# Kind words that end the names of first-level areas in GeoNames' data ("Kaduna State",
# "Gilan Province", "Kharkivs’ka Oblast’").
ADMIN_AREA_SUFFIXES = ("state", "region", "province", "governorate", "oblast", "oblast’",
                       "oblast'", "district", "division", "prefecture", "county", "municipality",
                       "regional state")  # fmt: skip
# ... and a second-level area's (a district, an agency, a raion), beside those.
DISTRICT_SUFFIXES = (*ADMIN_AREA_SUFFIXES, "agency", "tribal area", "raion", "rayon")
# Sites that lie in a region a text names after them ("the Ain al-Asad air base in Anbar
# province"), with the words that may stand before their noun.
# The land a nation's word may name as where strikes fall: "over Russian regions", "into
# Israeli territory"
SCENE_NOUNS = ("regions", "region", "territory", "territories", "airspace", "soil", "cities",
               "towns", "villages", "border regions")  # fmt: skip
# Sites named by their kind and a number: "Tower 22", "Checkpoint 300", "Outpost 41"
NUMBERED_SITE_HEADS = ("tower", "camp", "post", "outpost", "checkpoint", "base", "gate",
                       "hangar", "pier", "berth", "platform")  # fmt: skip
# (the built ones: a town named for where one lies is the place hit)
BASE_NOUNS = ("base", "airbase", "airfield", "depot")
SITE_NOUNS = (*BASE_NOUNS, "camp", "compound", "checkpoint")
SITE_MODIFIERS = ("air", "military", "army", "naval", "ammunition", "fuel", "refugee", "displacement",
                  "tent")  # fmt: skip
NAMED_KIND_MODIFIERS = ("refugee", "displacement", "displaced", "tent")
# Kind words written as the end of an area's name: "Kawkareik Township", "Karen State",
# "Rylsky District" (the name before them is the area's, if the gazetteer lacks the whole).
NAMED_AREA_KINDS = ("district", "region", "province", "oblast", "governorate", "township", "valley",
                    "rayon", "raion", "state", "county", "municipality")  # fmt: skip
# The words that call a name an area ("Ethiopia's Amhara region"): a headline's area
# whose town the body names.
AREA_KINDS = ("region", "province", "state", "oblast", "governorate", "district")
# How large a place a singular kind word names: "Kanni village, Kyondoe town, Kawkareik
# Township" names each place inside the next (a kind word of no rank holds nothing).
KIND_RANKS = {"village": 0, "settlement": 0, "camp": 0, "town": 1, "city": 1,
              "township": 2, "district": 2, "rayon": 2, "raion": 2, "marz": 3, "region": 3,
              "province": 3, "oblast": 3, "governorate": 3, "state": 3}  # fmt: skip
# Words between a name and its kind word: "Valuysky urban district", "Sumy rural community".
KIND_MODIFIERS = ("urban", "rural", "municipal", "administrative")
# "the village of Safarli", "towns of Shatvan and Sotk": a settlement follows.
# Words that open a list of places: "including Khiam, Kfar Kila and Aitaroun".
LIST_LEAD_WORDS = ("including", "such as", "namely", "notably", "among them")
# Plural kinds of place before a list lead: "several villages, including A and B".
KINDS_OF_PLACES = ("villages", "towns", "cities", "settlements", "communities", "camps",
                   "neighbourhoods", "neighborhoods", "hamlets")  # fmt: skip
# The place a story told of, named again by its kind: "drones struck the city again".
PLACE_ANAPHORS = ("city", "town", "village", "settlement", "camp", "capital")
# An area told of before, struck again on a day of its own: "missiles targeted the region again"
AREA_ANAPHORS = ("region", "province", "district", "oblast")
# A road named for a town, which it leads to or through: "on the Kafr Kila road" (the town's)
ROAD_NOUNS = ("road", "highway")
# Nouns that name a group of people who speak: "the group" after "The Sudan Doctors Network
# said ..." is the Network (not an armed group the Network spoke of)
SPEAKING_GROUP_NOUNS = ("network", "group", "committee", "union", "observatory", "monitor",
                        "alliance", "coalition", "organisation", "organization", "council",
                        "syndicate", "association", "collective")  # fmt: skip
# A building named before, struck again on a day of its own: "RSF shelling hit the hospital's
# emergency ward" after "the South Hospital in El Fasher" (the town's strike)
BUILDING_ANAPHORS = ("hospital", "school", "market", "mosque", "church", "hotel", "mall",
                     "shelter", "clinic", "university", "monastery", "temple", "pagoda",
                     "cathedral")  # fmt: skip
# Words that make a force the state's own: "government forces", "the federal military"
GOVERNMENT_WORDS = ("government", "federal", "regime", "state", "national", "pro-government")
# Where the state's own force strikes at home and outsiders rarely do: "the military" bombing a
# village there is that state's ("The military bombed a school in Sagaing": Myanmar's). Not
# where a foreign army's strikes are told as "the army said" (Syria, Lebanon, Yemen, Iraq).
HOME_FRONT_PARTIES = {"MM": "Myanmar military", "SD": "Sudanese Armed Forces", "ET": "Ethiopia",
                      "ML": "Mali", "BF": "Burkina Faso", "NG": "Nigeria", "CD": "DR Congo",
                      "TD": "Chad"}  # fmt: skip
# A state's own force named by its noun alone: "the army", "the military"
STATE_FORCE_NOUNS = ("army", "military", "air force", "armed forces")
# Strikes taken up again: "On Sunday the shelling resumed" (at the place told before)
RESUMING_VERBS = ("resumed", "continued", "renewed", "restarted", "picked up again")
# Things in a town a strike hits, beside its buildings: "dropped explosives on a bus"
LOCAL_THINGS = ("bus", "minibus", "car", "house", "home", "building", "apartment block", "tent",
                "vehicle", "shop", "bakery", "playground", "park")  # fmt: skip
SETTLEMENT_PREFIXES = ("village", "villages", "town", "towns", "city", "settlement",
                       "settlements")  # fmt: skip
# Kinds of a settlement a lede tells of unnamed, that the next sentence names: "killed 25 in a
# village in Rakhine state. Jets bombed Thar Dar village".
UNNAMED_SETTLEMENT_KINDS = ("village", "town", "camp")
# Plural kinds that name an area after "in": "villages in Tovuz" lie in the Tovuz district.
AREA_HOLDING_KINDS = ("villages", "settlements", "communities", "hamlets")
# Words that turn a sentence to another strike, perhaps by another side: "Russian drones hit
# Kyiv, while Ukrainian drones struck Belgorod"; "Israel struck Hodeidah, hours after the
# Houthis fired missiles at Tel Aviv" (each clause's attacker and weapon are its own)
# Of those, the ones that name what a strike answered: another, earlier strike, whoever did it
# ("struck al-Qaim in retaliation for a drone attack that killed three soldiers")
CAUSE_TURNS = (
    "in response to",
    "in retaliation for",
    "in revenge for",
    "to avenge",
    "response to",
    "retaliation for",
    "revenge for",
)
CLAUSE_TURNS = ("while", "whereas", "after", "hours after", "a day after", "days after",
                "shortly after", "just hours after", "before", "hours before", "a day before",
                "days before", "meanwhile", *CAUSE_TURNS, "followed", "follows",
                "following")  # fmt: skip
# Verbs whose subject attacks though they are no attack words: "the armed forces of Armenia
# subjected the city of Ganja to artillery fire"
SUBJECTING_VERBS = ("subjected",)
# A first verb of a side's that "and" joins to its attack ("Azerbaijan broke the truce and
# shelled Martuni"): past tenses that do not end in -ed
JOINED_PASTS = ("broke", "kept", "took", "went", "began", "made", "sent", "fought",
                "ignored", "stood", "threw", "swept", "overran")  # fmt: skip
# A side that goes on attacking: "Azerbaijan kept firing at Martuni", "continues to shell"
CONTINUING_VERBS = ("continued", "continues", "continue", "kept", "keeps", "keep", "resumed",
                    "resumes", "carried on", "carries on", "went on", "goes on")  # fmt: skip
# Who speaks for a party, and how a party's own report names it: "Houthi military spokesman
# Yahya Saree said the group fired a missile at Jaffa"
SPOKESPERSON_WORDS = ("spokesman", "spokeswoman", "spokesperson")
# (after a party's word they make it an armed group, no place: "the Houthi group said it had
# launched", "the Hamas movement")
GROUP_ANAPHORS = ("group", "movement", "militia", "organisation", "organization")
# How a sentence dates the strike it retells: "The attack took place on Friday"
TOOK_PLACE_VERBS = ("took place", "happened", "occurred", "was carried out", "came", "struck",
                    "hit")  # fmt: skip
# Kind words after a listed name, besides those: "the Nuseirat refugee camp and the city of X"
LISTED_KINDS = ("camp", "district", "region", "province", "oblast")
# "Russian-occupied Donetsk", "Houthi-controlled Hodeidah", "army-held El Obeid": who holds
# a place, written before its name (never part of the name).
CONTROL_WORDS = ("occupied", "controlled", "held", "run", "led", "backed", "annexed",
                 "administered", "besieged", "allied", "aligned")  # fmt: skip
# A patron written before a group's name or force ("Iran-backed rebels", "Rwanda-backed M23",
# "UAE-supported RSF"): it backs the attacker, it is not the attacker's party.
PATRON_WORDS = ("backed", "aligned", "allied", "supported", "sponsored", "funded", "armed")
# Lower-case words that make a capitalised word before a hyphen an adjective, no place's
# name: "a Christian-majority area", "a Lviv-based firm", "Kurdish-held Qamishli".
COMPOUND_TAILS = (*PATRON_WORDS, "majority", "minority", "dominated", "populated", "inhabited",
                  "based", "held", "controlled", "run", "led", "occupied", "administered",
                  "installed", "appointed", "made", "built", "owned", "linked", "affiliated",
                  "speaking", "born", "bound", "style", "era", "wide")  # fmt: skip
# Words that begin a longer place name, never dropped from it: "West Bank" is not "Bank",
# "Upper Karabakh" is not "Karabakh".
NAME_PARTS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "upper", "lower", "new", "old", "greater", "little", "great", "central", "mount",
              "lake", "port", "cape", "ras", "tal", "tel", "kafr", "beit", "deir", "ain", "khan")  # fmt: skip
# The Arabic article as a name writes it, assimilated or not: "al-Balah", "ez-Zor" (Deir
# ez-Zor), "ash-Shughur", "an-Numan" (a word of a name after its hyphen is capitalised).
ARABIC_ARTICLES = ("al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed",
                   "en", "er", "es", "et", "ez", "ul", "un", "ur", "us")  # fmt: skip
# A word of a name, capitalised or after the Arabic article ("Deir", "ez-Zor"), for patterns
# (initials written with periods are one word: "U.S. forces", "U.K. jets")
NAME_WORD = (
    rf"(?:(?:[A-Z]\.){{2,3}}(?!\w)|[A-Z][\w’'-]*|(?:{'|'.join(ARABIC_ARTICLES)})-[A-Z][\w’'-]*)"
)
# Words that begin a village's name in Azerbaijani, Armenian, Russian and Ukrainian ("Upper",
# "Lower", "Big", "Small", "New"): "the Ashagy village of Agjakend" is Ashagy Agjakend.
NAME_PREFIX_WORDS = ("ashagi", "ashagy", "ashaghi", "yukhari", "yukhary", "boyuk", "kichik",
                     "verin", "nerkin", "mets", "pokr", "nizhny", "nizhniy", "verkhny",
                     "verkhniy", "velyka", "velyki", "mala", "mali", "bolshaya", "malaya",
                     "novo", "staro",
                     # Arabic: "Umm Sirra", "Al Safra", "Beit Hanoun", "Kafr Kila", "Deir al-Balah"
                     "umm", "al", "el", "abu", "ain", "ein", "bir", "beit", "kafr", "kfar",
                     "deir", "tel", "tal", "ras", "wadi", "jabal", "jisr", "khan", "bani",
                     "beni", "sidi", "bab",
                     # Sudan: "Um Sumeima", "Wad al-Nourah", "Jebel Aulia"
                     "um", "wad", "jebel")  # fmt: skip
# Verbs after a capital that make it its government besides the reporting and denial verbs
# ("Moscow and Kyiv say", "Baku responded"); base forms that are not also nouns ("state").
GOVERNMENT_VERBS = ("responded", "retaliated", "say", "claim", "accuse", "blame", "insist", "warn",
                    "called", "calls", "condemned", "condemns", "described", "vowed", "urged",

                    # "Kyiv did not comment": a government that keeps silent speaks as one
                    "did not comment", "did not immediately comment", "declined to comment",
                    "refused to comment", "not commented", "did not respond",
                    "did not immediately respond", "not responded", "did not react",
                    "did not immediately react", "not reacted", "did not confirm",
                    "did not immediately confirm", "has not confirmed", "would not confirm",
                    "declined to confirm", "did not acknowledge", "has not acknowledged",
                    # "Kyiv rarely comments on attacks inside Russia": as a habit, too
                    "comments", "comment", "commented", "acknowledges", "acknowledged",
                    "declines to comment", "refuses to comment",
                    "confirms", "confirmed",
                    # "warning that Kabul would respond": a government that will answer
                    "would respond", "will respond", "would retaliate", "will retaliate",
                    "vows", "threatened", "threatens")  # fmt: skip
# A capital that launches a weapon is its government ("Moscow launched 30 drones at Kyiv"),
# never what the weapon hit.
LAUNCH_VERBS = ("launched", "fired", "unleashed")
# A capital that wages the campaign is its government too ("as Moscow pressed its assault on
# Kharkiv", "Moscow stepped up its attacks"), and so is one that strikes ("Moscow pounded
# Kharkiv": every attack verb's past).
CAMPAIGN_VERBS = ("pressed", "stepped up", "intensified", "escalated", "kept up", "ramped up",
                  "expanded", "pursued", "renewed")  # fmt: skip

# ---------------------------------------------------------------- who did it

# Weapons that stand for the crews firing them: an attacker only with its owner's word
# ("Armenian artillery shelled Tartar", "Israeli tanks fired on Jabalia"; not "The artillery
# attack targeted the camp").
CREW_NOUNS = ("artillery", "tanks", "gunners", "snipers", "sniper", "warships", "gunboats")
# A side named by the aircraft it flies is that side: "Israeli warplanes struck Tyre",
# "Russian drones hit Odesa" give the party (Israel, Russia) as the actor, never a weapon.
# (Crews on the ground stay as named: "Azeri artillery", "Israeli tanks".)
MACHINE_NOUNS = ("warplanes", "jets", "drones", "aircraft", "planes", "helicopters", "gunships",
                 "bombers",
                 # ... or "enemy" of state media: "the Israeli enemy" is Israel
                 "enemy", "aggression")  # fmt: skip
# An attacker that is an air arm strikes from the air: "The Russian air force struck Idlib"
AIR_ARMS = ("air force", "air forces", "aviation")
FORCE_NOUNS = ("armed forces", "forces", "force", "troops", "army", "military", "side", "militia",
               "militias", "rebels", "aircraft", "air force", "war criminals", "fighters", "units",
               "occupiers", "invaders", "drones", "jets", "warplanes", "planes", "helicopters",
               "navy", "paramilitaries", "militants", "gunmen", "junta", "regime", "coalition",
               "separatists", "insurgents", "jihadists", "militiamen", "aviation",
               "armed wing", "military wing",
               # the wording of state media: "the Israeli enemy", "the US-Saudi aggression"
               "enemy", "aggression",
               *CREW_NOUNS)  # fmt: skip
# A side's military objects: a nation word before one names whose it is, not where it stands
# ("a Russian command post near Donetsk" is in Ukraine).
# What a side says its own strikes hit (a claim, not a victim's telling): "the military said
# the strikes targeted Hamas commanders", "the army said the strikes hit RSF gatherings"
CLAIMED_OBJECTS = ("commanders", "commander", "fighters", "militants", "operatives", "targets",
                   "infrastructure", "gatherings", "hideouts", "terrorists", "cells",
                   "launch sites", "weapons depots", "command centres", "command centers")  # fmt: skip
MILITARY_OBJECTS = ("positions", "position", "command post", "command posts", "military base",
                    "military bases", "ammunition depot", "ammunition depots", "soldiers",
                    "servicemen", "air defence", "air defense", "military equipment",
                    "military vehicles", "military personnel", "control point",
                    "observation post", "observation posts",
                    # "destroyed a Russian tank near Pokrovsk": hardware the side owns
                    "tank", "tanks", "armoured vehicle", "armoured vehicles", "armored vehicle",
                    "armored vehicles", "convoy", "howitzer", "howitzers", "launcher",
                    "launchers", "radar", "warship", "patrol boat", "helicopter",
                    "air defence system", "air defense system")  # fmt: skip
# Ground a side holds, fire from which names the side as the attacker: "Tartar was shelled
# from Azerbaijani positions", "rockets fired from Russian-held territory".
FIRING_GROUNDS = ("positions", "position", "side", "lines", "territory", "trenches")
# Words that name a side before a force noun written without an article: "shelling by
# government forces", "fired by rebel fighters".
SIDE_WORDS = ("government", "regime", "enemy", "rebel", "opposition", "separatist", "occupation",
              "occupying", "pro-government", "junta", "army", "militia", "paramilitary")  # fmt: skip
# A side's word before an attack's noun names the attacker: "an army air strike", "rebel
# shelling", "a junta airstrike" (the actor as a reader would write it).
FORCE_MODIFIERS = {"army": "army", "military": "military", "junta": "junta", "militia": "militia", "regime": "regime",
                   "government": "government", "coalition": "coalition", "rebel": "rebels",
                   "separatist": "separatists", "insurgent": "insurgents",
                   "jihadist": "jihadists"}  # fmt: skip
# What a side's force fires or flies, named after its word: "an army drone", "junta jets"
FORCE_WEAPONS = ("drone", "missile", "rocket", "shell", "jet", "warplane", "helicopter",
                 "gunship", "aircraft", "artillery", "mortar")  # fmt: skip
# Words that may stand between the side and the attack ("an army air strike").
ATTACK_MODIFIERS = ("air", "aerial", "drone", "missile", "rocket", "artillery", "mortar", "tank",
                    "naval", "helicopter")  # fmt: skip
# Nouns of an attack besides the strike nouns: "Russian bombardment of Kharkiv".
ATTACK_NOUNS = ("bombardment", "bombardments", "bombing", "bombings", "shelling", "shellings",
                "barrage", "barrages", "raid", "raids")  # fmt: skip
# Words that open a sentence before a name, never part of it ("After Tartar was hit", "On
# Sunday Israeli jets ...").
# Words that open a sentence before a name, never part of it: "An Iskander missile", "Both Tyre
# and Sidon came under fire", "Only Kherson was hit".
NAME_OPENERS = ("A", "An", "The", "Both", "Either", "Neither", "Only", "Even", "All")
SENTENCE_LEADS = ("on", "in", "at", "by", "from", "since", "after", "before", "during",
                  "overnight", "early", "late", "last", "then", "meanwhile", "also", "earlier",
                  "later", "today", "yesterday", "when", "while", "as", "but", "and", "so",
                  "following", "once", "until", "if", "though", "although")  # fmt: skip
# Lower-case words that join clauses or phrases, never the word before a force's noun ("told
# AFP that jets bombed Nyala": AFP is no force; "target Martuni with drones": Martuni is none).
# (those that open or join clauses: "told Reuters that RSF drones struck" names no "RSF"
# agency beside Reuters)
CLAUSE_JOINERS = ("that", "which", "who", "and", "or", "but", "as", "when", "while", "after",
                  "before", "if", "because", "where", "whether")  # fmt: skip
CLAUSE_WORDS = (*CLAUSE_JOINERS, "than", "to", "of", "the", "a",
                "an", "its", "their", "his", "her", "with", "without", "in", "on", "at", "by",
                "from", "near", "into", "for", "against", "towards", "toward")  # fmt: skip
NOT_ACTORS = ("He", "She", "They", "It", "The", "This", "That", "These", "Those", "Another",
              "Other", "Others", "Several", "Many", "Some", "Each", "Both", "Officials",
              "Authorities",
              # an attacker the text does not know: "Unidentified drones attacked the airport"
              "Unidentified", "Unknown", "Unmarked", "Suspected")  # fmt: skip
# Participles that name a kind of force, not what a subject did: "allied forces"
PARTICIPLE_MODIFIERS = ("armed", "allied", "unmanned", "combined", "united", "backed", "based",
                        "trained", "equipped", "uniformed", "masked", "affiliated")  # fmt: skip
# What falls or flies from a weapon, never an attacker: "Debris damaged a house"
REMNANT_NOUNS = ("debris", "fragments", "wreckage", "shrapnel", "remnants", "splinters")
# A force noun naming a civil body or a person, not a force: "Odesa's military administration",
# "the military prosecutor", "a military hospital", "military analysts".
FORCE_BODY_NOUNS = ("administration", "administrations", "prosecutor", "prosecutors",
                    "prosecutor's", "court", "hospital", "academy", "analyst", "analysts",
                    "expert", "experts", "cemetery",
                    # "Ukraine's military intelligence said": who speaks, no force that fired
                    "intelligence", "spy agency", "counterintelligence")  # fmt: skip
# A force that stops an attack defends, it does not attack: "air defences intercepted drones
# launched by the RSF", "the army thwarted a provocation by Armenian forces".
DEFENCE_VERBS = ("intercepted", "intercepts", "intercepting", "shot down", "shoots down",
                 "downed", "thwarted", "repelled", "repulsed", "foiled", "neutralised",
                 "neutralized",
                 # after an ability: "were able to shoot down most drones", "managed to repel"
                 "intercept", "shoot down", "repel", "repulse", "thwart", "foil")  # fmt: skip
# What a defence destroys in the air: "the coalition destroyed a ballistic missile" defends.
AIRBORNE_WEAPONS = ("missile", "drone", "rocket", "UAV")
# Nouns a force holds or makes up: "a heartland of the Houthi rebels" names no attacker.
HELD_BY_WORDS = ("heartland", "stronghold", "bastion", "made up", "composed", "consisting",
                 "territory", "hands", "control")  # fmt: skip
# A force's units by name: "the junta's Light Infantry Battalions No. 545 and 546", "Russia's
# 810th Naval Infantry Brigade" name the attacker more closely than the force alone.
MILITARY_UNITS = ("Battalion", "Battalions", "Brigade", "Brigades", "Regiment", "Regiments",
                  "Division", "Divisions", "Corps", "Battery", "Batteries")  # fmt: skip
# Verbs of holding ground, not of striking: "Gubadli, taken by Azeri troops this week", "Kupiansk,
# captured by Russian forces in 2022" name who holds a place, not who hit it.
CONTROL_VERBS = ("captured", "taken", "seized", "held", "controlled", "occupied", "liberated",
                 "recaptured", "retaken", "overrun", "abandoned", "defended", "garrisoned")  # fmt: skip
DEFENCE_NOUNS = ("air defence", "air defense", "air-defence", "air-defense", "air defences",
                 "air defenses", "anti-aircraft")  # fmt: skip
# What a force owns that is hit: "positions of the Azerbaijani army were shelled", "a meeting
# of Ukrainian air force commanders" (never "shelled from the positions of ...").
TARGET_OWNED = ("positions", "position", "posts", "post", "bases", "base", "headquarters", "meeting",
                "depot", "depots", "warehouse", "convoy", "personnel", "sites", "site",
                "installations", "facilities", "targets", "vehicles")  # fmt: skip
# People of a force who were hit, after a killing or injuring verb: "killed two members of a
# Yazidi militia", "wounded three fighters of the Sinjar Resistance Units" (the force, a victim)
VICTIM_MEMBER_NOUNS = ("members", "member", "fighters", "fighter", "soldiers", "soldier",
                       "officers", "officer", "commanders", "commander", "leaders", "leader",
                       "operatives", "operative", "militants", "militant", "troops")  # fmt: skip

# ---------------------------------------------------------------- sentences

# Words written with a period that does not end the sentence ("Capt. Ivanov", "U.S. officials");
# months and person titles count too.
# Times of day that may end a sentence, but not before an aside: "at 3:40 a.m. (0040 GMT) on
# Sunday"
TIME_ABBREVIATIONS = ("a.m", "p.m")
# Time zones a live blog stamps its entries with: "10:45 GMT - Gaza's Government Media Office
# says ..." (no part of the speaker's name).
TIME_ZONES = ("GMT", "UTC", "CET", "CEST", "EET", "EEST", "EST", "EDT", "MSK", "IST", "AST",
              "PST", "PDT")  # fmt: skip
ABBREVIATED_WORDS = ("maj", "capt", "sgt", "brig", "adm", "cmdr", "cpl", "pvt", "rev", "st",
                     "no", "vs", "u.s", "u.k", "u.n", "e.g", "i.e",
                     "approx", "est", "dept", "gov", "sen", "rep", "prof", "jr", "sr", "inc", "co",
                     "corp")  # fmt: skip

# ---------------------------------------------------------------- dates

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip
# Abbreviations articles use besides the three-letter ones ("Sept. 4").
MONTH_ABBREVIATIONS = ("sept",)
# Weekdays as datelines and some outlets shorten them ("on Sun.", "Sat, 9 Mar 2024"): a day,
# never a place (Mon, India; Sun).
WEEKDAY_ABBREVIATIONS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
                         "thu": "thursday", "thur": "thursday", "thurs": "thursday",
                         "fri": "friday", "sat": "saturday", "sun": "sunday"}  # fmt: skip
# Relative day words -> days before the publication date. "Last night" and "overnight" are the
# report's day: night strikes are reported in the morning, dated to that morning's edition.
RELATIVE_DAYS = {
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
    "earlier today": 0, "yesterday": 1, "last night": 0, "overnight": 0, "during the night": 0,
    "throughout the night": 0,
    "the day before yesterday": 2, "a day earlier": 1, "the day before": 1,
    "the previous day": 1, "a day before": 1, "two days earlier": 2,
}  # fmt: skip
# Of those, the ones counted from the day the speaker speaks: "The governor said on Sunday that
# shells hit Kharkiv this morning" is Sunday morning, whenever the report appears.
SPEECH_DAYS = ("today", "this morning", "this afternoon", "this evening", "tonight",
               "earlier today", "yesterday", "overnight", "last night", "during the night",
               "throughout the night")  # fmt: skip
# Of those, the ones counted back from the day the story tells of ("Strikes hit Kharkiv on
# Sunday. The day before, Sumy was shelled": Saturday), else from the report's day.
STORY_BACK_DAYS = ("a day earlier", "the day before", "the previous day", "a day before",
                   "two days earlier")  # fmt: skip
# The story's own day, told without naming it: "in response to an Israeli strike earlier in
# the day on Aitaroun" is no untold while before (the narrative's day dates it)
SAME_DAY_CUES = ("earlier in the day", "earlier that day", "later in the day", "later that day",
                 "hours earlier", "hours before")  # fmt: skip
# A day after one of these is a span of the war, not a strike's day ("since September 27").
SPAN_WORDS = ("from", "until", "till", "began", "erupted", "started", "broke out")
# Parts of a day that may stand between a date and its verb ("Sunday morning said").
DAY_PARTS = ("morning", "evening", "afternoon", "night")
