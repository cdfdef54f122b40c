"""Hand annotations of the development set (see eval/README.md for the guidelines).

Texts other than the seed were written for this set: persons are invented,
organisations and places are real. ``build_dev.py`` turns this into
eval/dev.jsonl (spans computed, every mention checked against the text).
In event roles a nested list is a set of alternatives: any one satisfies it.
An event with ``optional`` only carries triples that are optional (a date or
an argument a reasonable annotator could leave out).
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def E(eid, etype, mentions, name_en, qid=None, sub=None, opt=False, alt=None):
    e = {"id": eid, "type": etype, "mentions": mentions, "name_en": name_en, "wikidata": qid}
    if sub:
        e["subtype"] = sub
    if opt:
        e["optional"] = True
    if alt:
        e["alt_types"] = alt
    return e


def R(rtype, head, tail, opt=False):
    r = {"type": rtype, "head": head, "tail": tail}
    if opt:
        r["optional"] = True
    return r


def V(etype, opt=False, **roles):
    ev = {"type": etype}
    for k in ("name", "agent", "target", "place", "date", "trigger"):
        if k in roles:
            ev[k] = roles[k]
    if opt:
        ev["optional"] = True
    return ev


DOCS = []

# ---------------------------------------------------------------- seed (2026-01-17, a Saturday)
DOCS.append(dict(
    id="seed", published="2026-01-17",
    title="التحالف يقتل قياديا في \"القاعدة\" على صلة بهجوم تدمر.. من هو \"الجاسم\"؟",
    text=(ROOT / "seeds" / "000_ee0fa6b5f76be4e0.txt").read_text(encoding="utf-8"),
    entities=[
        E("centcom", "Organization", ["القيادة الأمريكية الوسطى", "القيادة الوسطى", "القيادة المركزية الأمريكية", "سنتكوم"],
          "United States Central Command", sub="ArmedForce"),
        E("jasim", "Person", ["بلال حسن الجاسم", "الجاسم"], "Bilal Hasan al-Jasim"),
        E("isis", "Organization", ["تنظيم الدولة", "تنظيم الدولة الإسلامية", "داعش", "التنظيم", "التنطيم"],
          "Islamic State", sub="ArmedGroup"),
        E("alqaeda", "Organization", ["القاعدة", "تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("usf", "Organization", ["قوات أمريكية", "قوات أميركية", "القوات الأمريكية", "القوات الأميركية", "الجيش الأمريكي"],
          "United States Armed Forces", sub="ArmedForce"),
        E("us", "Place", ["الولايات المتحدة", "الولايات المتحدة الأمريكية"], "United States", qid="Q30",
          sub="Country", alt=["Organization"]),
        E("syria", "Place", ["سوريا", "البلاد"], "Syria", qid="Q858", sub="Country", alt=["Organization"]),
        E("palmyra", "Place", ["تدمر"], "Palmyra", sub="City"),
        E("homs", "Place", ["حمص", "محافظة حمص"], "Homs Governorate", sub="Region"),
        E("badia", "Place", ["البادية السورية"], "Syrian Desert", sub="Region"),
        E("north_syria", "Place", ["الشمال السوري"], "Northern Syria", sub="Region", opt=True),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("coalition", "Organization", ["التحالف", "التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("interior", "Organization", ["وزارة الداخلية السورية"], "Syrian Ministry of Interior", sub="GovernmentBody"),
        E("sharaa", "Person", ["أحمد الشرع", "الشرع"], "Ahmed al-Sharaa"),
        E("trump", "Person", ["دونالد ترامب"], "Donald Trump", qid="Q22686"),
        E("hegseth", "Person", ["بيت هيغسيث", "هيغسيث"], "Pete Hegseth"),
        E("cooper", "Person", ["براد كوبر"], "Brad Cooper"),
        E("saraqib", "Person", ["أبو عمر سراقب"], "Abu Omar Saraqib"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("jfs", "Organization", ["جبهة فتح الشام"], "Jabhat Fath al-Sham", sub="ArmedGroup"),
        E("jaysh_fath", "Organization", ["جيش الفتح"], "Jaysh al-Fath", sub="ArmedGroup"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
    ],
    relations=[
        R("memberOf", "jasim", "alqaeda"),
        R("affiliatedWith", "jasim", "isis", opt=True),
        R("leaderOf", "cooper", "centcom"),
        R("positionIn", "hegseth", "us"),
        R("leaderOf", "sharaa", "syria"),
        R("memberOf", "syria", "coalition"),
        R("leaderOf", "us", "coalition"),
        R("locatedIn", "palmyra", "homs"),
        R("locatedIn", "homs", "syria"),
        R("locatedIn", "palmyra", "syria"),
        R("locatedIn", "badia", "syria"),
        R("locatedIn", "north_syria", "syria"),
        R("leaderOf", "saraqib", "jaysh_fath"),
        R("affiliatedWith", "saraqib", "sharaa"),
        R("memberOf", "usf", "coalition", opt=True),
        R("leaderOf", "trump", "us", opt=True),
    ],
    events=[
        V("Killing", agent=[["usf", "coalition"]], target=["jasim"], place=["syria"], date="2026-01-16", trigger="قتلت"),
        V("Strike", opt=True, agent=["usf"], target=["jasim"], place=["syria"], date="2026-01-16", trigger="غارة"),
        V("Attack", agent=["isis"], target=["usf"], place=[["palmyra", "homs", "syria"]], date="2025-12-13", trigger="كمين"),
        V("Killing", agent=["isis"], place=[["palmyra", "homs", "syria"]], date="2025-12-13", trigger="قتل"),
        V("Killing", opt=True, target=["usf"]),
        V("Strike", agent=["usf"], target=["isis"], trigger="استهدفت"),
        V("Arrest", agent=["usf"], target=["isis"], place=["syria"], trigger="ألقت القبض"),
        V("Killing", agent=["usf"], target=["isis"], place=["syria"], trigger="قتلت"),
        V("Arrest", opt=True, date="2025"),
        V("Killing", opt=True, date="2025"),
        V("Strike", agent=[["usf", "centcom"]], target=["isis"], place=["syria"], date="2026-01", trigger="ضربات"),
        V("MilitaryOperation", name="عين الصقر", agent=["usf"], target=["isis"], place=["syria"], date="2025-12",
          trigger="عملية"),
        V("Arrest", agent=["interior"], date="2025-12", trigger="القبض"),
        V("Visit", agent=["sharaa"], place=["washington"], date="2025-11", trigger="زيارة"),
        V("Meeting", agent=["sharaa", "trump"], date="2025-11", trigger="لقائه"),
        V("Meeting", opt=True, place=["washington"]),
        V("Killing", agent=["coalition"], target=["saraqib"], date="2016", trigger="قتلت"),
        V("Strike", opt=True, agent=["coalition"], target=["saraqib"], date="2016"),
        V("Strike", agent=["coalition"], target=["isis", "nusra", "jfs"], trigger="غارات"),
        V("Strike", opt=True, place=["north_syria"]),
        V("Attack", opt=True, agent=["isis"], place=["badia"], trigger="هجمات"),
    ],
))

# ---------------------------------------------------------------- Iraq (2025-03-15, a Saturday)
DOCS.append(dict(
    id="iq-hamrin", published="2025-03-15",
    text="""أعلن الجيش العراقي، الخميس، مقتل القيادي في تنظيم الدولة أبو حفص الجبوري بغارة جوية نفذتها طائرات القوة الجوية العراقية على وكر للتنظيم في سلسلة جبال حمرين بمحافظة كركوك شمالي العراق.

