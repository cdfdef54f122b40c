"""How the words around a trigger relate: prepositional phrases, post phrases
("قائد جيش X"), speakers, fighters of a group, coordinated subjects, light verbs,
office holders. Shared by the rules of every role.
"""
from __future__ import annotations

from functools import lru_cache
from kg.lexicon import DIRECTIONS, SPEECH_VERBS, word_set
from kg.normalize import norm


_n = word_set


# what a relative clause on the act says of its doer in the imperfect ("الغارات التي يشنها
# التحالف"، "الحملة التي تقودها السعودية") or by leading or waging it ("العملية التي قادها
# الجيش"، "الحرب التي يخوضها"): a marker only right after the act, not after a body named
# between ("غارات التحالف الذي تقوده الولايات المتحدة": the coalition is led, it strikes).
# (Not قاده/قادته/قادتها: written as قادة "leaders" with their pronoun.)
LED_BY_MARKERS = _n("يشنها تشنها يشنه تشنه يشنونها ينفذها تنفذها ينفذه تنفذه ينفذونها يقودها تقودها "
                    "يقوده تقوده قادها يخوضها تخوضها يخوضه تخوضه خاضها خاضه خاضته خاضتها")
AGENT_MARKERS = _n("نفذه نفذها نفذته نفذتها شنه شنها شنته شنتها نصبه نصبها نصبته نصبتها تبناه "
                   "أجراه أجراها أجرته أجرتها أطلقه أطلقته أطلقوها أطلقوه شنوه شنوها نفذوه نفذوها "
                   "تبنته تبنتها أطلقها أطلقتها بيد يد برصاص بنيران ارتكبه ارتكبها ارتكبته ارتكبتها "
                   "ارتكبوه ارتكبوها "
                   # the dual, for two acts ("في هجومين تبنتهما حركة X"، "تفجيران نفذهما انتحاريان")
                   "تبناهما تبنتهما نفذهما نفذتهما شنهما شنتهما ارتكبهما ارتكبتهما"
                   ) | LED_BY_MARKERS


# "ونسبت السلطات الهجوم إلى تنظيم X": the act ascribed to a group
ATTRIBUTING = _n("نسب نسبت نسبوا ينسب تنسب ونسبت ونسب")
TARGET_MARKERS = _n("ضد على تستهدف يستهدف استهدفت استهدف لاستهداف لملاحقة لمطاردة لمكافحة لمحاربة")


# "إلى" (to), and the words of calling for or demanding an act not done yet ("دعا إلى اجتماع"،
# "طالبت باعتقال"): kg.events.triggers and kg.events.upcoming read them
TO = _n("إلى الى")
CALL_WORDS = _n("دعا دعت يدعو تدعو دعوا دعوة الدعوة طالب طالبت يطالب تطالب"
                # in the first person, quoted: "ندعو إلى اجتماع موسع للفصائل"
                " ندعو أدعو ادعو نطالب أطالب اطالب")
MILITARY_WORDS = _n("عسكرية عسكري العسكرية برية جوية أمنية دهم مداهمة تمشيط")


ACTOR = ("Person", "Organization", "Place")


AGENTS = ("Person", "Organization", "Place")


LIGHT_VERBS = _n("يواصل تواصل ويواصل تواصلت ألقت ألقى تلقي يلقي بدأت بدأ أطلقت أطلق شنت شن نفذت نفذ تنفذ ينفذ تشن يشن واصلت واصل أجرت أجرى عقد عقدت"
                  " استأنف استأنفت تمكن تمكنت تمكنوا يتمكن تتمكن استطاع استطاعت"
                  # "قامت الشرطة باعتقال"، "عمدت الوزارة إلى اعتقال"، "أقدمت الجماعة على قتل"
                  " قام قامت قاموا يقوم تقوم عمد عمدت عمدوا أقدم أقدمت أقدموا"
                  # the plural: "أن مقاتليها شنوا فجر السبت هجوما"
                  " شنوا نفذوا يشنون ينفذون أطلقوا"
                  # stepped up: "كثف الجيش غاراته"، "صعد الحزب هجماته على قوات الأمن"
                  " كثف كثفت كثفوا يكثف تكثف صعد صعدت صعدوا يصعد تصعد ضاعف ضاعفت ضاعفوا")


