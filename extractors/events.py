"""The pipeline: article -> sentences -> strike mentions -> events with their fields."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from conflict_extract.actors import find_actor, find_deniers
from conflict_extract.casualties import Count, find_counts
from conflict_extract.dates import DateMention, find_dates
from conflict_extract.gazetteer import Gazetteer, Place, capitals, default_gazetteer
from conflict_extract.model import Event
from conflict_extract.names import name_key
from conflict_extract.places import (
    LIST_GAP,
    WORD,
    Mention,
    Resolved,
    candidates,
    choose,
    close,
    context_countries,
    is_container,
    is_metonym,
    is_non_target_position,
    is_person,
    is_place_word,
    name_runs,
    region_anchors_in,
    sub_runs,
)
from conflict_extract.read import Article
from conflict_extract.sentences import Sentence, split_sentences
from conflict_extract.sources import Attribution, find_sources
from conflict_extract.strikes import is_caption, is_strike_sentence, is_war_summary
from conflict_extract.weapons import nearest_weapon, weapons_in

LEDE_SENTENCES = 3
SMALL_PLACE = 20_000
TITLE_SHARE = 0.6
FOLLOW_SENTENCES = 2
NARRATIVE = "implied-by-narrative"  # reported as "implied"
# A strike under way as the article is written: "are being shelled", "are under fire now".
ONGOING = re.compile(
    r"\b(?:(?:is|are|were|was) (?:being )?(?:shell|bomb|target|attack|hit|pound|strik)\w*"
    r"|(?:is|are) (?:under|coming under)|continues? to (?:shell|bomb|target|strike|attack|pound)"
    r"|(?:has|have) (?:come|been) under)\b",
    re.IGNORECASE,
)


@dataclass
class Target:
    """One place named as hit in one sentence."""

    resolved: Resolved
    sentence: Sentence
    date: DateMention | None
    basis: str | None


@dataclass
class Draft:
    place: Place
    targets: list[Target] = field(default_factory=list)
    date: DateMention | None = None
    basis: str | None = None


class ArticleContext:
    """What one article knows: its sentences, dates, sources, and the places it names."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.text = article.text
        self.gazetteer = gazetteer
        self.sentences = split_sentences(article.text)
        self.countries = context_countries(article.text)
        self.near: list[Place] = region_anchors_in(article.text)
        self._dates: dict[int, list[DateMention]] = {}
        self._sources: dict[int, list[Attribution]] = {}
        self._targets: dict[int, list[Resolved]] = {}
        self._counts: dict[int, dict[str, Count]] = {}
        self.lower_words = {m[0] for m in WORD.finditer(article.text) if m[0].islower()}

    def is_title(self, sentence: Sentence) -> bool:
        """A Title Case headline: most longer words capitalised."""
        words = [w for w in sentence.text.split() if len(w) > 3]
        return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= TITLE_SHARE

    def targets(self, sentence: Sentence) -> list[Resolved]:
        """Places this sentence reports as hit ([] for a sentence that reports no strike)."""
        if sentence.index not in self._targets:
            strike = is_strike_sentence(sentence.text) and not (
                is_war_summary(sentence.text) or is_caption(sentence.text)
            )
            self._targets[sentence.index] = targets_in(self, sentence) if strike else []
        return self._targets[sentence.index]

    def dates(self, sentence: Sentence) -> list[DateMention]:
        if sentence.index not in self._dates:
            self._dates[sentence.index] = find_dates(
                sentence.text, self.article.published, sentence.start
            )
        return self._dates[sentence.index]

    def counts(self, sentence: Sentence) -> dict[str, Count]:
        if sentence.index not in self._counts:
            self._counts[sentence.index] = find_counts(sentence.text, sentence.start)
        return self._counts[sentence.index]

    def sources(self, sentence: Sentence) -> list[Attribution]:
        if sentence.index not in self._sources:
            self._sources[sentence.index] = find_sources(sentence.text, sentence.start)
        return self._sources[sentence.index]


