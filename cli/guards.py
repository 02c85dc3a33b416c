"""Checks before a batch runs: each returns the reason it cannot (a usage error) or None.

They keep the user's data safe: the output is never one of the inputs, --resume only
continues a JSONL file this tool wrote, and two runs never write the same file at once.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import stat
from typing import IO

# Parallel processes per core at most: more only costs memory and start-up.
WORKERS_PER_CORE = 4


def glob_problem(patterns: str) -> str | None:
    """Why a --glob (comma-separated patterns) cannot be used, or None."""
    for pattern in patterns.split(","):
        if not pattern:
            return "--glob must not be empty (nor hold an empty pattern)"
        if pattern.count("[") != pattern.count("]"):
            return f"--glob {pattern!r} has an unclosed [ ] set"
        try:
            re.compile(fnmatch.translate(pattern))
        except re.error as error:
            return f"--glob {pattern!r} is not a valid pattern ({error})"
    return None


def workers_problem(requested: int | None) -> str | None:
    if requested is not None and requested < 1:
        return "--workers must be 1 or more"
    return None


def bounded_workers(requested: int, items: int) -> int:
    """At most a few processes per core and never more than the inputs."""
    return max(1, min(requested, (os.cpu_count() or 1) * WORKERS_PER_CORE, max(items, 1)))


def same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def output_problem(output: str | None, items: list[str]) -> str | None:
    """The output must be writable and must not be one of the inputs."""
    if output is None or output == "-":
        return None
    if os.path.isdir(output):
        return f"--output {output} is a folder"
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        return f"--output {output}: folder {folder} does not exist"
    if not os.access(folder, os.W_OK) and not is_special(output):
        return f"--output {output}: folder {folder} is not writable"
    if os.path.exists(output) and any(item != "-" and same_file(item, output) for item in items):
        return f"--output {output} is one of the inputs"
    return None


def is_special(path: str) -> bool:
    """A device, FIFO or socket: written in place, never replaced by a regular file."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def resume_problem(path: str) -> str | None:
    """--resume continues only a JSONL file of event lines (or nothing yet)."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    with open(path, encoding="utf-8", errors="replace") as handle:
        first = handle.readline()
    try:
        row = json.loads(first)
    except ValueError:
        row = None
    if not isinstance(row, dict) or "article" not in row:
        return f"--resume: {path} is not a JSONL file written by conflict-extract"
    return None


class OutputLocked(Exception):
    pass


def lock(handle: IO | int) -> None:
    """An exclusive lock on the output for the whole run; fail at once if another run has it."""
    import fcntl

    fd = handle if isinstance(handle, int) else handle.fileno()
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as error:
        raise OutputLocked("another conflict-extract run is writing this output") from error
    except OSError:
        return  # a file system without locks: go on unlocked
