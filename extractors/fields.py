"""Filling fields: a draft event's place, day, weapon, counts, sources, actor and evidence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from .actors import (
    DENY_KEY,
    FALSE_KEY,
    armed_groups,
    blames,
    claims_responsibility,
    clean,
    find_deniers,
    force_strike,
    group_homes,
    party_in,
    party_of,
    party_pattern,
    party_strike,
    patron_of,
    stated_actor,
    without_models,
)
from .analyst import fill_analyst_fields
from .casualties import (
    NUM,
    NUM_PLAIN,
    NUM_RE,
    QUALIFIER,
    Count,
    find_counts,
    names_a_whole_country,
    names_its_victims,
    to_int,
    vague_floors,
)
from .context import ArticleContext
from .dating import NARRATIVE, lapse_clause, second_day_part
from .gazetteer import DISTRICT_SUFFIX, Place, geonames_countries, nation_code, stopwords
from .geo import distance_km
from .lexicon import (
    ACCUSATION_NOUNS,
    ADMIN_AREA_SUFFIXES,
    AIR_ARMS,
    AREA_KINDS,
    ATTACK_PASTS,
    ATTACK_VERBS,
    BARE_FORCE_NOUNS,
    BEARING_WORDS,
    BODY_DESCRIPTIONS,
    BODY_WORDS,
    CAUSE_TURNS,
    CITY_PARTS,
    CLAUSE_TURNS,
    DAMAGE_NOUNS,
    DENIAL_VERBS,
    DISOWNED,
    FORCE_NOUNS,
    GOVERNMENT_WORDS,
    HOME_FRONT_PARTIES,
    INJURED_WORDS,
    INJURING_VERBS,
    KILLED_WORDS,
    KILLING_VERBS,
    LATER_DEATHS,
    LISTED_KINDS,
    LOCAL_TITLES,
    MACHINE_NOUNS,
    MANY_PLACE_NOUNS,
    MEDIA_WORDS,
    NAME_WORD,
    NO_CLAIM_CUES,
    NONCOMMITTAL_ACTS,
    NONCOMMITTAL_STATES,
    NUMBER_WORDS,
    OCCUPIER_NOUNS,
    ONE_PERSON_NOUNS,
    OPENING_WORDS,
    PATRON_WORDS,
    PERSON_DESCRIPTIONS,
    PERSON_TITLES,
    QUOTE_LABELS,
    REPORT_VERBS,
    SETTLEMENT_PREFIXES,
    SPEAKING_GROUP_NOUNS,
    SPEAKING_PARTICIPLES,
    STATE_FORCE_NOUNS,
    STORY_TURNS,
    STRIKE_NOUNS,
    TALLY_CUES,
    TOLL_RISE_VERBS,
    TOLL_UPDATE_VERBS,
    UNNAMED_SETTLEMENT_KINDS,
    UNREAL_WORDS,
    VICTIM_PHRASES,
    WEAPON_NAMES,
    Caseless,
    forms,
    words,
)
from .mentions import STRIKE_RETOLD, Draft, Target, holds, in_named_area, named_for
from .model import Event
from .names import name_key
from .phrases import CALENDAR, TITLE_WORDS, TITLED_PERSON, person_name, phrase_before
from .places import (
    ANCHOR_CITY_KEYS,
    APPOSITIVE_GAP,
    LIST_GAP,
    POSSESSIVE_S_END,
    TITLES,
    Mention,
    Resolved,
    candidates,
    cared_for_at,
    country_mentions,
    group_named_for_it,
    name_runs,
    nation_of,
    scene_abroad,
)
from .sentences import Sentence, is_headline
from .sources import SOURCE_NOUNS, Attribution, country_names, is_demonym
from .strikes import THE_SAME_PLACE, is_caption, is_clutter, is_strike_sentence, is_war_summary
from .targets import SITE_NAME_END, in_sentence_case, opening_setting
from .weapons import CLAUSE_BREAK, names_a_planted_bomb, nearest_weapon, weapons_in

FOLLOW_SENTENCES = 3


def to_event(
    ctx: ArticleContext,
    draft: Draft,
    deniers: list[tuple[str, Sentence]],
    single_place: bool,
    one_story: bool,
) -> Event:
    first = draft.targets[0]
    place = draft.place
    has_coords = place.lat == place.lat
    event = Event(
        location=display_name(place, [t.resolved.mention for t in draft.targets]),
        mention=first.resolved.mention.text,
        country=place.country or sentence_country(ctx, draft) or sole_country(ctx),
        kind=place.kind,
        lat=round(place.lat, 5) if has_coords else None,
        lon=round(place.lon, 5) if has_coords else None,
        date=draft.day,
        date_basis=("implied" if draft.basis == NARRATIVE else draft.basis) if draft.date else None,
    )
    event.spans["mention"] = (first.resolved.mention.start, first.resolved.mention.end)
    if draft.date:
        event.spans["date"] = (draft.date.start, draft.date.end)
    fill_evidence(event, draft)
    fill_weapon(ctx, event, draft)
    fill_counts(ctx, event, draft, single_place)
    fill_sources(ctx, event, draft, one_story)
    fill_actor(ctx, event, draft, one_story)
    weapon_of_the_force(ctx, event, draft)
    side = (event.actor_party or party_of(event.actor) or event.actor) if event.actor else None
    if side and not actor_told_here(event, draft) and denied_by_another(ctx, draft, deniers, side):
        # an attacker borrowed from elsewhere in the story, where a side the strike's own
        # denial speaks for is the one accused ("Ganja was struck ... The Armenian defence
        # ministry spokeswoman said the accusation was a lie"): no attacker named
        event.actor = event.actor_party = side = None
        event.spans.pop("actor", None)
    denied = denials_of(ctx, draft, deniers, side)
    # the side the strike's own sentence accuses, denying, is no source of the claim,
    # whatever statement it issued ("RSF drones struck Kosti ... It denied the accusations")
    told = actor_told_here(event, draft)
    accused = {d for d in denied if told and side and party_of(d) == side}
    event.sources = [s for s in event.sources if not any(among(d, [s]) for d in accused)]
    event.denied_by = most_specific(
        {d for d in denied if d in accused or not among(d, event.sources)}
    )
    locate_names(ctx, event, "sources", event.sources)
    locate_names(ctx, event, "denied_by", event.denied_by)
    fill_analyst_fields(event, place, ctx.digest, ctx.gazetteer)
    return event


def actor_told_here(event: Event, draft: Draft) -> bool:
    """The strike's own sentences name its actor."""
    span = event.spans.get("actor")
    return span is not None and any(
        t.sentence.start <= span[0] < t.sentence.end for t in draft.targets
    )


def sentence_country(ctx: ArticleContext, draft: Draft) -> str | None:
    """The one country the strike's own sentence names as a place: where a place no gazetteer
    knows lies ("In southern Lebanon, Israeli strikes on the town of Ain Baal ...")."""
    text = draft.targets[0].sentence.text
    counts, _ = country_mentions(text)
    if len(counts) == 1:
        return next(iter(counts))
    # (of several, the one the place is put in: "Tower 22, a small base in northeastern Jordan
    # near the Syrian border")
    put_in = countries_put_in(text)
    return put_in.pop() if len(put_in) == 1 and put_in <= set(counts) else None


def countries_put_in(text: str) -> set[str]:
    """The countries the text puts something in ("in northeastern Jordan"; not a group's name:
    "the Islamic Resistance in Iraq")."""
    return {
        code for m in IN_COUNTRY.finditer(text)
        if (code := nation_code(m["name"])) and not group_named_for_it(text, m.end())
    }  # fmt: skip


IN_COUNTRY = re.compile(
    rf"\bin\s+(?:the\s+)?(?:(?:{words(BEARING_WORDS)})(?:ern)?\s+)?(?P<name>[A-Z][\w’'-]+)\b"
)


def sole_country(ctx: ArticleContext) -> str | None:
    """The one country an article names as a place: where a place it alone knows lies
    ("... al-Masirah TV said the strikes hit Sanhan district" in a story about Yemen)."""
    if len(ctx.countries) == 1:
        return next(iter(ctx.countries))
    # ... else the one country of every place the article reports hit ("Russian jets bombed
    # Kupiansk ... shelling the villages of Zarovka and Kelbet")
    hit = {r.place.country for found in ctx.hit.values() for r in found} - {""}
    if len(hit) == 1 and not ctx.countries:
        return hit.pop()
    # ... else the one country the article puts something in ("a US base in northeastern
    # Jordan near the Syrian border")
    put_in = ctx.once("put in", lambda: countries_put_in(ctx.text))
    return next(iter(put_in)) if len(put_in) == 1 else None


def locate_names(ctx: ArticleContext, event: Event, field: str, names: list[str]) -> None:
    """Spans 'sources.0', 'sources.1', ...: where each name stands in the text, the
    occurrence nearest the strike's evidence (a name resolved from "the governor" is found
    where the article named him)."""
    near = event.spans["evidence"][0]
    for index, name in enumerate(names):
        starts = ctx.once(("starts", name), lambda n=name: occurrences(ctx.text, n))
        if starts:
            start = min(starts, key=lambda s: abs(s - near))
            event.spans[f"{field}.{index}"] = (start, start + len(name))


def occurrences(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(name), text)]


def denials_of(
    ctx: ArticleContext, draft: Draft, deniers: list[tuple[str, Sentence]], side: str | None
) -> list[str]:
    """Who denied this strike: a denial that names places covers those places ("denied
    targeting Mingachevir" is no denial about Ganja); one that names none covers the strikes
    of any party but another's ("Russia denies the claims" is no denial of a Ukrainian drone
    attack), unless it speaks of the whole war ("Russia has denied targeting civilians in the
    war")."""
    names = {name_key(t.resolved.mention.text) for t in draft.targets}
    names.add(name_key(draft.place.name))
    found = []
    for name, sentence in deniers:
        end = counter_claim_start(sentence.text)  # ("denied it and said X was shelled")
        named = places_named(ctx, sentence, name, hit_keys(ctx), end)
        if named:
            if named & names:
                found.append(name)
        elif not is_war_summary(sentence.text) and party_allows(name, sentence, side):
            found.append(name)
    return found


def among(denier: str, sources: list[str]) -> bool:
    """A denier that is one of the strike's sources, however named ("the ministry" beside
    "the Defense Ministry"): who reports a strike does not deny it."""
    bare = without_article(denier).lower()
    return any(s.lower().endswith(bare) or initials(s) == bare.upper() for s in sources)


