"""Readable English renderings of Arabic proper names, and ASCII slugs.

``romanize("بلال حسن الجاسم")`` gives ``"Bilal Hasan al-Jasim"``. A full name Wikidata
knows (kg/names.py: حسن نصر الله) gets its attested spelling; any other name three layers:

1. a lexicon of frequent given names, kunyas, name parts, family-name and
   place-name words in their usual newspaper spelling (محمد Mohammed,
   أبو Abu, بن bin, حمص Homs ...), looked up on the normalised word;
2. the article ال rendered ``al-`` (sun letters are not assimilated, as in
   the press: الشرع al-Sharaa), عبد/أبو + ال-word compounds;
3. for any other word, camel-tools' Buckwalter transliteration
   (``CharMapper.builtin_mapper("ar2bw")``) turned into Latin letters, with
   short vowels guessed from the shape of the unvocalised word (CaaCiC:
   جاسم Jasim, CaCiiC: كريم Karim, CaCCaaC: سلمان Salman, CaCaC: حسن Hasan ...).

A word written in Latin letters inside an Arabic name (``شركة Google``) is kept as
written (accents folded), never read as Buckwalter: ``Sharika Google``, not ``Gaghal``.

Output is ASCII letters, spaces, hyphens and apostrophes only; deterministic.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.caches import register
from kg.normalize import norm

__all__ = ["romanize", "slugify", "is_latin", "has_arabic", "LEXICON", "EXONYMS"]

# ---------------------------------------------------------------------------
# Lexicon: normalised Arabic word (or two-word compound) -> usual spelling.
# Normalised as kg.normalize.norm does: bare alef, ه for ة, ي for ى.

_LEX_TEXT = """
محمد Mohammed|احمد Ahmed|محمود Mahmoud|مصطفي Mustafa|عمر Omar|عمرو Amr|علي Ali
حسن Hasan|حسين Hussein|حسان Hassan|خالد Khaled|عبد Abd|عبدالله Abdullah|ابو Abu
ابي Abi|بن bin|ابن ibn|بنت bint|ام Umm|يوسف Youssef|ابراهيم Ibrahim|اسماعيل Ismail
اسحاق Ishaq|يعقوب Yaqub|موسي Musa|عيسي Issa|يحيي Yahya|زكريا Zakaria|سليمان Suleiman
داود Dawood|هارون Haroun|نوح Nouh|ادم Adam|صالح Saleh|هود Hud|ايوب Ayoub|يونس Younis
الياس Elias|عثمان Othman|عباس Abbas|جعفر Jaafar|حمزه Hamza|طارق Tariq|زياد Ziad
سعيد Saeed|سعد Saad|سعود Saud|فهد Fahd|فيصل Faisal|سلمان Salman|نايف Nayef|تركي Turki
بندر Bandar|سلطان Sultan|منصور Mansour|ناصر Nasser|نصر Nasr|جمال Jamal|كمال Kamal
جميل Jamil|كريم Karim|رشيد Rashid|راشد Rashid|حامد Hamed|حميد Hamid|حمد Hamad
احمدي Ahmadi|مجيد Majid|ماجد Majed|وليد Walid|خليل Khalil|خليفه Khalifa|زايد Zayed
زيد Zaid|مروان Marwan|عدنان Adnan|عماد Imad|عصام Issam|هشام Hisham|وسام Wissam
بسام Bassam|حسام Hussam|عزام Azzam|هيثم Haitham|بلال Bilal|انس Anas|اسامه Osama
ايمن Ayman|امين Amin|مؤمن Moamen|مومن Moamen|ياسر Yasser|ياسين Yassin|ماهر Maher
سامر Samer|سامي Sami|رامي Rami|فادي Fadi|هادي Hadi|شادي Shadi|نبيل Nabil|جلال Jalal
طلال Talal|بشار Bashar|بشير Bashir|نذير Nazir|منير Munir|سمير Samir|امير Amir
الامير al-Amir|ابوبكر Abu Bakr|بكر Bakr|عمار Ammar|ياسمين Yasmin|فاطمه Fatima
عائشه Aisha|خديجه Khadija|مريم Maryam|زينب Zainab|نور Nour|هدي Huda|سلمي Salma
ليلي Layla|رنا Rana|ريم Reem|سارا Sara|ساره Sara|هند Hind|امل Amal|منال Manal
ناديه Nadia|رانيا Rania|هبه Hiba|اسماء Asma|سناء Sanaa|دعاء Doaa|الاء Alaa|علاء Alaa
ضياء Diaa|بهاء Bahaa|رجاء Raja|وفاء Wafaa|شيماء Shaimaa|لمياء Lamia|حسناء Hasnaa
عبدالرحمن Abdul Rahman|قاسم Qasim|جاسم Jasim|هاشم Hashem|كاظم Kazem|ناظم Nazem
حاتم Hatem|عاصم Asem|سالم Salem|غانم Ghanem|باسل Basel|فاضل Fadel|عادل Adel
نائل Nael|وائل Wael|رائد Raed|سائد Saed|فارس Fares|حارث Harith|ليث Laith|غيث Ghaith
مهند Muhannad|معاذ Muadh|مصعب Musab|حذيفه Hudhaifa|سفيان Sufyan|قتيبه Qutaiba
عكرمه Ikrima|ابراهيمي Ibrahimi|صدام Saddam|عدي Uday|قصي Qusay|نوري Nouri|مالكي Maliki
حيدر Haidar|جواد Jawad|مهدي Mahdi|رضا Reda|كاظمي Kadhimi|باقر Baqir|صادق Sadiq
حكيم Hakim|نعيم Naim|رحيم Rahim|عزيز Aziz|لطيف Latif|شريف Sharif|ظريف Zarif
روحاني Rouhani|خامنئي Khamenei|خميني Khomeini|نصرالله Nasrallah|قاسمي Qasimi
اسد Assad|الاسد al-Assad|حافظ Hafez|ماهر Maher|رفعت Rifaat|شرع Sharaa|جولاني Jolani
بغدادي Baghdadi|ظواهري Zawahiri|زرقاوي Zarqawi|لادن Laden|عدناني Adnani|قرشي Qurashi
هاشمي Hashemi|حريري Hariri|جميل Jamil|عون Aoun|بري Berri|جعجع Geagea|ميقاتي Mikati
سيسي Sisi|مبارك Mubarak|مرسي Morsi|سادات Sadat|عبدالناصر Abdel Nasser|قذافي Gaddafi
حفتر Haftar|سراج Sarraj|دبيبه Dbeibah|بوتفليقه Bouteflika|تبون Tebboune|سعيد Saeed
غنوشي Ghannouchi|اردوغان Erdogan|اوغلو Oglu|فيدان Fidan|عبدالملك Abdul Malik
حوثي Houthi|هادي Hadi|صالح Saleh|زبيدي Zubaidi|عليمي Alimi|بن bin
عبدالعزيز Abdulaziz|عبدالكريم Abdul Karim|عبدالفتاح Abdel Fattah|عبدالحميد Abdul Hamid
عبدالمجيد Abdul Majid|عبدالرحيم Abdul Rahim|عبدالحكيم Abdul Hakim|عبداللطيف Abdul Latif
عبدالقادر Abdul Qadir|عبدالسلام Abdul Salam|عبدالغني Abdul Ghani|عبدالواحد Abdul Wahid
عبدالباسط Abdul Basit|عبدالاله Abdul Ilah|عبدالمهدي Abdul Mahdi|عبدربه Abd Rabbuh
عبدالحليم Abdul Halim|عبدالجبار Abdul Jabbar|عبدالوهاب Abdul Wahab|عبدالرزاق Abdul Razzaq
عبدالمنعم Abdel Moneim|عبدالحي Abdul Hay|عبدالعظيم Abdul Azim|عبدالباري Abdul Bari
الله Allah|عرب Arab|اتحاد Ittihad|و wa|في fi|من min|على ala|عن an|الى ila|ريف Rif|عيد Eid|حزبالله Hezbollah|فضل Fadl|جار Jar|خير Khair|رحمن Rahman|دين Din|الدين al-Din|صلاح Salah|نور Nour|سيف Saif|شمس Shams
عز Izz|بدر Badr|فخر Fakhr|نجم Najm|تقي Taqi|شهاب Shihab|شاكر Shaker|مختار Mukhtar
مجاهد Mujahid|قائد Qaid|مقداد Miqdad|سراقب Saraqib|حماه Hama|درعا Daraa|دير Deir|زور Zor|الزور al-Zor|طرطوس Tartus|القامشلي Qamishli
منبج Manbij|عفرين Afrin|كوباني Kobani|جرابلس Jarabulus|الباب al-Bab|دوما Douma|حرستا Harasta
داريا Daraya|الرمادي Ramadi|تكريت Tikrit|سامراء Samarra|كربلاء Karbala|النجف Najaf
رام Ram|رفح Rafah|خان Khan|يونس Younis|نابلس Nablus|جنين Jenin|عدن Aden|مارب Marib
تعز Taiz|قطر Qatar|الشام al-Sham|شام Sham|قاعده Qaeda|القاعده al-Qaeda|النصره al-Nusra
حزب Hezb|طالبان Taliban|حماس Hamas|فتح Fatah|باديه Badia|جبل Jabal|وادي Wadi|تل Tal
عين Ain|بيت Beit
بئر Bir|كفر Kafr|معره Maarat|النعمان al-Numan|خان Khan|شيخ Sheikh|الشيخ al-Sheikh
فراس Firas|نزار Nizar|نضال Nidal|جهاد Jihad|اياد Iyad|رياض Riyad|هنيه Haniyeh
انور Anwar|شكري Shoukry|علوي Alawi|خطيب Khatib|حسيني Husseini|حمداني Hamdani
كردي Kurdi|تركماني Turkmani|شامي Shami|حلبي Halabi|حمصي Homsi|مصري Masri|عراقي Iraqi
يمني Yamani|سوري Suri|لبناني Lubnani|فلسطيني Filastini|تونسي Tounsi|ليبي Libi
جزائري Jazairi|مغربي Maghribi|سعودي Saudi|كويتي Kuwaiti|قطري Qatari|عبيدي Obeidi
جبوري Jubouri|دليمي Dulaimi|شمري Shammari|عنزي Anazi|عتيبي Otaibi|قحطاني Qahtani
زهراني Zahrani|غامدي Ghamdi|دوسري Dosari|مطيري Mutairi|حربي Harbi|شهري Shehri
تميمي Tamimi|هاشمي Hashemi|حسني Hosni|حسنين Hassanein|عبيد Obeid|زهير Zuhair
سهيل Suhail|نعمان Numan|لقمان Luqman|عمران Imran|عرفات Arafat|ياسر Yasser|غسان Ghassan
مازن Mazen|رامز Ramez|حازم Hazem|عارف Aref|شفيق Shafiq|رفيق Rafiq|توفيق Tawfiq|وفيق Wafiq
اسعد Asaad|ارشد Arshad|امجد Amjad|اكرم Akram|اشرف Ashraf|انيس Anis|ادريس Idris
عوض Awad|معن Maan|مهدي Mahdi|نادر Nader|بكري Bakri|صبري Sabri|فوزي Fawzi|رمزي Ramzi
لؤي Louay|جورج George|ميشال Michel|ميشيل Michel|بطرس Boutros|حنا Hanna|الياس Elias
ترامب Trump|دونالد Donald|بايدن Biden|جو Joe|اوباما Obama|باراك Barack|بوتين Putin
فلاديمير Vladimir|ماكرون Macron|ايمانويل Emmanuel|نتنياهو Netanyahu|بنيامين Benjamin
غوتيريش Guterres|انطونيو Antonio|بلينكن Blinken|روبيو Rubio|ماركو Marco|زيلينسكي Zelensky
جونسون Johnson|ستارمر Starmer|ميركل Merkel|شولتس Scholz|بومبيو Pompeo|كيري Kerry
سيد Sayyid|السيد al-Sayyid|حاج Hajj|الحاج al-Hajj|امام Imam|ملا Mullah|مولاي Moulay
"""

# English names used for whole words only (never as the stem of an al- word:
# السورية is not "al-Syria").
_EXONYM_TEXT = """
ادلب Idlib|حلب Aleppo|حمص Homs|دمشق Damascus|رقه Raqqa|الرقه Raqqa|تدمر Palmyra|اللاذقيه Latakia
الحسكه Hasakah|البوكمال Albu Kamal|السويداء Suwayda|القنيطره Quneitra|الغوطه Ghouta
سوريا Syria|سوريه Syria|العراق Iraq|عراق Iraq|بغداد Baghdad|الموصل Mosul|البصره Basra
اربيل Erbil|كركوك Kirkuk|الانبار Anbar|الفلوجه Fallujah|لبنان Lebanon|بيروت Beirut
طرابلس Tripoli|صيدا Sidon|صور Tyre|الاردن Jordan|عمان Amman|فلسطين Palestine|غزه Gaza
القدس Jerusalem|الخليل Hebron|اسرائيل Israel|مصر Egypt|القاهره Cairo|الاسكندريه Alexandria
سيناء Sinai|ليبيا Libya|بنغازي Benghazi|مصراته Misrata|تونس Tunisia|الجزائر Algeria
المغرب Morocco|الرباط Rabat|السودان Sudan|الخرطوم Khartoum|اليمن Yemen|صنعاء Sanaa
الحديده Hodeidah|السعوديه Saudi Arabia|الرياض Riyadh|جده Jeddah|مكه Mecca|المدينه Medina
الدوحه Doha|الكويت Kuwait|البحرين Bahrain|المنامه Manama|الامارات UAE|ابوظبي Abu Dhabi
دبي Dubai|ايران Iran|طهران Tehran|تركيا Turkey|انقره Ankara|اسطنبول Istanbul|افغانستان Afghanistan
كابل Kabul|باكستان Pakistan|روسيا Russia|موسكو Moscow|امريكا America|اميركا America
واشنطن Washington|فرنسا France|باريس Paris|بريطانيا Britain|لندن London|المانيا Germany
برلين Berlin|الصين China|بكين Beijing|الهند India|اوروبا Europe|افريقيا Africa|داعش ISIS
الفرات Euphrates|دجله Tigris|النيل Nile|شمال North|جنوب South|شرق East|غرب West
"""

LEXICON: dict = {}
for _line in _LEX_TEXT.strip().splitlines():
    for _entry in _line.split("|"):
        _ar, _, _en = _entry.strip().partition(" ")
        LEXICON.setdefault(norm(_ar), _en.strip())

EXONYMS: dict = {}
for _line in _EXONYM_TEXT.strip().splitlines():
    for _entry in _line.split("|"):
        _ar, _, _en = _entry.strip().partition(" ")
        EXONYMS.setdefault(norm(_ar), _en.strip())

# ---------------------------------------------------------------------------
# Letter classes on the Buckwalter transliteration

_CONS = {
    "b": "b", "t": "t", "v": "th", "j": "j", "H": "h", "x": "kh", "d": "d",
    "*": "dh", "r": "r", "z": "z", "s": "s", "$": "sh", "S": "s", "D": "d",
    "T": "t", "Z": "z", "g": "gh", "f": "f", "q": "q", "k": "k", "l": "l",
    "m": "m", "n": "n", "h": "h", "w": "w", "y": "y", "E": "E", "'": "'",
    ">": "'", "<": "'", "&": "'", "}": "'", "P": "p", "J": "ch", "V": "v",
    "G": "g",
}
_GUTTURAL = {"H", "E", "h", "x", "g", "'"}
_DIACRITICS = re.compile("[\u064B-\u0652\u0653-\u0658\u0670\u0640]")


_MAPPER = []


def _bw(word: str) -> str:
    """camel-tools' Arabic -> Buckwalter transliteration (mapper loaded once)."""
    if not _MAPPER:
        from camel_tools.utils.charmap import CharMapper
        _MAPPER.append(CharMapper.builtin_mapper("ar2bw"))
    return _MAPPER[0](word)


