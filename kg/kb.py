"""The curated knowledge base of well-known entities and its fast matcher.

The data lives in ``kg/data/kb.json`` (format: ``docs/knowledge-base.md``).
``load_kb()`` reads it once, checks it, and builds a token trie over the
normalised aliases, so that ``KnowledgeBase.match(tokens)`` runs in time
linear in the number of tokens (one dict look-up per token, plus a short walk
when a token starts a known name).

Raw news glues proclitics to names (وبتنظيم الدولة، للولايات المتحدة،
والقيادة). Only the first token of a name may carry them: its exact form is
tried first, and its clitic-stripped forms only when the exact form starts no
known name (وزارة is not و + زارة, لبنان is not ل + بنان). The returned
mention starts after the stripped clitics; when the article's ال is fused with
the preposition ل (لل), the span starts at the لل, which is how the scorer reads
it (لل = ل + ال).
"""
from __future__ import annotations

import json
import sys
from itertools import compress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from kg.caches import WordCache
from kg.errors import KgError
from kg.model import Mention
from kg.names import after_given_name
from kg.normalize import NORM_TABLE, norm

ENTITY_SUBTYPES = {
    "Person": (None,),
    "Organization": ("ArmedGroup", "ArmedForce", "GovernmentBody", "Coalition",
                     "MediaOrganization", "PoliticalOrganization", "Organization"),
    "Place": ("Country", "City", "Region"),
}
POSITION_RELATIONS = ("leaderOf", "positionIn", "spokespersonOf")

_CONJ = "وف"
_PREP = "بلك"
_ABD = norm("عبد")
_KUNYA = {"ابو", "ابي", "ابا", "وابو", "لابي", "بابي"}
#: a word of persons' names rarer than this in general text is read as a name before a family
#: name a movement is called by (عبدالخالق الحوثي); a commoner one (سكوت) is not
_COMMON_NAME_ZIPF = 4.0
# the proclitic prepositions: a word that carries one is a noun (بسورية), never an adjective
_PREPOSITION_CLITICS = frozenset("بل")
_QUOTES_OPEN = {"\"", "«", "“", "'", "‘", "„"}
_QUOTES_CLOSE = {"\"", "»", "”", "'", "’", "“"}

#: words before the one who leads a body: "التحالف بقيادة السعودية"، "التحالف الذي تقوده واشنطن"
LED_BY_WORDS = frozenset(norm(w) for w in "بقيادة بزعامة تقوده يقوده".split())


