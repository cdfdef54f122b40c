"""Triggers: the lexicon of verbs and verbal nouns that tell an event, and the
reading of one trigger token (its type, its kind, passive or not).

A trigger is a verb (قتلت، اعتقلت، هاجم، التقى، زار) or a verbal noun (مقتل، هجوم،
غارة، القبض، زيارة، لقاء، عملية). ``TRIGGERS`` maps a normalised stem to (event type,
kind): kind "verb", "noun" (its genitive is the agent: زيارة الرئيس X، غارات التحالف) or
"noun-patient" (its genitive is the target: مقتل X، اعتقال X، القبض على X). Strikes are
also named by their weapon ("بقذيفة أطلقها X"). ``TRIGGER_FILTERS`` drop readings that
tell no event (planned attacks, "قضى ليلته").
"""
from __future__ import annotations

from bisect import bisect_right

from kg.events.grammar import AGENT_MARKERS, CALL_WORDS, MEANS_NOUNS, MILITARY_WORDS, POST_WORDS, _BY_FIRE, _RELATIVES, _members_of, _n, _one_of_its_men
from kg.events.aircraft import STRIKE_KINDS, _state_of_adjective, aircraft_triggers
from kg.events.talks import round_of_talks_triggers
from kg.events.conferences import joint_conference_triggers
from kg.events.arrests import ARRESTS_OF_THEM, families_not_captured, seized_no_one, arrest_wave_triggers, seizing_triggers, toppling_triggers
from kg.events.beheadings import slaughter_triggers
from kg.events.bombers import suicide_operation
from kg.events.calls import call_not_meeting
from kg.events.hopes import hoped_for
from kg.events.expected import act_still_to_come
from kg.events.conditions import conditional
from kg.events.animals import animals_not_people
from kg.events.upcoming import visit_still_to_come
from kg.events.kidnappings import kidnapping_triggers, led_away_triggers
from kg.events.deaths import (AT_LEAST, ELIMINATE_VERB_WORDS, ELIMINATE_VERBS, attempted_killing, killed_oneself, ruled_not_killed,
                              spent_time_not_killed, dead_caused, died_by_mishap, died_in_violence, killed_by_nature, quoting_not_martyrdom,
                              inflicted_dead_triggers, shot_dead_triggers, toll_rose_to)
from kg.events.interviews import interview_not_meeting
from kg.events.matches import KICKS, match_not_meeting, sport_not_attack, top_not_summit
from kg.events.prices import price_not_meeting
from kg.events.operations import (LIBERATION_WORDS, OFFENSIVES, launched_by_a_force, led_by_a_force, offensive_read_as_operation,
                                  offensive_to_take_ground, repelled_attack_of_them)
from kg.events.references import act_only_referred_to, act_placed_in_time
from kg.events.pronoun_objects import OBJECT_VERB_ROWS, unrealised_object_form, written_last_letter
from kg.events.targeting import aiming_triggers, gathering_aimed_at, overrunning_triggers
from kg.events.visits import inspection_triggers, settling_triggers, tour_triggers
from kg.gates import applicable, gated
from kg.lexicon import PLACE_HEADS, strip_clitics


# a killing noun whose pronoun names the one killed: "قبل مقتله"، "ما أدى إلى مقتلها"
KILLINGS_OF_HIM = "مقتله مقتلها مقتلهم اغتياله اغتيالها استشهاده استشهادها استشهادهم"
PRONOUN_PATIENTS = _n(KILLINGS_OF_HIM + " " + ARRESTS_OF_THEM)

# the verb طعن: a stabbing (its row in LEXICON), not an appeal (_appeal_not_stabbing)
STAB_WORDS = "طعن طعنت طعنوا يطعن تطعن يطعنون"

# The trigger lexicon: (words, event type, kind), kind "verb", "noun" (its genitive is the
# agent) or "noun-patient" (its genitive is the target). A later row wins for a word in two.
LEXICON = (
    ("قتل قتلت قتلوا يقتل تقتل يقتلون اغتال اغتالت اغتالوا يغتال تغتال صفى صفت صفوا "
     "أعدم أعدمت أعدموا", "Killing", "verb"),
    ("مقتل اغتيال تصفية", "Killing", "noun-patient"),
    # "نتج عنه استشهاد الجندي X"، "أسفر عن استشهاد 15 شخصا": the martyrdom noun of the Saudi and
    # Gulf copy, its genitive the one killed, like مقتل (not the definite الاستشهاد بـ, quoting)
    ("استشهاد", "Killing", "noun-patient"),
    # "استشهد شاب برصاص قوات X": the one martyred is the one killed (MARTYRED, read as a passive)
    ("استشهد استشهدت استشهدوا استشهدا", "Killing", "verb"),
    # "اغتيل القيادي X": the passive of اغتال has its own letters (read as a passive: MARTYRED)
    ("اغتيل اغتيلت اغتيلوا", "Killing", "verb"),
    # "الوزير X المحتجز في سجن بلحج": one held, named right before (HELD: read as a passive)
    ("المحتجز المحتجزة المعتقل المعتقلة", "Arrest", "verb"),
    # "ما أدى إلى مقتله": the one killed is the one the act before fell on (kg.events.merging)
    (KILLINGS_OF_HIM, "Killing", "noun-patient"),
    # "قضت القوات على 5 مسلحين"، "أعلن الجيش القضاء على إرهابيين": killing only with على after
    (ELIMINATE_VERB_WORDS, "Killing", "verb"),
    ("القضاء قضاء", "Killing", "noun-patient"),
    ("هاجم هاجمت يهاجم تهاجم هاجموا يهاجمون نصب نصبت نصبوا فجرت فجروا يفجر اقتحم اقتحمت "
     "اقتحموا يقتحم تقتحم", "Attack", "verb"),
    ("هجوم هجوما الهجوم هجمات هجمة كمين كمينا تفجير تفجيرا تفجيرات اعتداء اقتحام", "Attack", "noun"),
    # "طعن فلسطيني جنديا إسرائيليا في الخليل": a stabbing (not an appeal: _appeal_not_stabbing)
    (STAB_WORDS, "Attack", "verb"),
    # "واصلت القوات هجومها على مدينة X"، "صعد الحزب هجماته على الجيش": the pronoun is the one
    # attacking
    ("هجومها هجومه هجومهم هجماته هجماتها هجماتهم", "Attack", "noun"),
    # "ردوا بمهاجمة مواقع X"، "عبر مهاجمة حواجز الجيش": the noun of attacking, its genitive the
    # attacked
    ("مهاجمة", "Attack", "noun-patient"),
    # the dual: "في هجومين منفصلين"، "تفجيران استهدفا ..."
    ("هجومين هجومان تفجيرين تفجيران", "Attack", "noun"),
    # "دوى انفجار قرب مطعم ..."، "انفجار عبوة ناسفة محلية الصنع استهدفت حافلة": a bombing (EXPLOSIONS)
    ("انفجار انفجارا الانفجار انفجارات", "Attack", "noun"),
    # "انفجرت سيارة مفخخة في سوق ...": the verb too, with the same need of a bomb (EXPLOSIONS)
    ("انفجرت انفجر انفجرتا", "Attack", "verb"),
    ("قصف قصفت يقصف تقصف قصفوا يقصفون", "Strike", "verb"),
    # "أغارت طائرات X على مواقع Y": a raid from the air
    ("أغار أغارت أغاروا", "Strike", "verb"),
    ("غارة غارات غارتين ضربة ضربات قصف القصف", "Strike", "noun"),
    # "استأنف الطيران قصفه على ..."، "واصلت الطائرات غاراتها": the pronoun is the one striking
    ("قصفه قصفها قصفهم غاراته غاراتها غاراتهم", "Strike", "noun"),
    ("اعتقل اعتقلت اعتقلوا يعتقل تعتقل احتجز احتجزت احتجزوا أوقفت أوقف أوقفوا أسر أسرت أسروا",
     "Arrest", "verb"),
    ("اعتقال احتجاز توقيف القبض", "Arrest", "noun-patient"),
    # "قبضت القوات على X": seizing someone (only with على: arrests.seized_no_one)
    ("قبض قبضت قبضوا يقبض تقبض يقبضون", "Arrest", "verb"),
    # "أعلنت الشرطة اعتقالهم": the pronoun names the ones held (kg.events.arrests)
    (ARRESTS_OF_THEM, "Arrest", "noun-patient"),
    ("عملية حملة العملية الحملة", "MilitaryOperation", "noun"),
    # "أعلنت X بدء معركة تحرير Y": a battle launched (only so: OPERATIONS_LAUNCHED)
    ("معركة معارك المعركة", "MilitaryOperation", "noun"),
    ("التقى التقت التقوا يلتقي تلتقي اجتمع اجتمعت اجتمعوا يجتمع تجتمع استقبل استقبلت",
     "Meeting", "verb"),
    ("لقاء لقائه لقائها اجتماع اجتماعا مباحثات محادثات قمة استقبال استقباله استقبالها "
     "اجتماعه اجتماعها", "Meeting", "noun"),
    # "في مستهل محادثاته مع X"، "إن مباحثاته مع X تناولت": talks with the pronoun of one side
    ("محادثاته محادثاتها مباحثاته مباحثاتها محادثاتهم مباحثاتهم", "Meeting", "noun"),
    ("زار زارت زاروا يزور تزور وصل وصلت", "Visit", "verb"),
    ("زيارة زيارته زيارتها", "Visit", "noun"),
    # "وصول X إلى Y": an arrival, a visit only to a place (kg.events.meetings.ARRIVALS); read
    # as its verb (وصل X إلى Y): the one arriving is named after it, the place after إلى
    ("وصول", "Visit", "verb"),
    # "بحث X مع Y العلاقات"، "ناقش X مع Y": talks, only with مع after (DISCUSSIONS)
    ("بحث بحثت بحثا يبحث تبحث ناقش ناقشت يناقش تناقش", "Meeting", "verb"),
)
# talking is a meeting only "مع" someone ("بحث عن"، "البحث العلمي" are none)
DISCUSSIONS = _n("بحث بحثت بحثا يبحث تبحث ناقش ناقشت يناقش تناقش")
# eliminating is a killing only "على" someone
ELIMINATE = ELIMINATE_VERBS | _n("القضاء قضاء")


def definite_forms(words: str) -> str:
    """The nouns of a lexicon row with the article: "التفجير"، "الغارات"، "الاغتيال" name an
    act as much as "تفجير" does ("تبنى التنظيم التفجير الذي استهدف ..."). Accusatives
    (هجوما) and nouns with a pronoun (قصفه) take no article; a word already listed wins."""
    return " ".join("ال" + w for w in words.split()
                    if not w.startswith("ال") and not w.endswith(("ا", "ه", "ها", "هم")))


# the act nouns taking the article here; the others already list the forms that name acts
DEFINITE_TYPES = ("Attack",)
# the act verbs with the pronoun of the one they fell on ("قبل أن تعتقله"، "عندما اغتاله")
LEXICON = LEXICON + OBJECT_VERB_ROWS


# the noun rows again, with the article (a later row wins, so the rows above come after)
DEFINITE_LEXICON = tuple((definite_forms(words), etype, kind) for words, etype, kind in LEXICON
                         if etype in DEFINITE_TYPES)
