"""Deaths told with قضى, caused or counted in a toll.

Deaths told with قضى: "قضى سبعة جنود في تفجير انتحاري"، "قضوا بانفجار لغم"، "قضى نحبه
جراء القصف". Without على after it (which makes it eliminating someone: "قضت القوات على
مسلحين") the verb says its subject died; amid violence named in its clause that is a
killing whose subject is the one killed, like a passive. قضى that rules or stipulates ("قضت
المحكمة بسجن X"، "قرار يقضي بتجميد الأرصدة") or spends time ("قضى أياما في"، "يقضي إجازته")
kills no one (``ruled_not_killed``, ``spent_time_not_killed``: trigger and sense filters).
"""
from __future__ import annotations

from kg.events.grammar import _n
from kg.lexicon import strip_clitics
from kg.events.pronoun_objects import SHOT_DEAD_OBJECT_FORMS
from kg.events.reading import rule

DIED = _n("قضى قضت قضوا قضيا قضتا")
# "قضى نحبه": the idiom of dying, whatever follows
LIFE_SPENT = _n("نحبه نحبها نحبهم نحبهما")
# the violence the death came from: a means after في/جراء/إثر/بـ ("في تفجير"، "بانفجار")
DEADLY = _n("تفجير انفجار هجوم قصف غارة غارات ضربة كمين اشتباكات معارك مواجهات اعتداء عبوة "
            "لغم قذيفة قذائف صاروخ رصاص نيران برصاص بنيران التفجير الانفجار الهجوم القصف الغارة "
            "الاشتباكات المعارك الكمين")
_MEANS_INTRO = _n("في جراء إثر اثر خلال")
_ON = ("على", "علي")
# how far into its clause the means may stand after the verb (past a count and a group)
REACH = 12


def died_in_violence(view, i) -> bool:
    """Does the verb at ``i`` say its subject died of violence ("قضى X في تفجير")?"""
    toks = view.tokens
    if not view.has(i, DIED) or toks[i].norm.startswith(("ي", "ت")) and not toks[i].norm.startswith("تا"):
        return False
    c = view.clause_of[i]
    for k in range(i + 1, min(len(toks), i + 1 + REACH)):
        if view.clause_of[k] != c or toks[k].norm in _ON and not view.has(k + 1, AT_LEAST):
            return False      # ("قضى على": eliminated; "قضى سبعة على الأقل في تفجير": died)
        if view.has(k, LIFE_SPENT):
            return True
        if view.at.get(k) is None and view.has(k, DEADLY) and (
                view.has(k - 1, _MEANS_INTRO) or toks[k].norm[:1] == "ب"):
            return True
    return False


# "على الأقل": at least
AT_LEAST = _n("الأقل الاقل")
# "وأوقعت الغارات 11 قتيلا": the dead an act caused
CAUSED = _n("أوقع أوقعت أوقعوا أوقعا يوقع توقع")
# how far before the dead the verb may stand ("أوقعت ما لا يقل عن 11 قتيلا")
CAUSED_REACH = 6
# "ارتفعت حصيلة الهجوم ... إلى 15 قتيلا"، "ارتفع عدد ضحايا التفجيرات ... إلى 142 قتيلا": the
# toll of an act told in the dead it reached
TOLL = _n("حصيلة ضحايا")
TO = _n("إلى الى")
TOLL_REACH = 30


def dead_caused(view, i):
    """"وأوقعت ما لا يقل عن 11 قتيلا": the dead after a verb of causing."""
    return any(view.has(k, CAUSED) and view.at.get(k) is None
               for k in range(max(0, i - CAUSED_REACH), i) if view.clause_of[k] == view.clause_of[i])


def toll_rose_to(view, i):
    """"ارتفعت حصيلة الهجوم الذي شنه X ... إلى 15 قتيلا": the dead the toll reached (إلى and a
    count right before them)."""
    if i < 2 or not view.has(i - 2, TO):
        return False
    return any(view.has(k, TOLL) for k in range(max(0, i - TOLL_REACH), i - 2))


# the counted dead ("11 قتيلا"، "عشرات القتلى")
DEAD = _n("قتيل قتيلا قتلى القتلى")


# "دحرت القوات هجوما شنه X وكبدتهم عشرات القتلى": inflicting dead on someone is killing them
INFLICTING = _n("كبد كبدت كبدوا كبدتهم كبدوهم كبدهم كبدها كبدته كبدتها وكبدت وكبدتهم وكبدوهم وكبدهم "
                "وكبدها وكبدوا كبدوه وكبدوه كبدوها وكبدوها")
