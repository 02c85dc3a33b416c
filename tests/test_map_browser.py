"""The HTML map as a browser runs it: hostile article text stays inert (headless Chromium).

The page's map library normally comes from a CDN; with no network the test swaps those
script tags for a small stand-in that records the map calls, so the page's own script runs
to the end. A final script writes what happened into the page title, which Chromium dumps.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract.cli.main import app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)"
)

HOSTILE = (
    " date 2021-06-14 Rockets hit Barda on Sunday, killing 2, said `${globalThis.PWNED=1}` "
    "and <script>globalThis.PWNED=2</script> and C:\\x\\users and \u2028 line.\n\n"
    "Shells struck Tartar on Sunday, the ministry said ${globalThis.PWNED=3}.\n"
)
STAND_IN = """<script>
window.__calls = [];
const record = (name) => new Proxy(function () {}, {
  get: (target, key) => (typeof key === "symbol" ? undefined : record(key)),
  apply: () => { window.__calls.push(name); return record(name); },
});
window.L = record("L");
window.$ = (markup) => { const d = document.createElement("div"); d.innerHTML = markup;
  document.body.appendChild(d); return [d]; };
</script>"""
REPORT = """<script>
document.title = JSON.stringify({pwned: globalThis.PWNED || 0,
  markers: window.__calls.filter((c) => c === "circleMarker").length,
  popups: window.__calls.filter((c) => c === "setContent").length});
</script>"""


def offline(page: str) -> str:
    """The page with CDN scripts and styles removed and the stand-in map library in front."""
    page = re.sub(r"<script[^>]+src=[^>]+></script>", "", page)
    page = re.sub(r"<link[^>]+href=\"https?:[^>]+>", "", page)
    page = page.replace("<head>", "<head>" + STAND_IN, 1)
    return page.replace("</html>", REPORT + "</html>")


def run_in_browser(path: Path) -> dict:
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
         "--no-proxy-server", f"file://{path}"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    title = re.search(r"<title>(.*?)</title>", result.stdout, re.DOTALL)
    assert title, result.stderr[-500:]
    return json.loads(title[1].replace("&quot;", '"'))


def test_hostile_text_does_not_run_in_the_html_map(tmp_path: Path) -> None:
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "map.html"
    result = CliRunner().invoke(app, ["map", str(tmp_path), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "${globalThis" not in page and "C:\\x" not in page
    (tmp_path / "offline.html").write_text(offline(page), encoding="utf-8")
    seen = run_in_browser(tmp_path / "offline.html")
    assert seen == {"pwned": 0, "markers": 2, "popups": 2}
