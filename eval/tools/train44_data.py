"""Hand annotations of the forty-fourth training set (see eval/train44/README.md).

The entity helper's working set: persons named with no title before them (invented Arabic names and
transliterated Western, Russian, Turkish, Kurdish and Persian ones), names broken across a line,
foreign agencies and companies known by a transliterated name, militias and armed factions (كتائب،
ألوية، لواء، قوة، سرايا), local councils and municipalities, tribes, a country's authorities and
security services, ministries by their country's adjective, embassies, organisations whose name holds
a place; neighbourhoods, villages, crossings, camps, provinces after محافظة/ولاية/إقليم, rivers and
mountain areas; nominal mentions (البلاد، الحركة، التنظيم، الجماعة); and words that are not names
(nouns with pronoun suffixes, nisba adjectives alone, weather words). Persons are invented except
well-known public figures. Written and annotated before the extractor was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Deir ez-Zor (2017-09-14, Thursday)
DOCS.append(dict(
    id="t44-sy-deirezzor", published="2017-09-14",
    text="""دير الزور - (رويترز):

قالت «قوات سوريا الديمقراطية» إن مقاتليها سيطروا، أمس الأربعاء، على المنطقة الصناعية شرقي نهر الفرات قرب مدينة دير الزور، بعد معارك مع تنظيم «داعش» دارت وسط عاصفة غبارية حجبت الرؤية.

وقالت روجين محمد، الناطقة باسم الحملة، إن مقاتلين من عشيرة الشعيطات ومن «مجلس دير الزور العسكري» يشاركون في المعارك، مضيفة أن التنظيم انسحب من قريتي الصالحية وجديد عكيدات. وأشارت روجين إلى أن مئات العائلات وصلت إلى مخيم عين عيسى في ريف الرقة.

في المقابل، قال إيغور كوناشينكوف، المتحدث باسم وزارة الدفاع الروسية، إن طائرات روسية قصفت مواقع للتنظيم قرب بلدة الميادين، فيما ذكرت الوكالة العربية السورية للأنباء (سانا) أن وحدات من «لواء القدس» تقاتل إلى جانب الجيش السوري في حي الجفرة.

ونقل «المرصد السوري لحقوق الإنسان» عن مصادر محلية أن قادة التنظيم نقلوا عائلاتهم إلى مدينة البوكمال قرب الحدود العراقية. وقال فراس
الحمد، وهو ناشط من الميادين، إن «الناس محاصرون بين نارين، فلا طريق آمنا إلى الشمال».""",
    entities=[
        E("deir", "Place", ["مدينة دير الزور", "دير الزور"], "Deir ez-Zor", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية"], "Syrian Democratic Forces", sub="ArmedGroup"),
        E("indzone", "Place", ["المنطقة الصناعية"], "Industrial zone (Deir ez-Zor)", opt=True),
        E("euphrates", "Place", ["نهر الفرات"], "Euphrates", sub="Region"),
        E("is", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("rojin", "Person", ["روجين محمد", "روجين"], "Rojin Mohammed"),
        E("shaitat", "Organization", ["عشيرة الشعيطات"], "al-Shaitat tribe"),
        E("dzmc", "Organization", ["مجلس دير الزور العسكري"], "Deir ez-Zor Military Council", sub="ArmedGroup"),
        E("salihiya", "Place", ["الصالحية"], "al-Salihiya", sub="City"),
        E("jdid", "Place", ["جديد عكيدات"], "Jdid Ekaydat", sub="City"),
        E("ainissa", "Place", ["مخيم عين عيسى"], "Ain Issa camp"),
        E("raqqa", "Place", ["الرقة"], "Raqqa", sub="Region"),
        E("konash", "Person", ["إيغور كوناشينكوف"], "Igor Konashenkov"),
        E("rumod", "Organization", ["وزارة الدفاع الروسية"], "Russian Ministry of Defence", sub="GovernmentBody"),
        E("mayadin", "Place", ["بلدة الميادين", "الميادين"], "al-Mayadin", sub="City"),
        E("sana", "Organization", ["الوكالة العربية السورية للأنباء", "سانا"], "SANA", sub="MediaOrganization"),
        E("quds", "Organization", ["لواء القدس"], "Liwa al-Quds", sub="ArmedGroup"),
        E("saa", "Organization", ["الجيش السوري"], "Syrian Arab Army", sub="ArmedForce"),
        E("jafra", "Place", ["حي الجفرة"], "al-Jafra", sub="City"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("bukamal", "Place", ["مدينة البوكمال"], "Abu Kamal", sub="City"),
        E("firas", "Person", ["فراس الحمد"], "Firas al-Hamad"),
    ],
    relations=[
        R("spokespersonOf", "konash", "rumod"),
        R("locatedIn", "ainissa", "raqqa"),
        R("locatedIn", "indzone", "deir", opt=True),
        R("affiliatedWith", "quds", "saa", opt=True),
        R("spokespersonOf", "rojin", "sdf", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["sdf"], target=["is"], place=[["indzone", "deir"]], date="2017-09-13"),
        V("Strike", target=["is"], place=["mayadin"], trigger="قصفت"),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul (2016-11-24, Thursday)
DOCS.append(dict(
    id="t44-iq-mosul", published="2016-11-24",
    text="""أربيل - (أ ف ب):

قال ضباط عراقيون إن قوات جهاز مكافحة الإرهاب اقتحمت، أمس الأربعاء، حيي الانتصار والقدس في الساحل الأيسر لمدينة الموصل، في حين واصلت فصائل «الحشد الشعبي» تقدمها نحو مطار تلعفر غرب المدينة.