POST_WORDS = _n("قائد زعيم رئيس أمير مسؤول المتحدث الناطق وزير محافظ حاكم والي ممثل مبعوث المبعوث سفير"
                # held by a woman: "تقوم وزيرة خارجية الاتحاد الأوروبي X بزيارة"
                " قائدة زعيمة رئيسة مسؤولة المتحدثة الناطقة وزيرة حاكمة ممثلة مبعوثة المبعوثة سفيرة")


def _in_post_phrase(view, slot):
    """An organisation inside a post phrase: "قائد جيش الفتح" X (the post describes X)."""
    k = slot.i - 1
    while k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    return k >= 0 and view.has(k, POST_WORDS)


PREPOSITIONS = _n("في من إلى الى على عن مع لدى داخل قرب نحو")


def _prepositional(view, slot):
    """Is the slot inside a prepositional phrase (في بيروت، بالعاصمة، للجيش)?"""
    return view.prepositional(slot, PREPOSITIONS)


_WITH = _n("مع ب بـ")


MEANS_NOUNS = _n("غارة غارات بغارة بغارات قصف بقصف ضربة بضربة ضربات بضربات هجوم بهجوم هجومين بهجومين تفجير بتفجير كمين بكمين "
                 "بقذيفة بقذائف بصاروخ بصواريخ بعبوة عملية بعملية الغارة الغارات الضربة الضربات القصف "
                 "الهجوم العملية النار نار انفجار بانفجار الانفجار اعتداء باعتداء الاعتداء")


CLASHES = _n("اشتباكات اشتباك معارك مواجهات اشتباكين")


_THAT = _n("إن أن وإن وأن بأن")


RANKS_OF = _n("عناصر أفراد جنود مقاتلي مسلحي قادة كبار منتسبي أعضاء عنصرين جنديين عنصر عنصرا أبناء")


_FORCES_OF = _n("قوات عناصر جنود وحدات مسلحو مقاتلو")


# "اعتقل بعد أحداث السفارة X": a name in a phrase of time after the verb is neither its subject
# nor its object
TIME_PREPOSITIONS = _n("بعد قبل عقب إثر اثر خلال منذ غداة")


_WITH_AGAINST = _n("مع ضد")


def in_a_time_phrase(view, i, slot) -> bool:
    """Is ``slot`` named inside a phrase of time opened after the verb at i: the genitive of its
    noun ("وكان الرجل قد اعتقل بعد أحداث السفارة X") or the side the noun is with ("قتلوا خلال
    المعارك مع قوات X")? (Not the object told past the phrase: "وقتل خلال المواجهات العشرات من X".)"""
    toks = view.tokens
    k = slot.i - 2
    if k > i and view.has(slot.i - 1, _WITH_AGAINST) and view.at.get(slot.i - 1) is None:
        k -= 1
    return k > i and toks[k].norm in TIME_PREPOSITIONS and view.at.get(k + 1) is None


# "من عناصر قوات حرس الحدود": the forces' word before a name that does not hold it
_FORCES_WORD = _n("قوات قوة")


def _victims_of(view, slot):
    """"من عناصر X"، "من X"، "من عناصر قوات X": the slot names the group of the ones counted
    before it."""
    k = slot.i - 1
    if slot.clitic:
        return False
    if k >= 0 and view.tokens[k].norm in _FORCES_WORD:
        k -= 1
    if k >= 0 and view.has(k, RANKS_OF):
        k -= 1
    return k >= 0 and view.tokens[k].norm == "من" or _one_of_its_men(view, slot)


# "أحد منتسبي X"، "احد رجال X": one man of a body, named by a word for its men after أحد
_ONE_OF = _n("أحد احد")
_ITS_MEN = RANKS_OF | _n("رجال منسوبي ضباط")


def _one_of_its_men(view, slot):
    """Is the slot the body one of whose men is named right before it ("قتل أحد منتسبي وزارة
    X وأصيب آخر")?"""
    k = slot.i - 1
    return not slot.clitic and k > 0 and view.has(k, _ITS_MEN) and view.has(k - 1, _ONE_OF) \
        and view.at.get(k) is None