def initials(name: str) -> str:
    """'Rapid Support Forces' -> 'RSF' (a body's name as its initials write it)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def party_allows(denier: str, sentence: Sentence, side: str | None) -> bool:
    """A denier may deny a strike of its own party or of no side named (an actor named
    without a known party is another side: "the RSF denied" is no denial of "an army air
    strike"), or of a force it backs ("Iran-backed militias shelled Erbil ... Tehran denied")."""
    own = denier_party(denier, sentence)
    return own is None or side is None or on_side(own, side)


def on_side(party: str, side: str) -> bool:
    """The party is the side, or the patron that backs it."""
    return party in (side, patron_of(side))


ACCUSATION = re.compile(rf"\b{words(ACCUSATION_NOUNS)}\b", re.IGNORECASE)


def denied_by_another(
    ctx: ArticleContext, draft: Draft, deniers: list[tuple[str, Sentence]], side: str
) -> bool:
    """A denial of the accusation that covers the strike comes from a party other than
    ``side``: that party is the one accused."""
    found = set(denials_of(ctx, draft, deniers, None))
    parties = {
        denier_party(name, sentence) for name, sentence in deniers
        if name in found and ACCUSATION.search(sentence.text)
    }  # fmt: skip
    return any(p is not None and not on_side(p, side) for p in parties)


def denier_party(denier: str, sentence: Sentence) -> str | None:
    """The party a denier speaks for: its own name's, else the one the words that describe it
    name ("The Armenian defence ministry spokeswoman, Shushan Stepanyan, said ...")."""
    own = party_of(denier)
    at = sentence.text.find(denier)
    if own or at <= 0:
        return own
    described = DESCRIBED_BEFORE.search(sentence.text, max(0, at - DESCRIPTION_REACH), at)
    return party_of(described[1]) if described else None


# The description right before a name, set off by a comma: "The Armenian defence ministry
# spokeswoman, " (a title run into the name is read by party_of already)
DESCRIBED_BEFORE = re.compile(r"(?:^|[.;:]\s+)([^,.;:]+),\s*$")
DESCRIPTION_REACH = 80


# Where a denier goes on to a claim of its own: "Kyiv denied it and said Russian forces
# shelled Kharkiv", "Hezbollah rejected the claim, saying Israeli jets struck Khiam"
COUNTER_CLAIM = re.compile(
    rf"(?:,\s*|\s+)(?:and|but)\s+(?:also\s+|later\s+)?{words(forms(REPORT_VERBS))}\b"
    rf"|,\s+{words(SPEAKING_PARTICIPLES)}\b|;\s"
)


@lru_cache(maxsize=1024)
def denial_turn(text: str) -> int:
    """Where a denial turns to its denier's own account ("denied involvement and said ..."),
    whatever it names; the sentence's end where it does not."""
    turn = next((turn.start() for turn in denial_turns(text)), len(text))
    own_fire = OWN_FIRE_BLAME.search(text, 0, turn) if FALSE_KEY.search(text.lower()) else None
    return own_fire.start() if own_fire else turn


# "... said the blast was caused by a rocket misfired by Islamic Jihad": the other side's own
# fire, where a side that disowns a strike puts it down
OWN_FIRE_BLAME = re.compile(rf"\b{DISOWNED}", re.IGNORECASE)


@lru_cache(maxsize=1024)
def counter_claim_start(text: str) -> int:
    """Where a denial's sentence turns to a strike its denier reports (the places named
    after it are no denial's); the sentence's end where it does not."""
    for turn in denial_turns(text):
        claim = text[turn.end() :]
        # (a strike, or fire returned, at a place it names: "but said the attack caused
        # damage" goes on about the strike denied)
        if (is_strike_sentence(claim) or RETURNED_FIRE.search(claim)) and name_runs(claim):
            return turn.start()
    return len(text)


# "Baku denied shelling Kapan but said it had returned fire near Goris": fire it owns to
RETURNED_FIRE = re.compile(
    r"\b(?:returned|returning|return|responded\s+with|answered\s+with)\s+fire\b", re.IGNORECASE
)


def denial_turns(text: str) -> Iterator[re.Match[str]]:
    """The turns of a sentence to what its denier says after denying ("... and said ...")."""
    lowered = text.lower()
    for turn in COUNTER_CLAIM.finditer(text) if DENY_KEY.search(lowered) else ():
        if DENY_KEY.search(lowered, 0, turn.start()):
            yield turn


def places_named(
    ctx: ArticleContext,
    sentence: Sentence,
    speaker: str,
    hit: frozenset[str] = frozenset(),
    end: int | None = None,
) -> set[str]:
    """Keys of the places a sentence names (up to ``end``), other than in its speaker's name
    (a place the article reports as hit counts however the gazetteer spells it: "Deir
    al-Balah")."""
    own = {name_key(word) for word in speaker.split()} | {name_key(speaker)}  # ("New Delhi")
    keys = set()
    for run in name_runs(sentence.text[:end]):
        key = name_key(run.text)
        if key not in own and (key in hit or any(p.exact for p in candidates(ctx.gazetteer, run))):
            keys.add(key)
    return keys


def hit_keys(ctx: ArticleContext) -> frozenset[str]:
    """Keys of the names the article reports as hit (once per article)."""
    return ctx.once(
        "hit keys",
        lambda: frozenset(name_key(r.mention.text) for hit in ctx.hit.values() for r in hit),
    )


def most_specific(names: set[str]) -> list[str]:
    """Drop a name that a longer one contains ("Armenia" beside "Armenia's Defence Ministry")."""
    return sorted(n for n in names if not any(o != n and o.startswith(n) for o in names))


def display_name(place: Place, mentions: list[Mention]) -> str:
    """The place as the article first writes it in plain letters (a dateline's "ZAPORIZHZHIA"
    yields to the body's "Zaporizhzhia", and alone reads "Zaporizhzhia"), else the gazetteer's
    name."""
    if place.source.startswith("geonames"):
        # (not a building the town's strike was told by: "the al-Tabi'in school")
        plain = [m.text for m in mentions if m.text.isascii() and not SITE_NAME_END.search(m.text)]
        # (a region's name for the city last: "Gaza shelter" yields to "Gaza City")
        plain.sort(key=lambda text: name_key(text) in ANCHOR_CITY_KEYS)
        written = (text for text in plain if not text.isupper())
        # (a dateline's one word in capitals alone: "ZAPORIZHZHIA" -> "Zaporizhzhia")
        capitals = (text.capitalize() for text in plain if text.isalpha())
        return next(written, next(capitals, place.name))
    if place.source.startswith("district:"):
        return district_name(place, mentions[0].text)
    return place.name


def district_name(place: Place, written: str) -> str:
    """A second-level area as the text writes it, with the gazetteer's kind word ("North
    Waziristan" -> "North Waziristan District", not GeoNames' "North Wazīristān District")."""
    if not written.isascii():
        return place.name
    kind = DISTRICT_SUFFIX.search(place.name)
    return written if kind is None or DISTRICT_SUFFIX.search(written) else written + kind[0]


def sentences_of(draft: Draft) -> list[Sentence]:
    """The strike's sentences in the text's order (a region's joined to its town come last)."""
    seen: dict[int, Sentence] = {}
    for target in draft.targets:
        seen.setdefault(target.sentence.index, target.sentence)
    return [seen[index] for index in sorted(seen, key=lambda i: (i in draft.borrowed, i))]


def fill_evidence(event: Event, draft: Draft) -> None:
    sentences = sentences_of(draft)[:3]
    event.evidence = " ".join(s.text for s in sentences)
    event.spans["evidence"] = (sentences[0].start, sentences[-1].end)


def weapon_of_the_force(ctx: ArticleContext, event: Event, draft: Draft) -> None:
    """A strike with no weapon word whose attacker, named in its own sentence, is an air arm
    ("The Russian air force struck Idlib", "Russian aviation struck ..."): an air strike."""
    if event.weapon != "unspecified":
        return
    if event.actor and actor_told_here(event, draft) and AIR_ARM_END.search(event.actor):
        event.weapon, event.spans["weapon"] = "air", event.spans["actor"]
        return
    for target in draft.targets:  # ("the army said its air force struck ...")
        found = AIR_ARM_STRUCK.search(target.sentence.text)
        if found:
            start = target.sentence.start + found.start()
            event.weapon, event.spans["weapon"] = "air", (start, start + len(found[1]))
            return
    bare = any(BARE_STRIKE.search(t.sentence.text) for t in draft.targets)
    told = sides_weapon(ctx, event.actor_party) if event.actor_party and bare else None
    if told:
        # "Israeli airstrikes targeted Damascus ... Israel conducted strikes on Al-Qusayr":
        # the one weapon the article gives the side
        event.weapon, event.spans["weapon"] = told[0], told[1:]


# a strike told by no weapon or manner of fire: "conducted strikes on", "struck"
BARE_STRIKE = re.compile(r"\b(?:strikes?|struck)\b", re.IGNORECASE)
# (the words before a weapon that name whose it is: "Israeli airstrikes", "Russian missiles")
SIDE_BEFORE = re.compile(r"(?:[\w'’-]+\s+){1,2}$")


def sides_weapon(ctx: ArticleContext, party: str) -> tuple[str, int, int] | None:
    """The weapon the article gives a side where it names the side's weapon ("Israeli
    airstrikes", "Russian missiles") and no weapon of another kind (once per article)."""

    def find() -> tuple[str, int, int] | None:
        told = tuple(w for s in ctx.sentences for w in weapons_in(s.text, s.start))
        if not told or not one_class(told):
            return None
        sides = (SIDE_BEFORE.search(ctx.text, max(0, w[1] - 30), w[1]) for w in told)
        return told[0] if any(side and party_in(side[0]) == party for side in sides) else None

    return ctx.once(("side's weapon", party), find)


AIR_ARM_END = re.compile(rf"\b{words(AIR_ARMS)}$", re.IGNORECASE)
# an air arm that strikes, as the subject of the strike's verb: "its air force struck"
AIR_ARM_STRUCK = re.compile(
    rf"\b({words(AIR_ARMS)})\s+(?:had\s+|has\s+)?(?:also\s+)?{words(ATTACK_PASTS)}\b", re.IGNORECASE
)


def fill_weapon(ctx: ArticleContext, event: Event, draft: Draft) -> None:
    for target in draft.targets:
        # (not a strike on "the city" told anew: "On Friday, a missile hit a building in the
        # city" is a strike of its own, with its own weapon)
        anew = THE_SAME_PLACE.search(target.sentence.text) is not None
        named = None if anew else named_in(ctx, target)
        if named is not None and (own := weapons_in(named.text, named.start)) and one_class(own):
            # "Israeli warplanes ... two ports in Hodeidah. This military action followed the
            # Houthis' claim of launching a missile ...": the place's own sentence tells how
            event.weapon, event.spans["weapon"] = own[0][0], own[0][1:]
            return
        sentence = target.sentence
        part = again_part(ctx, sentence, target)
        lo, hi = part or (0, len(sentence.text))
        # (a place in a lapse clause takes that clause's weapon only: "The strikes came a day
        # after the Houthis claimed to have targeted Ben Gurion Airport" tells none)
        lapse = in_lapse(target)
        lo, hi = lapse or (lo, hi)
        found = tuple(
            w for w in weapons_in(sentence.text, sentence.start)
            if not in_another_clause(ctx, sentence, w[1], draft)
            and sentence.start + lo <= w[1] < sentence.start + hi
        ) or (
            # (a day's part that names no weapon shares the sentence's: "shelled Kherson
            # twice, on Saturday and on Sunday")
            weapons_in(sentence.text, sentence.start) if part and not lapse else ()
        )  # fmt: skip
        best = nearest_weapon(found, target.resolved.mention.start, sentence.text, sentence.start)
        if best:
            event.weapon, event.spans["weapon"] = best[0], best[1:]
            if best[0] != "unspecified":
                return
            # ("Russian missiles and drones struck Kharkiv and Zaporizhzhia ... In Kharkiv, a
            # missile hit a high-rise": which hit the place, its own later report may tell)
    if event.weapon != "unspecified":
        return
    if any(names_a_planted_bomb(t.sentence.text) for t in draft.targets):
        return  # "A car bomb exploded ... The bombing was claimed by ...": planted, unspecified
    if all(in_lapse(t) for t in draft.targets):
        return  # an earlier strike a lapse clause recalls: the story's weapons are not its
    country = event.country
    first = draft.targets[0].sentence
    for sentence in neighbours(ctx, first):
        if country and (
            any(r.place.country not in ("", country) for r in ctx.targets(sentence))
            or scene_abroad(sentence.text, country)
        ):
            continue  # "... Khan Younis killed 15. Militants fired rockets at Ashkelon.": theirs
        if turn_between(ctx, first, sentence):
            continue  # "... three rockets hit the school. Elsewhere, a strike ...": another's
        if sentence is not first and opens_another_day(ctx, sentence, draft.day):
            continue  # "Saturday's attack on Sumy killed two. On Sunday, Russian drones ...": Sunday's
        if sentence is not first and (
            other_side(first, sentence) or strikes_back_from(sentence, country)
        ):
            continue  # "Israel struck Natanz. Iran responded by launching 100 drones": Iran's
        found = weapons_in(sentence.text, sentence.start)
        if found:
            # ("kamikaze drone attacks, followed by missile assaults": which is not told)
            if one_class(found):
                event.weapon, event.spans["weapon"] = found[0][0], found[0][1:]
            return
    # "Israeli airstrikes hit Damascus ... The Israeli bombardment extended to Homs": the weapon
    # of the strikes it refers back to; else "... six villages were damaged. ... As a result of
    # the intensive shelling, ...": the weapon of the sentence after that refers back to it
    referred = earlier_weapon(ctx, first) if THE_ATTACK.search(first.text) else None
    referred = referred or later_weapon(ctx, first)
    if referred:
        event.weapon, event.spans["weapon"] = referred[0], referred[1:]


def outside_its_lapse(draft: Draft, sentence: Sentence, found: tuple[str, int, int]) -> bool:
    """Every place of the strike in this sentence stands in its lapse clause, and the actor
    found stands outside it."""
    spans = [in_lapse(t) for t in draft.targets if t.sentence is sentence]
    return bool(spans) and all(
        span is not None and not span[0] <= found[1] < span[1] for span in spans
    )


def in_its_lapse(sentence: Sentence, found: tuple[str, int, int]) -> bool:
    """The actor found stands in the sentence's lapse or cause clause (another strike's)."""
    span = lapse_span(sentence)
    return span is not None and in_span(span, sentence.start + found[1])


def in_lapse(target: Target) -> tuple[int, int] | None:
    """The lapse or cause clause the target's place stands in (within its sentence), if any."""
    sentence = target.sentence
    span = lapse_span(sentence)
    if span is None or not in_span(span, target.resolved.mention.start):
        return None
    # (not where the place only stands there for a strike dated outside: "Two days after a
    # drone strike killed four in Sderot, rockets hit the city again on Sunday")
    # (a day before the lapse is the main strike's: "Turkey struck Qamishli on Wednesday night,
    # hours after an attack near Ankara killed five" tells Ankara's strike apart)
    day = target.date if target.date and target.date.text else None
    if day and span[1] <= day.start < sentence.end:
        return None
    return span[0] - sentence.start, span[1] - sentence.start


def other_side(one: Sentence, other: Sentence) -> bool:
    """The two sentences name attackers of two sides."""
    mine, theirs = clause_side(one.text), clause_side(other.text)
    return mine is not None and theirs is not None and mine != theirs


def refers_back(target: Target) -> bool:
    """The strike sentence names its place in an earlier one ("This attack ...", "the town")."""
    return target.resolved.mention.start < target.sentence.start


def sentence_at(ctx: ArticleContext, position: int) -> Sentence | None:
    """The sentence that holds a position of the article's text."""
    return next((s for s in ctx.sentences if s.start <= position < s.end), None)


def paragraph_of(ctx: ArticleContext, paragraph: int) -> list[Sentence]:
    """The sentences of one paragraph, in order."""
    return [s for s in ctx.sentences if s.paragraph == paragraph]


def named_in(ctx: ArticleContext, target: Target) -> Sentence | None:
    """The earlier sentence that names the place a strike sentence refers back to, or None
    where the strike sentence names it itself."""
    if not refers_back(target):
        return None
    return sentence_at(ctx, target.resolved.mention.start)


STORY_TURN = re.compile(rf"\W*{words(STORY_TURNS)}\b", re.IGNORECASE)


def turn_between(ctx: ArticleContext, one: Sentence, other: Sentence) -> bool:
    """The story turns to another strike between two sentences (the later, or one between,
    opens with "Elsewhere", "Separately", "Meanwhile")."""
    low, high = sorted((one.index, other.index))
    return any(
        STORY_TURN.match(s.text) or AREA_KICKER.match(s.text)
        for s in ctx.sentences[low + 1 : high + 1]
    )


# "Zaporizhzhia Oblast: Russia launched ...", "In Kherson Oblast, one person was killed": a
# round-up's next area, a story of its own
AREA_KICKER = re.compile(
    rf"\W*(?:(?-i:[A-Z])[\w’'-]+\s+){{1,3}}{words(ADMIN_AREA_SUFFIXES)}\s*:\s"
    rf"|\W*in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+){{1,3}}{words(ADMIN_AREA_SUFFIXES)}\s*,",
    re.IGNORECASE,
)


LATER_REACH = 2  # sentences after a strike where "the shelling" still refers to it


def later_weapon(ctx: ArticleContext, sentence: Sentence) -> tuple[str, int, int] | None:
    """The weapon of a sentence just after the strike's that refers back to it ("the
    shelling") and names no place of its own."""
    for after in ctx.sentences[sentence.index + 1 : sentence.index + 1 + LATER_REACH]:
        if ctx.targets(after) or not THE_ATTACK.search(after.text):
            continue
        found = weapons_in(after.text, after.start)
        if found:
            return found[0] if one_class(found) else None
    return None


def one_class(found: list[tuple[str, int, int]]) -> bool:
    """The weapons a sentence names are of one class (else it does not tell which)."""
    return len({weapon for weapon, *_ in found}) == 1


def earlier_weapon(ctx: ArticleContext, sentence: Sentence) -> tuple[str, int, int] | None:
    """The weapon of the nearest strike told before this sentence that names one."""
    for before in reversed(ctx.sentences[: sentence.index]):
        found = weapons_in(before.text, before.start) if ctx.targets(before) else ()
        if found:
            return found[0] if one_class(found) else None
    return None


def neighbours(ctx: ArticleContext, sentence: Sentence) -> list[Sentence]:
    index = sentence.index
    return [ctx.sentences[i] for i in (index - 1, index + 1) if 0 <= i < len(ctx.sentences)]


def fill_counts(ctx: ArticleContext, event: Event, draft: Draft, single_place: bool) -> None:
    counts: dict[str, Count] = {}
    parted = set()  # sentences whose counts part by day ("... again on Monday, wounding 10")
    vague: dict[str, int] = {}  # fields the strike's sentence counts vaguely, the least meant
    over_days = any(
        (t.sentence.index, t.resolved.mention.start) in ctx.on_days for t in draft.targets
    )
    # (in the order the text tells them: a district's mentions joined to its town come last)
    # (the place's own mentions before an area joined to it under another name: "strikes on
    # the Gaza Strip killed 80 ... In Khan Younis, a strike killed 18": 18)
    for target in sorted(
        draft.targets,
        key=lambda t: (
            t.sentence.index in draft.borrowed,
            not (t.resolved.place == draft.place or named_for(t.resolved.place, draft.place)),
            t.sentence.start,
        ),
    ):
        sentence = target.sentence
        share = place_share(ctx, sentence, target) or respective_share(ctx, sentence, target)
        if share:  # "40 were killed across the Strip, including 15 in Khan Younis": 15
            counts.setdefault(share.field, share)
        # "12 were killed in Rafah, and eight others died in Khan Younis": each its clause's
        part = again_part(ctx, sentence, target)
        if part:
            parted.add(sentence.index)
        own = (
            part_counts(ctx, sentence, part)
            if part
            else clause_counts(ctx, sentence, target, draft)
        )
        if own is None:
            own = placed_counts(ctx, sentence, target)
        if own is None and lapse_span(sentence):
            # "Two days after a missile killed 12 in Sumy, drones hit Kharkiv, wounding
            # three": each side of the lapse its own counts
            own = {
                name: count for name, count in ctx.counts(sentence).items()
                if not lapsed_count(sentence, target, count)
            }  # fmt: skip
        if own is None and owns_counts(ctx, sentence, target):
            own = ctx.counts(sentence)
        for count in (own or {}).values():
            # (a strike on the place again has its own part: "..., hit the city again")
            if part or not not_its_count(ctx, sentence, target, count):
                keep_count(ctx, counts, count, placed=True)
        vague = {**vague_floors(sentence.text), **vague}  # ("killing dozens")
        vague = {name: floor for name, floor in vague.items() if name not in counts}
        # (a place in a clause of an earlier strike shares nothing: "struck Hodeidah, a day
        # after a Houthi drone killed one in Tel Aviv. ... three were killed in the strikes")
        span = lapse_span(sentence)
        shared = (
            len({
                r.place for r in ctx.targets(sentence)
                if not apart(span, target.resolved.mention.start, r.mention.start)
            }) > 1
        )  # fmt: skip
        for follower in (
            followers(ctx, sentence) if not (recalled_in(sentence, draft) or over_days) else ()
        ):
            # (the story goes on with its own strike, not the one it recalls)
            for count in ctx.counts(follower).values():
                # (after a list, "No casualties" holds for each place, a number is a total
                # over them all: "... Bahawalpur and Muridke. 31 civilians were killed";
                # unless it names the place: "Two people were wounded in Haifa")
                if left_vague(vague, count):
                    continue  # "killing dozens. Among the dead was a commander": still dozens
                if named_here(ctx, count, draft) or (
                    not elsewhere(ctx, count, draft) and not (shared and count.value)
                ):
                    keep_count(ctx, counts, count)
    for count in (*closing_zeros(ctx, draft), *zeros_named_for(ctx, draft)):
        counts.setdefault(count.field, count)
    # (a sentence that told the place hit on two days: counts after it are totals over both,
    # "Shells hit Tartar on Saturday and again on Sunday. Two people were killed.")
    single_place = single_place and not over_days
    lede = retold_lede(ctx, draft)
    # (a lede's toll over the places the next sentence lists is a total over them: "Turkish
    # strikes killed 11 people. The strikes hit Qamishli and the town of Derik")
    if lede is not None and len({r.place for r in ctx.targets(draft.targets[0].sentence)}) > 1:
        lede = None
    for count in ctx.counts(lede).values() if lede is not None else ():
        if count.field not in counts and not elsewhere(ctx, count, draft):
            keep_count(ctx, counts, count)
    if single_place and len(counts) < 2:
        # an article about one strike: its counts may stand anywhere in the text (not one
        # stated for another place: "1,200 were killed in Mariupol"; not in a sentence that
        # tells of another strike on the place, another day's)
        own = {target.sentence.index for target in draft.targets}
        for sentence in ctx.sentences:
            other_strike = sentence.index not in own and bool(ctx.hit.get(sentence.index))
            parts = sentence.index in parted
            if not (
                is_war_summary(sentence.text) or is_caption(sentence.text) or other_strike or parts
            ):
                mine = [t for t in draft.targets if t.sentence.index == sentence.index]
                span = lapse_span(sentence) if not mine else None
                for count in ctx.counts(sentence).values():
                    lapsed = any(not_its_count(ctx, sentence, t, count) for t in mine) or (
                        span is not None and in_span(span, count.start)
                    )
                    if (
                        not left_vague(vague, count)
                        and not elsewhere(ctx, count, draft)
                        and not lapsed
                    ):
                        keep_count(ctx, counts, count)
    killed = counts.get("killed")
    added = later_deaths(ctx, draft, killed) if killed is not None and killed.value else 0
    if killed is not None and added:  # "killing one. A second person later died": two
        counts["killed"] = Count("killed", killed.value + added, killed.start, killed.end)
    for name, count in counts.items():
        if count.value > draft.place.population > 0:
            continue  # more dead than the place has people: a wider tally, not this strike
        setattr(event, name, count.value)
        event.spans[name] = (count.start, count.end)


LATER_DEATH = re.compile(
    rf"^\W*(?P<who>{words(LATER_DEATHS)})\s+(?:(?:person|people|man|woman|victim|victims)\s+)?"
    r"(?:later\s+|subsequently\s+|also\s+)*(?:died|succumbed)\b",
    re.IGNORECASE,
)


def later_deaths(ctx: ArticleContext, draft: Draft, killed: Count) -> int:
    """The dead a sentence after the toll adds ("A second person later died in hospital"): one
    that opens on them, among the strike's own sentences and those that go on about it."""
    own = sentences_of(draft)
    after = {s.index: s for s in own}
    for sentence in own:
        after.update({f.index: f for f in followers(ctx, sentence)})
    added = 0
    for sentence in (after[i] for i in sorted(after)):
        found = LATER_DEATH.match(sentence.text) if sentence.start > killed.end else None
        if found:
            added += added_dead(found["who"].lower())
    return added


def added_dead(who: str) -> int:
    """'a second' -> 1, 'two more' -> 2, 'two of the wounded' -> 2."""
    first = who.split()[0]
    return NUMBER_WORDS.get(first, 1) if first not in ("a", "another") else 1


def lapsed_count(sentence: Sentence, target: Target, count: Count) -> bool:
    """A count in a clause that tells of an earlier strike ("shelled Jermuk, a day after
    clashes killed 99 soldiers"), the place standing before that clause."""
    return apart(lapse_span(sentence), target.resolved.mention.start, count.start)


def recalled_in(sentence: Sentence, draft: Draft) -> bool:
    """The strike's places in ``sentence`` all stand in its lapse clause: an earlier strike
    the sentence recalls ("..., a day after a Houthi drone killed one in Tel Aviv")."""
    span = lapse_span(sentence)
    mine = [t for t in draft.targets if t.sentence is sentence]
    return (
        span is not None
        and bool(mine)
        and all(in_span(span, t.resolved.mention.start) for t in mine)
    )


def apart(span: tuple[int, int] | None, one: int, other: int) -> bool:
    """A lapse clause at ``span`` holds one of the two positions and not the other."""
    return span is not None and in_span(span, one) != in_span(span, other)


def in_span(span: tuple[int, int], at: int) -> bool:
    return span[0] <= at < span[1]


@lru_cache(maxsize=4096)
def lapse_span(sentence: Sentence) -> tuple[int, int] | None:
    """Where a sentence's lapse clause stands ("a day after clashes killed 99"), or the clause
    of the strike it answered ("in retaliation for a drone attack that killed three"), if it
    has one."""
    span = lapse_clause(sentence.text)
    return (sentence.start + span[0], sentence.start + span[1]) if span else None


def left_vague(vague: dict[str, int], count: Count) -> bool:
    """A count below the least a vague count of its field means ("killing dozens. Among the
    dead was a commander": one of the dozens, not their number)."""
    return count.value < vague.get(count.field, 0)


def keep_count(
    ctx: ArticleContext, counts: dict[str, Count], count: Count, placed: bool = False
) -> None:
    """The first count of each field, unless a later one tells the toll rose ("killing seven.
    The death toll rose to 12 on Monday": 12), numbers a victim named before ("killing a
    British journalist ... three people were killed in the strike": 3), or (``placed``: told
    in a sentence of the place) gives the place's share of a total over many places before it
    ("missiles at Ukrainian cities, killing 36 ... In Kyiv, 22 people were killed": 22)."""
    before = counts.get(count.field)
    if (
        before is None
        or (
            count.value > before.value
            and (
                TOLL_ROSE.search(ctx.text, count.start, count.end)
                or names_its_victims(ctx.text, before)
                and not names_its_victims(ctx.text, count)
            )
        )
        or placed
        and count.value < before.value
        and over_many_places(ctx, before, count)
        or count.value > before.value
        and in_headline(ctx, before)
        and not in_headline(ctx, count)
    ):
        counts[count.field] = count


def in_headline(ctx: ArticleContext, count: Count) -> bool:
    """A headline's count, which a higher one of the body's outdates ("Strike kills 17" over
    "... killed at least 21 people"; a lower one may count some of them: "two children")."""
    sentence = sentence_at(ctx, count.start)
    return sentence is not None and sentence.index == 0 and is_headline(sentence.text)


# "at Ukrainian cities", "across several regions": a strike told over many places
MANY_PLACES = re.compile(rf"\b{words(MANY_PLACE_NOUNS)}\b", re.IGNORECASE)


def over_many_places(ctx: ArticleContext, total: Count, share: Count) -> bool:
    """The first count stands in a sentence of strikes on many places, the later in another."""
    first = next((s for s in ctx.sentences if s.start <= total.start < s.end), None)
    return (
        first is not None
        and not first.start <= share.start < first.end
        and MANY_PLACES.search(first.text) is not None
    )


# "the death toll rose to 12", "the number of dead had risen to 12", "climbed to nine"
TOLL_ROSE = re.compile(
    rf"\b{words(TOLL_RISE_VERBS)}\s+to\b"
    # ("Officials later put the death toll at nine", "raised its toll to 12")
    rf"|\b{words(TOLL_UPDATE_VERBS)}\s+(?:the|its|their)\s+(?:death\s+)?toll\b",
    re.IGNORECASE,
)


# A sentence that goes on about a strike already told: "The army blamed the RSF for the attack."
THE_STRIKE = re.compile(
    rf"\b(?:the|this|that|Sunday's|its)\s+(?:[\w-]+\s+)?{words(STRIKE_NOUNS, plural=True)}\b",
    re.IGNORECASE,
)


# "the bombardment", "this shelling", "the attacks": a strike told before
THE_ATTACK = re.compile(
    rf"\b(?:the|this|that|these)\s+(?:[\w-]+\s+)?"
    rf"{words((*STRIKE_NOUNS, *forms(ATTACK_VERBS)), plural=True)}\b",
    re.IGNORECASE,
)


# "..., including 15 in Khan Younis", "... in the Donetsk region: two in Pokrovsk": a place's
# share of a wider count, right before it
PLACE_SHARE = re.compile(
    rf"(?:\b(?:(?P<killed>{words(KILLING_VERBS)})|(?P<injured>{words(INJURING_VERBS)})"
    rf"|(?P<part>including|among them|of whom)|with|and)|(?P<aside>,)|:)\s+{QUALIFIER}{NUM}\s+"
    # (", three of them in Kharkiv": a share told as an aside; "six in a strike on a house in
    # Deir al-Balah": the strike that took them between; "nine in a house in Jabalia": the
    # building)
    r"(?(aside)of\s+them\s+|(?P<gap>(?:[a-z]+\s+){0,2}?))"
    rf"(?:in\s+(?:an?|the)\s+(?:[a-z]+\s+)?{words(STRIKE_NOUNS, plural=True)}\s+on\s+"
    r"(?:an?|the)\s+(?:[a-z]+\s+){1,2}?|(?:in|at)\s+(?:an?|the)\s+(?:[a-z-]+\s+){1,2}?)?"
    r"in\s+(?:the\s+)?"
    # ("in the Sheikh Radwan neighbourhood of Gaza City": a part of the place, named; "one in
    # the village of Bilozerka": its kind)
    rf"(?:(?:(?-i:[A-Z])[\w’'-]+\s+){{1,3}}{words(CITY_PARTS)}\s+of\s+(?:the\s+)?"
    rf"|{words(SETTLEMENT_PREFIXES)}\s+of\s+)?$",
    re.IGNORECASE,
)
# "including eight in Rafah, five in Khan Younis": the next share of a list, after a name
LISTED_SHARE = re.compile(
    # (the share before may end on where the place lies: "15 in Jabalia in the north, 10 in
    # the Nuseirat camp")
    rf"(?P<listed>(?-i:[A-Z])[\w’'-]+,|\bin\s+the\s+(?:{words(BEARING_WORDS)}),)\s+{QUALIFIER}{NUM}"
    r"\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


KILLED_BEFORE = re.compile(rf"\b(?:{words(KILLING_VERBS)}|{words(KILLED_WORDS)})\b", re.IGNORECASE)
LIST_AFTER = re.compile(r"\s*(?:,\s*|,?\s*and\s+)(?:the\s+)?[A-Z]")
SHARE_REACH = 100  # characters before a place where its share of a count stands


def listed_after(ctx: ArticleContext, sentence: Sentence, end: int) -> bool:
    """Another place hit listed right after this one (not "..., Governor X said")."""
    after = LIST_AFTER.match(sentence.text, end)
    if after is None:
        return False
    at = sentence.start + after.end() - 1
    return any(r.mention.start == at for r in ctx.targets(sentence)) or bool(
        KIND_AFTER_LIST.match(sentence.text, after.end() - 1)
    )


# ("the Kherson and Donetsk regions": the list's kind after its names)
KIND_AFTER_LIST = re.compile(r"[A-Z][\w’'-]+\s+(?:regions|districts|provinces|oblasts)\b")


def place_share(ctx: ArticleContext, sentence: Sentence, target: Target) -> Count | None:
    """The share of the sentence's first count that it puts in this place, if it does."""
    counts = ctx.counts(sentence)
    if not counts and not names_a_whole_country(sentence.text):
        return None  # (a count over a whole country is no count of the sentence's own)
    start = target.resolved.mention.start - sentence.start
    end = target.resolved.mention.end - sentence.start
    # "strikes on Kharkiv and Sumy killed five, including three in Kharkiv": a share may stand
    # before the place named again
    again = sentence.text.find(target.resolved.mention.text, end)
    match = share_before(sentence.text, again) if again > 0 else None
    if match:
        start = again
    elif listed_after(ctx, sentence, end):
        return None  # "five people in the Kherson and Donetsk regions": a total over both
    else:
        match = share_before(sentence.text, start)
    value = to_int(match["num"]) if match else None
    told = match.groupdict() if match else {}
    if value is None or (
        len(ctx.targets(sentence)) < 2
        and not (told.get("part") or told.get("listed") or told.get("aside"))
    ):
        return None  # (one place: the sentence's own count is its, unless "including 12 in")
    gap = set((told.get("gap") or "").lower().split())  # ("and three were injured in")
    field = (
        "killed" if told.get("killed") or gap & KILLED_WORD_SET
        else "injured" if told.get("injured") or gap & INJURED_WORD_SET
        else min(counts.values(), key=lambda c: c.start).field if counts
        else "killed" if KILLED_BEFORE.search(sentence.text, 0, start) else "injured"
    )  # fmt: skip
    offset = sentence.start + max(0, start - SHARE_REACH)
    return Count(field, value, offset + match.start(), offset + match.end())


# "killing 14 and 9 people respectively": a count for each place, in the order they stand
RESPECTIVELY = re.compile(
    rf"\b(?:(?P<killed>{words(KILLING_VERBS)})|(?P<injured>{words(INJURING_VERBS)}))\s+"
    rf"(?P<counts>{QUALIFIER}{NUM_PLAIN}(?:\s*,\s*{NUM_PLAIN})*,?\s+and\s+{NUM_PLAIN})"
    r"(?:\s+[a-z]+)?,?\s+respectively\b",
    re.IGNORECASE,
)


def respective_share(ctx: ArticleContext, sentence: Sentence, target: Target) -> Count | None:
    """This place's count of a list told "respectively", where the counts are as many as
    the places the sentence hits."""
    found = RESPECTIVELY.search(sentence.text) if "respectively" in sentence.text else None
    if found is None:
        return None
    places = sorted({r.mention.start: r for r in ctx.targets(sentence)}.values(),
                    key=lambda r: r.mention.start)  # fmt: skip
    numbers = list(NUM_RE.finditer(found["counts"]))
    at = next((i for i, r in enumerate(places) if r.place == target.resolved.place), None)
    if len(numbers) != len(places) or at is None:
        return None
    value = to_int(numbers[at]["num"])
    start = sentence.start + found.start("counts") + numbers[at].start()
    field = "killed" if found["killed"] else "injured"
    return Count(field, value, start, start + len(numbers[at][0])) if value is not None else None


KILLED_WORD_SET = frozenset(KILLED_WORDS)
INJURED_WORD_SET = frozenset(INJURED_WORDS)


def share_before(text: str, start: int) -> re.Match[str] | None:
    window = text[max(0, start - SHARE_REACH) : start]
    found = PLACE_SHARE.search(window)
    found = found or (LISTED_SHARE.search(window) if ", " in window else None)
    return found or (ONE_SHARE.search(window) if " and " in window else None)


# "killed a man in Kivsharivka and a woman in Kupiansk": one person, the next place's share
ONE_SHARE = re.compile(
    rf"\band\s+(?P<listed>)(?P<num>an?|one)\s+(?:[\w-]+\s+){{0,2}}?{words(ONE_PERSON_NOUNS)}"
    rf"\s+in\s+(?:the\s+)?(?:{words(SETTLEMENT_PREFIXES)}\s+of\s+)?$",
    re.IGNORECASE,
)


def zeros_named_for(ctx: ArticleContext, draft: Draft) -> list[Count]:
    """Zeros the text puts in the draft's place by name, anywhere after its strike ("Drones
    attacked Belgorod and Kursk. ... There were no casualties in Kursk")."""
    start = draft.targets[0].sentence.index
    names = names_of(draft)
    return [
        count
        for sentence in ctx.sentences[start + 1 :]
        if " in " in sentence.text and any(name in sentence.text for name in names)
        for count in ctx.counts(sentence).values()
        if count.value == 0 and named_here(ctx, count, draft)
    ]


def closing_zeros(ctx: ArticleContext, draft: Draft) -> list[Count]:
    """A "No casualties were reported." that closes the paragraph of a day's report on several
    places holds for each of them ("Invaders launched airstrikes on Mala Tokmachka and Levadne.
    Drones attacked Stepnohirsk. No casualties were reported."): its zeros, where every strike
    sentence of the paragraph before it tells of the same day and names no count of its own."""
    first = ctx.sentences[first_own_index(draft)]
    paragraph = paragraph_of(ctx, first.paragraph)
    last = paragraph[-1]
    counts = ctx.counts(last)
    if last is first or not counts or any(c.value for c in counts.values()):
        return []
    if names_a_place(ctx, last) or is_war_summary(last.text):
        return []
    told = [s for s in paragraph if s.index < last.index and ctx.hit.get(s.index)]
    if len(told) < 2 or any(ctx.counts(s) for s in told):
        return []
    days = {opening_day(ctx, s) for s in told} - {None}
    return [] if len(days) > 1 else list(counts.values())


def followers(ctx: ArticleContext, sentence: Sentence) -> list[Sentence]:
    """The sentences after one that still tell of its strike: up to the next that names a
    place hit, or sums up the war ("The army blamed the RSF for the attack.")."""
    found = []
    # (a photo's caption or credit between is no part of the story: read past it)
    story = (s for s in ctx.sentences[sentence.index + 1 :] if not is_clutter(s.text))
    for follower in islice(story, FOLLOW_SENTENCES):
        if names_a_place(ctx, follower) or is_war_summary(follower.text):
            break
        found.append(follower)
    return found


def placed_counts(
    ctx: ArticleContext, sentence: Sentence, target: Target
) -> dict[str, Count] | None:
    """In a sentence naming several places whose every count names its own ("killing a man
    in Kupiansk and injuring two people in Vovchansk"), the counts placed in this one (None
    where some count names no place: the sentence's order decides)."""
    places = ctx.targets(sentence)
    counts = ctx.counts(sentence)
    if len({r.place for r in places}) < 2 or not counts:
        return None
    if not all(any(count_in(ctx, c, r) for r in places) for c in counts.values()):
        return None
    return {
        name: c for name, c in counts.items()
        if count_in(ctx, c, target.resolved) and not count_over_list(ctx, c, places)
    }  # fmt: skip


# A clause's strike on places it does not name: "while strikes on villages in south Lebanon
# killed 10", "as shelling of several towns wounded 12"
UNNAMED_STRIKE = re.compile(
    rf"\b{words(STRIKE_NOUNS, plural=True)}\s+(?:on|in|of|against)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    rf"{words((*UNNAMED_SETTLEMENT_KINDS, 'area'), plural=True)}\b",
    re.IGNORECASE,
)


def not_its_count(ctx: ArticleContext, sentence: Sentence, target: Target, count: Count) -> bool:
    """A count of the place's sentence that is another strike's: an earlier one a lapse
    recalls, a total over a wider area or over the days the sentence tells the place was hit
    on ("shelled Kherson on Saturday and again on Sunday, killing two"), or a strike on places
    the clause does not name."""
    return (
        (sentence.index, target.resolved.mention.start) in ctx.on_days
        or lapsed_count(sentence, target, count)
        or total_over(ctx, count, target)
        or of_an_unnamed_strike(sentence, target, count)
    )


def of_an_unnamed_strike(sentence: Sentence, target: Target, count: Count) -> bool:
    """The count stands in another clause, of a strike on places it does not name ("Israeli
    warplanes pounded Beirut's suburbs, while strikes on villages in south Lebanon killed
    10"): not the place's."""
    span = turn_clause(sentence.text, count.start - sentence.start)
    own = turn_clause(sentence.text, target.resolved.mention.start - sentence.start)
    return (
        span is not None
        and span != own
        and UNNAMED_STRIKE.search(sentence.text, span[0], span[1]) is not None
    )


def owns_counts(ctx: ArticleContext, sentence: Sentence, target: Target) -> bool:
    """In a sentence naming several places, counts belong to the last place before them (not
    to the area the sentence opens on: "In the Tyre district, one person was killed when
    shells hit Qana")."""
    hit = ctx.targets(sentence)
    setting = opening_setting(ctx, sentence, hit)
    others = [
        r for r in hit
        if r.place != target.resolved.place and r is not setting
        and not area_holding(ctx, target, r)
    ]  # fmt: skip
    counts = ctx.counts(sentence)
    if not others or not counts:
        return True
    places = [target.resolved, *others]
    owners = [
        r for c in counts.values() for r in places
        if count_in(ctx, c, r) and not count_over_list(ctx, c, places)
    ]  # fmt: skip
    if owners:  # "two people were killed in Barda": Barda's
        return owners[0] == target.resolved
    first_count = min(c.start for c in counts.values())
    before = sorted(
        (r for r in [*others, target.resolved] if r.mention.start < first_count),
        key=lambda r: r.mention.start,
    )
    if not before or before[-1] != target.resolved:
        return False
    # "strikes on Kherson, Nikopol and Zaporizhzhia killed five", "strikes on the Nuseirat
    # camp and the city of Deir al-Balah killed 40": a total over the list
    gap = (
        ctx.text[before[-2].mention.end : target.resolved.mention.start] if len(before) > 1 else ""
    )
    return not (gap and (LIST_GAP.match(gap) or KINDED_LIST_GAP.match(gap)))


def area_holding(ctx: ArticleContext, target: Target, area: Resolved) -> bool:
    """The area is named right after the target's place as the one holding it ("in Kadugli,
    South Kordofan", "Orikhiv, a town in the Zaporizhzhia region")."""
    gap = ctx.text[target.resolved.mention.end : area.mention.start]
    return area.place.kind == "district" and (
        APPOSITIVE_GAP.match(gap) is not None
        or holds(target, area.mention.start - target.sentence.start)
    )


# "26 people were killed, including in the city of Bahawalpur": a total the place is part of
INCLUDING_IN = re.compile(
    rf",\s+(?:including|among\s+them)\s+(?:in|at|on)\s+(?:the\s+)?"
    rf"(?:(?:{words(SETTLEMENT_PREFIXES)}|{words(AREA_KINDS)})\s+of\s+)?$",
    re.IGNORECASE,
)
INCLUDING_REACH = 80


def total_over(ctx: ArticleContext, count: Count, target: Target) -> bool:
    """The count is a total the place is named as part of, after it ("killed 26, including
    in Bahawalpur")."""
    at = target.resolved.mention.start
    return count.end <= at <= count.end + INCLUDING_REACH and bool(
        INCLUDING_IN.search(ctx.text, count.end, at)
    )


def count_over_list(ctx: ArticleContext, count: Count, places: list[Resolved]) -> bool:
    """A count in a place joined right away to another of the sentence's places: a total over
    the list ("killed five people in Kharkiv and Zaporizhzhia")."""
    found = COUNT_IN_NAME.match(ctx.text, count.end)
    joined = LIST_AFTER.match(ctx.text, found.end(1)) if found else None
    return bool(joined) and any(r.mention.start == joined.end() - 1 for r in places)


# Between the names of a list that gives their kinds: "the Nuseirat refugee camp and the city
# of Deir al-Balah", "the town of Izium and the city of Kharkiv"
KINDED_LIST_GAP = re.compile(
    # ("the outskirts of Baalbek and in the Hermel region": a preposition may repeat)
    rf"^(?:\s+(?:refugee\s+)?{words((*SETTLEMENT_PREFIXES, *LISTED_KINDS))})?(?:,\s*|,?\s+and\s+)"
    r"(?:(?:in|on|near|at)\s+)?(?:the\s+)?"
    # ("Sanaa and the northern province of Saada", "Tel Aviv and the port city of Haifa": a
    # place's kind, a word before it)
    rf"(?:(?:[a-z-]+\s+)?{words((*SETTLEMENT_PREFIXES, *AREA_KINDS))}\s+of\s+)?$",
    re.IGNORECASE,
)


def again_part(ctx: ArticleContext, sentence: Sentence, target: Target) -> tuple[int, int] | None:
    """The part of a sentence that tells of this target's day, where the sentence tells of a
    place struck, then struck again after a comma ("Two days after a drone strike killed four
    in Sumy, bombs hit the city again on Monday, wounding 10") or "and on" another day; None
    elsewhere."""
    at = sentence.text.find(" again ")
    # ("hit twice: on Saturday by drones and on Sunday by missiles": the "and" parts them)
    twice = second_day_part(sentence.text) if at < 0 else None
    at = twice.start() if twice else at
    # ("A drone hit Belgorod on Friday; another struck the city on Sunday": the semicolon)
    semi = sentence.text.find("; ") if at < 0 else -1
    again = semi >= 0 and THE_SAME_PLACE.search(sentence.text, semi) is not None
    at = semi if again else at
    if at < 0 or target.date is None or not sentence.start <= target.date.start < sentence.end:
        return None
    cut = (
        at
        if twice or again
        else max(sentence.text.rfind(", ", 0, at), sentence.text.rfind("; ", 0, at))
    )
    days = [d.start - sentence.start for d in ctx.dates(sentence) if not d.reported]
    if cut <= 0 or not any(d < cut for d in days) or not any(d > cut for d in days):
        # ("hit Tartar on Saturday and again on Sunday, killing two": both days'; "On October
        # 16, Azerbaijan once again shelled X": one day)
        return None
    after = target.date.start - sentence.start > cut
    return (cut, len(sentence.text)) if after else (0, cut)


def part_counts(ctx: ArticleContext, sentence: Sentence, part: tuple[int, int]) -> dict[str, Count]:
    start, end = part
    return ctx.once(
        ("clause counts", sentence.index, start),
        lambda: find_counts(sentence.text[start:end], sentence.start + start),
    )


# Where a sentence's clauses part: ", and eight others died in ...", "; in Kherson, ..."
# (or turns to another strike: "killed 12 in Jabalia, a day after 20 were killed in Beit Lahia")
CLAUSE_SPLIT = re.compile(
    rf",\s+(?:and|while|whereas|but|as|(?:[\w-]+\s+)?{words(CLAUSE_TURNS)})\s+|;\s+"
    # (or "and" before a clause of its own harm: "a man was killed in Kivsharivka and a
    # 52-year-old woman died in Kupiansk")
    r"|\s+and\s+(?=(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:was|were|died|had\s+been|have\s+been)\b)",
    re.IGNORECASE,
)


def clause_counts(
    ctx: ArticleContext, sentence: Sentence, target: Target, draft: Draft
) -> dict[str, Count] | None:
    """The counts of the clause a place stands in, where the sentence's other places hit
    stand in other clauses (None where that does not part them); the same place struck on
    another day is another ("Two days after a strike killed four in Sumy, bombs hit the city
    again on Monday, wounding 10")."""
    mine = {t.resolved.mention.start for t in draft.targets if t.sentence is sentence}
    others = [
        r for r in ctx.targets(sentence)
        if r.place != target.resolved.place or r.mention.start not in mine
    ]  # fmt: skip
    splits = list(CLAUSE_SPLIT.finditer(sentence.text)) if others else []
    if not splits:
        return None
    at = target.resolved.mention.start - sentence.start
    start = max((m.end() for m in splits if m.end() <= at), default=0)
    end = next((m.start() for m in splits if m.start() >= start), len(sentence.text))
    lo, hi = sentence.start + start, sentence.start + end
    if any(lo <= r.mention.start < hi for r in others):
        return None  # a list in one clause: the sentence's rules decide
    return part_counts(ctx, sentence, (start, end))


# After a count, the place it stands in: "two people were killed in Barda", "killed in Mariupol"
COUNT_IN_NAME = re.compile(
    r"[^,;.]{0,40}?\b(?:in|at|near)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    rf"((?:{NAME_WORD}\s+){{0,2}}{NAME_WORD})"
)


def named_here(ctx: ArticleContext, count: Count, draft: Draft) -> bool:
    """A count the text puts in the draft's place by name ("two were wounded in Haifa")."""
    found = COUNT_IN_NAME.match(ctx.text, count.end)
    return bool(found) and found[1] in names_of(draft)


def elsewhere(ctx: ArticleContext, count: Count, draft: Draft) -> bool:
    """A count the text puts in a place other than the draft's ("killed in Mariupol")."""
    found = COUNT_IN_NAME.match(ctx.text, count.end)
    if not found or cared_for_at(ctx.text[max(0, found.start(1) - 60) : found.start(1)]):
        return False  # ("wounded and taken to hospital in Zaporizhzhia": cared for there)
    if SITE_NAME_END.search(found[1]):
        return False  # "killed at the Saudi Hospital": a building, of the place told of
    return not any(n in found[1] or found[1] in n for n in names_of(draft))


def names_of(draft: Draft) -> set[str]:
    """The names the text gives the draft's place, and its own name."""
    return {t.resolved.mention.text for t in draft.targets} | {draft.place.name}


def count_in(ctx: ArticleContext, count: Count, place: Resolved) -> bool:
    """Does the text put the count in this place ("two people were killed in Barda")?"""
    found = COUNT_IN_NAME.match(ctx.text, count.end)
    # (the place's own mention, or its name again: "struck Dnipro and Kryvyi Rih, killing 11
    # people in Dnipro")
    return bool(found) and (found.start(1) == place.mention.start or found[1] == place.mention.text)


def names_a_place(ctx: ArticleContext, sentence: Sentence) -> bool:
    return bool(ctx.targets(sentence))


def fill_sources(ctx: ArticleContext, event: Event, draft: Draft, one_story: bool) -> None:
    """Who the article cites for this strike, nearest first: the speakers of the paragraphs
    that report it, else (in an article about one attack) of the sentences that tell of
    strikes or harm. Speakers of other matters elsewhere in the
    article are not this strike's sources, and a strike told in the article's own voice
    has none."""
    places = target_names(ctx)
    bylines = {name.lower() for name in ctx.article.bylines}
    tolls = toll_sentences(ctx, event) + (retellings(ctx) if one_story else [])
    for sentences in source_tiers(ctx, draft, one_story):
        # beyond the strike's own sentences, an official of another place speaks for that
        # place ("Odesa Regional Administration head Petro Hnatyuk" is no source for
        # Kharkiv); and whoever told the strike's toll ("At least 27 people were killed,
        # ombudsman Gegham Stepanyan said") speaks of it too
        found = local_speakers(ctx, sentences, draft)
        extra = [s for s in tolls if s not in sentences]
        found += [n for n in local_speakers(ctx, extra, draft) if is_named_teller(n, found)]
        names = [
            n for n in found
            # not "Ganja said", but "officials in Sumy", "residents of Idlib"
            if (n.split()[-1] not in places or " in " in n or speaker_of(n))
            and not is_byline(n, bylines)
        ]  # fmt: skip
        if names:
            names = drop_short_forms(once_each(full_name(ctx, n) for n in names))
            speaking = [n for n in names if not is_bare_place(ctx, n)]
            # "Russia" beside "Russia's defence ministry", "Baku" beside the prosecutor's
            # office: a place name stands for who speaks for it, and they are named
            event.sources = speaking or names
            return
    event.sources = []  # told in the article's own voice: no source


def is_byline(name: str, bylines: set[str]) -> bool:
    """The name is the article's own outlet or author, as its byline or dateline credits it,
    bare or with its kind ("the Saba news agency" under "SANAA, Dec. 19 (Saba)")."""
    lowered = name.lower()
    short = initials(name).lower()
    if lowered in bylines or len(short) >= 2 and short in bylines:
        return True  # (or by the initials of its name: "the National News Agency" is "NNA")
    words_ = lowered.removeprefix("the ").split()
    return any(w in MEDIA_WORD_SET for w in words_) and any(
        w.strip(".,") in bylines for w in words_
    )


MEDIA_WORD_SET = frozenset(MEDIA_WORDS)


def is_named_teller(name: str, found: list[str]) -> bool:
    """A toll's teller named as a person or a body ("Andriy Sadovyi", "The Unian agency"), no
    bare word ("authorities", "Police"), anaphor ("the office") or short form of one found."""
    words = without_article(name).split()
    named = any(
        w[:1].isupper() and w.lower() not in SOURCE_NOUNS and not nation_of(w) for w in words
    )  # (not "the Russian official")
    at_a_named_place = len(words) > 2 and words[1] == "at"  # ("doctor at Al-Nao hospital")
    return (
        named
        # (not "official in the country's UN-backed government")
        and (words[0][:1].isupper() or at_a_named_place)
        and not any(other.endswith(name) or name in other for other in found)
    )


# "The attack also damaged 18 buildings, said governor Pavlo Kyrylenko": the story's strike
# told on, by what it did
STRIKE_DID = re.compile(
    rf"^\W*(?:The|This|That)\s+(?:[\w-]+\s+)?{words((*STRIKE_NOUNS, *WEAPON_NAMES), plural=True)}"
    r"\s+(?:also\s+)?(?:damaged|destroyed|wounded|injured|killed|left|flattened|set)\b"
)


def retellings(ctx: ArticleContext) -> list[Sentence]:
    """The sentences that tell on of the story's strike, naming no place: by what it did, or
    by whom they blame for it ("Col. Turki al-Maliki also blamed the Houthis for the attack")."""
    return ctx.once("retellings", lambda: [
        s for s in ctx.sentences
        if not ctx.hit.get(s.index)
        and (STRIKE_DID.match(s.text) or blames(s.text) and THE_ATTACK.search(s.text))
    ])  # fmt: skip


def toll_sentences(ctx: ArticleContext, event: Event) -> list[Sentence]:
    """The sentences the event's counts were read from."""
    starts = [event.spans[k][0] for k in ("killed", "injured") if k in event.spans]
    return [s for s in ctx.sentences if any(s.start <= at < s.end for at in starts)]


def without_article(name: str) -> str:
    """'the ministry' -> 'ministry': a speaker's name without its leading article."""
    return name.removeprefix("the ").removeprefix("The ")


def once_each(names: Iterable[str]) -> list[str]:
    """Each name once, whatever its article's case ("The ministry" is "the ministry")."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(without_article(name).lower(), name)
    return list(seen.values())


def speaker_of(name: str) -> bool:
    """'Residents of Idlib', 'officials of Rafah', 'the mayor of Kharkiv': speakers named by
    their town."""
    first, _, rest = without_article(name).partition(" ")
    return (first.lower() in SOURCE_NOUNS or first.lower() in TITLES) and rest.startswith("of ")


SEAT_KM = 150  # an official whose title names a place this far from a strike speaks of another


TALLY = re.compile(rf"\b{words(TALLY_CUES)}\b", re.IGNORECASE)


def local_speakers(ctx: ArticleContext, sentences: list[Sentence], draft: Draft) -> list[str]:
    """The speakers of these sentences; outside the strike's own sentences, not an official
    whose title names a place far from it; in its own sentence, the speaker of the place's
    clause where the sentence has more than one."""
    place = draft.place
    own = {target.sentence.index for target in draft.targets}
    names = []
    for sentence in sentences:
        if sentence.index not in own and (
            TALLY.search(sentence.text) or names_a_whole_country(sentence.text)
        ):  # a tally's speaker speaks of the war, not of this strike ("44 people were
            # killed across the enclave in 24 hours, the health ministry said")
            continue
        for name in clause_speakers(ctx, sentence, draft):
            elsewhere = sentence.index not in own and place.lat == place.lat
            seat = title_seat(ctx, full_name(ctx, name)) if elsewhere else None
            if seat is None or distance_km((seat.lat, seat.lon), (place.lat, place.lon)) <= SEAT_KM:
                names.append(name)
    return list(dict.fromkeys(names))


# The title right before a name, back to the last punctuation: "Lviv Regional State
# Administration head Petro Hnatyuk", "Belgorod Governor Vyacheslav Gladkov".
# ("Lviv's mayor, Andriy Sadovyi": the title set off before the name by a comma)
TITLE_BEFORE = re.compile(r"[^,.;:—–()“”\"]{0,80}(?:,\s*)?$")


def title_seat(ctx: ArticleContext, name: str) -> Place | None:
    """The place an official's title names where the article first gives the full name, if
    the gazetteer knows it in the article's countries."""
    return ctx.once(("seat", name), lambda: first_title_seat(ctx, name))


def first_title_seat(ctx: ArticleContext, name: str) -> Place | None:
    at = ctx.text.find(name if " " in name else first_full_name(ctx, name))
    if at <= 0:
        return None
    title = TITLE_BEFORE.search(ctx.text, max(0, at - 80), at)
    words_ = [POSSESSIVE_END.sub("", w.rstrip(",")) for w in title[0].split()] if title else []
    titles = [i for i, w in enumerate(words_) if w.lower() in TITLES]
    # a place word before the title word: "Kharkiv Governor", "Lviv's mayor", not "Omar
    # Haddad Rahman of"
    for word in words_[: titles[-1]] if titles else []:
        if not word[:1].isupper():
            continue
        for place in candidates(ctx.gazetteer, Mention(word, 0, len(word))):
            in_context = place.country in ctx.countries or not ctx.countries
            if place.exact and in_context and place.lat == place.lat:
                return place
    return None


def is_bare_place(ctx: ArticleContext, name: str) -> bool:
    """'Russia', 'Baku', 'Nagorno-Karabakh': a country or a place, no body or person in it."""
    bare = POSSESSIVE_END.sub("", without_article(name))
    if bare.lower() in armed_groups():
        return False  # "the RSF said", "Hamas said": a group speaks, whatever land it holds
    if " " not in bare and nation_of(bare):
        return True  # (one word: "the human rights ombudsman in Nagorno-Karabakh" is no nation)
    words_ = bare.split()
    return (
        len(words_) <= 3 and all(w[:1].isupper() for w in words_)
        and not any(w.lower() in BODY_WORD_SET or w.lower() in SOURCE_NOUNS for w in words_)
        and any(
            p.country in ctx.named_countries
            for p in candidates(ctx.gazetteer, Mention(bare, 0, len(bare)))
        )  # a place of the article's countries ("Xinhua" in a Sudan story is the agency)
    )  # fmt: skip


POSSESSIVE_END = re.compile(r"['’]s$")


def sentence_speakers(ctx: ArticleContext, sentence: Sentence) -> list[str]:
    """The speakers a sentence cites, "he" and "the governor" resolved (once per sentence)."""
    return [name for _, name in resolved_attributions(ctx, sentence)]


def clause_speakers(ctx: ArticleContext, sentence: Sentence, draft: Draft) -> list[str]:
    """The sentence's speakers, but not one whose clause reports only another place hit ("X
    said shells hit Shushi, while Y said a civilian in Martuni died": Martuni's is Y alone)."""
    pairs = resolved_attributions(ctx, sentence)
    mine = {t.resolved.mention.start for t in draft.targets if t.sentence.index == sentence.index}
    hits = {r.mention.start for r in ctx.hit.get(sentence.index, ())}
    if len(pairs) == 1 and mine and turned_away(sentence, pairs[0][0], mine, hits):
        return []  # "X struck Tehran, state media said, while missiles hit Haifa": not Haifa's
    if len(pairs) < 2 or not mine:
        return [name for _, name in pairs]
    others = hits - mine
    verbs = [a for a, _ in pairs]
    holding = [any(in_scope(sentence, a, verbs, at) for at in mine) for a, _ in pairs]
    return [
        name for (a, name), holds in zip(pairs, holding, strict=True)
        if holds
        # ("The Houthis said they targeted two ships in the Gulf of Aden, and U.S. forces said
        # they struck Hodeidah": not a speaker whose own clause is placed elsewhere)
        or not (any(holding) and placed_elsewhere(sentence, a, verbs))
        and not any(in_scope(sentence, a, verbs, at) for at in others)
    ]  # fmt: skip


# "in the Gulf of Aden", "near Eilat": a clause placed by a name (not "on Friday", "on
# Saudi energy facilities")
PLACED_BY_NAME = re.compile(r"\b(?:in|at|near|off|over)\s+(?:the\s+)?([A-Z][\w’'-]+)")


def placed_elsewhere(
    sentence: Sentence, attribution: Attribution, verbs: list[Attribution]
) -> bool:
    """What the attribution reports, up to the next report verb, is placed by a name."""
    start = attribution.end - sentence.start
    later = [v.start - sentence.start for v in verbs if v.start >= attribution.end]
    clause = sentence.text[start : min(later) if later else len(sentence.text)]
    return any(
        not nation_of(m[1]) and m[1].lower() not in CALENDAR
        for m in PLACED_BY_NAME.finditer(clause)
    )


def turned_away(
    sentence: Sentence, attribution: Attribution, mine: set[int], hits: set[int]
) -> bool:
    """The sentence turns to another strike ("..., while ...") between a speaker who closes
    the first clause (a place hit before it) and every mention of this place."""
    start = attribution.end - sentence.start
    return any(at < attribution.start for at in hits) and all(
        at > attribution.end and TURN.search(sentence.text, start, at - sentence.start)
        for at in mine
    )


# What stands between a report verb and the end of its clause when the speaker closes it
# ("..., the ministry said in a statement."): a few words, no clause of their own.
CLOSING_WORDS = 4
SPEECH_CLAUSE_END = re.compile(r"[,.;]")


def in_scope(
    sentence: Sentence, attribution: Attribution, verbs: list[Attribution], at: int
) -> bool:
    """Does the place at ``at`` lie in what this attribution reports: after a leading verb up
    to the next verb ("X said ..."), or before a closing one back to the verb before it ("...,
    X said")?"""
    after = sentence.text[attribution.end - sentence.start :]
    clause_end = SPEECH_CLAUSE_END.search(after)
    closing = len((after[: clause_end.start()] if clause_end else after).split()) <= CLOSING_WORDS
    if sentence.text[attribution.start - sentence.start :].lower().startswith("according"):
        # "According to X, ..." reports what follows; "..., according to X" what went before
        closing = attribution.start > sentence.start
    before = [v.end for v in verbs if v.end <= attribution.start]
    later = [v.start for v in verbs if v.start >= attribution.end]
    if closing:
        return (max(before) if before else sentence.start) <= at < attribution.start
    return attribution.end <= at < (min(later) if later else sentence.end)


def resolved_attributions(ctx: ArticleContext, sentence: Sentence) -> list[tuple[Attribution, str]]:
    """Each attribution of a sentence with its speaker resolved (once per sentence)."""
    return ctx.once(("speakers", sentence.index), lambda: resolve_attributions(ctx, sentence))


def resolve_attributions(ctx: ArticleContext, sentence: Sentence) -> list[tuple[Attribution, str]]:
    pairs = []
    attributions = ctx.sources(sentence)
    # "Reports that X shelled Y are false, the ministry said": who denies is no source
    deniers = {bare_key(n) for n in find_deniers(sentence.text)} if attributions else set()
    # (unless the denier goes on to a claim of its own: "Kyiv denied it and said ...")
    claim_start = sentence.start + counter_claim_start(sentence.text) if deniers else 0
    for attribution in attributions:
        name = attribution.name
        if deniers and bare_key(name) in deniers and attribution.start < claim_start:
            continue
        if LOOKS_INTO.match(ctx.text, attribution.end):
            continue  # who only looks into a strike is no source of it
        if attribution.pronoun:
            person = attribution.name.lower() in ("he", "she")  # "it", "they": a body
            name = antecedent(ctx, attribution.start, person) or ""
        else:
            if name.lower() in TITLES:
                continue  # "..., Mayor Says": a Title Case headline's title names no one
            name = referent(ctx, name, attribution.start) or name
        if name:
            pairs.append((attribution, name))
    return pairs


# "The army said it was looking into the report", "... said the incident was under review":
# what follows a speaker's verb, when it only looks into a strike (after "told Reuters")
LOOKS_INTO = Caseless(
    r"\s+(?:[A-Z][\w.]*\s+)?(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?(?:"
    r"(?:it|they|he|she|we)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|would\s+be|"
    rf"will\s+be)\s+(?:still\s+|now\s+)?{words(NONCOMMITTAL_ACTS)}"
    rf"|(?:[\w-]+\s+){{1,4}}(?:was|were|is|are)\s+(?:now\s+)?{words(NONCOMMITTAL_STATES)})\b"
)


def bare_key(name: str) -> str:
    """A name's key without its article ("the Defence Ministry" ~ "Defence Ministry")."""
    return name_key(without_article(name))


def source_tiers(ctx: ArticleContext, draft: Draft, one_story: bool) -> Iterator[list[Sentence]]:
    """Where to look for the strike's speakers, nearest first (each tier built only when
    needed): the sentences that tell of this strike ("In Odesa, a drone struck ..., governor
    Kiper said" is not a source for Kharkiv in the same paragraph), then their paragraphs, then
    (in an article about one attack) the nearest paragraph that tells of strikes or harm."""
    own = source_sentences(ctx, draft)
    yield own
    if all(recalled_in(s, draft) for s in sentences_of(draft)):
        return  # an earlier strike recalled: the paragraph goes on with the story's own
    paragraphs = {s.paragraph for s in own}
    # (not a sentence of the paragraph that tells of a strike on another place only: "Homs was
    # hit, Syrian forces said. Israel also struck Al-Qusayr." gives Al-Qusayr no source; but
    # a quote's every sentence is its speaker's)
    # (unless the strike's own sentences go on with the speaker's account, naming no attacker
    # and no speaker of their own: "Russian forces attacked Nikopol, Governor Serhiy Lysak
    # said. ... In the Marhanets community, a private house was damaged.")
    goes_on = first_own_index(draft) if goes_on_with_the_account(ctx, draft) else -1
    # (nor, for a strike that opens a story of its own, what the paragraph said before it)
    opens = first_own_index(draft) if opens_its_own_story(ctx, draft) else -1
    yield [
        s for s in ctx.sentences
        if s.paragraph in paragraphs
        and (
            s in own or opens_a_quote(ctx, s.paragraph) or not hits_others_only(ctx, s, draft)
            or s.index < goes_on and opens < 0
        )
        and (s in own or s.index > opens)
    ]  # fmt: skip
    # a paragraph that opens a quote speaks in the voice of the paragraph that introduces it
    # ("..., Artak Beglaryan said in a statement. / “In the early morning, Azerbaijan
    # launched strikes on Stepanakert ...")
    quoted = [p for p in sorted(paragraphs) if opens_a_quote(ctx, p)]
    if quoted:
        yield paragraph_of(ctx, quoted[0] - 1)
    if one_story:
        first = own[0].paragraph if own else 0
        by_paragraph = harm_paragraphs(ctx)
        for paragraph in sorted(by_paragraph, key=lambda p: abs(p - first)):
            if paragraph != first and (
                tells_of_others_only(ctx, paragraph, draft)
                or goes_on_with_another(ctx, paragraph, draft)
            ):
                continue  # a paragraph on strikes elsewhere: its speakers are theirs
            yield [
                s for s in by_paragraph[paragraph]
                if not hits_others_only(ctx, s, draft)
                and (paragraph != first or s in own or s.index > opens)
            ]  # fmt: skip


def first_own_index(draft: Draft) -> int:
    return min(t.sentence.index for t in draft.targets)


def goes_on_with_the_account(ctx: ArticleContext, draft: Draft) -> bool:
    """The strike's own sentences name no attacker and no speaker of their own: they go on
    with the account of the sentences before them in the paragraph."""
    own = sentences_of(draft)
    return not any(stated_actor(s.text) or sentence_speakers(ctx, s) for s in own)


def tells_of_others_only(ctx: ArticleContext, paragraph: int, draft: Draft) -> bool:
    """The paragraph tells of strikes on places, none of them this strike's."""
    sentences = paragraph_of(ctx, paragraph)
    told = [s for s in sentences if ctx.hit.get(s.index)]
    return bool(told) and all(hits_others_only(ctx, s, draft) for s in told)


def goes_on_with_another(ctx: ArticleContext, paragraph: int, draft: Draft) -> bool:
    """A paragraph that names no place hit goes on with the strike told last before it: where
    that is a strike on other places only, the paragraph is theirs ("Rafah was struck ... /
    An official said 249 were wounded. / Earlier, rockets hit Ashkelon")."""
    sentences = paragraph_of(ctx, paragraph)
    if not sentences or any(ctx.hit.get(s.index) for s in sentences):
        return False
    told = [s for s in ctx.sentences[: sentences[0].index] if ctx.hit.get(s.index)]
    return bool(told) and hits_others_only(ctx, told[-1], draft)


def hits_others_only(ctx: ArticleContext, sentence: Sentence, draft: Draft) -> bool:
    """The sentence tells of strikes on places, none of them this strike's (nor a region
    holding it: "Russian forces shelled 23 settlements in the Zaporizhzhia region, governor
    Ivan Fedorov said. Buildings were damaged in Huliaipole" is his report)."""
    hit = ctx.hit.get(sentence.index) or []
    return bool(hit) and all(
        r.place != draft.place
        and not (r.place.kind == "district" and in_named_area(ctx.gazetteer, draft.place, r.place))
        for r in hit
    )  # fmt: skip


OPENING_QUOTES = ("“", '"', "«", "‘")


def opens_a_quote(ctx: ArticleContext, paragraph: int) -> bool:
    """The paragraph opens with a quotation mark, or with a quote's label ('Quote: "...'), as
    a paragraph that only goes on with the speaker's words."""
    first = next(iter(paragraph_of(ctx, paragraph)), None)
    text = QUOTE_LABEL.sub("", first.text.lstrip(), count=1) if first is not None else ""
    return text.startswith(OPENING_QUOTES)


# "Quote: “Today, at about 14:00, the occupiers attacked ...”": a news site's label
QUOTE_LABEL = re.compile(rf"^{words(QUOTE_LABELS)}\s*:\s*", re.IGNORECASE)


def harm_paragraphs(ctx: ArticleContext) -> dict[int, list[Sentence]]:
    """The sentences that tell of strikes or harm, by paragraph (once per article)."""

    def group() -> dict[int, list[Sentence]]:
        by_paragraph: dict[int, list[Sentence]] = {}
        for sentence in harm_sentences(ctx):
            by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
        return by_paragraph

    return ctx.once("harm paragraphs", group)


def harm_sentences(ctx: ArticleContext) -> list[Sentence]:
    return ctx.once("harm", lambda: [s for s in ctx.sentences if reports_harm(ctx, s)])


def reports_harm(ctx: ArticleContext, sentence: Sentence) -> bool:
    """A sentence that tells of strikes or harm (not a tally of the war: "According to their
    latest figures, officials say 45 civilians have died")."""
    text = sentence.text
    if not (is_strike_sentence(text) or bool(ctx.counts(sentence)) or bool(DAMAGE.search(text))):
        return False
    return not is_war_summary(text)


def target_names(ctx: ArticleContext) -> set[str]:
    """Names the article reports as hit: a source is never one of them ("Ganja said")."""
    return {r.mention.text.split()[-1] for hit in ctx.hit.values() for r in hit}


# "the missile", "the drone strike", "the attack": the strike told before, named again
THE_ARMS = re.compile(
    rf"\b[Tt]he\s+(?:[\w-]+\s+)?{words((*STRIKE_NOUNS, *WEAPON_NAMES), plural=True)}\b"
    rf"(?=\s+(?:had\s+|has\s+)?(?:also\s+)?{words(forms(ATTACK_VERBS))}\b)"
)


def source_sentences(ctx: ArticleContext, draft: Draft) -> list[Sentence]:
    """Where the article tells of this strike: its sentences, the next sentence of the same
    paragraph ("..., the ministry said in a statement."), and any other sentence that names
    the place."""
    chosen = {s.index: s for s in sentences_of(draft)}
    for sentence in list(chosen.values()):
        if recalled_in(sentence, draft):
            continue  # (the story goes on with its own strike, not the one it recalls)
        for other in ctx.sentences[sentence.index + 1 : sentence.index + 2]:
            # (a paragraph of its own that goes on about "the missile": "President Volodymyr
            # Zelenskyy said the missile hit a five-story building")
            goes_on = other.paragraph == sentence.paragraph or THE_ARMS.search(other.text)
            # (not another side's strike: "Israel struck Natanz. Iran responded by launching
            # 100 drones, most of which were intercepted, the Israeli military said")
            if (
                goes_on and not names_a_place(ctx, other) and not other_side(sentence, other)
                # (nor a tally of the war's: "Iranian state media said 224 people had been
                # killed in Israeli strikes since Friday")
                and not is_war_summary(other.text)
            ):  # fmt: skip
                chosen.setdefault(other.index, other)
    lede = retold_lede(ctx, draft)
    if lede is not None:
        chosen.setdefault(lede.index, lede)
    names = {t.resolved.mention.text for t in draft.targets}
    for sentence in ctx.sentences:
        if (
            any(name in sentence.text for name in names)
            and not hits_only_others(ctx, sentence, draft)
            and not (sentence.index not in chosen and unreal(sentence.text))
        ):
            chosen.setdefault(sentence.index, sentence)
    return [chosen[i] for i in sorted(chosen)]


def retold_lede(ctx: ArticleContext, draft: Draft) -> Sentence | None:
    """The sentence before the one that places the strike, where it tells of the strike and
    hits no named place ("An Israeli strike killed 90 people in southern Gaza on Saturday. /
    The strike hit the Muwasi area"): its counts and its speakers are this strike's."""
    first = draft.targets[0].sentence
    if not STRIKE_RETOLD.search(first.text):
        return None
    # (over a sentence between that tells of no strike: "It was not clear whether X was killed")
    for before in reversed(ctx.sentences[max(0, first.index - LEDE_REACH) : first.index]):
        if ctx.hit.get(before.index) or is_headline(before.text):
            return None
        if is_strike_sentence(before.text):
            return before
    return None


LEDE_REACH = 2  # sentences back to the lede a sentence that places "the strike" retells


UNREAL = Caseless(rf"\b{words(UNREAL_WORDS)}\b")


def unreal(text: str) -> bool:
    """A sentence that tells of what may come and of no strike ("The UN has warned that an
    attack on El Fasher could lead to a bloodbath"): its speaker is no source of the strike."""
    return UNREAL.test(text) and not is_strike_sentence(text)


def shares_a_place(ctx: ArticleContext, sentence: Sentence, draft: Draft) -> bool:
    """The sentence hits a place the strike's own sentence hits too: one barrage ("Iranian
    missiles struck Haifa ... One missile hit a building in Petah Tikva, and another struck near
    the refinery in Haifa")."""
    theirs = {r.place for r in ctx.targets(sentence)} - {draft.place}
    return any(r.place in theirs for own in sentences_of(draft) for r in ctx.targets(own))


def hits_only_others(ctx: ArticleContext, sentence: Sentence, draft: Draft) -> bool:
    """A sentence of another strike that names this place only to say where that one lies
    ("a strike on Mellit, north of El Fasher, killed six, according to ...")."""
    hit = ctx.targets(sentence)
    mine = {name_key(t.resolved.mention.text) for t in draft.targets}
    mine.add(name_key(draft.place.name))
    # ("the Bryansk region" is the Bryansk of a strike told as "the regions of Bryansk and ...")
    return bool(hit) and not any(
        name_key(r.mention.text) in mine or name_key(r.place.name) in mine for r in hit
    )


def full_name(ctx: ArticleContext, name: str) -> str:
    """'Hajiyev' -> 'Hikmet Hajiyev', 'National News Agency' -> 'Lebanon's official National
    News Agency': the fullest form the article cites."""
    if name.islower():
        return name  # "officials", "the governor": no longer form to find
    return ctx.once(("full name", name), lambda: fullest_form(ctx, name))


def fullest_form(ctx: ArticleContext, name: str) -> str:
    """The longest form of a name the article cites: with words before it ("Hikmet
    Hajiyev"), or its country after it ("Prosecutor General's Office of Azerbaijan")."""
    tail = " " + name
    core = name.removeprefix("The ").removeprefix("the ")
    of = core + " of "
    cited = (ctx.sources(s) for s in ctx.sentences if tail in s.text or of in s.text)
    longer = [
        a.name for found in cited for a in found
        if a.name.endswith(tail) or of in a.name
    ]  # fmt: skip
    return max(longer, key=len) if longer else first_full_name(ctx, name)


REPORT_VERB_SET = frozenset(forms(REPORT_VERBS))


def first_full_name(ctx: ArticleContext, name: str) -> str:
    """A surname as the article first gives it with a first name ("Sadovyi" -> "Andriy
    Sadovyi", from "Lviv's mayor, Andriy Sadovyi, visited ..."); else the name."""
    if " " in name or not name[:1].isupper() or name.lower() in TITLE_WORDS:
        return name
    # (on one line: "Advertisement\nHezbollah fired ..." is no name)
    for match in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(name)}\b", ctx.text):
        first = match[1]
        common = (
            first.lower() in stopwords() or first.lower() in TITLE_WORDS
            or first.lower() in REPORT_VERB_SET  # ("..., Says MSF": a headline's verb)
        )  # fmt: skip
        if not common and not nation_code(first) and first not in CALENDAR:
            return match[0]
    return name


def drop_short_forms(names: list[str]) -> list[str]:
    """'Hajiyev' after 'Hikmet Hajiyev' is the same source, and so is 'the Britain-based
    Observatory' beside 'the Syrian Observatory for Human Rights'."""

    def shorter_of(name: str, other: str) -> bool:
        return other != name and (
            other.endswith(" " + name) or described_again(name, other) or one_of(name, other)
            or with_its_kind(name, other)
        )  # fmt: skip

    kept = [n for n in names if not any(shorter_of(n, other) for other in names)]
    # ("Armenia's Defence Ministry" in a headline, "the Armenian Defence Ministry" in the body:
    # one body, named first as the text names it first)
    return [n for i, n in enumerate(kept) if not any(same_body(n, o) for o in kept[:i])]


def same_body(name: str, other: str) -> bool:
    """'Armenia's Defence Ministry', 'the Armenian Defence Ministry': one body, its nation
    named by the country's name or its adjective."""
    mine, theirs = without_article(name).split(), without_article(other).split()
    if len(mine) < 2 or len(mine) != len(theirs) or mine[1:] != theirs[1:]:
        return False
    nation = nation_of(POSSESSIVE_S_END.sub("", mine[0]))
    return nation is not None and nation == nation_of(POSSESSIVE_S_END.sub("", theirs[0]))


def with_its_kind(name: str, other: str) -> bool:
    """'Houthi-run Saba' beside 'the Houthi-run Saba news agency': the same outlet, the other
    naming its kind after it."""
    head = without_article(name) + " "
    full = without_article(other)
    kind = full.removeprefix(head).lower().split() if full.startswith(head) else []
    return bool(kind) and all(word in MEDIA_WORD_SET for word in kind)


def one_of(name: str, other: str) -> bool:
    """'the witness', 'an eyewitness' beside 'witnesses', 'eyewitnesses': one of the unnamed
    speakers the event already lists."""
    words_ = name.lower().split()
    if words_[:1] in (["the"], ["a"], ["an"]):
        words_ = words_[1:]
    plural = other.lower().split()[-1:]
    return len(words_) == 1 and name.islower() and plural in ([words_[0] + "s"], [words_[0] + "es"])


def described_again(name: str, other: str) -> bool:
    """'the Britain-based Observatory', 'the Observatory': a body's capitalised head noun
    after "the" and descriptive words only, where the other name holds that head."""
    words_ = name.split()
    if len(words_) < 2 or words_[0].lower() != "the" or not words_[-1][:1].isupper():
        return False
    descriptive = all(w.islower() or "-" in w for w in words_[1:-1])
    return descriptive and words_[-1] in other.split() and len(other) > len(name)


PERSON = re.compile(
    r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:yan|ev|ov|ova|eva|enko|i|y|ko|sky|son|er|th)?\b"
)


