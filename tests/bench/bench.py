"""Benchmark conflict-extract: `make bench` (or python tests/bench/bench.py [--corpus DIR] [--json FILE]).

Measures library throughput on one core, cold CLI time for one article, --help time, peak
memory, batch throughput with 1 and 2 workers, and gazetteer lookups per second.
"""

from __future__ import annotations

import argparse
import json
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


def corpus_texts(folder: Path) -> list[bytes]:
    texts = [p.read_bytes() for p in sorted(folder.glob("*.txt"))]
    return texts * max(1, 40 // max(1, len(texts)))


def library_rate(texts: list[bytes], rounds: int = 5) -> float:
    from conflict_extract import extract

    for text in texts:  # warm: gazetteer open, caches filled
        extract(text)
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            extract(text)
    return rounds * len(texts) / (time.perf_counter() - start)


def lookup_rate(count: int = 20000) -> float:
    from conflict_extract.gazetteer import default_gazetteer

    names = ["Ganja", "Barda", "Kharkiv", "Martuni", "Tartar", "Nowhereville", "Izmail", "Rafah"]
    gazetteer = default_gazetteer()
    start = time.perf_counter()
    for i in range(count):  # uncached: one SQLite query each
        gazetteer._lookup(names[i % len(names)])
    return count / (time.perf_counter() - start)


def timed(command: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def batch_rate(folder: Path, workers: int) -> tuple[float, int]:
    files = len(list(folder.glob("*.txt")))
    seconds = timed(
        [*CLI, str(folder), "-f", "jsonl", "--workers", str(workers), "-o", "/dev/null"], 1
    )
    return files / seconds, files


def replicated(texts: list[bytes], copies: int) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="ce-bench-"))
    for i in range(copies):
        (folder / f"a{i:05d}.txt").write_bytes(texts[i % len(texts)])
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEV if DEV.is_dir() else EXAMPLES)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--batch", type=int, default=2000, help="articles in the batch test")
    args = parser.parse_args()
    texts = corpus_texts(args.corpus)
    one = sorted(args.corpus.glob("*.txt"))[0]
    folder = replicated(texts, args.batch)
    try:
        rate1, files = batch_rate(folder, 1)
        rate2, _ = batch_rate(folder, 2)
    finally:
        shutil.rmtree(folder)
    figures = {
        "corpus": str(args.corpus),
        "library_articles_per_second_one_core": round(library_rate(texts), 1),
        "gazetteer_lookups_per_second": round(lookup_rate()),
        "cli_help_seconds": round(timed([*CLI, "--help"]), 3),
        "cli_one_article_seconds": round(timed([*CLI, str(one)]), 3),
        "cold_first_lookup_seconds": round(timed([sys.executable, "-c", COLD]), 3),
        "batch_files": files,
        "batch_articles_per_second_1_worker": round(rate1, 1),
        "batch_articles_per_second_2_workers": round(rate2, 1),
        "batch_speedup_2_workers": round(rate2 / rate1, 2),
        "peak_rss_mb_children": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
        ),
        "peak_rss_mb_library": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


COLD = (
    "from conflict_extract.gazetteer import default_gazetteer; default_gazetteer().lookup('Ganja')"
)

if __name__ == "__main__":
    main()
