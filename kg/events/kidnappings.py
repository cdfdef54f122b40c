"""Kidnappings: taking someone by force (خطف، اختطف) is told as an Arrest, its agent the
kidnappers and its target the one taken, as the evaluation sets annotate it.

``kidnapping_triggers``: a verb of kidnapping ("خطف مسلحون 23 عاملا"، "اختطف مجهولون
الصحافي X") or its verbal noun ("أقدم مجهولون على خطف مدرس"، "اختطاف الصحفي X") is an arrest
only when people are taken: a person named, a word for people or a count within a few words
after it in its clause. Not the figurative senses ("يخطف الأضواء"، "اختطفت قلوب المتابعين"،
"خطف لقب البطولة"، "اختطاف السلطة") nor the crime named in general ("جرائم الخطف والاغتيال":
the definite noun is not read). ``led_away_triggers``: leading people away to an unknown place
("واقتادت 14 شابا إلى جهة مجهولة") takes them too. The verbs with an object pronoun ("اختطفوه"، "خطفهم") are rows
of kg.events.pronoun_objects.
"""
from __future__ import annotations

from kg.events.arrests import PEOPLE_CAUGHT
from kg.events.grammar import _n

# the verbs, past and present ("خطف" after a preposition is its verbal noun: "على خطف")
KIDNAP_VERBS = _n("خطف خطفت خطفوا خطفا يخطف تخطف يخطفون اختطف اختطفت اختطفوا اختطفا يختطف تختطف يختطفون")
# the verbal noun of its own letters
KIDNAP_NOUNS = _n("اختطاف")
# before the letters of the verb, its verbal noun: "أقدموا على خطف"، "بعد خطف"، "تمكن من خطف"
_NOUN_BEFORE = _n("من عن على بعد قبل إلى الى خلال أثناء اثناء تم وتم جرى وجرى")
# who are taken: the people arrests take, and others kidnappers take
PEOPLE_TAKEN = PEOPLE_CAUGHT | _n(
    "عامل عاملا عاملين عمال العمال موظف موظفا موظفين الموظفين صحفي صحفيا صحفيين الصحفي صحافي صحافيا "
    "الصحافي صحافيين مدرس مدرسا مدرسين معلم معلما معلمين طبيب طبيبا أطباء مهندس مهندسا مهندسين جندي جنديا جنديين "
    "جنود الجنود شرطي شرطيا شرطيين مدني مدنيا مدنيين المدنيين طفل طفلا طفلين أطفال الأطفال طفلة "
    "رهينة رهائن الرهائن سائح سائحا سياح أجنبي أجنبيا أجانب تلميذ تلميذة تلاميذ تلميذات طالب طالبا "
    "طلاب طالبات فتاة فتاتين فتيات نساء امرأة امرأتين ناشط ناشطا ناشطين قاض قاضيا القاضي مسؤول "
    "مسؤولا مسؤولين صياد صيادا صيادين تاجر تاجرا تجار ركاب الركاب طاقم دبلوماسي دبلوماسيا "
    "دبلوماسيين ضابط ضابطا ضباط الضابط سائق سائقا رجل رجلين راهب راهبة راهبات كاهن مطران "
    "نائب نائبا زعيم زعيما شيخ شيخا مختار مواطنين مواطنة")
# a count of the ones taken, in words ("خطف مسلحون سبعة ..."); in digits any token of them
COUNT_WORDS = _n("اثنين اثنان ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر "
                 "عشرات العشرات")
# a person named is taken only in a sentence that tells of force or of captivity (not "وخطف
# اللاعب X الأضواء"، "القرد خطف حقيبتها في معبد Y": a person named after the verb may be its
# subject or no person at all); a word for people or a count needs none of these
FORCE_WORDS = _n("مسلح مسلحون مسلحين مسلحة مسلحان مجهول مجهولون مجهولين عصابة العصابة عصابات تنظيم التنظيم "
                 "جماعة الجماعة ميليشيا الميليشيا مليشيا ميليشيات مليشيات قوات فدية الفدية رهينة رهائن "
                 "الرهائن الإفراج الافراج سراح الخاطفين الخاطفون خاطفيه خاطفيها خاطفي مصير")
