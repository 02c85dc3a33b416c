"""Output files that are never left half-written."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from typing import IO

from .guards import is_special


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def open_output(path: str | None, append: bool = False) -> Iterator[IO[str]]:
    """stdout, a file appended to line by line (--resume), or a temporary file renamed on success."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if append or is_special(path):
        # a device or FIFO (-o /dev/null) is written in place, never replaced by a file
        with open(path, "a" if append else "w", encoding="utf-8") as handle:
            yield handle
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".conflict-extract-", suffix=".tmp")
    os.fchmod(fd, 0o666 & ~current_umask())  # mode like any other tool's output, not 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
