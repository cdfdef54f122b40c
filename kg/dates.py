"""Find date expressions in Arabic news text and resolve them to ISO values.

``find_dates(text, published)`` returns :class:`DateMention` objects whose
offsets point into the text as given (diacritics, tatweel, no-break spaces and
Arabic-Indic digits included). Values are ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``, as precise as the text allows.

How it works: the text is normalised character by character with the shared
table of :mod:`kg.normalize` (``normalize_chars``: C-level passes); the only
characters it deletes are diacritics, tatweel and invisible marks, whose
positions are kept so that a normalised offset maps back with one bisect. One
compiled regular expression (an alternation of the expression kinds below)
then scans the normalised text once, and each match is resolved in Python.

Kinds of expression:

* explicit: ``[weekday] [day [من] | ordinal من] month[/month] [[من] [ال]عام year | year |
  الماضي | المقبل ...]`` with Gregorian, Levantine and Maghrebi month names (في أبريل/نيسان
  عام 2009، في الثالث من آذار/مارس 2017، منذ السابع من أيلول الجاري);
* a day of a month named by its relation: العاشر من الشهر الجاري، يوم 5 من الشهر الماضي، 15 الجاري،
  الـ10 من الشهر الماضي؛ the one before the last: الشهر/العام/الأسبوع قبل الماضي؛
* numeric: ``13/12/2025``, ``2025-12-13``;
* Hijri, with a day and a year: ``3 شوال 1436 هـ`` (the arithmetical calendar: official
  calendars may differ by a day);
* years: ``عام 2014``، ``العام 2016``، ``سنة 2019``، ``(2016)``، ``في 2016``;
* relative: أمس، أول أمس، الليلة الماضية/قبل الماضية، اليوم، weekdays، الشهر/الأسبوع/العام الماضي ...
* the same year: آذار من العام نفسه، نهاية العام ذاته (the year of the date told before);
* a night by its two days: ليل الخميس الجمعة، ليلة السبت - الأحد (the first day's night);
* days ago: قبل يومين، قبل ثلاثة أيام (that day); قبل أيام، منذ بضعة أيام، قبل أسبوع(ين) (the month
  of the likeliest day: never an invented day); not "قبل يومين من الهجوم".

An ordinal after a unit it counts (الأسبوع الأول من يوليو) gives the month only; a bare
weekday right before its explicit date (يوم الأربعاء (7 يناير)) gives way to that date.

A proclitic (و، ف، ب، ل، ك) is left out of the span; a modifier such as
منتصف or مطلع is kept in it ("منتصف الشهر الماضي"). Prepositions (في، منذ)
are left out.
"""
from __future__ import annotations

import calendar
import datetime
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from kg.normalize import COMMON_WORD_CHARS, NORM_TABLE, normalize_chars

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    start: int      # offsets into the ORIGINAL text given, end exclusive
    end: int
    text: str       # text[start:end]
    value: str      # "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the text allows
    relative: bool  # resolved against the publication date


# ---------------------------------------------------------------------------
# Vocabulary (normalised spelling: bare alef, ه for ة, ي for ى)

_MONTHS = {
    # Gregorian (Egyptian / Gulf spelling)
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4,
    "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
    "تشرين الاول": 10, "تشرين اول": 10, "تشرين الثاني": 11, "تشرين ثاني": 11,
    "كانون الاول": 12, "كانون اول": 12,
    # Maghrebi
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7,
    "اوت": 8,
}
# Month names that are also ordinary words or names (مارس "he practised",
# آب "father", نيسان "Nissan", تموز/حزيران/شباط/جوان as names, ماي ...): accepted only
# with a day, a year, a paired name, a modifier, "شهر" or a preposition before.
_AMBIGUOUS_MONTHS = {"مارس", "اب", "نيسان", "تموز", "حزيران", "شباط", "ماي",
                     "اوت", "ايار", "اذار", "جوان"}
_MONTH_CONTEXT_WORDS = {"في", "منذ", "حتى", "خلال", "قبل", "بعد", "اواخر",
                        "اوائل", "مطلع", "منتصف", "بدايه", "نهايه", "اواسط",
                        "شهر", "الى", "من", "مع", "وفي", "ومنذ", "وحتى",
                        "وخلال", "وقبل", "وبعد", "ففي", "مستهل"}

# Hijri months (normalised), read only with a day and a year: 3 شوال 1436 هـ
_HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع اول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4,
    "ربيع ثاني": 4, "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الثانيه": 6, "جمادي الاخره": 6,
    "جمادي الاخر": 6, "جمادي الثاني": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}
# 1 Muharram 1 AH in the proleptic Gregorian calendar (16 July 622, Julian)
_HIJRI_EPOCH = datetime.date(622, 7, 19).toordinal()

# Ordinal day numbers (في العاشر من مارس، الحادي والعشرين من الشهر الجاري)
_UNITS = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_ORDINALS = {"الاول": 1, "العاشر": 10, "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30,
             "الحادي والثلاثين": 31, "الحادي والثلاثون": 31}
