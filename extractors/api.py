"""The library entry point: ``extract(text, published=...) -> list[Event]``."""

from __future__ import annotations

import datetime as dt

from .events import build_events, published_date
from .gazetteer import Gazetteer
from .geo import Reference, distance_km, resolve_reference
from .model import Event
from .read import Article, read_article


def extract(
    text: str | bytes,
    published: dt.date | str | None = None,
    reference: str | Reference = "Stepanakert",
    gazetteer: Gazetteer | None = None,
) -> list[Event]:
    """Strike events reported in one article.

    ``text`` may start with the corpus' " date YYYY-MM-DD" line or a news dateline;
    ``published`` overrides either. Relative days ("on Sunday") resolve against it.
    """
    article = read_article(text, published_date(published))
    return extract_article(article, reference, gazetteer)


def extract_article(
    article: Article,
    reference: str | Reference = "Stepanakert",
    gazetteer: Gazetteer | None = None,
) -> list[Event]:
    events = build_events(article, gazetteer)
    ref = reference if isinstance(reference, Reference) else resolve_reference(reference)
    for event in events:
        event.reference = ref.name
        event.title, event.outlet, event.url = article.title, article.outlet, article.url
        if event.lat is not None and event.lon is not None:
            event.distance_km = round(distance_km((event.lat, event.lon), ref.point), 1)
    return events
