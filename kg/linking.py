"""Mentions into entities: merge name variants, resolve nominal anaphors, link to the KB.

Within one article:
- mentions linked to the same knowledge-base entry are one entity (full name,
  acronym, spelling variants all live in the KB's aliases);
- a person's shorter name (family name, first + family) joins the full name it
  ends (or starts) when exactly one person fits, else the nearest one before it;
- an alias introduced by الملقب/المعروف بـ joins the person before it;
- a nominal anaphor (التنظيم، الحركة، البلاد ...) joins the nearest entity
  before it whose class it can refer to; a one-letter slip (التنطيم) is
  tolerated for anaphors of five letters or more. Some nominals say what their
  antecedent is called (المملكة a kingdom, الحركة a movement, الوزارة a ministry:
  the knowledge base's ``nominal_heads``): they join only an entity named so in the
  text or in the knowledge base, or none.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from itertools import accumulate, compress
from functools import lru_cache, partial
from operator import attrgetter

from kg.caches import WordCache
from kg.lexicon import (ORG_HEADS, PLACE_HEADS, TITLE_ADJECTIVES, common_words, original_prefix_length,
                        strip_clitics, words_read_as)
from kg.linking_generic import generic_actor_key
from kg.linking_places import bare_names_to_written_city, city_and_province, province_of_a_city
from kg.mentions_patterns import ORDINALS
from kg.model import Entity, Mention
from kg.names import after_given_name
from kg.ns import RESOURCE_BASE
from kg.normalize import norm, plain_letters
from kg.translit import has_arabic, is_latin
from kg.view import _STEMS, _stems, document_vocabulary

#: a nominal anaphor's antecedent is one of the article's last NOMINAL_WINDOW entities (no
#: news article names that many; a very long text would otherwise cost the square of its length)
NOMINAL_WINDOW = 400

_START = attrgetter("start")
COARSE_SLUG = {"Person": "person", "Organization": "organization", "Place": "place"}


def _name_tokens(m):
    """The name's normalised words: "للجيش X" is "الجيش X" (ل + ال written لل); a place
    written with its head ("ولاية سكيكدة"، "قضاء الرطبة") is the bare name's place."""
    toks = norm(m.text).split()
    if toks and toks[0].startswith("لل") and len(toks[0]) > 4:
        toks[0] = "ال" + toks[0][2:]
    if m.type == "Place" and len(toks) > 1 and toks[0] in _TITLE_HEADS:
        toks = toks[1:]
    return toks


# administrative heads, written or not before a place's name (a mountain keeps its head:
# جبل الوحش is not الوحش)
_TITLE_HEADS = frozenset(PLACE_HEADS) - {norm(w) for w in "جبل جبال غابة صحراء".split()}


# letters that differ only by their dots: the usual slips of Arabic typing and OCR
_DOT_PAIRS = {frozenset(p) for p in ("طظ", "صض", "سش", "عغ", "فق", "دذ", "رز", "حج", "حخ", "جخ",
                                     "بت", "بث", "تث", "بن", "تن", "ثن", "بي", "تي", "ني")}


