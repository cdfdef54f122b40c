"""Hand annotations of the twenty-eighth training set (see eval/train28/README.md).

The entity helper's working set: minor persons named with no title (after verbs of speech, in lists,
as the subject of a verb, with kunyas and nisbas, in full then by family name alone), a name broken
by a line break, clitics on names, generic authorities and bodies, organisations whose name holds a
place, agencies and companies known by transliterated names, villages, districts, neighbourhoods,
camps, crossings, airports, mountains and rivers, tribes, brigades, factions, parties and councils.
Persons are invented except well-known public figures. Written and annotated before the extractor
was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Deir ez-Zor (2017-10-14, Saturday)
DOCS.append(dict(
    id="t28-sy-shaafa", published="2017-10-14",
    text="""بيروت - (رويترز):

قتل سبعة مدنيين على الأقل، أمس الجمعة، في قصف جوي استهدف مخيما للنازحين قرب بلدة الشعفة في ريف دير الزور الشرقي، بحسب ما أفاد المرصد السوري لحقوق الإنسان.

وقال رامي عبد الرحمن، مدير المرصد، إن الطائرات التي نفذت الغارة «يرجح أنها روسية»، مضيفا أن بين القتلى ثلاثة أطفال. وأوضح ناشط محلي يدعى أحمد الرمضان أن عائلات من عشيرة البكير نزحت إلى المخيم قبل أسبوعين هربا من المعارك في مدينة الميادين.

من جهتها، قالت السلطات السورية إن الجيش السوري «يواصل تقدمه» على الضفة الغربية لنهر الفرات، فيما أعلنت قوات سوريا الديمقراطية أنها سيطرت على حقل العمر النفطي. وأكد مصطفى
بالي، مدير المركز الإعلامي للقوات، أن مقاتلي «مجلس دير الزور العسكري» دخلوا قرية الجرذي الشرقي، وأضاف بالي أن عناصر تنظيم الدولة الإسلامية انسحبوا باتجاه البوكمال.