class KnowledgeBaseError(KgError):
    """The knowledge-base file is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class Position:
    post_ar: str
    post_en: str
    relation: str                 # leaderOf | positionIn | spokespersonOf
    of: str                       # KB key of the organisation or place
    since: Optional[str] = None   # YYYY, YYYY-MM or YYYY-MM-DD
    until: Optional[str] = None


@dataclass(frozen=True)
class KBEntry:
    key: str
    type: str
    subtype: Optional[str]
    name_ar: str
    name_en: str
    wikidata: Optional[str]
    aliases: tuple                # every Arabic name, name_ar first (plain, ambiguous and shared)
    located_in: Optional[str]
    positions: tuple              # tuple[Position]
    ambiguous: tuple = ()         # aliases that fire only with a cue (common words: مالي، الشرع)
    shared: tuple = ()            # aliases also naming another entry (طرابلس): resolved by context
    context: tuple = ()           # keys whose presence in the text supports this entry
    not_followed_by: tuple = ()   # normalised next words that veto a match (القاعدة العسكرية، مجلس الأمن القومي)
    country: Optional[str] = None  # Organizations of a state (its army, ministries): the country key
    cues: tuple = ()              # normalised words before an ambiguous alias that fire it for this
    #                               entry instead of its type's cues (فريق/مدرب الهلال: a club)


_CAPITAL_WORDS = frozenset(["العاصمه"])   # normalised: العاصمة

#: what stands between the items of a list of countries: "،" "و" "(" "إلى جانب"
_LIST_GLUE = frozenset(["،", ",", "(", ")", "الي", "جانب", "و"])
#: the kinds of place a list is read for: countries with countries, towns and provinces with
#: towns and provinces (an ambiguous town's name, درعا، هيت، listed with known ones)
_COUNTRY_KIND = frozenset(["Country"])
_TOWN_KINDS = frozenset(["City", "Region"])


@dataclass(frozen=True)
class _Hit:
    key: str
    needs_cue: bool
    order: int                    # file order: the default among shared aliases


def first_token_forms(word_norm: str) -> list:
    """Clitic-stripped readings of a normalised word: ``[(chars_stripped, form)]``.

    Clitics: an optional و/ف, then an optional ب/ل, or ك before ال only
    (كسرت is not ك + سرت). ``chars_stripped`` counts normalised characters to
    drop from the start of the word to reach the name; the form ``ال...`` of a fused ``لل...`` keeps
    the span at the ``لل`` (0 or 1 characters stripped, for و/ف before it).
    The word itself is not in the list.
    """
    out = []
    rests = [(0, word_norm)]
    if word_norm[:1] in _CONJ and len(word_norm) > 2:
        rests.append((1, word_norm[1:]))
        out.append((1, word_norm[1:]))
    for k, rest in rests:
        if rest[:1] in _PREP and len(rest) > 2:
            if rest.startswith("لل"):
                out.append((k, "ا" + rest[1:]))      # لل + word = ل + ال + word
            elif rest[0] != "ك" or rest.startswith("كال"):
                out.append((k + 1, rest[1:]))         # ك only before ال: كسرت is not ك + سرت
    return out


def _original_offset(token_text: str, n_norm: int) -> int:
    """Characters of ``token_text`` that make up its first ``n_norm`` normalised ones.

    Deleted characters (diacritics, tatweel, zero-width marks) that follow the
    last counted character belong to it and are skipped too.
    """
    if n_norm <= 0:
        return 0
    seen = 0
    i = 0
    length = len(token_text)
    while i < length and seen < n_norm:
        if NORM_TABLE.get(ord(token_text[i]), token_text[i]) is not None:
            seen += 1
        i += 1
    while i < length and NORM_TABLE.get(ord(token_text[i]), token_text[i]) is None:
        i += 1
    return i


def _token_norm(token) -> str:
    return token.norm or norm(token.text)


class KnowledgeBase:
    """Entries by key, an alias trie, demonyms and nominal anaphors."""

    def __init__(self, entries, demonyms, nominals, cues, source="<memory>", force_demonyms=None,
                 nominal_heads=None):
        self.source = str(source)
        self._entries = {}
        for e in entries:
            self._entries[e.key] = e
        self._order = {key: i for i, key in enumerate(self._entries)}
        self._demonyms = dict(demonyms)          # normalised form -> country key
        # adjectives that name a country only after جيش/قوات (المالي is "financial" elsewhere)
        self._force_demonyms = dict(force_demonyms or {})
        self._nominals = dict(nominals)          # normalised form -> tuple of subtypes
        # nominal -> the head nouns an antecedent's name must start with (المملكة -> مملكة)
        # (a dict: per subtype of antecedent; القوات: an armed group only if named قوات ...)
        self._nominal_heads = {w: ({st: frozenset(h) for st, h in hs.items()} if isinstance(hs, dict)
                                   else frozenset(hs)) for w, hs in (nominal_heads or {}).items()}
        self._entry_heads = {}
        self._cues = {t: frozenset(ws) for t, ws in cues.items()}   # type -> normalised words
        self._trie = {}
        self._aliases = {}                       # normalised alias -> [ _Hit ]
        for e in self._entries.values():
            amb = {norm(a) for a in e.ambiguous}
            for alias in e.aliases:
                n = norm(alias)
                hit = _Hit(e.key, n in amb, self._order[e.key])
                self._add(n, hit)
        # per-word answers, kept for a bounded number of words (kg.caches): a corpus's
        # distinct words grow with it, the memory these take does not
        self._form_cache = WordCache(self._word_forms)
        self._demonym_cache = WordCache(self._word_demonym)
        # demonym(word) is the cache's own look-up, with no Python call in between: the rules
        # ask it for a hundred words an article
        self.demonym = self._demonym_cache.__getitem__
        self._forces = None

    # ------------------------------------------------------------ building
    def _add(self, alias_norm: str, hit: _Hit):
        words = alias_norm.split()
        if not words:
            return
        node = self._trie
        for w in words:
            node = node.setdefault(w, {})
        hits = node.setdefault(None, [])
        if all(h.key != hit.key for h in hits):
            hits.append(hit)
        self._aliases.setdefault(alias_norm, [])
        if hit not in self._aliases[alias_norm]:
            self._aliases[alias_norm].append(hit)

    # ------------------------------------------------------------ look-ups
    def get(self, key: str) -> KBEntry:
        """The entry with this key (KeyError if none)."""
        return self._entries[key]

    def __contains__(self, key) -> bool:
        return key in self._entries

    def __iter__(self):
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def ancestors(self, key: str) -> list:
        """Keys of the places containing ``key``, innermost first (Palmyra -> Homs governorate -> Syria)."""
        out = []
        cur = self._entries[key].located_in
        while cur and cur not in out and cur in self._entries:
            out.append(cur)
            cur = self._entries[cur].located_in
        return out

    def forces_of(self, country: str) -> Optional[str]:
        """Key of a country's armed forces entry (the first ArmedForce of that state in the file).

        "united-states" -> "us-forces", "turkey" -> "turkish-army"; None when the KB has none.
        """
        if self._forces is None:
            self._forces = {}
            for e in self._entries.values():
                if e.subtype == "ArmedForce" and e.country and e.country not in self._forces:
                    self._forces[e.country] = e.key
        return self._forces.get(country)

    def has_alias(self, name_norm: str) -> bool:
        """Is ``name_norm`` (normalised) itself one of the aliases, clitics and all?"""
        return name_norm in self._aliases

    def find(self, name: str) -> list:
        """Entries one of whose aliases is ``name`` (normalised; clitics on the first word allowed)."""
        n = norm(name)
        if not n:
            return []
        hits = self._aliases.get(n)
        if not hits:
            first, _, rest = n.partition(" ")
            for _, form in first_token_forms(first):
                cand = form + (" " + rest if rest else "")
                if cand in self._aliases:
                    hits = self._aliases[cand]
                    break
        return [self._entries[h.key] for h in sorted(hits or [], key=lambda h: h.order)]

    def _forms(self, word_norm: str) -> tuple:
        """The word itself, then (only if it starts no name) its clitic-stripped readings.

        Cached per word as tuples (which the garbage collector stops tracking).
        """
        return self._form_cache[word_norm]

    def _word_forms(self, word_norm: str) -> tuple:
        if word_norm in self._trie:
            return ((0, word_norm),)
        return tuple((k, f) for k, f in first_token_forms(word_norm) if f in self._trie)

    def _lookup_word(self, table: dict, word: str):
        n = norm(word).strip()
        if not n:
            return None
        forms = [n] + [f for _, f in first_token_forms(n)]
        for f in forms:
            if f in table:
                return table[f]
        for f in forms:
            if f.startswith("ال") and f[2:] in table:
                return table[f[2:]]
        return None

    def demonym(self, word: str) -> Optional[str]:
        """Country key of a nisba adjective or people noun (الأميركية -> "united-states"), clitics and ال allowed.

        (An instance answers it with its cache's look-up, set in ``__init__``: the same answer.)"""
        return self._demonym_cache[word]

    def _word_demonym(self, word: str) -> Optional[str]:
        return self._lookup_word(self._demonyms, word)

    def force_demonym(self, word: str) -> Optional[str]:
        """Country key of a word after جيش/قوات: a demonym, or one that is mostly
        something else on its own (الجيش المالي -> "mali"; المالي alone is "financial")."""
        return self.demonym(word) or self._lookup_word(self._force_demonyms, word)

    def demonyms_of(self, key: str) -> list:
        """The normalised demonym forms that point to a country key."""
        return sorted(f for f, k in self._demonyms.items() if k == key)

    def nominal_words(self) -> tuple:
        """All nominal anaphors, normalised (التنظيم، البلاد ...), sorted."""
        return tuple(sorted(self._nominals))

    def nominal_heads(self, word: str, subtype: Optional[str] = None) -> Optional[frozenset]:
        """Head nouns (normalised, without ال) one of which an antecedent of this nominal
        must be named with (المملكة -> {"مملكه"}: a kingdom, not any country); None when any
        entity of the nominal's subtypes will do (البلاد، التنظيم). Some nominals need a head
        for one subtype only: القوات joins a state's forces, or an armed group named قوات."""
        n = norm(word).strip()
        for f in [n] + [f for _, f in first_token_forms(n)]:
            if f in self._nominal_heads:
                heads = self._nominal_heads[f]
                return heads.get(subtype) if isinstance(heads, dict) else heads
        return None

    def entry_heads(self, key: str) -> frozenset:
        """First words (normalised, without ال) of an entry's names: what it is called
        (saudi-arabia -> {"سعوديه", "مملكه"}: المملكة العربية السعودية)."""
        heads = self._entry_heads.get(key)
        if heads is None:
            e = self._entries[key]
            heads = frozenset(norm(a).split()[0].removeprefix("ال") for a in e.aliases if norm(a).split())
            self._entry_heads[key] = heads
        return heads

    def nominal(self, word: str) -> Optional[tuple]:
        """Subtypes a nominal anaphor can refer back to (التنظيم -> ("ArmedGroup",)), else None."""
        n = norm(word).strip()
        if not n:
            return None
        for f in [n] + [f for _, f in first_token_forms(n)]:
            if f in self._nominals:
                return self._nominals[f]
        return None

    # ------------------------------------------------------------ matching
    def match(self, tokens, text: Optional[str] = None, context=None) -> list:
        """Knowledge-base mentions in a token sequence: longest match, left to right, non-overlapping.

        ``tokens`` are ``kg.model.Token`` (original surface text and offsets).
        Pass the article ``text`` to get each mention's exact original
        characters (a no-break space inside a name is kept); without it the
        text is rebuilt from the tokens with plain spaces in the gaps.
        ``context``: KB keys known to occur elsewhere in the document; they
        count as cues for ambiguous and shared names (see ``match_document``).
        """
        norms = [_token_norm(t) for t in tokens]
        raw = self._scan(norms)
        if not raw:
            return []
        anchors = self._anchors(raw)
        if context:
            anchors |= set(context)
        return self._mentions(tokens, norms, raw, anchors, text)

    def match_document(self, token_lists, text: Optional[str] = None, norms_list=None) -> list:
        """``match`` for each sentence of a document, with the whole document as context.

        A name that is unambiguous anywhere in the document (أحمد الشرع, لبنان)
        then resolves its short or shared forms in every sentence (الشرع،
        طرابلس). Returns one list of mentions per token list. ``norms_list``: the
        tokens' normalised forms, when the caller has them (``Sentence.norms``).
        """
        if norms_list is None:
            norms_list = [[t.norm or norm(t.text) for t in toks] for toks in token_lists]
        raws = [self._scan(norms) for norms in norms_list]
        anchors = set()
        for raw in raws:
            anchors |= self._anchors(raw)
        # the anchors and their ancestors, worked out once for the document
        support = self._support(anchors) if any(raws) else None
        return [self._mentions(toks, norms, raw, anchors, text, support) if raw else []
                for toks, norms, raw in zip(token_lists, norms_list, raws)]

    def _scan(self, norms) -> list:
        """Longest trie matches, left to right: ``[(i, j, stripped, hits)]`` over token indexes."""
        n = len(norms)
        trie = self._trie
        # only words that start a name (or do once a clitic is off) can start a match
        forms_at = list(map(self._form_cache.__getitem__, norms))
        raw = []
        i = 0
        for k in list(compress(range(n), forms_at)):
            if k < i:
                continue
            i = k
            forms = forms_at[i]
            best = None
            for stripped, form in forms:
                node = trie[form]
                j = i + 1
                last = (j, node[None]) if None in node else None
                while j < n:
                    nxt = node.get(norms[j])
                    if nxt is None:
                        break
                    node = nxt
                    j += 1
                    if None in node:
                        last = (j, node[None])
                if last and (best is None or last[0] > best[1]):
                    best = (i, last[0], stripped, last[1])
            if best:
                raw.append(best)
                i = best[1]
            else:
                i += 1
        return raw

    @staticmethod
    def _anchors(raw) -> set:
        """Keys matched by a name that is neither ambiguous nor shared."""
        return {hits[0].key for _, _, _, hits in raw if len(hits) == 1 and not hits[0].needs_cue}

    def _support(self, anchors) -> set:
        """The anchors and the places that hold them."""
        support = set(anchors)
        for key in anchors:
            if key in self._entries:
                support.update(self.ancestors(key))
        return support

    def _mentions(self, tokens, norms, raw, anchors, text, support=None) -> list:
        if support is None:
            support = self._support(anchors)
        mentions = []
        for i, j, stripped, hits in raw:
            entry = self._resolve(tokens, norms, i, j, stripped, hits, anchors, support)
            if entry is None:
                continue
            k = self._after_capital_word(norms, i, j, stripped, entry.key)
            if k is not None:
                i, stripped = k, 0           # "العاصمة دمشق": the mention is دمشق
            tok = tokens[i]
            start = tok.start + _original_offset(tok.text, stripped)
            end = tokens[j - 1].end
            if text is not None:
                surface = text[start:end]
            else:
                parts = [tok.text[start - tok.start:]]
                prev_end = tok.end
                for t in tokens[i + 1:j]:
                    parts.append(" " * max(t.start - prev_end, 0) + t.text)
                    prev_end = t.end
                surface = "".join(parts)
            mentions.append(Mention(start=start, end=end, text=surface, type=entry.type,
                                    subtype=entry.subtype, source="kb", kb_id=entry.key))
        return mentions

    def _after_capital_word(self, norms, i, j, stripped, key):
        """Where the name starts in "العاصمة [الليبية] طرابلس", matched whole for context.

        The capital word (and a demonym after it) describe the name that follows; the
        mention is that name alone when it is itself a name of the same entry, so that
        العاصمة can be read as its own mention (the linker joins it to the city). None
        when the span does not start with the capital word.
        """
        first = norms[i] if not stripped else norms[i][stripped:]
        if first not in _CAPITAL_WORDS and not (norms[i].startswith("لل") and "ا" + norms[i][1:] in _CAPITAL_WORDS):
            return None
        for k in (i + 1, i + 2):
            if k < j and any(h.key == key for h in self._aliases.get(" ".join(norms[k:j]), ())):
                return k
        return None

    def _resolve(self, tokens, norms, i, j, stripped, hits, anchors, support):
        """Pick the entry for a matched span, or None when an ambiguous alias lacks a cue."""
        ok = []
        for h in hits:
            e = self._entries[h.key]
            if e.not_followed_by and j < len(norms) and norms[j] in e.not_followed_by:
                continue
            if h.needs_cue and not self._has_cue(e, tokens, norms, i, j, stripped, anchors):
                continue
            ok.append(h)
        if not ok:
            return None
        if j == i + 1 and not stripped and self._after_kunya(norms, i, self._entries[ok[0].key].type):
            return None          # أبو عمر سراقب، حسن أبو هنية: part of another person's name
        if j == i + 1 and not stripped and all(self._entries[h.key].type == "Person" for h in ok) \
                and after_given_name(norms, i):
            return None          # "سليمان الأسد": another person of that family, not the known one
        if j == i + 1 and not stripped and all(h.needs_cue and self._entries[h.key].type == "Organization"
                                               for h in ok) \
                and (self._after_name_word(norms, i) or self._after_kunya(norms, i, "Place")):
            return None          # "محمد علي الحوثي"، "أبو كهلان الحوثي": a person of the family a movement is named for
        if len(ok) == 1:
            return self._entries[ok[0].key]

        listed = self._listed_subtypes(norms, i, j)
        led_by = self._led_by(norms, j)

        def score(h):
            e = self._entries[h.key]
            s = 2 if h.key in anchors else 0
            s += 3 * bool(led_by & set(e.context))    # "التحالف بقيادة السعودية": the one it leads
            s += sum(1 for k in e.context if k in support)
            s += sum(1 for k in self.ancestors(h.key) if k in anchors)
            s += e.subtype in listed     # "بين بغداد وعمّان": a city listed with a city
            return (-s, h.order)

        return self._entries[min(ok, key=score).key]

    def _led_by(self, norms, j) -> set:
        """Keys named (in one to three words) right after "بقيادة"، "الذي تقوده" ... that follows
        the span ending at ``j``: who leads the body just named."""
        k = j + (norms[j:j + 1] in (["الذي"], ["التي"]))
        if k >= len(norms) or norms[k] not in LED_BY_WORDS:
            return set()
        out = set()
        for n in range(1, 4):
            for h in self._aliases.get(" ".join(norms[k + 1:k + 1 + n]), ()) if k + n < len(norms) else ():
                out.add(h.key)
        return out

    def _subtypes_of_word(self, word) -> set:
        """Subtypes of the entries a one-word plain name (an optional و first) belongs to."""
        out = set()
        for w in (word, word[1:] if word.startswith("و") and len(word) > 3 else None):
            for h in self._aliases.get(w, ()) if w else ():
                if not h.needs_cue:
                    out.add(self._entries[h.key].subtype)
        return out

    def _listed_subtypes(self, norms, i, j) -> set:
        """Subtypes of the names joined to the span by و, right before or right after it."""
        out = set()
        if i > 0 and norms[i].startswith("و"):
            out |= self._subtypes_of_word(norms[i - 1])
        if j < len(norms) and norms[j].startswith("و"):
            out |= self._subtypes_of_word(norms[j])
        return out

    def _names_a_person(self, norms, i, j) -> bool:
        """Is the span's name an alias of a known person too (الحوثي)?"""
        return any(self._entries[h.key].type == "Person" for h in self._aliases.get(" ".join(norms[i:j]), ()))

    def _after_name_word(self, norms, i) -> bool:
        """Is the word before ``i`` a person's name (محمد علي الحوثي، عبدالخالق الحوثي; not
        عناصر الحوثي)? A given name, or a rarer word of names; a word of names that is common
        (علي، سكوت) only after one of those."""
        from kg.mentions_names import word_zipf
        from kg.names import all_name_words, given_names
        names, given, cues = all_name_words(), given_names(), self._cues.get("Organization", ())

        def name_word(k):
            return k >= 0 and norms[k] in names and norms[k] not in cues

        def strong(k):
            return name_word(k) and (norms[k] in given or word_zipf(norms[k]) < _COMMON_NAME_ZIPF)

        return strong(i - 1) or (name_word(i - 1) and strong(i - 2))

    @staticmethod
    def _after_kunya(norms, i, etype) -> bool:
        """A one-word name inside a kunya: أبو عمر سراقب (place), أبو هنية (surname)."""
        back = (i - 1, i - 2) if etype == "Place" else (i - 1,) if etype == "Person" else ()
        return any(k >= 0 and norms[k] in _KUNYA for k in back)

    def _has_cue(self, entry, tokens, norms, i, j, stripped, anchors) -> bool:
        if entry.type == "Person" and entry.key in anchors and not stripped and (
                self._after_name_word(norms, i) or (i > 1 and norms[i - 2] == _ABD)):
            return False                         # "عبد الكريم الحوثي" after عبد الملك الحوثي: another
            #                                      man of the family, his own given name before it
        if entry.type in ("Person", "Organization") and entry.key in anchors \
                and not (entry.type == "Organization" and self._names_a_person(norms, i, j)):
            return True                          # the unambiguous name occurs elsewhere
            # (a group's name that is a known person's too, الحوثي, takes a cue of its own)
        if entry.type == "Place" and stripped and _PREPOSITION_CLITICS.intersection(norms[i][:stripped]):
            return True                          # بسورية، لمالي: a preposition takes a noun, no adjective
        if i > 0:
            prev = tokens[i - 1].text.strip()
            if prev in _QUOTES_OPEN and j < len(tokens) and tokens[j].text.strip() in _QUOTES_CLOSE:
                return True
            cues = entry.cues or self._cues.get(entry.type, ())
            p = norms[i - 1]
            if p in cues:
                return True
            for _, form in first_token_forms(p):
                if form in cues:
                    return True
            if entry.type == "Person" and p.startswith("ال") and self.demonym(p):
                return True                      # الرئيس السوري الشرع، وزير الخارجية الأمريكي روبيو
        if entry.subtype == "Country" and self._listed_with_a_country(norms, i, j):
            return True                          # مالي والنيجر؛ وتعد مالي، إلى جانب النيجر
        if entry.subtype in _TOWN_KINDS and self._listed_with_towns(norms, i, j):
            return True                          # محافظات حلب، درعا، اللاذقية؛ الفلوجة وهيت
        return False

    def _is_country(self, words, subtypes=_COUNTRY_KIND) -> bool:
        """Is this run of normalised words (an optional و first) a country's plain name (or the
        plain name of a place of one of ``subtypes``)?"""
        if not words:
            return False
        first = words[0]
        for w0 in (first, first[1:] if first.startswith("و") and len(first) > 3 else None):
            if w0 is None:
                continue
            hits = self._aliases.get(" ".join([w0, *words[1:]]), ())
            if any(not h.needs_cue and self._entries[h.key].subtype in subtypes for h in hits):
                return True
        return False

    def _listed_with_towns(self, norms, i, j) -> bool:
        """An ambiguous town's or province's name in a list of known ones: joined to one by و
        (الفلوجة وهيت، درعا والسويداء), or between two of them by commas (حمص، درعا، حلب); a
        comma after a town alone is no list ("إلى حمص، القائم بأعمال ...")."""
        def town(a, b):
            return 0 <= a < b <= len(norms) and self._is_country(norms[a:b], _TOWN_KINDS)

        commas = ("،", ",")
        wa_before = norms[i].startswith("و") and (town(i - 1, i) or town(i - 2, i))
        wa_after = j < len(norms) and norms[j].startswith("و") and (town(j, j + 1) or town(j, j + 2))
        comma_before = i > 1 and norms[i - 1] in commas and (town(i - 2, i - 1) or town(i - 3, i - 1))
        comma_after = j + 1 < len(norms) and norms[j] in commas and (town(j + 1, j + 2) or town(j + 1, j + 3))
        return wa_before or wa_after or (comma_before and (comma_after or wa_after))

    def _listed_with_a_country(self, norms, i, j) -> bool:
        """An ambiguous country name in a list of countries (مالي والنيجر، (مالي، النيجر)،
        وتعد مالي، إلى جانب النيجر، النيجر ومالي), not a word before a country (عجز مالي وتونس)."""
        k = j
        while k < len(norms) and norms[k] in _LIST_GLUE:
            k += 1
        glue = norms[j:k]
        if k < len(norms) and (glue or norms[k].startswith("و")) \
                and (self._is_country(norms[k:k + 1]) or self._is_country(norms[k:k + 2])):
            opens_list = i == 0 or norms[i - 1] in ("(", "،", ",") or self._is_country(norms[i - 1:i])
            if "جانب" in glue or opens_list:
                return True
        k = i - 1
        while k >= 0 and norms[k] in _LIST_GLUE:
            k -= 1
        glue = norms[k + 1:i]
        if k >= 0 and (norms[i].startswith("و") or "،" in glue or "جانب" in glue) \
                and (self._is_country(norms[k:k + 1]) or (k > 0 and self._is_country(norms[k - 1:k + 1]))):
            return True
        return False


# ---------------------------------------------------------------- loading
def _fail(path, message):
    raise KnowledgeBaseError(f"{path}: {message}")


def _tuple(obj, field, path, key):
    value = obj.get(field) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        _fail(path, f"entry {key!r}: {field} must be a list of non-empty strings")
    return tuple(value)


def parse_kb(data: dict, path="<memory>") -> KnowledgeBase:
    """Build and check a KnowledgeBase from the decoded JSON object."""
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        _fail(path, "expected an object with an 'entities' list")
    entries = []
    seen = set()
    for obj in data["entities"]:
        if not isinstance(obj, dict) or not isinstance(obj.get("key"), str):
            _fail(path, f"entry without a key: {str(obj)[:80]}")
        key = obj["key"]
        if key in seen:
            _fail(path, f"duplicate key {key!r}")
        seen.add(key)
        etype = obj.get("type")
        if etype not in ENTITY_SUBTYPES:
            _fail(path, f"entry {key!r}: unknown type {etype!r}")
        subtype = obj.get("subtype")
        if subtype not in ENTITY_SUBTYPES[etype]:
            _fail(path, f"entry {key!r}: subtype {subtype!r} not allowed for {etype}")
        name_ar = obj.get("name_ar")
        if not isinstance(name_ar, str) or not name_ar.strip():
            _fail(path, f"entry {key!r}: name_ar missing")
        plain = _tuple(obj, "aliases_ar", path, key)
        ambiguous = _tuple(obj, "ambiguous_ar", path, key)
        shared = _tuple(obj, "shared_ar", path, key)
        aliases = []
        for a in (name_ar,) + plain + ambiguous + shared:
            if a not in aliases:
                aliases.append(a)
        positions = []
        for p in obj.get("positions") or []:
            try:
                positions.append(Position(p["post_ar"], p["post_en"], p["relation"], p["of"],
                                          p.get("since"), p.get("until")))
            except (KeyError, TypeError):
                _fail(path, f"entry {key!r}: malformed position {p!r}")
        entries.append(KBEntry(
            key=key, type=etype, subtype=subtype, name_ar=name_ar,
            name_en=obj.get("name_en") or key, wikidata=obj.get("wikidata"),
            aliases=tuple(aliases), located_in=obj.get("located_in"),
            positions=tuple(positions), ambiguous=ambiguous, shared=shared,
            context=_tuple(obj, "context", path, key),
            not_followed_by=tuple(norm(w) for w in _tuple(obj, "not_followed_by", path, key)),
            country=obj.get("country"),
            cues=tuple(norm(w) for w in _tuple(obj, "cues_ar", path, key)),
        ))
    for e in entries:
        for ref in [e.located_in, e.country] + list(e.context) + [p.of for p in e.positions]:
            if ref is not None and ref not in seen:
                _fail(path, f"entry {e.key!r}: unknown key {ref!r}")

    def forms_to_key(field):
        table = {}
        for key, forms in (data.get(field) or {}).items():
            if key not in seen:
                _fail(path, f"{field}: unknown key {key!r}")
            for f in forms:
                table[norm(f)] = key
        return table

    demonyms = forms_to_key("demonyms")
    force_demonyms = forms_to_key("force_demonyms")
    nominals = {}
    for word, subtypes in (data.get("nominals") or {}).items():
        nominals[norm(word)] = tuple(subtypes)
    nominal_heads = {}
    for word, heads in (data.get("nominal_heads") or {}).items():
        if norm(word) not in nominals:
            _fail(path, f"nominal_heads: {word!r} is not a nominal")
        if isinstance(heads, dict):
            nominal_heads[norm(word)] = {st: [norm(h).removeprefix("ال") for h in hs]
                                         for st, hs in heads.items()}
        else:
            nominal_heads[norm(word)] = [norm(h).removeprefix("ال") for h in heads]
    cues = {}
    for etype, words in (data.get("cues") or {}).items():
        cues[etype] = [norm(w) for w in words]
    return KnowledgeBase(entries, demonyms, nominals, cues, source=path,
                         force_demonyms=force_demonyms, nominal_heads=nominal_heads)


@lru_cache(maxsize=8)
def _load(path: str) -> KnowledgeBase:
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        _fail(path, "knowledge-base file not found")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(path, f"cannot read the knowledge base ({exc})")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        _fail(path, f"malformed JSON at line {exc.lineno}: {exc.msg}")
    return parse_kb(data, path)


def load_kb(path=None) -> KnowledgeBase:
    """The knowledge base (``kg/data/kb.json`` by default), read once and cached."""
    if path is None:
        from kg.resources import KB_JSON
        path = KB_JSON
    return _load(str(Path(path).resolve()))


# ---------------------------------------------------------------- benchmark
def bench(n_tokens: int = 300_000, seed: int = 0) -> dict:
    """Match a synthetic text of ``n_tokens`` tokens; returns counts and tokens/s."""
    import random
    import time

    from kg.model import Token

    kb = load_kb()
    rng = random.Random(seed)
    filler = ("قال في على إن أن من إلى عن مع بعد قبل خلال يوم الأحد وزارة الجيش القوات "
              "هجوم غارة مقتل عناصر مسلحين بيان أعلنت وأضاف المصادر المحلية الشرقية الماضي "
              "والمدينة بالقرب للمنطقة وقالت الحكومة السياسية الاقتصادية لبنانية مالي").split()
    names = [a for e in kb for a in e.aliases]
    words = []
    while len(words) < n_tokens:
        if rng.random() < 0.05:
            words.extend(rng.choice(["", "و", "ب", "ل", "وب"]) + w if k == 0 else w
                         for k, w in enumerate(rng.choice(names).split()))
        else:
            words.append(rng.choice(filler))
    words = words[:n_tokens]
    tokens = []
    pos = 0
    for w in words:
        tokens.append(Token(w, pos, pos + len(w), norm(w)))
        pos += len(w) + 1
    t0 = time.perf_counter()
    mentions = kb.match(tokens)
    dt = time.perf_counter() - t0
    return {"tokens": len(tokens), "mentions": len(mentions), "seconds": round(dt, 3),
            "tokens_per_second": int(len(tokens) / dt) if dt else 0}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--bench"]:
        r = bench()
        print(f"{r['tokens']} tokens, {r['mentions']} mentions in {r['seconds']} s: "
              f"{r['tokens_per_second']} tokens/s (norm precomputed; trie built before timing)")
        return 0
    kb = load_kb()
    print(f"{len(kb)} entries in {kb.source}. Usage: python -m kg.kb --bench")
    return 0


if __name__ == "__main__":
    sys.exit(main())
