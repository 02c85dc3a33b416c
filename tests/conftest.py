from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_5ab8a9406245e8ae.txt"
DEV = SHARED / "eval" / "dev"
EXAMPLE = ROOT / "data" / "examples" / "tovuz_shelling.txt"


def needs_shared(path: Path):  # type: ignore[no-untyped-def]
    """Tests that read ../shared (the seed, the dev corpus): marked `shared`, and skipped with
    a message where it is absent (a clean clone without the shared folder)."""

    def mark(test):  # type: ignore[no-untyped-def]
        skip = pytest.mark.skipif(
            not path.exists(), reason=f"needs {path} (../shared is not beside this checkout)"
        )
        return pytest.mark.shared(skip(test))

    return mark
