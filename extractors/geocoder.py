"""Place lookups behind geopy's geocoder interface.

``OfflineGeocoder`` answers from the embedded gazetteer (no network). ``online_geocoder``
wraps a geopy service (Nominatim, ...) for names the gazetteer lacks: only when the user
asks for it, with a user agent, one request per second, and a disk cache so a name is
never asked twice.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from .gazetteer import ONLINE, Gazetteer, Place, cache_dir, default_gazetteer
from .places import resolve_name

USER_AGENT = "conflict-extract/0.1 (offline-first strike event extraction)"


def to_location(place: Place) -> Location:
    raw = {"name": place.name, "country": place.country, "kind": place.kind,
           "population": place.population, "source": place.source}  # fmt: skip
    return Location(f"{place.name}, {place.country}", (place.lat, place.lon), raw)


class OfflineGeocoder(Geocoder):
    """The embedded gazetteer as a geopy geocoder: ``geocode("Ganja")`` -> Location."""

    def __init__(self, gazetteer: Gazetteer | None = None, context: str = "") -> None:
        super().__init__(user_agent=USER_AGENT)
        self.gazetteer = gazetteer or default_gazetteer()
        self.context = context

    def geocode(self, query: str, *, exactly_one: bool = True, context: str | None = None):
        """The best place for ``query`` (``context``: text naming countries or regions)."""
        if exactly_one:
            place = resolve_name(
                self.gazetteer, query, self.context if context is None else context
            )
            return to_location(place) if place else None
        return [to_location(p) for p in self.gazetteer.lookup(query)] or None


class CachedGeocoder:
    """An online geopy geocoder, rate limited to 1 request/second, cached on disk (JSON)."""

    def __init__(self, name: str, path: Path | None = None) -> None:
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import get_geocoder_for_service

        service = get_geocoder_for_service(name)(user_agent=USER_AGENT, timeout=10)
        self.lookup: Callable[..., Location | None] = RateLimiter(
            service.geocode, min_delay_seconds=1.0
        )
        self.path = path or cache_dir() / f"geocode-{name}.json"
        self.lock = threading.Lock()
        self.cache: dict[str, list[float] | None] = self.load()

    def load(self) -> dict[str, list[float] | None]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def point(self, name: str) -> tuple[float, float] | None:
        with self.lock:
            if name not in self.cache:
                location = self.lookup(name)
                self.cache[name] = [location.latitude, location.longitude] if location else None
                self.save()
        found = self.cache[name]
        return (found[0], found[1]) if found else None

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(self.cache), encoding="utf-8")
        os.replace(tmp, self.path)


def online_geocoder(name: str) -> CachedGeocoder | None:
    """None for 'offline'; a cached, rate-limited geopy geocoder otherwise."""
    if name == "offline":
        return None
    if name not in ONLINE:
        raise ValueError(f"unknown geocoder {name!r}: use offline or one of {', '.join(ONLINE)}")
    return CachedGeocoder(name)