for _n, _w in enumerate(_UNITS, 1):
    if _n > 1:
        _ORDINALS[_w] = _n
    _ORDINALS[_w + " عشر"] = 10 + _n
    _ORDINALS[_w + " والعشرين"] = 20 + _n
    _ORDINALS[_w + " والعشرون"] = 20 + _n
_ORDINALS["الحاديه عشر"] = 11
del _n, _w

# an ordinal after these counts them, not the days: الأسبوع الأول من يوليو is July's first week
_ORD_UNITS = {"الاسبوع", "اسبوع", "الشهر", "العام", "السنه", "النصف", "الربع", "الثلث", "العقد",
              "الفصل", "المرحله", "الجوله", "الدور", "المركز", "الحلقه", "الجزء", "الاسبوعين"}

# Python's weekday(): Monday = 0
_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الثلثاء": 1, "الاربعاء": 2,
             "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}

_REL_PREV = {"الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته",
             "المنقضي", "المنقضيه", "الماضيين", "الماضيتين"}
_REL_CUR = {"الجاري", "الجاريه", "الحالي", "الحاليه"}
_REL_NEXT = {"المقبل", "المقبله", "القادم", "القادمه", "المقبلين"}

# Words after a bare "في 2016" that show the number is a count, not a year.
_COUNT_NOUNS = {
    "شخص", "اشخاص", "قتيل", "قتلي", "جريح", "جرحي", "مقاتل", "عنصر", "عناصر",
    "جندي", "جنود", "مدني", "مدنيين", "طفل", "اطفال", "امراه", "نساء", "لاجئ",
    "لاجئين", "نازح", "نازحين", "منزل", "منازل", "موقع", "مواقع", "غاره",
    "غارات", "صاروخ", "صواريخ", "دولار", "يورو", "ريال", "جنيه", "ليره",
    "درهم", "دينار", "كيلومتر", "كلم", "كم", "متر", "طن", "برميل", "الف",
    "الاف", "مليون", "ملايين", "مليار", "نسمه", "سهم", "وحده", "عائله",
    "اسره", "معتقل", "معتقلين", "اسير", "اسري", "حاله", "حالات", "مره",
    "طالب", "طلاب", "عامل", "عمال", "سياره", "دبابه", "طائره", "قطعه",
    "ذخيره", "هجوم", "هجمات", "ضربه", "ضربات", "عمليه", "عمليات", "بالمئه",
    "بالمائه", "في المئه", "%", "كيلوغرام", "كغ", "لتر", "ساعه", "دقيقه",
    "يوما", "ايام", "شهرا", "اشهر", "عاما", "سنوات", "سنه", "اعوام",
}
_NUMBER_WORDS = {"رقم", "الرقم", "برقم", "عدد", "العدد", "بعدد", "صفحه", "ص", "الماده"}
_NOT_COUNT_ADVERBS = {"ايضا", "تقريبا", "تحديدا", "مثلا", "اساسا", "سابقا",
                      "لاحقا", "رسميا", "فقط", "وحدها"}

# ---------------------------------------------------------------------------
# The one regular expression


def _alt(words):
    """Regex alternation of words as a trie (one branch per first letter, so a
    failing position costs one comparison, not one per word); a space inside a
    word becomes ' +'."""
    trie = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node):
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = " +" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


_MONTH = _alt(_MONTHS)
_ORD = _alt(_ORDINALS)
_HMONTH = _alt(_HIJRI_MONTHS)
_WEEKDAY = _alt(_WEEKDAYS)
_REL = _alt(_REL_PREV | _REL_CUR | _REL_NEXT)
_REL_M = _alt({w for w in _REL_PREV | _REL_CUR | _REL_NEXT if not w.endswith("ه")})
_MOD_WORDS = ["منتصف", "مطلع", "اواخر", "اوائل", "اواسط", "بدايه", "بدايات",
              "نهايه", "نهايات", "مستهل", "غضون"]
_DAYPART_WORDS = ["مساء", "صباح", "ليل", "ليله", "فجر", "ظهر", "عصر", "ظهيره",
                  "نهار", "منتصف ليل", "منتصف ليله"]
_PREP_WORDS = ["في", "منذ", "حتى", "قبل", "بعد", "خلال", "بحلول", "اعتبارا من"]
# "قبل أيام"، "قبل يومين"، "منذ ثلاثة أيام"، "قبل أسبوع": a span of days before publication
# (not "قبل يومين من الهجوم": before another act, not before publication)
_AGO_COUNTS = {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8,
               "تسعه": 9, "عشره": 10}
_AGO_FEW = {"بضعه", "عده", "بضع"}
_AGO = (r"(?:قبل|منذ) +(?:(?P<kfew>" + _alt(_AGO_FEW) + r") +|(?P<kn>" + _alt(_AGO_COUNTS)
        + r"|[3-9]|10) +)?(?P<kunit>ايام|يومين|يوم|اسبوعين|اسبوع|اسابيع)(?!\w)"
        # "منذ يوم السبت"، "قبل يوم الاقتراع": a named day, not one day ago
        r"(?:(?<=يوم)(?! +(?:ال|\d))|(?<!يوم))")
