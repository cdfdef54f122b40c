"""Leaders named after the group: Y بقيادة X، Y برئاسة X، يقودها X.
"""
from __future__ import annotations

from kg.lexicon import PERSON_TITLES, POST_HEADS, strip_clitics
from kg.relations.common import ACTOR, add, against, country_slot, in_pp, past_words, words
from kg.relations.office import entrusted
from kg.relations.posts import CUSTODIAN, SAUDI_ARABIA, custodian_words
from kg.relations.pronoun_posts import FEMININE_HEADS, MASCULINE_HEADS

LEAD_CUES = words("بقيادة برئاسة بزعامة بإمرة يقودها يقوده تقوده تقودها يترأسه يترأسها يتزعمه يتزعمها تتزعمه تتزعمها "
                  # in the past: "حركة X التي تزعمها Y" (not قاده: it is also قادة, leaders)
                  "قادها تزعمها تزعمه ترأسها ترأسه يرأسها يرأسه")
# "X الذي تقوده Y"، "X، التي يتزعمها Y": the relative clause's antecedent is the one led
_RELATIVES = words("الذي التي")


# how many words may stand between the one led and the cue ("الحكومة اللبنانية الجديدة
# برئاسة X"): further back lies another phrase ("... تنظيم داعش، بدعم من التحالف بقيادة X")
LED_REACH = 4
# "وفد من الحركة بقيادة X": the delegation is led, not the group it comes from
_PARTIES = words("وفد وفدا الوفد وفود مجموعة عناصر مقاتلين مسلحين قوة قوات")


def lead_relations(view, kb, out):
    """Y بقيادة X -> X leaderOf Y (Y: the nearest organisation before, within a few words,
    not the one fought nor the group a delegation comes from)."""
    for i in view.positions(LEAD_CUES):
        if entrusted(view, i) is not None:
            continue      # "كلف X بقيادة Y": X leads Y (office.entrusted_lead_relations)
        leader = _after_whence(view, i + 1) or _not_whence(view, i, _not_a_posts_complement(
            view, i, _not_after_a_preposition(view, view.next_slot(i + 1, types=ACTOR, max_gap=1)))) \
            or _after_titles(view, i + 1) or _after_post_phrase(view, i + 1) or _after_naming(view, i + 1) \
            or _after_since(view, i + 1)
        led = view.prev_slot(i, types=("Organization",), max_gap=LED_REACH,
                             skip=lambda s: against(view, s) or in_pp(view, s) and not _led_by_lam(s)
                             and _party_from(view, s))
        if i > 0 and view.tokens[i - 1].norm in AND_RELATIVES:
            # "التيار X المتحالف مع حزب Y والذي يترأسه Z": the one the second modifier is told of
            led = _and_relative_antecedent(view, i - 1) or led
        if led is None and i > 0 and view.has(i - 1, _RELATIVES):
            led = view.prev_slot(i - 1, types=("Organization",), max_gap=0, same_clause=False) \
                or _and_relative_antecedent(view, i - 1)
        if view.tokens[i].norm.startswith("و") and not view.tokens[i].norm.startswith("وب"):
            led = _second_relative_clause(view, i) or led    # "X، الذي ... ويقوده Y"
        if led is not None and hasattr(led, "j") and (_another_body_between(view, led.j, i)
                                                      or _unnamed_body_between(view, led.j, i)):
            continue
        if leader and led:
            add(out, "leaderOf", leader, led, view, "lead-biqiyada")
            # "بقيادة أمريكا وبريطانيا": co-leaders of the leader's kind; not the list the
            # led one heads ("X التي يتزعمها Y، و«Z» و«W»": Z and W are X's partners)
            for extra in view.coordinated_after(leader, types=(leader.entity.type,)):
                add(out, "leaderOf", extra, led, view, "lead-biqiyada")


# "المملكة بقيادة خادم الحرمين الشريفين الملك سلمان"، "مصر بقيادة الرئيس X": a state led by the
# head of state named with his title right after the cue (the king's style allowed before it)
STATE_LED_CUES = words("بقيادة")
STATE_HEAD_TITLES = words("الملك الرئيس السلطان العاهل")   # (not الأمير: a prince leads an effort
#                                                            as often as an emir his state)


