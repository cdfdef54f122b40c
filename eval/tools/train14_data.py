"""Hand annotations of the fourteenth training set (see eval/train14/README.md).

Articles written for the project in the style of Arabic agency copy (dateline with the agency,
sometimes a byline, long sentences, quotes and reported speech), written to measure the
relations layer: persons introduced by their post after the name or with no title, lists of
officials, officials named with their country's adjective (وزير الخارجية الأمريكي X), «القيادي
في حركة X»، «المتحدث باسم X»، «قائدها X»، «رئيسها X»، appointments (عيّن X وزيرا للدفاع)،
allegiance (بايع، أعلن انضمامه إلى)، governors (محافظ X)، places (مدينة X العراقية، X عاصمة
محافظة Y) and organisations part of others (الجناح العسكري لحركة X). Persons are invented, except
well-known public figures; organisations and places are real, background events are told in new
words with invented details. Written and annotated, and committed, before the extractor was run on
it. ``build_train14.py`` turns this into eval/train14.jsonl. In event roles a nested list is a set
of alternatives: any one satisfies it. This is the working set of its session (its errors were read).
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, Mosul (2017-03-12, a Sunday)
DOCS.append(dict(
    id="t14-iq-mosul", published="2017-03-12",
    text="""الموصل (العراق) - رويترز:

قال محافظ نينوى خالد السبعاوي إن القوات العراقية استعادت، أمس السبت، السيطرة على حي الدواسة في الجانب الأيمن من مدينة الموصل، كبرى مدن المحافظة، بعد معارك مع مسلحي تنظيم داعش استمرت ثلاثة أيام.

وأضاف السبعاوي أن «قوات جهاز مكافحة الإرهاب وفرق الرد السريع التابعة لوزارة الداخلية تتقدم الآن نحو الأحياء القديمة»، مشيرا إلى أن طائرات التحالف الدولي بقيادة الولايات المتحدة قصفت مواقع للتنظيم غربي المدينة.

من جهته، أعلن العميد عادل الزبيدي، المتحدث باسم قيادة العمليات المشتركة، مقتل القيادي في التنظيم أبو خطاب الأنصاري، المسؤول عن ورش التفخيخ في الموصل، بضربة جوية.

وكان رئيس الوزراء العراقي حيدر العبادي قد زار مقر القيادة في بلدة القيارة جنوبي الموصل، والتقى قائد العمليات الفريق الركن كاظم الشمري.""",
    entities=[
        E("mosul", "Place", ["الموصل", "مدينة الموصل", "المدينة"], "Mosul", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("nineveh", "Place", ["نينوى", "المحافظة"], "Nineveh Governorate", qid="Q189352", sub="Region"),
        E("sabawi", "Person", ["خالد السبعاوي", "السبعاوي"], "Khaled al-Sabawi"),
        E("iqforces", "Organization", ["القوات العراقية"], "Iraqi forces", sub="ArmedForce", opt=True),
        E("dawasa", "Place", ["حي الدواسة"], "al-Dawasa", sub="City"),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب", "قوات جهاز مكافحة الإرهاب"],
          "Counter-Terrorism Service", sub="ArmedForce"),
        E("erd", "Organization", ["فرق الرد السريع"], "Emergency Response Division", sub="ArmedForce"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Iraq)", sub="GovernmentBody"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("zubaidi", "Person", ["عادل الزبيدي"], "Adel al-Zubaidi"),
        E("joc", "Organization", ["قيادة العمليات المشتركة", "القيادة"], "Joint Operations Command",
          sub="ArmedForce"),
        E("ansari", "Person", ["أبو خطاب الأنصاري"], "Abu Khattab al-Ansari"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("qayyarah", "Place", ["بلدة القيارة", "القيارة"], "Qayyarah", sub="City"),
        E("shammari", "Person", ["كاظم الشمري"], "Kadhim al-Shammari"),
    ],
    relations=[
        R("locatedIn", "mosul", "iraq", opt=True),        # dateline الموصل (العراق)
        R("leaderOf", "sabawi", "nineveh"),               # محافظ نينوى X
        R("positionIn", "sabawi", "nineveh", opt=True),
        R("locatedIn", "dawasa", "mosul"),                # حي الدواسة في الجانب الأيمن من مدينة الموصل
        R("locatedIn", "mosul", "nineveh"),               # كبرى مدن المحافظة
        R("locatedIn", "dawasa", "nineveh", opt=True),    # the chain's transitive link
        R("partOf", "erd", "moi"),                        # فرق الرد السريع التابعة لوزارة الداخلية
        R("partOf", "cts", "moi", opt=True),              # "... وفرق ... التابعة" may be read on both
        R("leaderOf", "usa", "coalition"),                # التحالف الدولي بقيادة الولايات المتحدة
        R("spokespersonOf", "zubaidi", "joc"),            # المتحدث باسم قيادة العمليات المشتركة
        R("memberOf", "ansari", "isis"),                  # القيادي في التنظيم
        R("positionIn", "abadi", "iraq"),                 # رئيس الوزراء العراقي
        R("locatedIn", "qayyarah", "mosul", opt=True),    # جنوبي الموصل
        R("leaderOf", "shammari", "joc"),                 # قائد العمليات
    ],
    events=[
        V("MilitaryOperation", opt=True, agent=["iqforces"], place=[["dawasa", "mosul"]], date="2017-03-11"),
        V("Attack", opt=True, target=["isis"], place=[["dawasa", "mosul"]]),
        V("Strike", agent=["coalition"], target=["isis"], place=[["mosul"]], trigger="قصفت"),
        V("Strike", agent=[["joc", "coalition"]], opt=True),
        V("Killing", target=["ansari"], trigger="مقتل"),
        V("Visit", agent=["abadi"], place=[["qayyarah"]], trigger="زار"),
        V("Meeting", agent=["abadi", "shammari"], place=[["qayyarah"]], trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Gaza (2014-07-21, a Monday)
DOCS.append(dict(
    id="t14-ps-gaza", published="2014-07-21",
    text="""غزة - وكالة الأنباء الفلسطينية (وفا):

