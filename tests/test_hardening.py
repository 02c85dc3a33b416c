"""Hostile and careless use (issue 13): output safety, resume, hangs, decoding, clean errors."""

from __future__ import annotations

import datetime as dt
import fcntl
import gzip
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract import extract
from conflict_extract.cli import inputs
from conflict_extract.cli.main import app

GOOD = " date 2021-04-02 Rockets hit Barda on Thursday, killing two, the ministry said.\n"
OTHER = " date 2021-04-02 Shells struck Tartar on Thursday, wounding 3, officials said.\n"
CLI = [sys.executable, "-m", "conflict_extract.cli.main"]


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path / "in"


# ---------------------------------------------------------------- output safety


def test_a_device_is_written_in_place_not_replaced(folder: Path) -> None:
    assert cli(str(folder), "--json", "-o", "/dev/null", "--workers", "1").exit_code == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("workers", ["0", "-3"])
def test_workers_must_be_positive(folder: Path, workers: str) -> None:
    result = cli(str(folder), "--workers", workers)
    assert result.exit_code == 2 and "--workers" in result.stderr


def test_workers_are_bounded(folder: Path) -> None:
    from conflict_extract.cli.guards import bounded_workers

    assert bounded_workers(100_000, 2) == 2
    assert bounded_workers(100_000, 10**6) <= (os.cpu_count() or 1) * 4
    assert cli(str(folder), "-f", "jsonl", "--workers", "100000").exit_code == 0


@pytest.mark.parametrize("flags", [["-f", "jsonl"], ["--json"], ["-f", "csv"]])
def test_output_that_is_an_input_is_refused(folder: Path, flags: list[str]) -> None:
    target = folder / "a.txt"
    result = cli(str(folder), *flags, "-o", str(target))
    assert result.exit_code == 2 and "one of the inputs" in result.stderr
    assert target.read_text(encoding="utf-8") == GOOD


@pytest.mark.parametrize("content", ['[\n  {"article": "x"}\n]\n', "article,published\nx,y\n"])
def test_resume_only_continues_this_tools_jsonl(folder: Path, tmp_path: Path, content: str) -> None:
    out = tmp_path / "events.out"
    out.write_text(content, encoding="utf-8")
    result = cli(str(folder), "-f", "jsonl", "-o", str(out), "--resume")
    assert result.exit_code == 2 and "not a JSONL file" in result.stderr
    assert out.read_text(encoding="utf-8") == content


