"""Meetings reported by the host: "استقبل X في مكتبه بقصر Y اليوم، وزير الخارجية Z Q".

The one received (or met) is named after where and when the reception was, past the rest
of the host's name (بن ...، آل ...), the place phrase (في مكتبه، بقصر Y، في قصره بالرياض),
the time (اليوم، أمس، مساء الخميس) and a comma: the first person named, or the holder of
the post that opens the phrase (``guest_past_where_and_when``, a step of MEETING_SIDES).
"""
from __future__ import annotations

from kg.events.grammar import POST_WORDS, _WITH_WORDS, _n, _prepositional

RECEIVING_VERBS = _n("استقبل استقبلت التقى التقت يستقبل تستقبل يلتقي تلتقي")
# the words of where and when a reception was, between the host and the guest
SETTING_WORDS = _n("في مكتب سموه معاليه جلالته فخامته الأول مكتبه مكتبها قصره قصرها مقره مقرها منزله ديوانه بقصر بمقر بمكتبه بديوان قصر مقر "
                   "ديوان بمنزله اليوم أمس امس مساء صباح ظهر عصر ليلة يوم أول من الأحد الاثنين "
                   "الثلاثاء الأربعاء الخميس الجمعة السبت حفظه الله رعاه أيده "
                   # a Saudi governor's seat: "في مكتبه بالإمارة"، "بديوان الإمارة"
                   "الإمارة بالإمارة")
# the rest of a host's name after the mention (بن عبدالعزيز آل سعود)
NAME_LINKS = _n("بن ابن آل")
# posts the guest may be named by (and titles of courtesy before them)
GUEST_POSTS = POST_WORDS | _n("وزيرة رئيسة نائب الرئيس الملك الأمير الشيخ السفير معالي فخامة دولة سمو "
                              "جلالة سعادة المبعوث الأمين مدير مديرة عميد مستشار قنصل "
                              # "التقى X في موسكو، يوم الاثنين، نظيره السعودي Y": his counterpart
                              "نظيره نظيرته نظيريه")
# how many words the setting may take
SETTING_REACH = 14
# a palace or seat whose name the text gives with no entity for it ("في قصر بيشتبه"، "بقصر
# العلم"): its name, up to PALACE_NAME words before a comma or a time
NAMED_SEATS = _n("قصر بقصر مقر بمقر")
PALACE_NAME = 2
# how far after a post its holder may be named ("وزير الشؤون الخارجية بجمهورية X Y")
HOLDER_REACH = 10


def _past_the_setting(r, start):
    """The first token after the host that is not his name, where or when, else None."""
    view, toks = r.view, r.toks
    k = start
    while k < r.scope_end and k - start <= SETTING_REACH:
        s = view.at.get(k)
        if s is not None and s.entity.type == "Place":
            k = s.j
            continue
        t = toks[k].norm
        if not t.isalnum() or t.isdigit() or view.has(k, SETTING_WORDS) \
                or any(d.start <= toks[k].start < d.end for d in r.dates):
            k += 1
            continue
        if view.has(k, NAME_LINKS) and s is None:
            k += 2
            continue
        named = _seat_name_end(r, k)
        if named is not None:
            k = named
            continue
        return k
    return None


# how many words the host's own posts may take after his name, before the comma
HOST_POSTS_REACH = 12
# the posts a host may carry after his name ("ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع")
HOST_POSTS = GUEST_POSTS | _n("ولي")


def _past_the_host_posts(r, start):
    """"استقبل الأمير X ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع، في مكتبه بقصر Y ...":
    the host's own posts right after his name, up to a comma that opens the setting, are
    no guest's; the token after that comma (else ``start``)."""
    view, toks = r.view, r.toks
    first = start
    while first + 1 < r.scope_end and view.has(first, NAME_LINKS) and view.at.get(first) is None:
        first += 2        # "محمد بن سلمان بن عبدالعزيز": the rest of his name
    if first >= r.scope_end or not view.has(first, HOST_POSTS) or view.at.get(first) is not None:
        return start
    start = first
    for k in range(start + 1, min(r.scope_end, start + 1 + HOST_POSTS_REACH)):
        s = view.at.get(k)
        if s is not None and s.entity.type == "Person":
            return start
        if toks[k].text in "،,":
            return k + 1 if k + 1 < r.scope_end and view.has(k + 1, SETTING_WORDS) else start
        if _setting_opens(r, k):
            return k      # "... أمير منطقة X في مكتب سموه بقصر Y أمس مدير عام ...": no comma
    return start