_MEANS_LINKS = _n("من ل جوية جوي مسيرة مسيرات طائرة لطائرة طائرات لطائرات بطائرة حربية صاروخية"
                  # "عملية نفذتها قوات خاصة أمريكية"، "وحدة كوماندوز فرنسية": forces of the state
                  " قوات قوة وحدة وحدات خاصة كوماندوز مقاتلات مروحيات مروحية بحرية"
                  # "هجوم شنته الطائرات الحربية التركية": the same with the article
                  " الطائرات الطائرة الحربية المقاتلات المروحيات المروحية المسيرة الجوية القوات الخاصة")


@lru_cache(maxsize=1)
def _kb():
    from kg.kb import load_kb
    return load_kb()


def _demonym_agent(view, i, scope_end):
    """"بغارة لطائرة مسيرة تركية": the state named by the adjective, when the article names it."""
    by_kb = getattr(view, "doc_entities_by_kb", None)
    if not by_kb:
        return []
    kb = _kb()
    for k in range(i + 1, min(scope_end, i + 5, len(view.tokens))):
        key = kb.demonym(view.tokens[k].norm)
        if key:
            # the state, or its forces when only they are named (غارة إسرائيلية ... الجيش الإسرائيلي)
            ent = by_kb.get(key) or by_kb.get(kb.forces_of(key) or f"{key}-forces")
            return [ent.id] if ent is not None and ent.type in AGENTS else []
        if not view.has(k, _MEANS_LINKS) or view.at.get(k) is not None:
            break
    return []


ACTS = ("Killing", "Strike", "Attack", "Arrest")

#: event types that fall on no one: a meeting's sides and a visitor are agents, where they
#: go or whom they meet is a place or another agent ("زار وفد ... بدعوة من الخارجية": no target)
NO_TARGET = frozenset(("Meeting", "Visit"))


def _light_verb_before(view, i):
    k = i - 1
    while k >= 0 and i - k <= 4 and view.clause_of[k] == view.clause_of[i]:
        if view.has(k, LIGHT_VERBS):
            return True
        k -= 1
    return False


def _opens_with_light_verb(view, i):
    """"أنها نفذت، في 1 شباط، غارة": the clause of token i opens with a pronoun and a light verb
    ("أن مقاتليها شنوا فجر السبت هجوما": or with its own forces and one)."""
    c = view.clause_of[i]
    start = next(k for k in range(len(view.tokens)) if view.clause_of[k] == c)
    if start + 2 < i and view.tokens[start + 1].norm in OWN_FORCES and view.has(start + 2, LIGHT_VERBS):
        return True
    return start + 1 < i and view.has(start + 1, LIGHT_VERBS)


FIGHTERS = _n("مسلحون مسلحين مسلحو عناصر مقاتلون مقاتلين مقاتلو أفراد انتحاريون انتحاري مسلح "
               "وحدة وحدات دورية قوة متشدد متشددون متشددين مهاجم مهاجمون مهاجمين")


# "قوات كبيرة من الجيش"، "عناصر مسلحة من التنظيم": a word sizing the force before من
FORCE_SIZES = _n("كبيرة كثيفة إضافية اضافية خاصة مسلحة عديدة معززة")


# "مسلحون ينتمون إلى X": fighters said to belong to X
BELONGING_VERBS = _n("ينتمون ينتمي تنتمي المنتمين المنتمون منتمين منتمون")
_TO_WORDS = _n("إلى الى")


def _members_of(view, slot):
    """"مسلحون من تنظيم الدولة"، "قوات كبيرة من الجيش"، "مسلحون ينتمون إلى X": the organisation
    the fighters belong to."""
    k = slot.i - 1
    if not slot.clitic and k >= 2 and view.has(k, _TO_WORDS) and view.has(k - 1, BELONGING_VERBS) \
            and view.at.get(k - 1) is None:
        return view.has(k - 2, FIGHTERS)
    if slot.clitic or k < 1 or view.tokens[k].norm != "من":
        return False
    if k > 1 and view.has(k - 1, FORCE_SIZES) and view.at.get(k - 1) is None:
        return view.has(k - 2, FIGHTERS | _FORCES_OF)
    return view.has(k - 1, FIGHTERS)


