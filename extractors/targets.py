"""Choosing targets: the places a strike sentence reports as hit, resolved in context."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .context import ArticleContext
from .dates import MONTH_WORD
from .gazetteer import (
    Place,
    capitals,
    curated_index,
    is_group_name,
    nation_code,
    neighbours,
    stopwords,
)
from .geo import distance_km
from .lexicon import (
    ADJECTIVE_DISTRICT_ENDINGS,
    ADMIN_AREA_SUFFIXES,
    ARABIC_ARTICLES,
    AREA_KINDS,
    AREA_WORDS,
    ATTACK_PASTS,
    ATTACK_VERBS,
    BASE_NOUNS,
    BUILDING_ANAPHORS,
    CITY_PARTS,
    CONTROL_WORDS,
    COUNTRY_WIDE_WORDS,
    ELSEWHERE_WORDS,
    EVENT_PLACE_NOUNS,
    FACILITY_MODIFIERS,
    FACILITY_NOUNS,
    HARM_PARTICIPLES,
    HEADLINE_COMMON_WORDS,
    HEADLINE_SMALL_WORDS,
    KIND_SUFFIXES,
    KINDS_OF_PLACES,
    LIST_LEAD_WORDS,
    LOCAL_THINGS,
    MEETING_VERBS,
    MONTH_NAMES,
    NAME_PARTS,
    NAMED_AREA_KINDS,
    NAMED_SITE_NOUNS,
    NUMBER_WORDS,
    NUMBERED_SITE_HEADS,
    ONE_PERSON_NOUNS,
    PLACE_ANAPHORS,
    ROAD_NOUNS,
    SENTENCE_LEADS,
    SETTLEMENT_PREFIXES,
    SITE_MODIFIERS,
    SITE_NOUNS,
    SPEAKER_NOUNS,
    STRIKE_NOUNS,
    SUB_PLACE_NOUNS,
    WEEKDAY_ABBREVIATIONS,
    forms,
    words,
)
from .mentions import SETTING_BEFORE, in_named_area, other_areas, settlement_named_at
from .names import exact_key, name_key
from .phrases import CALENDAR, TITLE_WORDS, TITLED_PERSON
from .places import (
    ANCHOR_CITY_KEYS,
    BIG_PLACE,
    CITY,
    DISTRICT_DEGREES,
    FAR_DEGREES,
    HARMED_WHOM,
    LIST_GAP,
    LIST_REST,
    LOCAL_SPEAKER_BEFORE,
    LOCATOR,
    NAME_PREFIXES,
    NAMED_AREA,
    PARTICLES,
    PASSIVE_AFTER,
    POSSESSIVE,
    THE_PLACES_BEFORE,
    TITLES,
    TOWN_CALLED,
    TOWN_WORD_AFTER,
    VOCABULARY,
    WORD,
    Evidence,
    Mention,
    Resolved,
    alert_heard_at,
    appositive_region,
    area_after,
    candidates,
    choose,
    close,
    district_seat,
    has_place_cue,
    in_strike_role,
    is_container,
    is_lead_dateline,
    is_metonym,
    is_non_target_position,
    is_official_seat,
    is_person,
    is_place_word,
    looks_like_acronym,
    name_runs,
    nation_after,
    nation_before,
    nation_of,
    region_anchors_in,
    reports_something,
    scene_abroad,
    site_town,
    sub_runs,
    toll_place,
    travel_before,
    within_reach,
    without_holder,
)
from .sentences import Sentence, is_headline
from .sources import country_names
from .strikes import (
    CAPTION_LEAD,
    LARGEST_DEATH_REPORT,
    THE_SAME_PLACE,
    has_attack_word,
    is_caption,
    is_credit,
    reports_a_strike,
    reports_deaths_at_a_place,
    threat_spans,
)

SMALL_PLACE = 20_000
SENTENCE_LEAD_SET = frozenset(SENTENCE_LEADS)


def find_targets(ctx: ArticleContext, sentence: Sentence) -> list[Resolved]:
    """Places this sentence reports as hit ([] for a sentence that reports no strike)."""
    strike = reports_a_strike(sentence.text) or deaths_in_a_war(ctx, sentence)
    if not strike or captioned(ctx, sentence):
        return []
    return targets_in(ctx, in_sentence_case(ctx, sentence))


TITLE_SMALL_WORDS = frozenset(HEADLINE_SMALL_WORDS)
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z’'-]+\b")
# (and a facility's kind words: "Drone Attack On Kosti Power Station")
# (and a part of a town: "Houthi Drone Hits Eilat Building"; a site: "... On Israeli Base")
HEADLINE_COMMON = frozenset(
    (
        *HEADLINE_COMMON_WORDS,
        *FACILITY_NOUNS,
        *FACILITY_MODIFIERS,
        *SUB_PLACE_NOUNS,
        *SITE_NOUNS,
        "power",
    )
)


def title_cased(text: str) -> bool:
    """A small word capitalised after the first ("Strike On Kharkiv"), or every word of three
    letters or more capitalised ("Drones Hit Kharkiv Overnight")."""
    words_ = [w.strip(',.:;!?"“”') for w in text.split()]
    if any(w in TITLE_SMALL_WORDS for w in words_[1:]):
        return True
    # (small words may stay in lower case: "19 Injured in Junta Airstrike on Buddhist Monastery")
    long = [
        w for w in words_ if len(w) > 2 and w[:1].isalpha() and w.title() not in TITLE_SMALL_WORDS
    ]
    # ("Deir ez-Zor", "Ras al-Ain": an Arabic article before a capital counts as one)
    return len(long) >= 3 and all(w[:1].isupper() or ARTICLE_NAME.match(w) for w in long)


ARTICLE_NAME = re.compile(rf"{words(ARABIC_ARTICLES)}-[A-Z]")


def in_sentence_case(ctx: ArticleContext, sentence: Sentence) -> Sentence:
    """'Russian Missile Strike On Kharkiv Kills Five' read as 'Russian missile strike on Kharkiv
    kills five': a Title Case headline's common words in lower case (same length, so offsets
    hold), its names as they are."""
    text = sentence.text
    if not is_headline(text) or not title_cased(text):
        return sentence

    def lower_common(match: re.Match[str]) -> str:
        word, lower = match[0], match[0].lower()
        common = (
            lower in ctx.lower_words or lower in HEADLINE_COMMON or word in TITLE_SMALL_WORDS
            or lower in VOCABULARY and lower not in PARTICLES or lower in NUMBER_WORDS
            or lower[-1:] == "s" and lower[:-1] in VOCABULARY  # "Missiles", "Drones"
        )  # fmt: skip
        return lower if common and not nation_of(word) else word

    return replace(sentence, text=CAPITALISED_WORD.sub(lower_common, text))


# "in El Fasher market", "the Kherson railway station": a part named by its town
PART_LOCATED = re.compile(
    # (not an area that holds the town: "the Dilling market in South Kordofan state")
    # ("the Al-Thawra neighbourhood, south of Omdurman": located by a bearing from the city)
    r",?\s+(?:in|of|near|(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s+of)"
    r"\s+(?:the\s+)?[A-Z](?![\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+"
    rf"{words(ADMIN_AREA_SUFFIXES)}\b)"
)
PART_RIGHT_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?{words(SUB_PLACE_NOUNS)}\b", re.IGNORECASE)


AREA_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")


def names_an_area(ctx: ArticleContext, text: str, at: int) -> bool:
    """The name at ``at`` is a first-level area's, no town's ("... market in South Kordofan"):
    an area that holds the town named before it."""
    name = AREA_NAME.match(text, at)
    exact = [p for p in ctx.gazetteer.lookup(name[0]) if p.exact] if name else []
    return bool(exact) and all(p.kind == "district" for p in exact)


def town_of_its_part(
    ctx: ArticleContext, sentence: Sentence, run: Mention, found: list[Resolved], listed: bool
) -> Resolved | None:
    """'kills 30 in El Fasher market', 'the Kherson market': a town's market lies in the town,
    which is hit (not "the Al-Malaja market", a market's own name that only looks like a
    town's); the town resolved, or None."""
    start, end = run.start - sentence.start, run.end - sentence.start
    part = PART_RIGHT_AFTER.match(sentence.text, end)
    if part is None or TOWN_WORD_AFTER.match(sentence.text, part.end()):
        return None  # ("a strike on the Khmelnytskyi nuclear plant town": the town unnamed)
    if THE_PLACES_BEFORE.search(sentence.text, max(0, start - 20), start):
        return None  # ("in the camp's Al-Manshiya neighbourhood": a part of the place told)
    the = sentence.text[:start].endswith(("the ", "The "))
    located = PART_LOCATED.match(sentence.text, part.end()) if the else None
    if located and not names_an_area(ctx, sentence.text, located.end() - 1):
        return None  # "the Al-Malaja market in Nyala": the market's own name, then its town
    resolved = resolve_run(ctx, sentence, run, found, listed) or road_town(
        ctx, sentence, run, found, listed
    )
    named = not the or (resolved is not None and resolved.place.exact)
    # ("the Kafr Kila road": a road is named for the town it leads to or through, however small)
    road = part[0].split()[-1].lower() in ROAD_WORDS
    town = (
        resolved is not None
        and (named or road)
        # ("Shells Hit Goris Building": a small town's part, with no "the" before it)
        and (resolved.place.population >= SMALL_PLACE or not the and resolved.place.exact or road)
        and (not ctx.countries or resolved.place.country in ctx.countries)
    )
    return resolved if town else None


ROAD_WORDS = frozenset(ROAD_NOUNS)
ROAD_ENDS = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")  # "Tyre-Naqoura", "Kharkiv-Kupiansk"
ROAD_AFTER = re.compile(rf"\s+{words(ROAD_NOUNS)}\b", re.IGNORECASE)


def road_town(
    ctx: ArticleContext, sentence: Sentence, run: Mention, found: list[Resolved], listed: bool
) -> Resolved | None:
    """'the Tyre-Naqoura road': a road named for the two towns it joins, no gazetteer's name;
    the first town, where it starts (None for any other name)."""
    if not ROAD_ENDS.fullmatch(run.text) or not ROAD_AFTER.match(
        sentence.text, run.end - sentence.start
    ):
        return None
    first = Mention(run.text.split("-")[0], run.start, run.start + run.text.index("-"))
    return resolve_run(ctx, sentence, first, found, listed)


CREDIT_WORDS = 6  # "Photo: Valentyn Reznichenko": a label and a name, no sentence


def captioned(ctx: ArticleContext, sentence: Sentence) -> bool:
    """A photo caption: with its credit inside, or a credit right after it on its own
    ("(AP Photo/Libkos)", "Photo: Valentyn Reznichenko")."""
    following = ctx.sentences[sentence.index + 1 : sentence.index + 2]
    return is_caption(sentence.text) or any(
        s.paragraph == sentence.paragraph
        and (s.text.lstrip().startswith("(") or "/" in s.text)
        and is_credit(s.text)
        # (a labelled credit may stand on the next line)
        or labelled_credit(s.text)
        for s in following
    )


def labelled_credit(text: str) -> bool:
    """'Photo: Valentyn Reznichenko': a label and a name (not "PHOTO: Smoke rises over ...",
    the next photo's caption)."""
    label = CAPTION_LEAD.match(text)
    named = text[label.end() :].split() if label else []
    return (
        label is not None
        and len(text.split()) <= CREDIT_WORDS
        and all(w[:1].isupper() or not w[:1].isalpha() for w in named)
    )


def deaths_in_a_war(ctx: ArticleContext, sentence: Sentence) -> bool:
    """'Two civilians were killed in Martuni', 'In Barda, two were injured' in an article that
    reports strikes: a strike's harm (a count this large or larger is a tally)."""
    if not reports_deaths_at_a_place(sentence.text):
        return False
    counts = ctx.counts(sentence)
    harmed = counts.get("killed") or counts.get("injured")
    if harmed is None or harmed.value >= LARGEST_DEATH_REPORT:
        return False
    return ctx.once("reports strikes", lambda: any(reports_a_strike(s.text) for s in ctx.sentences))


def targets_in(ctx: ArticleContext, sentence: Sentence) -> list[Resolved]:
    found: list[Resolved] = []
    blocked_end = -1  # end of the last name in a non-target position ("from the territory of X")
    kicker = None  # "Kherson: Russian shelling kills two": a headline's place, or a dateline
    seat = None  # "the mayor of Kharkiv said a missile hit the city": the official's place
    spoken: list[tuple[int, int]] | None = None
    blocked: list[Mention] = []  # names not hit: landmarks, origins ("south of Tubas")
    holder_end = -1  # end of the last place that holds the ones before it
    leads: list[Mention] = []  # unknown names that open a list ("including Khiam, ...")
    # "... hit the city" (read only where a speaker seat is in question)
    hits_the_place = any(noun in sentence.text for noun in PLACE_HIT_NOUNS) and bool(
        THE_PLACE_HIT.search(sentence.text)
    )
    threats = threat_spans(sentence.text)  # a place in a threat's clause is not hit
    for run in place_runs(sentence):
        run = written_out_site(ctx, sentence, run)
        listed = bool(found) and any(
            LIST_GAP.match(ctx.text[after : run.start].rstrip("#"))
            for after in (found[-1].mention.end, holder_end, leads[-1].end if leads else -1)
            if after >= 0
        )  # "shelled Jermuk, Goris and Vardenis": the list shares the first name's role (and
        # goes on after an area holding the last, and past names no index knows: "Al-Qusayr
        # in rural Homs, along with Shanshara, Jisr Al-Dif, and Al-Dabaa")
        start, end = tag_start(sentence, run.start), run.end - sentence.start
        if is_official_seat(sentence.text, start, end) or (
            hits_the_place
            and (
                alert_heard_at(sentence.text, start)
                or travel_before(sentence.text[max(0, start - 60) : start])
                or bool(PERSON_FROM.search(sentence.text, max(0, start - 60), start))
            )
        ):  # ("Sirens sounded in Kiryat Shmona as rockets hit the town": the town warned;
            # "Herzog visited Sderot after rockets hit the town": the town visited)
            seat = seat or run
            continue
        if speaker_seat(ctx, sentence, run, hits_the_place):
            # the last before the verb: "Local authorities in Sumy said" (the strike's place,
            # if the sentence hits "the city" or counts the dead and names no other)
            seat = run
            continue
        non_target = is_non_target_position(sentence.text, start, end)
        town = town_of_its_part(ctx, sentence, run, found, listed) if non_target else None
        if non_target and town is None:
            town = named_site(ctx, sentence, run)  # "hit the Abu Oreiban school": a site
            non_target = town is None
        if (
            (non_target and town is None)
            or (blocked_end >= 0 and after_blocked(ctx.text[blocked_end : run.start], run))
            or (" of " in sentence.text and bool(PARTS_LISTED.search(sentence.text, 0, start)))
            or (threats and any(a <= start < b for a, b in threats))  # "threatened to strike X"
        ):
            blocked_end = run.end  # "shelled from Berdsk, Chambarak and Goris": all origins
            blocked.append(run)
            if start == 0 and KICKER_AFTER.match(sentence.text, end) and not run.text.isupper():
                kicker = run
            elif (
                start == 0
                and THE_CITY.search(sentence.text)
                and dateline_city(sentence.text, run, end)
            ):
                kicker = run  # "SUMY — Russian drones attacked the city overnight"
            continue
        resolved = town or numbered_site(sentence, run) or introduced_place(ctx, sentence, run)
        resolved = resolved or resolve_run(ctx, sentence, run, found, listed)
        resolved = resolved or road_town(ctx, sentence, run, found, listed)
        resolved = resolved or hit_again(ctx, run)
        if resolved is None or resolved.place.source == "text" or building_named(run, resolved):
            # "hit the Al-Nour clinic": a building's own name, not a village "Al-Nour"
            resolved = named_site(ctx, sentence, run) or resolved
        if listed and resolved is not None:
            resolved = beside_its_list(ctx, found, resolved)
        if resolved is None and run.text in named_people(ctx):
            continue  # (a person opens no list of places: "targeted Deif and Rafa Salama")
        if (
            resolved is None and THING_IN_BEFORE.search(sentence.text, max(0, start - 40), start)
            and not sentence.text.startswith(("'s", "’s"), end)  # ("a house in Abbas's town")
            and not is_person(sentence.text, start, run.text)
        ):  # fmt: skip
            # "a house in Taghavard was hit by gunfire": a village no index knows, named as
            # where the thing hit stands
            place = unknown_name(run)
            resolved = Resolved(place, run) if place is not None else None
        if resolved is None:
            # "including Khiam, Kfar Kila and Aitaroun", "hit Khiam, Aitaroun and Bint Jbeil":
            # the names no gazetteer knows that open a list after a list word or in a strike
            # role, kept if a name listed after them is a place
            chained = bool(leads) and LIST_GAP.match(ctx.text[leads[-1].end : run.start])
            opens = LIST_LEAD.search(sentence.text, 0, start) or (
                not found
                and ctx.text.startswith((",", " and "), run.end)  # (a list goes on after it)
                and in_strike_role(sentence.text, start, end)
            )
            leads = [*leads, run] if chained else [run] if opens else []
            continue
        if leads:
            found += list_lead(ctx, leads, resolved)
            leads = []
        if spoken is None:  # (the sentence's speakers, needed for its sources anyway)
            spoken = speaker_spans(ctx, sentence)
        if any(a <= start and end <= b for a, b in spoken):
            # "the health ministry in Gedaref state said": a speaker's name (the seat, if the
            # sentence hits "the town" and names no other place: "Idlib residents said ...")
            seat = seat or (run if hits_the_place else None)
            continue
        if found and resolved.place.kind == "settlement" and site_in_town(ctx, found[-1], resolved):
            # "the Hamama School in Gaza City", "Farabi hospital in the border city of
            # Kermanshah": the town is the place hit
            found[-1] = resolved
            continue
        if holder_end >= 0 and holders_listed(sentence, holder_end, resolved):
            # "the villages of A, B and C in Syunik and Gegharkunik provinces": the areas
            # listed hold the places before them, and are no targets
            holder_end = resolved.mention.end
            continue
        if holds_the_last(ctx, sentence, resolved, found, holder_end):
            # only the list right before the region lies in it ("the city of Terter, the
            # villages of X, Y, as well as the village of Z of the Agjabedi region": just Z)
            place_in = in_district if resolved.place.kind == "district" else in_area
            found = place_trailing_list(ctx, found, place_in, resolved.place)
            holder_end = resolved.mention.end  # "X village, Y town, Z Township": a chain
            continue
        if facility_elsewhere(ctx, sentence, resolved, found):
            # "the Dnipro hydroelectric station in Zaporizhzhia": a facility named for a far
            # town lies in the town after it, whose event it is
            found[-1] = resolved
            continue
        if site_town(sentence.text, resolved.mention.start - sentence.start, found, sentence.start):
            # "the Engels air base in Saratov": the town or area locates the site (an unplaced
            # one takes its coordinates) and is no target of its own
            if found[-1].place.lat != found[-1].place.lat:
                found[-1] = located_near(found[-1], resolved.place)
            continue
        if city_holds_the_last(sentence, resolved, found):
            # "Shejaiya in Gaza City": a part of a city folds into the city's event
            found[-1] = resolved
            continue
        if opening_city(ctx, sentence, found, resolved):
            # "In Kherson, shells hit Chornobaivka", "In El Fasher, shells fell on the Abu
            # Shouk camp": the city the sentence opens on sets the scene of the place hit
            city = found.pop(0)
            if resolved.place.lat != resolved.place.lat:
                resolved = located_near(resolved, city.place)  # (a camp no index knows)
        if holds_by_possessive(ctx, found, resolved):
            # "Sagaing's Kani township", "Amhara's Gojjam zone": the region holds the place
            container = found.pop()
            resolved = in_district(ctx, resolved, container.place)
        elif part_by_possessive(ctx, found, resolved):
            continue  # "Kharkiv's Saltivka": a part of the city, whose event it is
        setting = opening_setting(ctx, sentence, found)
        if setting is not None and resolved.mention.kind_hint == "settlement":
            # "In Gegharkunik province, the village of Nurabad was shelled": the village lies
            # in the area the sentence opens on (not a namesake abroad); "In the Jenin area,
            # the village of X ...": the town's area is only where
            resolved = in_area(ctx, resolved, setting.place, DISTRICT_DEGREES)
            if setting.place.kind != "district":
                found.remove(setting)
        if village_list_in(ctx, found, resolved):
            # "the villages of Yaygi, Alibeyli and Aghdam in Tovuz": the town names the area
            found = place_trailing_list(ctx, found, in_area, resolved.place)
            continue
        if found and LOCATOR_GAP.match(ctx.text[found[-1].mention.end : resolved.mention.start]):
            # "the Zamzam camp near El Fasher": the town locates the camp, it is not hit itself
            if found[-1].place.lat != found[-1].place.lat:
                found[-1] = located_near(found[-1], resolved.place)
            continue
        found.append(resolved)
        ctx.near.append(resolved.place)
    if (
        leads
        and not found
        and KINDS_LISTED.search(sentence.text, 0, leads[0].start - sentence.start)
    ):
        # "struck several villages, including Aita al-Shaab and Ramyeh": named as villages
        found = [Resolved(place, lead) for lead in leads if (place := unknown_name(lead))]
    found = found or fallback_place(ctx, sentence, seat, kicker)
    if not found and not blocked and not is_headline(sentence.text):
        found = setting_place(ctx, sentence)
    if not found and blocked:
        found = beside_the_area_hit(ctx, sentence, blocked)
    if not found:  # (a part named of "the city's": "drones hit the city's Saltivskyi district")
        found = the_place_again(ctx, sentence)
    if not found and not blocked:
        found = the_place_visited(ctx, sentence)
    found = without_city_parts(ctx, found)
    found = [placed_before(ctx, item) for item in found]
    found = [in_the_story_city(ctx, item, found) for item in found]
    found = [near_the_city(ctx, item) for item in found]
    found = locate_by_neighbours(sentence, without_far_outliers(in_the_list_country(ctx, found)))
    if blocked and any(r.place.lat != r.place.lat for r in found):
        found = locate_by_landmarks(ctx, sentence, found, blocked)
    return unique(found, ctx.text)


# "the Dnipro hydroelectric station in ", "the Kyiv thermal power plant near ": a facility's
# kind words after the town it is named for, then where it lies
FACILITY_IN_GAP = re.compile(
    rf"^\s+(?:[a-z-]+\s+){{0,2}}{words((*FACILITY_NOUNS, *SITE_NOUNS))}\s+"
    r"(?:in|near|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def facility_elsewhere(
    ctx: ArticleContext, sentence: Sentence, resolved: Resolved, found: list[Resolved]
) -> bool:
    """Is the place before ``resolved`` only the name of a facility that lies in
    ``resolved``, far from the town of that name (and not in a region the second names: "the
    Morozovsk airfield in Rostov" is in the Rostov region)?"""
    if not found or resolved.place.lat != resolved.place.lat:
        return False
    last = found[-1]
    gap = sentence.text[last.mention.end - sentence.start : resolved.mention.start - sentence.start]
    if last.place.lat != last.place.lat or not FACILITY_IN_GAP.match(gap):
        return False
    if within_reach(last.place, resolved.place):
        return False
    area = ctx.gazetteer.admin(last.place.lat, last.place.lon)[0]
    return not (area and name_key(area).startswith(name_key(resolved.mention.text)))


def beside_its_list(ctx: ArticleContext, found: list[Resolved], item: Resolved) -> Resolved:
    """'shelled Kfar Kila and Houla': a listed name the gazetteer knows only as a small place
    in another country, far from the last place listed before it that has a point, is a place
    it does not know, beside that one (not Houla in Syria); so is a city of a country the
    article never names, a war away from a list in the country it is about ("Yaroun and
    Blida, Lebanon's state media said": not Blida in Algeria)."""
    before = next((r for r in reversed(found) if r.place.lat == r.place.lat), None)
    if before is None:
        return item
    place, other = item.place, before.place
    foreign = place.country not in ("", other.country) and other.country != ""
    if not foreign or close(place, other, DISTRICT_DEGREES):
        return item
    far_city = (
        other.country in ctx.countries
        and place.country not in ctx.named_countries
        # (a war away, or beyond the countries next door: "the villages of Sotk and Kut" is
        # no Al-Kut in Iraq)
        and (
            not close(place, other, FAR_DEGREES)
            or place.country not in neighbours().get(other.country, frozenset())
        )
    )
    if place.population >= BIG_PLACE and not far_city:
        return item
    unknown = unknown_name(item.mention)
    return located_near(Resolved(unknown, item.mention), other) if unknown else item


def list_lead(ctx: ArticleContext, leads: list[Mention], listed: Resolved) -> list[Resolved]:
    """'including Khiam, Kfar Kila and Aitaroun': the unknown names that open a list whose next
    name is a place, placed beside it ([] if no list joins them)."""
    if not LIST_GAP.match(ctx.text[leads[-1].end : listed.mention.start]):
        return []
    unknown = [(lead, unknown_name(lead)) for lead in leads]
    return [located_near(Resolved(place, lead), listed.place) for lead, place in unknown if place]


ELSEWHERE = re.compile(rf"\b{words(ELSEWHERE_WORDS)}\b", re.IGNORECASE)


THE_AREA = re.compile(rf"\bthe\s+{words(AREA_KINDS)}\b(?!\s+of\b)")


def fallback_place(
    ctx: ArticleContext, sentence: Sentence, seat: Mention | None, kicker: Mention | None
) -> list[Resolved]:
    """A sentence that names no place hit: the official's or the speaker's own place, if a
    gazetteer knows it; else a "Place:" lead, which is a dateline when the sentence names
    where the strike was and the strike's place when it names none ("Beirut: ... strikes near
    Tyre" vs "Kherson: Russian shelling kills two")."""
    if seat and not ELSEWHERE.search(sentence.text):
        held = hit_in_the_seat(ctx, sentence, seat)
        if held:
            # ("Missiles hit an airfield near Starokostiantyniv. Khmelnytskyi regional
            # governor Serhiy Tiurin said an object was damaged": the strike told, its region's
            # official speaking of it)
            return held
        if THE_AREA.search(sentence.text):
            # ("The governor of Belgorod said drones attacked the region": the region)
            area = resolve_run(
                ctx, sentence, replace(seat, kind_hint="district"), [], False, seat=True
            )
            if area and area.place.kind == "district" and area.place.source != "text":
                return [area]
        resolved = resolve_run(ctx, sentence, seat, [], False, seat=True)
        if resolved and resolved.place.source != "text":
            return [resolved]
    if kicker:
        resolved = resolve_run(ctx, sentence, kicker, [], True)
        return [resolved] if resolved else []
    return []


def hit_in_the_seat(ctx: ArticleContext, sentence: Sentence, seat: Mention) -> list[Resolved]:
    """The one place a strike told in the sentences just before hit, where it lies in the
    first-level area named for the official's seat (and is not the seat itself)."""
    hit = last_strike_place(ctx, sentence)
    if not hit:
        return []
    place = hit[0].place
    area = ctx.gazetteer.admin(place.lat, place.lon)[0]
    seat_key = name_key(seat.text)
    inside = bool(area) and name_key(area).startswith(seat_key)
    return hit if inside and name_key(place.name) != seat_key else []


# "targeted a base and an area north of Haifa", "a missile hit a field 20 km west of Kyiv": the
# thing hit is named only by where it lies from a place
# (or a part of the city it lies in: "in the Sheikh Radwan neighbourhood, north of Gaza City")
AREA_FROM_A_PLACE = re.compile(
    r"\b(?:an?\s+|the\s+)?(?:area|areas|base|field|fields|site|village|town|outskirts|positions?|"
    rf"\d+\s*(?:km|kilomet(?:er|re)s?|miles?)|{words(CITY_PARTS)}\s*,)\s+(?:[\w-]+\s+)?"
    r"(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def beside_the_area_hit(
    ctx: ArticleContext, sentence: Sentence, blocked: list[Mention]
) -> list[Resolved]:
    """A strike on an area named only by its bearing from a place, which locates it."""
    for run in blocked:
        before = sentence.text[max(0, run.start - sentence.start - 60) : run.start - sentence.start]
        if AREA_FROM_A_PLACE.search(before) and " from " not in before[-30:]:
            resolved = resolve_run(ctx, sentence, run, [], False, seat=True)
            if resolved is not None and resolved.place.source != "text":
                return [resolved]
    return []


def setting_place(ctx: ArticleContext, sentence: Sentence) -> list[Resolved]:
    """A strike told with no place, right after a sentence of its paragraph that tells of no
    strike and names one place (one the gazetteer knows, or a village the article has placed
    as hit): the strike is there ("The situation in Martuni was tense again. At midday,
    Azerbaijani artillery struck a school.", "He has settled in Garadagli village. On October
    18, several shells hit his yard."). (Reaching two or three sentences back, over sentences
    that name no place, cost fold B precision on dev: the scene has moved on by then.)"""
    before = ctx.sentences[sentence.index - 1] if sentence.index else None
    # (over a paragraph break only to "the city": "... an attack on El Obeid. / Residents said
    # shells hit several neighbourhoods of the city")
    same_scene = before is not None and (
        before.paragraph == sentence.paragraph or THE_PLACE.search(sentence.text)
    )
    if before is None or not same_scene or is_headline(before.text):
        return []
    if has_attack_word(before.text) and (
        ctx.hit.get(before.index) or not THE_PLACE.search(sentence.text)
    ):  # (one that heard the blasts and hit nothing: "Residents of Kramatorsk said they heard
        # explosions. Two missiles hit the city's industrial zone.")
        return []
    if MEETING_SCENE.search(before.text):
        return []  # "Zelensky met Biden in Washington": a scene of talks, not of the strike
    # (the place of who speaks there too, when the strike is on "the city")
    seat = bool(THE_PLACE.search(sentence.text))
    found: list[Resolved] = []
    for run in place_runs(before):
        at = run.start - before.start
        if is_lead_dateline(before.text, at, run.end - before.start):
            continue  # ("Yerevan, 11 October. The Azerbaijani armed forces fired at ...")
        resolved = resolve_run(ctx, before, run, [], False, seat=seat)
        if resolved is not None and not is_container(before.text, at, found, before.start):
            found.append(known_as_hit(ctx, resolved))  # (not "the capital of X state")
    if len(found) != 1 or found[0].place.lat != found[0].place.lat:
        return []
    if scene_abroad(sentence.text, found[0].place.country):
        return []  # ("... killed in Khan Younis. Hamas said it fired rockets into Israeli
        # territory": a strike elsewhere)
    return [] if names_known_place(ctx, sentence) else found


MEETING_SCENE = re.compile(rf"\b{words((*MEETING_VERBS, *EVENT_PLACE_NOUNS))}\b", re.IGNORECASE)
# "Fatima Zahra, a mother of four from Beit Lahia, said an airstrike hit her home": where the
# one who speaks lives
PERSON_FROM = re.compile(
    rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{words(ONE_PERSON_NOUNS)}\s+(?:of\s+\w+\s+)?"
    r"from\s+(?:the\s+)?(?:(?:town|city|village|camp)\s+of\s+)?$",
    re.IGNORECASE,
)
# "the city", "the town's": the place told of before, named by its kind
THE_PLACE = re.compile(rf"\bthe\s+{words(PLACE_ANAPHORS)}\b(?!\s+of\b)")
SAME_PLACE_REACH = 4  # sentences back to the strike whose place "the city" is


def the_place_again(ctx: ArticleContext, sentence: Sentence) -> list[Resolved]:
    """A strike on "the city" on a day of its own ("A day later, drones struck the city
    again"): the one place the last strike told before it hit (a sentence with no day of its
    own goes on about that strike, and its counts follow it)."""
    if not THE_SAME_PLACE.search(sentence.text) or not ctx.dates(sentence):
        return []
    return last_strike_place(ctx, sentence)


def last_strike_place(ctx: ArticleContext, sentence: Sentence) -> list[Resolved]:
    """The one place, with a point, that the last strike told within reach before the
    sentence hit ([] if it hit several, or none is told)."""
    for before in reversed(
        ctx.sentences[max(0, sentence.index - SAME_PLACE_REACH) : sentence.index]
    ):
        hit = ctx.hit.get(before.index)
        if hit:
            placed = {r.place for r in hit}
            return hit[:1] if len(placed) == 1 and hit[0].place.lat == hit[0].place.lat else []
    return []


# "... shells hit the city": the kind of place a strike names again
THE_KIND_HIT = re.compile(
    r"\b(?:hit|struck|shelled|targeted|attacked|bombed|pounded)\s+the\s+(city|town|village)\b"
)


def the_place_visited(ctx: ArticleContext, sentence: Sentence) -> list[Resolved]:
    """'The governor visited Goris on Saturday. On Sunday, shells hit the town': the one place
    the sentence before (same paragraph) names as visited, when this one hits "the town"."""
    if sentence.index == 0 or not THE_KIND_HIT.search(sentence.text):
        return []
    before = ctx.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph or ctx.hit.get(before.index):
        return []
    visited = [
        run for run in place_runs(before)
        if travel_before(before.text[max(0, run.start - before.start - 60) : run.start - before.start])
    ]  # fmt: skip
    resolved = [r for run in visited if (r := resolve_run(ctx, before, run, [], False, seat=True))]
    return resolved[:1] if len(resolved) == 1 else []


def placed_before(ctx: ArticleContext, item: Resolved) -> Resolved:
    """A village the article already placed as hit, named again, is the same village ("the
    village of Zhuravlevka in the Belgorod Region ... “Zhuravlevka came under fire from the
    Armed Forces of Ukraine”": not a namesake in Ukraine)."""
    if item.place.kind != "settlement":
        return item
    earlier = earlier_hit(
        ctx, item.mention.text, lambda p: p != item.place and p.kind == "settlement"
    )
    return Resolved(earlier, item.mention) if earlier else item


def known_as_hit(ctx: ArticleContext, item: Resolved) -> Resolved:
    """A village no gazetteer knows, placed where the article already placed it as hit."""
    if item.place.source != "text":
        return item
    return hit_again(ctx, item.mention) or item


def hit_again(ctx: ArticleContext, run: Mention) -> Resolved | None:
    """A name no gazetteer knows that the article already placed as hit ("shelled Gapanli
    and Shikharkh ... A boy was killed in Gapanli"): that place."""
    earlier = earlier_hit(ctx, run.text, lambda p: True)
    return Resolved(earlier, run) if earlier else None


def earlier_hit(ctx: ArticleContext, name: str, fits: Callable[[Place], bool]) -> Place | None:
    """The located place the article reported hit before under this name, that fits."""
    key = name_key(name)
    for hit in ctx.hit.values():
        for earlier in hit:
            place = earlier.place
            if place.lat == place.lat and name_key(earlier.mention.text) == key and fits(place):
                return place
    return None


# "the Zaporizhzhia nuclear plant", "Beach camp", "Karen state": a curated name whose kind words
# are written in lower case
SITE_WORDS_AFTER = re.compile(
    rf"(?:\s+{words((*FACILITY_MODIFIERS, *SITE_MODIFIERS))}){{0,3}}"
    rf"\s+{words((*FACILITY_NOUNS, *SITE_NOUNS, *NAMED_AREA_KINDS))}\b"
)


SITE_WORD_SET = frozenset(
    (*FACILITY_MODIFIERS, *SITE_MODIFIERS, *FACILITY_NOUNS, *SITE_NOUNS, *NAMED_AREA_KINDS)
)


def written_out_site(ctx: ArticleContext, sentence: Sentence, run: Mention) -> Mention:
    """The run with the words after it, where they name a curated place together ("the
    Zaporizhzhia nuclear plant" lies 50 km from Zaporizhzhia; "Beach camp" is no Beach);
    else the run."""
    end = run.end - sentence.start
    following = WORD.match(sentence.text, end + 1)
    if following is None or following[0].lower() not in SITE_WORD_SET:
        return run  # (the cheap test first: most names are followed by no such word)
    after = SITE_WORDS_AFTER.match(sentence.text, end)
    if after is None:
        return run
    name = run.text + after[0]
    curated = [p for p in ctx.gazetteer.lookup(name) if p.source == "curated"]
    if not curated:
        return run
    if after[0].split()[-1].lower() in AREA_KIND_SET:
        # "Karen state", "Shan state": only where the name alone is no place of that country
        # ("the Belgorod region" is read from Belgorod as it always was)
        countries = {p.country for p in curated}
        if any(p.exact and p.country in countries for p in ctx.gazetteer.lookup(run.text)):
            return run
    return Mention(name, run.start, run.start + len(name), run.kind_hint)


AREA_KIND_SET = frozenset(NAMED_AREA_KINDS)


def place_runs(sentence: Sentence) -> list[Mention]:
    """The sentence's name runs that may be places: not "Sunday", "Russian", "The" (most runs
    of a sentence)."""
    return [
        run
        for run in map(without_calendar_end, name_runs(sentence.text, sentence.start))
        if run.text.lower() not in CALENDAR
        and (
            not (country_name(run.text) if " " in run.text else never_a_place(run.text))
            or anchor_city_hit(sentence, run)
            # (a group's name the text calls a town: "an oil depot in the town of Azov")
            or is_group_name(run.text) and called_a_town(sentence, run)
        )  # ("an attack on a Burkina Faso village": a country's name of several words too)
        and not short_weekday(sentence, run)
        and run.text.lower() not in SENTENCE_LEAD_SET  # "Then a missile struck a school"
    ]  # fmt: skip


def called_a_town(sentence: Sentence, run: Mention) -> bool:
    """'the town of Azov': the name follows a town's word and "of" (and owns nothing)."""
    start = run.start - sentence.start
    return bool(TOWN_CALLED.search(sentence.text, max(0, start - 12), start)) and not (
        sentence.text.startswith(("'s", "’s"), run.end - sentence.start)
    )


def anchor_city_hit(sentence: Sentence, run: Mention) -> bool:
    """A region's name that is a city's too, as the object of an attack ("jets struck Gaza",
    "drones hit Nakhchivan"; not "strikes across Gaza", "Gaza's health ministry")."""
    start = run.start - sentence.start
    across = ACROSS_BEFORE.search(sentence.text, max(0, start - 12), start)
    # ("shelled positions in Nakhchivan": what was hit, in the city; not "Ordubad in ...")
    across = across and not (
        across[0].startswith("in")
        and (
            OBJECT_IN_BEFORE.search(sentence.text, 0, across.start())
            # ("killed Hamas commander Ahmed Ghandour in Gaza": whom it killed, in the city)
            or HARMED_BEFORE.search(sentence.text, max(0, across.start() - 60), across.start())
        )
    )
    return (
        name_key(run.text) in ANCHOR_CITY_KEYS
        and not across
        and in_strike_role(sentence.text, start, run.end - sentence.start)
    )


OBJECT_IN_BEFORE = re.compile(r"\b[a-z][a-z-]*\s+$")  # a common noun before "in": what was hit
HARMED_BEFORE = re.compile(rf"{HARMED_WHOM}$")


# (nor the area a place lies in: "Ordubad in Nakhchivan")
ACROSS_BEFORE = re.compile(
    rf"\b(?:{words(COUNTRY_WIDE_WORDS)}|in|(?<!city\s)(?<!town\s)of)\s+$", re.IGNORECASE
)


def without_calendar_end(run: Mention) -> Mention:
    """'Kharkiv Sunday' (of "hit Kharkiv Sunday morning"): the name without the day after it."""
    head, _, last = run.text.rpartition(" ")
    if not head or last.lower() not in CALENDAR:
        return run
    return Mention(head, run.start, run.start + len(head), run.kind_hint)


# "a house in ", "their car in the village of ": where a thing a strike hits stands
# (or the edge of the place hit: "shelling hit the outskirts of Kfar Hamam")
THING_IN_BEFORE = re.compile(
    rf"(?:\b(?:an?|the|their|his|her|its)\s+(?:[a-z-]+\s+)?{words(LOCAL_THINGS, plural=True)}\s+in\s+"
    r"|\bthe\s+(?:outskirts|edge|edges|vicinity|surroundings|environs)\s+of\s+)"
    r"(?:the\s+(?:village|town)\s+of\s+)?$",
    re.IGNORECASE,
)


def short_weekday(sentence: Sentence, run: Mention) -> bool:
    """'on Sun.', 'Sat, 9 Mar', 'Sun March 10': a weekday shortened, not Sun or Mon, India."""
    if run.text.lower() not in WEEKDAY_ABBREVIATIONS:
        return False
    after = sentence.text[run.end - sentence.start : run.end - sentence.start + 12]
    return after[:1] in (".", ",") or bool(CALENDAR_DAY_NEXT.match(after))


CALENDAR_DAY_NEXT = re.compile(
    rf"\s+(?:{MONTH_WORD}\.?\s+\d|\d{{1,2}}\s+{MONTH_WORD})", re.IGNORECASE
)


def names_known_place(ctx: ArticleContext, sentence: Sentence) -> bool:
    """Some name of the sentence is one a gazetteer knows ("from Armenia" is not hit, but a
    place all the same)."""
    return any(candidates(ctx.gazetteer, run) for run in place_runs(sentence))


THE_CITY = re.compile(r"\bthe\s+(?:city|town)\b(?!\s+of\b)")  # (not "the city of Odesa")
DATELINE_DASH = re.compile(r"[^.]{0,40}?\s[—–-]\s")  # "SUMY —", "KHARKIV, Ukraine (AP) —"


# "Kharkiv, March 10 -": a city in any case, then the day, then the dash
DATED_DASH = re.compile(
    rf",\s+(?i:{words(m[:3] for m in MONTH_NAMES)})[a-z]*\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    r"\s*(?:\([^)]{0,30}\)\s*)?[—–-]\s"
)