# "the governor", "the regional head", "the broadcaster": a description of someone named before.
# "the regional governor", "Ukraine's interior minister": a description by its head word
DESCRIPTION = re.compile(r"^(?:[Tt]he|[A-Z][\w-]+['’]s)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)$")
NAME = r"[A-Z][\w’'-]+(?:\s+(?:al-|el-|de\s+)?[A-Z][\w’'-]+){1,3}"


PERSON_TITLE_WORDS = frozenset(PERSON_TITLES)


def named_referent(ctx: ArticleContext, phrase: str, position: int) -> str | None:
    """'the governor' -> 'Vyacheslav Gladkov' where the article named him before
    ("Governor Vyacheslav Gladkov said ...", "Vyacheslav Gladkov, the regional governor, ...")."""
    match = DESCRIPTION.match(phrase)
    if not match or match[1].lower() not in TITLE_WORDS:
        return None
    head = f"(?i:{re.escape(match[1])})"
    pattern = re.compile(
        rf"\b{head}(?:['’]s)?(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{1,3}}?[\w’'-]+,)?,?\s+(?P<a>{NAME})"
        # (an aside that names the title, not a clause with its own subject: "The UAE,
        # which the army says ...")
        rf"|(?!{words(OPENING_WORDS)}\b)(?P<b>{NAME}),\s+(?:the\s+)?"
        rf"(?:(?!(?:which|who|whom|that)\b)[\w-]+\s+){{0,4}}?"
        rf"{head}\b"
        rf"|(?P<c>(?:[A-Z][\w’'-]+\s+){{1,4}}{re.escape(match[1].capitalize())}"
        rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})?)\b"
        # (not a title before the name it gives: "Belgorod Region Governor Vyacheslav Gladkov")
        r"(?!\s+[A-Z][a-z])"
    )
    before = person_names(pattern.finditer(ctx.text, 0, position))
    if before:
        return before[-1]
    # "..., the governor said. The governor, Volodymyr Artiukh, said ...": named just after
    # (a person only: "the ministry added" is no ministry of the other side named next)
    if match[1].lower() not in PERSON_TITLE_WORDS:
        return None
    after = person_names(pattern.finditer(ctx.text, position, position + NAMED_AFTER_REACH))
    return after[0] if after else named_next(ctx, position, match[1].lower())