def _one_substitution(a: str, b: str) -> bool:
    """Same length, one letter apart, and the two letters differ only by dots (التنطيم/التنظيم)."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and frozenset(diff[0]) in _DOT_PAIRS


_SKELETON = str.maketrans("ظضشغقذزجختثني", "طصسعفدرححبببب")


@lru_cache(maxsize=8)
def _skeleton_index(words):
    """Nominal words by their dotless skeleton (التنظيم and التنطيم share one)."""
    index = {}
    for w in words:
        if len(w) >= 5:
            index.setdefault(w.translate(_SKELETON), []).append(w)
    return index


_NOMINAL_CACHE = {"kb": None, "words": {}}


# adverbs that look like ب + a nominal: "رئيس الوزراء بالوكالة" is the acting prime minister
ACTING = frozenset(norm(w) for w in "بالوكالة وبالوكالة بالإنابة بالنيابة".split())


def _nominal_reading(word, kb, index, nominal_set, definite=False):
    """``(clitic, subtypes)`` of the first reading of a normalised word that is a nominal, or None.
    ``definite``: every nominal word starts with ال (a word with no ال is then none)."""
    if word in ACTING:
        return None
    if definite and "ال" not in word and "لل" not in word:
        return None   # every nominal starts with ال, which a reading keeps (للجيش: ل + الجيش)
    if len(word) < 5 or word in common_words():
        if _stems(word).isdisjoint(nominal_set):
            return None
    for clitic, stem in strip_clitics(word):
        subtypes = kb.nominal(stem) if stem in nominal_set else None
        if not subtypes and len(stem) >= 6 and stem.startswith("ال") \
                and stem not in common_words():
            near = [w for w in index.get(stem.translate(_SKELETON), ())
                    if _one_substitution(stem, w)]
            if len(near) == 1:
                subtypes = kb.nominal(near[0])
        if subtypes:
            return clitic, subtypes
    return None


def find_nominals(doc, kb, taken) -> list:
    """Nominal anaphors as mentions (type filled in when they are linked)."""
    # a word's nominal reading depends on the word and the knowledge base only: cached
    # per distinct word, for the last knowledge base used (with its nominal words), for a
    # bounded number of words (kg.caches.WordCache)
    if _NOMINAL_CACHE["kb"] is not kb:
        index = _skeleton_index(tuple(kb.nominal_words()))
        nominal_set = frozenset(kb.nominal_words())
        _NOMINAL_CACHE["kb"] = kb
        _NOMINAL_CACHE["words"] = WordCache(partial(
            _nominal_reading, kb=kb, index=index, nominal_set=nominal_set,
            definite=all(w.startswith("ال") for w in nominal_set)))
    # the document's words that have a nominal reading, each looked up once (C-level for
    # the words of the cache's young generation)
    vocab = tuple(document_vocabulary(doc))
    found = list(map(_NOMINAL_CACHE["words"].__getitem__, vocab))
    readings = {word: reading for word, reading in zip(vocab, found) if reading is not None}
    if not readings:
        return []
    starts = sorted(taken)
    name_starts = {s for s, _ in starts}
    out = []
    for sent in doc.sentences:
        toks = sent.tokens
        hits = list(map(readings.get, sent.norms))
        for t in compress(range(len(hits)), hits):    # the tokens with a reading only
            tok = toks[t]
            reading = hits[t]
            # a name overlapping the word (والجيش السوداني: the name starts after و) takes it
            k = bisect_right(starts, (tok.end - 1, float("inf"))) - 1
            if k >= 0 and starts[k][1] > tok.start:
                continue
            clitic, subtypes = reading
            if t + 1 < len(toks) and toks[t + 1].norm in _UNIT_KINDS:
                continue     # "القوات البرية في الحرس الثوري": a unit of its own, no anaphor
            if t + 1 < len(toks) and toks[t + 1].norm in _UPON and tok.norm in _VERBAL_NOUN_NOMINALS:
                continue     # "للمحافظة على النظام": preserving, a verbal noun, no governorate
            if t + 1 < len(toks) and toks[t + 1].norm in ARMED_GROUP_ADJECTIVES:
                if "ArmedGroup" not in subtypes:
                    continue
                subtypes = ("ArmedGroup",)   # "المنظمة الإرهابية": a group, never the army named before
            n = len(clitic) - 2 if clitic.endswith("لل") else len(clitic)
            start = tok.start + original_prefix_length(tok.text, n)
            source = "apposition" if _names_the_place_after(toks, t, subtypes, name_starts, kb) \
                else "nominal"
            out.append(Mention(start, tok.end, doc.text[start:tok.end], type="",
                               subtype="|".join(subtypes), source=source, nominal=True))
    return out


_PLACE_NOMINALS = frozenset(["City", "Region", "Country"])
#: adjectives after a nominal that only an armed group takes (المنظمة الإرهابية، الجماعة المتطرفة)
ARMED_GROUP_ADJECTIVES = frozenset(norm(w) for w in (
    "الإرهابية الإرهابي الارهابية الارهابي المتطرفة المتطرف الجهادية الجهادي التكفيرية التكفيري "
    "الانفصالية الانفصالي المتمردة المتمرد").split())
_UNIT_KINDS = frozenset(norm(w) for w in "البرية الجوية البحرية الخاصة".split())
#: nominals that are also verbal nouns taking على (المحافظة على: preserving), as written with
#: their clitics, and the preposition that makes them so
_VERBAL_NOUN_NOMINALS = frozenset(norm(w) for w in "المحافظة للمحافظة والمحافظة بالمحافظة".split())
_UPON = frozenset([norm("على")])


def _names_the_place_after(toks, t, subtypes, name_starts, kb):
    """"وفي العاصمة [التشادية] نجامينا": a place noun before a name describes that name,
    it refers back to no place named before."""
    if not _PLACE_NOMINALS.issuperset(subtypes):
        return False
    k = t + 1
    if k < len(toks) and kb.demonym(toks[k].norm):
        k += 1
    return k < len(toks) and toks[k].start in name_starts and toks[k].norm not in _ITSELF


_ITSELF = frozenset(["نفسها", "نفسه", "ذاتها", "ذاته"])   # "في المنطقة نفسها": the same one


def link(doc, kb, romanize, slugify) -> list:
    """Group the document's mentions into entities (ids e1, e2 ... in order of first mention)."""
    for m in doc.mentions:
        _restore_article(doc.text, m)
    mentions = sorted((m for m in doc.mentions if not _only_a_modifier(m)), key=lambda m: (m.start, m.end))
    groups = {}          # key -> list[Mention]
    order = []
    key_of = {}          # id(mention) -> key
    first_subtype = {}   # key -> the subtype of its first mention that has one

    def add(key, m):
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(m)
        key_of[id(m)] = key
        if m.subtype and key not in first_subtype:
            first_subtype[key] = m.subtype

    bare_names_to_written_city(mentions, kb)
    persons_full = _PersonNames()    # key -> token tuple of its longest name
    sentence_starts = [sent.start for sent in doc.sentences]
    # a name the knowledge base matched once in this article is that entry everywhere in it
    # ("شمالي مالي ... (مالي والنيجر)": the second مالي, found by the tagger, is Mali too)
    kb_by_name = {(m.type, spelling_key(_name_tokens(m))): ("kb", m.kb_id)
                  for m in mentions if m.kb_id and not m.nominal and m.type != "Person"}
    apart = _city_and_province_keys(doc.text, mentions, kb)
    # a generic actor the knowledge base knows in one wording (قوات النظام السوري) is that entry
    # in the others (قوات النظام)
    generic_kb = {}
    for m in mentions:
        if m.kb_id and m.type == "Organization" and not m.nominal:
            generic = generic_actor_key(_name_tokens(m), kb.demonym)
            if generic is not None:
                generic_kb.setdefault(generic, ("kb", m.kb_id))
    for m in mentions:
        if m.nominal:
            continue
        if id(m) in apart:
            add(apart[id(m)], m)
            continue
        if m.kb_id:
            add(("kb", m.kb_id), m)
            if m.type == "Person":
                persons_full[("kb", m.kb_id)] = max(
                    persons_full.get(("kb", m.kb_id), ()), tuple(_name_tokens(m)), key=len)
            continue
        toks = tuple(_name_tokens(m))
        if m.type == "Person":
            if m.source == "alias":
                # "X، الملقب بـ«Y»": the person named last, in the alias's own sentence ("قائد
                # الخلية، ويكنى «Y»": a role with no name, Y is a person of its own)
                prev = next((k for k in reversed(order) if k in persons_full), None)
                if prev is not None and groups[prev][-1].end >= _sentence_start(sentence_starts, m.start):
                    add(prev, m)
                    continue
            target = _person_match(toks, persons_full)
            if target is not None:
                add(target, m)
                if len(toks) > len(persons_full[target]):
                    persons_full[target] = toks
                continue
            key = ("Person", " ".join(toks))
            add(key, m)
            persons_full[key] = toks
        else:
            generic = generic_actor_key(toks, kb.demonym) if m.type == "Organization" else None
            if generic is not None:
                # "قوات المعارضة" ... "فصائل المعارضة المسلحة": one generic actor
                add(generic_kb.get(generic, ("Organization", generic)), m)
                continue
            spelled = spelling_key(toks)
            key = province_of_a_city(m, kb_by_name.get((m.type, spelled), (m.type, spelled)), kb)
            if key not in groups and len(toks) >= 2 and toks[1].isdigit():
                # "اللواء 444" after "اللواء 444 قتال": a numbered unit by its number
                key = next((k for k in order if k[0] == m.type
                            and k[1].split()[:2] == list(toks[:2])), key)
            add(key, m)

    _propagate_family_names(doc, groups, order, persons_full, add)
    _merge_bare_bodies(groups, order, key_of, first_subtype, kb)
    _merge_bracketed_names(doc.text, groups, order, key_of, first_subtype)
    _merge_government_forces(groups, order, key_of, first_subtype, kb)

    # nominal anaphors: nearest preceding entity of a class they can refer to
    taken = [(m.start, m.end) for m in mentions if not m.nominal]
    nominals = [m for m in mentions if m.nominal] + find_nominals(doc, kb, taken)

    def subtype_of(key):
        """The subtype of the key's first mention that has one (kept by ``add``)."""
        return first_subtype.get(key)

    mention_starts = [x.start for x in mentions]
    for m in [x for x in nominals if x.source == "role"]:
        # a role introduced without a name joins the next titled person (within ~2 sentences)
        later = next((x for x in mentions[bisect_right(mention_starts, m.end):
                                          bisect_right(mention_starts, m.end + 400)]
                      if not x.nominal and x.type == "Person" and x.title), None)
        if later is not None:
            add(key_of[id(later)], m)
    nominals = [x for x in nominals if x.source != "role"]
    named = sorted((x for x in mentions if not x.nominal), key=lambda x: x.start)
    named_starts = [x.start for x in named]
    for m in [x for x in nominals if x.source == "apposition"]:
        # "وفي العاصمة نجامينا": the place named right after
        k = bisect_left(named_starts, m.end)
        nxt = named[k] if k < len(named) else None
        if nxt is not None and nxt.type == "Place" and id(nxt) in key_of:
            m.type = "Place"
            add(key_of[id(nxt)], m)
    nominals = [x for x in nominals if x.source != "apposition"]
    branch_of = _branches(doc.text, named, key_of)
    sentence_starts = [sent.start for sent in doc.sentences]
    heads_cache = {}
    starts_of = {}       # key -> the sorted starts of its mentions (kept up to date by add)

    def add_nominal(key, m):
        add(key, m)
        if key in starts_of:
            insort(starts_of[key], m.start)

    implied = None
    weight = None
    placed = None
    for m in sorted(nominals, key=lambda x: x.start):
        own = _country_of_place_before(m, named, named_starts, doc.text, kb) if m.subtype == "Country" else None
        if own is not None and ("kb", own) in groups:
            # "بمدينة مأرب شرق البلاد": the country the place just named lies in, when the
            # article names it (a country it only calls البلاد is no entity of its own)
            m.type = "Place"
            add_nominal(("kb", own), m)
            continue
        window = _previous_sentence_start(sentence_starts, m.start)
        wanted = set(m.subtype.split("|")) if m.subtype else set()
        nominal_heads = {stem.removeprefix("ال") for _, stem in strip_clitics(norm(m.text).split()[0])}
        # some nominals name what their antecedent is called: المملكة a kingdom, الحركة a
        # movement, الوزارة a ministry; a wrong antecedent is worse than none
        word = m.text.split()[0] if m.text.split() else ""
        best = None
        # the entities named lately only (the last NOMINAL_WINDOW of the article's): an
        # article's anaphor refers back to none of thousands of entities before
        for key in (order[-NOMINAL_WINDOW:] if len(order) > NOMINAL_WINDOW else order):
            first = groups[key][0]
            if first.start >= m.start or first.nominal:
                continue
            st = subtype_of(key)
            if st in wanted or (st is None and groups[key][0].type in wanted):
                # (a type named among the wanted subtypes, Organization, admits an entity of no
                # known subtype, not one known to be another: الوكالة is no armed group)
                required = kb.nominal_heads(word, st) if word else None
                # (what the loop adds are nominals, which change no entity's heads)
                heads = heads_cache.get(key)
                if heads is None:
                    heads = heads_cache[key] = _heads(groups[key])
                if required is not None and required.isdisjoint(heads[1]) and \
                        (key[0] != "kb" or key[1] not in kb or required.isdisjoint(kb.entry_heads(key[1]))):
                    continue
                if _not_a_town(word, heads[0]):
                    continue
                heads = heads[0]
                starts = starts_of.get(key)
                if starts is None:
                    starts = starts_of[key] = sorted(x.start for x in groups[key])
                n_prior = bisect_left(starts, m.start)
                last_prior = starts[n_prior - 1]
                # head-noun anaphora first: الوزارة -> وزارة الداخلية, الحركة -> حركة حماس
                same_head = bool(nominal_heads & heads)
                # one named in this sentence or the one before is the antecedent (the nearest);
                # otherwise the one the article names most
                near = last_prior >= window
                if wanted <= _STATES and not near and key[0] == "kb":
                    # "يسيطرون على مناطق واسعة في البلاد بما فيها العاصمة صنعاء": a country
                    # whose places are named about the nominal is as near as one named there
                    if placed is None or placed[0] != window:
                        placed = (window, _countries_placed_between(
                            mentions, kb, window, _sentence_end(sentence_starts, doc.text, m.start)))
                    near = key[1] in placed[1]
                if wanted <= _STATES and near:
                    # البلاد: of the countries named lately, the one the article is about
                    if weight is None:
                        weight = _country_weight(mentions, kb)
                    score = (same_head, near, weight.get(key[1], 0) if key[0] == "kb" else 0, last_prior)
                else:
                    score = (same_head, near, last_prior if near else n_prior, last_prior)
                if best is None or score > best[0]:
                    best = (score, key)
        if best is None and word and wanted <= _STATES:
            # "المملكة" with no kingdom named: the one kingdom the article implies, if any
            if _in_a_post_title(doc.text, m):
                continue    # "نائبا لرئيس الجمهورية": a post's title, no mention of the state
            if implied is None:
                implied = _implied_countries(doc, kb, mentions)
            fits = [k for k in implied if kb.get(k).subtype in wanted
                    and (kb.nominal_heads(word, kb.get(k).subtype) or frozenset()) & kb.entry_heads(k)]
            if len(fits) == 1:
                m.type = "Place"
                add_nominal(("kb", fits[0]), m)
            continue
        if best is None and word and wanted == _FORCES:
            # "الجيش" with no army named, in an article about one country: that country's army
            if implied is None:
                implied = _implied_countries(doc, kb, mentions)
            army = kb.forces_of(next(iter(implied))) if len(implied) == 1 else None
            required = kb.nominal_heads(word, "ArmedForce")
            if army and required and not required.isdisjoint(kb.entry_heads(army)):
                m.type = "Organization"
                add_nominal(("kb", army), m)
            continue
        if best is not None:
            key = branch_of.get(best[1], best[1])
            if groups[key][0].start >= m.start:
                key = best[1]
            m.type = groups[key][0].type
            add_nominal(key, m)

    entities = []
    for n, key in enumerate(sorted(order, key=lambda k: min(map(_START, groups[k]))), 1):
        ms = sorted(groups[key], key=lambda x: (x.start, x.end))
        entities.append(_make_entity(f"e{n}", key, ms, kb, romanize, slugify, doc))
    return entities


