"""Cues: the tokens that can start a pattern or a post (kg/mentions_cues.py)."""
from kg.mentions_cues import cue_positions
from kg.segment import segment


def test_heads_titles_and_posts_are_cues_with_or_without_a_clitic():
    s = segment("وقال المتحدث باسم الجيش إن القوات دخلت بمدينة حمص أمس.")[0]
    pattern, post = cue_positions(s.tokens)
    assert [s.tokens[i].text for i in pattern] == ["المتحدث", "الجيش", "القوات", "بمدينة"]
    assert [s.tokens[i].text for i in post] == ["المتحدث"]
    assert cue_positions(s.tokens, s.norms) == (pattern, post)   # the same from the norms at hand


def test_a_sentence_with_no_head_title_or_post_has_no_cue():
    s = segment("وصل الوفد أمس وغادر صباح اليوم.")[0]
    assert cue_positions(s.tokens) == ([], [])


def test_a_quoted_name_after_shabaka_is_an_organisation():
    from helpers import run as _run
    doc = _run("وقالت شبكة «نبأ» إن الطائرات قصفت السوق.")
    assert any(e.type == "Organization" and m.text == "نبأ" for e in doc.entities for m in e.mentions)


def test_a_spokeswoman_is_a_post_before_the_name():
    from helpers import entity, run
    doc = run("وقالت المتحدثة باسم منظمة الصحة العالمية سلمى العراقي إن اللقاحات وصلت إلى المخيمات.")
    assert entity(doc, "سلمى العراقي").type == "Person"