وأوضح ماهر الساعدي، وهو ضابط في الجهاز، أن مقاتلي «داعش» يستخدمون الأنفاق والسيارات المفخخة لإبطاء الهجوم، وأضاف الساعدي أن رجاله «يتقدمون ببطء لحماية المدنيين».

وقال هفال شيرزاد، المسؤول في حكومة إقليم كردستان، إن أكثر من 70 ألف نازح وصلوا إلى مخيمي الخازر وحسن شام شرقي الموصل، مشيرا إلى أن أمطارا غزيرة أغرقت خيام النازحين ليل الثلاثاء.

وفي بغداد، أعلنت «كتائب حزب الله» أن مقاتليها سيطروا على قرية تل عبطة جنوب تلعفر، فيما قال جون دورفمان، المتحدث باسم التحالف الدولي، إن طائرات التحالف دمرت الجسر الرابع على نهر دجلة لقطع طرق إمداد التنظيم.

ونقلت وكالة «سبوتنيك» الروسية عن فلاديمير
شامانوف، رئيس لجنة الدفاع في مجلس الدوما، أن موسكو «تتابع عن كثب» معركة المدينة.""",
    entities=[
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب", "الجهاز"], "Counter Terrorism Service", sub="ArmedForce"),
        E("intisar", "Place", ["الانتصار"], "al-Intisar", sub="City"),
        E("qudsn", "Place", ["القدس"], "al-Quds (Mosul)", sub="City"),
        E("leftbank", "Place", ["الساحل الأيسر"], "Left bank of Mosul", sub="Region", opt=True),
        E("mosul", "Place", ["مدينة الموصل", "الموصل", "المدينة"], "Mosul", sub="City"),
        E("pmf", "Organization", ["الحشد الشعبي", "الحشد"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("tafarap", "Place", ["مطار تلعفر"], "Tal Afar airport"),
        E("tafar", "Place", ["تلعفر"], "Tal Afar", sub="City"),
        E("saadi", "Person", ["ماهر الساعدي", "الساعدي"], "Maher al-Saadi"),
        E("is", "Organization", ["داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("havel", "Person", ["هفال شيرزاد"], "Havel Shirzad"),
        E("krg", "Organization", ["حكومة إقليم كردستان"], "Kurdistan Regional Government", sub="GovernmentBody"),
        E("khazir", "Place", ["الخازر"], "Khazir camp"),
        E("hasansham", "Place", ["حسن شام"], "Hasan Sham camp"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("kh", "Organization", ["كتائب حزب الله"], "Kata'ib Hezbollah", sub="ArmedGroup"),
        E("abta", "Place", ["قرية تل عبطة"], "Tal Abta", sub="City"),
        E("dorfman", "Person", ["جون دورفمان"], "John Dorfman"),
        E("coal", "Organization", ["التحالف الدولي", "التحالف"], "International coalition", sub="Coalition"),
        E("tigris", "Place", ["نهر دجلة"], "Tigris", sub="Region"),
        E("sputnik", "Organization", ["وكالة «سبوتنيك»", "سبوتنيك"], "Sputnik", sub="MediaOrganization"),
        E("shamanov", "Person", ["فلاديمير شامانوف"], "Vladimir Shamanov"),
        E("defcom", "Organization", ["لجنة الدفاع"], "Duma Defence Committee", sub="GovernmentBody"),
        E("duma", "Organization", ["مجلس الدوما"], "State Duma", sub="GovernmentBody"),
        E("moscow", "Place", ["موسكو"], "Moscow", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("memberOf", "saadi", "cts"),
        R("positionIn", "havel", "krg"),
        R("spokespersonOf", "dorfman", "coal"),
        R("leaderOf", "shamanov", "defcom"),
        R("partOf", "defcom", "duma", opt=True),
        R("memberOf", "shamanov", "duma", opt=True),
        R("locatedIn", "intisar", "mosul"),
        R("locatedIn", "qudsn", "mosul"),
        R("locatedIn", "khazir", "mosul", opt=True),
        R("locatedIn", "hasansham", "mosul", opt=True),
        R("locatedIn", "abta", "tafar", opt=True),
        R("locatedIn", "tafarap", "tafar", opt=True),
    ],
    events=[
        V("Attack", agent=["cts"], place=[["intisar", "qudsn", "mosul"]], date="2016-11-23", trigger="اقتحمت"),
        V("Strike", agent=["coal"], place=["tigris"], trigger="دمرت"),
        V("Attack", opt=True, agent=["kh"], target=["is"], place=["abta"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Taiz (2018-03-08, Thursday)
DOCS.append(dict(
    id="t44-ye-taiz", published="2018-03-08",
    text="""تعز - (الأناضول):

قتل 12 مسلحا حوثيا على الأقل، أمس الأربعاء، في معارك مع قوات الجيش اليمني في مديرية مقبنة غربي محافظة تعز، حسبما أفاد مصدر عسكري.

وقال عبده الشرعبي، المتحدث باسم محور تعز، إن «اللواء 17 مشاة» استعاد ثلاث تلال قرب قرية الهاملي، وإن مسلحي جماعة الحوثيين فروا باتجاه مديرية موزع.

وأكد ناصر الحميقاني، وهو قائد ميداني في ألوية العمالقة، أن قواته تقدمت على الساحل الغربي نحو مديرية الخوخة، فيما قال عارف الصبري، عضو المجلس المحلي في مديرية المسراخ، إن قذائف أطلقتها الجماعة سقطت على سوق شعبي وأصابت سبعة مدنيين.

