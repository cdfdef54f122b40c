"""Hand annotations of the thirty-eighth training set (see eval/train38/README.md).

Relations told the way Saudi and pan-Arab papers told them in 2014-2019, the relations helper's working
set: officials in protocol news (وزير الخارجية عادل الجبير، سمو أمير منطقة X الأمير Y، معالي رئيس Y،
نائب رئيس مجلس الوزراء، المتحدث الأمني لوزارة الداخلية اللواء X), ambassadors (سفير خادم الحرمين
الشريفين لدى Y: positionIn the sending state), royal decrees that appoint and relieve (صدر أمر ملكي
بتعيين X وزيرا لـ، إعفاء X من منصبه), militants in long sentences (القيادي في، أحد عناصر، المنتمي إلى،
زعيم جماعة X المدعومة من إيران، قائدها، أمينها العام), places (محافظة X التابعة لمنطقة Y، مدينة X
اليمنية، مديرية X في محافظة Y، حي X شرق مدينة Y، capitals in apposition), parties and parliaments
(النائب عن كتلة X، رئيس حزب X، عضو المكتب السياسي لحركة X). Persons are invented except well-known
public figures. Written and annotated before the extractor was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Saudi Arabia, royal orders (2018-02-27, Tuesday)
DOCS.append(dict(
    id="t38-sa-orders", published="2018-02-27",
    text="""الرياض - واس:

صدرت أمس الاثنين أوامر ملكية شملت تعيين الأمير فهد بن تركي بن عبدالعزيز قائدا للقوات المشتركة، وإعفاء رئيس هيئة الأركان العامة الفريق أول ركن عبدالرحمن البنيان من منصبه وإحالته إلى التقاعد، وتعيين الفريق الركن فياض الرويلي رئيسا لهيئة الأركان العامة.

كما صدر أمر ملكي بتعيين الدكتور ماجد بن سعد الحربي نائبا لوزير الشؤون البلدية والقروية بالمرتبة الممتازة، وآخر بتعيين الأمير تركي بن طلال نائبا لأمير منطقة عسير.

ونصت الأوامر على إعفاء سفير خادم الحرمين الشريفين لدى المملكة الأردنية الهاشمية خالد بن صالح العتيبي من منصبه، وتعيينه مستشارا بالديوان الملكي، على أن يحل محله في عمان سلمان بن فيصل الدوسري.

وفي سياق متصل، رفع سمو أمير منطقة الجوف الأمير بدر بن سلطان، باسمه ونيابة عن أهالي المنطقة، الشكر لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز على الثقة الملكية، فيما أكد وزير الخارجية عادل الجبير، في تصريح لصحيفة «عكاظ»، أن المملكة «ماضية في تطوير منظومتها الدفاعية».

وكان مجلس الوزراء قد عقد جلسته الأسبوعية في قصر اليمامة بالرياض برئاسة الملك، وأوضح وزير الإعلام الدكتور عواد العواد، في بيان عقب الجلسة، أن المجلس اطلع على تقارير عن سير العمليات العسكرية في اليمن.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("fahd", "Person", ["فهد بن تركي بن عبدالعزيز"], "Fahd bin Turki bin Abdulaziz"),
        E("jointforces", "Organization", ["القوات المشتركة"], "Joint Forces Command (Saudi Arabia)",
          sub="ArmedForce"),
        E("staff", "Organization", ["هيئة الأركان العامة"], "Saudi General Staff", sub="ArmedForce"),
        E("bunyan", "Person", ["عبدالرحمن البنيان"], "Abdulrahman al-Bunyan"),
        E("ruwaili", "Person", ["فياض الرويلي"], "Fayyadh al-Ruwaili"),
        E("harbi", "Person", ["ماجد بن سعد الحربي"], "Majed bin Saad al-Harbi"),
        E("momra", "Organization", ["الشؤون البلدية والقروية"], "Ministry of Municipal and Rural Affairs",
          sub="GovernmentBody", opt=True),
        E("turki", "Person", ["تركي بن طلال"], "Turki bin Talal"),
        E("asir", "Place", ["منطقة عسير"], "Asir Province", sub="Region"),
        E("jordan", "Place", ["المملكة الأردنية الهاشمية"], "Jordan", qid="Q810", sub="Country"),
        E("otaibi", "Person", ["خالد بن صالح العتيبي"], "Khaled bin Saleh al-Otaibi"),
        E("court", "Organization", ["الديوان الملكي"], "Royal Court (Saudi Arabia)", sub="GovernmentBody"),
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("dosari", "Person", ["سلمان بن فيصل الدوسري"], "Salman bin Faisal al-Dosari"),
        E("jouf", "Place", ["منطقة الجوف", "المنطقة"], "Al-Jawf Province", sub="Region"),
        E("badr", "Person", ["بدر بن سلطان"], "Badr bin Sultan"),
        E("salman", "Person", ["الملك سلمان بن عبدالعزيز", "الملك"], "King Salman", qid="Q367825"),
        E("jubeir", "Person", ["عادل الجبير"], "Adel al-Jubeir"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization"),
        E("ksa", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("cabinet", "Organization", ["مجلس الوزراء", "المجلس"], "Council of Ministers (Saudi Arabia)",
          sub="GovernmentBody"),
        E("yamamah", "Place", ["قصر اليمامة"], "Al-Yamamah Palace"),
        E("awwad", "Person", ["عواد العواد"], "Awwad al-Awwad"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
    ],
    relations=[
        R("leaderOf", "fahd", "jointforces"),         # تعيين X قائدا للقوات المشتركة
        R("leaderOf", "bunyan", "staff"),             # إعفاء رئيس هيئة الأركان العامة X (former)
        R("positionIn", "bunyan", "staff", opt=True),
        R("leaderOf", "ruwaili", "staff"),            # تعيين X رئيسا لهيئة الأركان العامة
        R("positionIn", "ruwaili", "staff", opt=True),
        R("positionIn", "harbi", "momra", opt=True),  # نائبا لوزير الشؤون البلدية والقروية
        R("positionIn", "turki", "asir"),             # X نائبا لأمير منطقة عسير
        R("positionIn", "otaibi", "ksa"),             # سفير خادم الحرمين الشريفين لدى الأردن X (former)
        R("positionIn", "otaibi", "court", opt=True),  # وتعيينه مستشارا بالديوان الملكي
        R("positionIn", "dosari", "ksa", opt=True),   # يحل محله في عمان X
        R("locatedIn", "amman", "jordan", opt=True),
        R("leaderOf", "badr", "jouf"),                # سمو أمير منطقة الجوف الأمير X
        R("leaderOf", "salman", "ksa"),               # خادم الحرمين الشريفين الملك X
        R("positionIn", "jubeir", "ksa", opt=True),   # وزير الخارجية X (the country named as المملكة)
        R("leaderOf", "salman", "cabinet", opt=True),  # برئاسة الملك
        R("locatedIn", "yamamah", "riyadh"),          # قصر اليمامة بالرياض
        R("positionIn", "awwad", "ksa", opt=True),    # وزير الإعلام X
        R("positionIn", "awwad", "cabinet", opt=True),
    ],
    events=[
        V("Meeting", opt=True, agent=["cabinet"], place=[["yamamah", "riyadh"]]),
    ],
))

