"""Property tests: no input crashes extraction or makes it hang.

`make fuzz` runs these with FUZZ_EXAMPLES=10000; the normal test run uses a few hundred.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conflict_extract import extract
from conflict_extract.casualties import find_counts
from conflict_extract.dates import find_dates
from conflict_extract.sources import find_sources

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
)
# Words the rules react to, so that generated text exercises them, not only random noise.
VOCABULARY = [
    "Rockets", "hit", "Barda", "Ganja", "Tartar", "and", ",", "killed", "injured", "at least",
    "seven", "12", "on Sunday", "yesterday", "October 4", "said", "according to", "the",
    "Defence Ministry", "Hikmet Hajiyev", "village of", "region", "shelled", "drone", "missile",
    "[bold]", "\x1b[31m", "\r", "\n\n", "Mr.", "Oct.", "al-", "’s", "«", "—", "(Reuters)", "#",
    "Xankəndi", "AAAA", "a a a a", "!!!!", "0" * 30, "of the", "in the direction of",
]  # fmt: skip
text_from_words = st.lists(st.sampled_from(VOCABULARY), max_size=200).map(" ".join)
hostile_text = st.one_of(
    st.text(max_size=3000),
    text_from_words,
    st.builds(lambda w, n: w * n, st.sampled_from(VOCABULARY), st.integers(1, 3000)),
)


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """Start-up (the gazetteer opened, the patterns compiled on first use) before any example
    is timed: the 2 s bound is for a backtracking pattern, not for start-up on a busy machine."""
    extract(" date 2020-10-05 Rockets hit Barda on Sunday, killing seven, the ministry said.")


def bounded(function, *args) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    function(*args)
    assert time.perf_counter() - start < 2.0, "took over 2 s: a regex is backtracking"


@SETTINGS
@given(hostile_text)
def test_extract_never_crashes_or_hangs(text: str) -> None:
    from conflict_extract.read import UnreadableArticle

    try:
        bounded(extract, " date 2020-10-05 " + text)
    except UnreadableArticle as refusal:  # text with nothing readable is refused, cleanly
        assert "empty article" in str(refusal)


@SETTINGS
@given(hostile_text)
def test_field_rules_never_crash_or_hang(text: str) -> None:
    bounded(find_counts, text)
    bounded(find_sources, text)
    bounded(find_dates, text, dt.date(2020, 10, 5))


@SETTINGS
@given(st.binary(max_size=4000))
def test_any_bytes_read_or_refused_cleanly(raw: bytes) -> None:
    from conflict_extract.read import UnreadableArticle

    with contextlib.suppress(UnreadableArticle):
        extract(raw)


BOUND = 100_000  # the largest count the rules accept (larger is a war-wide tally)


@SETTINGS
@given(hostile_text)
# (a region named in a headline line, its town's strike after it: the evidence in order)
@example("HIT:AOa rEGION\rGAma&HIT")
def test_extracted_values_are_possible(text: str) -> None:
    """No strike after its report, counts within bounds, evidence and spans from the text."""
    from conflict_extract.read import UnreadableArticle, read_article

    article = " date 2020-10-05 " + text
    try:
        events = extract(article)
    except UnreadableArticle:
        return
    read = read_article(article).text
    assert len(read) == len(article)  # offsets of the text as read are offsets of the input
    for event in events:
        assert event.date is None or event.date <= dt.date(2020, 10, 5)
        for count in (event.killed, event.injured):
            assert count is None or 0 <= count < BOUND
        assert all(word in read for word in event.evidence.split())
        start, end = event.spans["mention"]
        assert read[start:end] == event.mention
        for start, end in event.spans.values():
            assert 0 <= start <= end <= len(read)
