"""Derive kg/data/common_words.txt from the NewsFANE Gold *train* split.

A word is "common" when it occurs at least 3 times outside entity spans and at
most 5 % of its occurrences are inside one. The pattern stages use the list to
tell where a name ends ("بيت هيغسيث إطلاق عملية": إطلاق is a common word).
Derived from NewsFANE Gold (Alotaibi & Lee, COLING 2014), CC BY-SA 3.0.
Run: python tools/make_common_words.py ../shared/data/ner/newsfane-gold/newsfane-gold.train.conll
"""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.normalize import norm  # noqa: E402

outside, inside = Counter(), Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 2:
        continue
    tok, tag = parts
    w = norm(tok)
    if not w or not any("\u0621" <= c <= "\u064a" for c in w):
        continue
    (outside if tag == "O" else inside)[w] += 1

words = sorted(w for w, n in outside.items()
               if n >= 3 and inside[w] <= 0.05 * (n + inside[w]))
out = Path(__file__).resolve().parent.parent / "kg" / "data" / "common_words.txt"
header = ("# Common Arabic news words (normalised), derived from the NewsFANE Gold train split\n"
          "# (Alotaibi & Lee, COLING 2014), CC BY-SA 3.0. Regenerate: make common-words\n")
out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
print(len(words), "words ->", out)