# normalised trigger stem -> (event type, kind)
TRIGGERS = {w: (etype, kind) for words, etype, kind in DEFINITE_LEXICON + LEXICON for w in _n(words)}


# "يخططون لهجمات"، "تعتزم شن": what is planned or intended has not happened
PLANNING = _n("يخطط يخططون تخطط يخططان ينوي ينوون تنوي يعتزم يعتزمون تعتزم")


def _passive(tok_text: str) -> bool:
    """قُتل / اعتُقل: a damma on the first or second letter marks the passive."""
    t = tok_text.lstrip("وف")
    return "\u064F" in t[:4] and not t.startswith("ت") or t.startswith("تم")


_TRIGGER_WORDS = frozenset(TRIGGERS)


def _trigger(view, i):
    """The trigger reading of token i. A preposition glued to a verb reading makes it a
    noun of the same letters: "قدم التعازي لأسر الضحايا" is for the victims' families."""
    if view.stems(i).isdisjoint(_TRIGGER_WORDS):
        return (None, None), None
    for clitic, stem in strip_clitics(view.tokens[i].norm):
        if stem in TRIGGERS:
            if clitic and clitic[-1] in "بلك" and TRIGGERS[stem][1] == "verb":
                continue
            return TRIGGERS[stem], stem
    return (None, None), None


def _quoted_name(view, i, text):
    """The quoted name after عملية: عملية "عين الصقر"."""
    toks = view.tokens
    k = i + 1
    if k < len(toks) and toks[k].norm in MILITARY_WORDS:
        k += 1
    # "العملية التي أطلق عليها اسم "فجر الحرية""، "عملية تحمل اسم ..."، "المسماة ..."
    n = 0
    while k < len(toks) and n < 4 and toks[k].norm in NAMING_WORDS:
        k += 1
        n += 1
    if k < len(toks) and toks[k].text in ('"', "«", "“", "'"):
        close = {'"': '"', "«": "»", "“": "”", "'": "'"}[toks[k].text]
        j = k + 1
        while j < len(toks) and toks[j].text != close and j - k < 6:
            j += 1
        if j < len(toks) and j > k + 1:
            return text[toks[k + 1].start:toks[j - 1].end], j + 1
    return None, None


NAMING_WORDS = _n("التي الذي أطلق أطلقت أطلقوا عليها عليه اسم تحمل يحمل المسماة المسمى تسمى يسمى بعنوان "
                  "تحت")


def _trigger_index(view, ev):
    start = ev.trigger_span[0]
    return next((k for k, t in enumerate(view.tokens) if t.start == start), 0)


def _means_phrase(view, i):
    """Is the trigger a means phrase: "بغارة", "في غارات"?"""
    if view.tokens[i].norm[:1] == "ب" and any(c == "ب" for c, _ in strip_clitics(view.tokens[i].norm)):
        return True
    return i > 0 and view.tokens[i - 1].norm in ("في", "عبر")


# (مقذوف: a projectile, as the Saudi copy calls the shells falling across the border)
WEAPONS = _n("قذيفة قذائف صاروخ صواريخ صاروخا صاروخين مسيرة طائرة عبوة صليات صلية رشقات رشقة "
             "مقذوف مقذوفات مقذوفا")


_WEAPON_MARKERS = _n("أطلقها أطلقه أطلقته أطلقتها أطلقوها أطلقوه")


AIR_WEAPONS = _n("صاروخ صواريخ صاروخين طائرة طائرات طائرتين مسيرة مسيرات قذيفة قذائف")


_TARGETING_NOUN = _n("استهداف")


TARGETING = _n("استهداف استهدف استهدفت يستهدف تستهدف استهدفوا")


# "أطلق مسلحون النار على X"، "تعرض X لإطلاق نار"، "أطلقوا عدة أعيرة نارية على X": opening
# fire on someone is an attack
FIRE = _n("النار نار الرصاص أعيرة الأعيرة عيارات العيارات")
# "أطلقوا أعيرة نارية في الهواء"، "طلقات تحذيرية": shots fired at no one
INTO_THE_AIR = _n("الهواء تحذيرية التحذيرية")
#: how far after the fire the air may be told ("أطلق أعيرة نارية في الهواء")
AIR_REACH = 3
FIRING = _n("أطلق أطلقت أطلقوا يطلق تطلق يطلقون فتح فتحت فتحوا يفتح تفتح إطلاق اطلاق "
            "أضرم أضرمت أضرموا يضرم إضرام")
# "وقف إطلاق النار"، "وقفا فوريا لإطلاق النار" is a truce, "تبادل إطلاق النار"، "تبادلا لإطلاق
# النار" a clash, "قواعد إطلاق النار" the rules of engagement
CEASING = _n("وقف لوقف بوقف ووقف وقفا ووقفا هدنة تبادل وتبادل بتبادل تبادلا قواعد")


def _fire_triggers(view):
    """Attacks told as fire opened: "أطلق مجهولون النار على X"، "لإطلاق نار من مسلحين"، "أطلقوا
    عدة أعيرة نارية على X" (not shots into the air: "أطلق أعيرة نارية في الهواء")."""
    out = []
    for i in view.positions(FIRE):
        if view.at.get(i) is None and any(view.has(k, FIRING) for k in range(max(0, i - 3), i)) \
                and not any(view.has(k, CEASING) for k in range(max(0, i - 4), i)) \
                and not any(view.has(k, INTO_THE_AIR) for k in range(i + 1, min(len(view.tokens), i + 1 + AIR_REACH))):
            out.append((i, "Attack", "noun"))
    return out


# "لقي X مصرعه"، "لقوا حتفهم": X was killed; "أودى بحياة X": the act before killed X
DEATHS = _n("مصرعه مصرعها مصرعهم مصرعهما حتفه حتفها حتفهم حتفهما")
LIVES = _n("بحياة")
# "مصرع 3 من عناصر X في اشتباكات": the noun of a death met, its genitive the dead
DEATH_NOUNS = _n("مصرع")
_TOOK = _n("أودى أودت يودي تودي أوديا")


# "سقط سبعة قتلى"، "سقط عشرات المسلحين بين قتيل وجريح"، "سقوط عدد من القتلى": the dead fell
THE_KILLED = _n("قتيل قتيلا قتلى القتلى")
_FELL = _n("سقط سقطت سقطوا يسقط تسقط سقوط")


# a death is a killing only amid violence told in the sentence ("لقي شخصان مصرعهما في حادث
# مروري" is none)
_VIOLENT_WORDS = ("مسلح مسلحون مسلحين مسلحة اشتباك اشتباكات معارك معركة مواجهات قصف غارة غارات "
                  "هجوم هجوما هجمات هجومين انفجار تفجير عبوة مفخخة انتحاري رصاص برصاص نيران بنيران قذيفة "
                  "قذائف صاروخ صواريخ إرهابي إرهابية الإرهابي الإرهابية اغتيال كمين "
                  # "أغارت مقاتلات X على ...، وأوقعت عشرات القتلى"
                  "أغارت أغار أغاروا قصفت")
# with the article too: "التفجير الذي استهدف حافلة وأودى بحياة 27" is as violent
VIOLENCE = _n(_VIOLENT_WORDS + " " + definite_forms(_VIOLENT_WORDS))


def _amid_violence(view):
    return bool(view.positions(VIOLENCE))


def _death_triggers(view):
    """Killings told as a death met (لقي مصرعه، لقي حتفه، مصرع X), lives taken (أودى بحياة X) or
    the dead fallen (سقط قتلى), amid violence told in the sentence."""
    if not _amid_violence(view):
        return []
    out = [(i, "Killing", "verb") for i in view.positions(DEATHS) if view.at.get(i) is None]
    out += [(i, "Killing", "noun-patient") for i in view.positions(DEATH_NOUNS) if view.at.get(i) is None]
    out += [(i, "Killing", "noun-patient") for i in view.positions(LIVES)
            if view.at.get(i) is None and i > 0 and view.has(i - 1, _TOOK)]
    out += [(i, "Killing", "noun-patient") for i in view.positions(THE_KILLED)
            if view.at.get(i) is None and (any(view.has(k, _FELL) for k in range(max(0, i - 4), i))
                                           or dead_caused(view, i) or toll_rose_to(view, i))]
    return out


# "فجر انتحاري نفسه"، "فجر حزامه الناسف": فجر (not the dawn) blowing up a bomber or a bomb
BLASTER = _n("فجر وفجر")
# فجّر itself, not ف + a verb
BLASTS_ITSELF = _n("فجر")
BLASTED = _n("نفسه نفسها انتحاري انتحارية حزامه حزامها حزاما سيارته سيارتها سيارة عبوة عبوتين")


def _blast_triggers(view):
    """Bombings told with فجر: "فجر انتحاري نفسه قرب حاجز"، "وفجر المهاجم حزامه"."""
    toks = view.tokens
    return [(i, "Attack", "verb") for i in view.positions(BLASTER)
            if view.at.get(i) is None and toks[i].norm in BLASTER
            and any(view.has(k, BLASTED) for k in range(i + 1, min(i + 3, len(toks))))]


# "جراء سقوط قذائف مدفعية على سوق شعبي": shells falling are a strike
_FALLING = _n("سقوط تساقط سقطت سقط")


_ROCKETS = _n("صاروخ صواريخ صاروخا صاروخين قذيفة قذائف صليات صلية رشقات رشقة مقذوف مقذوفات مقذوفا")


# "خطط لإطلاق صواريخ"، "حاول إطلاق": fire intended has not happened
_INTENDED = PLANNING | _n("خطط خططت خططوا حاول حاولت حاولوا محاولة يحاول")


def _fired(view, i):
    """"إطلاق صواريخ على مدينة X"، "أطلقت الفصائل قذائف على ...": rockets or shells fired (a
    strike), the firing verb a few words before them, no fire (النار) between, and no plan."""
    if not view.has(i, _ROCKETS):
        return False
    k = next((k for k in range(i - 1, max(-1, i - 5), -1)
              if view.has(k, FIRING) and view.at.get(k) is None), None)
    return k is not None and not any(view.has(m, FIRE) for m in range(k, i)) \
        and not (k > 0 and view.has(k - 1, _INTENDED))


# "قذائف صاروخية سقطت على أحياء X": the shells told first, their falling right after (past
# their kind)
FELL_REACH = 2
_FELL_ON = _n("على في")


def _fell_after(view, i):
    """Are the rockets or shells at ``i`` told as falling on or in somewhere right after them?"""
    toks = view.tokens
    return view.has(i, _ROCKETS) and any(
        view.has(k, _FALLING) and view.at.get(k) is None and view.has(k + 1, _FELL_ON)
        for k in range(i + 1, min(i + 1 + FELL_REACH, len(toks) - 1)))


# what a target is hit with, after ب: the weapons, and the guns that fire shells
# ("استهدف الجيش بالمدفعية الثقيلة تحركات ..."، "استهدفت القوات مواقعهم بالصواريخ")
TARGETING_WEAPONS = WEAPONS | _n("مدفعية مدافع هاون راجمات")


def _by_weapon(word):
    """Is ``word`` a weapon after ب, with or without the article (بصاروخ، بالصواريخ، بالمدفعية)?"""
    return any((c.endswith("ب") or c.endswith("بال")) and st in TARGETING_WEAPONS
               for c, st in strip_clitics(word))


