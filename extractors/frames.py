"""Events as a pandas DataFrame, for a notebook user (pandas is the optional [pandas] extra)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .model import Event


def to_dataframe(events: Iterable[Event]) -> Any:
    """One row per event, columns as in the CSV output; ``date`` as a pandas datetime."""
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError(
            "to_dataframe needs pandas: pip install 'conflict-extract[pandas]'"
        ) from error
    rows = [{k: v for k, v in e.to_dict().items() if k != "spans"} for e in events]
    frame = pd.DataFrame(rows)
    if "date" in frame:
        frame["date"] = pd.to_datetime(frame["date"])
    return frame