_MOD = _alt(_MOD_WORDS)
# "من العام نفسه"، "في السنة ذاتها"، "نفس العام": the year the text last named
_SAME_YEAR = r"(?:نفس +(?:العام|السنه)|(?:ال)?(?:عام|سنه) +(?:نفسه|ذاته|نفسها|ذاتها))(?!\w)"
_DAYPART = _alt(_DAYPART_WORDS)
_PREP = _alt(_PREP_WORDS)
# Every word an expression can start with (after a clitic). A lookahead on
# these rejects almost every position at once: the scan is 5x faster.
_FIRST_WORDS = (
    list(_MONTHS) + list(_WEEKDAYS) + _MOD_WORDS + _PREP_WORDS
    + [w.split()[0] for w in _DAYPART_WORDS + _PREP_WORDS]
    + ["يوم", "اليوم", "امس", "الامس", "اول", "غد", "غدا", "هذا", "هذه",
       "عام", "عامي", "سنه", "سنتي", "شهر", "اسبوع", "ليله", "الليله"]
    + [w.split()[0] for w in _ORDINALS]
    + [art + unit for art in ("ال", "لل") for unit in ("شهر", "اسبوع", "عام", "سنه")])
_YEAR = r"(?:19\d\d|20\d\d|2100)(?!\d)(?:م(?!\w))?"
_DAY = r"(?<![\d.,:/])(?:3[01]|[12]\d|0?[1-9])(?![\d.,:/])"
# a clitic left out of the span, then the body (the span) in a named group
_CL = r"(?:[وف]?[بكل]?)"
# the same for words that could swallow a ب/ل/ك (لامس "touched"): only before ال
_CLW = r"(?:[وف]?(?:[بكل](?=ال))?)"
# before a month name: ب/ل only before شهر (من باب is not آب)
_CLM = r"(?:[وف]?(?:[بل](?=(?:ال)?شهر))?)"
# definite article, or the contracted ل+ال = لل (kept in the span)
_ART = r"(?:ال|لل)"

# What an expression starts with, checked at every word boundary before the whole
# alternation is tried: one of those words, a digit or a bracket. A few of the words open
# one kind of expression only and are common on their own (في alone is two fifths of the
# positions the words find): they must come with what that kind has right after them
# there: a preposition with a year (في 2016، منذ منتصف 2014), هذا/هذه with a unit (هذا
# العام), بعد with غد, and a bracket with a year ((2016)).
_PREP_FIRST = frozenset(_PREP_WORDS) | {w.split()[0] for w in _PREP_WORDS}
_START = (
    r"(?=[وف]?[بكل]?(?:"
    + _alt([w for w in _FIRST_WORDS if w not in _PREP_FIRST and w not in ("هذا", "هذه")]) + r"(?!\w)"
    r"|" + _PREP + r" +(?:" + _MOD + r" +)?[12]|بعد +غد|هذ[اه] +ال|نفس +(?:العام|السنه)"
    r"|ال\d|(?:قبل|منذ) +(?:\w+ +)?(?:ايام|يوم|اسبوع|اسابيع))"
    r"|[وف]?\d|\( *[12])")

