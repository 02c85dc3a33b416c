"""Pages as headless Chromium runs them, offline: a script the test appends writes what it
saw into the page title as JSON, which Chromium dumps with the DOM."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)"
)


def run_in_browser(path: Path) -> dict:
    """The JSON the page's probe wrote into its title, with every network request refused."""
    result = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
         "--no-proxy-server", "--proxy-server=127.0.0.1:9", "--virtual-time-budget=5000",
         f"file://{path}"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    title = re.search(r"<title>(.*?)</title>", result.stdout, re.DOTALL)
    assert title, result.stderr[-500:]
    return json.loads(title[1].replace("&quot;", '"'))
