"""Data tables shipped with conflict-extract (see ATTRIBUTION.md)."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
