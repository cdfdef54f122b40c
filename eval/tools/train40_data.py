"""Hand annotations of the fortieth training set (see eval/train40/README.md).

The entity helper's working set, in the style of Saudi and pan-Arab papers of 2014-2019 (bylines
«الرياض - واس»، «جدة - فلان»، «(واس)» at the end): persons with honorifics and long royal names
(صاحب السمو الملكي الأمير ... بن ... بن عبدالعزيز، معالي الدكتور، الشيخ، فضيلة), names written joined
and split (عبدالله / عبد الله), family names with آل, persons named in a list after «وحضر اللقاء»,
ministries, agencies, presidencies, universities, chambers of commerce, companies, courts, embassies
and consulates of a named country, UN bodies, Saudi regions, governorates and districts, border
crossings, ports and hospitals, titles that stand for a known person, and nominal mentions
(المملكة، الوزارة، الأمير، الأمانة). Persons are invented except well-known public figures. Written
and annotated before the extractor was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Riyadh (2017-03-14, Tuesday)
DOCS.append(dict(
    id="t40-sa-riyadh-amana", published="2017-03-14",
    text="""الرياض - واس

استقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض، في مكتبه بقصر الحكم أمس، معالي أمين منطقة الرياض المهندس طارق بن عبدالله الفارس، الذي قدم لسموه عرضا عن مشروعات الأمانة في أحياء جنوب العاصمة، ومنها حي الشفا وحي العزيزية وحي المنصورة.

واطلع سموه على خطة وزارة الشؤون البلدية والقروية لمعالجة تجمعات مياه الأمطار في حي النسيم شرقي الرياض، موجها بسرعة إنجاز الأعمال قبل موسم الأمطار. وأكد الأمير فيصل أن «راحة المواطن هي الهدف الأول للدولة».

وحضر اللقاء كل من وكيل إمارة منطقة الرياض الدكتور عبد العزيز بن سعد المقرن، ومدير عام الدفاع المدني بالمنطقة اللواء سالم الشهراني، ورئيس المجلس البلدي لمدينة الرياض المهندس خالد بن فهد العمري.

من جهة أخرى، وقعت الأمانة مع الهيئة الملكية لمدينة الرياض مذكرة تفاهم لتطوير وادي حنيفة، كما أعلنت الشركة السعودية للكهرباء عن مشروع لنقل خطوط الضغط العالي في حي السويدي.
(واس)""",
    entities=[
        E("riyadh", "Place", ["الرياض", "العاصمة"], "Riyadh", qid="Q3692", sub="City"),
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("fbb", "Person", ["فيصل بن بندر بن عبدالعزيز", "الأمير فيصل"], "Faisal bin Bandar bin Abdulaziz"),
        E("riyadhreg", "Place", ["منطقة الرياض", "المنطقة"], "Riyadh Region", sub="Region"),
        E("qasr", "Place", ["قصر الحكم"], "Qasr al-Hukm", opt=True),
        E("amana", "Organization", ["الأمانة"], "Riyadh Municipality", sub="GovernmentBody"),
        E("faris", "Person", ["طارق بن عبدالله الفارس"], "Tariq bin Abdullah al-Faris"),
        E("shifa", "Place", ["حي الشفا"], "al-Shifa", sub="City"),
        E("aziziya", "Place", ["حي العزيزية"], "al-Aziziyah", sub="City"),
        E("mansura", "Place", ["حي المنصورة"], "al-Mansurah", sub="City"),
        E("momra", "Organization", ["وزارة الشؤون البلدية والقروية"], "Ministry of Municipal and Rural Affairs",
          sub="GovernmentBody"),
        E("naseem", "Place", ["حي النسيم"], "al-Naseem", sub="City"),
        E("imara", "Organization", ["إمارة منطقة الرياض"], "Riyadh Region Principality", sub="GovernmentBody"),
        E("muqrin", "Person", ["عبد العزيز بن سعد المقرن"], "Abdulaziz bin Saad al-Muqrin"),
        E("cd", "Organization", ["الدفاع المدني"], "Civil Defense", sub="GovernmentBody", opt=True),
        E("shahrani", "Person", ["سالم الشهراني"], "Salem al-Shahrani"),
        E("council", "Organization", ["المجلس البلدي لمدينة الرياض"], "Riyadh Municipal Council", sub="GovernmentBody"),
        E("omari", "Person", ["خالد بن فهد العمري"], "Khalid bin Fahd al-Omari"),
        E("rcrc", "Organization", ["الهيئة الملكية لمدينة الرياض"], "Royal Commission for Riyadh City",
          sub="GovernmentBody"),
        E("hanifa", "Place", ["وادي حنيفة"], "Wadi Hanifa"),
        E("sec", "Organization", ["الشركة السعودية للكهرباء"], "Saudi Electricity Company"),
        E("suwaidi", "Place", ["حي السويدي"], "al-Suwaidi", sub="City"),
    ],
    relations=[
        R("leaderOf", "fbb", "riyadhreg"),
        R("leaderOf", "faris", "amana", opt=True),
        R("positionIn", "faris", "riyadhreg", opt=True),
        R("positionIn", "muqrin", "imara"),
        R("leaderOf", "omari", "council"),
        R("memberOf", "shahrani", "cd", opt=True),
        R("leaderOf", "fbb", "imara", opt=True),
        R("locatedIn", "naseem", "riyadh"),
        R("locatedIn", "qasr", "riyadh", opt=True),
        R("locatedIn", "shifa", "riyadh", opt=True),
        R("locatedIn", "aziziya", "riyadh", opt=True),
        R("locatedIn", "mansura", "riyadh", opt=True),
        R("locatedIn", "riyadh", "riyadhreg", opt=True),
    ],
    events=[
        V("Meeting", agent=["fbb", "faris"], place=[["qasr", "riyadh"]], date="2017-03-13", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Jeddah (2016-05-19, Thursday)
DOCS.append(dict(
    id="t40-sa-jeddah-hayaa", published="2016-05-19",
    text="""جدة - فهد الزهراني