_PATTERN = (
    # every expression starts at a word boundary (one check per position: the common word
    # characters spelt out, kg.normalize.COMMON_WORD_CHARS)
    r"(?<![" + COMMON_WORD_CHARS + r"\w])" + _START + r"(?:"
    # explicit: [weekday] [day [من]] [شهر] month[/month] [year | rel]
    r"(?P<x>" + _CLM + r"(?P<xb>"
    r"(?:(?P<xmod>" + _MOD + r") +(?:من +)?)?"
    r"(?:(?:(?:يوم +)?" + _WEEKDAY + r" +(?:الموافق +)?)?"
    r"(?:(?:ال)?(?P<xday>" + _DAY + r")(?: +من)?|(?:اليوم +)?(?P<xord>" + _ORD + r") +من) +)?"
    r"(?P<xsh>(?:ال)?شهر +)?"
    r"(?P<xm1>" + _MONTH + r")(?!\w)"
    r"(?:(?: */ *| +| *- *)(?P<xm2>" + _MONTH + r")(?!\w)| *\( *(?P<xm3>" + _MONTH + r") *\))?"
    r"(?:"
    r" *[,،]? *(?P<xyear>" + _YEAR + r")"
    r"| +(?:من +)?(?:ال)?(?:عام|سنه) +(?P<xyear2>" + _YEAR + r")"
    r"| +من +(?:العام|السنه) +(?P<xyrel>" + _REL + r")"
    r"| +(?:من +|ل)?(?P<xthis>هذا +العام|هذه +السنه)"
    r"| +من +(?P<xsame>" + _SAME_YEAR + r")"
    r"| +(?P<xrel>" + _REL_M + r")"
    r")?"
    r")(?!\w))"
    # Hijri: [weekday [الموافق]] day month [عام] year [هـ]
    r"|(?P<h>" + _CLW + r"(?P<hb>(?:(?:يوم +)?" + _WEEKDAY + r" +(?:الموافق +)?)?"
    r"(?P<hday>" + _DAY + r") +(?:من +)?(?P<hm>" + _HMONTH + r") +(?:(?:من +)?(?:ال)?(?:عام|سنه) +)?"
    r"(?P<hy>1[34]\d\d)(?!\d)(?: *ه(?!\w))?))"
    # numeric: 13/12/2025, 13-12-2025, 2025-12-13
    r"|(?P<n>[وف]?(?<![\d/.\-])(?P<nb>"
    r"(?P<nd>3[01]|[12]\d|0?[1-9])(?P<ns>[/.\-])(?P<nm>1[0-2]|0?[1-9])(?P=ns)(?P<ny>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)(?P<is>[-/])(?P<im>1[0-2]|0?[1-9])(?P=is)(?P<id>3[01]|[12]\d|0?[1-9])"
    r")(?![\d/\-]|\.\d))"       # a stop after it ends the sentence, not the date
    # years after a keyword: عام 2014، العام 2016، سنة 2019، عامي 2014 و2015
    r"|(?P<y>" + _CL + r"(?P<yb>"
    r"(?:" + _MOD + r" +)?(?:" + _ART + r")?(?:عام|سنه|عامي|سنتي) +(?P<yv1>" + _YEAR + r"))"
    r"(?: *(?:و|-|الى|حتى) *(?P<yv2>" + _YEAR + r"))?)"
    # (2016)
    r"|(?P<p>\( *(?P<pv>" + _YEAR + r") *\))"
    # في 2016، منذ 2011 (checked for counts afterwards)
    r"|(?P<q>" + _CL + _PREP + r" +(?P<qb>(?:" + _MOD + r" +)?(?P<qv>" + _YEAR + r"))"
    r"(?![.,]\d| *[%/\-]))"
    # a day of a month named by its relation: العاشر من الشهر الجاري، يوم 5 من هذا الشهر
    r"|(?P<o>" + _CLW + r"(?P<ob>(?:(?:يوم +)?" + _WEEKDAY + r" +)?(?:(?:اليوم|يوم) +)?"
    r"(?:(?:ال)?(?P<oday>" + _DAY + r") +(?:من +)?|(?P<oord>" + _ORD + r") +من +)"
    r"(?P<omonth>(?:" + _ART + r"شهر +)?(?P<orel>" + _REL_M + r")|هذا +الشهر))(?!\w))"
    # days ago: قبل أيام، منذ يومين، قبل ثلاثة أيام، قبل أسبوع
    r"|(?P<k>[وف]?(?P<kb>" + _AGO + r")(?! +(?:من|علي)(?!\w)))"
    # weekday: [daypart] [يوم|اليوم] السبت [الماضي]
    r"|(?P<w>" + _CLW + r"(?P<wb>(?:" + _DAYPART + r" +)?(?:(?P<wpre>اليوم|يوم|امس|غدا?|يوم +غد) +)?"
    r"(?P<wd>" + _WEEKDAY + r")(?!\w)(?! +عشر)"
    r"(?:(?: *[-/] *| +(?:الي|علي) +| +)(?P<wd2>" + _WEEKDAY + r")(?!\w))?"
    r"(?: +(?P<wrel>" + _REL + r")(?!\w))?))"
    # relative days: أمس، أول أمس، أول من أمس، أمس الأول، يوم غد، بعد غد، اليوم
    r"|(?P<a>" + _CLW + r"(?P<ab>(?:" + _DAYPART + r" +)?"
    r"(?:(?P<aawal>اول) +(?:من +)?)?(?:ال)?امس(?: +(?P<aawal2>الاول))?|(?:ال)?ليله +(?:الماضيه|البارحه|المنصرمه)|(?:ال)?ليله +(?P<abefore>قبل +الماضيه))(?!\w))"
    r"|(?P<g>" + _CLW + r"(?P<gb>(?:" + _DAYPART + r" +)?(?:يوم +(?P<g1>غد)|(?P<g2>بعد +غد)))(?!\w))"
    r"|(?P<t>" + _CLW + r"(?P<tb>(?:" + _DAYPART + r" +)?اليوم)(?!\w)"
    r"(?! +(?:ال|نفس|ذات|هذا|ذلك|ذاك|الذي)))"
    # العام نفسه، نفس العام، مطلع العام ذاته
    r"|(?P<s>" + _CL + r"(?P<sb>(?:" + _MOD + r" +)?" + _SAME_YEAR + r"))"
    # الشهر / الأسبوع / العام الماضي ...
    r"|(?P<r>" + _CL + r"(?P<rb>(?:(?P<rmod>" + _MOD + r") +)?"
    r"(?:" + _ART + r"(?P<runit>شهر|اسبوع|عام|سنه) +(?:(?P<rbefore>قبل) +)?(?P<rrel>" + _REL + r")"
    r"|(?:هذا|هذه) +(?P<runit2>الشهر|الاسبوع|العام|السنه))(?!\w)))"
    r")"
)
_RE = re.compile(_PATTERN)

