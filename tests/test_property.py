"""Property-based: generated texts never crash extraction or the build, and stay consistent.

Hypothesis draws texts of Arabic letters and words, diacritics, tatweel, digits (Arabic and
Indic), punctuation, bidi marks, no-break and other spaces, line breaks, emoji and very long
tokens. For each group of texts: no exception; every offset (sentences, tokens, mentions,
entity spans, evidence) lies inside its text and mention text equals the text at its span;
extracting the group in one batch gives the same documents as one at a time; and the graph
built from them conforms to the SHACL shapes. 500 texts in all.
"""
from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

from kg.model import Article
from kg.pipeline import extract, extract_many

WORDS = ["قتل", "مقتل", "اغتيال", "هجوم", "غارة", "قصفت", "اعتقلت", "التقى", "زار", "الرئيس", "وزير",
         "الدفاع", "تنظيم", "الدولة", "داعش", "حركة", "حماس", "الجيش", "العراقي", "مدينة", "حلب", "بغداد",
         "في", "من", "إلى", "على", "أن", "قال", "أعلن", "المتحدث", "باسم", "القيادي", "أبو", "محمد", "عبد",
         "الله", "السبت", "أمس", "الشهر", "الماضي", "عام", "2015", "مارس", "آذار", "محافظة", "شمال",
         "القوات", "الأمريكية", "التحالف", "الدولي", "مسلحون", "مجهولون", "مسؤوليته", "عن", "وفد", "برئاسة"]
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=1, max_size=8),
    st.sampled_from(["\u064e", "\u064b", "\u0651", "\u0652", "\u0640", "\u0670"]),      # harakat, tatweel
    st.sampled_from(["٢٠١٥", "13", "١٣/٣", "2015-03-01"]),
    st.sampled_from(["،", ".", "؛", "؟", "!", ":", "«", "»", "\"", "(", ")", "-", "/", "...", "'"]),
    st.sampled_from(["\u200f", "\u200e", "\u202b", "\u202c", "\u2066", "\u2069", "\u200d", "\ufeff"]),
    st.sampled_from([" ", "  ", "\u00a0", "\u2009", "\u3000", "\n", "\n\n", "\t", "\r\n", "\u2028"]),
    st.sampled_from(["🙂", "🇸🇾", "👍🏽", "\U0001F600"]),
    st.integers(min_value=50, max_value=3000).map(lambda n: "ب" * n),                 # a very long token
    st.text(min_size=1, max_size=5),                                                   # anything at all
)
TEXTS = st.lists(PIECES, min_size=1, max_size=60).map(" ".join).filter(lambda t: t.strip())


def _offsets_inside(doc):
    text, n = doc.text, len(doc.text)
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= n
        for t in s.tokens:
            assert s.start <= t.start < t.end <= s.end and text[t.start:t.end] == t.text
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= n and text[m.start:m.end] == m.text
    for e in doc.entities:
        for a, b in e.spans:
            assert 0 <= a < b <= n
    for item in list(doc.relations) + list(doc.events):
        for a, b in item.evidence:
            assert 0 <= a < b <= n


def _record(doc):
    from kg.jsonl import document_to_record
    return document_to_record(doc)


@settings(max_examples=125, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(TEXTS, min_size=4, max_size=4))
def test_generated_texts_extract_and_build(texts):
    from kg.build import bind_prefixes, document_graph, fix_labels
    from kg.validate import validate
    from rdflib import Graph

    articles = [Article(f"p{i}", t, published=date(2015, 3, 15)) for i, t in enumerate(texts)]
    batched = list(extract_many(articles, batch_size=4))
    single = [extract(a) for a in articles]
    graph = bind_prefixes(Graph())
    for b, s in zip(batched, single):
        _offsets_inside(b)
        assert _record(b) == _record(s)
        document_graph(b, graph)
    fix_labels(graph)
    result = validate(graph)
    assert result.conforms, result.summary()