def test_a_torn_tail_takes_its_article_with_it(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert cli(str(folder), "-f", "jsonl", "-o", str(out), "--workers", "1").exit_code == 0
    whole = out.read_text(encoding="utf-8").splitlines()
    out.write_text(whole[0] + "\n" + whole[1][:25], encoding="utf-8")  # the disk filled up
    assert cli(str(folder), "-f", "jsonl", "-o", str(out), "--resume").exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sorted(lines) == sorted(whole)


def test_resume_matches_articles_by_resolved_path(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    os.chdir(folder.parent)
    assert cli("in", "-f", "jsonl", "-o", str(out), "--workers", "1").exit_code == 0
    assert cli(str(folder), "-f", "jsonl", "-o", str(out), "--resume").exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_a_second_run_on_the_same_output_fails_clearly(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    out.write_text("", encoding="utf-8")
    with open(out, "a") as holder:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)
        result = cli(str(folder), "-f", "jsonl", "-o", str(out), "--resume")
    assert result.exit_code == 2 and "another conflict-extract run" in result.stderr


# ---------------------------------------------------------------- hangs and decoding


def test_a_fifo_in_a_folder_is_skipped_with_a_note(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")
    result = subprocess.run([*CLI, str(folder), "-f", "jsonl"], capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    assert result.returncode == 0
    assert "pipe.txt: note: skipped: not a regular file" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_a_cut_never_splits_a_utf8_character() -> None:
    text = "é".encode()  # two bytes
    assert inputs.cut_at_character(b"ab" + text[:1]) == b"ab"
    assert inputs.cut_at_character(b"ab" + text) == b"ab" + text
    euro = "€".encode()  # three bytes
    assert inputs.cut_at_character(b"x" + euro[:2]) == b"x"
    assert inputs.cut_at_character(b"plain") == b"plain"


def test_a_large_utf8_file_cut_mid_character_stays_utf8(tmp_path: Path) -> None:
    body = GOOD + "Обстрел продолжался. " * (inputs.MAX_FILE_BYTES // 20)
    raw = body.encode("utf-8")
    cut = inputs.MAX_FILE_BYTES
    while raw[cut] & 0xC0 != 0x80:  # make the cap land inside a character
        raw = b" " + raw
    path = tmp_path / "big.txt"
    path.write_bytes(raw)
    result = cli(str(path), "-f", "jsonl")
    assert result.exit_code == 0
    assert "decoded as" not in result.stderr


@pytest.mark.parametrize(
    "data",
    [os.urandom(6000), gzip.compress(GOOD.encode() * 40)],
    ids=["random bytes", "gzip"],
)
def test_compressed_and_random_bytes_are_binary(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    result = cli(str(path), "-f", "jsonl")
    assert result.exit_code == 1 and "binary file" in result.stderr


def test_utf16_without_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(GOOD.encode("utf-16-le"))
    result = cli(str(path), "-f", "jsonl")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["location"] == "Barda"


# ---------------------------------------------------------------- clean errors


@pytest.mark.parametrize(
    ("target", "words"),
    [("nodir/x.json", "does not exist"), (".", "is a folder")],
)
def test_bad_output_paths_are_usage_errors(folder: Path, target: str, words: str) -> None:
    os.chdir(folder.parent)
    map_target = target.replace(".json", ".png")
    for command in ([str(folder), "--json", "-o", target], ["map", str(folder), "-o", map_target]):
        if command[0] == "map" and target == ".":
            continue  # the map checks the extension first
        result = cli(*command)
        assert result.exit_code == 2 and words in result.stderr, command


def test_a_full_disk_is_one_line_and_exit_3(folder: Path) -> None:
    result = subprocess.run([*CLI, str(folder), "--json", "-o", "/dev/full"],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 3
    assert "cannot write /dev/full" in result.stderr and "Traceback" not in result.stderr


def test_a_closed_pipe_is_a_normal_end(folder: Path) -> None:
    command = " ".join([*CLI, str(folder), "-f", "jsonl", "--workers", "1"]) + " | head -c 10"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Errno" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [["--glob", ""], ["--glob", "["], ["--scheduler", "::::"], ["--published", "0001-01-01"],
     ["--published", "9999-12-31"]],
)  # fmt: skip
def test_bad_option_values_are_usage_errors(folder: Path, args: list[str]) -> None:
    result = cli(str(folder), *args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_closed_stdin_is_a_usage_error() -> None:
    command = " ".join([*CLI, "-", "--published", "2021-04-02"]) + " 0<&-"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "standard input is closed" in result.stderr


def test_odd_file_names_are_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad\xffname\nconflict-extract: 0 failed.txt")
    path = tmp_path / name
    path.write_text("", encoding="utf-8")
    result = subprocess.run([*CLI, str(tmp_path), "-f", "jsonl"], capture_output=True, timeout=60)
    errors = result.stderr.decode("utf-8")  # valid UTF-8
    assert "\\xff" in errors and "\\x0a" in errors
    assert not any(line.startswith("conflict-extract: 0 failed") for line in errors.splitlines())


def test_lone_surrogates_are_written_as_json() -> None:
    events = extract(" date 2021-04-02 Rockets hit Barda \udcff on Thursday.")
    assert json.dumps([e.to_dict() for e in events], ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------- values that cannot be right


def test_impossible_counts_and_days_are_dropped() -> None:
    text = (
        " date 2020-10-05 Rockets hit Barda on 31 February, killing 2,000,000 and wounding 10^12."
    )
    (event,) = extract(text)
    assert (event.killed, event.injured) == (None, None)
    assert event.date <= dt.date(2020, 10, 5)


def test_no_strike_is_dated_after_its_report() -> None:
    (event,) = extract(" date 2020-10-05 Rockets hit Barda on 3000-01-01 and on December 30.")
    assert event.date is not None and event.date <= dt.date(2020, 10, 5)