# "Kramatorsk, Ukraine —": a city in any case, then its country, then the dash
COUNTRY_DASH = re.compile(r",\s+[A-Z][\w-]+(?:\s+\([^)]{0,30}\))?\s+[—–-]\s")


def dateline_city(text: str, run: Mention, end: int) -> bool:
    """A dateline's city in capitals, before the dash that opens the story (or in any case,
    with the day or the country before the dash)."""
    upper = run.text.isupper() and len(run.text) > 2 and bool(DATELINE_DASH.match(text, end))
    return upper or bool(DATED_DASH.match(text, end) or COUNTRY_DASH.match(text, end))


def counts_harm(ctx: ArticleContext, sentence: Sentence, run: Mention) -> bool:
    """The sentence counts casualties, and the speaker's place is no capital (whose officials
    speak for their country: "Officials in Kyiv said strikes killed 14 across Ukraine"), unless
    who speaks is of the city ("Doctors in Sanaa said")."""
    start = run.start - sentence.start
    local = LOCAL_SPEAKER_BEFORE.search(sentence.text, max(0, start - 30), start)
    return bool(ctx.counts(sentence)) and (name_key(run.text) not in capitals() or bool(local))


def speaker_seat(
    ctx: ArticleContext, sentence: Sentence, run: Mention, hits_the_place: bool
) -> bool:
    """The place a speaker is named by ("Local authorities in Sumy said drones hit the city",
    "Goranboy residents said ..."), where the sentence hits "the city" or counts the dead (the
    cheap name test first: the counts cost more)."""
    start, end = run.start - sentence.start, run.end - sentence.start
    noun = SPEAKER_NOUN_AFTER.match(sentence.text, end)  # "Rafah residents"
    lead = without_holder(sentence.text[max(0, start - 40) : start])
    named_by = lead.endswith((" in ", " of ")) or bool(
        SPEAKER_OF.match(run.text)
    )  # "officials in Sumy", "residents of Rafah" (one run with its "of")
    return (
        (named_by or bool(noun))
        and (
            hits_the_place or counts_harm(ctx, sentence, run)
            or hits_a_thing_there(sentence, run) or SPEAKERS_HIT.search(sentence.text) is not None
        )
        and reports_something(sentence.text, noun.end() if noun else end)
        and any(plausible(ctx, sentence, sub, Evidence(cue=True, name=sub.text)) for sub in sub_runs(run))
    )  # fmt: skip


