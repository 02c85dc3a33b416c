"""conflict-extract: strike events from war reporting.

>>> from conflict_extract import extract
>>> events = extract(open("article.txt").read(), published="2020-10-05")
"""

from .api import extract, extract_article
from .model import Event

__version__ = "0.1.0"
__all__ = ["Event", "extract", "extract_article", "__version__"]
