"""Parts of organisations: X، الجناح العسكري لـ Y، X التابعة لـ Y، X المنضوي ضمن Y،
وزارة الدفاع في حكومة Y.
"""
from __future__ import annotations

from kg.lexicon import strip_clitics
from kg.relations.common import ENLISTED, PART_CUES, WITHIN, add, in_pp, words

# the part's cue with a pronoun for the whole: مؤسسة X، ذراعها الإعلامي / وكالة X التابعة له
PART_PRONOUN_CUES = words("ذراعها ذراعه جناحها جناحه فرعها فرعه ذراعيها")
_TO_IT = words("له لها")


def _whole_before(view, part):
    """The organisation a pronoun after ``part`` refers to: the nearest one before it that is
    no preposition's complement ("حركة X، المرتبطة بتنظيم Y، ... إذاعة Z التابعة لها": X),
    else the nearest one."""
    whole = view.prev_slot(part.i, types=("Organization",), same_clause=False,
                           skip=lambda s: s.entity.id == part.entity.id or in_pp(view, s))
    return whole or view.prev_slot(part.i, types=("Organization",), same_clause=False,
                                   skip=lambda s: s.entity.id == part.entity.id)


def part_relations(view, kb, out):
    """X، الجناح العسكري لـ Y / X التابعة لـ Y / X المنضوي ضمن Y (both organisations);
    with a pronoun for Y: "تنظيم Y ... مؤسسة X، ذراعها الإعلامي"، "وكالة X التابعة له"."""
    toks = view.tokens
    for i in view.positions(PART_CUES | PART_PRONOUN_CUES | ENLISTED):
        if view.at.get(i) is not None:
            continue
        if view.has(i, ENLISTED):
            # "لواء X المنضوي ضمن Y": a unit, part of Y
            part = view.prev_slot(i, types=("Organization",), max_gap=1)
            if part and i + 1 < len(toks) and view.has(i + 1, WITHIN):
                whole = view.next_slot(i + 2, types=("Organization",), max_gap=0)
                if whole:
                    add(out, "partOf", part, whole, view, "part-enlisted")
            continue
        part = view.prev_slot(i, types=("Organization",), max_gap=1)
        if part is None:
            continue
        if view.has(i, PART_PRONOUN_CUES) or (i + 1 < len(toks) and toks[i + 1].norm in _TO_IT):
            whole = _whole_before(view, part)
            if whole is not None:
                add(out, "partOf", part, whole, view, "part-pronoun")
            continue
        whole = view.next_slot(i + 1, types=("Organization",), max_gap=2)
        if whole:
            add(out, "partOf", part, whole, view, "part-cue")


# units a body has (an office, a committee, a wing), named with the body after ل
BODY_UNITS = words("المكتب مكتب اللجنة لجنة الجناح جناح الهيئة هيئة المجلس مجلس الدائرة دائرة")
UNIT_HEADS = words("وزارة وحدة لواء كتيبة جهاز مديرية قيادة مكتب فرع جناح سلاح قوات فيلق "
                   "فرقة فوج "     # الفرقة الرابعة في الجيش X
                   "شعبة قسم دائرة")     # شعبة المعلومات في قوى الأمن، قسم التحقيقات في الشرطة


def unit_in_relations(view, kb, out):
    """وزارة الدفاع في حكومة الوحدة الوطنية / وحدة الصواريخ في الحزب -> partOf."""
    for a in view.slots:
        if a.entity.type != "Organization":
            continue
        first = strip_clitics(view.tokens[a.first].norm)
        if not any(stem in UNIT_HEADS or stem.removeprefix("ال") in UNIT_HEADS for _, stem in first):
            continue
        if a.j < len(view.tokens) and view.tokens[a.j].norm == "في":
            b = view.slot_starting(a.j + 1)
            if b is not None and b.entity.type == "Organization":
                add(out, "partOf", a, b, view, "part-unit-in")
        else:
            # "وزارة الصحة بحكومة الوحدة الوطنية": the unit of a government
            b = view.slot_starting(a.j)
            if b is not None and b.entity.type == "Organization" and b.clitic == "ب" \
                    and b.entity.subtype == "GovernmentBody":
                add(out, "partOf", a, b, view, "part-unit-in")
            elif b is not None and b.entity.type == "Organization" and b.clitic == "ل" \
                    and view.has(a.first, BODY_UNITS):
                # "المكتب السياسي لحركة X"، "اللجنة المركزية للحزب": the body's own unit
                add(out, "partOf", a, b, view, "part-unit-of")