# The speakers tell they were hit themselves: "Residents of Karari in Omdurman said they came
# under heavy shelling"
SPEAKERS_HIT = re.compile(
    rf"\b(?:they|we)\s+(?:had\s+|have\s+)?(?:came|come|been|were)\s+(?:under\b|"
    rf"{words(ATTACK_PASTS)}\b)",
    re.IGNORECASE,
)
# "a Russian drone dropped explosives on a bus", "a shell hit a house": a thing of the place
# the speakers are named by, hit
THING_HIT = re.compile(
    rf"\b(?:on|hit|struck|targeted|into)\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    rf"{words((*BUILDING_ANAPHORS, *LOCAL_THINGS), plural=True)}\b",
    re.IGNORECASE,
)


def hits_a_thing_there(sentence: Sentence, run: Mention) -> bool:
    """The sentence hits a thing of the town its speakers are named by ("Officials in Kherson
    said a drone dropped explosives on a bus"), a town that is no capital (whose officials
    speak for the nation)."""
    return bool(THING_HIT.search(sentence.text)) and name_key(run.text) not in capitals()


# An area listed right after the area that held the places before it, the list's plural kind
# word after it ("in Armenia's Syunik and Gegharkunik provinces", "in the Kharkiv and Sumy
# regions")
HOLDERS_GAP = re.compile(r"^\s*(?:,|,?\s+and)\s+(?:the\s+)?$")
PLURAL_AREA_KIND = re.compile(
    rf"^\s+{words(k for k, kind in KIND_SUFFIXES.items() if kind == 'district' and k.endswith('s'))}\b",
    re.IGNORECASE,
)