def named_next(ctx: ArticleContext, position: int, head: str, hops: int = 1) -> str | None:
    """'..., the regional governor said. / Vasily Golubev said on Telegram ...': the person
    the next paragraph opens on, cited by name and by no other title, near enough (a headline's
    'governor says' goes on to its lede's 'the regional governor said', and on to his name)."""
    here = sentence_at(ctx, position)
    if here is None:
        return None
    following = next(iter(paragraph_of(ctx, here.paragraph + 1)), None)
    if following is None:
        return None
    cited = [a for a in ctx.sources(following) if not a.pronoun]
    again = next((a for a in cited if head_word(a.name) == head), None)
    if hops and again:
        return named_next(ctx, again.start, head, hops - 1)
    if following.start - position > NAMED_AFTER_REACH:
        return None
    first = cited[0] if cited else None
    name = first.name if first else ""
    # (the paragraph opens on its speaker: not someone cited further on)
    if not following.text.startswith(name) or not re.fullmatch(NAME, name):
        return None
    if is_body_name(name) or nation_of(name):
        return None
    return None if name.split()[0].lower() in TITLE_WORDS else name


def head_word(phrase: str) -> str:
    """The head of a description ("the regional governor" -> "governor"), or ""."""
    match = DESCRIPTION.match(phrase)
    return match[1].lower() if match else ""