def _segments(bw: str):
    """Buckwalter word -> list of [kind, latin]: kind 'C' consonant, 'V' long vowel."""
    segs = []
    n = len(bw)
    for i, ch in enumerate(bw):
        prev = bw[i - 1] if i else ""
        nxt = bw[i + 1] if i + 1 < n else ""
        if ch == "~":                       # shadda: double the consonant before
            if segs and segs[-1][0] == "C":
                segs.append(["C", segs[-1][1]])
            continue
        if ch in "auiFNKo`_{":              # short vowels are guessed, not read
            continue
        if ch == "y" and nxt == "p" and i + 2 == n and segs and segs[-1][0] == "C":
            segs.append(["V", "i"])              # -iyya: سمية Samiya
            segs.append(["C", "y"])
            continue
            continue
        if ch in "A|{":
            if i == 0:
                segs.append(["V", "a"])
            elif ch == "|":
                segs.append(["C", "'"])
                segs.append(["V", "a"])
            else:
                segs.append(["V", "a"])
            continue
        if ch == ">" and i == 0:
            segs.append(["I", "a"])          # initial hamza: a short vowel
            continue
        if ch == "<" and i == 0:
            segs.append(["I", "i"])
            continue
        if ch == "p":                       # teh marbuta
            segs.append(["V", "a"])
            continue
        if ch == "Y":                       # alef maqsura
            segs.append(["V", "a"])
            continue
        if ch == "w" and nxt == "y" and i + 2 == n and segs and segs[-1][0] == "C":
            segs.append(["V", "a"])              # nisba -awi: حموي Hamawi
            segs.append(["C", "w"])
            continue
        if ch in "wy":
            vowel_next = nxt in "A|p" or nxt == ""
            if i == 0 or (vowel_next and nxt != "" and i > 0) or prev in "A|":
                segs.append(["C", ch])
                continue
            if nxt == "":                   # final: long vowel
                segs.append(["V", "i" if ch == "y" else "u"])
                continue
            if i == 1 and len(segs) == 1 and segs[0][0] == "I" and _cons_run(bw, i + 1) >= 1:
                segs[0] = ["V", "aw" if ch == "w" else "ai"]     # أوسط Awsat, أيمن Ayman
                continue
            if (ch == "y" and i == 1 and n == 3 and len(segs) == 1 and segs[0][0] == "C"
                    and bw[2] in _CONS and bw[2] not in "wy"):
                segs.append(["V", "ai"])         # CayC: جيش Jaish, خير Khair
                continue
            if i == 1 and len(segs) == 1 and segs[0][0] == "C" and _cons_run(bw, i + 1) >= 2:
                segs.append(["V", "aw" if ch == "w" else "ai"])   # حيدري Haidari, شوقي Shawqi
                continue
            segs.append(["V", "ou" if ch == "w" else "i"])
            continue
        if ch in _CONS:
            segs.append(["C", ch])
    return segs


