"""Entity mentions: knowledge-base matches, title/head patterns and the NER tagger.

Three sources, merged by priority (kb > pattern > ner, then longer first):
- the curated knowledge base (kg.kb), clitic-aware;
- patterns of news prose: a title before a person's name (القيادي، الأميرال،
  وزير الحرب الأميركي ...), a kunya (أبو عمر ...), an organisation head
  (تنظيم، جبهة، جيش، وزارة ...) or a place head (مدينة، محافظة ...) before a name,
  a state's forces (القوات الأمريكية);
- a state's generic bodies named by its adjective (kg.mentions_bodies: السلطات الإسرائيلية،
  السفارة الأمريكية، الخارجية الروسية);
- persons named with no title, from the personal-name lexicons (kg.mentions_names, kg.names:
  a known full name, or a given name followed by name words);
- the statistical tagger (kg.ner) for names with no cue; its one-word persons that are
  common words, pronouns, honorifics or suffixed nouns are dropped.

This module is the stage's entry point (find_mentions: the finders in order, then the
overlaps resolved and the checks run); each finder or rule lives in a module named for it,
with its tests beside it in tests/test_mentions_*.py:
- kg.mentions_cues: the words that start a pattern or a post, and where a sentence has them;
- kg.mentions_patterns: the cue patterns (pattern_mentions), which read names with
  kg.mentions_org_heads (organisation heads), kg.mentions_place_heads (place heads),
  kg.mentions_facilities (facility heads) and kg.mentions_titled_names (a person's name
  after a title or a kunya);
- kg.mentions_kb_context: knowledge-base matches dropped, lengthened or trimmed in context;
- kg.mentions_place_bodies: units and bodies named for a known place; kg.mentions_region_bodies:
  bodies named for a region written with its head (شرطة إقليم X); kg.mentions_named_institutions:
  hospitals named to their kind (مستشفى X التعليمي) and local councils (المجلس المحلي لمدينة X);
- kg.mentions_aliases, kg.mentions_posts, kg.mentions_roles: aliases, persons named by their
  post or set before their role, an indefinite role (a person not yet named);
- kg.mentions_headless: places and bodies with no head (kg.mentions_places, kg.mentions_groups);
- kg.mentions_ner: the tagger's mentions; kg.mentions_operations: operations' names (no
  entity); kg.mentions_overlaps: which of overlapping candidates is kept;
- kg.mentions_checks: checks on the chosen mentions; kg.mentions_leaderships: the leadership
  of a body is the body (قيادة الجيش); kg.mentions_headed_names: the
  "head + name" phrases of the annotated output; kg.mentions_common: shared word tests.
"""
from __future__ import annotations

from kg.mention_gates import found_by, sentence_words
from kg.mentions_aliases import alias_mentions
from kg.mentions_bodies import generic_body_spans, national_body_spans
from kg.mentions_checks import (_bare_region_names, _common_word_bodies, _dated_place, _described_groups,
                                _described_place,
                                _no_person, _places_by_context, _titled_given_name_joined,
                                boards_as_their_body, companies_named_for_persons,
                                fathers_chain_no_person)
from kg.mentions_common import make_mention
from kg.mentions_org_heads import ordinary_noun_phrase
from kg.mentions_cues import cue_positions
from kg.mentions_foreign_names import foreign_person_spans
from kg.mentions_groups import leader_force_spans, quoted_province_groups
from kg.mentions_headless import _token_span, headless_mentions
from kg.mentions_not_names import not_names
from kg.mentions_kb_context import (_axis_commands_place, _bank_of_water, _capital_title_off, _compound_place, _counted_dual,
                                    _directorates_field,
                                    _facilitys_name, _fathers_name, _namesakes_name,
                                    _idiom_not_place, _longer_person, _province_of_city,
                                    _demonym_after_definite_noun, _demonym_after_name, _family_after_person,
                                    _house_after_lineage,
                                    _family_name_after_chain, _quoted_names_first_word)
