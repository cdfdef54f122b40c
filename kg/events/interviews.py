"""An interview is no meeting: "وقال X في لقاء بثته قناة الإخبارية"، "في لقاء تلفزيوني"، "في لقاء
مع صحيفة الحياة" (someone talks to the press; nobody meets). ``interview_not_meeting`` is a
trigger filter (and a sense filter: the learned stage makes no meeting of it either).
"""
from __future__ import annotations

from kg.events.grammar import _n

INTERVIEW_NOUNS = _n("لقاء لقائه لقائها اللقاء")
# right after the noun: broadcast or given to the press ("لقاء بثته قناة"، "لقاء تلفزيوني")
INTERVIEW_KINDS = _n("بثته بثه أجرته أجراه اجرته اجراه نشرته نشره تلفزيوني تلفزيونية تليفزيوني متلفز "
                     "صحفي صحافي صحفية صحافية إذاعي اذاعي إعلامي")
# "لقاء مع قناة/صحيفة/إذاعة": the one talked to is the press
_WITH = _n("مع")
PRESS = _n("قناة صحيفة جريدة إذاعة اذاعة وكالة مجلة برنامج التلفزيون التليفزيون الإذاعة تلفزيون")


def interview_not_meeting(view, i, etype, kind, stem):
    """Is the meeting noun at ``i`` an interview: broadcast or given to the press, told right after
    it ("لقاء بثته قناة X"، "لقاء تلفزيوني"، "لقاء مع صحيفة X")?"""
    if etype != "Meeting" or not view.has(i, INTERVIEW_NOUNS):
        return False
    return view.has(i + 1, INTERVIEW_KINDS) or (view.has(i + 1, _WITH) and view.has(i + 2, PRESS))