def holders_listed(sentence: Sentence, holder_end: int, resolved: Resolved) -> bool:
    """Does ``resolved`` go on a list of areas holding the places before them?"""
    gap = sentence.text[holder_end - sentence.start : resolved.mention.start - sentence.start]
    after = sentence.text[resolved.mention.end - sentence.start :]
    return bool(HOLDERS_GAP.match(gap) and PLURAL_AREA_KIND.match(after))


def holds_the_last(
    ctx: ArticleContext,
    sentence: Sentence,
    resolved: Resolved,
    found: list[Resolved],
    holder_end: int,
) -> bool:
    """Does ``resolved`` hold the places just before it: "villages in Tovuz district",
    "Rylsk, Kursk region", "Kanni village, Kyondoe town, Kawkareik Township"?"""
    if not found:
        return False
    gap = sentence.text[
        found[-1].mention.end - sentence.start : resolved.mention.start - sentence.start
    ]
    if resolved.place.kind == "settlement" and CITY_PART_GAP.match(gap):
        return False  # "the A, B and C districts of Donetsk": the city's parts, its event
    start = resolved.mention.start - sentence.start
    if resolved.place.kind == "district" and is_container(
        sentence.text, start, found, sentence.start
    ):
        return True
    if region_by_its_city(ctx, sentence, resolved, found):
        return True
    ends = (found[-1].mention.end, holder_end) if holder_end >= 0 else (found[-1].mention.end,)
    return any(appositive_region(sentence.text, resolved, end, sentence.start) for end in ends)


def region_by_its_city(
    ctx: ArticleContext, sentence: Sentence, resolved: Resolved, found: list[Resolved]
) -> bool:
    """'Vovchansk in northern Kharkiv', 'Kafr Nabl in southern Idlib': a city named after "in"
    beyond its own reach, whose name the index's first-level area of the place before it
    bears, is that region, holding the place (a city within reach holds a part of it:
    ``city_holds_the_last``)."""
    last = found[-1]
    if not city_after_in(sentence, resolved, found):
        return False
    if last.place.lat != last.place.lat:
        return True  # "Maarat al-Numan in southern Idlib": the area places a name no index has
    return not within_reach(resolved.place, last.place) and in_named_area(
        ctx.gazetteer, last.place, resolved.place
    )


def city_holds_the_last(sentence: Sentence, resolved: Resolved, found: list[Resolved]) -> bool:
    """'Shejaiya in Gaza City', 'the Maghazi camp in Deir al-Balah': a city named after "in"
    right after a place close to its centre holds the place, a part of it (not "Nikopol in the
    Dnipropetrovsk region", which is_container reads; not a far town: "Izium in Kharkiv" is a
    town of the Kharkiv region)."""
    return (
        bool(found) and resolved.place.population >= CITY
        and city_after_in(sentence, resolved, found)
        and (
            within_reach(resolved.place, found[-1].place)
            or namesake_abroad(found[-1].place, resolved.place)
        )
    )  # fmt: skip


