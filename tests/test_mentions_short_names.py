"""kg/mentions_short_names.py: a known group named again by its last word in quotes."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_a_quoted_last_word_of_a_group_named_before_is_that_group():
    doc = run("وقصفت الطائرات التركية مواقع حزب العمال الكردستاني في شمال العراق. وقال الوزير إن "
              "عناصر «الكردستاني» شنوا هجمات على مراكز الشرطة.")
    pkk = entity(doc, "حزب العمال الكردستاني")
    assert [m.text for m in pkk.mentions] == ["حزب العمال الكردستاني", "الكردستاني"]
    doc = run("وتبنت حركة الشباب الهجوم على الفندق. وقال مسؤول إن مقاتلي «الشباب» انسحبوا من البلدة.")
    assert "الشباب" in [m.text for m in entity(doc, "حركة الشباب").mentions]


def test_only_a_quoted_word_after_the_full_name_and_not_inside_a_mention():
    from kg.mentions_short_names import quoted_short_names
    from kg.model import Mention
    from kg.segment import segment
    text = "هاجم «الكردستاني» مركزا. وتبنى حزب العمال الكردستاني الهجوم. وقال إن «الكردستاني» و«العمال» مسؤولان."
    sents = segment(text)
    full = text.index("حزب العمال")
    pkk = Mention(full, full + len("حزب العمال الكردستاني"), "حزب العمال الكردستاني", "Organization",
                  "ArmedGroup", "kb", "pkk")
    found = quoted_short_names(sents, text, [pkk])
    # the first «الكردستاني» comes before the full name; «العمال» is not its last word
    assert [(m.start, m.text, m.kb_id) for m in found] == [(text.rindex("الكردستاني»"), "الكردستاني", "pkk")]
    # a mention already there keeps its word
    assert quoted_short_names(sents, text, [pkk, found[0]]) == []
