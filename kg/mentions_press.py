"""Press credits: the newspaper, site or agency an article is filed for or quotes.

Arabic news credits its source in a few fixed ways, the name in quotes:
- a dateline: "عدن - «الشرق الأوسط»:" (a city, a dash, the paper);
- a statement made to the paper: "قال لـ«الحياة» إن ..."، "في تصريح لـ«عكاظ»";
- a copy received or a site: "في بيان تلقت «الشرق الأوسط» نسخة منه"، موقع "بوابة الأهرام".

The quoted name is then an organisation (a MediaOrganization), whatever else the words may
name: الشرق الأوسط in a credit is the paper, not the region; الرياض the paper, not the city.
"""
from __future__ import annotations

import re

from kg.model import Mention

_OPEN, _CLOSE = "«\"“", "»\"”"
_NAME = rf"[{_OPEN}]\s*([^{_OPEN}{_CLOSE}\n:،,.]{{2,40}}?)\s*[{_CLOSE}]"

# "عدن - «الشرق الأوسط»:" at the start of a line (a place of at most four words before the dash)
DATELINE = re.compile(rf"(?m)^[^\S\n]*(?:[^\s\-–—]+[^\S\n]+){{1,4}}?(?:\([^)\n]{{0,30}}\)[^\S\n]*)?"
                      rf"[-–—][^\S\n]*{_NAME}(?=[^\S\n]*(?:$|[:،,]|و?وكالات))")
# "قال لـ«الحياة»"، "في تصريحات لـ«عكاظ»": a statement made to the paper
_SAID = ("قال", "قالت", "أكد", "اكد", "أكدت", "اكدت", "أوضح", "اوضح", "أوضحت", "صرح", "صرحت",
         "أضاف", "اضاف", "أضافت", "كشف", "كشفت", "أفاد", "افاد", "أفادت", "ذكر", "ذكرت", "أبلغ", "ابلغ",
         "تصريح", "تصريحات", "حديث", "حديثه", "حديثها", "مقابلة", "تصريحه", "تصريحاتها", "تصريحاته")
SAID_TO = re.compile(rf"(?<!\S)[وف]?(?:{'|'.join(_SAID)})(?:\s+\S+){{0,8}}?\s+لـ?\s*{_NAME}")
# "تلقت «الشرق الأوسط» نسخة منه"، "موقع «بوابة الأهرام»"، "نقلت عنه «الحياة»"
RECEIVED = re.compile(rf"(?<!\S)(?:تلقت|تلقى|تسلمت|اطلعت\s+عليه|اطلعت\s+عليها|موقع|وموقع|لموقع|بموقع)"
                      rf"\s+{_NAME}")
_PATTERNS = (DATELINE, SAID_TO, RECEIVED)
_ARABIC = re.compile(r"^[\u0621-\u064A\s]+$")


def credit_spans(text) -> list:
    """The (start, end) of every credited name, in text order."""
    out = set()
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            name = m.group(1)
            if _ARABIC.match(name) and len(name.split()) <= 4:
                out.add((m.start(1), m.end(1)))
    return sorted(out)


def press_credits(text, mentions) -> list:
    """The mentions with every credited name made a media organisation: what the other
    sources made of the words inside it (a region, a city, a person) is replaced; an
    organisation already found there stays as it is (قال لـ«حماس»)."""
    spans = credit_spans(text)
    if not spans:
        return mentions
    dropped, added = set(), []
    for s, e in spans:
        over = [m for m in mentions if m.start < e and s < m.end]
        if any(m.type == "Organization" for m in over):
            continue
        dropped.update(id(m) for m in over)
        added.append(Mention(s, e, text[s:e], type="Organization", subtype="MediaOrganization",
                             source="pattern"))
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in dropped] + added, key=lambda m: (m.start, m.end))