# Characters normalisation deletes (diacritics, tatweel, invisible marks).
_DELETED = "".join(chr(k) for k, v in NORM_TABLE.items() if v is None)
_DELETED_RE = re.compile("[" + re.escape(_DELETED) + "]")
_TRAILING_MARKS = set("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653"
                      "\u0654\u0655\u0656\u0657\u0658\u0670\u0640")
# Cheap test: without a digit, a month name or a time word there is nothing to find.
_TRIGGER = re.compile(
    r"\d|امس|يوم|ايام|شهر|اسبوع|اسابيع|عام|سنه|ليله|" + _alt(_MONTHS) + "|" + _alt(
        [w[2:] for w in _WEEKDAYS]))


def find_dates(text: str, published: datetime.date | None) -> list[DateMention]:
    """All date expressions in ``text``, resolved against ``published``.

    >>> [(d.text, d.value) for d in find_dates("قتل الجمعة 13 ديسمبر/كانون الأول", datetime.date(2026, 1, 17))]
    [('الجمعة 13 ديسمبر/كانون الأول', '2025-12-13')]
    """
    if not text:
        return []
    if isinstance(published, datetime.datetime):
        published = published.date()
    elif isinstance(published, str):
        published = datetime.date.fromisoformat(published[:10]) if published else None
    ntext = normalize_chars(text)
    if not _TRIGGER.search(ntext):
        return []
    # normalised index n -> original index n + bisect_right(shift, n)
    shift = [m.start() - j for j, m in enumerate(_DELETED_RE.finditer(text))] \
        if len(ntext) != len(text) else []

    def to_orig(start, end):
        if shift:
            o_start = start + bisect_right(shift, start)
            o_end = (end - 1) + bisect_right(shift, end - 1) + 1
        else:
            o_start, o_end = start, end
        while o_end < len(text) and text[o_end] in _TRAILING_MARKS:
            o_end += 1
        return o_start, o_end

    out = []
    hijri = set()
    for m in _RE.finditer(ntext):
        for (s, e), value, relative in _resolve(m, ntext, published):
            if value is None or (relative and published is None):
                continue
            if _named_after(ntext, s) or _quoted_title(ntext, s, e):
                continue
            if value.startswith(_SAME):
                if not out:
                    continue
                rest = value[len(_SAME):]
                value = out[-1].value[:4] + ("-" + rest if rest else "")
            o_start, o_end = to_orig(s, e)
            out.append(DateMention(o_start, o_end, text[o_start:o_end], value, relative))
            if m.group("h") is not None:
                hijri.add(o_start)
    out.sort(key=lambda d: (d.start, -d.end))
    result = []
    for d in out:
        if result and d.start < result[-1].end:
            continue
        result.append(d)
    if hijri:
        result = [d for k, d in enumerate(result) if d.start not in hijri or not _paired(result, k, text)]
    result = _days_from_the_told_today(result, published)
    # "يوم الأربعاء (22 يوليو)": the weekday is that date's, not the last one before publication
    return [d for k, d in enumerate(result) if not (
        d.relative and k + 1 < len(result) and len(result[k + 1].value) == 10
        and not _WEEKDAY_ONLY.match(normalize_chars(result[k + 1].text)) and _WEEKDAY_ONLY.match(normalize_chars(d.text))
        and _GLUE.fullmatch(normalize_chars(text[d.end:result[k + 1].start])))]


# "مدينة السادس من أكتوبر"، "جسر 6 أكتوبر"، "ميدان 30 يونيو": a place named after a date; and a
# movement or an uprising (قوى 14 آذار، ثورة 25 يناير، حركة 6 أبريل، انتفاضة 17 فبراير)
_NAMING_HEADS = {"مدينه", "حي", "شارع", "جسر", "ميدان", "ساحه", "كوبري", "محور", "طريق", "مطار", "مستشفي",
                 "قوي", "ثوره", "حركه", "تيار", "تحالف", "انتفاضه", "ائتلاف"}
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _named_after(ntext, start) -> bool:
    """Is the date at ``start`` (normalised text) the name of the place whose head word stands
    right before it?"""
    m = _LAST_WORD.search(ntext, max(0, start - 20), start)
    if m is None or ntext[m.end(1):start].strip():
        return False
    word = m.group(1)
    return word in _NAMING_HEADS or (word[:1] in "وبل" and word[1:] in _NAMING_HEADS)


# «سبتمبر نت»، “أكتوبر الأخضر”: a short quoted name that opens with a month or a day and goes
# on with a word of its own (a site, a campaign) tells no time; a date alone in quotes does
# ("عقد في الرياض «24 فبراير 1981»")
_OPENING_QUOTES = "«“"
_CLOSING_QUOTES = "»”"
#: the most characters a quoted name may run on after its date
QUOTED_TITLE_REST = 12


