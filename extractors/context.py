"""What one article knows, worked out once: its sentences, the countries and regions it
names, and per-sentence dates, counts and sources (each computed on first use)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from .analyst import article_digest
from .casualties import Count, find_counts
from .dates import DateMention, find_dates
from .gazetteer import Gazetteer, Place
from .places import WORD, Resolved, country_mentions, nation_of, region_anchors_in
from .read import Article
from .sentences import Sentence, split_sentences
from .sources import Attribution, find_sources

TITLE_SHARE = 0.6
T = TypeVar("T")


def continues_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_’'-"


def nation_occurrences(text: str, nation_words: list[str]) -> list[tuple[str, int]]:
    """Each place in the text where one of these words stands whole, with its end offset, in
    text order (a few string searches: no pattern compiled per article)."""
    found = []
    for word in nation_words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            before = text[at - 1] if at else " "
            after = text[end] if end < len(text) else " "
            if not (continues_word(before) or continues_word(after)):
                found.append((word, end))
            at = text.find(word, end)
    return sorted(found, key=lambda item: item[1])


class ArticleContext:
    """What one article knows: its sentences, dates, sources, and the places it names."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.text = article.text
        self.gazetteer = gazetteer
        self.digest = article_digest(article.text)
        self.sentences = split_sentences(article.text)
        # the article's distinct words once, shared by the whole-article lookups below
        words = set(WORD.findall(article.text))
        self.lower_words = {w for w in words if w.islower()}
        capitals = {w for w in words if w[:1].isupper()}
        nations = nation_occurrences(article.text, [w for w in capitals if nation_of(w)])
        self.countries, self.named_countries = country_mentions(article.text, nations)
        self.near: list[Place] = region_anchors_in(article.text, [(w, 0) for w in capitals])
        self.regions = tuple(self.near)  # the regions the article names (Karabakh, Donbas)
        self._dates: dict[int, list[DateMention]] = {}
        self._sources: dict[int, list[Attribution]] = {}
        # places each sentence reports as hit; filled by the pipeline in sentence order
        self.hit: dict[int, list[Resolved]] = {}
        # (sentence, mention start) of places a sentence tells were hit on two days or more
        self.on_days: set[tuple[int, int]] = set()
        self._counts: dict[int, dict[str, Count]] = {}
        # what the event fields derive from the article once (fields.py): key -> value
        self.memo: dict[object, object] = {}

    def once(self, key: object, compute: Callable[[], T]) -> T:
        """What ``compute`` gives, worked out on the first call for ``key`` only."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[return-value]

    def is_title(self, sentence: Sentence) -> bool:
        """A Title Case headline: most of its common words capitalised ("Missiles Hit Ganja").

        Only words the article also writes in lower case count, so a sentence full of names
        ("Azerbaijani forces shelled Jermuk, Goris and Vardenis") is not a headline.
        """
        return self.once(("title", sentence.index), lambda: self.title_case(sentence.text))

    def title_case(self, text: str) -> bool:
        words = [w for w in WORD.findall(text) if len(w) > 3]
        common = [w for w in words if w.lower() in self.lower_words]
        return len(common) >= 2 and sum(w[0].isupper() for w in common) / len(common) >= TITLE_SHARE

    def targets(self, sentence: Sentence) -> list[Resolved]:
        """Places this sentence reports as hit ([] for a sentence that reports no strike)."""
        return self.hit.get(sentence.index, [])

    def dates(self, sentence: Sentence) -> list[DateMention]:
        if sentence.index not in self._dates:
            self._dates[sentence.index] = find_dates(
                sentence.text, self.article.published, sentence.start
            )
        return self._dates[sentence.index]

    def counts(self, sentence: Sentence) -> dict[str, Count]:
        if sentence.index not in self._counts:
            self._counts[sentence.index] = find_counts(sentence.text, sentence.start)
        return self._counts[sentence.index]

    def sources(self, sentence: Sentence) -> list[Attribution]:
        if sentence.index not in self._sources:
            self._sources[sentence.index] = find_sources(sentence.text, sentence.start)
        return self._sources[sentence.index]