NAMESAKE_KM = 1_000  # a town this far off, in another country, is a namesake of a city's part


def namesake_abroad(part: Place, city: Place) -> bool:
    """'Karari in Omdurman': the gazetteer knows the part's name only in a town of another
    country far away, so the name is the city's own part."""
    return (
        part.country != city.country
        and part.population < CITY
        and distance_km((part.lat, part.lon), (city.lat, city.lon)) > NAMESAKE_KM
    )


def city_after_in(sentence: Sentence, resolved: Resolved, found: list[Resolved]) -> bool:
    """A settlement named after "in" (or "of") right after a name: the container the two
    rules above weigh by distance."""
    return (
        resolved.place.kind == "settlement"
        and is_container(sentence.text, resolved.mention.start - sentence.start, found, sentence.start)
    )  # fmt: skip


POSSESSIVE_GAP = re.compile(rf"^(?P<kind>\s+{words(NAMED_AREA_KINDS)})?['’]s\s+$", re.IGNORECASE)


def holds_by_possessive(ctx: ArticleContext, found: list[Resolved], resolved: Resolved) -> bool:
    """Is the place before "'s" a region holding this one (a kind word names it), not a city
    with a part of its own ("Kyiv's Darnytskyi district" folds into Kyiv)?"""
    if not found:
        return False
    last = found[-1]
    gap = POSSESSIVE_GAP.match(ctx.text[last.mention.end : resolved.mention.start])
    if not gap:
        return False
    if gap["kind"]:
        return True  # "Kherson region's Bilozerka": the region word says so
    if last.place.kind == "district" and resolved.place.kind == "settlement":
        return True  # "Amhara's Gondar": the gazetteer's region holds a town
    if beyond_the_city(last.place, resolved.place):
        return True  # "Idlib's Jisr al-Shughur": a town of the province the city names
    return bool(resolved.mention.kind_hint) and (
        last.place.kind == "district" or last.place.population < CITY
    )


def beyond_the_city(city: Place, place: Place) -> bool:
    """A town the gazetteer places beyond a city's reach, in its country: of the province
    named like the city, not a part of it."""
    located = place.lat == place.lat and city.lat == city.lat
    far = located and not within_reach(city, place)
    return far and place.country == city.country and place.kind == "settlement"


def tag_start(sentence: Sentence, start: int) -> int:
    """Where a name starts in its sentence, a hashtag's "#" included: "shelled #Goranboy and
    #Tartar" reads as "shelled Goranboy and Tartar" to the rules around a name."""
    at = start - sentence.start
    return at - 1 if at and sentence.text[at - 1] == "#" else at


def part_by_possessive(ctx: ArticleContext, found: list[Resolved], resolved: Resolved) -> bool:
    """A city's possessive before a name with no kind word of its own, or one that lies in the
    city's reach ("Gaza City's Shati camp"): a part of the city."""
    if not found:
        return False
    last = found[-1]
    located = resolved.place.lat == resolved.place.lat
    # ("El Fasher's Abu Shouk camp": a camp no index knows, the city's all the same)
    if resolved.mention.kind_hint and located and not within_reach(last.place, resolved.place):
        return False
    gap = POSSESSIVE_GAP.match(ctx.text[last.mention.end : resolved.mention.start])
    return bool(gap) and not gap["kind"] and last.place.population >= CITY


def place_trailing_list(
    ctx: ArticleContext,
    found: list[Resolved],
    place_in: Callable[[ArticleContext, Resolved, Place], Resolved],
    container: Place,
) -> list[Resolved]:
    """The list of places right before a container, each placed in it."""
    start = len(found) - len(trailing_list(ctx, found))
    return found[:start] + [place_in(ctx, item, container) for item in found[start:]]


def locate_by_landmarks(
    ctx: ArticleContext, sentence: Sentence, found: list[Resolved], blocked: list[Mention]
) -> list[Resolved]:
    """'the Wadi Sabra refugee camp, south of Tubas': a place no gazetteer knows takes the
    coordinates of the nearest place the sentence names to locate it."""
    landmarks: dict[int, Resolved | None] = {}  # each run resolved once, by its start
    out = list(found)
    for i, item in enumerate(found):
        if item.place.lat == item.place.lat:
            continue
        for run in sorted(blocked, key=lambda r: abs(r.start - item.mention.end)):
            if looks_like_acronym(run.text):
                continue  # "Iran's IRNA news agency": a body's initials locate nothing
            if run.start not in landmarks:
                landmarks[run.start] = resolve_run(ctx, sentence, run, [], False)
            landmark = landmarks[run.start]
            if landmark and landmark.place.lat == landmark.place.lat:
                out[i] = located_near(item, landmark.place)
                break
    return out


# (a kind word may stand between: "the Nour Shams refugee camp in Tulkarem")
IN_GAP = re.compile(
    r"^\s+(?:(?:refugee\s+)?(?:camp|village|town|settlement|neighbourhood|neighborhood)\s+)?"
    r"in\s+(?:the\s+)?$"
)


def village_list_in(ctx: ArticleContext, found: list[Resolved], resolved: Resolved) -> bool:
    """A town right after 'in' that closes a list of villages ("the villages of X and Y in
    Tovuz") is where they lie."""
    if not found or resolved.place.kind != "settlement" or resolved.mention.kind_hint:
        return False
    last = found[-1]
    villages = (last.mention.kind_hint or "").endswith("settlement")
    gap = ctx.text[last.mention.end : resolved.mention.start]
    return villages and bool(IN_GAP.match(gap))


def in_district(ctx: ArticleContext, item: Resolved, district: Place) -> Resolved:
    """A place the text puts in a district: its centre for a name no gazetteer knows, a
    namesake inside it, or (a far namesake abroad: "Kanan village in Tamu township" is not
    Kanan, Japan) the name placed at the district's centre."""
    if district.lat != district.lat:
        return item  # a district no gazetteer knows places nothing
    if item.place.source == "text":
        return locate_within(item, district)
    if not close(item.place, district, AREA_DEGREES) and other_areas(
        ctx.gazetteer, item.place, district
    ):  # "Aghdam in Tovuz district" is the village there, not the next district's town
        return in_area(ctx, item, district, DISTRICT_DEGREES)
    if close(item.place, district, DISTRICT_DEGREES) or item.place.country == district.country:
        return item  # "Lashio in northern Shan state": far from the centre of a wide area
    return in_area(ctx, item, district, DISTRICT_DEGREES)


AREA_DEGREES = 0.5  # a village "in Tovuz" lies this close to the town of Tovuz


def in_area(
    ctx: ArticleContext, item: Resolved, area: Place, degrees: float = AREA_DEGREES
) -> Resolved:
    """A village of a list placed in a town's area: a namesake there if the gazetteer has
    one, else the town's coordinates for a name it does not know."""
    if item.place.lat != item.place.lat:
        return located_near(item, area)
    if close(item.place, area, AREA_DEGREES) or (
        close(item.place, area, degrees) and not other_areas(ctx.gazetteer, item.place, area)
    ):
        return item
    nearby = [p for p in candidates(ctx.gazetteer, item.mention) if close(p, area, degrees)]
    # (not one the index puts in another first-level area: the next district's town)
    nearby = [p for p in nearby if not other_areas(ctx.gazetteer, p, area)]
    if nearby:
        place = max(nearby, key=lambda p: p.population)
        return Resolved(as_kind(place, item.mention.kind_hint), item.mention)
    unknown = unknown_name(item.mention)  # a far namesake: the village is one it does not know
    return located_near(Resolved(unknown, item.mention), area) if unknown else item


def country_name(text: str) -> bool:
    """A country's name of several words ("Burkina Faso", "South Sudan")."""
    return text.lower() in country_names()


def never_a_place(word: str) -> bool:
    """A single word no gazetteer lookup takes: a nation's word, a stopword, a letter ("A day
    earlier, drones hit the city")."""
    key = name_key(word)
    return len(key) < 2 or bool(nation_of(word)) or key in stopwords()


def speaker_spans(ctx: ArticleContext, sentence: Sentence) -> list[tuple[int, int]]:
    """Where the sentence's named speakers stand (offsets in the sentence)."""
    spans = []
    for attribution in ctx.sources(sentence):
        at = sentence.text.find(attribution.name) if not attribution.pronoun else -1
        # (one word too, after "according to": "..., according to Omar" names no town Omar)
        if at >= 0 and (" " in attribution.name or CITED_BEFORE.search(sentence.text, 0, at)):
            spans.append((at, at + len(attribution.name)))
    return spans


CITED_BEFORE = re.compile(r"\b(?:according\s+to|per|citing)\s+$", re.IGNORECASE)


# "the Saltivskyi and Kyivskyi districts of Kharkiv", "the Al-Riyadh and Texas neighbourhoods of
# El Fasher": parts of a city the sentence names fold into the city's event.
CITY_PART_GAP = re.compile(
    rf"^(?:(?:,\s*|\s+)(?:and\s+)?(?:[A-Z][\w’'-]*\s*)+)*\s*,?\s*{words(CITY_PARTS)}\s+of\s+"
    r"(?:the\s+)?(?:city\s+of\s+)?$"
)


def in_the_story_city(ctx: ArticleContext, item: Resolved, found: list[Resolved]) -> Resolved:
    """'the Kyivskyi district', 'the Saltivskyi area' in a story of a strike on Kharkiv: a
    city district named by an adjective, which no gazetteer places near, or which names a
    far big city ("Kyivskyi" after Kyiv), is a part of the big city the story has hit (or
    its own sentence names before it: "In Kherson city, ... in the Dniprovskyi district"),
    whose event it joins."""
    mention, place = item.mention, item.place
    if mention.kind_hint is None or settlement_named_at(ctx.text, mention.start):
        return item  # (named a village of its own: "the village of Oktyabrsky")
    before, told = hit_before(ctx, found, mention)
    if PART_OF_THE_CITY.match(ctx.text, mention.end):
        # "the Kyiv district of the city" in a story of a strike on Odesa: the city's part
        # (the town hit last before it)
        hits = (*reversed(before), *reversed(told))
        city = next((r.place for r in hits if r.place.kind == "settlement"), None)
        return Resolved(city, mention) if city is not None else item
    if not mention.text.lower().endswith(ADJECTIVE_ENDS):
        return district_of_the_last_city(ctx, item)
    city = next((r.place for r in (*before, *told) if r.place.population >= CITY), None)
    if city is None or place == city:
        return item
    unknown = place.lat != place.lat
    far_city = place.population >= CITY or any(
        seat.population >= CITY for seat in district_seat(ctx.gazetteer, mention.text)
    )
    if unknown or far_city and not close(place, city, DISTRICT_DEGREES):
        return Resolved(city, mention)
    return item


def hit_before(
    ctx: ArticleContext, found: list[Resolved], mention: Mention
) -> tuple[list[Resolved], list[Resolved]]:
    """The places hit before a mention: in its own sentence, and in the sentences before."""
    before = [r for r in found if r.mention.end <= mention.start]
    return before, [r for hit in ctx.hit.values() for r in hit]


# "... district of the city", "... neighbourhood of the town": a part of the city just told
PART_OF_THE_CITY = re.compile(
    rf"\s+{words(CITY_PARTS, plural=True)}\s+of\s+the\s+(?:city|town)\b", re.IGNORECASE
)
ADJECTIVE_ENDS = tuple(ending.lower() for ending in ADJECTIVE_DISTRICT_ENDINGS)


def district_of_the_last_city(ctx: ArticleContext, item: Resolved) -> Resolved:
    """'the Sabreen market in the Karari district' right after a strike on Omdurman: a
    district no gazetteer knows, told next to a big city hit, is a part of that city."""
    if item.place.lat == item.place.lat or item.mention.kind_hint != "district":
        return item
    at = next((s.index for s in ctx.sentences if s.start <= item.mention.start < s.end), None)
    if at is None:
        return item
    recent = [r for i in (at - 1, at) for r in ctx.hit.get(i, ())]
    city = next((r.place for r in reversed(recent) if r.place.population >= CITY), None)
    return Resolved(city, item.mention) if city is not None else item


