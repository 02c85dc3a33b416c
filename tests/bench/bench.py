"""Benchmark conflict-extract as a user meets it: `make bench` (python tests/bench/bench.py).

Whole processes over distinct articles: the dev corpus (or the bundled examples) turned into
--batch different articles by varying places, days and numbers, so no cache hits a copy it has
seen. Measures per-core articles/s (one process, --workers 1, start-up included), --workers 2
scaling, a 2-worker Dask LocalCluster on the same batch, the first run with an empty gazetteer
cache, start-up, and peak memory per process. With SPACY_PEER=1 and spaCy installed (not a
dependency), also a spaCy-sm peer (NER + dateparser + GeoNames lookups) on the same batch.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"
EXAMPLES = ROOT / "data" / "examples"
CLI = [sys.executable, "-m", "conflict_extract.cli.main"]
# Places swapped into variants, several wars (each a real place the gazetteer knows).
PLACES = ("Barda", "Tartar", "Ganja", "Goris", "Jermuk", "Kharkiv", "Sumy", "Odesa", "Kherson",
          "Belgorod", "Kursk", "Rafah", "Jabalia", "Tyre", "Nabatieh", "Marib", "Taiz", "Idlib",
          "Homs", "Omdurman", "Kadugli", "Poonch", "Mandalay", "Dnipro")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def variants(texts: list[str], count: int) -> list[str]:
    """``count`` distinct articles: each a corpus article with its places, weekdays and
    numbers changed (deterministic)."""
    place = re.compile(r"\b(?:" + "|".join(PLACES) + r")\b")
    day = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
    number = re.compile(r"(?<![\d-])\d{1,3}(?![\d-])")
    out = []
    for i in range(count):
        rng = random.Random(i)
        text = texts[i % len(texts)]
        text = place.sub(lambda _, r=rng: r.choice(PLACES), text)
        text = day.sub(lambda _, r=rng: r.choice(WEEKDAYS), text)
        text = number.sub(lambda _, r=rng: str(r.randint(1, 99)), text)
        out.append(f"{text}\n\nReport {i}.")
    return out


def batch_folder(texts: list[str]) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="ce-bench-"))
    for i, text in enumerate(texts):
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def run(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the process and its children)."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(command, check=True, capture_output=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return time.perf_counter() - start, max(before, after) / 1024


def extract_batch(folder: Path, workers: int) -> float:
    return run([*CLI, str(folder), "-f", "jsonl", "--workers", str(workers), "-o", os.devnull])[0]


def first_run() -> float:
    """An article with an empty gazetteer cache (the index is built in this run)."""
    cache = tempfile.mkdtemp(prefix="ce-cache-")
    try:
        env = {**os.environ, "CONFLICT_EXTRACT_CACHE": cache}
        return run([*CLI, str(sorted(EXAMPLES.glob("*.txt"))[0])], env)[0]
    finally:
        shutil.rmtree(cache)


def dask_batch(folder: Path) -> float | None:
    try:
        from distributed import LocalCluster
    except ImportError:
        return None
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:  # fmt: skip
        command = [*CLI, str(folder), "-f", "jsonl", "-o", os.devnull]
        return run([*command, "--scheduler", cluster.scheduler_address])[0]


def spacy_peer(folder: Path) -> float | None:
    """The peer the project measures against, if asked for and installed."""
    if os.environ.get("SPACY_PEER") != "1":
        return None
    try:
        import spacy  # noqa: F401
    except ImportError:
        print("bench: SPACY_PEER=1 but spaCy is not installed; peer skipped", file=sys.stderr)
        return None
    return run([sys.executable, str(Path(__file__).with_name("spacy_peer.py")), str(folder)])[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEV if DEV.is_dir() else EXAMPLES)
    parser.add_argument("--batch", type=int, default=2000, help="distinct articles in the batch")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    folder = batch_folder(variants(texts, args.batch))
    try:
        one = extract_batch(folder, 1)
        two = extract_batch(folder, 2)
        dask = dask_batch(folder)
        peer = spacy_peer(folder)
    finally:
        shutil.rmtree(folder)
    help_seconds, _ = run([*CLI, "--help"])
    single, rss = run([*CLI, str(sorted(EXAMPLES.glob("*.txt"))[0])])
    figures = {
        "corpus": f"{args.corpus} -> {args.batch} distinct variants",
        "articles_per_second_one_core (whole process)": round(args.batch / one, 1),
        "articles_per_second_workers_2": round(args.batch / two, 1),
        "speedup_workers_2": round(one / two, 2),
        "dask_2_workers_seconds_vs_workers_2": None if dask is None else f"{dask:.1f} vs {two:.1f}",
        "first_run_empty_cache_seconds": round(first_run(), 2),
        "help_seconds": round(help_seconds, 3),
        "one_article_seconds": round(single, 3),
        "peak_rss_mb_per_process": round(rss, 1),
    }
    if peer is not None:
        figures["spacy_peer_articles_per_second"] = round(args.batch / peer, 1)
        figures["times_the_peer"] = round(peer / one, 1)
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
