"""Expand the paths a user gives into articles, and process them one by one."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .guards import is_special

if TYPE_CHECKING:
    from conflict_extract import Article, Event

# News articles are kilobytes; past this a file is cut (and a note says so), which keeps
# memory and time bounded for a 50 MB dump saved as .txt.
MAX_FILE_BYTES = 2 * 1024 * 1024
# Files taken from folders: plain text and saved web pages (comma-separated patterns).
DEFAULT_GLOB = "*.txt,*.html,*.htm"


@dataclass
class Result:
    """What one input gave: its events, or the reason it failed."""

    article: str
    published: str | None = None
    events: list[Event] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    # the article as read (the text the spans index, its title, outlet and URL), kept for
    # the verification page (`report`) only
    read: Article | None = None


# A folder that could not be listed, and a file in a folder that is not a regular file (a FIFO
# would hang the batch), travel through the batch as items of their own.
UNREADABLE = "\0unreadable\0"
NOT_REGULAR = "\0not-regular\0"
NO_MATCH = "\0no-match\0"


class InputError(Exception):
    """An input that cannot be processed (one line for stderr)."""


def expand(inputs: list[str], pattern: str) -> Iterator[str]:
    """Files as given; folders walked recursively (sorted, symlink loops skipped); '-' as is."""
    for item in inputs:
        path = Path(item)
        if item == "-" or not path.is_dir():
            yield item
            continue
        yield from walk(path, pattern)


def walk(root: Path, pattern: str) -> Iterator[str]:
    matched = False
    for item in walk_all(root, pattern):
        matched = True
        yield item
    if not matched:
        yield NO_MATCH + f"{root}\0{pattern}"


def walk_all(root: Path, pattern: str) -> Iterator[str]:
    seen: set[tuple[int, int]] = set()
    errors: list[OSError] = []
    patterns = pattern.split(",")
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=errors.append):
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs.sort()
        for name in sorted(files):
            if any(Path(name).match(p) for p in patterns):
                path = str(Path(folder) / name)
                # vanished or unreadable files go on: reading them reports why
                yield NOT_REGULAR + path if is_special(path) else path
    for error in errors:
        yield UNREADABLE + f"{error.filename}\0{error.strerror}"


def safe_name(item: str) -> str:
    """A file name as text that encodes: undecodable bytes (0xFF) shown as \\xff."""
    return item.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def cut_at_character(raw: bytes) -> bytes:
    """A cut that does not split a UTF-8 character (else the whole text decodes as Latin-1)."""
    for back in range(1, 4):
        if len(raw) >= back and raw[-back] & 0xC0 == 0xC0:  # a lead byte before the cut
            needed = 2 if raw[-back] < 0xE0 else 3 if raw[-back] < 0xF0 else 4
            return raw[:-back] if back < needed else raw
        if len(raw) >= back and raw[-back] & 0xC0 != 0x80:
            return raw
    return raw


def unreadable(item: str) -> tuple[str, str]:
    """(folder, reason) of a folder the walk could not list (an item made by ``walk``)."""
    name, _, reason = item.removeprefix(UNREADABLE).partition("\0")
    return name, reason


def read_bytes(item: str) -> bytes:
    if item.startswith(UNREADABLE):
        name, reason = unreadable(item)
        raise InputError(f"cannot read folder {name}: {reason}")
    if item == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise InputError("standard input is closed")
        return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    try:
        with open(item, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise InputError("no such file") from error
    except IsADirectoryError as error:
        raise InputError("is a directory") from error
    except OSError as error:
        raise InputError(error.strerror or str(error)) from error


_GAZETTEERS: dict[str, object] = {}


def gazetteer_for(options: dict):  # type: ignore[no-untyped-def]
    """One gazetteer per process; online lookups only when --geocoder names a service."""
    from conflict_extract import Gazetteer, default_gazetteer

    name = options.get("geocoder") or "offline"
    if name == "offline":
        return default_gazetteer()  # (geopy's geocoders are imported only for a service)
    from conflict_extract import online_geocoder

    if name not in _GAZETTEERS:
        _GAZETTEERS[name] = Gazetteer(online=online_geocoder(name))
    return _GAZETTEERS[name]


def process(item: str, options: dict) -> Result:
    """Read and extract one input; never raises for a bad article."""
    from conflict_extract import UnreadableArticle, extract_article, read_article

    if item.startswith(NO_MATCH):
        folder, _, pattern = item.removeprefix(NO_MATCH).partition("\0")
        return Result(article=safe_name(folder), notes=[f"no file matches --glob {pattern!r}"])
    if item.startswith(NOT_REGULAR):
        name = safe_name(item.removeprefix(NOT_REGULAR))
        return Result(
            article=name, notes=["skipped: not a regular file (a FIFO, device or socket)"]
        )
    name = unreadable(item)[0] if item.startswith(UNREADABLE) else item
    result = Result(article=safe_name(name))
    try:
        raw = read_bytes(item)
        notes = []
        if len(raw) > MAX_FILE_BYTES:
            raw = cut_at_character(raw[:MAX_FILE_BYTES])
            notes.append(f"truncated to the first {MAX_FILE_BYTES // 2**20} MB")
        published: dt.date | None = options.get("published")
        article = read_article(raw, published)
        events = extract_article(article, options["reference"], gazetteer_for(options))
    except (InputError, UnreadableArticle) as error:
        result.error = str(error)
        return result
    except Exception as error:  # one bad article must not stop a batch
        if options.get("debug"):
            raise
        result.error = f"internal error: {type(error).__name__}: {error}"
        return result
    if article.encoding not in ("utf-8", "utf-8-sig"):
        notes.append(f"decoded as {article.encoding}")
    result.notes = notes + list(article.notes)
    result.published = article.published.isoformat() if article.published else None
    result.events = events
    if options.get("keep_article"):
        result.read = article
    return result
