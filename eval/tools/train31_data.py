"""Hand annotations of the thirty-first training set (see eval/train31/README.md).

The check set written beside train30: events in agency copy, the same kinds in other countries and
wordings (Lebanon, Tunisia, Sudan, Palestine, Kenya, the Philippines, Saudi Arabia, Mali): arrests
of persons wanted for an older attack, a gunman who «أرداه» and fled, استشهد ... برصاص, قضت على,
attacks claimed in a statement carried by a radio or an agency, ambushes by men believed to belong
to a group, helicopters of a force as the agent (مروحياتها استهدفت), missiles intercepted, visits and
receptions (استقبل ... واستعرض معه، وصلت ... في زيارة، الذي يزور)، sentences and ceasefires that are
no events. Persons are invented except well-known public figures. Written and annotated before the
extractor was run on it; a check set whose per-document errors are not read. ``build_train31.py``
turns this into eval/train31.jsonl. In event roles a nested list is a set of alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Lebanon, Arsal and Tripoli (2017-06-17, Saturday)
DOCS.append(dict(
    id="t31-lb-arsal", published="2017-06-17",
    text="""بيروت - (الوكالة الوطنية للإعلام):

أوقفت مخابرات الجيش اللبناني، فجر الجمعة، المدعو أحمد خالد الحجيري، المطلوب بموجب عدة مذكرات توقيف لانتمائه إلى تنظيم «جبهة النصرة» ومشاركته في الاعتداء على مراكز الجيش في بلدة عرسال في آب 2014، وذلك خلال عملية دهم نفذتها دورية في حي السبيل بالبلدة.

وأفادت قيادة الجيش، في بيان، أن الموقوف اعترف خلال التحقيق معه بنقل سيارات مفخخة من جرود عرسال إلى الداخل اللبناني، وأنه أحيل إلى القضاء المختص.

وفي طرابلس، أقدم مسلح على إطلاق النار من مسدس حربي على المواطن ربيع الأيوبي في محلة باب التبانة، مساء الخميس، فأرداه، وفر إلى جهة مجهولة، فيما باشرت الأجهزة الأمنية التحقيق في الحادث.

إلى ذلك، استقبل رئيس الحكومة سعد الحريري في السراي الكبير قائد القيادة المركزية الأمريكية الجنرال جوزيف فوتيل، في حضور السفيرة الأمريكية إليزابيث ريتشارد، وجرى البحث في المساعدات العسكرية للجيش.

