"""The command line through Typer's CliRunner: formats, exit codes, bad inputs."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract.cli.main import app

from .conftest import EXAMPLE

ARTICLE = """ date 2022-03-08 Strike on a city

Rockets hit Barda on Monday, killing two people, Azerbaijan's Defence Ministry said.
"""


def invoke(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "barda.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_default_command_prints_table(article: Path) -> None:
    result = invoke(str(article))
    assert result.exit_code == 0
    assert "Barda (AZ)" in result.stdout
    assert "2022-03-07" in result.stdout
    assert "1 event(s)" in result.stdout


def test_bundled_example_runs() -> None:
    result = invoke(str(EXAMPLE))
    assert result.exit_code == 0
    assert "Dondar Gushchu" in result.stdout


def test_no_events_message(tmp_path: Path) -> None:
    path = tmp_path / "calm.txt"
    path.write_text("The talks in Geneva ended without agreement.", encoding="utf-8")
    result = invoke(str(path))
    assert result.exit_code == 0
    assert "no strike events found" in result.stdout


def test_json(article: Path) -> None:
    payload = json.loads(invoke("--json", str(article)).stdout)
    assert payload[0]["article"] == str(article)
    assert payload[0]["published"] == "2022-03-08"
    event = payload[0]["events"][0]
    assert (event["location"], event["killed"], event["weapon"]) == ("Barda", 2, "rocket")


def test_jsonl_has_article_on_each_line(article: Path) -> None:
    lines = invoke("-f", "jsonl", str(article)).stdout.splitlines()
    assert [json.loads(line)["article"] for line in lines] == [str(article)]


def test_csv_joins_lists(article: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(invoke("-f", "csv", str(article)).stdout)))
    assert rows[0]["location"] == "Barda"
    assert rows[0]["sources"] == "Azerbaijan's Defence Ministry"


def test_geojson_is_lon_lat(article: Path) -> None:
    payload = json.loads(invoke("-f", "geojson", str(article)).stdout)
    assert payload["type"] == "FeatureCollection"
    lon, lat = payload["features"][0]["geometry"]["coordinates"]
    assert 46 < lon < 48 and 39 < lat < 41


def test_output_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    result = invoke("--json", str(article), "-o", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text())[0]["events"][0]["location"] == "Barda"
    assert not list(tmp_path.glob(".conflict-extract-*"))


def test_stdin_with_published() -> None:
    body = "Rockets hit Barda on Monday, the ministry said."
    payload = json.loads(invoke("--json", "-", "--published", "2022-03-09", stdin=body).stdout)
    assert payload[0]["events"][0]["date"] == "2022-03-07"


def test_reference_and_units(article: Path) -> None:
    km = json.loads(invoke("--json", str(article), "--reference", "Ganja").stdout)
    mi = json.loads(invoke("--json", str(article), "--units", "mi").stdout)
    assert km[0]["events"][0]["reference"] == "Ganja"
    assert 50 < km[0]["events"][0]["distance_km"] < 120
    event = mi[0]["events"][0]
    assert event["distance_mi"] == pytest.approx(event["distance_km"] / 1.609344, abs=0.1)


def test_reference_lat_lon(article: Path) -> None:
    payload = json.loads(invoke("--json", str(article), "--reference", "40.3758,47.1262").stdout)
    assert payload[0]["events"][0]["distance_km"] < 1


def test_folder_with_glob_and_failure(tmp_path: Path, article: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE.replace("Barda", "Tartar"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.md").write_text(ARTICLE, encoding="utf-8")
    result = invoke("-f", "jsonl", str(tmp_path), "--workers", "1")
    places = {json.loads(line)["location"] for line in result.stdout.splitlines()}
    assert places == {"Barda", "Tartar"}
    assert result.exit_code == 1
    assert "empty.txt: empty article" in result.stderr
    assert "3 file(s), 2 event(s), 1 failed" in result.stderr


def test_missing_file_exit_1(tmp_path: Path) -> None:
    result = invoke(str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "no such file" in result.stderr


@pytest.mark.parametrize(
    "args",
    [("--published", "yesterday"), ("--format", "xml"), ("--reference", "Atlantis-Nowhere")],
)
def test_usage_errors_exit_2(article: Path, args: tuple[str, str]) -> None:
    assert invoke(str(article), *args).exit_code == 2


def test_version_and_help() -> None:
    assert invoke("--version").stdout.startswith("conflict-extract ")
    help_text = invoke("extract", "--help").stdout
    assert "Exit codes" in help_text and "--format" in help_text


@pytest.mark.parametrize(
    ("name", "flags", "first_bytes"),
    [
        ("events.csv", [], "article,published,location"),
        ("events.json", [], "["),
        ("events.jsonl", [], '{"article"'),
        ("events.geojson", [], '{"type": "FeatureCollection"'),
        ("events.csv", ["-f", "json"], "["),  # -f wins over the extension
        ("events.out", [], "barda.txt"),  # an unknown extension: the table
    ],
)
def test_output_extension_picks_the_format(
    article: Path, tmp_path: Path, name: str, flags: list[str], first_bytes: str
) -> None:
    target = tmp_path / name
    assert invoke(str(article), "-o", str(target), *flags).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert text.lstrip().startswith(first_bytes) or first_bytes in text.splitlines()[0]


def test_format_choices_come_from_the_format_table() -> None:
    from conflict_extract.cli.render import FORMATS

    help_text = invoke("extract", "--help").stdout
    for name in FORMATS:
        assert name in help_text
    assert invoke(str(EXAMPLE), "-f", "xml").exit_code == 2


def test_summary_says_what_is_unknown(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-03-08 Rockets hit Barda on Monday.\n", encoding="utf-8")
    out = invoke(str(path)).stdout
    assert "killed unknown; injured unknown" in out and "0 killed" not in out


def test_geojson_keeps_placeless_events(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-03-08 Shells hit the village of Qzxwvbar and Barda on Monday.\n"
                    " Shells hit the village of Plorkveni on Monday.\n", encoding="utf-8")  # fmt: skip
    features = json.loads(invoke(str(path), "-f", "geojson").stdout)["features"]
    events = json.loads(invoke(str(path), "-f", "json").stdout)[0]["events"]
    assert len(features) == len(events)
    assert any(f["geometry"] is None for f in features) == any(e["lat"] is None for e in events)


def test_output_files_follow_the_umask(article: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "events.json"
        assert invoke(str(article), "-o", str(target)).exit_code == 0
        assert target.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)


def test_a_glob_that_matches_nothing_is_noted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(str(tmp_path), "--glob", "*.html")
    assert result.exit_code == 0 and "no file matches --glob '*.html'" in result.stderr


@pytest.mark.parametrize("value", ["5 Oct 2020", "October 5, 2020", "2020-10-05"])
def test_published_in_plain_words(article: Path, value: str) -> None:
    result = invoke(str(article), "--published", value, "-f", "jsonl")
    assert result.exit_code == 0 and '"published": "2020-10-05"' in result.stdout