def _cons_run(bw: str, start: int) -> int:
    """How many consonant letters follow from ``start`` (a final ي/و counts as a vowel)."""
    k = 0
    for j in range(start, len(bw)):
        ch = bw[j]
        if ch in "A|pY" or (ch in "wy" and (j == len(bw) - 1 or bw[j + 1] == "p")):
            break
        if ch in _CONS:
            k += 1
    return k


_APOSTROPHES = re.compile(r"'+")
_LONG_VOWELS = re.compile(r"([aiu])\1\1+")


def _guess(word: str) -> str:
    """Vowel-insertion romanisation of one unknown word (no article)."""
    bw = _bw(word)
    segs = _segments(bw)
    if not segs:
        return ""
    out = []
    n = len(segs)
    # consonant runs: decide which gaps get a short vowel
    runs = []
    i = 0
    while i < n:
        if segs[i][0] == "C":
            j = i
            while j < n and segs[j][0] == "C":
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    insert = {}                          # index after which to put a short vowel
    only_consonants = all(s[0] == "C" for s in segs)
    if not only_consonants and _looks_foreign(bw, segs, runs):
        return _foreign(segs, runs)
    lead = segs[0][0] == "I" or (segs[0][0] == "V" and bw[:1] in ("A", "<"))
    for (i, j) in runs:
        k = j - i
        if i == 1 and lead and k >= 2 and not only_consonants:
            if j < n:                 # iCCaaC / istiCCaaC: اسلام Islam, استقلال Istiqlal
                if bw[:1] == "A":
                    segs[0] = ["V", "i"]
                if k >= 3:
                    insert[i + 1] = "i"
            elif k >= 3:              # aCCaC: أكبر Akbar, أصغر Asghar
                insert[i + 1] = "a"
            continue
        initial = i == 0 or all(s[0] == "I" for s in segs[:i])
        final = j == n
        if only_consonants:
            if k == 2:
                insert[i] = "a"
            elif k == 3:
                insert[i] = "a"
                second, third = segs[i + 1][1], segs[i + 2][1]
                # CaCC when the last two close a syllable well (شرق Sharq,
                # غرب Gharb, فهد Fahd, سعد Saad), else CaCaC (حسن Hasan, قطر Qatar)
                coda = (second in _GUTTURAL or second in "rlnm") and third not in "rlnmwyfE"
                if not coda:
                    insert[i + 1] = "a"
            elif k >= 4:
                insert[i] = "a"
                insert[j - 2] = "a"
            continue
        if initial and i == 0:
            if k >= 2:
                insert[i] = "a"
            if k >= 4:
                insert[i + 2] = "a"
        elif final:
            if k >= 2:
                # after a diphthong CaiCaC (حيدر Haidar, جوهر Jawhar), else CaaCiC
                insert[i] = "a" if segs[i - 1][1] in ("ai", "aw") else "i"
            if k >= 3:
                insert[i + 1] = "a"
        else:
            if k >= 2:
                insert[i] = "a" if segs[i - 1][1] in ("ai", "aw") else "i"
            if k >= 4:
                insert[i + 2] = "a"
    if segs[0][0] == "C" and segs[0][1] == "E" and 0 not in insert and n > 1 \
            and segs[1][0] == "C":
        insert[0] = "a"
    for idx, (kind, val) in enumerate(segs):
        if kind == "C":
            if val == "E":
                prev = out[-1] if out else ""
                nxt_kind = segs[idx + 1][0] if idx + 1 < n else ""
                if not out:
                    latin = ""
                elif idx == n - 1:
                    latin = "e" if prev.endswith("i") else "a"
                elif prev.endswith("a") and nxt_kind == "C" and not insert.get(idx):
                    latin = "a"
                else:
                    latin = "'"
            elif val == "'":
                latin = "'" if out and idx < n - 1 else ""
            else:
                latin = _CONS.get(val, "")
            out.append(latin)
            if idx in insert:
                out.append(insert[idx])
        else:
            out.append(val)
    text = "".join(out).strip("'")
    text = _APOSTROPHES.sub("'", text)
    text = _LONG_VOWELS.sub(r"\1\1", text)
    return _cap(text)


