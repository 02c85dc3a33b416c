"""The HTML map as a browser runs it, offline: markers drawn, hostile text inert (headless Chromium).

The page carries Leaflet and jQuery inline (no CDN), so with no network the map still draws its
markers and rings. A script appended for the test writes what happened into the page title,
which Chromium dumps with the DOM.
"""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from conflict_extract.cli.main import app

from .browser import needs_browser, run_in_browser

pytestmark = needs_browser

HOSTILE = (
    " date 2021-06-14 Rockets hit Barda on Sunday, killing 2, said `${globalThis.PWNED=1}` "
    "and <script>globalThis.PWNED=2</script> and C:\\x\\users and \u2028 line.\n\n"
    "Shells struck Tartar on Sunday, the ministry said ${globalThis.PWNED=3}.\n"
)
REPORT = """<script>
setTimeout(() => { document.title = JSON.stringify({pwned: globalThis.PWNED || 0,
  paths: document.querySelectorAll("path.leaflet-interactive").length,
  leaflet: typeof L !== "undefined"}); }, 200);
</script>"""


def draw(folder: Path, text: str) -> str:
    (folder / "article.txt").write_text(text, encoding="utf-8")
    out = folder / "map.html"
    result = CliRunner().invoke(app, ["map", str(folder), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_the_map_draws_offline_and_hostile_text_stays_inert(tmp_path: Path) -> None:
    page = draw(tmp_path, HOSTILE)
    assert "${globalThis" not in page and "C:\\x" not in page
    assert not re.search(r'<script src="https?://', page)  # nothing from a CDN
    (tmp_path / "checked.html").write_text(page.replace("</html>", REPORT + "</html>"),
                                           encoding="utf-8")  # fmt: skip
    seen = run_in_browser(tmp_path / "checked.html")
    # two strikes, the reference dot and three distance rings, all drawn with no network
    assert seen == {"pwned": 0, "paths": 6, "leaflet": True}
