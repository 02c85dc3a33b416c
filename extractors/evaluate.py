"""Score predicted events against a gold corpus (rules in the corpus' ANNOTATION.md)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .geo import distance_km
from .names import name_key

MATCH_KM = 25.0
HEAD_STOP = frozenset({"of", "the", "for", "and", "s", "on", "in"})


class CorpusError(ValueError):
    """The corpus does not follow the layout (message says where)."""


@dataclass
class ArticleScore:
    id: str
    matched: list[tuple[dict, dict]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    negative: bool = False


@dataclass
class Report:
    articles: list[ArticleScore]

    def measures(self) -> dict[str, float | int | None]:
        pairs = [pair for a in self.articles for pair in a.matched]
        tp = len(pairs)
        fp = sum(len(a.spurious) for a in self.articles)
        fn = sum(len(a.missed) for a in self.articles)
        precision = ratio(tp, tp + fp)
        recall = ratio(tp, tp + fn)
        negatives = [a for a in self.articles if a.negative]
        gold_sources = [(s, p) for g, p in pairs for s in g.get("sources") or []]
        with_coords = [(g, p) for g, p in pairs if g.get("lat") is not None]
        return {
            "articles": len(self.articles),
            "gold_events": tp + fn,
            "predicted_events": tp + fp,
            "matched": tp,
            "precision": precision,
            "recall": recall,
            "f1": f1(precision, recall),
            "date_accuracy": share(pairs, lambda g, p: g.get("date") == p.get("date")),
            "killed_accuracy": share(pairs, lambda g, p: g.get("killed") == p.get("killed")),
            "injured_accuracy": share(pairs, lambda g, p: g.get("injured") == p.get("injured")),
            "weapon_accuracy": share(pairs, lambda g, p: g.get("weapon") == p.get("weapon")),
            "coords_within_25km": share(with_coords, lambda g, p: within(g, p, MATCH_KM)),
            "source_recall": ratio(
                sum(source_found(s, p.get("sources") or []) for s, p in gold_sources),
                len(gold_sources),
            ),
            "source_precision": ratio(
                sum(
                    source_matches(s, g.get("sources") or [])
                    for g, p in pairs
                    for s in p.get("sources") or []
                ),
                sum(len(p.get("sources") or []) for _, p in pairs),
            ),  # fmt: skip
            "actor_accuracy": share(pairs, actor_right),
            "denial_accuracy": share(pairs, denial_right),
            "negative_articles": len(negatives),
            "negatives_clean": ratio(sum(not a.spurious for a in negatives), len(negatives)),
        }


def ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return 0.0 if precision is not None and recall is not None else None
    return round(2 * precision * recall / (precision + recall), 4)


def share(pairs: list[tuple[dict, dict]], test: Callable[[dict, dict], bool]) -> float | None:
    return ratio(sum(bool(test(g, p)) for g, p in pairs), len(pairs))


def head_word(name: str) -> str:
    words = [w for w in name_key_words(name) if w not in HEAD_STOP]
    return words[-1] if words else ""


def name_key_words(name: str) -> list[str]:
    cleaned = name.replace("’s", "").replace("'s", "").replace("’", "").replace("'", "")
    return [name_key(w) for w in cleaned.split() if name_key(w)]


def source_found(gold: str, predicted: list[str]) -> bool:
    head = head_word(gold)
    return bool(head) and any(head in name_key_words(p) for p in predicted)


def source_matches(predicted: str, gold: list[str]) -> bool:
    """A predicted name shares the head word of one of the gold names."""
    words = name_key_words(predicted)
    return any(head_word(g) and head_word(g) in words for g in gold)


def actor_right(gold: dict, pred: dict) -> bool:
    """Both null, or the predicted actor shares the gold actor's head word."""
    if not gold.get("actor") or not pred.get("actor"):
        return not gold.get("actor") and not pred.get("actor")
    return source_found(gold["actor"], [pred["actor"]])