وقال المتحدث باسم قيادة العمليات المشتركة، اللواء سعد الخفاجي، في بيان، إن الغارة جاءت بعد عملية استخبارية دقيقة بالتنسيق مع جهاز مكافحة الإرهاب، وإن الجبوري كان مسؤولا عن التخطيط لهجمات استهدفت قوات الحشد الشعبي في قضاء الحويجة.

وأضاف الخفاجي أن ثلاثة من مساعدي الجبوري اعتُقلوا الأسبوع الماضي في مدينة كركوك.

وكان مسلحون من داعش قد هاجموا في 2 شباط/فبراير الماضي نقطة تفتيش للحشد الشعبي قرب الحويجة، ما أسفر عن مقتل أربعة من عناصره.

ويواصل الجيش العراقي منذ أشهر عملية "ثأر الشهداء" لملاحقة خلايا التنظيم في المناطق الوعرة بين كركوك وصلاح الدين، فيما تؤكد الحكومة أن البلاد لم تعد تواجه خطرا كبيرا من التنظيم.""",
    entities=[
        E("army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم الدولة", "داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("jubouri", "Person", ["أبو حفص الجبوري", "الجبوري"], "Abu Hafs al-Jubouri"),
        E("iqaf", "Organization", ["القوة الجوية العراقية"], "Iraqi Air Force", sub="ArmedForce"),
        E("hamrin", "Place", ["جبال حمرين", "سلسلة جبال حمرين"], "Hamrin Mountains", sub="Region"),
        E("kirkuk_gov", "Place", ["محافظة كركوك", "كركوك"], "Kirkuk Governorate", sub="Region"),
        E("iraq", "Place", ["العراق", "البلاد"], "Iraq", qid="Q796", sub="Country"),
        E("joc", "Organization", ["قيادة العمليات المشتركة"], "Joint Operations Command", sub="ArmedForce"),
        E("khafaji", "Person", ["سعد الخفاجي", "الخفاجي"], "Saad al-Khafaji"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter-Terrorism Service", sub="ArmedForce"),
        E("pmf", "Organization", ["الحشد الشعبي", "قوات الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedGroup"),
        E("hawija", "Place", ["الحويجة", "قضاء الحويجة"], "Hawija District", sub="Region"),
        E("kirkuk_city", "Place", ["مدينة كركوك"], "Kirkuk", sub="City"),
        E("salahuddin", "Place", ["صلاح الدين"], "Salah al-Din Governorate", sub="Region"),
        E("gov", "Organization", ["الحكومة"], "Government of Iraq", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("memberOf", "jubouri", "isis"),
        R("spokespersonOf", "khafaji", "joc"),
        R("locatedIn", "hamrin", "kirkuk_gov"),
        R("locatedIn", "kirkuk_gov", "iraq"),
        R("locatedIn", "hamrin", "iraq", opt=True),
    ],
    events=[
        V("Killing", agent=["iqaf"], target=["jubouri"], place=[["hamrin", "kirkuk_gov", "iraq"]], date="2025-03",
          trigger="مقتل"),
        V("Strike", agent=["iqaf"], target=["isis"], place=[["hamrin", "kirkuk_gov", "iraq"]], date="2025-03",
          trigger="غارة"),
        V("Strike", opt=True, target=["jubouri"]),
        V("Arrest", place=["kirkuk_city"], date="2025-03", trigger="اعتقلوا"),
        V("Attack", agent=["isis"], target=["pmf"], place=["hawija"], date="2025-02-02", trigger="هاجموا"),
        V("Killing", agent=["isis"], place=["hawija"], date="2025-02-02", trigger="مقتل"),
        V("Killing", opt=True, target=["pmf"]),
        V("Attack", opt=True, agent=["jubouri"]),
        V("MilitaryOperation", name="ثأر الشهداء", agent=["army"], target=["isis"], place=["kirkuk_gov", "salahuddin"],
          trigger="عملية"),
    ],
))

# ---------------------------------------------------------------- Lebanon (2024-10-05, a Saturday)
DOCS.append(dict(
    id="lb-khiam", published="2024-10-05",
    text="""قُتل القيادي في حزب الله حسن علي مرعي، الملقب بـ"الحاج رضا"، أمس الجمعة، بقصف من طائرة مسيرة إسرائيلية استهدف سيارته قرب بلدة الخيام في جنوب لبنان.

وقال الجيش الإسرائيلي في بيان إن مرعي كان قائد وحدة الصواريخ التابعة للحزب في القطاع الغربي، وإنه خطط لإطلاق صواريخ على مدينة نهاريا.

من جهته، نعى حزب الله "الحاج رضا"، وأعلن أن مقاتليه استهدفوا بعد ساعات ثكنة للجيش الإسرائيلي في الجليل الأعلى بصليات من الصواريخ.

ودعت قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل) إلى ضبط النفس، وقال المتحدث باسمها ماركو فيراري إن دورياتها رصدت أكثر من 40 غارة خلال الأسبوع الماضي.

وفي بيروت، التقى وزير الخارجية اللبناني سمير نصار، الخميس، المبعوث الفرنسي جان لوك مارتان لبحث سبل وقف التصعيد على الحدود.""",
    entities=[
        E("hzb", "Organization", ["حزب الله", "الحزب"], "Hezbollah", sub="ArmedGroup"),
        E("marai", "Person", ["حسن علي مرعي", "مرعي", "الحاج رضا"], "Hasan Ali Marai"),
        E("khiam", "Place", ["الخيام", "بلدة الخيام"], "Khiam", sub="City"),
        E("lebanon", "Place", ["لبنان", "جنوب لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", sub="ArmedForce"),
        E("rocket_unit", "Organization", ["وحدة الصواريخ"], "Hezbollah rocket unit", sub="ArmedGroup", opt=True),
        E("nahariya", "Place", ["نهاريا", "مدينة نهاريا"], "Nahariya", sub="City"),
        E("galilee", "Place", ["الجليل الأعلى"], "Upper Galilee", sub="Region"),
        E("unifil", "Organization", ["قوة الأمم المتحدة المؤقتة في لبنان", "يونيفيل"], "UNIFIL"),
        E("ferrari", "Person", ["ماركو فيراري"], "Marco Ferrari"),
        E("beirut", "Place", ["بيروت"], "Beirut", sub="City"),
        E("nassar", "Person", ["سمير نصار"], "Samir Nassar"),
        E("martin", "Person", ["جان لوك مارتان"], "Jean-Luc Martin"),
    ],
    relations=[
        R("memberOf", "marai", "hzb"),
        R("leaderOf", "marai", "rocket_unit"),
        R("partOf", "rocket_unit", "hzb"),
        R("spokespersonOf", "ferrari", "unifil"),
        R("locatedIn", "khiam", "lebanon"),
        R("positionIn", "nassar", "lebanon"),
    ],
    events=[
        V("Killing", target=["marai"], place=[["khiam", "lebanon"]], date="2024-10-04", trigger="قتل"),
        V("Strike", target=["marai"], place=[["khiam", "lebanon"]], date="2024-10-04", trigger="قصف"),
        V("Killing", opt=True, agent=["idf"]),
        V("Strike", opt=True, agent=["idf"]),
        V("Strike", agent=["hzb"], target=["idf"], place=["galilee"], date="2024-10", trigger="استهدفوا"),
        V("Attack", opt=True, agent=["hzb"], target=["idf"], place=["galilee"], date="2024-10"),
        V("Meeting", agent=["nassar", "martin"], place=["beirut"], date="2024-10-03", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Yemen (2025-07-20, a Sunday)
DOCS.append(dict(
    id="ye-hodeidah", published="2025-07-20",
    text="""قالت جماعة أنصار الله (الحوثيون) إنها استهدفت، السبت، سفينة تجارية في البحر الأحمر بصاروخ باليستي، وذلك بعد يومين من غارات أميركية على ميناء الحديدة غربي اليمن.