INFLICTED_REACH = 4


def inflicted_dead_triggers(view):
    """"وكبدتهم عشرات القتلى"، "كبدت المسلحين 20 قتيلا": a killing (a verb whose subject killed;
    not "كبدوها خسائر فادحة": losses are not deaths)."""
    out = []
    for i in view.positions(INFLICTING):
        if view.at.get(i) is None and any(view.has(k, DEAD) for k in range(i + 1, min(len(view.tokens),
                                                                                 i + 1 + INFLICTED_REACH))):
            out.append((i, "Killing", "verb"))
    return out


# "أردوه قتيلا"، "أردت الشرطة المهاجم قتيلا": shooting someone dead is killing them (the verb
# alone is no killing: "أردت" is also "I wanted"), its object the one killed
SHOT_DEAD = _n("أردى أردت أردوا أرديا يردي تردي يردون " + SHOT_DEAD_OBJECT_FORMS)
DEAD_AFTER = DEAD | _n("قتيلة قتيلين صريعا صرعى")
# how far after the verb قتيلا may stand (past its subject and object: "أردت الشرطة المسلح قتيلا")
SHOT_DEAD_REACH = 5


def shot_dead_triggers(view):
    """"فأرداه قتيلا"، "قبل أن ترديه الشرطة قتيلا": a killing (a verb whose subject killed)."""
    out = []
    for i in view.positions(SHOT_DEAD):
        if view.at.get(i) is None and any(view.has(k, DEAD_AFTER) for k in range(i + 1, min(len(view.tokens),
                                                                                      i + 1 + SHOT_DEAD_REACH))):
            out.append((i, "Killing", "verb"))
    return out


REPELLING_VERBS = _n("صد صدت صدوا تصدت تصدى أحبط أحبطت أحبطوا دحر دحرت دحروا أفشل أفشلت")


def _repel_before(view, i):
    """The token of a verb of repelling before the inflicting verb at ``i`` in its sentence."""
    return next((k for k in range(i - 1, -1, -1) if view.has(k, REPELLING_VERBS) and view.at.get(k) is None),
                None)


# "صدت هجوما ... وقتلت 23 منهم": a killing of some of the attackers ("of them") after a
# verb of repelling, like inflicting dead on them
OF_THEM = _n("منهم منهما")
# "وقتلت 23 من عناصره"، "قتل 12 من مسلحيهم": some of the attackers' own men, by the pronoun
OF_THEIR_MEN = _n("عناصره عناصرهم عناصرها مسلحيه مسلحيهم مسلحيها مقاتليه مقاتليهم مقاتليها "
                  "أفراده أفرادهم")
_FROM = _n("من")
# past a count told with its bound: "قتل أكثر من عشرين منهم"
OF_THEM_REACH = 4
# "وتمكنت من قتل عشرين منهم": the act noun after the verb of managing is the subject's act
MANAGED = _n("تمكنت تمكن تمكنوا وتمكنت وتمكن وتمكنوا استطاعت استطاع نجحت نجح")
# a force told by the pronoun of the body speaking: "أعلنت البعثة أن قواتها صدت هجوما"
OWN_FORCES = _n("قواتها قواته عناصرها عناصره وحداتها وحداته مقاتليها مقاتليه جنودها جنوده")


def _some_of_them(view, i) -> bool:
    end = min(len(view.tokens), i + 1 + OF_THEM_REACH)
    return any(view.has(k, OF_THEM) or view.has(k, OF_THEIR_MEN) and view.has(k - 1, _FROM)
               for k in range(i + 1, end))


def _managed_act(view, i) -> bool:
    """"وتمكنت من قتل ...": an act noun after من after a verb of managing."""
    return i > 1 and view.has(i - 1, _FROM) and view.has(i - 2, MANAGED)


def _inflicting(r):
    return r.etype == "Killing" and (
        r.view.has(r.i, INFLICTING)
        or (r.kind == "verb" or _managed_act(r.view, r.i)) and _some_of_them(r.view, r.i)) \
        and _repel_before(r.view, r.i) is not None


