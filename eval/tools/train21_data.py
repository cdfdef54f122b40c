"""Hand annotations of the twenty-first training set (see eval/train21/README.md).

The CHECK set written beside train20: the same kinds of relation phrasing (posts after and before
names, country adjectives, leaders by a pronoun suffix, «أمير»، «الأمين العام»، spokespersons,
places in places with adjectives, brackets and «عاصمة»، members by «القيادي في»، «عضو ... لـ»،
«أحد عناصر»، «المنتمي إلى») in other countries, with other names and wordings. Persons are invented
except well-known public figures. Written and annotated, and committed, before the extractor was
run on it; only its summary line is read, so that it measures whether the relation work transfers.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Libya, Sirte (2016-08-02, Tuesday)
DOCS.append(dict(
    id="t21-ly-sirte", published="2016-08-02",
    text="""طرابلس - (رويترز):

قال محمد الغصري، المتحدث باسم عملية البنيان المرصوص، إن طائرات أمريكية شنت، أمس الاثنين، غارات على مواقع لتنظيم الدولة الإسلامية في حي الدولار وسط مدينة سرت الليبية، بطلب من حكومة الوفاق الوطني.

وأوضح الغصري أن الغارات قتلت عددا من المسلحين، بينهم التونسي سيف الدين العياري، أحد أبرز عناصر التنظيم في المدينة، مشيرا إلى أن أمير التنظيم في ليبيا، المدعو أبو نبيل الأنباري، قتل في وقت سابق.

ورحب وزير الخارجية في حكومة الوفاق محمد سيالة بالغارات، بينما انتقدها عقيلة صالح، رئيس مجلس النواب المنعقد في مدينة طبرق شرقي ليبيا.""",
    entities=[
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("ghusri", "Person", ["محمد الغصري", "الغصري"], "Mohamed al-Ghusri"),
        E("bunyan", "Organization", ["عملية البنيان المرصوص"], "Operation al-Bunyan al-Marsous",
          sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("dollar", "Place", ["حي الدولار"], "al-Dollar district", sub="City"),
        E("sirte", "Place", ["مدينة سرت", "المدينة"], "Sirte", sub="City"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق"], "Government of National Accord",
          sub="GovernmentBody"),
        E("ayari", "Person", ["سيف الدين العياري"], "Saif al-Din al-Ayari"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("anbari", "Person", ["أبو نبيل الأنباري"], "Abu Nabil al-Anbari"),
        E("siala", "Person", ["محمد سيالة"], "Mohamed Siala"),
        E("saleh", "Person", ["عقيلة صالح"], "Aguila Saleh"),
        E("hor", "Organization", ["مجلس النواب"], "House of Representatives (Libya)", sub="GovernmentBody"),
        E("tobruk", "Place", ["مدينة طبرق"], "Tobruk", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "ghusri", "bunyan"),
        R("locatedIn", "dollar", "sirte"),
        R("locatedIn", "sirte", "libya"),
        R("memberOf", "ayari", "isis"),
        R("memberOf", "anbari", "isis"),
        R("leaderOf", "anbari", "isis", opt=True),
        R("positionIn", "siala", "gna"),
        R("leaderOf", "saleh", "hor"),
        R("locatedIn", "hor", "tobruk", opt=True),
        R("locatedIn", "tobruk", "libya"),
    ],
    events=[
        V("Strike", target=["isis"], place=[["dollar", "sirte"]], date="2016-08-01", trigger="غارات"),
        V("Killing", target=["ayari"], place=[["dollar", "sirte"]], trigger="قتلت"),
        V("Killing", opt=True, date="2016-08-01"),
        V("Killing", target=["anbari"], trigger="قتل"),
    ],
))

# ---------------------------------------------------------------- Mali, Kidal (2017-07-12, Wednesday)
DOCS.append(dict(
    id="t21-ml-kidal", published="2017-07-12",
    text="""باماكو - (أ ف ب):

