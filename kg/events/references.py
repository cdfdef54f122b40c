"""Acts referred to, not told: "اعتقال خمسة يشتبه بتورطهم في التفجير"، "للاشتباه بصلتهم
بالهجوم". The act noun after a word of involvement names an act told elsewhere (its own
sentence gives its doers and place); read here it would take the arrest's agents and place.
"""
from __future__ import annotations

from kg.events.grammar import _n

# involvement in, or a link to, an act: the noun after it refers to that act
INVOLVEMENT = _n("تورط بتورط تورطهم بتورطهم تورطه بتورطه التورط بالتورط ضلوع بضلوع ضلوعهم بضلوعهم "
                 "الضلوع بالضلوع صلة بصلة صلتهم بصلتهم صلته بصلته علاقتهم بعلاقتهم علاقته بعلاقته "
                 "مشاركتهم بمشاركتهم بالمشاركة "
                 # the dual: "يشتبه في تورطهما في التفجير"
                 "تورطهما بتورطهما ضلوعهما بضلوعهما صلتهما بصلتهما علاقتهما بعلاقتهما مشاركتهما "
                 "بمشاركتهما "
                 # the ones involved, named by the participle: "تحديد هوية المتورطين في التفجير"
                 "المتورطين المتورطون المتورط المتورطة والمتورطين الضالعين الضالعون الضالع")
_IN = _n("في ب")
# an adjective that only qualifies the act named before: "المتورطين في التفجير الإرهابي،"
ACT_ADJECTIVES = _n("الإرهابي الإرهابية الارهابي الارهابية الانتحاري الانتحارية الأخير الأخيرة "
                    "الدامي الدامية المزدوج الآثم الغادر الجبان")
ACT_NOUN_KINDS = ("noun", "noun-patient")


def _nothing_told_after(view, i):
    """Does the act noun at ``i`` end its clause (nothing said of it: no target, place, date),
    past an adjective that only qualifies it ("في التفجير الإرهابي،")?"""
    if i + 1 < len(view.tokens) and view.clause_of[i + 1] == view.clause_of[i] and view.has(i + 1, ACT_ADJECTIVES):
        i += 1
    return i + 1 >= len(view.tokens) or view.clause_of[i + 1] != view.clause_of[i] \
        or not view.tokens[i + 1].norm.isalnum()


def act_only_referred_to(view, i, etype, kind, stem):
    """Trigger filter: an act noun right after a word of involvement that says nothing more of
    it ("يشتبه بتورطهم في التفجير،"، "بصلتهم بالهجوم.") is an act told elsewhere, no new one
    ("بمشاركتهم بالاعتداء على قافلة ... مساء الجمعة" tells one)."""
    if kind not in ACT_NOUN_KINDS or i == 0 or not _nothing_told_after(view, i):
        return False
    if view.has(i - 1, INVOLVEMENT):
        return True        # "بصلتهم بالتفجير": the preposition glued to the act
    return i > 1 and view.tokens[i - 1].norm in _IN and view.has(i - 2, INVOLVEMENT)


# "يأتي الهجوم ..." / "وجاء التفجير ...": an act that is the subject of "comes" (also after هذا)
COMES = _n("يأتي ويأتي تأتي وتأتي جاء وجاء جاءت وجاءت")
_THIS = _n("هذا هذه")
# what "comes" is placed against: another happening, told after the word
WHEN_AGAINST = _n("بعد غداة عقب إثر اثر قبل وسط بعيد تزامنا بالتزامن متزامنا")
_IN_A_TIME = _n("وقت أعقاب ظل إطار سياق")
#: at most this many words (adjectives, days) between the act and the word of time
_PLACED_REACH = 3


def act_placed_in_time(view, i, etype, kind, stem):
    """Trigger filter: "ويأتي الهجوم غداة غارات شنها الطيران التركي على ..."، "وجاء التفجير
    الانتحاري بعد يومين من ...": the act told before, placed in time against another; the
    doers, targets and places after the word of time are the other act's, none of it its own."""
    if kind not in ACT_NOUN_KINDS or i == 0:
        return False
    k = i - 2 if i > 1 and view.has(i - 1, _THIS) else i - 1      # ("ويأتي هذا الهجوم")
    if not view.has(k, COMES):
        return False
    toks = view.tokens
    for j in range(i + 1, min(len(toks), i + 2 + _PLACED_REACH)):
        if view.clause_of[j] != view.clause_of[i] or j in view.at:
            return False
        if view.has(j, WHEN_AGAINST) or (view.tokens[j].norm in _IN and j + 1 < len(toks)
                                         and view.has(j + 1, _IN_A_TIME)):
            return True
    return False