@rule("the one repelling who inflicted the dead", applies=_inflicting, overrides=True)
def repeller(r):
    """"قوات الجيش دحرت هجوما شنه X ... وكبدتهم عشرات القتلى"، "أعلنت البعثة أن قواتها صدت
    هجوما ... وقتلت 23 منهم": the subject of the verb of repelling (before it or right after
    it, or the body speaking of its own forces), not X."""
    view = r.view
    s = repelling_subject(view, _repel_before(view, r.i))
    if s is not None:
        r.inherited = []      # not the doer of the act told before (the attack repelled)
    return s


def repelling_subject(view, k):
    """The subject of the verb of repelling at ``k``: the slot right before or right after it,
    or the body speaking of its own forces; the first of coordinated subjects."""
    s = view.prev_slot(k, types=("Organization", "Place", "Person"), max_gap=1)
    if s is None:
        s = view.next_slot(k + 1, types=("Organization", "Place", "Person"), max_gap=1)
    if s is None and k > 0 and view.has(k - 1, OWN_FORCES):
        from kg.events.aircraft import _speaker_owning
        s = _speaker_owning(view, k - 1)   # "أعلنت البعثة أن قواتها صدت هجوما ... وقتلت 23 منهم"
    if s is not None:
        from kg.events.agents import _coordination_head    # (agents imports this module)
        s = _coordination_head(view, s)    # "قوات الجيش والقوات المساندة لها دحرت": the first
    return s


@rule("the attackers repelled on whom the dead were inflicted", applies=_inflicting)
def repelled_attackers(r):
    """"دحرت هجوما شنه X على مدينة Y وكبدتهم عشرات القتلى": X, the last group named before."""
    view = r.view
    k = _repel_before(view, r.i)
    agent_id = r.agent.entity.id if r.agent is not None else None
    for s in reversed([s for s in view.slots if k < s.i < r.i and s.entity.type == "Organization"]):
        if s.entity.id != agent_id:
            return s
    return None


# "الاستشهاد به"، "استشهاد بآية": citing, not martyrdom (the definite noun, or what is cited after)
MARTYRDOM = _n("استشهاد")
_DEFINITE_MARTYRDOM = "الاستشهاد"
CITED = _n("به بها بهم بهما بقول بقوله بآية بالآية بآيات بحديث بالحديث بما بكلام بمقولة")


# the verb: "استشهد السيسي في كلمته بمقولة المفكر X" cites (past the speaker and where he spoke)
CITING_VERBS = _n("استشهد استشهدت واستشهد أستشهد وأستشهد يستشهد ويستشهد")
_THAT_THING = _n("ذلك هذا ذاك")
_CITED_WORDS = CITED - _n("به بها بهم بهما بما")
#: how far after the verb (tokens, past a name of several words) what is cited may be told
CITED_REACH = 10


def quoting_not_martyrdom(view, i, etype, kind, stem):
    """Trigger filter: "والاستشهاد به لدعم التصريحات"، "ثقافة الاستشهاد"، "استشهاد بقول X":
    the martyrdom noun with the article, or with what is cited after it, cites or praises; no
    one was killed (the killing is "استشهاد الجندي X"، "أسفر عن استشهاد 15 شخصا"). The verb
    cites when what is cited follows it ("استشهد بقول X"، "واستشهد على ذلك بـ ...") or a saying,
    a verse or a hadith follows it in its clause ("استشهد الرئيس في كلمته بمقولة ..."), not
    "استشهد X بنيران القناصة" nor "استشهد على يد X"."""
    if kind == "verb" and view.has(i, CITING_VERBS):
        clause = view.clause_of[i]
        return view.has(i + 1, CITED) or view.has(i + 1, _ON) and view.has(i + 2, _THAT_THING) or any(
            view.has(k, _CITED_WORDS) and view.clause_of[k] == clause
            for k in range(i + 1, min(len(view.tokens), i + 1 + CITED_REACH)))
    if stem not in MARTYRDOM:
        return False
    return _DEFINITE_MARTYRDOM in view.tokens[i].norm or view.has(i + 1, CITED)



# a death by nature: storms, floods, earthquakes, heat, lightning ("لقي شخصان حتفهما جراء
# السيول"، "العاصفة ... أسفرت عن مقتل شخص")
NATURE = _n("عاصفة العاصفة عواصف العواصف إعصار الإعصار أعاصير زلزال الزلزال فيضانات الفيضانات فيضان "
            "الفيضان سيول السيول الأمطار أمطار الثلوج ثلوج صاعقة الصاعقة الحرارة انهيارات")