# what stands between a place and "البلاد" that says where in the country the place lies:
# "مأرب شرق البلاد"، "دياربكر في جنوب شرق البلاد"، "إب، وسط البلاد"
_WHERE_IN_THE_COUNTRY = re.compile(
    r"^[\s،,(]*(?:في\s+|ب)?(?:أقصى\s+|اقصى\s+)?(?:(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|ى)?\s*){1,2}$")


def _country_of_place_before(m, named, named_starts, text, kb):
    """The KB country of the place named right before the nominal ``m`` (البلاد) with only a
    direction between them ("بمدينة مأرب شرق البلاد": Yemen), else None."""
    k = bisect_left(named_starts, m.start) - 1
    if k < 0:
        return None
    place = named[k]
    if place.type != "Place" or not place.kb_id or place.kb_id not in kb \
            or not _WHERE_IN_THE_COUNTRY.match(text[place.end:m.start]):
        return None
    countries = [c for c in kb.ancestors(place.kb_id) if kb.get(c).subtype == "Country"]
    return countries[0] if len(countries) == 1 else None


_STATES = frozenset(["Country"])
_FORCES = {"ArmedForce"}

# a town's nominal (المدينة، البلدة، القرية) never refers back to a neighbourhood or a camp, which
# are only named with their head (حي الشيخ رضوان، مخيم بلاطة): "مخيم بلاطة شرقي المدينة" is the
# town named before
_TOWN_NOMINALS = frozenset(norm(w) for w in "المدينة البلدة القرية".split())
_QUARTER_HEADS = frozenset(norm(w) for w in "حي مخيم".split())