def state_led_relations(view, kb, out):
    """A country named right before بقيادة, its head of state after it -> leaderOf."""
    for i in view.positions(STATE_LED_CUES):
        state = _not_after_a_preposition(view, view.prev_slot(i, max_gap=0), _STATE_GOVERNED)
        leader = _head_of_state_after(view, i + 1 + custodian_words(view, i + 1))
        if state is not None and state.entity.type == "Place" and state.entity.subtype == "Country" \
                and not state.clitic and leader is not None:
            add(out, "leaderOf", leader, state, view, "state-led-by-head")


# "خادم الحرمين الشريفين الملك X" (also "لخادم الحرمين الشريفين"، "خادم الحرمين الملك X"): the style
# of the King of Saudi Arabia; the king named right after it leads the state the article names
CUSTODIAN_WORD = words("خادم")


def custodian_king_relations(view, kb, out):
    """خادم الحرمين الشريفين الملك X -> leaderOf(X, Saudi Arabia), when the article names it."""
    toks = view.tokens
    for i in view.positions(CUSTODIAN_WORD):
        if view.at.get(i) is not None or i + 1 >= len(toks) or view.at.get(i + 1) is not None \
                or toks[i + 1].norm != CUSTODIAN[1]:
            continue
        k = i + 2
        if k < len(toks) and view.at.get(k) is None and toks[k].norm == CUSTODIAN[2]:
            k += 1
        king = _head_of_state_after(view, k)
        state = country_slot(view, kb, SAUDI_ARABIA) if king is not None else None
        if state is not None and view.has(k, _KING):
            add(out, "leaderOf", king, state, view, "custodian-king")


_KING = words("الملك")


def _head_of_state_after(view, k):
    """The person named from token ``k`` with a head of state's title first (inside the name or
    before it: "الملك سلمان"، "الرئيس X"), else None."""
    if k >= len(view.tokens) or not view.has(k, STATE_HEAD_TITLES):
        return None
    s = view.slot_starting(k) if view.at.get(k) is not None else view.slot_starting(k + 1)
    return s if s is not None and s.entity.type == "Person" and not s.clitic else None


# prepositions a leader is never governed by: "الحزب، الذي يرأسه، إلى القاهرة" (the leader is the
# pronoun of the verb; the place after إلى is where the party's men went)
_GOVERNING = words("إلى الى في من على عن")


# "المفاوضات مع إيران بقيادة الملك X": a state governed by a preposition (these, مع and ضد) is the
# other side of what is led, not the state led (state_led_relations)
_STATE_GOVERNED = _GOVERNING | words("مع ضد")


def _not_after_a_preposition(view, slot, governing=_GOVERNING):
    """The slot, unless a preposition (of ``governing``) stands right before it as a word of its own."""
    if slot is not None and slot.i > 0 and view.at.get(slot.i - 1) is None and view.has(slot.i - 1, governing):
        return None
    return slot


def _not_a_posts_complement(view, i, slot):
    """The slot after the cue at ``i``, unless a post word stands between ("برئاسة أمير منطقة
    عسير": the region is the prince's post, not the leader; the person after it is, by
    ``_after_post_phrase``)."""
    if slot is not None and slot.i == i + 2 and view.has(i + 1, POST_HEADS):
        return None
    return slot


# how far back the relative pronoun of a first clause may stand: "X، الذي يضم مقاتلين من
# القوقاز ويقوده Y"
RELATIVE_REACH = 10


def _second_relative_clause(view, i):
    """The organisation a relative clause is told of, when the cue at ``i`` (with و) opens its
    second clause ("جيش X، الذي يضم مقاتلين من القوقاز ويقوده Y": X); else None."""
    for m in range(i - 1, max(-1, i - RELATIVE_REACH), -1):
        s = view.at.get(m)
        if s is not None and s.entity.type == "Organization" and not in_pp(view, s):
            return None       # another body named in the first clause: it may be the one led
        if view.has(m, _RELATIVES) and view.at.get(m) is None:
            return view.prev_slot(m, types=("Organization",), max_gap=0, same_clause=False)
    return None