# Letters that (almost) only occur in words of Arabic origin
_ARABIC_ONLY = set("HESDTZ*vxq&}")
_FOREIGN_LETTERS = set("PJVG")
_ONSETS = {"br", "tr", "kr", "gr", "dr", "fr", "pr", "bl", "kl", "fl", "gl", "pl",
           "st", "sk", "sp", "sm", "sn", "sl", "sw", "tw", "kw", "shr", "str", "skr"}
_CODAS = {"ld", "lt", "lk", "lm", "lf", "ls", "lz", "nd", "nt", "nk", "ns", "nz", "ng",
          "rd", "rt", "rk", "rn", "rs", "rz", "rm", "rl", "rg", "rf", "rb", "rj", "st",
          "sk", "ks", "ts", "ft", "kt", "pt", "mp", "ms", "mz", "rsh", "nj", "ch", "dz"}


def _looks_foreign(bw, segs, runs):
    """A transliterated foreign name (كريستوف، برينسيب، كادوتا) rather than an Arabic word."""
    if _FOREIGN_LETTERS & set(bw):
        return True
    if _ARABIC_ONLY & set(bw[1:]) or "E" in bw or bw.endswith("p"):
        return False
    if len(bw) < 5:
        return False
    body = segs[:-1] if segs[-1] == ["V", "i"] else segs      # nisba -i is Arabic
    vowels = sum(1 for s in body if s[0] == "V")
    clusters = sum(1 for i, j in runs if j - i >= 2)
    inner_long_run = any(j - i >= 3 and i > 0 for i, j in runs)
    final_u = segs[-1] == ["V", "u"] and len(segs) > 1 and segs[-2][0] == "C"
    return vowels >= 3 or clusters >= 2 or inner_long_run or final_u


