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
    ("ou", "u"), ("ch", "c"), ("sh", "s"), ("ph", "f"), ("y", "i"), ("e", "a"),
    ("w", "v"), ("q", "g"), ("k", "c"),
)  # fmt: skip
NON_LETTERS = re.compile(r"[^a-z]+")
DOUBLES = re.compile(r"(.)\1+")
# Azerbaijani c is English j (Gəncə/Ganja); Russian gy before a vowel is g (Gyandzha).
SOUNDS = ((re.compile(r"c(?!h)"), "j"), (re.compile(r"\bgy(?=[aeiou])"), "g"))
PREFIX_AL = re.compile(r"^(?:al|el|as|ad|ar|an|ash|at|az)\s+")


@lru_cache(maxsize=65536)
def exact_key(name: str) -> str:
    """A name folded only for case, accents and punctuation ("Tərtər" -> "tartar")."""
    text = name.lower().translate(LETTERS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return PREFIX_AL.sub("", NON_LETTERS.sub(" ", text).strip())


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The loose lookup key of a place name: also digraphs and vowels folded."""
    text = exact_key(name)
    for pattern, new in SOUNDS:
        text = pattern.sub(new, text)
    for old, new in DIGRAPHS:
        text = text.replace(old, new)
    return DOUBLES.sub(r"\1", text).replace(" ", "")


def is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "əǝʻʼ’‘" for ch in name)
