"""Visits told in other words, and visitors named after their post.

- ``tour_triggers``: a tour (جولة) of a place is a visit: "قام الأمير X بجولة تفقدية في
  محافظة Y"، "خلال جولته في مدينة Y" (not a round of talks: "جولة جديدة من المفاوضات");
- ``place_toured``: the place after في/على of a tour is where the visit went;
- ``visitor_after_post``: "زيارة الرئيس التركي X إلى بغداد"، "لقاء وزير الخارجية الأمريكي X":
  the person named after the post (and its nationality) that is the noun's genitive.
"""
from __future__ import annotations

from kg.events.grammar import _TITLES, LIGHT_VERBS, POST_WORDS, _n
from kg.events.reading import rule

TOURS = _n("جولة جولته جولتها الجولة")
# the words of a tour's kind between the noun and the place ("جولة تفقدية في")
TOUR_KINDS = _n("تفقدية ميدانية رسمية خليجية عربية أوروبية إقليمية آسيوية أفريقية إفريقية "
                "خارجية سريعة مفاجئة قصيرة واسعة")
# the prepositions before the place toured
TOUR_PLACES = _n("في على إلى الى")
# how many words a tour's kind may take before the preposition
KIND_REACH = 2


def _place_toured(view, i):
    """The place right after في/على/إلى after the tour noun at ``i`` (past the words of its
    kind), else None."""
    k = i + 1
    while k < len(view.tokens) and k - i <= KIND_REACH and view.has(k, TOUR_KINDS) \
            and view.at.get(k) is None:
        k += 1
    if view.has(k, TOUR_PLACES) and view.at.get(k) is None:
        # "في مدينة Y": past the word of its kind when the name alone is the place
        s = view.next_slot(k + 1, max_gap=1)
        return s if s is not None and s.entity.type == "Place" else None
    s = view.slot_starting(k)
    if s is not None and s.entity.type == "Place" and s.clitic[-1:] in ("ب", "ل"):
        return s      # "جولة بمحافظة Y"
    return None


def tour_triggers(view):
    """"قام X بجولة تفقدية في محافظة Y": a tour of a named place is a visit."""
    return [(i, "Visit", "noun") for i in view.positions(TOURS)
            if view.at.get(i) is None and _place_toured(view, i) is not None]


def _touring(r):
    return r.etype == "Visit" and r.view.has(r.i, TOURS)


@rule("place toured", applies=_touring)
def place_toured(r):
    """"بجولة في محافظة Y": Y is where the visit went."""
    return _place_toured(r.view, r.i)


# words between the post and the name: its department and nationality ("وزير الخارجية الأمريكي")
POSTS = POST_WORDS | _TITLES | _n("ولي العهد العاهل خادم")
_NOT_OF_POST = _n("إلى الى مع في على من عن ب ل")
# how many words a post with its department and nationality may take before the name
POST_REACH = 4


@rule("visitor named after the post",
      applies=lambda r: r.kind == "noun" and r.etype in ("Visit", "Meeting")
      and r.view.has(r.i + 1, POSTS) and r.view.at.get(r.i + 1) is None)
def visitor_after_post(r):
    """"زيارة الرئيس التركي X إلى بغداد"، "لقاء وزير الخارجية الأمريكي X بنظيره": the one
    holding the post that is the noun's genitive."""
    s = r.view.next_slot(r.i + 2, types=("Person",), max_gap=POST_REACH - 1, stop=_NOT_OF_POST,
                         limit=r.scope_end)
    return s if s is not None and not s.clitic else None


# a tour with the pronoun of the one touring ("خلال جولته في مدينة Y")
TOURS_OF_HIM = _n("جولته جولتها")
# the verbs a tour is made with ("قام X بجولة"، "بدأ X جولة"، "أجرى X جولة")
TOUR_VERBS = LIGHT_VERBS | _n("بدأ بدأت يبدأ تبدأ اختتم اختتمت يختتم تختتم")
# how far before the tour its verb may stand (past the visitor's post and name)
TOUR_VERB_REACH = 14


@rule("one touring", applies=_touring)
def tourist(r):
    """"قام أمير المنطقة الأمير X بجولة في Y": the person after the verb of the tour (not a
    place in his post); "أكد X خلال جولته في Y": the person the pronoun refers to."""
    view, i = r.view, r.i
    if view.has(i, TOURS_OF_HIM):
        return view.prev_slot(i, types=("Person",), max_gap=6, same_clause=False)
    for k in range(i - 1, max(-1, i - 1 - TOUR_VERB_REACH), -1):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if view.has(k, TOUR_VERBS) and view.at.get(k) is None:
            return view.next_slot(k + 1, types=("Person",), limit=i)
    return None