# a death by mishap: "قتل في انهيار نفق"، "لقوا حتفهم جراء غرق قارب"، "قتل إثر حادث سير"، or by nature
MISHAPS = _n("انهيار غرق حادث تدافع صعق انزلاق") | NATURE
# what makes a mishap word violence after all: "حادث إطلاق نار"، "حادث تفجير"
_VIOLENT_AFTER = DEADLY | _n("إطلاق اطلاق إرهابي ارهابي اغتيال")
_MISHAP_INTRO = _MEANS_INTRO | _n("بسبب")
# how far after the death word the mishap may be told ("قتل ثلاثة عمال في انهيار"); a
# collapse or a drowning further on, past a count and a group ("مقتل اثنين من عناصرها في
# انهيار نفق"), but not حادث, which may be any incident ("قتل شخص يدعى X في حادث منفصل")
MISHAP_REACH = 4
SURE_MISHAPS = MISHAPS - _n("حادث")
SURE_MISHAP_REACH = 6


def died_by_mishap(view, i, etype, kind, stem) -> bool:
    """"قتل أحد عناصرها في انهيار نفق"، "قتل شخصان إثر حادث سير": a death told with its cause
    a mishap (a collapse, a drowning, an accident that is no shooting or bombing) was caused
    by no one: no killing."""
    if etype != "Killing":
        return False
    toks = view.tokens
    for k in range(i + 1, min(len(toks) - 1, i + 1 + SURE_MISHAP_REACH)):
        if view.at.get(k) is not None:
            continue
        words = MISHAPS if k <= i + MISHAP_REACH else SURE_MISHAPS
        if view.has(k, words) and (view.has(k - 1, _MISHAP_INTRO) or toks[k].norm[:1] == "ب"):
            return not view.has(k + 1, _VIOLENT_AFTER)
    return _nature_told_after(view, i)


#: how far after the death word a natural cause after "بسبب / جراء" may be told, past the toll of
#: the injured and the place ("وقتل 27 شخصا وتضرر أكثر من 150 ألفا في X بسبب الفيضانات")
NATURE_AFTER_REACH = 16
_STOPS = frozenset(".؛;؟!")


def _nature_told_after(view, i) -> bool:
    toks = view.tokens
    for k in range(i + 1, min(len(toks), i + 1 + NATURE_AFTER_REACH)):
        if toks[k].text in _STOPS or view.stems(k) & _DEADLY_FORMS:
            return False
        if view.at.get(k) is None and view.has(k, NATURE) and view.has(k - 1, _MISHAP_INTRO):
            return True
    return False


# the verbs by which a cause told before the dead caused them ("العاصفة ... أسفرت عن مقتل")
CAUSING = _n("أسفر أسفرت وأسفرت وأسفر أودى أودت وأودت وأودى خلف خلفت وخلفت تسبب تسببت وتسببت "
             "يتسبب تتسبب وتتسبب ويتسبب تسببا")
_ABOUT = _n("عن في")     # (أسفرت عن مقتل، تسببت في مقتل)
# the words of violence as they are written with the article or as an accusative (هجوما)
_DEADLY_FORMS = DEADLY | frozenset("ال" + w for w in DEADLY) | frozenset(w + "ا" for w in DEADLY)
# how far before the death word the natural cause may be named, past its verb
NATURE_REACH = 25


def killed_by_nature(view, i, etype, kind, stem) -> bool:
    """"وكانت العاصفة التي ... عبرت هولندا، وأسفرت عن مقتل شخص": a death the sentence's storm,
    flood or earthquake caused (named before the verb of causing, no word of violence between)
    was caused by no one: no killing."""
    if etype != "Killing" or kind == "verb":
        return False
    verb = next((k for k in range(i - 1, max(-1, i - 3), -1) if view.has(k, CAUSING)), None)
    if verb is None or any(not view.has(k, _ABOUT) for k in range(verb + 1, i)):
        return False      # (a subject after the verb is the cause: "وأسفرت المعارك عن مقتل")
    for k in range(verb - 1, max(-1, verb - NATURE_REACH), -1):
        if view.stems(k) & _DEADLY_FORMS:
            return False
        if view.has(k, NATURE):
            return True
    return False


# "نجا من محاولة اغتيال"، "إحباط محاولة لاغتيال": a killing attempted
ATTEMPTS = _n("محاولة محاولات لمحاولة بمحاولة ومحاولة")


