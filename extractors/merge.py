"""Across articles: one record per strike, with every report of it.

Reports of the same place on the same day with compatible weapons are one strike. Counts are
kept as low / best / high, where best is the figure of the most recent report that gives one
(later reports usually carry revised tolls); ties on the date go to the higher figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from .geo import distance_km
from .model import Event

SAME_PLACE_KM = 5.0


@dataclass(frozen=True)
class Report:
    """One article's account of a strike."""

    article: str
    published: str | None
    event: Event


@dataclass(frozen=True)
class Spread:
    """A count over the reports that give it: the lowest, the best estimate, the highest."""

    low: int | None = None
    best: int | None = None
    high: int | None = None


@dataclass
class Strike:
    """One strike on one place on one day, merged from its reports."""

    location: str
    country: str | None
    kind: str
    lat: float | None
    lon: float | None
    date: dt.date | None
    weapon: str
    distance_km: float | None
    reference: str | None
    reports: list[Report] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        names: list[str] = []
        for report in self.reports:
            names += [s for s in report.event.sources if s not in names]
        return names

    @property
    def killed(self) -> Spread:
        return spread(self.reports, "killed")

    @property
    def injured(self) -> Spread:
        return spread(self.reports, "injured")

    @property
    def denied_by(self) -> list[str]:
        return sorted({name for r in self.reports for name in r.event.denied_by})

    @property
    def contested(self) -> bool:
        return bool(self.denied_by)

    @property
    def first_published(self) -> str | None:
        return min((r.published for r in self.reports if r.published), default=None)

    @property
    def last_published(self) -> str | None:
        return max((r.published for r in self.reports if r.published), default=None)


def compatible_weapons(a: str, b: str) -> bool:
    return a == b or "unspecified" in (a, b)


def same_place(strike: Strike, event: Event) -> bool:
    if strike.lat is not None and strike.lon is not None and event.lat is not None:
        return distance_km((strike.lat, strike.lon), (event.lat, event.lon)) <= SAME_PLACE_KM  # type: ignore[arg-type]
    return strike.location.lower() == event.location.lower()


def same_strike(strike: Strike, event: Event) -> bool:
    return (
        strike.date == event.date
        and same_place(strike, event)
        and compatible_weapons(strike.weapon, event.weapon)
    )


def merge_events(reports: Iterable[Report]) -> list[Strike]:
    """Group reports (one article's event each) into strikes, earliest report first."""
    strikes: list[Strike] = []
    for report in sorted(reports, key=lambda r: (r.published or "", r.article)):
        event = report.event
        strike = next((s for s in strikes if same_strike(s, event)), None)
        if strike is None:
            strike = Strike(event.location, event.country, event.kind, event.lat, event.lon,
                            event.date, event.weapon, event.distance_km, event.reference)  # fmt: skip
            strikes.append(strike)
        strike.reports.append(report)
        if strike.weapon == "unspecified":
            strike.weapon = event.weapon
    return strikes


def spread(reports: list[Report], name: str) -> Spread:
    """low / best / high of one count over the reports that give it."""
    given = [(r.published or "", getattr(r.event, name)) for r in reports]
    given = [(day, value) for day, value in given if value is not None]
    if not given:
        return Spread()
    values = [value for _, value in given]
    return Spread(min(values), max(given)[1], max(values))