# ---------------------------------------------------------------- Kuwait, new cabinet (2017-12-12, Tuesday)
DOCS.append(dict(
    id="t38-kw-cabinet", published="2017-12-12",
    text="""الكويت - «الحياة»:

أدت الحكومة الكويتية الجديدة برئاسة الشيخ جابر المبارك الحمد الصباح اليمين الدستورية أمس أمام أمير البلاد الشيخ صباح الأحمد الجابر الصباح، بعد أن صدر مرسوم أميري بتشكيلها ضم 16 وزيرا، بينهم ثمانية وجوه جديدة.

واحتفظ الشيخ صباح الخالد الحمد الصباح بمنصبه نائبا أول لرئيس مجلس الوزراء ووزيرا للخارجية، فيما عُين الشيخ ناصر صباح الأحمد نائبا أول لرئيس الوزراء ووزيرا للدفاع، وخرج وزير الداخلية السابق الشيخ خالد الجراح من الحكومة ليحل محله الشيخ طلال الخالد.

وقال النائب عن كتلة «الإصلاح والتنمية» في مجلس الأمة فيصل المطيري لـ«الحياة» إن التشكيلة «لم تأخذ في الحسبان مطالب النواب»، مشيرا إلى أن عددا من أعضاء الكتلة سيقدمون استجوابا لوزير المالية نايف الحجرف.

من جهته، رحب رئيس مجلس الأمة مرزوق الغانم بالحكومة الجديدة، ودعا في بيان وزعه المكتب الإعلامي للمجلس إلى «التعاون بين السلطتين».

وفي شأن آخر، أعلنت وزارة الداخلية أن الإدارة العامة للمباحث الجنائية ضبطت مواطنا في منطقة الجهراء شمال غرب العاصمة، قالت إنه من المنتمين إلى تنظيم «داعش»، وكان يخطط «لاستهداف مقار أمنية»، وأحالته إلى النيابة العامة.""",
    entities=[
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("gov", "Organization", ["الحكومة الكويتية", "الحكومة"], "Government of Kuwait", sub="GovernmentBody"),
        E("jaber", "Person", ["جابر المبارك الحمد الصباح"], "Jaber Al-Mubarak Al-Hamad Al-Sabah"),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah Al-Ahmad Al-Jaber Al-Sabah", qid="Q57532"),
        E("khalid", "Person", ["صباح الخالد الحمد الصباح"], "Sabah Al-Khalid Al-Hamad Al-Sabah"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers of Kuwait", sub="GovernmentBody",
          opt=True),
        E("nasser", "Person", ["ناصر صباح الأحمد"], "Nasser Sabah Al-Ahmad"),
        E("jarrah", "Person", ["خالد الجراح"], "Khalid Al-Jarrah"),
        E("talal", "Person", ["طلال الخالد"], "Talal Al-Khalid"),
        E("islah", "Organization", ["الإصلاح والتنمية", "الكتلة"], "Reform and Development bloc",
          sub="PoliticalOrganization"),
        E("umma", "Organization", ["مجلس الأمة", "المجلس"], "National Assembly (Kuwait)", sub="GovernmentBody"),
        E("mutairi", "Person", ["فيصل المطيري"], "Faisal al-Mutairi"),
        E("hajraf", "Person", ["نايف الحجرف"], "Nayef al-Hajraf"),
        E("ghanim", "Person", ["مرزوق الغانم"], "Marzouq al-Ghanim"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Kuwait)", sub="GovernmentBody"),
        E("cid", "Organization", ["الإدارة العامة للمباحث الجنائية"], "General Department of Criminal Investigation",
          sub="GovernmentBody"),
        E("jahra", "Place", ["منطقة الجهراء"], "Jahra", sub="Region"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("prosecution", "Organization", ["النيابة العامة"], "Public Prosecution (Kuwait)", sub="GovernmentBody",
          opt=True),
    ],
    relations=[
        R("leaderOf", "jaber", "gov"),                # الحكومة ... برئاسة الشيخ X
        R("leaderOf", "sabah", "kuwait"),             # أمير البلاد الشيخ X
        R("positionIn", "khalid", "cabinet", opt=True),  # نائبا أول لرئيس مجلس الوزراء
        R("positionIn", "khalid", "gov", opt=True),
        R("positionIn", "khalid", "kuwait", opt=True),
        R("positionIn", "nasser", "gov", opt=True),   # نائبا أول لرئيس الوزراء ووزيرا للدفاع
        R("positionIn", "nasser", "cabinet", opt=True),
        R("positionIn", "nasser", "kuwait", opt=True),
        R("positionIn", "jarrah", "kuwait", opt=True),  # وزير الداخلية السابق
        R("memberOf", "mutairi", "islah"),            # النائب عن كتلة «X» في مجلس الأمة Y
        R("memberOf", "mutairi", "umma"),
        R("positionIn", "hajraf", "gov", opt=True),   # وزير المالية X
        R("positionIn", "hajraf", "kuwait", opt=True),
        R("leaderOf", "ghanim", "umma"),              # رئيس مجلس الأمة X
        R("partOf", "cid", "moi", opt=True),          # أعلنت الوزارة أن الإدارة ... ضبطت
        R("locatedIn", "jahra", "kuwait"),            # منطقة الجهراء شمال غرب العاصمة
        R("partOf", "islah", "umma", opt=True),
    ],
    events=[
        V("Arrest", agent=["cid"], place=["jahra"], trigger="ضبطت"),
        V("Arrest", opt=True, agent=["moi"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Hodeidah (2018-06-14, Thursday)
DOCS.append(dict(
    id="t38-ye-hodeidah", published="2018-06-14",
    text="""عدن - «عكاظ»:

أعلن المتحدث الرسمي باسم قوات تحالف دعم الشرعية في اليمن العقيد الركن تركي المالكي، أمس، أن قوات الجيش الوطني اليمني، بإسناد من التحالف، باتت على مشارف مطار الحديدة جنوب المدينة، مؤكدا أن العمليات تسير «وفق الخطط المرسومة».

وقال المالكي إن زعيم جماعة الحوثي المدعومة من إيران، عبدالملك الحوثي، «يدفع بالأطفال إلى الجبهات»، مضيفا أن القيادي في الجماعة أبو علي الحاكم، الذي يقود ما تسمى المنطقة العسكرية الخامسة، فرّ من مديرية الدريهمي في محافظة الحديدة.

وفي محافظة تعز، قال قائد محور تعز العميد سمير الصبري لـ«عكاظ» إن ألوية الجيش سيطرت على مواقع في مديرية مقبنة غرب مدينة تعز اليمنية، بعد معارك أسفرت عن مقتل 14 من عناصر الميليشيا، بينهم مشرفها في المديرية المدعو حسين الضبيبي.

سياسيا، التقى نائب الرئيس اليمني الفريق علي محسن الأحمر في الرياض، أمس، سفير خادم الحرمين الشريفين لدى اليمن محمد آل جابر، وبحثا الأوضاع الإنسانية في مدينة الحديدة اليمنية.

وكان المبعوث الأممي إلى اليمن مارتن غريفيث قد وصل إلى صنعاء، عاصمة البلاد التي يسيطر عليها الحوثيون منذ 2014، في محاولة لإقناعهم بتسليم ميناء الحديدة إلى الأمم المتحدة.""",
    entities=[
        E("aden", "Place", ["عدن"], "Aden", qid="Q131694", sub="City"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("coalition", "Organization", ["قوات تحالف دعم الشرعية في اليمن", "التحالف"],
          "Saudi-led coalition", sub="Coalition"),
        E("yemen", "Place", ["اليمن", "البلاد"], "Yemen", qid="Q805", sub="Country"),
        E("maliki", "Person", ["تركي المالكي", "المالكي"], "Turki al-Maliki"),
        E("army", "Organization", ["قوات الجيش الوطني اليمني", "الجيش"], "Yemeni National Army",
          sub="ArmedForce"),
        E("airport", "Place", ["مطار الحديدة"], "Hodeidah Airport"),
        E("hodeidah", "Place", ["مدينة الحديدة", "المدينة"], "Hodeidah", qid="Q185187", sub="City"),
        E("houthis", "Organization", ["جماعة الحوثي", "الجماعة", "الحوثيون", "الميليشيا"], "Houthis",
          sub="ArmedGroup"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("abdulmalik", "Person", ["عبدالملك الحوثي"], "Abdul-Malik al-Houthi"),
        E("hakim", "Person", ["أبو علي الحاكم"], "Abu Ali al-Hakim"),
        E("region5", "Organization", ["المنطقة العسكرية الخامسة"], "Fifth Military Region", sub="ArmedForce"),
        E("durayhimi", "Place", ["مديرية الدريهمي"], "Ad Durayhimi District", sub="Region"),
        E("hodeidah_gov", "Place", ["محافظة الحديدة"], "Al Hudaydah Governorate", sub="Region"),
        E("taiz_gov", "Place", ["محافظة تعز"], "Taiz Governorate", sub="Region"),
        E("taizaxis", "Organization", ["محور تعز"], "Taiz Military Axis", sub="ArmedForce"),
        E("sabri", "Person", ["سمير الصبري"], "Samir al-Sabri"),
        E("maqbana", "Place", ["مديرية مقبنة", "المديرية"], "Maqbanah District", sub="Region"),
        E("taiz", "Place", ["مدينة تعز"], "Taiz", sub="City"),
        E("dubaibi", "Person", ["حسين الضبيبي"], "Hussein al-Dhubaibi"),
        E("mohsen", "Person", ["علي محسن الأحمر"], "Ali Mohsen al-Ahmar"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("aljaber", "Person", ["محمد آل جابر"], "Mohammed Al Jaber"),
        E("griffiths", "Person", ["مارتن غريفيث"], "Martin Griffiths"),
        E("sanaa", "Place", ["صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("port", "Place", ["ميناء الحديدة"], "Port of Hodeidah"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
    ],
    relations=[
        R("spokespersonOf", "maliki", "coalition"),   # المتحدث الرسمي باسم قوات تحالف ... العقيد الركن X
        R("locatedIn", "airport", "hodeidah"),        # مطار الحديدة جنوب المدينة
        R("affiliatedWith", "houthis", "iran"),       # جماعة الحوثي المدعومة من إيران
        R("leaderOf", "abdulmalik", "houthis"),       # زعيم جماعة الحوثي ...، X
        R("memberOf", "hakim", "houthis"),            # القيادي في الجماعة X
        R("leaderOf", "hakim", "region5"),            # الذي يقود ما تسمى المنطقة العسكرية الخامسة
        R("partOf", "region5", "houthis", opt=True),
        R("locatedIn", "durayhimi", "hodeidah_gov"),  # مديرية الدريهمي في محافظة الحديدة
        R("leaderOf", "sabri", "taizaxis"),           # قائد محور تعز العميد X
        R("partOf", "taizaxis", "army", opt=True),
        R("locatedIn", "maqbana", "taiz"),            # مديرية مقبنة غرب مدينة تعز اليمنية
        R("locatedIn", "taiz", "yemen"),
        R("locatedIn", "maqbana", "taiz_gov", opt=True),
        R("locatedIn", "taiz", "taiz_gov", opt=True),
        R("memberOf", "dubaibi", "houthis"),          # بينهم مشرفها في المديرية المدعو X
        R("positionIn", "mohsen", "yemen"),           # نائب الرئيس اليمني الفريق X
        R("positionIn", "aljaber", "riyadh", opt=True),  # (a capital standing for its state; not required)
        R("locatedIn", "hodeidah", "yemen"),          # مدينة الحديدة اليمنية
        R("locatedIn", "hodeidah", "hodeidah_gov", opt=True),
        R("positionIn", "griffiths", "un"),           # المبعوث الأممي إلى اليمن X
        R("locatedIn", "sanaa", "yemen"),             # صنعاء، عاصمة البلاد
        R("locatedIn", "port", "hodeidah", opt=True),
        R("locatedIn", "port", "yemen", opt=True),   # transitive
    ],
    events=[
        V("Meeting", agent=["mohsen", "aljaber"], place=["riyadh"], date="2018-06-13", trigger="التقى"),
        V("Visit", agent=["griffiths"], place=["sanaa"], trigger="وصل"),
        V("Killing", opt=True, target=["houthis"], place=[["maqbana", "taiz"]]),
        V("Attack", opt=True, agent=["army"], place=[["maqbana", "taiz"]]),
    ],
))

# ---------------------------------------------------------------- Iraq, parliament and the PMF (2018-09-04, Tuesday)
DOCS.append(dict(
    id="t38-iq-blocs", published="2018-09-04",
    text="""بغداد - «الحياة»:

افتتح مجلس النواب العراقي أمس جلسته الأولى بعد الانتخابات برئاسة رئيس السن محمد علي زيني، وسط خلاف بين تحالفي «الإصلاح والإعمار» و«البناء» على أيهما الكتلة الأكبر.

وقال النائب عن كتلة «سائرون» المدعومة من رجل الدين مقتدى الصدر، رائد فهمي، إن تحالف الإصلاح «جمع تواقيع 177 نائبا»، فيما رد رئيس ائتلاف «دولة القانون» نوري المالكي بأن الأرقام «غير دقيقة».

وكان هادي العامري، الأمين العام لمنظمة «بدر» وزعيم قائمة «الفتح» التي تضم فصائل في الحشد الشعبي، قد أعلن انضمامه إلى تحالف «البناء» الأسبوع الماضي.

وفي البصرة، قال عضو المكتب السياسي لحركة «عصائب أهل الحق» ليث العذاري لـ«الحياة» إن مقار الحركة في حي الجزائر وسط المدينة تعرضت للحرق على يد محتجين، متهما «جهات مرتبطة بالخارج» بالوقوف وراء ذلك.

وفي الأنبار، أعلنت قيادة العمليات المشتركة أن قوة من الجيش العراقي قتلت أحد عناصر تنظيم «داعش» يدعى عمر الفهداوي قرب بلدة الرطبة غرب المحافظة، وألقت القبض على اثنين من مساعديه. وأوضح الناطق باسم القيادة العميد يحيى رسول أن الفهداوي «كان مسؤولا عن نقل الانتحاريين» إلى مدينة الرمادي، مركز المحافظة.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("cor", "Organization", ["مجلس النواب العراقي"], "Council of Representatives of Iraq",
          sub="GovernmentBody"),
        E("zaini", "Person", ["محمد علي زيني"], "Mohammed Ali Zaini"),
        E("islah", "Organization", ["الإصلاح والإعمار", "تحالف الإصلاح"], "Reform and Reconstruction Alliance",
          sub="Coalition"),
        E("binaa", "Organization", ["البناء"], "Fatah-led Binaa Alliance", sub="Coalition"),
        E("sairoon", "Organization", ["سائرون"], "Sairoon", sub="PoliticalOrganization"),
        E("sadr", "Person", ["مقتدى الصدر"], "Muqtada al-Sadr"),
        E("fahmi", "Person", ["رائد فهمي"], "Raid Fahmi"),
        E("dawla", "Organization", ["دولة القانون"], "State of Law Coalition", sub="PoliticalOrganization"),
        E("maliki", "Person", ["نوري المالكي"], "Nouri al-Maliki"),
        E("amiri", "Person", ["هادي العامري"], "Hadi al-Amiri"),
        E("badr", "Organization", ["بدر"], "Badr Organization", sub="ArmedGroup"),
        E("fatah", "Organization", ["الفتح"], "Fatah Alliance", sub="PoliticalOrganization"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("basra", "Place", ["البصرة", "المدينة"], "Basra", qid="Q48195", sub="City"),
        E("asaib", "Organization", ["عصائب أهل الحق", "الحركة"], "Asa'ib Ahl al-Haq", sub="ArmedGroup"),
        E("athari", "Person", ["ليث العذاري"], "Laith al-Adhari"),
        E("politburo", "Organization", ["المكتب السياسي"], "Asa'ib Ahl al-Haq political bureau", opt=True),
        E("jazair", "Place", ["حي الجزائر"], "al-Jazair district", sub="City"),
        E("anbar", "Place", ["الأنبار", "المحافظة"], "Anbar Governorate", sub="Region"),
        E("joc", "Organization", ["قيادة العمليات المشتركة", "القيادة"], "Joint Operations Command (Iraq)",
          sub="ArmedForce"),
        E("army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("fahdawi", "Person", ["عمر الفهداوي", "الفهداوي"], "Omar al-Fahdawi"),
        E("rutba", "Place", ["بلدة الرطبة"], "Rutba", sub="City"),
        E("rasool", "Person", ["يحيى رسول"], "Yahya Rasool"),
        E("ramadi", "Place", ["مدينة الرمادي"], "Ramadi", qid="Q207301", sub="City"),
    ],
    relations=[
        R("leaderOf", "zaini", "cor", opt=True),      # الجلسة برئاسة رئيس السن X
        R("memberOf", "fahmi", "sairoon"),            # النائب عن كتلة «سائرون» ...، X
        R("memberOf", "fahmi", "cor", opt=True),
        R("affiliatedWith", "sairoon", "sadr"),       # المدعومة من رجل الدين X
        R("leaderOf", "maliki", "dawla"),             # رئيس ائتلاف «دولة القانون» X
        R("leaderOf", "amiri", "badr"),               # X، الأمين العام لمنظمة «بدر»
        R("leaderOf", "amiri", "fatah"),              # وزعيم قائمة «الفتح»
        R("memberOf", "amiri", "binaa", opt=True),    # أعلن انضمامه إلى تحالف «البناء»
        R("memberOf", "fatah", "binaa", opt=True),
        R("partOf", "badr", "pmf", opt=True),
        R("memberOf", "athari", "asaib"),             # عضو المكتب السياسي لحركة «X» Y
        R("memberOf", "athari", "politburo", opt=True),
        R("partOf", "politburo", "asaib", opt=True),
        R("locatedIn", "jazair", "basra"),            # حي الجزائر وسط المدينة
        R("locatedIn", "rutba", "anbar"),             # بلدة الرطبة غرب المحافظة
        R("memberOf", "fahdawi", "isis"),             # أحد عناصر تنظيم «داعش» يدعى X
        R("spokespersonOf", "rasool", "joc"),         # الناطق باسم القيادة العميد X
        R("locatedIn", "ramadi", "anbar"),            # مدينة الرمادي، مركز المحافظة
        R("partOf", "army", "joc", opt=True),
    ],
    events=[
        V("Killing", agent=["army"], target=["fahdawi"], place=["rutba"], trigger="قتلت"),
        V("Arrest", agent=["army"], place=["rutba"], trigger="ألقت"),
        V("Attack", opt=True, target=["asaib"], place=[["jazair", "basra"]]),
    ],
))

# ---------------------------------------------------------------- Lebanon, Hezbollah and Ain al-Hilweh (2019-08-27, Tuesday)
DOCS.append(dict(
    id="t38-lb-dahiyeh", published="2019-08-27",
    text="""بيروت - «الشرق الأوسط»:

توعد «حزب الله» بالرد على سقوط طائرتين مسيرتين إسرائيليتين في حي معوض بالضاحية الجنوبية لبيروت فجر الأحد، وقال أمينه العام حسن نصر الله في كلمة متلفزة إن الحزب «لن يسمح بمسار كهذا».

وقال عضو المجلس السياسي في الحزب محمود قماطي إن «الرد آت»، في حين دعا النائب عن كتلة «الوفاء للمقاومة» حسن فضل الله الحكومة اللبنانية إلى تقديم شكوى إلى مجلس الأمن الدولي.

وترأس رئيس الجمهورية ميشال عون، أمس، اجتماعا للمجلس الأعلى للدفاع في قصر بعبدا، حضره رئيس الحكومة سعد الحريري ووزير الدفاع إلياس بو صعب، وقائد الجيش العماد جوزيف عون.

في غضون ذلك، قتل عنصر في حركة «فتح» بإطلاق نار في مخيم عين الحلوة للاجئين الفلسطينيين قرب مدينة صيدا جنوب لبنان، واتهم مسؤول في الحركة، طلب عدم ذكر اسمه، «عناصر متشددة مرتبطة بجماعة جند الشام» بالوقوف وراء الحادث. وقال قائد الأمن الوطني الفلسطيني في المخيم اللواء صبحي أبو عرب إن القوة المشتركة تلاحق مطلق النار، ويدعى بلال العرقوب، المنتمي إلى مجموعة متشددة تنشط في حي الطيرة.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("muawwad", "Place", ["حي معوض"], "Muawwad", sub="City"),
        E("dahiyeh", "Place", ["الضاحية الجنوبية لبيروت"], "Dahieh", sub="Region"),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah"),
        E("qamati", "Person", ["محمود قماطي"], "Mahmoud Qamati"),
        E("wafa", "Organization", ["الوفاء للمقاومة"], "Loyalty to the Resistance Bloc",
          sub="PoliticalOrganization"),
        E("fadlallah", "Person", ["حسن فضل الله"], "Hassan Fadlallah"),
        E("gov", "Organization", ["الحكومة اللبنانية"], "Government of Lebanon", sub="GovernmentBody"),
        E("unsc", "Organization", ["مجلس الأمن الدولي"], "UN Security Council", sub="GovernmentBody"),
        E("aoun", "Person", ["ميشال عون"], "Michel Aoun", qid="Q353304"),
        E("hdc", "Organization", ["المجلس الأعلى للدفاع"], "Higher Defence Council (Lebanon)",
          sub="GovernmentBody"),
        E("baabda", "Place", ["قصر بعبدا"], "Baabda Palace"),
        E("hariri", "Person", ["سعد الحريري"], "Saad Hariri", qid="Q57471"),
        E("bousaab", "Person", ["إلياس بو صعب"], "Elias Bou Saab"),
        E("jaoun", "Person", ["جوزيف عون"], "Joseph Aoun"),
        E("laf", "Organization", ["الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("fatah", "Organization", ["فتح", "الحركة"], "Fatah", sub="PoliticalOrganization"),
        E("hilweh", "Place", ["مخيم عين الحلوة", "المخيم"], "Ain al-Hilweh", sub="City"),
        E("sidon", "Place", ["مدينة صيدا"], "Sidon", qid="Q178724", sub="City"),
        E("lebanon", "Place", ["جنوب لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("jund", "Organization", ["جند الشام"], "Jund al-Sham", sub="ArmedGroup"),
        E("nsf", "Organization", ["الأمن الوطني الفلسطيني"], "Palestinian National Security Forces",
          sub="ArmedForce"),
        E("abuarab", "Person", ["صبحي أبو عرب"], "Subhi Abu Arab"),
        E("joint", "Organization", ["القوة المشتركة"], "Joint Palestinian Security Force", sub="ArmedForce",
          opt=True),
        E("arqoub", "Person", ["بلال العرقوب"], "Bilal al-Arqoub"),
        E("tira", "Place", ["حي الطيرة"], "al-Tira", sub="City"),
    ],
    relations=[
        R("locatedIn", "muawwad", "dahiyeh"),         # حي معوض بالضاحية الجنوبية لبيروت
        R("locatedIn", "dahiyeh", "beirut", opt=True),
        R("leaderOf", "nasrallah", "hezbollah"),      # وقال أمينه العام X
        R("memberOf", "qamati", "hezbollah"),         # عضو المجلس السياسي في الحزب X
        R("memberOf", "fadlallah", "wafa"),           # النائب عن كتلة «X» Y
        R("affiliatedWith", "wafa", "hezbollah", opt=True),
        R("leaderOf", "aoun", "lebanon"),             # رئيس الجمهورية X
        R("leaderOf", "aoun", "hdc", opt=True),       # ترأس اجتماعا للمجلس
        R("leaderOf", "hariri", "gov"),               # رئيس الحكومة X
        R("positionIn", "hariri", "lebanon", opt=True),
        R("positionIn", "bousaab", "lebanon", opt=True),  # وزير الدفاع X
        R("positionIn", "bousaab", "gov", opt=True),
        R("leaderOf", "jaoun", "laf"),                # قائد الجيش العماد X
        R("locatedIn", "hilweh", "sidon"),            # مخيم عين الحلوة ... قرب مدينة صيدا جنوب لبنان
        R("locatedIn", "sidon", "lebanon"),
        R("locatedIn", "hilweh", "lebanon", opt=True),
        R("leaderOf", "abuarab", "nsf"),              # قائد الأمن الوطني الفلسطيني في المخيم اللواء X
        R("locatedIn", "tira", "hilweh", opt=True),
    ],
    events=[
        V("Meeting", agent=["aoun", "hariri", "bousaab", "jaoun"], place=["baabda"], date="2019-08-26",
          trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["hdc"]),
        V("Killing", target=["fatah"], place=["hilweh"], trigger="قتل"),
        V("Killing", opt=True, agent=["arqoub", "jund"]),
        V("Strike", opt=True, place=[["muawwad", "dahiyeh", "beirut"]], date="2019-08-25"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2018-10-16, Tuesday)
DOCS.append(dict(
    id="t38-sy-idlib", published="2018-10-16",
    text="""إسطنبول - «الشرق الأوسط»:

اغتال مجهولون، مساء أمس، القيادي في «هيئة تحرير الشام» أبو أيوب الشامي، بعبوة ناسفة استهدفت سيارته على الطريق بين بلدة سرمدا ومدينة الدانا في ريف إدلب الشمالي قرب الحدود التركية، وفق ما أفاد المرصد السوري لحقوق الإنسان.

وقال مدير المرصد رامي عبد الرحمن إن الشامي، الذي كان يشغل منصب «أمني قطاع الحدود» في الهيئة، هو الخامس من قادتها الذين يقتلون في عمليات مماثلة منذ مطلع الشهر.

وتتهم الهيئة، التي يتزعمها أبو محمد الجولاني وتعد جبهة النصرة سابقا عمودها الفقري، خلايا تابعة لتنظيم «داعش» بتنفيذ عمليات الاغتيال، فيما يقول ناشطون إن بعضها يأتي في إطار صراع داخلي.

إلى ذلك، أعلن «الجيش الوطني» المدعوم من تركيا أن مقاتليه أحبطوا محاولة تسلل لعناصر من «وحدات حماية الشعب» الكردية قرب بلدة مارع في ريف حلب الشمالي. وقال المتحدث باسمه الرائد يوسف حمود إن «المهاجمين تكبدوا خسائر».

وفي دمشق، نقلت وكالة الأنباء السورية «سانا» عن محافظ ريف دمشق علاء إبراهيم قوله إن معبر نصيب الحدودي مع الأردن، في ريف درعا الشرقي، أعيد فتحه أمس أمام المسافرين.""",
    entities=[
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("hts", "Organization", ["هيئة تحرير الشام", "الهيئة"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("shami", "Person", ["أبو أيوب الشامي", "الشامي"], "Abu Ayyub al-Shami"),
        E("sarmada", "Place", ["بلدة سرمدا"], "Sarmada", sub="City"),
        E("dana", "Place", ["مدينة الدانا"], "Dana", sub="City"),
        E("idlib", "Place", ["ريف إدلب"], "Idlib Governorate", sub="Region"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights"),
        E("rami", "Person", ["رامي عبد الرحمن"], "Rami Abdel Rahman"),
        E("jolani", "Person", ["أبو محمد الجولاني"], "Abu Mohammad al-Julani"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("sna", "Organization", ["الجيش الوطني"], "Syrian National Army", sub="ArmedGroup"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("ypg", "Organization", ["وحدات حماية الشعب"], "People's Protection Units", sub="ArmedGroup"),
        E("marea", "Place", ["بلدة مارع"], "Marea", sub="City"),
        E("aleppo", "Place", ["ريف حلب"], "Aleppo Governorate", sub="Region"),
        E("hammoud", "Person", ["يوسف حمود"], "Youssef Hammoud"),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("sana", "Organization", ["وكالة الأنباء السورية", "سانا"], "SANA", sub="MediaOrganization"),
        E("rifdimashq", "Place", ["ريف دمشق"], "Rif Dimashq Governorate", sub="Region"),
        E("ibrahim", "Person", ["علاء إبراهيم"], "Alaa Ibrahim"),
        E("nasib", "Place", ["معبر نصيب"], "Nasib Border Crossing"),
        E("jordan", "Place", ["الأردن"], "Jordan", qid="Q810", sub="Country"),
        E("daraa", "Place", ["ريف درعا"], "Daraa Governorate", sub="Region"),
    ],
    relations=[
        R("memberOf", "shami", "hts"),                # القيادي في «هيئة تحرير الشام» X
        R("locatedIn", "sarmada", "idlib"),           # بين بلدة سرمدا ومدينة الدانا في ريف إدلب الشمالي
        R("locatedIn", "dana", "idlib"),
        R("leaderOf", "rami", "sohr"),                # مدير المرصد X
        R("positionIn", "shami", "hts", opt=True),    # الذي كان يشغل منصب «أمني قطاع الحدود» في الهيئة
        R("leaderOf", "jolani", "hts"),               # الهيئة، التي يتزعمها X
        R("partOf", "nusra", "hts", opt=True),        # جبهة النصرة ... عمودها الفقري
        R("affiliatedWith", "sna", "turkey"),         # «الجيش الوطني» المدعوم من تركيا
        R("locatedIn", "marea", "aleppo"),            # بلدة مارع في ريف حلب الشمالي
        R("spokespersonOf", "hammoud", "sna"),        # وقال المتحدث باسمه الرائد X
        R("leaderOf", "ibrahim", "rifdimashq"),       # محافظ ريف دمشق X
        R("locatedIn", "nasib", "daraa"),             # معبر نصيب ...، في ريف درعا الشرقي
    ],
    events=[
        V("Killing", target=["shami"], place=[["sarmada", "dana", "idlib"]], date="2018-10-15", trigger="اغتال"),
        V("Attack", opt=True, target=["shami"], date="2018-10-15"),
        V("Attack", opt=True, agent=["ypg"], place=[["marea", "aleppo"]]),
    ],
))

# ---------------------------------------------------------------- Bahrain, a cell (2017-03-08, Wednesday)
DOCS.append(dict(
    id="t38-bh-cell", published="2017-03-08",
    text="""المنامة - «عكاظ»:

أعلن رئيس الأمن العام في البحرين اللواء طارق الحسن، أمس، القبض على 25 شخصا ضمن خلية قال إنها تابعة لـ«سرايا الأشتر» المدعومة من الحرس الثوري الإيراني، كانت تخطط لاغتيال مسؤولين وتفجير منشآت أمنية.

وأوضح الحسن، في مؤتمر صحافي عقده في مقر القيادة العامة لقوات الأمن العام، أن زعيم الخلية، ويدعى حسين علي داود، «تلقى تدريبات في معسكرات تابعة للحرس الثوري في إيران»، مشيرا إلى أن أحد عناصر الخلية، المنتمي إلى تنظيم «سرايا المختار»، فرّ إلى العراق قبل أيام من المداهمات.

وأضاف أن عمليات الدهم شملت منازل في قرية الدراز شمال غرب العاصمة المنامة، وبلدة سترة التابعة للمحافظة الوسطى، حيث ضُبطت كميات من المتفجرات والأسلحة.

وفي ردود الفعل، أكد وزير الخارجية البحريني الشيخ خالد بن أحمد بن محمد آل خليفة، في تغريدة على حسابه في «تويتر»، أن بلاده «ستتصدى بحزم لكل من يهدد أمنها»، فيما أدان الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني «التدخلات الإيرانية السافرة».

وكانت محكمة بحرينية قد أصدرت الشهر الماضي أحكاما بالسجن المؤبد على 11 متهما بالانتماء إلى «سرايا الأشتر»، التي تصنفها المنامة والرياض وأبوظبي والقاهرة منظمة إرهابية.""",
    entities=[
        E("manama", "Place", ["المنامة"], "Manama", qid="Q3882", sub="City", alt=["Organization"]),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("pss", "Organization", ["الأمن العام", "قوات الأمن العام"], "Bahrain Public Security", sub="ArmedForce"),
        E("bahrain", "Place", ["البحرين"], "Bahrain", qid="Q398", sub="Country"),
        E("hassan", "Person", ["طارق الحسن", "الحسن"], "Tariq al-Hassan"),
        E("ashtar", "Organization", ["سرايا الأشتر"], "Al-Ashtar Brigades", sub="ArmedGroup"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني", "الحرس الثوري"], "Islamic Revolutionary Guard Corps",
          sub="ArmedForce"),
        E("daoud", "Person", ["حسين علي داود"], "Hussein Ali Daoud"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("mukhtar", "Organization", ["سرايا المختار"], "Saraya al-Mukhtar", sub="ArmedGroup"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("diraz", "Place", ["قرية الدراز"], "Diraz", sub="City"),
        E("sitra", "Place", ["بلدة سترة"], "Sitra", sub="City"),
        E("central", "Place", ["المحافظة الوسطى"], "Central Governorate (Bahrain)", sub="Region"),
        E("khalid", "Person", ["خالد بن أحمد بن محمد آل خليفة"], "Khalid bin Ahmed Al Khalifa"),
        E("twitter", "Organization", ["تويتر"], "Twitter", opt=True),
        E("gcc", "Organization", ["مجلس التعاون لدول الخليج العربية"], "Gulf Cooperation Council",
          sub="Coalition"),
        E("zayani", "Person", ["عبداللطيف الزياني"], "Abdullatif al-Zayani"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City", alt=["Organization"]),
        E("abudhabi", "Place", ["أبوظبي"], "Abu Dhabi", qid="Q1519", sub="City", alt=["Organization"]),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("leaderOf", "hassan", "pss"),               # رئيس الأمن العام في البحرين اللواء X
        R("affiliatedWith", "ashtar", "irgc"),        # «سرايا الأشتر» المدعومة من الحرس الثوري الإيراني
        R("memberOf", "daoud", "ashtar", opt=True),   # زعيم الخلية (a cell of the group)
        R("locatedIn", "diraz", "manama", opt=True),  # قرية الدراز شمال غرب العاصمة المنامة
        R("locatedIn", "diraz", "bahrain", opt=True),
        R("locatedIn", "manama", "bahrain", opt=True),
        R("locatedIn", "sitra", "central"),           # بلدة سترة التابعة للمحافظة الوسطى
        R("positionIn", "khalid", "bahrain"),         # وزير الخارجية البحريني الشيخ X
        R("leaderOf", "zayani", "gcc"),               # الأمين العام لمجلس التعاون ... X
        R("locatedIn", "pss", "bahrain", opt=True),
    ],
    events=[
        V("Arrest", agent=["pss"], place=[["diraz", "sitra"]], trigger="القبض"),
        V("Arrest", opt=True, date="2017-03"),
    ],
))

# ---------------------------------------------------------------- Libya, Tripoli front (2019-04-23, Tuesday)
DOCS.append(dict(
    id="t38-ly-tripoli", published="2019-04-23",
    text="""بنغازي - «الشرق الأوسط»:

قال الناطق باسم «الجيش الوطني الليبي» اللواء أحمد المسماري إن قوات الجيش، التي يقودها المشير خليفة حفتر، «تتقدم بثبات» في محور عين زارة جنوب العاصمة طرابلس، مؤكدا أن طيرانها استهدف مخازن ذخيرة في معسكر اليرموك.

وأضاف المسماري، في مؤتمر صحافي عقده مساء أمس في بنغازي، أن «بين المقاتلين في صفوف ميليشيات طرابلس عناصر مطلوبة»، مسميا القيادي في «مجلس شورى ثوار بنغازي» زياد بلعم، الذي قال إنه يقود مجموعة مسلحة في حي صلاح الدين.

في المقابل، أعلن المتحدث العسكري باسم حكومة الوفاق الوطني، التي يرأسها فائز السراج، العقيد محمد قنونو أن قوات الحكومة أسرت 14 عنصرا من قوات حفتر قرب مطار طرابلس الدولي المغلق منذ 2014.

وطالب وزير الداخلية في حكومة الوفاق فتحي باشاغا، في لقاء مع سفراء أوروبيين في العاصمة التونسية، بوقف دعم «المعتدي»، فيما قال عضو المجلس الأعلى للدولة عن مدينة مصراتة، عبدالرحمن الشاطر، إن «الحل لن يكون عسكريا».

ويتهم أنصار حفتر الحكومة بالتحالف مع جماعات متطرفة، بينها «الجماعة الليبية المقاتلة» التي كان عبدالحكيم بلحاج أميرها.""",
    entities=[
        E("benghazi", "Place", ["بنغازي"], "Benghazi", qid="Q132830", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش"], "Libyan National Army", sub="ArmedForce"),
        E("mismari", "Person", ["أحمد المسماري", "المسماري"], "Ahmed al-Mismari"),
        E("haftar", "Person", ["خليفة حفتر", "حفتر"], "Khalifa Haftar"),
        E("ainzara", "Place", ["عين زارة"], "Ain Zara", sub="City"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("yarmouk", "Place", ["معسكر اليرموك"], "Yarmouk camp"),
        E("bsrc", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries' Shura Council",
          sub="ArmedGroup"),
        E("belam", "Person", ["زياد بلعم"], "Ziyad Belaam"),
        E("salahuddin", "Place", ["حي صلاح الدين"], "Salah al-Din district", sub="City"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق", "الحكومة"], "Government of National Accord",
          sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj"),
        E("gununu", "Person", ["محمد قنونو"], "Mohamed Gununu"),
        E("airport", "Place", ["مطار طرابلس الدولي"], "Tripoli International Airport"),
        E("bashagha", "Person", ["فتحي باشاغا"], "Fathi Bashagha"),
        E("hcs", "Organization", ["المجلس الأعلى للدولة"], "High Council of State (Libya)", sub="GovernmentBody"),
        E("misrata", "Place", ["مدينة مصراتة"], "Misrata", sub="City"),
        E("shatir", "Person", ["عبدالرحمن الشاطر"], "Abdulrahman al-Shatir"),
        E("lifg", "Organization", ["الجماعة الليبية المقاتلة"], "Libyan Islamic Fighting Group", sub="ArmedGroup"),
        E("belhaj", "Person", ["عبدالحكيم بلحاج"], "Abdelhakim Belhaj"),
    ],
    relations=[
        R("spokespersonOf", "mismari", "lna"),        # الناطق باسم «الجيش الوطني الليبي» اللواء X
        R("leaderOf", "haftar", "lna"),               # قوات الجيش، التي يقودها المشير X
        R("locatedIn", "ainzara", "tripoli"),         # محور عين زارة جنوب العاصمة طرابلس
        R("memberOf", "belam", "bsrc"),               # القيادي في «مجلس شورى ثوار بنغازي» X
        R("leaderOf", "sarraj", "gna"),               # حكومة الوفاق الوطني، التي يرأسها X
        R("spokespersonOf", "gununu", "gna"),         # المتحدث العسكري باسم حكومة الوفاق ...، العقيد X
        R("locatedIn", "airport", "tripoli", opt=True),
        R("positionIn", "bashagha", "gna"),           # وزير الداخلية في حكومة الوفاق X
        R("memberOf", "shatir", "hcs"),               # عضو المجلس الأعلى للدولة عن مدينة مصراتة، X
        R("leaderOf", "belhaj", "lifg"),              # التي كان X أميرها
        R("affiliatedWith", "gna", "lifg", opt=True),  # (an accusation)
        R("locatedIn", "salahuddin", "tripoli", opt=True),
    ],
    events=[
        V("Strike", agent=["lna"], place=["yarmouk"], trigger="استهدف"),
        V("Arrest", agent=["gna"], target=["lna"], place=["airport"], trigger="أسرت"),
        V("Meeting", opt=True, agent=["bashagha"]),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2018-02-13, Tuesday)
DOCS.append(dict(
    id="t38-eg-sinai", published="2018-02-13",
    text="""القاهرة - «اليوم»:

أعلن المتحدث العسكري باسم القوات المسلحة المصرية العقيد تامر الرفاعي، أمس، مقتل 12 عنصرا تكفيريا والقبض على 92 مشتبها بهم في اليوم الرابع من العملية الشاملة «سيناء 2018»، موضحا أن القوات الجوية دمرت 60 هدفا في شمال سيناء ووسطها.

وقال الرفاعي في البيان رقم 4 إن بين القتلى «أحد العناصر القيادية» في تنظيم «أنصار بيت المقدس»، الذي بايع تنظيم «داعش» عام 2014 وبات يعرف باسم «ولاية سيناء»، ويدعى محمد سلامة أبو شيتة، وكان مسؤولا عن «خلية الكمائن» في مدينة الشيخ زويد.

ويشارك في العملية الجيش الثاني الميداني، الذي يتولى قيادته اللواء أركان حرب أحمد وصفي، إلى جانب قوات الشرطة المدنية.

في غضون ذلك، تفقد محافظ شمال سيناء اللواء عبدالفتاح حرحور مستشفى العريش العام في مدينة العريش، عاصمة المحافظة، فيما قررت وزارة التربية والتعليم تأجيل امتحانات الفصل الدراسي الثاني في مدارس المحافظة.

وكان الرئيس عبدالفتاح السيسي قد كلف رئيس أركان حرب القوات المسلحة الفريق محمد فريد حجازي، في نوفمبر الماضي، بإعادة الأمن إلى سيناء خلال ثلاثة أشهر، إثر الهجوم على مسجد الروضة في قرية الروضة غرب بئر العبد، الذي أودى بحياة 305 أشخاص.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("yaum", "Organization", ["اليوم"], "Al-Yaum", sub="MediaOrganization", opt=True),
        E("eaf", "Organization", ["القوات المسلحة المصرية", "القوات المسلحة"], "Egyptian Armed Forces",
          sub="ArmedForce"),
        E("rifai", "Person", ["تامر الرفاعي", "الرفاعي"], "Tamer al-Rifai"),
        E("airforce", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("nsinai", "Place", ["شمال سيناء", "المحافظة"], "North Sinai Governorate", sub="Region"),
        E("abm", "Organization", ["أنصار بيت المقدس", "ولاية سيناء"], "Ansar Bayt al-Maqdis (IS Sinai Province)",
          sub="ArmedGroup"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("abushita", "Person", ["محمد سلامة أبو شيتة"], "Mohamed Salama Abu Shita"),
        E("zuweid", "Place", ["مدينة الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("army2", "Organization", ["الجيش الثاني الميداني"], "Egyptian Second Field Army", sub="ArmedForce"),
        E("wasfi", "Person", ["أحمد وصفي"], "Ahmed Wasfi"),
        E("police", "Organization", ["الشرطة المدنية"], "Egyptian police", sub="ArmedForce", opt=True),
        E("harhour", "Person", ["عبدالفتاح حرحور"], "Abdel Fattah Harhour"),
        E("hospital", "Place", ["مستشفى العريش العام"], "Arish General Hospital"),
        E("arish", "Place", ["مدينة العريش"], "Arish", qid="Q29974", sub="City"),
        E("moe", "Organization", ["وزارة التربية والتعليم"], "Ministry of Education (Egypt)",
          sub="GovernmentBody", opt=True),
        E("sisi", "Person", ["عبدالفتاح السيسي"], "Abdel Fattah el-Sisi", qid="Q8020"),
        E("hegazy", "Person", ["محمد فريد حجازي"], "Mohamed Farid Hegazy"),
        E("sinai", "Place", ["سيناء"], "Sinai Peninsula", sub="Region"),
        E("rawda_mosque", "Place", ["مسجد الروضة"], "al-Rawda mosque", opt=True),
        E("rawda", "Place", ["قرية الروضة"], "al-Rawda", sub="City"),
        E("bireabd", "Place", ["بئر العبد"], "Bir al-Abd", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "rifai", "eaf"),          # المتحدث العسكري باسم القوات المسلحة المصرية العقيد X
        R("memberOf", "abushita", "abm"),             # «أحد العناصر القيادية» في تنظيم «أنصار بيت المقدس» ... ويدعى X
        R("memberOf", "abm", "isis", opt=True),       # الذي بايع تنظيم «داعش»
        R("partOf", "abm", "isis", opt=True),
        R("affiliatedWith", "abm", "isis", opt=True),
        R("leaderOf", "wasfi", "army2"),              # الجيش الثاني الميداني، الذي يتولى قيادته اللواء X
        R("partOf", "army2", "eaf", opt=True),
        R("leaderOf", "harhour", "nsinai"),           # محافظ شمال سيناء اللواء X
        R("locatedIn", "hospital", "arish"),          # مستشفى العريش العام في مدينة العريش
        R("locatedIn", "arish", "nsinai"),            # مدينة العريش، عاصمة المحافظة
        R("locatedIn", "hospital", "nsinai", opt=True),  # transitive
        R("leaderOf", "hegazy", "eaf"),               # رئيس أركان حرب القوات المسلحة الفريق X
        R("positionIn", "hegazy", "eaf", opt=True),
        R("locatedIn", "rawda", "bireabd"),           # قرية الروضة غرب بئر العبد
        R("locatedIn", "rawda_mosque", "rawda", opt=True),
        R("locatedIn", "zuweid", "nsinai", opt=True),
        R("locatedIn", "nsinai", "sinai", opt=True),
    ],
    events=[
        V("MilitaryOperation", name="سيناء 2018", agent=["eaf"], place=[["nsinai", "sinai"]], date="2018-02",
          trigger="العملية"),
        V("Strike", agent=["airforce", "eaf"], place=["nsinai"], trigger="دمرت"),
        V("Killing", opt=True, agent=["eaf"], target=["abushita", "abm"]),
        V("Arrest", opt=True, agent=["eaf"]),
        V("Visit", agent=["harhour"], place=[["hospital", "arish"]], date="2018-02-12", trigger="تفقد"),
        V("Attack", opt=True, place=[["rawda_mosque", "rawda", "bireabd"]], date="2017-11"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Qatif (2017-05-12, Friday)
DOCS.append(dict(
    id="t38-sa-awamiya", published="2017-05-12",
    text="""الدمام - «اليوم»:

أعلن المتحدث الأمني لوزارة الداخلية اللواء منصور التركي مقتل رجل أمن وإصابة آخرين، أمس، في إطلاق نار استهدف آليات تابعة لشركة مقاولات تعمل في مشروع تطوير حي المسورة ببلدة العوامية في محافظة القطيف التابعة للمنطقة الشرقية.

وأوضح التركي أن قوات الأمن «تعاملت مع مصادر النيران»، مشيرا إلى أن أحد المطلوبين، ويدعى محمد الفرج، وهو من المدرجين على قائمة الـ23 المطلوبين أمنيا، لقي حتفه خلال تبادل إطلاق النار.

وقام سمو أمير المنطقة الشرقية الأمير سعود بن نايف بن عبدالعزيز، في وقت لاحق، بزيارة المصابين في مستشفى القطيف المركزي، يرافقه محافظ القطيف خالد الصفيان، ونقل إليهم تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.

ويأتي الحادث بعد أيام من تصريحات لوزير الداخلية الأمير عبدالعزيز بن سعود بن نايف أكد فيها أن المشروع «سيمضي حتى نهايته»، في حين قال رئيس المجلس البلدي في المحافظة عباس الشماسي لـ«اليوم» إن الأهالي «يرحبون بإزالة المباني المتهالكة التي تحولت إلى أوكار للمطلوبين».

وكانت رئاسة أمن الدولة، التي أنشئت بأمر ملكي في يوليو الماضي ويرأسها الفريق أول عبدالعزيز الهويريني، قد نشرت في وقت سابق صورا لعدد من المطلوبين المنتمين إلى خلية إرهابية تنشط في البلدة.""",
    entities=[
        E("dammam", "Place", ["الدمام"], "Dammam", qid="Q160376", sub="City"),
        E("yaum", "Organization", ["اليوم"], "Al-Yaum", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Saudi Arabia)", sub="GovernmentBody"),
        E("turki", "Person", ["منصور التركي", "التركي"], "Mansour al-Turki"),
        E("masoura", "Place", ["حي المسورة"], "al-Masoura", sub="City"),
        E("awamiya", "Place", ["بلدة العوامية", "البلدة"], "Awamiyah", sub="City"),
        E("qatif", "Place", ["محافظة القطيف", "المحافظة", "القطيف"], "Qatif Governorate", sub="Region"),
        E("eastern", "Place", ["المنطقة الشرقية"], "Eastern Province (Saudi Arabia)", sub="Region"),
        E("security", "Organization", ["قوات الأمن"], "Saudi security forces", sub="ArmedForce", opt=True),
        E("faraj", "Person", ["محمد الفرج"], "Mohammed al-Faraj"),
        E("saud", "Person", ["سعود بن نايف بن عبدالعزيز"], "Saud bin Nayef"),
        E("hospital", "Place", ["مستشفى القطيف المركزي"], "Qatif Central Hospital"),
        E("safyan", "Person", ["خالد الصفيان"], "Khalid al-Safyan"),
        E("salman", "Person", ["الملك سلمان بن عبدالعزيز"], "King Salman", qid="Q367825"),
        E("abdulaziz", "Person", ["عبدالعزيز بن سعود بن نايف"], "Abdulaziz bin Saud bin Nayef"),
        E("council", "Organization", ["المجلس البلدي"], "Qatif Municipal Council", sub="GovernmentBody"),
        E("shammasi", "Person", ["عباس الشماسي"], "Abbas al-Shammasi"),
        E("statesec", "Organization", ["رئاسة أمن الدولة"], "Presidency of State Security", sub="GovernmentBody"),
        E("huwairini", "Person", ["عبدالعزيز الهويريني"], "Abdulaziz al-Huwairini"),
    ],
    relations=[
        R("spokespersonOf", "turki", "moi"),          # المتحدث الأمني لوزارة الداخلية اللواء X
        R("locatedIn", "masoura", "awamiya"),         # حي المسورة ببلدة العوامية
        R("locatedIn", "awamiya", "qatif"),           # بلدة العوامية في محافظة القطيف
        R("locatedIn", "qatif", "eastern"),           # محافظة القطيف التابعة للمنطقة الشرقية
        R("locatedIn", "masoura", "qatif", opt=True),  # transitive
        R("leaderOf", "saud", "eastern"),             # سمو أمير المنطقة الشرقية الأمير X
        R("locatedIn", "hospital", "qatif", opt=True),
        R("leaderOf", "safyan", "qatif"),             # محافظ القطيف X
        R("leaderOf", "abdulaziz", "moi"),            # لوزير الداخلية الأمير X
        R("leaderOf", "shammasi", "council"),         # رئيس المجلس البلدي في المحافظة X
        R("locatedIn", "council", "qatif", opt=True),
        R("leaderOf", "huwairini", "statesec"),       # رئاسة أمن الدولة، ...، ويرأسها الفريق أول X
    ],
    events=[
        V("Attack", target=["security"], place=[["masoura", "awamiya", "qatif"]], date="2017-05-11",
          trigger="إطلاق"),
        V("Killing", opt=True, place=[["masoura", "awamiya"]], date="2017-05-11"),
        V("Visit", agent=["saud", "safyan"], place=["hospital"], trigger="بزيارة"),
    ],
))
