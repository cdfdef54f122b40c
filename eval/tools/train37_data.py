"""Hand annotations of the thirty-seventh training set (see eval/train37/README.md).

The check set written beside train36: the same kinds (events in the copy of Saudi and pan-Arab
newspapers of 2014-2019, dates as these papers tell them, places at the end of long sentences or in
the dateline only, official statements in the passive, meetings and visits in protocol language,
visits still to come) in other countries and wordings: Najran, Diyala and Salahuddin, Daraa and Deir
ez-Zor, Taiz and Saada, Sirte, Afghanistan, Nigeria, Kuwait. Persons are invented except well-known
public figures. Written and annotated before the extractor was run on it; a check set whose
per-document errors are not read (only its summary line). ``build_train37.py`` turns this into
eval/train37.jsonl. In event roles a nested list is a set of alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Saudi Arabia, Najran (2015-06-10, Wednesday)
DOCS.append(dict(
    id="t37-sa-najran", published="2015-06-10",
    text="""نجران - «الوطن»

استشهد مواطن وأصيب ثلاثة من أفراد أسرته، مساء أمس، إثر سقوط قذائف هاون أطلقت من داخل الأراضي اليمنية على حي الفيصلية بمدينة نجران، وفق ما أعلن المتحدث الإعلامي لمديرية الدفاع المدني بالمنطقة الرائد علي الشهراني.

وأشار إلى أن الفرق الميدانية عملت على إخلاء المنازل المجاورة تحسبا لأي طارئ، داعيا السكان إلى الالتزام بالتعليمات الصادرة عن الجهات المختصة وعدم الاقتراب من مواقع الحوادث أو تصويرها.

وأضاف الشهراني أن فرق الإسعاف نقلت المصابين إلى مستشفى الملك خالد، وحالتهم مستقرة.

وفي المقابل، قصفت المدفعية السعودية فجر اليوم مواقع تنطلق منها القذائف في مديرية البقع بمحافظة صعدة، فيما أعلنت قيادة التحالف أن مقاتلاتها دمرت يوم الاثنين الماضي مخازن أسلحة للمتمردين الحوثيين في مديرية كتاف المجاورة.

وزار أمير منطقة نجران الأمير جلوي بن عبدالعزيز بن مساعد المصابين في المستشفى صباح اليوم، واطمأن على صحتهم، ووجه بتقديم كل الرعاية لهم.""",
    entities=[
        E("najran", "Place", ["مدينة نجران", "نجران"], "Najran", qid="Q1011346", sub="City"),
        E("watan", "Organization", ["الوطن"], "Al Watan (Saudi newspaper)", sub="MediaOrganization", opt=True),
        E("faisaliya", "Place", ["حي الفيصلية"], "al-Faisaliya (Najran)", sub="City"),
        E("yemen", "Place", ["الأراضي اليمنية"], "Yemen", qid="Q805", sub="Country", opt=True),
        E("civdef", "Organization", ["مديرية الدفاع المدني"], "Civil Defense Directorate (Najran)",
          sub="GovernmentBody"),
        E("shahrani", "Person", ["علي الشهراني", "الشهراني"], "Ali al-Shahrani"),
        E("hospital", "Organization", ["مستشفى الملك خالد", "المستشفى"], "King Khalid Hospital (Najran)", opt=True),
        E("baqa", "Place", ["مديرية البقع"], "al-Buqa District", sub="Region"),
        E("saada", "Place", ["محافظة صعدة"], "Saada Governorate", sub="Region"),
        E("coalition", "Organization", ["قيادة التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("houthis", "Organization", ["المتمردين الحوثيين"], "Houthis", qid="Q1520207", sub="ArmedGroup"),
        E("kitaf", "Place", ["مديرية كتاف"], "Kitaf District", sub="Region"),
        E("najranprov", "Place", ["منطقة نجران", "المنطقة"], "Najran Province", sub="Region"),
        E("jiluwi", "Person", ["جلوي بن عبدالعزيز بن مساعد"], "Jiluwi bin Abdulaziz bin Musaed"),
    ],
    relations=[
        R("locatedIn", "faisaliya", "najran"),
        R("spokespersonOf", "shahrani", "civdef"),
        R("locatedIn", "baqa", "saada"),
        R("leaderOf", "jiluwi", "najranprov"),
    ],
    events=[
        V("Strike", place=[["faisaliya", "najran"]], date="2015-06-09", trigger="سقوط قذائف"),
        V("Killing", place=[["faisaliya", "najran"]], date="2015-06-09", trigger="استشهد"),
        V("Attack", opt=True, place=["faisaliya"], date="2015-06-09"),
        V("Strike", place=[["baqa", "saada"]], date="2015-06-10", trigger="قصفت"),
        V("Strike", agent=["coalition"], target=["houthis"], place=["kitaf"], date="2015-06-08", trigger="دمرت"),
        V("Visit", agent=["jiluwi"], place=["hospital"], date="2015-06-10", trigger="زار"),
    ],
))

# ---------------------------------------------------------------- Iraq, Diyala (2017-08-30, Wednesday)
DOCS.append(dict(
    id="t37-iq-muqdadiya", published="2017-08-30",
    text="""بعقوبة - «الحياة»

