from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_5ab8a9406245e8ae.txt"
DEV = SHARED / "eval" / "dev"
EXAMPLE = ROOT / "data" / "examples" / "tovuz_shelling.txt"


def needs(path: Path) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is not present")