from kg.mentions_leaderships import leadership_mentions
from kg.mentions_named_institutions import institution_heads, named_institutions
from kg.mentions_names import aged_person_spans, described_person_spans, lexicon_person_spans, umm_kunya_spans
from kg.mentions_line_breaks import names_across_line_breaks
from kg.mentions_lone_persons import lone_tagger_persons_dropped
from kg.mentions_ner import ner_mentions
from kg.mentions_one_sense import one_sense_per_article
from kg.mentions_operations import _operation_names, _operation_words
from kg.mentions_overlaps import _resolve_overlaps
from kg.mentions_patterns import general_bodies_completed, pattern_mentions
from kg.mentions_place_bodies import _units_named_for_places
from kg.mentions_places import repeated_place_spans
from kg.mentions_posts import apposed_person_mentions, post_person_mentions
from kg.mentions_press import press_credits
from kg.mentions_region_bodies import region_bodies
from kg.mentions_roles import role_mentions
from kg.mentions_short_names import quoted_short_names
from kg.view import document_vocabulary


def find_mentions(doc, kb, tags=None) -> list:
    """All entity mentions of a document, non-overlapping, in text order.

    ``tags``: the statistical tagger's BIO tags, one list per sentence (none: no
    tagger mentions).
    """
    text = doc.text
    sentences = doc.sentences
    tags = tags or [[]] * len(sentences)
    doc_vocab = document_vocabulary(doc)
    operation_heads = _operation_words(doc_vocab)
    out = []
    kb_all = kb.match_document([s.tokens for s in sentences], text, [s.norms for s in sentences])
    for sent, stags, kb_ms in zip(sentences, tags, kb_all):
        toks = sent.tokens
        norms = sent.norms
        words = sentence_words(norms)
        starts, ends = sent.offsets()

        def located(ms):
            return [(*_token_span(toks, m, starts, ends), m) for m in ms]

        def add(found):
            """``spans`` and the tokens they take (``blocked``) with the mentions found, located
            (most finders find nothing in most sentences: nothing else is done then)."""
            for m in found:
                i, j = _token_span(toks, m, starts, ends)
                spans.append((i, j, m))
                blocked.update(range(i, j))

        if kb_ms:
            kb_ms = [m for m in kb_ms if not _idiom_not_place(m, toks, starts) and not _bank_of_water(m, toks, starts)
                     and not _counted_dual(m, toks, starts) and not _axis_commands_place(m, toks, starts)
                     and not _fathers_name(m, toks, starts) and not _facilitys_name(m, toks, starts)
                     and not _namesakes_name(m, toks, starts)
                     and not _quoted_names_first_word(m, toks, starts) and not _directorates_field(m, toks, starts)
                     and not _demonym_after_name(m, toks, starts, kb)]
            kb_all = [(m.start, m.end) for m in kb_ms]
            kb_ms = [m for m in kb_ms if not _demonym_after_definite_noun(m, toks, starts, kb, kb_all)
                     and not _family_name_after_chain(m, toks, starts, kb_all)]
            kb_taken = [(m.start, m.end) for m in kb_ms]
            kb_ms = [_province_of_city(_compound_place(_family_after_person(
                _longer_person(m, toks, starts, text, kb_taken), toks, starts, text, kb), toks, starts, text),
                toks, starts, text, kb) for m in kb_ms]
        for m in kb_ms:
            _capital_title_off(m, toks, starts, kb)
            _house_after_lineage(m, toks, starts)
            m.text = text[m.start:m.end]
        spans = _units_named_for_places(toks, text, located(kb_ms))
        blocked = {k for i, j, _ in spans for k in range(i, j)}
        add(found_by(alias_mentions, words, toks, text, blocked, norms))
        bodies = found_by(generic_body_spans, words, toks, norms, kb, blocked) \
            + found_by(national_body_spans, words, toks, norms, kb, blocked)
        if bodies:
            spans = [sp for sp in spans if not any(i <= sp[0] and sp[1] <= j for i, j, _, _ in bodies)]
            spans += located([make_mention(toks, i, j, "Organization", sub, clitic=c, text=text)
                              for i, j, c, sub in bodies])
            blocked = {k for i, j, _ in spans for k in range(i, j)}
        # forces named by their leader, before the heads' patterns read his name or title as
        # their complement (مليشيا المخلوع X)
        add([make_mention(toks, i, j, "Organization", "ArmedGroup", clitic=c, text=text)
             for i, j, c in found_by(leader_force_spans, words, toks, norms, blocked)])
        cue_at, post_at = cue_positions(toks, norms)
        if cue_at:
            add(pattern_mentions(toks, text, kb, blocked, persons=False, cue_at=cue_at))
            add(pattern_mentions(toks, text, kb, blocked, cue_at=cue_at))
        if post_at:
            add(post_person_mentions(toks, text, kb, blocked, spans, post_at))
        add(headless_mentions(toks, norms, text, blocked, spans, words))
        if cue_at:
            spans = region_bodies(toks, text, spans, blocked)
            blocked = {k for i, j, _ in spans for k in range(i, j)}
        institutions_at = institution_heads(norms)
        if institutions_at:
            spans = named_institutions(toks, norms, text, spans, institutions_at)
            blocked = {k for i, j, _ in spans for k in range(i, j)}
        add([make_mention(toks, i, j, "Person", text=text, clitic=c)
             for i, j, c in lexicon_person_spans(toks, norms, blocked,
                                                 _name_ends(spans, ("Organization", "Place")))])
        add([make_mention(toks, i, j, "Person", text=text, clitic=c)
             for i, j, c in found_by(foreign_person_spans, words, toks, norms, blocked)])
        add([make_mention(toks, i, j, "Person", text=text, clitic=c)
             for i, j, c in found_by(aged_person_spans, words, toks, norms, blocked)])
        add([make_mention(toks, i, j, "Person", text=text, clitic=c)
             for i, j, c in found_by(described_person_spans, words, toks, norms, blocked)])
        add([make_mention(toks, i, j, "Person", text=text, clitic=c)
             for i, j, c in found_by(umm_kunya_spans, words, toks, norms, blocked)])
        spans += located([make_mention(toks, i, j, "Person", text=text)
                          for i, j in apposed_person_mentions(toks, blocked, norms)])
        cands = [m for _, _, m in spans] + found_by(role_mentions, words, toks, text, spans)
        if stags and stags.count("O") < len(stags):
            cands += ner_mentions([sent], text, [stags], doc_vocab, kb)
        names = _operation_names(toks, sent.norms, operation_heads)
        if names:
            cands = [m for m in cands if m.source == "kb" or not any(
                s <= m.start and m.end <= e for s, e in names)]
        cands = [m for m in cands if not _no_person(m, kb) and not _described_place(m) and not _dated_place(m)
                 and not ordinary_noun_phrase(m)]
        cands = general_bodies_completed(not_names(cands, toks, text, kb, (starts, ends)), toks, text,
                                         (starts, ends))
        chosen = _titled_given_name_joined(_resolve_overlaps(cands), text)
        chosen = companies_named_for_persons(toks, text, chosen)
        chosen = boards_as_their_body(toks, text, chosen)
        chosen = fathers_chain_no_person(toks, chosen)
        _described_groups(toks, chosen)
        _places_by_context(toks, chosen)
        quoted_province_groups(text, chosen)
        out.extend(chosen)
    out = _bare_region_names(sentences, text, out)
    repeated = repeated_place_spans(sentences, out)
    if repeated:
        out += [make_mention(sentences[si].tokens, i, j, "Place", sub, clitic=c, text=text)
                for si, i, j, c, sub in repeated]
    out = one_sense_per_article(_common_word_bodies(out))
    short = quoted_short_names(sentences, text, out)
    if short:
        out += short
    out = leadership_mentions(out, text)
    out = press_credits(text, out)
    out = lone_tagger_persons_dropped(sentences, names_across_line_breaks(sentences, text, out, kb), kb)
    return sorted(out, key=lambda m: (m.start, m.end))


def _name_ends(spans, types) -> frozenset:
    """The last token of every found mention of these types (spans: (i, j, mention))."""
    return frozenset(j - 1 for i, j, m in spans if m.type in types)