قتل أربعة أشخاص وأصيب 11 آخرون بانفجار عبوة ناسفة زرعت قرب محل لبيع الخضار في سوق قضاء المقدادية شمال شرقي بعقوبة، عصر أمس، بحسب مصدر في شرطة ديالى.

وأكد المصدر أن الحصيلة مرشحة للارتفاع بسبب خطورة حالة بعض الجرحى، الذين نقلوا إلى المستشفيات القريبة، لافتا إلى أن الجهات المختصة باشرت التحقيق في ملابسات الحادث.

وأوضح المصدر أن قوة أمنية طوقت المكان واعتقلت شخصين يشتبه في تورطهما بزرع العبوة.

إلى ذلك، أعلن جهاز مكافحة الإرهاب أن قوة من الجهاز اعتقلت، فجر الاثنين، المدعو سالم خلف الجبوري، المسؤول عن نقل الانتحاريين في تنظيم «داعش»، في عملية نوعية في قضاء الطارمية شمال بغداد، وأحيل إلى محكمة التحقيق المختصة بقضايا الإرهاب في اليوم التالي.

وفي محافظة صلاح الدين، تصدت قوات الحشد الشعبي لهجوم شنه عناصر التنظيم ليلة الأحد على قرية البو دور جنوب مدينة تكريت، ما أسفر عن مقتل ثلاثة من المهاجمين.

وكان محافظ ديالى مثنى التميمي قد استقبل في مكتبه ببعقوبة، منتصف الشهر الجاري، وفدا من بعثة الأمم المتحدة لمساعدة العراق برئاسة أليس فولتون، وبحث معه أوضاع النازحين.""",
    entities=[
        E("baquba", "Place", ["بعقوبة"], "Baqubah", qid="Q271030", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("muqdadiya", "Place", ["قضاء المقدادية"], "al-Muqdadiya", sub="City"),
        E("diyalapolice", "Organization", ["شرطة ديالى"], "Diyala Police", sub="ArmedForce", opt=True),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب", "الجهاز"], "Iraqi Counter-Terrorism Service",
          sub="ArmedForce"),
        E("jubouri", "Person", ["سالم خلف الجبوري"], "Salim Khalaf al-Jubouri"),
        E("isis", "Organization", ["«داعش»", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("tarmiya", "Place", ["قضاء الطارمية"], "Tarmiyah", sub="City"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("court", "Organization", ["محكمة التحقيق المختصة بقضايا الإرهاب"], "Counter-terrorism investigative court",
          sub="GovernmentBody", opt=True),
        E("salahuddin", "Place", ["محافظة صلاح الدين"], "Saladin Governorate", sub="Region"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("albudur", "Place", ["قرية البو دور"], "al-Bu Dur", sub="City"),
        E("tikrit", "Place", ["مدينة تكريت"], "Tikrit", qid="Q191503", sub="City"),
        E("diyala", "Place", ["ديالى"], "Diyala Governorate", sub="Region"),
        E("tamimi", "Person", ["مثنى التميمي"], "Muthanna al-Tamimi"),
        E("unami", "Organization", ["بعثة الأمم المتحدة لمساعدة العراق"], "UNAMI", qid="Q1151637"),
        E("fulton", "Person", ["أليس فولتون"], "Alice Fulton"),
    ],
    relations=[
        R("locatedIn", "muqdadiya", "baquba", opt=True),
        R("memberOf", "jubouri", "isis"),
        R("locatedIn", "tarmiya", "baghdad", opt=True),
        R("locatedIn", "albudur", "tikrit", opt=True),
        R("leaderOf", "tamimi", "diyala"),
        R("leaderOf", "fulton", "unami", opt=True),
        R("memberOf", "fulton", "unami", opt=True),
    ],
    events=[
        V("Attack", place=[["muqdadiya", "baquba"]], date="2017-08-29", trigger="بانفجار"),
        V("Killing", place=[["muqdadiya", "baquba"]], date="2017-08-29", trigger="قتل"),
        V("Arrest", place=["muqdadiya"], trigger="اعتقلت"),
        V("Arrest", opt=True, date="2017-08-29"),
        V("Arrest", agent=["cts"], target=["jubouri"], place=[["tarmiya", "baghdad"]], date="2017-08-28",
          trigger="اعتقلت"),
        V("Attack", agent=["isis"], target=["pmf"], place=[["albudur", "tikrit", "salahuddin"]], date="2017-08-27",
          trigger="لهجوم"),
        V("Killing", agent=["pmf"], target=["isis"], place=[["albudur", "tikrit", "salahuddin"]], date="2017-08-27",
          trigger="مقتل"),
        V("Meeting", agent=["tamimi", "fulton"], place=["baquba"], date="2017-08", trigger="استقبل"),
        V("Meeting", opt=True, agent=["unami"]),
    ],
))

# ---------------------------------------------------------------- Syria, Daraa and Ankara (2018-04-05, Thursday)
DOCS.append(dict(
    id="t37-sy-hirak", published="2018-04-05",
    text="""بيروت - «الشرق الأوسط»