def without_city_parts(ctx: ArticleContext, found: list[Resolved]) -> list[Resolved]:
    """Drop the names the sentence calls parts of a city it names after them, or before them
    with its possessive ("Kharkiv's Kholodnohirskyi and Shevchenkivskyi districts")."""
    out = []
    for index, item in enumerate(found):
        part = any(
            city.place.kind == "settlement"
            and CITY_PART_GAP.match(ctx.text[item.mention.end : city.mention.start])
            for city in found[index + 1 :]
        ) or owned_by_city(ctx, found, index)
        if not part:
            out.append(item)
    return out


# "Kharkiv's A and B districts": the list's end before the parts' kind word
# "several neighbourhoods of El Fasher, including Al-Daraja and Al-Tadamon": the parts listed
# fold into the city's event (ANNOTATION.md)
PARTS_LISTED = re.compile(
    rf"\b{words(CITY_PARTS)}\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){{1,3}}"
    r"(?:(?:on|early|late|overnight|[A-Z][a-z]+day)\s*)*,?\s+"  # (a day may stand between)
    rf"{words(LIST_LEAD_WORDS)}\s+(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:,\s*(?:and\s+)?|\s+and\s+))*(?:the\s+)?$"
)
PARTS_AFTER = re.compile(rf"\s+{words(CITY_PARTS)}\b", re.IGNORECASE)


def owned_by_city(ctx: ArticleContext, found: list[Resolved], index: int) -> bool:
    """A name of a list that a city's possessive opens and a kind of city part closes."""
    start = index + 1 - len(trailing_list(ctx, found[: index + 1]))
    if start == 0:
        return False
    city = found[start - 1]
    if city.place.kind != "settlement" or city.place.population < CITY:
        return False
    if not POSSESSIVE_GAP.match(ctx.text[city.mention.end : found[start].mention.start]):
        return False
    end = index
    while end + 1 < len(found) and LIST_GAP.match(
        ctx.text[found[end].mention.end : found[end + 1].mention.start]
    ):
        end += 1
    if not PARTS_AFTER.match(ctx.text, found[end].mention.end):
        return False
    # one name: a part of the city where the index's area of that name lies in another region
    # or country ("Kharkiv's Kyivskyi district" is not the one in Donetsk; "Kharkiv's Chuhuiv
    # district" is a district of the city's region)
    place = found[start].place
    return (
        end > start
        or place.country != city.place.country
        or other_areas(ctx.gazetteer, place, city.place)
    )


# A hamlet this small, in another country and this far from every other place the sentence
# names, is a namesake: "the villages of Alibeyli and Aghdam in Tovuz" is not Alibeyli, Turkey.
OUTLIER_POPULATION = 20_000
OUTLIER_KM = 400


def in_the_list_country(ctx: ArticleContext, found: list[Resolved]) -> list[Resolved]:
    """Places of one sentence put in different countries, where one country has a town of
    every name close together, are that country's towns ("Martuni, Hadrut and Shusha came under
    fire": the Martuni of Karabakh, beside Hadrut and Shusha, not the one of Armenia)."""
    placed = all(r.place.source == "curated" or r.place.source.startswith("geo") for r in found)
    if len(found) < 2 or placed and len({r.place.country for r in found}) < 2:
        return found  # (the common case: one place, or places the gazetteer put in one country)
    options = [[p for p in candidates(ctx.gazetteer, r.mention) if p.exact] for r in found]
    hosts = set.intersection(*({p.country for p in option} for option in options))
    if len(hosts) != 1:
        return found
    country = hosts.pop()
    picked = [
        max((p for p in option if p.country == country), key=lambda p: p.population)
        for option in options
    ]
    if not all(close(p, picked[0], DISTRICT_DEGREES) for p in picked):
        return found
    # (a place already in that country keeps the one its own evidence chose)
    return [
        r if r.place.country == country else Resolved(place, r.mention)
        for place, r in zip(picked, found, strict=True)
    ]


def without_far_outliers(found: list[Resolved]) -> list[Resolved]:
    known = [r for r in found if r.place.source == "curated" or r.place.source.startswith("geo")]
    out = []
    for item in found:
        others = [o for o in known if o.place.country != item.place.country]
        outlier = (
            item.place.source.startswith("geonames") and item.place.population < OUTLIER_POPULATION
            and len(others) == len(known) - 1 and others
            and all(distance_km(point(item), point(o)) > OUTLIER_KM for o in others)
        ) or spelt_far_off(item, known)  # fmt: skip
        whole = unknown_name(item.mention) if outlier else None
        out.append(Resolved(whole, item.mention) if whole else item)
    return out


def spelt_far_off(item: Resolved, known: list[Resolved]) -> bool:
    """A small place matched only under another spelling, far from every other place of its
    list, which all lie together ("Orikhiv, Mala Tokmachka and Novoandriivka" is no
    Novoandreyevka in Crimea)."""
    others = [o for o in known if o is not item]
    return (
        item.place.source.startswith("geonames")
        and item.place.population < OUTLIER_POPULATION
        and exact_key(item.place.name) != exact_key(item.mention.text)
        and len(others) >= 2
        and all(distance_km(point(item), point(o)) > SPELT_FAR_KM for o in others)
        and all(distance_km(point(a), point(b)) <= SPELT_FAR_KM for a in others for b in others)
    )


SPELT_FAR_KM = 150


def point(item: Resolved) -> tuple[float, float]:
    return item.place.lat, item.place.lon


KICKER_AFTER = re.compile(r"\s*:|\s[—–-]\s+[A-Z]")  # "Kherson: ...", "Sumy — ..."
PLACE_HIT_NOUNS = ("city", "town", "village", "region", "homes", "home", "houses", "buildings",
                   "neighbourhood", "neighborhood", "area", "house", "field", "farm", "car",
                   "bus", "shelter", "building")  # fmt: skip