def attempted_killing(view, i, etype, kind) -> bool:
    """"نجا الوزير من محاولة اغتيال"، "محاولة لاغتيال قائد الشرطة": a killing attempted is no
    death but an attack on the one aimed at."""
    return etype == "Killing" and kind == "noun-patient" and i > 0 and view.has(i - 1, ATTEMPTS)


RULINGS = _n("السجن سجن حبس الحبس إعدام الإعدام البراءة براءة الغرامة غرامة تغريم عزل إلغاء بطلان "
             "حل رفض قبول وقف إيقاف تعويض إلزام الزام المؤبد")
# the verb قضى (the trigger row of kg.events.triggers, whose filters read it)
ELIMINATE_VERB_WORDS = "قضى قضت قضوا يقضي تقضي"
ELIMINATE_VERBS = _n(ELIMINATE_VERB_WORDS)
#: how far after the verb the sentence may stand (past the court's name)
RULING_REACH = 8


# the imperfect, which with ب after it stipulates ("القرار يقضي بتجميد الأرصدة"): deaths are told
# in the perfect ("قضى سبعة جنود بانفجار لغم")
STIPULATES = _n("يقضي تقضي")


def ruled_not_killed(view, i, etype, kind, stem):
    """Does قضى at ``i`` rule or stipulate: a sentence after ب before any على ("قضت المحكمة
    بسجن X"، "قضت كذلك بالسجن على صحفي"), or the imperfect with anything after ب ("ينص
    القرار الذي يقضي بتجميد الأرصدة")?"""
    if etype != "Killing" or not view.has(i, ELIMINATE_VERBS) or died_in_violence(view, i):
        return False
    toks = view.tokens
    stipulates = view.has(i, STIPULATES)
    for k in range(i + 1, min(len(toks), i + 1 + RULING_REACH)):
        if toks[k].norm in _ON or view.clause_of[k] != view.clause_of[i]:
            return False
        if any(c.endswith("ب") and (stipulates or st in RULINGS) for c, st in strip_clitics(toks[k].norm)[1:]):
            return True
    return False


# "قضى أياما في ..."، "يقضي إجازته في ..."، "قضت معظم حياتها": time spent
TIME_SPENT = _n("أياما ايام أيام يوما يومين ساعات ساعة ساعتين سنوات سنة سنتين أعواما أعوام عاما عامين "
                "شهرا شهرين أشهر شهور أسبوعا أسبوعين أسابيع ليلة ليلته ليلتها ليلتهم ليالي وقتا الوقت "
                "فترة الفترة معظم بقية إجازته إجازتها إجازة الإجازة عطلته عطلة العطلة حياته حياتها عمره "
                "عمرها نصف ثلث جل أغلب عقودا عقدين دقائق دقيقة شهر رمضان العيد الصيف")


def spent_time_not_killed(view, i, etype, kind, stem):
    """"قضى أياما عدة أشرف فيها على معسكر الفريق"، "يقضي إجازته في المغرب": قضى with a
    stretch of time right after it (past a subject of up to two words) spends it; it kills no one."""
    if etype != "Killing" or not view.has(i, ELIMINATE_VERBS):
        return False
    for k in range(i + 1, min(len(view.tokens), i + 4)):
        if view.tokens[k].norm in _ON:
            return False        # "قضت القوات على نصف المسلحين": eliminated, past على
        if view.has(k, TIME_SPENT):
            return True
    return False


# --- "حاولت قتل نفسي"، "من قتل نفسا"، "يقتل نفسه": killing oneself, or a soul in a maxim

#: the self (or a soul, said of anyone) right after a killing word: no one killed by another
SELVES = _n("نفسه نفسها نفسي نفسك نفسيهما نفسا نفساً نفس النفس أنفسهم أنفسهن أنفسنا انفسهم")


def killed_oneself(view, i, etype, kind, stem):
    """"حاولت قتل نفسي"، "يقتل نفسه ويقتل ..."، "من قتل نفسا كأنما قتل الناس جميعا": a killing
    whose object, right after it, is the self or a soul tells a suicide or a maxim, no killing
    of someone by someone (a bomber blowing himself up is an attack: فجر نفسه)."""
    return etype == "Killing" and i + 1 < len(view.tokens) and view.has(i + 1, SELVES) \
        and view.at.get(i + 1) is None
