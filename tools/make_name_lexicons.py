"""Derive kg's personal-name lexicons (kg/ner/data/names_*) from arabic-name-romanizer's index.

    pip install --no-deps arabic-name-romanizer==0.2.0
    python tools/make_name_lexicons.py          # or: make ner-lexicons

The package (MIT code) ships ``resources/names.sqlite3``, an index of attested Latin
spellings of Arabic-script personal names. Only its Wikidata rows are used (labels
of people, CC0 1.0); the rows from the DziriNames benchmark are left out. Writes,
deterministically (sorted, no timestamps):

* ``kg/ner/data/names_full.tsv.gz``: ``arabic<TAB>latin``, the full names (two words
  or more) of people Wikidata knows, normalised as kg normalises words
  (kg.normalize.norm), with their most attested Latin spelling;
* ``kg/ner/data/names_given.txt`` and ``names_family.txt``: the name units Wikidata
  gives as given names and as family names (twice or more); a unit may be two words
  (عبد الرحمن، أبو بكر). A given name is kept only when it is attested as one more
  often than its frequency in general text (kg/ner/data/wordfreq_ar.txt.gz) would
  explain: log10(times attested) - max(0, Zipf - 3) >= 0.2, which keeps أحمد، ماهر،
  حسان and drops the common words Wikidata also lists as given names (مدينة، بيت، أمر).

The package is needed only here; ``kg`` reads the files (kg/names.py). The CRF
tagger does not read them: no retraining is needed after a change.
"""
from __future__ import annotations

import gzip
import importlib.util
import math
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kg.normalize import norm  # noqa: E402

OUT = ROOT / "kg" / "ner" / "data"
ARABIC_WORDS = re.compile(r"^[\u0621-\u064a]+( [\u0621-\u064a]+)*$")    # Arabic letters only
MIN_FAMILY = 2
MIN_GIVEN_SCORE = 0.2


def index_path() -> Path:
    spec = importlib.util.find_spec("arabic_name_romanizer")
    if spec is None:
        sys.exit("make_name_lexicons: pip install --no-deps arabic-name-romanizer==0.2.0 first")
    return Path(spec.origin).parent / "resources" / "names.sqlite3"


def _key(arabic: str):
    k = norm(" ".join(arabic.split()))
    return k if ARABIC_WORDS.match(k) else None


def _french(latin: str) -> int:
    """How French a spelling looks (Bachar el-Assad): on a tie the English one is taken."""
    low = latin.lower()
    return sum(low.count(x) for x in ("ch", "ou", "el-", "dj", "ss"))


def full_names(db) -> dict:
    counts = defaultdict(lambda: defaultdict(int))
    for arabic, latin, n in db.execute(
            "SELECT arabic_key, latin, count FROM full_names WHERE source = 'wikidata'"):
        k = _key(arabic)
        latin = " ".join(latin.split())
        if k and " " in k and latin and latin.isascii():
            counts[k][latin] += n
    out = {}
    for k, spellings in counts.items():
        words = len(k.split())
        # the most attested spelling; on a tie the one with as many words as the Arabic
        out[k] = min(spellings.items(),
                     key=lambda kv: (-kv[1], abs(len(kv[0].split()) - words), _french(kv[0]), kv[0]))[0]
    return out


def units(db, role: str) -> dict:
    counts = defaultdict(int)
    for arabic, n in db.execute(
            "SELECT arabic_key, count FROM units WHERE source = 'wikidata' AND role = ?", (role,)):
        k = _key(arabic)
        if k and len(k.replace(" ", "")) >= 2:
            counts[k] += n
    return counts


def given_names(db) -> list:
    from kg.ner.features import word_frequencies

    zipf = word_frequencies()
    return sorted(k for k, n in units(db, "given").items()
                  if math.log10(n) - max(0.0, zipf.get(k, 0.0) - 3) >= MIN_GIVEN_SCORE)


def family_names(db) -> list:
    return sorted(k for k, n in units(db, "surname").items() if n >= MIN_FAMILY)


def main() -> int:
    db = sqlite3.connect(f"file:{index_path()}?mode=ro", uri=True)
    full = full_names(db)
    text = "".join(f"{k}\t{v}\n" for k, v in sorted(full.items()))
    with open(OUT / "names_full.tsv.gz", "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))
    header = ("# {} name units of people in Wikidata (CC0 1.0), through arabic-name-romanizer "
              "0.2.0; see LICENSE.txt\n")
    given = given_names(db)
    family = family_names(db)
    (OUT / "names_given.txt").write_text(header.format("given") + "\n".join(given) + "\n", "utf-8")
    (OUT / "names_family.txt").write_text(header.format("family") + "\n".join(family) + "\n", "utf-8")
    print(f"{len(full)} full names, {len(given)} given names, {len(family)} family names "
          f"-> {OUT.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