# "مقاتلو تنظيم X"، "عناصر جماعة X": the fighters in construct with their group, and the
# group's generic head word when the name was read without it
CONSTRUCT_FIGHTERS = _n("مقاتلو مقاتلي عناصر مسلحو مسلحي أفراد جنود")
GROUP_HEADS = _n("تنظيم جماعة حركة ميليشيا مليشيا ميليشيات مليشيات")


def _fighters_in_construct(view, lo, slot):
    """Are the words from lo to the slot only fighters in construct with the slot's group
    ("شنه مقاتلو تنظيم «X»")? The first word must be such a fighter word."""
    words = [k for k in range(lo, slot.i) if view.tokens[k].norm.isalnum()]
    return (not slot.clitic and bool(words) and view.has(words[0], CONSTRUCT_FIGHTERS)
            and all(view.at.get(k) is None and view.has(k, CONSTRUCT_FIGHTERS | GROUP_HEADS)
                    for k in words))


# (with the indefinite forms of "قوات تابعة للجيش X" and the leader of "قوات X بقيادة Y")
_MODIFIERS = _n("التابع التابعة المرتبط المرتبطة الموالي الموالية المقرب المقربة المدعوم المدعومة "
                "المتحالف المتحالفة فرع تابعة تابع موالية بقيادة بزعامة "
                # "خطفت جبهة X ذراع تنظيم Y في سوريا خمسة مقاتلين": what the doer is the arm of
                "ذراع الذراع "
                # "قتل مسلحون يعتقد أنهم ينتمون إلى تنظيم X أربعة حراس": the doers' group
                "ينتمون ينتمي تنتمي المنتمين المنتمي المنتمية منتمين")


_MODIFIER_PREPS = _n("مع من إلى الى")


def _modifies_previous(view, slot):
    """Is the slot the complement of التابعة لـ / المرتبطة بـ ... (describing the noun before)?"""
    k = slot.i - 1
    while k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    if k >= 1 and not slot.clitic and view.tokens[k].norm in _MODIFIER_PREPS:
        k -= 1        # "المتحالفة مع X"، "المدعومة من X"
    if k >= 1 and not slot.clitic and view.has(k, _TITLES | _RANKS) and view.has(k - 1, _LED_BY):
        k -= 1        # "بقيادة اللواء X"
    return k >= 0 and view.has(k, _MODIFIERS)


_LED_BY = _n("بقيادة بزعامة")
_RANKS = _n("اللواء العميد العقيد الفريق المقدم الرائد النقيب الجنرال العماد المشير")


def _unnamed_subject_between(view, i, slot):
    """A definite noun between the verb and the slot is the verb's (unnamed) subject."""
    from kg.mentions_common import definite
    from kg.lexicon import STOPWORDS
    for k in range(i + 1, slot.i):
        t = view.tokens[k]
        if definite(t) and t.norm not in STOPWORDS and t.norm.isalpha():
            return True
    return False


def _coordination_head(view, slot):
    """"القوات الأمريكية وقوات الشركاء ألقت"، "حركة الشباب، وتنظيم الدولة، وجماعة بوكو حرام": the first
    of the subjects joined by و (with or without a comma before it)."""
    while slot.clitic.startswith("و"):
        k = slot.i - 1
        if k > 0 and view.tokens[k].text in ("،", ","):
            k -= 1
        prev = view.at.get(k)
        if prev is None or prev.j != k + 1 or prev.entity.type not in AGENTS:
            break
        slot = prev
    return slot


# "وحدات الجيش وميليشيا X"، "مقاتلي X في المدينة ومقاتلي Y": a conjunct opened by و and a
# word for the fighters of a group names that group
CONJUNCT_FORCES = _n("مقاتلي مقاتلو عناصر مسلحي مسلحو قوات ميليشيا مليشيا ميليشيات مليشيات جنود "
                     "أنصار أعضاء قادة كتائب فصائل")