def _not_a_town(word, named_heads) -> bool:
    """Is the nominal ``word`` a town's, and the candidate only named as a quarter or a camp?"""
    return bool(named_heads) and named_heads <= _QUARTER_HEADS and bool(
        {st for _, st in strip_clitics(norm(word))} & _TOWN_NOMINALS)


def _countries_placed_between(mentions, kb, lo, hi) -> frozenset:
    """The KB countries holding a place the article names (by its name, not a nominal) between
    offsets lo and hi."""
    out = set()
    for m in mentions:
        if lo <= m.start < hi and m.kb_id and m.type == "Place" and not m.nominal and m.kb_id in kb:
            out.update(k for k in kb.ancestors(m.kb_id) if kb.get(k).subtype == "Country")
    return frozenset(out)


def _sentence_end(starts, text, pos):
    """Where the sentence holding ``pos`` ends (the next one's start, or the text's end)."""
    k = bisect_right(starts, pos)
    return starts[k] if k < len(starts) else len(text)


def _country_weight(mentions, kb) -> dict:
    """How much of the article is about each country: its mentions and those of its places."""
    out = {}
    for m in mentions:
        if m.kb_id and m.type == "Place" and m.kb_id in kb:
            for k in [m.kb_id] + kb.ancestors(m.kb_id):
                if kb.get(k).subtype == "Country":
                    out[k] = out.get(k, 0) + 1
    return out


def _implied_countries(doc, kb, mentions) -> set:
    """Countries an article points to without naming them: those containing a place it
    names (الرياض -> saudi-arabia), those of its demonyms (الأمن الأردني -> jordan), the
    states of the bodies it names (التحالف العربي -> saudi-arabia: ``country`` in the KB) and the
    states its known office-holders hold a post of (الملك سلمان -> saudi-arabia).
    Only for a nominal that needs a head (المملكة، السلطنة) and found no antecedent."""
    out = set()
    for m in mentions:
        if m.kb_id and m.type == "Place" and m.kb_id in kb:
            out.update(k for k in kb.ancestors(m.kb_id) if kb.get(k).subtype == "Country")
        elif m.kb_id and m.type == "Organization" and m.kb_id in kb and kb.get(m.kb_id).country:
            out.add(kb.get(m.kb_id).country)    # التحالف العربي -> the state that leads it
        elif m.kb_id and m.type == "Person" and m.kb_id in kb:
            # الملك سلمان -> the state he holds a post of (a country only)
            out.update(p.of for p in kb.get(m.kb_id).positions
                       if p.of in kb and kb.get(p.of).subtype == "Country" and not p.until)
    for word in document_vocabulary(doc):
        key = kb.demonym(word)
        if key and key in kb:
            out.add(key)
    return out