def _weapon_triggers(view):
    """Strikes named by their weapon: "بقذيفة أطلقها X"، "استهداف سفينة ... بصاروخ باليستي"،
    "سقوط قذائف على ..."، "قذائف صاروخية سقطت على ..."."""
    out = []
    toks = view.tokens
    for i in view.positions(WEAPONS):
        if view.at.get(i) is None and (any(view.has(k, _WEAPON_MARKERS)
                                           for k in range(i + 1, min(i + 3, len(toks))))
                                       or any(view.has(k, _FALLING) for k in range(max(0, i - 4), i))
                                       or _fell_after(view, i)
                                       or _fired(view, i)):
            out.append((i, "Strike", "noun"))
    for i in view.positions(TARGETING):
        if view.at.get(i) is not None:
            continue
        for k in range(i + 1, min(i + 13, len(toks))):
            if view.clause_of[k] != view.clause_of[i]:
                break
            if _by_weapon(toks[k].norm):
                kind = "noun" if view.has(i, _TARGETING_NOUN) else "verb"
                out.append((i, "Strike", kind))
                break
    return out


def _relative_passive(view, i):
    """"الشاب X الذي قتل برصاص قوات الاحتلال"، "X، الذي قتل بضربة جوية": X was killed."""
    toks = view.tokens
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].norm not in _RELATIVES:
        return False
    if view.has(i + 1, _BY_FIRE):
        return True
    return toks[i + 1].norm[:1] == "ب" and view.has(i + 1, MEANS_NOUNS) and \
        TRIGGERS.get(toks[i].norm, (None,))[0] == "Killing"


# words that cannot open the object of a killing verb: a preposition (in it: "الموقع الذي قتل
# فيه جندي"), a time, the manner
_NO_OBJECT = _n("في فيه فيها فيهم خلال إثر اثر جراء أمس امس يوم مساء صباح فجر ليلة حرقا ذبحا خنقا طعنا رميا"
                # the clause goes on with no object: "بأن زعيم الحركة X قتل إلا أن الحركة نفت"،
                # "أن X قتل قبل فترة"
                " إلا الا لكن ولكن قبل منذ"
                # where, by a place word (an object never opens with one): "أن X قتل داخل الأراضي
                # الأفغانية"، "قتل قرب الحدود"، "قتل شمال المدينة"، "قتل على يد"
                " داخل قرب بالقرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط على")


def _killed_with_no_object(view, i):
    """"X الذي قتل في غارة"، "X قتل في 9 آب": an unvocalised killing verb with no object
    (a preposition, a time or a means right after it) and a person or a relative right
    before it tells that X was killed."""
    toks = view.tokens
    if i == 0 or i + 1 >= len(toks):
        return False
    t = toks[i].norm
    if TRIGGERS.get(t, (None,))[0] != "Killing":
        # "(التحق بهم وقتل في إحدى المواجهات)": a joined killing verb with a preposition right after
        return t[:1] in "وف" and TRIGGERS.get(t[1:], (None,))[0] == "Killing" \
            and toks[i + 1].norm in _NO_OBJECT
    nxt = toks[i + 1].norm
    if not (nxt in _NO_OBJECT or nxt.isdigit() or _clause_ends(toks, i + 1) or (
            nxt[:1] == "ب" and (view.has(i + 1, MEANS_NOUNS) or view.has(i + 1, _BY_FIRE)))):
        return False
    if _counted_object_after(view, i):
        return False
    if toks[i - 1].norm in _RELATIVES:
        return True
    k = i - 2 if toks[i - 1].norm == "قد" else i - 1
    if k > 0 and toks[k].text == ")":
        # "الطفل X (18 شهرا) قتل حرقا": past the aside
        k = next((m - 1 for m in range(k - 1, max(-1, k - 8), -1) if toks[m].text == "("), k)
    s = view.at.get(k)
    if s is None and k > 0 and toks[k].text in _COMMAS:
        # "أحد عناصرها، ويدعى X، قتل في ...": a person named in an aside closed by a comma
        s = view.at.get(k - 1)
        return s is not None and s.j == k and s.entity.type == "Person"
    return s is not None and s.j == k + 1 and (s.entity.type == "Person" or _members_named(view, s))


_COMMAS = frozenset("،,")
# a sentence or clause ending right after the verb: "أكدت أن X قتل."، "X قتل، وفق ما نقلت"
_CLAUSE_ENDS = frozenset(".؛;")
#: how far a comma closing an aside may stand after the one right after the verb
ASIDE_CLOSE_REACH = 5


def _clause_ends(toks, k) -> bool:
    """Does the clause end at token ``k``: a full stop, or a comma that opens no aside (not
    "قتلت، الأحد، ثلاثة من عناصر التنظيم": a time between commas, then the object)?"""
    if toks[k].text in _CLAUSE_ENDS:
        return True
    return toks[k].text in _COMMAS and not any(
        t.text in _COMMAS for t in toks[k + 1:k + 1 + ASIDE_CLOSE_REACH])
# how far after the verb, past a time ("في يونيو/حزيران الماضي"), its object may be counted
COUNTED_OBJECT_REACH = 7


def _counted_object_after(view, i):
    """Is a count in the accusative told after the verb at ``i`` and a time, in its clause
    ("عناصر من التنظيم قد أعدموا في يونيو الماضي 12 شخصا": they executed twelve)?"""
    toks = view.tokens
    for k in range(i + 2, min(len(toks) - 1, i + 1 + COUNTED_OBJECT_REACH)):
        if toks[k].text in _COMMAS or view.clause_of[k] != view.clause_of[i]:
            return False
        if toks[k].norm.isdigit() and toks[k + 1].norm.endswith("ا") and toks[k + 1].norm.isalpha() \
                and view.at.get(k + 1) is None:
            return True
    return False


# "خمسة من عناصر البيشمركة قتلوا في ..."، "جنود الجيش قتلوا": the group's members, counted
MEMBER_WORDS = _n("عناصر أفراد جنود مقاتلي مقاتلو منتسبي أعضاء عنصرا جنديا مقاتلا فردا")


def _members_named(view, s):
    """Is the organisation slot ``s`` named as the one whose members are meant ("من عناصر X"،
    "مسلحون من X")?"""
    return s.entity.type != "Person" and not s.clitic and (
        view.has(s.i - 1, MEMBER_WORDS) and view.at.get(s.i - 1) is None or _members_of(view, s))


def _after_passive(view, i):
    """Is there a passive trigger verb or a noun of suffering before token i in its clause
    (قُتل X بغارة، مقتل X بغارة)?"""
    c = view.clause_of[i]
    k = i - 1
    while k >= 0 and view.clause_of[k] == c:
        if view.at.get(k) is None and not view.stems(k).isdisjoint(_TRIGGER_WORDS):
            (etype, kind), _ = _trigger(view, k)
            if is_passive(view, k, kind):
                return True
            if kind == "noun-patient":
                return True       # "مقتل X بغارة": X is the one killed
        k -= 1
    return False


# time spent, right after قضى: "يقضي تقاعده على شواطئ X"، "قضى بقية حياته في ..." (no على of
# anyone eliminated follows the time spent)
TIME_SPENT = _n("تقاعده تقاعدها عطلته عطلتها إجازته إجازتها ليلته ليلتها وقته وقتها حياته حياتها "
                "عمره عمرها أيامه أيامها سنواته سنواتها عقوبته عقوبتها محكوميته محكوميتها بقية معظم "
                "عطلة إجازة فترة شهر أسبوع ليلة يوما ساعات أياما سنوات")


def _eliminates_no_one(view, i, etype, kind, stem):
    """"قضى ليلته"، "القضاء العراقي"، "يقضي تقاعده على شواطئ X": eliminating is a killing only
    "على" someone, and never after the time spent."""
    toks = view.tokens
    if kind == "verb" and stem in ELIMINATE and i + 1 < len(toks) and view.has(i + 1, TIME_SPENT):
        return True
    if kind == "verb" and died_in_violence(view, i):
        return False      # "قضى سبعة جنود في تفجير": they died (kg.events.deaths)
    # ("على الأقل": at least, no على of what is eliminated: "وقضى الطلاب على الأقل الثلث في الهند")
    return stem in ELIMINATE and not any(
        toks[k].norm in ("على", "علي") and not view.has(k + 1, AT_LEAST) for k in range(i + 1, min(len(toks), i + (
            2 if kind == "noun-patient" else 6))))


# "القضاء على الفقر"، "القضاء على ظاهرة التسول"، "القضاء على فكر التنظيم": what is eliminated is
# a thing, a practice or an idea, no one's life
THINGS_ELIMINATED = _n("فكر الفكر أفكار ظاهرة الظاهرة ظواهر مظاهر عمالة الفقر فقر الفساد فساد الأمية البطالة "
                       "المرض مرض الأمراض أمراض الوباء وباء الفيروس فيروس الجوع العنف التطرف الطائفية "
                       "العنصرية التمييز المخدرات الروتين البيروقراطية التلوث الشائعات الاحتكار التسول آفة "
                       "الآفة أسباب جذور الإرهاب إرهاب الارهاب التهديد تهديد تهديدات الخطر خطر مخاطر "
                       "الأخطار أحلام آمال حلم الحلم طموحات الأزمة أزمة الخلافات خلافات الانقسام "
                       "الطابور الحصار حصار العجز عجز الديون الاختناقات الزحام "
                       # "تفكيك سوريا والقضاء على هويتها": an identity, a presence, a future
                       "هوية الهوية هويتها هويته هويتهم وجود وجودها وجوده مستقبل مستقبلها مستقبله "
                       "آثار آثارها آثاره المخاطر الظلم الجهل")


def _eliminates_a_thing(view, i, etype, kind, stem):
    """"القضاء على الفقر"، "قضت الحكومة على ظاهرة التسول": eliminating a thing or an idea
    (THINGS_ELIMINATED, right after على) is no killing."""
    if stem not in ELIMINATE:
        return False
    toks = view.tokens
    for k in range(i + 1, min(len(toks) - 1, i + 6)):
        if toks[k].norm in ("على", "علي"):
            return view.has(k + 1, THINGS_ELIMINATED)
    return False


# "للقضاء على التنظيم"، "بهدف القضاء على"، "عام القضاء على داعش": eliminating as an aim
AIMS = _n("بهدف هدف أجل اجل سبيل عام لغرض")
# "ساحة لتصفية الحسابات": settling scores
_SCORES = _n("الحسابات حسابات حساباتها حساباتهم")


# "العمليات تهدف إلى القضاء على المخاطر"، "الحملة الرامية إلى القضاء على التنظيم": what is aimed at
AIMING_VERBS = _n("تهدف يهدف تهدفان يهدفون الهادفة الهادف الهادفين الرامية الرامي الرامين ترمي يرمي")
_AIM_TO = _n("إلى الى")


def _aim_not_act(view, i, etype, kind, stem):
    """"غارة ... للقضاء على تهديد"، "من أجل القضاء على التنظيم"، "عام القضاء على داعش"، "تهدف
    إلى القضاء على"، "لتصفية الحسابات": eliminating told as an aim, or the idiom of settling
    scores, is no killing."""
    if stem not in ELIMINATE and not view.has(i + 1, _SCORES):
        return False
    if view.has(i + 1, _SCORES):
        return True
    return view.tokens[i].norm.startswith("لل") or view.has(i - 1, AIMS) \
        or (i > 1 and view.has(i - 1, _AIM_TO) and view.has(i - 2, AIMING_VERBS))