def _foreign(segs, runs):
    """Keep consonant clusters a European name allows; ou reads o, gh reads g."""
    lat = []
    for kind, val in segs:
        if kind == "C":
            lat.append("g" if val == "g" else _CONS.get(val, ""))
        elif val in ("ou", "aw"):
            lat.append("o")
        elif val == "ai":
            lat.append("e")
        elif val == "u" and kind == "V":
            lat.append("o")
        else:
            lat.append(val)
    insert = set()
    n = len(segs)
    for i, j in runs:
        k = j - i
        if k < 2:
            continue
        cluster = "".join(lat[i:j])
        if i == 0:
            if cluster not in _ONSETS and cluster[:2] not in _ONSETS:
                insert.add(i)
        elif j == n:
            if cluster[-2:] not in _CODAS and "".join(lat[j - 2:j]) not in _CODAS:
                insert.add(j - 2)
    out = []
    for idx, piece in enumerate(lat):
        out.append(piece)
        if idx in insert:
            out.append("e" if idx > 0 else "a")
    text = "".join(out).replace("'", "")
    return _cap(text)


def _cap(s: str) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
    return s


def _clean(name: str) -> str:
    name = _DIACRITICS.sub(lambda m: m.group(0) if m.group(0) == "\u0651" else "", name)
    return " ".join(name.split())