THE_PLACE_HIT = re.compile(
    r"\b(?:hit|struck|shelled|targeted|attacked|bombed|damaged|destroyed)\s+"
    r"(?:(?:the|a|an|their|his|her|its)\s+)?(?:[a-z-]+\s+)?"  # "a football field"
    rf"{words((*PLACE_HIT_NOUNS, *SUB_PLACE_NOUNS), plural=True)}\b"
    # "shelled the eastern part of the city", "hit the outskirts of the town"
    rf"|\b(?:hit|struck|shelled|targeted|attacked|bombed|pounded)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    rf"{words(AREA_WORDS)}\s+of\s+the\s+(?:city|town|village)\b"
    # "a day after a missile strike on the city killed five"
    rf"|\b{words(STRIKE_NOUNS, plural=True)}\s+on\s+the\s+(?:city|town|village)\b"
    # "fired rockets at the town"
    r"|\b(?:fired|launched)\s+(?:[\w-]+\s+){0,3}?(?:at|on|towards?)\s+the\s+(?:city|town|village)\b"
)
SPEAKER_NOUN_AFTER = re.compile(rf"\s+(?:local\s+)?{words(SPEAKER_NOUNS)}\b", re.IGNORECASE)
SPEAKER_OF = re.compile(rf"(?:local\s+)?{words(SPEAKER_NOUNS)}\s+of\s", re.IGNORECASE)
# "... Ashaghi Shorzha and Zarkand settlements of the Basarkechar region": the region of names
# not hit is not hit either
# (plural: "the Bekaa Valley town of Baalbek" names a town in the region, which is hit)
KIND_OF_GAP = re.compile(
    rf"^\s+{words(w for w in SETTLEMENT_PREFIXES if w.endswith('s'))}\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def after_blocked(gap: str, run: Mention | None = None) -> bool:
    """Does a name after this gap share the role of the blocked name before it (a list, or
    the region of a list: "shelled from Berdsk, Chambarak and Goris", "... settlements of
    the Basarkechar region"; or of one place, the name a region's: "fire from the direction of
    the Tegh village of the Syunik region")?"""
    if LIST_GAP.match(gap) or KIND_OF_GAP.match(gap):
        return True
    region = run is not None and run.kind_hint == "district"
    return region and bool(ONE_KIND_OF_GAP.match(gap))


ONE_KIND_OF_GAP = re.compile(
    rf"^\s+{words(w for w in SETTLEMENT_PREFIXES if not w.endswith('s'))}\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


LIST_LEAD = re.compile(rf"\b{words(LIST_LEAD_WORDS)}\s+(?:the\s+)?$")
# "several villages, including ...": the list after names places of that kind
KINDS_LISTED = re.compile(
    rf"\b{words(KINDS_OF_PLACES)},?\s+{words(LIST_LEAD_WORDS)}\s+(?:the\s+)?$", re.IGNORECASE
)
LOCATOR_GAP = re.compile(
    # (a day may stand between: "hit Sake on Sunday, near Goma")
    # (or the place's kind and a time: "the Novoshakhtinsk oil plant at night, in the vicinity
    # of the village of Kiselevka")
    r"^(?:\s+(?:(?:early\s+|late\s+)?on\s+)?[A-Z][a-z]+day|\s+overnight"
    r"|(?:\s+(?!and\b|or\b|but\b|while\b)[a-z-]+){1,4})?"
    rf",?\s+(?:[a-z]+\s+)?(?:{LOCATOR}|in\s+the\s+vicinity\s+of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$"
)


def trailing_list(ctx: ArticleContext, found: list[Resolved]) -> list[Resolved]:
    """The places at the end of ``found`` joined by list separators ("X, Y and Z")."""
    group = found[-1:]
    for item in reversed(found[:-1]):
        if not LIST_GAP.match(ctx.text[item.mention.end : group[0].mention.start]):
            break
        group.insert(0, item)
    return group


def locate_by_neighbours(sentence: Sentence, found: list[Resolved]) -> list[Resolved]:
    """'Shatvan and Mets Masrik towns': an unknown village listed next to a known one
    takes its coordinates (places named together are near each other)."""
    out = list(found)
    for i, item in enumerate(found):
        if item.place.source != "text" and not item.place.source.startswith("within:"):
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(found) and found[j].place.lat == found[j].place.lat:
                left, right = sorted((item, found[j]), key=lambda r: r.mention.start)
                gap = sentence.text[
                    left.mention.end - sentence.start : right.mention.start - sentence.start
                ]
                if LIST_GAP.match(gap):
                    out[i] = located_near(item, found[j].place)
                    break
    located = [r for r in out if r.place.lat == r.place.lat]
    for i, item in enumerate(out):
        if item.place.lat != item.place.lat and located:
            # still unknown: the nearest located place the sentence names with it
            nearest = min(located, key=lambda r: abs(r.mention.start - item.mention.start))
            out[i] = located_near(item, nearest.place)
    return out


def resolve_run(
    ctx: ArticleContext,
    sentence: Sentence,
    run: Mention,
    found: list[Resolved],
    listed: bool,
    seat: bool = False,
) -> Resolved | None:
    """The longest ending of a name run that the gazetteer knows, in a target position (or,
    with ``seat``, the place a speaker or an official is named by)."""
    local = [r.place for r in found]
    curated = name_key(run.text) in curated_index()
    if is_person(sentence.text, run.start - sentence.start, run.text, curated):
        return None
    if not curated and run.text in named_people(ctx):
        return None  # "military chief Mohammed Deif ... Israel said it had targeted Deif"
    if not seat and reports_something(sentence.text, run.end - sentence.start):
        return None  # "..., Xinhua reported": a speaker, whatever list it follows
    for mention in sub_runs(run):
        start, end = tag_start(sentence, mention.start), mention.end - sentence.start
        # the whole run was checked by the caller; its endings are checked here
        if (
            not seat
            and mention.start > run.start
            and is_non_target_position(sentence.text, start, end)
        ):
            return None
        if not candidates(ctx.gazetteer, mention):
            continue  # no place of that name: no evidence to weigh
        fragment = mention.start > run.start and not droppable(
            ctx, ctx.text[run.start : mention.start]
        )  # "Sousa" of "Kafr Sousa", "al-Shaab" of "Ayta al-Shaab"
        role = listed or in_strike_role(sentence.text, start, end)
        located = LANDMARK_AFTER.match(sentence.text, end)
        landmark = landmark_town(ctx, located)
        evidence = Evidence(
            cue=role or seat or has_place_cue(sentence.text, start, mention.kind_hint),
            role=role,
            toll=toll_place(sentence.text, start),
            country=stated_country(sentence, start, end, found if listed else []),
            name=mention.text,
            kind=mention.kind_hint,
            whole=mention.end == run.end,
            regions=(*sentence_regions(ctx, sentence), *landmark),
        )
        candidates_here = plausible(ctx, sentence, mention, evidence)
        place = choose(
            candidates_here, ctx.countries, ctx.near, local, evidence, ctx.named_countries
        )
        if (
            place is not None
            and landmark
            and small_far(place, landmark[0], located is not None and located["kind"] is not None)
        ):
            # "Zolotarivka, 20 km north of Kharkiv": no place of that name lies there (only
            # namesakes far off), so the name stands where the sentence puts it
            whole = unknown_name(run) if mention.start == run.start else None
            return located_near(Resolved(whole, run), landmark[0]) if whole else None
        if place is None:
            # (a sentence's first word known abroad only by a loose spelling is a common word:
            # "Deadly shelling killed four" is no Dudley)
            opening = run.start == sentence.start and not any(p.exact for p in candidates_here)
            if (
                candidates_here
                and role
                and not fragment
                and mention.start == run.start
                and not opening
            ):
                # known only abroad, but in a strike role here: the name, placed later
                whole = unknown_name(run)
                return Resolved(in_stated_country(sentence, run, whole), run) if whole else None
            continue
        if area_head(run, mention) and not area_town(ctx, mention, place):
            continue  # "Chin State" is no "Chin" in Japan, "Shan State" no Anshan
        if fragment:
            # "Verin Shorzha" beside Shorzha: the longer name, placed by its part, only with a
            # place cue and where the part lies in a country the article is about
            # (or hit, next to a country the article names: "an Israeli drone strike on a car
            # in Ras Baalbek")
            whole = unknown_name(run)
            hit = in_strike_role(sentence.text, tag_start(sentence, run.start), end)
            if whole and (
                evidence.cue and place.country in ctx.countries or next_door_hit(ctx, place, hit)
            ):
                return located_near(Resolved(whole, run), place)
            break
        capital = name_key(place.name) in capitals() or name_key(mention.text) in capitals()
        if capital and is_metonym(sentence.text, start, end, listed):
            return None  # (by its own name or as written: "New Delhi" is GeoNames' Delhi)
        return Resolved(as_kind(place, mention.kind_hint), mention)
    # a capital at the start of a sentence says nothing ("Two villages came under fire")
    # a name no gazetteer knows is kept with a kind word, or as one more name of a list of
    # places hit ("in Poonch, including Balakote, Mendhar and Gulpur"), placed by its neighbours
    listed_name = listed and not any(w.lower() in ctx.lower_words for w in run.text.split())
    # (or in a strike role with its country stated: "struck Khiam in southern Lebanon")
    # (or in an area a kind word names after it: "shelled Rajouri in the Jammu region")
    after = run.end - sentence.start
    # (after the list the name opens, too: "struck Ain Baal and Shehabiyeh in south Lebanon")
    last = list_end(sentence.text, after)
    stated = bool(
        nation_after(sentence.text, after)
        or area_after(sentence.text, after)
        or last > after
        and (nation_after(sentence.text, last) or area_after(sentence.text, last))
    ) and bool(
        in_strike_role(sentence.text, start, end) or listed and list_in_role(sentence, found)
    )
    unknown = (
        (unknown_name(run) if listed_name or stated else unknown_place(run))
        if run.start > sentence.start
        else None
    )
    if unknown:
        unknown = in_stated_country(sentence, run, unknown)
    if unknown and ctx.gazetteer.online is not None:
        unknown = geocode_online(ctx, unknown)
    return Resolved(unknown, run) if unknown else None


def list_in_role(sentence: Sentence, found: list[Resolved]) -> bool:
    """The list's name before this one stands in a strike role ("struck Ain Baal and ...")."""
    if not found:
        return False
    head = found[-1].mention
    return in_strike_role(sentence.text, head.start - sentence.start, head.end - sentence.start)


def next_door_hit(ctx: ArticleContext, place: Place, hit: bool) -> bool:
    """A town hit in or next to a country the article names at all (a town of some size: the
    attacker's nationality is weak evidence, "Russian forces shelled Zolota Balka" is no
    Valka in Latvia)."""
    named = ctx.named_countries
    near = place.country in named or bool(neighbours().get(place.country, frozenset()) & named)
    return hit and near and place.population >= SMALL_PLACE


def sentence_regions(ctx: ArticleContext, sentence: Sentence) -> tuple[Place, ...]:
    """The regions a sentence names (Karabakh, Donbas, ...), once per sentence."""
    if not ctx.regions:
        return ()  # (most articles name none)
    return ctx.once(("regions", sentence.index), lambda: tuple(region_anchors_in(sentence.text)))


# A town set right after a place to locate it: "the village of Vilkhivka, east of Kharkiv",
# "Lyptsi near Kharkiv", "a camp 10 km north of El Fasher"
LANDMARK_AFTER = re.compile(
    # ("Paris, a village near Kupiansk": a kind word, then where)
    r",?\s+(?:(?:a|the)\s+(?:small\s+)?(?P<kind>village|town|settlement|hamlet)\s+)?"
    rf"(?:\d+\s*(?:km|kilomet(?:er|re)s|miles)\s+)?{LOCATOR}\s+(?:the\s+)?"
    r"(?:(?:city|town)\s+of\s+)?(?P<town>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)"
)


def small_far(place: Place, landmark: Place, village: bool = False) -> bool:
    """A village far from the town its sentence locates it by: a namesake (a town keeps its own
    name whatever the sentence says, unless the sentence calls it a village: "Paris, a village
    near Kupiansk")."""
    return (village or place.population < SMALL_PLACE) and not close(place, landmark)


def landmark_town(ctx: ArticleContext, found: re.Match[str] | None) -> tuple[Place, ...]:
    """The town a sentence locates a place by, right after it (``found``: LANDMARK_AFTER's
    match there)."""
    if found is None:
        return ()
    key = name_key(found["town"])
    towns = [p for p in ctx.gazetteer.lookup(found["town"]) if p.exact and p.lat == p.lat]
    # (in a country the article is about, under its own name, the bigger)
    best = max(
        towns,
        key=lambda p: (p.country in ctx.countries, name_key(p.name) == key, p.population),
        default=None,
    )
    return (best,) if best is not None else ()


def area_head(run: Mention, mention: Mention) -> bool:
    """The name before an area's own kind word: "Chin" of "Chin State"."""
    return (
        mention.start == run.start and mention.end < run.end and bool(NAMED_AREA.search(run.text))
    )


def area_town(ctx: ArticleContext, mention: Mention, place: Place) -> bool:
    """A town an area may be named for: a district itself, a place in a country the article
    names, or a town whose name opens with the area's, too big to be a mere namesake
    ("Rostov Oblast": Rostov-na-Donu)."""
    if place.kind == "district" or place.country in ctx.countries:
        return True
    named_for = name_key(place.name).startswith(name_key(mention.text))
    return named_for and place.population >= SMALL_PLACE


def stated_country(sentence: Sentence, start: int, end: int, listed: list[Resolved]) -> str | None:
    """The country a sentence sets a name in: before it ("the Lebanese village of X"), before
    the list it closes ("the southern Lebanese villages of Yaroun and Blida"), or after it
    ("Blida in southern Lebanon")."""
    head = listed[0].mention.start - sentence.start if listed else -1
    last = list_end(sentence.text, end)
    return (
        nation_before(sentence.text, start)
        or (nation_before(sentence.text, head) if head >= 0 else None)
        or nation_after(sentence.text, end)
        or (nation_after(sentence.text, last) if last > end else None)
    )


def list_end(text: str, end: int) -> int:
    """Where the list a name opens ends ("Houla and Markaba in southern Lebanon": after
    Markaba), or ``end`` where none goes on."""
    while (item := LIST_REST.match(text, end)) is not None:
        end = item.end()
    return end


def in_stated_country(sentence: Sentence, run: Mention, place: Place) -> Place:
    """A place no gazetteer knows takes the country the sentence sets it in ("the southern
    Lebanese town of Khiam", "the Harran Camp in Syria")."""
    offset = run.start - sentence.start
    country = (
        nation_before(sentence.text, offset)
        or nation_after(sentence.text, offset + len(run.text))
        or opening_nation(sentence.text)
    )
    return replace(place, country=country) if country else place


# "In Burkina Faso, a drone strike on a market in Bidi ...": the country a sentence opens in
OPENING_NATION = re.compile(r"^\W*In\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*,")


def opening_nation(text: str) -> str | None:
    found = OPENING_NATION.match(text)
    return nation_code(found[1]) if found else None


CONTROL = frozenset(CONTROL_WORDS)


def droppable(ctx: ArticleContext, prefix: str) -> bool:
    """Words before a place name that are not part of it: a nationality ("Azeri Ganja",
    "Saudi Arabia's Jazan"), a title, a day, a word of the rules' vocabulary, or a word the
    article also writes in lower case ("Fresh", "Overnight")."""
    if nation_code(POSSESSIVE.sub("", prefix.strip())):
        return True
    for word in WORD.findall(prefix):
        word = POSSESSIVE.sub("", word)  # "Azerbaijan’s Aghdam"
        lower = word.lower()
        if "-" in lower and lower.rsplit("-", 1)[1] in CONTROL:
            continue  # "Russian-occupied Donetsk", "Houthi-controlled Hodeidah"
        if lower in NAME_PARTS or lower.split("-")[0] in NAME_PARTS:
            return False
        if not (
            nation_code(word)
            or lower in TITLE_WORDS
            or lower in CALENDAR
            or lower in VOCABULARY
            or lower in SENTENCE_LEAD_SET
            or lower in ctx.lower_words
        ):
            return False
    return True


def geocode_online(ctx: ArticleContext, place: Place) -> Place:
    """Only on request (--geocoder nominatim): coordinates for a village the gazetteer lacks."""
    country = max(ctx.countries, key=ctx.countries.get, default="")
    point = ctx.gazetteer.online.point(f"{place.name}, {country}" if country else place.name)
    if point is None:
        return place
    return Place(place.name, country, place.kind, point[0], point[1], 0, "online")


def plausible(
    ctx: ArticleContext, sentence: Sentence, mention: Mention, evidence: Evidence
) -> list[Place]:
    """Candidates, minus small places whose name is more likely an ordinary word here.

    A capital letter says little at the start of a sentence or in a Title Case headline,
    and nothing for a word the article also uses in lower case ("Fresh clashes", "Kills").
    """
    places = candidates(ctx.gazetteer, mention)
    if " " in mention.text or not places:
        return places
    hashtag = ctx.text[mention.start - 1 : mention.start] == "#"
    weak = mention.start == sentence.start or ctx.is_title(sentence) or hashtag
    if evidence.cue and not hashtag or evidence.role:
        weak = False  # "Marib was shelled", "shelled #Goranboy": a strike role outweighs it
    if mention.text.lower() in ctx.lower_words:
        weak = True
    floor = SMALL_PLACE if weak else 0
    return [p for p in places if p.source == "curated" or p.population >= floor]


def locate_within(item: Resolved, district: Place) -> Resolved:
    """A village no gazetteer knows takes the centre of the district the text puts it in."""
    place = item.place
    if place.source != "text":
        return item
    located = Place(place.name, district.country, place.kind, district.lat, district.lon, 0,
                    f"within:{district.name}")  # fmt: skip
    return Resolved(located, item.mention)


# "the Abu Shouk camp north of the city": where an unplaced name lies from the city told before
FROM_THE_CITY = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    r"\s+of\s+the\s+(?:city|town|capital)\b"
)


def near_the_city(ctx: ArticleContext, item: Resolved) -> Resolved:
    """An unplaced name that the text puts by "the city" lies by the last town placed before
    it in the article."""
    if item.place.lat == item.place.lat or not FROM_THE_CITY.match(ctx.text, item.mention.end):
        return item
    town = last_town(ctx)
    return located_near(item, town) if town else item


def located_near(item: Resolved, neighbour: Place) -> Resolved:
    place = item.place
    source = place.source if place.source.startswith("within:") else f"near:{neighbour.name}"
    located = Place(
        place.name, neighbour.country, place.kind, neighbour.lat, neighbour.lon, 0, source
    )
    return Resolved(located, item.mention)


def as_kind(place: Place, hint: str | None) -> Place:
    """'Vardenis region' names the district around the town of Vardenis."""
    if hint != "district" or place.kind == "district":
        return place
    return Place(f"{place.name} District", place.country, "district", place.lat, place.lon,
                 place.population, place.source)  # fmt: skip


# "the Hamama School in Gaza City", "Farabi hospital in the border city of Kermanshah"
# "in the border city of", "in": what stands between a site and the town it lies in
TOWN_AFTER = r"\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:city|town|village)\s+of\s+)?$"
SITE_TOWN_GAP = re.compile(rf"^,?\s+(?:in|near|outside){TOWN_AFTER}")
# "struck the Al-Jawni school", "a strike on the Hamama School": what was hit, right after
SITE_HIT_BEFORE = re.compile(
    rf"\b{words((*forms(ATTACK_VERBS, base=True), *STRIKE_NOUNS), plural=True)}"
    r"\s+(?:(?:on|at|against|into)\s+)?(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "... at Hamama School, where 17 were killed": the harm told of the building right after it
WHERE_HARM_AFTER = re.compile(
    # (a verb in the past: not "where two shelling victims were treated")
    rf",\s+where\s+[^.;]{{0,60}}?\b{words((*HARM_PARTICIPLES, *ATTACK_PASTS, 'killing'))}\b"
    # ("On Thursday at the Dalal al-Mughrabi School, a strike killed 15": the scene, set first)
    rf"|,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{words(STRIKE_NOUNS, plural=True)}\s+"
    rf"(?:{words(ATTACK_PASTS)}|killed|wounded|injured)\b"
)
# "the Hamama School", "the Abu Oreiban school": a name with a kind of building hit
SITE_NAME_END = re.compile(rf"\s(?i:{words(NAMED_SITE_NOUNS)})$")
SITE_WORD_AFTER = re.compile(rf"\s+({words(NAMED_SITE_NOUNS)})\b")


def named_site(ctx: ArticleContext, sentence: Sentence, run: Mention) -> Resolved | None:
    """A building with a name of its own in a strike role ("a strike on the Hamama School"),
    that no gazetteer knows: a site of its own, or of the town the story struck last (None
    if the run names no such building)."""
    start, end = run.start - sentence.start, run.end - sentence.start
    if not SITE_NAME_END.search(run.text):
        after = SITE_WORD_AFTER.match(sentence.text, end)
        if after is None:
            return None
        end = after.end()
    if not (
        SITE_HIT_BEFORE.search(sentence.text, max(0, start - 60), start)
        or PASSIVE_AFTER.match(sentence.text[end : end + 60])
        or WHERE_HARM_AFTER.match(sentence.text, end)
    ):
        return None  # (not "the strike billowed through a street near Nasser Hospital")
    name = " ".join(sentence.text[start:end].split())
    if re.search(rf"{re.escape(name)}\s+(?:area\s+)?in\s+(?:the\s+)?[A-Z]", ctx.text):
        return None  # "the Sabreen market in Karari" elsewhere: the town's event
    mention = Mention(name, run.start, sentence.start + end)
    town = last_town(ctx)
    if town is not None:
        # a building of the town the story has struck ("a school in Gaza City ... the
        # al-Tabi'in school"): the town's strike that day (ANNOTATION.md: a building folds
        # into its town)
        return Resolved(town, mention)
    return Resolved(Place(name, "", "site", NAN, NAN, 0, "text"), mention)


NAN = float("nan")
# "a drone attack on Tower 22", "Checkpoint 300": a site named by its kind and its number
NUMBERED_SITE = re.compile(
    rf"(?:^|\s)(?i:{words(NUMBERED_SITE_HEADS)})\s+\d{{1,4}}\b(?![.,:/-]?\d)"
)


def numbered_site(sentence: Sentence, run: Mention) -> Resolved | None:
    """A site a name and a number make ("Tower 22"): a place of its own no gazetteer knows,
    never the town that shares the word ("Tower", Minnesota)."""
    start = run.start - sentence.start
    found = NUMBERED_SITE.match(sentence.text, max(0, start - 1))
    if found is None or run.text.lower() != found[0].split()[0].lower():
        return None
    name = found[0].strip()
    return Resolved(
        Place(name, "", "site", NAN, NAN, 0, "text"),
        Mention(name, run.start, run.start + len(name)),
    )


def last_town(ctx: ArticleContext) -> Place | None:
    """The last town with a point that the article placed as hit so far."""
    return next((p for p in reversed(ctx.near) if p.kind == "settlement" and p.lat == p.lat), None)


def building_named(run: Mention, resolved: Resolved) -> bool:
    """'the Al-Nour School': a building's name whose first words a gazetteer knows only as a
    small place (Navur, Armenia), not a town's building ("the Kharkiv Regional Hospital")."""
    small = resolved.place.source != "curated" and resolved.place.population < SMALL_PLACE
    return small and bool(SITE_NAME_END.search(run.text))


# "the Bazan oil refinery in", "the Belbek air base in the city of": a building's or a
# base's own words after its name, then the town it lies in (not a camp's: "the Zamzam camp
# near El Fasher" is a place of its own)
SITE_THEN_TOWN = re.compile(
    rf"(?:\s+{words((*FACILITY_MODIFIERS, *SITE_MODIFIERS))}){{0,3}}"
    rf"\s+{words((*FACILITY_NOUNS, *BASE_NOUNS))},?\s+in{TOWN_AFTER}"
)


def site_in_town(ctx: ArticleContext, last: Resolved, town: Resolved) -> bool:
    """'the Hamama School in Gaza City', 'the Bazan oil refinery in Haifa' (a name no
    gazetteer places, its site's words after it): the site lies in the town named next."""
    gap = ctx.text[last.mention.end : town.mention.start]
    if is_named_site(last):
        return bool(SITE_TOWN_GAP.match(gap))
    return last.place.source == "text" and bool(SITE_THEN_TOWN.match(gap))


def is_named_site(item: Resolved) -> bool:
    """A site read by ``named_site`` (no gazetteer's)."""
    return item.place.kind == "site" and item.place.source.startswith(("text", "near:"))


def named_people(ctx: ArticleContext) -> frozenset[str]:
    """The people the article names with a title ("military chief Mohammed Deif"), by their
    whole name and their surname: never a place, wherever it stands (once per article)."""

    def find() -> frozenset[str]:
        names = [m["name"] for m in TITLED_PERSON.finditer(ctx.text) if m["name"]]
        return frozenset(part for name in names for part in (name, name.split()[-1]))

    return ctx.once("named people", find)


def unknown_place(run: Mention) -> Place | None:
    """'the village of Safarli' that no gazetteer knows: keep the name, no coordinates."""
    return unknown_name(run) if run.kind_hint else None


def unknown_name(run: Mention) -> Place | None:
    """A name no gazetteer knows, as a place without coordinates (None if it cannot be one)."""
    words = run.text.split()
    # (a short word may end a longer name: "Kyauk Kyi", "Nam Hka"; a title is no name:
    # "targeting Vardenis, Spokesperson of the Defense Ministry ...")
    if (
        len(words) > 3
        or any(is_title_word(w) for w in words)
        or any(
            not (is_place_word(w) or i > 0 and len(w) <= 3 and w.isalpha() and w[:1].isupper())
            for i, w in enumerate(words)
        )
    ):
        return None
    kind = run.kind_hint or "settlement"
    named = kind != "district" or NAMED_AREA.search(run.text)  # "Kawkareik Township"
    name = run.text if named else f"{run.text} District"
    return Place(name, "", kind, float("nan"), float("nan"), 0, "text")


# "the villages of Sotk, Verin Shorzha and Kut in Gegharkunik": villages the article places in
# an area, which a later bare mention ("Kut was directly targeted") names again
INTRODUCED = re.compile(
    r"\b(?:villages?|towns?|settlements?|communities|community)\s+of\s+"
    r"(?P<names>(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:,\s*|,?\s+and\s+))*"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+in\s+(?:the\s+)?"
    r"(?P<area>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
NAMES_SPLIT = re.compile(r",\s*(?:and\s+)?|,?\s+and\s+")


def introduced_place(ctx: ArticleContext, sentence: Sentence, run: Mention) -> Resolved | None:
    """A bare name the article placed before as a village of an area: that village."""
    if run.kind_hint:
        return None
    found = ctx.once("introduced", lambda: introduced_villages(ctx)).get(name_key(run.text))
    return Resolved(found[0], run) if found and found[1] < sentence.start else None


def introduced_villages(ctx: ArticleContext) -> dict[str, tuple[Place, int]]:
    """Each village the article names as one of an area's, placed there (a namesake in the
    area, else the area's centre), with where it is first named."""
    out: dict[str, tuple[Place, int]] = {}
    for match in INTRODUCED.finditer(ctx.text) if " of " in ctx.text else ():
        areas = candidates(ctx.gazetteer, Mention(match["area"], 0, 0, "district"))
        # (a district, else the town it is named for: "in Idlib province" is at Idlib)
        areas = sorted((a for a in areas if a.lat == a.lat), key=lambda a: a.kind != "district")
        area = areas[0] if areas else None
        if area is None:
            continue
        for name in NAMES_SPLIT.split(match["names"]):
            near = [
                p for p in candidates(ctx.gazetteer, Mention(name, 0, 0))
                if close(p, area, AREA_DEGREES)
            ]  # fmt: skip
            place = (
                near[0]
                if near
                else Place(
                    name, area.country, "settlement", area.lat, area.lon, 0, f"within:{area.name}"
                )
            )
            out.setdefault(name_key(name), (place, match.start()))
    return out


def opening_city(
    ctx: ArticleContext, sentence: Sentence, found: list[Resolved], resolved: Resolved
) -> bool:
    """The sentence opens on a city ("In El Fasher, ..."), and the place hit after lies
    near it: the city is the scene, not a place hit."""
    if len(found) != 1 or found[0].place.kind != "settlement" or resolved.place.kind == "district":
        return False
    city = found[0]
    before = sentence.text[: city.mention.start - sentence.start]
    return (
        bool(SETTING_BEFORE.match(before))
        and ctx.text.startswith(",", city.mention.end)
        # (not where the city is hit too: "... the Abu Shouk camp and a market in the city")
        and not THE_PLACE.search(sentence.text)
        and resolved.place != city.place
        and (
            resolved.place.lat != resolved.place.lat  # (unplaced: near the city, it sets)
            # (a part of the city folds into the city's event: "In Gaza City, ... the Al-Shati
            # camp"; a town near it is hit itself)
            or close(city.place, resolved.place, DISTRICT_DEGREES)
            and not within_reach(city.place, resolved.place)
        )
    )


def opening_setting(
    ctx: ArticleContext, sentence: Sentence, found: list[Resolved]
) -> Resolved | None:
    """The area the sentence opens on, if its first place is a district or a town's area."""
    if not found or found[0].place.lat != found[0].place.lat:
        return None
    first = found[0]
    area = first.place.kind == "district" or ctx.text.startswith(" area", first.mention.end)
    before = sentence.text[: first.mention.start - sentence.start]
    return first if area and SETTING_BEFORE.match(before) else None


def is_title_word(word: str) -> bool:
    """A person's title ("Spokesperson", "Governor"), not a name's prefix ("Sheikh Radwan")."""
    lower = word.lower().rstrip(".")
    return lower in TITLES and lower not in NAME_PREFIXES


LIST_JOIN = re.compile(r"(?:,|\band)\s*$")  # a list's next name, not "X (Y)" or "X/Y"


def unique(found: list[Resolved], text: str) -> list[Resolved]:
    """Each place once; a second name in a list that the gazetteer gives the same place under
    another of its names is a neighbour it does not know ("the Artsvanik and Yeritsvank
    communities": two villages, though one is an old name of the other). Names the curated
    table gives one place ("Stepanakert (Khankendi)") stay one."""
    seen: dict[Place, str] = {}
    out = []
    for item in found:
        key = name_key(item.mention.text)
        if item.place not in seen:
            seen[item.place] = key
            out.append(item)
        elif (
            key != seen[item.place]
            and key != name_key(item.place.name)
            and item.place.source != "curated"
            and LIST_JOIN.search(text, 0, item.mention.start)
        ):
            unknown = unknown_name(item.mention)
            out.extend(
                [located_near(Resolved(unknown, item.mention), item.place)] if unknown else []
            )
    return out