def denial_right(gold: dict, pred: dict) -> bool:
    """Both empty, or every gold denier found among the predicted ones."""
    deniers, found = gold.get("denied_by") or [], pred.get("denied_by") or []
    if not deniers:
        return not found
    return all(source_found(d, found) for d in deniers)


def within(gold: dict, pred: dict, limit: float) -> bool:
    if None in (gold.get("lat"), gold.get("lon"), pred.get("lat"), pred.get("lon")):
        return False
    return distance_km((gold["lat"], gold["lon"]), (pred["lat"], pred["lon"])) <= limit


def same_place(gold: dict, pred: dict) -> bool:
    gold_names = {name_key(gold.get(k) or "") for k in ("location", "mention")} - {""}
    pred_names = {name_key(pred.get(k) or "") for k in ("location", "mention")} - {""}
    return bool(gold_names & pred_names) or within(gold, pred, MATCH_KM)


def match_article(article_id: str, gold: list[dict], predicted: list[dict]) -> ArticleScore:
    """One-to-one matching; among candidate pairs the same date wins, then the nearest."""
    pairs = [
        (g.get("date") != p.get("date"), i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(predicted)
        if same_place(g, p)
    ]
    used_gold, used_pred = set(), set()
    score = ArticleScore(article_id, negative=not gold)
    for _, i, j in sorted(pairs):
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        score.matched.append((gold[i], predicted[j]))
    score.missed = [g for i, g in enumerate(gold) if i not in used_gold]
    score.spurious = [p for j, p in enumerate(predicted) if j not in used_pred]
    return score


def load_gold(corpus: Path) -> list[dict]:
    path = corpus / "gold.jsonl"
    if not path.is_file():
        raise CorpusError(f"{path}: missing gold.jsonl")
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            assert isinstance(entry["id"], str) and isinstance(entry["events"], list)
        except (ValueError, KeyError, TypeError, AssertionError) as error:
            raise CorpusError(f"{path}:{number}: not a gold line ({error})") from error
        if not (corpus / "articles" / f"{entry['id']}.txt").is_file():
            raise CorpusError(f"{path}:{number}: no article articles/{entry['id']}.txt")
        entries.append(entry)
    return entries


def load_predictions(path: Path) -> dict[str, list[dict]]:
    """JSONL rows from `--format jsonl`, grouped by article id (the file's stem)."""
    by_article: dict[str, list[dict]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            article_id = Path(row["article"]).stem
        except (ValueError, KeyError, TypeError) as error:
            raise CorpusError(f"{path}:{number}: not a prediction line ({error})") from error
        by_article.setdefault(article_id, []).append(row)
    return by_article


def score_corpus(
    corpus: Path,
    predict: Callable[[Path], list[dict]] | None = None,
    predictions: dict[str, list[dict]] | None = None,
) -> Report:
    """Score ``predict(article_path)`` (or saved ``predictions``) against the corpus gold."""
    scores = []
    for entry in load_gold(corpus):
        path = corpus / "articles" / f"{entry['id']}.txt"
        found = predictions.get(entry["id"], []) if predictions is not None else predict(path)  # type: ignore[misc]
        scores.append(match_article(entry["id"], entry["events"], found))
    return Report(scores)


def fold_of(article_id: str, folds: int) -> int:
    """A fixed fold for an article: the first byte of the SHA-1 of its id, modulo ``folds``
    (the rule of the corpus' own two-halves scorer, so fold 0 is its "A" and 1 its "B")."""
    import hashlib

    return hashlib.sha1(article_id.encode()).digest()[0] % folds


def split_folds(report: Report, folds: int) -> list[Report]:
    """The report's articles in ``folds`` fixed parts."""
    return [Report([a for a in report.articles if fold_of(a.id, folds) == k]) for k in range(folds)]


def worst(report: Report, count: int) -> Iterable[ArticleScore]:
    ranked = sorted(report.articles, key=lambda a: -(len(a.missed) + len(a.spurious)))
    return [a for a in ranked if a.missed or a.spurious][:count]