# what is "taken" in the figurative senses: the limelight, hearts, a title, a win, points
# ("وخطف اللاعب X بهدفه الأضواء"، "اختطفت قلوب المتابعين"، "خطف لقب البطولة")
FIGURATIVE_OBJECTS = _n("الأضواء الاضواء الأنظار الانظار الأنفاس الانفاس القلوب قلوب اللقب لقب الفوز فوزا "
                        "النصر الصدارة البطاقة بطاقة التعادل النقاط الميدالية الكأس السلطة الأغذية "
                        "نظرات الفرحة الإعجاب الاهتمام")
# how many words after the verb the ones taken may be named (past its subject, a time and a
# post: "اختطف مسلحون مجهولون، مساء الخميس، مدير إدارة الجوازات بوزارة الداخلية العقيد X")
REACH = 16
_COMMA = frozenset("،,")


def _people_taken(view, i):
    """Are people taken by the kidnapping at ``i``: a word for people or a count within
    ``REACH`` words after it, in its clause, or a person named there in a sentence of force,
    before any word of a figurative sense?"""
    toks = view.tokens
    c = view.clause_of[i]
    forced = bool(view.positions(FORCE_WORDS))
    for m in range(i + 1, min(len(toks), i + 1 + REACH)):
        if view.clause_of[m] != c or view.has(m, FIGURATIVE_OBJECTS):
            return False
        s = view.slot_starting(m)
        if s is not None and s.entity.type == "Person" and forced:
            return True
        if view.at.get(m) is None and (view.has(m, PEOPLE_TAKEN) or view.has(m, COUNT_WORDS)
                                       or toks[m].norm.isdigit()):
            return True
    return False


def kidnapping_triggers(view):
    """"خطف مسلحون 23 عاملا"، "على خطف مدرس"، "اختطاف الصحافي X": arrests (the verb, or a
    noun whose genitive is the one taken)."""
    out = []
    toks = view.tokens
    for i in view.positions(KIDNAP_VERBS):
        if view.at.get(i) is not None or not _people_taken(view, i):
            continue
        noun = (i > 0 and view.has(i - 1, _NOUN_BEFORE)) or toks[i].norm[:1] in "بل"
        out.append((i, "Arrest", "noun-patient" if noun else "verb"))
    for i in view.positions(KIDNAP_NOUNS):
        if view.at.get(i) is None and _people_taken(view, i):
            out.append((i, "Arrest", "noun-patient"))
    return out


# led away to an unknown place: taken ("واقتادت 14 شابا إلى جهة مجهولة"، "واقتادوه إلى مكان
# غير معلوم"); led elsewhere it is no arrest ("اقتاد الفريق إلى الفوز")
LED_AWAY = _n("اقتاد اقتادت اقتادوا اقتاده اقتادته اقتادوه اقتادهم اقتادتهم اقتادوهم اقتادها اقتادوها")
UNKNOWN_PLACES = _n("مجهولة مجهول معلومة معلوم")
_PLACE_WORDS = _n("جهة مكان")
LED_REACH = 8


def led_away_triggers(view):
    """"واقتادت 14 شابا إلى جهة مجهولة": an arrest (or a kidnapping), a verb."""
    out = []
    toks = view.tokens
    for i in view.positions(LED_AWAY):
        if view.at.get(i) is None and any(
                view.has(k, _PLACE_WORDS) and (view.has(k + 1, UNKNOWN_PLACES) or view.has(k + 2, UNKNOWN_PLACES))
                for k in range(i + 1, min(len(toks) - 1, i + 1 + LED_REACH))):
            out.append((i, "Arrest", "verb"))
    return out
