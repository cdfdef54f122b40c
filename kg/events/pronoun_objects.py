"""Act verbs with the pronoun of the one they fell on: "قبل أن تعتقله قوات النظام"، "عندما
اغتاله مسلحون"، "قبل أن يقتله قناص".

``with_object_pronouns`` makes the forms of a row of verbs with an object pronoun (اعتقلت ->
اعتقلته، اعتقلتها؛ قتلوا -> قتلوه، قتلوهم); kg.events.triggers reads them as the verbs they
are built on. ``one_referred_to`` (a target rule) gives the person a singular pronoun refers
to: the last person named before the verb in its sentence.
"""
from __future__ import annotations

from kg.events.grammar import FIGHTERS, _n
from kg.events.reading import rule

# the act verbs that take an object pronoun here (not أسر: "أسره" is written as أسرة, family)
OBJECT_VERBS = (
    # "استوقفوا سيارة تقل أربعة جنود وأعدموهم": executing, as the LEXICON's أعدم
    ("قتل قتلت قتلوا يقتل تقتل يقتلون اغتال اغتالت اغتالوا يغتال تغتال أعدم أعدمت أعدموا", "Killing"),
    # (not أوقف: "أوقفه عن الكتابة"، "فأوقفها" a car, are no arrests)
    ("اعتقل اعتقلت اعتقلوا يعتقل تعتقل احتجز احتجزت احتجزوا", "Arrest"),
    ("هاجم هاجمت هاجموا يهاجم تهاجم", "Attack"),
    # kidnapping is told as an arrest (kg.events.kidnappings): "قبل أن يختطفوه"، "خطفهم"
    ("خطف خطفت خطفوا اختطف اختطفت اختطفوا يختطف تختطف", "Arrest"),
)
# the object pronouns: him, her, them, them two
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
# the singular ones, which refer to a person named before
SINGULAR = ("ه", "ها")
# how far before the verb the person it refers to may be named
REFERENCE_REACH = 20
# someone else named between, by kinship or by a word for a person: the pronoun is his
# ("داهموا بيتا لتوقيف X ففتحوا النار على والده فقتلوه": the father)
OTHERS = _n("والد والده والدة والدته ابن ابنه ابنها ابنة ابنته نجل نجله شقيق شقيقه شقيقها شقيقة "
            "شقيقته زوج زوجها زوجة زوجته أخ أخاه أخيه أخوه عم عمه خال خاله رجل رجلا شاب شابا "
            "طفل طفلا مواطن مواطنا جندي جنديا شرطي شرطيا حارس حارسه مرافقه سائقه")


def with_object_pronouns(words: str) -> str:
    """The verbs of ``words`` with each object pronoun ("قتلوا" drops its alef: قتلوه)."""
    out = []
    for w in words.split():
        stem = w[:-1] if w.endswith("وا") else w
        out.extend(stem + p for p in OBJECT_PRONOUNS)
    return " ".join(out)


# the lexicon rows of the verbs with their object pronouns (kg.events.triggers.LEXICON)
OBJECT_VERB_ROWS = tuple((with_object_pronouns(words), etype, "verb") for words, etype in OBJECT_VERBS)
# "أطلقوا النار عليه وأردوه قتيلا": shooting dead, with the pronoun written out (أردى + ه →
# أرداه); a trigger only with قتيلا after it (kg.events.deaths.shot_dead_triggers)
SHOT_DEAD_OBJECT_FORMS = ("أرداه أرداها أرداهم أرداهما أردته أردتها أردتهم أردتهما أردوه أردوها أردوهم "
                          "أردوهما يرديه يرديها يرديهم ترديه ترديها ترديهم")
OBJECT_FORMS = _n(" ".join(words for words, _, _ in OBJECT_VERB_ROWS) + " " + SHOT_DEAD_OBJECT_FORMS)


def _object_pronoun(view, i, forms):
    t = view.tokens[i].norm
    return view.has(i, forms) and t.endswith(SINGULAR) and not t.endswith(("هم", "هما"))


@rule("one the object pronoun refers to",
      applies=lambda r: r.kind == "verb" and not r.passive and _object_pronoun(r.view, r.i, OBJECT_FORMS),
      overrides=True)
def one_referred_to(r):
    """"وكان القيادي X ... عندما اغتاله مسلحون": X."""
    view = r.view
    s = view.prev_slot(r.i, types=("Person",), same_clause=False)
    if s is None or r.i - s.j > REFERENCE_REACH or any(view.has(k, OTHERS) for k in range(s.j, r.i)):
        return None
    return s


# the doer named right after a verb that carries its object's pronoun: "وكان الصحفيان قد خطفهما
# مسلحون"، "230 مدنيا اختطفهم تنظيم X": a name or armed men, unknown ones too
SUBJECTS_AFTER = FIGHTERS | _n("مجهولون مجهولين")