أحالت شرطة محافظة جدة، أمس، ثلاثة وافدين إلى هيئة التحقيق والادعاء العام بعد القبض عليهم في حي الصفا شمالي المحافظة إثر بلاغ من مركز هيئة الأمر بالمعروف والنهي عن المنكر بالحي.

وأوضح المتحدث الإعلامي لشرطة منطقة مكة المكرمة العقيد عاطي بن عطية القرشي لـ«عكاظ» أن المقبوض عليهم «كانوا يديرون مستودعا لتصنيع الخمور»، مشيرا إلى أن الجهات المختصة صادرت كميات كبيرة من المواد الخام.

وفي سياق آخر، ترأس صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة، اجتماع لجنة الحج المركزية في قصر الإمارة بجدة، بحضور سمو نائبه الأمير عبدالله بن بندر بن عبدالعزيز. واستعرض الاجتماع استعدادات الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي لموسم رمضان.

من جانبها، أصدرت المحكمة الجزائية المتخصصة بالرياض حكما بسجن مواطن يدعى ماجد بن سعيد آل مهدي خمس سنوات بعد إدانته بتمويل الإرهاب.""",
    entities=[
        E("jeddah", "Place", ["جدة", "المحافظة", "محافظة جدة"], "Jeddah", sub="City"),
        E("zahrani", "Person", ["فهد الزهراني"], "Fahd al-Zahrani", opt=True),
        E("police", "Organization", ["شرطة محافظة جدة"], "Jeddah police", sub="GovernmentBody"),
        E("bip", "Organization", ["هيئة التحقيق والادعاء العام"], "Bureau of Investigation and Public Prosecution",
          sub="GovernmentBody"),
        E("safa", "Place", ["حي الصفا", "الحي"], "al-Safa", sub="City"),
        E("hayaa", "Organization", ["هيئة الأمر بالمعروف والنهي عن المنكر"], "Commission for the Promotion of Virtue",
          sub="GovernmentBody"),
        E("mpolice", "Organization", ["شرطة منطقة مكة المكرمة"], "Makkah Region police", sub="GovernmentBody"),
        E("makkahreg", "Place", ["منطقة مكة المكرمة"], "Makkah Region", sub="Region"),
        E("qurashi", "Person", ["عاطي بن عطية القرشي"], "Ati bin Atiya al-Qurashi"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization"),
        E("khalid", "Person", ["خالد الفيصل"], "Khalid al-Faisal"),
        E("salman", "Person", ["خادم الحرمين الشريفين"], "King Salman", qid="Q367825", opt=True),
        E("hajj", "Organization", ["لجنة الحج المركزية"], "Central Hajj Committee", sub="GovernmentBody"),
        E("palace", "Place", ["قصر الإمارة"], "Emirate Palace", opt=True),
        E("abdullah", "Person", ["عبدالله بن بندر بن عبدالعزيز"], "Abdullah bin Bandar bin Abdulaziz"),
        E("gph", "Organization", ["الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي"],
          "General Presidency for the Affairs of the Two Holy Mosques", sub="GovernmentBody"),
        E("court", "Organization", ["المحكمة الجزائية المتخصصة"], "Specialized Criminal Court", sub="GovernmentBody"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("mahdi", "Person", ["ماجد بن سعيد آل مهدي"], "Majid bin Saeed Al Mahdi"),
    ],
    relations=[
        R("spokespersonOf", "qurashi", "mpolice"),
        R("leaderOf", "khalid", "makkahreg"),
        R("positionIn", "abdullah", "makkahreg"),
        R("leaderOf", "khalid", "hajj", opt=True),
        R("locatedIn", "safa", "jeddah"),
        R("locatedIn", "palace", "jeddah", opt=True),
        R("locatedIn", "court", "riyadh", opt=True),
        R("locatedIn", "jeddah", "makkahreg", opt=True),
    ],
    events=[
        V("Arrest", agent=["police"], place=[["safa", "jeddah"]], trigger="القبض"),
        V("Meeting", opt=True, agent=["khalid", "abdullah"], place=[["palace", "jeddah"]]),
    ],
))

# ---------------------------------------------------------------- Dammam (2018-02-07, Wednesday)
DOCS.append(dict(
    id="t40-sa-dammam-aramco", published="2018-02-07",
    text="""الدمام - «اليوم»

دشن صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية، مساء أمس، ملتقى الشراكة بين أرامكو السعودية والشركة السعودية للصناعات الأساسية (سابك) الذي تنظمه غرفة الشرقية بمقرها في الدمام، بمشاركة أكثر من 300 مستثمر.

وأكد رئيس مجلس إدارة الغرفة عبدالحكيم بن حمد العمار الخالدي أن الملتقى «يفتح الباب أمام المصانع الصغيرة للدخول في سلاسل الإمداد»، فيما أوضح النائب الأعلى للرئيس في أرامكو السعودية المهندس محمد بن يحيى القحطاني أن الشركة وقعت 45 اتفاقية مع موردين محليين العام الماضي.