# "بتهمة التخطيط لهجمات": planning told as a noun
PLANNING_NOUNS = _n("التخطيط تخطيط بالتخطيط للتخطيط بتخطيط والتخطيط")
# "كانت الخلية تعد لهجمات أخرى": preparing, only with ل on the act ("يعد الهجوم الأعنف": is)
PREPARING = _n("تعد يعد يعدون تحضر يحضر يحضرون تستعد يستعد يستعدون")
# "يخطط لتنفيذ هجمات": a light noun between the plan and the act
_PLANNED_LIGHT = _n("لتنفيذ تنفيذ لشن شن")


_PLANS = PLANNING | PLANNING_NOUNS


# "اجتماع للتنسيق للبدء بعملية عسكرية"، "تمهيدا لشن هجوم": the act is what something is for
TO_START = _n("للبدء لبدء تمهيدا")


def _planned(view, i, etype, kind, stem):
    """"كانوا يخططون لهجمات"، "بتهمة التخطيط لهجمات"، "كانت تعد لهجمات"، "يخطط لتنفيذ
    هجمات"، "للبدء بعملية عسكرية": attacks planned have not happened. Not the planning of an act
    told as known ("متهم بالتخطيط للهجوم على السجن": the attack took place)."""
    if i > 0 and view.has(i - 1, TO_START) or i > 1 and view.has(i - 1, _PLANNED_LIGHT) \
            and view.has(i - 2, TO_START):
        return True
    k = i - 1
    if k > 0 and view.has(k, _PLANNED_LIGHT):
        k -= 1
    if k < 0:
        return False
    if view.has(k, PLANNING):
        return True
    if view.tokens[i].norm.startswith(("لل", "ال")):
        return False
    return view.has(k, PLANNING_NOUNS) or (
        view.has(k, PREPARING) and view.tokens[k + 1].norm.startswith("ل"))


# "مركز احتجاز"، "مكان اعتقال العسكريين"، "معسكرات الاعتقال": a place of detention
DETENTION_PLACES = _n("مركز مراكز ومركز مكان أماكن ومكان معسكر معسكرات مقر مقار مرافق منشأة منشآت")


def _place_of_detention(view, i, etype, kind, stem):
    """"ينتهي الحال بالمهاجرين في مركز احتجاز"، "إلى مكان احتجاز العسكريين": an arrest noun
    that names a place of detention tells no arrest."""
    return etype == "Arrest" and kind != "verb" and i > 0 and view.has(i - 1, DETENTION_PLACES)


# "دعوة لاقتحام"، "دعا إلى مهاجمة"، "في طريقهم لاقتحام"، "تمهيدا لاقتحام": an act called for,
# or one its doers are on their way to or getting ready for ("توطئة لاقتحام المدينة"، "وتتهيأ
# حاليا لاقتحام"): not (yet) done
CALLS_FOR = CALL_WORDS | _n("دعوات الدعوات يدعون تمهيدا استعدادا طريقهم طريقه طريقها توطئة "
                            "تتهيأ يتهيأ يتهيؤون تتأهب يتأهب يتأهبون")
_TO = _n("إلى الى")
#: the words between the call and the act ("دعوة جماعية لاقتحام"، "دعا أنصاره إلى اقتحام")
_CALL_REACH = 3


def _called_for(view, i, etype, kind, stem):
    """"أطلقت المنظمة دعوة لاقتحام المسجد"، "في طريقهم لاقتحام قاعدة العند": an act noun after
    ل or إلى, a few words after a call or a way towards it, has not happened."""
    if kind == "verb" or etype not in ("Attack", "Strike", "Killing", "Arrest"):
        return False
    toward = view.tokens[i].norm.startswith("ل") and not view.tokens[i].norm.startswith("لل") \
        or (i > 0 and view.has(i - 1, _TO))
    if not toward:
        return False
    start = i - 1 - (i > 0 and view.has(i - 1, _TO))
    return any(view.has(k, CALLS_FOR) for k in range(max(0, start - _CALL_REACH + 1), start + 1)
               if view.clause_of[k] == view.clause_of[i])


# "لم يقتل"، "لن تعتقل"، "لم يتم اعتقال"، "لم تسفر الغارة عن مقتل أحد": what did not happen
NEGATIONS = _n("لم لن لا")
_DONE = _n("يتم تتم تم")
_NEGATED_RESULTS = _n("تسفر يسفر تؤد يؤد تؤدي يؤدي توقع يوقع تخلف يخلف ترد يرد تسجل يسجل")
_RESULT_LINKS = _n("عن إلى الى")


def _negated(view, i, etype, kind, stem):
    """"لم يعتقل الجيش أحدا"، "لم يتم اعتقال أي مشتبه"، "لم يسفر القصف عن مقتل أحد": a
    negated act is no event."""
    if view.has(i - 1, NEGATIONS) or (view.has(i - 1, _DONE) and view.has(i - 2, NEGATIONS)):
        return True
    return view.has(i - 1, _RESULT_LINKS) and any(
        view.has(k, NEGATIONS) and view.has(k + 1, _NEGATED_RESULTS) for k in range(max(0, i - 5), i - 2))


# "رفض الوزير لقاء السفير"، "لرفضه مقابلة والاجتماع مع X"، "رفضه توقيف X": what was refused
REFUSALS = _n("رفض رفضت رفضوا يرفض ترفض يرفضون رافضا رافضة رفضه رفضها رفضهم لرفضه لرفضها لرفضهم "
              "ورفض ورفضت برفض برفضه")


def _refused(view, i, etype, kind, stem):
    """"رفض الوزير X لقاء السفير"، "لرفضه مقابلة والاجتماع مع رئيس النادي": the act's noun a few
    words after a refusal (the one refusing, or a noun joined by و, between) did not take place."""
    if kind == "verb":
        return False
    toks = view.tokens
    k = i - 1
    if toks[i].norm.startswith("و") and k > 0 and view.at.get(k) is None:
        k -= 1      # "مقابلة والاجتماع": the noun joined to the one refused
    while k >= 0 and view.at.get(k) is not None:
        k -= 1      # the one refusing, named between ("رفض الوزير X لقاء ...")
    while k >= 0 and view.at.get(k) is None and toks[k].norm in _TITLE_WORDS:
        k -= 1
    return k >= 0 and view.has(k, REFUSALS)


_TITLE_WORDS = _n("الوزير الرئيس الأمير الملك الشيخ السفير المبعوث")


# "توعدت الحركة بشن هجمات"، "طالبت الحكومة باعتقال X"، "دعا إلى اعتقال"، "حذر من هجوم":
# an act threatened, demanded or feared has not happened
UNREALISED = _n("هدد هددت هددوا يهدد تهدد مهددا توعد توعدت توعدوا يتوعد تتوعد متوعدا طالب طالبت "
                "طالبوا يطالب تطالب يطالبون مطالبا مطالبين مطالبة المطالبة بالمطالبة دعا دعت دعوا "
                "يدعو تدعو داعيا دعوة الدعوة حذر حذرت يحذر تحذر محذرا تحذيرا خشية تخوفا مخاوف "
                "يخشى تخشى وعد وعدت تعهد تعهدت يتعهد تتعهد متعهدا"
                # under threat: "ملاحقين ومهددين بالتصفية الجسدية"
                " مهدد مهددة مهددين مهددون المهددين المهددون")
_TO_DO = _n("إلى الى من")
_LIGHT_NOUNS = _n("إطلاق اطلاق شن تنفيذ بدء استئناف مواصلة")


def _only_threatened(view, i, etype, kind, stem):
    """"توعدت حركة الشباب بشن هجمات"، "طالبت الحكومة باعتقال X"، "دعا إلى اعتقال"، "حذر
    من هجوم وشيك": the verbal noun (or a light verb's noun) after a threat, a demand, a call
    or a warning is an act not done."""
    head = i - 1 if view.has(i - 1, _LIGHT_NOUNS) else i    # "توعد بشن هجمات": the noun شن
    k = head - 1
    if not any(c.endswith(("ب", "بال")) and (st in TRIGGERS or st in _LIGHT_NOUNS)
               for c, st in strip_clitics(view.tokens[head].norm)[1:]):
        if not view.has(k, _TO_DO):
            return False
        k -= 1          # "دعت الحكومة إلى اعتقال X"
    # the threatening verb, its subject (a name of up to four words) between
    c = view.clause_of[head]
    for j in range(k, max(-1, k - 5), -1):
        if view.clause_of[j] != c or not view.tokens[j].norm.isalnum():
            return False
        if view.has(j, UNREALISED):
            return True
    return False


# "في أعنف هجوم تشهده المدينة منذ ..."، "في أول هجوم يوقع قتلى ..."، "هجوم هو الأول من نوعه":
# the act told before, measured against others (its words are the comparison's)
SUPERLATIVES = _n("أعنف أكبر أول أسوأ أخطر أدمى أشد أكثر ثاني ثالث آخر أحدث أبرز")
_IT_IS = _n("هو هي")
ORDINALS = _n("الأول الأولى الثاني الثانية الثالث الثالثة الأكبر الأعنف الأخطر")
COMPARED_ACTS = ("Attack", "Strike", "Killing", "Arrest")


def compared(view, i, etype, kind):
    """"قُتل 42 شخصا في انفجار ...، في أعنف تفجير تشهده المدينة منذ عام 1990"، "في هجوم هو
    الأول من نوعه منذ ...": a noun measuring the act told before against others (the
    places and times after it are the comparison's)."""
    if kind == "verb" or etype not in COMPARED_ACTS:
        return False      # "في أول زيارة لمسؤول ... إلى العاصمة": the visit itself
    if view.has(i - 1, SUPERLATIVES) and view.at.get(i - 1) is None:
        return True
    return view.has(i + 1, _IT_IS) and view.has(i + 2, ORDINALS)


# "ألقت القوات القبض على X في كمين قرب ..."، "اعتقلته خلال كمين نصبته": the ambush is how the
# arrest was made, no attack
AMBUSH_NOUNS = _n("كمين كمينا الكمين")
_IN_OR_DURING = _n("في خلال أثناء")
ARREST_TRIGGERS = frozenset(w for words, etype, _ in LEXICON if etype == "Arrest" for w in _n(words))
#: how far before the ambush the arrest may be told (past the one held and his description)
AMBUSH_ARREST_REACH = 25


def _ambush_of_an_arrest(view, i, etype, kind, stem):
    """"ألقت قوة من جهاز X القبض على Y، أحد قادة التنظيم، في كمين قرب بلدة Z": an ambush in
    which (في، خلال، بـ) an arrest told before it in the sentence was made is no attack."""
    if etype != "Attack" or stem not in AMBUSH_NOUNS:
        return False
    word = view.tokens[i].norm
    if not (view.has(i - 1, _IN_OR_DURING) or word.startswith(("ب", "وب")) and word.endswith(stem)):
        return False
    return any(view.has(k, ARREST_TRIGGERS) and view.at.get(k) is None
               for k in range(max(0, i - AMBUSH_ARREST_REACH), i))


# "مذكرة اعتقال بحق X"، "أوامر قبض": a warrant is no arrest yet
WARRANTS = _n("مذكرة مذكرات مذكرتي مذكرتا أوامر أمر")
ARRESTS = _n("اعتقال قبض القبض توقيف احتجاز")