ونقلت وكالة «سانا» عن مصدر عسكري أن وحدات الجيش دمرت مقرات للتنظيم في حي الحميدية بدير الزور.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("shaafa", "Place", ["بلدة الشعفة"], "al-Shaafa", sub="City"),
        E("deir", "Place", ["دير الزور"], "Deir ez-Zor", sub="City"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights"),
        E("rami", "Person", ["رامي عبد الرحمن"], "Rami Abdulrahman"),
        E("ramadan", "Person", ["أحمد الرمضان"], "Ahmad al-Ramadan"),
        E("bakir", "Organization", ["عشيرة البكير"], "al-Bakir clan"),
        E("mayadin", "Place", ["مدينة الميادين"], "al-Mayadin", sub="City"),
        E("auth", "Organization", ["السلطات السورية"], "Syrian authorities", sub="GovernmentBody"),
        E("saa", "Organization", ["الجيش السوري", "الجيش"], "Syrian Arab Army", sub="ArmedForce"),
        E("euphrates", "Place", ["نهر الفرات"], "Euphrates", sub="Region"),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", "القوات"], "Syrian Democratic Forces", sub="ArmedGroup"),
        E("omar", "Place", ["حقل العمر النفطي"], "al-Omar oil field"),
        E("bali", "Person", ["مصطفى بالي", "بالي"], "Mustafa Bali"),
        E("media", "Organization", ["المركز الإعلامي للقوات"], "SDF Media Center", opt=True),
        E("dzmc", "Organization", ["مجلس دير الزور العسكري"], "Deir ez-Zor Military Council", sub="ArmedGroup"),
        E("jurdhi", "Place", ["قرية الجرذي الشرقي"], "al-Jurdhi al-Sharqi", sub="City"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("bukamal", "Place", ["البوكمال"], "Abu Kamal", sub="City"),
        E("sana", "Organization", ["وكالة «سانا»", "سانا"], "SANA", sub="MediaOrganization"),
        E("hamidiya", "Place", ["حي الحميدية"], "al-Hamidiya", sub="City"),
    ],
    relations=[
        R("leaderOf", "rami", "sohr"),
        R("memberOf", "bali", "sdf", opt=True),
        R("leaderOf", "bali", "media", opt=True),
        R("partOf", "media", "sdf", opt=True),
        R("partOf", "dzmc", "sdf", opt=True),
        R("locatedIn", "shaafa", "deir", opt=True),
        R("locatedIn", "hamidiya", "deir"),
    ],
    events=[
        V("Strike", place=[["shaafa", "deir"]], date="2017-10-13", trigger="قصف"),
        V("Killing", place=[["shaafa", "deir"]], date="2017-10-13", trigger="قتل"),
        V("MilitaryOperation", opt=True, agent=["saa"], place=["euphrates"]),
        V("MilitaryOperation", agent=["sdf"], place=["omar"], trigger="سيطرت"),
        V("MilitaryOperation", opt=True, agent=["dzmc"], place=["jurdhi"]),
        V("Attack", opt=True, agent=["saa"], target=["is"], place=[["hamidiya", "deir"]]),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul (2017-03-20, Monday)
DOCS.append(dict(
    id="t28-iq-mosul", published="2017-03-20",
    text="""الموصل - (الأناضول):

قال مسؤولون محليون إن عبوة ناسفة انفجرت، صباح اليوم الاثنين، قرب مبنى جامعة الموصل في الجانب الأيسر من المدينة، ما أسفر عن مقتل طالبين وإصابة أربعة آخرين، بينهم الطالبة نور حازم وزميلها عمر يونس الطائي.

وأوضح عضو مجلس محافظة نينوى حسام الدين العبار أن «خلايا نائمة» تابعة لتنظيم داعش تقف وراء التفجير، داعيا وزارة الداخلية العراقية إلى تعزيز الحواجز في حي الزهور وحي المثنى. وأضاف العبار أن الأجهزة الأمنية اعتقلت مشتبها به يدعى ياسر خلف الجبوري في منطقة الكوكجلي.

من جانبه، ذكر بيان لقيادة العمليات المشتركة أن قوات جهاز مكافحة الإرهاب تقدمت في حي باب الطوب بالموصل، بينما أعلن الحشد الشعبي أن مقاتليه قطعوا طريقا رئيسيا غرب المحافظة. وقال أبو مهدي المهندس، نائب رئيس هيئة الحشد، إن «المعركة ستنتهي قبل الصيف».""",
    entities=[
        E("mosul", "Place", ["الموصل", "المدينة"], "Mosul", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("uni", "Organization", ["جامعة الموصل"], "University of Mosul"),
        E("noor", "Person", ["نور حازم"], "Noor Hazim"),
        E("taei", "Person", ["عمر يونس الطائي"], "Omar Younis al-Taei"),
        E("council", "Organization", ["مجلس محافظة نينوى"], "Nineveh Provincial Council", sub="GovernmentBody"),
        E("abbar", "Person", ["حسام الدين العبار", "العبار"], "Husam al-Din al-Abbar"),
        E("is", "Organization", ["تنظيم داعش", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("moi", "Organization", ["وزارة الداخلية العراقية"], "Iraqi Ministry of Interior", sub="GovernmentBody"),
        E("zuhur", "Place", ["حي الزهور"], "al-Zuhur", sub="City"),
        E("muthanna", "Place", ["حي المثنى"], "al-Muthanna", sub="City"),
        E("sec", "Organization", ["الأجهزة الأمنية"], "Iraqi security services", sub="GovernmentBody", opt=True),
        E("jubouri", "Person", ["ياسر خلف الجبوري"], "Yasir Khalaf al-Jubouri"),
        E("kokjali", "Place", ["منطقة الكوكجلي"], "Kokjali", sub="City"),
        E("joc", "Organization", ["قيادة العمليات المشتركة"], "Joint Operations Command", sub="ArmedForce"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter Terrorism Service", sub="ArmedForce"),
        E("babtob", "Place", ["حي باب الطوب"], "Bab al-Tob", sub="City"),
        E("pmf", "Organization", ["الحشد الشعبي", "هيئة الحشد"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("nineveh", "Place", ["المحافظة"], "Nineveh Governorate", sub="Region", opt=True),
        E("muhandis", "Person", ["أبو مهدي المهندس"], "Abu Mahdi al-Muhandis"),
    ],
    relations=[
        R("memberOf", "abbar", "council"),
        R("positionIn", "muhandis", "pmf"),
        R("locatedIn", "babtob", "mosul"),
    ],
    events=[
        V("Attack", place=[["uni", "mosul"]], date="2017-03-20", trigger="انفجرت"),
        V("Attack", opt=True, agent=["is"]),
        V("Killing", place=[["uni", "mosul"]], date="2017-03-20", trigger="مقتل"),
        V("Arrest", agent=["sec"], target=["jubouri"], place=["kokjali"], trigger="اعتقلت"),
        V("MilitaryOperation", opt=True, agent=["cts"], place=[["babtob", "mosul"]]),
    ],
))

# ---------------------------------------------------------------- Yemen, Aden and Taiz (2018-06-09, Saturday)
DOCS.append(dict(
    id="t28-ye-aden", published="2018-06-09",
    text="""عدن - (د ب أ):

اغتال مسلحون مجهولون، مساء الجمعة، إمام مسجد في مديرية الشيخ عثمان بمحافظة عدن جنوبي اليمن، في أحدث حلقة من سلسلة اغتيالات طالت رجال دين في المدينة.

وقال شهود عيان إن المسلحين أطلقوا النار على الشيخ عبدالرحمن باعوضة أثناء خروجه من مسجد الفرقان، ولاذوا بالفرار على متن دراجة نارية. وأكد مدير أمن عدن اللواء شلال شائع أن «الأجهزة الأمنية تلاحق الجناة».

وفي تعز، قال مصدر في «كتائب أبي العباس» إن اشتباكات اندلعت مع قوات اللواء 35 مدرع في حي الجمهوري، وأسفرت عن مقتل ثلاثة مقاتلين. وأوضح فؤاد الشرعبي، وهو أحد سكان الحي، أن القذائف سقطت على منازل المدنيين.

من جهتها، أعلنت جماعة أنصار الله (الحوثيين) أن طائراتها المسيرة استهدفت مطار عدن الدولي، فيما نفى التحالف بقيادة السعودية ذلك. ونقلت قناة «المسيرة» عن المتحدث باسم الجماعة محمد عبدالسلام قوله إن «الرد سيستمر».""",
    entities=[
        E("aden", "Place", ["عدن", "المدينة"], "Aden", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("sheikhothman", "Place", ["مديرية الشيخ عثمان"], "Sheikh Othman", sub="City"),
        E("adengov", "Place", ["محافظة عدن"], "Aden Governorate", sub="Region"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("baawda", "Person", ["عبدالرحمن باعوضة"], "Abdulrahman Ba'awda"),
        E("furqan", "Place", ["مسجد الفرقان"], "al-Furqan Mosque", opt=True),
        E("shallal", "Person", ["شلال شائع"], "Shallal Shaye"),
        E("sec", "Organization", ["الأجهزة الأمنية"], "Aden security services", sub="GovernmentBody", opt=True),
        E("taiz", "Place", ["تعز"], "Taiz", sub="City"),
        E("abbas", "Organization", ["كتائب أبي العباس"], "Abu al-Abbas Brigades", sub="ArmedGroup"),
        E("b35", "Organization", ["اللواء 35 مدرع"], "35th Armoured Brigade", sub="ArmedForce"),
        E("jumhuri", "Place", ["حي الجمهوري", "الحي"], "al-Jumhuri", sub="City"),
        E("sharabi", "Person", ["فؤاد الشرعبي"], "Fuad al-Sharabi"),
        E("houthis", "Organization", ["جماعة أنصار الله", "الحوثيين", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("airport", "Place", ["مطار عدن الدولي"], "Aden International Airport"),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("masirah", "Organization", ["قناة «المسيرة»", "المسيرة"], "Al-Masirah", sub="MediaOrganization"),
        E("abdulsalam", "Person", ["محمد عبدالسلام"], "Mohammed Abdulsalam"),
    ],
    relations=[
        R("locatedIn", "sheikhothman", "adengov"),
        R("locatedIn", "adengov", "yemen"),
        R("locatedIn", "sheikhothman", "yemen", opt=True),
        R("locatedIn", "jumhuri", "taiz", opt=True),
        R("leaderOf", "saudi", "coalition"),
        R("spokespersonOf", "abdulsalam", "houthis"),
    ],
    events=[
        V("Killing", target=["baawda"], place=[["sheikhothman", "adengov", "yemen", "furqan"]], date="2018-06-08",
          trigger="اغتال"),
        V("Attack", opt=True, target=["baawda"], place=[["sheikhothman", "adengov", "furqan"]], date="2018-06-08"),
        V("Attack", opt=True, agent=["abbas", "b35"], target=["abbas", "b35"], place=[["jumhuri", "taiz"]]),
        V("Killing", opt=True, place=[["jumhuri", "taiz"]]),
        V("Strike", agent=["houthis"], place=[["airport", "aden"]], trigger="استهدفت"),
    ],
))

# ---------------------------------------------------------------- Libya, Benghazi and Derna (2016-02-25, Thursday)
DOCS.append(dict(
    id="t28-ly-benghazi", published="2016-02-25",
    text="""بنغازي - (وكالات):

أعلنت غرفة عمليات الكرامة، اليوم الخميس، أن قوات الجيش الوطني الليبي سيطرت على منطقة بوعطني وميناء المريسة غرب مدينة بنغازي، بعد معارك مع مقاتلي «مجلس شورى ثوار بنغازي».

وقال الناطق باسم الغرفة ميلاد الورفلي إن «وحدات الصاعقة طهرت المنطقة بالكامل»، مشيرا إلى مقتل 11 جنديا خلال الأيام الثلاثة الماضية، بينهم الرائد سالم العبيدي والجندي علي الفيتوري، بحسب مستشفى الجلاء.

في المقابل، اتهم مجلس الشورى في بيان نشره عبر موقع «تويتر» طائرات «أجنبية» بقصف مواقعه في حي الصابري.

وفي درنة، قال عضو مجلس شورى مجاهدي درنة عطية الشاعري إن مقاتليه صدوا هجوما لتنظيم الدولة قرب منطقة الفتائح، وأضاف الشاعري أن التنظيم فقد 20 من عناصره. من جهته، أكد المجلس الرئاسي لحكومة الوفاق الوطني في طرابلس أن رئيسه فائز السراج سيزور القاهرة الأسبوع المقبل.""",
    entities=[
        E("benghazi", "Place", ["بنغازي", "مدينة بنغازي"], "Benghazi", sub="City"),
        E("karama", "Organization", ["غرفة عمليات الكرامة", "الغرفة"], "Operation Dignity operations room",
          sub="ArmedForce"),
        E("lna", "Organization", ["الجيش الوطني الليبي"], "Libyan National Army", sub="ArmedForce"),
        E("buatni", "Place", ["منطقة بوعطني"], "Bu Atni", sub="City"),
        E("mreisa", "Place", ["ميناء المريسة"], "al-Mreisa port"),
        E("bsrc", "Organization", ["مجلس شورى ثوار بنغازي", "مجلس الشورى"], "Benghazi Revolutionaries Shura Council",
          sub="ArmedGroup"),
        E("warfalli", "Person", ["ميلاد الورفلي"], "Milad al-Warfalli"),
        E("saiqa", "Organization", ["وحدات الصاعقة"], "Saiqa special forces", sub="ArmedForce", opt=True),
        E("obeidi", "Person", ["سالم العبيدي"], "Salem al-Obeidi"),
        E("fitouri", "Person", ["علي الفيتوري"], "Ali al-Fitouri"),
        E("jalaa", "Place", ["مستشفى الجلاء"], "al-Jalaa Hospital", opt=True),
        E("twitter", "Organization", ["تويتر"], "Twitter", opt=True),
        E("sabri", "Place", ["حي الصابري"], "al-Sabri", sub="City"),
        E("derna", "Place", ["درنة"], "Derna", sub="City"),
        E("dmsc", "Organization", ["مجلس شورى مجاهدي درنة"], "Mujahideen Shura Council of Derna", sub="ArmedGroup"),
        E("shairi", "Person", ["عطية الشاعري", "الشاعري"], "Atiya al-Shairi"),
        E("is", "Organization", ["تنظيم الدولة", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("fataih", "Place", ["منطقة الفتائح"], "al-Fataih", sub="City"),
        E("pc", "Organization", ["المجلس الرئاسي لحكومة الوفاق الوطني"], "Presidential Council of the GNA",
          sub="GovernmentBody"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "warfalli", "karama"),
        R("partOf", "karama", "lna", opt=True),
        R("partOf", "saiqa", "lna", opt=True),
        R("locatedIn", "buatni", "benghazi"),
        R("locatedIn", "mreisa", "benghazi"),
        R("memberOf", "shairi", "dmsc"),
        R("leaderOf", "sarraj", "pc"),
    ],
    events=[
        V("MilitaryOperation", agent=["lna"], place=[["buatni", "benghazi"], "mreisa"], date="2016-02",
          trigger="سيطرت"),
        V("Attack", opt=True, agent=["lna", "bsrc"], target=["bsrc", "lna"]),
        V("Killing", opt=True, target=["lna", "obeidi", "fitouri"]),
        V("Strike", place=["sabri"], target=["bsrc"], trigger="بقصف"),
        V("Attack", agent=["is"], target=["dmsc"], place=["fataih"], trigger="هجوما"),
        V("Visit", opt=True, agent=["sarraj"], place=["cairo"]),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2018-02-10, Saturday)
DOCS.append(dict(
    id="t28-eg-sinai", published="2018-02-10",
    text="""القاهرة - (رويترز):

قال المتحدث العسكري المصري العقيد تامر الرفاعي، اليوم السبت، إن القوات المسلحة قتلت 16 مسلحا في مداهمات بمدينتي العريش والشيخ زويد، ضمن العملية الشاملة «سيناء 2018» التي بدأت أمس الجمعة.

وأضاف الرفاعي أن القوات الجوية دمرت مخازن أسلحة تابعة لـ«ولاية سيناء» قرب قرية المقاطعة جنوب رفح. وقال سكان إن الاتصالات قطعت عن مناطق واسعة من شمال سيناء، وأوضح محمد سليمان أبو عيطة، من قبيلة السواركة، أن «العائلات لا تستطيع الخروج».

وفي القاهرة، أعلنت السفارة الأمريكية تعليق زيارات موظفيها إلى سيناء، بينما قالت وزارة الداخلية إن قطاع الأمن الوطني أحبط «مخططا إرهابيا» واعتقل خلية من خمسة أشخاص في حي المطرية يتزعمها شخص يدعى حسن عبد الغفار.

ونقلت صحيفة «الأهرام» عن اللواء عبد الفتاح حرحور، محافظ شمال سيناء، أن معبر رفح سيظل مغلقا حتى إشعار آخر.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("rifai", "Person", ["تامر الرفاعي", "الرفاعي"], "Tamer al-Rifai"),
        E("eaf", "Organization", ["القوات المسلحة"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("arish", "Place", ["العريش"], "Arish", sub="City"),
        E("shz", "Place", ["الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("eaaf", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("ws", "Organization", ["ولاية سيناء"], "Sinai Province", sub="ArmedGroup"),
        E("muqataa", "Place", ["قرية المقاطعة"], "al-Muqataa", sub="City"),
        E("rafah", "Place", ["رفح"], "Rafah", sub="City"),
        E("nsinai", "Place", ["شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("sinai", "Place", ["سيناء"], "Sinai Peninsula", sub="Region"),
        E("abueita", "Person", ["محمد سليمان أبو عيطة"], "Mohammed Suleiman Abu Eita"),
        E("sawarka", "Organization", ["قبيلة السواركة"], "Sawarka tribe"),
        E("embassy", "Organization", ["السفارة الأمريكية"], "Embassy of the United States in Cairo"),
        E("moi", "Organization", ["وزارة الداخلية"], "Egyptian Ministry of Interior", sub="GovernmentBody"),
        E("nsa", "Organization", ["قطاع الأمن الوطني"], "National Security Agency", sub="GovernmentBody"),
        E("matariya", "Place", ["حي المطرية"], "al-Matariya", sub="City"),
        E("ghaffar", "Person", ["حسن عبد الغفار"], "Hassan Abdel Ghaffar"),
        E("ahram", "Organization", ["صحيفة «الأهرام»", "الأهرام"], "Al-Ahram", sub="MediaOrganization"),
        E("harhour", "Person", ["عبد الفتاح حرحور"], "Abdel Fattah Harhour"),
        E("crossing", "Place", ["معبر رفح"], "Rafah Border Crossing"),
    ],
    relations=[
        R("spokespersonOf", "rifai", "eaf"),
        R("partOf", "eaaf", "eaf", opt=True),
        R("locatedIn", "muqataa", "rafah"),
        R("memberOf", "abueita", "sawarka"),
        R("partOf", "nsa", "moi", opt=True),
        R("leaderOf", "harhour", "nsinai"),
        R("positionIn", "harhour", "nsinai", opt=True),
    ],
    events=[
        V("Killing", agent=["eaf"], place=["arish", "shz"], date="2018-02", trigger="قتلت"),
        V("MilitaryOperation", name="سيناء 2018", agent=["eaf"], date="2018-02-09", trigger="العملية"),
        V("Strike", agent=[["eaaf", "eaf"]], target=["ws"], place=[["muqataa", "rafah"]], trigger="دمرت"),
        V("Arrest", agent=[["nsa", "moi"]], target=["ghaffar"], place=["matariya"], trigger="اعتقل"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Ain al-Hilweh (2015-08-22, Saturday)
DOCS.append(dict(
    id="t28-lb-hilweh", published="2015-08-22",
    text="""بيروت - (الوكالة الوطنية للإعلام):

شهدت مدينة صيدا، ليل الجمعة، اشتباكات عنيفة في مخيم عين الحلوة للاجئين الفلسطينيين بين عناصر من حركة فتح ومسلحين من «جند الشام»، أسفرت عن مقتل شخصين وإصابة تسعة.

وقال قائد الأمن الوطني الفلسطيني في المخيم اللواء صبحي أبو عرب إن الاشتباكات اندلعت بعد محاولة اغتيال العنصر في الحركة محمود الصالح في حي الطوارئ. وأوضح خالد عيسى، عضو لجنة المتابعة، أن وقفا لإطلاق النار تم بوساطة من «عصبة الأنصار» وحركة حماس.

من جهته، أعلن الجيش اللبناني أن وحداته عززت انتشارها عند مداخل المخيم، فيما أوقفت مخابرات الجيش شخصا يدعى أحمد ديب الشهابي على حاجز الأولي. وقالت النائب بهية الحريري إن «صيدا لن تكون ساحة لتصفية الحسابات».

وفي بيروت، استقبل رئيس الحكومة تمام سلام سفير الاتحاد الأوروبي، وبحث معه أوضاع النازحين السوريين في البقاع.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency", sub="MediaOrganization",
          opt=True),
        E("saida", "Place", ["مدينة صيدا", "صيدا"], "Sidon", sub="City"),
        E("hilweh", "Place", ["مخيم عين الحلوة", "المخيم"], "Ain al-Hilweh", sub="City"),
        E("fatah", "Organization", ["حركة فتح", "الحركة"], "Fatah", sub="PoliticalOrganization"),
        E("jund", "Organization", ["جند الشام"], "Jund al-Sham", sub="ArmedGroup"),
        E("pns", "Organization", ["الأمن الوطني الفلسطيني"], "Palestinian National Security Forces",
          sub="ArmedForce"),
        E("abuarab", "Person", ["صبحي أبو عرب"], "Subhi Abu Arab"),
        E("saleh", "Person", ["محمود الصالح"], "Mahmoud al-Saleh"),
        E("tawari", "Place", ["حي الطوارئ"], "Hay al-Tawari", sub="City"),
        E("issa", "Person", ["خالد عيسى"], "Khaled Issa"),
        E("committee", "Organization", ["لجنة المتابعة"], "Follow-up Committee", opt=True),
        E("usbat", "Organization", ["عصبة الأنصار"], "Usbat al-Ansar", sub="ArmedGroup"),
        E("hamas", "Organization", ["حركة حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("laf", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("intel", "Organization", ["مخابرات الجيش"], "Lebanese Army Intelligence", sub="ArmedForce", opt=True),
        E("shehabi", "Person", ["أحمد ديب الشهابي"], "Ahmad Dib al-Shehabi"),
        E("awali", "Place", ["حاجز الأولي"], "al-Awali checkpoint", opt=True),
        E("hariri", "Person", ["بهية الحريري"], "Bahia Hariri"),
        E("salam", "Person", ["تمام سلام"], "Tammam Salam"),
        E("eu", "Organization", ["الاتحاد الأوروبي"], "European Union", qid="Q458", sub="Coalition"),
        E("bekaa", "Place", ["البقاع"], "Beqaa", sub="Region"),
    ],
    relations=[
        R("leaderOf", "abuarab", "pns"),
        R("memberOf", "saleh", "fatah"),
        R("memberOf", "issa", "committee", opt=True),
        R("partOf", "intel", "laf", opt=True),
        R("locatedIn", "hilweh", "saida", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["fatah", "jund"], target=["fatah", "jund"], place=[["hilweh", "saida"]],
          date="2015-08-21"),
        V("Killing", place=[["hilweh", "saida"]], date="2015-08-21", trigger="مقتل"),
        V("Attack", target=["saleh"], place=[["tawari", "hilweh"]], trigger="اغتيال"),
        V("Arrest", agent=[["intel", "laf"]], target=["shehabi"], place=["awali"], trigger="أوقفت"),
        V("Meeting", opt=True, agent=["salam"], place=["beirut"]),
    ],
))

# ---------------------------------------------------------------- Palestine, Gaza and the West Bank (2019-05-05, Sunday)
DOCS.append(dict(
    id="t28-ps-gaza", published="2019-05-05",
    text="""رام الله - (الأناضول):

استشهد أربعة فلسطينيين، بينهم سيدة حامل وطفلتها، صباح اليوم الأحد، في غارات شنتها طائرات إسرائيلية على حي الشجاعية وبلدة بيت لاهيا شمالي قطاع غزة، وفق وزارة الصحة في القطاع.

وقال الناطق باسم الوزارة أشرف القدرة إن القتلى هم فلسطين أبو عرار (37 عاما) وابنتها صبا، وعبد الله المدهون، وموسى معروف. وأضاف القدرة أن 14 آخرين أصيبوا بجروح.

من جانبها، قالت «سرايا القدس»، الجناح العسكري لحركة الجهاد الإسلامي، إنها قصفت مستوطنة سديروت ومدينة عسقلان بعشرات الصواريخ. وأعلن الجيش الإسرائيلي أنه استهدف 120 موقعا لحماس والجهاد، بينها مقر لـ«كتائب القسام» في مخيم الشاطئ.

وفي الضفة الغربية، اعتقلت قوات الاحتلال الشاب يوسف عاصي من قرية بيت ليد شرق طولكرم، وفق نادي الأسير الفلسطيني. وقال مسؤول مصري لوكالة «أسوشيتد برس» إن القاهرة تجري اتصالات مع الطرفين للتوصل إلى تهدئة.""",
    entities=[
        E("ramallah", "Place", ["رام الله"], "Ramallah", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("shujaiya", "Place", ["حي الشجاعية"], "Shuja'iyya", sub="City"),
        E("lahia", "Place", ["بلدة بيت لاهيا"], "Beit Lahia", sub="City"),
        E("strip", "Place", ["قطاع غزة", "القطاع"], "Gaza Strip", sub="Region"),
        E("moh", "Organization", ["وزارة الصحة", "الوزارة"], "Gaza Ministry of Health", sub="GovernmentBody"),
        E("qidra", "Person", ["أشرف القدرة", "القدرة"], "Ashraf al-Qidra"),
        E("abuarar", "Person", ["فلسطين أبو عرار"], "Falastin Abu Arar"),
        E("saba", "Person", ["صبا"], "Saba Abu Arar", opt=True),
        E("madhoun", "Person", ["عبد الله المدهون"], "Abdullah al-Madhoun"),
        E("maarouf", "Person", ["موسى معروف"], "Musa Maarouf"),
        E("saraya", "Organization", ["سرايا القدس"], "al-Quds Brigades", sub="ArmedGroup"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي", "الجهاد"], "Palestinian Islamic Jihad", sub="ArmedGroup"),
        E("sderot", "Place", ["مستوطنة سديروت"], "Sderot", sub="City"),
        E("ashkelon", "Place", ["مدينة عسقلان"], "Ashkelon", sub="City"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "قوات الاحتلال"], "Israel Defense Forces", sub="ArmedForce"),
        E("hamas", "Organization", ["حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("qassam", "Organization", ["كتائب القسام"], "Izz ad-Din al-Qassam Brigades", sub="ArmedGroup"),
        E("shati", "Place", ["مخيم الشاطئ"], "al-Shati camp", sub="City"),
        E("wb", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("asi", "Person", ["يوسف عاصي"], "Yusuf Asi"),
        E("beitlid", "Place", ["قرية بيت ليد"], "Beit Lid", sub="City"),
        E("tulkarm", "Place", ["طولكرم"], "Tulkarm", sub="City"),
        E("club", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoners' Club"),
        E("ap", "Organization", ["وكالة «أسوشيتد برس»", "أسوشيتد برس"], "Associated Press", sub="MediaOrganization"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("spokespersonOf", "qidra", "moh"),
        R("partOf", "saraya", "pij"),
        R("partOf", "qassam", "hamas", opt=True),
        R("locatedIn", "lahia", "strip"),
        R("locatedIn", "shujaiya", "strip", opt=True),
        R("locatedIn", "beitlid", "tulkarm"),
        R("locatedIn", "beitlid", "wb", opt=True),
    ],
    events=[
        V("Strike", place=[["shujaiya", "lahia", "strip"]], date="2019-05-05", trigger="غارات"),
        V("Strike", opt=True, agent=["idf"]),
        V("Killing", place=[["shujaiya", "lahia", "strip"]], date="2019-05-05", trigger="استشهد"),
        V("Killing", opt=True, agent=["idf"], target=["abuarar", "saba", "madhoun", "maarouf"]),
        V("Strike", agent=["saraya"], place=["sderot", "ashkelon"], trigger="قصفت"),
        V("Strike", agent=["idf"], target=["hamas", "pij", "qassam"], place=["shati"], trigger="استهدف"),
        V("Arrest", agent=["idf"], target=["asi"], place=[["beitlid", "tulkarm", "wb"]], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Turkey, Diyarbakir (2016-12-20, Tuesday)
DOCS.append(dict(
    id="t28-tr-lice", published="2016-12-20",
    text="""إسطنبول - (الأناضول):

قتل ثلاثة جنود أتراك وأصيب خمسة آخرون، أمس الاثنين، في هجوم بسيارة مفخخة استهدف مركزا للدرك في قضاء ليجة بولاية ديار بكر جنوب شرقي تركيا، وفق بيان لمكتب الوالي.

واتهم البيان منظمة حزب العمال الكردستاني بتنفيذ الهجوم، وقال إن «الإرهابيين فروا باتجاه الجبال». وأوضح أحمد تشليك، وهو صاحب متجر قرب المركز، أن الانفجار «هز الحي بأكمله»، فيما قال جاره مراد أوزتورك إن سيارات الإسعاف نقلت الجرحى إلى مستشفى جامعة دجلة.

وفي أنقرة، قال وزير الداخلية سليمان صويلو إن قوات الأمن اعتقلت 12 مشتبها بهم في ولايات ماردين وشرناق وهكاري، بينهم عضو في حزب الشعوب الديمقراطي يدعى جنكيز دمير. ونفى الحزب في بيان أي صلة له بالهجوم.

من جهة أخرى، أعلنت رئاسة الأركان التركية أن مقاتلاتها قصفت مواقع للمنظمة في منطقة قنديل شمالي العراق، ودمرت 9 مخابئ ومستودعا للذخيرة.""",
    entities=[
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("gendarmerie", "Organization", ["الدرك"], "Turkish Gendarmerie", sub="ArmedForce", opt=True),
        E("lice", "Place", ["قضاء ليجة"], "Lice", sub="City"),
        E("diyarprov", "Place", ["ولاية ديار بكر"], "Diyarbakir Province", sub="Region"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("governor", "Organization", ["مكتب الوالي"], "Governor's office", sub="GovernmentBody", opt=True),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "المنظمة"], "PKK", sub="ArmedGroup"),
        E("celik", "Person", ["أحمد تشليك"], "Ahmet Celik"),
        E("ozturk", "Person", ["مراد أوزتورك"], "Murat Ozturk"),
        E("hospital", "Place", ["مستشفى جامعة دجلة"], "Dicle University Hospital"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("soylu", "Person", ["سليمان صويلو"], "Suleyman Soylu"),
        E("sec", "Organization", ["قوات الأمن"], "Turkish security forces", sub="ArmedForce", opt=True),
        E("mardin", "Place", ["ماردين"], "Mardin", sub="Region"),
        E("sirnak", "Place", ["شرناق"], "Sirnak", sub="Region"),
        E("hakkari", "Place", ["هكاري"], "Hakkari", sub="Region"),
        E("hdp", "Organization", ["حزب الشعوب الديمقراطي", "الحزب"], "Peoples' Democratic Party",
          sub="PoliticalOrganization"),
        E("demir", "Person", ["جنكيز دمير"], "Cengiz Demir"),
        E("tgs", "Organization", ["رئاسة الأركان التركية"], "Turkish General Staff", sub="ArmedForce"),
        E("qandil", "Place", ["منطقة قنديل"], "Qandil", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
    ],
    relations=[
        R("locatedIn", "lice", "diyarprov"),
        R("locatedIn", "diyarprov", "turkey"),
        R("locatedIn", "lice", "turkey", opt=True),
        R("positionIn", "soylu", "turkey", opt=True),
        R("memberOf", "demir", "hdp"),
        R("locatedIn", "qandil", "iraq"),
    ],
    events=[
        V("Attack", target=["gendarmerie"], place=[["lice", "diyarprov", "turkey"]], date="2016-12-19",
          trigger="هجوم"),
        V("Attack", opt=True, agent=["pkk"]),
        V("Killing", place=[["lice", "diyarprov", "turkey"]], date="2016-12-19", trigger="قتل"),
        V("Arrest", agent=["sec"], target=["demir"], place=["mardin", "sirnak", "hakkari"], trigger="اعتقلت"),
        V("Strike", agent=["tgs"], target=["pkk"], place=[["qandil", "iraq"]], trigger="قصفت"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kabul (2018-09-06, Thursday)
DOCS.append(dict(
    id="t28-af-kabul", published="2018-09-06",
    text="""كابول - (د ب أ):

قتل 20 شخصا على الأقل، بينهم صحفيان، في تفجيرين انتحاريين استهدفا ناديا للمصارعة في حي دشت برتشي غربي العاصمة الأفغانية كابول، مساء أمس الأربعاء، بحسب ما أعلنت وزارة الصحة العامة.

وقال المتحدث باسم وزارة الداخلية عبد الواحد سروري إن انتحاريا فجر نفسه داخل النادي، ثم انفجرت سيارة مفخخة حين تجمع رجال الإنقاذ. وأوضح سروري أن بين القتلى الصحفيين جاويد نوري ورامين صافي من قناة «طلوع نيوز».

وتبنى تنظيم «ولاية خراسان» التابع لداعش الهجوم عبر وكالة «أعماق». وقال علي أكبر جعفري، وهو من سكان الحي، إن أبناء الحي «يدفعون ثمن كل شيء». ونددت بعثة الأمم المتحدة لمساعدة أفغانستان بالهجوم، كما أدانته السفارة الأمريكية في كابول.

في غضون ذلك، قال حاكم ولاية غزني عبد الكريم متين إن مقاتلي حركة طالبان هاجموا مقر مديرية جاغوري، وإن القتال مستمر منذ يومين.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("barchi", "Place", ["حي دشت برتشي", "الحي"], "Dasht-e Barchi", sub="City"),
        E("moph", "Organization", ["وزارة الصحة العامة"], "Afghan Ministry of Public Health", sub="GovernmentBody"),
        E("moi", "Organization", ["وزارة الداخلية"], "Afghan Ministry of Interior", sub="GovernmentBody"),
        E("sarwari", "Person", ["عبد الواحد سروري", "سروري"], "Abdul Wahid Sarwari"),
        E("nouri", "Person", ["جاويد نوري"], "Javid Nouri"),
        E("safi", "Person", ["رامين صافي"], "Ramin Safi"),
        E("tolo", "Organization", ["قناة «طلوع نيوز»", "طلوع نيوز"], "TOLOnews", sub="MediaOrganization"),
        E("iskp", "Organization", ["ولاية خراسان"], "Islamic State Khorasan Province", sub="ArmedGroup"),
        E("is", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة «أعماق»", "أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("jafari", "Person", ["علي أكبر جعفري"], "Ali Akbar Jafari"),
        E("unama", "Organization", ["بعثة الأمم المتحدة لمساعدة أفغانستان"], "UNAMA"),
        E("embassy", "Organization", ["السفارة الأمريكية"], "Embassy of the United States in Kabul"),
        E("ghazni", "Place", ["ولاية غزني"], "Ghazni Province", sub="Region"),
        E("matin", "Person", ["عبد الكريم متين"], "Abdul Karim Matin"),
        E("taliban", "Organization", ["حركة طالبان"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("jaghori", "Place", ["مديرية جاغوري"], "Jaghori District", sub="City"),
    ],
    relations=[
        R("locatedIn", "barchi", "kabul"),
        R("spokespersonOf", "sarwari", "moi"),
        R("memberOf", "nouri", "tolo", opt=True),
        R("memberOf", "safi", "tolo", opt=True),
        R("partOf", "iskp", "is"),
        R("leaderOf", "matin", "ghazni"),
        R("positionIn", "matin", "ghazni", opt=True),
        R("locatedIn", "jaghori", "ghazni", opt=True),
    ],
    events=[
        V("Attack", agent=["iskp"], place=[["barchi", "kabul"]], date="2018-09-05", trigger="تفجيرين"),
        V("Killing", agent=["iskp"], place=[["barchi", "kabul"]], date="2018-09-05", trigger="قتل"),
        V("Killing", opt=True, target=["nouri", "safi"]),
        V("Attack", agent=["taliban"], place=["jaghori"], trigger="هاجموا"),
    ],
))

# ---------------------------------------------------------------- Somalia, Kismayo (2019-07-13, Saturday)
DOCS.append(dict(
    id="t28-so-kismayo", published="2019-07-13",
    text="""مقديشو - (رويترز):

قتل 26 شخصا على الأقل، بينهم مرشح للانتخابات المحلية وصحفية، في هجوم شنه مسلحون من حركة الشباب على فندق في مدينة كيسمايو الساحلية جنوبي الصومال، مساء أمس الجمعة.

وقال أحمد محمد إسلام «مدوبي»، رئيس إدارة جوبالاند، إن قوات الأمن قتلت المهاجمين الأربعة بعد حصار دام 14 ساعة. وأوضح عبدي ديق، وهو شرطي في المدينة، أن الهجوم بدأ بتفجير سيارة مفخخة عند مدخل الفندق، وأن بين القتلى الصحفية فاطمة ورسمي وزوجها عثمان حيرسي.

وأعلنت الحركة، في بيان نقلته إذاعة «الأندلس» التابعة لها، مسؤوليتها عن الهجوم. من جانبها، أدانت بعثة الاتحاد الأفريقي في الصومال (أميصوم) الهجوم.

وفي مقديشو، قالت الشرطة إنها اعتقلت ثلاثة أشخاص في سوق بكارة يشتبه بصلتهم بخلية تابعة للحركة يقودها شخص يدعى محمد عبدي غوليد، وقال المتحدث باسم الشرطة صادق علي آدم إن التحقيقات مستمرة.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("shabab", "Organization", ["حركة الشباب", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("kismayo", "Place", ["مدينة كيسمايو", "المدينة"], "Kismayo", sub="City"),
        E("somalia", "Place", ["الصومال"], "Somalia", qid="Q1045", sub="Country"),
        E("madobe", "Person", ["أحمد محمد إسلام", "مدوبي"], "Ahmed Mohamed Islam"),
        E("jubaland", "Organization", ["إدارة جوبالاند"], "Jubaland administration", sub="GovernmentBody"),
        E("sec", "Organization", ["قوات الأمن"], "Jubaland security forces", sub="ArmedForce", opt=True),
        E("deeq", "Person", ["عبدي ديق"], "Abdi Deeq"),
        E("warsame", "Person", ["فاطمة ورسمي"], "Fatima Warsame"),
        E("hersi", "Person", ["عثمان حيرسي"], "Osman Hersi"),
        E("andalus", "Organization", ["إذاعة «الأندلس»", "الأندلس"], "Radio Andalus", sub="MediaOrganization"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميصوم"], "AMISOM", sub="ArmedForce"),
        E("police", "Organization", ["الشرطة"], "Somali Police Force", sub="ArmedForce", opt=True),
        E("bakara", "Place", ["سوق بكارة"], "Bakara Market", opt=True),
        E("gulled", "Person", ["محمد عبدي غوليد"], "Mohamed Abdi Gulled"),
        E("adam", "Person", ["صادق علي آدم"], "Sadiq Ali Adam"),
    ],
    relations=[
        R("locatedIn", "kismayo", "somalia"),
        R("leaderOf", "madobe", "jubaland"),
        R("partOf", "andalus", "shabab"),
        R("spokespersonOf", "adam", "police"),
    ],
    events=[
        V("Attack", agent=["shabab"], place=[["kismayo", "somalia"]], date="2019-07-12", trigger="هجوم"),
        V("Killing", agent=["shabab"], place=[["kismayo", "somalia"]], date="2019-07-12", trigger="قتل"),
        V("Killing", opt=True, agent=["sec"]),
        V("Arrest", agent=["police"], place=[["bakara", "mogadishu"]], trigger="اعتقلت"),
    ],
))
