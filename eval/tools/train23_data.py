"""Hand annotations of the twenty-third training set (see eval/train23/README.md).

The check set written beside train22: the same kinds of entities (minor persons named in full and
then by family name, persons after verbs of speech, kunyas, organisations named by description,
brigades and factions, parties, companies, newspapers, radio and TV stations, villages and districts
after a head, places in lists and glued to a clitic) in other countries and wordings. Persons are
invented except well-known public figures. Written and annotated before the extractor was run on
it. It is a CHECK set: only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Nigeria, Borno (2022-03-12, Saturday)
DOCS.append(dict(
    id="t23-ng-mainok", published="2022-03-12",
    text="""أبوجا - (أ ف ب):

هاجم مسلحون من «ولاية غرب أفريقيا» التابعة لتنظيم الدولة الإسلامية، ليل الخميس، قاعدة عسكرية في بلدة ماينوك بولاية بورنو، وأحرقوا منازل في قريتي جاكانا وكوندوغا.

وأوضح بابا غانا زولوم، وهو عضو في ميليشيا «قوة المهام المدنية المشتركة»، أن المهاجمين جاؤوا على متن 15 شاحنة، وأضاف زولوم أن خمسة جنود قتلوا. وأكد أونيما نواتشوكوو، المتحدث باسم الجيش النيجيري، أن القوات «صدت الهجوم».

في غضون ذلك، ذكرت صحيفة «ديلي ترست» أن حزب «المؤتمر التقدمي الشامل» الحاكم دعا إلى اجتماع طارئ في أبوجا.""",
    entities=[
        E("abuja", "Place", ["أبوجا"], "Abuja", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("iswap", "Organization", ["ولاية غرب أفريقيا"], "ISWAP", sub="ArmedGroup"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("mainok", "Place", ["بلدة ماينوك", "ماينوك"], "Mainok", sub="City"),
        E("borno", "Place", ["ولاية بورنو"], "Borno State", sub="Region"),
        E("jakana", "Place", ["جاكانا"], "Jakana", sub="City"),
        E("kondunga", "Place", ["كوندوغا"], "Kondunga", sub="City"),
        E("zulum", "Person", ["بابا غانا زولوم", "زولوم"], "Baba Gana Zulum"),
        E("cjtf", "Organization", ["قوة المهام المدنية المشتركة"], "Civilian Joint Task Force", sub="ArmedGroup"),
        E("nwachukwu", "Person", ["أونيما نواتشوكوو"], "Onyema Nwachukwu"),
        E("army", "Organization", ["الجيش النيجيري", "القوات"], "Nigerian Army", sub="ArmedForce"),
        E("trust", "Organization", ["صحيفة «ديلي ترست»", "ديلي ترست"], "Daily Trust", sub="MediaOrganization"),
        E("apc", "Organization", ["حزب «المؤتمر التقدمي الشامل»", "المؤتمر التقدمي الشامل"],
          "All Progressives Congress", sub="PoliticalOrganization"),
    ],
    relations=[
        R("partOf", "iswap", "is"),
        R("locatedIn", "mainok", "borno"),
        R("memberOf", "zulum", "cjtf"),
        R("spokespersonOf", "nwachukwu", "army"),
    ],
    events=[
        V("Attack", agent=["iswap"], target=["army"], place=[["mainok", "borno"]], date="2022-03-10",
          trigger="هاجم"),
        V("Attack", opt=True, agent=["iswap"], place=["jakana", "kondunga"], date="2022-03-10"),
        V("Killing", agent=["iswap"], target=["army"], place=[["mainok", "borno"]], trigger="قتلوا"),
        V("Meeting", opt=True, agent=["apc"], place=["abuja"]),
    ],
))

# ---------------------------------------------------------------- Pakistan, Peshawar (2016-09-06, Tuesday)
DOCS.append(dict(
    id="t23-pk-peshawar", published="2016-09-06",
    text="""إسلام آباد - (رويترز):

قتل 14 شرطيا على الأقل، أمس الاثنين، في تفجير انتحاري استهدف مسجدا داخل مجمع للشرطة في منطقة حياة آباد بمدينة بيشاور، وتبنى فصيل «جماعة الأحرار» المنشق عن حركة طالبان باكستان الهجوم.

