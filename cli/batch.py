"""Run extraction over many inputs: order kept, failures reported, progress on stderr."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .guards import (
    OutputLocked,
    bounded_workers,
    glob_problem,
    is_special,
    lock,
    output_problem,
    resume_problem,
    workers_problem,
)
from .inputs import DEFAULT_GLOB, UNREADABLE, Result, expand, process
from .output import open_output
from .render import FORMATS, inert_line, jsonl_line, rows

if TYPE_CHECKING:
    from conflict_extract import Strike

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3


@dataclass
class Options:
    fmt: str = "table"
    output: str | None = None
    reference: str = "Stepanakert"
    units: str = "km"
    published: dt.date | None = None
    glob: str = DEFAULT_GLOB
    workers: int | None = None
    resume: bool = False
    debug: bool = False
    geocoder: str = "offline"
    scheduler: str | None = None
    merge: bool = False


def fail_usage(message: str) -> int:
    print(f"conflict-extract: error: {inert_line(message)}", file=sys.stderr)
    return EXIT_USAGE


def run(inputs: list[str], options: Options) -> int:
    from conflict_extract import ONLINE, UnknownReference, resolve_reference

    try:
        reference = resolve_reference(options.reference)
    except UnknownReference as error:
        return fail_usage(str(error))
    if options.resume and options.merge:
        return fail_usage("--resume and --merge do not go together")
    if options.resume and not (options.fmt == "jsonl" and options.output):
        return fail_usage("--resume needs --format jsonl and --output FILE")
    if options.geocoder not in ("offline", *ONLINE):
        return fail_usage(
            f"unknown geocoder {options.geocoder!r}: use offline, {', '.join(ONLINE)}"
        )
    problem = glob_problem(options.glob) or workers_problem(options.workers)
    if "-" in inputs and (sys.stdin is None or sys.stdin.closed):
        problem = "standard input is closed (nothing to read for '-')"
    if problem:
        return fail_usage(problem)
    items = list(expand(inputs, options.glob))
    problem = output_problem(options.output, items)
    if not problem and options.resume:
        problem = resume_problem(options.output or "")
    if problem:
        return fail_usage(problem)
    if options.resume:
        drop_torn_tail(options.output or "")
        done = already_done(options.output or "")
        items = [item for item in items if resolved(item) not in done]
    settings = {
        "reference": reference,
        "published": options.published,
        "debug": options.debug,
        "geocoder": options.geocoder,
    }
    workers = bounded_workers(default_workers(options.workers, len(items)), len(items))
    if options.scheduler:
        try:
            produced = dask_results(items, settings, options.scheduler)
        except DaskUnavailable as error:
            return fail_usage(str(error))
    else:
        produced = results_of(items, settings, workers)
    tally = Tally()
    try:
        write(progress(produced, len(items)), tally, options)
    except OutputLocked as error:
        return fail_usage(f"{options.output}: {error}")
    except BrokenPipeError:
        quiet_stdout()  # "| head -1": the reader has what it wanted; a normal end
        return EXIT_OK
    except OSError as error:
        where = options.output or "standard output"
        print(f"conflict-extract: error: cannot write {inert_line(where)}: {error.strerror or error}",
              file=sys.stderr)  # fmt: skip
        return EXIT_OUTPUT
    tally.report(len(items) > 1)
    return EXIT_SOME_FAILED if tally.failed else EXIT_OK


def write(results: Iterator[Result], tally: Tally, options: Options) -> None:
    if options.merge:
        write_merged(results, tally, options)
    elif options.fmt == "jsonl" and options.output and not is_special(options.output):
        stream_jsonl(options.output, results, tally, options)
    else:
        with open_output(options.output) as out:
            if options.fmt == "jsonl":
                for result in results:
                    out.write(jsonl_block(tally.add(result), options.units))
                    out.flush()
            else:
                collected = [tally.add(r) for r in results]
                color = options.output is None and sys.stdout.isatty()
                FORMATS[options.fmt].events(out, collected, options.units, color)


def quiet_stdout() -> None:
    """After a closed pipe, send what is left to /dev/null so exit does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def resolved(item: str) -> str:
    return item if item == "-" or item.startswith(UNREADABLE) else os.path.realpath(item)


def write_merged(results: Iterator[Result], tally: Tally, options: Options) -> None:
    strikes = merged(tally.add(r) for r in results)
    with open_output(options.output) as out:
        color = options.output is None and sys.stdout.isatty()
        FORMATS[options.fmt].strikes(out, strikes, color)


def merged(results: Iterable[Result]) -> list[Strike]:
    """One record per strike across the articles' events."""
    from conflict_extract import Report, merge_events

    reports = [Report(r.article, r.published, e) for r in results for e in r.events]
    return merge_events(reports)


def jsonl_block(result: Result, units: str) -> str:
    return "".join(jsonl_line(row) for row in rows([result], units))


