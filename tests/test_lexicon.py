"""Every word in every lexicon table is matched by the regex or prefilter built from it.

This is the test that catches a word added to one list but not to the list that must agree
("perished" in the killed words but not in the harm prefilter).
"""

import datetime as dt
import re

import pytest

from conflict_extract import extract
from conflict_extract import lexicon as lx
from conflict_extract.actors import (
    DENY,
    FORCE_NOUN,
    find_deniers,
    force_strike,
    is_actor_phrase,
    named_actor,
    parties,
    party_of,
    party_strike,
    stated_actor,
)
from conflict_extract.casualties import HARM_WORD, NUM, find_counts, named_killed, vague_floors
from conflict_extract.dates import (
    DATE_EXPR,
    MONTHS,
    REPORT_BEFORE,
    SPAN_BEFORE,
    find_dates,
    may_name_a_day,
)
from conflict_extract.dating import STRIKE_DATED
from conflict_extract.fields import (
    ACCUSATION,
    BODY_DESCRIPTION,
    DAMAGE,
    KINDED_LIST_GAP,
    TALLY,
    TURN,
    UNREAL,
)
from conflict_extract.gazetteer import DISTRICT_SUFFIX, REGION_SUFFIX
from conflict_extract.mentions import A_SETTLEMENT
from conflict_extract.phrases import CALENDAR, TITLE_WORDS
from conflict_extract.places import (
    BODY_AFTER,
    CONTAINER_GAP,
    GROUND_BEFORE,
    KIND_PREFIX,
    METONYM_AFTER,
    NAMED_KIND,
    SPEAKER_BEFORE,
    WATER_NAME,
    country_mentions,
    fighting_at,
    is_metonym,
    is_person,
    name_runs,
    scene_abroad,
    travel_before,
)
from conflict_extract.sentences import ABBREVIATIONS, split_sentences
from conflict_extract.sources import (
    SOURCE_NOUNS,
    STATEMENT_BY,
    VERB,
    apposed_initials,
    find_sources,
    is_speaker_phrase,
)
from conflict_extract.strikes import (
    ACCIDENT,
    BLAST,
    FOUND_ORDNANCE,
    HYPOTHETICAL,
    NOT_ATTACKS,
    TREND,
    TRIGGER,
    WAR_SUMMARY,
    is_caption,
    is_recap,
    reports_deaths_at_a_place,
    singular_demonyms,
    triggers,
    without_non_attacks,
)
from conflict_extract.targets import KINDS_LISTED, LIST_LEAD, THE_SAME_PLACE
from conflict_extract.weapons import weapons_in

MONDAY, SUNDAY = dt.date(2024, 3, 11), dt.date(2024, 3, 10)


def whole(pattern: re.Pattern[str], text: str) -> bool:
    """The pattern matches all of ``text`` at some match."""
    return any(m[0].strip() == text for m in pattern.finditer(text))


def number_before_a_noun(word: str) -> str:
    """What the count pattern reads as a number in "<word> men" ("both" counts only so)."""
    found = re.match(NUM, f"{word} men", re.IGNORECASE)
    return found[0] if found else ""


