"""What a strike or an attack told by an unnamed striker fell on.

"قصفت الطائرات الروسية مدينة إدلب"، "هاجمت القوات الحكومية بلدة X"، "استهدفت طائرات التحالف
العاصمة صنعاء"، "قصف الطيران الحربي ريف إدلب": when the subject after the verb is named only
by its kind (الطائرات، القوات، المسلحون, their adjectives and the force they belong to), the
town or area after it is the verb's object: the place struck (``town_struck``, a place rule).
"""
from __future__ import annotations

from kg.events.agents import UNNAMED_ACTORS
from kg.events.grammar import _n
from kg.events.places import _PLACE_HEAD_WORDS, AREAS
from kg.events.reading import rule

# how many words the unnamed subject may take (the kind and its adjectives: الطائرات الحربية الروسية)
SUBJECT_REACH = 3
# a hedge on whose the strikers are: "طائرات حربية يرجح أنها روسية"
HEDGES = _n("يرجح يعتقد يرجّح يشتبه")
_THAT_IT = _n("أنها أنه انها انه")
# endings of an adjective with no article (حربية، روسية، مسيرة، مجهولة، إسرائيلي)
_INDEFINITE_ADJECTIVE_ENDINGS = ("ه", "ي")


def _adjective(tok, definite_subject):
    """Can the word be an adjective of the unnamed subject (with the article when the subject
    has it: "الطائرات الحربية"; a nisba or feminine ending when it has not: "طائرات حربية")?"""
    t = tok.norm
    if definite_subject:
        return t.startswith("ال")
    return t.isalpha() and t.endswith(_INDEFINITE_ADJECTIVE_ENDINGS)


@rule("town struck after an unnamed striker",
      applies=lambda r: r.active_verb and r.etype in ("Strike", "Attack"))
def town_struck(r):
    """"قصفت الطائرات الروسية مدينة إدلب": the town after the unnamed subject."""
    view, i = r.view, r.i
    if not view.has(i + 1, UNNAMED_ACTORS) or view.at.get(i + 1) is not None:
        return None
    k = i + 2
    end = min(r.scope_end, i + 2 + SUBJECT_REACH)
    definite_subject = view.tokens[i + 1].norm.startswith("ال")
    while k < end:
        if view.tokens[k].text in "،,":
            return None
        if view.has(k, HEDGES) and view.has(k + 1, _THAT_IT):
            # "يرجح أنها روسية": the hedge's أن (which ends the trigger's scope) and the adjective
            k, end = k + 2, min(len(view.tokens), k + 2 + SUBJECT_REACH)
            continue
        s = view.slot_starting(k)
        if s is not None and s.entity.type == "Organization" and not s.clitic and k == i + 2:
            k, end = s.j, min(r.scope_end, s.j + SUBJECT_REACH)   # "طائرات التحالف": its force
            continue
        if s is not None:
            if s.entity.type != "Place" or s.clitic:
                return None
            if getattr(s.mention, "nominal", False):
                # "العاصمة صنعاء": the name after the nominal
                named = view.slot_starting(s.j)
                return named if named is not None and named.entity.type == "Place" else s
            return s
        if view.has(k, _PLACE_HEAD_WORDS) or view.has(k, AREAS):
            s = view.slot_starting(k + 1)      # "بلدة سراقب"، "ريف إدلب": the head outside the name
            return s if s is not None and s.entity.type == "Place" and not s.clitic else None
        if not _adjective(view.tokens[k], definite_subject):
            return None    # an adjective of the subject agrees with it; anything else ends it
        k += 1
    return None
