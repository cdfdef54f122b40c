"""Personal-name lexicons shipped in kg/ner/data/ (from Wikidata, CC0; see LICENSE.txt there).

* :func:`full_names`: normalised full name (two words or more) -> its usual Latin spelling
  (حسن نصر الله -> Hasan Nasrallah);
* :func:`given_names`: given-name units, one or two words (أحمد، عبد الرحمن، أبو بكر);
* :func:`family_names`: family-name units (الدليمي، العبيدي).

Built by tools/make_name_lexicons.py (make ner-lexicons); read once, lazily.
"""
from __future__ import annotations

import gzip
from functools import lru_cache

from kg.resources import PACKAGE_DIR

DATA = PACKAGE_DIR / "ner" / "data"
# a two-word unit is a name only as particle + word or word + الله/الدين (not حزب الله)
# (not ام: normalised, أم is also "or")
_FIRST_PARTICLES = frozenset(["عبد", "ابو", "ابي", "بن", "ابن", "ال", "ذو"])
_LAST_PARTICLES = frozenset(["الله", "الدين"])


def _units(name: str) -> frozenset:
    out = set()
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if not w or w.startswith("#"):
            continue
        parts = w.split(" ")
        if len(parts) == 1 or (len(parts) == 2 and (parts[0] in _FIRST_PARTICLES or (
                parts[1] in _LAST_PARTICLES and parts[0] not in _cue_words()))):
            out.add(w)
    return frozenset(out)


@lru_cache(maxsize=1)
def _cue_words() -> frozenset:
    from kg.lexicon import ORG_HEADS, PERSON_TITLES, POST_HEADS, STOPWORDS
    return frozenset(ORG_HEADS | PERSON_TITLES | POST_HEADS | STOPWORDS)


#: given names common in Arab, Kurdish and Afghan news that Wikidata's list lacks (it has them
#: as family names only): آدم صالح أبكر، مبارك بن صالح، محفوظ أكبري، زوزان أرسلان; and Western
#: given names in the spelling the agencies use, which no list holds (جيسون، كيفن). Only names
#: that are no common word (not جمعة، رمضان، نصر، مطر، خلف: a day, a month, a noun; not ليف: a
#: fibre) and do not begin with و/ف (فاليري would read as ف + اليري)
MORE_GIVEN_NAMES = frozenset(("ادم", "مبارك", "اسحق", "نوح", "سرحان", "محفوظ", "زوزان", "روجين",
                              "جيسون", "كيفن"))


@lru_cache(maxsize=1)
def given_names() -> frozenset:
    units = _units("names_given.txt")
    return units | MORE_GIVEN_NAMES | _joined_abd(units)


def _joined_abd(units) -> frozenset:
    """The "عبد X" given names written joined, as Gulf papers write them (عبدالله، عبدالعزيز،
    عبدالرحمن): the lists hold the two-word unit."""
    return frozenset(w.replace(" ", "", 1) for w in units if w.startswith("عبد ") and w.count(" ") == 1)


@lru_cache(maxsize=1)
def family_names() -> frozenset:
    return _units("names_family.txt")


@lru_cache(maxsize=1)
def full_names() -> dict:
    out = {}
    with gzip.open(DATA / "names_full.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            arabic, _, latin = line.rstrip("\n").partition("\t")
            if arabic and latin:
                out[arabic] = latin
    return out


@lru_cache(maxsize=1)
def full_name_starts() -> frozenset:
    """The first words of the full names (a fast pre-filter)."""
    return frozenset(k.split(" ", 1)[0] for k in full_names())


@lru_cache(maxsize=1)
def full_name_pairs() -> frozenset:
    """The first two words of the full names (a fast pre-filter)."""
    return frozenset(" ".join(k.split(" ", 2)[:2]) for k in full_names())


def latin_of(name_norm: str):
    """The Latin spelling of a known full name (normalised, words separated by one space)."""
    return full_names().get(name_norm)


@lru_cache(maxsize=1)
def place_names() -> frozenset:
    """Normalised Arabic names of towns (GeoNames, CC BY 4.0; kg/ner/data/place_names.txt)."""
    return frozenset(line.strip() for line in (DATA / "place_names.txt").read_text(encoding="utf-8")
                     .splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def name_words() -> frozenset:
    """Every word of the given and family names above (عبد الله also as عبدالله)."""
    units = given_names() | family_names()
    words = {w for unit in units for w in unit.split(" ")}
    words.update(unit.replace(" ", "") for unit in units)     # عبدالله، ابوبكر written as one
    return frozenset(words)


@lru_cache(maxsize=1)
def all_name_words() -> frozenset:
    """:func:`name_words` and arabnamer's name words (kg/ner/data/person_names.txt), which
    hold foreign names too, and some common words."""
    return name_words() | frozenset(
        line.strip() for line in (DATA / "person_names.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#"))


_LINKERS = frozenset(["عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ولد"])


def name_units(words) -> int:
    """How many name units the normalised words make (عبد العزيز، أبو بكر، صلاح الدين: one each)."""
    n, k = 0, 0
    while k < len(words):
        k += 2 if (words[k] in _LINKERS and k + 1 < len(words)) or (
            k + 1 < len(words) and words[k + 1] in _LAST_PARTICLES) else 1
        n += 1
    return n


def after_given_name(norms, i) -> bool:
    """Is the word before ``i`` a given name (سليمان الأسد), so that a known person's family
    name at ``i`` belongs to someone else of the family? A given name that is also a common
    word (أمين) counts only after another given name (سليمان هلال الأسد)."""
    from kg.lexicon import common_words
    given = given_names()
    if i == 0 or norms[i - 1] not in given:
        return False
    if norms[i - 1] not in common_words():
        return True
    return i > 1 and norms[i - 2] in given and norms[i - 2] not in common_words()