def subject_after_object_pronoun(view, i) -> bool:
    """Does the verb at ``i`` carry an object pronoun, in the singular (not "اختطفوهم", whose doers
    the verb carries), with its subject right after it (a person or body not after a preposition,
    or armed men)? Then the name before it is whom the pronoun refers to, no doer, and the name
    after it is no object."""
    t = view.tokens[i].norm
    if not view.has(i, OBJECT_FORMS) or not t.endswith(OBJECT_PRONOUNS):
        return False
    bare = t[:-2] if t.endswith(("ها", "هم")) else t[:-3] if t.endswith("هما") else t[:-1]
    if bare.endswith("و") or i + 1 >= len(view.tokens):
        return False
    s = view.slot_starting(i + 1)
    if s is not None:
        return s.entity.type in ("Person", "Organization") and not s.clitic
    return view.has(i + 1, SUBJECTS_AFTER)


# the plural pronouns, which refer to a list of persons named before
PLURAL = ("هم", "هما")
# "ألقت قوات الأمن القبض عليهم": the seizure with the pronoun of the ones seized
_SEIZURE = _n("القبض")
_ON_THEM = frozenset(("عليهم", "عليهما"))
# how far before the act the list the pronoun refers to may start ("حبس كل من X وY وZ 15 يوما
# على ذمة التحقيق، بعد أن ألقت قوات الأمن القبض عليهم")
LIST_REFERENCE_REACH = 30


def _plural_object(view, i, etype):
    t = view.tokens[i].norm
    if view.has(i, OBJECT_FORMS) and t.endswith(PLURAL):
        return True
    return etype == "Arrest" and view.has(i, _SEIZURE) and i + 1 < len(view.tokens) \
        and view.tokens[i + 1].norm in _ON_THEM


@rule("first of the ones a plural object pronoun refers to",
      applies=lambda r: not r.passive and r.etype in ("Arrest", "Killing") and _plural_object(r.view, r.i, r.etype))
def ones_referred_to(r):
    """"حبس كل من X وY وZ ...، بعد أن ألقت قوات الأمن القبض عليهم"، "إن X وY فرا قبل أن
    تعتقلهما الشرطة": the first of the last list of persons named before the act in its
    sentence (the others follow it as its conjuncts)."""
    view, i = r.view, r.i
    found, found_end = None, -1
    for s in view.slots:
        if s.j > i:
            break
        if s.entity.type != "Person" or i - s.j > LIST_REFERENCE_REACH or s.i < found_end:
            continue
        more = view.coordinated_after(s, types=("Person",), keep=i)
        if more and more[-1].j <= i:
            found, found_end = s, more[-1].j
    return found


# a present form tells a done act only after قبل أن / بعد أن ("قبل أن تعتقله"); "قد تقتله"
# (may), "دون أن يقتله" (without) are none; nor a past one tried ("حاولت قتله")
_THAT = _n("أن ان")
_BEFORE_AFTER = _n("قبل بعد")
_TRIED = _n("حاول حاولت حاولوا محاولة يحاول تحاول")


_TAA_MARBUTA = "\u0629"     # ة, which normalisation writes as ه
_HARAKAT = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652"   # tanween, short vowels, shadda, sukun


def written_last_letter(view, i) -> str:
    """The last letter of the word at ``i`` as written in the text, its harakat aside: ة and ه,
    which normalisation merges, stay apart."""
    return view.tokens[i].text.rstrip(_HARAKAT)[-1:]


def noun_in_ta_marbuta(view, i):
    """Is the word at ``i``, read as a verb and its pronoun ه (قتله: "killed him"), written with
    ة: a noun of the same letters once normalised ("قتلة" killers, "ضربة" a blow)?"""
    return written_last_letter(view, i) == _TAA_MARBUTA


def unrealised_object_form(view, i, etype, kind, stem):
    """A trigger filter: is the verb with an object pronoun at ``i`` no act done (or no verb:
    "أشرارا قتلة" are killers)?"""
    if stem not in OBJECT_FORMS:
        return False
    if noun_in_ta_marbuta(view, i):
        return True
    t = view.tokens[i].norm.lstrip("وف")
    if t[:1] in ("ي", "ت"):
        return not (i > 1 and view.has(i - 1, _THAT) and view.has(i - 2, _BEFORE_AFTER))
    return i > 0 and view.has(i - 1, _TRIED)


_RELATIVES = _n("الذي التي الذين اللذين اللتين")


@rule("the one a relative names is the object, not the doer",
      applies=lambda r: r.kind == "verb" and r.agent is not None and r.i > 0
      and r.view.has(r.i - 1, _RELATIVES) and _object_pronoun(r.view, r.i, OBJECT_FORMS),
      overrides=True)
def relative_is_the_object(r):
    """"منزل الشيخ X الذي اغتالته الميليشيات": X was killed; whoever a rule took before الذي
    for the doer is none (the doer is after the verb, or unnamed)."""
    if getattr(r.agent, "i", r.i) < r.i:
        r.agent = None
    return None
