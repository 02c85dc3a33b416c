"""The baseline peer of the benchmark: spaCy-sm NER + dateparser + GeoNames, one process.

SPACY_PEER=1 make bench     (needs spaCy and en_core_web_sm; not project dependencies)
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(folder: str) -> None:
    import dateparser
    import spacy

    from conflict_extract import default_gazetteer

    nlp = spacy.load("en_core_web_sm")
    gazetteer = default_gazetteer()
    for path in sorted(Path(folder).glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC"):
                gazetteer.lookup(ent.text)
            elif ent.label_ == "DATE":
                dateparser.parse(ent.text, languages=["en"])


if __name__ == "__main__":
    main(sys.argv[1])