وقال المتحدث العسكري باسم الجماعة، العميد عبد الكريم الشامي، في كلمة متلفزة، إن "القوات البحرية" التابعة للحوثيين نفذت العملية "نصرة لغزة".

في المقابل، أعلنت القيادة المركزية الأميركية أن مقاتلات أميركية شنت الخميس غارات جوية على مواقع لإطلاق الصواريخ ومخازن للطائرات المسيرة في محافظة الحديدة.

وأفادت وزارة الصحة في صنعاء، التي يديرها الحوثيون، بمقتل سبعة أشخاص في الغارات.

ومن جهة أخرى، اعتقلت قوات الحوثيين الشهر الماضي 12 موظفا محليا لدى الأمم المتحدة في صنعاء، بحسب ما أعلن المبعوث الأممي إلى اليمن، السويدي لارس إريكسون، الذي طالب بالإفراج الفوري عنهم.""",
    entities=[
        E("houthis", "Organization", ["جماعة أنصار الله", "أنصار الله", "الحوثيون", "الحوثيين", "الجماعة"],
          "Houthis (Ansar Allah)", sub="ArmedGroup"),
        E("red_sea", "Place", ["البحر الأحمر"], "Red Sea", sub="Region"),
        E("hodeidah_port", "Place", ["ميناء الحديدة"], "Port of Hodeidah"),
        E("hodeidah_gov", "Place", ["محافظة الحديدة"], "Hodeidah Governorate", sub="Region"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("shami", "Person", ["عبد الكريم الشامي"], "Abdulkarim al-Shami"),
        E("naval", "Organization", ["القوات البحرية"], "Houthi naval forces", sub="ArmedGroup", opt=True),
        E("gaza", "Place", ["غزة"], "Gaza"),
        E("centcom", "Organization", ["القيادة المركزية الأميركية"], "United States Central Command", sub="ArmedForce"),
        E("moh", "Organization", ["وزارة الصحة"], "Ministry of Health (Sanaa)", sub="GovernmentBody"),
        E("sanaa", "Place", ["صنعاء"], "Sanaa", sub="City"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("eriksson", "Person", ["لارس إريكسون"], "Lars Eriksson"),
    ],
    relations=[
        R("spokespersonOf", "shami", "houthis"),
        R("partOf", "naval", "houthis"),
        R("locatedIn", "hodeidah_port", "yemen"),
        R("affiliatedWith", "moh", "houthis", opt=True),
        R("positionIn", "eriksson", "un"),
    ],
    events=[
        V("Strike", agent=[["houthis", "naval"]], place=["red_sea"], date="2025-07-19", trigger="استهدفت"),
        V("Attack", opt=True, agent=[["houthis", "naval"]], place=["red_sea"], date="2025-07-19"),
        V("Strike", place=["hodeidah_port", "hodeidah_gov"], date="2025-07-17", trigger="غارات"),
        V("Strike", opt=True, agent=["centcom"]),
        V("Killing", place=[["hodeidah_gov", "hodeidah_port"]], date="2025-07-17", trigger="مقتل"),
        V("Killing", opt=True, agent=["centcom"]),
        V("Arrest", agent=["houthis"], place=["sanaa"], date="2025-06", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["un"]),
    ],
))

# ---------------------------------------------------------------- Gaza (2024-05-18, a Saturday)
DOCS.append(dict(
    id="ps-jabalia", published="2024-05-18",
    text="""قال الدفاع المدني في قطاع غزة إن 15 فلسطينيا على الأقل قُتلوا، فجر اليوم السبت، في غارة جوية إسرائيلية استهدفت منزلا في مخيم جباليا شمالي القطاع.

وأعلن الجيش الإسرائيلي أن الغارة استهدفت قياديا في كتائب القسام، الجناح العسكري لحركة حماس، يدعى سامي عودة، وقال إنه كان مسؤولا عن إطلاق قذائف صاروخية على مستوطنات غلاف غزة.

وقال المتحدث باسم الدفاع المدني، الرائد خليل عيد، إن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض.

في غضون ذلك، أعلنت كتائب القسام أن مقاتليها فجروا عبوة ناسفة بدبابة إسرائيلية في حي الزيتون بمدينة غزة، أمس الجمعة.

وفي القاهرة، التقى وفد من الحركة برئاسة عضو المكتب السياسي حسام الدين يوسف مسؤولين مصريين، الخميس، لبحث مقترح جديد لوقف إطلاق النار.""",
    entities=[
        E("civil_def", "Organization", ["الدفاع المدني"], "Gaza Civil Defence", sub="GovernmentBody"),
        E("gaza_strip", "Place", ["قطاع غزة", "القطاع"], "Gaza Strip", sub="Region"),
        E("jabalia", "Place", ["مخيم جباليا", "جباليا"], "Jabalia camp", sub="City"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", sub="ArmedForce"),
        E("qassam", "Organization", ["كتائب القسام"], "Izz ad-Din al-Qassam Brigades", sub="ArmedGroup"),
        E("hamas", "Organization", ["حركة حماس", "حماس", "الحركة"], "Hamas", sub="PoliticalOrganization"),
        E("odeh", "Person", ["سامي عودة"], "Sami Odeh"),
        E("envelope", "Place", ["غلاف غزة"], "Gaza envelope", sub="Region", opt=True),
        E("eid", "Person", ["خليل عيد"], "Khalil Eid"),
        E("zeitoun", "Place", ["حي الزيتون"], "Zeitoun", sub="Region"),
        E("gaza_city", "Place", ["مدينة غزة"], "Gaza City", sub="City"),
        E("cairo", "Place", ["القاهرة"], "Cairo", sub="City"),
        E("yousef", "Person", ["حسام الدين يوسف"], "Husam al-Din Yousef"),
        E("politburo", "Organization", ["المكتب السياسي"], "Hamas political bureau", opt=True),
    ],
    relations=[
        R("partOf", "qassam", "hamas"),
        R("memberOf", "odeh", "qassam"),
        R("spokespersonOf", "eid", "civil_def"),
        R("locatedIn", "jabalia", "gaza_strip"),
        R("locatedIn", "zeitoun", "gaza_city"),
        R("memberOf", "yousef", "hamas"),
        R("memberOf", "yousef", "politburo"),
        R("partOf", "politburo", "hamas"),
    ],
    events=[
        V("Strike", agent=["idf"], target=["odeh"], place=[["jabalia", "gaza_strip"]], date="2024-05-18", trigger="غارة"),
        V("Killing", agent=["idf"], place=[["jabalia", "gaza_strip"]], date="2024-05-18", trigger="قتلوا"),
        V("Attack", agent=[["qassam", "hamas"]], place=[["zeitoun", "gaza_city"]], date="2024-05-17", trigger="فجروا"),
        V("Attack", opt=True, target=["idf"]),
        V("Meeting", agent=["yousef"], place=["cairo"], date="2024-05-16", trigger="التقى"),
        V("Meeting", opt=True, agent=["hamas"]),
        V("Visit", opt=True, agent=[["yousef", "hamas"]], place=["cairo"], date="2024-05-16"),
    ],
))

# ---------------------------------------------------------------- Libya (2025-09-11, a Thursday)
DOCS.append(dict(
    id="ly-tripoli", published="2025-09-11",
    text="""اندلعت اشتباكات عنيفة، مساء الثلاثاء، في العاصمة الليبية طرابلس بين قوات "جهاز دعم الاستقرار" و"اللواء 444 قتال" التابع لوزارة الدفاع في حكومة الوحدة الوطنية، ما أسفر عن مقتل ستة أشخاص بينهم مدنيان.

