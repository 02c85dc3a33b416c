"""Name keys: fold spellings of one place name to one lookup key.

"Xankəndi", "Khankendi" and "Hankendi" should meet; so should "Tərtər", "Terter" and
"Tartar". The folding is systematic (letters and digraphs), never a list of names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode decomposition does not reduce to ASCII, plus Azerbaijani letters
# whose English transliteration differs from the bare letter.
LETTERS = str.maketrans(
    {
        "ə": "a", "ǝ": "a", "ı": "i", "ş": "sh", "ç": "ch", "ğ": "gh", "x": "kh", "q": "g",
        "ö": "o", "ü": "u", "ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l",
        "ʻ": "", "ʼ": "", "’": "", "'": "", "‘": "", "`": "",
    }
)  # fmt: skip

# Digraphs that transliterations spell differently: Gyandzha/Ganja, Shoushi/Shushi,
# Aghdam/Agdam, Terter/Tartar (e and a are merged: vowel quality is not reliable).
DIGRAPHS = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"),
    ("ou", "u"), ("ch", "c"), ("sh", "s"), ("ph", "f"),
)  # fmt: skip
# Single letters folded after the digraphs (none makes another's input, so one pass).
SINGLE_LETTERS = str.maketrans({"y": "i", "e": "a", "w": "v", "q": "g", "k": "c"})
NON_LETTERS = re.compile(r"[^a-z]+")
DOUBLES = re.compile(r"(.)\1+")
# Azerbaijani c is English j (Gəncə/Ganja); Russian gy before a vowel is g (Gyandzha).
SOUNDS = ((re.compile(r"c(?!h)"), "j"), (re.compile(r"\bgy(?=[aeiou])"), "g"))
PREFIX_AL = re.compile(r"^(?:al|el|as|ad|ar|an|ash|at|az)\s+")


@lru_cache(maxsize=65536)
def exact_key(name: str) -> str:
    """A name folded only for case, accents and punctuation ("Tərtər" -> "tartar")."""
    text = name.lower().translate(LETTERS)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return PREFIX_AL.sub("", NON_LETTERS.sub(" ", text).strip())


def name_key(name: str) -> str:
    """The loose lookup key of a place name: also digraphs and vowels folded."""
    return loose_key(exact_key(name))


@lru_cache(maxsize=65536)
def loose_key(exact: str) -> str:
    """The loose key of an exact key (many spellings share one exact key: work done once)."""
    text = exact
    for pattern, new in SOUNDS:
        text = pattern.sub(new, text)
    for old, new in DIGRAPHS:
        text = text.replace(old, new)
    text = text.translate(SINGLE_LETTERS)
    return DOUBLES.sub(r"\1", text).replace(" ", "")


# The batch forms below give the same keys as exact_key() and loose_key() for many names at
# once: each step runs over one string of all the names (in C), not once per name. They make
# the one-off index of 630,000 GeoNames spellings take seconds.
COMBINING = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    + "]"
)
NON_LETTERS_LINES = re.compile(r"[^a-z\n]+")
PREFIX_AL_LINES = re.compile(r"^(?:al|el|as|ad|ar|an|ash|at|az) +", re.MULTILINE)
EDGE_SPACES = re.compile(r" *\n *")
SOUNDS_LINES = ((re.compile(r"c(?!h)"), "j"), (re.compile(r"\bgy(?=[aeiou])", re.MULTILINE), "g"))
DOUBLES_LINES = re.compile(r"([a-z ])\1+")


def exact_keys(names: list[str]) -> list[str]:
    """exact_key() of every name (names must not contain a newline)."""
    text = "\n".join(names).lower().translate(LETTERS)
    text = COMBINING.sub("", unicodedata.normalize("NFKD", text))
    text = EDGE_SPACES.sub("\n", NON_LETTERS_LINES.sub(" ", text)).strip(" ")
    return PREFIX_AL_LINES.sub("", text).split("\n")


def loose_keys(exacts: list[str]) -> list[str]:
    """loose_key() of every exact key."""
    text = "\n".join(exacts)
    for pattern, new in SOUNDS_LINES:
        text = pattern.sub(new, text)
    for old, new in DIGRAPHS:
        text = text.replace(old, new)
    text = text.translate(SINGLE_LETTERS)
    return DOUBLES_LINES.sub(r"\1", text).replace(" ", "").split("\n")


NOT_LATIN = re.compile("[^\u0000-\u024fəǝʻʼ’‘]")


def is_latin(name: str) -> bool:
    return not NOT_LATIN.search(name)