# words that stand between a post and a name (وزير المالية الأردني السابق سامر الخطيب، المحافظ
# المعزول كريم الهاشمي): alone they name no one
_MODIFIERS = frozenset(TITLE_ADJECTIVES | {norm(w) for w in
                       "المخلوع الأسبق الراحل الحالي المستقيل المعزول المنتهية المقال المؤقت".split()}
                      # a title's adjective without the article (قيادي ميداني، مسؤول كبير), the
                      # envoy's (المبعوث الخاص) and an attack's (الهجوم الإرهابي الجبان)
                      | {norm(w[2:]) for w in TITLE_ADJECTIVES if w.startswith("ال")}
                      | {norm(w) for w in "الخاص الخاصة خاص الجبان الجبانة الغادر الغادرة الآثم الآثمة "
                                          "الأممي الدولي الشخصي".split()})


# a word start, a proclitic, then the article the name lost: "والحركة الشعبية" cut as "حركة الشعبية"
_LOST_ARTICLE = re.compile(r"(?:^|[^\w\u064B-\u065F\u0640])(?:[وفبكل]ال|[وف]?لل)$")


def _restore_article(text, m) -> None:
    """Put back the article of a name cut with its clitics (والحركة الشعبية -> الحركة
    الشعبية, بالقيادة العليا -> القيادة العليا): the name is "الحركة الشعبية", and without
    its article it matches neither the article's other mentions nor a reader's. After a
    fused لل (للجيش الشعبي) the span starts at the لل, as the scorer reads it (ل + ال)."""
    if m.nominal or m.kb_id or m.start < 3 or not _LOST_ARTICLE.search(text[max(0, m.start - 4):m.start]):
        return
    m.start -= 2
    m.text = text[m.start:m.end]


_APART_SUBTYPE = {"city": "City", "province": "Region"}


def _city_and_province_keys(text, mentions, kb) -> dict:
    """id(mention) -> entity key for the places of a name the article writes as a city and
    as a province (kg.linking_places): the city's mentions under one key, the province's under
    another; each keeps a knowledge-base entry of its own kind (a City entry for the city, a
    Region entry for the province) and drops one of the other kind."""
    read = city_and_province(text, mentions)
    if not read:
        return {}
    by_id = {id(m): m for m in mentions}
    keys = {}
    for i, (kind, name) in read.items():
        m = by_id[i]
        entry = kb.get(m.kb_id) if m.kb_id and m.kb_id in kb else None
        if entry is not None and entry.subtype == _APART_SUBTYPE[kind]:
            keys.setdefault((kind, name), ("kb", m.kb_id))
    out = {}
    for i, (kind, name) in read.items():
        m = by_id[i]
        key = keys.get((kind, name), ("Place", f"{kind}:{name}"))
        if key[0] != "kb":
            m.kb_id = None
            m.subtype = _APART_SUBTYPE[kind]
        elif m.kb_id != key[1]:
            m.kb_id = key[1]
        out[i] = key
    return out


# fixed titles made of a post and a state's nominal: "رئيس الجمهورية" is the president's title
# ("سفير المملكة" is the kingdom's ambassador: a mention of the kingdom)
TITLE_NOMINALS = {norm("الجمهورية"): frozenset([norm("رئيس"), norm("رئاسة")])}


def _in_a_post_title(text, m) -> bool:
    """Is the nominal the state's word of a fixed title written with the post before it
    (نائبا لرئيس الجمهورية)? No mention of a state then."""
    posts = TITLE_NOMINALS.get(norm(m.text.split()[0]) if m.text.split() else "")
    if not posts:
        return False
    before = text[max(0, m.start - 20):m.start].split()
    return bool(before) and any(st in posts for _, st in strip_clitics(norm(before[-1])))


def _only_a_modifier(m) -> bool:
    """A person "named" by one modifier word only: a title's adjective left before a name."""
    return m.type == "Person" and not m.kb_id and not m.nominal and norm(m.text) in _MODIFIERS


def _heads(ms) -> tuple:
    """What an entity is called in the text: the first words (without ال) of its names,
    and those plus the nominal written right before its name (العاصمة نجامينا). Its
    knowledge-base names (حماس is حركة حماس, السعودية is المملكة العربية السعودية:
    ``kb.entry_heads``) also admit it as the antecedent of a nominal that needs a head."""
    named, described = set(), set()
    for x in ms:
        if x.nominal and x.source != "apposition":
            continue
        words = norm(x.text).split()
        if words:
            w = words[0]
            if w.startswith("لل") and len(w) > 4:
                w = "ال" + w[2:]
            (described if x.nominal else named).add(w.removeprefix("ال"))
    return named, named | described


_BRANCH = re.compile(r"^[\s،,\"'«»“”]*(?:وهو|وهي)?\s*فرع\s*$")


def _branches(text, named, key_of) -> dict:
    """"ولاية خراسان، فرع تنظيم الدولة في أفغانستان": {the parent's key: the branch's key}.
    A nominal the article uses for the group (التنظيم) is the local branch."""
    out = {}
    for a, b in zip(named, named[1:]):
        if a.type == b.type == "Organization" and id(a) in key_of and id(b) in key_of \
                and _BRANCH.match(text[a.end:b.start]) and key_of[id(a)] != key_of[id(b)]:
            out.setdefault(key_of[id(b)], key_of[id(a)])
    return out


