"""The pipeline: article -> sentences -> targets -> dated mentions -> events with fields."""

from __future__ import annotations

import datetime as dt

from .context import ArticleContext
from .dating import date_for, dates_again
from .fields import deniers_of, to_event
from .gazetteer import Gazetteer, default_gazetteer
from .mentions import Draft, Target, absorb, locate_alike, merge, region_headline
from .model import Event
from .read import Article
from .sentences import is_headline
from .targets import find_targets, located_near


def build_events(article: Article, gazetteer: Gazetteer | None = None) -> list[Event]:
    ctx = ArticleContext(article, gazetteer or default_gazetteer())
    drafts = []
    for sentence in ctx.sentences:
        ctx.hit[sentence.index] = find_targets(ctx, sentence)
    # (dated once every sentence's places are known: a day told in the next sentence is this
    # strike's only when that sentence hits no other place)
    for sentence in ctx.sentences:
        for resolved in ctx.hit[sentence.index]:
            date, basis = date_for(ctx, sentence, resolved.mention)
            merge(drafts, Target(resolved, sentence, date, basis))
            for again in dates_again(ctx, sentence, date):
                # "Shells hit Tartar on Saturday and again on Sunday": a second strike
                merge(drafts, Target(resolved, sentence, again, "explicit"))
                ctx.on_days.add((sentence.index, resolved.mention.start))
    drafts = located_elsewhere(ctx, locate_alike(absorb(drafts, ctx.gazetteer)))
    drafts = region_headline(drafts, body_text(ctx))
    deniers = [(name, s) for s in ctx.sentences for name in deniers_of(ctx, s)]
    single_place = len({d.place for d in drafts}) == 1
    # an article whose strikes all fall on one day (or none is dated) reports one attack
    one_story = single_place or len({d.day for d in drafts}) == 1
    return [to_event(ctx, draft, deniers, single_place, one_story) for draft in drafts]


def body_text(ctx: ArticleContext) -> str:
    """The article's text after its headline (the first sentence, where it is one)."""
    first = ctx.sentences[0] if ctx.sentences else None
    return ctx.text[first.end :] if first is not None and is_headline(first.text) else ctx.text


def located_elsewhere(ctx: ArticleContext, drafts: list[Draft]) -> list[Draft]:
    """A place no gazetteer knows takes the coordinates of the nearest located place that
    another sentence names with it ("... attacks on El-Fasher and its nearby displacement
    camps of Zamzam and Abu Shouk")."""
    for draft in drafts:
        if draft.place.lat == draft.place.lat:
            continue
        name = draft.targets[0].resolved.mention.text
        own = {target.sentence.index for target in draft.targets}
        for sentence in ctx.sentences:
            at = sentence.text.find(name) if sentence.index not in own else -1
            located = [r for r in ctx.hit.get(sentence.index, ()) if r.place.lat == r.place.lat]
            if at >= 0 and located:
                at += sentence.start
                nearest = min(located, key=lambda r: abs(r.mention.start - at))
                draft.place = located_near(draft.targets[0].resolved, nearest.place).place
                break
    return drafts


def published_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
