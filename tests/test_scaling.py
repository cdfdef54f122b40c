"""Extraction cost grows linearly with an article's length (issue 11): an article twice
as long takes at most about 2.5 times as long. Timed by ratio, not absolute time, on
generated news-like text (benchmarks.long_article: repeated sentence frames, names varied)."""
import time

from benchmarks.long_article import extract_text, generate


def _best_of_3(text):
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        extract_text(text)
        best = min(best, time.process_time() - t0)
    return best


def test_twice_as_long_takes_at_most_about_two_and_a_half_times_as_long():
    extract_text(generate(3000))           # load the knowledge base and the tagger
    short, long_ = generate(60_000), generate(120_000)
    _best_of_3(short)                      # warm the per-word caches on the same words
    ratio = _best_of_3(long_) / _best_of_3(short)
    assert ratio <= 2.5, ratio


def test_the_generated_article_names_more_people_the_longer_it_is():
    few = extract_text(generate(20_000))
    many = extract_text(generate(60_000))
    persons = lambda doc: sum(e.type == "Person" for e in doc.entities)
    assert persons(many) > 2 * persons(few)