_QUOTE_CHARS = str.maketrans("", "", "«»\"“”'()")
_GLUED_FIRST = frozenset(["ابو", "عبد"])
_QUOTED_MARKS = frozenset("«»\"“”'()")


def spelling_key(toks) -> str:
    """The key a non-person name is grouped by: its words without quotes, and ابو/عبد glued
    to the next word as they are often written (سجن «الوادي» is سجن الوادي; لواء أبو حمزة
    is لواء أبوحمزة)."""
    if _GLUED_FIRST.isdisjoint(toks) and _QUOTED_MARKS.isdisjoint("".join(toks)):
        return " ".join(toks)
    words = [w for w in (t.translate(_QUOTE_CHARS) for t in toks) if w]
    out = []
    for w in words:
        if out and out[-1] in _GLUED_FIRST:
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


#: the word of a Saudi region's name (منطقة القصيم), which its bodies' names may leave out
_REGION_WORD = norm("منطقة")
#: "general" in a general directorate's or authority's name (المديرية العامة للجوازات)
_GENERAL_WORD = norm("العامة")


def _merge_bare_bodies(groups, order, key_of, first_subtype, kb) -> None:
    """"وزارة الداخلية" after or before "وزارة الداخلية الكويتية": a body named without its
    state's adjective is the one body of the article named so with it (two such bodies of
    different states: neither); "الشباب" is the one "حركة الشباب" of the article, "السد" the
    one "نادي السد القطري"; "جوازات القصيم" the one "جوازات منطقة القصيم"; "الحكومة اليمنية" the
    one "حكومة اليمن"; "مديرية الجوازات" the one "المديرية العامة للجوازات"."""
    # the article's organisation names by what a shorter name would be: the name without its
    # last word when that is a demonym; the head's complement of a two-word name
    without_demonym, complement, by_state = {}, {}, {}
    for key in order:
        if groups[key][0].type != "Organization":
            continue
        for x in groups[key]:
            if x.nominal:
                continue
            words = spelling_key(_name_tokens(x)).split()
            if len(words) > 2 and kb.demonym(words[-1]):
                without_demonym.setdefault(" ".join(words[:-1]), set()).add(key)
            if len(words) > 2 and kb.demonym(words[1]) and not kb.demonym(words[-1]):
                # "الحكومة الليبية المعترف بها دوليا" ... "الحكومة المعترف بها دوليا"، "الحكومة
                # اليمنية الشرعية" ... "الحكومة الشرعية": the adjective inside the name left out
                without_demonym.setdefault(" ".join(words[:1] + words[2:]), set()).add(key)
            if len(words) == 2 and words[0].startswith("ال") and kb.demonym(words[1]):
                # "الحكومة اليمنية": a state's body named by the state's adjective, which
                # "حكومة اليمن" names by the state's name
                by_state.setdefault((words[0][2:], kb.demonym(words[1])), set()).add(key)
            if len(words) >= 3 and words[1] == _GENERAL_WORD and words[0].startswith("ال") \
                    and words[2].startswith("لل") and len(words[2]) > 4:
                # "المديرية العامة للجوازات" ... "مديرية الجوازات": a general directorate named
                # without its "general"
                without_demonym.setdefault(" ".join([words[0][2:], "ال" + words[2][2:], *words[3:]]),
                                           set()).add(key)
            if len(words) > 2 and words[1] == _REGION_WORD:
                # "جوازات منطقة القصيم" ... "جوازات القصيم": the region's body named without منطقة
                without_demonym.setdefault(" ".join(words[:1] + words[2:]), set()).add(key)
            if (len(words) == 2 or (len(words) == 3 and kb.demonym(words[-1]))) and words[0] in ORG_HEADS:
                complement.setdefault(words[1], set()).add(key)     # نادي السد (القطري): السد
    if not without_demonym and not complement and not by_state:
        return
    for key in list(order):
        if key[0] != "Organization":
            continue
        fuller = set(without_demonym.get(key[1], ()))
        words = key[1].split()
        if by_state and len(words) == 2 and not words[0].startswith("ال"):
            state = next((e.key for e in kb.find(words[1]) if e.subtype == "Country"), None)
            fuller |= by_state.get((words[0], state), set()) if state else set()
        if " " not in key[1]:
            fuller |= complement.get(key[1], set())
        fuller.discard(key)
        if len(fuller) != 1:
            continue
        target = fuller.pop()
        if target not in groups:
            continue
        for x in groups.pop(key):
            groups[target].append(x)
            key_of[id(x)] = target
        order.remove(key)
        first_subtype.pop(key, None)


_OPENING_BRACKET = re.compile(r"\s*[(\[]\s*")
_CLOSING_BRACKET = re.compile(r"^\s*[)\]]")


def _merge_bracketed_names(text, groups, order, key_of, first_subtype) -> None:
    """"بعثة الأمم المتحدة والاتحاد الأفريقي في دارفور (يوناميد)": an organisation's other
    name (its acronym, its short name) in brackets right after its name is that organisation,
    there and wherever the article writes it again."""
    orgs = [(x.start, x.end, key) for key in order if key in groups and groups[key][0].type == "Organization"
            for x in groups[key] if not x.nominal]
    if len(orgs) < 2:
        return
    by_start = {}
    for start, end, key in orgs:
        by_start.setdefault(start, (end, key))
    for start, end, key in sorted(orgs):
        bracket = _OPENING_BRACKET.match(text, end, min(len(text), end + 4))
        if bracket is None:
            continue
        opened = bracket.end()
        inner = by_start.get(opened)
        if inner is None or not _CLOSING_BRACKET.match(text[inner[0]:inner[0] + 3]):
            continue
        other = inner[1]
        target = key_of.get(id(groups[key][0])) if key in groups else None
        if target is None or other == target or other not in groups:
            continue
        for x in groups.pop(other):
            groups[target].append(x)
            key_of[id(x)] = target
        order.remove(other)
        first_subtype.pop(other, None)