أعلنت كتائب عز الدين القسام، الجناح العسكري لحركة حماس، مساء أمس الأحد أن مقاتليها قتلوا عددا من الجنود الإسرائيليين في كمين نصبوه شرق حي الشجاعية في مدينة غزة، في حين قصفت الطائرات الإسرائيلية منازل في مدينة رفح جنوبي القطاع.

وقال المتحدث باسم حماس سامي أبو زهري في تصريح مكتوب إن «المقاومة ستواصل الدفاع عن شعبنا»، فيما أكد داود شهاب، القيادي في حركة الجهاد الإسلامي، أن سرايا القدس، ذراعها العسكرية، أطلقت صواريخ على مدينة عسقلان.

في المقابل، قال وزير الدفاع الإسرائيلي موشيه يعالون إن إسرائيل «ستوسع العملية البرية»، بينما وصل الأمين العام للأمم المتحدة بان كي مون إلى القاهرة حيث التقى الرئيس المصري عبد الفتاح السيسي.""",
    entities=[
        E("gaza", "Place", ["غزة", "مدينة غزة"], "Gaza City", sub="City"),
        E("wafa", "Organization", ["وكالة الأنباء الفلسطينية", "وفا"], "WAFA", sub="MediaOrganization",
          opt=True),
        E("qassam", "Organization", ["كتائب عز الدين القسام"], "Izz ad-Din al-Qassam Brigades",
          sub="ArmedGroup"),
        E("hamas", "Organization", ["حركة حماس", "حماس"], "Hamas", qid="Q38799", sub="PoliticalOrganization"),
        E("shujaiya", "Place", ["حي الشجاعية"], "Shujaiya", sub="City"),
        E("rafah", "Place", ["مدينة رفح", "رفح"], "Rafah", sub="City"),
        E("strip", "Place", ["القطاع"], "Gaza Strip", sub="Region"),
        E("zuhri", "Person", ["سامي أبو زهري"], "Sami Abu Zuhri"),
        E("shehab", "Person", ["داود شهاب"], "Dawood Shehab"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي"], "Palestinian Islamic Jihad", sub="ArmedGroup"),
        E("quds", "Organization", ["سرايا القدس"], "al-Quds Brigades", sub="ArmedGroup"),
        E("ashkelon", "Place", ["مدينة عسقلان", "عسقلان"], "Ashkelon", sub="City"),
        E("yaalon", "Person", ["موشيه يعالون"], "Moshe Ya'alon"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("bankimoon", "Person", ["بان كي مون"], "Ban Ki-moon"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
    ],
    relations=[
        R("partOf", "qassam", "hamas"),                   # الجناح العسكري لحركة حماس
        R("locatedIn", "shujaiya", "gaza"),               # حي الشجاعية في مدينة غزة
        R("locatedIn", "rafah", "strip"),                 # مدينة رفح جنوبي القطاع
        R("spokespersonOf", "zuhri", "hamas"),            # المتحدث باسم حماس X
        R("memberOf", "shehab", "pij"),                   # X، القيادي في حركة الجهاد الإسلامي
        R("partOf", "quds", "pij"),                       # ذراعها العسكرية
        R("positionIn", "yaalon", "israel"),              # وزير الدفاع الإسرائيلي X
        R("leaderOf", "bankimoon", "un"),                 # الأمين العام للأمم المتحدة
        R("positionIn", "bankimoon", "un", opt=True),
    ],
    events=[
        V("Attack", agent=["qassam"], place=[["shujaiya", "gaza"]], date="2014-07-20", trigger="كمين"),
        V("Killing", agent=["qassam"], place=[["shujaiya", "gaza"]], date="2014-07-20", trigger="قتلوا"),
        V("Strike", place=[["rafah", "strip"]], trigger="قصفت"),
        V("Strike", opt=True, agent=["israel"]),
        V("Strike", agent=["quds"], target=[["ashkelon"]], trigger="أطلقت"),
        V("Strike", opt=True, place=[["ashkelon"]]),
        V("Attack", opt=True, agent=["quds"], place=[["ashkelon"]]),
        V("MilitaryOperation", opt=True, place=[["strip"]]),
        V("Visit", agent=["bankimoon"], place=[["cairo"]], trigger="وصل"),
        V("Meeting", agent=["bankimoon", "sisi"], place=[["cairo"]], trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Geneva talks on Syria (2016-09-10, a Saturday)
DOCS.append(dict(
    id="t14-ch-geneva", published="2016-09-10",
    text="""جنيف - أ ف ب - من ماري لوران:

توصل وزير الخارجية الأمريكي جون كيري ونظيره الروسي سيرغي لافروف، في ساعة متأخرة من ليل الجمعة، إلى اتفاق لوقف إطلاق النار في سوريا يبدأ مع عيد الأضحى، بعد محادثات ماراثونية في فندق بمدينة جنيف السويسرية.

وقال كيري في مؤتمر صحفي مشترك إن الاتفاق يلزم قوات النظام السوري بوقف الغارات على مناطق المعارضة في محافظة حلب، مقابل تنسيق بين الولايات المتحدة وروسيا ضد جبهة فتح الشام، التي كانت تعرف بجبهة النصرة قبل إعلان فك ارتباطها بتنظيم القاعدة.