من جهة أخرى، قال شيوخ من قبيلة المقاطرة إن أبناءها «لن يسمحوا بمرور السلاح عبر أراضيهم». وفي عدن، أعلنت الحكومة اليمنية أن منفذ الوديعة الحدودي مع السعودية سيبقى مفتوحا أمام المسافرين، بينما نقلت وكالة «أسوشيتد برس» عن مسؤولين في منظمة «أطباء بلا حدود» أن مستشفى المنظمة في مدينة تعز استقبل 40 جريحا خلال أسبوع.""",
    entities=[
        E("taiz", "Place", ["تعز", "مدينة تعز"], "Taiz", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش اليمني"], "Yemeni Army", sub="ArmedForce"),
        E("maqbana", "Place", ["مديرية مقبنة"], "Maqbana District", sub="Region"),
        E("taizgov", "Place", ["محافظة تعز"], "Taiz Governorate", sub="Region"),
        E("sharabi", "Person", ["عبده الشرعبي"], "Abdo al-Sharabi"),
        E("axis", "Organization", ["محور تعز"], "Taiz Military Axis", sub="ArmedForce"),
        E("brig17", "Organization", ["اللواء 17 مشاة"], "17th Infantry Brigade", sub="ArmedForce"),
        E("hamili", "Place", ["قرية الهاملي"], "al-Hamili", sub="City"),
        E("houthi", "Organization", ["جماعة الحوثيين", "الجماعة"], "Houthis (Ansar Allah)", sub="ArmedGroup"),
        E("mawza", "Place", ["مديرية موزع"], "Mawza District", sub="Region"),
        E("humaiqani", "Person", ["ناصر الحميقاني"], "Nasser al-Humaiqani"),
        E("amaliqa", "Organization", ["ألوية العمالقة"], "Giants Brigades", sub="ArmedGroup"),
        E("westcoast", "Place", ["الساحل الغربي"], "West coast (Yemen)", sub="Region", opt=True),
        E("khokha", "Place", ["مديرية الخوخة"], "al-Khawkhah District", sub="Region"),
        E("sabri", "Person", ["عارف الصبري"], "Aref al-Sabri"),
        E("council", "Organization", ["المجلس المحلي في مديرية المسراخ"], "al-Misrakh local council",
          sub="GovernmentBody"),
        E("maqatira", "Organization", ["قبيلة المقاطرة"], "al-Maqatirah tribe"),
        E("aden", "Place", ["عدن"], "Aden", qid="Q131694", sub="City"),
        E("gov", "Organization", ["الحكومة اليمنية"], "Government of Yemen", sub="GovernmentBody"),
        E("wadiah", "Place", ["منفذ الوديعة"], "al-Wadiah border crossing"),
        E("ksa", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("ap", "Organization", ["وكالة «أسوشيتد برس»", "أسوشيتد برس"], "Associated Press", sub="MediaOrganization"),
        E("msf", "Organization", ["منظمة «أطباء بلا حدود»", "أطباء بلا حدود", "المنظمة"], "Doctors Without Borders"),
    ],
    relations=[
        R("spokespersonOf", "sharabi", "axis"),
        R("memberOf", "humaiqani", "amaliqa"),
        R("memberOf", "sabri", "council"),
        R("locatedIn", "maqbana", "taizgov"),
        R("partOf", "brig17", "axis", opt=True),
    ],
    events=[
        V("Killing", agent=["army"], target=["houthi"], place=[["maqbana", "taizgov"]], date="2018-03-07",
          trigger="قتل"),
        V("Attack", opt=True, agent=["army"], target=["houthi"], place=[["maqbana", "taizgov"]], date="2018-03-07"),
        V("Strike", agent=["houthi"], trigger="قذائف"),
        V("Attack", opt=True, agent=["houthi"]),
        V("Attack", opt=True, agent=["amaliqa"], place=["khokha"]),
    ],
))

# ---------------------------------------------------------------- Libya, Derna (2018-06-21, Thursday)
DOCS.append(dict(
    id="t44-ly-derna", published="2018-06-21",
    text="""بنغازي - (رويترز):

أعلن «الجيش الوطني الليبي»، أمس الأربعاء، سيطرته على حي المغار وسط مدينة درنة بعد معارك عنيفة مع مسلحي «قوة حماية درنة»، وقال أحمد المسماري، المتحدث باسم الجيش، إن «كتيبة طارق بن زياد» تطارد آخر المسلحين في منطقة الفتائح شرقي المدينة.

وأوضح عوض بوشعالة، عضو المجلس البلدي لدرنة، أن مئات العائلات نزحت نحو بلدة القبة، مضيفا أن «المياه والكهرباء مقطوعة منذ أسبوعين».

وفي طرابلس، دعا المجلس الرئاسي لحكومة الوفاق الوطني إلى فتح ممرات آمنة، فيما قالت السفارة الإيطالية في طرابلس إن شركة «إيني» الإيطالية ستواصل عملها في حقل الفيل النفطي رغم التوتر.

