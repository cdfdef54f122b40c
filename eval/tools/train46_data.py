"""Hand annotations of the forty-sixth training set (see eval/train46/README.md).

Relations told the way agency news told them in 2014-2019 on Iraq, Syria, Yemen, Libya, Egypt, Lebanon
and Iran, the relations helper's working set: posts before and after the name (وزير الدفاع العراقي X،
X، وزير الخارجية)، spokespersons (الناطق باسم، المتحدث العسكري لـ), leaders and commanders (قائد، زعيم،
أمير التنظيم، الذي يقوده، آمر), membership (القيادي في، عضو المكتب السياسي لـ، شرعي في), allegiance and
joining (بايع، أعلن انضمامه إلى), appointments (قرار بتعيين X محافظا لـ، كلّف), governors, places by
adjective and in apposition (مدينة X السورية، X، عاصمة محافظة Y), with the cue and the name apart,
clitics, and lists of several persons with their posts. Persons are invented except well-known public
figures. Written and annotated before the extractor was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, south of Mosul (2016-11-01, Tuesday)
DOCS.append(dict(
    id="t46-iq-mosul", published="2016-11-01",
    text="""بغداد - (رويترز):

أعلن المتحدث الرسمي باسم قيادة العمليات المشتركة العميد سعد الخفاجي، اليوم الثلاثاء، أن القطعات العسكرية استعادت قرية الشيخ يونس جنوب مدينة الموصل، مركز محافظة نينوى، بعد معارك عنيفة مع تنظيم «داعش» استمرت يومين.

وقال الخفاجي في مؤتمر صحفي عقده ببغداد إن قائد عمليات تحرير نينوى، الفريق الركن جبار الساعدي، أشرف بنفسه على تقدم القوات من المحور الجنوبي، مضيفا أن «عشرات الإرهابيين قتلوا وفر الباقون نحو المدينة».

من جهته، قال محافظ نينوى ماهر الجبوري لرويترز إن مئات العائلات نزحت خلال الأيام الماضية نحو ناحية القيارة، فيما أكد قاسم العبيدي، القيادي في «الحشد الشعبي»، أن فصائله «لن تدخل أحياء المدينة» وستكتفي بقطع طرق الإمداد غربا نحو تلعفر.

وكان وزير الدفاع العراقي، خالد المفرجي، قد زار قاعدة القيارة الجوية الأسبوع الماضي، برفقة رئيس أركان الجيش الفريق أول ركن رياض الحسني، واطلعا على سير العمليات، في وقت تعهد فيه رئيس الوزراء حيدر العبادي بإعلان «تحرير العراق» من التنظيم قبل نهاية العام. ويقول مراقبون إن المعركة قد تستغرق أسابيع طويلة بسبب كثافة السكان.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("joc", "Organization", ["قيادة العمليات المشتركة"], "Joint Operations Command (Iraq)", sub="ArmedForce"),
        E("khafaji", "Person", ["سعد الخفاجي", "الخفاجي"], "Saad al-Khafaji"),
        E("shaykhyunus", "Place", ["قرية الشيخ يونس", "الشيخ يونس"], "Sheikh Younis", sub="City"),
        E("mosul", "Place", ["مدينة الموصل", "المدينة"], "Mosul", qid="Q83262", sub="City"),
        E("nineveh", "Place", ["محافظة نينوى", "نينوى"], "Nineveh Governorate", sub="Region"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("ninops", "Organization", ["عمليات تحرير نينوى"], "Nineveh Liberation Operations Command",
          sub="ArmedForce"),
        E("saadi", "Person", ["جبار الساعدي"], "Jabbar al-Saadi"),
        E("jubouri", "Person", ["ماهر الجبوري"], "Maher al-Jubouri"),
        E("qayyarah", "Place", ["ناحية القيارة"], "Qayyarah", sub="City"),
        E("obaidi", "Person", ["قاسم العبيدي"], "Qasim al-Obaidi"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", qid="Q19903474", sub="ArmedGroup"),
        E("talafar", "Place", ["تلعفر"], "Tal Afar", sub="City"),
        E("mufriji", "Person", ["خالد المفرجي"], "Khalid al-Mufriji"),
        E("base", "Place", ["قاعدة القيارة الجوية"], "Qayyarah Airfield West", opt=True),
        E("army", "Organization", ["الجيش"], "Iraqi Army", sub="ArmedForce"),
        E("husni", "Person", ["رياض الحسني"], "Riyadh al-Husni"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi", qid="Q1641392"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
    ],
    relations=[
        R("spokespersonOf", "khafaji", "joc"),        # المتحدث الرسمي باسم قيادة ... العميد X
        R("locatedIn", "shaykhyunus", "mosul", opt=True),  # قرية X جنوب مدينة Y (south of, not in)
        R("locatedIn", "mosul", "nineveh"),           # مدينة الموصل، مركز محافظة نينوى
        R("locatedIn", "shaykhyunus", "nineveh", opt=True),  # (transitive)
        R("leaderOf", "saadi", "ninops"),             # قائد عمليات ...، الفريق الركن X
        R("leaderOf", "jubouri", "nineveh"),          # محافظ نينوى X
        R("memberOf", "obaidi", "pmf"),               # X، القيادي في «الحشد الشعبي»
        R("positionIn", "mufriji", "iraq"),           # وزير الدفاع العراقي، X
        R("leaderOf", "husni", "army"),               # رئيس أركان الجيش ... X
        R("positionIn", "husni", "army", opt=True),
        R("leaderOf", "abadi", "iraq", opt=True),     # رئيس الوزراء X
        R("positionIn", "abadi", "iraq", opt=True),
    ],
    events=[
        V("Killing", opt=True, target=["isis"], place=["shaykhyunus"]),
        V("Attack", opt=True, target=["isis"], place=["shaykhyunus"]),
        V("Visit", agent=["mufriji"], place=["base"], date="2016-10", trigger="زار"),
        V("Visit", opt=True, agent=["husni"], place=["base"], date="2016-10"),
    ],
))

