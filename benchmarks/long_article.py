"""Extraction time and peak memory for very long single-line articles (generated text).

    python -m benchmarks.long_article            (make bench-long; not run in CI)
    python -m benchmarks.long_article --sizes 1 50

Each article is one line of Arabic news-like sentences written for this benchmark
(no corpus text): the same dozen sentence frames, filled in turn with varied
person, organisation and place names, so that a long article names many different
entities, as a long news digest does. Extraction cost should grow linearly with the
article's length (tests/test_scaling.py asserts it on short sizes).

On the shared 2-core machine (December 2026): 1 MB in 4.6 s CPU (peak 409 MB), 50 MB in
240 s CPU (0.21 MB/s, as for 1 MB), peak 12.4 GB: time is linear, but memory too grows
with the article (about 245 MB per MB of text: every token, view and mention is held
until the document is done). Too long an article for the memory at hand is better cut
into parts before extraction.
"""
from __future__ import annotations

import argparse
import gc
import resource
import sys
import time

_GIVEN = ("محمد أحمد خالد سعيد يوسف إبراهيم عمر علي حسن طارق سامي فهد ماجد نبيل وليد "
          "هشام كريم رامي زياد عادل").split()
_FAMILY = ("الحربي العتيبي القحطاني الشمري الزهراني المالكي الدوسري السبيعي الغامدي العنزي "
           "الخالدي البدري الجبوري الساعدي الربيعي العبيدي التميمي الكعبي").split()
_PLACES = ("بغداد دمشق القاهرة عمان بيروت الرياض صنعاء طرابلس الخرطوم تونس الموصل حلب "
           "إدلب عدن الحديدة بنغازي").split()
_BODIES = ("وزارة الداخلية", "وزارة الدفاع", "الجيش", "الشرطة", "مجلس الأمن", "الأمم المتحدة",
           "الحكومة", "البرلمان")
_FRAMES = (
    "وقال {p1} المتحدث باسم {o1} إن قوات الأمن اعتقلت {n} مشتبها بهم في {c1} يوم الأحد.",
    "وأعلن {o1} مقتل {n} مسلحين في غارة جوية على مواقع قرب {c2}.",
    "والتقى وزير الخارجية {p2} نظيره {p1} في {c1} لبحث العلاقات الثنائية.",
    "وأضاف {p1} أن الهجوم استهدف مقر {o2} في مدينة {c2} صباح الاثنين.",
    "وزار رئيس الوزراء {p2} مدينة {c1} حيث اجتمع بقادة {o1}.",
    "وذكرت مصادر محلية أن {n} أشخاص أصيبوا في انفجار سيارة مفخخة وسط {c2}.",
    "وأكد {p2} أن {o2} ستواصل عملياتها العسكرية في محيط {c1}.",
    "ونقلت وكالة الأنباء عن {p1} قوله إن الوضع في {c2} مستقر.",
)


def generate(n_chars: int, seed: int = 0) -> str:
    """One line of about ``n_chars`` characters of news-like Arabic, names varied."""
    parts, size, k = [], 0, seed
    while size < n_chars:
        g, f = len(_GIVEN), len(_FAMILY)
        sentence = _FRAMES[k % len(_FRAMES)].format(
            # thousands of different people: a long digest names more people the longer it is
            p1=f"{_GIVEN[k % g]} {_GIVEN[(k // g) % g]} {_FAMILY[(k // g // g) % f]}",
            p2=f"{_GIVEN[(k * 7 + 3) % g]} {_FAMILY[(k * 5 + 1) % f]}",
            o1=_BODIES[k % len(_BODIES)], o2=_BODIES[(k * 3 + 1) % len(_BODIES)],
            c1=_PLACES[k % len(_PLACES)], c2=_PLACES[(k * 5 + 2) % len(_PLACES)],
            n=3 + k % 40)
        parts.append(sentence)
        size += len(sentence) + 1
        k += 1
    return " ".join(parts)


def extract_text(text: str):
    """kg's extraction of one article (as ``kg extract`` runs it)."""
    from kg.pipeline import article_from_record, extract
    return extract(article_from_record({"id": "long", "text": text, "published": "2026-01-15"}))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 50],
                    help="article sizes in MB of characters (default: 1 50)")
    args = ap.parse_args(argv)
    extract_text(generate(2000))          # load the knowledge base and the tagger first
    gc.collect()
    print(f"model and KB loaded; peak memory {peak_mb():.0f} MB")
    for mb in args.sizes:
        text = generate(int(mb * 1_000_000))
        t0, w0 = time.process_time(), time.perf_counter()
        doc = extract_text(text)
        cpu, wall = time.process_time() - t0, time.perf_counter() - w0
        print(f"{mb:g} MB article ({len(text):,} characters, {len(doc.sentences):,} sentences): "
              f"{cpu:.1f} s CPU ({wall:.1f} s wall), {len(text) / 1e6 / cpu:.2f} MB/s; "
              f"{len(doc.entities):,} entities, {len(doc.relations):,} relations, "
              f"{len(doc.events):,} events; peak memory so far {peak_mb():.0f} MB", flush=True)
        del doc, text
        gc.collect()
    return 0


if __name__ == "__main__":
    sys.exit(main())