def build_events(article: Article, gazetteer: Gazetteer | None = None) -> list[Event]:
    ctx = ArticleContext(article, gazetteer or default_gazetteer())
    drafts: list[Draft] = []
    for sentence in ctx.sentences:
        for resolved in ctx.targets(sentence):
            date, basis = date_for(ctx, sentence, resolved.mention)
            merge(drafts, Target(resolved, sentence, date, basis))
    deniers = [name for s in ctx.sentences for name in find_deniers(s.text)]
    drafts = [d for d in drafts if not absorbed(d, drafts)]
    single_place = len({d.place for d in drafts}) == 1
    # an article whose strikes all fall on one day (or none is dated) reports one attack
    one_story = single_place or len({d.date.date if d.date else None for d in drafts}) == 1
    return [to_event(ctx, draft, deniers, single_place, one_story) for draft in drafts]


def targets_in(ctx: ArticleContext, sentence: Sentence) -> list[Resolved]:
    found: list[Resolved] = []
    for run in name_runs(sentence.text, sentence.start):
        resolved = resolve_run(ctx, sentence, run, found)
        if resolved is None:
            continue
        if resolved.place.kind == "district" and is_container(
            sentence.text, resolved.mention.start - sentence.start, found, sentence.start
        ):
            found = [locate_within(r, resolved.place) for r in found]
            continue
        found.append(resolved)
        ctx.near.append(resolved.place)
    return unique(locate_by_neighbours(sentence, found))


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
    return out


def resolve_run(
    ctx: ArticleContext, sentence: Sentence, run: Mention, found: list[Resolved]
) -> Resolved | None:
    """The longest ending of a name run that the gazetteer knows, in a target position."""
    local = [r.place for r in found]
    if is_person(sentence.text, run.start - sentence.start, run.text):
        return None
    for mention in sub_runs(run):
        start, end = mention.start - sentence.start, mention.end - sentence.start
        if is_non_target_position(sentence.text, start, end):
            return None
        place = choose(plausible(ctx, sentence, mention), ctx.countries, ctx.near, local)
        if place is None:
            continue
        if name_key(place.name) in capitals() and is_metonym(sentence.text, start, end):
            return None
        return Resolved(as_kind(place, mention.kind_hint), mention)
    # a capital at the start of a sentence says nothing ("Two villages came under fire")
    unknown = unknown_place(run) if run.start > sentence.start else None
    if unknown and ctx.gazetteer.online is not None:
        unknown = geocode_online(ctx, unknown)
    return Resolved(unknown, run) if unknown else None


def geocode_online(ctx: ArticleContext, place: Place) -> Place:
    """Only on request (--geocoder nominatim): coordinates for a village the gazetteer lacks."""
    country = max(ctx.countries, key=ctx.countries.get, default="")
    point = ctx.gazetteer.online.point(f"{place.name}, {country}" if country else place.name)
    if point is None:
        return place
    return Place(place.name, country, place.kind, point[0], point[1], 0, "online")


def plausible(ctx: ArticleContext, sentence: Sentence, mention: Mention) -> list[Place]:
    """Candidates, minus small places whose name is more likely an ordinary word here.

    A capital letter says little at the start of a sentence or in a Title Case headline,
    and nothing for a word the article also uses in lower case ("Fresh clashes", "Kills").
    """
    places = candidates(ctx.gazetteer, mention)
    if " " in mention.text or not places:
        return places
    hashtag = ctx.text[mention.start - 1 : mention.start] == "#"
    weak = mention.start == sentence.start or ctx.is_title(sentence) or hashtag
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


def unknown_place(run: Mention) -> Place | None:
    """'the village of Safarli' that no gazetteer knows: keep the name, no coordinates."""
    words = run.text.split()
    if not run.kind_hint or len(words) > 2 or any(not is_place_word(w) for w in words):
        return None
    name = run.text if run.kind_hint != "district" else f"{run.text} District"
    return Place(name, "", run.kind_hint, float("nan"), float("nan"), 0, "text")