وقال إحسان الله إحسان، المتحدث باسم الفصيل، إن الهجوم «رد على عمليات الجيش في وزيرستان وخيبر وباجور». وأوضح شوكت يوسفزي، عضو حزب «حركة الإنصاف»، أن المستشفيات استقبلت عشرات الجرحى، وأضاف يوسفزي أن حكومة إقليم خيبر بختونخوا أعلنت الحداد.

من جهتها، أدانت وزارة الخارجية الباكستانية الهجوم، فيما قالت قناة «جيو نيوز» إن قوات الأمن اعتقلت ثلاثة مشتبه بهم في قرية متني جنوب المدينة.""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("hayatabad", "Place", ["منطقة حياة آباد"], "Hayatabad", sub="City"),
        E("peshawar", "Place", ["مدينة بيشاور", "المدينة"], "Peshawar", sub="City"),
        E("jua", "Organization", ["جماعة الأحرار", "الفصيل"], "Jamaat-ul-Ahrar", sub="ArmedGroup"),
        E("ttp", "Organization", ["حركة طالبان باكستان"], "Tehrik-i-Taliban Pakistan", sub="ArmedGroup"),
        E("ehsan", "Person", ["إحسان الله إحسان"], "Ehsanullah Ehsan"),
        E("army", "Organization", ["الجيش"], "Pakistan Army", sub="ArmedForce", opt=True),
        E("waziristan", "Place", ["وزيرستان"], "Waziristan", sub="Region"),
        E("khyber", "Place", ["خيبر"], "Khyber", sub="Region"),
        E("bajaur", "Place", ["باجور"], "Bajaur", sub="Region"),
        E("yousafzai", "Person", ["شوكت يوسفزي", "يوسفزي"], "Shaukat Yousafzai"),
        E("pti", "Organization", ["حزب «حركة الإنصاف»", "حركة الإنصاف"], "Pakistan Tehreek-e-Insaf",
          sub="PoliticalOrganization"),
        E("kpgov", "Organization", ["حكومة إقليم خيبر بختونخوا"], "Government of Khyber Pakhtunkhwa",
          sub="GovernmentBody"),
        E("mofa", "Organization", ["وزارة الخارجية الباكستانية"], "Pakistani Ministry of Foreign Affairs",
          sub="GovernmentBody"),
        E("geo", "Organization", ["قناة «جيو نيوز»", "جيو نيوز"], "Geo News", sub="MediaOrganization"),
        E("sec", "Organization", ["قوات الأمن"], "Pakistani security forces", sub="ArmedForce", opt=True),
        E("matani", "Place", ["قرية متني"], "Matani", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "ehsan", "jua"),
        R("memberOf", "yousafzai", "pti"),
        R("affiliatedWith", "jua", "ttp", opt=True),
        R("locatedIn", "hayatabad", "peshawar"),
        R("locatedIn", "matani", "peshawar"),
    ],
    events=[
        V("Attack", agent=["jua"], place=[["hayatabad", "peshawar"]], date="2016-09-05", trigger="تفجير"),
        V("Killing", agent=["jua"], place=[["hayatabad", "peshawar"]], date="2016-09-05", trigger="قتل"),
        V("MilitaryOperation", opt=True, agent=["army"], place=["waziristan", "khyber", "bajaur"]),
        V("Arrest", agent=["sec"], place=[["matani", "peshawar"]], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Kasserine (2017-04-19, Wednesday)
DOCS.append(dict(
    id="t23-tn-kasserine", published="2017-04-19",
    text="""تونس - (وات):

أعلنت وزارة الداخلية التونسية، اليوم الأربعاء، تفكيك خلية إرهابية تنشط في معتمديات سبيطلة وفريانة والقصرين، واعتقال ستة من عناصرها، بينهم المدعو «أبو قتادة التونسي».

وأوضح بلحسن الوسلاتي، الناطق باسم وزارة الدفاع الوطني، أن وحدات الجيش قصفت مواقع لـ«كتيبة عقبة بن نافع» في جبل الشعانبي. وقال نور الدين الطبوبي، الأمين العام للاتحاد العام التونسي للشغل، إن النقابة «تقف مع المؤسسة الأمنية».

وذكرت إذاعة «موزاييك أف أم» أن حركة النهضة طالبت بجلسة برلمانية، فيما قال منير العياري، وهو فلاح من قرية بولعابة، إن «الخوف عاد إلى المنطقة»، وأكد العياري أن الجيش أغلق الطرق المؤدية إلى الجبل.""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City"),
        E("tap", "Organization", ["وات"], "TAP", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية التونسية"], "Tunisian Ministry of Interior", sub="GovernmentBody"),
        E("sbeitla", "Place", ["سبيطلة"], "Sbeitla", sub="City"),
        E("feriana", "Place", ["فريانة"], "Feriana", sub="City"),
        E("kasserine", "Place", ["القصرين"], "Kasserine", sub="City"),
        E("abuqatada", "Person", ["أبو قتادة التونسي"], "Abu Qatada al-Tunisi"),
        E("waslati", "Person", ["بلحسن الوسلاتي"], "Belhassen Oueslati"),
        E("mod", "Organization", ["وزارة الدفاع الوطني"], "Tunisian Ministry of National Defence",
          sub="GovernmentBody"),
        E("army", "Organization", ["الجيش"], "Tunisian Army", sub="ArmedForce", opt=True),
        E("okba", "Organization", ["كتيبة عقبة بن نافع"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("chaambi", "Place", ["جبل الشعانبي", "الجبل"], "Mount Chaambi", sub="Region"),
        E("tabboubi", "Person", ["نور الدين الطبوبي"], "Noureddine Taboubi"),
        E("ugtt", "Organization", ["الاتحاد العام التونسي للشغل", "النقابة"], "UGTT"),
        E("mosaique", "Organization", ["إذاعة «موزاييك أف أم»", "موزاييك أف أم"], "Mosaique FM",
          sub="MediaOrganization"),
        E("nahda", "Organization", ["حركة النهضة"], "Ennahda", sub="PoliticalOrganization"),
        E("ayari", "Person", ["منير العياري", "العياري"], "Mounir Ayari"),
        E("boulaaba", "Place", ["قرية بولعابة"], "Boulaaba", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "waslati", "mod"),
        R("leaderOf", "tabboubi", "ugtt"),
        R("partOf", "army", "mod", opt=True),
    ],
    events=[
        V("Arrest", agent=["moi"], target=["abuqatada"], date="2017-04", trigger="اعتقال"),
        V("Arrest", opt=True, place=["sbeitla", "feriana", "kasserine"], date="2017-04-19"),
        V("Strike", agent=[["army", "mod"]], target=["okba"], place=["chaambi"], trigger="قصفت"),
    ],
))

# ---------------------------------------------------------------- Jordan, Irbid (2019-06-23, Sunday)
DOCS.append(dict(
    id="t23-jo-irbid", published="2019-06-23",
    text="""عمان - «بترا»:

أعلنت مديرية الأمن العام الأردنية، مساء السبت، أن قوة أمنية داهمت منزلا في بلدة الحصن بمحافظة إربد، واعتقلت أربعة أشخاص يشتبه في تخطيطهم لهجمات على مراكز أمنية في الرمثا والمفرق والزرقاء.

وقال عامر السرطاوي، الناطق الإعلامي باسم المديرية، إن المشتبه بهم «يعتنقون فكر عصابة داعش الإرهابية». وأوضح خالد بني هاني، وهو جار لأحد الموقوفين، أن المداهمة استمرت ساعتين، وأضاف بني هاني أن الأهالي «فوجئوا بالتهمة».

ونقلت صحيفة «الغد» عن مصدر في جبهة العمل الإسلامي أن الحزب سيطالب بمحاكمة عادلة، فيما وصل وزير الداخلية سمير المبيضين إلى إربد لتفقد المراكز الأمنية.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("petra", "Organization", ["بترا"], "Petra News Agency", sub="MediaOrganization", opt=True),
        E("psd", "Organization", ["مديرية الأمن العام الأردنية", "المديرية"], "Public Security Directorate",
          sub="GovernmentBody"),
        E("husn", "Place", ["بلدة الحصن"], "al-Husn", sub="City"),
        E("irbidgov", "Place", ["محافظة إربد"], "Irbid Governorate", sub="Region"),
        E("irbid", "Place", ["إربد"], "Irbid", sub="City", opt=True),
        E("ramtha", "Place", ["الرمثا"], "Ramtha", sub="City"),
        E("mafraq", "Place", ["المفرق"], "Mafraq", sub="City"),
        E("zarqa", "Place", ["الزرقاء"], "Zarqa", sub="City"),
        E("sartawi", "Person", ["عامر السرطاوي"], "Amer al-Sartawi"),
        E("isis", "Organization", ["عصابة داعش", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("banihani", "Person", ["خالد بني هاني", "بني هاني"], "Khaled Bani Hani"),
        E("ghad", "Organization", ["صحيفة «الغد»", "الغد"], "Al-Ghad", sub="MediaOrganization"),
        E("iaf", "Organization", ["جبهة العمل الإسلامي", "الحزب"], "Islamic Action Front",
          sub="PoliticalOrganization"),
        E("mubaidin", "Person", ["سمير المبيضين"], "Samir Mubaidin"),
    ],
    relations=[
        R("spokespersonOf", "sartawi", "psd"),
        R("locatedIn", "husn", "irbidgov"),
    ],
    events=[
        V("Arrest", agent=["psd"], place=[["husn", "irbidgov"]], date="2019-06-22", trigger="اعتقلت"),
        V("Visit", agent=["mubaidin"], place=[["irbid", "irbidgov"]], trigger="وصل"),
    ],
))

# ---------------------------------------------------------------- Syria, Afrin (2018-02-13, Tuesday)
DOCS.append(dict(
    id="t23-sy-afrin", published="2018-02-13",
    text="""أنقرة - (الأناضول):

قالت رئاسة الأركان التركية، اليوم الثلاثاء، إن طائراتها دمرت 19 هدفا لـ«وحدات حماية الشعب» الكردية في نواحي راجو وجنديرس وشران بمنطقة عفرين، في إطار عملية «غصن الزيتون».

وأكد يوسف حمود، المتحدث باسم «الجيش الوطني السوري»، أن فصائل «فرقة الحمزة» و«لواء السلطان مراد» سيطرت على قرية حمام، وأضاف حمود أن مقاتلي «فيلق الشام» يتقدمون نحو ناحية بلبل. في المقابل، قال نوري محمود، المتحدث باسم الوحدات، إن مقاتليه «صدوا هجوما في جبل برصايا».

وذكرت صحيفة «حرييت» أن الرئيس رجب طيب أردوغان بحث هاتفيا مع نظيره الروسي فلاديمير بوتين تطورات العملية.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("tgs", "Organization", ["رئاسة الأركان التركية"], "Turkish General Staff", sub="ArmedForce"),
        E("ypg", "Organization", ["وحدات حماية الشعب", "الوحدات"], "People's Protection Units", sub="ArmedGroup"),
        E("rajo", "Place", ["راجو"], "Rajo", sub="Region"),
        E("jindires", "Place", ["جنديرس"], "Jindires", sub="Region"),
        E("sharran", "Place", ["شران"], "Sharran", sub="Region"),
        E("afrin", "Place", ["منطقة عفرين"], "Afrin District", sub="Region"),
        E("hammoud", "Person", ["يوسف حمود", "حمود"], "Youssef Hammoud"),
        E("sna", "Organization", ["الجيش الوطني السوري"], "Syrian National Army", sub="ArmedGroup"),
        E("hamza", "Organization", ["فرقة الحمزة"], "Hamza Division", sub="ArmedGroup"),
        E("murad", "Organization", ["لواء السلطان مراد"], "Sultan Murad Division", sub="ArmedGroup"),
        E("hammam", "Place", ["قرية حمام"], "Hammam", sub="City"),
        E("shamcorps", "Organization", ["فيلق الشام"], "Sham Legion", sub="ArmedGroup"),
        E("bulbul", "Place", ["ناحية بلبل"], "Bulbul", sub="Region"),
        E("nouri", "Person", ["نوري محمود"], "Nouri Mahmoud"),
        E("barsaya", "Place", ["جبل برصايا"], "Mount Barsaya", sub="Region"),
        E("hurriyet", "Organization", ["صحيفة «حرييت»", "حرييت"], "Hürriyet", sub="MediaOrganization"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdoğan", qid="Q39259"),
        E("putin", "Person", ["فلاديمير بوتين"], "Vladimir Putin", qid="Q7747"),
    ],
    relations=[
        R("spokespersonOf", "hammoud", "sna"),
        R("spokespersonOf", "nouri", "ypg"),
        R("locatedIn", "rajo", "afrin"),
        R("locatedIn", "jindires", "afrin"),
        R("locatedIn", "sharran", "afrin"),
        R("partOf", "hamza", "sna", opt=True),
        R("partOf", "murad", "sna", opt=True),
        R("partOf", "shamcorps", "sna", opt=True),
    ],
    events=[
        V("Strike", agent=["tgs"], target=["ypg"], place=[["rajo", "afrin"], ["jindires", "afrin"],
                                                           ["sharran", "afrin"]], trigger="دمرت"),
        V("MilitaryOperation", opt=True, name="غصن الزيتون", agent=["tgs"], target=["ypg"], place=["afrin"]),
        V("Attack", opt=True, place=["barsaya", "hammam", "bulbul"]),
        V("Meeting", opt=True, agent=["erdogan", "putin"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Diyala (2020-11-15, Sunday)
DOCS.append(dict(
    id="t23-iq-diyala", published="2020-11-15",
    text="""بعقوبة - «شفق نيوز»:

قال مصدر في شرطة محافظة ديالى، اليوم الأحد، إن مسلحين يرجح انتماؤهم إلى تنظيم «داعش» قتلوا ثلاثة رعاة في قرية الهواشم التابعة لناحية أبي صيدا، شمال شرقي بعقوبة.

وأوضح أحمد الزركوشي، وهو من وجهاء الناحية، أن «الجماعات الإرهابية تستغل البساتين للاختباء»، وأضاف الزركوشي أن «اللواء 110» في الجيش العراقي انتشر في قريتي الهواشم ونوفل. وأكد صادق الحسيني، رئيس اللجنة الأمنية في مجلس المحافظة، أن فصائل من «منظمة بدر» و«عصائب أهل الحق» ستشارك في عملية تفتيش واسعة.

وذكرت قناة «الشرقية» أن قوات مكافحة الإرهاب اعتقلت المدعو أبو عائشة الديالي في حي التحرير ببعقوبة.""",
    entities=[
        E("baqubah", "Place", ["بعقوبة"], "Baqubah", sub="City"),
        E("shafaq", "Organization", ["شفق نيوز"], "Shafaq News", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["شرطة محافظة ديالى"], "Diyala police", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("hawashim", "Place", ["قرية الهواشم", "الهواشم"], "al-Hawashim", sub="City"),
        E("abusaida", "Place", ["ناحية أبي صيدا", "الناحية"], "Abu Saida", sub="Region"),
        E("zarkoushi", "Person", ["أحمد الزركوشي", "الزركوشي"], "Ahmad al-Zarkoushi"),
        E("terror", "Organization", ["الجماعات الإرهابية"], "terrorist groups", sub="ArmedGroup", opt=True),
        E("b110", "Organization", ["اللواء 110"], "110th Brigade", sub="ArmedForce"),
        E("army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("nawfal", "Place", ["نوفل"], "Nawfal", sub="City"),
        E("husseini", "Person", ["صادق الحسيني"], "Sadiq al-Husseini"),
        E("seccom", "Organization", ["اللجنة الأمنية في مجلس المحافظة", "اللجنة الأمنية"],
          "Diyala council security committee", sub="GovernmentBody"),
        E("badr", "Organization", ["منظمة بدر"], "Badr Organization", sub="ArmedGroup"),
        E("aah", "Organization", ["عصائب أهل الحق"], "Asa'ib Ahl al-Haq", sub="ArmedGroup"),
        E("sharqiya", "Organization", ["قناة «الشرقية»", "الشرقية"], "Al Sharqiya", sub="MediaOrganization"),
        E("cts", "Organization", ["قوات مكافحة الإرهاب"], "Counter Terrorism Service", sub="ArmedForce"),
        E("abuaisha", "Person", ["أبو عائشة الديالي"], "Abu Aisha al-Diyali"),
        E("tahrir", "Place", ["حي التحرير"], "al-Tahrir", sub="City"),
    ],
    relations=[
        R("locatedIn", "hawashim", "abusaida"),
        R("locatedIn", "abusaida", "baqubah"),
        R("partOf", "b110", "army"),
        R("leaderOf", "husseini", "seccom"),
        R("locatedIn", "tahrir", "baqubah"),
    ],
    events=[
        V("Killing", place=[["hawashim", "abusaida"]], trigger="قتلوا"),
        V("Killing", opt=True, agent=["isis"], date="2020-11"),
        V("Arrest", agent=["cts"], target=["abuaisha"], place=[["tahrir", "baqubah"]], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Algeria, Djelfa (2018-03-09, Friday)
DOCS.append(dict(
    id="t23-dz-djelfa", published="2018-03-09",
    text="""الجزائر - (واج):

أعلنت وزارة الدفاع الوطني الجزائرية، أمس الخميس، أن مفرزة للجيش الوطني الشعبي قضت على إرهابيين اثنين في منطقة بوكحيل بولاية الجلفة، واسترجعت أسلحة وذخيرة.

وأوضح البيان أن أحد القتيلين هو المدعو «أبو الهمام»، الذي التحق بالجماعات الإرهابية عام 2006. وقال عبد القادر بلعيد، وهو راع من قرية عين الإبل، إن الاشتباك دام ساعة، وأضاف بلعيد أن وحدات الدرك الوطني أغلقت الطرق المؤدية إلى الجلفة والأغواط وبوسعادة.

وذكرت صحيفة «الخبر» أن شركة «سوناطراك» عززت الحراسة على منشآتها في حاسي الرمل.""",
    entities=[
        E("algiers", "Place", ["الجزائر"], "Algiers", qid="Q3561", sub="City"),
        E("aps", "Organization", ["واج"], "Algeria Press Service", sub="MediaOrganization", opt=True),
        E("mdn", "Organization", ["وزارة الدفاع الوطني الجزائرية", "وزارة الدفاع الوطني"],
          "Algerian Ministry of National Defence", sub="GovernmentBody"),
        E("anp", "Organization", ["الجيش الوطني الشعبي"], "People's National Army", sub="ArmedForce"),
        E("boukahil", "Place", ["منطقة بوكحيل"], "Boukahil", sub="Region"),
        E("djelfap", "Place", ["ولاية الجلفة"], "Djelfa Province", sub="Region"),
        E("djelfa", "Place", ["الجلفة"], "Djelfa", sub="City", opt=True),
        E("abuhammam", "Person", ["أبو الهمام"], "Abu al-Hammam"),
        E("terror", "Organization", ["الجماعات الإرهابية"], "terrorist groups", sub="ArmedGroup", opt=True),
        E("belaid", "Person", ["عبد القادر بلعيد", "بلعيد"], "Abdelkader Belaid"),
        E("ainibel", "Place", ["قرية عين الإبل"], "Ain El Ibel", sub="City"),
        E("gendarmerie", "Organization", ["الدرك الوطني"], "National Gendarmerie", sub="ArmedForce"),
        E("laghouat", "Place", ["الأغواط"], "Laghouat", sub="City"),
        E("bousaada", "Place", ["بوسعادة"], "Bou Saada", sub="City"),
        E("khabar", "Organization", ["صحيفة «الخبر»", "الخبر"], "El Khabar", sub="MediaOrganization"),
        E("sonatrach", "Organization", ["شركة «سوناطراك»", "سوناطراك"], "Sonatrach"),
        E("hassirmel", "Place", ["حاسي الرمل"], "Hassi R'Mel", sub="City"),
    ],
    relations=[
        R("partOf", "anp", "mdn", opt=True),
        R("locatedIn", "boukahil", "djelfap"),
        R("memberOf", "abuhammam", "terror", opt=True),
    ],
    events=[
        V("Killing", agent=["anp"], target=["abuhammam"], place=[["boukahil", "djelfap"]], date="2018-03",
          trigger="قضت"),
        V("Attack", opt=True, agent=["anp"], place=["boukahil"]),
    ],
))

# ---------------------------------------------------------------- Burkina Faso, Djibo (2023-04-18, Tuesday)
DOCS.append(dict(
    id="t23-bf-djibo", published="2023-04-18",
    text="""واغادوغو - (أ ف ب):

قتل 11 جنديا من الجيش البوركيني، الأحد، في كمين نصبه مسلحون قرب بلدة جيبو في إقليم سوم شمالي البلاد، بحسب ما أعلنت هيئة الأركان العامة للجيش في بيان.

وقال إدريسا سوادوغو، وهو تاجر من قرية أرابيندا، إن «جماعة نصرة الإسلام والمسلمين» تسيطر على الطرق بين جيبو وأرابيندا ودوري، وأضاف سوادوغو أن السكان يفرون إلى كايا. وأكد المتحدث باسم الحكومة ريمتالبا جان إيمانويل ويدراوغو أن «متطوعي الدفاع عن الوطن» سيدعمون الجيش.

وذكرت إذاعة «أوميغا» المحلية أن المجلس العسكري الحاكم برئاسة النقيب إبراهيم تراوري أعلن التعبئة العامة في المناطق المتضررة.""",
    entities=[
        E("ouaga", "Place", ["واغادوغو"], "Ouagadougou", qid="Q3777", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش البوركيني", "الجيش"], "Burkina Faso Armed Forces", sub="ArmedForce"),
        E("djibo", "Place", ["بلدة جيبو", "جيبو"], "Djibo", sub="City"),
        E("soum", "Place", ["إقليم سوم"], "Soum Province", sub="Region"),
        E("bf", "Place", ["البلاد"], "Burkina Faso", qid="Q965", sub="Country", opt=True),
        E("staff", "Organization", ["هيئة الأركان العامة للجيش"], "General Staff", sub="ArmedForce"),
        E("sawadogo", "Person", ["إدريسا سوادوغو", "سوادوغو"], "Idrissa Sawadogo"),
        E("arbinda", "Place", ["قرية أرابيندا", "أرابيندا"], "Arbinda", sub="City"),
        E("jnim", "Organization", ["جماعة نصرة الإسلام والمسلمين"], "JNIM", sub="ArmedGroup"),
        E("dori", "Place", ["دوري"], "Dori", sub="City"),
        E("kaya", "Place", ["كايا"], "Kaya", sub="City"),
        E("ouedraogo", "Person", ["ريمتالبا جان إيمانويل ويدراوغو"], "Rimtalba Jean Emmanuel Ouédraogo"),
        E("govt", "Organization", ["الحكومة"], "Government of Burkina Faso", sub="GovernmentBody", opt=True),
        E("vdp", "Organization", ["متطوعي الدفاع عن الوطن"], "Volunteers for the Defense of the Homeland",
          sub="ArmedGroup"),
        E("omega", "Organization", ["إذاعة «أوميغا»", "أوميغا"], "Radio Omega", sub="MediaOrganization"),
        E("junta", "Organization", ["المجلس العسكري الحاكم", "المجلس العسكري"], "Patriotic Movement for Safeguard and Restoration",
          sub="GovernmentBody"),
        E("traore", "Person", ["إبراهيم تراوري"], "Ibrahim Traoré"),
    ],
    relations=[
        R("locatedIn", "djibo", "soum"),
        R("locatedIn", "soum", "bf", opt=True),
        R("spokespersonOf", "ouedraogo", "govt", opt=True),
        R("leaderOf", "traore", "junta"),
        R("leaderOf", "traore", "bf", opt=True),
        R("partOf", "staff", "army", opt=True),
        R("affiliatedWith", "vdp", "army", opt=True),
    ],
    events=[
        V("Attack", target=["army"], place=[["djibo", "soum"]], date="2023-04-16", trigger="كمين"),
        V("Killing", target=["army"], place=[["djibo", "soum"]], date="2023-04-16", trigger="قتل"),
        V("Attack", opt=True, agent=["jnim"]),
        V("Killing", opt=True, agent=["jnim"]),
    ],
))