def person_names(matches: Iterator[re.Match[str]]) -> list[str]:
    """The names a referent pattern found, not a title that merely opens a sentence, nor a
    time ("On Sunday, the mayor said": no mayor named "On Sunday")."""
    # (the person's name, not a title before it: "Belgorod Governor Vyacheslav Gladkov")
    found = [person_name(m["a"] or m["b"]) if m["a"] or m["b"] else m["c"] for m in matches]
    return [
        n for n in found
        if (n.split()[0].lower() not in TITLE_WORDS or n.istitle())
        and not any(word.lower() in CALENDAR for word in n.split())
    ]  # fmt: skip


NAMED_AFTER_REACH = 300  # characters after a description where its name may follow
PERSON_DESCRIPTION_SET = frozenset(PERSON_DESCRIPTIONS)


def person_referent(ctx: ArticleContext, phrase: str, position: int) -> str | None:
    """'the official said' -> the last person the article cited before it by name
    ("Natalia Zabolotna said ... the official said")."""
    match = DESCRIPTION.match(phrase)
    if not match or match[1].lower() not in PERSON_DESCRIPTION_SET:
        return None
    for attribution in named_before(ctx, position):
        name = full_name(ctx, attribution.name)
        if re.fullmatch(NAME, name) and not is_body_name(name) and not nation_of(name):
            return name
    return None


