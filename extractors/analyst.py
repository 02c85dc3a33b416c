"""Fields an analyst expects beside ACLED and UCDP rows: a stable id, the GeoNames id,
administrative areas, country name, precision codes and ACLED's event types."""

from __future__ import annotations

import hashlib

from .gazetteer import Gazetteer, Place, geonames_countries
from .model import Event
from .names import name_key

# ACLED's sub-event types of "Explosions/Remote violence", by weapon class.
SUB_EVENT_TYPES = {
    "air": "Air/drone strike",
    "drone": "Air/drone strike",
    "missile": "Shelling/artillery/missile attack",
    "rocket": "Shelling/artillery/missile attack",
    "artillery": "Shelling/artillery/missile attack",
    "unspecified": "Shelling/artillery/missile attack",
}
# ACLED's geo_precision: 1 the settlement or site itself, 2 near it or placed by a neighbour,
# 3 a district or region.
GEO_PRECISION = {"settlement": 1, "site": 1, "district": 3}


def fill_analyst_fields(event: Event, place: Place, text_digest: str, gazetteer: Gazetteer) -> None:
    event.event_id = event_id(text_digest, event.location, event.date)
    source = place.source
    event.geonames_id = place.geonames_id
    event.country_name = geonames_countries().get(event.country or "")
    if event.lat is not None and event.lon is not None:
        event.admin1, event.admin2 = gazetteer.admin(event.lat, event.lon)
    event.time_precision = 1 if event.date else 3
    placed_by_neighbour = source.startswith(("near:", "within:")) or event.lat is None
    event.geo_precision = 2 if placed_by_neighbour else GEO_PRECISION.get(event.kind, 1)
    event.sub_event_type = SUB_EVENT_TYPES.get(event.weapon, SUB_EVENT_TYPES["unspecified"])


def event_id(text_digest: str, location: str, date: str | None) -> str:
    """Stable across runs: the same article, place and day give the same id."""
    key = f"{text_digest}|{name_key(location)}|{date or 'undated'}"
    return "CE" + hashlib.sha1(key.encode()).hexdigest()[:14]


def article_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()