أعلنت جماعة نصرة الإسلام والمسلمين، في بيان نشرته وكالة الأخبار الموريتانية، مسؤوليتها عن هجوم استهدف، أمس الثلاثاء، موقعا للجيش المالي قرب بلدة تساليت في منطقة كيدال (شمال مالي)، وقالت إن زعيمها إياد أغ غالي «بارك العملية».

وقال المتحدث باسم تنسيقية حركات أزواد المولود رمضان إن التنسيقية «لا علاقة لها بالهجوم»، فيما أكد سيدي محمد أغ إبراهيم، عضو المكتب التنفيذي للحركة الوطنية لتحرير أزواد، أن مقاتلي الحركة انتشروا في محيط مدينة كيدال.

وفي العاصمة المالية، استقبل رئيس الوزراء المالي عبد الله إدريسا مايغا وفدا من بعثة الأمم المتحدة في مالي.""",
    entities=[
        E("bamako", "Place", ["باماكو", "العاصمة المالية"], "Bamako", qid="Q3703", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("jnim", "Organization", ["جماعة نصرة الإسلام والمسلمين"], "JNIM", sub="ArmedGroup"),
        E("alakhbar", "Organization", ["وكالة الأخبار الموريتانية"], "Alakhbar", sub="MediaOrganization",
          opt=True),
        E("army", "Organization", ["الجيش المالي"], "Malian Army", sub="ArmedForce"),
        E("tessalit", "Place", ["بلدة تساليت"], "Tessalit", sub="City"),
        E("kidalreg", "Place", ["منطقة كيدال"], "Kidal Region", sub="Region"),
        E("mali", "Place", ["مالي"], "Mali", qid="Q912", sub="Country"),
        E("ghali", "Person", ["إياد أغ غالي"], "Iyad Ag Ghaly"),
        E("cma", "Organization", ["تنسيقية حركات أزواد", "التنسيقية"], "Coordination of Azawad Movements",
          sub="ArmedGroup"),
        E("ramadan", "Person", ["المولود رمضان"], "Almou Ramadan"),
        E("ibrahim", "Person", ["سيدي محمد أغ إبراهيم"], "Sidi Mohamed Ag Ibrahim"),
        E("mnla", "Organization", ["الحركة الوطنية لتحرير أزواد", "الحركة"], "MNLA", sub="ArmedGroup"),
        E("kidal", "Place", ["مدينة كيدال"], "Kidal", sub="City"),
        E("maiga", "Person", ["عبد الله إدريسا مايغا"], "Abdoulaye Idrissa Maïga"),
        E("minusma", "Organization", ["بعثة الأمم المتحدة في مالي"], "MINUSMA"),
    ],
    relations=[
        R("locatedIn", "tessalit", "kidalreg"),
        R("locatedIn", "kidalreg", "mali"),
        R("leaderOf", "ghali", "jnim"),
        R("spokespersonOf", "ramadan", "cma"),
        R("memberOf", "ibrahim", "mnla"),
        R("positionIn", "maiga", "mali"),
        R("locatedIn", "bamako", "mali", opt=True),
    ],
    events=[
        V("Attack", agent=["jnim"], target=["army"], place=[["tessalit", "kidalreg"]], date="2017-07-11",
          trigger="هجوم"),
        V("Meeting", agent=["maiga", "minusma"], place=["bamako"], trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Sousse (2015-07-01, Wednesday)
DOCS.append(dict(
    id="t21-tn-sousse", published="2015-07-01",
    text="""تونس - (وكالة تونس أفريقيا للأنباء):

أعلن وزير الداخلية التونسي ناجم الغرسلي، أمس الثلاثاء، توقيف 12 شخصا يشتبه في صلتهم بالهجوم على فندق في منتجع القنطاوي بمدينة سوسة التونسية، بينهم شاب قال إنه ينتمي إلى جماعة أنصار الشريعة المحظورة.

