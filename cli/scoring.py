"""`conflict-extract evaluate`: print the measures and the worst articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .batch import EXIT_OK, EXIT_USAGE
from .render import inert

MEASURE_LABELS = {
    "precision": "event precision", "recall": "event recall", "f1": "event F1",
    "date_accuracy": "date accuracy", "killed_accuracy": "killed accuracy",
    "injured_accuracy": "injured accuracy", "weapon_accuracy": "weapon accuracy",
    "coords_within_25km": "coordinates within 25 km", "source_recall": "source recall",
    "source_precision": "source precision", "actor_accuracy": "actor accuracy",
    "denial_accuracy": "denial accuracy",
    "negatives_clean": "negative articles with no events",
}  # fmt: skip


def predict(path: Path) -> list[dict]:
    from conflict_extract import extract

    return [event.to_dict() for event in extract(path.read_bytes())]


def run(
    corpus: str, predictions: str | None, as_json: bool, worst_count: int, folds: int = 1
) -> int:
    from conflict_extract import CorpusError, load_predictions, score_corpus, split_folds, worst

    if folds < 1:
        print("conflict-extract: error: --folds must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    root = Path(corpus)
    try:
        saved = load_predictions(Path(predictions)) if predictions else None
        report = score_corpus(root, predict=predict, predictions=saved)
    except (CorpusError, OSError) as error:
        print(f"conflict-extract: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if folds > 1:
        return print_folds([part.measures() for part in split_folds(report, folds)], as_json)
    measures = report.measures()
    if as_json:
        print(json.dumps(measures))
        return EXIT_OK
    print_report(measures, worst(report, worst_count))
    return EXIT_OK


def print_folds(parts: list[dict], as_json: bool) -> int:
    """The measures of each fold side by side: a rule that lifts one fold only fits articles."""
    if as_json:
        print(json.dumps(parts))
        return EXIT_OK
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Evaluation by fold (fixed split by article id)")
    table.add_column("measure")
    for k, part in enumerate(parts):
        table.add_column(f"fold {k} ({part['articles']} articles)", justify="right")
    for key, label in MEASURE_LABELS.items():
        table.add_row(label, *("n/a" if p[key] is None else f"{p[key]:.3f}" for p in parts))
    Console(highlight=False, markup=False, emoji=False, width=120).print(table)
    return EXIT_OK


def print_report(measures: dict, worst_articles: list) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, markup=False, emoji=False, width=120)
    console.print(
        f"Evaluation: {measures['articles']} articles, {measures['gold_events']} gold events, "
        f"{measures['predicted_events']} predicted"
    )
    table = Table()
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, label in MEASURE_LABELS.items():
        value = measures[key]
        table.add_row(label, "n/a" if value is None else f"{value:.3f}")
    console.print(table)
    if not worst_articles:
        return
    console.print("Worst articles (missed / spurious events):")
    for score in worst_articles:
        missed = ", ".join(describe(e) for e in score.missed) or "-"
        spurious = ", ".join(describe(e) for e in score.spurious) or "-"
        console.print(inert(f"  {score.id}: missed {missed}; spurious {spurious}"))


def describe(event: dict) -> str:
    return f"{event.get('location')} {event.get('date') or 'undated'}"
