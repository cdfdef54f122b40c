"""A body's media centre is a body (kg/mentions_media_offices.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402


def _orgs(text):
    doc = run(text)
    return {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions if not m.nominal}


def test_a_media_centre_with_the_body_it_serves():
    assert "المركز الإعلامي للقوات المسلحة" in _orgs("وأفاد المركز الإعلامي للقوات المسلحة بمقتل عشرة مسلحين.")
    assert "المركز الإعلامي للعملية" in _orgs("وقال المتحدث باسم المركز الإعلامي للعملية، سامر خليل، إن القوات تقدمت.")


def test_a_centre_that_is_no_media_centre_is_none():
    from kg.mentions_media_offices import media_office_spans
    from kg.segment import segment
    s = segment("ونقل الجرحى إلى المركز الصحي، وقال المكتب الإعلامي للبلدية إن الطرق أغلقت.")[0]
    assert media_office_spans(s.tokens, s.norms, set()) == []