_GOVERNMENT_FORCES = ("Organization", "forces:government")
_ARMY = norm("الجيش")


def _a_states_army(key, ms, kb) -> bool:
    """Is the entity a state's army: the KB's (الجيش العراقي) or "الجيش" with a demonym?"""
    if key[0] == "kb" and key[1] in kb:
        e = kb.get(key[1])
        return e.subtype == "ArmedForce" and bool(e.country) and any(
            _name_tokens(x)[:1] == [_ARMY] for x in ms if not x.nominal)
    return ms[0].type == "Organization" and any(
        (w := _name_tokens(x))[:1] == [_ARMY] and len(w) > 1 and kb.demonym(w[-1])
        for x in ms if not x.nominal)


# the bare names of a state's forces that news gives its army: القوات الحكومية، القوات المسلحة
_ARMED_FORCES = ("Organization", " ".join(norm("القوات المسلحة").split()))


def _merge_government_forces(groups, order, key_of, first_subtype, kb) -> None:
    """"القوات الحكومية" (and "القوات المسلحة" with no state's adjective) in an article naming
    one state's army (الجيش الوطني الصومالي، الجيش المصري) is that army; with two armies or
    none it stays the generic government forces."""
    for bare in (_GOVERNMENT_FORCES, _ARMED_FORCES):
        if bare not in groups:
            continue
        armies = [k for k in order if k not in (_GOVERNMENT_FORCES, _ARMED_FORCES)
                  and _a_states_army(k, groups[k], kb)]
        if len(armies) != 1:
            continue
        target = armies[0]
        for x in groups.pop(bare):
            groups[target].append(x)
            key_of[id(x)] = target
        order.remove(bare)
        first_subtype.pop(bare, None)


def _sentence_start(starts, pos):
    """Start of the sentence holding ``pos``."""
    k = bisect_right(starts, pos) - 1
    return starts[k] if k >= 0 else 0


def _previous_sentence_start(starts, pos):
    """Start of the sentence before the one holding ``pos`` (of that one when it is the first)."""
    k = bisect_right(starts, pos) - 1
    return starts[max(0, k - 1)] if starts else 0


# what ends a name without being a family name: a regnal ordinal (الملك عبد الله الثاني:
# "النائب الثاني" is nobody), الابن / الأب (جورج بوش الابن)
_NAME_ORDINALS = ORDINALS | frozenset(norm(w) for w in "الابن الأب الصغير الكبير".split())


#: how common (Zipf) a word with the article may be and still stand alone for a person whose
#: name ends with it, when no family-name list holds it: "بتكليف الهيئة" (a false person) must
#: not make every "الهيئة" of the article a person, nor "منسوبي الأمانة" every "الأمانة"
_FAMILY_WORD_MAX_ZIPF = 4.0
#: the second word of a compound given name (عبد الله، عبد الملك): no family name
_COMPOUND_GIVEN_FIRST = frozenset(norm(w) for w in "عبد".split())


def _family_name_alone(full) -> bool:
    """May the last word of the name ``full`` (normalised words) stand alone for its bearer?
    Not God's name or the second half of عبد X, nor a common noun with the article that
    no family-name list holds (الهيئة، المملكة، الحرمين)."""
    from kg.mentions_names import kb_family_names, word_zipf
    from kg.names import family_names
    last = full[-1]
    if last == norm("الله") or full[-2] in _COMPOUND_GIVEN_FIRST:
        return False
    return not last.startswith("ال") or last in family_names() or last in kb_family_names() \
        or word_zipf(last) < _FAMILY_WORD_MAX_ZIPF


def _propagate_family_names(doc, groups, order, persons_full, add):
    """"وأضاف العلي": a person's family name alone, anywhere in the article, is that person.

    Only family names that are not common words and that belong to one person of
    the article (not a father's name after بن: سلمان بن عبدالعزيز); clitics (و، ب، ل) may be
    glued to them.
    """
    owners = {}
    for key, full in persons_full.items():
        if len(full) >= 2 and len(full[-1]) >= 3 and full[-1] not in common_words() \
                and full[-2] not in _SON_OF \
                and full[0] not in ("ابو", "ابي", "ام") and full[-1] not in _NAME_ORDINALS \
                and _family_name_alone(full):
            owners.setdefault(full[-1], []).append(key)
    owners = {name: keys[0] for name, keys in owners.items() if len(keys) == 1}
    if not owners:
        return
    # the spans taken, by start, with the furthest end among those starting before each:
    # a span [start, end) overlaps one of them if one starting before ``end`` ends after ``start``
    taken = sorted((m.start, m.end) for ms in groups.values() for m in ms)
    taken_starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))
    # the words of the article one of whose readings is a family name: the few words that
    # may be read so (the names with their clitics), checked, not every word of the article
    names = frozenset(owners)
    words = frozenset(w for w in words_read_as(names) & document_vocabulary(doc)
                      if not names.isdisjoint(_STEMS[w]))
    for sent in doc.sentences:
        if words.isdisjoint(sent.norms):
            continue
        toks = sent.tokens
        # the sentence's tokens that are one of the words (a C-level pass over its norms)
        for n_tok in compress(range(len(toks)), map(words.__contains__, sent.norms)):
            if after_given_name(sent.norms, n_tok):
                continue      # "سليمان الأسد": another person of the family
            tok = toks[n_tok]
            for clitic, stem in strip_clitics(tok.norm):
                if stem in owners:
                    n = len(clitic) - 2 if clitic.endswith("لل") else len(clitic)
                    start = tok.start + original_prefix_length(tok.text, n)
                    k = bisect_left(taken_starts, tok.end)
                    if k and reach[k - 1] > start:
                        break
                    key = owners[stem]
                    add(key, Mention(start, tok.end, doc.text[start:tok.end], type="Person",
                                     source="alias"))
                    break