_OF = _n("من")
_IN_PLACE = _n("في")


def _forces_conjunct(view, k, types):
    """The group named by "وعناصر (من) X" / "ومليشيا X" at token k, else None."""
    toks = view.tokens
    if k >= len(toks) or toks[k].norm[:1] != "و" or not view.has(k, CONJUNCT_FORCES) \
            or view.at.get(k) is not None:
        return None
    k += 1
    if k < len(toks) and view.has(k, _OF) and view.at.get(k) is None:
        k += 1
    nxt = view.slot_starting(k)
    if nxt is None or nxt.clitic or nxt.entity.type not in types:
        return None
    return nxt


def conjunct_place(view, slot):
    """The place phrase right after a coordinated group ("ومقاتلي Y في شمال العراق"): the
    Place slot after في (a direction word may come first), else None."""
    k = slot.j
    if k >= len(view.tokens) or view.tokens[k].norm != "في":
        return None
    where = view.slot_starting(k + 1)
    if where is None and view.has(k + 1, DIRECTIONS) and view.at.get(k + 1) is None:
        where = view.slot_starting(k + 2)
    return where if where is not None and where.entity.type == "Place" else None


# "قُتل X ونائبه Y"، "وصل X ومرافقه Y": a companion joined by و with the pronoun of the one before
COMPANIONS = _n("ونائبه ونائبها ومساعده ومساعدها ومرافقه ومرافقها وزوجته وزوجها وابنه وابنها "
                "وشقيقه وشقيقها ونجله ونجلها وحارسه وسائقه ومستشاره ومستشارها")


def companion_named(view, k):
    """The person named right after a companion word at token k ("ونائبه (العماد) Y")."""
    if k >= len(view.tokens) or not view.has(k, COMPANIONS) or view.at.get(k) is not None:
        return None
    return view.next_slot(k + 1, types=("Person",), max_gap=2)


# "قتل القيادي X والقيادي Y"، "X والعقيد Y": a second person joined by و and his title or rank
JOINED_TITLES = _n("والقيادي والقائد والزعيم والعقيد والعميد واللواء والمقدم والرائد والنقيب والشيخ "
                   "والأمير والمسؤول")
# how many words may stand between the title and the name (its body: "والقيادي في جبهة X Y")
JOINED_TITLE_GAP = 4


def titled_conjunct(view, k):
    """The person named after a title joined by و at token k ("والقيادي (في X) Y"), else None."""
    if k >= len(view.tokens) or view.tokens[k].norm not in JOINED_TITLES or view.at.get(k) is not None:
        return None
    return view.next_slot(k + 1, types=("Person",), max_gap=JOINED_TITLE_GAP)


def coordinated(view, slot, types, keep=None):
    """The slots coordinated with ``slot`` (kg.view.SentenceView.coordinated_after), and
    groups joined by و and a word for their fighters: "من وحدات الجيش وميليشيا X"،
    "على مقاتلي X في الريف ومقاتلي Y في المدينة" (the first one's place phrase in between)."""
    out = []
    cur = slot
    while True:
        more = view.coordinated_after(cur, types=types, keep=keep)
        if more:
            out += more
            cur = more[-1]
            continue
        k = cur.j
        if k < len(view.tokens) and view.tokens[k].text in ("،", ","):
            k += 1
        nxt = _forces_conjunct(view, k, types)
        if nxt is None and cur.entity.type == "Person":
            nxt = companion_named(view, k) or titled_conjunct(view, k)
        if nxt is None and view.has(k, _IN_PLACE) and view.tokens[k].norm == "في":
            where = view.slot_starting(k + 1)
            if where is not None and where.entity.type == "Place":
                nxt = _forces_conjunct(view, where.j, types)
        if nxt is None or nxt is slot or nxt in out:
            return out
        out.append(nxt)
        cur = nxt


_WITH_WORDS = _n("مع")


_DELEGATION = _n("وفد وفدا الوفد")


def _delegation_of(view, slot):
    """"وفد من X"، "وفد X": the organisation a delegation comes from."""
    k = slot.i - 1
    if k >= 0 and view.tokens[k].norm == "من" and not slot.clitic:
        k -= 1
    return k >= 0 and view.has(k, _DELEGATION)