من جهته، قال مصطفى صنع الله، رئيس المؤسسة الوطنية للنفط، إن الهجمات على منطقة الهلال النفطي كلفت البلاد مئات الملايين من الدولارات، بينما نقلت وكالة «إنترفاكس» عن ليف دينغوف، رئيس مجموعة الاتصال الروسية بشأن ليبيا، أن موسكو تجري اتصالات «مع جميع الأطراف».""",
    entities=[
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش"], "Libyan National Army", sub="ArmedForce"),
        E("maghar", "Place", ["حي المغار"], "al-Maghar", sub="City"),
        E("derna", "Place", ["مدينة درنة", "درنة", "المدينة"], "Derna", sub="City"),
        E("dpf", "Organization", ["قوة حماية درنة"], "Derna Protection Force", sub="ArmedGroup"),
        E("mismari", "Person", ["أحمد المسماري"], "Ahmed al-Mismari"),
        E("tbz", "Organization", ["كتيبة طارق بن زياد"], "Tariq Ben Ziyad Brigade", sub="ArmedGroup"),
        E("fataih", "Place", ["منطقة الفتائح"], "al-Fataih", sub="City"),
        E("boushaala", "Person", ["عوض بوشعالة"], "Awad Boushaala"),
        E("council", "Organization", ["المجلس البلدي لدرنة"], "Derna Municipal Council", sub="GovernmentBody"),
        E("qubba", "Place", ["بلدة القبة"], "al-Qubba", sub="City"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council", sub="GovernmentBody"),
        E("gna", "Organization", ["حكومة الوفاق الوطني"], "Government of National Accord", sub="GovernmentBody"),
        E("embassy", "Organization", ["السفارة الإيطالية في طرابلس", "السفارة الإيطالية"], "Embassy of Italy in Tripoli",
          sub="GovernmentBody"),
        E("eni", "Organization", ["شركة «إيني»", "إيني"], "Eni"),
        E("elephant", "Place", ["حقل الفيل"], "El Feel oil field"),
        E("sanalla", "Person", ["مصطفى صنع الله"], "Mustafa Sanalla"),
        E("noc", "Organization", ["المؤسسة الوطنية للنفط"], "National Oil Corporation"),
        E("crescent", "Place", ["منطقة الهلال النفطي", "الهلال النفطي"], "Oil Crescent", sub="Region"),
        E("libya", "Place", ["البلاد"], "Libya", qid="Q1016", sub="Country", opt=True),
        E("interfax", "Organization", ["وكالة «إنترفاكس»", "إنترفاكس"], "Interfax", sub="MediaOrganization"),
        E("dengov", "Person", ["ليف دينغوف"], "Lev Dengov"),
        E("contact", "Organization", ["مجموعة الاتصال الروسية بشأن ليبيا"], "Russian contact group on Libya"),
        E("moscow", "Place", ["موسكو"], "Moscow", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("spokespersonOf", "mismari", "lna"),
        R("memberOf", "boushaala", "council"),
        R("leaderOf", "sanalla", "noc"),
        R("leaderOf", "dengov", "contact"),
        R("partOf", "pc", "gna", opt=True),
        R("partOf", "tbz", "lna", opt=True),
        R("locatedIn", "maghar", "derna"),
        R("locatedIn", "fataih", "derna"),
        R("locatedIn", "embassy", "tripoli", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["lna"], target=["dpf"], place=[["maghar", "derna"]], date="2018-06-20"),
        V("MilitaryOperation", opt=True, agent=["lna"], target=["dpf"], place=["derna"]),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2018-02-15, Thursday)
DOCS.append(dict(
    id="t44-eg-sinai", published="2018-02-15",
    text="""العريش - (أ ش أ):

قالت القوات المسلحة المصرية في بيان، أمس الأربعاء، إن قواتها قتلت 16 مسلحا واعتقلت 30 مشتبها بهم في مناطق متفرقة بشمال سيناء ووسطها، في إطار العملية الشاملة التي بدأت الأسبوع الماضي.

وقال سالم أبو عيطة، وهو أحد مشايخ قبيلة الترابين، إن أبناء القبيلة يساعدون الجيش في تمشيط قرى جنوب مدينة الشيخ زويد، مؤكدا أن «ولاية سيناء» فقدت معظم مخابئها في منطقة جبل الحلال.

وأوضح كريم
عبد الفتاح، وهو طالب في جامعة العريش، أن الدراسة معلقة منذ أيام، وأن الطرق إلى مطار العريش ومعبر رفح مغلقة، في حين قالت وزارة الداخلية المصرية إن قوات الأمن صادرت أسلحة في حي المساعيد غرب المدينة.

ونقلت وكالة «بلومبرغ» عن مسؤولين أن شركة «أباتشي» الأميركية لم تغير خططها في الصحراء الغربية، بينما قالت صحيفة «هآرتس» الإسرائيلية إن التنسيق الأمني بين البلدين «في أعلى مستوياته». وقال دانيال شابيرو، السفير الأميركي السابق لدى إسرائيل، إن المعركة «ستطول».""",
    entities=[
        E("arish", "Place", ["العريش", "المدينة"], "Arish", sub="City"),
        E("mena", "Organization", ["أ ش أ"], "Middle East News Agency", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["القوات المسلحة المصرية", "الجيش"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("nsinai", "Place", ["شمال سيناء"], "North Sinai", sub="Region"),
        E("abueita", "Person", ["سالم أبو عيطة"], "Salem Abu Eita"),
        E("tarabin", "Organization", ["قبيلة الترابين", "القبيلة"], "Tarabin tribe"),
        E("zuweid", "Place", ["مدينة الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("wsinai", "Organization", ["ولاية سيناء"], "Sinai Province", sub="ArmedGroup"),
        E("halal", "Place", ["منطقة جبل الحلال", "جبل الحلال"], "Jabal al-Halal", sub="Region"),
        E("karim", "Person", ["كريم عبد الفتاح"], "Karim Abdel Fattah"),
        E("univ", "Organization", ["جامعة العريش"], "Arish University"),
        E("airport", "Place", ["مطار العريش"], "Arish airport"),
        E("rafah", "Place", ["معبر رفح"], "Rafah Border Crossing"),
        E("moi", "Organization", ["وزارة الداخلية المصرية"], "Egyptian Ministry of Interior", sub="GovernmentBody"),
        E("security", "Organization", ["قوات الأمن"], "Egyptian security forces", sub="ArmedForce", opt=True),
        E("masaid", "Place", ["حي المساعيد"], "al-Masaid", sub="City"),
        E("bloomberg", "Organization", ["وكالة «بلومبرغ»", "بلومبرغ"], "Bloomberg", sub="MediaOrganization"),
        E("apache", "Organization", ["شركة «أباتشي»", "أباتشي"], "Apache Corporation"),
        E("wdesert", "Place", ["الصحراء الغربية"], "Western Desert (Egypt)", sub="Region"),
        E("haaretz", "Organization", ["صحيفة «هآرتس»", "هآرتس"], "Haaretz", sub="MediaOrganization"),
        E("shapiro", "Person", ["دانيال شابيرو"], "Daniel Shapiro"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country"),
    ],
    relations=[
        R("memberOf", "abueita", "tarabin"),
        R("locatedIn", "masaid", "arish"),
        R("positionIn", "shapiro", "israel", opt=True),
        R("locatedIn", "halal", "nsinai", opt=True),
    ],
    events=[
        V("Killing", agent=["army"], place=["nsinai"], date="2018-02", trigger="قتلت"),
        V("Arrest", agent=["army"], place=["nsinai"], date="2018-02", trigger="اعتقلت"),
        V("MilitaryOperation", opt=True, agent=["army"], place=["nsinai"], date="2018-02"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal (2017-07-27, Thursday)
DOCS.append(dict(
    id="t44-lb-arsal", published="2017-07-27",
    text="""بيروت - (رويترز):