def unique(found: list[Resolved]) -> list[Resolved]:
    seen, out = set(), []
    for item in found:
        if item.place not in seen:
            seen.add(item.place)
            out.append(item)
    return out


def date_for(
    ctx: ArticleContext, sentence: Sentence, mention: Mention
) -> tuple[DateMention | None, str | None]:
    """The strike's day: a date in the sentence, else one the narrative implies."""
    dates = ctx.dates(sentence)
    strike_dates = [d for d in dates if not d.reported]
    if strike_dates:
        return min(strike_dates, key=lambda d: abs(d.start - mention.start)), "explicit"
    if dates:
        # the report's day: "said on Tuesday" before a dateline's "(Sputnik - 07th October)"
        return min(dates, key=lambda d: d.dateline), "implied"
    return narrative_date(ctx, sentence)


def narrative_date(
    ctx: ArticleContext, sentence: Sentence
) -> tuple[DateMention | None, str | None]:
    """No date in the sentence: the day of the story around it, else the report's own day.

    Looks at the previous sentences ("A missile hit Ganja yesterday. The attack ..."), the
    next one in the paragraph ("As dust from Wednesday's strike ..."), an ongoing strike
    ("towns are being shelled": the publication day), then the lede.
    """
    index = sentence.index
    nearby = list(reversed(ctx.sentences[max(0, index - 3) : index]))
    nearby += [s for s in ctx.sentences[index + 1 : index + 2] if s.paragraph == sentence.paragraph]
    for other in nearby:
        strike_dates = [d for d in ctx.dates(other) if not d.reported]
        if strike_dates and is_strike_sentence(other.text):
            # "began on Dec. 28 ... followed by missile assaults on Dec. 29": the latest day
            return max(strike_dates, key=lambda d: d.date), NARRATIVE
    if ONGOING.search(sentence.text) and ctx.article.published:
        day = ctx.article.published
        return DateMention(day, sentence.start, sentence.start, "", True), NARRATIVE
    for lede in ctx.sentences[:LEDE_SENTENCES]:
        # a lede that reports a strike dates the story; a byline date ("2 October, 2020") does not
        if ctx.dates(lede) and is_strike_sentence(lede.text):
            return ctx.dates(lede)[0], NARRATIVE
    return None, None


def absorbed(draft: Draft, drafts: list[Draft]) -> bool:
    """A district hit on the day a place inside it was hit is that place's event
    ("shelling in the Aghdam region ... the villages of X and Y of the Aghdam region")."""
    if draft.place.kind != "district":
        return False
    day = draft.date.date if draft.date else None
    for other in drafts:
        other_day = other.date.date if other.date else None
        if (
            other is draft
            or other.place.kind == "district"
            or None not in (day, other_day)
            and day != other_day
        ):
            continue
        if other.place.source == f"within:{draft.place.name}" or close(
            other.place, draft.place, 0.2
        ):
            return True
    return False


def same_place_as(a: Place, b: Place) -> bool:
    """Gazetteer entries compare whole; names known only from the text compare by name."""
    if from_text(a) or from_text(b):
        return name_key(a.name) == name_key(b.name)
    return a == b


def from_text(place: Place) -> bool:
    return place.source == "text" or place.source.startswith(("within:", "near:", "online"))


# How firmly a mention fixes the day: a date in the sentence for the strike, the report's
# date in the sentence, or only the surrounding narrative.
STRENGTH = {"explicit": 3, "implied": 2, NARRATIVE: 1}


def merge(drafts: list[Draft], target: Target) -> None:
    """One event per (place, day): a mention that does not fix another day joins the
    place's event, and a firmer date replaces a weaker one."""
    place = target.resolved.place
    day = target.date.date if target.date else None
    for draft in (d for d in drafts if same_place_as(d.place, place)):
        draft_day = draft.date.date if draft.date else None
        both_explicit = target.basis == draft.basis == "explicit"
        if both_explicit and draft_day != day:
            continue
        draft.targets.append(target)
        if STRENGTH.get(target.basis, 0) > STRENGTH.get(draft.basis, 0):
            draft.date, draft.basis = target.date, target.basis
        if draft.place.lat != draft.place.lat:
            draft.place = place  # a located mention of the same village
        return
    drafts.append(Draft(place, [target], target.date, target.basis))


