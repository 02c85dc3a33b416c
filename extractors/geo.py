"""Reference points and geodesic distances (geographiclib, the geodesic solver geopy uses:
called directly so a run does not import geopy's geocoders and their HTTP stack)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

LAT_LON = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Reference:
    name: str
    point: tuple[float, float]


class UnknownReference(ValueError):
    pass


@cache
def resolve_reference(value: str) -> Reference:
    """'Stepanakert' or '39.82,46.75' -> a named point."""
    match = LAT_LON.match(value)
    if match:
        lat, lon = float(match[1]), float(match[2])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise UnknownReference(f"coordinates out of range: {value}")
        return Reference(value.strip(), (lat, lon))
    from .gazetteer import default_gazetteer
    from .places import resolve_name

    place = resolve_name(default_gazetteer(), value)
    if place is None:
        raise UnknownReference(f"unknown reference place: {value}")
    return Reference(place.name, (place.lat, place.lon))


@lru_cache(maxsize=65536)
def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Kilometres along the WGS-84 ellipsoid (what ``geopy.distance.geodesic`` gives)."""
    from geographiclib.geodesic import Geodesic

    return Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1], Geodesic.DISTANCE)["s12"] / 1000