قال «حزب الله» اللبناني، أمس الأربعاء، إن مقاتليه سيطروا على معظم جرود عرسال على الحدود مع سوريا بعد معارك مع «هيئة تحرير الشام»، فيما بدأت مفاوضات غير مباشرة لإخراج من تبقى من مسلحي الهيئة نحو محافظة إدلب.

وأوضح رامي الفليطي، عضو المجلس البلدي في بلدة عرسال، أن آلاف النازحين السوريين في مخيمات وادي حميد «يعيشون في خوف»، وأن حرارة الصيف تزيد معاناتهم. وأضاف الفليطي أن فصيل «سرايا أهل الشام» أبدى استعداده لتسليم سلاحه.

في غضون ذلك، قالت المديرية العامة للأمن العام إن عناصرها أوقفوا سوريين اثنين في منطقة البقاع يشتبه بانتمائهما إلى الهيئة، بينما أكد الجيش اللبناني أن وحداته تنتشر في محيط البلدة ولا تشارك في القتال.

وقال فيليب لازاريني، منسق الأمم المتحدة للشؤون الإنسانية في لبنان، إن المنظمة الدولية «مستعدة لتقديم المساعدة»، فيما دعت السفارة الأميركية في بيروت رعاياها إلى تجنب السفر إلى البقاع. ونقلت قناة «المنار» عن مصدر في الحزب أن مقاتليه استعادوا تلة الصوانة ومرتفعات قرنة شعبة المنصورة.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("hzb", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("jaroud", "Place", ["جرود عرسال"], "Jurud Arsal", sub="Region"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("hts", "Organization", ["هيئة تحرير الشام", "الهيئة"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("idlib", "Place", ["محافظة إدلب"], "Idlib Governorate", sub="Region"),
        E("fliti", "Person", ["رامي الفليطي", "الفليطي"], "Rami al-Fliti"),
        E("council", "Organization", ["المجلس البلدي في بلدة عرسال"], "Arsal municipal council", sub="GovernmentBody"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال", "البلدة"], "Arsal", sub="City"),
        E("hmeid", "Place", ["وادي حميد"], "Wadi Hmeid", sub="Region"),
        E("saraya", "Organization", ["سرايا أهل الشام"], "Saraya Ahl al-Sham", sub="ArmedGroup"),
        E("gs", "Organization", ["المديرية العامة للأمن العام"], "General Security", sub="GovernmentBody"),
        E("bekaa", "Place", ["منطقة البقاع", "البقاع"], "Beqaa", sub="Region"),
        E("laf", "Organization", ["الجيش اللبناني"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("lazz", "Person", ["فيليب لازاريني"], "Philippe Lazzarini"),
        E("un", "Organization", ["الأمم المتحدة", "المنظمة الدولية"], "United Nations", qid="Q1065"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("usemb", "Organization", ["السفارة الأميركية في بيروت"], "US Embassy in Beirut", sub="GovernmentBody"),
        E("manar", "Organization", ["قناة «المنار»", "المنار"], "Al-Manar", sub="MediaOrganization"),
        E("sawana", "Place", ["تلة الصوانة"], "Tallet al-Sawana", opt=True),
        E("qurna", "Place", ["قرنة شعبة المنصورة"], "Qurnat Shuabat al-Mansoura", opt=True),
    ],
    relations=[
        R("memberOf", "fliti", "council"),
        R("positionIn", "lazz", "un"),
        R("positionIn", "lazz", "lebanon", opt=True),
        R("locatedIn", "jaroud", "arsal", opt=True),
        R("locatedIn", "usemb", "beirut", opt=True),
        R("affiliatedWith", "manar", "hzb", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["hzb"], target=["hts"], place=["jaroud"], date="2017-07-26"),
        V("Arrest", agent=["gs"], place=["bekaa"], trigger="أوقفوا"),
    ],
))

# ---------------------------------------------------------------- Gaza and the West Bank (2018-05-17, Thursday)
DOCS.append(dict(
    id="t44-ps-gaza", published="2018-05-17",
    text="""غزة - (أ ف ب):

قال أشرف القدرة، المتحدث باسم وزارة الصحة في غزة، إن شابا توفي، أمس الأربعاء، متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي شرق حي الشجاعية، ليرتفع عدد القتلى منذ يوم الاثنين إلى 62.

وأعلنت «سرايا القدس»، الجناح المسلح لحركة الجهاد الإسلامي، أن طائرات إسرائيلية قصفت موقعا لها قرب مخيم البريج وسط القطاع، فيما قالت «كتائب عز الدين القسام» إنها «لن تسمح باستمرار العدوان».

وأوضح محمود
أبو طه، وهو تاجر من مدينة رفح، أن إسرائيل أغلقت معبر كرم أبو سالم التجاري، بينما أعلنت السلطات المصرية فتح معبر رفح طوال شهر رمضان.

وفي الضفة الغربية، قال نادي الأسير الفلسطيني إن قوات الاحتلال اعتقلت 14 فلسطينيا بينهم طالبان من جامعة بيرزيت، خلال مداهمات في مخيم جنين وبلدة بيت أمر شمال الخليل.

من جهته، دافع جيسون غرينبلات، مبعوث الرئيس الأميركي إلى الشرق الأوسط، عن افتتاح السفارة الأميركية في القدس، واتهم حركة «حماس» بدفع الشبان نحو السياج. وردت الحركة بأن واشنطن «شريكة في الجريمة».""",
    entities=[
        E("gaza", "Place", ["غزة", "القطاع"], "Gaza Strip", sub="Region"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("qidra", "Person", ["أشرف القدرة"], "Ashraf al-Qidra"),
        E("moh", "Organization", ["وزارة الصحة في غزة"], "Gaza Health Ministry", sub="GovernmentBody"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "قوات الاحتلال"], "Israel Defense Forces", sub="ArmedForce"),
        E("shujaiya", "Place", ["حي الشجاعية"], "Shuja'iyya", sub="City"),
        E("saraya", "Organization", ["سرايا القدس"], "al-Quds Brigades", sub="ArmedGroup"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي"], "Palestinian Islamic Jihad", sub="ArmedGroup"),
        E("bureij", "Place", ["مخيم البريج"], "Bureij camp", sub="City"),
        E("qassam", "Organization", ["كتائب عز الدين القسام"], "Izz ad-Din al-Qassam Brigades", sub="ArmedGroup"),
        E("abutaha", "Person", ["محمود أبو طه"], "Mahmoud Abu Taha"),
        E("rafahc", "Place", ["مدينة رفح"], "Rafah", sub="City"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("kerem", "Place", ["معبر كرم أبو سالم"], "Kerem Shalom crossing"),
        E("egauth", "Organization", ["السلطات المصرية"], "Egyptian authorities", sub="GovernmentBody"),
        E("rafahx", "Place", ["معبر رفح"], "Rafah Border Crossing"),
        E("wb", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("club", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoners' Club"),
        E("birzeit", "Organization", ["جامعة بيرزيت"], "Birzeit University"),
        E("jenin", "Place", ["مخيم جنين"], "Jenin camp", sub="City"),
        E("beitummar", "Place", ["بلدة بيت أمر"], "Beit Ummar", sub="City"),
        E("hebron", "Place", ["الخليل"], "Hebron", sub="City"),
        E("greenblatt", "Person", ["جيسون غرينبلات"], "Jason Greenblatt"),
        E("me", "Place", ["الشرق الأوسط"], "Middle East", sub="Region", opt=True),
        E("usemb", "Organization", ["السفارة الأميركية"], "US Embassy in Jerusalem", sub="GovernmentBody"),
        E("jerusalem", "Place", ["القدس"], "Jerusalem", sub="City", opt=True),
        E("hamas", "Organization", ["حركة «حماس»", "حماس", "الحركة"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("spokespersonOf", "qidra", "moh"),
        R("partOf", "saraya", "pij"),
        R("partOf", "qassam", "hamas", opt=True),
        R("locatedIn", "moh", "gaza", opt=True),
        R("locatedIn", "bureij", "gaza"),
        R("locatedIn", "beitummar", "hebron"),
        R("locatedIn", "shujaiya", "gaza", opt=True),
    ],
    events=[
        V("Killing", agent=["idf"], place=["shujaiya"], trigger="توفي"),
        V("Strike", agent=["israel"], target=["saraya"], place=[["bureij", "gaza"]], trigger="قصفت"),
        V("Arrest", agent=["idf"], place=["jenin", "beitummar"], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Turkey, Diyarbakir (2016-08-18, Thursday)
DOCS.append(dict(
    id="t44-tr-diyarbakir", published="2016-08-18",
    text="""أنقرة - (رويترز):

قتل ثلاثة من رجال الشرطة التركية وأصيب 11 آخرون، أمس الأربعاء، في انفجار سيارة مفخخة استهدف مركزا أمنيا في قضاء تشنار بولاية ديار بكر جنوب شرقي البلاد، ونسبت السلطات الهجوم إلى «حزب العمال الكردستاني».

وقال مراد أوزتورك، والي ديار بكر بالوكالة، إن المهاجمين فروا نحو قرية يوكاري كونيك، مضيفا أن «عملية التمشيط ما زالت جارية». ونقلت وكالة «دوغان» للأنباء عن شهود أن الانفجار سمع في حي باغلار وسط المدينة.

من جهتها، قالت وزارة الداخلية التركية إن الطائرات الحربية قصفت مواقع للحزب في جبال قنديل شمالي العراق وفي ولاية هكاري، فيما أدانت نائبة حزب الشعوب الديمقراطي فيليز
بولوت الهجوم، لكنها اتهمت الحكومة بـ«إغلاق باب الحوار».

وقال جميل بايك، أحد قادة المنظمة، في مقابلة مع قناة «ستيرك» الكردية، إن مقاتليه «سيواصلون الرد»، بينما قالت صحيفة «حرييت» إن الأمن التركي اعتقل 20 شخصا في إسطنبول ووان يشتبه بصلتهم بالمنظمة.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة التركية"], "Turkish police", sub="GovernmentBody"),
        E("cinar", "Place", ["قضاء تشنار"], "Çınar", sub="Region"),
        E("diyarbakir", "Place", ["ولاية ديار بكر", "ديار بكر", "المدينة"], "Diyarbakır", sub="Region"),
        E("turkey", "Place", ["البلاد"], "Turkey", qid="Q43", sub="Country", opt=True),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب", "المنظمة"], "PKK", qid="Q152220",
          sub="ArmedGroup"),
        E("ozturk", "Person", ["مراد أوزتورك"], "Murat Öztürk"),
        E("konuk", "Place", ["قرية يوكاري كونيك"], "Yukarı Konuk", sub="City"),
        E("dogan", "Organization", ["وكالة «دوغان» للأنباء", "دوغان"], "Doğan News Agency", sub="MediaOrganization"),
        E("baglar", "Place", ["حي باغلار"], "Bağlar", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية التركية"], "Turkish Ministry of Interior", sub="GovernmentBody"),
        E("qandil", "Place", ["جبال قنديل"], "Qandil Mountains", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("hakkari", "Place", ["ولاية هكاري"], "Hakkâri Province", sub="Region"),
        E("hdp", "Organization", ["حزب الشعوب الديمقراطي"], "Peoples' Democratic Party", sub="PoliticalOrganization"),
        E("bulut", "Person", ["فيليز بولوت"], "Filiz Bulut"),
        E("gov", "Organization", ["الحكومة"], "Government of Turkey", sub="GovernmentBody", opt=True),
        E("bayik", "Person", ["جميل بايك"], "Cemil Bayık"),
        E("sterk", "Organization", ["قناة «ستيرك»", "ستيرك"], "Sterk TV", sub="MediaOrganization"),
        E("hurriyet", "Organization", ["صحيفة «حرييت»", "حرييت"], "Hürriyet", sub="MediaOrganization"),
        E("security", "Organization", ["الأمن التركي"], "Turkish security forces", sub="GovernmentBody"),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("van", "Place", ["وان"], "Van", sub="City"),
    ],
    relations=[
        R("leaderOf", "ozturk", "diyarbakir"),
        R("memberOf", "bulut", "hdp"),
        R("memberOf", "bayik", "pkk"),
        R("leaderOf", "bayik", "pkk", opt=True),
        R("locatedIn", "cinar", "diyarbakir"),
        R("locatedIn", "baglar", "diyarbakir"),
        R("locatedIn", "qandil", "iraq"),
    ],
    events=[
        V("Attack", agent=["pkk"], target=["police"], place=[["cinar", "diyarbakir"]], date="2016-08-17",
          trigger="انفجار"),
        V("Killing", agent=["pkk"], target=["police"], place=[["cinar", "diyarbakir"]], date="2016-08-17",
          trigger="قتل"),
        V("Strike", target=["pkk"], place=["qandil", "hakkari"], trigger="قصفت"),
        V("Arrest", agent=["security"], place=["istanbul", "van"], trigger="اعتقل"),
    ],
))

# ---------------------------------------------------------------- Afghanistan and Iran (2018-10-11, Thursday)
DOCS.append(dict(
    id="t44-af-helmand", published="2018-10-11",
    text="""كابول - (أ ف ب):

قتل مرشح للانتخابات البرلمانية، أمس الأربعاء، في انفجار استهدف مكتبه في مدينة لشكر كاه عاصمة ولاية هلمند جنوب أفغانستان، وأعلنت حركة «طالبان» مسؤوليتها عن الهجوم.

وقال عمر زواك، المتحدث باسم حاكم الولاية، إن المرشح صالح محمد
أتشكزاي قتل مع ستة من أنصاره، وإن 12 شخصا أصيبوا. وكتب ذبيح الله مجاهد، المتحدث باسم الحركة، على «تويتر» أن مقاتليها «سيستهدفون كل من يشارك في العملية الانتخابية».

وأوضح عبد البديع صياد، رئيس اللجنة المستقلة للانتخابات، أن الاقتراع سيجري في موعده في 20 أكتوبر، فيما نقلت وكالة «باجواك» الأفغانية عن مسؤولين أن مديرية ناد علي شهدت اشتباكات عنيفة.

وفي غرب البلاد، قال غلام رضا نوري، المسؤول في حرس الحدود الإيراني، إن آلاف الأفغان يعبرون يوميا من معبر إسلام قلعة في ولاية هرات عائدين من إيران بسبب انهيار العملة، بينما ذكرت وكالة «إرنا» أن طهران رحلت 1500 شخص خلال الأسبوع.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("lashkar", "Place", ["مدينة لشكر كاه", "لشكر كاه"], "Lashkar Gah", sub="City"),
        E("helmand", "Place", ["ولاية هلمند", "الولاية"], "Helmand Province", sub="Region"),
        E("afg", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("taliban", "Organization", ["حركة «طالبان»", "طالبان", "الحركة"], "Taliban", qid="Q42418",
          sub="ArmedGroup"),
        E("zwak", "Person", ["عمر زواك"], "Omar Zwak"),
        E("achakzai", "Person", ["صالح محمد أتشكزاي"], "Saleh Mohammad Achakzai"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("twitter", "Organization", ["تويتر"], "Twitter", opt=True),
        E("sayad", "Person", ["عبد البديع صياد"], "Abdul Badi Sayad"),
        E("iec", "Organization", ["اللجنة المستقلة للانتخابات"], "Independent Election Commission",
          sub="GovernmentBody"),
        E("pajhwok", "Organization", ["وكالة «باجواك»", "باجواك"], "Pajhwok Afghan News", sub="MediaOrganization"),
        E("nadali", "Place", ["مديرية ناد علي"], "Nad Ali District", sub="Region"),
        E("nouri", "Person", ["غلام رضا نوري"], "Gholamreza Nouri"),
        E("border", "Organization", ["حرس الحدود الإيراني"], "Iranian Border Guard", sub="ArmedForce"),
        E("islamqala", "Place", ["معبر إسلام قلعة"], "Islam Qala crossing"),
        E("herat", "Place", ["ولاية هرات"], "Herat Province", sub="Region"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("irna", "Organization", ["وكالة «إرنا»", "إرنا"], "IRNA", sub="MediaOrganization"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("spokespersonOf", "mujahid", "taliban"),
        R("leaderOf", "sayad", "iec"),
        R("memberOf", "nouri", "border"),
        R("locatedIn", "lashkar", "helmand"),
        R("locatedIn", "helmand", "afg"),
        R("locatedIn", "islamqala", "herat"),
        R("locatedIn", "nadali", "helmand", opt=True),
    ],
    events=[
        V("Attack", agent=["taliban"], target=["achakzai"], place=[["lashkar", "helmand"]], date="2018-10-10",
          trigger="انفجار"),
        V("Killing", agent=["taliban"], target=["achakzai"], place=[["lashkar", "helmand"]], date="2018-10-10",
          trigger="قتل"),
        V("Attack", opt=True, place=["nadali"]),
    ],
))

# ---------------------------------------------------------------- Sudan, Khartoum (2019-06-06, Thursday)
DOCS.append(dict(
    id="t44-sd-khartoum", published="2019-06-06",
    text="""الخرطوم - (رويترز):

قالت «لجنة أطباء السودان المركزية» إن عدد القتلى منذ فض الاعتصام أمام مقر القيادة العامة للجيش ارتفع إلى 108، بعد انتشال 40 جثة من نهر النيل، أمس الأربعاء، فيما نفى المجلس العسكري الانتقالي هذه الأرقام.

وقال هشام
البدوي، وهو طبيب متطوع في مستشفى رويال كير، إن عناصر من «قوات الدعم السريع» اقتحموا المستشفى ليل الثلاثاء واعتدوا على الجرحى. وأضاف البدوي أن الشوارع في حي بري وحي الديم «خالية تماما» وسط موجة حر خانقة.

من جهته، دعا «تجمع المهنيين السودانيين» إلى عصيان مدني شامل، وقالت سارة عبد الجليل، القيادية في التجمع، إن قوى إعلان الحرية والتغيير «لن تعود إلى التفاوض».

وفي أم درمان، أفاد شهود بأن قوات الأمن أغلقت جسر شمبات، بينما أعلن الاتحاد الأفريقي تعليق عضوية السودان، وقالت السفارة البريطانية في الخرطوم إنها «قلقة للغاية» مما يجري في البلاد.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("cdc", "Organization", ["لجنة أطباء السودان المركزية"], "Central Committee of Sudan Doctors"),
        E("gcq", "Organization", ["القيادة العامة للجيش"], "Army General Command", sub="ArmedForce", opt=True),
        E("nile", "Place", ["نهر النيل"], "Nile", sub="Region"),
        E("tmc", "Organization", ["المجلس العسكري الانتقالي"], "Transitional Military Council", sub="GovernmentBody"),
        E("badawi", "Person", ["هشام البدوي", "البدوي"], "Hisham al-Badawi"),
        E("royal", "Place", ["مستشفى رويال كير", "المستشفى"], "Royal Care Hospital", alt=["Organization"]),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", sub="ArmedForce"),
        E("burri", "Place", ["حي بري"], "Burri", sub="City"),
        E("deim", "Place", ["حي الديم"], "al-Deim", sub="City"),
        E("spa", "Organization", ["تجمع المهنيين السودانيين", "التجمع"], "Sudanese Professionals Association"),
        E("sara", "Person", ["سارة عبد الجليل"], "Sara Abdelgalil"),
        E("ffc", "Organization", ["قوى إعلان الحرية والتغيير"], "Forces of Freedom and Change",
          sub="PoliticalOrganization"),
        E("omdurman", "Place", ["أم درمان"], "Omdurman", sub="City"),
        E("shambat", "Place", ["جسر شمبات"], "Shambat Bridge", opt=True),
        E("au", "Organization", ["الاتحاد الأفريقي"], "African Union"),
        E("sudan", "Place", ["السودان", "البلاد"], "Sudan", qid="Q1049", sub="Country"),
        E("ukemb", "Organization", ["السفارة البريطانية في الخرطوم", "السفارة البريطانية"], "British Embassy in Khartoum",
          sub="GovernmentBody"),
        E("security", "Organization", ["قوات الأمن"], "Sudanese security forces", sub="ArmedForce", opt=True),
    ],
    relations=[
        R("memberOf", "sara", "spa"),
        R("memberOf", "badawi", "royal", opt=True),
        R("memberOf", "spa", "ffc", opt=True),
        R("locatedIn", "burri", "khartoum", opt=True),
        R("locatedIn", "ukemb", "khartoum", opt=True),
    ],
    events=[
        V("Attack", agent=["rsf"], target=["royal"], date="2019-06-04", trigger="اقتحموا"),
    ],
))