# "«شبكة X»، المتمركزة في منطقة Y والتي يقودها Z": a relative joined by و to a modifier of X
AND_RELATIVES = words("والتي والذي")
AND_RELATIVE_REACH = 12


def _and_relative_antecedent(view, r):
    """The organisation "والتي"/"والذي" at ``r`` is told of, when a first modifier of it stands
    between (a comma or a definite word right after its name, no person and no other body
    between): "«شبكة X»، المتمركزة في منطقة Y والتي يقودها Z": X; else None."""
    toks = view.tokens
    if toks[r].norm not in AND_RELATIVES:
        return None
    for m in range(r - 1, max(-1, r - AND_RELATIVE_REACH), -1):
        s = view.at.get(m)
        if s is None:
            continue
        if s.entity.type == "Person":
            return None
        if s.entity.type != "Organization":
            continue
        if s.i > 0 and view.has(s.i - 1, _WITH):
            continue          # "المتحالف مع حزب Y": the first modifier's complement, not the one told of
        k = s.j
        while k < r and toks[k].norm in ("»", '"', "”", ")"):
            k += 1
        if k >= r or not (toks[k].text in ("،", ",") or toks[k].norm.startswith("ال")):
            return None       # "X التي تقاتل تنظيم Y والتي يقودها Z": Y's name ends the first clause
        return s
    return None


# "يقوده رجل يدعى X"، "بقيادة المدعو X": the leader introduced by the one he is and his name
SOMEONE = words("رجل شخص قيادي مسلح شاب")
NAMED = words("يدعى ويدعى يدعي المدعو")


def _after_naming(view, k):
    """The person after "[رجل] يدعى" / "المدعو" starting at token ``k``, else None."""
    toks = view.tokens
    if k < len(toks) and view.at.get(k) is None and toks[k].norm in SOMEONE:
        k += 1
    if k + 1 >= len(toks) or view.at.get(k) is not None or toks[k].norm not in NAMED:
        return None
    s = view.slot_starting(k + 1)
    return s if s is not None and s.entity.type == "Person" else None


# "التي يقودها منذ العام الماضي X"، "يتزعمها منذ 2014 X": since when, then the leader
SINCE = words("منذ")
SINCE_REACH = 3


def _after_since(view, k):
    """The person after "منذ" and at most SINCE_REACH words of time (no entity) from ``k``."""
    toks = view.tokens
    if k >= len(toks) or toks[k].norm not in SINCE or view.at.get(k) is not None:
        return None
    for m in range(k + 2, min(len(toks), k + 2 + SINCE_REACH)):
        s = view.at.get(m - 1)
        if s is not None or not toks[m - 1].norm.isalnum():
            return None
        s = view.slot_starting(m)
        if s is not None:
            return s if s.entity.type == "Person" else None
    return None


# where from or how the leader leads, told before his name: "التي يقودها من الخارج المدعو X"،
# "الذي يتزعمه حاليا القيادي X"، "يقودها من تركيا X"
WHENCE_PREPS = words("من")
WHENCE_ADVERBS = words("حاليا فعليا ميدانيا عمليا")


def _not_whence(view, i, slot):
    """The slot found after the cue at ``i``, unless it is the place the leader leads from
    ("يقودها من تركيا": not Turkey)."""
    if slot is not None and slot.entity.type == "Place" and slot.i == i + 2 \
            and view.tokens[i + 1].norm in WHENCE_PREPS:
        return None
    return slot


