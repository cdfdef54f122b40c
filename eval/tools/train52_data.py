"""Hand annotations of the fifty-second training set (see eval/train52/README.md).

The entities helper's working set: persons named with no title before them (after قال، أكد، روى، نقلت
عن), foreign names transliterated, names broken across a line, agencies and channels with transliterated
names (إنترفاكس، سبوتنيك، تسنيم، رووداو، نوفا), ministries named by a country adjective (وزارة الخارجية
الروسية), security bodies (جهاز الأمن الفيدرالي، شعبة المعلومات، مخابرات الجيش، جهاز مكافحة الإرهاب), beside
nisbas, brands and words with clitics that are not persons. Persons are invented except well-known public
figures. Written and annotated before the extractor was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Russia, Moscow (2017-04-12, Wednesday)
DOCS.append(dict(
    id="t52-ru-moscow", published="2017-04-12",
    text="""موسكو - (رويترز):

اتهمت وزارة الخارجية الروسية، اليوم الأربعاء، واشنطن بتقويض جهود التسوية في سوريا، وقالت ماريا زاخاروفا، المتحدثة باسم الوزارة، إن الضربة الصاروخية الأمريكية على قاعدة الشعيرات الجوية «انتهاك صارخ للقانون الدولي».

ونقلت وكالة «إنترفاكس» عن سيرغي لافروف قوله إن موسكو لن تقبل «أي إنذار» من نظيره الأمريكي ريكس تيلرسون، الذي يصل إلى موسكو مساء اليوم في أول زيارة له.

وفي سياق متصل، أعلن جهاز الأمن الفيدرالي الروسي أنه اعتقل في مدينة سانت بطرسبرغ ثلاثة أشخاص من آسيا الوسطى يشتبه في صلتهم بتفجير مترو المدينة، الذي أوقع 14 قتيلا الأسبوع الماضي. وقال المحامي دميتري كوزنتسوف لوكالة «سبوتنيك» إن أحد الموقوفين «لم يكن يعرف منفذ الهجوم».

من جانبه، رأى إيغور
ماتفييف، رئيس لجنة الدفاع في مجلس الاتحاد، أن الولايات المتحدة «تلعب بالنار»، فيما أكد ماتفييف أن أنظمة الدفاع الجوي السورية ستعزز خلال أسابيع.""",
    entities=[
        E("moscow", "Place", ["موسكو"], "Moscow", qid="Q649", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("mofa", "Organization", ["وزارة الخارجية الروسية", "الوزارة"], "Ministry of Foreign Affairs of Russia",
          sub="GovernmentBody"),
        E("washington", "Place", ["واشنطن"], "Washington", sub="City", alt=["Organization"]),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("zakharova", "Person", ["ماريا زاخاروفا"], "Maria Zakharova"),
        E("shayrat", "Place", ["قاعدة الشعيرات الجوية"], "Shayrat Airbase", opt=True),
        E("interfax", "Organization", ["وكالة «إنترفاكس»", "إنترفاكس"], "Interfax", sub="MediaOrganization"),
        E("lavrov", "Person", ["سيرغي لافروف"], "Sergey Lavrov"),
        E("tillerson", "Person", ["ريكس تيلرسون"], "Rex Tillerson"),
        E("fsb", "Organization", ["جهاز الأمن الفيدرالي الروسي"], "Federal Security Service", sub="GovernmentBody"),
        E("spb", "Place", ["مدينة سانت بطرسبرغ", "المدينة"], "Saint Petersburg", sub="City"),
        E("centralasia", "Place", ["آسيا الوسطى"], "Central Asia", sub="Region", opt=True),
        E("kuznetsov", "Person", ["دميتري كوزنتسوف"], "Dmitry Kuznetsov"),
        E("sputnik", "Organization", ["وكالة «سبوتنيك»", "سبوتنيك"], "Sputnik", sub="MediaOrganization"),
        E("matveev", "Person", ["إيغور ماتفييف", "ماتفييف"], "Igor Matveev"),
        E("council", "Organization", ["مجلس الاتحاد"], "Federation Council", sub="GovernmentBody"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
    ],
    relations=[
        R("spokespersonOf", "zakharova", "mofa"),
        R("memberOf", "matveev", "council", opt=True),
        R("locatedIn", "shayrat", "syria", opt=True),
    ],
    events=[
        V("Strike", opt=True, place=["shayrat"]),
        V("Visit", opt=True, agent=["tillerson"], place=["moscow"], date="2017-04-12"),
        V("Arrest", agent=["fsb"], place=["spb"], date="2017-04"),
        V("Attack", place=["spb"], date="2017-04"),
        V("Killing", opt=True, place=["spb"], date="2017-04"),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul (2016-11-08, Tuesday)
DOCS.append(dict(
    id="t52-iq-mosul", published="2016-11-08",
    text="""بغداد - (أ ف ب):