def to_event(
    ctx: ArticleContext, draft: Draft, deniers: list[str], single_place: bool, one_story: bool
) -> Event:
    first = draft.targets[0]
    place = draft.place
    has_coords = place.lat == place.lat
    event = Event(
        location=display_name(place, first.resolved.mention),
        mention=first.resolved.mention.text,
        country=place.country or None,
        kind=place.kind,
        lat=round(place.lat, 5) if has_coords else None,
        lon=round(place.lon, 5) if has_coords else None,
        date=draft.date.date.isoformat() if draft.date else None,
        date_basis=("implied" if draft.basis == NARRATIVE else draft.basis) if draft.date else None,
    )
    event.spans["mention"] = (first.resolved.mention.start, first.resolved.mention.end)
    if draft.date:
        event.spans["date"] = (draft.date.start, draft.date.end)
    fill_evidence(event, draft)
    fill_weapon(ctx, event, draft)
    fill_counts(ctx, event, draft, single_place)
    fill_sources(ctx, event, draft, one_story)
    fill_actor(event, draft)
    event.denied_by = most_specific(set(deniers) - set(event.sources))
    return event


def most_specific(names: set[str]) -> list[str]:
    """Drop a name that a longer one contains ("Armenia" beside "Armenia's Defence Ministry")."""
    return sorted(n for n in names if not any(o != n and o.startswith(n) for o in names))


def display_name(place: Place, mention: Mention) -> str:
    if (
        place.source.startswith("geonames")
        and mention.text.isascii()
        and not mention.text.isupper()
    ):
        return mention.text
    return place.name


def sentences_of(draft: Draft) -> list[Sentence]:
    seen: dict[int, Sentence] = {}
    for target in draft.targets:
        seen.setdefault(target.sentence.index, target.sentence)
    return list(seen.values())


def fill_evidence(event: Event, draft: Draft) -> None:
    sentences = sentences_of(draft)[:3]
    event.evidence = " ".join(s.text for s in sentences)
    event.spans["evidence"] = (sentences[0].start, sentences[-1].end)


def fill_weapon(ctx: ArticleContext, event: Event, draft: Draft) -> None:
    for target in draft.targets:
        found = weapons_in(target.sentence.text, target.sentence.start)
        sentence = target.sentence
        best = nearest_weapon(found, target.resolved.mention.start, sentence.text, sentence.start)
        if best:
            event.weapon, event.spans["weapon"] = best[0], best[1:]
            return
    for sentence in neighbours(ctx, draft.targets[0].sentence):
        found = weapons_in(sentence.text, sentence.start)
        if found:
            event.weapon, event.spans["weapon"] = found[0][0], found[0][1:]
            return


def neighbours(ctx: ArticleContext, sentence: Sentence) -> list[Sentence]:
    index = sentence.index
    return [ctx.sentences[i] for i in (index - 1, index + 1) if 0 <= i < len(ctx.sentences)]


def fill_counts(ctx: ArticleContext, event: Event, draft: Draft, single_place: bool) -> None:
    counts: dict[str, Count] = {}
    for target in draft.targets:
        sentence = target.sentence
        if owns_counts(ctx, sentence, target):
            for name, count in ctx.counts(sentence).items():
                counts.setdefault(name, count)
        for follower in ctx.sentences[sentence.index + 1 : sentence.index + 1 + FOLLOW_SENTENCES]:
            if names_a_place(ctx, follower) or is_war_summary(follower.text):
                break
            for name, count in ctx.counts(follower).items():
                counts.setdefault(name, count)
    if single_place and len(counts) < 2:
        # an article about one strike: its counts may stand anywhere in the text
        for sentence in ctx.sentences:
            if not (is_war_summary(sentence.text) or is_caption(sentence.text)):
                for name, count in ctx.counts(sentence).items():
                    counts.setdefault(name, count)
    for name, count in counts.items():
        setattr(event, name, count.value)
        event.spans[name] = (count.start, count.end)