def _warrant_only(view, i, etype, kind, stem):
    """"أصدرت النيابة مذكرة اعتقال بحق X": the warrant, not the arrest."""
    return etype == "Arrest" and stem in ARRESTS and view.has(i - 1, WARRANTS)


_WITH_WHOM = _n("مع")
DISCUSSION_REACH = 18


def _discussed_with_no_one(view, i, etype, kind, stem):
    """"بحث X مع Y العلاقات": talks are a meeting only with someone named after مع in the
    clause ("يبحث عن عمل"، "بحثت الحكومة الملف" are none)."""
    if stem not in DISCUSSIONS:
        return False
    c = view.clause_of[i]
    # the one discussing may be named at length, with a time and place, before مع ("بحث وزير
    # الخارجية السعودي الأمير X، أمس في الرياض، مع ...")
    for k in range(i + 1, min(len(view.tokens), i + DISCUSSION_REACH)):
        if view.clause_of[k] != c:
            break
        if view.has(k, _WITH_WHOM):
            return view.next_slot(k + 1, types=("Person", "Organization"), max_gap=4) is None
    return True


# "وجرى خلال الاجتماع بحث الأوضاع"، "تم خلال اللقاء بحث العلاقات": what a meeting told before
# discussed, no meeting of its own (its مع is of the matters: "بالتعاون مع قيادة التحالف")
_DURING = _n("خلال وخلال")
_MEETING_NOUNS = _n("الاجتماع اللقاء المباحثات المحادثات الاتصال الجلسة القمة الزيارة اجتماعه لقائه "
                    "اجتماعهما لقائهما اتصاله")


def _discussed_in_a_meeting(view, i, etype, kind, stem):
    """"وجرى خلال الاجتماع بحث الأوضاع": the discussion of a meeting named right before it
    (خلال + the meeting, up to two words before the noun) is no other meeting."""
    if stem not in DISCUSSIONS:
        return False
    return any(view.has(k, _MEETING_NOUNS) and view.has(k - 1, _DURING) for k in range(max(1, i - 3), i))


# "هاجم الرئيس X المعارضة"، "شن X هجوما لاذعا على ...": attacking in words
ATTACK_VERBS = _n("هاجم هاجمت يهاجم تهاجم هاجموا يهاجمون")
ATTACK_NOUNS = _n("هجوم هجوما الهجوم هجمات الهجمات هجمة")
HARSH_WORDS = _n("لاذعا لاذع اللاذع حادا حاد الحاد كلاميا كلامي إعلاميا إعلامي")
# what one says while attacking in words: "هاجم X الحكومة واتهمها بـ..."، "وصفه بـ..."
CRITICISM_WORDS = _n("اتهم اتهمه اتهمها اتهمهم واتهم واتهمه واتهمها واتهمهم متهما انتقد وانتقد منتقدا "
                     "وصف ووصف واصفا تصريحات تصريح خطاب كلمة مقابلة تغريدة قائلا "
                     # "هاجم وابل الانتقادات الموجهة إلى بلاده": the criticism itself attacked
                     "الانتقادات انتقادات")
# "يشكل مقتله ضربة للتنظيم"، "يعد ضربة قوية لـ": a blow in a figure of speech, no strike
BLOWS = _n("ضربة")
AMOUNTS_TO = _n("يشكل تشكل شكل شكلت يمثل تمثل مثل مثلت يعد تعد يعتبر تعتبر اعتبر اعتبرت اعتبره اعتبرها "
                "ويشكل وتشكل ويمثل وتمثل ويعد وتعد بمثابة")
_BLOW_ADJECTIVES = _n("قوية موجعة قاصمة كبيرة جديدة قاسية مؤلمة شديدة")
BLOW_REACH = 8


def _blow_in_words(view, i, etype, kind, stem):
    """"يشكل مقتل X ضربة للتنظيم"، "خسارة المدينة ضربة قوية لتنظيم X": a blow something amounts
    to (AMOUNTS_TO in its clause, BLOW_REACH words before it at most) or a strong blow to
    someone is a figure of speech, no strike."""
    if stem not in BLOWS:
        return False
    clause = view.clause_of[i]
    if any(view.has(k, AMOUNTS_TO) and view.clause_of[k] == clause for k in range(max(0, i - BLOW_REACH), i)):
        return True
    return i + 2 < len(view.tokens) and view.has(i + 1, _BLOW_ADJECTIVES) \
        and any(clitic.endswith("ل") for clitic, _ in strip_clitics(view.tokens[i + 2].norm))


def _beaten_not_struck(view, i, etype, kind, stem):
    """"خنقه وضربه بآلة حادة": ضربه written with ه (not the ة of ضربة, a strike, which
    normalisation also writes ه) is "hit him", no strike."""
    return stem in BLOWS and written_last_letter(view, i) == "\u0647"


# what a blow is when named right after it: a heartbeat (ضربات القلب), a sunstroke (ضربة شمس),
# a kick-off (ضربة البداية), a stroke of luck or of a master: no strike
BLOW_KINDS = _n("القلب قلبه قلبها قلوبهم الشمس شمس البداية حظ الحظ معلم")


def _blow_of_a_kind(view, i, etype, kind, stem):
    """"تزيد ضربات القلب"، "أصيب بضربة شمس": the blow named by its kind right after it."""
    return etype == "Strike" and view.has(i, KICKS) and view.has(i + 1, BLOW_KINDS)


# "تقتحم بها الشركة عالم السيارات"، "اقتحم المنتج أسواق أوروبا": a field or a market entered
STORMING = _n("اقتحم اقتحمت اقتحموا يقتحم تقتحم")
FIELDS_ENTERED = _n("عالم العالم سوق السوق أسواق الأسواق مجال مجالات قائمة عالمي")
#: how far after the verb the field may be named (past بها and a subject)
FIELD_REACH = 3


def _field_entered(view, i, etype, kind, stem):
    """"التي تقتحم بها عالم سيارات الدفع الرباعي": storming a world, a market, a list is entering
    it, no attack."""
    return view.has(i, STORMING) and any(view.has(k, FIELDS_ENTERED) and view.at.get(k) is None
                                         for k in range(i + 1, min(len(view.tokens), i + 1 + FIELD_REACH)))


# "هاجم X سياسة الحكومة / قرار المحكمة / مواقف الحزب": what is attacked in words
ATTACKED_IN_WORDS = _n("سياسة سياسات السياسة قرار قرارات القرار موقف مواقف الموقف تصريحات دعوة دعوات "
                       "خطة الخطة نهج أداء إدارة الإدارة حكومة الحكومة")


_ON_WORDS = _n("على")
# "هجوم الإعلام على أمريكا"، "هجوم وسائل الإعلام على الحكومة": the press attacks in words
MEDIA_ATTACKERS = _n("الإعلام الاعلام وسائل الصحافة الصحف الإعلاميين")


#: how far after the body of the post the holder attacking in words may be named (past a second
#: post: "هاجم رئيس حركة X عضو الأمانة العامة لقوى Y سامي Z")
HOLDER_REACH = 7


def _attack_in_words(view, i, etype, kind, stem):
    """"هاجم الرئيس X حزب Y واتهمه بدعم الإرهاب"، "شن X هجوما لاذعا على الحكومة": criticism,
    no armed attack. A named person doing the attacking (armed attackers are named by their
    group: "هاجم مسلحون من X"), a harsh-words adjective after the noun, or words of
    criticism in the clause tell it."""
    if etype != "Attack":
        return False
    toks = view.tokens
    if stem in ATTACK_NOUNS:
        return any(view.has(k, HARSH_WORDS) for k in range(i + 1, min(len(toks), i + 3))) \
            or view.has(i + 1, MEDIA_ATTACKERS) \
            or (view.has(i + 1, _ON_WORDS) and view.has(i + 2, ATTACKED_IN_WORDS))   # "الهجوم على إدارة X"
    if stem not in ATTACK_VERBS:
        return False
    subject = view.next_slot(i + 1, max_gap=2) or view.prev_slot(i, max_gap=1)
    if subject is not None and subject.entity.type == "Person":
        return True
    if subject is not None and subject.i > i and view.has(i + 1, POST_WORDS) \
            and view.next_slot(subject.j, types=("Person",), max_gap=HOLDER_REACH) is not None:
        return True     # "هاجم رئيس حركة X سامي Y من يضعون العراقيل": the post's holder, a person
    before = view.prev_slot(i, max_gap=0)
    if before is not None and before.entity.type == "Person" and view.has(i + 1, ATTACKED_IN_WORDS):
        return True     # "الوزير X هاجم سياسة ألمانيا" (the object's country is no subject)
    c = view.clause_of[i]
    return any(view.has(k, CRITICISM_WORDS) for k in range(i + 1, min(len(toks), i + 12))
               if view.clause_of[k] == c)


# "أوقفت القوات عمليات القصف"، "أوقف الدعم": to stop an activity is no arrest
STOPPERS = _n("أوقف أوقفت أوقفوا")
ACTIVITIES = _n("عمليات العمليات عملية العمل عمل القتال إطلاق اطلاق الدعم دعم المساعدات مساعدات "
                "التعاون تعاون الرحلات رحلات تصدير ضخ بث المفاوضات مفاوضات الهجوم هجومها هجومه "
                "القصف قصف الغارات غاراتها تقدمها تقدمه العمليات "
                # "أوقفت إيران تنفيذ مشاريع"، "أوقفت الوزارة تمويل المشروع": works and trade
                "تنفيذ التنفيذ مشروع مشاريع المشروع المشاريع تمويل التمويل إنتاج الإنتاج استيراد "
                "الاستيراد بيع البيع نشاط نشاطات أنشطة النشاط الأنشطة بناء البناء خدمة الخدمة "
                "خدمات الخدمات صرف التعامل تعامل "
                # "أوقف تقدم «داعش»"، "أوقفت زحف المسلحين": halting an advance
                "تقدم التقدم زحف الزحف")


# "مفاوضات على إيقاف القصف"، "طالبت بوقف الغارات": stopping the act, asked for or agreed on
STOPPING = _n("وقف لوقف بوقف ووقف إيقاف لإيقاف بإيقاف وإيقاف")
STOPPED_ACTS = ("Attack", "Strike", "MilitaryOperation")


def _stopping_the_act(view, i, etype, kind, stem):
    """"على إيقاف القصف"، "بوقف الغارات على المدينة": an act named as what is to stop is no
    new act (the act right after the noun of stopping)."""
    return etype in STOPPED_ACTS and kind != "verb" and i > 0 and view.has(i - 1, STOPPING) \
        and view.at.get(i - 1) is None


def _stopped_an_activity(view, i, etype, kind, stem):
    """"أوقفت القوات العراقية عمليات القصف جزئيا": stopping an activity (named right after the
    verb, or after its named subject) is no arrest."""
    if stem not in STOPPERS:
        return False
    k = i + 1
    s = view.slot_starting(k)
    if s is not None:
        k = s.j
    return view.has(k, ACTIVITIES)


def _battle_not_launched(view, i, etype, kind, stem):
    """"قُتل في معارك"، "المعارك العنيفة": a battle is an operation only when launched."""
    return stem in BATTLES and not _launched(view, i)


def _no_operation(view, i, etype, kind, stem):
    """"عملية جراحية"، "عملية السلام": no military operation (and no bound on the words of
    the trigger before it)."""
    return etype == "MilitaryOperation" and not operation_name(view, i, "")[0] \
        and not suicide_operation(view, i, etype)     # "": the name unread; a suicide operation is an attack