def _after_whence(view, k):
    """The leader named (as the other finders allow: right away, after titles, a post phrase or
    المدعو) past "من" and one word or a place, or one adverb, from token ``k``; else None."""
    toks = view.tokens
    if k >= len(toks) or view.at.get(k) is not None:
        return None
    if toks[k].norm in WHENCE_ADVERBS:
        m = k + 1
    elif toks[k].norm in WHENCE_PREPS and k + 1 < len(toks):
        place = view.slot_starting(k + 1)
        if place is not None and place.entity.type != "Place":
            return None
        m = place.j if place is not None else k + 2
        if place is None and not (toks[k + 1].norm.startswith("ال") and toks[k + 1].norm.isalpha()):
            return None   # "من الخارج": one definite word
    else:
        return None
    s = view.slot_starting(m)
    if s is not None:
        return s if s.entity.type == "Person" else None
    return _after_titles(view, m) or _after_naming(view, m) or _after_post_phrase(view, m)


# a rank of two words or more before the leader's name: "بقيادة الفريق أول X"، "اللواء الركن X"
RANK_WORDS = PERSON_TITLES | words("أول الركن ركن")


def _after_titles(view, k):
    """The person named after a run of titles starting at token ``k``, else None."""
    m = past_words(view, k, RANK_WORDS)
    s = view.slot_starting(m) if m > k else None
    return s if s is not None and s.entity.type == "Person" else None


# "بزعامة نائب رئيس الجمهورية X"، "بقيادة وزير الدفاع X": the leader's own post before the name
LEADER_POST_WORDS = words("نائب رئيس وزير الوزير الرئيس أمين الأمين قائد القائد زعيم الزعيم السابق "
                          "الأسبق العام")
POST_PHRASE_REACH = 4


def _after_post_phrase(view, k):
    """The person named after a post phrase starting at token ``k`` (a post word, then post words
    or definite nouns, at most POST_PHRASE_REACH words), else None."""
    toks = view.tokens
    if k >= len(toks) or view.at.get(k) is not None or not view.has(k, LEADER_POST_WORDS):
        return None
    m = k + 1
    while m < min(len(toks), k + POST_PHRASE_REACH) and view.at.get(m) is None and (
            view.has(m, LEADER_POST_WORDS) or toks[m].norm.startswith("ال") and toks[m].norm.isalpha()):
        m += 1
    s = view.slot_starting(m)
    return s if s is not None and s.entity.type == "Person" else None


_WITH = words("مع")
# "حزب X وحزب Y بزعامة Z": Y (a body the tagger did not name) is the one led, not X
_BODY_HEADS = FEMININE_HEADS | MASCULINE_HEADS


def _another_body_between(view, start, end):
    """Is a body's head noun joined by و between ``start`` and ``end`` ("وحزب ...")?"""
    return any(view.at.get(k) is None and any(c == "و" and st in _BODY_HEADS
                                              for c, st in strip_clitics(view.tokens[k].norm))
               for k in range(start, end))


# "الحكومة شكلت لجنة عليا برئاسة X": the unnamed committee is the one led, not the government
# "استقبل رئيس حكومة X وفدا من وزارة Y برئاسة Z": the delegation is led, neither X nor Y
UNNAMED_BODIES = words("لجنة لجنه هيئة خلية غرفة فريق قوة وحدة مجموعة وفد وفدا الوفد")


def _unnamed_body_between(view, start, end):
    """Is an unnamed body's noun (لجنة، خلية ...) between ``start`` and ``end``?"""
    return any(view.at.get(k) is None and view.has(k, UNNAMED_BODIES) for k in range(start, end))


def _party_from(view, slot):
    """Is the slot the group a party (وفد، مجموعة، عناصر) comes from: "وفد من الحركة"?"""
    k = slot.i - 1
    if k >= 0 and view.tokens[k].norm in ("من", "في"):
        k -= 1
    elif k >= 0 and view.tokens[k].norm in _WITH:
        return False      # "التنسيق مع التحالف بقيادة X": the coalition is the one led
    elif not slot.clitic:
        return True
    return k >= 0 and view.has(k, _PARTIES)


def _led_by_lam(slot):
    """"طائرة تابعة للجيش الوطني بقيادة X": a group after ل is still the one led (a group after
    من or في is not: "وفد من الحركة بقيادة X" is led by X, the group is not)."""
    return slot.clitic in ("ل", "لل")


