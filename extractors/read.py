"""Turn raw bytes into an article: decoded text, publication date, clutter removed."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from .dates import MONTHS
from .lexicon import RELATED_MARKERS, words
from .sentences import HEADLINE_WORDS  # a line this short with no stop: a headline


class UnreadableArticle(ValueError):
    """The input cannot be read as an article (empty, binary, ...)."""


@dataclass
class Article:
    text: str
    published: dt.date | None
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()
    # who wrote or published it ("By Trend", "KYIV (Reuters) -", "YEREVAN, OCTOBER 5,
    # ARMENPRESS."): the article's own voice, never a source of what it reports
    bylines: tuple[str, ...] = ()
    # a saved web page's own metadata (og:title, og:site_name, canonical URL); a plain text's
    # title is its headline line
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass
class Page:
    """The main text of a saved web page and what its metadata says."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None


# " date 2020-10-05 The fighting ..." (the corpus' own first line)
DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")

# "BAKU, Oct. 4 (Reuters) -" or "KYIV, Ukraine, 4 October 2022 (AP) —"
DATELINE = re.compile(
    r"\A[ \t]*[A-Z][A-Z .'-]{2,30},(?:[ \t]*[A-Z][a-z]+,)?[ \t]*"
    r"(?:(?P<m1>[A-Z][a-z]{2,8})\.?[ \t]+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})[ \t]+(?P<m2>[A-Z][a-z]{2,8}))"
    r"(?:,?[ \t]+(?P<y>\d{4}))?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-–—]",
    re.MULTILINE,
)

# Bylines in the first lines: "By Vugar Khalilov", "By | Rachel Brooks", "BEIRUT (AP) —",
# "GAZA, Feb 25 (NNN-WAFA) –", "(MENAFN- Nam News Network)", "YEREVAN, OCTOBER 5, ARMENPRESS."
BYLINE_NAME = r"[A-Z][\w.&'’]*(?:[ -][A-Z][\w.&'’]*){0,3}"
# A dateline's city and day before the agency that credits it
DATELINE_HEAD = r"[A-Z][A-Za-z .'/-]{2,30}, [A-Za-z]+\.? \d{1,2}(?:, \d{4})?, "
BYLINES = (
    re.compile(rf"^[ \t]*By[ \t|:]+({BYLINE_NAME})", re.MULTILINE),
    re.compile(rf"(?:\b[A-Z]{{2,}}|\d|,[ \t]*[A-Z][a-z]+)[ \t]*\(({BYLINE_NAME})\)"),
    re.compile(rf"^[ \t]*\(({BYLINE_NAME})[ \t]*[-–)]", re.MULTILINE),
    # "YEREVAN, OCTOBER 5, ARMENPRESS.", "Baku, July 20, 2023, AZERTAC" (a line of its own)
    re.compile(rf"^[ \t]*{DATELINE_HEAD}({BYLINE_NAME})\.", re.MULTILINE),
    re.compile(rf"^[ \t]*{DATELINE_HEAD}([A-Z][A-Z-]+)[ \t]*$", re.MULTILINE),
    # "September 28, Fineko/abc.az. An entire family ...", "October 5, APA. Shells hit ...": a
    # day, then the agencies that credit it
    re.compile(
        r"^[ \t]*[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?, ([A-Za-z][\w.&'’-]*(?:/[A-Za-z][\w.&'’-]*)?)\.\s",
        re.MULTILINE,
    ),
)
BYLINE_REACH = 600  # characters from the start where bylines stand


# A character each byline pattern needs (tested before the pattern is run)
BYLINE_KEYS = ("By", "(", "(", ",", ",", ",")


def bylines(text: str) -> tuple[str, ...]:
    head = text[:BYLINE_REACH]
    patterns = [p for p, key in zip(BYLINES, BYLINE_KEYS, strict=True) if key in head]
    names = [m[1] for pattern in patterns for m in pattern.finditer(head)]
    parts = [
        part for name in names for part in (name, *re.split(r"[-/]", name)) if len(part) > 1
    ]  # fmt: skip
    return tuple(dict.fromkeys(part.strip() for part in parts))