وفي محافظة القطيف، قام سمو أمير المنطقة بجولة على مشروع تطوير حي المسورة بالعوامية، يرافقه محافظ القطيف خالد بن عبدالعزيز الصفيان، واطلع على سير العمل في المشروع الذي تنفذه أمانة المنطقة الشرقية.

كما وقعت جامعة الإمام عبدالرحمن بن فيصل مع شركة «سابك» اتفاقية لتمويل كرسي بحثي في الهندسة الكيميائية، وقعها عن الجامعة مديرها الدكتور عبدالله بن محمد الربيش.""",
    entities=[
        E("dammam", "Place", ["الدمام"], "Dammam", sub="City"),
        E("alyaum", "Organization", ["اليوم"], "Al-Yaum", sub="MediaOrganization", opt=True),
        E("saud", "Person", ["سعود بن نايف بن عبدالعزيز"], "Saud bin Nayef bin Abdulaziz"),
        E("eastern", "Place", ["المنطقة الشرقية", "المنطقة"], "Eastern Province", sub="Region"),
        E("aramco", "Organization", ["أرامكو السعودية", "الشركة"], "Saudi Aramco"),
        E("sabic", "Organization", ["الشركة السعودية للصناعات الأساسية", "سابك", "شركة «سابك»"], "SABIC"),
        E("chamber", "Organization", ["غرفة الشرقية", "الغرفة"], "Asharqia Chamber"),
        E("ammar", "Person", ["عبدالحكيم بن حمد العمار الخالدي"], "Abdulhakim bin Hamad al-Ammar al-Khalidi"),
        E("qahtani", "Person", ["محمد بن يحيى القحطاني"], "Mohammed bin Yahya al-Qahtani"),
        E("qatif", "Place", ["محافظة القطيف", "القطيف"], "Qatif", sub="City"),
        E("masoura", "Place", ["حي المسورة"], "al-Masoura", sub="City"),
        E("awamiya", "Place", ["العوامية"], "al-Awamiyah", sub="City"),
        E("safyan", "Person", ["خالد بن عبدالعزيز الصفيان"], "Khalid bin Abdulaziz al-Safyan"),
        E("amana", "Organization", ["أمانة المنطقة الشرقية"], "Eastern Province Municipality", sub="GovernmentBody"),
        E("iau", "Organization", ["جامعة الإمام عبدالرحمن بن فيصل", "الجامعة"], "Imam Abdulrahman bin Faisal University"),
        E("rubaish", "Person", ["عبدالله بن محمد الربيش"], "Abdullah bin Mohammed al-Rubaish"),
    ],
    relations=[
        R("leaderOf", "saud", "eastern"),
        R("leaderOf", "ammar", "chamber"),
        R("positionIn", "qahtani", "aramco"),
        R("leaderOf", "safyan", "qatif"),
        R("leaderOf", "rubaish", "iau"),
        R("locatedIn", "masoura", "awamiya"),
        R("locatedIn", "awamiya", "qatif", opt=True),
        R("locatedIn", "chamber", "dammam", opt=True),
        R("locatedIn", "dammam", "eastern", opt=True),
        R("locatedIn", "qatif", "eastern", opt=True),
    ],
    events=[
        V("Visit", agent=["saud"], place=[["masoura", "awamiya", "qatif"]], trigger="بجولة"),
    ],
))

# ---------------------------------------------------------------- Jazan (2017-11-06, Monday)
DOCS.append(dict(
    id="t40-sa-jazan-samtah", published="2017-11-06",
    text="""جازان - علي الحازمي

أعلن المتحدث الرسمي للدفاع المدني بمنطقة جازان النقيب يحيى بن علي القحطاني أن مقذوفا عسكريا أطلقته الميليشيات الحوثية من داخل الأراضي اليمنية سقط، ظهر أمس الأحد، على منزل في قرية الخشل التابعة لمحافظة صامطة، ما أدى إلى إصابة مقيم يمني بجروح طفيفة نقل على إثرها إلى مستشفى صامطة العام.

وقال القحطاني إن فرق الدفاع المدني باشرت الموقع وأخلت منزلين مجاورين، مؤكدا أنه «لا خسائر في الأرواح».

وفي وقت لاحق، زار صاحب السمو الملكي الأمير محمد بن ناصر بن عبدالعزيز أمير منطقة جازان المصاب في المستشفى، يرافقه وكيل الإمارة عبدالله بن سعد السويد، ومدير الشؤون الصحية بالمنطقة الدكتور أحمد بن يحيى الحكمي. ونقل سموه للمصاب تمنيات خادم الحرمين الشريفين وسمو ولي العهد بالشفاء العاجل.

