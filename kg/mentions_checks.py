"""Checks on the chosen mentions, once the candidates of a sentence or a document are found.

A one-word person that is no person (a pronoun, an honorific, a suffixed noun, a number:
_no_person); a titled given name joined to the known person right after it; a name the text
introduces as a group typed an armed group; a person of the tagger's that the text places
(X (جنوب تركيا)، قرب X) typed a place; a region named with its head, named bare elsewhere in
the article; the tagger's one-word organisations that are common words; a body's board or management
before its name (مجلس إدارة الشركة): the body; a company named
after a person (شركة X وأولاده، بنك جولدمان ساكس): one organisation.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.lexicon import (DIRECTIONS, FACILITY_HEADS, ORG_HEADS, ORG_HEAD_SUBTYPES, PERSON_TITLES, PLACE_HEADS, POST_HEADS, common_words,
                        original_prefix_length, strip_clitics)
from kg.mentions_common import _QUOTES, _SON_OF, make_mention
from kg.mentions_names import PIOUS_FORMULA_STARTS, is_month_name, is_no_person_word, word_zipf
from kg.mentions_place_bodies import UNIT_HEADS
from kg.mentions_titled_names import person_name_after
from kg.model import Mention
from kg.names import all_name_words, given_names, place_names
from kg.normalize import norm
from kg.view import _stems


# a word at least this common in general text is, alone, an ordinary noun (الشباب "the youth",
# الأهلي "private") more often than a body's short name
_COMMON_BODY_ZIPF = 4.5


def _common_word_bodies(mentions) -> list:
    """The tagger's one-word organisations that are common words, kept only when the article
    names a body ending with that word (حركة الشباب ... الشباب): alone they are nouns."""
    def word(m):
        return norm(m.text).split()[-1:] or [""]
    suspects = [m for m in mentions if m.source == "ner" and m.type == "Organization"
                and len(norm(m.text).split()) == 1 and word_zipf(word(m)[0]) >= _COMMON_BODY_ZIPF]
    if not suspects:
        return mentions
    tails = {word(m)[0] for m in mentions if m.type == "Organization" and len(norm(m.text).split()) > 1}
    dropped = {id(m) for m in suspects if word(m)[0] not in tails}
    return [m for m in mentions if id(m) not in dropped]


def _titled_given_name_joined(mentions, text):
    """A one-word name of the name lists found after a title, right before a known person's
    one-word short form, is that person's given name as this text spells it: "وزير الدفاع الأمريكي جيم ماتيس" is one person
    (the knowledge base's ماتيس written with another first name). Joined, with the title; the
    link is kept after a foreign given name only (the short form after an Arabic one may be
    another member of a family: العميد ماهر الأسد)."""
    if len(mentions) < 2 or not any(m.source == "kb" and m.type == "Person" for m in mentions):
        return mentions
    mentions = sorted(mentions, key=lambda m: m.start)
    out = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.type == "Person" and m.source == "kb" and prev.type == "Person" \
                and prev.title and prev.source == "pattern" and " " not in prev.text.strip() \
                and " " not in m.text.strip() and norm(prev.text) in all_name_words() \
                and text[prev.end:m.start].isspace() and "\n" not in text[prev.end:m.start]:
            # a foreign given name keeps the link (جيم ماتيس is James Mattis); an Arabic one may
            # be a brother's (العميد ماهر الأسد)
            keep = norm(prev.text) not in given_names()
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], type="Person",
                              source="kb" if keep else "pattern", kb_id=m.kb_id if keep else None,
                              title=prev.title)
            continue
        out.append(m)
    return out


_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")


# a facility or a market is named by a name, not by a common adjective after it
_DESCRIBED_HEADS = frozenset(FACILITY_HEADS | {norm(w) for w in "سوق".split()})
_DESCRIBING_ZIPF = 3.0


def _described_place(m) -> bool:
    """The tagger's two-word place that is a head and an indefinite nisba adjective common in
    general text: "سوق شعبي" is a popular market, "حقل نفطي" an oil field, no names."""
    if m.source != "ner" or m.type != "Place":
        return False
    words = norm(m.text).split()
    if len(words) != 2:
        return False
    head = min((st for _, st in strip_clitics(words[0]) if st in _DESCRIBED_HEADS), default=None)
    adj = words[1]
    return head is not None and not adj.startswith("ال") and adj.endswith("ي") and len(adj) > 3 \
        and word_zipf(adj) >= _DESCRIBING_ZIPF and adj not in place_names() and adj not in given_names()


def _dated_place(m) -> bool:
    """A place that is a month and its year, glued or not ("في مارس2014"، "في يونيو 2015"):
    a date (not "مدينة 6 أكتوبر", whose month follows the number)."""
    if m.source == "kb" or m.type != "Place" or not _DIGIT.search(m.text):
        return False
    from kg.dates import _MONTHS
    from kg.normalize import normalize_chars
    first = normalize_chars(m.text).split()[:1]
    return bool(first) and _DIGIT.sub("", first[0]) in _MONTHS


def _no_person(m, kb) -> bool:
    """A one-word person mention that is a pronoun, an honorific, a noun with a pronoun
    suffix or a nisba adjective (kg.mentions_names.is_no_person_word); a month's name
    (كانون الثاني) or any name with a digit (a date: يوليو 2015م); any mention that is a pious
    formula (رحمه الله)."""
    if m.source == "kb" or m.nominal:
        return False
    words = norm(m.text).split()
    if words and words[0] in PIOUS_FORMULA_STARTS:
        return True
    if m.type != "Person" or m.source == "role":
        return False
    if is_month_name(words) or _DIGIT.search(m.text):
        return True     # (a date: شوال 1436هـ، يوليو 2015م)
    return len(words) == 1 and is_no_person_word(words[0], kb, nickname=m.source == "alias")


def _bare_region_names(sentences, text, mentions):
    """"ولاية بونتلاند ... وزير الإعلام في بونتلاند": a region the article names with its head
    is a place wherever its bare one-word name stands (replacing what the tagger made of it);
    after a unit head it names the unit ("واعتقلت شرطة بونتلاند": the region's police)."""
    names = {}
    for m in mentions:
        if m.type != "Place" or m.source != "pattern":
            continue
        words = norm(m.text).split()
        if len(words) == 2 and PLACE_HEADS.get(words[0]) == "Region" \
                and words[1] not in common_words():
            names.setdefault(words[1], m.subtype)
    if not names:
        return mentions

    # the mentions by start, and the longest one: those overlapping [s, e) start before e
    # and after s - longest (a look-up, not a scan of all the article's mentions)
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    longest = max((m.end - m.start for m in mentions), default=0)

    def overlapping(s, e):
        return [m for m in by_start[bisect_left(starts, s - longest):bisect_left(starts, e)]
                if m.start < e and s < m.end]

    added, dropped = [], set()
    for sent in sentences:
        toks = sent.tokens
        for k, tok in enumerate(toks):
            if _stems(tok.norm).isdisjoint(names):
                continue
            reading = next(((c, st) for c, st in strip_clitics(tok.norm)
                            if st in names and not c.endswith(("ال", "لل"))), None)
            if reading is None:
                continue
            clitic, stem = reading
            start = tok.start + original_prefix_length(tok.text, len(clitic))
            over = overlapping(start, tok.end)
            if any(m.source != "ner" for m in over):
                continue
            head = next((c for c, st in strip_clitics(toks[k - 1].norm) if st in UNIT_HEADS
                         and not c.endswith(("ال", "لل"))), None) if k > 0 and not clitic else None
            if head is not None:
                hs = toks[k - 1].start + original_prefix_length(toks[k - 1].text, len(head))
                over = overlapping(hs, tok.end)
                if all(m.source == "ner" for m in over):
                    dropped.update(id(m) for m in over)
                    added.append(Mention(hs, tok.end, text[hs:tok.end], type="Organization",
                                         subtype=ORG_HEAD_SUBTYPES.get(strip_clitics(toks[k - 1].norm)[-1][1]),
                                         source="pattern"))
                    continue
            dropped.update(id(m) for m in over)
            added.append(Mention(start, tok.end, text[start:tok.end], type="Place",
                                 subtype=names[stem], source="pattern"))
            if k > 0 and strip_clitics(toks[k - 1].norm)[-1][1] in POST_HEADS:
                # "رئيس بونتلاند عبد الرحمن علي طاهر": the post's holder after the place
                j = k + 1
                while j < len(toks) and toks[j].norm in PERSON_TITLES:
                    j += 1
                e = person_name_after(toks, j, set())
                if e > j and all(m.source == "ner" for m in overlapping(toks[j].start, toks[e - 1].end)):
                    dropped.update(id(m) for m in overlapping(toks[j].start, toks[e - 1].end))
                    added.append(make_mention(toks, j, e, "Person", text=text,
                                              title=text[toks[k - 1].start:tok.end]))
    return [m for m in mentions if id(m) not in dropped] + added


# heads of companies and foundations named after a person: شركة سعد الهداب وأولاده، مؤسسة
# سالم بن محفوظ الخيرية، بنك مورجان ستانلي (a person's name, a foreign one too, after them)
COMPANY_HEADS = frozenset(norm(w) for w in "شركة مؤسسة مجموعة بنك مصرف".split())
# words that close such a company's name: وأولاده، القابضة، الخيرية
COMPANY_TAILS = frozenset(norm(w) for w in "وأولاده وأبناؤه وأبنائه وشركاه وشركاؤه القابضة الخيرية".split())


def companies_named_for_persons(tokens, text, mentions):
    """A person's name right after an indefinite company head (شركة، مؤسسة، مجموعة، بنك) is the
    company's name: "وشركة منير عبد الخالق وأولاده القابضة" is a company, no person; the head,
    the name and the words that close it (وأولاده، القابضة، الخيرية) make one organisation."""
    if not any(m.type == "Person" for m in mentions):
        return mentions
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    out = []
    for m in mentions:
        k, e = starts.get(m.start), ends.get(m.end)
        if m.type != "Person" or m.title or k is None or e is None or k == 0:
            out.append(m)
            continue
        clitic = next((c for c, st in strip_clitics(tokens[k - 1].norm)
                       if st in COMPANY_HEADS and not c.endswith(("ال", "لل"))), None)
        if clitic is None:
            out.append(m)
            continue
        e += 1
        while e < len(tokens) and e - k < 8 and tokens[e].norm in COMPANY_TAILS:
            e += 1
        out.append(make_mention(tokens, k - 1, e, "Organization", None, clitic=clitic, text=text))
    return out


# a body's board or management before its name: مجلس إدارة الشركة، إدارة النادي
_BOARD = (norm("مجلس"), norm("إدارة"))
_MANAGEMENT = norm("إدارة")
# the bodies a board or management is named with (their heads, without the article)
MANAGED_BODIES = frozenset(ORG_HEADS | {norm(w) for w in "مركز نادي جمعية غرفة صندوق مستشفى شركة".split()})


def _managed_body_start(tokens, k, e):
    """(index, head) of the body's first word when tokens[k:e] read "[مجلس] إدارة + a body's
    head ...", or None."""
    n = e - k
    if n >= 3 and tokens[k].norm == _BOARD[0] and tokens[k + 1].norm == _BOARD[1]:
        b = k + 2
    elif n >= 2 and tokens[k].norm == _MANAGEMENT:
        b = k + 1
    else:
        return None
    w = tokens[b].norm
    stem = w[2:] if w.startswith("ال") and len(w) > 4 else w
    return (b, stem) if stem in MANAGED_BODIES else None


def boards_as_their_body(tokens, text, mentions):
    """A body's board or management named with it (رئيس مجلس إدارة الشركة السعودية، أعضاء مجلس
    إدارة الغرفة، إدارة النادي) is the body itself in what the text says: the mention starts at
    the body's head (a department named for its field, إدارة التعليم، إدارة المرور, stays)."""
    if not any(m.type == "Organization" and m.source != "kb" for m in mentions):
        return mentions
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    out = []
    for m in mentions:
        k, e = starts.get(m.start), ends.get(m.end)
        if m.type == "Organization" and m.source != "kb" and k is not None and e is not None:
            body = _managed_body_start(tokens, k, e + 1)
            if body is not None:
                b, head = body
                m = make_mention(tokens, b, e + 1, "Organization", ORG_HEAD_SUBTYPES.get(head),
                                 source=m.source, text=text)
        out.append(m)
    return out


def fathers_chain_no_person(tokens, mentions):
    """A person found right after بن/ابن is the rest of an earlier name's chain, no person of
    its own: "الأمير محمد بن نايف بن عبدالعزيز المبلغة" (the known prince, then his father's
    name and a participle) names no "عبدالعزيز المبلغة"."""
    if not any(m.type == "Person" and m.source != "kb" for m in mentions):
        return mentions
    starts = {t.start: k for k, t in enumerate(tokens)}
    return [m for m in mentions if not (
        m.type == "Person" and m.source != "kb" and starts.get(m.start, 0) > 0
        and tokens[starts[m.start] - 1].norm in _SON_OF)]


# descriptors before a group's name: جماعة "جيش العدل"، تنظيم "حراس الدين"، حركة "أحرار الشام"
GROUP_DESCRIPTORS = frozenset(norm(w) for w in "جماعة جماعه تنظيم حركة ميليشيا مليشيا".split())


# "قرب X"، "بالقرب من X": X is where, no person
NEAR_WORDS = frozenset(norm(w) for w in "قرب بالقرب قربها".split())


def _places_by_context(tokens, mentions):
    """The tagger's person that the text places: a direction in brackets after it (اديامان
    (جنوب شرق تركيا)) or "قرب" before it (قرب كيليس): a place."""
    if not any(m.type == "Person" and m.source == "ner" for m in mentions):
        return      # (most sentences: no token index to build)
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    for m in mentions:
        if m.type != "Person" or m.source != "ner" or m.start not in starts or m.end not in ends:
            continue
        i, j = starts[m.start], ends[m.end] + 1
        bracketed = j + 1 < len(tokens) and tokens[j].text == "(" and tokens[j + 1].norm in DIRECTIONS
        near = i > 0 and tokens[i - 1].norm in NEAR_WORDS
        if bracketed or near:
            m.type, m.subtype = "Place", None


def _described_groups(tokens, mentions):
    """A name the text introduces as a group (جماعة "جيش العدل") is an armed group, whatever
    head its own name has (جيش would make it a state's army)."""
    if not any(m.type == "Organization" and m.source != "kb" for m in mentions):
        return
    starts = {t.start: k for k, t in enumerate(tokens)}
    for m in mentions:
        if m.type != "Organization" or m.source == "kb" or m.start not in starts:
            continue
        k = starts[m.start] - 1
        while k >= 0 and tokens[k].text in _QUOTES:
            k -= 1
        if k >= 0 and any(st in GROUP_DESCRIPTORS for c, st in strip_clitics(tokens[k].norm)
                          if not c.endswith(("ال", "لل"))):
            m.subtype = ORG_HEAD_SUBTYPES.get(norm("جماعة"))
