"""The event record that every extractor contributes to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

Span = tuple[int, int]


@dataclass
class Event:
    """One strike on one place on one day, with the text that supports it.

    ``spans`` maps a field name to the character span (start, end) in the
    article text that the value was read from; list fields give one span per item,
    keyed "sources.0", "sources.1", "denied_by.0".
    """

    location: str
    mention: str
    country: str | None = None
    kind: str = "settlement"
    lat: float | None = None
    lon: float | None = None
    date: dt.date | None = None  # a datetime.date here, an ISO string in to_dict() and JSON
    date_basis: str | None = None
    weapon: str = "unspecified"
    killed: int | None = None
    injured: int | None = None
    sources: list[str] = field(default_factory=list)
    actor: str | None = None
    actor_party: str | None = None  # the canonical party of the actor (data/parties.csv)
    denied_by: list[str] = field(default_factory=list)
    evidence: str = ""
    distance_km: float | None = None
    reference: str | None = None
    # the article it came from: a web page's metadata, or a plain text's headline line
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    # fields an analyst joins on and filters by (ACLED's meanings; see analyst.py)
    event_id: str = ""
    geonames_id: int | None = None
    country_name: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    time_precision: int = 3
    geo_precision: int = 3
    event_type: str = "Explosions/Remote violence"
    sub_event_type: str = "Shelling/artillery/missile attack"
    spans: dict[str, Span] = field(default_factory=dict)

    def __repr__(self) -> str:
        counts = f"killed={self.killed}, injured={self.injured}"
        return f"Event({self.location!r}, {self.country}, {self.date}, {self.weapon}, {counts})"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (a shallow copy: lists are copied, spans become lists)."""
        data = {name: getattr(self, name) for name in FIELD_NAMES}
        data["sources"], data["denied_by"] = list(self.sources), list(self.denied_by)
        data["date"] = self.date.isoformat() if self.date else None
        data["spans"] = {name: list(span) for name, span in self.spans.items()}
        return data


FIELD_NAMES = tuple(f.name for f in fields(Event))