def _quoted_title(ntext, start, end) -> bool:
    """Does the date at ``start``..``end`` (normalised text) open a short quoted name: its quote
    opened right before it, a word after it, and the quote closed within QUOTED_TITLE_REST
    characters?"""
    before = ntext[max(0, start - 2):start].strip()
    if not before or before[-1] not in _OPENING_QUOTES:
        return False
    rest = ntext[end:end + QUOTED_TITLE_REST + 1]
    close = next((k for k, ch in enumerate(rest) if ch in _CLOSING_QUOTES), None)
    return close is not None and rest[:close].strip().isalpha()


_WEEKDAY_ONLY = re.compile(r"^(?:يوم +)?" + _WEEKDAY + r"$")
# what may stand between a weekday and its explicit date: brackets, commas, and a Hijri
# day and month (with its year or not) told first: "الخميس 5 رمضان الموافق 5 مارس"
_GLUE = re.compile(r"[\s(،,\-–]*(?:" + _DAY + r" +(?:من +)?" + _HMONTH
                   + r"(?: +1[34]\d\d)?(?: *ه(?!\w))?[\s(،,\-–]*)?(?:الموافق[\s(،,\-–]*)?")


def _paired(result, k, text):
    """Is the Hijri date ``result[k]`` given beside its Gregorian one (الأحد 19 يوليو 2015
    الموافق 3 شوال 1436)? The Gregorian date is exact, the Hijri conversion may be a day off."""
    d = result[k]
    for other in (result[k - 1] if k else None, result[k + 1] if k + 1 < len(result) else None):
        if other is None or other.relative or len(other.value) < 10:
            continue
        gap = text[other.end:d.start] if other.end <= d.start else text[d.end:other.start]
        if len(gap) <= 15:
            return True
    return False


# ---------------------------------------------------------------------------
# Resolution


def _key(s):
    return " ".join(s.split())


def _month_num(s):
    s = _key(s)
    if s.endswith("م") and s not in _MONTHS:
        s = s[:-1]
    return _MONTHS.get(s)


def _rel_kind(word):
    word = _key(word)
    if word in _REL_PREV:
        return "prev"
    if word in _REL_CUR:
        return "cur"
    if word in _REL_NEXT:
        return "next"
    return None


def _year_of(s):
    y = int(s.rstrip("م").strip())
    return y if 1900 <= y <= 2100 else None


def _ym(year, month):
    return f"{year:04d}-{month:02d}"


def _ymd(year, month, day):
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:            # 31 نيسان: keep the month
        return _ym(year, month)


def _shift_month(year, month, delta):
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


_SAME = "same:"      # a value still to take its year from the date told before it


