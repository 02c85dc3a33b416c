"""Bad input through the CLI, alone and inside a batch of good files (issue: robustness)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract.cli import inputs
from conflict_extract.cli.main import app

GOOD = " date 2021-04-02 Rockets hit Barda on Thursday, killing two, the ministry said.\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def html_article(path: Path) -> Path:
    body = (
        "<html><body><p>Rockets hit <b>Barda</b> on Thursday, the ministry said.</p></body></html>"
    )
    return write(path, " date 2021-04-02\n" + body)


def big_file(path: Path) -> Path:
    with open(path, "wb") as handle:
        handle.write(GOOD.encode())
        chunk = b"Officials met again to talk about the weather and the roads. " * 1000
        for _ in range(50 * 1024 * 1024 // len(chunk)):
            handle.write(chunk)
    return path


# name -> (make the file, expected exit code alone, words expected on stderr, events expected)
CASES: dict[str, tuple[Callable[[Path], Path], int, str, int]] = {
    "empty": (lambda p: write(p, b""), 1, "empty article", 0),
    "whitespace": (lambda p: write(p, " \n\t \n"), 1, "empty article", 0),
    "binary": (lambda p: write(p, PNG), 1, "binary file", 0),
    "nul bytes": (lambda p: write(p, GOOD.replace("Rockets", "Rock\x00ets")), 0, "NUL bytes removed", 1),
    "utf-16": (lambda p: write(p, GOOD.encode("utf-16")), 0, "decoded as utf-16", 1),
    "windows-1251": (
        lambda p: write(p, (GOOD + " Обстрел продолжался всю ночь, сообщили в министерстве обороны.").encode("cp1251")),
        0, "decoded as", 1,
    ),
    "latin-1": (lambda p: write(p, (GOOD + " Le ministère a confirmé l'attaque.").encode("latin-1")), 0, "decoded as", 1),
    "html": (html_article, 0, "main text of a web page", 1),
    "long line": (lambda p: write(p, GOOD.strip() + " " + "x" * (1024 * 1024)), 0, "", 1),
    "missing": (lambda p: p, 1, "no such file", 0),
}  # fmt: skip


def run_cli(*args: str):
    return CliRunner().invoke(app, ["-f", "jsonl", "--workers", "1", *args])


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_alone(tmp_path: Path, case: str) -> None:
    make, code, words, events = CASES[case]
    path = make(tmp_path / "bad.txt")
    result = run_cli(str(path))
    assert result.exit_code == code, result.output
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == events
    if code:
        assert "bad.txt" in result.stderr


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_in_a_batch(tmp_path: Path, case: str) -> None:
    make, code, _, events = CASES[case]
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(3):
        write(folder / f"good{i}.txt", GOOD)
    bad = make(folder / "zz_bad.txt")
    result = run_cli(
        str(folder / "good0.txt"), str(folder / "good1.txt"), str(bad), str(folder / "good2.txt")
    )
    articles = [json.loads(line)["article"] for line in result.stdout.splitlines()]
    assert [a for a in articles if "good" in a] == [str(folder / f"good{i}.txt") for i in range(3)]
    assert result.exit_code == code
    assert f"4 file(s), {3 + events} event(s), {code} failed" in result.stderr


@pytest.mark.slow
def test_fifty_megabytes_is_cut_and_finishes(tmp_path: Path) -> None:
    path = big_file(tmp_path / "dump.txt")
    start = time.perf_counter()
    result = run_cli(str(path))
    assert result.exit_code == 0
    assert "truncated to the first 2 MB" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["location"] == "Barda"
    assert time.perf_counter() - start < 60


def test_large_file_is_read_only_up_to_the_cap(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", GOOD + "word " * (inputs.MAX_FILE_BYTES // 4))
    result = run_cli(str(path))
    assert result.exit_code == 0
    assert "truncated" in result.stderr


def test_symlink_loop_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "loop"
    folder.mkdir()
    write(folder / "a.txt", GOOD)
    os.symlink(folder, folder / "again")
    result = run_cli(str(folder))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1


def test_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    write(tmp_path / "good.txt", GOOD)
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):  # root ignores chmod, so deny the listing here
        if str(top) == str(folder):
            onerror(PermissionError(13, "Permission denied", str(folder)))
            return iter(())
        return real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(inputs.os, "walk", walk)
    result = run_cli(str(tmp_path / "good.txt"), str(folder))
    assert result.exit_code == 1
    assert f"cannot read folder {folder}: Permission denied" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_file_that_disappears_during_the_batch(tmp_path: Path) -> None:
    path = write(tmp_path / "gone.txt", GOOD)
    items = list(inputs.expand([str(tmp_path)], "*.txt"))
    path.unlink()
    result = inputs.process(items[0], {"reference": None})
    assert result.error == "no such file"


def test_debug_shows_tracebacks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args, **kwargs):
        raise RuntimeError("rule exploded")

    monkeypatch.setattr("conflict_extract.api.build_events", boom)
    path = write(tmp_path / "a.txt", GOOD)
    quiet = run_cli(str(path))
    assert quiet.exit_code == 1 and "internal error: RuntimeError: rule exploded" in quiet.stderr
    loud = run_cli(str(path), "--debug")
    assert isinstance(loud.exception, RuntimeError)


HOSTILE = (
    " date 2021-04-02 Rockets hit Barda on Thursday, [bold red]Evil Corp[/] said.\n\n"
    "Shells hit Tartar, \x1b]8;;http://x.test\x1b\\\\link\x1b]8;;\x1b\\\\ the \x1b[31mArmy\x1b[0m said.\r"
    "Spoof\r\n"
)


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_hostile_text_stays_inert(tmp_path: Path, fmt: str) -> None:
    path = write(tmp_path / "hostile[blink]x[reverse]\x1b[2J.txt", HOSTILE)
    result = CliRunner().invoke(app, ["-f", fmt, str(path)])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x1b" not in result.stderr
    assert "\r" not in result.stdout.replace("\r\n", "\n")
    if fmt == "table":
        assert "hostile[blink]x[reverse]\\x1b[2J.txt" in result.stdout


@pytest.mark.parametrize("value", ["=HYPERLINK(1)", "+SUM(A1)", "-cmd", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_are_neutralised(value: str) -> None:
    from conflict_extract.cli.render import csv_cell

    assert csv_cell(value).startswith("'")
    assert csv_cell("-12.5") == "-12.5"


def test_killed_batch_resumes_without_duplicates_or_gaps(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(400):
        write(folder / f"a{i:04d}.txt", GOOD.replace("Barda", ["Barda", "Tartar", "Ganja"][i % 3]))
    out = tmp_path / "events.jsonl"
    command = [sys.executable, "-m", "conflict_extract.cli.main", str(folder), "-f", "jsonl",
               "-o", str(out), "--workers", "1"]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = out.read_text().splitlines()
    assert 0 < len(partial) < 400
    subprocess.run([*command, "--resume"], check=True, stderr=subprocess.DEVNULL)
    articles = [json.loads(line)["article"] for line in out.read_text().splitlines()]
    assert sorted(articles) == sorted(str(p) for p in folder.glob("*.txt"))