إلى ذلك، أعلنت قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن أن الدفاعات الجوية الملكية السعودية اعترضت صاروخا باليستيا أطلق باتجاه محافظة أبو عريش، وأن طيران التحالف استهدف منصة الإطلاق في مديرية حرض بمحافظة حجة.""",
    entities=[
        E("jazan", "Place", ["منطقة جازان", "المنطقة"], "Jazan Region", sub="Region"),
        E("jazancity", "Place", ["جازان"], "Jazan", sub="City", opt=True),
        E("hazmi", "Person", ["علي الحازمي"], "Ali al-Hazmi", opt=True),
        E("cd", "Organization", ["الدفاع المدني"], "Civil Defense", sub="GovernmentBody"),
        E("yqahtani", "Person", ["يحيى بن علي القحطاني", "القحطاني"], "Yahya bin Ali al-Qahtani"),
        E("houthi", "Organization", ["الميليشيات الحوثية"], "Houthis", sub="ArmedGroup"),
        E("khashal", "Place", ["قرية الخشل"], "al-Khashal", sub="City"),
        E("samtah", "Place", ["محافظة صامطة"], "Samtah", sub="City"),
        E("hosp", "Organization", ["مستشفى صامطة العام", "المستشفى"], "Samtah General Hospital", alt=["Place"]),
        E("mbn", "Person", ["محمد بن ناصر بن عبدالعزيز"], "Mohammed bin Nasser bin Abdulaziz"),
        E("imara", "Organization", ["الإمارة"], "Jazan Principality", sub="GovernmentBody", opt=True),
        E("suwaid", "Person", ["عبدالله بن سعد السويد"], "Abdullah bin Saad al-Suwaid"),
        E("health", "Organization", ["الشؤون الصحية"], "Health Affairs", sub="GovernmentBody", opt=True),
        E("hakami", "Person", ["أحمد بن يحيى الحكمي"], "Ahmed bin Yahya al-Hakami"),
        E("salman", "Person", ["خادم الحرمين الشريفين"], "King Salman", qid="Q367825", opt=True),
        E("cp", "Person", ["ولي العهد"], "Crown Prince", opt=True),
        E("jfc", "Organization", ["قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن"], "Joint Forces Command",
          sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف"], "Coalition", sub="Coalition"),
        E("rsadf", "Organization", ["الدفاعات الجوية الملكية السعودية"], "Royal Saudi Air Defense", sub="ArmedForce"),
        E("abuarish", "Place", ["محافظة أبو عريش"], "Abu Arish", sub="City"),
        E("harad", "Place", ["مديرية حرض"], "Harad", sub="City"),
        E("hajjah", "Place", ["محافظة حجة"], "Hajjah Governorate", sub="Region"),
    ],
    relations=[
        R("spokespersonOf", "yqahtani", "cd"),
        R("leaderOf", "mbn", "jazan"),
        R("positionIn", "suwaid", "imara", opt=True),
        R("leaderOf", "hakami", "health", opt=True),
        R("locatedIn", "khashal", "samtah"),
        R("locatedIn", "harad", "hajjah"),
        R("locatedIn", "samtah", "jazan", opt=True),
        R("locatedIn", "hosp", "samtah", opt=True),
        R("partOf", "jfc", "coalition", opt=True),
    ],
    events=[
        V("Strike", agent=["houthi"], place=[["khashal", "samtah"]], date="2017-11-05", trigger="سقط"),
        V("Visit", agent=["mbn"], place=["hosp"], date="2017-11-05", trigger="زار"),
        V("Strike", agent=["coalition"], place=[["harad", "hajjah"]], trigger="استهدف"),
        V("Strike", opt=True, agent=["houthi"], place=["abuarish"]),
    ],
))

# ---------------------------------------------------------------- Jordan (2015-04-02, Thursday)
DOCS.append(dict(
    id="t40-jo-jaber", published="2015-04-02",
    text="""عمان - «الحياة»

أعلنت وزارة الداخلية الأردنية، أمس، إغلاق معبر جابر الحدودي مع سورية «حتى إشعار آخر»، بعد سيطرة فصائل من المعارضة السورية المسلحة على معبر نصيب المقابل في ريف درعا.

وقال وزير الداخلية حسين هزاع المجالي، في تصريحات للصحافيين في عمان، إن «الوزارة لن تسمح بعبور أي شاحنات حتى تتضح الصورة على الجانب الآخر»، مضيفا أن القوات المسلحة الأردنية عززت وجودها على طول الحدود الشمالية.

وفي المفرق، أكد ممثل المفوضية السامية للأمم المتحدة لشؤون اللاجئين في الأردن أندرو هاربر أن مخيم الزعتري يستقبل يوميا عشرات الأسر القادمة من الجنوب السوري، فيما أعلنت الهيئة الخيرية الأردنية الهاشمية توزيع ثلاثة آلاف طرد غذائي على اللاجئين في المخيم.