TABLES = [
    ("attack verb", lx.forms(lx.ATTACK_VERBS), lambda w: whole(TRIGGER, w)),
    ("strike noun", lx.STRIKE_NOUNS, lambda w: whole(TRIGGER, w)),
    ("strike pattern", [ex for _, ex in lx.STRIKE_PATTERNS], lambda s: bool(TRIGGER.search(s))),
    ("threat", lx.HYPOTHETICAL_CUES, lambda w: bool(HYPOTHETICAL.search(f"{w} strike"))),
    ("time zone", lx.TIME_ZONES,
     lambda w: find_sources(f"10:45 {w} - Gaza's civil defence says 12 died.")[0].name
     == "Gaza's civil defence"),
    ("compound tail", lx.COMPOUND_TAILS, lambda w: name_runs(f"a strike on a Christian-{w} area") == []),
    ("unnamed settlement", lx.UNNAMED_SETTLEMENT_KINDS,
     lambda w: bool(A_SETTLEMENT.search(f"Jets killed 25 in a {w} in Rakhine state."))),
    ("bare kin", lx.BARE_KIN_NOUNS,
     lambda w: find_counts(f"A missile killed a father and {w} in Kharkiv.")["killed"].value == 2),
    ("victim phrase", lx.VICTIM_PHRASES,
     lambda w: extract(f" date 2024-03-11 A missile hit Kramatorsk on Sunday, killing nine.\n\n"
                       f"Hospital officials said four children were among {w}.")[0].sources
     == ["Hospital officials"]),
    ("unconfirmed lead", lx.UNCONFIRMED_LEADS,
     lambda w: not extract(f" date 2024-03-11 The army said it {w} a strike on Kharkiv on Sunday.")
     and bool(extract(" date 2024-03-11 The army said it had carried out a strike on Kharkiv on "
                      "Sunday."))),
    ("quote label", lx.QUOTE_LABELS,
     lambda w: extract(f" date 2024-03-11 Woman killed\n\nSource: Oleh Syniehubov, on "
                       f"Telegram\n\n{w.title()}: “A bomb hit the village of Kupiansk-Vuzlovyi "
                       "today, killing a woman.”")[0].sources == ["Oleh Syniehubov"]),
    ("leader title", lx.LEADER_TITLES,
     lambda w: extract(f" date 2024-03-11 Drones hit Odesa on Sunday, said Oleg Kiper, the {w} "
                       "of the Odesa Regional Administration.")[0].sources == ["Oleg Kiper"]),
    ("twice word", lx.TWICE_WORDS,
     lambda w: [(str(e.date), e.weapon) for e in extract(
         f" date 2024-03-11 Kharkiv was hit {w}: on Saturday by drones and on Sunday by missiles.")]
     == [("2024-03-09", "drone"), ("2024-03-10", "missile")]),
    ("base noun", lx.BASE_NOUNS,
     lambda w: [e.location for e in extract(
         f" date 2024-03-11 Russia strikes Sevastopol\n\nUkrainian missiles struck the Novaxo "
         f"{w} in Sevastopol on Sunday.")] == ["Sevastopol"]),
    ("attacker noun", lx.ATTACKER_NOUNS,
     lambda w: find_counts(f"The army said it had killed 40 {w}s.") == {}
     and find_counts(f"Forty {w}s were killed.") == {}),
    ("numbered site head", lx.NUMBERED_SITE_HEADS,
     lambda w: [e.location for e in extract(
         f" date 2024-03-11 A drone hit {w.title()} 22 on Sunday, killing three soldiers.")]
     == [f"{w.title()} 22"]),
    ("scene noun", lx.SCENE_NOUNS,
     lambda w: scene_abroad(f"Drones were shot down over Russian {w}.", "UA")
     and not scene_abroad(f"Drones were shot down over Ukrainian {w}.", "UA")),
    ("local thing", lx.LOCAL_THINGS,
     lambda w: [e.location for e in extract(
         f" date 2024-03-11 Officials in Kherson said a Russian drone hit a {w} on Sunday.")]
     == ["Kherson"]),
    ("resuming verb", lx.RESUMING_VERBS,
     lambda w: sorted((e.location, str(e.date)) for e in extract(
         f" date 2024-03-11 Russian forces shelled Kherson on Saturday. On Sunday the shelling "
         f"{w}.")) == [("Kherson", "2024-03-09"), ("Kherson", "2024-03-10")]),
    ("government word", lx.GOVERNMENT_WORDS,
     lambda w: [e.actor_party for e in extract(
         f" date 2024-03-11 {w.capitalize()} forces shelled Idlib on Sunday.")] == ["Syria"]),
    ("state force noun", lx.STATE_FORCE_NOUNS,
     lambda w: [e.actor_party for e in extract(
         f" date 2024-03-11 The {w} bombed a market in Gwoza on Sunday.")] == ["Nigeria"]),
    ("home front party", list(lx.HOME_FRONT_PARTIES),
     lambda w: lx.HOME_FRONT_PARTIES[w] in parties().values()),
    ("local title", lx.LOCAL_TITLES,
     lambda w: [e.sources for e in extract(
         f" date 2024-03-11 Russian strikes on Dnipro killed nine, according to regional {w} "
         f"Serhiy Lysak. Ukrainian drones attacked Kursk on Sunday, the {w} said.")
         if e.location == "Kursk"] == [[f"the {w}"]]),
    ("force weapon", lx.FORCE_WEAPONS,
     lambda w: (force_strike(f"A hospital was struck by an army {w} on Sunday.") or ("",))[0]
     == "army"),
    ("ship noun", lx.SHIP_NOUNS,
     lambda w: extract(f" date 2024-03-11 Ukrainian drones struck a Russian {w} in the Black Sea "
                       "near Crimea on Sunday.") == []),
    ("no claim cue", lx.NO_CLAIM_CUES,
     lambda w: [e.actor for e in extract(
         f" date 2024-03-11 A bomb killed 12 people at a market in Gwoza on Sunday. {w.capitalize()} "
         "the attack, but Boko Haram has carried out similar attacks.")] == [None]),
    ("news body noun", lx.NEWS_BODY_NOUNS,
     lambda w: [e.location for e in extract(
         f" date 2024-03-11 According to the state news {w}, shelling hit Nabatieh on Sunday.")]
     == ["Nabatieh"]),
    ("media speaker noun", lx.MEDIA_SPEAKER_NOUNS,
     lambda w: [e.sources for e in extract(
         f" date 2024-03-11 According to a local {w}, shelling hit Nabatieh on Sunday.")]
     in ([[f"a local {w}"]], [[w]])),  # ("TV channel" read as a name)
    ("not speaker head", lx.NOT_SPEAKER_HEADS, lambda w: not is_speaker_phrase(f"the {w}")),
    ("not name word", lx.NOT_NAME_WORDS,
     lambda w: not is_speaker_phrase(f"The Israeli military {w} comment")),
    ("ruin view word", lx.RUIN_VIEW_WORDS,
     lambda w: extract(f" date 2024-03-11 Volunteers came {w} destroyed houses in Mariupol on "
                       "Sunday.") == []),
    ("intensity adverb", lx.INTENSITY_ADVERBS,
     lambda w: extract(f" date 2024-03-11 He walked past {w} damaged houses in Kherson on "
                       "Sunday.") == []),
    ("aftermath word", lx.AFTERMATH_WORDS,
     lambda w: [e.location for e in extract(
         f" date 2024-03-11 There was {w} in Odesa after Russian drone attacks on Ukrainian "
         "energy sites on Sunday.")] == ["Odesa"]),
    ("count qualifier", lx.COUNT_QUALIFIERS,
     lambda w: find_counts(f"A missile hit a bus in Kharkiv, killing {w} 12 "
                           f"{'and 14 ' if w == 'between' else ''}passengers.")["killed"].value
     == 12),
    ("blame participle", lx.BLAME_PARTICIPLES,
     lambda w: [(e.actor, e.sources) for e in extract(
         f" date 2024-03-11 Drone strike on El Obeid kills 5, RSF {w}\n\nFive civilians were "
         "killed on Saturday when a drone struck El Obeid, a medical source said.")]
     == [("RSF", ["medical source"])]),
    ("standing adverb", lx.STANDING_ADVERBS,
     lambda w: [e.denied_by for e in extract(
         f" date 2024-03-11 A Russian missile hit Sumy on Sunday, the governor said. Moscow has "
         f"{w} denied targeting civilians.")] == [[]]),
    ("general victim", lx.GENERAL_VICTIMS,
     lambda w: [e.denied_by for e in extract(
         f" date 2024-03-11 A Russian missile hit Sumy on Sunday, the governor said. Moscow "
         f"denies targeting {w}.")] == [[]]),
    ("non-committal act", lx.NONCOMMITTAL_ACTS,
     lambda w: [e.sources for e in extract(
         f" date 2024-03-11 A missile hit Kharkiv on Sunday, the governor said. Russia's defence "
         f"ministry said it was {w} the report.")] == [["the governor"]]),
    ("non-committal state", lx.NONCOMMITTAL_STATES,
     lambda w: [e.sources for e in extract(
         f" date 2024-03-11 A missile hit Kharkiv on Sunday, the governor said. Russia's defence "
         f"ministry said the report was {w}.")] == [["the governor"]]),
    ("joined past", lx.JOINED_PASTS,
     lambda w: [e.actor for e in extract(
         f" date 2024-03-11 Azerbaijan {w} the truce and shelled Martuni on Sunday.")]
     == ["Azerbaijan"]),
    ("continuing verb", lx.CONTINUING_VERBS,
     lambda w: [e.actor for e in extract(
         f" date 2024-03-11 On Sunday Russia {w} shelling Kherson.")] == ["Russia"]),
    ("disposal verb", lx.DISPOSAL_VERBS,
     lambda w: extract(f" date 2024-03-11 An unexploded shell found near Izium was {w} by "
                       "sappers on Sunday.") == []),
    ("shooter", lx.SHOOTERS,
     lambda w: [e.killed for e in extract(
         f" date 2024-03-11 A man was shot dead by {w} in Kherson on Sunday.")] == [1]),
    ("object report verb", lx.OBJECT_REPORT_VERBS,
     lambda w: [(e.actor, e.sources) for e in extract(
         f" date 2024-03-11 Israel {w} the proposal and struck Rafah on Sunday.")]
     == [("Israel", [])]),
    ("remnant noun", lx.REMNANT_NOUNS,
     lambda w: stated_actor(f"{w.capitalize()} damaged a house in the village.") is None),
    ("participle modifier", lx.PARTICIPLE_MODIFIERS,
     lambda w: (stated_actor(f"Russian {w} forces shelled the town.") or ("",))[0]
     == f"Russian {w} forces"),
    ("singular demonym", singular_demonyms(),
     lambda w: find_counts(f"One {w} was killed when shells hit the village.")["killed"].value
     == 1),
    ("speech past", lx.SPEECH_PASTS,
     lambda w: extract(f" date 2024-03-11 Residents of Kherson have endured daily shelling for "
                       f"months, locals {w} Reuters on Sunday.") == []),
    ("own report verb", lx.OWN_REPORT_VERBS,
     lambda w: [a.name for a in find_sources(f"Shells hit Tartar, APA {w}, citing the ministry.")]
     == ["the ministry"]),
    ("same-day cue", lx.SAME_DAY_CUES,
     lambda w: {e.location: e.date for e in extract(
         f" date 2024-05-20 Hezbollah fired rockets at Metula on Sunday in response to an "
         f"Israeli strike {w} on Aitaroun.")}.get("Aitaroun") == dt.date(2024, 5, 19)),
    ("host verb", lx.HOST_VERBS,
     lambda w: [e.location for e in extract(
         f" date 2024-03-11 A drone hit Kurchatov, the town {w} the Kursk nuclear power plant, "
         "on Sunday.")] == ["Kurchatov"]),
    ("claimed object", lx.CLAIMED_OBJECTS,
     lambda w: [e.actor for e in extract(
         f" date 2024-03-11 The Israeli military said the strikes targeted enemy {w} in Rafah.")]
     == ["Israeli military"]),
    ("commemoration cue", lx.COMMEMORATION_CUES,
     lambda w: extract(f" date 2024-03-11 Residents held a service, the {w} the shelling of "
                       "Kharkiv.") == []),
    ("maker word", lx.MAKER_WORDS,
     lambda w: stated_actor(f"Iranian-{w} drones hit the town.") is None
     and (stated_actor(f"Russian forces fired Iranian-{w} drones.") or ("",))[0]
     == "Russian forces"),
    ("awaiting cue", lx.AWAITING_CUES,
     lambda w: bool(HYPOTHETICAL.search(f"Kyiv {w} a new wave of Russian missile strikes"))),
    ("plan cue", lx.PLAN_CUES, lambda w: bool(HYPOTHETICAL.search(f"{w} new airstrikes"))),
    ("threat verb", list(lx.ATTACK_VERBS), lambda w: bool(HYPOTHETICAL.search(f"could {w}"))),
    ("threat pattern", [ex for _, ex in lx.HYPOTHETICAL_PATTERNS],
     lambda s: bool(HYPOTHETICAL.search(f"{s} strikes"))),
    ("war summary", lx.WAR_SUMMARY_CUES, lambda w: bool(WAR_SUMMARY.search(w))),
    ("habitual", lx.HABITUAL_WORDS, lambda w: bool(WAR_SUMMARY.search(f"{w} shelling"))),
    ("agreement", lx.AGREEMENT_NOUNS, lambda w: bool(NOT_ATTACKS.search(f"a {w} was struck"))),
    ("not an attack", lx.NOT_ATTACK_PHRASES, lambda w: bool(NOT_ATTACKS.search(w))),
    ("verbal barrage", lx.VERBAL_BARRAGES,
     lambda w: bool(NOT_ATTACKS.search(f"Fans bombarded the Kharkiv team with {w} on Sunday."))),
    ("accident cause", lx.ACCIDENT_CAUSES, lambda w: whole(ACCIDENT, w)),
    ("harm participle", lx.HARM_PARTICIPLES,
     lambda w: reports_deaths_at_a_place(f"Two people were {w} in Kharkiv.")),
    ("combat verb", lx.COMBAT_VERBS, lambda w: fighting_at(t := f"Troops {w} with soldiers near Pokrovsk.", t.find("Pokrovsk"))),
    ("phrase end", lx.PHRASE_ENDS,
     lambda w: find_sources(f"Shells hit Goris, said the ministry {w} Yerevan.")[0].name
     == "the ministry"),
    ("spokesperson word", lx.SPOKESPERSON_WORDS,
     lambda w: stated_actor(f"Hezbollah {w} Ali Ahmad said the group fired rockets at Haifa.")
     == ("Hezbollah", 0, 9)),
    ("group anaphor", lx.GROUP_ANAPHORS,
     lambda w: stated_actor(f"Hezbollah spokesman Ali Ahmad said the {w} fired rockets at Haifa.")
     == ("Hezbollah", 0, 9)),
    ("subjecting verb", lx.SUBJECTING_VERBS,
     lambda w: stated_actor(f"Hamas {w} Sderot with rockets.") is not None),
    ("clause turn", lx.CLAUSE_TURNS, lambda w: bool(TURN.fullmatch(f", {w} "))),
    ("took place verb", lx.TOOK_PLACE_VERBS,
     lambda w: bool(STRIKE_DATED.search(f"The attack {w} on Friday."))),
    ("listed kind", lx.LISTED_KINDS, lambda w: bool(KINDED_LIST_GAP.match(f" {w} and the city of "))),
    ("blast noun", lx.BLAST_NOUNS, lambda w: whole(BLAST, w)),
    ("intensifying verb", lx.INTENSIFYING_VERBS,
     lambda w: bool(TREND.search(f"Russia has {w} its attacks on Kharkiv."))),
    ("habitual noun", lx.HABITUAL_NOUNS,
     lambda w: bool(TREND.search(f"Russia has intensified its {w} on Kharkiv."))),
    ("killed word", lx.KILLED_WORDS, lambda w: bool(HARM_WORD.search(w))),
    ("injured word", lx.INJURED_WORDS, lambda w: bool(HARM_WORD.search(w))),
    ("casualty noun", lx.CASUALTY_NOUNS, lambda w: bool(HARM_WORD.search(w))),
    ("killing verb", lx.KILLING_VERBS,
     lambda w: bool(HARM_WORD.search(w))
     and find_counts(f"Shells hit the town, {w} 14 people.")["killed"].value == 14),
    ("injuring verb", lx.INJURING_VERBS, lambda w: bool(HARM_WORD.search(w))),
    ("zero phrase", list(lx.ZERO_PHRASES), lambda w: bool(HARM_WORD.search(w))),
    ("speech day", lx.SPEECH_DAYS,
     lambda w: find_dates(f"The governor said on Sunday that shells hit the town {w}.", MONDAY)[-1]
     .date == SUNDAY - dt.timedelta(days=lx.RELATIVE_DAYS[w])),
    ("no damage phrase", lx.NO_DAMAGE_PHRASES,
     lambda w: {n: c.value for n, c in find_counts(f"Shells fell, and {w}.").items()}
     == {"killed": 0, "injured": 0}),
    ("military unit", lx.MILITARY_UNITS,
     lambda w: stated_actor(f"The Russian army's 3rd {w} shelled Kherson.")[0]  # type: ignore[index]
     == f"Russian army's 3rd {w}"),
    ("striking worker", lx.STRIKING_WORKERS,
     lambda w: not triggers(without_non_attacks(f"The strike by {w} at the port went on."))),
    ("control verb", lx.CONTROL_VERBS,
     lambda w: stated_actor(f"Shells hit Izium, {w} by Russian forces, on Sunday.") is None),
    ("number word", [w for w in lx.NUMBER_WORDS if w not in ("no", "a", "an")],
     lambda w: number_before_a_noun(w) == w),
    ("report verb", lx.forms(lx.REPORT_VERBS), lambda w: whole(VERB, w)),
    ("report verb dates", lx.forms(lx.REPORT_VERBS), lambda w: bool(REPORT_BEFORE.search(f"{w} on "))),
    ("weapon that harms", lx.WEAPON_NAMES,
     lambda w: bool(triggers(f"{w} killed five")) and bool(triggers(f"{w} wounded two"))),
    ("month-only cue", lx.MONTH_ONLY_BEFORE, lambda w: is_recap(f"{w} February shells hit X")),
    ("found verb", lx.FOUND_VERBS,
     lambda w: bool(FOUND_ORDNANCE.search(f"two artillery shells were {w} in the city"))),
    ("citing word", lx.CITING_WORDS,
     lambda w: [a.name for a in find_sources(f"Shells hit Kharkiv, Ukrinform said, {w} the police.")]
     == ["Ukrinform", "the police"]),
    ("later death", lx.LATER_DEATHS,
     lambda w: [e.killed for e in extract(f"A drone hit Kharkiv on Sunday, killing ten people. "
                                          f"{w[:1].upper()}{w[1:]} later died.",
                                          published=dt.date(2024, 3, 11))] == [10 + (
         lx.NUMBER_WORDS.get(w.split()[0], 1) if w.split()[0] not in ("a", "another") else 1)]),
    ("place-only head", lx.PLACE_ONLY_HEADS,
     lambda w: [a.name for a in find_sources(f"Shells hit Kharkiv, an AFP reporter in the {w} said.")]
     == ["AFP reporter"]),
    ("time abbreviation", lx.TIME_ABBREVIATIONS,
     lambda w: len(split_sentences(f"Shells hit Kharkiv at 3:40 {w}. (0040 GMT) on Sunday.")) == 1),
    ("mutual blame", lx.MUTUAL_BLAME,
     lambda w: stated_actor(f"Russian forces and Ukrainian forces {w} over the attack.") is None),
    ("toll update verb", lx.TOLL_UPDATE_VERBS,
     lambda w: [a.name for a in find_sources(f"Officials {w} the death toll at nine.")]
     == ["Officials"]),
    ("unreal word", lx.UNREAL_WORDS,
     lambda w: UNREAL.test(f"the UN {w} that") and not UNREAL.test(f"the UN {w}s that")),
    ("accusation noun", lx.ACCUSATION_NOUNS,
     lambda w: bool(ACCUSATION.search(f"said the {w} was a lie"))),
    ("caption label", lx.CAPTION_LABELS,
     lambda w: is_caption(f"{w}: Smoke rises over Kharkiv.")
     and is_caption(f"{w.upper()}: Smoke rises over Kharkiv.")),
    ("picture noun", lx.PICTURE_NOUNS,
     lambda w: [a.name for a in find_sources(f"Shells hit Kharkiv, a {w} of the ruins shows.")]
     == [] and bool(STATEMENT_BY.search(f"a {w} by the ministry"))),
    ("superlative", lx.SUPERLATIVES,
     lambda w: not is_recap(f"Shells hit Sumy on Sunday in the {w} attack on it since 2020.")),
    ("many areas", lx.MANY_AREAS_WORDS,
     lambda w: find_counts(f"Nine people were killed in strikes on {w} the country overnight.")
     == {}),
    ("patron word", lx.PATRON_WORDS, lambda w: party_of(f"the Iran-{w} rebels") is None),
    ("firing ground", lx.FIRING_GROUNDS,
     lambda w: party_of(named_actor(f"Shells fired from the Russian {w} hit Kharkiv.")[0]) == "Russia"),
    ("media word", lx.MEDIA_WORDS,
     lambda w: [a.name for a in find_sources(f"Citing medics, the {w} said shells hit Kharkiv.")]
     == ["medics"]),
    ("body description", lx.BODY_DESCRIPTIONS, lambda w: bool(BODY_DESCRIPTION.match(f"the {w}"))),
    ("damage noun", lx.DAMAGE_NOUNS, lambda w: bool(DAMAGE.search(f"the {w} was seen"))),
    ("denial verb", lx.DENIAL_VERBS, lambda w: bool(DENY.search(f"{w} the claims"))),
    ("denial object", lx.DENIAL_OBJECTS, lambda w: bool(DENY.search(f"denied {w}"))),
    ("person title", lx.PERSON_TITLES, lambda w: w in TITLE_WORDS),
    ("body word", lx.BODY_WORDS, lambda w: w in TITLE_WORDS),
    ("speaker noun", lx.SPEAKER_NOUNS, lambda w: w in SOURCE_NOUNS),
    ("place body noun", lx.PLACE_BODY_NOUNS, lambda w: bool(BODY_AFTER.search(f" {w}"))),
    ("speaker place noun", lx.SPEAKER_PLACE_NOUNS, lambda w: bool(SPEAKER_BEFORE.search(f"{w} in "))),
    ("aside cue", lx.ASIDE_CUES,
     lambda w: find_counts(f"Nine civilians, {w} women and children, were killed.")["killed"].value
     == 9),
    ("defence verb", lx.DEFENCE_VERBS,
     lambda w: stated_actor(f"The Sudanese army {w} drones over Omdurman.") is None),
    ("defence noun", lx.DEFENCE_NOUNS, lambda w: not is_actor_phrase(f"Ukrainian {w} units")),
    ("target owned", lx.TARGET_OWNED,
     lambda w: stated_actor(f"Shells hit {w} of the Israeli army near Metula.") is None),
    ("injury adverb", lx.INJURY_ADVERBS,
     lambda w: find_counts(f"A man was {w} wounded.")["injured"].value == 1),
    ("one person noun", lx.ONE_PERSON_NOUNS,
     lambda w: find_counts(f"The strike killed a {w}.")["killed"].value == 1),
    ("added group word", lx.ADDED_GROUP_WORDS,
     lambda w: find_counts(f"One man was wounded and two {w} were injured.")["injured"].value == 3),
    ("campaign verb", lx.CAMPAIGN_VERBS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 A missile hit Kharkiv on Sunday, "
                                            f"as Moscow {w} its assault on the city.")]
     == ["Kharkiv"]),
    ("headline common word", lx.HEADLINE_COMMON_WORDS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 Drone Attack {w.title()} Fire In "
                                            "Volgograd\n\nA drone hit the Volgograd refinery "
                                            "overnight.")] == ["Volgograd"]),
    ("name opener", lx.NAME_OPENERS,
     lambda w: name_runs(f"{w} Tyre and Sidon came under fire.")[0].text == "Tyre"),
    ("office title", lx.OFFICE_TITLES,
     lambda w: name_runs(f"Kharkiv {w.title()} Ihor Terekhov said.")[0].text == "Kharkiv"),
    ("seat modifier", lx.SEAT_MODIFIERS,
     lambda w: name_runs(f"Odesa {w.title()} Governor Oleh Kiper said.")[0].text == "Odesa"),
    ("drill word", lx.DRILL_WORDS,
     lambda w: extract(f" date 2024-03-11 Troops held military {w} near Baku on Sunday, with "
                       "artillery units firing at targets.") == []),
    ("story turn", lx.STORY_TURNS,
     lambda w: [e.weapon for e in extract(f" date 2024-03-11 Rockets hit a school in Sderot on "
                                          f"Sunday. {w.capitalize()}, a strike on a house in "
                                          "Rafah killed four.")] == ["rocket", "unspecified"]),
    ("bearing word", lx.BEARING_WORDS,
     lambda w: find_counts(f"Jets carried out strikes across {w} Lebanon, killing 22 people.")
     == {}),
    ("owned claim noun", lx.OWNED_CLAIM_NOUNS,
     lambda w: [a.name for a in find_sources(f"Moscow denied Kyiv's {w} that missiles hit Odesa.")]
     == ["Kyiv"]),
    ("work noun", lx.WORK_NOUNS,
     lambda w: extract(f' date 2024-03-11 The {w} "Strike on Kharkiv" premiered in Kyiv on '
                       "Sunday.") == []),
    ("alert word", lx.ALERT_WORDS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 Rocket {w} sounded in Sderot and "
                                            "Ashkelon on Sunday. Two rockets hit Sderot.")]
     == ["Sderot"]),
    ("alert verb", lx.ALERT_VERBS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 Sirens {w} in Sderot and "
                                            "Ashkelon on Sunday. Two rockets hit Sderot.")]
     == ["Sderot"]),
    ("seat body", lx.SEAT_BODIES,
     lambda w: [e.location for e in extract(f" date 2024-03-11 The Sumy regional {w} said drones "
                                            "hit the city on Sunday.")] == ["Sumy"]),
    ("body building", lx.BODY_BUILDINGS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 A missile hit the Sumy regional "
                                            f"administration {w} on Sunday.")] == ["Sumy"]),
    ("share verb", lx.SHARE_VERBS,
     lambda w: [(e.location, e.killed) for e in extract(
         f" date 2025-05-08 Pakistani shelling hit Poonch and Rajouri on Wednesday.\n\nPoonch "
         f"district {w} all 13 deaths, officials said.")][:1] == [("Poonch", 13)]),
    ("air arm", lx.AIR_ARMS,
     lambda w: [e.weapon for e in extract(f" date 2024-03-11 The Russian {w} struck Idlib on "
                                          "Sunday.")] == ["air"]),
    ("meeting verb", lx.MEETING_VERBS,
     lambda w: extract(f" date 2024-03-11 The president {w} in Washington on Sunday. At midday, a missile "
                       "struck a school.") == []),
    ("area qualifier", lx.AREA_QUALIFIERS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 Russian jets struck Saraqib in {w} "
                                            "Idlib on Sunday.")] == ["Saraqib"]),
    ("named site noun", lx.NAMED_SITE_NOUNS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 An Israeli strike hit the Al-Nour "
                                            f"{w} on Sunday.")] == [f"Al-Nour {w}"]),
    ("area word", lx.AREA_WORDS,
     lambda w: bool(THE_SAME_PLACE.search(f"a missile struck a residential {w} of the city"))),
    ("vague count", lx.VAGUE_COUNTS,
     lambda w: find_counts(f"The strike killed 20 people, with {w} more wounded.")
     == {"killed": find_counts("The strike killed 20 people.")["killed"]}),
    ("claimed attack noun", lx.CLAIMED_ATTACK_NOUNS,
     lambda w: (stated_actor(f"Al-Shabaab later claimed the {w}.") or ("",))[0] == "Al-Shabaab"),
    ("road noun", lx.ROAD_NOUNS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 An Israeli drone targeted a car "
                                            f"on the Kafr Kila {w} on Sunday.")] == ["Kafr Kila"]),
    ("speaking group noun", lx.SPEAKING_GROUP_NOUNS,
     lambda w: [e.sources for e in extract(f" date 2024-03-11 The Darfur Doctors {w.title()} said "
                                           "the RSF shelled El Fasher on Sunday. The group said "
                                           "nine people were killed.")]
     == [[f"The Darfur Doctors {w.title()}"]]),
    ("pair noun", lx.PAIR_NOUNS,
     lambda w: find_counts(f"A strike killed the {w}.")["killed"].value == 2),
    ("launching verb", lx.LAUNCHING_VERBS,
     lambda w: (stated_actor(f"Russia {w} drones at Kyiv.") or ("Russia",))[0] == "Russia"),
    ("area anaphor", lx.AREA_ANAPHORS,
     lambda w: bool(THE_SAME_PLACE.search(f"On Friday, missiles targeted the {w} again."))
     and bool(THE_SAME_PLACE.search(f"The {w} came under fire again on Friday."))),
    ("building anaphor", lx.BUILDING_ANAPHORS,
     lambda w: bool(THE_SAME_PLACE.search(f"On Friday, shelling hit the {w} again."))
     and not THE_SAME_PLACE.search(f"On Friday, shelling hit the {w} of the town.")),
    ("counted thing", lx.COUNTED_THINGS,
     lambda w: find_counts(f"Troops shelled 13 {w}, killing two people.")["killed"].value == 2),
    ("vague count's least", lx.VAGUE_COUNTS,
     lambda w: vague_floors(f"The strike killed {w} of people and wounded {w} more.")
     == {"killed": lx.VAGUE_COUNTS[w], "injured": lx.VAGUE_COUNTS[w]}),
    ("no title word", lx.NOT_TITLE_WORDS,
     lambda w: named_killed(f"The strike killed troops {w} Ali Hassan Khalil.") is None
     and named_killed("The strike killed troops' commander Ali Hassan Khalil.") is not None),
    ("adjective noun", lx.ADJECTIVE_NOUNS,
     lambda w: not find_counts(f"The strike killed the {w} council members.")),
    ("self-report body", lx.SELF_REPORT_BODIES,
     lambda w: (stated_actor(f"Russia's military {w} said its forces struck Kupiansk.") or "")[0]
     == "Russia's forces"),
    ("person description", lx.PERSON_DESCRIPTIONS,
     lambda w: [e.sources for e in extract(f" date 2024-03-11 Governor Oleh Syniehubov said "
                                           f"rescuers were at work. Shells hit Kharkiv, the {w} said.")]
     == [["Oleh Syniehubov"]]),
    ("person possession", lx.PERSON_POSSESSIONS,
     lambda w: is_person(f"after Ahmad's {w} was", 6, "Ahmad")),
    ("ground verb", lx.GROUND_VERBS, lambda w: bool(GROUND_BEFORE.search(f"forces {w} the town of "))),
    ("settlement prefix", lx.SETTLEMENT_PREFIXES, lambda w: bool(KIND_PREFIX.search(f"{w} of "))),
    ("government verb", lx.GOVERNMENT_VERBS, lambda w: bool(METONYM_AFTER.search(f" {w}"))),
    ("force noun", lx.FORCE_NOUNS, lambda w: bool(re.fullmatch(FORCE_NOUN, w))),
    ("crew noun", lx.CREW_NOUNS,
     lambda w: [e.actor for e in extract(f" date 2024-03-11 Russian {w} shelled Kupiansk on Sunday.")]
     == [f"Russian {w}"]
     and [e.actor for e in extract(f" date 2024-03-11 The {w} shelled Kupiansk on Sunday.")]
     == [None]),
    ("kin group noun", lx.KIN_GROUP_NOUNS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 A shell hit the home of the "
                                            f"Haddad {w} in Tyre on Sunday.")] == ["Tyre"]),
    ("saying verb", lx.SAYING_VERBS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 “A drone hit our building,” {w} "
                                            "Olena, a resident of Kharkiv.")] == ["Kharkiv"]),
    ("natural feature", lx.NATURAL_FEATURES,
     lambda w: [e.location for e in extract(f" date 2024-03-11 Shelling damaged homes near the "
                                            f"Dnipro {w} in Kherson on Sunday.")] == ["Kherson"]),
    ("weapon modifier", lx.WEAPON_MODIFIERS,
     lambda w: [e.weapon for e in extract(f" date 2024-03-11 Russian troops struck Nikopol with "
                                          f"kamikaze drones and {w} artillery on Sunday.")]
     == ["unspecified"]),
    ("machine noun", lx.MACHINE_NOUNS,
     lambda w: [e.actor for e in extract(f" date 2024-03-11 Israeli {w} struck Tyre on Sunday.")]
     == ["Israel"]
     and all("coalition" in (e.actor or "") for e in extract(
         f" date 2024-03-11 Saudi-led coalition {w} struck Saada on Sunday."))),
    ("speech adverb", lx.SPEECH_ADVERBS,
     lambda w: [e.actor for e in extract(f" date 2024-03-11 Hezbollah said {w} it had fired a "
                                         "barrage of rockets at Nahariya.")] == ["Hezbollah"]
     and [e.actor for e in extract(f" date 2024-03-11 Hezbollah {w} said it had fired a "
                                   "barrage of rockets at Nahariya.")] == ["Hezbollah"]),
    ("measure unit", lx.MEASURE_UNITS,
     lambda w: find_counts(f"Drones hit the town 15 {w} from the border, injuring two.")["injured"]
     .value == 2),
    ("anchor city", lx.ANCHOR_CITIES,
     lambda w: [e.location for e in extract(f" date 2024-03-11 Jets struck {w} on Sunday.")] == [w]
     and not extract(f" date 2024-03-11 Strikes across {w} killed 40 on Sunday.")),
    ("planted bomb word", lx.PLANTED_BOMB_WORDS,
     lambda w: [e.weapon for e in extract(f" date 2024-03-11 A {w} bomb killed five in Mogadishu.")]
     == ["unspecified"]
     and [e.weapon for e in extract(f" date 2024-03-11 A {w} bomber killed five in Mogadishu.")]
     == ["unspecified"]),
    ("supply verb", lx.SUPPLY_VERBS,
     lambda w: not extract(f" date 2024-03-11 Ukraine agreed in Warsaw to {w} artillery shells.")
     and not extract(f" date 2024-03-11 Allies {w} artillery shells to Kharkiv on Sunday.")),
    ("sending verb", lx.SENDING_VERBS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 Russia {w} 40 drones at Kharkiv "
                                            "overnight.")] == ["Kharkiv"]),
    ("drill verb", lx.DRILL_VERBS,
     lambda w: not extract(f" date 2024-03-11 The army {w} drills near Fuzuli on Sunday, firing "
                           "artillery at mock targets.")),
    ("sport word", lx.SPORT_WORDS,
     lambda w: not extract(f" date 2024-03-11 The {w} ended 2-1 in Lviv, a shot struck late.")),
    ("own attack gerund", lx.OWN_ATTACK_GERUNDS,
     lambda w: (stated_actor(f"The raid followed the Houthis' claim of {w} drones at Eilat.")
                or ("",))[0] == "Houthis"),
    ("lapse unit", lx.LAPSE_UNITS,
     lambda w: [e.date for e in extract(f" date 2024-03-11 Jets struck Hodeidah on Sunday, {w} "
                                        "after the Houthis fired drones at Eilat.")
                if e.location == "Eilat"] == [None]),
    ("visiting person", lx.VISITING_PEOPLE,
     lambda w: country_mentions(f"Shelling killed two in Tartar, a Syrian {w} said.")
     == ({}, frozenset())
     and country_mentions("Shelling killed two in Tartar, a Syrian official said.")[0]
     == {"SY": 1}),
    ("military object", lx.MILITARY_OBJECTS,
     lambda w: country_mentions(f"Drones hit a Russian {w} near the town.")[0] == {}),
    ("force modifier", lx.FORCE_MODIFIERS,
     lambda w: (force_strike(f"An {w} air strike hit Mellit.") or "")[0] == lx.FORCE_MODIFIERS[w]),
    ("attack modifier", lx.ATTACK_MODIFIERS,
     lambda w: (force_strike(f"A junta {w} strike hit Tabayin.") or "")[0] == "junta"),
    ("attack noun", lx.ATTACK_NOUNS,
     lambda w: (party_strike(f"Russian {w} of Kharkiv went on.") or "")[0] == "Russia"
     and (force_strike(f"Rebel {w} of Kadugli went on.") or "")[0] == "rebels"),
    ("figurative target", lx.FIGURATIVE_TARGETS,
     lambda w: not without_non_attacks(f"Critics attacked the {w} in Kyiv.").count("attacked")),
    ("tally cue", lx.WAR_TALLY_CUES, lambda w: bool(WAR_SUMMARY.search(f"{w} 45 people died"))),
    ("several strikes cue", lx.SEVERAL_STRIKES_CUES,
     lambda w: bool(TALLY.search(f"killed 12 {w}")) and not WAR_SUMMARY.search(f"killed 12 {w}")),
    ("firing side", lx.FIRING_SIDES, lambda w: bool(triggers(f"Two were killed by {w} fire."))),
    ("family noun", lx.FAMILY_NOUNS,
     lambda w: find_counts(f"Nine members of one {w} died.")["killed"].value == 9),
    ("own fire cause", lx.OWN_FIRE_CAUSES,
     lambda w: find_deniers(f"Russia said the blast was caused by a Ukrainian {w} missile.")
     == ("Russia",)),
    ("disowning phrase", lx.DISOWNING_PHRASES,
     lambda w: find_deniers(f"Baku said it had {w} the attack.") == ("Baku",)),
    ("attack adverb", lx.ATTACK_ADVERBS,
     lambda w: (stated_actor(f"Russians {w} shell Kherson.") or ("",))[0] == "Russians"),
    ("figurative object lead", lx.FIGURATIVE_OBJECT_LEADS,
     lambda w: not triggers(f"Ukrainians launch {w} drive in Kyiv.")),
    ("clause joiner", lx.CLAUSE_JOINERS,
     lambda w: apposed_initials(f"told Reuters {w} RSF drones struck", 5, "Reuters") == "Reuters"
     and apposed_initials("told the UN refugee agency UNHCR", 5, "the UN") == "UNHCR"),
    ("clause word", lx.CLAUSE_WORDS,
     lambda w: stated_actor(f"Shells hit Martuni {w} drones.") is None),
    ("weekday", lx.WEEKDAYS, lambda w: whole(DATE_EXPR, w) and w in CALENDAR),
    ("month", lx.MONTH_NAMES, lambda w: whole(DATE_EXPR, f"{w} 4") and w in CALENDAR),
    ("month abbreviation", list(MONTHS), lambda w: whole(DATE_EXPR, f"{w}. 4") and w in ABBREVIATIONS),
    ("relative day", list(lx.RELATIVE_DAYS), lambda w: whole(DATE_EXPR, w) and may_name_a_day(w)),
    ("weekday key", lx.WEEKDAYS, may_name_a_day),
    ("span word", lx.SPAN_WORDS, lambda w: bool(SPAN_BEFORE.search(f"{w} "))),
    ("abbreviation", lx.ABBREVIATED_WORDS, lambda w: w in ABBREVIATIONS),
    ("force body noun", lx.FORCE_BODY_NOUNS,
     lambda w: stated_actor(f"Shells hit Kherson, the regional military {w} said.") is None),
    ("named kind", lx.NAMED_KINDS,
     lambda w: [m.kind_hint for m in name_runs(f"hit the Harran {w.title()} on")][-1] == "settlement"),
    ("named kind modifier", lx.NAMED_KIND_MODIFIERS,
     lambda w: bool(NAMED_KIND.search(f"Harran {w.title()} Camp"))
     and NAMED_KIND.search(f"Harran {w.title()} Camp").start() == 6),
    ("travel verb", lx.TRAVEL_VERBS, lambda w: travel_before(f"as the envoy {w} ")),
    ("control word", lx.CONTROL_WORDS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 Shells hit Russian-{w} Donetsk.")]
     == ["Donetsk"]),
    ("not an attack subject", lx.NOT_ATTACK_SUBJECTS,
     lambda w: not triggers(without_non_attacks(f"The {w} hit Odesa."))),
    ("false word", lx.FALSE_WORDS,
     lambda w: find_deniers(f"Baku called the reports {w}.") == ("Baku",)),
    ("calling verb", lx.CALLING_VERBS,
     lambda w: find_deniers(f"Baku {w} the claims false.") == ("Baku",)
     or find_deniers(f"Baku {w} the claims were false.") == ("Baku",)),
    ("name joiner", lx.NAME_JOINERS,
     lambda w: bool(BODY_AFTER.search(f" {w} Borders")) and not BODY_AFTER.search(f" {w} day")),
    ("speaker place preposition", lx.SPEAKER_PLACE_PREPOSITIONS,
     lambda w: [a.name for a in find_sources(f"Shells hit Tyre, residents {w} the town said.")]
     == [f"residents {w} the town"]),
    ("publish verb", lx.PUBLISH_VERBS,
     lambda w: is_metonym(f"the claims {w} by Yerevan", len(f"the claims {w} by "),
                          len(f"the claims {w} by Yerevan"))),
    ("site noun", lx.SITE_NOUNS, lambda w: bool(CONTAINER_GAP.match(f" {w} in Iraq's "))),
    ("site modifier", lx.SITE_MODIFIERS, lambda w: bool(CONTAINER_GAP.match(f" {w} base in "))),
    ("country-wide word", lx.COUNTRY_WIDE_WORDS,
     lambda w: not find_counts(f"Strikes {w} Ukraine killed 31 people.")),
    ("country-wide area", lx.COUNTRY_WIDE_AREAS,
     lambda w: not find_counts(f"Strikes across the {w} killed 31 people.")),
    ("side word", lx.SIDE_WORDS,
     lambda w: (stated_actor(f"Shelling by {w} forces hit Idlib.") or ("",))[0] == f"{w} forces"),
    ("launch verb", lx.LAUNCH_VERBS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 Moscow {w} drones that hit Kyiv.")]
     == ["Kyiv"]),
    ("weekday abbreviation", list(lx.WEEKDAY_ABBREVIATIONS),
     lambda w: [(e.location, e.date.strftime("%A").lower()) for e in
                extract(f" date 2024-03-11 Shells hit Tartar on {w.capitalize()}., officials said.")]
     == [("Tartar", lx.WEEKDAY_ABBREVIATIONS[w])]),
    ("list lead word", lx.LIST_LEAD_WORDS, lambda w: bool(LIST_LEAD.search(f"hit Tartar, {w} "))),
    ("kind of places", lx.KINDS_OF_PLACES,
     lambda w: bool(KINDS_LISTED.search(f"struck several {w}, including "))),
    ("weapon thing", lx.WEAPON_THINGS,
     lambda w: not extract(f" date 2024-03-11 The army opened a missile {w} in Lviv on Sunday.")
     and weapons_in(f"Shelling hit the drone {w} in Kherson.")[0][0] == "artillery"),
    ("launched thing", lx.LAUNCHED_THINGS,
     lambda w: not extract(f" date 2024-03-11 Ukraine launched a new {w} in Lviv on Sunday.")),
    ("admin area suffix", lx.ADMIN_AREA_SUFFIXES,
     lambda w: REGION_SUFFIX.sub("", f"Kaduna {w.title()}") == "Kaduna"),
    ("district suffix", lx.DISTRICT_SUFFIXES,
     lambda w: DISTRICT_SUFFIX.sub("", f"Kurram {w.title()}") == "Kurram"),
    ("future word", lx.FUTURE_WORDS,
     lambda w: not find_dates(f"The council {w} meet on Friday to discuss it.", MONDAY)
     and bool(find_dates("The council met on Friday to discuss it.", MONDAY))),
    ("scramble verb", lx.SCRAMBLE_VERBS,
     lambda w: not weapons_in(f"Poland {w} fighter jets.")
     and bool(weapons_in("Russia sent fighter jets."))),
    ("hedge word", lx.HEDGE_WORDS,
     lambda w: (stated_actor(f"{w.title()} Islamist militants shelled the town.") or ("",))[0]
     == "Islamist militants"),
    ("speaking force", lx.SPEAKING_FORCES,
     lambda w: [a.name for a in find_sources(f"Shells hit the town, according to local {w}.")]
     == [f"local {w}"]),
    ("toll rise verb", lx.TOLL_RISE_VERBS,
     lambda w: [d.reported for d in find_dates(f"The death toll {w} to 12 on Sunday.", MONDAY)]
     == [True]),
    ("bare side", lx.BARE_SIDES,
     lambda w: not is_actor_phrase(f"The {w}") and not is_actor_phrase(w)),
    ("opening word", lx.OPENING_WORDS,
     lambda w: extract(f" date 2024-03-11 {w} Russia, the defence ministry said drones hit Kursk "
                       "on Sunday.")[0].sources == ["the defence ministry"]),
    ("many-place noun", lx.MANY_PLACE_NOUNS,
     lambda w: [e.killed for e in extract(
         f" date 2024-03-11 Missiles hit {w} on Sunday, killing 36 and damaging a hospital in "
         "Kyiv.\n\nIn Kyiv, 22 people were killed.")] == [22]),
    ("bare force noun", lx.BARE_FORCE_NOUNS,
     lambda w: extract(f" date 2024-03-11 Houthi {w} shelled Marib on Saturday. The {w} shelled "
                       "Taiz on Sunday.")[-1].actor_party == "Houthis"),
    ("heading word", lx.HEADING_WORDS,
     lambda w: [e.location for e in extract(f" date 2024-03-11 Drones were shot down {w} Kursk "
                                            "on Sunday.")] == ["Kursk"]),
    ("water word", lx.WATER_WORDS,
     lambda w: bool(WATER_NAME.search(f"Red {w.title()}")) and not WATER_NAME.search("Upper Nile")),
    ("listener verb", lx.LISTENER_VERBS,
     lambda w: [a.name for a in find_sources(f"Shells hit Tyre, Ali Hamdan, a medic, {w} AFP.")]
     == ["Ali Hamdan"]),
]  # fmt: skip
CASES = [(name, entry, check) for name, table, check in TABLES for entry in table]


