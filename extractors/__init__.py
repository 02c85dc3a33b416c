"""conflict-extract: strike events from war reporting.

>>> from conflict_extract import extract
>>> events = extract(open("article.txt").read(), published="2020-10-05")

The names below are the public API (the command line uses nothing else). They load on first
use, so ``conflict-extract --help`` does not import the rule modules.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module (in this folder) that defines it
EXPORTS = {
    "extract": "api", "extract_article": "api",
    "Event": "model",
    "Article": "read", "read_article": "read", "UnreadableArticle": "read",
    "Gazetteer": "gazetteer", "default_gazetteer": "gazetteer",
    "Reference": "geo", "UnknownReference": "geo", "resolve_reference": "geo",
    "distance_km": "geo",
    "ONLINE": "gazetteer", "online_geocoder": "geocoder", "OfflineGeocoder": "geocoder",
    "Report": "merge", "Spread": "merge", "Strike": "merge", "merge_events": "merge",
    "CorpusError": "evaluate", "score_corpus": "evaluate", "load_predictions": "evaluate",
    "worst": "evaluate", "split_folds": "evaluate",
    "to_dataframe": "frames", "parse_date": "dates",
}  # fmt: skip
__all__ = [*EXPORTS, "__version__"]

if TYPE_CHECKING:
    from .api import extract, extract_article
    from .dates import parse_date
    from .evaluate import CorpusError, load_predictions, score_corpus, split_folds, worst
    from .frames import to_dataframe
    from .gazetteer import ONLINE, Gazetteer, default_gazetteer
    from .geo import Reference, UnknownReference, distance_km, resolve_reference
    from .geocoder import OfflineGeocoder, online_geocoder
    from .merge import Report, Spread, Strike, merge_events
    from .model import Event
    from .read import Article, UnreadableArticle, read_article


def __getattr__(name: str) -> Any:
    if name not in EXPORTS:
        raise AttributeError(f"module 'conflict_extract' has no attribute {name!r}")
    value = getattr(import_module(f".{EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value