وقال المتحدث باسم وزارة الصحة بحكومة الوحدة الوطنية، مالك الفيتوري، إن الاشتباكات تركزت في حي أبو سليم جنوبي العاصمة.

وأعلن اللواء 444 في بيان أنه اعتقل القيادي في جهاز دعم الاستقرار، عادل بن زايد، الملقب بـ"الزنتاني"، خلال مداهمة لمقر الجهاز.

من جهتها، دعت بعثة الأمم المتحدة للدعم في ليبيا إلى وقف فوري لإطلاق النار، فيما وصل رئيس البعثة بالإنابة، الدبلوماسي البلغاري نيكولاي بيتروف، أمس إلى مدينة بنغازي شرقي ليبيا، حيث التقى رئيس أركان الجيش الوطني الليبي الفريق سالم العبيدي.""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة", "العاصمة الليبية"], "Tripoli", sub="City"),
        E("ssa", "Organization", ["جهاز دعم الاستقرار", "الجهاز"], "Stability Support Apparatus", sub="ArmedGroup"),
        E("b444", "Organization", ["اللواء 444 قتال", "اللواء 444"], "444th Combat Brigade", sub="ArmedForce"),
        E("mod", "Organization", ["وزارة الدفاع"], "Ministry of Defence (GNU)", sub="GovernmentBody"),
        E("gnu", "Organization", ["حكومة الوحدة الوطنية"], "Government of National Unity", sub="GovernmentBody"),
        E("moh", "Organization", ["وزارة الصحة"], "Ministry of Health (GNU)", sub="GovernmentBody"),
        E("fitouri", "Person", ["مالك الفيتوري"], "Malik al-Fitouri"),
        E("abu_salim", "Place", ["أبو سليم", "حي أبو سليم"], "Abu Salim", sub="Region"),
        E("zayed", "Person", ["عادل بن زايد", "الزنتاني"], "Adel bin Zayed"),
        E("unsmil", "Organization", ["بعثة الأمم المتحدة للدعم في ليبيا", "البعثة"], "UNSMIL"),
        E("petrov", "Person", ["نيكولاي بيتروف"], "Nikolay Petrov"),
        E("benghazi", "Place", ["بنغازي", "مدينة بنغازي"], "Benghazi", sub="City"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("lna", "Organization", ["الجيش الوطني الليبي"], "Libyan National Army", sub="ArmedForce"),
        E("obeidi", "Person", ["سالم العبيدي"], "Salem al-Obeidi"),
    ],
    relations=[
        R("partOf", "b444", "mod"),
        R("partOf", "mod", "gnu"),
        R("partOf", "moh", "gnu"),
        R("spokespersonOf", "fitouri", "moh"),
        R("locatedIn", "abu_salim", "tripoli"),
        R("memberOf", "zayed", "ssa"),
        R("leaderOf", "petrov", "unsmil"),
        R("locatedIn", "benghazi", "libya"),
        R("locatedIn", "tripoli", "libya", opt=True),
        R("positionIn", "obeidi", "lna", opt=True),
        R("leaderOf", "obeidi", "lna", opt=True),
    ],
    events=[
        V("Killing", place=[["tripoli", "abu_salim"]], date="2025-09-09", trigger="مقتل"),
        V("Killing", opt=True, agent=["ssa", "b444"]),
        V("Attack", opt=True, agent=["ssa", "b444"], target=["ssa", "b444"], place=[["tripoli", "abu_salim"]],
          date="2025-09-09"),
        V("Arrest", agent=["b444"], target=["zayed"], trigger="اعتقل"),
        V("Visit", agent=["petrov"], place=["benghazi"], date="2025-09-10", trigger="وصل"),
        V("Meeting", agent=["petrov", "obeidi"], place=["benghazi"], date="2025-09-10", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Sudan (2024-12-08, a Sunday)
DOCS.append(dict(
    id="sd-fasher", published="2024-12-08",
    text="""قُتل 23 مدنيا على الأقل وأصيب العشرات في قصف بطائرات مسيرة شنته قوات الدعم السريع، أمس السبت، على سوق شعبي في مدينة الفاشر عاصمة ولاية شمال دارفور غربي السودان، بحسب ما أعلنت لجان المقاومة في المدينة.

وقال المتحدث باسم الجيش السوداني، العميد الطاهر إبراهيم النور، إن الدفاعات الأرضية أسقطت ثلاث مسيرات فوق المدينة، وإن سلاح الجو نفذ غارات على تجمعات للدعم السريع شرقي الفاشر.

من جانبها، قالت قوات الدعم السريع إن مقاتليها سيطروا على بلدة أم كدادة، ونفت استهداف المدنيين، متهمة الجيش بقصف أحياء سكنية في مدينة نيالا الشهر الماضي.

وفي بورتسودان، التقى وزير الخارجية السوداني عثمان البدوي، الأربعاء، المبعوث الأممي الخاص إلى السودان، الجزائري كمال بن عيسى، وبحثا إيصال المساعدات إلى دارفور.""",
    entities=[
        E("rsf", "Organization", ["قوات الدعم السريع", "الدعم السريع"], "Rapid Support Forces", sub="ArmedGroup"),
        E("fasher", "Place", ["الفاشر", "مدينة الفاشر", "المدينة"], "El Fasher", sub="City"),
        E("n_darfur", "Place", ["ولاية شمال دارفور", "شمال دارفور"], "North Darfur", sub="Region"),
        E("sudan", "Place", ["السودان"], "Sudan", qid="Q1049", sub="Country"),
        E("resistance", "Organization", ["لجان المقاومة"], "Resistance Committees"),
        E("saf", "Organization", ["الجيش السوداني", "الجيش"], "Sudanese Armed Forces", sub="ArmedForce"),
        E("nour", "Person", ["الطاهر إبراهيم النور"], "al-Taher Ibrahim al-Nour"),
        E("air_force", "Organization", ["سلاح الجو"], "Sudanese Air Force", sub="ArmedForce", opt=True),
        E("umm_kadada", "Place", ["أم كدادة", "بلدة أم كدادة"], "Umm Kadada", sub="City"),
        E("nyala", "Place", ["نيالا", "مدينة نيالا"], "Nyala", sub="City"),
        E("port_sudan", "Place", ["بورتسودان"], "Port Sudan", sub="City"),
        E("badawi", "Person", ["عثمان البدوي"], "Othman al-Badawi"),
        E("benaissa", "Person", ["كمال بن عيسى"], "Kamal Benaissa"),
        E("darfur", "Place", ["دارفور"], "Darfur", sub="Region"),
    ],
    relations=[
        R("spokespersonOf", "nour", "saf"),
        R("locatedIn", "fasher", "n_darfur"),
        R("locatedIn", "n_darfur", "sudan"),
        R("locatedIn", "fasher", "sudan", opt=True),
        R("positionIn", "badawi", "sudan"),
        R("partOf", "air_force", "saf"),
    ],
    events=[
        V("Strike", agent=["rsf"], place=[["fasher", "n_darfur", "sudan"]], date="2024-12-07", trigger="قصف"),
        V("Killing", agent=["rsf"], place=[["fasher", "n_darfur", "sudan"]], date="2024-12-07", trigger="قتل"),
        V("Attack", opt=True, agent=["rsf"], place=[["fasher", "n_darfur", "sudan"]], date="2024-12-07"),
        V("Strike", agent=[["air_force", "saf"]], target=["rsf"], place=["fasher"], trigger="غارات"),
        V("Attack", opt=True, agent=["rsf"], place=["umm_kadada"]),
        V("Strike", agent=["saf"], place=["nyala"], date="2024-11", trigger="قصف"),
        V("Meeting", agent=["badawi", "benaissa"], place=["port_sudan"], date="2024-12-04", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Mali (2024-08-24, a Saturday)
DOCS.append(dict(
    id="ml-kidal", published="2024-08-24",
    text="""أعلن الجيش المالي، الخميس، أنه قتل 30 "إرهابيا" في غارات بطائرات مسيرة استهدفت مواقع لجماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة قرب بلدة تينزاواتين بمنطقة كيدال شمالي مالي.

وقال المتحدث باسم الجيش، العقيد سليمان ديارا، إن من بين القتلى القيادي في الجماعة محمد ولد الحسين، المعروف بـ"أبو طلحة الأزوادي".

وجاءت الغارات بعد أسابيع من كمين نصبه مسلحو الجماعة ومتمردو الإطار الاستراتيجي الدائم لقافلة للجيش المالي وعناصر مجموعة فاغنر الروسية في المنطقة نفسها نهاية تموز/يوليو الماضي.

وفي نيامي، عاصمة النيجر، اجتمع وزراء دفاع دول تحالف دول الساحل (مالي والنيجر وبوركينا فاسو)، الأسبوع الماضي، وأعلنوا تشكيل قوة مشتركة لمكافحة الجماعات المسلحة.""",
    entities=[
        E("fama", "Organization", ["الجيش المالي", "الجيش"], "Malian Armed Forces", sub="ArmedForce"),
        E("jnim", "Organization", ["جماعة نصرة الإسلام والمسلمين", "الجماعة"], "JNIM", sub="ArmedGroup"),
        E("aq", "Organization", ["تنظيم القاعدة", "القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("tinz", "Place", ["تينزاواتين", "بلدة تينزاواتين"], "Tinzaouaten", sub="City"),
        E("kidal", "Place", ["منطقة كيدال", "كيدال", "المنطقة"], "Kidal Region", sub="Region"),
        E("mali", "Place", ["مالي"], "Mali", qid="Q912", sub="Country", alt=["Organization"]),
        E("diarra", "Person", ["سليمان ديارا"], "Souleymane Diarra"),
        E("ould", "Person", ["محمد ولد الحسين", "أبو طلحة الأزوادي"], "Mohamed Ould al-Hussein"),
        E("csp", "Organization", ["الإطار الاستراتيجي الدائم"], "Permanent Strategic Framework", sub="ArmedGroup"),
        E("wagner", "Organization", ["مجموعة فاغنر", "فاغنر"], "Wagner Group", sub="ArmedGroup"),
        E("niamey", "Place", ["نيامي"], "Niamey", sub="City"),
        E("niger", "Place", ["النيجر"], "Niger", qid="Q1032", sub="Country", alt=["Organization"]),
        E("bf", "Place", ["بوركينا فاسو"], "Burkina Faso", qid="Q965", sub="Country", alt=["Organization"]),
        E("aes", "Organization", ["تحالف دول الساحل"], "Alliance of Sahel States", sub="Coalition"),
    ],
    relations=[
        R("affiliatedWith", "jnim", "aq"),
        R("locatedIn", "tinz", "kidal"),
        R("locatedIn", "kidal", "mali"),
        R("locatedIn", "tinz", "mali", opt=True),
        R("spokespersonOf", "diarra", "fama"),
        R("memberOf", "ould", "jnim"),
        R("locatedIn", "niamey", "niger"),
        R("memberOf", "mali", "aes"),
        R("memberOf", "niger", "aes"),
        R("memberOf", "bf", "aes"),
    ],
    events=[
        V("Strike", agent=["fama"], target=["jnim"], place=[["tinz", "kidal", "mali"]], date="2024-08", trigger="غارات"),
        V("Killing", agent=["fama"], target=["ould"], place=[["tinz", "kidal", "mali"]], date="2024-08", trigger="قتل"),
        V("Killing", opt=True, target=["jnim"]),
        V("Attack", agent=["jnim", "csp"], target=["fama", "wagner"], place=[["kidal", "tinz"]], date="2024-07",
          trigger="كمين"),
        V("Meeting", place=["niamey"], date="2024-08", trigger="اجتمع"),
        V("Meeting", opt=True, agent=[["mali", "niger", "bf", "aes"]]),
    ],
))

# ---------------------------------------------------------------- Afghanistan (2025-06-02, a Monday)
DOCS.append(dict(
    id="af-mazar", published="2025-06-02",
    text="""أعلنت وزارة الداخلية في حكومة طالبان، أمس الأحد، اعتقال خمسة عناصر من تنظيم "ولاية خراسان"، فرع تنظيم الدولة في أفغانستان، بعد يومين من تفجير انتحاري استهدف مسجدا في مدينة مزار شريف عاصمة ولاية بلخ شمالي البلاد.

وقال المتحدث باسم الوزارة، عبد المتين قاسمي، إن المعتقلين كانوا يخططون لهجمات في العاصمة كابل، وإن بينهم مسؤولا ماليا للتنظيم يدعى نور الله صافي.

وكان التفجير قد أسفر عن مقتل 11 مصليا على الأقل، وتبنّاه تنظيم ولاية خراسان في بيان نشرته وكالة أعماق التابعة له.

وفي سياق آخر، زار نائب وزير الخارجية الأفغاني مولوي فريد الله عزيزي العاصمة الأوزبكية طشقند، الثلاثاء الماضي، حيث التقى نظيره الأوزبكي بختيار رحيموف لبحث مشروع سكة حديد عابرة لأفغانستان.""",
    entities=[
        E("moi", "Organization", ["وزارة الداخلية", "الوزارة"], "Ministry of Interior (Taliban)", sub="GovernmentBody"),
        E("taliban", "Organization", ["طالبان", "حكومة طالبان"], "Taliban", sub="ArmedGroup"),
        E("iskp", "Organization", ["ولاية خراسان", "تنظيم ولاية خراسان", "التنظيم"], "Islamic State Khorasan Province",
          sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة"], "Islamic State", sub="ArmedGroup"),
        E("afghanistan", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("mazar", "Place", ["مزار شريف", "مدينة مزار شريف"], "Mazar-i-Sharif", sub="City"),
        E("balkh", "Place", ["ولاية بلخ"], "Balkh Province", sub="Region"),
        E("qasimi", "Person", ["عبد المتين قاسمي"], "Abdul Matin Qasimi"),
        E("kabul", "Place", ["كابل", "العاصمة كابل"], "Kabul", sub="City"),
        E("safi", "Person", ["نور الله صافي"], "Nurullah Safi"),
        E("amaq", "Organization", ["وكالة أعماق", "أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("azizi", "Person", ["فريد الله عزيزي", "مولوي فريد الله عزيزي"], "Faridullah Azizi"),
        E("tashkent", "Place", ["طشقند"], "Tashkent", sub="City"),
        E("rahimov", "Person", ["بختيار رحيموف"], "Bakhtiyor Rahimov"),
    ],
    relations=[
        R("partOf", "moi", "taliban"),
        R("partOf", "iskp", "isis"),
        R("locatedIn", "mazar", "balkh"),
        R("locatedIn", "balkh", "afghanistan"),
        R("locatedIn", "mazar", "afghanistan", opt=True),
        R("spokespersonOf", "qasimi", "moi"),
        R("memberOf", "safi", "iskp"),
        R("positionIn", "safi", "iskp", opt=True),
        R("partOf", "amaq", "iskp"),
        R("affiliatedWith", "amaq", "iskp", opt=True),
        R("positionIn", "azizi", "afghanistan"),
        R("positionIn", "azizi", "taliban", opt=True),
        R("locatedIn", "kabul", "afghanistan", opt=True),
    ],
    events=[
        V("Arrest", agent=[["moi", "taliban"]], target=["iskp", "safi"], trigger="اعتقال"),
        V("Arrest", opt=True, date="2025-06-01"),
        V("Attack", agent=["iskp"], place=[["mazar", "balkh", "afghanistan"]], date="2025-05-30", trigger="تفجير"),
        V("Killing", agent=["iskp"], place=[["mazar", "balkh", "afghanistan"]], date="2025-05-30", trigger="مقتل"),
        V("Visit", agent=["azizi"], place=["tashkent"], date="2025-05-27", trigger="زار"),
        V("Meeting", agent=["azizi", "rahimov"], place=["tashkent"], date="2025-05-27", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Iran (2025-11-30, a Sunday)
DOCS.append(dict(
    id="ir-saravan", published="2025-11-30",
    text="""أعلن الحرس الثوري الإيراني، السبت، أنه نفذ ضربات بطائرات مسيرة على مواقع لجماعة "جيش العدل" قرب الحدود مع باكستان، ردا على هجوم استهدف مركزا للشرطة في مدينة سراوان بمحافظة سيستان وبلوشستان جنوب شرقي إيران.

وقال قائد القوات البرية في الحرس الثوري، العميد مهدي رستمي، إن العملية التي أطلق عليها اسم "فجر الحرية" ستستمر "حتى تدمير آخر معاقل الإرهابيين".

وكانت الجماعة قد تبنت الهجوم الذي وقع الثلاثاء الماضي وأدى إلى مقتل ثلاثة من عناصر الشرطة، بينهم ضابط برتبة نقيب.

وأعلنت وزارة الاستخبارات الإيرانية، أمس، اعتقال أربعة أشخاص قالت إنهم قدموا دعما لوجستيا للمهاجمين في مدينة زاهدان.

من جهتها، قالت وزارة الخارجية الباكستانية إن إسلام آباد لم تتلق أي إخطار مسبق بالضربات، ودعت طهران إلى احترام سيادة البلاد.""",
    entities=[
        E("irgc", "Organization", ["الحرس الثوري الإيراني", "الحرس الثوري"], "Islamic Revolutionary Guard Corps",
          sub="ArmedForce"),
        E("jaish_adl", "Organization", ["جيش العدل", "الجماعة"], "Jaish al-Adl", sub="ArmedGroup"),
        E("pakistan", "Place", ["باكستان", "البلاد"], "Pakistan", qid="Q843", sub="Country"),
        E("saravan", "Place", ["سراوان", "مدينة سراوان"], "Saravan", sub="City"),
        E("sistan", "Place", ["محافظة سيستان وبلوشستان", "سيستان وبلوشستان"], "Sistan and Baluchestan Province",
          sub="Region"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("ground", "Organization", ["القوات البرية"], "IRGC Ground Forces", sub="ArmedForce"),
        E("rostami", "Person", ["مهدي رستمي"], "Mehdi Rostami"),
        E("police", "Organization", ["الشرطة"], "Iranian police", sub="GovernmentBody", opt=True),
        E("intel", "Organization", ["وزارة الاستخبارات الإيرانية"], "Ministry of Intelligence (Iran)",
          sub="GovernmentBody"),
        E("zahedan", "Place", ["زاهدان", "مدينة زاهدان"], "Zahedan", sub="City"),
        E("mofa_pk", "Organization", ["وزارة الخارجية الباكستانية"], "Ministry of Foreign Affairs (Pakistan)",
          sub="GovernmentBody"),
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", sub="City", alt=["Organization"]),
        E("tehran", "Place", ["طهران"], "Tehran", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("leaderOf", "rostami", "ground"),
        R("partOf", "ground", "irgc"),
        R("locatedIn", "saravan", "sistan"),
        R("locatedIn", "sistan", "iran"),
        R("locatedIn", "saravan", "iran", opt=True),
    ],
    events=[
        V("Strike", agent=["irgc"], target=["jaish_adl"], date="2025-11", trigger="ضربات"),
        V("Strike", opt=True, place=["pakistan"]),
        V("MilitaryOperation", name="فجر الحرية", agent=[["irgc", "ground"]], target=["jaish_adl"], trigger="العملية"),
        V("MilitaryOperation", opt=True, date="2025-11"),
        V("Attack", agent=["jaish_adl"], target=["police"], place=[["saravan", "sistan", "iran"]], date="2025-11-25",
          trigger="هجوم"),
        V("Killing", agent=["jaish_adl"], target=["police"], place=[["saravan", "sistan", "iran"]], date="2025-11-25",
          trigger="مقتل"),
        V("Arrest", agent=["intel"], date="2025-11", trigger="اعتقال"),
        V("Arrest", opt=True, place=["zahedan"]),
    ],
))

# ---------------------------------------------------------------- Turkey / PKK (2024-03-09, a Saturday)
DOCS.append(dict(
    id="tr-qandil", published="2024-03-09",
    text="""قالت وزارة الدفاع التركية، الجمعة، إن الجيش التركي "حيّد" 12 عنصرا من حزب العمال الكردستاني في غارات جوية على منطقتي قنديل وهاكورك شمالي العراق.

وأضاف المتحدث باسم الوزارة، الأميرال كمال أوزدمير، في مؤتمر صحفي بأنقرة، أن الغارات تأتي ضمن عملية "المخلب-القفل" المتواصلة منذ نيسان/أبريل 2022 ضد مواقع الحزب في المنطقة.

وكان وزير الدفاع التركي مراد يلماز قد التقى في بغداد، الأربعاء، نظيره العراقي أحمد الساعدي، وبحثا التعاون الأمني على الحدود بين تركيا والعراق.

وفي ديار بكر، اعتقلت الشرطة التركية الشهر الماضي سبعة أشخاص يشتبه في انتمائهم إلى الحزب، بينهم القيادي المحلي دلشاد أرسلان، الملقب بـ"هوكر".""",
    entities=[
        E("mod_tr", "Organization", ["وزارة الدفاع التركية", "الوزارة"], "Ministry of National Defence (Turkey)",
          sub="GovernmentBody"),
        E("tsk", "Organization", ["الجيش التركي"], "Turkish Armed Forces", sub="ArmedForce"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "Kurdistan Workers' Party", sub="ArmedGroup"),
        E("qandil", "Place", ["قنديل"], "Qandil Mountains", sub="Region"),
        E("hakurk", "Place", ["هاكورك"], "Hakurk", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("ozdemir", "Person", ["كمال أوزدمير"], "Kemal Ozdemir"),
        E("ankara", "Place", ["أنقرة"], "Ankara", sub="City"),
        E("yilmaz", "Person", ["مراد يلماز"], "Murat Yilmaz"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", sub="City"),
        E("saadi", "Person", ["أحمد الساعدي"], "Ahmed al-Saadi"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("diyarbakir", "Place", ["ديار بكر"], "Diyarbakir", sub="City"),
        E("police_tr", "Organization", ["الشرطة التركية"], "Turkish National Police", sub="GovernmentBody"),
        E("arslan", "Person", ["دلشاد أرسلان", "هوكر"], "Dilshad Arslan"),
        E("region", "Place", ["المنطقة"], "Northern Iraq border region", sub="Region", opt=True),
    ],
    relations=[
        R("spokespersonOf", "ozdemir", "mod_tr"),
        R("locatedIn", "qandil", "iraq"),
        R("locatedIn", "hakurk", "iraq"),
        R("positionIn", "yilmaz", "turkey"),
        R("leaderOf", "yilmaz", "mod_tr", opt=True),
        R("positionIn", "saadi", "iraq"),
        R("memberOf", "arslan", "pkk"),
    ],
    events=[
        V("Strike", agent=["tsk"], target=["pkk"], place=["qandil", "hakurk"], date="2024-03", trigger="غارات"),
        V("Killing", opt=True, agent=["tsk"], target=["pkk"], place=["qandil", "hakurk"], date="2024-03"),
        V("MilitaryOperation", name="المخلب-القفل", agent=[["tsk", "mod_tr"]], target=["pkk"], date="2022-04",
          trigger="عملية"),
        V("MilitaryOperation", opt=True, place=[["iraq", "region"]]),
        V("Meeting", agent=["yilmaz", "saadi"], place=["baghdad"], date="2024-03-06", trigger="التقى"),
        V("Visit", opt=True, agent=["yilmaz"], place=["baghdad"], date="2024-03-06"),
        V("Arrest", agent=["police_tr"], target=["arslan"], place=["diyarbakir"], date="2024-02", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["pkk"]),
    ],
))

# ---------------------------------------------------------------- Somalia (2026-02-14, a Saturday)
DOCS.append(dict(
    id="so-jilib", published="2026-02-14",
    text="""شنت القيادة الأمريكية في أفريقيا (أفريكوم)، بالتنسيق مع الحكومة الفيدرالية الصومالية، غارة جوية استهدفت عناصر من حركة الشباب قرب بلدة جلب بإقليم جوبا الوسطى جنوبي الصومال، الأربعاء.

وقالت أفريكوم في بيان إن الغارة أسفرت عن مقتل القيادي في الحركة عبد الرحمن شيخ أويس، المعروف بـ"أبو مصعب الصومالي"، والذي كان مسؤولا عن التخطيط لهجمات على القوات الحكومية.

وفي مقديشو، قال المتحدث باسم الجيش الوطني الصومالي، العقيد عبدي نور فارح، إن قوات الجيش أحبطت أمس هجوما انتحاريا على قاعدة عسكرية في منطقة أفجوي بإقليم شبيلي السفلى، وقتلت اثنين من المهاجمين.

وتتبنى حركة الشباب، المرتبطة بتنظيم القاعدة، هجمات شبه يومية ضد القوات الحكومية وبعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم).""",
    entities=[
        E("africom", "Organization", ["القيادة الأمريكية في أفريقيا", "أفريكوم"], "United States Africa Command",
          sub="ArmedForce"),
        E("fgs", "Organization", ["الحكومة الفيدرالية الصومالية"], "Federal Government of Somalia", sub="GovernmentBody"),
        E("shabab", "Organization", ["حركة الشباب", "الحركة", "الشباب"], "al-Shabaab", sub="ArmedGroup"),
        E("jilib", "Place", ["جلب", "بلدة جلب"], "Jilib", sub="City"),
        E("mjuba", "Place", ["إقليم جوبا الوسطى", "جوبا الوسطى"], "Middle Juba", sub="Region"),
        E("somalia", "Place", ["الصومال"], "Somalia", qid="Q1045", sub="Country"),
        E("aweys", "Person", ["عبد الرحمن شيخ أويس", "أبو مصعب الصومالي"], "Abdirahman Sheikh Aweys"),
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", sub="City"),
        E("sna", "Organization", ["الجيش الوطني الصومالي", "الجيش", "القوات الحكومية"], "Somali National Army",
          sub="ArmedForce"),
        E("farah", "Person", ["عبدي نور فارح"], "Abdi Nur Farah"),
        E("afgooye", "Place", ["أفجوي", "منطقة أفجوي"], "Afgooye", sub="City"),
        E("lshabelle", "Place", ["إقليم شبيلي السفلى", "شبيلي السفلى"], "Lower Shabelle", sub="Region"),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("aussom", "Organization", ["بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال", "أوصوم"], "AUSSOM"),
    ],
    relations=[
        R("memberOf", "aweys", "shabab"),
        R("spokespersonOf", "farah", "sna"),
        R("locatedIn", "jilib", "mjuba"),
        R("locatedIn", "mjuba", "somalia"),
        R("locatedIn", "jilib", "somalia", opt=True),
        R("locatedIn", "afgooye", "lshabelle"),
        R("affiliatedWith", "shabab", "aq"),
    ],
    events=[
        V("Strike", agent=["africom"], target=["shabab"], place=[["jilib", "mjuba", "somalia"]], date="2026-02-11",
          trigger="غارة"),
        V("Strike", opt=True, agent=["fgs"], target=["aweys"]),
        V("Killing", agent=["africom"], target=["aweys"], place=[["jilib", "mjuba", "somalia"]], date="2026-02-11",
          trigger="مقتل"),
        V("Attack", opt=True, agent=["shabab"], target=["sna"], place=[["afgooye", "lshabelle"]], date="2026-02-13"),
        V("Killing", agent=["sna"], place=[["afgooye", "lshabelle"]], date="2026-02-13", trigger="قتلت"),
        V("Attack", opt=True, agent=["shabab"], target=["sna", "aussom"]),
    ],
))

# ---------------------------------------------------------------- Syria / SDF (2025-01-26, a Sunday)
DOCS.append(dict(
    id="sy-shuhail", published="2025-01-26",
    text="""أعلنت قوات سوريا الديمقراطية (قسد)، أمس السبت، أنها اعتقلت القيادي في تنظيم داعش "أبو يوسف العراقي" خلال عملية أمنية مشتركة مع التحالف الدولي في بلدة الشحيل بريف دير الزور الشرقي.

وقال المتحدث باسم قسد، آرام حسكو، إن العراقي متهم بالتخطيط للهجوم على سجن غويران في مدينة الحسكة في كانون الثاني/يناير 2022.

وفي سياق متصل، قُتل عنصران من قسد وأصيب ثلاثة آخرون، الخميس، بهجوم شنه مسلحون مجهولون على حاجز للقوات في بلدة ذيبان.

وفي دمشق، التقى وفد من قسد برئاسة القيادي كاوا دريج، الأربعاء، مسؤولين في الإدارة السورية الجديدة لبحث مستقبل مناطق شمال شرقي سوريا.""",
    entities=[
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", "قسد"], "Syrian Democratic Forces", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم داعش", "داعش"], "Islamic State", sub="ArmedGroup"),
        E("abu_yusuf", "Person", ["أبو يوسف العراقي", "العراقي"], "Abu Yusuf al-Iraqi"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("shuhail", "Place", ["الشحيل", "بلدة الشحيل"], "al-Shuhail", sub="City"),
        E("deir", "Place", ["ريف دير الزور الشرقي", "دير الزور"], "Deir ez-Zor countryside", sub="Region"),
        E("hasko", "Person", ["آرام حسكو"], "Aram Hasko"),
        E("ghwayran", "Place", ["سجن غويران"], "Ghwayran prison"),
        E("hasakah", "Place", ["الحسكة", "مدينة الحسكة"], "al-Hasakah", sub="City"),
        E("dhiban", "Place", ["ذيبان", "بلدة ذيبان"], "Dhiban", sub="City"),
        E("damascus", "Place", ["دمشق"], "Damascus", sub="City"),
        E("dirij", "Person", ["كاوا دريج"], "Kawa Dirij"),
        E("new_admin", "Organization", ["الإدارة السورية الجديدة"], "Syrian transitional administration",
          sub="GovernmentBody"),
        E("syria", "Place", ["سوريا", "شمال شرقي سوريا"], "Syria", qid="Q858", sub="Country", opt=True),
    ],
    relations=[
        R("memberOf", "abu_yusuf", "isis"),
        R("spokespersonOf", "hasko", "sdf"),
        R("locatedIn", "shuhail", "deir"),
        R("locatedIn", "ghwayran", "hasakah"),
        R("memberOf", "dirij", "sdf"),
    ],
    events=[
        V("Arrest", agent=["sdf", "coalition"], target=["abu_yusuf"], place=[["shuhail", "deir"]], date="2025-01",
          trigger="اعتقلت"),
        V("Attack", target=["ghwayran"], place=[["hasakah", "ghwayran"]], date="2022-01", trigger="الهجوم"),
        V("Attack", opt=True, agent=[["abu_yusuf", "isis"]]),
        V("Attack", target=["sdf"], place=["dhiban"], date="2025-01-23", trigger="هجوم"),
        V("Killing", target=["sdf"], place=["dhiban"], date="2025-01-23", trigger="قتل"),
        V("Meeting", agent=["dirij", "new_admin"], place=["damascus"], date="2025-01-22", trigger="التقى"),
        V("Meeting", opt=True, agent=["sdf"]),
    ],
))

# ---------------------------------------------------------------- Nigeria (2025-10-19, a Sunday)
DOCS.append(dict(
    id="ng-borno", published="2025-10-19",
    text="""قال الجيش النيجيري إن قواته قتلت، الجمعة، 17 مسلحا من جماعة بوكو حرام وتنظيم "ولاية غرب أفريقيا" في اشتباكات بمنطقة غوزا بولاية بورنو شمال شرقي نيجيريا.

وأوضح المتحدث باسم مقر الدفاع النيجيري، الجنرال أوتشي أديمولا، في إفادة صحفية بالعاصمة أبوجا، أن القوات حررت 40 رهينة معظمهم نساء وأطفال.

وأضاف أن سلاح الجو النيجيري شن غارات على معسكرات للجماعة في غابة سامبيسا، ضمن عملية "هادين كاي" لمكافحة التمرد في البلاد.

وكان مسلحو ولاية غرب أفريقيا، المرتبطة بتنظيم الدولة، قد هاجموا الشهر الماضي قاعدة عسكرية في بلدة مالام فاتوري قرب الحدود مع النيجر، ما أدى إلى مقتل ستة جنود.

واعتقلت أجهزة الأمن أمس في مدينة مايدوغوري قياديا في بوكو حرام يدعى موسى أبا كاكا، الملقب بـ"أمير الغابة".""",
    entities=[
        E("army", "Organization", ["الجيش النيجيري", "القوات"], "Nigerian Army", sub="ArmedForce"),
        E("boko", "Organization", ["بوكو حرام", "جماعة بوكو حرام", "الجماعة"], "Boko Haram", sub="ArmedGroup"),
        E("iswap", "Organization", ["ولاية غرب أفريقيا"], "Islamic State West Africa Province",
          sub="ArmedGroup"),
        E("gwoza", "Place", ["غوزا", "منطقة غوزا"], "Gwoza", sub="Region"),
        E("borno", "Place", ["ولاية بورنو", "بورنو"], "Borno State", sub="Region"),
        E("nigeria", "Place", ["نيجيريا", "البلاد"], "Nigeria", sub="Country"),
        E("dhq", "Organization", ["مقر الدفاع النيجيري"], "Defence Headquarters (Nigeria)", sub="ArmedForce"),
        E("ademola", "Person", ["أوتشي أديمولا"], "Uche Ademola"),
        E("abuja", "Place", ["أبوجا", "العاصمة أبوجا"], "Abuja", sub="City"),
        E("naf", "Organization", ["سلاح الجو النيجيري"], "Nigerian Air Force", sub="ArmedForce"),
        E("sambisa", "Place", ["غابة سامبيسا", "سامبيسا"], "Sambisa Forest", sub="Region"),
        E("isis", "Organization", ["تنظيم الدولة"], "Islamic State", sub="ArmedGroup"),
        E("malam", "Place", ["مالام فاتوري", "بلدة مالام فاتوري"], "Malam Fatori", sub="City"),
        E("niger", "Place", ["النيجر"], "Niger", qid="Q1032", sub="Country"),
        E("security", "Organization", ["أجهزة الأمن"], "Nigerian security services", sub="GovernmentBody", opt=True),
        E("maiduguri", "Place", ["مايدوغوري", "مدينة مايدوغوري"], "Maiduguri", sub="City"),
        E("kaka", "Person", ["موسى أبا كاكا", "أمير الغابة"], "Musa Aba Kaka"),
    ],
    relations=[
        R("spokespersonOf", "ademola", "dhq"),
        R("locatedIn", "gwoza", "borno"),
        R("locatedIn", "borno", "nigeria"),
        R("locatedIn", "gwoza", "nigeria", opt=True),
        R("affiliatedWith", "iswap", "isis"),
        R("memberOf", "kaka", "boko"),
    ],
    events=[
        V("Killing", agent=["army"], target=["boko", "iswap"], place=[["gwoza", "borno", "nigeria"]], date="2025-10-17",
          trigger="قتلت"),
        V("Attack", opt=True, agent=["army"], target=["boko", "iswap"], place=[["gwoza", "borno", "nigeria"]],
          date="2025-10-17"),
        V("Strike", agent=["naf"], target=["boko"], place=["sambisa"], trigger="غارات"),
        V("MilitaryOperation", name="هادين كاي", agent=[["army", "naf"]], place=["nigeria"], trigger="عملية"),
        V("Attack", agent=["iswap"], place=["malam"], date="2025-09", trigger="هاجموا"),
        V("Attack", opt=True, target=["army"]),
        V("Killing", agent=["iswap"], place=["malam"], date="2025-09", trigger="مقتل"),
        V("Killing", opt=True, target=["army"]),
        V("Arrest", agent=["security"], target=["kaka"], place=["maiduguri"], date="2025-10-18", trigger="اعتقلت"),
    ],
))