# "العملية السياسية"، "عملية جراحية": a process or a procedure named by its adjective
CIVIL_PROCESSES = _n("السياسية سياسية السلمية سلمية الانتخابية انتخابية الجراحية جراحية التجميلية تجميلية "
                     "التعليمية تعليمية الديمقراطية التفاوضية الانتقالية الاقتصادية التنموية الإصلاحية "
                     "الحسابية التصويت الاقتراع البيع الشراء")


def _civil_process(view, i, etype, kind, stem):
    """"انسداد العملية السياسية"، "عملية جراحية": an operation whose adjective makes it a civil
    process or a surgery is no military operation (for the models too: a SENSE_FILTER)."""
    return etype == "MilitaryOperation" and i + 1 < len(view.tokens) and view.has(i + 1, CIVIL_PROCESSES)


RECEPTIONS = _n("استقبال استقباله استقبالها")
_RECEIVED = _n("وفد وفدا أهالي ممثلي ممثلين سفير سفراء")


def _reception_of_no_one(view, i, etype, kind, stem):
    """"في استقبال أول فوج من الحجاج"، "باستقبالها لهذه القضايا": receiving is a meeting only
    of a person or a delegation named right after it."""
    if stem not in RECEPTIONS:
        return False
    posts = _RECEIVED if _welcoming(view, i) else _RECEIVED | _RECEPTION_POSTS
    return not any(view.slot_starting(k) is not None and view.slot_starting(k).entity.type == "Person"
                   or view.has(k, posts) for k in range(i + 1, min(len(view.tokens), i + 3)))


def _welcoming(view, i):
    """"وكان في استقبال نائب الملك لدى وصوله مطار X الأمير Y": the party welcoming an arrival."""
    return i > 0 and view.tokens[i - 1].norm == "في"


# a post or an honorific opening the host or the guest right after the noun: "لدى استقبال مدير فرع
# معهد X صالح Y"، "خلال استقبال ولي ولي العهد في قصر X وزير الدولة Y"
_RECEPTION_POSTS = _n("مدير ولي وزير نائب رئيس أمير سموه معاليه فخامته")


RECEIVING = _n("استقبل استقبلت")


def _host_of_honour(view, i):
    """"استقبل معالي المستشار في الديوان الملكي المشرف العام على مركز X الدكتور Y اليوم ...": a
    person's honorific right after the verb and his name after his posts, before where and when
    (the host named, however long his posts; not "استقبل سمو أمير المنطقة في مكتبه أمس أبناء
    الشيخ Y": Y is named after the setting)."""
    from kg.events.agents import HONORIFIC_REACH, HONORIFICS, HOST_NAME_ENDS
    return i + 1 < len(view.tokens) and view.has(i + 1, HONORIFICS) and view.next_slot(
        i + 1, types=("Person",), max_gap=HONORIFIC_REACH, stop=HOST_NAME_ENDS) is not None


def _received_no_one(view, i, etype, kind, stem):
    """"استقبل المستشفى جثامين تسعة مدنيين": receiving is a meeting only of someone named (a
    person or a body, or a delegation) in the words after the verb."""
    if stem not in RECEIVING:
        return False
    if _host_of_honour(view, i):
        return False
    for k in range(i + 1, min(len(view.tokens), i + 9)):
        if view.clause_of[k] != view.clause_of[i] or (
                view.tokens[k].text in _CLAUSE_MARKS and view.has(k + 1, _NEXT_CLAUSE)):
            return True     # (the body of the next clause is none: "واستقبل مئات المقاتلين، ثم انشق التنظيم")
        s = view.slot_starting(k)
        if s is not None and s.entity.type in ("Person", "Organization") or view.has(k, _RECEIVED | _GUEST_POSTS):
            return False
    return True


# (its own name: _COMMAS above, commas alone, serves the counted objects' rules)
_CLAUSE_MARKS = frozenset("،,؛;")
# after a comma, the words that open the next clause
_NEXT_CLAUSE = _n("ثم بينما فيما كما حيث قبل بعد")


# "استقبلت الأسرة العزاء في فقيدها"، "يستقبل التهاني": condolences and greetings received
CONDOLENCES = _n("العزاء عزاء التعازي تعازي المعزين المعزون التهاني تهاني المهنئين")


def _condolences_received(view, i, etype, kind, stem):
    """"استقبلت أسرة X العزاء في فقيدها": receiving condolences or greetings is no meeting."""
    return stem in RECEIVING and any(view.has(k, CONDOLENCES) for k in range(i + 1, min(len(view.tokens), i + 5)))


# "في صفي"، "إلى صفه": a rank or a side (صف), which the verb صفّى (liquidated) is spelt as once
# normalised: after a preposition it is the noun
_RANK_FORMS = _n("صفي صفه صفها صفهم صفنا")
_BEFORE_RANK = _n("في إلى الى من عن داخل")


def _rank_not_liquidation(view, i, etype, kind, stem):
    """"أن أجعل البرلمان في صفي": a side, no killing."""
    return view.has(i, _RANK_FORMS) and i > 0 and view.has(i - 1, _BEFORE_RANK)


# "طعن المحامي في الحكم"، "طعنت الحكومة على القرار"، "يطعن بعدم دستورية": طعن appeals against
# something after في / على / بـ; a stabbing takes its victim as a direct object
_APPEALED = _n("في فى على علي أمام امام لدى")
_STABS = _n(STAB_WORDS)
_WHERE_STABBED = _n("منزل منزله منزلها منزلهم بيت بيته بيتها الشارع شارع حافلة الحافلة سوق السوق "
                    "محطة المحطة مستوطنة متجر مطعم مدرسة رقبته صدره ظهره بطنه عنقه رأسه")
# what one appeals against or questions, told with بـ: "يطعن بعدم دستورية"، "طعن بكل أحاديثه"،
# "طعنت بصحة الوثائق"، "بشرعية الانتخابات"
_APPEALED_WITH_BI = tuple(sorted(_n("بعدم ببطلان بالحكم بالقرار بكل بصحة بشرعية بنزاهة بدستورية بنتائج "
                                     "بنتيجة بمصداقية")))
#: how far after the verb what is appealed against may stand (past the one appealing: "طعنت
#: هيئة الدفاع عن المتهمين في الحكم")
_APPEAL_REACH = 7


# rulings and decisions one appeals against, before the relative of the appeal
_RULINGS = _n("الحكم الأحكام الاحكام القرار القرارات قرار حكم أحكام احكام النتائج نتائج الدعوى")
_WHICH_APPEALED = _n("التي الذي اللذين اللتين")


def _appeal_not_stabbing(view, i, etype, kind, stem):
    """"طعنت هيئة الدفاع في الحكم": an appeal, no stabbing; nor the noun الطعن."""
    toks = view.tokens
    if etype != "Attack" or not (view.has(i, _STABS) or toks[i].norm.endswith("الطعن")):
        return False
    if toks[i].norm.endswith("الطعن"):
        return True     # "الطعن في الحكم"، "بالسلاح الأبيض والطعن": the noun, an appeal as often as not
    if i > 1 and view.has(i - 1, _WHICH_APPEALED) and view.has(i - 2, _RULINGS):
        return True     # "الأحكام التي طعنت بها النيابة": a ruling appealed against
    for k in range(i + 1, min(len(toks) - 1, i + 1 + _APPEAL_REACH)):
        if not toks[k].norm.isalnum():
            return False
        if toks[k].norm.startswith(_APPEALED_WITH_BI):
            return True
        if view.has(k, _APPEALED) and view.at.get(k) is None:   # (past the one appealing)
            # what is appealed against, not where one was stabbed (في الخليل، في منزله)
            return view.at.get(k + 1) is None and not view.has(k + 1, PLACE_HEADS) \
                and not view.has(k + 1, _WHERE_STABBED)
    return False


# "ووصفت الوزارة الهجوم بأنه ..."، "وصفت X بالإرهابية": the verb وصف (describe), which و + صفّى
# (and liquidated) is spelt as
_DESCRIBED = _n("وصفت وصف وصفه وصفها وصفهم وصفوا ووصفت ووصف")


def _described_not_liquidated(view, i, etype, kind, stem):
    """"وصفت المنظمة الهجوم بالجبان": described, no killing; وصفّت is told with its victims
    after a word of killing, which this reading leaves to the other triggers."""
    return etype == "Killing" and view.tokens[i].norm in _DESCRIBED


# "استقبل في مكتبه، أمس، المبعوث الأممي X": a guest named by his post past where and when
_GUEST_POSTS = _n("المبعوث مبعوث السفير السفيرة سفير وزير وزيرة الوزير رئيس الرئيس نائب الأمين")


EXPLOSIONS = _n("انفجار انفجارا الانفجار انفجارات انفجرت انفجر انفجرتا")
# "انفجار عبوة/سيارة مفخخة/انتحاري"، "وقع انفجار في مسجد": what makes an explosion an attack
BOMBS = _n("عبوة عبوات ناسفة مفخخة مفخخات انتحاري انتحارية حزام قنبلة قنابل لغم ألغام إرهابي "
           "إرهابية الإرهابي الإرهابية هجوم الهجوم تفجير التفجير مسجد كنيسة سوق حافلة دورية "
           "موكب فندق")


def _explosion_no_bombing(view, i, etype, kind, stem):
    """"انفجار خزان غاز"، "الإصابات الناتجة عن الانفجار": an explosion is an attack only
    with a bomb, a target people gather at, or terror told in the sentence."""
    return stem in EXPLOSIONS and not view.positions(BOMBS)



def _held_no_one_named(view, i, etype, kind, stem):
    """"المعتقل" alone is a prisoner, "المعتقلين" a count: a holding is told only of a person
    named right before the participle ("الوزير X المحتجز في ...")."""
    if stem not in HELD:
        return False
    s = view.at.get(i - 1)
    return s is None or s.entity.type != "Person" or s.j != i


# a trigger reading for which one of these holds is no event
TRIGGER_FILTERS = (_reception_of_no_one, _received_no_one, _explosion_no_bombing, _eliminates_no_one, _eliminates_a_thing, _aim_not_act, _planned, _discussed_with_no_one, _discussed_in_a_meeting, _battle_not_launched,
                   _no_operation, _attack_in_words, _stopped_an_activity, _stopping_the_act, _held_no_one_named,
                   _negated, _refused, _only_threatened, _warrant_only, unrealised_object_form, match_not_meeting,
                   sport_not_attack, act_only_referred_to, repelled_attack_of_them, seized_no_one, died_by_mishap, killed_by_nature, quoting_not_martyrdom,
                   call_not_meeting, interview_not_meeting, visit_still_to_come, top_not_summit, _condolences_received, _rank_not_liquidation,
                   _place_of_detention, _called_for, gathering_aimed_at, price_not_meeting,
                   families_not_captured, _blow_in_words, _beaten_not_struck, _blow_of_a_kind, _field_entered, hoped_for,
                   act_still_to_come, conditional, ruled_not_killed, killed_oneself,
                   spent_time_not_killed, _civil_process, _ambush_of_an_arrest, animals_not_people,
                   _described_not_liquidated, _appeal_not_stabbing)