ورحب المبعوث الأممي إلى سوريا ستافان دي ميستورا بالاتفاق، كما رحب به رياض حجاب، المنسق العام للهيئة العليا للمفاوضات المعارضة، مع تحفظه على بعض بنوده، بينما قالت بثينة شعبان، المستشارة السياسية للرئيس بشار الأسد، إن دمشق «ستدرس النص».""",
    entities=[
        E("geneva", "Place", ["جنيف", "مدينة جنيف"], "Geneva", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("laurent", "Person", ["ماري لوران"], "Marie Laurent", opt=True),
        E("kerry", "Person", ["جون كيري", "كيري"], "John Kerry"),
        E("lavrov", "Person", ["سيرغي لافروف"], "Sergey Lavrov"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country"),
        E("regime", "Organization", ["قوات النظام السوري"], "Syrian government forces", sub="ArmedForce"),
        E("aleppo", "Place", ["محافظة حلب"], "Aleppo Governorate", qid="Q214064", sub="Region"),
        E("jfs", "Organization", ["جبهة فتح الشام"], "Jabhat Fath al-Sham", sub="ArmedGroup"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup", opt=True),
        E("qaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("mistura", "Person", ["ستافان دي ميستورا"], "Staffan de Mistura"),
        E("hijab", "Person", ["رياض حجاب"], "Riyad Hijab"),
        E("hnc", "Organization", ["الهيئة العليا للمفاوضات"], "High Negotiations Committee",
          sub="PoliticalOrganization"),
        E("shaaban", "Person", ["بثينة شعبان"], "Bouthaina Shaaban"),
        E("assad", "Person", ["بشار الأسد"], "Bashar al-Assad", qid="Q44329"),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("positionIn", "kerry", "usa"),                  # وزير الخارجية الأمريكي X
        R("positionIn", "lavrov", "russia"),              # نظيره الروسي X
        R("positionIn", "mistura", "syria", opt=True),    # المبعوث الأممي إلى سوريا (envoy to)
        R("locatedIn", "aleppo", "syria", opt=True),
        R("affiliatedWith", "nusra", "qaeda", opt=True),  # before it broke off
        R("leaderOf", "hijab", "hnc"),                    # المنسق العام للهيئة العليا للمفاوضات
        R("positionIn", "shaaban", "syria", opt=True),    # المستشارة السياسية للرئيس
        R("leaderOf", "assad", "syria", opt=True),        # الرئيس, no adjective
        R("positionIn", "assad", "syria", opt=True),
    ],
    events=[
        V("Meeting", agent=["kerry", "lavrov"], place=[["geneva"]], date="2016-09-09", trigger="محادثات"),
        V("Strike", opt=True, agent=["regime"], place=[["aleppo"]]),
    ],
))

# ---------------------------------------------------------------- Libya, Derna (2014-11-02, a Sunday)
DOCS.append(dict(
    id="t14-ly-derna", published="2014-11-02",
    text="""بنغازي - «الحياة» - علي الفيتوري:

بايع مجلس شورى شباب الإسلام في مدينة درنة الليبية تنظيم الدولة الإسلامية وزعيمه أبو بكر البغدادي، في تجمع لعشرات المسلحين وسط المدينة مساء الخميس، وفق تسجيل مصور بثته حسابات مقربة من التنظيم.

وقال سكان إن المجلس، الذي يقوده رجل يدعى محمد عبد الله الدرناوي، رفع راياته على المباني الحكومية، فيما أعلن القيادي السابق في كتيبة شهداء أبو سليم، سالم الحاسي، انضمامه إلى المجلس في كلمة ألقاها أمام الحاضرين.

في المقابل، قال العقيد أحمد المسماري، الناطق باسم رئاسة أركان الجيش الليبي، إن طائرات تابعة لسلاح الجو قصفت أمس مخازن أسلحة قرب منطقة الفتائح شرقي درنة، مؤكدا أن «قوات الجيش لن تسمح بقيام إمارة متطرفة في برقة».""",
    entities=[
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("fitouri", "Person", ["علي الفيتوري"], "Ali al-Fitouri", opt=True),
        E("shura", "Organization", ["مجلس شورى شباب الإسلام", "المجلس"], "Islamic Youth Shura Council",
          sub="ArmedGroup"),
        E("derna", "Place", ["مدينة درنة", "درنة", "المدينة"], "Derna", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("baghdadi", "Person", ["أبو بكر البغدادي"], "Abu Bakr al-Baghdadi"),
        E("darnawi", "Person", ["محمد عبد الله الدرناوي"], "Mohammed Abdullah al-Darnawi"),
        E("abusalim", "Organization", ["كتيبة شهداء أبو سليم"], "Abu Salim Martyrs Brigade",
          sub="ArmedGroup"),
        E("hasi", "Person", ["سالم الحاسي"], "Salem al-Hasi"),
        E("mismari", "Person", ["أحمد المسماري"], "Ahmed al-Mismari"),
        E("staff", "Organization", ["رئاسة أركان الجيش الليبي"], "Libyan Army General Staff",
          sub="ArmedForce"),
        E("airforce", "Organization", ["سلاح الجو"], "Libyan Air Force", sub="ArmedForce", opt=True),
        E("army", "Organization", ["الجيش"], "Libyan National Army", sub="ArmedForce", opt=True),
        E("fataeh", "Place", ["منطقة الفتائح"], "al-Fataeh", sub="City"),
        E("barqa", "Place", ["برقة"], "Cyrenaica", sub="Region"),
    ],
    relations=[
        R("affiliatedWith", "shura", "isis"),             # بايع ... تنظيم الدولة الإسلامية
        R("leaderOf", "baghdadi", "isis"),                # وزعيمه أبو بكر البغدادي
        R("leaderOf", "darnawi", "shura"),                # الذي يقوده رجل يدعى X
        R("memberOf", "hasi", "abusalim"),                # القيادي السابق في كتيبة ...
        R("memberOf", "hasi", "shura"),                   # أعلن ... انضمامه إلى المجلس
        R("spokespersonOf", "mismari", "staff"),          # الناطق باسم رئاسة أركان الجيش الليبي
        R("partOf", "airforce", "army", opt=True),
        R("locatedIn", "fataeh", "derna", opt=True),      # شرقي درنة
        R("locatedIn", "derna", "barqa", opt=True),
    ],
    events=[
        V("Strike", agent=[["airforce", "staff"]], place=[["fataeh"]], date="2014-11-01", trigger="قصفت"),
    ],
))

# ---------------------------------------------------------------- Yemen, appointments (2015-12-05, a Saturday)
DOCS.append(dict(
    id="t14-ye-aden", published="2015-12-05",
    text="""عدن - سبأ نت:

أصدر الرئيس اليمني عبد ربه منصور هادي، اليوم السبت، قرارا جمهوريا عيّن بموجبه اللواء ناصر أحمد الضالعي وزيرا للدفاع، والعميد فضل علي باعوم محافظا لمحافظة عدن، خلفا للمحافظ السابق الذي قتل في تفجير سيارة مفخخة تبناه تنظيم الدولة الإسلامية قبل يومين.

وقال راجح بادي، المتحدث باسم الحكومة اليمنية، إن القرارات تأتي «في إطار تثبيت الأمن في العاصمة المؤقتة»، مشيرا إلى أن قوات التحالف العربي بقيادة السعودية ستدعم الأجهزة الأمنية في المدينة.

وفي صنعاء، اتهم محمد عبد السلام، المتحدث باسم جماعة أنصار الله، السعودية بقصف أحياء سكنية، فيما قال عبد الملك الحوثي، زعيم الجماعة، في خطاب متلفز إن مقاتليها سيواصلون «التصدي للعدوان» على جبهات مأرب وتعز.""",
    entities=[
        E("aden", "Place", ["عدن", "العاصمة المؤقتة", "المدينة"], "Aden", qid="Q131694", sub="City"),
        E("adengov", "Place", ["محافظة عدن"], "Aden Governorate", sub="Region"),
        E("saba", "Organization", ["سبأ نت"], "Saba Net", sub="MediaOrganization", opt=True),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi"),
        E("dhalei", "Person", ["ناصر أحمد الضالعي"], "Nasser Ahmed al-Dhalei"),
        E("baoum", "Person", ["فضل علي باعوم"], "Fadl Ali Ba'oum"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("badi", "Person", ["راجح بادي"], "Rajeh Badi"),
        E("gov", "Organization", ["الحكومة اليمنية"], "Government of Yemen", sub="GovernmentBody"),
        E("coalition", "Organization", ["التحالف العربي", "قوات التحالف العربي"], "Saudi-led coalition",
          sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("security", "Organization", ["الأجهزة الأمنية"], "Security services (Aden)",
          sub="GovernmentBody", opt=True),
        E("sanaa", "Place", ["صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("abdulsalam", "Person", ["محمد عبد السلام"], "Mohammed Abdulsalam"),
        E("houthis", "Organization", ["جماعة أنصار الله", "الجماعة"], "Ansar Allah", sub="ArmedGroup"),
        E("houthi", "Person", ["عبد الملك الحوثي"], "Abdul-Malik al-Houthi"),
        E("marib", "Place", ["مأرب"], "Marib", sub="Region"),
        E("taiz", "Place", ["تعز"], "Taiz", sub="City"),
    ],
    relations=[
        R("positionIn", "hadi", "gov", opt=True),         # الرئيس اليمني (Yemen not named)
        R("positionIn", "dhalei", "gov", opt=True),       # عيّن X وزيرا للدفاع (the government is named later)
        R("leaderOf", "baoum", "adengov"),                # عيّن X محافظا لمحافظة عدن
        R("positionIn", "baoum", "adengov", opt=True),
        R("spokespersonOf", "badi", "gov"),               # المتحدث باسم الحكومة اليمنية
        R("leaderOf", "saudi", "coalition"),              # التحالف العربي بقيادة السعودية
        R("spokespersonOf", "abdulsalam", "houthis"),     # المتحدث باسم جماعة أنصار الله
        R("leaderOf", "houthi", "houthis"),               # X، زعيم الجماعة
    ],
    events=[
        V("Attack", agent=["isis"], place=[["aden"]], date="2015-12", trigger="تفجير"),
        V("Killing", agent=["isis"], place=[["aden"]], date="2015-12", trigger="قتل"),
        V("Attack", opt=True, date="2015-12-03"),
        V("Killing", opt=True, date="2015-12-03"),
        V("Strike", agent=["saudi"], place=[["sanaa"]], trigger="بقصف"),
        V("Attack", opt=True, agent=["houthis"], place=[["marib"], ["taiz"]]),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2015-03-29, a Sunday)
DOCS.append(dict(
    id="t14-sy-idlib", published="2015-03-29",
    text="""بيروت - الأناضول:

سيطر «جيش الفتح»، وهو تحالف لفصائل معارضة يضم جبهة النصرة وحركة أحرار الشام وجند الأقصى، أمس السبت على مدينة إدلب، مركز المحافظة التي تحمل الاسم ذاته شمال غربي سوريا، بعد معارك استمرت خمسة أيام مع قوات النظام.

وقال أبو عيسى الشيخ، أحد قادة الهجوم، لوكالة الأناضول إن مقاتلي التحالف دخلوا مبنى المحافظة وفرع الأمن العسكري، فيما ذكر المرصد السوري لحقوق الإنسان، ومقره لندن، أن الطيران الحربي التابع للنظام شن عشرات الغارات على أحياء المدينة بعد انسحاب قواته منها.