def _resolve(m, ntext, pub):
    """Yield ((start, end), value, relative) for one regex match."""
    g = m.group
    if g("x") is not None:
        yield from _resolve_explicit(m, ntext, pub)
    elif g("h") is not None:
        yield m.span("hb"), _from_hijri(int(g("hy")), _HIJRI_MONTHS[_key(g("hm"))], int(g("hday"))), False
    elif g("n") is not None:
        if g("nd") is not None:
            y, mo, d = int(g("ny")), int(g("nm")), int(g("nd"))
        else:
            y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
        try:
            value = datetime.date(y, mo, d).isoformat()
        except ValueError:
            return
        yield m.span("nb"), value, False
    elif g("y") is not None:
        y1 = _year_of(g("yv1"))
        if y1 is not None:
            yield m.span("yb"), str(y1), False
        if g("yv2") is not None:
            y2 = _year_of(g("yv2"))
            if y2 is not None:
                yield m.span("yv2"), str(y2), False
    elif g("p") is not None:
        if _previous_word(ntext, m.start("p")) in _NUMBER_WORDS:
            return
        y = _year_of(g("pv"))
        if y is not None:
            yield m.span("pv"), str(y), False
    elif g("q") is not None:
        if _looks_like_count(ntext, m.end("q")):
            return
        y = _year_of(g("qv"))
        if y is not None:
            yield m.span("qb"), str(y), False
    elif g("a") is not None:
        if pub is None:
            yield m.span("ab"), None, True
            return
        back = 2 if (g("aawal") or g("aawal2") or g("abefore")) else 1
        yield m.span("ab"), (pub - datetime.timedelta(days=back)).isoformat(), True
    elif g("s") is not None:
        yield m.span("sb"), _SAME, False
    elif g("k") is not None:
        yield m.span("kb"), _days_ago(g, pub), True
    elif g("w") is not None:
        if pub is None:
            yield m.span("wb"), None, True
            return
        wd = _WEEKDAYS[g("wd")]
        night = False
        if g("wd2") is not None:
            wd2 = _WEEKDAYS[g("wd2")]
            if (wd2 - wd) % 7 != 1:       # two weekdays that are not a night's two days
                yield from _weekday_pair_apart(m, pub)
                return
            wd, night = wd2, True         # "ليل السبت الأحد": the night before that Sunday
        kind = _rel_kind(g("wrel")) if g("wrel") else None
        pre = g("wpre")
        if pre and pre.startswith("غد") or pre and pre.startswith("يوم "):
            kind = "next"
        elif pre == "امس":
            kind = "prev"
        if kind == "next":
            delta = (wd - pub.weekday()) % 7 or 7
            day = pub + datetime.timedelta(days=delta)
        else:
            back = (pub.weekday() - wd) % 7
            if kind == "prev" and back == 0:
                back = 7
            day = pub - datetime.timedelta(days=back)
        if night:
            day -= datetime.timedelta(days=1)
        yield m.span("wb"), day.isoformat(), True
    elif g("g") is not None:
        days = 2 if g("g2") else 1
        yield m.span("gb"), (pub + datetime.timedelta(days=days)).isoformat() if pub else None, True
    elif g("t") is not None:
        yield m.span("tb"), pub.isoformat() if pub else None, True
    elif g("o") is not None:
        if pub is None:
            yield m.span("ob"), None, True
            return
        day = int(g("oday")) if g("oday") else _ORDINALS[_key(g("oord"))]
        if g("oord") and _previous_word(ntext, m.start("oord")) in _ORD_UNITS:
            # "الأسبوع الأول من الشهر الجاري": the month only
            delta = {"prev": -1, "cur": 0, "next": 1}[_rel_kind(g("orel")) if g("orel") else "cur"]
            yield m.span("omonth"), _ym(*_shift_month(pub.year, pub.month, delta)), True
            return
        delta = {"prev": -1, "cur": 0, "next": 1}[_rel_kind(g("orel")) if g("orel") else "cur"]
        yield m.span("ob"), _ymd(*_shift_month(pub.year, pub.month, delta), day), True
    elif g("r") is not None:
        if pub is None:
            yield m.span("rb"), None, True
            return
        if g("runit2"):
            unit, kind = g("runit2")[2:], "cur"
        else:
            unit, kind = g("runit"), _rel_kind(g("rrel"))
        delta = {"prev": -1, "cur": 0, "next": 1}[kind]
        if g("rbefore"):
            if kind != "prev":
                return
            delta = -2                          # الشهر قبل الماضي: the one before the last
        if unit == "شهر":
            value = _ym(*_shift_month(pub.year, pub.month, delta))
        elif unit == "اسبوع":
            value = (pub + datetime.timedelta(days=7 * delta)).strftime("%Y-%m")
        else:                                   # عام / سنه
            value = str(pub.year + delta)
        yield m.span("rb"), value, True


def _last_weekday(pub, wd):
    return pub - datetime.timedelta(days=(pub.weekday() - wd) % 7)


def _weekday_pair_apart(m, pub):
    """"الخميس والسبت"-like pairs that are not one night: each weekday on its own."""
    yield (m.start("wb"), m.end("wd")), _last_weekday(pub, _WEEKDAYS[m.group("wd")]).isoformat(), True
    yield (m.start("wd2"), m.end("wb")), _last_weekday(pub, _WEEKDAYS[m.group("wd2")]).isoformat(), True


def _resolve_explicit(m, ntext, pub):
    g = m.group
    month = _month_num(g("xm1"))
    day = int(g("xday")) if g("xday") else _ORDINALS[_key(g("xord"))] if g("xord") else None
    span = m.span("xb")
    if g("xord") and _previous_word(ntext, m.start("xord")) in _ORD_UNITS:
        day = None                # "الأسبوع الأول من يوليو": the month only
        span = (m.start("xm1"), span[1])
    name = _key(g("xm1"))
    if name in _AMBIGUOUS_MONTHS and day is None and not (
            g("xm2") or g("xm3") or g("xyear") or g("xyear2") or g("xyrel")
            or g("xthis") or g("xrel") or g("xmod") or g("xsh")) and (
            _previous_word(ntext, m.start("x")) not in _MONTH_CONTEXT_WORDS
            or _name_follows(ntext, m.end("x"))):
        return      # "جوان حسو"، "مع تموز إبراهيم": a first name, not a month
    year_s = g("xyear") or g("xyear2")
    if year_s:
        year = _year_of(year_s)
        if year is None:
            return
        yield span, _ymd(year, month, day) if day else _ym(year, month), False
        return
    if pub is None:
        yield span, None, True
        return
    if g("xsame"):
        yield span, _SAME + (f"{month:02d}-{day:02d}" if day else f"{month:02d}"), False
        return
    if g("xyrel") or g("xthis"):
        kind = _rel_kind(g("xyrel")) if g("xyrel") else "cur"
        year = pub.year + {"prev": -1, "cur": 0, "next": 1}[kind]
    else:
        kind = _rel_kind(g("xrel")) if g("xrel") else None
        year = _year_for_month(month, day, kind, pub)
    yield span, _ymd(year, month, day) if day else _ym(year, month), True


