"""Merging mentions: one draft event per (place, day) from the places each sentence names."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .dates import DateMention
from .dating import STRENGTH
from .gazetteer import Gazetteer, Place
from .geo import distance_km
from .lexicon import (
    AREA_KINDS,
    BEARING_WORDS,
    BUILDING_ANAPHORS,
    CITY_PARTS,
    SETTLEMENT_PREFIXES,
    STRIKE_NOUNS,
    UNNAMED_SETTLEMENT_KINDS,
    WEAPON_NAMES,
    words,
)
from .names import name_key
from .places import (
    ANCHOR_CITY_KEYS,
    CITY,
    DISTRICT_DEGREES,
    LOCATOR,
    SEAT_TITLE_AFTER,
    Resolved,
    close,
    is_container,
    within_reach,
)
from .sentences import Sentence, is_headline


@dataclass
class Target:
    """One place named as hit in one sentence."""

    resolved: Resolved
    sentence: Sentence
    date: DateMention | None
    basis: str | None

    @property
    def day(self) -> dt.date | None:
        return self.date.date if self.date else None


@dataclass
class Draft:
    place: Place
    targets: list[Target] = field(default_factory=list)
    date: DateMention | None = None
    basis: str | None = None
    # sentences of a district joined as the one place it holds: read after the place's own
    borrowed: set[int] = field(default_factory=set)

    @property
    def day(self) -> dt.date | None:
        return self.date.date if self.date else None


def absorb(drafts: list[Draft], gazetteer: Gazetteer | None = None) -> list[Draft]:
    """The drafts that stand as events of their own: a district hit on the day a place inside
    it was hit is that place's event ("shelling in the Aghdam region ... the villages of X and Y
    of the Aghdam region"); a district of a city struck that day joins the city's event, its
    mentions (counts, sources) with it."""
    kept = []
    swallowed: set[int] = set()
    joined: dict[int, Draft] = {}
    for draft in drafts:
        host = absorber(draft, drafts, gazetteer)
        while host is not None and id(host) in joined:
            host = joined[id(host)]  # (a draft that joined another: the one it joined)
        if host is draft:
            host = None  # (two that would take each other in: one stands, no event lost)
        if host is not None and headline_town_of(draft, host):
            # "Drone attack on Kursk" over "drones attacked the Kursk region": the region's
            draft.targets[:0] = host.targets
            swallowed.add(id(host))
            host = None
        if host is not None and draft.place.kind != "district" and host.place.kind == "district":
            # (two that would take each other in keep the town: no event lost)
            host = None if absorber(host, drafts, gazetteer) is draft else host
        if host is None:
            kept.append(draft)
        elif (
            city_district(draft.place, host.place)
            or draft.place.kind != "district"
            or tells_more(draft, host)
            or city_part(draft, host)
            or named_for(draft.place, host.place)
        ):
            host.targets.extend(draft.targets)
            joined[id(draft)] = host
        elif host.place.kind != "district" and sole_place(draft, host, drafts, gazetteer):
            host.borrowed |= {t.sentence.index for t in draft.targets} - {
                t.sentence.index for t in host.targets
            }
            host.targets.extend(draft.targets)
            joined[id(draft)] = host
    kept = [draft for draft in kept if id(draft) not in swallowed]
    return headlines_follow(kept, drafts, gazetteer)


def headline_town_of(region: Draft, town: Draft) -> bool:
    """A town only a headline names, by the name the body gives a region struck that day."""
    return (
        region.place.kind == "district" and town.place.kind != "district"
        and headline_only(town) and not headline_only(region)
        and name_key(region.targets[0].resolved.mention.text)
        == name_key(town.targets[0].resolved.mention.text)
    )  # fmt: skip


def sole_place(
    district: Draft, host: Draft, drafts: list[Draft], gazetteer: Gazetteer | None
) -> bool:
    """The one place the article puts in a district struck that day ("A drone strike on a bus
    in the Amhara region killed 30 ... near the town of Debre Markos"): the district's strike,
    its counts and sources with it."""
    return not any(
        other is not host and other is not district
        and other.place.kind != "district"
        and not headline_only(other)  # (a headline's town is no place the body tells of)
        and (None in (other.day, district.day) or other.day == district.day)
        and (close(other.place, district.place, DISTRICT_DEGREES)
             or in_named_area(gazetteer, other.place, district.place))
        for other in drafts
    )  # fmt: skip


def named_for(district: Place, town: Place) -> bool:
    """A district named for the town it holds ("Poonch district accounted for all 13 deaths"
    on the day Poonch is shelled): the town's mentions, counts and sources with them."""
    return name_key(DISTRICT_WORD.sub("", district.name)) == name_key(town.name)


DISTRICT_WORD = re.compile(r"\s+District$")


def region_headline(drafts: list[Draft], body: str) -> list[Draft]:
    """A headline's place the body names only as a region ("... kills 33 in Gaza" over "a
    strike in central Gaza ... The strike hit the school in the Nuseirat camp"): the one place
    the body puts in it that day takes its event."""
    out = list(drafts)
    for draft in drafts:
        if not headline_only(draft):
            continue
        name = draft.targets[0].resolved.mention.text
        # ("central Gaza", "the Gaza Strip", "Idlib province")
        as_region = re.compile(
            rf"\b(?i:{words(BEARING_WORDS)})\s+{re.escape(name)}\b"
            rf"|\b{re.escape(name)}\s+(?i:strip|{words(AREA_KINDS)})\b"
        )
        told = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", body)]
        if not told or not all(
            as_region.search(body, max(0, at - 30), at + len(name) + 20) for at in told
        ):
            continue
        inside = [
            d for d in out
            if d is not draft and not headline_only(d) and draft.day in (d.day, None)
            and close(d.place, draft.place, DISTRICT_DEGREES)
        ]  # fmt: skip
        if len(inside) == 1:
            inside[0].targets.extend(draft.targets)
            out.remove(draft)
    return out


def headlines_follow(
    kept: list[Draft], drafts: list[Draft], gazetteer: Gazetteer | None = None
) -> list[Draft]:
    """A headline's place named as a region the body placed in a village ("... kills one in
    Belgorod" over "in Russia's Belgorod region ... the drone hit the village of X") is that
    village's event."""
    hosts = {}
    for draft in drafts:
        if draft not in kept and draft.place.kind == "district":
            first = draft.targets[0]
            host = next((d for d in kept if any(t is first for t in d.targets)), None)
            for target in draft.targets if host else ():
                hosts[(name_key(target.resolved.mention.text), draft.day)] = host
    out = []
    for draft in kept:
        key = (name_key(draft.targets[0].resolved.mention.text), draft.day)
        host = (
            hosts.get(key)
            or town_in_region(draft, kept)
            or located_by(draft, kept)
            or longer_name(draft, kept)
            or city_of_its_part(draft, kept)
            or town_of_the_region(draft, kept, gazetteer)
            or town_of_its_name(draft, kept)
            or near_the_body(draft, kept)
            if headline_only(draft)
            else None
        )
        if host is None or host is draft:
            out.append(draft)
        else:
            host.targets.extend(draft.targets)
    return out


HEADLINE_REACH_KM = 25  # a headline's city this close to the body's place names its area


def near_the_body(draft: Draft, kept: list[Draft]) -> Draft | None:
    """A headline's city near the one place the body tells of a strike on that day, a town
    the headline does not name ("Drone strike hits Tel Aviv suburb" over "A drone struck a
    house in Holon"): that town's event (the most specific place hit)."""
    place = draft.place
    found = [
        d for d in kept
        if d is not draft and not headline_only(d) and draft.day in (d.day, None)
        # (over the body: a last line cut short is no headline)
        and draft.targets[0].sentence.index < d.targets[0].sentence.index
        and place.lat == place.lat and d.place.lat == d.place.lat
        and distance_km((place.lat, place.lon), (d.place.lat, d.place.lon)) <= HEADLINE_REACH_KM
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


# "the village of Tsyrkuny, north of Kharkiv", "a camp near El Fasher": a place located by a town
LOCATOR_BEFORE = re.compile(
    rf"\b{LOCATOR}\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE
)


def located_by(draft: Draft, kept: list[Draft]) -> Draft | None:
    """A headline's town that the body names only to locate the place it hit ("Russian strike
    kills three near Kharkiv" over "hit the village of Tsyrkuny, north of Kharkiv"; "Armenia
    shelled Nakhchivan village" over "opened fire on the village of Kerimbeyli in Nakhchivan";
    "Drone attack on Belgorod" over "Belgorod governor Vyacheslav Gladkov said a drone attacked
    a car in the village of X", the town's official the speaker): that place's event, the same
    day."""
    name = draft.targets[0].resolved.mention.text
    found = [
        d for d in kept
        if d is not draft and not headline_only(d) and d.day == draft.day
        and any(
            LOCATOR_BEFORE.search(t.sentence.text, 0, at) or holds(t, at)
            or SEAT_TITLE_AFTER.match(t.sentence.text, at + len(name))
            for t in d.targets
            for at in occurrences(t.sentence.text, name)
        )
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def longer_name(draft: Draft, kept: list[Draft]) -> Draft | None:
    """A headline's city that the body names in full as one of its parts, close by ("Shelling
    in Khartoum" over "shelling hit the neighbourhoods of Khartoum North"): that part's event,
    the same day."""
    name = draft.targets[0].resolved.mention.text
    found = [
        d for d in kept
        if d is not draft and not headline_only(d) and d.day == draft.day
        and d.targets[0].resolved.mention.text.startswith(f"{name} ")
        and close(d.place, draft.place, PART_DEGREES)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


PART_DEGREES = 0.3  # how far a part named for its city may lie from the city's point


def city_of_its_part(draft: Draft, kept: list[Draft]) -> Draft | None:
    """A headline's place that the body names a part of the city it hit ("RSF shelling of
    Mayo" over "shells landed on homes in the Mayo neighbourhood of southern Khartoum"): the
    city's event, the same day."""
    name = draft.targets[0].resolved.mention.text
    part = re.compile(rf"\b{re.escape(name)}\s+(?i:{words(CITY_PARTS)})\b")
    found = [
        d for d in kept
        if d is not draft and not headline_only(d) and draft.day in (d.day, None)
        and any(part.search(t.sentence.text) for t in d.targets)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def town_of_the_region(
    draft: Draft, kept: list[Draft], gazetteer: Gazetteer | None = None
) -> Draft | None:
    """A headline's region, or a name that stands for a region as well as its city, which the
    body places in one town of it ("Strike on Gaza school" over "a strike on a school in
    Nuseirat"; "Jets bomb Kachin mining town" over "a strike on a town in Hpakant township";
    "Syrian army shells Idlib" over "shelled Kafr Nabl", in Idlib province): that town's
    event, the same day."""
    region = draft.place.kind == "district"
    anchor = name_key(draft.targets[0].resolved.mention.text) in ANCHOR_CITY_KEYS
    found = [
        d for d in kept
        if d is not draft and not headline_only(d) and draft.day in (d.day, None)
        and d.place.country == draft.place.country
        and close(d.place, draft.place, DISTRICT_DEGREES)
        and (region or anchor or in_named_area(gazetteer, d.place, draft.place))
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


# "Kachin jade mining town", "Kherson region village": a town the name is the area of
AREA_TOWN_AFTER = re.compile(
    rf"(?:\s+(?:region|province|state|oblast))?\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"{words(UNNAMED_SETTLEMENT_KINDS, plural=True)}\b"
)


def town_of_its_name(draft: Draft, kept: list[Draft]) -> Draft | None:
    """A headline's "<name> town", the town unnamed ("Air strike on Kachin mining town kills
    eight" over "an air strike on the town of Hpakant"): the one town the body tells of a
    strike on that day."""
    target = draft.targets[0]
    end = target.resolved.mention.end - target.sentence.start
    if not AREA_TOWN_AFTER.match(target.sentence.text, end):
        return None
    found = [
        d for d in kept
        if d is not draft and not headline_only(d) and draft.day in (d.day, None)
        and d.place.kind != "district"
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def holds(target: Target, at: int) -> bool:
    """The name at ``at`` follows the target's own place as the area holding it ("the
    village of Kerimbeyli in Nakhchivan")."""
    return is_container(target.sentence.text, at, [target.resolved], target.sentence.start)


def occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` starts in ``text``, as a whole word."""
    return [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]


def town_in_region(draft: Draft, kept: list[Draft]) -> Draft | None:
    """A headline's region whose strike the body places in one town it names the region for
    ("Ethiopian drone strike kills civilians in Amhara" over "... struck a bus station in the
    town of Bure in Ethiopia's Amhara region"): that town's event."""
    name = draft.targets[0].resolved.mention.text
    as_area = re.compile(rf"\b{re.escape(name)}\s+(?i:{words(AREA_KINDS)})\b")
    towns = [
        d for d in kept
        if d is not draft and d.place.kind != "district" and not headline_only(d)
        and d.place.country == (draft.place.country or d.place.country)  # (or none known)
        and any(
            # (the body calls the name an area: whatever the headline's name resolved to)
            (draft.place.kind == "district" and name in t.sentence.text
             and close(d.place, draft.place, DISTRICT_DEGREES))
            or as_area.search(t.sentence.text)
            for t in d.targets
        )
    ]  # fmt: skip
    return towns[0] if len(towns) == 1 else None


def absorber(draft: Draft, drafts: list[Draft], gazetteer: Gazetteer | None = None) -> Draft | None:
    """The draft whose event a district draft belongs to, if any (see ``absorb``)."""
    if draft.place.kind != "district":
        return city_of(draft, drafts) or village_it_sets(draft, drafts, gazetteer)
    # a city's own district ("In the Holosiivskyi district, debris injured four" on the day
    # Kyiv is struck): the city's event
    city = next((other for other in drafts if other is not draft and city_part(draft, other)), None)
    if city is not None:
        return city
    # the place whose sentence retells the region's strike first, then any other
    retelling = {id(d) for d in drafts if tells_more(draft, d)}
    # (a place the body tells of before one only a headline names: "Junta airstrike kills
    # villagers in Sagaing" over "... a village in the Sagaing region ... on Tar Taing village")
    for other in sorted(drafts, key=lambda d: (id(d) not in retelling, headline_only(d))):
        retold = id(other) in retelling
        if (
            other is draft
            # (a district in the district a sentence opens on: "In Magway Region, ... in Pauk
            # Township" is the township's)
            or other.place.kind == "district"
            and not sets_the_scene(draft, other)
            or None not in (draft.day, other.day)
            and draft.day != other.day
        ):
            continue
        # a headline's region holds the body's village ("Drone attack in Rostov Oblast"), and
        # so does a region whose strike the next sentence places ("The drone hit the village")
        degrees = (
            RETOLD_DEGREES if retold
            else DISTRICT_DEGREES if headline_only(draft) or sets_the_scene(draft, other)
            else 0.2
        )  # fmt: skip
        inside = (
            other.place.source == f"within:{draft.place.name}"
            or close(other.place, draft.place, degrees)
            and not other_areas(gazetteer, other.place, draft.place)
            # ("12 settlements in the Zaporizhzhia region, including Huliaipole": the index
            # puts the town in the region, 90 km from its centre; not an area of a list told
            # apart from the town: "Strikes hit villages around Nabatieh, Tyre and Baalbek. In
            # the town of Bint Jbeil, ...")
            or in_named_area(gazetteer, other.place, draft.place)
            and (retold or not among_areas(draft, other, drafts))
        )
        if inside or city_district(draft.place, other.place):
            return other
        abroad = namesake_abroad(other, draft)
        if abroad or other.place.lat != other.place.lat and retold:
            # "... in the Sagaing region. The strike on Pazigyi village ...": a village no
            # gazetteer knows, placed in the region whose strike its sentence retells (or one
            # it knows only abroad: "... in the Belgorod region. ... a drone hit a house in
            # the village of Dubovoye" is no Dubove in Ukraine)
            name = other.targets[0].resolved.mention.text if abroad else other.place.name
            other.place = replace(other.place, name=name, country=draft.place.country,
                                  lat=draft.place.lat, lon=draft.place.lon,
                                  source=f"within:{draft.place.name}")  # fmt: skip
            return other
    return None


def among_areas(area: Draft, other: Draft, drafts: list[Draft]) -> bool:
    """The area is one of several its sentences list, none in the other place's sentences."""
    told = {t.sentence.index for t in area.targets}
    listed = any(
        d is not area
        and d.place.kind == "district"
        and told & {t.sentence.index for t in d.targets}
        for d in drafts
    )
    return listed and not told & {t.sentence.index for t in other.targets}


def namesake_abroad(village: Draft, region: Draft) -> bool:
    """A village named in the region's sentence or the next, that the gazetteer knows only as
    a small place far off in another country."""
    place, area = village.place, region.place
    if not (place.source.startswith("geonames") and place.population < SMALL_VILLAGE):
        return False
    if place.country == area.country or close(place, area, RETOLD_DEGREES):
        return False
    named = any(t.resolved.mention.kind_hint == "settlement" for t in village.targets)
    told = {t.sentence.index for t in region.targets}
    return named and any({t.sentence.index, t.sentence.index - 1} & told for t in village.targets)


SMALL_VILLAGE = 5_000  # a place this small abroad is a namesake of a village in the region


# "In the Kharkiv region, a drone hit the village of Zolochiv": the area a sentence opens on
# "In the Kharkiv region, ...", "In the eastern Bekaa Valley, ...": the area a sentence opens on
SETTING_BEFORE = re.compile(
    rf"^\W*In\s+(?:the\s+)?(?:neighbou?ring\s+|{words(BEARING_WORDS)}\s+)?$", re.IGNORECASE
)


def village_it_sets(draft: Draft, drafts: list[Draft], gazetteer: Gazetteer | None) -> Draft | None:
    """A city named only to open the sentence that tells of a village or town of its region
    ("In Belgorod, a drone hit a car in the village of Shebekino"): the region's city, the
    village's strike."""
    for other in drafts:
        if (
            other is not draft and named_a_settlement(other)
            and sets_the_scene(draft, other)
            and all(SETTING_BEFORE.match(scene_before(t)) for t in draft.targets)
            and in_named_area(gazetteer, other.place, draft.place)
        ):  # fmt: skip
            return other
    return None


def scene_before(target: Target) -> str:
    """The words of the target's sentence before its place."""
    return target.sentence.text[: target.resolved.mention.start - target.sentence.start]


def sets_the_scene(draft: Draft, other: Draft) -> bool:
    """The district opens the sentence that tells of the other place's strike, as its
    setting ("In the Kharkiv region, a drone hit the village of Zolochiv")."""
    for target in draft.targets:
        sentence = target.sentence
        if SETTING_BEFORE.match(scene_before(target)) and any(
            t.sentence is sentence for t in other.targets
        ):
            return True
    return False


def in_named_area(gazetteer: Gazetteer | None, place: Place, district: Place) -> bool:
    """The index puts the place in the first-level area the district is ("Huliaipole" in
    Zaporizhzhia, the Zaporizhzhia Oblast)."""
    if gazetteer is None or place.lat != place.lat:
        return False
    area = gazetteer.admin(place.lat, place.lon)[0]
    if not area:
        return False
    # (by the name's first word: "Kharkiv Oblast" is the index's "Kharkivs'ka Oblast'")
    stem, key = name_key(district.name.split()[0]), name_key(area)
    return len(stem) >= MIN_STEM and (key.startswith(stem) or stem.startswith(key))


MIN_STEM = 4  # letters of an area's first word enough to know it by ("Ad" of "Ad Dali" is not)


def other_areas(gazetteer: Gazetteer | None, place: Place, district: Place) -> bool:
    """The place lies in another first-level area than the district's centre, as the index
    knows them (Aghdam town is no part of the Khojavend district, 20 km away)."""
    if gazetteer is None:
        return False
    one, two = (
        gazetteer.admin(place.lat, place.lon)[0],
        gazetteer.admin(district.lat, district.lon)[0],
    )
    return bool(one and two) and name_key(one) != name_key(two)


# "The drone hit the village of X": a sentence that opens on the strike just told places it.
STRIKE_RETOLD = re.compile(
    # (after a speaker's lead too: "Gladkov, writing on Telegram, said the drone hit ...")
    rf"(?:^\W*|,\s+|\bsaid\s+)(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[\w-]+\s+)?{words((*STRIKE_NOUNS, *WEAPON_NAMES), plural=True)}"
    r"\s+(?:(?:also\s+)?(?:hit|struck|landed|exploded|fell|damaged|destroyed|targeted|dropped"
    r"|fired|bombed|shelled|slammed\s+into|crashed\s+into)\b"
    # "The attack on Pazigyi village came as ...": the strike just told, placed
    r"|on\s+(?:the\s+)?(?:(?:village|town|city|camp)\s+of\s+)?[A-Z])"
)


# "As a result, two civilians were killed in the village of X": the harm of the strike told
RESULT_LEAD = re.compile(r"^\W*As\s+a\s+(?:result|consequence)\b(?!\s+of\b)")
RETOLD_DEGREES = 3.0  # a region the next sentence's place lies in is at most this wide


def tells_more(region: Draft, place: Draft) -> bool:
    """The place's sentence follows the region's and opens on the strike the region's told
    ("A drone attack killed one in the Belgorod region. The drone hit the village of X")."""
    told = {t.sentence.index: t.sentence.text for t in region.targets}
    return place.place.country in (region.place.country, "") and any(
        t.sentence.index - 1 in told
        and (
            STRIKE_RETOLD.search(t.sentence.text)
            or RESULT_LEAD.match(t.sentence.text)
            or same_building(told[t.sentence.index - 1], t.sentence.text)
            or settlement_named(told[t.sentence.index - 1], t)
        )
        for t in place.targets
    )


# "killed 25 in a village in Rakhine state ... Jets bombed Thar Dar village": the village
# told before, named
A_SETTLEMENT = re.compile(
    rf"\ban?\s+(?:[\w-]+\s+)?({words(UNNAMED_SETTLEMENT_KINDS)})\s+(?:in|of|near)\b", re.I
)


def settlement_named(told: str, target: Target) -> bool:
    """The target is named a village (town, camp) where the sentence before told of a strike
    on a village it did not name."""
    kinds = {m[1].lower() for m in A_SETTLEMENT.finditer(told)}
    if not kinds:
        return False
    text, mention = target.sentence.text, target.resolved.mention
    start = mention.start - target.sentence.start
    around = (
        text[max(0, start - 16) : start]
        + text[start + len(mention.text) : start + len(mention.text) + 10]
    )
    return bool(kinds & set(re.findall(r"\w+", around.lower())))


# "An airstrike hit a monastery in Sagaing region ... A jet dropped two bombs on the
# monastery in Let Pan Hla village": the building told before, placed
A_BUILDING = re.compile(rf"\ban?\s+(?:[\w-]+\s+)?({words(BUILDING_ANAPHORS)})\b", re.IGNORECASE)
THE_BUILDING = re.compile(rf"\bthe\s+(?:[\w-]+\s+)?({words(BUILDING_ANAPHORS)})\b", re.IGNORECASE)


def same_building(told: str, text: str) -> bool:
    """The sentence names as "the monastery" a building the sentence before named as "a
    monastery"."""
    named = {m[1].lower() for m in A_BUILDING.finditer(told)}
    return bool(named) and any(m[1].lower() in named for m in THE_BUILDING.finditer(text))


def headline_only(draft: Draft) -> bool:
    return all(is_headline(t.sentence.text) for t in draft.targets)


CITY_PART_KM = 5  # a place this close to a city struck the same day is part of it
CITY_SHARE = 5  # ... and the city this many times its population


def locate_alike(drafts: list[Draft]) -> list[Draft]:
    """A village no gazetteer knows, struck on two days and located only in one story
    ("the Wadi Sabra refugee camp, south of Tubas"): both events take that location."""
    located = {name_key(d.place.name): d.place for d in drafts if d.place.lat == d.place.lat}
    for draft in drafts:
        place = located.get(name_key(draft.place.name))
        if draft.place.lat != draft.place.lat and place is not None and from_text(place):
            draft.place = place
    return drafts


def city_of(draft: Draft, drafts: list[Draft]) -> Draft | None:
    """'a building in the Kyivskyi district' (a section of Kharkiv in GeoNames) on the day
    Kharkiv is struck: the city's event (ANNOTATION.md: a part of a city folds into it)."""
    place = draft.place
    if from_text(place) or place.lat != place.lat or named_a_settlement(draft):
        return None
    for other in drafts:
        city = other.place
        if (
            other is not draft and city.population >= CITY
            and city.kind != "district"  # (an area is no city a town is part of)
            # (or named a part: "the Shejaiya neighbourhood" of Gaza City, however many live there;
            # or set in the city: "In Gaza City, an air strike ... in the Al-Shati camp")
            and (
                city.population >= CITY_SHARE * place.population
                # (a part is smaller than its city: "Tel Aviv suburb" is no part of Holon)
                or named_part(draft) and city.population > place.population
                or sets_the_scene(other, draft)
            )
            and not from_text(city)
            and other.day == draft.day
            and distance_km((city.lat, city.lon), (place.lat, place.lon)) <= CITY_PART_KM
        ):  # fmt: skip
            return other
    return None


# "the village of Oktyabrsky", "the town of Hadrut": a settlement of its own, no part of a city
SETTLEMENT_OF_BEFORE = re.compile(rf"\b{words(SETTLEMENT_PREFIXES)}\s+of\s+$", re.IGNORECASE)


def named_a_settlement(draft: Draft) -> bool:
    """The text names the place a village or town of its own ("the village of X")."""
    return any(
        settlement_named_at(t.sentence.text, t.resolved.mention.start - t.sentence.start)
        for t in draft.targets
    )


def settlement_named_at(text: str, at: int) -> bool:
    """'the village of', 'the town of' right before position ``at``."""
    return SETTLEMENT_OF_BEFORE.search(text, max(0, at - SETTLEMENT_OF_REACH), at) is not None


SETTLEMENT_OF_REACH = 20


PART_WORD_AFTER = re.compile(rf"\s+{words(CITY_PARTS)}\b", re.IGNORECASE)


def named_part(draft: Draft) -> bool:
    """The text names the place a part of a city ("the Shejaiya neighbourhood")."""
    return any(
        PART_WORD_AFTER.match(t.sentence.text, t.resolved.mention.end - t.sentence.start)
        for t in draft.targets
        if same_place_as(t.resolved.place, draft.place)  # (not a place that joined it)
    )


def city_part(draft: Draft, host: Draft) -> bool:
    """'the Mezzeh district' on the day Damascus is struck: a part of the city, whose
    mentions join its event (not the city's own region, "the Vinnytsia region")."""
    own_region = name_key(draft.place.name).startswith(name_key(host.place.name))
    if own_region or from_text(draft.place) or draft.place.lat != draft.place.lat:
        return False
    city, part = host.place, draft.place
    return (
        city.population >= CITY and city.population >= CITY_SHARE * part.population
        and (draft.day is None or host.day is None or draft.day == host.day)
        # (a city district's centre may lie farther out than a town's part: "the
        # Kuibyshevsky district" of Donetsk, 5 km from its centre)
        and within_reach(city, part)
    )  # fmt: skip


def city_district(district: Place, other: Place) -> bool:
    """'the Saltivskyi district' known only from the text, in a story of a strike on Kharkiv
    that day: a district of that city, not a place of its own."""
    unplaced = district.lat != district.lat
    return unplaced and from_text(district) and other.population >= CITY


def same_place_as(a: Place, b: Place) -> bool:
    """Gazetteer entries compare whole; names known only from the text compare by name."""
    if from_text(a) or from_text(b):
        return name_key(a.name) == name_key(b.name)
    return a == b


def from_text(place: Place) -> bool:
    return place.source == "text" or place.source.startswith(("within:", "near:", "online"))


def merge(drafts: list[Draft], target: Target) -> None:
    """One event per (place, day): a mention that does not fix another day joins the
    place's event, and a firmer date replaces a weaker one."""
    place = target.resolved.place
    for draft in (d for d in drafts if same_place_as(d.place, place)):
        both_explicit = target.basis == draft.basis == "explicit"
        if both_explicit and draft.day != target.day:
            continue
        draft.targets.append(target)
        if STRENGTH.get(target.basis, 0) > STRENGTH.get(draft.basis, 0):
            draft.date, draft.basis = target.date, target.basis
        if draft.place.lat != draft.place.lat:
            draft.place = place  # a located mention of the same village
        return
    drafts.append(Draft(place, [target], target.date, target.basis))