def is_body_name(name: str) -> bool:
    return any(word.lower() in BODY_WORD_SET for word in name.split())


# "the mayor of Kidal": an official named by the title and the place
TITLE_OF_PLACE = re.compile(
    r"^[Tt]he\s+([a-z]+)\s+of\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)$"
)


def seat_referent(ctx: ArticleContext, phrase: str) -> str | None:
    """'the mayor of Kidal' -> 'Arbakane Ag Abzayack' where the article names the official
    anywhere with the title and the place ("Kidal Mayor Arbakane Ag Abzayack", "the mayor of
    Kidal, Arbakane Ag Abzayack", "Arbakane Ag Abzayack, the mayor of Kidal")."""
    match = TITLE_OF_PLACE.match(phrase)
    if not match or match[1].lower() not in TITLES:
        return None
    title, place = re.escape(match[1]), re.escape(match[2])
    pattern = re.compile(
        rf"\b{place}\s+(?i:{title})\s+(?P<a>{NAME})"
        rf"|\b(?i:{title})\s+of\s+(?:the\s+)?{place},\s+(?P<b>{NAME})"
        rf"|(?P<c>{NAME}),\s+(?:the\s+)?(?i:{title})\s+of\s+(?:the\s+)?{place}\b"
    )
    found = pattern.search(ctx.text)
    return (found["a"] or found["b"] or found["c"]) if found else None


def referent(ctx: ArticleContext, phrase: str, position: int) -> str | None:
    """Who a description stands for; never a place the article reports hit ("... Khiam and
    Kfar Kila, the agency said" is no agency named Kfar Kila)."""
    resolvers = (
        lambda: seat_referent(ctx, phrase),
        lambda: group_referent(ctx, phrase, position),
        lambda: named_referent(ctx, phrase, position),
        lambda: person_referent(ctx, phrase, position),
        lambda: earlier_body(ctx, phrase, position),
        lambda: spelled_out(ctx, phrase),
        lambda: state_media(ctx, phrase),
        lambda: body_named_next(ctx, phrase, position),
    )
    hit = target_names(ctx)
    local = phrase.split()[-1].lower() in LOCAL_TITLES
    for resolve in resolvers:
        name = resolve()
        if (
            name and name.split()[-1] not in hit and not of_another_place(ctx, name, position)
            and not (local and of_another_land(ctx, name, position))
        ):  # fmt: skip
            return name
    return None


def of_another_land(ctx: ArticleContext, name: str, position: int) -> bool:
    """The name was given in a sentence of strikes in one land only, and ``position`` stands
    in a sentence of strikes in another ("Strikes on Dnipro killed nine, governor Serhiy Lysak
    said. Ukrainian drones attacked Kursk, the governor said": Kursk's governor is no Lysak)."""
    here = sentence_at(ctx, position)
    at = ctx.text.rfind(name, 0, position)
    there = sentence_at(ctx, at) if at >= 0 else None
    if here is None or there is None or here is there:
        return False
    lands = {r.place.country for r in ctx.targets(here)} - {""}
    theirs = {r.place.country for r in ctx.targets(there)} - {""}
    if lands and theirs and not lands & theirs:
        return True
    # (or of another first-level area: "Governor Gladkov said one was killed in Belgorod. There
    # were no casualties in Kursk, its governor said": Kursk's governor is no Gladkov)
    areas = {first_area(ctx, p) for p in places_named_in(ctx, here)} - {""}
    their_areas = {first_area(ctx, p) for p in places_named_in(ctx, there)} - {""}
    return bool(areas) and bool(their_areas) and not areas & their_areas


def places_named_in(ctx: ArticleContext, sentence: Sentence) -> list[Place]:
    """The places the article reports hit that the sentence names (hit there or not: "...
    killed in Belgorod", told after the strike)."""
    return [
        r.place for found in ctx.hit.values() for r in found
        if r.place.lat == r.place.lat and r.mention.text in sentence.text
    ]  # fmt: skip


def first_area(ctx: ArticleContext, place: Place) -> str:
    """The first-level area the index puts the place in ("" if none)."""
    return ctx.gazetteer.admin(place.lat, place.lon)[0] or ""


# "Lebanon's state media", "the Syrian state news agency", "the official news agency": the
# news agency the article names, before or after ("Syrian Arab News Agency (SANA)")
STATE_MEDIA = re.compile(
    r"\b(?:state|state-run|official|government|state-owned)\s+(?:news\s+agency|media|news)\b",
    re.IGNORECASE,
)
NEWS_AGENCY = re.compile(r"\b(?:[A-Z][\w’'-]+\s+){1,4}News\s+Agency(?:\s+\([A-Z]{2,6}\))?")


def state_media(ctx: ArticleContext, phrase: str) -> str | None:
    """The news agency a description of state media stands for, where the article names one."""
    if not STATE_MEDIA.search(phrase):
        return None
    found = NEWS_AGENCY.search(ctx.text)
    return found[0] if found else None


# "Hezbollah fired rockets at Safed, the group said": an armed group's description
GROUP_PHRASE = re.compile(
    r"^[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?:group|militia|movement|militants|paramilitaries|rebels)$"
)
GROUP_REACH = 400  # characters back where the group's name must stand


def group_referent(ctx: ArticleContext, phrase: str, position: int) -> str | None:
    """'the group' -> the armed group the text named last before it ("Hezbollah")."""
    if not GROUP_PHRASE.match(phrase):
        return None
    start = max(0, position - GROUP_REACH)
    window = ctx.text[start:position]
    groups = armed_groups()
    names = [m for m in party_pattern().finditer(window.lower()) if m[0] in groups]
    said = next(named_before(ctx, position), None)
    if (
        said and said.start >= start and phrase.lower().endswith("group")
        and (said_group(said.name) or described_a_group(ctx.text, said.name))
    ):  # fmt: skip
        # "The Sudan Doctors Network said the RSF shelled a camp. The group said nine were
        # killed": the group that spoke last, not the armed group it spoke of
        return said.name
    # (a body the text described as a group after the armed group: "Hamas fired rockets ...
    # killed aid workers with the charity World Central Kitchen, the group said")
    described = [m for m in DESCRIBED_BODY.finditer(window) if m["kind"].lower() in GENERIC_BODY]
    if described and (not names or described[-1].start() > names[-1].start()):
        return described[-1]["name"]
    return groups[names[-1][0]] if names else None


def described_a_group(text: str, name: str) -> bool:
    """The text sets "a ... group" beside the name ("The Emergency Lawyers, a rights group
    tracking violence in the war, said ...")."""
    return re.search(rf"{re.escape(name)},\s+an?\s+(?:[\w-]+\s+){{0,3}}?group\b", text) is not None


def said_group(name: str) -> bool:
    """A speaker's name that names a group of people ("the Sudan Doctors Network")."""
    return bool(GROUP_NOUN_SET & set(name.lower().split())) or (
        name.lower().removeprefix("the ") in armed_groups()
    )


GROUP_NOUN_SET = frozenset(SPEAKING_GROUP_NOUNS)


ACRONYM = re.compile(r"^(?:[Tt]he\s+)?([A-Z]{2,6})$")
LINK = r"(?i:of|for|and|the|on)"
LINK_WORDS = rf"(?:{LINK}\s+)*"


def spelled_out(ctx: ArticleContext, phrase: str) -> str | None:
    """'the NNA' -> 'National News Agency', 'SANA' -> 'Syrian Arab News Agency' where the
    article spells the name out (its words' initials, linking words skipped)."""
    match = ACRONYM.match(phrase)
    if not match:
        return None
    letters = match[1]
    words_of = [rf"(?!{LINK}\b)(?i:{letter}[\w’'-]*)" for letter in letters[1:]]
    pattern = (
        rf"\b({letters[0]}[\w’'-]*" + "".join(rf"\s+{LINK_WORDS}{w}" for w in words_of) + r")\b"
    )
    found = re.search(pattern, ctx.text)
    if found and found[1] != letters:
        return found[1]
    # (or the name the article writes the letters after: "Inter-Services Public Relations
    # (ISPR)")
    at = ctx.text.find(f"({letters})")
    defined = without_article(phrase_before(ctx.text, at)) if at > 0 else ""
    return defined if defined and defined[:1].isupper() and defined != letters else None


def with_acronym(ctx: ArticleContext, name: str) -> str:
    """A force as the article defines it, full name and acronym: "the RSF" or "the Rapid
    Support Forces" -> "Rapid Support Forces (RSF)" where the article writes that."""
    full = spelled_out(ctx, name)
    if full:
        return f"{full} ({ACRONYM.match(name)[1]})"  # type: ignore[index]
    at = ctx.text.find(f"{name} (")  # a plain search: no pattern compiled per name
    defined = DEFINED_ACRONYM.match(ctx.text, at + len(name)) if at >= 0 else None
    # (its letters the initials of the name's words: not a dateline's agency, "ZAPORIZHZHIA,
    # Ukraine (AP)")
    return f"{name} ({defined[1]})" if defined and initials_of(defined[1], name) else name


def initials_of(acronym: str, name: str) -> bool:
    """The acronym's letters begin words of the name, in order ("RSF" of "Sudan's Rapid
    Support Forces", "AFU" of "Armed Forces of Ukraine")."""
    initials = iter(word[0].upper() for word in re.findall(r"[^\W\d_]+", name))
    return all(letter in initials for letter in acronym)


DEFINED_ACRONYM = re.compile(r"\s+\(([A-Z]{2,6})\)")


# ("the war monitor", "the rights group": a description may qualify its noun)
BODY_DESCRIPTION = re.compile(
    rf"^the\s+(?:(?-i:[a-z-]+)\s+)?({words((*BODY_DESCRIPTIONS, *BODY_WORDS))})$", re.IGNORECASE
)
BODY_WORD_SET = frozenset(BODY_WORDS)
GENERIC_BODY = frozenset(BODY_DESCRIPTIONS)
DAMAGE = re.compile(rf"\b{words((*DAMAGE_NOUNS, *VICTIM_PHRASES))}\b", re.IGNORECASE)


def earlier_body(ctx: ArticleContext, phrase: str, position: int) -> str | None:
    """'the body said' -> the last organisation cited before it ('the Emergency Service
    reported ... the body said'); 'the Service' -> the last cited name with that word."""
    match = BODY_DESCRIPTION.match(phrase)
    if not match:
        return None
    head = match[1].lower()
    for attribution in named_before(ctx, position):
        lower = attribution.name.lower().split()
        if len(lower) < 2 or BODY_DESCRIPTION.match(attribution.name):
            continue  # (nor another anaphor: "According to the ministry, ...")
        if head in lower or (head in GENERIC_BODY and BODY_WORD_SET & set(lower)):
            return attribution.name
    # (a body named in passing with its description: "aid workers with the charity World
    # Central Kitchen ..., the group said"; "the rights group Amnesty International")
    described = [m["name"] for m in DESCRIBED_BODY.finditer(ctx.text, 0, position)
                 if head in (m["kind"].lower(), "group")]  # fmt: skip
    if described:
        return described[-1]
    # (a body named in passing, not cited: "Rami Abdel Rahman, who heads the Syrian
    # Observatory for Human Rights, said ... The monitor said")
    # ("the group" is any group's, an armed one's too: no name in passing for it)
    bodies = [
        m[0] for m in BODY_NAME.finditer(ctx.text, 0, position) if head != "group"
        and (head in (lower := m[0].lower().split()) or head in GENERIC_BODY and BODY_WORD_SET & set(lower))
    ]  # fmt: skip
    return bodies[-1] if bodies else None


