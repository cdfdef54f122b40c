"""Tagger mentions: the tagger's names, and the spans of its that are dropped (kg/mentions_ner.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def test_tagger_persons_that_are_a_prepositional_phrase_or_a_common_word_are_dropped():
    from kg.segment import segment
    from kg.mentions_ner import ner_mentions

    text = "وخرج العبيدي بثوب أبيض من القاعة. وأعلنت فيزا عن خدمة مع مايكل."
    sents = segment(text)
    tags = [["O", "O", "B-PER", "I-PER", "O", "O", "O"], ["O", "B-PER", "O", "O", "O", "O", "O"]]
    assert ner_mentions(sents, text, tags, set()) == []
    tags[1] = ["O", "O", "O", "O", "O", "B-PER", "O"]   # a foreign given name stays
    tags[0] = ["O", "B-PER", "O", "O", "O", "O", "O"]     # a family name the lexicons know stays
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["العبيدي", "مايكل"]


def test_a_tagged_person_loses_the_preposition_glued_to_a_given_name():
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment

    text = "وعين سامي خلفا لأحمد سعيد."
    sents = segment(text)
    tags = [["O", "O", "O", "B-PER", "I-PER", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["أحمد سعيد"]


def test_a_tagged_given_name_takes_a_listed_family_name_before_a_post_in_apposition():
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment

    text = "وقالت سلمى الكردي المتحدثة باسم الجمعية إن القوافل وصلت."
    sents = segment(text)
    tags = [["O", "B-PER", "O", "O", "O", "O", "O", "O", "O", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["سلمى الكردي"]
    # a word that is no family name stays out
    text = "وقالت سلمى الطيبة المتحدثة باسم الجمعية إن القوافل وصلت."
    assert [m.text for m in ner_mentions(segment(text), text, tags, set())] == ["سلمى"]


def test_tagger_persons_that_are_a_noun_and_a_nationality_are_dropped():
    from kg.kb import load_kb
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment

    text = "واستشهد شاب فلسطيني أمس، وقال سامي حداد إن."
    sents = segment(text)
    tags = [["O", "B-PER", "I-PER", "O", "O", "O", "B-PER", "I-PER", "O", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set(), load_kb())] == ["سامي حداد"]


def test_a_dual_of_a_common_noun_is_no_person():
    from kg.segment import segment
    from kg.mentions_ner import ner_mentions

    text = "وقال مسلحان إن الطريق مغلق."
    assert ner_mentions(segment(text), text, [["O", "B-PER", "O", "O", "O", "O"]], set()) == []


def test_a_nisba_before_a_tagger_person_is_left_out():
    from kg.kb import load_kb
    from kg.segment import segment
    from kg.mentions_ner import ner_mentions

    text = "وزار وزير الخارجية الأمريكي جون كيري المنطقة"
    tags = [["O", "O", "O", "B-PER", "I-PER", "I-PER", "O"]]
    assert [m.text for m in ner_mentions(segment(text), text, tags, set(), load_kb())] == ["جون كيري"]


def test_a_verb_or_noun_the_tagger_takes_into_a_name_is_left_out():
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment

    text = "وترأس نادر سليم الاجتماع ومحمد فهد."
    sents = segment(text)
    tags = [["B-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "O"]]
    # (ومحمد: و + a name, kept)
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["نادر سليم", "محمد فهد"]


def test_a_name_starting_with_kaf_keeps_it():
    # ك + ال reads as "like the", but "يفورنيا" is no word: the ك is the name's own letter
    from helpers import run
    doc = run("وقالت حاكمة كاليفورنيا إن الحرائق امتدت. وتعيش الأسرة في كاليفورنيا منذ سنوات.")
    assert {m.text for e in doc.entities for m in e.mentions} == {"كاليفورنيا"}


def test_a_tagged_place_listed_after_another_loses_the_conjunction():
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment

    text = "وقصفت المدفعية تلبيسة وكفرنبودة أمس."
    sents = segment(text)
    tags = [["O", "O", "B-LOC", "B-LOC", "O", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["تلبيسة", "كفرنبودة"]
    tags = [["O", "O", "O", "B-LOC", "O", "O"]]       # alone, a name may start with و
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["وكفرنبودة"]


def test_a_tagged_known_town_after_a_comma_loses_the_conjunction():
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment

    text = "وقصفت الطائرات حماة، ودرعا أمس."
    sents = segment(text)
    tags = [["O", "O", "B-LOC", "O", "B-LOC", "O", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["حماة", "درعا"]


def test_a_verb_before_a_post_and_the_verbs_object_after_a_body_are_no_names():
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment

    text = "ودان رئيس الوزراء التفجير، وأعلنت الحكومة الإضراب."
    sents = segment(text)
    tags = [["B-PER", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["الحكومة"]


def test_a_tagged_person_listed_after_another_loses_the_conjunction_unless_it_is_a_name():
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment

    text = "ووضع مائير إيتنجر وأبيتار سلونيم تحت الاعتقال."
    sents = segment(text)
    tags = [["O", "B-PER", "I-PER", "B-PER", "I-PER", "O", "O", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["مائير إيتنجر", "أبيتار سلونيم"]
    text = "والتقى سامر ووليد الوفد."
    sents = segment(text)
    tags = [["O", "B-PER", "B-PER", "O", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set())][-1] == "وليد"


def test_a_verb_or_particle_after_a_tagged_name_is_no_word_of_it():
    from kg.mentions_ner import word_after_name
    from kg.normalize import norm
    assert word_after_name(norm("أراد")) and word_after_name(norm("غير")) and word_after_name(norm("بدلا"))
    assert not word_after_name(norm("عودة")) and not word_after_name(norm("قادر"))   # names too
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment
    text = "ويبدو أن المالكي أراد أن يبرهن."
    tags = [["O", "O", "B-PER", "I-PER", "O", "O", "O"]]
    assert [m.text for m in ner_mentions(segment(text), text, tags, set())] == ["المالكي"]


def test_a_tagged_place_that_is_a_common_word_with_the_article_on_a_bare_town_name_is_dropped():
    """السيول (floods) and للبنين (for boys): the letters of سيول (Seoul) and بنين (Benin) with the
    article, which those names never take; places whose names take it stay (الخرطوم، الموصل)."""
    from kg.kb import load_kb
    from kg.mentions_ner import article_on_a_bare_place, ner_mentions
    from kg.segment import segment

    text = "وأغلقت السيول مدارس للبنين في الخرطوم والموصل وسيول."
    sents = segment(text)
    tags = [["O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "B-LOC", "B-LOC", "O"]]
    kb = load_kb()
    assert [m.text for m in ner_mentions(sents, text, tags, set(), kb)] == ["الخرطوم", "الموصل", "سيول"]
    assert article_on_a_bare_place("السيول", kb) and not article_on_a_bare_place("سيول", kb)


def test_a_foreign_given_name_after_a_trade_or_a_verb_of_speech_stays_in_the_tagged_name():
    from kg.kb import load_kb
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment

    text = "وحسم اللاعب واين روفيلا المباراة، وكان الوفد استقبل سامي حداد."
    sents = segment(text)
    tags = [["O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "B-PER", "I-PER", "I-PER", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set(), load_kb())] == ["واين روفيلا", "سامي حداد"]


def test_a_manner_after_a_tagged_name_is_no_word_of_it():
    from kg.kb import load_kb
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment
    text = "ويمكن قراءة الأسد بعناية، وقرأ عدنان باديب الخطاب."
    sents = segment(text)
    # the tagger takes the manner in; a rarer family name read as ب + a word stays
    tags = [["O", "O", "B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set(), load_kb())] == ["الأسد", "عدنان باديب"]


def test_a_person_the_tagger_finds_after_a_paper_s_head_is_the_paper():
    from kg.kb import load_kb
    from kg.mentions_ner import ner_mentions
    from kg.segment import segment
    text = "وقال محرر في مجلة فورين بوليسي إن القرار كبير."
    sents = segment(text)
    tags = [["O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "O", "O"]]
    assert [(m.text, m.type) for m in ner_mentions(sents, text, tags, set(), load_kb())] == [
        ("فورين بوليسي", "Organization")]
