"""The gazetteer behind geopy's interface; online lookups only on request, cached."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from geopy.distance import geodesic
from geopy.location import Location
from typer.testing import CliRunner

from conflict_extract.cli.main import app
from conflict_extract.geocoder import CachedGeocoder, OfflineGeocoder

from .conftest import EXAMPLE


def test_offline_geocode_returns_geopy_location() -> None:
    location = OfflineGeocoder().geocode("Gəncə")
    assert isinstance(location, Location)
    assert geodesic(location.point, (40.68, 46.36)).km < 10


def test_offline_geocode_uses_context() -> None:
    near = OfflineGeocoder(context="Nagorno-Karabakh").geocode("Martuni")
    assert near.raw["country"] == "AZ"


def test_offline_geocode_unknown_is_none() -> None:
    assert OfflineGeocoder().geocode("Qwxzyv") is None


def test_online_lookups_are_cached_on_disk(tmp_path: Path) -> None:
    calls: list[str] = []

    def fake(name: str) -> Location:
        calls.append(name)
        return Location(name, (40.1, 46.9), {})

    geocoder = CachedGeocoder.__new__(CachedGeocoder)
    geocoder.lookup, geocoder.path = fake, tmp_path / "cache.json"
    geocoder.lock = __import__("threading").Lock()
    geocoder.cache = {}
    assert geocoder.point("Safarli, AZ") == (40.1, 46.9)
    assert geocoder.point("Safarli, AZ") == (40.1, 46.9)
    assert calls == ["Safarli, AZ"]
    assert "Safarli, AZ" in geocoder.path.read_text()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_whole_cli_runs_with_sockets_blocked(no_network: None) -> None:
    result = CliRunner().invoke(app, ["--json", str(EXAMPLE), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "Dondar Gushchu" in result.stdout


@pytest.mark.parametrize(
    ("name", "country", "town_near"),
    [("Anbar", "IQ", "Ramadi"), ("Tigray", "ET", "Mekelle"), ("Kayin", "MM", "Hpa-An")],
)
def test_a_first_level_area_stands_at_its_biggest_town(name: str, country: str, town_near: str):
    """Provinces, states and oblasts no town is named for: at their biggest town (ACLED's
    convention for an event placed only by its province)."""
    from conflict_extract.gazetteer import default_gazetteer

    (region,) = default_gazetteer().regions(name)
    town = OfflineGeocoder().geocode(town_near)
    assert (region.country, region.kind) == (country, "district")
    assert geodesic((region.lat, region.lon), town.point).km < 60


def test_an_area_is_named_only_by_towns_of_its_own_country() -> None:
    """A town whose nearest neighbour lies across a border gives its area no foreign name:
    Nagaland is India's, never a name of Myanmar's Sagaing Region."""
    from conflict_extract.gazetteer import default_gazetteer

    assert {r.country for r in default_gazetteer().regions("Nagaland")} == {"IN"}