@pytest.mark.parametrize(("table", "entry", "check"), CASES, ids=[f"{n}:{e}" for n, e, _ in CASES])
def test_every_entry_is_matched_by_what_is_built_from_it(table, entry, check) -> None:
    assert check(entry), f"{table} {entry!r} is not matched"


@pytest.mark.parametrize(("weapon", "words"), list(lx.WEAPON_WORDS.items()))
def test_every_weapon_word_gives_its_class(weapon: str, words: tuple[str, ...]) -> None:
    for word in words:
        found = weapons_in(f"a {word} attack")
        assert found and found[0][0] == weapon, word


@pytest.mark.parametrize(("pattern", "weapon", "example"), lx.WEAPON_PATTERNS)
def test_weapon_patterns_match_their_example(pattern: str, weapon: str, example: str) -> None:
    assert weapons_in(example)[0][0] == weapon


def test_entries_are_clean() -> None:
    """No empty strings, stray whitespace or duplicates inside a table (the "police\\n" bug)."""
    for name, table, _ in TABLES:
        entries = list(table)
        assert all(e and e == e.strip() and "\n" not in e for e in entries), name
        assert len(entries) == len(set(entries)), name


def test_perished_gives_a_count() -> None:
    assert find_counts("Five people perished in the strike.")["killed"].value == 5


def test_police_is_a_source() -> None:
    assert [a.name for a in find_sources("Rockets hit Barda, police said.")] == ["police"]