# "..., a local rights group said. / The Darfur Bar Association said ...": an organisation
# described, then named in the next sentences
INDEFINITE_BODY = re.compile(
    rf"^(?:an?\s+)?(?:(?-i:[a-z-]+)\s+){{0,3}}({words(BODY_DESCRIPTIONS)})$", re.IGNORECASE
)
NAMED_NEXT_REACH = 2  # sentences after a described organisation where its name may come


def body_named_next(ctx: ArticleContext, phrase: str, position: int) -> str | None:
    """The organisation a description stands for, named by the next sentences' speakers (no
    armed side: "a rights group said. The army said ..." names no group)."""
    if not INDEFINITE_BODY.match(phrase):
        return None
    sentence = sentence_at(ctx, position)
    after = (
        ctx.sentences[sentence.index + 1 : sentence.index + 1 + NAMED_NEXT_REACH]
        if sentence
        else []
    )
    for attribution in (a for s in after for a in ctx.sources(s) if not a.pronoun):
        words_ = attribution.name.split()
        capitals = sum(w[:1].isupper() for w in words_)
        body = BODY_WORD_SET & {w.lower() for w in words_}
        if capitals >= 2 and body and not party_in(attribution.name):
            return attribution.name
    return None


def of_another_place(ctx: ArticleContext, name: str, position: int) -> bool:
    """A body named for a place ("the Sumy Oblast Military Administration") is no referent
    of "the regional administration" in a paragraph that tells of another place hit ("In
    Kherson Oblast, Russian attacks injured six, the regional administration said")."""
    hit = target_names(ctx)
    places = [w for w in name.split() if w in hit and w.lower() not in BODY_WORD_SET]
    if not places or not BODY_WORD_SET & set(name.lower().split()):
        return False  # (a person, or a body named for no place hit)
    sentence = sentence_at(ctx, position)
    if sentence is None:
        return False
    paragraph = paragraph_of(ctx, sentence.paragraph)
    text = " ".join(s.text for s in paragraph)
    told = any(ctx.targets(s) for s in paragraph)
    return told and not any(word in text for word in places)


# "the charity World Central Kitchen", "the aid group Doctors Without Borders", "the war
# monitor Airwars": a body's name after its description
DESCRIBED_BODY = re.compile(
    rf"\b(?i:the|an?)\s+(?:[a-z-]+\s+)?(?P<kind>{words(BODY_DESCRIPTIONS)})\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:for|of|and|without)\s+)?[A-Z][\w’'-]+){0,5})"
)
# "the Syrian Observatory for Human Rights", "the Sudan Doctors Network": a body's name
BODY_NAME = re.compile(r"\b[Tt]he\s+[A-Z][\w’'-]+(?:\s+(?:(?:for|of|and)\s+)?[A-Z][\w’'-]+){1,6}")


def named_before(ctx: ArticleContext, position: int) -> Iterator[Attribution]:
    """The named (not pronoun) attributions before ``position``, the latest first."""
    for sentence in reversed(ctx.sentences):
        if sentence.start > position:
            continue
        for attribution in reversed(ctx.sources(sentence)):
            if attribution.start < position and not attribution.pronoun:
                yield attribution


def antecedent(ctx: ArticleContext, position: int, person: bool = True) -> str | None:
    """'he said' -> a person named earlier in the same sentence ("Al Jazeera's Bernard Smith
    left ..., which he said ..."), else the last named source before it in the article ("it
    said" takes no person)."""
    sentence = sentence_at(ctx, position)
    if sentence is not None and person:
        people = [
            m
            for m in PERSON.finditer(ctx.text, sentence.start, position)
            if not quoted(ctx.text[sentence.start : m.start()])
        ]  # (not words of the quote the pronoun closes: "“Thank God ...,” he said")
        if people:
            return people[-1][0]
    named = next(named_before(ctx, position), None)
    if sentence is not None and sentence.index > 0 and person:
        # "President Volodymyr Zelenskiy appealed for air defence. ... he said": the titled
        # person the sentence before names, nearer than the last named source
        previous = ctx.sentences[sentence.index - 1]
        titled = TITLED_PERSON.search(previous.text)
        if titled and (named is None or named.start < previous.start):
            return titled["name"] or titled["opener"]
    if sentence is not None and sentence.index > 0:
        # "Azerbaijan's defence ministry denied these accusations. It said ...": the denier
        previous = ctx.sentences[sentence.index - 1]
        if previous.paragraph == sentence.paragraph and (
            named is None or named.start < previous.start
        ):
            denied = find_deniers(previous.text)
            if denied:
                return denied[-1]
    if named is None:
        return None
    # "According to the governor ... he reported": the governor's name
    return referent(ctx, named.name, named.start) or named.name