def owns_counts(ctx: ArticleContext, sentence: Sentence, target: Target) -> bool:
    """In a sentence naming several places, counts belong to the last place before them."""
    others = [r for r in ctx.targets(sentence) if r.place != target.resolved.place]
    counts = ctx.counts(sentence)
    if not others or not counts:
        return True
    first_count = min(c.start for c in counts.values())
    before = [r for r in [*others, target.resolved] if r.mention.start < first_count]
    return bool(before) and max(before, key=lambda r: r.mention.start) == target.resolved


def names_a_place(ctx: ArticleContext, sentence: Sentence) -> bool:
    return bool(ctx.targets(sentence))


def fill_sources(ctx: ArticleContext, event: Event, draft: Draft, single_place: bool) -> None:
    names: list[str] = []
    for sentence in source_sentences(ctx, draft, single_place):
        for attribution in ctx.sources(sentence):
            name = attribution.name
            if attribution.pronoun:
                name = antecedent(ctx, attribution.start) or ""
            if name and name not in names:
                names.append(name)
    if not names:
        names = [name for name in [nearest_source(ctx, draft)] if name]
    event.sources = drop_short_forms(names)


def nearest_source(ctx: ArticleContext, draft: Draft) -> str | None:
    """No attribution near the strike: the nearest named one in the article."""
    position = draft.targets[0].sentence.start
    found = [a for s in ctx.sentences for a in ctx.sources(s) if not a.pronoun]
    if not found:
        return None
    return min(found, key=lambda a: (abs(a.start - position), a.start > position)).name


def source_sentences(ctx: ArticleContext, draft: Draft, single_place: bool) -> list[Sentence]:
    """Where the article says who reports this strike: its sentences, the next sentence of
    the same paragraph ("..., the ministry said in a statement."), and any other sentence
    that names the place; in an article about one strike, every sentence."""
    if single_place:
        return ctx.sentences
    chosen = {s.index: s for s in sentences_of(draft)}
    for sentence in list(chosen.values()):
        for other in ctx.sentences[sentence.index + 1 : sentence.index + 2]:
            if other.paragraph == sentence.paragraph and not names_a_place(ctx, other):
                chosen.setdefault(other.index, other)
    names = {t.resolved.mention.text for t in draft.targets}
    for sentence in ctx.sentences:
        if any(name in sentence.text for name in names):
            chosen.setdefault(sentence.index, sentence)
    return [chosen[i] for i in sorted(chosen)]


def drop_short_forms(names: list[str]) -> list[str]:
    """'Hajiyev' after 'Hikmet Hajiyev' is the same source."""

    def shorter_of(name: str, other: str) -> bool:
        return other != name and other.endswith(" " + name)

    return [n for n in names if not any(shorter_of(n, other) for other in names)]


PERSON = re.compile(
    r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:yan|ev|ov|ova|eva|enko|i|y|ko|sky|son|er|th)?\b"
)


def antecedent(ctx: ArticleContext, position: int) -> str | None:
    """'he said' -> a person named earlier in the same sentence ("Al Jazeera's Bernard Smith
    left ..., which he said ..."), else the last named source before it in the article."""
    sentence = next((s for s in ctx.sentences if s.start <= position < s.end), None)
    if sentence is not None:
        people = list(PERSON.finditer(ctx.text, sentence.start, position))
        if people:
            return people[-1][0]
    for sentence in reversed(ctx.sentences):
        if sentence.start > position:
            continue
        for attribution in reversed(ctx.sources(sentence)):
            if attribution.start < position and not attribution.pronoun:
                return attribution.name
    return None


def fill_actor(event: Event, draft: Draft) -> None:
    for sentence in sentences_of(draft):
        found = find_actor(sentence.text)
        if found:
            event.actor = found[0]
            event.spans["actor"] = (sentence.start + found[1], sentence.start + found[2])
            return


def published_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