def stream_jsonl(path: str, results: Iterator[Result], tally: Tally, options: Options) -> None:
    """JSONL to a file, one article's lines per write, under an exclusive lock: a killed run
    leaves whole lines only, and --resume continues it (a torn tail is cut off first)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if options.resume else 0)
    fd = os.open(path, flags, 0o644)
    try:
        lock(fd)
        if not options.resume:
            os.ftruncate(fd, 0)
        for result in results:
            block = jsonl_block(tally.add(result), options.units).encode("utf-8")
            while block:
                block = block[os.write(fd, block) :]
    finally:
        os.close(fd)


def drop_torn_tail(path: str) -> None:
    """Cut a torn last line, and with it every line of the last article before it: that
    article may have been cut in the middle of its lines, so --resume extracts it again."""
    if not os.path.exists(path):
        return
    with open(path, "rb+") as handle:
        data = handle.read()
        if not data or data.endswith(b"\n"):
            return
        lines = data[: data.rfind(b"\n") + 1].splitlines(keepends=True)
        last = article_of(lines[-1]) if lines else None
        while lines and last is not None and article_of(lines[-1]) == last:
            lines.pop()
        handle.seek(0)
        handle.truncate(sum(len(line) for line in lines))


def article_of(line: bytes) -> str | None:
    try:
        return json.loads(line)["article"]
    except (ValueError, KeyError, TypeError):
        return None


def default_workers(requested: int | None, items: int) -> int:
    """The cores (at most 8) for a batch, one process for a single input."""
    return requested or (min(os.cpu_count() or 1, 8) if items > 1 else 1)


def results_of(items: list[str], settings: dict, workers: int) -> Iterator[Result]:
    if workers <= 1 or len(items) <= 1:
        return (process(item, settings) for item in items)
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers)
    chunk = max(1, min(32, len(items) // (workers * 8) or 1))
    results = pool.map(process, items, [settings] * len(items), chunksize=chunk)
    return closing(results, pool)


class DaskUnavailable(Exception):
    pass


def dask_results(items: list[str], settings: dict, address: str) -> Iterator[Result]:
    """Run the batch on a Dask cluster; results come back in input order as they finish.

    Workers read the files themselves, so paths must be visible to them (shared storage).
    """
    try:
        from distributed import Client
    except ImportError as error:
        raise DaskUnavailable(
            "--scheduler needs Dask: pip install 'conflict-extract[dask]'"
        ) from error
    try:
        client = Client(address, timeout="10s")
    except (OSError, ValueError, TypeError) as error:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {error}") from error
    return ordered_from_cluster(client, items, settings)


# Files per Dask task: one task per file costs the client more bookkeeping than the work.
CLUSTER_CHUNK = 200


def process_chunk(items: list[str], settings: dict) -> list[Result]:
    return [process(item, settings) for item in items]


def ordered_from_cluster(client, items: list[str], settings: dict) -> Iterator[Result]:  # type: ignore[no-untyped-def]
    """Chunks of files as tasks; results streamed back in input order as chunks finish."""
    chunks = [items[i : i + CLUSTER_CHUNK] for i in range(0, len(items), CLUSTER_CHUNK)]
    try:
        futures = [client.submit(process_chunk, chunk, settings, pure=False) for chunk in chunks]
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                yield from future.result()
            except Exception as error:  # a lost worker fails its articles, not the batch
                reason = f"cluster error: {type(error).__name__}: {error}"
                yield from (Result(article=item, error=reason) for item in chunk)
    finally:
        client.close()


def closing(results: Iterator[Result], pool) -> Iterator[Result]:  # type: ignore[no-untyped-def]
    try:
        yield from results
    finally:
        # wait for the pool's threads: leaving them to interpreter exit gives "Bad file
        # descriptor" tracebacks now and then
        pool.shutdown(wait=True, cancel_futures=True)


def progress(results: Iterator[Result], total: int) -> Iterator[Result]:
    if total < 2 or not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("articles", total=total)
        for result in results:
            bar.advance(task)
            yield result


def already_done(path: str) -> set[str]:
    """Articles (by resolved path) with lines in an earlier JSONL run (a torn line ignored)."""
    done: set[str] = set()
    if not os.path.exists(path):
        return done
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                done.add(resolved(json.loads(line)["article"]))
            except (ValueError, KeyError, TypeError):
                continue
    return done


class Tally:
    def __init__(self) -> None:
        self.files = self.events = self.failed = 0

    def add(self, result: Result) -> Result:
        self.files += 1
        self.events += len(result.events)
        if result.error:
            self.failed += 1
            print(
                f"conflict-extract: {inert_line(result.article)}: {result.error}", file=sys.stderr
            )
        for note in result.notes:
            print(f"conflict-extract: {inert_line(result.article)}: note: {note}", file=sys.stderr)
        return result

    def report(self, batch: bool) -> None:
        if batch:
            print(f"conflict-extract: {self.files} file(s), {self.events} event(s), "
                  f"{self.failed} failed", file=sys.stderr)  # fmt: skip


@dataclass
class Collected:
    """The results of a whole-corpus command (map, report, timeline), read once."""

    results: list[Result]
    reference: object
    failed: int


def collect(
    inputs: list[str], output: str, suffixes: tuple[str, ...], options: dict
) -> Collected | int:
    """Check the arguments, then extract every input (an exit code when they are wrong)."""
    from pathlib import Path

    from conflict_extract import UnknownReference, resolve_reference

    if Path(output).suffix.lower() not in suffixes:
        return fail_usage(f"--output must end in {', '.join(suffixes[:-1])} or {suffixes[-1]}")
    try:
        ref = resolve_reference(options.get("reference", "Stepanakert"))
    except UnknownReference as error:
        return fail_usage(str(error))
    glob, workers = options.get("glob", DEFAULT_GLOB), options.get("workers")
    problem = glob_problem(glob) or workers_problem(workers)
    items = [] if problem else list(expand(inputs, glob))
    problem = problem or output_problem(output, items)
    if problem:
        return fail_usage(problem)
    settings = {"reference": ref, "published": options.get("published"), "debug": False,
                "geocoder": "offline", "keep_article": options.get("keep_article", False)}  # fmt: skip
    count = bounded_workers(default_workers(workers, len(items)), len(items))
    tally = Tally()
    results = [tally.add(r) for r in progress(results_of(items, settings, count), len(items))]
    return Collected(results, ref, tally.failed)


def cannot_write(output: str, error: OSError) -> int:
    print(f"conflict-extract: error: cannot write {inert_line(output)}: {error.strerror or error}",
          file=sys.stderr)  # fmt: skip
    return EXIT_OUTPUT


def run_map(inputs: list[str], output: str, reference: str, glob: str, workers: int | None) -> int:
    """Extract, merge, draw. Exit 2 for an unknown extension or missing map packages."""
    from pathlib import Path

    from .maps import MapsUnavailable, draw_html, draw_static
    from .render import strike_row

    options = {"reference": reference, "glob": glob, "workers": workers}
    collected = collect(inputs, output, (".png", ".svg", ".html"), options)
    if isinstance(collected, int):
        return collected
    ref = collected.reference
    strikes = [strike_row(s) for s in merged(collected.results)]
    draw = draw_html if Path(output).suffix.lower() == ".html" else draw_static
    try:
        drawn = draw(strikes, ref.point, ref.name, Path(output))  # type: ignore[attr-defined]
    except MapsUnavailable as error:
        return fail_usage(str(error))
    except OSError as error:
        return cannot_write(output, error)
    shown = drawn if isinstance(drawn, int) else len(drawn)
    print(f"conflict-extract: {shown} strike(s) drawn to {output}", file=sys.stderr)
    unplaced = sum(s["lat"] is None for s in strikes)
    if unplaced:
        print(f"conflict-extract: {unplaced} strike(s) at places without coordinates not drawn",
              file=sys.stderr)  # fmt: skip
    return EXIT_SOME_FAILED if collected.failed else EXIT_OK


def run_timeline(inputs: list[str], output: str, options: dict) -> int:
    """Extract, merge, draw strikes and casualties per day (PNG or SVG)."""
    from .maps import MapsUnavailable
    from .timeline import draw_timeline

    collected = collect(inputs, output, (".png", ".svg"), options)
    if isinstance(collected, int):
        return collected
    strikes = merged(collected.results)
    try:
        shown, undated = draw_timeline(strikes, output)
    except MapsUnavailable as error:
        return fail_usage(str(error))
    except OSError as error:
        return cannot_write(output, error)
    print(f"conflict-extract: {shown} strike(s) on the timeline in {output}"
          + (f"; {undated} undated not shown" if undated else ""), file=sys.stderr)  # fmt: skip
    return EXIT_SOME_FAILED if collected.failed else EXIT_OK


def run_report(inputs: list[str], output: str, options: dict) -> int:
    """Extract, then write one self-contained verification page."""
    from .report import write_report

    collected = collect(inputs, output, (".html", ".htm"), {**options, "keep_article": True})
    if isinstance(collected, int):
        return collected
    # articles read or failed; a folder's "no file matches" note is no article
    articles = [r for r in collected.results if r.read is not None or r.error]
    strikes = merged(articles) if options.get("merge") else None
    try:
        write_report(articles, strikes, output)
    except OSError as error:
        return cannot_write(output, error)
    events = sum(len(r.events) for r in articles)
    print(f"conflict-extract: {len(articles)} article(s), {events} event(s) in {output}",
          file=sys.stderr)  # fmt: skip
    return EXIT_SOME_FAILED if collected.failed else EXIT_OK
