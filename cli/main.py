"""The command line: a thin layer over conflict_extract.extract()."""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import Enum
from typing import Annotated

import typer
from typer.core import TyperGroup

from conflict_extract import __version__

from .inputs import DEFAULT_GLOB
from .render import FORMATS, format_for

GLOB_HELP = "File patterns inside folders, comma-separated (text and saved web pages)."
# Options several commands share, declared once
Glob = Annotated[str, typer.Option("--glob", help=GLOB_HELP)]
Workers = Annotated[int | None, typer.Option(help="Parallel processes.")]
Inputs = Annotated[list[str], typer.Argument(help="Article files or folders.")]

EPILOG = """Examples:

  conflict-extract article.txt                 rich table

  conflict-extract --json articles/ -o events.json

  conflict-extract -f jsonl archive/ --workers 2 -o events.jsonl --resume

  cat article.txt | conflict-extract - --published 2020-10-05

  conflict-extract report articles/ -o report.html --merge   check it at a glance

  conflict-extract timeline articles/ -o timeline.png

  conflict-extract evaluate corpus/            score against gold

Exit codes: 0 all inputs fine, 1 some inputs failed, 2 usage error, 3 output error.
"""


# --format choices come from the one table of output formats in render.py.
Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


class Units(str, Enum):
    km = "km"
    mi = "mi"


class DefaultToExtract(TyperGroup):
    """`conflict-extract FILE` means `conflict-extract extract FILE`."""

    def parse_args(self, ctx, args):  # type: ignore[no-untyped-def]
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["extract", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=DefaultToExtract,
    help="Turn war reporting into structured strike events.",
    epilog=EPILOG,
    rich_markup_mode=None,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"conflict-extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """Turn war reporting into structured strike events."""


def parse_published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        day = free_form_date(value)  # "5 Oct 2020", "October 5, 2020"
    if day is None:
        raise typer.BadParameter("use YYYY-MM-DD or a plain date", param_hint="--published")
    if not EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED:
        raise typer.BadParameter(
            f"use a day between {EARLIEST_PUBLISHED} and {LATEST_PUBLISHED}",
            param_hint="--published",
        )
    return day


def free_form_date(value: str) -> dt.date | None:
    from conflict_extract import parse_date

    if not any(part.isdigit() and len(part) == 4 for part in value.replace(",", " ").split()):
        return None  # a day with its year only: "yesterday" would mean the day of the run
    try:
        return parse_date(value)
    except (OverflowError, ValueError):
        return None


# News reporting of strikes: the telegraph age to well past today.
EARLIEST_PUBLISHED, LATEST_PUBLISHED = dt.date(1850, 1, 1), dt.date(2200, 12, 31)


@app.command(epilog=EPILOG)
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Article files, folders, or - for stdin.")],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format", "-f", help="Output format (default: from -o's extension, else table)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")] = False,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write here (atomically).")
    ] = None,
    reference: Annotated[
        str, typer.Option(help="Distance reference: a place or LAT,LON.")
    ] = "Stepanakert",
    units: Annotated[
        Units, typer.Option(help="Distance units in the table (and distance_mi).")
    ] = Units.km,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for all inputs.")
    ] = None,
    glob: Glob = DEFAULT_GLOB,
    workers: Annotated[
        int | None, typer.Option(help="Parallel processes (default: cores for batches).")
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="With -f jsonl -o FILE: skip articles already in FILE.")
    ] = False,
    debug: Annotated[bool, typer.Option(help="Show tracebacks for internal errors.")] = False,
    geocoder: Annotated[
        str,
        typer.Option(
            help="offline (default, no network) or nominatim|photon|arcgis for names the gazetteer lacks."
        ),
    ] = "offline",
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Run the batch on a Dask cluster (tcp://HOST:PORT); needs the [dask] extra."
        ),
    ] = None,
    merge: Annotated[
        bool,
        typer.Option("--merge", help="One record per strike across all inputs, with its reports."),
    ] = False,
) -> None:
    """Extract strike events from articles (the default command)."""
    from . import batch

    options = batch.Options(
        fmt="json" if as_json else format_for(fmt.value if fmt else None, output),
        output=output,
        reference=reference,
        units=units.value,
        published=parse_published(published),
        glob=glob,
        workers=workers,
        resume=resume,
        debug=debug,
        geocoder=geocoder,
        scheduler=scheduler,
        merge=merge,
    )
    raise typer.Exit(batch.run(inputs, options))


@app.command()
def evaluate(
    corpus: Annotated[str, typer.Argument(help="Folder with articles/*.txt and gold.jsonl.")],
    predictions: Annotated[
        str | None, typer.Option(help="Score this JSONL (from -f jsonl) instead of extracting.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the measures as one JSON object.")
    ] = False,
    worst: Annotated[int, typer.Option(help="How many worst articles to list.")] = 10,
    folds: Annotated[
        int, typer.Option(help="Score N fixed parts of the corpus side by side (by article id).")
    ] = 1,
) -> None:
    """Score extraction against a gold corpus (see ANNOTATION.md)."""
    from . import scoring

    raise typer.Exit(scoring.run(corpus, predictions, as_json, worst, folds))


@app.command("map")
def draw_map(
    inputs: Inputs,
    output: Annotated[str, typer.Option("--output", "-o", help="strikes.png, .svg or .html")],
    reference: Annotated[
        str, typer.Option(help="Centre of the distance rings: a place or LAT,LON.")
    ] = "Stepanakert",
    glob: Glob = DEFAULT_GLOB,
    workers: Workers = None,
) -> None:
    """Draw the strikes (merged across articles) on a map: PNG/SVG offline, or HTML (Leaflet)."""
    from . import batch

    raise typer.Exit(batch.run_map(inputs, output, reference, glob, workers))


@app.command("timeline")
def draw_timeline(
    inputs: Inputs,
    output: Annotated[str, typer.Option("--output", "-o", help="timeline.png or .svg")],
    glob: Glob = DEFAULT_GLOB,
    workers: Workers = None,
) -> None:
    """Strikes per day by party and by weapon, and killed/injured per day (merged strikes)."""
    from . import batch

    raise typer.Exit(batch.run_timeline(inputs, output, {"glob": glob, "workers": workers}))


@app.command("report")
def write_report(
    inputs: Inputs,
    output: Annotated[str, typer.Option("--output", "-o", help="report.html")],
    merge: Annotated[
        bool, typer.Option("--merge", help="Also list strikes merged across the articles.")
    ] = False,
    reference: Annotated[
        str, typer.Option(help="Distances from this place or LAT,LON.")
    ] = "Stepanakert",
    glob: Glob = DEFAULT_GLOB,
    workers: Workers = None,
) -> None:
    """A verification page: every article with each field's evidence highlighted in place,
    the events beside it, filters and a search box (one self-contained HTML file)."""
    from . import batch

    options = {"merge": merge, "reference": reference, "glob": glob, "workers": workers}
    raise typer.Exit(batch.run_report(inputs, output, options))


def run() -> None:
    try:
        app()
    except KeyboardInterrupt:
        print("conflict-extract: interrupted", file=sys.stderr)
        os._exit(130)


if __name__ == "__main__":
    run()