أوضح كريم الزبيدي، الضابط في جهاز مكافحة الإرهاب، أن قواته استعادت، أمس الاثنين، حي الكرامة شرقي مدينة الموصل بعد معارك عنيفة مع مسلحي تنظيم «داعش»، وأضاف الزبيدي أن «العدو يستخدم السيارات المفخخة والقناصين».

وفي حديث لشبكة «رووداو» الإعلامية، قال هوشيار
عبد الله، وهو ضابط في قوات البيشمركة، إن مقاتليه صدوا هجوما على بلدة بعشيقة. وأكد عبد الله أن طائرات التحالف الدولي قصفت مواقع التنظيم قرب بلدة تلكيف.

من جهة أخرى، ذكرت خلية الإعلام الحربي في بيان أن جهاز المخابرات العراقي اعتقل في قضاء الحويجة جنوب غربي كركوك قياديا في التنظيم يدعى أبو عبد الرحمن الشمري، كان مسؤولا عن «ديوان الحسبة».

وقال ماجد الخزرجي، الباحث في الشؤون الأمنية، إن «المعركة ستطول»، مضيفا أن فصائل الحشد الشعبي تتقدم غربي الموصل باتجاه قضاء تلعفر، وسط مخاوف الأهالي.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("zubaidi", "Person", ["كريم الزبيدي", "الزبيدي"], "Karim al-Zubaidi"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter Terrorism Service", sub="ArmedForce"),
        E("karama", "Place", ["حي الكرامة"], "al-Karama", sub="City"),
        E("mosul", "Place", ["مدينة الموصل", "الموصل"], "Mosul", qid="Q160734", sub="City"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("rudaw", "Organization", ["شبكة «رووداو» الإعلامية", "رووداو"], "Rudaw", sub="MediaOrganization"),
        E("hoshyar", "Person", ["هوشيار عبد الله", "عبد الله"], "Hoshyar Abdullah"),
        E("peshmerga", "Organization", ["قوات البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("bashiqa", "Place", ["بلدة بعشيقة"], "Bashiqa", sub="City"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("telkeppe", "Place", ["بلدة تلكيف"], "Tel Keppe", sub="City"),
        E("cell", "Organization", ["خلية الإعلام الحربي"], "War Media Cell", sub="GovernmentBody"),
        E("ins", "Organization", ["جهاز المخابرات العراقي"], "Iraqi National Intelligence Service",
          sub="GovernmentBody"),
        E("hawija", "Place", ["قضاء الحويجة"], "Hawija", sub="City"),
        E("kirkuk", "Place", ["كركوك"], "Kirkuk", sub="City"),
        E("shammari", "Person", ["أبو عبد الرحمن الشمري"], "Abu Abd al-Rahman al-Shammari"),
        E("hisba", "Organization", ["ديوان الحسبة"], "Diwan al-Hisba", opt=True),
        E("khazraji", "Person", ["ماجد الخزرجي"], "Majid al-Khazraji"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedGroup"),
        E("talafar", "Place", ["قضاء تلعفر"], "Tal Afar", sub="City"),
    ],
    relations=[
        R("memberOf", "zubaidi", "cts"),
        R("memberOf", "hoshyar", "peshmerga"),
        R("memberOf", "shammari", "isis"),
        R("locatedIn", "karama", "mosul"),
        R("locatedIn", "hawija", "kirkuk"),
        R("partOf", "hisba", "isis", opt=True),
    ],
    events=[
        V("MilitaryOperation", opt=True, agent=["cts"], place=[["karama", "mosul"]], date="2016-11-07"),
        V("Attack", opt=True, target=["peshmerga"], place=["bashiqa"]),
        V("Strike", agent=["coalition"], target=["isis"], place=["telkeppe"]),
        V("Arrest", agent=["ins"], target=["shammari"], place=[["hawija", "kirkuk"]]),
        V("MilitaryOperation", opt=True, agent=["pmf"], place=["talafar", "mosul"]),
    ],
))

# ---------------------------------------------------------------- Lebanon, Tripoli (2015-01-20, Tuesday)
DOCS.append(dict(
    id="t52-lb-tripoli", published="2015-01-20",
    text="""بيروت - (الأناضول):

أوقفت شعبة المعلومات في قوى الأمن الداخلي، فجر اليوم الثلاثاء، شخصين في مدينة طرابلس شمالي لبنان يشتبه في تورطهما في التفجير المزدوج الذي استهدف مقهى في منطقة جبل محسن قبل عشرة أيام، وأسفر عن مقتل تسعة أشخاص.

وقال نهاد المشنوق إن الموقوفين «على صلة بجبهة النصرة»، مضيفا أن التحقيقات كشفت أن الانتحاريين، وسيم الأيوبي وعمر الحلبي، جندتهما الجبهة عبر وسيط في بلدة عرسال.

وذكرت الوكالة الوطنية للإعلام أن مخابرات الجيش داهمت منزلا في عرسال، واعتقلت المدعو خالد الحجيري، الملقب «أبو عائشة»، وصادرت أسلحة وأحزمة ناسفة.

في المقابل، اعتبر سمير
الضناوي، القيادي في تيار المستقبل، أن «الخطة الأمنية في طرابلس نجحت»، فيما طالب علي فضة، رئيس الحزب العربي الديمقراطي، بـ«تحقيق شفاف» يكشف المحرضين.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("branch", "Organization", ["شعبة المعلومات"], "Information Branch", sub="GovernmentBody"),
        E("isf", "Organization", ["قوى الأمن الداخلي"], "Internal Security Forces", sub="GovernmentBody"),
        E("tripoli", "Place", ["مدينة طرابلس", "طرابلس"], "Tripoli, Lebanon", sub="City"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("jabal", "Place", ["منطقة جبل محسن"], "Jabal Mohsen", sub="City"),
        E("machnouk", "Person", ["نهاد المشنوق"], "Nohad Machnouk"),
        E("nusra", "Organization", ["جبهة النصرة", "الجبهة"], "al-Nusra Front", sub="ArmedGroup"),
        E("ayoubi", "Person", ["وسيم الأيوبي"], "Wassim al-Ayoubi"),
        E("halabi", "Person", ["عمر الحلبي"], "Omar al-Halabi"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال"], "Arsal", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency", sub="MediaOrganization"),
        E("armyintel", "Organization", ["مخابرات الجيش"], "Lebanese Army Intelligence", sub="GovernmentBody"),
        E("hujairi", "Person", ["خالد الحجيري", "أبو عائشة"], "Khaled al-Hujairi"),
        E("danawi", "Person", ["سمير الضناوي"], "Samir al-Danawi"),
        E("future", "Organization", ["تيار المستقبل"], "Future Movement", sub="PoliticalOrganization"),
        E("fodda", "Person", ["علي فضة"], "Ali Fodda"),
        E("adp", "Organization", ["الحزب العربي الديمقراطي"], "Arab Democratic Party", sub="PoliticalOrganization"),
    ],
    relations=[
        R("partOf", "branch", "isf"),
        R("locatedIn", "tripoli", "lebanon"),
        R("memberOf", "danawi", "future"),
        R("leaderOf", "fodda", "adp"),
        R("memberOf", "ayoubi", "nusra", opt=True),
        R("memberOf", "halabi", "nusra", opt=True),
    ],
    events=[
        V("Arrest", agent=["branch"], place=[["tripoli", "lebanon"]], date="2015-01-20"),
        V("Attack", place=["jabal"], date="2015-01-10", trigger="التفجير"),
        V("Killing", place=["jabal"], date="2015-01-10"),
        V("Arrest", agent=["armyintel"], target=["hujairi"], place=["arsal"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Hodeidah (2018-06-14, Thursday)
DOCS.append(dict(
    id="t52-ye-hodeidah", published="2018-06-14",
    text="""عدن - (د ب أ):

أعلنت وزارة الخارجية الإماراتية، اليوم الخميس، أن قوات التحالف العربي بقيادة السعودية بدأت «عملية تحرير» مدينة الحديدة غربي اليمن، وقال أنور قرقاش في تغريدة إن الهدف «تجفيف مصادر تمويل الحوثيين».

وأوضح صالح الشبواني، المتحدث باسم ألوية العمالقة، أن مقاتلي الألوية سيطروا على مديرية الدريهمي جنوب المدينة، وأضاف الشبواني أن 30 مسلحا من جماعة أنصار الله قتلوا في المعارك.

في المقابل، نقلت قناة «المسيرة» الناطقة باسم الجماعة عن عبده الحذيفي قوله إن «طائرات العدوان» شنت 25 غارة على مديريتي التحيتا وزبيد.

وفي عدن، ذكرت قوات الحزام الأمني أنها ضبطت خلية من تنظيم القاعدة في جزيرة العرب بحي المنصورة، وأكد نبيل
العولقي، وهو ضابط في القوات، أن الخلية خططت لاغتيال قيادات جنوبية.""",
    entities=[
        E("aden", "Place", ["عدن"], "Aden", qid="Q131694", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("mofa", "Organization", ["وزارة الخارجية الإماراتية"], "Ministry of Foreign Affairs of the UAE",
          sub="GovernmentBody"),
        E("coalition", "Organization", ["التحالف العربي"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("hodeidah", "Place", ["مدينة الحديدة", "المدينة"], "Hodeidah", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("gargash", "Person", ["أنور قرقاش"], "Anwar Gargash"),
        E("houthis", "Organization", ["الحوثيين", "جماعة أنصار الله", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("shabwani", "Person", ["صالح الشبواني", "الشبواني"], "Saleh al-Shabwani"),
        E("giants", "Organization", ["ألوية العمالقة", "الألوية"], "Giants Brigades", sub="ArmedGroup"),
        E("durayhimi", "Place", ["مديرية الدريهمي"], "al-Durayhimi", sub="City"),
        E("masirah", "Organization", ["قناة «المسيرة»", "المسيرة"], "al-Masirah", sub="MediaOrganization"),
        E("hudhaifi", "Person", ["عبده الحذيفي"], "Abdo al-Hudhaifi"),
        E("tuhayta", "Place", ["التحيتا"], "al-Tuhayta", sub="City"),
        E("zabid", "Place", ["زبيد"], "Zabid", sub="City"),
        E("belt", "Organization", ["قوات الحزام الأمني", "القوات"], "Security Belt Forces", sub="ArmedForce"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب"], "AQAP", sub="ArmedGroup"),
        E("mansoura", "Place", ["حي المنصورة"], "al-Mansoura", sub="City"),
        E("awlaki", "Person", ["نبيل العولقي"], "Nabil al-Awlaki"),
    ],
    relations=[
        R("leaderOf", "saudi", "coalition"),
        R("locatedIn", "hodeidah", "yemen"),
        R("spokespersonOf", "shabwani", "giants"),
        R("locatedIn", "durayhimi", "hodeidah"),
        R("affiliatedWith", "masirah", "houthis"),
        R("memberOf", "awlaki", "belt"),
        R("locatedIn", "mansoura", "aden"),
    ],
    events=[
        V("MilitaryOperation", agent=["coalition"], place=[["hodeidah", "yemen"]], date="2018-06"),
        V("Killing", target=["houthis"], place=["durayhimi"], trigger="قتلوا"),
        V("Attack", opt=True, agent=["giants"], place=["durayhimi"]),
        V("Strike", place=["tuhayta", "zabid"], trigger="غارة"),
        V("Arrest", agent=["belt"], target=["aqap"], place=[["mansoura", "aden"]]),
    ],
))

# ---------------------------------------------------------------- Iran, Tehran (2019-05-09, Thursday)
DOCS.append(dict(
    id="t52-ir-tehran", published="2019-05-09",
    text="""طهران - (رويترز):

أعلنت وزارة الاستخبارات الإيرانية، اليوم الخميس، تفكيك «شبكة تجسس» تعمل لصالح وكالة المخابرات المركزية الأمريكية في محافظات خوزستان وكرمانشاه وأصفهان، واعتقال 17 من عناصرها.

وبحسب وكالة «تسنيم» القريبة من الحرس الثوري، فإن أحد الموقوفين، ويدعى بهروز
نادري، كان يعمل في شركة «بتروبارس» النفطية. ونقلت الوكالة عن مسعود كريمي، المسؤول في الوزارة، قوله إن الشبكة «كانت تجمع معلومات عن المنشآت النووية».

من جهته، قال محمد جواد ظريف، خلال زيارة إلى نيويورك، إن بلاده «لن تتفاوض تحت الضغط»، وأضاف ظريف أن الرئيس الأمريكي دونالد ترامب «يخضع لتأثير فريق الحرب».

وفي سياق آخر، ذكرت وكالة «إرنا» الرسمية أن مسلحين من جماعة «جيش العدل» هاجموا دورية لحرس الحدود في منطقة ميرجاوة بمحافظة سيستان وبلوشستان، ما أسفر عن مقتل ثلاثة من عناصرها.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الاستخبارات الإيرانية", "الوزارة"], "Ministry of Intelligence of Iran",
          sub="GovernmentBody"),
        E("cia", "Organization", ["وكالة المخابرات المركزية الأمريكية"], "CIA", sub="GovernmentBody"),
        E("khuzestan", "Place", ["خوزستان"], "Khuzestan", sub="Region"),
        E("kermanshah", "Place", ["كرمانشاه"], "Kermanshah", sub="Region"),
        E("isfahan", "Place", ["أصفهان"], "Isfahan", sub="Region"),
        E("tasnim", "Organization", ["وكالة «تسنيم»", "تسنيم", "الوكالة"], "Tasnim", sub="MediaOrganization"),
        E("irgc", "Organization", ["الحرس الثوري"], "IRGC", sub="ArmedForce"),
        E("naderi", "Person", ["بهروز نادري"], "Behrouz Naderi"),
        E("petropars", "Organization", ["شركة «بتروبارس» النفطية", "بتروبارس"], "Petropars"),
        E("karimi", "Person", ["مسعود كريمي"], "Masoud Karimi"),
        E("zarif", "Person", ["محمد جواد ظريف", "ظريف"], "Mohammad Javad Zarif"),
        E("newyork", "Place", ["نيويورك"], "New York", sub="City"),
        E("trump", "Person", ["دونالد ترامب"], "Donald Trump"),
        E("irna", "Organization", ["وكالة «إرنا»", "إرنا"], "IRNA", sub="MediaOrganization"),
        E("jaish", "Organization", ["جماعة «جيش العدل»", "جيش العدل"], "Jaish al-Adl", sub="ArmedGroup"),
        E("border", "Organization", ["حرس الحدود"], "Iranian Border Guard", sub="ArmedForce", opt=True),
        E("mirjaveh", "Place", ["منطقة ميرجاوة"], "Mirjaveh", sub="City"),
        E("sistan", "Place", ["محافظة سيستان وبلوشستان"], "Sistan and Baluchestan", sub="Region"),
    ],
    relations=[
        R("affiliatedWith", "tasnim", "irgc"),
        R("memberOf", "karimi", "moi"),
        R("memberOf", "naderi", "petropars", opt=True),
        R("locatedIn", "mirjaveh", "sistan"),
    ],
    events=[
        V("Arrest", agent=["moi"], place=["khuzestan", "kermanshah", "isfahan"], date="2019-05"),
        V("Visit", opt=True, agent=["zarif"], place=["newyork"]),
        V("Attack", agent=["jaish"], target=["border"], place=[["mirjaveh", "sistan"]], trigger="هاجموا"),
        V("Killing", agent=["jaish"], target=["border"], place=[["mirjaveh", "sistan"]]),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2017-11-25, Saturday)
DOCS.append(dict(
    id="t52-eg-rawda", published="2017-11-25",
    text="""القاهرة - (أ ف ب):

ارتفع عدد ضحايا الهجوم الذي استهدف، أمس الجمعة، مسجدا في قرية الروضة غربي مدينة العريش بمحافظة شمال سيناء إلى 305 قتلى، بحسب ما أعلنت النيابة العامة المصرية في بيان.

وقال شهود لوكالة أنباء الشرق الأوسط الرسمية إن نحو 30 مسلحا يرفعون راية تنظيم «ولاية سيناء» فجروا عبوة داخل المسجد ثم أطلقوا النار على المصلين. وروى سليمان
أبو عودة، أحد سكان القرية، أن المهاجمين «أغلقوا الأبواب وأحرقوا السيارات».

وتعهد عبد الفتاح السيسي بالرد «بقوة غاشمة»، وبعد ساعات أعلن المتحدث العسكري المصري تامر الرفاعي أن مقاتلات سلاح الجو دمرت عربات استخدمها المنفذون في مناطق جبلية محيطة.

دوليا، دان أنطونيو غوتيريش الهجوم، كما بعثت وزارة الخارجية الفرنسية برقية تعزية، فيما قالت صحيفة «المصري اليوم» إن الأزهر ألغى احتفالات المولد النبوي.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("rawda", "Place", ["قرية الروضة", "القرية"], "al-Rawda", sub="City"),
        E("arish", "Place", ["مدينة العريش"], "Arish", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء"], "North Sinai", sub="Region"),
        E("prosecution", "Organization", ["النيابة العامة المصرية"], "Egyptian Public Prosecution",
          sub="GovernmentBody"),
        E("mena", "Organization", ["وكالة أنباء الشرق الأوسط"], "MENA", sub="MediaOrganization"),
        E("wsinai", "Organization", ["ولاية سيناء"], "Sinai Province", sub="ArmedGroup"),
        E("abuouda", "Person", ["سليمان أبو عودة"], "Suleiman Abu Ouda"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("rifai", "Person", ["تامر الرفاعي"], "Tamer al-Rifai"),
        E("airforce", "Organization", ["سلاح الجو"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("guterres", "Person", ["أنطونيو غوتيريش"], "António Guterres"),
        E("mofafr", "Organization", ["وزارة الخارجية الفرنسية"], "French Ministry of Foreign Affairs",
          sub="GovernmentBody"),
        E("almasry", "Organization", ["صحيفة «المصري اليوم»", "المصري اليوم"], "Al-Masry Al-Youm",
          sub="MediaOrganization"),
        E("azhar", "Organization", ["الأزهر"], "Al-Azhar"),
    ],
    relations=[
        R("locatedIn", "rawda", "arish"),
        R("locatedIn", "arish", "nsinai"),
        R("locatedIn", "rawda", "nsinai", opt=True),
    ],
    events=[
        V("Attack", agent=["wsinai"], place=[["rawda", "arish", "nsinai"]], date="2017-11-24"),
        V("Killing", agent=["wsinai"], place=[["rawda", "arish", "nsinai"]], date="2017-11-24"),
        V("Strike", opt=True, agent=["airforce"], date="2017-11-24"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2018-09-18, Tuesday)
DOCS.append(dict(
    id="t52-sy-idlib", published="2018-09-18",
    text="""إسطنبول - (رويترز):

رحبت فصائل المعارضة السورية في إدلب بالاتفاق الذي توصل إليه فلاديمير بوتين ورجب طيب أردوغان، أمس الاثنين، في منتجع سوتشي الروسي، والقاضي بإقامة منطقة منزوعة السلاح بعمق 15 إلى 20 كيلومترا.

وقال ياسر الحموي، المتحدث باسم «الجبهة الوطنية للتحرير»، إن الاتفاق «جنّب ثلاثة ملايين مدني مجزرة»، لكنه أكد أن مقاتلي الجبهة «لن يسلموا سلاحهم». في المقابل، لم تعلق هيئة تحرير الشام، التي تسيطر على معظم المحافظة.

وأعلنت وزارة الدفاع التركية أن الوزير خلوصي أكار بحث مع فاليري غيراسيموف تفاصيل الدوريات المشتركة، فيما ذكرت وكالة «سانا» أن وحدات الجيش السوري ردت على «خروقات» في ريف حماة الشمالي.

ونقلت صحيفة «يني شفق» المقربة من حزب العدالة والتنمية عن مسؤول في جهاز الاستخبارات التركية أن أنقرة ستعزز نقاط المراقبة الاثنتي عشرة، وقال أحمد قره داغ إن «الكرة الآن في ملعب موسكو».""",
    entities=[
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("idlib", "Place", ["إدلب", "المحافظة"], "Idlib Governorate", sub="Region"),
        E("putin", "Person", ["فلاديمير بوتين"], "Vladimir Putin"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdoğan"),
        E("sochi", "Place", ["منتجع سوتشي"], "Sochi", sub="City"),
        E("hamawi", "Person", ["ياسر الحموي"], "Yasser al-Hamawi"),
        E("nlf", "Organization", ["الجبهة الوطنية للتحرير", "الجبهة"], "National Front for Liberation",
          sub="ArmedGroup"),
        E("hts", "Organization", ["هيئة تحرير الشام"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("mod", "Organization", ["وزارة الدفاع التركية"], "Turkish Ministry of National Defence",
          sub="GovernmentBody"),
        E("akar", "Person", ["خلوصي أكار"], "Hulusi Akar"),
        E("gerasimov", "Person", ["فاليري غيراسيموف"], "Valery Gerasimov"),
        E("sana", "Organization", ["وكالة «سانا»", "سانا"], "SANA", sub="MediaOrganization"),
        E("army", "Organization", ["الجيش السوري"], "Syrian Army", sub="ArmedForce"),
        E("hama", "Place", ["حماة"], "Hama Governorate", sub="Region"),
        E("yeni", "Organization", ["صحيفة «يني شفق»", "يني شفق"], "Yeni Şafak", sub="MediaOrganization"),
        E("akp", "Organization", ["حزب العدالة والتنمية"], "AKP", sub="PoliticalOrganization"),
        E("mit", "Organization", ["جهاز الاستخبارات التركية"], "MIT", sub="GovernmentBody"),
        E("ankara", "Place", ["أنقرة"], "Ankara", sub="City", alt=["Organization"]),
        E("karadag", "Person", ["أحمد قره داغ"], "Ahmet Karadağ"),
        E("moscow", "Place", ["موسكو"], "Moscow", qid="Q649", sub="City", opt=True),
    ],
    relations=[
        R("spokespersonOf", "hamawi", "nlf"),
        R("leaderOf", "akar", "mod"),
        R("affiliatedWith", "yeni", "akp"),
    ],
    events=[
        V("Meeting", agent=["putin", "erdogan"], place=["sochi"], date="2018-09-17"),
        V("Meeting", opt=True, agent=["akar", "gerasimov"]),
        V("Attack", opt=True, agent=["army"], place=["hama"]),
    ],
))

# ---------------------------------------------------------------- Libya, Tripoli (2019-04-16, Tuesday)
DOCS.append(dict(
    id="t52-ly-tripoli", published="2019-04-16",
    text="""طرابلس - (د ب أ):

قال عبد الباسط الترهوني، المتحدث باسم حكومة الوفاق الوطني، إن طيران الحكومة شن، اليوم الثلاثاء، خمس غارات على تمركزات قوات خليفة حفتر في منطقة قصر بن غشير جنوب طرابلس، وأضاف الترهوني أن القوات الحكومية استعادت مواقع عدة.

وأعلنت وزارة الصحة في حكومة الوفاق أن حصيلة المعارك منذ بدء الهجوم قبل 12 يوما بلغت 174 قتيلا و758 جريحا. وقال الطبيب فتحي
بن عمران لقناة «ليبيا الأحرار» إن المستشفى الميداني في منطقة عين زارة «استقبل مصابين من المدنيين».

في المقابل، ذكر أحمد المسماري أن «الجيش الوطني الليبي» أسقط طائرة حربية تابعة للوفاق فوق منطقة وادي الربيع، فيما دعا غسان سلامة إلى «هدنة إنسانية فورية».

وفي العاصمة أيضا، أعلنت قوة الردع الخاصة أنها اعتقلت خمسة عناصر من تنظيم «داعش» كانوا يخططون لاستغلال الفوضى، بحسب ما نقلته وكالة «نوفا» الإيطالية.""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة"], "Tripoli", qid="Q3579", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("tarhouni", "Person", ["عبد الباسط الترهوني", "الترهوني"], "Abdul Basit al-Tarhouni"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق", "الوفاق", "الحكومة"],
          "Government of National Accord", sub="GovernmentBody"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar"),
        E("qasr", "Place", ["منطقة قصر بن غشير"], "Qasr bin Ghashir", sub="City"),
        E("moh", "Organization", ["وزارة الصحة"], "GNA Ministry of Health", sub="GovernmentBody"),
        E("benomran", "Person", ["فتحي بن عمران"], "Fathi Ben Omran"),
        E("ahrar", "Organization", ["قناة «ليبيا الأحرار»", "ليبيا الأحرار"], "Libya Al-Ahrar TV",
          sub="MediaOrganization"),
        E("ainzara", "Place", ["منطقة عين زارة"], "Ain Zara", sub="City"),
        E("mismari", "Person", ["أحمد المسماري"], "Ahmed al-Mismari"),
        E("lna", "Organization", ["الجيش الوطني الليبي"], "Libyan National Army", sub="ArmedForce"),
        E("wadi", "Place", ["منطقة وادي الربيع"], "Wadi al-Rabie", sub="City"),
        E("salame", "Person", ["غسان سلامة"], "Ghassan Salamé"),
        E("rada", "Organization", ["قوة الردع الخاصة"], "Special Deterrence Force", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("nova", "Organization", ["وكالة «نوفا»", "نوفا"], "Agenzia Nova", sub="MediaOrganization"),
    ],
    relations=[
        R("spokespersonOf", "tarhouni", "gna"),
        R("partOf", "moh", "gna"),
        R("locatedIn", "qasr", "tripoli"),
    ],
    events=[
        V("Strike", agent=["gna"], place=[["qasr", "tripoli"]], date="2019-04-16", trigger="غارات"),
        V("Attack", opt=True, date="2019-04-04"),
        V("Attack", opt=True, agent=["lna"], target=["gna"], place=["wadi"]),
        V("Arrest", agent=["rada"], target=["isis"], place=["tripoli"]),
    ],
))

# ---------------------------------------------------------------- Turkey, Ankara (2016-12-20, Tuesday)
DOCS.append(dict(
    id="t52-tr-ankara", published="2016-12-20",
    text="""أنقرة - (أ ف ب):

أعلنت وزارة الداخلية التركية، اليوم الثلاثاء، توقيف ستة أشخاص بينهم والدا وشقيقة الشرطي الذي اغتال السفير الروسي أندريه كارلوف مساء أمس الاثنين في معرض للفنون بحي تشانكايا وسط أنقرة.

وقال سليمان صويلو إن المهاجم، وهو عنصر في شرطة مكافحة الشغب، «تصرف بدوافع» لم تتضح بعد، فيما نقلت وكالة «دوغان» للأنباء عن مصادر أمنية أن المحققين يبحثون صلته بجماعة فتح الله غولن.

وروى المصور كنان
آيدين، الذي كان في القاعة، أن المهاجم صرخ «لا تنسوا حلب» قبل أن تقتله الشرطة بعد تبادل لإطلاق النار دام ربع ساعة.

من جهتها، وصفت ماريا زاخاروفا الاغتيال بأنه «عمل إرهابي»، وأكدت وزارة الخارجية الروسية أن فريقا من المحققين الروس سيصل إلى أنقرة، فيما أعلن دميتري بيسكوف أن فلاديمير بوتين اتصل بنظيره التركي رجب طيب أردوغان واتفقا على تنسيق التحقيق.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية التركية"], "Turkish Ministry of Interior", sub="GovernmentBody"),
        E("karlov", "Person", ["أندريه كارلوف"], "Andrei Karlov"),
        E("cankaya", "Place", ["حي تشانكايا"], "Çankaya", sub="City"),
        E("soylu", "Person", ["سليمان صويلو"], "Süleyman Soylu"),
        E("riot", "Organization", ["شرطة مكافحة الشغب"], "Riot police", sub="GovernmentBody", opt=True),
        E("dogan", "Organization", ["وكالة «دوغان» للأنباء", "دوغان"], "Doğan News Agency",
          sub="MediaOrganization"),
        E("gulen", "Organization", ["جماعة فتح الله غولن"], "Gülen movement"),
        E("aydin", "Person", ["كنان آيدين"], "Kenan Aydın"),
        E("aleppo", "Place", ["حلب"], "Aleppo", sub="City", opt=True),
        E("police", "Organization", ["الشرطة"], "Turkish Police", sub="GovernmentBody", opt=True),
        E("zakharova", "Person", ["ماريا زاخاروفا"], "Maria Zakharova"),
        E("mofa", "Organization", ["وزارة الخارجية الروسية"], "Ministry of Foreign Affairs of Russia",
          sub="GovernmentBody"),
        E("peskov", "Person", ["دميتري بيسكوف"], "Dmitry Peskov"),
        E("putin", "Person", ["فلاديمير بوتين"], "Vladimir Putin"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdoğan"),
    ],
    relations=[
        R("locatedIn", "cankaya", "ankara"),
    ],
    events=[
        V("Arrest", agent=["moi"], date="2016-12"),
        V("Killing", target=["karlov"], place=[["cankaya", "ankara"]], date="2016-12-19", trigger="اغتال"),
        V("Attack", opt=True, target=["karlov"], place=[["cankaya", "ankara"]], date="2016-12-19"),
        V("Killing", opt=True, agent=["police"]),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Abqaiq (2019-09-17, Tuesday)
DOCS.append(dict(
    id="t52-sa-abqaiq", published="2019-09-17",
    text="""الرياض - (رويترز):

قال الأمير عبد العزيز بن سلمان، وزير الطاقة السعودي، اليوم الثلاثاء، إن إنتاج المملكة من النفط سيعود إلى مستواه السابق بحلول نهاية الشهر الجاري، بعد الهجوم الذي استهدف، السبت، منشأتي أرامكو في بقيق وخريص بالمنطقة الشرقية.

وأوضح أمين الناصر، الرئيس التنفيذي لشركة «أرامكو»، أن الشركة استعادت نصف الإنتاج المفقود. وقفزت أسعار خام برنت بنحو 15 بالمئة عند افتتاح الأسواق الاثنين، وفق بيانات «بلومبرغ».

وكان يحيى سريع، المتحدث العسكري باسم جماعة الحوثي، قد أعلن مسؤولية الجماعة عن الهجوم بعشر طائرات مسيرة، غير أن تركي المالكي قال إن التحقيقات الأولية تشير إلى أن الأسلحة «إيرانية».

وفي واشنطن، اتهم مايك بومبيو طهران مباشرة، في حين نقلت وكالة «إرنا» عن عباس
موسوي قوله إن الاتهامات «لا معنى لها». ورأى نواف الجبرين، الباحث في الشؤون الخليجية، أن «الهجوم كشف ثغرات في منظومة الدفاع الجوي».""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("abdulaziz", "Person", ["عبد العزيز بن سلمان"], "Abdulaziz bin Salman"),
        E("saudi", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country", opt=True),
        E("aramco", "Organization", ["أرامكو", "شركة «أرامكو»", "الشركة"], "Saudi Aramco"),
        E("abqaiq", "Place", ["بقيق"], "Abqaiq", sub="City"),
        E("khurais", "Place", ["خريص"], "Khurais", sub="City"),
        E("eastern", "Place", ["المنطقة الشرقية"], "Eastern Province", sub="Region"),
        E("nasser", "Person", ["أمين الناصر"], "Amin Nasser"),
        E("bloomberg", "Organization", ["بلومبرغ"], "Bloomberg", sub="MediaOrganization"),
        E("saree", "Person", ["يحيى سريع"], "Yahya Saree"),
        E("houthis", "Organization", ["جماعة الحوثي", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("malki", "Person", ["تركي المالكي"], "Turki al-Malki"),
        E("washington", "Place", ["واشنطن"], "Washington", sub="City"),
        E("pompeo", "Person", ["مايك بومبيو"], "Mike Pompeo"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("irna", "Organization", ["وكالة «إرنا»", "إرنا"], "IRNA", sub="MediaOrganization"),
        E("mousavi", "Person", ["عباس موسوي"], "Abbas Mousavi"),
        E("jibreen", "Person", ["نواف الجبرين"], "Nawaf al-Jibreen"),
    ],
    relations=[
        R("positionIn", "abdulaziz", "saudi", opt=True),
        R("leaderOf", "nasser", "aramco"),
        R("spokespersonOf", "saree", "houthis"),
        R("locatedIn", "abqaiq", "eastern"),
        R("locatedIn", "khurais", "eastern"),
    ],
    events=[
        V("Attack", agent=["houthis"], target=["aramco"], place=["abqaiq", "khurais", "eastern"],
          date="2019-09-14"),
        V("Strike", opt=True, agent=["houthis"], target=["aramco"], place=["abqaiq", "khurais", "eastern"],
          date="2019-09-14"),
    ],
))
