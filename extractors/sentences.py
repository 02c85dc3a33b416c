"""Split article text into sentences, keeping character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTH_WORD, MONTHS
from .lexicon import ABBREVIATED_WORDS, PERSON_TITLES, TIME_ABBREVIATIONS

# Abbreviations that end in a period without ending the sentence ("Oct. 4", "Mr. Aliyev").
# Titles of three letters or fewer are the abbreviated ones ("Col.", "Dr.").
ABBREVIATIONS = frozenset((*MONTHS, *(t for t in PERSON_TITLES if len(t) <= 3), *ABBREVIATED_WORDS))
# (a bulleted line is a paragraph of its own, its marker dropped: "- In Kharkiv, ...")
PARAGRAPH = re.compile(r"\n\s*[-•*▪●–—]\s+|\n\s*\n|\n(?=\s*[A-Z“\"'])")
# (a sentence may open on a name after the Arabic article: "... said. al-Shabaab denied it")
BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?(?:[A-Z0-9]|(?:al|el)-[A-Z]))")
WORD_BEFORE = re.compile(r"([\w.]+)$")
MAX_SENTENCE = 3000


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(paragraph_spans(text)):
        for start, end in sentence_spans(text, p_start, p_end):
            body = text[start:end]
            stripped = body.strip()
            if not stripped:
                continue
            lead = len(body) - len(body.lstrip())
            s_start = start + lead
            sentences.append(
                Sentence(len(sentences), s_start, s_start + len(stripped), stripped, paragraph)
            )
    return sentences


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for stop, following in boundaries(text, start, end):
        word = WORD_BEFORE.search(text, max(start, stop - 13), stop)
        token = word.group(1).lower().rstrip(".") if word else ""
        if token in ABBREVIATIONS or is_initial(text, word, token):
            continue
        if token in TIME_ABBREVIATIONS and text.startswith("(", following):
            continue  # "at 3:40 a.m. (0040 GMT) on Sunday": the aside goes on the sentence
        spans.append((cursor, stop))
        cursor = following
    spans.append((cursor, end))
    return [piece for span in spans for piece in cap_length(span)]


def is_initial(text: str, word: re.Match[str] | None, token: str) -> bool:
    """A lone letter is an initial ("M. Smith"), not the end of a model name ("Iskander-M.")."""
    if word is None or len(token) != 1 or not token.isalpha():
        return False
    return not (word.start() > 0 and text[word.start() - 1] == "-")


# Sentences glued by a scrape ("... 15 Palestinians.Wafa added"): a lower-case word, a stop,
# then a capitalised word at once (not "PanARMENIAN.Net", "Censor.NET", "U.S.").
GLUED = re.compile(r"[.!?](?=[A-Z][a-z]{2,}\b)")


# A wire's dateline run into the headline before it by a scrape ("Drone attack injures three
# Belgorod, September 2 (TASS) - Three people ..."): the body starts at the town
WIRE_DATELINE = re.compile(
    # (a town of two words in one case: "Port Sudan", "TEL AVIV"; not "Kherson KYIV")
    r"(?<=[a-z0-9]) (?=(?:[A-Z][a-z’'.-]+(?: [A-Z][a-z’'.-]+)?|[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)?),"
    rf"\s+(?i:{MONTH_WORD}\s+\d{{1,2}}|"
    rf"\d{{1,2}}\s+{MONTH_WORD})(?:,?\s+\d{{4}})?\s*\([A-Za-z .]{{2,30}}\)\s*[-–—])"
)


def boundaries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(end of a sentence, start of the next) in text[start:end], in order."""
    found = [(m.start() + 1, m.end()) for m in BOUNDARY.finditer(text, start, end)]
    found += [(m.start(), m.end()) for m in WIRE_DATELINE.finditer(text, start, end)]
    found += [
        (m.end(), m.end())
        for m in GLUED.finditer(text, start, end)
        if text[max(0, m.start() - 2) : m.start()].isalpha()
        and text[max(0, m.start() - 2) : m.start()].islower()
    ]
    return sorted(found)


def cap_length(span: tuple[int, int]) -> list[tuple[int, int]]:
    """Very long runs without punctuation are cut so later rules stay linear."""
    start, end = span
    return [(s, min(s + MAX_SENTENCE, end)) for s in range(start, end, MAX_SENTENCE)] or [span]


HEADLINE_WORDS = 20  # a line this short with no closing stop is a headline, not the body


def is_headline(text: str) -> bool:
    """A short line with no closing stop: a headline or a subhead, not a sentence of the body."""
    text = text.strip()
    return not text.endswith((".", "!", "?", "”", '"', "’")) and len(text.split()) <= HEADLINE_WORDS