# a trigger reading for which one of these holds makes no event, but still ends the reach of
# the triggers before it (kg.events.sentence): "قتل جنديان في تفجير ...، ويأتي الهجوم غداة غارات
# على مواقع X شمالي العراق": the act told before, placed in time against another
TOLD_BEFORE_FILTERS = (act_placed_in_time,)
# the filters that read a word's sense: the learned stage makes no event of a word one of
# them rejects (a battle no one launched, "قتل X في معارك متفرقة", is fighting, no operation;
# an act planned, "كانوا يخططون لتفجير سيارات", has not happened, for the models too). Every
# trigger filter but whether an operation was named (_no_operation), an offensive the rules
# read as an operation by retyping it, and the acts told before: a filter added to
# TRIGGER_FILTERS binds the models too
SENSE_FILTERS = tuple(f for f in TRIGGER_FILTERS if f is not _no_operation) \
    + (offensive_read_as_operation,) + TOLD_BEFORE_FILTERS


def _attack_by_air_weapon(view, i, etype, kind):
    """"هجوم بطائرة مسيرة"، "لهجوم بصاروخ باليستي": a drone or missile strike."""
    toks = view.tokens
    return etype == "Attack" and kind == "noun" and i + 1 < len(toks) and any(
        c.endswith("ب") and st in AIR_WEAPONS for c, st in strip_clitics(toks[i + 1].norm))


_WARPLANES = _n("طائرة طائرات مقاتلة مقاتلات مروحية مروحيات مسيرة مسيرات صواريخ صاروخ مدفعية")


def _attack_by_warplane(view, i, etype, kind):
    """"هاجمت طائرة حربية مخابئ ..."، "وهاجمت مقاتلات ...": an aircraft attacking strikes."""
    return etype == "Attack" and kind == "verb" and i + 1 < len(view.tokens) and view.has(i + 1, _WARPLANES)


# (condition, the type it gives): a trigger's type read from the words after it
TRIGGER_RETYPES = ((_attack_by_air_weapon, "Strike"), (_attack_by_warplane, "Strike"), (attempted_killing, "Attack"),
                   (suicide_operation, "Attack"),
                   (offensive_to_take_ground, "MilitaryOperation"))

MASDAR_AFTER = _n("من عن على في بعد قبل إلى الى خلال أثناء اثناء")
_SUFFERED = ("Killing", "Arrest")


def _verb_letters_after_preposition(view, i, etype, kind):
    """"تمكنت من قتل X"، "بعد اعتقل ..." : after a preposition the letters of a verb are its
    verbal noun, whose genitive is what it fell on (a killing, an arrest) or who did it."""
    if kind != "verb" or i == 0 or not view.has(i - 1, MASDAR_AFTER) or view.at.get(i - 1) is not None:
        return None
    return "noun-patient" if etype in _SUFFERED else "noun"


# words read as a verbal noun that are also a past verb: قصف
VERB_OR_NOUN = _n("قصف")


def _verb_after_its_subject(view, i, etype, kind):
    """"الجيش الكيني قصف مخازن X"، "، قصف الطيران الحربي مخازن السلاح": قصف right after a named
    actor, or opening a clause, is the verb."""
    t = view.tokens[i].norm
    if kind != "noun" or not (t in VERB_OR_NOUN or t[:1] in "وف" and t[1:] in VERB_OR_NOUN):
        return None       # "بقصف"، "القصف" are nouns
    if i == 0:
        # "قصف الطيران الحربي ريف إدلب": opening the sentence, before a named or definite striker
        return "verb" if len(view.tokens) > 1 and (view.slot_starting(1) is not None
                                                   or view.has(1, STRIKERS)) else None
    s = view.at.get(i - 1)
    if s is not None and s.j == i and s.entity.type in ("Organization", "Place") and not s.clitic:
        return "verb"
    if (view.clause_of[i - 1] != view.clause_of[i] or not view.tokens[i - 1].norm.isalnum()) \
            and i + 1 < len(view.tokens) and (view.slot_starting(i + 1) is not None
                                              or view.has(i + 1, STRIKERS)):
        return "verb"     # "، قصف الطيران الحربي ..." (not "بإسناد مدفعي وقصف جوي")
    return None


STRIKERS = _n("طيران الطيران طائرات مقاتلات قوات الجيش مدفعية المدفعية")


# conditions giving a trigger another kind (None: it keeps its own)
TRIGGER_REKINDS = (_verb_letters_after_preposition, _verb_after_its_subject)


# "شنت مقاتلات X عشرات الغارات"، "نفذ سلسلة من الغارات": strikes counted are new ones, though
# named with the article (which otherwise mostly refers back to strikes told before)
DEFINITE_STRIKES = _n("الغارات الضربات الغارة الضربة")
STRIKE_COUNTS = _n("عشرات مئات آلاف عددا عدد سلسلة موجة موجات")
_OF = _n("من")


def _counted_strike_triggers(view):
    """"عشرات الغارات"، "سلسلة من الغارات"، "عددا من الضربات": strikes (a noun, its genitive
    or the subject of the verb before it the one striking)."""
    out = []
    for i in view.positions(DEFINITE_STRIKES):
        if view.at.get(i) is not None or i == 0:
            continue
        k = i - 2 if view.has(i - 1, _OF) and i > 1 else i - 1
        if view.has(k, STRIKE_COUNTS) and view.at.get(k) is None:
            out.append((i, "Strike", "noun"))
    return out


# "أسفرت الغارات التي شنتها طائرات X على Y عن ...": strikes named with the article and told by
# a relative clause of their launching are told here (the relative, then the verb with the
# pronoun of the strikes)
_WHICH = _n("التي الذي")
LAUNCHED_THEM = _n("شنها شنتها شنوها نفذها نفذتها نفذوها أطلقها أطلقتها شنه شنته نفذه نفذته "
                   # the imperfect: "الغارات التي يشنها التحالف على مواقع التنظيم"
                   "يشنها تشنها يشنونها ينفذها تنفذها ينفذونها")


def _past_strike_adjectives(view, i):
    """The index after the strikes' noun at ``i`` and its kind's or its state's adjectives
    ("الضربات الجوية"، "الغارات الجوية التركية": two at most)."""
    j = i + 1
    while j < i + 3 and view.at.get(j) is None and (
            view.has(j, STRIKE_KINDS) or _state_of_adjective(view, j) is not None):
        j += 1
    return j


def _described_strike_triggers(view):
    """"الغارات التي شنتها طائرات التحالف على مدينة X"، "الضربات الجوية التي شنها الجيش":
    strikes (the subject of the relative verb the one striking)."""
    out = []
    for i in view.positions(DEFINITE_STRIKES):
        j = _past_strike_adjectives(view, i)
        if view.at.get(i) is None and view.has(j, _WHICH) and view.has(j + 1, LAUNCHED_THEM):
            out.append((i, "Strike", "noun"))
    return out


# "خلال أسبوعين من الغارات الجوية التركية"، "قتلوا في الغارات الروسية": strikes named with the
# article and their state's adjective (past a word of their kind) are told by whom they are


def _state_named_strike_triggers(view):
    """"الغارات الجوية التركية"، "الضربات الروسية", in an article that names the state:
    strikes (``aircraft.state_of_the_strikes`` gives the state), unless a filter reads them
    as none ("وقف الغارات الروسية")."""
    out = []
    for i in view.positions(DEFINITE_STRIKES):
        if view.at.get(i) is not None:
            continue
        m = i + 1 if view.has(i + 1, STRIKE_KINDS) and view.at.get(i + 1) is None else i
        if _state_of_adjective(view, m + 1) is not None and \
                not any(f(view, i, "Strike", "noun", None) for f in TRIGGER_FILTERS):
            out.append((i, "Strike", "noun"))
    return out


# placed under (وضعا تحت، وُضع قيد) custody or detention: the definite noun of holding is an
# arrest only after a verb of placing and تحت/قيد/رهن
UNDER = _n("تحت قيد رهن")
PLACED = _n("وضع وضعا وضعوا وضعت يوضع توضع أودع أودعا أودعوا")
_HOLDING = _n("الاعتقال الاحتجاز")


def _placed_under_triggers(view):
    return [(i, "Arrest", "noun-patient") for i in view.positions(_HOLDING)
            if i > 1 and view.has(i - 1, UNDER) and view.has(i - 2, PLACED) and view.at.get(i) is None]


# triggers told by a phrase, each in the module of its family (a word already read as a
# trigger keeps its first reading)
PHRASE_TRIGGERS = (aircraft_triggers, seizing_triggers, arrest_wave_triggers, toppling_triggers, tour_triggers,
                   slaughter_triggers, aiming_triggers, settling_triggers, inspection_triggers, inflicted_dead_triggers,
                   round_of_talks_triggers, kidnapping_triggers, shot_dead_triggers, overrunning_triggers,
                   led_away_triggers, _state_named_strike_triggers, joint_conference_triggers)


# the triggers found by words other than the trigger words, in the order they are added
WORD_FINDERS = (_weapon_triggers, _fire_triggers, _death_triggers, _blast_triggers, _placed_under_triggers,
                _counted_strike_triggers, _described_strike_triggers)


def find_triggers(view):
    """The triggers of a sentence, in order: (token index, event type, kind)."""
    triggers = []
    for i in view.positions(_TRIGGER_WORDS):
        if view.at.get(i) is not None:
            continue
        (etype, kind), stem = _trigger(view, i)
        if any(f(view, i, etype, kind, stem) for f in TRIGGER_FILTERS):
            continue
        for cond, new_type in TRIGGER_RETYPES:
            if cond(view, i, etype, kind):
                etype = new_type
        for rekind in TRIGGER_REKINDS:
            kind = rekind(view, i, etype, kind) or kind
        if etype is not None:
            triggers.append((i, etype, kind))
    for finder in applicable(gated(WORD_FINDERS), view):     # those with cue words here (kg.gates)
        triggers.extend(finder(view))
    told = {t[0] for t in triggers}
    for phrase_triggers in applicable(gated(PHRASE_TRIGGERS), view):
        triggers.extend(t for t in phrase_triggers(view) if t[0] not in told)
    triggers.sort(key=lambda t: t[0])
    return triggers


def trigger_scope(view, i, later):
    """Where the words of the trigger at ``i`` end: at the next trigger (``later``, the
    indices of the triggers after it), at a plan ("بتهمة التخطيط لهجمات ضد X": what the plan
    aims at is not the act's) or at the end of its clause, whichever is first."""
    scope_end = later[0] if later else len(view.tokens)
    if not view.has_any(_PLANS):
        # the end of the clause (clause_of never decreases): a bisection instead of a walk
        return bisect_right(view.clause_of, view.clause_of[i], i + 1, scope_end) if i + 1 < scope_end else i + 1
    k = i + 1
    while k < scope_end and view.clause_of[k] == view.clause_of[i] and not view.has(k, _PLANS):
        k += 1
    return k