# "X على رأس Y"، "تعيين X على رأس Y": X heads the organisation named after رأس
_ON = words("على")
_HEAD_OF = words("رأس راس")


def head_of_relations(view, kb, out):
    """X على رأس Y -> X leaderOf Y (X: the person right before; Y: an organisation right after)."""
    for i in view.positions(_HEAD_OF):
        if i == 0 or not view.has(i - 1, _ON) or view.at.get(i) is not None:
            continue
        led = view.slot_starting(i + 1)
        leader = view.prev_slot(i - 1, types=("Person",), max_gap=0)
        if led is not None and leader is not None and led.entity.type == "Organization" \
                and not led.clitic:
            add(out, "leaderOf", leader, led, view, "lead-head-of")


# "X تحت قيادة Y"، "X تحت إمرة Y": as بقيادة, the command noun after تحت
UNDER = words("تحت")
COMMAND_NOUNS = words("قيادة إمرة زعامة رئاسة")


def under_command_relations(view, kb, out):
    """Y تحت قيادة X -> X leaderOf Y (Y: the organisation right before تحت)."""
    for i in view.positions(UNDER):
        if not view.has(i + 1, COMMAND_NOUNS) or view.at.get(i + 1) is not None:
            continue
        leader = view.next_slot(i + 2, types=ACTOR, max_gap=0) or _after_titles(view, i + 2) \
            or _after_post_phrase(view, i + 2)
        # the one led right before تحت (not across a comma: "كان X أحد مؤسسي مجلس Y، تحت قيادة Z")
        led = view.prev_slot(i, types=("Organization",), max_gap=0)
        if leader is None or led is None or led.j != i or leader.entity.id == led.entity.id \
                or against(view, led) or in_pp(view, led) and _party_from(view, led):
            continue
        add(out, "leaderOf", leader, led, view, "lead-under-command")


# "الجيش الثاني، الذي يتولى قيادته اللواء X": the command of the body the clause is told of
TAKES_CHARGE = words("يتولى تتولى تولى")
CHARGE_OF_IT = words("قيادته قيادتها رئاسته رئاستها زعامته زعامتها")
# the staff rank of Egyptian officers, between the rank and the name: "اللواء أركان حرب X"
STAFF_RANK = words("أركان حرب")


def charge_holder_relations(view, kb, out):
    """"Y، الذي يتولى قيادته [اللواء] X" -> X leaderOf Y (Y the organisation right before
    the relative pronoun)."""
    for i in view.positions(CHARGE_OF_IT):
        if i < 2 or not view.has(i - 1, TAKES_CHARGE) or not view.has(i - 2, _RELATIVES) \
                or view.at.get(i - 1) is not None:
            continue
        led = view.prev_slot(i - 2, types=("Organization",), max_gap=0, same_clause=False)
        leader = view.slot_starting(past_words(view, i + 1, RANK_WORDS | STAFF_RANK))
        if led is not None and leader is not None and leader.entity.type == "Person":
            add(out, "leaderOf", leader, led, view, "lead-charge-clause")


# "الجماعة، التي كان X أميرها": the holder named before the post with the body's pronoun
WAS_HOLDER = words("كان يعد يعتبر")
HEAD_OF_IT = words("أميرها أميره زعيمها زعيمه قائدها قائده رئيسها رئيسه")


def holder_before_its_post(view, kb, out):
    """"Y التي كان X أميرها" -> X leaderOf Y (Y the organisation right before the relative)."""
    for i in view.positions(HEAD_OF_IT):
        person = view.prev_slot(i, types=("Person",), max_gap=0)
        if person is None or person.j != i or view.at.get(i) is not None:
            continue
        k = person.i - 1
        if k < 1 or not view.has(k, WAS_HOLDER) or not view.has(k - 1, _RELATIVES):
            continue
        led = view.prev_slot(k - 1, types=("Organization",), max_gap=0, same_clause=False)
        if led is not None:
            add(out, "leaderOf", person, led, view, "lead-was-its-head")