# the seat or the time that opens the setting right after the host's posts, with no comma
# ("ولي العهد ... وزير الدفاع في قصر السلام بجدة مساء اليوم"، "أمير منطقة X في مكتب سموه")
SEATS = _n("مكتبه مكتبها مكتب بمكتبه بمكتبها قصره قصرها قصر بقصر مقره مقرها بمقر ديوانه بديوان منزله بمنزله")
TIMES = _n("اليوم أمس امس مساء صباح ظهر عصر")
_IN = _n("في")


def _setting_opens(r, k):
    """Does the setting (a seat after في, or a time) open at token ``k``? ("المستشار في
    الديوان الملكي": في before a body is a post's, no seat.)"""
    view = r.view
    if view.at.get(k) is not None:
        return False
    if view.has(k, _IN):
        # "في قصر السلام": the seat's name may be a place of its own
        return k + 1 < r.scope_end and view.has(k + 1, SEATS) and (
            view.at.get(k + 1) is None or view.at[k + 1].entity.type == "Place")
    return view.has(k, SEATS) or view.has(k, TIMES) or any(d.start == r.toks[k].start for d in r.dates)


def _seat_name_end(r, k):
    """The token after the name of a palace or seat told right before token ``k`` ("في قصر
    بيشتبه،"), when a comma or a time follows it, else None."""
    view, toks = r.view, r.toks
    if k == 0 or not view.has(k - 1, NAMED_SEATS):
        return None
    for m in range(k + 1, min(k + PALACE_NAME + 1, r.scope_end)):
        if toks[m].text in "،," or any(d.start <= toks[m].start < d.end for d in r.dates):
            return m
        if view.at.get(m) is not None or not toks[m].norm.isalpha():
            return None
    return None


def guest_past_where_and_when(r, agents):
    """"استقبل X في مكتبه بقصر Y اليوم، رئيس وزراء Z Q": Q, the one received."""
    view, i = r.view, r.i
    if r.kind != "verb" or not view.has(i, RECEIVING_VERBS) or not agents:
        return
    hosts = [a for a in agents if getattr(a, "i", -1) > i]
    # "وكان X قد استقبل في Y، يوم الخميس، المبعوث Z": the host told before the verb
    k = _past_the_setting(r, _past_the_host_posts(r, max(a.j for a in hosts)) if hosts else i + 1)
    if k is None:
        return
    s = view.slot_starting(k)
    if s is None and view.has(k, GUEST_POSTS):
        s = view.next_slot(k + 1, types=("Person",), max_gap=HOLDER_REACH, stop=_WITH_WORDS,
                           limit=r.scope_end)
    if s is not None and s.entity.type == "Person" and all(s.entity.id != a.entity.id for a in agents):
        agents.append(s)


_SEAT = _n("مقر")
# the noun of receiving (not "استقباله": its pronoun names the host)
RECEPTION_NOUNS = _n("استقبال")
# how far after the noun the one named (past his posts and the setting) may stand, and how far
# before it the one speaking
NAMED_AFTER_REACH = 16
SPEAKER_BEFORE_GAP = 4


def reception_noun_sides(r, agents):
    """"وأعرب X، لدى استقبال نائب الرئيس Y، له ..."، "وقال X لدى استقبال مدير فرع معهد Z
    صالح Y": the person named after the noun (past his posts; not the body in them) and the one
    speaking before it meet (a step of kg.events.meetings.MEETING_SIDES)."""
    view, i = r.view, r.i
    if r.kind != "noun" or not view.has(i, RECEPTION_NOUNS) or (i > 0 and view.tokens[i - 1].norm == "في"):
        return      # "وكان في استقبال X لدى وصوله ...": a welcoming party
    # "لدى استقبال سموه في مقر قوة X بعسير": a body named after في or ب is where, no side
    agents[:] = [a for a in agents if not (a.entity.type == "Organization" and a.i > i and (
        _prepositional(view, a) or view.has(a.i - 1, SEATS | _SEAT)))]
    named = view.next_slot(i + 1, types=("Person",), max_gap=NAMED_AFTER_REACH, stop=_WITH_WORDS,
                           limit=r.scope_end)
    if named is None:
        return
    agents[:] = [a for a in agents if a.entity.type == "Person"]   # not "معهد Z" of the post
    if all(named.entity.id != a.entity.id for a in agents):
        agents.append(named)
    speaker = view.prev_slot(i, types=("Person",), max_gap=SPEAKER_BEFORE_GAP, same_clause=False)
    if speaker is not None and all(speaker.entity.id != a.entity.id for a in agents):
        agents.append(speaker)
