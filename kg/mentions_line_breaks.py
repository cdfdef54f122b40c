"""A person's name broken by a line: the text's sentences end at every line break, so a name
written over two lines (وقال سمير⏎الضناوي، القيادي في ...) reaches the tagger and the rules as
the end of one sentence and the start of the next, and comes out as two persons or one word of
it. Mended over the whole document's mentions:

- a person mention that opens a line, after a line that ends in a word with no punctuation
  (a bare line break) where that word stands where a name's first word stands (after a verb
  of speech, a trade, a nationality or a title: اعتبر سمير⏎الضناوي، قال هوشيار⏎عبد الله) and
  is no common word, or is itself a one-word person: the two are one name.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.lexicon import PERSON_TITLES, STOPWORDS, common_words, strip_clitics
from kg.mentions_lone_persons import introduces_name
from kg.model import Mention
from kg.names import given_names

#: the end of a line with no punctuation before the break: the word before and the break
_BARE_BREAK = re.compile(r"(\w+)[ \t]*\r?\n[ \t]*$")


def names_across_line_breaks(sentences, text, mentions, kb=None) -> list:
    """``mentions`` (a whole document's) with every person's name broken by a bare line
    break made one mention (see the module)."""
    if "\n" not in text:
        return mentions
    starts = [s.start for s in sentences]
    out = list(mentions)
    for m in sorted(mentions, key=lambda x: x.start):
        if m.type != "Person" or not _opens_line(text, m.start):
            continue
        hit = _BARE_BREAK.search(text, max(0, m.start - 60), m.start)
        if hit is None or hit.end() != m.start or m not in out:
            continue
        si = bisect_right(starts, hit.start(1)) - 1
        if si < 0:
            continue
        toks = sentences[si].tokens
        k = next((i for i, t in enumerate(toks) if t.start == hit.start(1) and t.end == hit.end(1)), None)
        if k is None:
            continue
        before = [x for x in out if x.start <= toks[k].start < x.end]
        lone_person = len(before) == 1 and before[0].type == "Person" and before[0].start == toks[k].start
        if before and not lone_person:
            continue
        word = toks[k].norm
        if not lone_person and not (k > 0 and _opens_name(toks[k - 1], kb) and _name_like(word)):
            continue
        joined = Mention(start=toks[k].start, end=m.end, text=text[toks[k].start:m.end], type="Person",
                         source=m.source, score=m.score, title=m.title)
        out = [x for x in out if x is not m and not (x.start < joined.end and joined.start < x.end)] + [joined]
    return out


def _opens_line(text, start) -> bool:
    """Does a line break come right before ``start`` (spaces or tabs between)? The cheap test
    before _BARE_BREAK's search, which tries every position of its window, and before the
    look for the mention among those kept (one comparison of every field per mention)."""
    return text[max(0, start - 60):start].rstrip(" \t").endswith("\n")


def _opens_name(tok, kb) -> bool:
    return introduces_name(tok, kb) or any(stem in PERSON_TITLES for _, stem in strip_clitics(tok.norm))


def _name_like(word) -> bool:
    return word not in STOPWORDS and (word in given_names() or word not in common_words())