وكان العاهل الأردني الملك عبدالله الثاني قد استقبل في قصر الحسينية، الثلاثاء، رئيس هيئة الأركان المشتركة الفريق أول الركن مشعل محمد الزبن، واطلع منه على الأوضاع على الحدود مع سوريا والعراق. وقالت غرفة تجارة عمان إن إغلاق المعبر سيكلف التجار الأردنيين «ملايين الدنانير» شهريا.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الأردنية", "الوزارة"], "Jordanian Ministry of Interior",
          sub="GovernmentBody"),
        E("jaber", "Place", ["معبر جابر الحدودي", "المعبر"], "Jaber border crossing"),
        E("syria", "Place", ["سورية", "سوريا"], "Syria", qid="Q858", sub="Country"),
        E("opp", "Organization", ["المعارضة السورية المسلحة"], "Syrian armed opposition", sub="ArmedGroup", opt=True),
        E("nasib", "Place", ["معبر نصيب"], "Nasib border crossing"),
        E("daraa", "Place", ["درعا"], "Daraa", sub="City"),
        E("majali", "Person", ["حسين هزاع المجالي"], "Hussein Hazza al-Majali"),
        E("jaf", "Organization", ["القوات المسلحة الأردنية"], "Jordanian Armed Forces", sub="ArmedForce"),
        E("mafraq", "Place", ["المفرق"], "Mafraq", sub="City"),
        E("unhcr", "Organization", ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"], "UNHCR"),
        E("jordan", "Place", ["الأردن"], "Jordan", qid="Q810", sub="Country"),
        E("harper", "Person", ["أندرو هاربر"], "Andrew Harper"),
        E("zaatari", "Place", ["مخيم الزعتري", "المخيم"], "Zaatari camp"),
        E("jhco", "Organization", ["الهيئة الخيرية الأردنية الهاشمية"], "Jordan Hashemite Charity Organization"),
        E("abdullah", "Person", ["عبدالله الثاني", "الملك عبدالله الثاني"], "King Abdullah II"),
        E("husseiniya", "Place", ["قصر الحسينية"], "al-Husseiniya Palace", opt=True),
        E("jsc", "Organization", ["هيئة الأركان المشتركة"], "Joint Chiefs of Staff", sub="ArmedForce"),
        E("zaben", "Person", ["مشعل محمد الزبن"], "Mashal Mohammad al-Zaben"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("acc", "Organization", ["غرفة تجارة عمان"], "Amman Chamber of Commerce"),
    ],
    relations=[
        R("leaderOf", "majali", "moi"),
        R("positionIn", "majali", "jordan", opt=True),
        R("positionIn", "harper", "unhcr"),
        R("leaderOf", "abdullah", "jordan"),
        R("leaderOf", "zaben", "jsc"),
        R("locatedIn", "zaatari", "mafraq", opt=True),
        R("locatedIn", "nasib", "daraa"),
        R("partOf", "jsc", "jaf", opt=True),
    ],
    events=[
        V("Meeting", agent=["abdullah", "zaben"], place=["husseiniya"], date="2015-03-31", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Lebanon (2017-11-16, Thursday)
DOCS.append(dict(
    id="t40-lb-darfatwa", published="2017-11-16",
    text="""بيروت - «الشرق الأوسط»

زار القائم بأعمال سفارة المملكة العربية السعودية في لبنان وليد بخاري، أمس، دار الفتوى في بيروت، حيث التقى مفتي الجمهورية اللبنانية الشيخ عبد اللطيف دريان، وبحث معه الأوضاع العامة في البلاد.

وقال دريان بعد اللقاء إن «المملكة كانت وستبقى سندا للبنان واللبنانيين»، مشددا على أن دار الفتوى «مع الدولة ومؤسساتها الشرعية».

وفي السراي الحكومي، عقد وزير الداخلية والبلديات نهاد المشنوق اجتماعا لمجلس الأمن المركزي، حضره المدير العام لقوى الأمن الداخلي اللواء عماد عثمان، والمدير العام للأمن العام اللواء عباس إبراهيم. وأكد المشنوق أن الأجهزة الأمنية «في جهوزية تامة».

من جهة أخرى، أعلنت المديرية العامة للأمن العام توقيف سوري يدعى محمد خير الأحمد في مطار رفيق الحريري الدولي، بتهمة الانتماء إلى تنظيم «داعش»، قبل صعوده إلى طائرة متجهة إلى إسطنبول.

وفي طرابلس، أعلنت غرفة التجارة والصناعة والزراعة في طرابلس ولبنان الشمالي، برئاسة توفيق دبوسي، إطلاق مبادرة لدعم صغار التجار في أسواق المدينة.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("embassy", "Organization", ["سفارة المملكة العربية السعودية في لبنان"], "Saudi Embassy in Lebanon",
          sub="GovernmentBody"),
        E("saudi", "Place", ["المملكة العربية السعودية", "المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("lebanon", "Place", ["لبنان", "البلاد"], "Lebanon", qid="Q822", sub="Country"),
        E("bukhari", "Person", ["وليد بخاري"], "Walid Bukhari"),
        E("darfatwa", "Organization", ["دار الفتوى"], "Dar al-Fatwa"),
        E("derian", "Person", ["عبد اللطيف دريان", "دريان"], "Abdul Latif Derian"),
        E("serail", "Place", ["السراي الحكومي"], "Grand Serail", opt=True),
        E("machnouk", "Person", ["نهاد المشنوق", "المشنوق"], "Nohad Machnouk"),
        E("csc", "Organization", ["مجلس الأمن المركزي"], "Central Security Council", sub="GovernmentBody"),
        E("isf", "Organization", ["قوى الأمن الداخلي"], "Internal Security Forces", sub="GovernmentBody"),
        E("othman", "Person", ["عماد عثمان"], "Imad Othman"),
        E("gs", "Organization", ["الأمن العام", "المديرية العامة للأمن العام"], "General Security", sub="GovernmentBody"),
        E("ibrahim", "Person", ["عباس إبراهيم"], "Abbas Ibrahim"),
        E("ahmad", "Person", ["محمد خير الأحمد"], "Mohammad Kheir al-Ahmad"),
        E("airport", "Place", ["مطار رفيق الحريري الدولي"], "Beirut-Rafic Hariri International Airport"),
        E("is", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("tripoli", "Place", ["طرابلس", "المدينة"], "Tripoli (Lebanon)", sub="City"),
        E("chamber", "Organization", ["غرفة التجارة والصناعة والزراعة في طرابلس ولبنان الشمالي"],
          "Chamber of Commerce of Tripoli and North Lebanon"),
        E("dabboussi", "Person", ["توفيق دبوسي"], "Toufic Dabboussi"),
    ],
    relations=[
        R("positionIn", "bukhari", "embassy"),
        R("positionIn", "derian", "lebanon"),
        R("positionIn", "machnouk", "lebanon", opt=True),
        R("leaderOf", "othman", "isf"),
        R("leaderOf", "ibrahim", "gs"),
        R("leaderOf", "dabboussi", "chamber"),
        R("leaderOf", "derian", "darfatwa", opt=True),
        R("locatedIn", "darfatwa", "beirut", opt=True),
        R("memberOf", "ahmad", "is", opt=True),
    ],
    events=[
        V("Visit", agent=["bukhari"], place=[["darfatwa", "beirut"]], date="2017-11-15", trigger="زار"),
        V("Meeting", agent=["bukhari", "derian"], place=["beirut"], date="2017-11-15", trigger="التقى"),
        V("Arrest", agent=["gs"], target=["ahmad"], place=["airport"], trigger="توقيف"),
    ],
))

# ---------------------------------------------------------------- Iraq (2017-08-16, Wednesday)
DOCS.append(dict(
    id="t40-iq-arar", published="2017-08-16",
    text="""بغداد - «عكاظ»

أعلنت هيئة المنافذ الحدودية العراقية، أمس الثلاثاء، انتهاء الاستعدادات الفنية لإعادة فتح منفذ عرعر الحدودي مع المملكة العربية السعودية أمام حركة التجارة والمسافرين للمرة الأولى منذ عام 1990.

وقال رئيس الهيئة كاظم العقابي إن لجنة مشتركة من البلدين ستزور المنفذ الأسبوع المقبل، مضيفا أن «الجانب السعودي أبدى تعاونا كبيرا». وكان وزير الداخلية العراقي قاسم الأعرجي قد زار الرياض في تموز الماضي والتقى ولي العهد السعودي الأمير محمد بن سلمان.

وفي الأنبار، قال رئيس مجلس المحافظة صباح كرحوت إن قوات حرس الحدود العراقية انتشرت على الطريق الدولي الرابط بين الرطبة والمنفذ، فيما أعلن مسؤول في قيادة عمليات الأنبار يدعى العقيد حميد الدليمي اعتقال خمسة مشتبه بهم قرب بلدة النخيب.

من جهتها، أكدت القنصلية السعودية في البصرة، التي أعيد افتتاحها مؤخرا، أنها بدأت استقبال طلبات تأشيرات الحج من أهالي محافظات الجنوب.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("bpa", "Organization", ["هيئة المنافذ الحدودية العراقية", "الهيئة"], "Iraqi Border Ports Authority",
          sub="GovernmentBody"),
        E("arar", "Place", ["منفذ عرعر الحدودي", "المنفذ"], "Arar border crossing"),
        E("saudi", "Place", ["المملكة العربية السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("uqabi", "Person", ["كاظم العقابي"], "Kadhim al-Uqabi"),
        E("araji", "Person", ["قاسم الأعرجي"], "Qasim al-Araji"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("anbar", "Place", ["الأنبار"], "Anbar", sub="Region"),
        E("council", "Organization", ["مجلس المحافظة"], "Anbar Provincial Council", sub="GovernmentBody"),
        E("karhout", "Person", ["صباح كرحوت"], "Sabah Karhout"),
        E("guards", "Organization", ["قوات حرس الحدود العراقية"], "Iraqi Border Guards", sub="ArmedForce"),
        E("rutba", "Place", ["الرطبة"], "Rutba", sub="City"),
        E("aoc", "Organization", ["قيادة عمليات الأنبار"], "Anbar Operations Command", sub="ArmedForce"),
        E("dulaimi", "Person", ["حميد الدليمي"], "Hamid al-Dulaimi"),
        E("nukhaib", "Place", ["بلدة النخيب"], "Nukhayb", sub="City"),
        E("consulate", "Organization", ["القنصلية السعودية في البصرة"], "Saudi Consulate in Basra",
          sub="GovernmentBody"),
    ],
    relations=[
        R("leaderOf", "uqabi", "bpa"),
        R("positionIn", "mbs", "saudi", opt=True),
        R("leaderOf", "karhout", "council"),
        R("memberOf", "dulaimi", "aoc"),
    ],
    events=[
        V("Visit", agent=["araji"], place=["riyadh"], date="2017-07", trigger="زار"),
        V("Meeting", agent=["araji", "mbs"], place=["riyadh"], date="2017-07", trigger="والتقى"),
        V("Arrest", agent=["aoc"], place=["nukhaib"], trigger="اعتقال"),
    ],
))

# ---------------------------------------------------------------- Yemen (2018-04-22, Sunday)
DOCS.append(dict(
    id="t40-ye-ksrelief", published="2018-04-22",
    text="""عدن - واس

وقع مركز الملك سلمان للإغاثة والأعمال الإنسانية، أمس، في مدينة عدن، اتفاقية مع منظمة الصحة العالمية لتشغيل مستشفى الجمهورية التعليمي ومراكز لعلاج الكوليرا في محافظات لحج وأبين والضالع، بقيمة عشرة ملايين دولار.

ووقع الاتفاقية عن المركز مساعد المشرف العام للعمليات والبرامج الدكتور عقيل بن جمعان الغامدي، وعن المنظمة ممثلها في اليمن نيفيو زاغاريا. وأكد الغامدي أن المركز «ينفذ مشاريعه في جميع المحافظات اليمنية دون تمييز».

من جهته، ثمن محافظ عدن أحمد سالم ربيع دعم المملكة العربية السعودية، مشيرا إلى أن مستشفيات المحافظة «تعمل فوق طاقتها». وكان المشرف العام على المركز معالي الدكتور عبدالله بن عبدالعزيز الربيعة قد التقى في الرياض، الأسبوع الماضي، المدير الإقليمي لبرنامج الأغذية العالمي مهند هادي، وبحثا توسيع توزيع السلال الغذائية في محافظة الحديدة.

وفي مأرب، أعلنت السلطة المحلية وصول قافلة من 30 شاحنة تحمل مساعدات غذائية عبر منفذ الوديعة الحدودي.
(واس)""",
    entities=[
        E("aden", "Place", ["عدن", "مدينة عدن", "المحافظة"], "Aden", qid="Q131694", sub="City"),
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("ksrelief", "Organization", ["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "المركز"], "KSrelief"),
        E("who", "Organization", ["منظمة الصحة العالمية", "المنظمة"], "World Health Organization", qid="Q7817"),
        E("jumhuriya", "Organization", ["مستشفى الجمهورية التعليمي"], "al-Jumhuriya Teaching Hospital",
          alt=["Place"]),
        E("lahj", "Place", ["لحج"], "Lahij", sub="Region"),
        E("abyan", "Place", ["أبين"], "Abyan", sub="Region"),
        E("dhale", "Place", ["الضالع"], "al-Dhale", sub="Region"),
        E("ghamdi", "Person", ["عقيل بن جمعان الغامدي", "الغامدي"], "Aqeel bin Jamaan al-Ghamdi"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("zagaria", "Person", ["نيفيو زاغاريا"], "Nevio Zagaria"),
        E("rabie", "Person", ["أحمد سالم ربيع"], "Ahmed Salem Rabie"),
        E("saudi", "Place", ["المملكة العربية السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("rabeeah", "Person", ["عبدالله بن عبدالعزيز الربيعة"], "Abdullah bin Abdulaziz al-Rabeeah"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("wfp", "Organization", ["برنامج الأغذية العالمي"], "World Food Programme"),
        E("hadi", "Person", ["مهند هادي"], "Muhannad Hadi"),
        E("hodeidah", "Place", ["محافظة الحديدة"], "Hodeidah Governorate", sub="Region"),
        E("marib", "Place", ["مأرب"], "Marib", sub="City"),
        E("wadiah", "Place", ["منفذ الوديعة الحدودي"], "al-Wadiah border crossing"),
    ],
    relations=[
        R("positionIn", "ghamdi", "ksrelief"),
        R("positionIn", "zagaria", "who"),
        R("leaderOf", "rabie", "aden"),
        R("leaderOf", "rabeeah", "ksrelief"),
        R("positionIn", "hadi", "wfp"),
        R("locatedIn", "jumhuriya", "aden", opt=True),
    ],
    events=[
        V("Meeting", agent=["rabeeah", "hadi"], place=["riyadh"], date="2018-04", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Sudan (2016-10-25, Tuesday)
DOCS.append(dict(
    id="t40-sd-khartoum", published="2016-10-25",
    text="""الخرطوم - «المدينة»

بحث وزير الخارجية السوداني البروفيسور إبراهيم غندور مع سفير خادم الحرمين الشريفين لدى السودان علي بن حسن جعفر، في مقر الوزارة بالخرطوم أمس الاثنين، الترتيبات الخاصة بانعقاد اللجنة الوزارية السعودية السودانية المشتركة في الرياض الشهر المقبل.

وأوضح جعفر أن «حجم الاستثمارات السعودية في السودان تجاوز 11 مليار دولار»، مشيرا إلى أن الصندوق السعودي للتنمية يمول مشروع تعلية خزان الروصيرص ومشروعات لمياه الشرب في ولاية البحر الأحمر.

وفي السياق ذاته، أعلن اتحاد أصحاب العمل السوداني أن وفدا برئاسة سعود مأمون البرير سيشارك في منتدى الأعمال المصاحب لاجتماعات اللجنة، بالتنسيق مع مجلس الغرف السعودية.

وكان الرئيس السوداني عمر البشير قد استقبل في بيت الضيافة، السبت، رئيس مجلس إدارة الشركة السعودية للصناعات الأساسية يوسف بن عبدالله البنيان، وبحث معه فرص إقامة مصنع للأسمدة في مدينة بورتسودان.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("madina", "Organization", ["المدينة"], "Al-Madina", sub="MediaOrganization", opt=True),
        E("mofa", "Organization", ["الوزارة"], "Sudanese Ministry of Foreign Affairs", sub="GovernmentBody", opt=True),
        E("ghandour", "Person", ["إبراهيم غندور"], "Ibrahim Ghandour"),
        E("sudan", "Place", ["السودان"], "Sudan", qid="Q1049", sub="Country"),
        E("salman", "Person", ["خادم الحرمين الشريفين"], "King Salman", qid="Q367825", opt=True),
        E("jaafar", "Person", ["علي بن حسن جعفر", "جعفر"], "Ali bin Hassan Jaafar"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("sfd", "Organization", ["الصندوق السعودي للتنمية"], "Saudi Fund for Development", sub="GovernmentBody"),
        E("roseires", "Place", ["خزان الروصيرص"], "Roseires Dam"),
        E("redsea", "Place", ["ولاية البحر الأحمر"], "Red Sea State", sub="Region"),
        E("employers", "Organization", ["اتحاد أصحاب العمل السوداني"], "Sudanese Businessmen and Employers Federation"),
        E("burair", "Person", ["سعود مأمون البرير"], "Saud Mamoun al-Burair"),
        E("csc", "Organization", ["مجلس الغرف السعودية"], "Council of Saudi Chambers"),
        E("bashir", "Person", ["عمر البشير"], "Omar al-Bashir"),
        E("guesthouse", "Place", ["بيت الضيافة"], "State Guest House", opt=True),
        E("sabic", "Organization", ["الشركة السعودية للصناعات الأساسية"], "SABIC"),
        E("bunyan", "Person", ["يوسف بن عبدالله البنيان"], "Yousef bin Abdullah al-Benyan"),
        E("portsudan", "Place", ["مدينة بورتسودان", "بورتسودان"], "Port Sudan", sub="City"),
    ],
    relations=[
        R("positionIn", "ghandour", "sudan"),
        R("leaderOf", "ghandour", "mofa", opt=True),
        R("positionIn", "jaafar", "sudan", opt=True),
        R("leaderOf", "burair", "employers", opt=True),
        R("leaderOf", "bashir", "sudan"),
        R("leaderOf", "bunyan", "sabic"),
        R("locatedIn", "mofa", "khartoum", opt=True),
    ],
    events=[
        V("Meeting", agent=["ghandour", "jaafar"], place=["khartoum"], date="2016-10-24", trigger="بحث"),
        V("Meeting", agent=["bashir", "bunyan"], place=["guesthouse"], date="2016-10-22", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Morocco (2019-02-13, Wednesday)
DOCS.append(dict(
    id="t40-ma-rabat", published="2019-02-13",
    text="""الرباط - عبدالإله المنصوري

استقبل وزير الشؤون الخارجية والتعاون الدولي المغربي ناصر بوريطة، أمس الثلاثاء بالرباط، الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني، الذي يقوم بزيارة للمملكة المغربية تستمر يومين.

وأكد بوريطة، في مؤتمر صحافي مشترك، أن «المغرب يعتبر أمن الخليج جزءا من أمنه»، فيما قال الزياني إن الأمانة العامة للمجلس تعمل على «تفعيل الشراكة الاستراتيجية» مع الرباط.

وفي طنجة، أعلنت الوكالة الخاصة طنجة المتوسط أن ميناء طنجة المتوسط استقبل العام الماضي أكثر من ثلاثة ملايين حاوية، وقال مديرها العام رشيد الهواري إن شركات إماراتية وسعودية أبدت اهتماما بالاستثمار في المنطقة الحرة.

من جانب آخر، وقعت جامعة محمد الخامس بالرباط وجامعة الملك سعود اتفاقية لتبادل الأساتذة والباحثين، وقعها عن الجامعة المغربية رئيسها الدكتور محمد الغاشي، وعن الجامعة السعودية وكيلها للدراسات العليا الدكتور فهد بن عبدالرحمن العبيد.""",
    entities=[
        E("rabat", "Place", ["الرباط"], "Rabat", qid="Q3551", sub="City"),
        E("mansouri", "Person", ["عبدالإله المنصوري"], "Abdelilah al-Mansouri", opt=True),
        E("bourita", "Person", ["ناصر بوريطة", "بوريطة"], "Nasser Bourita"),
        E("morocco", "Place", ["المملكة المغربية", "المغرب"], "Morocco", qid="Q1028", sub="Country"),
        E("gcc", "Organization", ["مجلس التعاون لدول الخليج العربية", "المجلس"], "Gulf Cooperation Council"),
        E("zayani", "Person", ["عبداللطيف بن راشد الزياني", "الزياني"], "Abdullatif bin Rashid al-Zayani"),
        E("tangier", "Place", ["طنجة"], "Tangier", sub="City"),
        E("tmsa", "Organization", ["الوكالة الخاصة طنجة المتوسط"], "Tanger Med Special Agency"),
        E("port", "Place", ["ميناء طنجة المتوسط"], "Tanger Med port"),
        E("houari", "Person", ["رشيد الهواري"], "Rachid al-Houari"),
        E("um5", "Organization", ["جامعة محمد الخامس"], "Mohammed V University"),
        E("ksu", "Organization", ["جامعة الملك سعود"], "King Saud University"),
        E("ghachi", "Person", ["محمد الغاشي"], "Mohammed al-Ghachi"),
        E("obaid", "Person", ["فهد بن عبدالرحمن العبيد"], "Fahd bin Abdulrahman al-Obaid"),
    ],
    relations=[
        R("positionIn", "bourita", "morocco"),
        R("leaderOf", "zayani", "gcc"),
        R("leaderOf", "houari", "tmsa"),
        R("leaderOf", "ghachi", "um5"),
        R("positionIn", "obaid", "ksu"),
        R("locatedIn", "um5", "rabat", opt=True),
        R("locatedIn", "port", "tangier", opt=True),
    ],
    events=[
        V("Meeting", agent=["bourita", "zayani"], place=["rabat"], date="2019-02-12", trigger="استقبل"),
        V("Visit", agent=["zayani"], place=["morocco"], trigger="بزيارة"),
    ],
))
