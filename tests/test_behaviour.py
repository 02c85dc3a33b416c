"""The behavioural suite (tests/behaviour.py): every generated case, one test each.

A case fails when a strike is missed, a spurious one appears, or a checked field is wrong.
"""

import pytest

from conflict_extract import extract

from .behaviour import all_cases, score

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.capability}:{i}" for i, c in enumerate(CASES)])
def test_case(case) -> None:
    _, _, _, problems = score(case, extract(case.article))
    assert problems == [], case.text


def test_suite_is_large_and_covers_every_capability() -> None:
    capabilities = {c.capability for c in CASES}
    assert len(CASES) >= 400
    assert len(capabilities) == 11
    assert sum(not c.expected for c in CASES) >= 30  # event-free articles