def operation_name(view, i, text):
    """(is it an operation, its quoted name or None): "عملية "عين الصقر""، "عملية عسكرية"،
    "عملية أطلقها الجيش"، "حملة ضد تنظيم X" are operations; "عملية جراحية" is none."""
    toks = view.tokens
    name, _ = _quoted_name(view, i, text)
    if view.has(i, OFFENSIVES):
        return True, name     # retyped: an offensive to take ground (kg.events.operations)
    if view.has(i, BATTLES):
        return _launched(view, i), name
    if (name is None or view.has(i, CAMPAIGNS)) and not (i + 1 < len(toks) and (
            toks[i + 1].norm in MILITARY_WORDS or view.has(i + 1, AGENT_MARKERS))) \
            and not _against_armed(view, i) and not launched_by_a_force(view, i) and not led_by_a_force(view, i) \
            and not _launched_to_take(view, i) and not (name is not None and _warlike(view)):
        # (a campaign named in quotes with no word of war in its sentence raises awareness:
        # "حملة «معا ضد الإرهاب»"، "حملة «عيدنا مع رجال النظافة»")
        return False, None
    return True, name


CAMPAIGNS = _n("حملة الحملة حملات")
_WAR_WORDS = MILITARY_WORDS | _n("قصف غارات غارة قتال معارك هجوم هجمات مسلحين مسلحي المتمردين متمردي "
                                 "قتل قتلى مقتل الصيفية")
_ARMED = frozenset(["ArmedForce", "ArmedGroup"])


def _warlike(view) -> bool:
    """Does the sentence speak of war: a word of it, or an armed force or group named?"""
    return bool(view.positions(_WAR_WORDS)) or any(s.entity.subtype in _ARMED for s in view.slots)


BATTLES = _n("معركة معارك المعركة")
_SINCE_WORDS = _n("منذ")   # "منذ بدء المعركة": a time, not a battle told
LAUNCHING = _n("بدء بدأ بدأت إطلاق اطلاق أطلق أطلقت استئناف استأنف استأنفت شن شنت خوض خاض خاضت انطلاق")


def _launched(view, i):
    """"بدء معارك في ريف إدلب"، "استئناف معركة استعادة الموصل": a battle is an operation only
    when it is launched or resumed (not "قُتل في معارك")."""
    return i > 0 and view.has(i - 1, LAUNCHING) and not (i > 1 and view.has(i - 2, _SINCE_WORDS))


_AGAINST = _n("ضد")


def _launched_to_take(view, i):
    """"أعلنت القيادة انطلاق عملية تحرير مدينة X"، "بدء عملية استعادة X": an operation launched
    (a launching noun before it) and named for the place it is to take (a liberation word
    right after it)."""
    return _launched(view, i) and view.has(i + 1, LIBERATION_WORDS) and view.at.get(i + 1) is None


def _against_armed(view, i):
    """"حملة ضد جماعة بوكو حرام"، "عملية عسكرية ضد حركة الشباب": a campaign against a named group
    or forces (not "حملة ضد الفساد")."""
    for k in (i + 1, i + 2):
        if view.has(k, _AGAINST) and view.at.get(k) is None:
            s = view.next_slot(k + 1, types=("Organization",), max_gap=1)
            return s is not None
    return False


# "استشهد X": its subject was killed, like a passive
MARTYRED = _n("استشهد استشهدت استشهدوا استشهدا اغتيل اغتيلت اغتيلوا")
# "X المحتجز/المعتقل ...": held, an arrest only of a person named right before
HELD = _n("المحتجز المحتجزة المعتقل المعتقلة")


# the past forms of قتل whose passive is written alike (قُتل، قُتلت)
_PAST_KILLED = _n("قتل قتلت قتلوا")
# posts whose holder, named after them, is the one a killing verb before the means fell on
KILLED_POSTS = _n("قائد زعيم رئيس أمير مسؤول نائب القيادي قيادي القائد الزعيم")
# where a means is told after the one killed: "في غارة"، "بقصف"، "جراء انفجار"، "إثر هجوم"
_MEANS_INTRO = _n("في جراء إثر اثر خلال")
# an adverb between the verb and the one killed
_ALSO = _n("أيضا ايضا أيضاً ايضاً كذلك")


def _person_killed_by_means(view, i):
    """"قتل X القيادي في جماعة Y، أمس، في غارة للتحالف": an unvocalised killing verb whose
    subject right after it is a named person and whose clause goes on to the means (في/جراء
    غارة، بقصف، برصاص) tells that X was killed (an army, a state or a group kills; a person
    named before the means is its victim)."""
    toks = view.tokens
    if not view.has(i, _PAST_KILLED) or _passive(toks[i].text):
        return False
    if i + 2 < len(toks) and view.has(i + 1, _ALSO):
        i += 1            # "فقد قتل أيضا X المسؤول الأمني لـ ... في مواجهة": past the adverb
    s = view.slot_starting(i + 1)
    reach = 14
    if s is None and view.has(i + 1, KILLED_POSTS):
        # "قتل قائد فيلق X، اللواء Y، ونائب ...، في ضربة": a post held, its holder after
        s = view.slot_starting(i + 2)
        reach = 24
        if s is None or s.entity.type == "Place":
            return False
    elif s is None or s.entity.type != "Person" or s.clitic or getattr(s.mention, "nominal", False):
        return False      # "يقتل قياديا ... بهجوم": a headline's present, a noun for the object
    elif s.j < len(toks) and toks[s.j].norm in _NO_OBJECT and not toks[i].norm.startswith(("ي", "ت")):
        return True       # "وقتل X في آذار 2011 في حمص": a person and no one he killed
    c = view.clause_of[i]
    for k in range(s.j, min(len(toks), s.j + reach)):
        if view.clause_of[k] != c:
            return False
        if view.at.get(k) is None and (view.has(k, _BY_FIRE) or (
                toks[k].norm[:1] == "ب" and view.has(k, MEANS_NOUNS)) or (
                view.has(k - 1, _MEANS_INTRO) and view.has(k, MEANS_NOUNS | _FIGHTING))):
            return True
    return False


# the fighting one is killed in ("قتل X المسؤول الأمني لـ Y في مواجهة مع ..."، "في اشتباكات")
_FIGHTING = _n("مواجهة مواجهات اشتباك اشتباكات معارك معركة")


_KILLED_HE = _n("قتل")
_COUNT_WORDS = _n("ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات اثنان اثنين")
_COUNTED = MEMBER_WORDS | _n("عنصرين جنديين جنديان جنود أشخاص شخصا مدنيين مدنيا رجال شرطيين شرطيا")


def _members_counted_after(view, i):
    """"قتل 3 عناصر من الجيش"، "وقتل خمسة جنود من الشرطة": the unvocalised قتل followed by a
    count of members or people: they were killed (قُتل), not the killers of someone else."""
    toks = view.tokens
    if i + 2 >= len(toks) or not view.has(i, _KILLED_HE):
        return False
    n = toks[i + 1].norm
    return (n.isdigit() or view.has(i + 1, _COUNT_WORDS)) and view.has(i + 2, _COUNTED)


# "قتل أحد منتسبي وزارة X وأصيب آخر بتفجير": one of a body's men, then no one he killed (the
# wounded beside him, a means, a time or a preposition): he was killed (قُتل), not the killer
_WOUNDED_BESIDE = _n("وأصيب واصيب وجرح وأصيب")


def _one_member_killed(view, i):
    """"كما قتل أحد منتسبي وزارة الداخلية وأصيب آخر بتفجير عبوة"، "فيما قتل أحد رجال
    المقاومة واصيب اثنان": the unvocalised قتل, أحد and a word for a body's men, the body,
    then the wounded, a means or a word that opens no object: the man was killed."""
    toks = view.tokens
    if i + 3 >= len(toks) or not view.has(i, _KILLED_HE):
        return False
    body = view.slot_starting(i + 3)
    if body is None or body.entity.type != "Organization" or body.j >= len(toks) \
            or not _one_of_its_men(view, body):
        return False
    k = body.j
    nxt = toks[k].norm
    return view.has(k, _WOUNDED_BESIDE) or nxt in _NO_OBJECT or (
        nxt[:1] == "ب" and (view.has(k, MEANS_NOUNS) or view.has(k, _BY_FIRE)))


# the unvocalised perfect of arresting whose subject, a person with nothing after him, was the
# one held: "واعتقل أحمد سالم في حلب أمس"، "وأوقف X في 27 مايو في فلوريدا" (اُعتقل، أُوقف)
_PAST_HELD = _n("اعتقل أوقف احتجز أسر اختطف خطف")
# and of executing: "وفي عام 1978 أعدم X بعد محاكمة عسكرية" (أُعدم: a state executes)
_PAST_EXECUTED = _n("أعدم")
# what after the person tells that no one follows as his object: a preposition, a time, a means
# (_NO_OBJECT), "بعد"/"عقب" (what came first), or the end of the clause
_AFTER_NO_OBJECT = _NO_OBJECT | _n("بعد عقب")


def _person_with_no_object(view, i, verbs):
    """An unvocalised verb of ``verbs``, a named person right after it, then a preposition, a
    time or the end of the clause (no one he acted on): he suffered it (a force or a state
    holds or executes someone; a person named with no object after him is the object of the
    passive)."""
    toks = view.tokens
    if not view.has(i, verbs) or _passive(toks[i].text):
        return False
    # "واعتقل شقيقه X": past a word of kinship before the name
    k = i + 2 if i + 1 < len(toks) and view.has(i + 1, KIN_BEFORE_NAME) and view.at.get(i + 1) is None else i + 1
    s = view.slot_starting(k)
    if s is None or s.entity.type != "Person" or s.clitic or getattr(s.mention, "nominal", False):
        return False
    j = view.past_aside(s.j, reach=ASIDE_REACH)
    return j < len(toks) and (toks[j].norm in _AFTER_NO_OBJECT or toks[j].text in ".،,")


# a word of kinship between the verb and the name: "اعتقل شقيقه X في 29 يونيو" (his brother X was held)
KIN_BEFORE_NAME = _n("شقيقه شقيقها شقيقته شقيقتها أخوه أخاه أخوها أخاها أخته أختها ابنه ابنها نجله نجلها "
                     "ابنته ابنتها زوجته زوجها والده والدها")
#: how long an aside in brackets after the name may be ("X (23 عاما)")
ASIDE_REACH = 6


def _person_held_with_no_object(view, i):
    """"واعتقل أحمد سالم في حلب أمس": he was held."""
    return _person_with_no_object(view, i, _PAST_HELD)


def _person_executed_with_no_object(view, i):
    """"وأعدم أحمد الزيات في سجن طرة": he was executed."""
    return _person_with_no_object(view, i, _PAST_EXECUTED)


def is_passive(view, i, kind):
    """قُتل، اعتُقل، تم + noun, or "X الذي قتل برصاص ...", "استشهد X": the verb's subject suffered it."""
    return kind == "verb" and (_passive(view.tokens[i].text) or _relative_passive(view, i)
                               or _killed_with_no_object(view, i) or _person_killed_by_means(view, i)
                               or _person_held_with_no_object(view, i) or _person_executed_with_no_object(view, i)
                               or _members_counted_after(view, i) or _one_member_killed(view, i)
                               or view.has(i, DEATHS) or died_in_violence(view, i)
                               or view.has(i, MARTYRED) or view.has(i, HELD))


def is_conjoined_verb(view, i, kind):
    """"... وقتلت": a verb glued to و/ف (and not itself a lexicon word) continues the one before."""
    t = view.tokens[i].norm
    if i > 0 and view.tokens[i - 1].norm in _RELATIVES:
        return False      # "الانتحاري الذي فجر نفسه": its subject is the one named before الذي
    return kind == "verb" and t[:1] in ("و", "ف") and not TRIGGERS.get(t) and t not in BLASTS_ITSELF