_ARABIC_LETTER = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")


def has_arabic(text: str) -> bool:
    """Whether ``text`` has a letter of the Arabic script."""
    return _ARABIC_LETTER.search(text) is not None


def is_latin(text: str) -> bool:
    """A name written in Latin letters only ("Hezbollah", "Médecins Sans Frontières"):
    no Arabic letter and one Latin letter at least. Its spelling is kept, never romanised."""
    return not has_arabic(text) and _LATIN_LETTER.search(text) is not None


@lru_cache(maxsize=50_000)
def _word(word: str) -> str:
    """Romanise one word (already cleaned: diacritics other than shadda removed)."""
    if not has_arabic(word):
        return word          # a Latin word inside an Arabic name keeps its spelling
    plain = word.replace("\u0651", "")
    key = norm(plain)
    if key in LEXICON:
        return LEXICON[key]
    if key in EXONYMS:
        return EXONYMS[key]
    if len(key) > 3 and key.startswith("ال"):
        stem = word[2:]
        stem_key = key[2:]
        rest = LEXICON.get(stem_key) or _guess(stem)
        if rest[:1].islower():                # bin, ibn ...: keep as is
            return "al-" + rest
        return "al-" + _cap(rest)
    if len(key) > 5 and key.startswith("عبدال"):   # عبدالرزاق written as one word
        return "Abdul " + _cap(LEXICON.get(key[5:]) or _guess(plain[5:]))
    return _guess(word)


