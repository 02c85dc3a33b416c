"""`evaluate` on a tiny invented corpus: a miss, a spurious event, a name variant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract.cli.main import app
from conflict_extract.evaluate import match_article, source_found

ARTICLES = {
    "a1": " date 2020-10-12\nRockets struck Khankendi on Sunday, the emergency service said.\n",
    "a2": " date 2020-10-13\nShells hit Tartar on Monday, killing two, the ministry said.\n",
    "a3": " date 2020-10-14\nDiplomats met in Geneva on Tuesday to discuss a truce.\n",
}
GOLD = [
    {"id": "a1", "published": "2020-10-12", "events": [
        {"location": "Stepanakert", "mention": "Stepanakert", "lat": 39.8153, "lon": 46.7519,
         "date": "2020-10-11", "weapon": "rocket", "killed": None, "injured": None,
         "sources": ["the emergency service"]}]},
    {"id": "a2", "published": "2020-10-13", "events": [
        {"location": "Tartar", "mention": "Tartar", "lat": 40.342, "lon": 46.932,
         "date": "2020-10-12", "weapon": "artillery", "killed": 2, "injured": None, "sources": []},
        {"location": "Barda", "mention": "Barda", "lat": 40.376, "lon": 47.126,
         "date": "2020-10-12", "weapon": "artillery", "killed": None, "injured": None, "sources": []}]},
    {"id": "a3", "published": "2020-10-14", "events": []},
]  # fmt: skip


def make_corpus(root: Path, gold: list[dict] = GOLD) -> Path:
    (root / "articles").mkdir(parents=True)
    for name, text in ARTICLES.items():
        (root / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    (root / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    return root


def evaluate(*args: str):
    return CliRunner().invoke(app, ["evaluate", *args])


def test_measures(tmp_path: Path) -> None:
    result = evaluate(str(make_corpus(tmp_path)), "--json")
    assert result.exit_code == 0, result.output
    measures = json.loads(result.stdout)
    assert measures["gold_events"] == 3
    assert measures["matched"] == 2  # Khankendi matches Stepanakert; Barda is missed
    assert measures["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert measures["killed_accuracy"] == 1.0
    assert measures["negatives_clean"] == 1.0


def test_saved_predictions_spurious_and_miss(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    predictions = tmp_path / "pred.jsonl"
    rows = [
        {
            "article": "x/a1.txt",
            "location": "Khankendi",
            "lat": 39.81,
            "lon": 46.75,
            "date": "2020-10-11",
        },
        {"article": "x/a3.txt", "location": "Geneva", "lat": 46.2, "lon": 6.14, "date": None},
    ]
    predictions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    measures = json.loads(evaluate(str(corpus), "--predictions", str(predictions), "--json").stdout)
    assert (measures["matched"], measures["predicted_events"]) == (1, 2)
    assert measures["negatives_clean"] == 0.0
    assert measures["date_accuracy"] == 1.0


def test_worst_articles_listed(tmp_path: Path) -> None:
    result = evaluate(str(make_corpus(tmp_path)))
    assert "a2: missed Barda 2020-10-12" in result.stdout


def test_same_date_wins() -> None:
    gold = [
        {"location": "Ganja", "date": "2020-10-11"},
        {"location": "Ganja", "date": "2020-10-17"},
    ]
    predicted = [{"location": "Ganja", "date": "2020-10-17"}]
    score = match_article("x", gold, predicted)
    assert score.matched[0][0]["date"] == "2020-10-17"


@pytest.mark.parametrize(
    ("gold", "predicted", "found"),
    [
        ("Hikmet Hajiyev", ["Hajiyev"], True),
        ("Azeri defense ministry", ["Azerbaijan's Defence Ministry"], True),
        ("Human Rights Watch", ["Amnesty International"], False),
    ],
)
def test_source_head_words(gold: str, predicted: list[str], found: bool) -> None:
    assert source_found(gold, predicted) is found


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        ("no-gold", "missing gold.jsonl"),
        ("bad-line", "not a gold line"),
        ("no-article", "no article articles/zz.txt"),
    ],
)
def test_bad_corpus_exit_2(tmp_path: Path, breakage: str, message: str) -> None:
    corpus = make_corpus(tmp_path)
    gold = corpus / "gold.jsonl"
    if breakage == "no-gold":
        gold.unlink()
    elif breakage == "bad-line":
        gold.write_text(gold.read_text() + "{not json\n")
    else:
        gold.write_text(gold.read_text() + json.dumps({"id": "zz", "events": []}) + "\n")
    result = evaluate(str(corpus))
    assert result.exit_code == 2
    assert message in result.stderr


def test_folds_split_the_corpus_by_article_id(tmp_path: Path) -> None:
    from conflict_extract.evaluate import fold_of

    result = evaluate(str(make_corpus(tmp_path)), "--folds", "2", "--json")
    assert result.exit_code == 0, result.output
    parts = json.loads(result.stdout)
    assert len(parts) == 2
    assert sum(p["articles"] for p in parts) == 3
    assert sum(p["gold_events"] for p in parts) == 3
    assert fold_of("nk2-03", 2) == fold_of("nk2-03", 2) in (0, 1)
    assert evaluate(str(make_corpus(tmp_path / "b")), "--folds", "0").exit_code == 2