وقال المتحدث باسم الوزارة محمد علي العروي إن منفذ الهجوم تلقى تدريبات في معسكر قرب مدينة صبراتة غربي ليبيا. من جهته، قال محسن مرزوق، الأمين العام لحزب نداء تونس، إن الحزب يدعم الإجراءات الأمنية، فيما دعا عبد الحميد الجلاصي، القيادي في حركة النهضة، إلى «وحدة وطنية».

وفي ولاية القصرين (وسط غرب تونس)، قالت مصادر أمنية إن وحدات الجيش تلاحق مسلحين في جبل الشعانبي.""",
    entities=[
        E("tunisia", "Place", ["تونس"], "Tunisia", qid="Q948", sub="Country"),
        E("tap", "Organization", ["وكالة تونس أفريقيا للأنباء"], "TAP", sub="MediaOrganization", opt=True),
        E("gharsalli", "Person", ["ناجم الغرسلي"], "Najem Gharsalli"),
        E("kantaoui", "Place", ["منتجع القنطاوي"], "Port El Kantaoui", sub="City"),
        E("sousse", "Place", ["مدينة سوسة"], "Sousse", sub="City"),
        E("ansar", "Organization", ["جماعة أنصار الشريعة"], "Ansar al-Sharia (Tunisia)", sub="ArmedGroup"),
        E("aroui", "Person", ["محمد علي العروي"], "Mohamed Ali Aroui"),
        E("moi", "Organization", ["الوزارة"], "Ministry of Interior (Tunisia)", sub="GovernmentBody", opt=True),
        E("sabratha", "Place", ["مدينة صبراتة"], "Sabratha", sub="City"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("marzouk", "Person", ["محسن مرزوق"], "Mohsen Marzouk"),
        E("nidaa", "Organization", ["حزب نداء تونس", "الحزب"], "Nidaa Tounes", sub="PoliticalOrganization"),
        E("jlassi", "Person", ["عبد الحميد الجلاصي"], "Abdelhamid Jelassi"),
        E("nahda", "Organization", ["حركة النهضة"], "Ennahda", sub="PoliticalOrganization"),
        E("kasserine", "Place", ["ولاية القصرين"], "Kasserine Governorate", sub="Region"),
        E("army", "Organization", ["الجيش"], "Tunisian Army", sub="ArmedForce", opt=True),
        E("chaambi", "Place", ["جبل الشعانبي"], "Mount Chaambi"),
    ],
    relations=[
        R("positionIn", "gharsalli", "tunisia"),
        R("leaderOf", "gharsalli", "moi", opt=True),
        R("locatedIn", "kantaoui", "sousse"),
        R("locatedIn", "sousse", "tunisia"),
        R("spokespersonOf", "aroui", "moi"),
        R("locatedIn", "sabratha", "libya"),
        R("leaderOf", "marzouk", "nidaa"),
        R("memberOf", "jlassi", "nahda"),
        R("locatedIn", "kasserine", "tunisia"),
        R("locatedIn", "chaambi", "kasserine", opt=True),
    ],
    events=[
        V("Arrest", opt=True, agent=["moi"], date="2015-06"),
        V("Attack", opt=True, target=["kantaoui"], place=[["kantaoui", "sousse"]]),
    ],
))

# ---------------------------------------------------------------- Pakistan, Peshawar (2014-12-18, Thursday)
DOCS.append(dict(
    id="t21-pk-peshawar", published="2014-12-18",
    text="""إسلام آباد - (أ ف ب):

قال المتحدث باسم الجيش الباكستاني الجنرال عاصم باجوا إن الطائرات الحربية قصفت، أمس الأربعاء، مخابئ لحركة طالبان باكستان في وادي تيراه بمنطقة خيبر القبلية شمال غربي باكستان، بعد يوم من الهجوم على مدرسة للجيش في بيشاور، عاصمة إقليم خيبر بختونخوا.

وأضاف باجوا أن الغارات قتلت 57 مسلحا، بينهم عبد الولي، أحد عناصر الحركة المتهمين بالتخطيط للهجوم. وكان محمد خراساني، الناطق الرسمي باسم الحركة، قد تبنى الهجوم، وقال إن قائدها الملا فضل الله أمر به.