ألقت مروحيات النظام السوري، فجر أمس، أكثر من عشرة براميل متفجرة على بلدة الحراك في ريف درعا الشرقي، ما أدى إلى مقتل ثلاثة مدنيين، في خرق جديد لاتفاق «خفض التصعيد» في الجنوب، بحسب ناشطين.

وقال أحد الناشطين الميدانيين إن «الأهالي بدأوا بالنزوح نحو المزارع والقرى المجاورة خوفا من تدهور الأوضاع أكثر»، مشيرا إلى نقص حاد في سيارات الإسعاف.

وفي مدينة درعا، اغتال مجهولون القيادي في «جيش الثورة» أبو خالد الحريري بإطلاق النار عليه أمام منزله في حي طريق السد، مساء الثلاثاء.

وفي ريف دير الزور الشرقي، شن طيران التحالف الدولي غارات على مواقع لتنظيم «داعش» في بلدة هجين، قتل فيها 9 عناصر، وفق «المرصد السوري».

سياسيا، عقد الرؤساء الروسي فلاديمير بوتين والتركي رجب طيب أردوغان والإيراني حسن روحاني قمة ثلاثية في أنقرة أمس، بحثوا خلالها مستقبل التسوية في سورية، بعد أن التقى بوتين وأردوغان على انفراد مساء الثلاثاء في القصر الرئاسي.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("aawsat", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("regime", "Organization", ["النظام السوري"], "Syrian government", sub="GovernmentBody"),
        E("hirak", "Place", ["بلدة الحراك"], "al-Hirak", sub="City"),
        E("daraa", "Place", ["درعا"], "Daraa Governorate", sub="Region"),
        E("daraacity", "Place", ["مدينة درعا"], "Daraa", qid="Q201957", sub="City"),
        E("jaysh", "Organization", ["جيش الثورة"], "Jaysh al-Thawra", sub="ArmedGroup"),
        E("hariri", "Person", ["أبو خالد الحريري"], "Abu Khalid al-Hariri"),
        E("sadd", "Place", ["حي طريق السد"], "Tariq al-Sadd", sub="City"),
        E("deir", "Place", ["دير الزور"], "Deir ez-Zor Governorate", sub="Region"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("isis", "Organization", ["تنظيم «داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("hajin", "Place", ["بلدة هجين"], "Hajin", sub="City"),
        E("sohr", "Organization", ["المرصد السوري"], "Syrian Observatory for Human Rights", qid="Q1369133"),
        E("putin", "Person", ["فلاديمير بوتين", "بوتين"], "Vladimir Putin", qid="Q7747"),
        E("erdogan", "Person", ["رجب طيب أردوغان", "أردوغان"], "Recep Tayyip Erdogan", qid="Q39259"),
        E("rouhani", "Person", ["حسن روحاني"], "Hassan Rouhani", qid="Q28826"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("syria", "Place", ["سورية"], "Syria", qid="Q858", sub="Country"),
        E("palace", "Place", ["القصر الرئاسي"], "Presidential Complex (Ankara)", opt=True),
    ],
    relations=[
        R("locatedIn", "hirak", "daraa"),
        R("memberOf", "hariri", "jaysh"),
        R("locatedIn", "sadd", "daraacity", opt=True),
        R("locatedIn", "hajin", "deir"),
    ],
    events=[
        V("Strike", agent=["regime"], place=[["hirak", "daraa"]], date="2018-04-04", trigger="ألقت"),
        V("Killing", agent=["regime"], place=[["hirak", "daraa"]], date="2018-04-04", trigger="مقتل"),
        V("Killing", target=["hariri"], place=[["sadd", "daraacity"]], date="2018-04-03", trigger="اغتال"),
        V("Attack", opt=True, target=["hariri"], place=["sadd"], date="2018-04-03"),
        V("Strike", agent=["coalition"], target=["isis"], place=[["hajin", "deir"]], trigger="غارات"),
        V("Killing", agent=["coalition"], target=["isis"], place=[["hajin", "deir"]], trigger="قتل"),
        V("Meeting", agent=["putin", "erdogan", "rouhani"], place=["ankara"], date="2018-04-04", trigger="قمة"),
        V("Meeting", agent=["putin", "erdogan"], place=[["palace", "ankara"]], date="2018-04-03", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Yemen, Taiz and Aden (2016-09-21, Wednesday)
DOCS.append(dict(
    id="t37-ye-thabat", published="2016-09-21",
    text="""عدن - «سبق»

قتل ثلاثة مدنيين بينهم طفلة وأصيب خمسة آخرون، مساء أمس الأول، في قصف شنته ميليشيات الحوثي وقوات المخلوع صالح بقذائف الكاتيوشا على حي ثعبات شرق مدينة تعز.

وأوضح مصدر طبي أن بين المصابين حالتين خطيرتين، مشيرا إلى أن المستشفيات الميدانية في المدينة تعاني نقصا حادا في الأدوية والمستلزمات الطبية منذ أشهر.

وأعلنت قيادة قوات التحالف أن الدفاعات الجوية السعودية اعترضت، فجر أمس، صاروخا باليستيا أطلقته الميليشيات من محافظة صعدة باتجاه مدينة خميس مشيط، ودمرته دون أن يخلف أضرارا.

وفي عدن، تمكنت قوات الحزام الأمني من القبض على خلية مكونة من خمسة أشخاص يشتبه في ضلوعها باغتيال ضابط في مديرية المنصورة، في العاشر من الشهر الجاري، وذلك خلال مداهمة نفذتها يوم الأحد الماضي.

من جهة أخرى، وصل نائب رئيس الجمهورية الفريق علي محسن الأحمر إلى محافظة مأرب أمس، في زيارة تفقدية التقى خلالها قائد المنطقة العسكرية الثالثة اللواء عبدالرب الشدادي.""",
    entities=[
        E("aden", "Place", ["عدن"], "Aden", qid="Q131694", sub="City"),
        E("sabq", "Organization", ["سبق"], "Sabq", sub="MediaOrganization", opt=True),
        E("houthis", "Organization", ["ميليشيات الحوثي", "الميليشيات"], "Houthis", qid="Q1520207",
          sub="ArmedGroup"),
        E("salehforces", "Organization", ["قوات المخلوع صالح"], "Saleh loyalist forces", sub="ArmedForce"),
        E("thabat", "Place", ["حي ثعبات"], "Tha'abat", sub="City"),
        E("taiz", "Place", ["مدينة تعز"], "Taiz", qid="Q191023", sub="City"),
        E("coalition", "Organization", ["قيادة قوات التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("airdefense", "Organization", ["الدفاعات الجوية السعودية"], "Royal Saudi Air Defense", sub="ArmedForce"),
        E("saada", "Place", ["محافظة صعدة"], "Saada Governorate", sub="Region"),
        E("khamis", "Place", ["مدينة خميس مشيط"], "Khamis Mushait", qid="Q753066", sub="City"),
        E("hizam", "Organization", ["قوات الحزام الأمني"], "Security Belt Forces", sub="ArmedForce"),
        E("mansoura", "Place", ["مديرية المنصورة"], "al-Mansoura District", sub="Region"),
        E("mohsen", "Person", ["علي محسن الأحمر"], "Ali Mohsen al-Ahmar", qid="Q4725581"),
        E("marib", "Place", ["محافظة مأرب"], "Marib Governorate", sub="Region"),
        E("third", "Organization", ["المنطقة العسكرية الثالثة"], "3rd Military Region", sub="ArmedForce"),
        E("shaddadi", "Person", ["عبدالرب الشدادي"], "Abdulrab al-Shaddadi"),
    ],
    relations=[
        R("locatedIn", "thabat", "taiz"),
        R("leaderOf", "shaddadi", "third"),
        R("locatedIn", "mansoura", "aden", opt=True),
    ],
    events=[
        V("Strike", agent=["houthis", "salehforces"], place=[["thabat", "taiz"]], date="2016-09-19", trigger="قصف"),
        V("Killing", agent=["houthis", "salehforces"], place=[["thabat", "taiz"]], date="2016-09-19", trigger="قتل"),
        V("Attack", opt=True, agent=["houthis"], place=["thabat"]),
        V("Strike", agent=["houthis"], place=[["khamis", "saada"]], date="2016-09-20", trigger="أطلقته"),
        V("Attack", opt=True, agent=["houthis"], place=["khamis"], date="2016-09-20"),
        V("Arrest", agent=["hizam"], place=["aden"], date="2016-09-18", trigger="القبض"),
        V("Killing", place=["mansoura"], date="2016-09-10", trigger="باغتيال"),
        V("Visit", agent=["mohsen"], place=["marib"], date="2016-09-20", trigger="وصل"),
        V("Meeting", agent=["mohsen", "shaddadi"], place=["marib"], date="2016-09-20", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Libya, Sirte and Tripoli (2016-11-02, Wednesday)
DOCS.append(dict(
    id="t37-ly-giza", published="2016-11-02",
    text="""طرابلس - «الشرق الأوسط»

قال المكتب الإعلامي لعملية «البنيان المرصوص» إن سبعة من مقاتليه قتلوا وأصيب 20 آخرون، أمس، في مواجهات مع عناصر تنظيم «داعش» المحاصرين في حي الجيزة البحرية، آخر جيوب التنظيم في مدينة سرت، بينما استسلمت ثلاث نساء أجنبيات كن برفقة المسلحين.

وأضاف المكتب أن «القوات تتقدم بحذر شديد بسبب كثافة الألغام والعبوات المزروعة في الشوارع الضيقة»، متوقعا حسم الموقف خلال أيام قليلة.

وأوضح المكتب أن الطيران الأمريكي نفذ، مساء الاثنين، خمس غارات على مبان يتحصن فيها القناصة داخل الحي، وذلك بطلب من غرفة العمليات.

وكانت القوات الموالية لحكومة الوفاق قد أطلقت العملية في الثاني عشر من مايو الماضي لاستعادة المدينة من التنظيم.

في غضون ذلك، التقى رئيس المجلس الرئاسي فائز السراج في العاصمة أمس المبعوث الأممي مارتن كوبلر، في حين أفادت مصادر أمنية بأن مسلحين مجهولين خطفوا يوم الأحد الماضي موظفا في مصرف ليبيا المركزي يدعى عمران الككلي من أمام منزله في منطقة تاجوراء شرق طرابلس.""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة"], "Tripoli", qid="Q3579", sub="City"),
        E("aawsat", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("bunyan", "Organization", ["«البنيان المرصوص»"], "Al-Bunyan al-Marsous forces", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم «داعش»", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("giza", "Place", ["حي الجيزة البحرية", "الحي"], "al-Jiza al-Bahriya", sub="City"),
        E("sirte", "Place", ["مدينة سرت", "المدينة"], "Sirte", qid="Q190754", sub="City"),
        E("usaf", "Organization", ["الطيران الأمريكي"], "US Air Force", sub="ArmedForce"),
        E("ops", "Organization", ["غرفة العمليات"], "Operations room", sub="ArmedForce", opt=True),
        E("gna", "Organization", ["حكومة الوفاق"], "Government of National Accord", sub="GovernmentBody"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council", sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj", qid="Q22078816"),
        E("kobler", "Person", ["مارتن كوبلر"], "Martin Kobler", qid="Q76870"),
        E("cbl", "Organization", ["مصرف ليبيا المركزي"], "Central Bank of Libya", sub="GovernmentBody"),
        E("kikli", "Person", ["عمران الككلي"], "Omran al-Kikli"),
        E("tajoura", "Place", ["منطقة تاجوراء"], "Tajoura", sub="City"),
    ],
    relations=[
        R("locatedIn", "giza", "sirte"),
        R("leaderOf", "sarraj", "pc"),
        R("memberOf", "kikli", "cbl", opt=True),
        R("locatedIn", "tajoura", "tripoli"),
    ],
    events=[
        V("Killing", target=["bunyan"], place=[["giza", "sirte"]], date="2016-11-01", trigger="قتلوا"),
        V("Killing", opt=True, agent=["isis"]),
        V("Arrest", opt=True, place=["giza"], date="2016-11-01"),
        V("Attack", opt=True, agent=["bunyan", "isis"], target=["isis", "bunyan"], place=["giza"], date="2016-11-01"),
        V("Strike", agent=["usaf"], place=[["giza", "sirte"]], date="2016-10-31", trigger="غارات"),
        V("Strike", opt=True, target=["isis"]),
        V("MilitaryOperation", agent=[["gna", "bunyan"]], target=["isis"], place=["sirte"], date="2016-05-12",
          trigger="العملية"),
        V("Meeting", agent=["sarraj", "kobler"], place=["tripoli"], date="2016-11-01", trigger="التقى"),
        V("Arrest", target=["kikli"], place=[["tajoura", "tripoli"]], date="2016-10-30", trigger="خطفوا"),
    ],
))

# ---------------------------------------------------------------- Afghanistan (2015-11-26, Thursday)
DOCS.append(dict(
    id="t37-af-helmand", published="2015-11-26",
    text="""كابل - «الحياة»

قتل 14 جنديا أفغانيا على الأقل في هجوم شنه مسلحو حركة «طالبان» فجر الثلاثاء على مقر للشرطة في مديرية سانغين بولاية هلمند جنوب البلاد، وفق ما أعلن الناطق باسم حاكم الولاية عمر زواك.

وأشار زواك إلى أن الوضع بات تحت السيطرة بعد إرسال تعزيزات إضافية إلى المنطقة، موضحا أن الجرحى نقلوا إلى مستشفى عاصمة الولاية.

وتبنت الحركة الهجوم في رسالة بعث بها الناطق باسمها قاري يوسف أحمدي إلى الصحافيين، مؤكدا أن مقاتليها استولوا على كميات من الأسلحة.

وفي ولاية ننغرهار شرق البلاد، قتل ثمانية من مسلحي تنظيم «داعش» في غارة نفذتها طائرة أمريكية من دون طيار على مخبأ لهم في منطقة أشين، مساء الأحد، بحسب مسؤولين محليين.

كما أعلنت المديرية الوطنية للأمن أنها اعتقلت، في التاسع عشر من الشهر الجاري، ثلاثة أشخاص كانوا يعدون لتفجير سيارة مفخخة في كابل.

ومن المقرر أن يزور الرئيس أشرف غني العاصمة الباكستانية إسلام آباد الأسبوع المقبل للمشاركة في مؤتمر «قلب آسيا».""",
    entities=[
        E("kabul", "Place", ["كابل"], "Kabul", qid="Q5838", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("taliban", "Organization", ["حركة «طالبان»", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("sangin", "Place", ["مديرية سانغين"], "Sangin District", sub="Region"),
        E("helmand", "Place", ["ولاية هلمند", "الولاية"], "Helmand Province", qid="Q171199", sub="Region"),
        E("afghanistan", "Place", ["البلاد"], "Afghanistan", qid="Q889", sub="Country", opt=True),
        E("zwak", "Person", ["عمر زواك", "زواك"], "Omar Zwak"),
        E("ahmadi", "Person", ["قاري يوسف أحمدي"], "Qari Yousuf Ahmadi"),
        E("nangarhar", "Place", ["ولاية ننغرهار"], "Nangarhar Province", qid="Q183218", sub="Region"),
        E("isis", "Organization", ["تنظيم «داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("achin", "Place", ["منطقة أشين"], "Achin District", sub="Region"),
        E("nds", "Organization", ["المديرية الوطنية للأمن"], "National Directorate of Security",
          sub="GovernmentBody"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani", qid="Q561415"),
        E("islamabad", "Place", ["إسلام آباد", "العاصمة الباكستانية"], "Islamabad", qid="Q1362", sub="City"),
        E("hoa", "Organization", ["قلب آسيا"], "Heart of Asia conference", opt=True),
    ],
    relations=[
        R("locatedIn", "sangin", "helmand"),
        R("spokespersonOf", "zwak", "helmand", opt=True),
        R("spokespersonOf", "ahmadi", "taliban"),
        R("locatedIn", "achin", "nangarhar", opt=True),
    ],
    events=[
        V("Attack", agent=["taliban"], place=[["sangin", "helmand"]], date="2015-11-24", trigger="هجوم"),
        V("Killing", agent=["taliban"], place=[["sangin", "helmand"]], date="2015-11-24", trigger="قتل"),
        V("Strike", target=["isis"], place=[["achin", "nangarhar"]], date="2015-11-22", trigger="غارة"),
        V("Killing", target=["isis"], place=[["achin", "nangarhar"]], date="2015-11-22", trigger="قتل"),
        V("Arrest", agent=["nds"], place=["kabul"], date="2015-11-19", trigger="اعتقلت"),
        # Ghani's visit to Islamabad is still to come (من المقرر أن يزور): no event
    ],
))

# ---------------------------------------------------------------- Nigeria, Borno (2019-01-23, Wednesday)
DOCS.append(dict(
    id="t37-ng-rann", published="2019-01-23",
    text="""أبوجا - (أ ف ب):

قالت منظمة العفو الدولية إن مسلحي جماعة «بوكو حرام» قتلوا ما لا يقل عن 60 شخصا في هجوم على بلدة ران بولاية بورنو شمال شرقي نيجيريا، يوم الاثنين الماضي، بعد انسحاب القوات الحكومية منها.

وأوضحت المنظمة في تقريرها أن صور الأقمار الاصطناعية أظهرت حجم الدمار الذي لحق بالبلدة، داعية السلطات إلى توفير الحماية لآلاف النازحين في المخيمات.

وأضافت المنظمة أن المهاجمين أحرقوا عشرات المنازل قبل أن يغادروا البلدة.

من جهته، أعلن الجيش النيجيري أن طائراته قصفت أمس مواقع للجماعة في غابة سامبيسا، وأن قواته اعتقلت مساء السبت 12 مشتبها بهم في مدينة مونغونو، أحدهم يدعى بابا غوني، يعتقد أنه قيادي في فصيل «ولاية غرب أفريقيا».

وكان الرئيس محمد بخاري قد وصل إلى مايدوغوري، عاصمة الولاية، في الثامن عشر من الشهر الجاري، والتقى حاكمها كاشم شيتيما وقادة الجيش في مقر العمليات.""",
    entities=[
        E("abuja", "Place", ["أبوجا"], "Abuja", qid="Q3787", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("amnesty", "Organization", ["منظمة العفو الدولية", "المنظمة"], "Amnesty International", qid="Q42970"),
        E("bh", "Organization", ["جماعة «بوكو حرام»", "الجماعة"], "Boko Haram", qid="Q185603", sub="ArmedGroup"),
        E("rann", "Place", ["بلدة ران", "البلدة"], "Rann", sub="City"),
        E("borno", "Place", ["ولاية بورنو", "الولاية"], "Borno State", qid="Q501588", sub="Region"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("govforces", "Organization", ["القوات الحكومية"], "Nigerian government forces", sub="ArmedForce",
          opt=True),
        E("ngarmy", "Organization", ["الجيش النيجيري"], "Nigerian Army", sub="ArmedForce"),
        E("sambisa", "Place", ["غابة سامبيسا"], "Sambisa Forest", qid="Q7408647", sub="Region"),
        E("monguno", "Place", ["مدينة مونغونو"], "Monguno", sub="City"),
        E("goni", "Person", ["بابا غوني"], "Baba Goni"),
        E("iswap", "Organization", ["ولاية غرب أفريقيا"], "ISWAP", sub="ArmedGroup"),
        E("buhari", "Person", ["محمد بخاري"], "Muhammadu Buhari", qid="Q5271"),
        E("maiduguri", "Place", ["مايدوغوري"], "Maiduguri", qid="Q216484", sub="City"),
        E("shettima", "Person", ["كاشم شيتيما"], "Kashim Shettima", qid="Q6374988"),
    ],
    relations=[
        R("locatedIn", "rann", "borno"),
        R("locatedIn", "borno", "nigeria"),
        R("memberOf", "goni", "iswap"),
        R("locatedIn", "maiduguri", "borno"),
        R("leaderOf", "shettima", "borno"),
        R("partOf", "iswap", "bh", opt=True),
    ],
    events=[
        V("Attack", agent=["bh"], place=[["rann", "borno"]], date="2019-01-21", trigger="هجوم"),
        V("Killing", agent=["bh"], place=[["rann", "borno"]], date="2019-01-21", trigger="قتلوا"),
        V("Strike", agent=["ngarmy"], target=["bh"], place=["sambisa"], date="2019-01-22", trigger="قصفت"),
        V("Arrest", agent=["ngarmy"], target=["goni"], place=["monguno"], date="2019-01-19", trigger="اعتقلت"),
        V("Visit", agent=["buhari"], place=["maiduguri"], date="2019-01-18", trigger="وصل"),
        V("Meeting", agent=["buhari", "shettima"], place=["maiduguri"], date="2019-01-18", trigger="التقى"),
        V("Meeting", opt=True, agent=["ngarmy"]),
    ],
))

# ---------------------------------------------------------------- Kuwait (2017-08-16, Wednesday)
DOCS.append(dict(
    id="t37-kw-bayan", published="2017-08-16",
    text="""الكويت - «اليوم»

استقبل سمو أمير الكويت الشيخ صباح الأحمد الجابر الصباح في قصر بيان أمس وزير الخارجية السعودي عادل الجبير، الذي نقل إليه رسالة من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.

وأفاد بيان صادر عن الديوان الأميري بأن الرسالة تتعلق بالعلاقات الأخوية الوثيقة بين البلدين الشقيقين وسبل تعزيزها في المجالات كافة.

وكان الجبير قد وصل إلى البلاد مساء أمس الأول في زيارة رسمية قادما من مسقط، وعقد فور وصوله جلسة مباحثات مع نظيره الكويتي الشيخ صباح خالد الحمد الصباح.

على صعيد آخر، أعلنت وزارة الداخلية الكويتية أن الإدارة العامة لأمن الدولة ضبطت، يوم السبت الماضي، مواطنا يدعى فهد العنزي في منطقة الجهراء بتهمة الترويج لفكر تنظيم «داعش» عبر مواقع التواصل الاجتماعي، وأحالته إلى النيابة العامة أمس.

وفي سياق آخر، يصل إلى الكويت الأسبوع المقبل الرئيس التركي رجب طيب أردوغان في زيارة يلتقي خلالها أمير البلاد.""",
    entities=[
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country"),
        E("yaum", "Organization", ["اليوم"], "Al Yaum", sub="MediaOrganization", opt=True),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah Al-Ahmad Al-Jaber Al-Sabah", qid="Q57643"),
        E("bayan", "Place", ["قصر بيان"], "Bayan Palace"),
        E("diwan", "Organization", ["الديوان الأميري"], "Amiri Diwan (Kuwait)", sub="GovernmentBody", opt=True),
        E("jubeir", "Person", ["عادل الجبير", "الجبير"], "Adel al-Jubeir", qid="Q2824917"),
        E("salman", "Person", ["سلمان بن عبدالعزيز"], "King Salman", qid="Q367825"),
        E("muscat", "Place", ["مسقط"], "Muscat", qid="Q3826", sub="City"),
        E("khalid", "Person", ["صباح خالد الحمد الصباح"], "Sabah Al-Khalid Al-Sabah", qid="Q7396660"),
        E("moi", "Organization", ["وزارة الداخلية الكويتية"], "Kuwaiti Ministry of Interior", sub="GovernmentBody"),
        E("statesec", "Organization", ["الإدارة العامة لأمن الدولة"], "Kuwaiti State Security",
          sub="GovernmentBody"),
        E("anzi", "Person", ["فهد العنزي"], "Fahd al-Anzi"),
        E("jahra", "Place", ["منطقة الجهراء"], "Jahra", sub="City"),
        E("isis", "Organization", ["تنظيم «داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("prosecution", "Organization", ["النيابة العامة"], "Kuwaiti Public Prosecution", sub="GovernmentBody",
          opt=True),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdogan", qid="Q39259"),
    ],
    relations=[
        R("leaderOf", "sabah", "kuwait"),
        R("locatedIn", "bayan", "kuwait", opt=True),
        R("positionIn", "khalid", "kuwait"),
        R("partOf", "statesec", "moi", opt=True),
    ],
    events=[
        V("Meeting", agent=["sabah", "jubeir"], place=["bayan"], date="2017-08-15", trigger="استقبل"),
        V("Visit", agent=["jubeir"], place=["kuwait"], date="2017-08-14", trigger="وصل"),
        V("Meeting", agent=["jubeir", "khalid"], place=["kuwait"], date="2017-08-14", trigger="جلسة مباحثات"),
        V("Arrest", agent=["statesec"], target=["anzi"], place=["jahra"], date="2017-08-12", trigger="ضبطت"),
        # Erdogan's visit is still to come (يصل ... الأسبوع المقبل): no event
    ],
))