# ---------------------------------------------------------------- Syria, Deir ez-Zor and Aleppo (2015-03-10, Tuesday)
DOCS.append(dict(
    id="t46-sy-allegiance", published="2015-03-10",
    text="""بيروت - (أ ف ب):

أفاد المرصد السوري لحقوق الإنسان، الثلاثاء، بأن فصيلا مسلحا في ريف دير الزور الشرقي أعلن مبايعته لتنظيم «الدولة الإسلامية»، بعد أسابيع من اشتباكات متقطعة خاضها مع «جبهة النصرة» قرب بلدة الشحيل.

وقال مدير المرصد رامي عبد الرحمن إن «لواء القادسية»، الذي يقوده المدعو عامر الحمدان منذ مطلع العام، بايع أمير التنظيم أبو بكر البغدادي، وإن عشرات من عناصره انتقلوا مع أسلحتهم الثقيلة إلى مدينة الميادين.

وفي ريف حلب الشمالي، أعلن القيادي السابق في «حركة أحرار الشام الإسلامية» خالد العبسي انضمامه إلى «الجبهة الشامية»، في خطوة قال ناشطون إنها جاءت بعد خلافات على توزيع الغنائم، فيما قال أبو حفص الديري، وهو شرعي في جبهة النصرة، إن «باب التوبة ما زال مفتوحا أمام من غُرر بهم».

وكانت طائرات التحالف الدولي قد قصفت، ليل الأحد، مواقع للتنظيم في مدينة البوكمال السورية على الحدود بين سوريا والعراق، ما أسفر عن مقتل ثمانية من مسلحيه على الأقل، بحسب المرصد. ولم يتسن التحقق من هذه المعلومات من مصدر مستقل بسبب القيود المفروضة على عمل الصحفيين في المنطقة.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights",
          qid="Q1054004"),
        E("deir", "Place", ["دير الزور"], "Deir ez-Zor Governorate", sub="Region"),
        E("is", "Organization", ["الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", qid="Q1501278", sub="ArmedGroup"),
        E("shuhail", "Place", ["بلدة الشحيل"], "Al-Shuhail", sub="City"),
        E("rahman", "Person", ["رامي عبد الرحمن"], "Rami Abdulrahman", qid="Q7289340"),
        E("qadisiya", "Organization", ["لواء القادسية"], "Liwa al-Qadisiya", sub="ArmedGroup"),
        E("hamdan", "Person", ["عامر الحمدان"], "Amer al-Hamdan"),
        E("baghdadi", "Person", ["أبو بكر البغدادي"], "Abu Bakr al-Baghdadi", qid="Q1253326"),
        E("mayadin", "Place", ["مدينة الميادين"], "Mayadin", sub="City"),
        E("aleppo", "Place", ["حلب"], "Aleppo Governorate", sub="Region", opt=True),
        E("ahrar", "Organization", ["حركة أحرار الشام الإسلامية"], "Ahrar al-Sham", qid="Q2495209", sub="ArmedGroup"),
        E("absi", "Person", ["خالد العبسي"], "Khalid al-Absi"),
        E("shamiya", "Organization", ["الجبهة الشامية"], "Levant Front", sub="ArmedGroup"),
        E("dayri", "Person", ["أبو حفص الديري"], "Abu Hafs al-Dayri"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition to Defeat ISIS", sub="Coalition"),
        E("bukamal", "Place", ["مدينة البوكمال"], "Abu Kamal", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
    ],
    relations=[
        R("affiliatedWith", "qadisiya", "is"),        # فصيل ... أعلن مبايعته لتنظيم / بايع أمير التنظيم
        R("memberOf", "qadisiya", "is", opt=True),
        R("leaderOf", "rahman", "sohr"),              # مدير المرصد X
        R("leaderOf", "hamdan", "qadisiya"),          # «لواء القادسية»، الذي يقوده المدعو X
        R("leaderOf", "baghdadi", "is"),              # أمير التنظيم X
        R("memberOf", "absi", "ahrar", opt=True),     # القيادي السابق في «X» Y (former)
        R("memberOf", "absi", "shamiya"),             # أعلن ... X انضمامه إلى «Y»
        R("memberOf", "dayri", "nusra"),              # X، وهو شرعي في جبهة النصرة
        R("locatedIn", "bukamal", "syria"),           # مدينة البوكمال السورية
        R("locatedIn", "shuhail", "deir", opt=True),
        R("locatedIn", "mayadin", "deir", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["qadisiya"], target=["nusra"], place=["shuhail"]),
        V("Strike", agent=["coalition"], target=["is"], place=["bukamal"], date="2015-03-08", trigger="قصفت"),
        V("Killing", agent=["coalition"], target=["is"], place=["bukamal"], date="2015-03-08", trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Yemen, Aden appointments (2017-06-14, Wednesday)
DOCS.append(dict(
    id="t46-ye-aden", published="2017-06-14",
    text="""عدن - (د ب أ):

أصدر الرئيس اليمني عبد ربه منصور هادي، مساء الثلاثاء، قرارا جمهوريا بتعيين اللواء ناصر الحضرمي محافظا لمحافظة عدن خلفا للمحافظ السابق عيدروس الزبيدي، وقرارا آخر قضى بتعيين العميد فضل المرقشي قائدا للمنطقة العسكرية الرابعة، وترقيته إلى رتبة لواء.

وجاء في القرار، الذي نشرته وكالة الأنباء اليمنية (سبأ) بنسختها التابعة للحكومة، أن المرقشي سيتولى أيضا الإشراف على «ألوية الحماية الرئاسية» المنتشرة في مديرية خور مكسر.

في المقابل، قال محمد عبد السلام، الناطق الرسمي باسم جماعة «أنصار الله» الحوثية، في تغريدة على تويتر، إن القرارات «لا تعني اليمنيين في شيء»، بينما اتهم القيادي في الجماعة، صالح الوشلي، التحالف العربي الذي تقوده السعودية بقصف سوق شعبي في مديرية صرواح بمحافظة مأرب شرقي اليمن.

وأكدت مصادر طبية في المحافظة مقتل سبعة مدنيين على الأقل وإصابة آخرين في الغارة التي وقعت صباح أمس، فيما لم يصدر أي تعليق عن قيادة التحالف. ويشهد الجنوب توترا متصاعدا منذ أشهر بين القوى المحلية، وسط مخاوف من انفجار الوضع عسكريا في أي لحظة.""",
    entities=[
        E("adencity", "Place", ["عدن"], "Aden", qid="Q131694", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi", qid="Q299781"),
        E("hadrami", "Person", ["ناصر الحضرمي"], "Nasser al-Hadrami"),
        E("adengov", "Place", ["محافظة عدن"], "Aden Governorate", sub="Region"),
        E("zubaidi", "Person", ["عيدروس الزبيدي"], "Aidarus al-Zoubaidi"),
        E("marqashi", "Person", ["فضل المرقشي", "المرقشي"], "Fadl al-Marqashi"),
        E("region4", "Organization", ["المنطقة العسكرية الرابعة"], "4th Military Region (Yemen)", sub="ArmedForce"),
        E("saba", "Organization", ["وكالة الأنباء اليمنية", "سبأ"], "Saba News Agency", sub="MediaOrganization"),
        E("gov", "Organization", ["الحكومة"], "Government of Yemen", sub="GovernmentBody", opt=True),
        E("presguard", "Organization", ["ألوية الحماية الرئاسية"], "Presidential Protection Brigades",
          sub="ArmedForce"),
        E("khormaksar", "Place", ["مديرية خور مكسر"], "Khor Maksar", sub="City"),
        E("abdulsalam", "Person", ["محمد عبد السلام"], "Mohammed Abdulsalam"),
        E("houthis", "Organization", ["أنصار الله", "الجماعة"], "Houthis", qid="Q1068427", sub="ArmedGroup"),
        E("washli", "Person", ["صالح الوشلي"], "Saleh al-Washli"),
        E("coalition", "Organization", ["التحالف العربي", "التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("sirwah", "Place", ["مديرية صرواح"], "Sirwah", sub="City"),
        E("marib", "Place", ["محافظة مأرب", "المحافظة"], "Marib Governorate", sub="Region"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
    ],
    relations=[
        R("leaderOf", "hadi", "yemen"),               # الرئيس اليمني X
        R("leaderOf", "hadrami", "adengov"),          # بتعيين اللواء X محافظا لمحافظة عدن
        R("leaderOf", "zubaidi", "adengov", opt=True),  # خلفا للمحافظ السابق X
        R("leaderOf", "marqashi", "region4"),         # بتعيين العميد X قائدا للمنطقة العسكرية الرابعة
        R("locatedIn", "khormaksar", "adencity", opt=True),
        R("spokespersonOf", "abdulsalam", "houthis"),  # X، الناطق الرسمي باسم جماعة «أنصار الله»
        R("memberOf", "washli", "houthis"),           # القيادي في الجماعة، X
        R("leaderOf", "saudi", "coalition"),          # التحالف العربي الذي تقوده السعودية
        R("locatedIn", "sirwah", "marib"),            # مديرية صرواح بمحافظة مأرب
        R("locatedIn", "marib", "yemen"),             # محافظة مأرب شرقي اليمن
        R("locatedIn", "sirwah", "yemen", opt=True),  # (transitive)
        R("partOf", "saba", "gov", opt=True),
        R("leaderOf", "marqashi", "presguard", opt=True),
    ],
    events=[
        V("Strike", agent=["coalition"], place=[["sirwah", "marib"]], date="2017-06-13", trigger="بقصف"),
        V("Killing", agent=["coalition"], place=[["sirwah", "marib"]], date="2017-06-13", trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Libya, Derna and Tripoli (2018-01-23, Tuesday)
DOCS.append(dict(
    id="t46-ly-derna", published="2018-01-23",
    text="""بنغازي - (الأناضول):

قال الناطق باسم القيادة العامة للجيش الوطني الليبي، العميد أحمد المسماري، إن وحدات من الجيش «أحكمت الطوق» على مدينة درنة، شرقي البلاد، وإن «مجلس شورى مجاهدي درنة» الذي يتزعمه سالم دربي فقد خلال الأيام الماضية عددا من أبرز قادته.

وأضاف المسماري، في مؤتمر صحفي عقده مساء الاثنين في بنغازي، أن المشير خليفة حفتر، القائد العام للجيش، أصدر أمرا بتكليف العميد ونيس بوخمادة، آمر القوات الخاصة (الصاعقة)، بالإشراف على غرفة عمليات عمر المختار.

في المقابل، عقد رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج في طرابلس اجتماعا أمنيا حضره كل من وزير الداخلية المفوض عبد السلام عاشور، ورئيس الأركان العامة اللواء عبد الرحمن الطويل، والمبعوث الأممي إلى ليبيا غسان سلامة، لبحث الهجوم الذي استهدف مطار معيتيقة الدولي.

وكان مسلحون من «كتيبة البقرة» قد هاجموا المطار فجر الاثنين، ما أدى إلى مقتل 20 شخصا بينهم عناصر من «قوة الردع الخاصة» التي يقودها عبد الرؤوف كارة. ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى مساء أمس، فيما أعلنت سلطات الطيران تعليق الرحلات مؤقتا.""",
    entities=[
        E("benghazi", "Place", ["بنغازي"], "Benghazi", qid="Q132830", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("gc", "Organization", ["القيادة العامة للجيش الوطني الليبي"], "General Command of the LNA",
          sub="ArmedForce", opt=True),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش"], "Libyan National Army", qid="Q20631985",
          sub="ArmedForce"),
        E("mismari", "Person", ["أحمد المسماري", "المسماري"], "Ahmed al-Mismari"),
        E("derna", "Place", ["مدينة درنة"], "Derna", sub="City"),
        E("libya", "Place", ["البلاد", "ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("dmsc", "Organization", ["مجلس شورى مجاهدي درنة"], "Mujahideen Shura Council in Derna", sub="ArmedGroup"),
        E("darbi", "Person", ["سالم دربي"], "Salem Darbi"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar", qid="Q1046452"),
        E("bukhmada", "Person", ["ونيس بوخمادة"], "Wanis Bukhamada"),
        E("saiqa", "Organization", ["القوات الخاصة", "الصاعقة"], "Saiqa Special Forces", sub="ArmedForce"),
        E("mukhtar", "Organization", ["غرفة عمليات عمر المختار"], "Omar Mukhtar Operations Room", sub="ArmedForce"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council (Libya)", sub="GovernmentBody"),
        E("gna", "Organization", ["حكومة الوفاق الوطني"], "Government of National Accord", qid="Q21712233",
          sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj", qid="Q21713064"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("ashour", "Person", ["عبد السلام عاشور"], "Abdulsalam Ashour"),
        E("tawil", "Person", ["عبد الرحمن الطويل"], "Abdulrahman al-Tawil"),
        E("salame", "Person", ["غسان سلامة"], "Ghassan Salamé", qid="Q3105118"),
        E("un", "Organization", ["الأممي"], "United Nations", opt=True),
        E("mitiga", "Place", ["مطار معيتيقة الدولي", "المطار"], "Mitiga International Airport"),
        E("baqara", "Organization", ["كتيبة البقرة"], "al-Baqara Brigade", sub="ArmedGroup"),
        E("rada", "Organization", ["قوة الردع الخاصة"], "Special Deterrence Force", sub="ArmedGroup"),
        E("kara", "Person", ["عبد الرؤوف كارة"], "Abdulrauf Kara"),
    ],
    relations=[
        R("spokespersonOf", "mismari", "gc"),         # الناطق باسم القيادة العامة للجيش ...، العميد X
        R("spokespersonOf", "mismari", "lna"),
        R("locatedIn", "derna", "libya"),             # مدينة درنة، شرقي البلاد
        R("leaderOf", "darbi", "dmsc"),               # «مجلس ...» الذي يتزعمه X
        R("leaderOf", "haftar", "lna"),               # X، القائد العام للجيش
        R("leaderOf", "bukhmada", "saiqa"),           # X، آمر القوات الخاصة (الصاعقة)
        R("leaderOf", "bukhmada", "mukhtar", opt=True),  # بتكليف X بالإشراف على غرفة عمليات
        R("leaderOf", "sarraj", "pc"),                # رئيس المجلس الرئاسي لحكومة الوفاق X
        R("leaderOf", "sarraj", "gna", opt=True),
        R("partOf", "pc", "gna", opt=True),
        R("positionIn", "ashour", "gna", opt=True),   # وزير الداخلية المفوض X (in a list)
        R("positionIn", "ashour", "libya", opt=True),
        R("leaderOf", "tawil", "gna", opt=True),      # رئيس الأركان العامة X (in a list)
        R("positionIn", "tawil", "gna", opt=True),
        R("positionIn", "salame", "un"),              # المبعوث الأممي إلى ليبيا X
        R("locatedIn", "mitiga", "tripoli", opt=True),
        R("leaderOf", "kara", "rada"),                # «قوة الردع الخاصة» التي يقودها X
    ],
    events=[
        V("Meeting", agent=["sarraj", "ashour", "tawil", "salame"], place=["tripoli"], trigger="اجتماعا"),
        V("Attack", agent=["baqara"], target=["mitiga"], date="2018-01-22", trigger="هاجموا"),
        V("Attack", opt=True, target=["rada"]),
        V("Killing", agent=["baqara"], target=["rada"], place=["mitiga"], date="2018-01-22", trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2016-04-07, Thursday)
DOCS.append(dict(
    id="t46-eg-sinai", published="2016-04-07",
    text="""القاهرة - «الشرق الأوسط»:

أعلن المتحدث العسكري باسم القوات المسلحة المصرية العميد محمد سمير، أمس الأربعاء، مقتل «أمير» تنظيم «ولاية سيناء» في مدينة رفح، المدعو شادي المنيعي، مع ستة من مساعديه، في غارة نفذتها مقاتلات القوات الجوية على مخبأ جنوب المدينة.

وقال سمير، في بيان نشره على صفحته الرسمية في «فيسبوك»، إن القوات «تمكنت كذلك من القبض على 12 عنصرا من العناصر التكفيرية» في مدينة العريش، عاصمة محافظة شمال سيناء، بينهم المدعو حسام أبو زيد، وهو مسؤول الإمداد في التنظيم.

من جهته، أكد محافظ شمال سيناء اللواء عبد الفتاح حرحور أن حظر التجوال سيستمر في مدن العريش والشيخ زويد ورفح، فيما قال النائب عن دائرة العريش في مجلس النواب، حسام الرفاعي، إن الأهالي «يدفعون ثمن الحرب».

وفي سياق آخر، قضت محكمة جنايات القاهرة بالسجن المؤبد على محمود غزلان، عضو مكتب الإرشاد في جماعة الإخوان المسلمين، وعشرة من قيادات الجماعة، بتهمة التحريض على العنف. وتنفي الجماعة أي صلة لها بأعمال العنف، وتقول إن المحاكمات ذات دوافع سياسية.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["القوات المسلحة المصرية", "القوات"], "Egyptian Armed Forces", qid="Q1247963",
          sub="ArmedForce"),
        E("samir", "Person", ["محمد سمير", "سمير"], "Mohamed Samir"),
        E("ws", "Organization", ["ولاية سيناء", "التنظيم"], "Sinai Province", qid="Q17987040", sub="ArmedGroup"),
        E("rafah", "Place", ["مدينة رفح", "رفح", "المدينة"], "Rafah (Egypt)", sub="City"),
        E("menei", "Person", ["شادي المنيعي"], "Shadi al-Menei"),
        E("eaf", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("arish", "Place", ["مدينة العريش", "العريش"], "Arish", qid="Q29949", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء", "شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("abuzeid", "Person", ["حسام أبو زيد"], "Hossam Abu Zeid"),
        E("harhour", "Person", ["عبد الفتاح حرحور"], "Abdel Fattah Harhour"),
        E("zuweid", "Place", ["الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("parliament", "Organization", ["مجلس النواب"], "House of Representatives (Egypt)", sub="GovernmentBody"),
        E("rifai", "Person", ["حسام الرفاعي"], "Hossam al-Rifai"),
        E("court", "Organization", ["محكمة جنايات القاهرة"], "Cairo Criminal Court", sub="GovernmentBody", opt=True),
        E("ghozlan", "Person", ["محمود غزلان"], "Mahmoud Ghozlan"),
        E("guidance", "Organization", ["مكتب الإرشاد"], "Guidance Office", sub="PoliticalOrganization", opt=True),
        E("mb", "Organization", ["جماعة الإخوان المسلمين", "الجماعة"], "Muslim Brotherhood", qid="Q49355",
          sub="PoliticalOrganization"),
    ],
    relations=[
        R("spokespersonOf", "samir", "army"),         # المتحدث العسكري باسم القوات ... العميد X
        R("memberOf", "menei", "ws"),                 # مقتل «أمير» تنظيم «ولاية سيناء» في مدينة رفح، المدعو X
        R("leaderOf", "menei", "ws", opt=True),       # (the group's emir for one town: a member, eval/README.md)
        R("memberOf", "abuzeid", "ws"),               # X، وهو مسؤول الإمداد في التنظيم
        R("locatedIn", "arish", "nsinai"),            # مدينة العريش، عاصمة محافظة شمال سيناء
        R("leaderOf", "harhour", "nsinai"),           # محافظ شمال سيناء اللواء X
        R("locatedIn", "zuweid", "nsinai", opt=True),
        R("locatedIn", "rafah", "nsinai", opt=True),
        R("memberOf", "rifai", "parliament"),         # النائب عن دائرة العريش في مجلس النواب، X
        R("memberOf", "ghozlan", "guidance", opt=True),  # X، عضو مكتب الإرشاد في جماعة Y
        R("memberOf", "ghozlan", "mb"),
        R("partOf", "guidance", "mb", opt=True),
        R("partOf", "eaf", "army", opt=True),
    ],
    events=[
        V("Strike", agent=[["eaf", "army"]], target=["ws"], place=["rafah"], date="2016-04", trigger="غارة"),
        V("Killing", agent=[["eaf", "army"]], target=["menei"], place=["rafah"], date="2016-04", trigger="مقتل"),
        V("Arrest", agent=["army"], target=["abuzeid"], place=[["arish", "nsinai"]], trigger="القبض"),
        V("Arrest", opt=True, target=["ws"], date="2016-04"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Beirut politics (2019-05-21, Tuesday)
DOCS.append(dict(
    id="t46-lb-politics", published="2019-05-21",
    text="""بيروت - «النهار»:

استقبل رئيس الحكومة سعد الحريري في السراي الحكومي، أمس الاثنين، وفدا ضم كلا من وزير المال علي حسن خليل، والنائب عن كتلة «الوفاء للمقاومة» حسين الحاج حسن، والنائب إبراهيم كنعان، رئيس لجنة المال والموازنة النيابية، وبحث معهم أرقام مشروع الموازنة قبل إحالته إلى مجلس النواب.

وقال الحاج حسن، عضو الكتلة التي تمثل «حزب الله» في البرلمان، إن الحزب «لن يقبل بأي مس برواتب العسكريين»، فيما أعلن وزير الخارجية جبران باسيل، رئيس «التيار الوطني الحر»، من بلدة اللقلوق في قضاء جبيل، أن «التيار» سيطرح تعديلات على المشروع.

وكان الأمين العام لحزب الله، السيد حسن نصر الله، قد اتهم في كلمة متلفزة ليل الجمعة الولايات المتحدة بـ«محاولة تجويع اللبنانيين» عبر العقوبات، وهو ما ردت عليه السفيرة الأميركية في لبنان إليزابيث ريتشارد بالقول إن واشنطن «تدعم الجيش اللبناني ومؤسسات الدولة».

أمنيا، أوقفت مخابرات الجيش في بلدة عرسال البقاعية شخصين قالت إنهما من «المنتمين إلى تنظيم داعش الإرهابي»، وأحالتهما إلى القضاء المختص. وتأتي هذه التطورات في ظل ضغوط اقتصادية غير مسبوقة يواجهها البلد منذ أشهر، وتحذيرات دولية من تفاقم العجز.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nahar", "Organization", ["النهار"], "An-Nahar", sub="MediaOrganization", opt=True),
        E("hariri", "Person", ["سعد الحريري"], "Saad Hariri", qid="Q57386"),
        E("gov", "Organization", ["الحكومة"], "Government of Lebanon", sub="GovernmentBody", opt=True),
        E("serail", "Place", ["السراي الحكومي"], "Grand Serail", opt=True),
        E("khalil", "Person", ["علي حسن خليل"], "Ali Hassan Khalil"),
        E("wafaa", "Organization", ["الوفاء للمقاومة", "الكتلة"], "Loyalty to the Resistance Bloc",
          sub="PoliticalOrganization"),
        E("hajjhassan", "Person", ["حسين الحاج حسن", "الحاج حسن"], "Hussein Hajj Hassan"),
        E("kanaan", "Person", ["إبراهيم كنعان"], "Ibrahim Kanaan"),
        E("fincom", "Organization", ["لجنة المال والموازنة النيابية"], "Finance and Budget Committee",
          sub="GovernmentBody"),
        E("parliament", "Organization", ["مجلس النواب", "البرلمان"], "Parliament of Lebanon", sub="GovernmentBody"),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("bassil", "Person", ["جبران باسيل", "باسيل"], "Gebran Bassil", qid="Q3102373"),
        E("fpm", "Organization", ["التيار الوطني الحر", "التيار"], "Free Patriotic Movement", sub="PoliticalOrganization"),
        E("laqlouq", "Place", ["بلدة اللقلوق"], "Laqlouq", sub="City"),
        E("jbeil", "Place", ["قضاء جبيل"], "Byblos District", sub="Region"),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah", qid="Q167070"),
        E("us", "Place", ["الولايات المتحدة", "واشنطن"], "United States", qid="Q30", sub="Country"),
        E("richard", "Person", ["إليزابيث ريتشارد"], "Elizabeth Richard"),
        E("lebanon", "Place", ["لبنان", "البلد"], "Lebanon", qid="Q822", sub="Country"),
        E("laf", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("intel", "Organization", ["مخابرات الجيش"], "Lebanese Army Intelligence", sub="ArmedForce"),
        E("arsal", "Place", ["بلدة عرسال"], "Arsal", sub="City"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
    ],
    relations=[
        R("leaderOf", "hariri", "gov"),               # رئيس الحكومة X
        R("positionIn", "khalil", "gov", opt=True),   # (كلا من) وزير المال X
        R("positionIn", "khalil", "lebanon", opt=True),
        R("memberOf", "hajjhassan", "wafaa"),         # والنائب عن كتلة «X» Y (in a list)
        R("memberOf", "hajjhassan", "parliament", opt=True),
        R("leaderOf", "kanaan", "fincom"),            # والنائب X، رئيس لجنة المال ...
        R("memberOf", "kanaan", "parliament", opt=True),
        R("partOf", "fincom", "parliament", opt=True),
        R("partOf", "wafaa", "hezbollah", opt=True),  # الكتلة التي تمثل «حزب الله»
        R("positionIn", "bassil", "gov", opt=True),   # وزير الخارجية X
        R("positionIn", "bassil", "lebanon", opt=True),
        R("leaderOf", "bassil", "fpm"),               # X، رئيس «التيار الوطني الحر»
        R("locatedIn", "laqlouq", "jbeil"),           # بلدة اللقلوق في قضاء جبيل
        R("leaderOf", "nasrallah", "hezbollah"),      # الأمين العام لحزب الله، السيد X
        R("positionIn", "richard", "us"),             # السفيرة الأميركية في لبنان X
        R("partOf", "intel", "laf", opt=True),
        R("locatedIn", "arsal", "lebanon", opt=True),
    ],
    events=[
        V("Meeting", agent=["hariri", "khalil", "hajjhassan", "kanaan"], place=["serail"], date="2019-05-20",
          trigger="استقبل"),
        V("Arrest", agent=["intel"], target=["isis"], place=["arsal"], trigger="أوقفت"),
    ],
))

# ---------------------------------------------------------------- Iran, Khuzestan (2015-09-29, Tuesday)
DOCS.append(dict(
    id="t46-ir-ahvaz", published="2015-09-29",
    text="""طهران - (إرنا):

أعلنت وزارة الاستخبارات الإيرانية، الاثنين، تفكيك «خلية إرهابية» في مدينة الأهواز، عاصمة محافظة خوزستان جنوب غربي إيران، قالت إن أفرادها ينتمون إلى «حركة النضال العربي لتحرير الأحواز» التي يقودها من الخارج المدعو حبيب الكعبي.

ونقلت الوكالة الرسمية عن المدعي العام في المحافظة، علي رضا صادقي، أن المعتقلين الخمسة «كانوا يخططون لاستهداف منشآت نفطية»، وأن أحدهم، ويدعى رضا العبيداوي، «عضو في الجناح المسلح للحركة».

وفي سياق متصل، عين المرشد الأعلى علي خامنئي، بموجب مرسوم صدر الأحد، العميد حسين سلامي نائبا للقائد العام لحرس الثورة الإسلامية، فيما أكد قائد فيلق القدس في الحرس، اللواء قاسم سليماني، خلال لقائه قادة عسكريين في مدينة مشهد، أن بلاده «ستواصل دعم الحكومة السورية».

من جهتها، قالت المتحدثة باسم الخارجية الإيرانية مرضية أفخم إن طهران «لن تسمح لأي طرف بتهديد أمنها»، مطالبة الدنمارك، حيث يقيم الكعبي، بتسليمه. ولم يصدر أي تعليق رسمي من كوبنهاغن حتى الآن، فيما تقول منظمات حقوقية إن المعتقلين حرموا من حق الاستعانة بمحامين.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("irna", "Organization", ["إرنا", "الوكالة الرسمية"], "IRNA", sub="MediaOrganization", opt=True),
        E("mois", "Organization", ["وزارة الاستخبارات الإيرانية"], "Ministry of Intelligence (Iran)",
          sub="GovernmentBody"),
        E("ahvaz", "Place", ["مدينة الأهواز"], "Ahvaz", qid="Q193062", sub="City"),
        E("khuzestan", "Place", ["محافظة خوزستان", "المحافظة"], "Khuzestan Province", sub="Region"),
        E("iran", "Place", ["إيران", "بلاده"], "Iran", qid="Q794", sub="Country"),
        E("asmla", "Organization", ["حركة النضال العربي لتحرير الأحواز", "الحركة"],
          "Arab Struggle Movement for the Liberation of Ahvaz", sub="ArmedGroup"),
        E("kaabi", "Person", ["حبيب الكعبي", "الكعبي"], "Habib al-Kaabi"),
        E("sadeghi", "Person", ["علي رضا صادقي"], "Alireza Sadeghi"),
        E("obeidavi", "Person", ["رضا العبيداوي"], "Reza al-Obeidavi"),
        E("wing", "Organization", ["الجناح المسلح للحركة"], "armed wing of ASMLA", sub="ArmedGroup", opt=True),
        E("khamenei", "Person", ["علي خامنئي"], "Ali Khamenei", qid="Q57336"),
        E("salami", "Person", ["حسين سلامي"], "Hossein Salami", qid="Q5953478"),
        E("irgc", "Organization", ["حرس الثورة الإسلامية", "الحرس"], "Islamic Revolutionary Guard Corps",
          qid="Q271110", sub="ArmedForce"),
        E("quds", "Organization", ["فيلق القدس"], "Quds Force", qid="Q855165", sub="ArmedForce"),
        E("soleimani", "Person", ["قاسم سليماني"], "Qasem Soleimani", qid="Q708198"),
        E("mashhad", "Place", ["مدينة مشهد"], "Mashhad", sub="City"),
        E("syriagov", "Organization", ["الحكومة السورية"], "Government of Syria", sub="GovernmentBody", opt=True),
        E("copenhagen", "Place", ["كوبنهاغن"], "Copenhagen", qid="Q1748", sub="City", alt=["Organization"]),
        E("denmark", "Place", ["الدنمارك"], "Denmark", qid="Q35", sub="Country"),
        E("afkham", "Person", ["مرضية أفخم"], "Marzieh Afkham", qid="Q6758727"),
        E("mfa", "Organization", ["الخارجية الإيرانية"], "Ministry of Foreign Affairs (Iran)", sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "ahvaz", "khuzestan"),         # مدينة الأهواز، عاصمة محافظة خوزستان
        R("locatedIn", "khuzestan", "iran"),          # محافظة خوزستان جنوب غربي إيران
        R("locatedIn", "ahvaz", "iran", opt=True),    # (transitive)
        R("leaderOf", "kaabi", "asmla"),              # «الحركة» التي يقودها من الخارج المدعو X
        R("positionIn", "sadeghi", "khuzestan"),      # المدعي العام في المحافظة، X
        R("memberOf", "obeidavi", "wing", opt=True),  # X، «عضو في الجناح المسلح للحركة»
        R("memberOf", "obeidavi", "asmla"),
        R("partOf", "wing", "asmla", opt=True),
        R("leaderOf", "khamenei", "iran", opt=True),  # المرشد الأعلى X
        R("positionIn", "salami", "irgc"),            # X نائبا للقائد العام لحرس الثورة
        R("leaderOf", "soleimani", "quds"),           # قائد فيلق القدس في الحرس، اللواء X
        R("partOf", "quds", "irgc"),                  # فيلق القدس في الحرس
        R("spokespersonOf", "afkham", "mfa"),         # المتحدثة باسم الخارجية الإيرانية X
    ],
    events=[
        V("Arrest", agent=["mois"], target=["asmla"], place=[["ahvaz", "khuzestan"]], trigger="تفكيك"),
        V("Meeting", opt=True, agent=["soleimani"], place=["mashhad"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Kirkuk (2017-10-17, Tuesday)
DOCS.append(dict(
    id="t46-iq-kirkuk", published="2017-10-17",
    text="""كركوك (العراق) - (رويترز):

دخلت القوات العراقية وفصائل من الحشد الشعبي، الاثنين، مبنى المحافظة وسط مدينة كركوك، بعد انسحاب قوات البيشمركة الكردية من مواقعها في المدينة دون قتال يذكر، في خطوة قال مسؤولون إنها جاءت بتوجيه مباشر من رئيس الوزراء حيدر العبادي.

وكلف العبادي، في بيان صدر عن مكتبه، راكان سعيد الجبوري، نائب المحافظ، بإدارة شؤون المحافظة، بعد أن صوت مجلس النواب الشهر الماضي على إقالة المحافظ نجم الدين كريم، القيادي في حزب الاتحاد الوطني الكردستاني.

وقال المتحدث باسم وزارة البيشمركة في حكومة إقليم كردستان، جبار ياور، إن قواته «أعادت تموضعها» لتجنب إراقة الدماء، متهما قادة في الاتحاد الوطني، بينهم بافل طالباني، نجل الرئيس العراقي الراحل جلال طالباني، بإبرام «صفقة» مع بغداد.

من جهته، أكد الفريق الركن عبد الوهاب الساعدي، قائد عمليات جهاز مكافحة الإرهاب في المحور الشمالي، أن قواته سيطرت على حقول نفط باي حسن وآفانا شمال غربي المدينة، وأن «الحياة عادت طبيعية في أحياء كركوك». ويخشى السكان من أن تتحول الأزمة إلى مواجهة مفتوحة بين الطرفين في الأسابيع المقبلة.""",
    entities=[
        E("kirkukcity", "Place", ["مدينة كركوك", "المدينة", "كركوك"], "Kirkuk", qid="Q189057", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("isf", "Organization", ["القوات العراقية"], "Iraqi Security Forces", sub="ArmedForce"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", qid="Q19903474", sub="ArmedGroup"),
        E("kirkukgov", "Place", ["المحافظة"], "Kirkuk Governorate", sub="Region"),
        E("peshmerga", "Organization", ["البيشمركة"], "Peshmerga", qid="Q1130543", sub="ArmedForce"),
        E("abadi", "Person", ["حيدر العبادي", "العبادي"], "Haider al-Abadi", qid="Q1641392"),
        E("rakan", "Person", ["راكان سعيد الجبوري"], "Rakan Saeed al-Jubouri"),
        E("parliament", "Organization", ["مجلس النواب"], "Council of Representatives of Iraq", sub="GovernmentBody"),
        E("karim", "Person", ["نجم الدين كريم"], "Najmiddin Karim", qid="Q6960470"),
        E("puk", "Organization", ["حزب الاتحاد الوطني الكردستاني", "الاتحاد الوطني"], "Patriotic Union of Kurdistan",
          qid="Q654280", sub="PoliticalOrganization"),
        E("mop", "Organization", ["وزارة البيشمركة"], "Ministry of Peshmerga Affairs", sub="GovernmentBody"),
        E("krg", "Organization", ["حكومة إقليم كردستان"], "Kurdistan Regional Government", qid="Q1140453",
          sub="GovernmentBody"),
        E("yawar", "Person", ["جبار ياور"], "Jabbar Yawar"),
        E("bafel", "Person", ["بافل طالباني"], "Bafel Talabani"),
        E("jalal", "Person", ["جلال طالباني"], "Jalal Talabani", qid="Q57542"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City", alt=["Organization"]),
        E("wsaadi", "Person", ["عبد الوهاب الساعدي"], "Abdulwahab al-Saadi"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter Terrorism Service", qid="Q5177019",
          sub="ArmedForce"),
        E("baihassan", "Place", ["باي حسن"], "Bai Hassan", opt=True),
        E("avana", "Place", ["آفانا"], "Avana", opt=True),
    ],
    relations=[
        R("leaderOf", "abadi", "iraq", opt=True),     # رئيس الوزراء X
        R("positionIn", "abadi", "iraq", opt=True),
        R("positionIn", "rakan", "kirkukgov"),        # X، نائب المحافظ
        R("leaderOf", "rakan", "kirkukgov", opt=True),  # كلف ... بإدارة شؤون المحافظة
        R("leaderOf", "karim", "kirkukgov"),          # إقالة المحافظ X (former)
        R("memberOf", "karim", "puk"),                # X، القيادي في حزب الاتحاد الوطني الكردستاني
        R("spokespersonOf", "yawar", "mop"),          # المتحدث باسم وزارة البيشمركة في حكومة ...، X
        R("partOf", "mop", "krg"),                    # وزارة البيشمركة في حكومة إقليم كردستان
        R("memberOf", "bafel", "puk"),                # قادة في الاتحاد الوطني، بينهم X
        R("leaderOf", "jalal", "iraq"),               # الرئيس العراقي الراحل X
        R("leaderOf", "wsaadi", "cts"),               # X، قائد عمليات جهاز مكافحة الإرهاب
        R("locatedIn", "kirkukcity", "iraq"),         # كركوك (العراق)
        R("locatedIn", "kirkukcity", "kirkukgov", opt=True),
    ],
    events=[
        V("MilitaryOperation", opt=True, agent=["isf", "pmf"], place=["kirkukcity"], date="2017-10-16"),
        V("Visit", opt=True, agent=["isf", "pmf"], place=["kirkukcity"], date="2017-10-16"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2018-08-08, Wednesday)
DOCS.append(dict(
    id="t46-sy-idlib", published="2018-08-08",
    text="""إدلب (سوريا) - خاص:

شنت طائرات حربية روسية، فجر الثلاثاء، غارات على بلدات التمانعة وخان شيخون في ريف إدلب الجنوبي، ما أدى إلى مقتل أربعة مدنيين بينهم طفلان، بحسب ما أفاد الدفاع المدني السوري المعروف بـ«الخوذ البيضاء».

ويأتي التصعيد بعد أيام من إعلان فصائل معارضة، أبرزها «حركة أحرار الشام» و«فيلق الشام» و«جيش الأحرار»، اندماجها في «الجبهة الوطنية للتحرير» التي يقودها العقيد فضل الله الحجي، وقال الناطق باسمها، النقيب ناجي مصطفى، إن مقاتليها «رفعوا الجاهزية» على جبهات ريف حماة الشمالي.

في المقابل، نفى أبو محمد الجولاني، القائد العام لهيئة تحرير الشام، في تسجيل صوتي، وجود مفاوضات مع الجانب التركي حول حل الهيئة، في حين قال مصدر مقرب من الهيئة إن القيادي فيها أبو اليقظان المصري «أقيل من منصبه الشرعي».

وفي مدينة إدلب، مركز المحافظة، أعلن المجلس المحلي أن رئيسه الجديد، المهندس عمار الدرويش، انتخب بأغلبية الأعضاء، خلفا لزميله عبد الحميد الخطيب الذي قدم استقالته الشهر الماضي. ويعيش في المحافظة نحو ثلاثة ملايين نسمة، نصفهم تقريبا من النازحين، بحسب تقديرات الأمم المتحدة.""",
    entities=[
        E("idlibcity", "Place", ["مدينة إدلب", "إدلب"], "Idlib", qid="Q203147", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("tamanaa", "Place", ["التمانعة"], "Al-Tamanah", sub="City"),
        E("khanshaykhun", "Place", ["خان شيخون"], "Khan Shaykhun", qid="Q1029853", sub="City"),
        E("idlibgov", "Place", ["المحافظة"], "Idlib Governorate", sub="Region"),
        E("wh", "Organization", ["الدفاع المدني السوري", "الخوذ البيضاء"], "White Helmets", qid="Q21130434"),
        E("ahrar", "Organization", ["حركة أحرار الشام"], "Ahrar al-Sham", qid="Q2495209", sub="ArmedGroup"),
        E("faylaq", "Organization", ["فيلق الشام"], "Sham Legion", sub="ArmedGroup"),
        E("jaysh", "Organization", ["جيش الأحرار"], "Jaysh al-Ahrar", sub="ArmedGroup"),
        E("nlf", "Organization", ["الجبهة الوطنية للتحرير"], "National Front for Liberation", qid="Q52143024",
          sub="ArmedGroup"),
        E("hajji", "Person", ["فضل الله الحجي"], "Fadlallah al-Hajji"),
        E("mustafa", "Person", ["ناجي مصطفى"], "Naji Mustafa"),
        E("hama", "Place", ["حماة"], "Hama Governorate", sub="Region", opt=True),
        E("jolani", "Person", ["أبو محمد الجولاني"], "Abu Mohammad al-Julani", qid="Q2625680"),
        E("hts", "Organization", ["هيئة تحرير الشام", "الهيئة"], "Hay'at Tahrir al-Sham", qid="Q28034411",
          sub="ArmedGroup"),
        E("masri", "Person", ["أبو اليقظان المصري"], "Abu al-Yaqzan al-Masri"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("council", "Organization", ["المجلس المحلي"], "Idlib Local Council", sub="GovernmentBody"),
        E("darwish", "Person", ["عمار الدرويش"], "Ammar al-Darwish"),
        E("khatib", "Person", ["عبد الحميد الخطيب"], "Abdulhamid al-Khatib"),
    ],
    relations=[
        R("locatedIn", "idlibcity", "syria"),         # إدلب (سوريا)
        R("locatedIn", "khanshaykhun", "idlibgov", opt=True),  # ريف إدلب الجنوبي
        R("locatedIn", "tamanaa", "idlibgov", opt=True),
        R("memberOf", "ahrar", "nlf"),                # فصائل ...، أبرزها X و Y و Z، اندماجها في W
        R("memberOf", "faylaq", "nlf"),
        R("memberOf", "jaysh", "nlf"),
        R("leaderOf", "hajji", "nlf"),                # «الجبهة ...» التي يقودها العقيد X
        R("spokespersonOf", "mustafa", "nlf"),        # الناطق باسمها، النقيب X
        R("leaderOf", "jolani", "hts"),               # X، القائد العام لهيئة تحرير الشام
        R("memberOf", "masri", "hts"),                # القيادي فيها X
        R("locatedIn", "idlibcity", "idlibgov"),      # مدينة إدلب، مركز المحافظة
        R("leaderOf", "darwish", "council"),          # المجلس المحلي ... رئيسه الجديد، المهندس X
        R("leaderOf", "khatib", "council", opt=True),  # خلفا لزميله X
    ],
    events=[
        V("Strike", place=["tamanaa", "khanshaykhun"], date="2018-08-07", trigger="غارات"),
        V("Killing", place=["tamanaa", "khanshaykhun"], date="2018-08-07", trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Yemen, Shabwa (2014-12-02, Tuesday)
DOCS.append(dict(
    id="t46-ye-shabwa", published="2014-12-02",
    text="""صنعاء - (رويترز):

قال مسؤولون محليون إن مسلحين من تنظيم «أنصار الشريعة»، الذراع المحلية لتنظيم القاعدة في جزيرة العرب، هاجموا فجر الاثنين نقطة تفتيش للجيش قرب مدينة عتق، عاصمة محافظة شبوة جنوبي اليمن، ما أسفر عن مقتل خمسة جنود وإصابة ثلاثة آخرين.

وأوضح محافظ شبوة أحمد علي باحاج، في اتصال هاتفي مع رويترز، أن المهاجمين «فروا باتجاه مديرية الصعيد»، وأن وحدات من اللواء الثاني مشاة جبلي بقيادة العميد عوض العولقي تلاحقهم.

وتبنى التنظيم الهجوم في بيان نشره على حسابه في تويتر، وقال فيه المسؤول الشرعي للتنظيم في المحافظة، ويكنى أبا البراء الشبواني، إن «المجاهدين سيواصلون استهداف الجيش».

وكان زعيم تنظيم القاعدة في جزيرة العرب ناصر الوحيشي قد دعا في تسجيل مصور الشهر الماضي إلى «قتال الحوثيين»، بعد سيطرة جماعتهم على العاصمة صنعاء في أيلول/سبتمبر، فيما أكد الناطق باسم الجماعة، محمد عبد السلام، أن مقاتليها «سيطهرون البلاد من التكفيريين». وتتكرر مثل هذه الهجمات في المحافظات الجنوبية والشرقية منذ سنوات، وسط ضعف واضح لقوات الأمن المحلية.""",
    entities=[
        E("sanaa", "Place", ["صنعاء", "العاصمة صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("ansar", "Organization", ["أنصار الشريعة", "التنظيم"], "Ansar al-Sharia (Yemen)", sub="ArmedGroup"),
        E("aqap", "Organization", ["القاعدة في جزيرة العرب"], "al-Qaeda in the Arabian Peninsula", qid="Q221003",
          sub="ArmedGroup"),
        E("army", "Organization", ["الجيش"], "Yemeni Army", sub="ArmedForce"),
        E("ataq", "Place", ["مدينة عتق"], "Ataq", sub="City"),
        E("shabwa", "Place", ["محافظة شبوة", "شبوة", "المحافظة"], "Shabwah Governorate", sub="Region"),
        E("yemen", "Place", ["اليمن", "البلاد"], "Yemen", qid="Q805", sub="Country"),
        E("bahaj", "Person", ["أحمد علي باحاج"], "Ahmed Ali Bahaj"),
        E("said", "Place", ["مديرية الصعيد"], "As Said District", sub="City"),
        E("brigade2", "Organization", ["اللواء الثاني مشاة جبلي"], "2nd Mountain Infantry Brigade", sub="ArmedForce"),
        E("awlaki", "Person", ["عوض العولقي"], "Awad al-Awlaki"),
        E("shabwani", "Person", ["أبا البراء الشبواني"], "Abu al-Baraa al-Shabwani"),
        E("wuhayshi", "Person", ["ناصر الوحيشي"], "Nasir al-Wuhayshi", qid="Q1330089"),
        E("houthis", "Organization", ["الحوثيين", "الجماعة"], "Houthis", qid="Q1068427", sub="ArmedGroup"),
        E("abdulsalam", "Person", ["محمد عبد السلام"], "Mohammed Abdulsalam"),
    ],
    relations=[
        R("partOf", "ansar", "aqap"),                 # «أنصار الشريعة»، الذراع المحلية لتنظيم القاعدة
        R("locatedIn", "ataq", "shabwa"),             # مدينة عتق، عاصمة محافظة شبوة
        R("locatedIn", "shabwa", "yemen"),            # محافظة شبوة جنوبي اليمن
        R("locatedIn", "ataq", "yemen", opt=True),    # (transitive)
        R("leaderOf", "bahaj", "shabwa"),             # محافظ شبوة X
        R("leaderOf", "awlaki", "brigade2"),          # اللواء ... بقيادة العميد X
        R("partOf", "brigade2", "army", opt=True),
        R("memberOf", "shabwani", "ansar"),           # المسؤول الشرعي للتنظيم ...، ويكنى X
        R("leaderOf", "wuhayshi", "aqap"),            # زعيم تنظيم القاعدة في جزيرة العرب X
        R("spokespersonOf", "abdulsalam", "houthis"),  # الناطق باسم الجماعة، X
        R("locatedIn", "said", "shabwa", opt=True),
    ],
    events=[
        V("Attack", agent=["ansar"], target=["army"], place=[["ataq", "shabwa"]], date="2014-12-01",
          trigger="هاجموا"),
        V("Killing", agent=["ansar"], target=["army"], place=[["ataq", "shabwa"]], date="2014-12-01",
          trigger="مقتل"),
    ],
))