وفي كابل، التقى قائد الجيش الباكستاني الجنرال راحيل شريف الرئيس الأفغاني أشرف غني، وطلب منه تسليم قادة الحركة المختبئين في ولاية كونار الأفغانية.""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش الباكستاني"], "Pakistan Army", sub="ArmedForce"),
        E("bajwa", "Person", ["عاصم باجوا", "باجوا"], "Asim Bajwa"),
        E("ttp", "Organization", ["حركة طالبان باكستان", "الحركة"], "Tehrik-i-Taliban Pakistan",
          sub="ArmedGroup"),
        E("tirah", "Place", ["وادي تيراه"], "Tirah Valley", sub="Region"),
        E("khyber", "Place", ["منطقة خيبر القبلية"], "Khyber Agency", sub="Region"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("peshawar", "Place", ["بيشاور"], "Peshawar", sub="City"),
        E("kp", "Place", ["إقليم خيبر بختونخوا"], "Khyber Pakhtunkhwa", sub="Region"),
        E("wali", "Person", ["عبد الولي"], "Abdul Wali"),
        E("khorasani", "Person", ["محمد خراساني"], "Muhammad Khorasani"),
        E("fazlullah", "Person", ["فضل الله"], "Mullah Fazlullah"),
        E("kabul", "Place", ["كابل"], "Kabul", qid="Q5838", sub="City"),
        E("sharif", "Person", ["راحيل شريف"], "Raheel Sharif"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani"),
        E("kunar", "Place", ["ولاية كونار"], "Kunar Province", sub="Region"),
    ],
    relations=[
        R("spokespersonOf", "bajwa", "army"),
        R("locatedIn", "tirah", "khyber"),
        R("locatedIn", "khyber", "pakistan"),
        R("locatedIn", "peshawar", "kp"),
        R("memberOf", "wali", "ttp"),
        R("spokespersonOf", "khorasani", "ttp"),
        R("leaderOf", "fazlullah", "ttp"),
        R("leaderOf", "sharif", "army"),
    ],
    events=[
        V("Strike", agent=["army"], target=["ttp"], place=[["tirah", "khyber"]], date="2014-12-17",
          trigger="قصفت"),
        V("Killing", agent=["army"], target=["wali"], place=[["tirah", "khyber"]], trigger="قتلت"),
        V("Attack", agent=["ttp"], place=["peshawar"], date="2014-12-16", trigger="الهجوم"),
        V("Meeting", agent=["sharif", "ghani"], place=["kabul"], trigger="التقى"),
        V("Visit", opt=True, agent=["sharif"], place=["kabul"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Kirkuk (2017-10-04, Wednesday)
DOCS.append(dict(
    id="t21-iq-hawija", published="2017-10-04",
    text="""كركوك - (الأناضول):

قال أحمد الأسدي، الناطق باسم الحشد الشعبي، إن القوات العراقية استعادت، أمس الثلاثاء، السيطرة على مركز قضاء الحويجة (جنوب غرب كركوك)، آخر معاقل تنظيم داعش في شمال العراق، بعد معارك استمرت أسبوعين.

وأوضح الأسدي أن عناصر التنظيم سلموا أنفسهم لقوات البيشمركة في ناحية الدبس، بينهم المدعو أبو بكر العبيدي، المنتمي إلى ما يسمى ديوان الحسبة في التنظيم.

من جهته، حذر ريبوار طالباني، رئيس مجلس محافظة كركوك، من أي صدام، فيما قال هوشيار زيباري، عضو المكتب السياسي للحزب الديمقراطي الكردستاني، إن «الحوار هو الحل».""",
    entities=[
        E("kirkuk", "Place", ["كركوك"], "Kirkuk", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("asadi", "Person", ["أحمد الأسدي", "الأسدي"], "Ahmed al-Asadi"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("iqforces", "Organization", ["القوات العراقية"], "Iraqi forces", sub="ArmedForce", opt=True),
        E("hawija", "Place", ["قضاء الحويجة"], "Hawija District", sub="Region"),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("peshmerga", "Organization", ["قوات البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("dibis", "Place", ["ناحية الدبس"], "Dibis", sub="City"),
        E("obaidi", "Person", ["أبو بكر العبيدي"], "Abu Bakr al-Obaidi"),
        E("hisba", "Organization", ["ديوان الحسبة"], "ISIS Hisba office", opt=True),
        E("talabani", "Person", ["ريبوار طالباني"], "Rebwar Talabani"),
        E("council", "Organization", ["مجلس محافظة كركوك"], "Kirkuk Provincial Council", sub="GovernmentBody"),
        E("zebari", "Person", ["هوشيار زيباري"], "Hoshyar Zebari"),
        E("kdp", "Organization", ["الحزب الديمقراطي الكردستاني"], "Kurdistan Democratic Party",
          sub="PoliticalOrganization"),
    ],
    relations=[
        R("spokespersonOf", "asadi", "pmf"),
        R("locatedIn", "hawija", "kirkuk", opt=True),
        R("locatedIn", "hawija", "iraq", opt=True),
        R("memberOf", "obaidi", "isis"),
        R("memberOf", "obaidi", "hisba", opt=True),
        R("partOf", "hisba", "isis", opt=True),
        R("leaderOf", "talabani", "council"),
        R("memberOf", "zebari", "kdp"),
    ],
    events=[
        V("MilitaryOperation", opt=True, agent=["iqforces"], target=["isis"], place=["hawija"],
          date="2017-10-03"),
    ],
))

# ---------------------------------------------------------------- Yemen, Taiz (2018-11-14, Wednesday)
DOCS.append(dict(
    id="t21-ye-taiz", published="2018-11-14",
    text="""الرياض - (واس):

قال العقيد الركن تركي المالكي، المتحدث الرسمي باسم قوات تحالف دعم الشرعية في اليمن، إن مقاتلات التحالف دمرت، أمس الثلاثاء، منصة لإطلاق الصواريخ الباليستية تابعة لجماعة الحوثي في مديرية مقبنة بمحافظة تعز جنوب غربي اليمن.

وأضاف المالكي أن الجماعة، التي يتزعمها عبد الملك الحوثي، أطلقت صاروخا باتجاه مدينة جازان السعودية، تم اعتراضه. في المقابل، قال محمد عبد السلام، الناطق باسم الحوثيين، إن غارات التحالف قتلت خمسة مدنيين في سوق شعبي.

وفي مدينة عدن، قال عيدروس الزبيدي، رئيس المجلس الانتقالي الجنوبي، إن قوات الحزام الأمني التابعة للمجلس اعتقلت القيادي في تنظيم القاعدة أبو سالم اليافعي.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("maliki", "Person", ["تركي المالكي", "المالكي"], "Turki al-Maliki"),
        E("coalition", "Organization", ["قوات تحالف دعم الشرعية في اليمن", "التحالف"], "Saudi-led coalition",
          sub="Coalition"),
        E("houthis", "Organization", ["جماعة الحوثي", "الجماعة", "الحوثيين"], "Houthis", sub="ArmedGroup"),
        E("maqbana", "Place", ["مديرية مقبنة"], "Maqbana District", sub="Region"),
        E("taiz", "Place", ["محافظة تعز"], "Taiz Governorate", sub="Region"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("abdulmalik", "Person", ["عبد الملك الحوثي"], "Abdul-Malik al-Houthi"),
        E("jazan", "Place", ["مدينة جازان"], "Jazan", sub="City"),
        E("abdulsalam", "Person", ["محمد عبد السلام"], "Mohammed Abdulsalam"),
        E("aden", "Place", ["مدينة عدن"], "Aden", sub="City"),
        E("zubaidi", "Person", ["عيدروس الزبيدي"], "Aidarus al-Zoubaidi"),
        E("stc", "Organization", ["المجلس الانتقالي الجنوبي", "المجلس"], "Southern Transitional Council",
          sub="PoliticalOrganization"),
        E("hizam", "Organization", ["قوات الحزام الأمني"], "Security Belt Forces", sub="ArmedForce"),
        E("aqap", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("yafei", "Person", ["أبو سالم اليافعي"], "Abu Salem al-Yafei"),
    ],
    relations=[
        R("spokespersonOf", "maliki", "coalition"),
        R("locatedIn", "maqbana", "taiz"),
        R("locatedIn", "taiz", "yemen"),
        R("leaderOf", "abdulmalik", "houthis"),
        R("spokespersonOf", "abdulsalam", "houthis"),
        R("leaderOf", "zubaidi", "stc"),
        R("partOf", "hizam", "stc"),
        R("memberOf", "yafei", "aqap"),
    ],
    events=[
        V("Strike", agent=["coalition"], target=["houthis"], place=[["maqbana", "taiz"]], date="2018-11-13",
          trigger="دمرت"),
        V("Strike", agent=["houthis"], target=["jazan"], place=["jazan"], trigger="أطلقت"),
        V("Strike", agent=["coalition"], trigger="غارات"),
        V("Killing", agent=["coalition"], trigger="قتلت"),
        V("Arrest", agent=["hizam"], target=["yafei"], place=["aden"], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Sudan, South Darfur (2019-06-19, Wednesday)
DOCS.append(dict(
    id="t21-sd-nyala", published="2019-06-19",
    text="""الخرطوم - (الأناضول):

قال الفريق أول محمد حمدان دقلو، نائب رئيس المجلس العسكري الانتقالي في السودان، إن قوات الدعم السريع، التي يقودها، «لن تسمح بالفوضى»، وذلك خلال زيارته، أمس الثلاثاء، مدينة نيالا، عاصمة ولاية جنوب دارفور غربي البلاد.

وقال جمال جمعة آدم، الناطق الرسمي باسم قوات الدعم السريع، إن قواته اعتقلت في بلدة قريضة جنوبي نيالا ثلاثة مسلحين قال إنهم من عناصر حركة تحرير السودان، التي يتزعمها عبد الواحد محمد نور.

من جانبه، قال مدني عباس مدني، القيادي في تحالف قوى الحرية والتغيير، إن المفاوضات مع المجلس العسكري «متوقفة».""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("hemedti", "Person", ["محمد حمدان دقلو"], "Mohamed Hamdan Dagalo"),
        E("tmc", "Organization", ["المجلس العسكري الانتقالي", "المجلس العسكري"], "Transitional Military Council",
          sub="GovernmentBody"),
        E("sudan", "Place", ["السودان", "البلاد"], "Sudan", qid="Q1049", sub="Country"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", sub="ArmedForce"),
        E("nyala", "Place", ["مدينة نيالا", "نيالا"], "Nyala", sub="City"),
        E("sdarfur", "Place", ["ولاية جنوب دارفور"], "South Darfur", sub="Region"),
        E("jumaa", "Person", ["جمال جمعة آدم"], "Jamal Jumaa Adam"),
        E("graida", "Place", ["بلدة قريضة"], "Graida", sub="City"),
        E("sla", "Organization", ["حركة تحرير السودان"], "Sudan Liberation Movement", sub="ArmedGroup"),
        E("nour", "Person", ["عبد الواحد محمد نور"], "Abdul Wahid al-Nur"),
        E("madani", "Person", ["مدني عباس مدني"], "Madani Abbas Madani"),
        E("ffc", "Organization", ["تحالف قوى الحرية والتغيير"], "Forces of Freedom and Change",
          sub="Coalition"),
    ],
    relations=[
        R("positionIn", "hemedti", "tmc"),
        R("memberOf", "hemedti", "tmc", opt=True),
        R("leaderOf", "hemedti", "rsf"),
        R("locatedIn", "nyala", "sdarfur"),
        R("locatedIn", "sdarfur", "sudan"),
        R("spokespersonOf", "jumaa", "rsf"),
        R("locatedIn", "graida", "nyala", opt=True),
        R("leaderOf", "nour", "sla"),
        R("memberOf", "madani", "ffc"),
    ],
    events=[
        V("Visit", agent=["hemedti"], place=[["nyala", "sdarfur"]], date="2019-06-18", trigger="زيارته"),
        V("Arrest", agent=["rsf"], place=["graida"], trigger="اعتقلت"),
        V("Arrest", opt=True, target=["sla"]),
    ],
))

# ---------------------------------------------------------------- Philippines, Marawi (2017-06-07, Wednesday)
DOCS.append(dict(
    id="t21-ph-marawi", published="2017-06-07",
    text="""مانيلا - (رويترز):

قال المتحدث باسم الجيش الفلبيني العميد ريستيتوتو باديلا إن القوات الحكومية استعادت، أمس الثلاثاء، جسرا رئيسيا في مدينة ماراوي الفلبينية، عاصمة إقليم لاناو ديل سور، من مسلحي جماعة ماوتي الموالية لتنظيم الدولة الإسلامية.

وأضاف باديلا أن إسنيلون هابيلون، أمير تنظيم الدولة في جنوب شرق آسيا، ما زال مختبئا في المدينة، وأن القوات اعتقلت فرمين شيخ علي، أحد عناصر الجماعة، في بلدة مارانتاو المجاورة.

وكان الرئيس الفلبيني رودريغو دوتيرتي قد فرض الأحكام العرفية على جزيرة مينداناو جنوبي الفلبين.""",
    entities=[
        E("manila", "Place", ["مانيلا"], "Manila", qid="Q1461", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("afp_army", "Organization", ["الجيش الفلبيني"], "Armed Forces of the Philippines", sub="ArmedForce"),
        E("padilla", "Person", ["ريستيتوتو باديلا", "باديلا"], "Restituto Padilla"),
        E("govforces", "Organization", ["القوات الحكومية"], "Philippine government forces", sub="ArmedForce",
          opt=True),
        E("marawi", "Place", ["مدينة ماراوي", "المدينة"], "Marawi", sub="City"),
        E("lanao", "Place", ["إقليم لاناو ديل سور"], "Lanao del Sur", sub="Region"),
        E("maute", "Organization", ["جماعة ماوتي", "الجماعة"], "Maute group", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "تنظيم الدولة"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("hapilon", "Person", ["إسنيلون هابيلون"], "Isnilon Hapilon"),
        E("ali", "Person", ["فرمين شيخ علي"], "Fermin Sheikh Ali"),
        E("marantao", "Place", ["بلدة مارانتاو"], "Marantao", sub="City"),
        E("duterte", "Person", ["رودريغو دوتيرتي"], "Rodrigo Duterte"),
        E("mindanao", "Place", ["جزيرة مينداناو"], "Mindanao", sub="Region"),
        E("philippines", "Place", ["الفلبين"], "Philippines", qid="Q928", sub="Country"),
        E("sea", "Place", ["جنوب شرق آسيا"], "Southeast Asia", sub="Region", opt=True),
    ],
    relations=[
        R("spokespersonOf", "padilla", "afp_army"),
        R("locatedIn", "marawi", "lanao"),
        R("affiliatedWith", "maute", "isis"),
        R("memberOf", "hapilon", "isis"),
        R("leaderOf", "hapilon", "isis", opt=True),
        R("memberOf", "ali", "maute"),
        R("locatedIn", "marawi", "philippines"),
        R("locatedIn", "mindanao", "philippines"),
        R("leaderOf", "duterte", "philippines"),
    ],
    events=[
        V("MilitaryOperation", opt=True, agent=["govforces"], place=["marawi"], date="2017-06-06"),
        V("Arrest", agent=["govforces"], target=["ali"], place=["marantao"], trigger="اعتقلت"),
    ],
))