HTML_HINT = re.compile(r"<(?:html|body|p|div|br|span|head|!doctype)\b", re.IGNORECASE)
HTML_DROP = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
HTML_BREAK = re.compile(r"<(?:br|/p|/div|/h\d|/li|/tr)\b[^>]{0,200}>", re.IGNORECASE)
HTML_TAG = re.compile(r"<[^>]{0,2000}>")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16 (with a BOM, or told by its zero
    bytes), else detection; compressed or random bytes are binary."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    utf16 = utf16_without_bom(raw)
    if utf16:
        return raw.decode(utf16, errors="replace"), utf16
    if looks_binary(raw):
        raise UnreadableArticle("binary file, not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise UnreadableArticle("binary file, not text")
    return raw.decode(best.encoding, errors="replace"), best.encoding


# Signatures of formats that are never article text (images, PDF, archives, compressed).
BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF",
                b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x28\xb5\x2f\xfd")  # fmt: skip
# charset-normalizer's "chaos" of its best guess above which bytes are noise, not text.
MAX_CHAOS = 0.3
# Bytes below space that text does not use (tab, newline, form feed and CR are text).
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' where every other byte is zero (Latin-script UTF-16)."""
    head = raw[:4096]
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(raw: bytes) -> bool:
    head = raw[:4096]
    if not head:
        return False
    if head.startswith(BINARY_MAGIC):
        return True
    controls = sum(head.count(b) for b in CONTROL_BYTES)
    return controls > len(head) // 20


def strip_html(text: str) -> str:
    text = HTML_DROP.sub(" ", text)
    text = HTML_BREAK.sub("\n\n", text)
    text = HTML_TAG.sub(" ", text)
    return html.unescape(text)


def read_page(markup: str) -> Page:
    """The article in a saved web page, through trafilatura (menus, "related news", captions
    and footers left out), with its title, site name, URL and date from the page's metadata.
    Without trafilatura, or when it finds no main text, tags are stripped instead."""
    try:
        import trafilatura
    except ImportError:
        return Page(strip_html(markup))
    try:
        document = trafilatura.bare_extraction(
            " ".join(markup.split()),  # a line break inside a paragraph is a space
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a page the parser cannot take: its text is still read, tags stripped
        document = None
    if document is None or not (document.text or "").strip():
        return Page(strip_html(markup))
    body = "\n\n".join(line.strip() for line in document.text.splitlines() if line.strip())
    title = clean_meta(document.title)
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return Page(text, title, clean_meta(document.sitename), clean_meta(document.url),
                parse_iso(document.date or ""))  # fmt: skip


def clean_meta(value: str | None) -> str | None:
    """One line of metadata text (no control characters), or None."""
    value = " ".join(CONTROL.sub(" ", value or "").split())
    return value[:300] or None


# A first line that reads as a headline: short, not ending a sentence.
HEADLINE = re.compile(r"\A\s*([^\n]{8,160}?)[ \t]*(?:\n|\Z)")


def headline(text: str) -> str | None:
    match = HEADLINE.match(text)
    if not match or match[1].rstrip().endswith((".", ":", ",")):
        return None
    return match[1].strip()


def parse_dateline(text: str) -> dt.date | None:
    match = DATELINE.search(text[:600])
    if not match:
        return None
    month = MONTHS.get((match["m1"] or match["m2"]).lower()[:3])
    if not month or not match["y"]:
        return None
    try:
        return dt.date(int(match["y"]), month, int(match["d1"] or match["d2"]))
    except ValueError:
        return None


def read_article(raw: bytes | str, published: dt.date | None = None) -> Article:
    """Decode and clean one article; raise UnreadableArticle when there is no text.

    The published day comes from ``published``, else the corpus' date line, else a web
    page's metadata, else a news dateline."""
    notes: list[str] = []
    if isinstance(raw, bytes):
        text, encoding = decode(raw)
    else:
        # lone surrogates (from a str built with surrogateescape) cannot be written as UTF-8
        text, encoding = raw.encode("utf-8", "replace").decode("utf-8"), "utf-8"
    if "\x00" in text:
        text = text.replace("\x00", " ")
        notes.append("NUL bytes removed")
    # line ends become "\n" without changing the length, so spans index the text as given
    text = CONTROL.sub(" ", text).replace("\r\n", " \n").replace("\r", "\n")
    match = DATE_LINE.match(text)
    if match:
        if published is None:
            published = parse_iso(match[1])
        # keep offsets: spans index into the text as read, date line blanked
        text = " " * match.end() + text[match.end() :]
    page = None
    if HTML_HINT.search(text[:5000]):
        page = read_page(text)  # spans index the page's main text, as shown by `report`
        text = CONTROL.sub(" ", page.text)
        notes.append("main text of a web page (trafilatura)")
        published = published or page.published
    text = without_related_links(text)  # (a page's too: "Read also: Drones hit Odesa")
    if published is None:
        published = parse_dateline(text)
    if published is not None:
        text = without_later_listings(text, published)
    text = without_embedded_posts(text)
    if not text.strip():
        raise UnreadableArticle("empty article, no text")
    article = Article(text, published, encoding, tuple(notes), bylines(text))
    if page is not None:
        article.title, article.outlet, article.url = page.title, page.outlet, page.url
    else:
        article.title = headline(text)
    return article


PROSE_ENDS = (".", "!", "?", "”", '"')  # how a line of prose ends (a headline has no stop)
# "Related news" on a line of its own, or "READ MORE: <headline>" on one line.
RELATED_LINE = re.compile(rf"^[ \t]*{words(RELATED_MARKERS)}\b[ \t]*:?[ \t]*", re.I | re.M)


def without_related_links(text: str) -> str:
    """Blank (offsets kept) the headlines listed under a "Related news" line: up to the first
    line that reads as prose (long, or closed by a full stop)."""
    if not RELATED_LINE.search(text):
        return text
    chars = list(text)
    for marker in RELATED_LINE.finditer(text):
        line_end = text.find("\n", marker.end())
        line_end = len(text) if line_end < 0 else line_end
        blank(chars, marker.start(), line_end)  # the marker, and a headline on its line
        position = line_end + 1
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            line = text[position:end].strip()
            if line and (len(line.split()) > HEADLINE_WORDS or line.endswith(PROSE_ENDS)):
                break  # prose again: the article goes on
            blank(chars, position, end)
            position = end + 1
    return "".join(chars)


# A news list's date and time after a headline ("441 16.09.2025, 22:18": views, then the
# stamp): a line that opens with one, dated after the article, lists other news.
STAMP_LINE = re.compile(
    r"^[ \t]*(?:\d{1,7}[ \t]+|\d{0,6}?)(\d{1,2})\.(\d{1,2})\.(\d{4}),?[ \t]+\d{1,2}:\d{2}", re.M
)


def without_later_listings(text: str, published: dt.date) -> str:
    """Blank (offsets kept) the news a page lists after the article, known by stamps dated
    after it: each stamped line, and the headline line before it."""
    if not STAMP_LINE.search(text):
        return text
    chars = list(text)
    for stamp in STAMP_LINE.finditer(text):
        try:
            day = dt.date(int(stamp[3]), int(stamp[2]), int(stamp[1]))
        except ValueError:
            continue  # not a date
        if day <= published:
            continue  # the article's own stamp, or news of its time
        line_end = text.find("\n", stamp.start())
        blank(chars, stamp.start(), len(text) if line_end < 0 else line_end)
        before = text.rfind("\n", 0, max(0, stamp.start() - 1))
        headline_line = text[before + 1 : stamp.start()].strip()
        if headline_line and not headline_line.endswith(PROSE_ENDS):
            blank(chars, before + 1, stamp.start())  # (a headline: no closing stop)
    return "".join(chars)


# An embedded social-media post, one line ending in its signature: "Russia just hit Odesa
# again. — Ivan Petrov (@ivanpetrov) March 2, 2024" (a quote from another day, not the report)
EMBEDDED_POST = re.compile(
    r"^[^\n]*[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})[^\n]*$",
    re.M,
)


def without_embedded_posts(text: str) -> str:
    """Blank (offsets kept) the lines that embed a social-media post with its signature."""
    if "(@" not in text:
        return text
    chars = list(text)
    for post in EMBEDDED_POST.finditer(text):
        blank(chars, post.start(), post.end())
    return "".join(chars)


def blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if chars[index] != "\n":
            chars[index] = " "


def parse_iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