register(_word.cache_clear)


# spellings of the French press (Bachar el-Assad, Abou, Djamel): the rules' English one instead
_FRENCH_SPELLING = re.compile(r"\b[Ee]l-|ch|Dj|dj|\bAbou\b|\bBou")
_KUNYAS = frozenset(["ابو", "ابي", "ام"])


def _known_spelling(words):
    """The attested Latin spelling of a full name Wikidata knows (kg/names.py), or None:
    two name units at least (صلاح الدين is one), no kunya (أبو عمر names many men), and
    no French spelling."""
    from kg.names import latin_of, name_units

    key = norm(" ".join(w.replace("\u0651", "") for w in words))
    parts = key.split(" ")
    if parts[0] in _KUNYAS or name_units(parts) < 2:
        return None
    known = latin_of(key)
    if not known or _FRENCH_SPELLING.search(known) or len(known.split()) > len(parts):
        return None     # (Khalifa Belqasim Haftar: a name more than the text gives)
    return _ascii(known)


@lru_cache(maxsize=50_000)
def romanize(name_ar: str) -> str:
    """Readable English rendering of an Arabic proper name.

    >>> romanize("بلال حسن الجاسم")
    'Bilal Hasan al-Jasim'
    """
    words = _clean(name_ar).split(" ")
    if len(words) >= 2 and all(has_arabic(w) for w in words):
        known = _known_spelling(words)
        if known:
            return known
    parts = []
    i = 0
    while i < len(words):
        w = words[i]
        if not w:
            i += 1
            continue
        key = norm(w.replace("\u0651", ""))
        nxt = words[i + 1] if i + 1 < len(words) else ""
        nkey = norm(nxt.replace("\u0651", "")) if nxt else ""
        # آل سعود: the family word Al (normalised it would read as the article)
        if w in ("آل", "ال") and nxt:
            parts.append("Al")
            i += 1
            continue
        # عبد الله، عبد الرحمن ... as one name
        if key == "عبد" and nkey.startswith("ال"):
            compound = key + nkey
            if compound in LEXICON:
                parts.append(LEXICON[compound])
            else:
                parts.append("Abdul " + _cap(LEXICON.get(nkey[2:]) or _guess(nxt[2:])))
            i += 2
            continue
        # نصر الله، فضل الله ...: one word ending in -allah
        if nkey == "الله" and key not in ("عبد",) and (key + nkey) not in LEXICON:
            parts.append(_cap(_word(w)).replace("-", "") + "allah")
            i += 2
            continue
        if nkey == "الله" and (key + nkey) in LEXICON:
            parts.append(LEXICON[key + nkey])
            i += 2
            continue
        parts.append(_word(w))
        i += 1
    text = " ".join(p for p in parts if p)
    return _ascii(text)


register(romanize.cache_clear)


_NOT_ASCII_NAME = re.compile(r"[^A-Za-z' \-]")


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _NOT_ASCII_NAME.sub("", text)
    return " ".join(text.split())


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_ARABIC_BLOCK = re.compile("[\u0600-\u06FF]")


@lru_cache(maxsize=50_000)
def slugify(text: str) -> str:
    """Lower-case ASCII slug: "Bilal Hasan al-Jasim" -> "bilal-hasan-al-jasim".

    Arabic input is romanised first.
    """
    if _ARABIC_BLOCK.search(text):
        text = romanize(text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = _NOT_SLUG.sub("-", text)
    return text.strip("-")


register(slugify.cache_clear)