# "محمد بن سلمان": what follows بن is the father's name, not a short name of the son
_SON_OF = frozenset(["بن", "ابن", "بنت"])


class _PersonNames(dict):
    """key -> the token tuple of a person's longest name, indexed by the name's beginnings
    and ends (a shorter name it starts or ends with) and by the name itself: the names
    :func:`_person_match` fits are found by look-up, not by a scan of all the article's."""

    def __init__(self):
        super().__init__()
        self.rank = {}        # key -> order of insertion
        self.index = {}       # ("pre"|"suf"|"full", tokens) -> keys (some may no longer fit)

    def __setitem__(self, key, full):
        super().__setitem__(key, full)
        self.rank.setdefault(key, len(self.rank))
        index = self.index
        index.setdefault(("full", full), set()).add(key)
        for n in range(1, len(full)):
            index.setdefault(("pre", full[:n]), set()).add(key)
            index.setdefault(("suf", full[-n:]), set()).add(key)

    def candidates(self, toks):
        """Keys whose name may fit ``toks``, in insertion order."""
        if not toks:
            return list(self)
        get = self.index.get
        keys = set(get(("pre", toks), ())) | get(("suf", toks), set())
        for n in range(1, len(toks)):
            keys |= get(("full", toks[-n:]), set())
        return sorted(keys, key=self.rank.__getitem__)


def _person_match(toks, persons_full):
    """The person entity a shorter name refers to, if any."""
    cands = []
    keys = persons_full.candidates(toks) if isinstance(persons_full, _PersonNames) else persons_full
    for key in keys:
        full = persons_full[key]
        if len(full) > len(toks) and ((full[-len(toks):] == toks and full[-len(toks) - 1] not in _SON_OF)
                                      or full[:len(toks)] == toks):
            cands.append(key)
        elif len(full) < len(toks) and (toks[-len(full):] == full) and len(full) >= 1 and key[0] != "kb":
            cands.append(key)   # (a longer name the knowledge base did not match is not its
            #                     person's: "عبدالخالق الحوثي" after "الحوثي", Abdulmalik)
    if len(cands) == 1:
        return cands[0]
    if cands:
        return cands[-1]
    return None


_LATIN_MARKS = re.compile("[\u0300-\u036F]")


def name_key(name: str) -> str:
    """The name an IRI's hash is taken of: normalised as the linker compares names
    (bare alef, ه for ة, no diacritics or tatweel, one space), Latin letters case- and
    accent-folded. Spelling variants of one name share it; different names do not."""
    key = norm(" ".join(name.split())).casefold()
    if key.isascii():
        return key
    return _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", key))


def minted_slug(name_ar: str, name_en: str, slugify) -> str:
    """The slug of an entity the knowledge base does not know: the readable slug of its
    English name, then 6 hex digits of the SHA-1 of its ``name_key``
    (``bilal-hasan-al-jasim-1a2b3c``). Names the slug cannot tell apart (two Arabic
    spellings romanised alike, a number or a letter the slug drops) get different IRIs; the
    same name gets the same IRI in every article, so the entity still merges across them."""
    digest = hashlib.sha1(name_key(name_ar).encode("utf-8")).hexdigest()[:6]
    return f"{slugify(name_en) or 'unnamed'}-{digest}"


def as_named(name: str) -> str:
    """A name as written without the ل its span keeps: "للأمن القومي" -> "الأمن القومي" (the
    span of ل + ال covers the whole word, since no clitic-free part of it exists), and in
    Arabic letters where the article has their presentation forms ("ﺍﻟﺘﺤﺎﻟﻒ" -> "التحالف",
    so that a label is found by the word searched)."""
    name = plain_letters(name)
    if name.startswith("لل") and len(name.split()[0]) > 3:
        return "ال" + name[2:]
    return name


def _display_names(named, romanize):
    """The entity's Arabic and English names. The Arabic one is its longest name in Arabic
    script (else its longest name: a name the article writes only in Latin letters); the
    English one its longest name written in Latin letters, kept as spelt, else the
    romanisation of the Arabic one."""
    texts = [" ".join(x.text.split()) for x in named]
    arabic = [t for t in texts if has_arabic(t)] or texts
    name_ar = as_named(max(arabic, key=lambda t: len(norm(t).split())))
    latin = [t for t in texts if is_latin(t)]
    name_en = max(latin, key=lambda t: len(t.split())) if latin else romanize(name_ar)
    return name_ar, name_en


def _make_entity(eid, key, ms, kb, romanize, slugify, doc):
    named = [x for x in ms if not x.nominal] or ms
    type_ = named[0].type or "Organization"
    subtype = next((x.subtype for x in named if x.subtype and "|" not in x.subtype), None)
    kb_id = key[1] if key[0] == "kb" else None
    entry = kb.get(kb_id) if kb_id and kb_id in kb else None
    if entry is not None:
        name_ar, name_en, wikidata = entry.name_ar, entry.name_en, entry.wikidata
        subtype = entry.subtype or subtype
        slug = entry.key
    elif kb_id and kb_id.endswith("-forces"):
        country = kb.get(kb_id[: -len("-forces")])
        name_ar = " ".join(max((x.text for x in named), key=len).split())
        name_en = f"{country.name_en} armed forces"
        wikidata = None
        slug = kb_id
    else:
        name_ar, name_en = _display_names(named, romanize)
        wikidata = None
        slug = minted_slug(name_ar, name_en, slugify)
        if type_ == "Person" and len(name_ar.split()) == 1:
            # a lone family name is ambiguous across articles: keep it to this article
            slug = f"{slug}--{slugify(doc.article.id)}"
    iri = f"{RESOURCE_BASE}{COARSE_SLUG[type_]}/{slug}"
    return Entity(id=eid, type=type_, mentions=ms, subtype=subtype, name_ar=name_ar,
                  name_en=name_en, wikidata=wikidata, kb_id=kb_id, iri=iri)
