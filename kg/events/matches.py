"""Sport is no meeting and no armed attack: "لقاء الذهاب"، "انتهى لقاء نادي X بنظيره Y
بالتعادل" (a match); "وفي الهجوم X"، "قائدا لهجوم الفريق" (a team's attack), in a sentence
about goals, clubs and leagues.

``match_not_meeting`` and ``sport_not_attack`` are trigger filters (and sense filters: the
learned stage makes no event of them either).
"""
from __future__ import annotations

from kg.events.grammar import _n

MATCH_NOUNS = _n("لقاء اللقاء لقاءه لقاءات")
# words of sport in the sentence
# (not هدف/أهداف nor نقاط: strikes and attacks hit أهدافا and نقاط تفتيش, summits have أهداف)
SPORT_WORDS = _n("مباراة المباراة مباراتين المباراتين الذهاب الإياب الاياب نادي النادي فريق الفريق "
                 "المنتخب منتخب الدوري دوري الشوط شوط التعادل بالتعادل "
                 "الملعب ملعب المدرب مدرب بطولة البطولة الموسم كأس لاعب اللاعب لاعبي "
                 # "في مباراتي قمة"، "مباراته الثالثة"، a line-up ("بالتشكيل الأساسي ... وفي الهجوم X")
                 "مباراتي مباراته مباراتها مباريات المباريات التشكيل بالتشكيل المرمى")


# the verb: "يلتقي المنتخب السعودي نظيره المكسيكي ضمن منافسات بطولة ..." (teams meet on the field),
# only with a word of a match or a competition (not فريق: "الفريق أول X" is a rank, nor الموسم)
MATCH_VERBS = _n("يلتقي تلتقي يلتقيان ويلتقي وتلتقي التقى التقت")
COMPETITION_WORDS = _n("مباراة المباراة مباراتين الدوري دوري بطولة البطولة منافسات كأس الملعب ملعب "
                       "لكرة الشوط الذهاب الإياب الاياب")


def match_not_meeting(view, i, etype, kind, stem):
    """Is the meeting noun at ``i`` a match, in a sentence about sport; or the meeting verb one of
    teams, in a sentence about a match or a competition?"""
    if etype != "Meeting":
        return False
    if view.has(i, MATCH_VERBS):
        return bool(view.positions(COMPETITION_WORDS))
    return stem in MATCH_NOUNS and bool(view.positions(SPORT_WORDS))


# "قمة" is a summit, or the top of something: "على قمة الترتيب"، "في قمة عطائه"، "قمة الهرم"
SUMMIT_NOUNS = _n("قمة القمة للقمة بقمة")
TOPS_OF = _n("الترتيب الدوري الكرة الهرم الجبل المهارة السلم الأولويات المجد التألق الأداء القائمة "
             "الجدول الهدافين الإنجاز العطاء الروعة الأناقة النجومية الشهرة الإثارة "
             # the height of a quality or a feeling: "يمثل قمة الذوق الأدبي"، "في قمة السعادة"
             "الذوق السعادة الفرح الإبداع الرقي الجمال النجاح الفخر الغضب الحزن الوعي")
_SUFFIXES = ("ه", "ها", "هم")


def top_not_summit(view, i, etype, kind, stem):
    """Is the summit noun at ``i`` the top of something (a ranking, a pyramid, one's career:
    "في قمة عطائه"), or a top match in a sentence about sport?"""
    if etype != "Meeting" or stem not in SUMMIT_NOUNS:
        return False
    if view.positions(SPORT_WORDS):
        return True
    k = i + 1
    if k >= len(view.tokens) or view.at.get(k) is not None:
        return False
    return view.has(k, TOPS_OF) or (view.tokens[k].text.endswith(_SUFFIXES) and len(view.tokens[k].norm) > 4
                                    and not view.tokens[k].norm.startswith("ال"))


# the attack of a team ("وفي الهجوم X"، "قائدا لهجوم لشبونة") or an attack in words on a
# club ("شن X هجوما عنيفا على الاتحاديين"): no armed attack, in a sentence about sport
# with no word of violence
# (with a pronoun, the team's own: "لدعم هجومه"، "قوة هجومها")
# (and a team's striker: "مهاجمه الأرجنتيني X")
ATTACK_NOUNS = _n("هجوم هجوما الهجوم هجمة الهجمة هجمات الهجمات هجومه هجومها هجومهم هجماته هجماتها "
                  "مهاجم المهاجم مهاجمه مهاجمها مهاجمي")
VIOLENT_WORDS = _n("مسلح مسلحون مسلحين قتل قتلى مقتل قتيل تفجير انفجار انتحاري إرهابي إرهابية "
                   "عبوة مفخخة صاروخ صواريخ قذيفة قذائف رصاص جنود جندي الجيش الشرطة")


# a kick or a shot, named by its kind right after ("بضربة رأسية"، "ضربة رأس"، "ضربة جزاء"، "ضربة حرة"):
# no strike (SPORT_WORDS alone will not do: strikes hit أهدافا and نقاط تفتيش)
KICKS = _n("ضربة ضربات الضربة الضربات")
KICK_KINDS = _n("رأسية رأسيه رأس مقصية مقصيه جزاء الجزاء حرة الحرة ركنية ركنيه ترجيح الترجيح")


def sport_not_attack(view, i, etype, kind, stem):
    """Is the attack noun at ``i`` a team's attack or words against a club, in a sentence
    about sport with no word of violence; or the strike noun a kick or a shot (بضربة رأسية)?"""
    if etype == "Strike":
        return stem in KICKS and view.has(i + 1, KICK_KINDS) and not view.positions(VIOLENT_WORDS)
    return etype == "Attack" and stem in ATTACK_NOUNS and bool(view.positions(SPORT_WORDS)) \
        and not view.positions(VIOLENT_WORDS)