def _office_holder(view, slot, limit):
    """The person named after an organisation that only completes a post phrase."""
    if slot.entity.type != "Organization" or not any(
            view.has(k, POST_WORDS) for k in range(max(0, slot.i - 4), slot.i)):
        return slot
    p = view.next_slot(slot.j, types=("Person",), max_gap=5, stop=_WITH_WORDS, limit=limit)
    return p if p is not None else slot


SOLDIERS = _n("جندي جنديا جنديين جنود مجند مجندا مجندين مجندان")   # مجند: a conscript


def _soldiers_counted(view, i):
    """"مقتل 15 جنديا"، "مقتل جنديين": the ones killed are soldiers (within three words)."""
    return any(view.has(k, SOLDIERS) for k in range(i + 1, min(i + 4, len(view.tokens))))


class _Handle:
    """A slot-like handle for an entity with no mention at this place."""

    def __init__(self, entity):
        self.entity = entity
        self.i = self.j = -1
        self.clitic = ""
        self.mention = None


def _official(view, slot):
    """A person the text gives a title or a post (a few words before), or the KB knows."""
    ent = slot.entity
    return ent.type == "Person" and (ent.kb_id is not None or any(m.title for m in ent.mentions)
                                     or any(view.has(k, POST_WORDS) for k in range(max(0, slot.i - 8), slot.i)))


def _person_after_post(view, slot):
    nxt = view.next_slot(slot.j, types=("Person",), max_gap=1)
    return nxt


OWN_FORCES = _n("مقاتليه مقاتليها مقاتلوه مقاتلوها مقاتليهم قواته قواتها قواتهم عناصره عناصرها "
                "وحداته وحداتها جنوده جنودها طائراته طائراتها مسلحيه مسلحيها مقاتلاته مقاتلاتها "
                "قطعاته قطعاتها رجاله رجالها أفراده أفرادها عناصرهم مقاتليه")


_RELATIVES = _n("الذي التي الذين اللذين اللتين")


_BY_FIRE = _n("برصاص بنيران بيد بأيدي")


_PRONOUN_SUBJECTS = frozenset(norm(w) for w in "أنه وأنه إنه انه بأنه أنها وأنها إنها".split())


def _speaker(view, slot):
    """Is this slot the subject of a speech verb a few words before it (أعلن وزير الحرب X)?"""
    k = slot.i - 1
    steps = 0
    while k >= 0 and steps < 5:
        if view.has(k, SPEECH_VERBS):
            return True
        if view.at.get(k) is not None or view.tokens[k].norm in ("أن", "ان", "إن"):
            return False
        k -= 1
        steps += 1
    return False


_TITLES = frozenset(norm(w) for w in "الرئيس الملك الأمير الوزير رئيس وزير الشيخ القائد الزعيم "
                    "الرئيسة الوزيرة رئيسة وزيرة".split())


def _eid(x):
    return int(x[1:]) if x[1:].isdigit() else 0


_COMMA = frozenset("،,")


def past_time_aside(view, dates, start, scope_end, reach=6):
    """The token after a time told between commas within a few words of ``start`` ("،
    مساء الجمعة،"; with a longer ``reach`` the place with it: "، اليوم في مقر الحكومة
    بالرياض،"), else None."""
    toks = view.tokens
    opened = next((k for k in range(start, min(start + 4, scope_end)) if toks[k].text in _COMMA), None)
    if opened is None:
        return None
    closed = next((k for k in range(opened + 1, min(opened + reach, scope_end)) if toks[k].text in _COMMA), None)
    if closed is None:
        return None
    lo, hi = toks[opened].end, toks[closed].start
    return closed + 1 if any(lo <= d.start < hi for d in dates) else None


def joined_light_verb(view, i):
    """The index of a light verb joined by و/ف a few words before token i with no name
    between ("وصل X إلى عدن، وعقد فور وصوله اجتماعا"), else None."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if view.at.get(k) is not None:
            return None
        t = view.tokens[k].norm
        if t[:1] in "وف" and t[1:] in LIGHT_VERBS:
            return k
    return None