def quoted(before: str) -> bool:
    """Whether a quotation opened in ``before`` is still open at its end."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# "It denied targeting civilian facilities.": a denial whose subject is a pronoun
PRONOUN_DENIES = re.compile(
    rf"^\W*(?:It|They)\s+(?:also\s+)?(?:has\s+|have\s+|had\s+)?{words(DENIAL_VERBS)}\b"
)


def is_description(name: str) -> bool:
    """'The group', 'the paramilitary group', 'the ministry': a description, no name."""
    first, _, rest = name.partition(" ")
    return first.lower() == "the" and bool(rest) and rest.islower()


def deniers_of(ctx: ArticleContext, sentence: Sentence) -> list[str]:
    """Who denies in a sentence: the names it gives, else the one its opening pronoun stands
    for ("Russia's defence ministry said ... It denied targeting civilians")."""
    # ("The group denied the claim": the group named before, in the sentence too: "The RSF
    # was blamed for the shelling, but the group denied involvement")
    names = [
        (referent(ctx, name, position_in(sentence, name)) if is_description(name) else None) or name
        for name in find_deniers(sentence.text)
    ]
    if not names and PRONOUN_DENIES.match(sentence.text):
        name = antecedent(ctx, sentence.start, person=False)
        names = [name] if name else []
    return names


def position_in(sentence: Sentence, name: str) -> int:
    """Where a name stands in the article, by its first place in the sentence."""
    return sentence.start + max(0, sentence.text.find(name))


def fill_actor(ctx: ArticleContext, event: Event, draft: Draft, one_story: bool) -> None:
    """The alleged perpetrator as stated, and its party; never a place the article reports as
    hit ("Kharkiv struck back" is no actor)."""
    places = target_names(ctx)
    own = {s.index for s in sentences_of(draft)}
    in_clause = clause_actor(draft, places)
    if in_clause:
        set_actor(ctx, event, *in_clause)
        return
    deferred: tuple[Sentence, tuple[str, int, int]] | None = None
    for sentences in actor_tiers(ctx, draft, one_story):
        # (a Title Case headline read in sentence case: "Russian Missile Strike On ...")
        texts = [
            before_turn(draft, sentence, in_sentence_case(ctx, sentence).text)
            for sentence in sentences
        ]
        # (the accusation before a denier's counter-claim: "The ministry blamed an Israeli
        # airstrike. The Israeli military denied involvement and said a rocket misfired by
        # Islamic Jihad militants caused the blast": Israel; a counter-claim alone names no
        # attacker: "Russia said the damage was caused by a Ukrainian air defence missile")
        accused = [text[: denial_turn(text)] for text in texts]
        for find, sentence, text in actor_tries(sentences, accused, own):
            if deferred is not None and sentence is deferred[0]:
                continue
            found = find(text)
            if find is stated_actor and found and unknown_force(ctx, found[0]):
                # "Israeli strikes ... killed 12, as the military said it had hit 1,300
                # targets": the party the sentence names, not a force of no known side
                found = party_strike(text) or found
            if (
                found and found[0].split()[-1] not in places
                and not aims_elsewhere(ctx, sentence, found[2], draft)
                # (or one that blames someone: "Russian-installed officials blamed Ukraine")
                and (sentence.index in own or is_strike_sentence(sentence.text)
                     or blames(sentence.text) or claims_responsibility(sentence.text))
                and (sentence.index in own or not from_elsewhere(ctx, draft, found[0]))
                and (sentence.index in own or lends_its_attacker(ctx, sentence, found, draft))
                # (nor a state, told in another sentence, at its own land: "Explosions were
                # heard in Tehran. Iran responded by launching 100 drones at Israel")
                and (sentence.index in own or not strikes_back_from(sentence, draft.place.country))
                # (nor the main clause's, for a place its lapse clause recalls: "Turkey
                # struck Qamishli, hours after an attack near Ankara killed five")
                and not outside_its_lapse(draft, sentence, found)
                # (nor one in another sentence's clause of the strike it answered: "the barrage
                # was a response to Israeli strikes on Iranian nuclear sites")
                and (sentence.index in own or not in_its_lapse(sentence, found))
                # (nor a guess where no one claimed it: "No group claimed responsibility, but
                # Boko Haram has carried out similar attacks")
                and (sentence.index in own or not NO_CLAIM.search(sentence.text))
            ):  # fmt: skip
                if deferred is not None and not blames(sentence.text):
                    continue  # (past a described force, only a blame names its side)
                set_actor(ctx, event, sentence, found)
                if event.actor_party or not BARE_FORCE.match(event.actor or "") or deferred:
                    return
                # ("'The militia's drones targeted a market,' the governor wrote. He blamed
                # the RSF": a force described, its side named where it is blamed)
                deferred = (sentence, found)
    if deferred is not None:
        set_actor(ctx, event, *deferred)
        return
    sole = sole_attacker(ctx, places, draft.place.country)
    if sole and NO_CLAIM.search(sole[0].text) and sole[0] not in sentences_of(draft):
        sole = None  # (the article's one attacker named only as a guess)
    if (
        sole
        and not aims_elsewhere(ctx, sole[0], sole[1][2], draft)
        and not own_side_elsewhere(ctx, sole, draft)
        and not outside_its_lapse(draft, *sole)
    ):
        # the one party the article names as attacking ("X are targeting civilians")
        set_actor(ctx, event, *sole)


Finder = Callable[[str], tuple[str, int, int] | None]
ACTOR_FINDERS: tuple[Finder, ...] = (stated_actor, party_strike, force_strike)


def actor_tries(
    sentences: list[Sentence], texts: list[str], own: set[int]
) -> list[tuple[Finder, Sentence, str]]:
    """The order to look for the attacker in: each finder over the strike's own sentences;
    beyond them, the nearest sentence first ("Russian attacks killed seven across Ukraine"
    outvotes a later "... shot down 35 Ukrainian drones over Russian regions")."""
    pairs = list(zip(sentences, texts, strict=True))
    if all(sentence.index in own for sentence in sentences):
        return [(find, s, t) for find in ACTOR_FINDERS for s, t in pairs]
    return [(find, s, t) for s, t in pairs for find in ACTOR_FINDERS]


# "Rockets were fired from Lebanon toward Kiryat Shmona": the land the fire came from
FIRED_FROM = re.compile(
    r"\b(?:fired|launched|came|coming)\s+(?:[a-z]+\s+){0,2}?from\s+(?:the\s+)?"
    rf"(?:{words(BEARING_WORDS)}\s+)?(?P<origin>[A-Z][\w’'-]+)"
)


def lends_its_attacker(
    ctx: ArticleContext, sentence: Sentence, found: tuple[str, int, int], draft: Draft
) -> bool:
    """A sentence of another strike names this one's attacker, unless it hits only other
    places and either names a group at home striking abroad ("Hezbollah fired rockets at
    Safed" names no attacker of Nabatieh) or the story names more than one side."""
    if not hits_only_others(ctx, sentence, draft) or shares_a_place(ctx, sentence, draft):
        return True
    country = draft.place.country
    party = party_named(sentence, found)
    if at_home(party, country) and all(r.place.country != country for r in ctx.targets(sentence)):
        return False  # (a group only: a state's land may be held by the other side)
    return sole_attacker(ctx, target_names(ctx)) is not None


def from_elsewhere(ctx: ArticleContext, draft: Draft, actor: str) -> bool:
    """The strike's own sentence says the fire came from a land that is not the actor's
    (an actor told elsewhere in a live blog: "Israel strikes Beirut suburb ... Rockets were
    fired from Lebanon toward Kiryat Shmona" names no attacker of Kiryat Shmona)."""
    side = nation_of(actor.split()[0]) or nation_of(party_of(actor) or "")
    # (the strike's paragraph may tell it: "... as rockets were fired from Gaza. One rocket
    # hit a house in Ashkelon")
    paragraphs = {s.paragraph for s in sentences_of(draft)}
    for sentence in (s for s in ctx.sentences if s.paragraph in paragraphs):
        origin = FIRED_FROM.search(sentence.text)
        land = nation_of(origin["origin"]) if origin else None
        if land and side and land != side:
            return True
    return False


def before_turn(draft: Draft, sentence: Sentence, text: str) -> str:
    """A sentence that refers back to this strike ("This military action followed the Houthis'
    claim of launching a missile"), up to where it turns to another strike; else the whole."""
    carried = any(t.sentence is sentence and refers_back(t) for t in draft.targets)
    turns = turns_in(text) if carried else ()
    return text[: turns[0][0]] if turns else text


# Forces that open a clause of their own after "and" (not a weapon: "missiles and drones
# struck Kharkiv" is one subject)
TURN_FORCES = tuple(n for n in FORCE_NOUNS if n not in WEAPON_NAMES and n not in ("side", "units"))
# Where a sentence turns to another strike: ", while ...", ", hours after ..."
TURN = re.compile(
    # (", and Israel struck Khiam": a new subject after ", and")
    rf",?\s+{words(CLAUSE_TURNS)}\s+|;\s+(?:and\s+)?|,\s+and\s+(?=(?-i:[A-Z]))"
    # (", as" before a new subject: "..., as Israeli special forces rescued two hostages")
    r"|,\s+as\s+(?=the\s+(?-i:[A-Z])|(?-i:[A-Z]))"
    # (or before strikes of their own: "..., as strikes on villages in the south killed 10")
    rf"|,\s+as\s+(?=(?:[\w-]+\s+){{0,2}}?{words(STRIKE_NOUNS, plural=True)}\s+(?:on|in|of|against)\b)"
    # (or without the comma, before a side that strikes: "Missiles hit Haifa as Israel strikes
    # Tehran", a headline's)
    rf"|\s+as\s+(?=(?-i:[A-Z])[\w’'-]+\s+(?:[\w-]+\s+)?{words(forms(ATTACK_VERBS))}\b)"
    # ("shelled El Fasher and army warplanes bombed Nyala": "and" before a force that attacks)
    rf"|(?P<force>\s+and\s+)(?=(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{words(TURN_FORCES)}\s+"
    rf"(?:also\s+)?{words(ATTACK_PASTS)}\b)",
    re.IGNORECASE,
)


def turn_clause(text: str, at: int) -> tuple[int, int] | None:
    """The span of the clause of ``text`` that position ``at`` stands in, where the sentence
    turns to another strike; None where it does not turn."""
    turns = turns_in(text)
    if not turns:
        return None
    start = max((e for s, e in turns if e <= at), default=0)
    end = min((s for s, e in turns if s >= at), default=len(text))
    return start, end


TURN_KEYS = (";", " and ", " as ", *{turn.split()[-1] for turn in CLAUSE_TURNS})


@lru_cache(maxsize=4096)
def turns_in(text: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence turns to another strike (each sentence scanned once)."""
    if not any(key in text for key in TURN_KEYS):
        return ()  # (the cheap test first)
    return tuple(
        m.span()
        for m in TURN.finditer(text)
        # (a force's "and" turns only after a clause that has attacked: not "U.S. and British
        # warplanes struck")
        if not m["force"] or ATTACKED_BEFORE.search(text, 0, m.start())
    )


ATTACKED_BEFORE = re.compile(rf"\b{words(ATTACK_PASTS)}\b", re.IGNORECASE)


def target_clause(target: Target) -> tuple[int, int] | None:
    """The span of the clause a strike's place stands in, where its sentence turns."""
    sentence = target.sentence
    return turn_clause(sentence.text, target.resolved.mention.start - sentence.start)


def clause_actor(draft: Draft, places: set[str]) -> tuple[Sentence, tuple[str, int, int]] | None:
    """The attacker named in the strike's own clause of a sentence that turns to another
    strike ("..., while Ukrainian drones struck Belgorod": Ukrainian drones)."""
    for target in draft.targets:
        sentence, span = target.sentence, target_clause(target)
        if span is None:
            continue
        start, end = span
        clause = replace(sentence, text=sentence.text[start:end], start=sentence.start + start)
        # ("Israel strikes Beirut; Hezbollah fires rockets at Haifa", "...; Israel responded
        # with strikes on Khiam": a party's strike in the clause, another side than the
        # sentence's first)
        found = stated_actor(clause.text)
        party = None if found else party_strike(clause.text)
        if party and (is_headline(sentence.text) or clause_side(sentence.text) != party[0]):
            found = party
        if found and found[0].split()[-1] not in places:
            return clause, found  # (its party read in the clause too: not the RSF before it)
    return None


CAUSE_TURN = re.compile(rf"\b{words(CAUSE_TURNS)}\s+$", re.IGNORECASE)
CAUSE_REACH = 24


def is_cause_clause(text: str, span: tuple[int, int]) -> bool:
    """The clause at ``span`` tells what a strike answered ("in retaliation for ...")."""
    return CAUSE_TURN.search(text, max(0, span[0] - CAUSE_REACH), span[0]) is not None


def in_another_clause(ctx: ArticleContext, sentence: Sentence, at: int, draft: Draft) -> bool:
    """Position ``at`` stands in a clause that turns to another strike: one whose places hit
    are none of this strike's ("Israel struck Hodeidah, hours after the Houthis fired missiles
    at Tel Aviv": the missiles are Tel Aviv's)."""
    span = turn_clause(sentence.text, at - sentence.start)
    if span is None:
        return False
    lo, hi = sentence.start + span[0], sentence.start + span[1]
    hit = [r for r in ctx.targets(sentence) if lo <= r.mention.start < hi]
    if is_cause_clause(sentence.text, span):
        # what the strike answered is another strike, though no place of it is hit
        return not hit or hits_none_of(hit, draft)
    if hit and not hits_none_of(hit, draft):
        return False
    # (a clause that hits no named place counts where another side fires it: "Hamas fired
    # rockets at an army post, and Israeli forces struck a compound in Rafah")
    own_spans = [own for t in draft.targets if t.sentence is sentence and (own := target_clause(t))]
    if any(own != span and is_cause_clause(sentence.text, own) for own in own_spans):
        return True  # ("Israeli jets struck Nabatieh in response to rockets that hit Kiryat
        # Shmona": this strike is the one answered, the jets another)
    # ... where this strike's own clause names its side ("..., while in Nikopol three were
    # wounded" names none: it shares the shelling told before it; "Israeli air strikes on
    # Rafah killed 67, as Israeli special forces rescued two hostages": Israel's strikes)
    other = clause_side(sentence.text[span[0] : span[1]])
    own = [clause_side(sentence.text[start:end]) for start, end in own_spans]
    return other is not None and any(side is not None for side in own)


def clause_side(text: str) -> str | None:
    """The side a clause names as attacking: its party, else the actor as named."""
    found = stated_actor(text) or party_strike(text) or force_strike(text)
    return (party_of(found[0]) or found[0]) if found else None


def set_actor(
    ctx: ArticleContext, event: Event, sentence: Sentence, found: tuple[str, int, int]
) -> None:
    """The actor a sentence names at ``found`` (phrase, start, end in the sentence)."""
    event.actor_party = (
        party_named(sentence, found)
        or national_force(ctx, found[0])
        or occupier_party(ctx, found[0], event.country)
        or government_party(found[0], event.country)
    )
    event.actor = by_its_machines(with_acronym(ctx, found[0]), event.actor_party)
    event.spans["actor"] = (sentence.start + found[1], sentence.start + found[2])


NO_CLAIM = re.compile(rf"\b{words(NO_CLAIM_CUES)}\b", re.IGNORECASE)
# "government forces", "the federal military", "regime aircraft": the state's own force
GOVERNMENT_FORCE = re.compile(
    rf"^(?:the\s+)?{words(GOVERNMENT_WORDS)}\s+(?:[a-z-]+\s+)?{words(FORCE_NOUNS)}$", re.IGNORECASE
)


def government_party(actor: str, country: str | None) -> str | None:
    """The party of a government's force striking in its own country ("Government forces
    shelled Idlib": Syria; "the federal military" over Amhara: Ethiopia), where the country's
    state is one party (not Sudan's, whose army and RSF both rule); and of a state's force
    named by its noun alone where the state strikes at home ("The military bombed a school in
    Sagaing": Myanmar's)."""
    if country is not None and STATE_FORCE.match(actor) and country in HOME_FRONT_PARTIES:
        return HOME_FRONT_PARTIES[country]
    if country is None or not GOVERNMENT_FORCE.match(actor):
        return None
    name = geonames_countries().get(country)
    return party_of(name) if name else None


# ("the army", "army artillery", "military jets")
STATE_FORCE = re.compile(rf"^(?:the\s+)?{words(STATE_FORCE_NOUNS)}(?:\s+[a-z]+)?$", re.IGNORECASE)


OCCUPIER = re.compile(rf"^(?:the\s+)?{words(OCCUPIER_NOUNS)}\b", re.IGNORECASE)


def occupier_party(ctx: ArticleContext, actor: str, country: str | None) -> str | None:
    """'The occupiers' with no state named beside the word: the party of the one attacker the
    article names for strikes in that country ("Russian troops shelled 23 settlements ... The
    occupiers attacked Kherson")."""
    if not OCCUPIER.match(actor):
        return None
    parties = {
        party for _, found, party in country_attackers(ctx, target_names(ctx), country)
        if not OCCUPIER.match(found[0])
    }  # fmt: skip
    return parties.pop() if len(parties) == 1 else None


# "the army", "army warplanes", "the military": a state's force named without its state
# "the army", "army warplanes", "the rebels": a side named by its force's noun alone
BARE_FORCE = re.compile(
    # (its patron before it is no state of its own: "the Rwanda-backed rebels")
    rf"^(?:the\s+)?(?:[\w.]+-{words(PATRON_WORDS)}\s+)?(?P<noun>{words(BARE_FORCE_NOUNS)})"
    r"(?:\s+[a-z]+)?$",
    re.IGNORECASE,
)


def unknown_force(ctx: ArticleContext, actor: str) -> bool:
    """A side named by its force's noun alone whose party the article does not tell."""
    return BARE_FORCE.match(actor) is not None and national_force(ctx, actor) is None


def national_force(ctx: ArticleContext, actor: str) -> str | None:
    """The party of a side named by its force's noun alone ("the army", "army warplanes",
    "the rebels"): the one party the article names with that noun ("Sudan's army", "M23
    rebels")."""
    bare = BARE_FORCE.match(actor)
    if bare is None:
        return None
    # (its first word: "the occupation forces" after "the Israeli occupation")
    noun = bare["noun"].lower().split()[0]

    def named() -> str | None:
        found = re.finditer(rf"\b[A-Z][\w’'-]+(?:['’]s)?\s+{re.escape(noun)}\b", ctx.text)
        parties = {party_of(m[0]) for m in found} - {None}
        return parties.pop() if len(parties) == 1 else None

    return ctx.once(("national force", noun), named)


# "Israeli warplanes", "the army's attack drones", "Saudi-led coalition jets": a side, then the
# aircraft it flies (and the words that say which: "fighter jets", "attack drones")
MACHINE_ACTOR = re.compile(
    rf"(?P<owner>.+?)\s+(?:(?!{words(FORCE_NOUNS)}\b)[a-z-]+\s+){{0,2}}{words(MACHINE_NOUNS)}"
)


def by_its_machines(actor: str, party: str | None) -> str:
    """A side named by the aircraft it flies, or by its adjective alone, is the side: a
    nation's word its party ("Israeli warplanes" -> "Israel", "Houthi" -> "Houthis"), a force
    or a group as named ("Malian army drones" -> "Malian army", "RSF drones" -> "RSF")."""
    machine = MACHINE_ACTOR.fullmatch(actor)
    if machine is None and is_demonym(actor):
        owner = actor  # (a side's adjective alone: "by Houthi missiles" names the Houthis)
    elif not machine or " and " in machine["owner"] or two_nations(machine["owner"]):
        return actor  # (two sides' aircraft stay as named: "US and British jets", "US-Saudi")
    else:
        owner = without_models(clean(machine["owner"]))
    if owner.lower() in ("", "the", "this", "that", "its", "their"):
        return actor  # ("The aggression launched 18 airstrikes": no side named before it)
    named = " " not in owner and party_of(owner) == party
    nation = nation_of(owner) or (party or "").lower() in country_names()  # ("US", "British")
    return party if party and named and nation else owner


def two_nations(owner: str) -> bool:
    """'US-Saudi', 'Russian-Belarusian': two nations joined by a hyphen."""
    halves = owner.split()[-1].split("-")
    return len(halves) == 2 and all(nation_of(half) or party_of(half) for half in halves)


def party_named(sentence: Sentence, found: tuple[str, int, int]) -> str | None:
    """The party of an actor a sentence names at ``found``: its own, else the one the sentence
    names before it in the actor's clause ("the units of the Armenian army" -> Armenia; not
    "The RSF denied ..., blaming the army")."""
    clause_start = max(sentence.text.rfind(mark, 0, found[1]) for mark in (",", ";"))
    # (nor a dateline's country: "MAIDUGURI, Nigeria (Reuters) - Islamist militants attacked")
    dashes = [m.end() - 1 for m in DASH_BREAK.finditer(sentence.text, 0, found[1])]
    clause_start = max([clause_start, *dashes])
    # (nor the speaker's before a report verb: "A Fano spokesman said army drones struck")
    said = [m.end() for m in SAID_WORD.finditer(sentence.text, 0, found[1])]
    start = max(clause_start + 1, *said) if said else clause_start + 1
    return party_of(found[0]) or party_in(sentence.text[start : found[2]])


# A dash between spaces closes a dateline or opens an aside: "(Reuters) - ", "Congo (AP) — "
DASH_BREAK = re.compile(r"\s(?:--|[-—–])\s")
# (a report verb, or an accusation's: "The RSF accused the army of bombing El Fasher")
SAID_WORD = re.compile(
    r"\b(?:said|says|told|reported|added|stated|announced|accused|accuses|blamed|blames)\b"
)


def hits_none_of(hit: list[Resolved], draft: Draft) -> bool:
    """Places hit, none of them this strike's."""
    mine = {t.resolved.place.name for t in draft.targets}
    return bool(hit) and not any(r.place.name in mine for r in hit)


def aims_elsewhere(ctx: ArticleContext, sentence: Sentence, end: int, draft: Draft) -> bool:
    """An attacker named in this strike's own sentence before places hit that are none of
    this strike's: "... came hours after Azerbaijani forces shelled Stepanakert" names no
    attacker for Ganja."""
    if all(t.sentence.index != sentence.index for t in draft.targets):
        return False  # (a sentence of another strike: the caller's tiers decide)
    if any(
        t.sentence.index == sentence.index and t.resolved.mention.end <= sentence.start + end
        and not CLAUSE_BREAK.search(ctx.text, past_its_list(ctx.text, t), sentence.start + end)
        for t in draft.targets
    ):  # fmt: skip
        return False  # (the place's own clause names it: "El Fasher came under shelling by
        # the RSF on Sunday, leaving nine dead in the Abu Shouk camp")
    after = [r for r in ctx.targets(sentence) if r.mention.start >= sentence.start + end]
    return hits_none_of(after, draft) or in_another_clause(
        ctx, sentence, sentence.start + end - 1, draft
    )


# ", Tartar, Barda and Goranboy": the rest of a list of names after one
LIST_TAIL = re.compile(
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+"
)


def past_its_list(text: str, target: Target) -> int:
    """Where the list a strike's place opens ends ("the shelling of the Aghdam, Tartar and
    Barda rayons by the Armenian armed forces": the agent is the whole list's)."""
    tail = LIST_TAIL.match(text, target.resolved.mention.end)
    return tail.end() if tail else target.resolved.mention.end


def own_side_elsewhere(
    ctx: ArticleContext, sole: tuple[Sentence, tuple[str, int, int]], draft: Draft
) -> bool:
    """The article's one attacker, told striking other places, is no attacker of a place of
    its own country ("... after Azerbaijani forces shelled Stepanakert" names no attacker for
    a missile strike on Ganja told elsewhere in the article)."""
    sentence, found = sole
    party = party_named(sentence, found)
    state = nation_of(party) if party else None
    if not state or geonames_countries().get(state) != party or state != draft.place.country:
        return False  # (a state's own country only: an armed group fights at home)
    return hits_only_others(ctx, sentence, draft)


def sole_attacker(
    ctx: ArticleContext, places: set[str], country: str | None = None
) -> tuple[Sentence, tuple[str, int, int]] | None:
    """The attacker the article names, if every attacker it names is one party; for a place
    in ``country``, leaving out that country's own state ("Russian attacks across Ukraine ...
    Russia downed 22 Ukrainian drones": Russia for a strike on Kharkiv)."""
    return ctx.once(("sole attacker", country), lambda: sole_attacker_of(ctx, places, country))


def sole_attacker_of(
    ctx: ArticleContext, places: set[str], country: str | None
) -> tuple[Sentence, tuple[str, int, int]] | None:
    others = country_attackers(ctx, places, country)
    parties = {party for *_, party in others}
    return others[0][:2] if len(parties) == 1 and None not in parties else None


Attacker = tuple[Sentence, tuple[str, int, int], str | None]  # sentence, phrase, party


def country_attackers(ctx: ArticleContext, places: set[str], country: str | None) -> list[Attacker]:
    """The attackers the article names, with their parties, leaving out the state of
    ``country`` where every strike the article tells of by it is abroad."""
    named = ctx.once("named attackers", lambda: named_attackers(ctx, places))
    listed = [(s, f, party_named(s, f)) for s, f in named]
    abroad = {
        party for _, _, party in listed
        if (own_state(party, country) or at_home(party, country))
        and strikes_abroad(ctx, listed, party, country)
    }  # fmt: skip
    return [item for item in listed if item[2] not in abroad]


def strikes_abroad(
    ctx: ArticleContext, listed: list[Attacker], party: str | None, country: str | None
) -> bool:
    """Every strike the article tells of by ``party`` is on places outside ``country`` (a
    state striking its own land, as over a disputed region, is not ruled out)."""
    hit = [r.place.country for s, _, p in listed if p == party for r in ctx.targets(s)]
    return bool(hit) and country not in hit


def named_attackers(
    ctx: ArticleContext, places: set[str]
) -> list[tuple[Sentence, tuple[str, int, int]]]:
    named = []
    for sentence in ctx.sentences:
        if not is_strike_sentence(sentence.text):
            continue
        # (not in a denier's counter-claim: "... caused by a Ukrainian air defence missile")
        text = sentence.text[: denial_turn(sentence.text)]
        found = stated_actor(text) or party_strike(text)
        if found and found[0].split()[-1] not in places:
            named.append((sentence, found))
    return named


def at_home(party: str | None, country: str | None) -> bool:
    """The party is an armed group of ``country`` ("Hezbollah" of Lebanon)."""
    return party is not None and country is not None and group_homes().get(party) == country


# "Iran responded by launching", "Hezbollah retaliated with rockets": a side striking back
STRIKES_BACK = re.compile(r"\b(?:responded|retaliated|hit\s+back|struck\s+back)\b")


def strikes_back_from(sentence: Sentence, country: str | None) -> bool:
    """The sentence tells the state of ``country`` striking back, its weapons its own."""
    if not STRIKES_BACK.search(sentence.text):
        return False
    found = stated_actor(sentence.text)
    return found is not None and own_state(party_named(sentence, found), country)


def own_state(party: str | None, country: str | None) -> bool:
    """The party is the state of ``country`` (an armed group may fight at home)."""
    state = nation_of(party) if party else None
    return bool(state) and state == country and geonames_countries().get(state) == party


def opens_another_day(ctx: ArticleContext, sentence: Sentence, day: dt.date | None) -> bool:
    """The sentence opens on a day other than the strike's ("On Sunday, a Houthi missile hit
    a ship" beside Monday's strikes on Hodeidah): another day's strike, its attacker its own."""
    opening = opening_day(ctx, sentence) if day is not None else None
    return opening is not None and opening != day


def opening_day(ctx: ArticleContext, sentence: Sentence) -> dt.date | None:
    """The day a sentence opens on ("On Saturday, a drone ..."), or None."""
    if not DAY_OPENING.match(sentence.text):
        return None
    days = [d for d in ctx.dates(sentence) if not d.reported]
    return days[0].date if days and days[0].start - sentence.start < DAY_OPENING_REACH else None


def opens_its_own_story(ctx: ArticleContext, draft: Draft) -> bool:
    """The strike's first sentence opens on its day (or a turn to another story) after sentences
    of its paragraph that tell of strikes elsewhere only ("Houthis fired a missile at Eilat on Sunday. It was intercepted,
    the military said. On Saturday, a drone struck Tel Aviv"): what was said before is theirs."""
    first = ctx.sentences[first_own_index(draft)]
    if opening_day(ctx, first) is None and not STORY_TURN.match(first.text):
        return False  # (or on a turn: "In a separate attack, a drone hit a house in Sumy")
    before = [
        s for s in ctx.sentences
        if s.paragraph == first.paragraph and s.index < first.index and ctx.hit.get(s.index)
    ]  # fmt: skip
    return bool(before) and all(hits_others_only(ctx, s, draft) for s in before)


DAY_OPENING = re.compile(r"^\W*(?:On|Late|Early|Earlier|Later|By)\b")
DAY_OPENING_REACH = 25  # characters into the sentence where its opening day must start


def actor_tiers(ctx: ArticleContext, draft: Draft, one_story: bool) -> Iterator[list[Sentence]]:
    """Where to look for the attacker, nearest first (each tier built only when needed): the
    strike's sentences, their paragraphs, the sentences after them that go on about "the
    attack", in an article about one attack every strike sentence, then the sentences of the
    same barrage."""
    own = sentences_of(draft)
    # the body's words before a headline's: "Armed Forces of Ukraine", not the headline's
    # short "Ukrainian Armed Forces"
    yield sorted(own, key=lambda s: is_headline(s.text))
    paragraphs = {s.paragraph for s in own}
    around = [
        s for s in ctx.sentences
        if s.paragraph in paragraphs and s not in own and not turn_between(ctx, own[0], s)
        and not opens_another_day(ctx, s, draft.day)
    ]  # fmt: skip
    yield around
    yield [
        f for s in own for f in followers(ctx, s)
        if f not in own and f not in around and THE_STRIKE.search(f.text)
    ]  # fmt: skip
    if one_story:
        # the body's words before a headline's ("Armenian occupiers fire missiles at ..."),
        # and a claim or a blame of the one attack ("Al-Shabab claimed responsibility.")
        strikes = ctx.once("strikes or claims", lambda: [
            s for s in ctx.sentences
            if is_strike_sentence(s.text) or claims_responsibility(s.text) or blames(s.text)
        ])  # fmt: skip
        yield sorted(
            (s for s in strikes if not opens_another_day(ctx, s, draft.day)),
            key=lambda s: is_headline(s.text),
        )
    # the sentences of the same barrage: another place the strike's own sentence names hit
    # ("One missile hit Petah Tikva, and another struck near the refinery in Haifa")
    yield sorted(
        (s for s in ctx.sentences if s not in own and shares_a_place(ctx, s, draft)),
        key=lambda s: is_headline(s.text),
    )