من جهته، قال هاشم الشامي، رئيس المكتب السياسي لحركة أحرار الشام، إن إدارة المدينة ستكون «مدنية»، بينما توعد وزير الإعلام السوري عمران الزعبي باستعادتها.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("anadolu", "Organization", ["الأناضول", "وكالة الأناضول"], "Anadolu Agency",
          sub="MediaOrganization", opt=True),
        E("fath", "Organization", ["جيش الفتح", "التحالف"], "Jaish al-Fath", sub="Coalition"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("ahrar", "Organization", ["حركة أحرار الشام"], "Ahrar al-Sham", sub="ArmedGroup"),
        E("aqsa", "Organization", ["جند الأقصى"], "Jund al-Aqsa", sub="ArmedGroup"),
        E("idlib", "Place", ["مدينة إدلب", "إدلب", "المدينة"], "Idlib", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("regime", "Organization", ["قوات النظام", "النظام"], "Syrian government forces",
          sub="ArmedForce"),
        E("sheikh", "Person", ["أبو عيسى الشيخ"], "Abu Issa al-Sheikh"),
        E("milsec", "Organization", ["فرع الأمن العسكري"], "Military Security branch (Idlib)",
          sub="GovernmentBody", opt=True),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("london", "Place", ["لندن"], "London", qid="Q84", sub="City"),
        E("shami", "Person", ["هاشم الشامي"], "Hashem al-Shami"),
        E("polbureau", "Organization", ["المكتب السياسي لحركة أحرار الشام"], "Ahrar al-Sham political bureau",
          sub="PoliticalOrganization", opt=True),
        E("zoubi", "Person", ["عمران الزعبي"], "Omran al-Zoubi"),
    ],
    relations=[
        R("memberOf", "nusra", "fath"),                   # تحالف ... يضم جبهة النصرة
        R("memberOf", "ahrar", "fath"),
        R("memberOf", "aqsa", "fath"),
        R("locatedIn", "idlib", "syria"),                 # مركز المحافظة ... شمال غربي سوريا
        R("leaderOf", "sheikh", "fath", opt=True),        # أحد قادة الهجوم
        R("memberOf", "sheikh", "fath", opt=True),
        R("leaderOf", "shami", "polbureau"),              # رئيس المكتب السياسي لحركة أحرار الشام
        R("memberOf", "shami", "ahrar"),
        R("partOf", "polbureau", "ahrar", opt=True),
        R("positionIn", "zoubi", "syria"),                # وزير الإعلام السوري X
    ],
    events=[
        V("MilitaryOperation", agent=["fath"], place=[["idlib"]], date="2015-03-28", trigger="سيطر"),
        V("Attack", opt=True, agent=["fath"], target=["regime"], place=[["idlib"]]),
        V("Strike", agent=["regime"], place=[["idlib"]], trigger="الغارات"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2016-10-16, a Sunday)
DOCS.append(dict(
    id="t14-eg-arish", published="2016-10-16",
    text="""القاهرة - أ ش أ:

تفقد وزير الداخلية المصري مجدي عبد الغفار، يرافقه محافظ شمال سيناء اللواء عبد الفتاح حرحور، أمس السبت، مقر مديرية أمن شمال سيناء في مدينة العريش، عاصمة المحافظة، بعد يومين من هجوم تبنته جماعة «أنصار بيت المقدس»، التي غيرت اسمها إلى «ولاية سيناء» بعد مبايعتها تنظيم داعش.

وقال العميد تامر الرفاعي، المتحدث العسكري باسم القوات المسلحة، في بيان إن قوات الجيش الثالث الميداني قتلت 12 مسلحا في مداهمات جنوب مدينة رفح المصرية، بينهم شادي المنيعي، أحد أبرز قادة الجماعة.

وفي سياق متصل، أعلنت النيابة العامة حبس عمرو سعد عباس، عضو خلية تابعة للتنظيم في محافظة قنا بصعيد مصر، 15 يوما على ذمة التحقيق.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("mena", "Organization", ["أ ش أ"], "Middle East News Agency", sub="MediaOrganization", opt=True),
        E("ghaffar", "Person", ["مجدي عبد الغفار"], "Magdy Abdel Ghaffar"),
        E("nsinai", "Place", ["شمال سيناء", "المحافظة"], "North Sinai Governorate", sub="Region"),
        E("harhour", "Person", ["عبد الفتاح حرحور"], "Abdel Fattah Harhour"),
        E("secdir", "Organization", ["مديرية أمن شمال سيناء"], "North Sinai Security Directorate",
          sub="GovernmentBody"),
        E("arish", "Place", ["مدينة العريش", "العريش"], "Arish", sub="City"),
        E("abm", "Organization", ["أنصار بيت المقدس", "جماعة «أنصار بيت المقدس»", "ولاية سيناء",
                                  "الجماعة"], "Sinai Province", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("rifai", "Person", ["تامر الرفاعي"], "Tamer al-Rifai"),
        E("army", "Organization", ["القوات المسلحة"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("army3", "Organization", ["الجيش الثالث الميداني", "قوات الجيش الثالث الميداني"],
          "Third Field Army", sub="ArmedForce"),
        E("rafah", "Place", ["مدينة رفح", "رفح"], "Rafah (Egypt)", sub="City"),
        E("menei", "Person", ["شادي المنيعي"], "Shadi al-Menei"),
        E("prosecution", "Organization", ["النيابة العامة"], "Public Prosecution (Egypt)",
          sub="GovernmentBody", opt=True),
        E("abbas", "Person", ["عمرو سعد عباس"], "Amr Saad Abbas"),
        E("qena", "Place", ["محافظة قنا", "قنا"], "Qena Governorate", sub="Region"),
        E("egypt", "Place", ["مصر", "صعيد مصر"], "Egypt", qid="Q79", sub="Country"),
    ],
    relations=[
        R("positionIn", "ghaffar", "egypt"),              # وزير الداخلية المصري X (Egypt named later)
        R("leaderOf", "harhour", "nsinai"),               # محافظ شمال سيناء اللواء X
        R("positionIn", "harhour", "nsinai", opt=True),
        R("locatedIn", "arish", "nsinai"),                # مدينة العريش، عاصمة المحافظة
        R("affiliatedWith", "abm", "isis"),               # بعد مبايعتها تنظيم داعش
        R("partOf", "abm", "isis", opt=True),
        R("memberOf", "abm", "isis", opt=True),           # a province of IS after its pledge
        R("spokespersonOf", "rifai", "army"),             # المتحدث العسكري باسم القوات المسلحة
        R("partOf", "army3", "army", opt=True),
        R("memberOf", "menei", "abm"),                    # أحد أبرز قادة الجماعة
        R("leaderOf", "menei", "abm", opt=True),
        R("memberOf", "abbas", "isis"),                   # عضو خلية تابعة للتنظيم
        R("locatedIn", "qena", "egypt"),                  # محافظة قنا بصعيد مصر
        R("locatedIn", "rafah", "egypt", opt=True),       # رفح المصرية
    ],
    events=[
        V("Visit", agent=["ghaffar", "harhour"], place=[["arish"]], date="2016-10-15", trigger="تفقد"),
        V("Attack", agent=["abm"], date="2016-10", trigger="هجوم"),
        V("Attack", opt=True, date="2016-10-13", place=[["nsinai"]]),
        V("Killing", agent=["army3"], target=["menei"], place=[["rafah"]], trigger="قتلت"),
        V("Killing", opt=True, target=["abm"]),
        V("MilitaryOperation", opt=True, agent=["army3"], place=[["rafah"]]),
        V("Arrest", opt=True, agent=["prosecution"], target=["abbas"]),
    ],
))

# ---------------------------------------------------------------- Somalia, Puntland (2016-10-27, a Thursday)
DOCS.append(dict(
    id="t14-so-qandala", published="2016-10-27",
    text="""مقديشو - «الشرق الأوسط» - عبد القادر محمد:

سيطر مسلحون موالون لتنظيم داعش، بقيادة عبد القادر مؤمن، القيادي السابق في حركة الشباب الذي أعلن العام الماضي مبايعته لأبي بكر البغدادي، على بلدة قندلا الساحلية في إقليم بونتلاند شمال شرقي الصومال، بعد انسحاب القوات المحلية منها فجر الأربعاء.

وقال عبد الولي غاس، رئيس ولاية بونتلاند، إن قواته «ستطرد المتطرفين خلال أيام»، فيما قال عبد العزيز أبو مصعب، المتحدث العسكري باسم حركة الشباب، إن الحركة «لا علاقة لها» بالمسلحين.

وفي العاصمة الصومالية، قتل ثلاثة جنود في هجوم لعناصر الشباب على نقطة تفتيش في حي هودان، حسبما قال الرائد محمد عثمان، الضابط في الشرطة الصومالية.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة الصومالية"], "Mogadishu", qid="Q2449", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("byline", "Person", ["عبد القادر محمد"], "Abdulkadir Mohamed", opt=True),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("mumin", "Person", ["عبد القادر مؤمن"], "Abdulqadir Mumin"),
        E("shabaab", "Organization", ["حركة الشباب", "الحركة", "الشباب"], "al-Shabaab", sub="ArmedGroup"),
        E("baghdadi", "Person", ["أبي بكر البغدادي"], "Abu Bakr al-Baghdadi"),
        E("qandala", "Place", ["بلدة قندلا", "قندلا"], "Qandala", sub="City"),
        E("puntland", "Place", ["إقليم بونتلاند", "ولاية بونتلاند", "بونتلاند"], "Puntland", sub="Region",
          alt=["Organization"]),
        E("somalia", "Place", ["الصومال"], "Somalia", qid="Q1045", sub="Country"),
        E("gaas", "Person", ["عبد الولي غاس"], "Abdiweli Gaas"),
        E("abumusab", "Person", ["عبد العزيز أبو مصعب"], "Abdiasis Abu Musab"),
        E("hodan", "Place", ["حي هودان"], "Hodan", sub="City"),
        E("osman", "Person", ["محمد عثمان"], "Mohamed Osman"),
        E("police", "Organization", ["الشرطة الصومالية"], "Somali Police Force", sub="ArmedForce"),
    ],
    relations=[
        R("leaderOf", "mumin", "isis", opt=True),         # بقيادة X (he leads the fighters loyal to IS)
        R("memberOf", "mumin", "shabaab"),                # القيادي السابق في حركة الشباب
        R("affiliatedWith", "mumin", "baghdadi"),         # أعلن مبايعته لأبي بكر البغدادي
        R("affiliatedWith", "mumin", "isis", opt=True),
        R("locatedIn", "qandala", "puntland"),            # بلدة قندلا الساحلية في إقليم بونتلاند
        R("locatedIn", "puntland", "somalia"),            # شمال شرقي الصومال
        R("locatedIn", "qandala", "somalia", opt=True),   # the chain's transitive link
        R("leaderOf", "gaas", "puntland"),                # رئيس ولاية بونتلاند
        R("positionIn", "gaas", "puntland", opt=True),
        R("spokespersonOf", "abumusab", "shabaab"),       # المتحدث العسكري باسم حركة الشباب
        R("locatedIn", "hodan", "mogadishu"),             # في العاصمة الصومالية ... حي هودان
        R("memberOf", "osman", "police"),                 # الضابط في الشرطة الصومالية
        R("locatedIn", "mogadishu", "somalia", opt=True),
    ],
    events=[
        V("MilitaryOperation", agent=["isis"], place=[["qandala", "puntland"]], trigger="سيطر"),
        V("MilitaryOperation", opt=True, date="2016-10-26"),
        V("Attack", agent=["shabaab"], place=[["hodan", "mogadishu"]], trigger="هجوم"),
        V("Killing", agent=["shabaab"], place=[["hodan", "mogadishu"]], trigger="قتل"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal (2015-08-02, a Sunday)
DOCS.append(dict(
    id="t14-lb-arsal", published="2015-08-02",
    text="""بيروت - الوكالة الوطنية للإعلام:

قال الأمين العام لحزب الله حسن نصر الله، في كلمة متلفزة مساء أمس السبت، إن مقاتلي الحزب «لن يتركوا جرود عرسال للتكفيريين»، في إشارة إلى مسلحي جبهة النصرة وتنظيم داعش المنتشرين في الجرود المحاذية لبلدة عرسال في البقاع الشمالي.

وجاءت الكلمة بعد ساعات من مقتل جنديين في الجيش اللبناني، بينهم الرقيب علي حمية، بانفجار عبوة ناسفة استهدفت دوريتهما على طريق رأس بعلبك، بحسب بيان لقيادة الجيش.

وفي السراي الحكومي، ترأس رئيس الحكومة اللبنانية تمام سلام اجتماعا أمنيا حضره وزير الداخلية نهاد المشنوق ومدير عام الأمن العام اللواء عباس إبراهيم، فيما دعا النائب عن كتلة المستقبل معين المرعبي إلى «حصر السلاح بيد الدولة».""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency", sub="MediaOrganization",
          opt=True),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال", "جرود عرسال"], "Arsal", sub="City"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("bekaa", "Place", ["البقاع الشمالي"], "North Bekaa", sub="Region"),
        E("laf", "Organization", ["الجيش اللبناني", "الجيش", "قيادة الجيش"], "Lebanese Army", sub="ArmedForce"),
        E("hamieh", "Person", ["علي حمية"], "Ali Hamieh"),
        E("raasbaalbek", "Place", ["رأس بعلبك"], "Ras Baalbek", sub="City"),
        E("salam", "Person", ["تمام سلام"], "Tammam Salam"),
        E("gov", "Organization", ["الحكومة اللبنانية"], "Government of Lebanon", sub="GovernmentBody"),
        E("machnouk", "Person", ["نهاد المشنوق"], "Nohad Machnouk"),
        E("gs", "Organization", ["الأمن العام"], "General Security (Lebanon)", sub="GovernmentBody"),
        E("ibrahim", "Person", ["عباس إبراهيم"], "Abbas Ibrahim"),
        E("mustaqbal", "Organization", ["كتلة المستقبل"], "Future bloc", sub="PoliticalOrganization"),
        E("merhebi", "Person", ["معين المرعبي"], "Mouin Merhebi"),
    ],
    relations=[
        R("leaderOf", "nasrallah", "hezbollah"),          # الأمين العام لحزب الله X
        R("locatedIn", "arsal", "bekaa"),                 # بلدة عرسال في البقاع الشمالي
        R("memberOf", "hamieh", "laf"),                   # جنديين في الجيش اللبناني، بينهم الرقيب X
        R("leaderOf", "salam", "gov"),                    # رئيس الحكومة اللبنانية X
        R("positionIn", "machnouk", "gov"),               # وزير الداخلية X (in the government's meeting)
        R("leaderOf", "ibrahim", "gs"),                   # مدير عام الأمن العام اللواء X
        R("memberOf", "merhebi", "mustaqbal"),            # النائب عن كتلة المستقبل X
    ],
    events=[
        V("Attack", target=["laf"], place=[["raasbaalbek"]], trigger="بانفجار"),
        V("Killing", target=["hamieh"], place=[["raasbaalbek"]], trigger="مقتل"),
        V("Killing", opt=True, target=["laf"]),
        V("Meeting", agent=["salam", "machnouk", "ibrahim"], trigger="اجتماعا"),
    ],
))

# ---------------------------------------------------------------- Nigeria, Boko Haram (2015-03-08, a Sunday)
DOCS.append(dict(
    id="t14-ng-borno", published="2015-03-08",
    text="""أبوجا - رويترز:

أعلن أبو بكر شيكاو، زعيم جماعة بوكو حرام النيجيرية، مبايعة جماعته لتنظيم داعش وزعيمه أبي بكر البغدادي، في تسجيل صوتي بثته الجماعة مساء أمس السبت على حسابها في موقع تويتر.

وجاء الإعلان بعد ساعات من تفجيرات انتحارية نفذتها الجماعة في أسواق مدينة مايدوغوري، عاصمة ولاية بورنو شمال شرقي نيجيريا، وأسفرت عن مقتل 54 شخصا، وفق الناطق باسم الشرطة المحلية جيديون جوبي.

وقال مايك عمري، المتحدث باسم مركز الإعلام الوطني، إن قوات نيجيرية وتشادية استعادت بلدة دماساك القريبة من الحدود مع النيجر، فيما تعهد الرئيس النيجيري غودلاك جوناثان، الذي يخوض حملة انتخابية، بتحرير كل المناطق قبل موعد الاقتراع.""",
    entities=[
        E("abuja", "Place", ["أبوجا"], "Abuja", qid="Q3787", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("shekau", "Person", ["أبو بكر شيكاو"], "Abubakar Shekau"),
        E("bh", "Organization", ["جماعة بوكو حرام", "بوكو حرام", "الجماعة"], "Boko Haram", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("baghdadi", "Person", ["أبي بكر البغدادي"], "Abu Bakr al-Baghdadi"),
        E("twitter", "Organization", ["تويتر"], "Twitter", opt=True),
        E("maiduguri", "Place", ["مدينة مايدوغوري", "مايدوغوري"], "Maiduguri", sub="City"),
        E("borno", "Place", ["ولاية بورنو", "بورنو"], "Borno State", sub="Region"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("police", "Organization", ["الشرطة المحلية"], "Borno police", sub="ArmedForce", opt=True),
        E("jubi", "Person", ["جيديون جوبي"], "Gideon Jubi"),
        E("omeri", "Person", ["مايك عمري"], "Mike Omeri"),
        E("nic", "Organization", ["مركز الإعلام الوطني"], "National Information Centre",
          sub="GovernmentBody"),
        E("damasak", "Place", ["بلدة دماساك", "دماساك"], "Damasak", sub="City"),
        E("niger", "Place", ["النيجر"], "Niger", qid="Q1032", sub="Country"),
        E("jonathan", "Person", ["غودلاك جوناثان"], "Goodluck Jonathan"),
    ],
    relations=[
        R("leaderOf", "shekau", "bh"),                    # X، زعيم جماعة بوكو حرام
        R("affiliatedWith", "bh", "isis"),                # مبايعة جماعته لتنظيم داعش
        R("affiliatedWith", "bh", "baghdadi", opt=True),
        R("leaderOf", "baghdadi", "isis"),                # وزعيمه
        R("locatedIn", "maiduguri", "borno"),             # مدينة مايدوغوري، عاصمة ولاية بورنو
        R("locatedIn", "borno", "nigeria"),               # شمال شرقي نيجيريا
        R("locatedIn", "maiduguri", "nigeria", opt=True),  # the chain's transitive link
        R("spokespersonOf", "jubi", "police"),            # الناطق باسم الشرطة المحلية X
        R("spokespersonOf", "omeri", "nic"),              # المتحدث باسم مركز الإعلام الوطني
        R("leaderOf", "jonathan", "nigeria"),             # الرئيس النيجيري X (the sets' convention)
        R("positionIn", "jonathan", "nigeria", opt=True),
    ],
    events=[
        V("Attack", agent=["bh"], place=[["maiduguri", "borno"]], date="2015-03-07", trigger="تفجيرات"),
        V("Killing", agent=["bh"], place=[["maiduguri", "borno"]], date="2015-03-07", trigger="مقتل"),
        V("MilitaryOperation", place=[["damasak"]], trigger="استعادت"),
    ],
))

# ---------------------------------------------------------------- Iraq, Popular Mobilisation (2016-06-14, a Tuesday)
DOCS.append(dict(
    id="t14-iq-fallujah", published="2016-06-14",
    text="""الفلوجة (العراق) - «العربي الجديد» - عثمان المختار:

قال أحمد الأسدي، المتحدث باسم هيئة الحشد الشعبي، إن «كتائب حزب الله»، أحد أبرز فصائل الحشد، شاركت اليوم الثلاثاء في اقتحام حي الشهداء جنوب مدينة الفلوجة العراقية، بالتنسيق مع قوات الشرطة الاتحادية.

وكان أبو مهدي المهندس، نائب رئيس الهيئة، قد أكد في مؤتمر صحفي في بلدة عامرية الفلوجة، أن الفصائل «لن تدخل مركز المدينة»، وأن مهمة تطهيره تقع على عاتق جهاز مكافحة الإرهاب.

في المقابل، اتهم النائب عن محافظة الأنبار أحمد السلماني عناصر من الحشد بخطف عشرات الرجال من بلدة الصقلاوية شمالي الفلوجة، مطالبا رئيس الوزراء حيدر العبادي بفتح تحقيق عاجل، فيما قال صهيب الراوي، محافظ الأنبار، إن لجنة شكلتها الحكومة المحلية بدأت عملها.""",
    entities=[
        E("fallujah", "Place", ["الفلوجة", "مدينة الفلوجة", "المدينة"], "Fallujah", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("araby", "Organization", ["العربي الجديد"], "Al-Araby Al-Jadeed", sub="MediaOrganization", opt=True),
        E("mukhtar", "Person", ["عثمان المختار"], "Othman al-Mukhtar", opt=True),
        E("asadi", "Person", ["أحمد الأسدي"], "Ahmed al-Asadi"),
        E("pmf", "Organization", ["هيئة الحشد الشعبي", "الحشد", "الهيئة"], "Popular Mobilization Forces",
          sub="ArmedForce"),
        E("kh", "Organization", ["كتائب حزب الله"], "Kata'ib Hezbollah", sub="ArmedGroup"),
        E("shuhada", "Place", ["حي الشهداء"], "al-Shuhada", sub="City"),
        E("fedpolice", "Organization", ["الشرطة الاتحادية", "قوات الشرطة الاتحادية"], "Federal Police",
          sub="ArmedForce"),
        E("muhandis", "Person", ["أبو مهدي المهندس"], "Abu Mahdi al-Muhandis"),
        E("amiriya", "Place", ["عامرية الفلوجة", "بلدة عامرية الفلوجة"], "Amiriyat al-Fallujah", sub="City"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter-Terrorism Service", sub="ArmedForce"),
        E("anbar", "Place", ["محافظة الأنبار", "الأنبار"], "Anbar Governorate", qid="Q187334", sub="Region"),
        E("salmani", "Person", ["أحمد السلماني"], "Ahmed al-Salmani"),
        E("saqlawiya", "Place", ["بلدة الصقلاوية", "الصقلاوية"], "Saqlawiyah", sub="City"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("rawi", "Person", ["صهيب الراوي"], "Suhaib al-Rawi"),
        E("localgov", "Organization", ["الحكومة المحلية"], "Anbar local government", sub="GovernmentBody",
          opt=True),
    ],
    relations=[
        R("locatedIn", "fallujah", "iraq", opt=True),     # dateline
        R("spokespersonOf", "asadi", "pmf"),              # X، المتحدث باسم هيئة الحشد الشعبي
        R("memberOf", "kh", "pmf"),                       # أحد أبرز فصائل الحشد
        R("partOf", "kh", "pmf", opt=True),
        R("locatedIn", "shuhada", "fallujah"),            # حي الشهداء جنوب مدينة الفلوجة
        R("positionIn", "muhandis", "pmf"),               # نائب رئيس الهيئة
        R("memberOf", "muhandis", "pmf", opt=True),
        R("positionIn", "salmani", "anbar", opt=True),    # النائب عن محافظة الأنبار
        R("locatedIn", "saqlawiya", "fallujah", opt=True),  # شمالي الفلوجة
        R("positionIn", "abadi", "iraq", opt=True),       # رئيس الوزراء (no adjective)
        R("leaderOf", "rawi", "anbar"),                   # X، محافظ الأنبار
        R("positionIn", "rawi", "anbar", opt=True),
        R("locatedIn", "fallujah", "anbar", opt=True),
    ],
    events=[
        V("MilitaryOperation", agent=["kh", "fedpolice"], place=[["shuhada", "fallujah"]], date="2016-06-14",
          trigger="اقتحام"),
        V("MilitaryOperation", opt=True, agent=["pmf"]),
        V("Arrest", opt=True, agent=["pmf"], place=[["saqlawiya"]]),
    ],
))