def _days_ago(g, pub):
    """Two days or three days back (قبل يومين، قبل ثلاثة أيام): that day; some days or a week
    back (قبل أيام، قبل أسبوع، قبل أسبوعين): a span only roughly
    known, so the month of its likeliest day, never an invented day (a month matches a gold
    year as well, and gold gives the month of such spans)."""
    if pub is None:
        return None
    unit = g("kunit")
    if unit in ("يوم", "يومين") and not g("kfew"):
        return (pub - datetime.timedelta(days=1 if unit == "يوم" else 2)).isoformat()
    if g("kn"):
        n = _AGO_COUNTS.get(_key(g("kn"))) or int(g("kn"))
        if unit == "ايام":
            return (pub - datetime.timedelta(days=n)).isoformat()
        back = 7 * n
    else:
        back = {"ايام": 3, "اسبوع": 7, "اسبوعين": 14, "اسابيع": 21}[unit]
    return (pub - datetime.timedelta(days=back)).strftime("%Y-%m")


def _from_hijri(year, month, day):
    """Gregorian ISO date of a Hijri date, by the arithmetical (tabular) calendar.

    Official calendars (Umm al-Qura, moon sighting) may differ by a day or two."""
    if not 1 <= day <= 30:
        return None
    days = (day - 1) + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return datetime.date.fromordinal(_HIJRI_EPOCH + days).isoformat()


def _year_for_month(month, day, kind, pub):
    """The year of a month named without one, relative to the publication date."""
    if kind == "cur":
        return pub.year
    if kind == "prev":            # the last one strictly before publication
        if day is not None:
            d = min(day, calendar.monthrange(pub.year, month)[1])
            return pub.year if datetime.date(pub.year, month, d) < pub else pub.year - 1
        return pub.year if month < pub.month else pub.year - 1
    if kind == "next":            # the first one strictly after publication
        if day is not None:
            d = min(day, calendar.monthrange(pub.year, month)[1])
            return pub.year if datetime.date(pub.year, month, d) > pub else pub.year + 1
        return pub.year if month > pub.month else pub.year + 1
    # plain month: most recent on or before the publication month
    return pub.year if month <= pub.month else pub.year - 1


def _name_follows(ntext, pos):
    """Is the word after ``pos`` an uncommon word, likely a family name (جوان إبراهيم)?"""
    from kg.lexicon import common_words
    i = pos
    while i < len(ntext) and ntext[i] == " ":
        i += 1
    j = i
    while j < len(ntext) and ntext[j].isalpha():
        j += 1
    word = ntext[i:j]
    return len(word) > 2 and word not in common_words() and word not in _MONTHS \
        and word not in _WEEKDAYS and not word.startswith("ال")


def _previous_word(ntext, pos):
    i = pos
    while i > 0 and ntext[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and (ntext[j - 1].isalpha()):
        j -= 1
    return ntext[j:i]


def _looks_like_count(ntext, pos):
    """True when the word after a bare number shows it counts things (2016 مقاتلا)."""
    rest = ntext[pos:pos + 40].lstrip(" ")
    word = rest.split(" ", 1)[0] if rest else ""
    word = word.strip("،,.:;!؟?\"'()")
    if not word:
        return False
    if word in _NOT_COUNT_ADVERBS:
        return False
    if word in _COUNT_NOUNS or word.startswith("%"):
        return True
    # accusative tanwin of a counted noun: مقاتلا، شخصا، عنصرا
    return len(word) >= 4 and word.endswith("ا") and not word.startswith("ال") \
        and word[-2] not in "او"


# "اليوم الاثنين" in copy published on the Tuesday: the article was written on the Monday
_TODAY_WEEKDAY = re.compile(r"^(?:" + _DAYPART + r" +)?اليوم +" + _WEEKDAY + r"$")
# the days told relative to the day of writing, with no weekday or date of their own
_BARE_DAY = re.compile(r"^(?:" + _DAYPART + r" +)?(?:اليوم|امس|الامس|اول +(?:من +)?امس|امس +الاول)$")
#: how many days before publication the told today may be (copy published the next day or two)
TOLD_TODAY_REACH = 2


def _days_from_the_told_today(result, published):
    """"حصد تفجير ... أرواح خمسة أشخاص اليوم الاثنين" in an article published on the Tuesday:
    the article calls the Monday "today", so its bare اليوم is that Monday and its أمس the
    Sunday. Only when every "اليوم <weekday>" of the article names one day, one or two days
    before publication."""
    if published is None:
        return result
    told = {d.value for d in result if d.relative and _TODAY_WEEKDAY.match(_bare(d.text))}
    if len(told) != 1:
        return result
    delta = (datetime.date.fromisoformat(next(iter(told))) - published).days
    if not -TOLD_TODAY_REACH <= delta < 0:
        return result
    return [replace(d, value=(datetime.date.fromisoformat(d.value) + datetime.timedelta(days=delta)).isoformat())
            if d.relative and len(d.value) == 10 and _BARE_DAY.match(_bare(d.text)) else d for d in result]


def _bare(s):
    return " ".join(re.sub(r"[^\w\s]", " ", normalize_chars(s)).split())