ومساء الأربعاء، قصفت مدفعية الجيش مواقع لمسلحي تنظيم «داعش» في جرود رأس بعلبك والقاع، مستهدفة تحركات لهم، بحسب الوكالة.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام", "الوكالة"], "National News Agency",
          sub="MediaOrganization", opt=True),
        E("intel", "Organization", ["مخابرات الجيش اللبناني"], "Lebanese Army Intelligence", sub="ArmedForce"),
        E("army", "Organization", ["الجيش", "قيادة الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("hujairi", "Person", ["أحمد خالد الحجيري"], "Ahmad Khalid al-Hujairi"),
        E("nusra", "Organization", ["تنظيم «جبهة النصرة»"], "al-Nusra Front", qid="Q1142885", sub="ArmedGroup"),
        E("arsal", "Place", ["بلدة عرسال", "البلدة", "عرسال"], "Arsal", sub="City"),
        E("sabil", "Place", ["حي السبيل"], "al-Sabil", sub="City"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli (Lebanon)", sub="City"),
        E("ayoubi", "Person", ["ربيع الأيوبي"], "Rabih al-Ayoubi"),
        E("tabbaneh", "Place", ["محلة باب التبانة"], "Bab al-Tabbaneh", sub="City"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Lebanese security services", sub="GovernmentBody",
          opt=True),
        E("hariri", "Person", ["سعد الحريري"], "Saad Hariri", qid="Q57454"),
        E("serail", "Place", ["السراي الكبير"], "Grand Serail", opt=True),
        E("centcom", "Organization", ["القيادة المركزية الأمريكية"], "CENTCOM", qid="Q1049694", sub="ArmedForce"),
        E("votel", "Person", ["جوزيف فوتيل"], "Joseph Votel", qid="Q6284157"),
        E("richard", "Person", ["إليزابيث ريتشارد"], "Elizabeth Richard"),
        E("isis", "Organization", ["تنظيم «داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("rasbaalbek", "Place", ["رأس بعلبك"], "Ras Baalbek", sub="City"),
        E("qaa", "Place", ["القاع"], "al-Qaa", sub="City"),
    ],
    relations=[
        R("partOf", "intel", "army", opt=True),
        R("memberOf", "hujairi", "nusra"),
        R("locatedIn", "sabil", "arsal"),
        R("locatedIn", "tabbaneh", "tripoli", opt=True),
        R("leaderOf", "votel", "centcom"),
    ],
    events=[
        V("Arrest", agent=[["intel", "army"]], target=["hujairi"], place=[["sabil", "arsal"]], date="2017-06-16",
          trigger="أوقفت"),
        V("Attack", target=["army"], place=["arsal"], date="2014-08", trigger="الاعتداء"),
        V("Attack", opt=True, agent=["nusra", "hujairi"]),
        V("Attack", target=["ayoubi"], place=[["tabbaneh", "tripoli"]], date="2017-06-15", trigger="إطلاق النار"),
        V("Killing", target=["ayoubi"], place=[["tabbaneh", "tripoli"]], date="2017-06-15", trigger="فأرداه"),
        V("Meeting", agent=["hariri", "votel"], place=["serail"], trigger="استقبل"),
        V("Meeting", opt=True, agent=["richard"]),
        V("Strike", agent=["army"], target=["isis"], place=[["rasbaalbek", "qaa"]], date="2017-06-14",
          trigger="قصفت"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Kasserine (2016-04-19, Tuesday)
DOCS.append(dict(
    id="t31-tn-salloum", published="2016-04-19",
    text="""تونس - (وات):

أعلنت وزارة الداخلية التونسية، الاثنين، أن وحدات من الحرس الوطني قضت على عنصرين إرهابيين واعتقلت ثالثا خلال كمين نصبته ليلة الأحد في منطقة الدغرة على سفوح جبل السلوم بولاية القصرين، وسط غربي البلاد.

وقال الناطق الرسمي باسم الوزارة ياسر مصباح إن العنصرين ينتميان إلى «كتيبة عقبة بن نافع» الموالية لتنظيم القاعدة في بلاد المغرب الإسلامي، وإن أحدهما متورط في ذبح راع في المنطقة خلال شهر آذار الماضي.

وكان جندي قد قُتل وأصيب اثنان آخران، الخميس الماضي، في انفجار لغم أرضي زرعه مسلحون بجبل الشعانبي لدى مرور دورية عسكرية.

من جهة أخرى، التقى رئيس الحكومة الحبيب الصيد بمقر الحكومة بالقصبة وزير الخارجية الجزائري رمطان لعمامرة، الذي يؤدي زيارة عمل إلى تونس تدوم يومين، وتناول اللقاء سبل تعزيز التنسيق الأمني على الحدود المشتركة.

وفي سياق متصل، أصدرت الدائرة الجنائية المختصة في قضايا الإرهاب بالمحكمة الابتدائية بتونس حكما بالسجن 20 عاما على متهم في قضية الهجوم على متحف باردو.""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City"),
        E("tap", "Organization", ["وات"], "Tunis Afrique Presse", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية التونسية", "الوزارة"], "Tunisian Ministry of Interior",
          sub="GovernmentBody"),
        E("guard", "Organization", ["الحرس الوطني"], "National Guard", sub="ArmedForce"),
        E("daghra", "Place", ["منطقة الدغرة"], "al-Daghra", sub="Region"),
        E("salloum", "Place", ["جبل السلوم"], "Mount Salloum", sub="Region"),
        E("kasserine", "Place", ["ولاية القصرين"], "Kasserine Governorate", sub="Region"),
        E("tunisia", "Place", ["البلاد"], "Tunisia", qid="Q948", sub="Country", opt=True),
        E("mesbah", "Person", ["ياسر مصباح"], "Yasser Mesbah"),
        E("okba", "Organization", ["«كتيبة عقبة بن نافع»"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "AQIM", qid="Q26492",
          sub="ArmedGroup"),
        E("chaambi", "Place", ["جبل الشعانبي"], "Mount Chaambi", sub="Region"),
        E("essid", "Person", ["الحبيب الصيد"], "Habib Essid", qid="Q3128620"),
        E("kasbah", "Place", ["القصبة"], "Kasbah (Tunis)", opt=True),
        E("lamamra", "Person", ["رمطان لعمامرة"], "Ramtane Lamamra", qid="Q1359627"),
        E("court", "Organization", ["المحكمة الابتدائية بتونس"], "Tunis Court of First Instance",
          sub="GovernmentBody", opt=True),
        E("bardo", "Place", ["متحف باردو"], "Bardo National Museum", opt=True),
    ],
    relations=[
        R("spokespersonOf", "mesbah", "moi"),
        R("locatedIn", "daghra", "salloum", opt=True),
        R("locatedIn", "salloum", "kasserine"),
        R("locatedIn", "kasserine", "tunisia", opt=True),
        R("affiliatedWith", "okba", "aqim"),
        R("leaderOf", "essid", "tunisia", opt=True),
    ],
    events=[
        V("Killing", agent=["guard"], place=[["daghra", "salloum", "kasserine"]], date="2016-04-17",
          trigger="قضت"),
        V("Killing", opt=True, target=["okba"]),
        V("Arrest", agent=["guard"], place=[["daghra", "salloum", "kasserine"]], date="2016-04-17",
          trigger="اعتقلت"),
        V("Arrest", opt=True, target=["okba"]),
        V("Attack", opt=True, agent=["guard"], place=[["daghra", "salloum", "kasserine"]], date="2016-04-17"),
        V("Killing", opt=True, agent=["okba"], date="2016-03"),
        V("Killing", place=["chaambi"], date="2016-04-14", trigger="قُتل"),
        V("Attack", place=["chaambi"], date="2016-04-14", trigger="انفجار"),
        V("Meeting", agent=["essid", "lamamra"], place=[["kasbah", "tunis"]], trigger="التقى"),
        V("Visit", agent=["lamamra"], place=["tunis"], trigger="زيارة"),
        V("Attack", opt=True, place=["bardo"]),
    ],
))

# ---------------------------------------------------------------- Sudan, Jebel Marra and Nyala (2016-05-23, Monday)
DOCS.append(dict(
    id="t31-sd-golo", published="2016-05-23",
    text="""الخرطوم - (سونا):

قال الجيش السوداني إن قواته صدت، صباح السبت، هجوما شنته قوات حركة تحرير السودان - جناح عبد الواحد نور على منطقة قولو بجبل مرة، وكبدتها خسائر فادحة في الأرواح والعتاد، بينها مقتل 31 من عناصرها وتدمير ست سيارات.

وأوضح المتحدث باسم الجيش العميد أحمد خليفة الشامي أن الهجوم جاء رغم إعلان الحكومة وقفا لإطلاق النار من جانب واحد، متهما الحركة بالسعي لتقويض مفاوضات السلام الجارية في الدوحة.

في المقابل، قالت الحركة إن طائرات أنتونوف تابعة للحكومة قصفت، الأحد، قريتي دربات وسوني شرقي الجبل، ما أسفر عن مقتل سبعة مدنيين بينهم ثلاثة أطفال.

على صعيد آخر، اعتقلت قوات الدعم السريع 17 شخصا في مدينة نيالا، عاصمة ولاية جنوب دارفور، في حملة لجمع السلاح، فيما أعلنت الشرطة إطلاق سراح أربعة عمال إغاثة أجانب اختطفتهم عصابة مسلحة الشهر الماضي قرب بلدة كتم.

وكان الرئيس عمر البشير قد زار مدينة الفاشر في الأسبوع الأول من الشهر الجاري، حيث خاطب حشدا جماهيريا أكد فيه أن «التمرد انتهى في دارفور».""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("suna", "Organization", ["سونا"], "Sudan News Agency", sub="MediaOrganization", opt=True),
        E("saf", "Organization", ["الجيش السوداني", "الجيش"], "Sudanese Armed Forces", sub="ArmedForce"),
        E("slaaw", "Organization", ["حركة تحرير السودان - جناح عبد الواحد نور", "الحركة"], "SLA-AW",
          sub="ArmedGroup"),
        E("golo", "Place", ["منطقة قولو"], "Golo", sub="City"),
        E("marra", "Place", ["جبل مرة", "الجبل"], "Jebel Marra", sub="Region"),
        E("shami", "Person", ["أحمد خليفة الشامي"], "Ahmed Khalifa al-Shami"),
        E("gov", "Organization", ["الحكومة"], "Government of Sudan", sub="GovernmentBody"),
        E("doha", "Place", ["الدوحة"], "Doha", qid="Q3861", sub="City"),
        E("derbat", "Place", ["دربات"], "Derbat", sub="City"),
        E("suni", "Place", ["سوني"], "Suni", sub="City"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", sub="ArmedForce"),
        E("nyala", "Place", ["مدينة نيالا"], "Nyala", sub="City"),
        E("sdarfur", "Place", ["ولاية جنوب دارفور"], "South Darfur", sub="Region"),
        E("police", "Organization", ["الشرطة"], "Sudan Police", sub="ArmedForce", opt=True),
        E("kutum", "Place", ["بلدة كتم"], "Kutum", sub="City"),
        E("bashir", "Person", ["عمر البشير"], "Omar al-Bashir", qid="Q41524"),
        E("fasher", "Place", ["مدينة الفاشر"], "El Fasher", sub="City"),
        E("darfur", "Place", ["دارفور"], "Darfur", sub="Region"),
    ],
    relations=[
        R("locatedIn", "golo", "marra"),
        R("spokespersonOf", "shami", "saf"),
        R("locatedIn", "derbat", "marra", opt=True),
        R("locatedIn", "suni", "marra", opt=True),
        R("locatedIn", "nyala", "sdarfur"),
    ],
    events=[
        V("Attack", agent=["slaaw"], target=["saf"], place=[["golo", "marra"]], date="2016-05-21", trigger="هجوما"),
        V("Killing", agent=["saf"], target=["slaaw"], place=[["golo", "marra"]], date="2016-05-21", trigger="مقتل"),
        V("Strike", agent=["gov"], place=[["derbat", "suni", "marra"]], date="2016-05-22", trigger="قصفت"),
        V("Killing", agent=["gov"], place=[["derbat", "suni", "marra"]], date="2016-05-22", trigger="مقتل"),
        V("Arrest", agent=["rsf"], place=[["nyala", "sdarfur"]], trigger="اعتقلت"),
        V("Arrest", place=["kutum"], date="2016-04", trigger="اختطفتهم"),
        V("Visit", agent=["bashir"], place=["fasher"], date="2016-05", trigger="زار"),
        V("Meeting", opt=True, agent=["gov", "slaaw"], place=["doha"]),
    ],
))

# ---------------------------------------------------------------- Palestine, Jenin and Hebron (2017-03-15, Wednesday)
DOCS.append(dict(
    id="t31-ps-qabatiya", published="2017-03-15",
    text="""رام الله - (وفا):

استشهد الشاب محمد عبد الكريم أبو الرب (19 عاما) برصاص قوات الاحتلال الإسرائيلي، فجر اليوم الأربعاء، خلال مواجهات اندلعت عقب اقتحام قوة عسكرية كبيرة بلدة قباطية جنوب جنين.

وأفادت مصادر محلية بأن الجنود أطلقوا الرصاص الحي باتجاه الشبان الذين تصدوا لهم بالحجارة، ما أدى إلى إصابة الشاب في صدره، فيما اعتقلوا أربعة آخرين بينهم أسير محرر، قبل أن ينسحبوا من البلدة.

وفي الخليل، ذكرت الإذاعة الإسرائيلية العامة أن فلسطينيا طعن مستوطنا وأصابه بجروح متوسطة عند مدخل مستوطنة كريات أربع، قبل أن يطلق عليه جنود النار ويقتلوه، فيما أغلق الجيش الإسرائيلي مداخل المدينة.

إلى ذلك، استقبل الرئيس محمود عباس في مقر الرئاسة برام الله، مساء الثلاثاء، المبعوث الأمريكي لعملية السلام جيسون غرينبلات، وبحث معه سبل إحياء المفاوضات المتوقفة منذ عام 2014.

وقال الناطق باسم الرئاسة نبيل أبو ردينة إن اللقاء كان «معمقا وإيجابيا»، وإن الجانبين اتفقا على مواصلة الاتصالات خلال الأسابيع المقبلة.""",
    entities=[
        E("ramallah", "Place", ["رام الله"], "Ramallah", qid="Q133036", sub="City"),
        E("wafa", "Organization", ["وفا"], "WAFA", sub="MediaOrganization", opt=True),
        E("aburub", "Person", ["محمد عبد الكريم أبو الرب"], "Mohammad Abd al-Karim Abu al-Rub"),
        E("idf", "Organization", ["قوات الاحتلال الإسرائيلي", "الجيش الإسرائيلي"], "Israel Defense Forces",
          qid="Q41791", sub="ArmedForce"),
        E("qabatiya", "Place", ["بلدة قباطية", "البلدة"], "Qabatiya", sub="City"),
        E("jenin", "Place", ["جنين"], "Jenin", sub="City"),
        E("hebron", "Place", ["الخليل", "المدينة"], "Hebron", sub="City"),
        E("kan", "Organization", ["الإذاعة الإسرائيلية العامة"], "Israeli public radio", sub="MediaOrganization",
          opt=True),
        E("kiryat", "Place", ["مستوطنة كريات أربع"], "Kiryat Arba", sub="City"),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas", qid="Q127998"),
        E("greenblatt", "Person", ["جيسون غرينبلات"], "Jason Greenblatt", qid="Q28042870"),
        E("presidency", "Organization", ["الرئاسة"], "Palestinian Presidency", sub="GovernmentBody", opt=True),
        E("aburudeineh", "Person", ["نبيل أبو ردينة"], "Nabil Abu Rudeineh", qid="Q6957096"),
    ],
    relations=[
        R("locatedIn", "qabatiya", "jenin"),
        R("spokespersonOf", "aburudeineh", "presidency", opt=True),
        R("leaderOf", "abbas", "presidency", opt=True),
    ],
    events=[
        V("Killing", agent=["idf"], target=["aburub"], place=[["qabatiya", "jenin"]], date="2017-03-15",
          trigger="استشهد"),
        V("Attack", opt=True, agent=["idf"], place=[["qabatiya", "jenin"]], date="2017-03-15"),
        V("Arrest", agent=["idf"], place=[["qabatiya", "jenin"]], date="2017-03-15", trigger="اعتقلوا"),
        V("Attack", place=[["kiryat", "hebron"]], trigger="طعن"),
        V("Killing", place=[["kiryat", "hebron"]], trigger="يقتلوه"),
        V("Killing", opt=True, agent=["idf"]),
        V("Meeting", agent=["abbas", "greenblatt"], place=["ramallah"], date="2017-03-14", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Kenya, Mandera and Lamu (2017-03-29, Wednesday)
DOCS.append(dict(
    id="t31-ke-kutulo", published="2017-03-29",
    text="""نيروبي - (رويترز):

قتل مسلحون من حركة الشباب الصومالية 12 عاملا في محجر بمنطقة كوتولو في مقاطعة مانديرا شمال شرقي كينيا، في ساعة مبكرة من صباح الثلاثاء، بعد أن فصلوا المسلمين عن غيرهم، وفق ما أعلن قائد الشرطة في المقاطعة.

وقال المسؤول إن المهاجمين، الذين قدر عددهم بنحو 30 مسلحا، فتحوا النار على العمال أثناء نومهم في أكواخ من الصفيح قرب الحدود مع الصومال، ثم لاذوا بالفرار باتجاه الأراضي الصومالية.

وأعلنت الحركة، في بيان بثته إذاعة تابعة لها، مسؤوليتها عن الهجوم، قائلة إنه يأتي ردا على مشاركة القوات الكينية في عمليات بعثة الاتحاد الأفريقي.

وفي مقاطعة لامو الساحلية، نصب مسلحون يعتقد أنهم من الحركة، مساء الأحد، كمينا لحافلة ركاب على الطريق بين بلدتي مبيكيتوني وهيندي، وقتلوا ثلاثة من ركابها.

إلى ذلك، أجرى الرئيس أوهورو كينياتا محادثات مع نظيره الصومالي محمد عبد الله فرماجو، الذي يزور نيروبي، تركزت على التعاون الأمني ومكافحة الإرهاب.

وكانت الشرطة الكينية قد اعتقلت، الشهر الماضي، ثلاثة أشخاص في مدينة مومباسا للاشتباه في تجنيدهم شبانا لصالح الحركة.""",
    entities=[
        E("nairobi", "Place", ["نيروبي"], "Nairobi", qid="Q3870", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("shabaab", "Organization", ["حركة الشباب الصومالية", "الحركة"], "al-Shabaab", qid="Q232865",
          sub="ArmedGroup"),
        E("kutulo", "Place", ["منطقة كوتولو"], "Kutulo", sub="City"),
        E("mandera", "Place", ["مقاطعة مانديرا", "المقاطعة"], "Mandera County", sub="Region"),
        E("kenya", "Place", ["كينيا"], "Kenya", qid="Q114", sub="Country"),
        E("somalia", "Place", ["الصومال"], "Somalia", qid="Q1045", sub="Country"),
        E("kdf", "Organization", ["القوات الكينية"], "Kenya Defence Forces", sub="ArmedForce", opt=True),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي"], "AMISOM", qid="Q474963"),
        E("lamu", "Place", ["مقاطعة لامو"], "Lamu County", sub="Region"),
        E("mpeketoni", "Place", ["مبيكيتوني"], "Mpeketoni", sub="City"),
        E("hindi", "Place", ["هيندي"], "Hindi", sub="City"),
        E("kenyatta", "Person", ["أوهورو كينياتا"], "Uhuru Kenyatta", qid="Q57363"),
        E("farmajo", "Person", ["محمد عبد الله فرماجو"], "Mohamed Abdullahi Farmaajo", qid="Q3376931"),
        E("kpolice", "Organization", ["الشرطة الكينية"], "Kenya Police", sub="ArmedForce"),
        E("mombasa", "Place", ["مدينة مومباسا"], "Mombasa", sub="City"),
    ],
    relations=[
        R("locatedIn", "kutulo", "mandera"),
        R("locatedIn", "mandera", "kenya"),
        R("leaderOf", "kenyatta", "kenya", opt=True),
        R("leaderOf", "farmajo", "somalia", opt=True),
    ],
    events=[
        V("Killing", agent=["shabaab"], place=[["kutulo", "mandera"]], date="2017-03-28", trigger="قتل"),
        V("Attack", agent=["shabaab"], place=[["kutulo", "mandera"]], date="2017-03-28", trigger="الهجوم"),
        V("Attack", place=[["mpeketoni", "hindi", "lamu"]], date="2017-03-26", trigger="كمينا"),
        V("Killing", place=[["mpeketoni", "hindi", "lamu"]], date="2017-03-26", trigger="قتلوا"),
        V("Attack", opt=True, agent=["shabaab"]),
        V("Killing", opt=True, agent=["shabaab"]),
        V("Meeting", agent=["kenyatta", "farmajo"], trigger="محادثات"),
        V("Meeting", opt=True, place=["nairobi"]),
        V("Visit", agent=["farmajo"], place=["nairobi"], trigger="يزور"),
        V("Arrest", agent=["kpolice"], place=["mombasa"], date="2017-02", trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Philippines, Jolo and Basilan (2018-08-10, Friday)
DOCS.append(dict(
    id="t31-ph-patikul", published="2018-08-10",
    text="""مانيلا - (أ ف ب):

أعلن الجيش الفلبيني، الخميس، أن وحدات من مشاة البحرية قتلت خمسة من مسلحي جماعة «أبو سياف» بينهم قيادي يدعى مرحبان سالي، خلال عملية عسكرية في بلدة باتيكول بجزيرة جولو، ردا على خطف الجماعة صيادين إندونيسيين اثنين في العشرين من الشهر الماضي.

وقال المتحدث باسم القيادة الغربية للجيش، الكولونيل ريستيتوتو بادايون، إن ثلاثة من جنود مشاة البحرية قتلوا وأصيب 11 في الاشتباكات التي استمرت نحو ساعتين.

وفي جزيرة باسيلان المجاورة، انفجرت قنبلة يدوية الصنع في سوق شعبية ببلدة لاميتان، مساء الثلاثاء، ما أسفر عن إصابة تسعة أشخاص، ولم تتبن أي جهة العملية.

من جهة أخرى، وصل الرئيس رودريغو دوتيرتي إلى مدينة زامبوانغا، الأربعاء، حيث تفقد الجنود المصابين في المستشفى العسكري، وعقد اجتماعا مغلقا مع قادة الجيش والشرطة في المنطقة، تعهد بعده بـ«سحق» الجماعة.

وكانت الشرطة قد أوقفت، في الثالث من الشهر الجاري، امرأة يشتبه في أنها كانت تعد لتفجير انتحاري في مدينة كوتاباتو، وعثر في منزلها على مواد متفجرة.""",
    entities=[
        E("manila", "Place", ["مانيلا"], "Manila", qid="Q1461", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش الفلبيني", "الجيش"], "Armed Forces of the Philippines", sub="ArmedForce"),
        E("marines", "Organization", ["مشاة البحرية"], "Philippine Marine Corps", sub="ArmedForce"),
        E("asg", "Organization", ["جماعة «أبو سياف»", "الجماعة"], "Abu Sayyaf", qid="Q244826", sub="ArmedGroup"),
        E("sali", "Person", ["مرحبان سالي"], "Murhaban Sali"),
        E("patikul", "Place", ["بلدة باتيكول"], "Patikul", sub="City"),
        E("jolo", "Place", ["جزيرة جولو"], "Jolo Island", sub="Region"),
        E("westmincom", "Organization", ["القيادة الغربية للجيش"], "Western Mindanao Command", sub="ArmedForce"),
        E("badayun", "Person", ["ريستيتوتو بادايون"], "Restituto Badayun"),
        E("basilan", "Place", ["جزيرة باسيلان"], "Basilan", sub="Region"),
        E("lamitan", "Place", ["بلدة لاميتان"], "Lamitan", sub="City"),
        E("duterte", "Person", ["رودريغو دوتيرتي"], "Rodrigo Duterte", qid="Q457786"),
        E("zamboanga", "Place", ["مدينة زامبوانغا"], "Zamboanga City", sub="City"),
        E("police", "Organization", ["الشرطة"], "Philippine National Police", sub="ArmedForce", opt=True),
        E("cotabato", "Place", ["مدينة كوتاباتو"], "Cotabato City", sub="City"),
    ],
    relations=[
        R("partOf", "marines", "army", opt=True),
        R("memberOf", "sali", "asg"),
        R("locatedIn", "patikul", "jolo"),
        R("partOf", "westmincom", "army", opt=True),
        R("spokespersonOf", "badayun", "westmincom"),
        R("locatedIn", "lamitan", "basilan"),
    ],
    events=[
        V("Killing", agent=["marines"], target=["asg"], place=[["patikul", "jolo"]], trigger="قتلت"),
        V("Killing", target=["sali"], trigger="قتلت"),
        V("MilitaryOperation", agent=["marines"], place=[["patikul", "jolo"]], trigger="عملية"),
        V("MilitaryOperation", opt=True, target=["asg"], agent=["army"]),
        V("Killing", opt=True, agent=["army"], date="2018-08"),
        V("Arrest", agent=["asg"], date="2018-07-20", trigger="خطف"),
        V("Killing", target=["marines"], trigger="قتلوا"),
        V("Killing", opt=True, place=[["patikul", "jolo"]], agent=["asg"]),
        V("Attack", place=[["lamitan", "basilan"]], date="2018-08-07", trigger="انفجرت"),
        V("Visit", agent=["duterte"], place=["zamboanga"], date="2018-08-08", trigger="وصل"),
        V("Meeting", agent=["duterte"], place=["zamboanga"], date="2018-08-08", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["army", "police"]),
        V("Arrest", place=["cotabato"], date="2018-08-03", trigger="أوقفت"),
        V("Arrest", opt=True, agent=["police"]),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Qatif and Riyadh (2017-10-25, Wednesday)
DOCS.append(dict(
    id="t31-sa-awamiya", published="2017-10-25",
    text="""الدمام - كتب: عبد الله الدوسري

قال المتحدث الأمني لوزارة الداخلية السعودية اللواء منصور التركي إن رجال الأمن تعرضوا، مساء الاثنين، لإطلاق نار كثيف من مصادر مجهولة أثناء قيامهم بمهامهم في حي المسورة ببلدة العوامية بمحافظة القطيف، ما نتج عنه استشهاد الجندي أول ماجد العنزي وإصابة اثنين من زملائه.

وأضاف أن الجهات الأمنية باشرت إجراءات الضبط والتحقيق، وتمكنت في وقت لاحق من القبض على مطلوبين اثنين من المتورطين في الحادثة، بعد مواجهة أسفرت عن مقتل ثالث بادر بإطلاق النار على الدورية.

من جهة أخرى، أعلنت قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن أن الدفاعات الجوية السعودية اعترضت صاروخا باليستيا أطلقته ميليشيا الحوثي باتجاه مدينة جازان، مساء الأحد، دون وقوع إصابات.

وفي الرياض، استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، الثلاثاء، وزير الخارجية الأمريكي ريكس تيلرسون، واستعرض معه العلاقات الثنائية وتطورات الأوضاع في المنطقة.

وكانت المحكمة الجزائية المتخصصة قد أصدرت، في وقت سابق من الشهر الجاري، أحكاما بالإعدام على ثلاثة من المدانين بالهجوم على دوريات أمنية في القطيف عام 2016.""",
    entities=[
        E("dammam", "Place", ["الدمام"], "Dammam", sub="City"),
        E("dosari", "Person", ["عبد الله الدوسري"], "Abdullah al-Dosari"),
        E("moi", "Organization", ["وزارة الداخلية السعودية"], "Saudi Ministry of Interior", sub="GovernmentBody"),
        E("turki", "Person", ["منصور التركي"], "Mansour al-Turki"),
        E("masoura", "Place", ["حي المسورة"], "al-Masoura", sub="City"),
        E("awamiya", "Place", ["بلدة العوامية"], "Awamiyah", sub="City"),
        E("qatif", "Place", ["محافظة القطيف", "القطيف"], "Qatif Governorate", sub="Region"),
        E("anazi", "Person", ["ماجد العنزي"], "Majid al-Anazi"),
        E("security", "Organization", ["الجهات الأمنية"], "Saudi security services", sub="GovernmentBody", opt=True),
        E("jfc", "Organization", ["قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن"], "Coalition Joint Forces Command",
          sub="ArmedForce"),
        E("houthis", "Organization", ["ميليشيا الحوثي"], "Houthis", sub="ArmedGroup"),
        E("jazan", "Place", ["مدينة جازان"], "Jazan", sub="City"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "King Salman", qid="Q367825"),
        E("tillerson", "Person", ["ريكس تيلرسون"], "Rex Tillerson", qid="Q7319489"),
        E("court", "Organization", ["المحكمة الجزائية المتخصصة"], "Specialized Criminal Court", sub="GovernmentBody"),
    ],
    relations=[
        R("spokespersonOf", "turki", "moi"),
        R("locatedIn", "masoura", "awamiya"),
        R("locatedIn", "awamiya", "qatif"),
    ],
    events=[
        V("Attack", place=[["masoura", "awamiya", "qatif"]], date="2017-10-23", trigger="لإطلاق نار"),
        V("Killing", target=["anazi"], place=[["masoura", "awamiya", "qatif"]], date="2017-10-23",
          trigger="استشهاد"),
        V("Arrest", opt=True, agent=["security"]),
        V("Killing", opt=True, agent=["security"]),
        V("Strike", agent=["houthis"], place=["jazan"], date="2017-10-22", trigger="أطلقته"),
        V("Meeting", agent=["salman", "tillerson"], place=["riyadh"], date="2017-10-24", trigger="استقبل"),
        V("Attack", opt=True, place=["qatif"], date="2016"),
    ],
))

# ---------------------------------------------------------------- Mali, Mopti and Menaka (2019-11-05, Tuesday)
DOCS.append(dict(
    id="t31-ml-hombori", published="2019-11-05",
    text="""باماكو - (أ ف ب):

هاجم مسلحون، فجر الأحد، معسكرا للجيش المالي في بلدة هومبوري بمنطقة موبتي وسط البلاد قرب الحدود مع بوركينا فاسو، وقتلوا 24 جنديا على الأقل واستولوا على آليات، قبل أن تتمكن تعزيزات من استعادة السيطرة على المعسكر، بحسب مصادر عسكرية.

وتبنت «جماعة نصرة الإسلام والمسلمين»، المرتبطة بتنظيم القاعدة، الهجوم في بيان نقلته وكالة «الأخبار» الموريتانية، مؤكدة أن مقاتليها أسروا عددا من الجنود.

وفي منطقة غاو شمالي البلاد، أعلنت قوة «برخان» الفرنسية أن مروحياتها استهدفت، ليل الخميس، مجموعة من عناصر «تنظيم الدولة الإسلامية في الصحراء الكبرى» في منطقة ميناكا، ما أدى إلى «تحييد» نحو 15 منهم.

إلى ذلك، وصلت وزيرة الجيوش الفرنسية فلورانس بارلي إلى باماكو، الاثنين، في زيارة تلتقي خلالها الرئيس إبراهيم أبو بكر كيتا، فيما اختطف مجهولون قاضيا في بلدة نيونو بمنطقة سيغو.

وفي تمبكتو، تظاهر مئات الشبان، السبت، احتجاجا على تدهور الوضع الأمني، فيما أعلنت الأمم المتحدة أن أحد جنود بعثتها لحفظ السلام قُتل في انفجار عبوة ناسفة قرب مدينة أغيلهوك.""",
    entities=[
        E("bamako", "Place", ["باماكو"], "Bamako", qid="Q3703", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("fama", "Organization", ["الجيش المالي"], "Malian Armed Forces", sub="ArmedForce"),
        E("hombori", "Place", ["بلدة هومبوري"], "Hombori", sub="City"),
        E("mopti", "Place", ["منطقة موبتي"], "Mopti Region", sub="Region"),
        E("mali", "Place", ["البلاد"], "Mali", qid="Q912", sub="Country", opt=True),
        E("burkina", "Place", ["بوركينا فاسو"], "Burkina Faso", qid="Q965", sub="Country"),
        E("jnim", "Organization", ["«جماعة نصرة الإسلام والمسلمين»"], "JNIM", qid="Q28837826", sub="ArmedGroup"),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("akhbar", "Organization", ["وكالة «الأخبار»"], "Alakhbar", sub="MediaOrganization", opt=True),
        E("gao", "Place", ["منطقة غاو"], "Gao Region", sub="Region"),
        E("barkhane", "Organization", ["قوة «برخان»"], "Operation Barkhane", sub="ArmedForce"),
        E("isgs", "Organization", ["«تنظيم الدولة الإسلامية في الصحراء الكبرى»"], "ISGS", sub="ArmedGroup"),
        E("menaka", "Place", ["منطقة ميناكا"], "Menaka", sub="Region"),
        E("parly", "Person", ["فلورانس بارلي"], "Florence Parly", qid="Q3074007"),
        E("ibk", "Person", ["إبراهيم أبو بكر كيتا"], "Ibrahim Boubacar Keita", qid="Q27819"),
        E("niono", "Place", ["بلدة نيونو"], "Niono", sub="City"),
        E("segou", "Place", ["منطقة سيغو"], "Segou Region", sub="Region"),
        E("timbuktu", "Place", ["تمبكتو"], "Timbuktu", sub="City"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("aguelhok", "Place", ["مدينة أغيلهوك"], "Aguelhok", sub="City"),
    ],
    relations=[
        R("locatedIn", "hombori", "mopti"),
        R("locatedIn", "mopti", "mali", opt=True),
        R("affiliatedWith", "jnim", "aq"),
        R("locatedIn", "gao", "mali", opt=True),
        R("leaderOf", "ibk", "mali", opt=True),
        R("locatedIn", "niono", "segou"),
    ],
    events=[
        V("Attack", agent=["jnim"], target=["fama"], place=[["hombori", "mopti"]], date="2019-11-03", trigger="هاجم"),
        V("Killing", agent=["jnim"], target=["fama"], place=[["hombori", "mopti"]], date="2019-11-03", trigger="قتلوا"),
        V("Arrest", agent=["jnim"], target=["fama"], trigger="أسروا"),
        V("Arrest", opt=True, place=[["hombori", "mopti"]], date="2019-11-03"),
        V("Strike", agent=["barkhane"], target=["isgs"], place=[["menaka", "gao"]], date="2019-10-31",
          trigger="استهدفت"),
        V("Killing", opt=True, agent=["barkhane"], target=["isgs"], place=[["menaka", "gao"]], date="2019-10-31"),
        V("Visit", agent=["parly"], place=["bamako"], date="2019-11-04", trigger="وصلت"),
        V("Meeting", opt=True, agent=["parly", "ibk"], place=["bamako"]),
        V("Arrest", place=[["niono", "segou"]], trigger="اختطف"),
        V("Killing", target=["un"], place=["aguelhok"], trigger="قُتل"),
        V("Attack", place=["aguelhok"], trigger="انفجار"),
    ],
))
