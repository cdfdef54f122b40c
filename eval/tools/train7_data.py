"""Hand annotations of the seventh training set (see eval/train7/README.md).

Articles written for the project in the style of Middle East wire copy of 2015-2020
(dateline and agency or byline first, long sentences of 40-60 words, reported speech
nested two deep, quotes, claims of responsibility, attacks by unknown gunmen, coalition
air strikes, arrests by security services, meetings and visits told in varied words,
appointments, spokespersons and governors, officials named with no title, generic
actors, dates of every kind). Persons are invented, except very well-known public
figures; organisations and places are real. ``build_train7.py`` turns this into
eval/train7.jsonl (spans computed, every mention checked against the text). In event
roles a nested list is a set of alternatives: any one satisfies it. An event with
``optional`` only carries triples a reasonable annotator could leave out.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Raqqa (2017-06-08, a Thursday)
DOCS.append(dict(
    id="t7-sy-raqqa", published="2017-06-08",
    text="""الرقة (سوريا) - رويترز:

قال المرصد السوري لحقوق الإنسان إن 21 مدنيا على الأقل، بينهم ستة أطفال، قتلوا أمس الأربعاء في غارات شنتها طائرات التحالف الدولي بقيادة الولايات المتحدة على حي المشلب في الشطر الشرقي من مدينة الرقة شمال سوريا، في وقت دخل فيه الهجوم الذي تشنه قوات سوريا الديمقراطية لانتزاع المدينة من تنظيم الدولة الإسلامية يومه الثالث.

وقال جوان حسكو، المتحدث باسم قوات سوريا الديمقراطية، لرويترز عبر الهاتف إن مقاتلي القوات "سيطروا على حي الرومانية غرب المدينة بعد معارك عنيفة"، مضيفا أن قادة ميدانيين أبلغوه بأن "عناصر داعش يستخدمون المدنيين دروعا بشرية ويزرعون الألغام في الشوارع قبل انسحابهم منها".

وفي محافظة دير الزور المجاورة، أعلنت القيادة المركزية الأمريكية في بيان أن ضربة نفذتها طائرة مسيرة تابعة للتحالف قرب مدينة الميادين، في الرابع من الشهر الجاري، أسفرت عن مقتل أبو خطاب التونسي، الذي وصفه البيان بأنه "أحد كبار مسؤولي الدعاية في التنظيم والمقرب من زعيمه أبو بكر البغدادي".

من جهة أخرى، اعتقلت قوى الأمن الداخلي (الأسايش) في مدينة الطبقة، غرب الرقة، خلال حملة مداهمات فجر الثلاثاء، 14 شخصا قالت إنهم "خلايا نائمة تعمل لصالح التنظيم"، وفق ما أفاد به مسؤول في المجلس المدني للطبقة يدعى محمود العلي.

وكانت هيفين داود، عضو الهيئة الرئاسية لمجلس سوريا الديمقراطية، قد التقت في واشنطن، الشهر الماضي، مسؤولين في وزارة الخارجية الأمريكية لبحث ما وصفته بـ"مرحلة ما بعد تحرير الرقة".""",
    entities=[
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("raqqa", "Place", ["الرقة", "مدينة الرقة", "المدينة"], "Raqqa", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Combined Joint Task Force",
          sub="Coalition"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country",
          alt=["Organization"]),
        E("mashlab", "Place", ["حي المشلب"], "al-Mashlab", sub="City"),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", "القوات"], "Syrian Democratic Forces",
          sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "داعش", "التنظيم"], "Islamic State",
          qid="Q2429253", sub="ArmedGroup"),
        E("hasko", "Person", ["جوان حسكو"], "Jiwan Hasko"),
        E("rumaniya", "Place", ["حي الرومانية"], "al-Rumaniya", sub="City"),
        E("deir", "Place", ["محافظة دير الزور", "دير الزور"], "Deir ez-Zor Governorate", qid="Q232387", sub="Region"),
        E("centcom", "Organization", ["القيادة المركزية الأمريكية"], "United States Central Command",
          sub="ArmedForce"),
        E("mayadin", "Place", ["مدينة الميادين", "الميادين"], "Mayadin", sub="City"),
        E("tunisi", "Person", ["أبو خطاب التونسي"], "Abu Khattab al-Tunisi"),
        E("baghdadi", "Person", ["أبو بكر البغدادي"], "Abu Bakr al-Baghdadi"),
        E("asayish", "Organization", ["قوى الأمن الداخلي", "الأسايش"], "Asayish (Internal Security Forces)",
          sub="ArmedForce"),
        E("tabqa", "Place", ["مدينة الطبقة"], "Tabqa", sub="City"),
        E("council", "Organization", ["المجلس المدني للطبقة"], "Tabqa Civil Council", sub="GovernmentBody"),
        E("ali", "Person", ["محمود العلي"], "Mahmud al-Ali"),
        E("davud", "Person", ["هيفين داود"], "Hevin Davud"),
        E("msd", "Organization", ["مجلس سوريا الديمقراطية"], "Syrian Democratic Council",
          sub="PoliticalOrganization"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("state", "Organization", ["وزارة الخارجية الأمريكية"], "United States Department of State",
          sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "raqqa", "syria"),                 # مدينة الرقة شمال سوريا
        R("locatedIn", "mashlab", "raqqa"),               # حي المشلب في الشطر الشرقي من مدينة الرقة
        R("locatedIn", "mashlab", "syria", opt=True),     # the chain's transitive link (eval/README)
        R("leaderOf", "usa", "coalition"),                # بقيادة الولايات المتحدة
        R("spokespersonOf", "hasko", "sdf"),
        R("locatedIn", "rumaniya", "raqqa"),              # حي الرومانية غرب المدينة
        R("locatedIn", "mayadin", "deir", opt=True),      # fronted وفي محافظة دير الزور
        R("memberOf", "tunisi", "isis"),                  # أحد كبار مسؤولي الدعاية في التنظيم
        R("affiliatedWith", "tunisi", "baghdadi"),        # المقرب من زعيمه
        R("leaderOf", "baghdadi", "isis"),                # زعيمه
        R("locatedIn", "tabqa", "raqqa"),                 # غرب الرقة
        R("memberOf", "ali", "council"),                  # مسؤول في المجلس
        R("positionIn", "ali", "council", opt=True),
        R("memberOf", "davud", "msd"),                    # عضو الهيئة الرئاسية
    ],
    events=[
        # yesterday's coalition strikes on al-Mashlab and the civilians they killed
        V("Strike", agent=[["coalition", "usa"]], place=[["mashlab", "raqqa"]], date="2017-06-07",
          trigger="غارات"),
        V("Killing", agent=[["coalition", "usa"]], place=[["mashlab", "raqqa"]], date="2017-06-07",
          trigger="قتلوا"),
        # the SDF offensive on Raqqa (in its third day) and the fight for al-Rumaniya
        V("MilitaryOperation", agent=["sdf"], target=["isis"], place=["raqqa"], trigger="الهجوم"),
        V("MilitaryOperation", opt=True, date="2017-06"),
        V("Attack", opt=True, agent=["sdf"], target=["isis"], place=["rumaniya", "raqqa"], date="2017-06"),
        # the drone strike near Mayadin on the 4th, announced by CENTCOM
        V("Strike", agent=["coalition"], target=["tunisi"], place=[["mayadin", "deir"]], date="2017-06-04",
          trigger="ضربة"),
        V("Killing", agent=["coalition"], target=["tunisi"], place=[["mayadin", "deir"]], date="2017-06-04",
          trigger="مقتل"),
        # the Asayish arrests in Tabqa (Tuesday)
        V("Arrest", agent=["asayish"], place=["tabqa"], date="2017-06-06", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["isis"]),
        # last month's meeting in Washington
        V("Meeting", agent=["davud"], place=["washington"], date="2017-05", trigger="التقت"),
        V("Meeting", opt=True, agent=["state"]),
        V("Visit", opt=True, agent=["davud"], place=["washington"], date="2017-05"),
    ],
))

# ---------------------------------------------------------------- Syria, Daraa (2019-11-21, a Thursday)
DOCS.append(dict(
    id="t7-sy-daraa", published="2019-11-21",
    text="""عمان - فراس الحوراني:

اغتال مسلحون مجهولون، مساء الثلاثاء، قياديا سابقا في فصائل المعارضة انضم بعد اتفاق التسوية إلى الفيلق الخامس المدعوم من روسيا، في بلدة طفس بريف درعا الغربي جنوب سوريا، في أحدث حلقة من سلسلة اغتيالات تشهدها المحافظة منذ استعادة قوات النظام السيطرة عليها في يوليو/تموز عام 2018.

وقال ناشطون محليون إن القيادي، ويدعى عمار الزعبي ويلقب بـ"أبو حمزة"، تعرض لإطلاق نار كثيف أثناء خروجه من منزله، ما أدى إلى مقتله على الفور، مشيرين إلى أن "مصادر مقربة من عائلته أكدت أنه تلقى تهديدات قبل أيام من جهات اتهمته بالتعامل مع الأجهزة الأمنية".

وفي سياق متصل، شنت دورية تابعة لفرع المخابرات الجوية، فجر أمس الأربعاء، حملة دهم في مدينة الصنمين شمال درعا، اعتقلت خلالها أربعة شبان بينهم عنصر سابق في "جيش الثورة"، بحسب "تجمع أحرار حوران" الذي يوثق الانتهاكات في الجنوب.

من جهته، قال محافظ درعا مروان الشيخ علي إن "الدولة لن تسمح للعصابات الإرهابية بالعبث بأمن المحافظة"، مضيفا أن أجهزة الأمن "ألقت القبض على عدد من المتورطين في عمليات الاغتيال".

وتأتي هذه التطورات بعد أيام من اجتماع عقده وفد من وجهاء المنطقة مع ضباط من الشرطة العسكرية الروسية في مدينة بصرى الشام، الأحد الماضي، لبحث ملف المعتقلين وتهدئة الأوضاع.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("hourani", "Person", ["فراس الحوراني"], "Firas al-Hourani", opt=True),
        E("opposition", "Organization", ["فصائل المعارضة"], "Syrian opposition factions", sub="ArmedGroup"),
        E("corps", "Organization", ["الفيلق الخامس"], "5th Assault Corps", sub="ArmedForce"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country", alt=["Organization"]),
        E("tafas", "Place", ["بلدة طفس", "طفس"], "Tafas", sub="City"),
        E("daraa", "Place", ["درعا", "المحافظة"], "Daraa Governorate", qid="Q1689560", sub="Region"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("regime", "Organization", ["قوات النظام"], "Syrian government forces", sub="ArmedForce"),
        E("zoubi", "Person", ["عمار الزعبي", "أبو حمزة"], "Ammar al-Zoubi"),
        E("airintel", "Organization", ["فرع المخابرات الجوية", "المخابرات الجوية"], "Air Force Intelligence",
          sub="GovernmentBody"),
        E("sanamayn", "Place", ["مدينة الصنمين", "الصنمين"], "al-Sanamayn", sub="City"),
        E("thawra", "Organization", ["جيش الثورة"], "Jaysh al-Thawra", sub="ArmedGroup"),
        E("horan", "Organization", ["تجمع أحرار حوران"], "Free Horan Gathering", sub="MediaOrganization"),
        E("sheikhali", "Person", ["مروان الشيخ علي"], "Marwan al-Shaykh Ali"),
        E("security", "Organization", ["أجهزة الأمن"], "Syrian security services", opt=True),
        E("mp", "Organization", ["الشرطة العسكرية الروسية"], "Russian Military Police", sub="ArmedForce"),
        E("busra", "Place", ["مدينة بصرى الشام", "بصرى الشام"], "Bosra", sub="City"),
    ],
    relations=[
        R("memberOf", "zoubi", "corps"),                  # انضم إلى الفيلق الخامس
        R("memberOf", "zoubi", "opposition", opt=True),   # قياديا سابقا في فصائل المعارضة
        R("affiliatedWith", "corps", "russia", opt=True), # المدعوم من روسيا
        R("locatedIn", "tafas", "daraa"),                 # بلدة طفس بريف درعا الغربي
        R("locatedIn", "daraa", "syria"),                 # جنوب سوريا
        R("locatedIn", "tafas", "syria", opt=True),
        R("locatedIn", "sanamayn", "daraa"),              # شمال درعا
        R("leaderOf", "sheikhali", "daraa"),              # محافظ درعا
        R("positionIn", "sheikhali", "daraa", opt=True),
        R("partOf", "mp", "russia", opt=True),
    ],
    events=[
        # the former commander shot dead by unknown gunmen in Tafas (Tuesday evening)
        V("Killing", target=["zoubi"], place=[["tafas", "daraa"]], date="2019-11-19", trigger="اغتال"),
        V("Attack", opt=True, target=["zoubi"], place=["tafas"], date="2019-11-19"),
        V("MilitaryOperation", opt=True, agent=["regime"], place=["daraa"], date="2018-07"),
        # the Air Force Intelligence raid and arrests in al-Sanamayn (yesterday)
        V("Arrest", agent=["airintel"], place=[["sanamayn", "daraa"]], date="2019-11-20", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["thawra"]),
        V("Arrest", opt=True, agent=["security"]),
        # Sunday's meeting in Bosra with Russian military police officers
        V("Meeting", agent=["mp"], place=["busra"], date="2019-11-17", trigger="اجتماع"),
    ],
))

# ---------------------------------------------------------------- Turkey and Syria, Afrin (2018-01-25, a Thursday)
DOCS.append(dict(
    id="t7-tr-afrin", published="2018-01-25",
    text="""أنقرة - رويترز:

قالت رئاسة الأركان التركية، اليوم الخميس، إن طائرات حربية قصفت 19 هدفا لوحدات حماية الشعب الكردية في منطقة عفرين شمال غرب سوريا خلال الساعات الأربع والعشرين الماضية، في اليوم السادس من عملية "غصن الزيتون" التي أطلقها الجيش التركي يوم 20 يناير/كانون الثاني الجاري بمشاركة فصائل من الجيش السوري الحر.

وأضافت في بيان نشرته وكالة الأناضول أن "العمليات أسفرت حتى الآن عن تحييد 287 إرهابيا"، فيما نقلت الوكالة عن مصدر عسكري قوله إن "قادة الوحدات أبلغوا مقاتليهم بالانسحاب من قرى حدودية"، وهو ما نفاه ريدور شيخو، المتحدث باسم الوحدات في عفرين، مؤكدا أن "مقاتلينا صدوا كل محاولات التقدم".

وفي الجانب الآخر من الحدود، قُتل شخص وأصيب 11 آخرون، أمس الأربعاء، جراء سقوط صواريخ أطلقت من الأراضي السورية على وسط مدينة كلس جنوب تركيا، بحسب ما أعلن والي كلس يشار كوتلو، الذي قال إن الجيش "رد على مصادر النيران على الفور".

وفي إسطنبول، اعتقلت الشرطة التركية 24 شخصا في حملة شملت عدة ولايات، بتهمة نشر "دعاية إرهابية" ضد العملية على مواقع التواصل الاجتماعي، بحسب ما أفادت به وزارة الداخلية.

دبلوماسيا، استقبل وزير الخارجية التركي كمال أرسلان في أنقرة، أمس، المبعوث الأمريكي الخاص إلى سوريا جيمس هارلو، وبحث معه "مخاوف تركيا الأمنية" ومستقبل مدينة منبج.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("staff", "Organization", ["رئاسة الأركان التركية"], "Turkish General Staff", sub="ArmedForce"),
        E("ypg", "Organization", ["وحدات حماية الشعب الكردية", "الوحدات"], "People's Defense Units", qid="Q277036",
          sub="ArmedGroup"),
        E("afrin", "Place", ["منطقة عفرين", "عفرين"], "Afrin", sub="Region"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("army", "Organization", ["الجيش التركي", "الجيش"], "Turkish Armed Forces", sub="ArmedForce"),
        E("fsa", "Organization", ["الجيش السوري الحر"], "Free Syrian Army", sub="ArmedGroup"),
        E("anadolu", "Organization", ["وكالة الأناضول", "الوكالة"], "Anadolu Agency",
          sub="MediaOrganization", opt=True),
        E("sheikho", "Person", ["ريدور شيخو"], "Redur Sheikho"),
        E("kilis", "Place", ["مدينة كلس", "كلس"], "Kilis", sub="City"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("kutlu", "Person", ["يشار كوتلو"], "Yasar Kutlu"),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("police", "Organization", ["الشرطة التركية"], "Turkish National Police", sub="GovernmentBody"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Turkey)", sub="GovernmentBody",
          opt=True),
        E("arslan", "Person", ["كمال أرسلان"], "Kemal Arslan"),
        E("harlow", "Person", ["جيمس هارلو"], "James Harlow"),
        E("manbij", "Place", ["مدينة منبج"], "Manbij", sub="City"),
    ],
    relations=[
        R("locatedIn", "afrin", "syria"),                 # منطقة عفرين شمال غرب سوريا
        R("partOf", "staff", "army", opt=True),
        R("spokespersonOf", "sheikho", "ypg"),            # المتحدث باسم الوحدات في عفرين
        R("locatedIn", "kilis", "turkey"),                # مدينة كلس جنوب تركيا
        R("leaderOf", "kutlu", "kilis"),                  # والي كلس
        R("positionIn", "kutlu", "kilis", opt=True),
        R("positionIn", "arslan", "turkey", opt=True),    # وزير الخارجية التركي (adjective only)
        R("positionIn", "harlow", "syria", opt=True),     # المبعوث الأمريكي الخاص إلى سوريا
    ],
    events=[
        # Operation Olive Branch, launched on 20 January
        V("MilitaryOperation", name="غصن الزيتون", agent=["army"], target=["ypg"], place=[["afrin", "syria"]],
          date="2018-01-20", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["fsa"]),
        # the air strikes of the last 24 hours
        V("Strike", agent=["army"], target=["ypg"], place=[["afrin", "syria"]], date="2018-01", trigger="قصفت"),
        V("Strike", opt=True, agent=["staff"]),
        # rockets on Kilis yesterday, one dead (no one named as the shooter)
        V("Strike", place=[["kilis", "turkey"]], date="2018-01-24", trigger="صواريخ"),
        V("Killing", place=[["kilis", "turkey"]], date="2018-01-24", trigger="قُتل"),
        V("Attack", opt=True, place=["kilis"], date="2018-01-24"),
        V("Strike", opt=True, agent=["army"], date="2018-01-24"),
        # the police arrests in Istanbul
        V("Arrest", agent=["police"], trigger="اعتقلت"),
        V("Arrest", opt=True, place=["istanbul"], date="2018-01"),
        # the minister receives the US envoy in Ankara yesterday
        V("Meeting", agent=["arslan", "harlow"], place=["ankara"], date="2018-01-24", trigger="استقبل"),
        V("Visit", opt=True, agent=["harlow"], place=["ankara"], date="2018-01-24"),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul (2016-10-20, a Thursday)
DOCS.append(dict(
    id="t7-iq-mosul", published="2016-10-20",
    text="""أربيل (العراق) - فرانس برس:

قال ضابط كبير في جهاز مكافحة الإرهاب العراقي إن قواته تستعد لاقتحام بلدة برطلة شرق الموصل خلال الساعات المقبلة، بعد أن "أكد لنا قادة البيشمركة أنهم سيطروا على القرى المحيطة بها"، وذلك في اليوم الرابع من عملية "قادمون يا نينوى" التي أعلن رئيس الوزراء العراقي حيدر العبادي انطلاقها فجر الاثنين الماضي، وتشارك فيها القوات العراقية والبيشمركة بدعم جوي من التحالف الدولي، لاستعادة ثاني أكبر مدن البلاد من تنظيم الدولة الإسلامية.

وأضاف الضابط، الذي طلب عدم نشر اسمه، أن مقاتلي التنظيم "شنوا ليل الأربعاء هجوما بسيارات مفخخة على مواقعنا قرب قرية بازوايا"، ما أدى إلى مقتل ثلاثة من عناصر الجهاز، مشيرا إلى أن طائرات التحالف "دمرت خمس سيارات قبل وصولها إلى أهدافها".

وفي قضاء الحويجة جنوب غرب كركوك، أعدم التنظيم، الثلاثاء، 12 شخصا بتهمة التخابر، بحسب ما أفاد به عضو مجلس محافظة كركوك هاشم الحمداني، الذي قال إن "الأهالي يعيشون حالة رعب بعد أن أبلغهم عناصر التنظيم أن كل من يغادر سيعامل كمرتد".

وفي بغداد، استقبل العبادي، أمس الأربعاء، قائد قوات التحالف الدولي الجنرال روبرت ميلز، وبحث معه "سير العمليات العسكرية وحماية المدنيين"، بحسب بيان لمكتب رئيس الوزراء.

من جهة أخرى، أعلنت مديرية أمن أربيل (الأسايش) أنها ألقت القبض، قبل يومين، على خلية من أربعة أشخاص "كانت تخطط لتنفيذ تفجيرات في المدينة بالتزامن مع معركة الموصل"، من دون أن تكشف عن هوياتهم.""",
    entities=[
        E("erbil", "Place", ["أربيل", "المدينة"], "Erbil", sub="City"),
        E("iraq", "Place", ["العراق", "البلاد"], "Iraq", qid="Q796", sub="Country"),
        E("afp", "Organization", ["فرانس برس"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب العراقي", "الجهاز"], "Counter Terrorism Service",
          sub="ArmedForce"),
        E("bartella", "Place", ["بلدة برطلة"], "Bartella", sub="City"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("peshmerga", "Organization", ["البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("abadi", "Person", ["حيدر العبادي", "العبادي"], "Haider al-Abadi"),
        E("iqf", "Organization", ["القوات العراقية"], "Iraqi security forces", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Combined Joint Task Force",
          sub="Coalition"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("bazwaya", "Place", ["قرية بازوايا"], "Bazwaya", sub="City"),
        E("hawija", "Place", ["قضاء الحويجة"], "Hawija District", sub="Region"),
        E("kirkuk", "Place", ["كركوك"], "Kirkuk", sub="Region"),
        E("council", "Organization", ["مجلس محافظة كركوك"], "Kirkuk Provincial Council", sub="GovernmentBody"),
        E("hamdani", "Person", ["هاشم الحمداني"], "Hashim al-Hamdani"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("mills", "Person", ["روبرت ميلز"], "Robert Mills"),
        E("pmo", "Organization", ["مكتب رئيس الوزراء"], "Office of the Prime Minister of Iraq",
          sub="GovernmentBody", opt=True),
        E("asayish", "Organization", ["مديرية أمن أربيل", "الأسايش"], "Erbil Security Directorate (Asayish)",
          sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "erbil", "iraq", opt=True),        # dateline
        R("locatedIn", "bartella", "mosul"),              # بلدة برطلة شرق الموصل
        R("leaderOf", "abadi", "iraq"),                   # رئيس الوزراء العراقي
        R("positionIn", "abadi", "iraq", opt=True),
        R("locatedIn", "hawija", "kirkuk"),               # قضاء الحويجة جنوب غرب كركوك
        R("memberOf", "hamdani", "council"),              # عضو مجلس محافظة كركوك
        R("leaderOf", "mills", "coalition"),              # قائد قوات التحالف الدولي
        R("locatedIn", "mosul", "iraq", opt=True),
    ],
    events=[
        # the Mosul offensive launched on Monday
        V("MilitaryOperation", name="قادمون يا نينوى", agent=["iqf", "peshmerga"], target=["isis"],
          place=["mosul"], date="2016-10-17", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["coalition", "cts"]),
        V("Attack", opt=True, agent=["cts"], place=["bartella"]),
        # Wednesday night's car-bomb attack near Bazwaya, three CTS men dead
        V("Attack", agent=["isis"], target=["cts"], place=["bazwaya"], date="2016-10-19", trigger="هجوما"),
        V("Killing", agent=["isis"], target=["cts"], place=["bazwaya"], date="2016-10-19", trigger="مقتل"),
        V("Strike", agent=["coalition"], target=["isis"], trigger="دمرت"),
        V("Strike", opt=True, place=["bazwaya"], date="2016-10-19"),
        # executions in Hawija (Tuesday)
        V("Killing", agent=["isis"], place=[["hawija", "kirkuk"]], date="2016-10-18", trigger="أعدم"),
        # Abadi receives the coalition commander in Baghdad yesterday
        V("Meeting", agent=["abadi", "mills"], place=["baghdad"], date="2016-10-19", trigger="استقبل"),
        V("Visit", opt=True, agent=["mills"], place=["baghdad"], date="2016-10-19"),
        # the Asayish arrest of a cell, two days ago
        V("Arrest", agent=["asayish"], place=["erbil"], date="2016-10-18", trigger="ألقت القبض"),
    ],
))

# ---------------------------------------------------------------- Iraq, Diyala (2019-05-12, a Sunday)
DOCS.append(dict(
    id="t7-iq-diyala", published="2019-05-12",
    text="""بعقوبة (العراق) - «الشرق الأوسط»:

قُتل أربعة من عناصر الحشد الشعبي وأصيب ستة آخرون، مساء أمس السبت، بانفجار عبوة ناسفة استهدفت عجلتهم على طريق ريفي قرب ناحية العظيم شمال محافظة ديالى، في هجوم تبناه تنظيم "داعش" في بيان مقتضب نشرته وكالة "أعماق" التابعة له، وقال فيه إن مقاتليه "فجروا العبوة ثم أمطروا الناجين بالرصاص".

ونقل بيان عن قائد عمليات ديالى اللواء الركن حامد الشمري قوله إن "المعلومات الأولية تشير إلى أن المهاجمين تسللوا من حوض العظيم"، لافتا إلى أن قوة مشتركة "باشرت عملية تفتيش واسعة في المنطقة بحثا عنهم".

وفي بعقوبة، مركز المحافظة، أعلنت مديرية شرطة ديالى اعتقال ثلاثة مطلوبين بموجب المادة الرابعة من قانون مكافحة الإرهاب، خلال عملية دهم نفذتها قواتها فجر الجمعة في حي التحرير.

إلى ذلك، اغتال مسلحون مجهولون، فجر اليوم الأحد، مختار إحدى قرى ناحية أبي صيدا شمال شرق بعقوبة، ويدعى كريم حسن التميمي، بإطلاق النار عليه داخل بستانه، بحسب مصدر أمني لم يكشف عن اسمه.

وكان النائب عن محافظة ديالى ضياء المندلاوي قد زار، الأسبوع الماضي، قضاء خانقين والتقى قادة أمنيين هناك، محذرا من أن "التنظيم يعيد ترتيب صفوفه في المناطق الرخوة بين ديالى وصلاح الدين".""",
    entities=[
        E("baqubah", "Place", ["بعقوبة"], "Baqubah", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("adhaim", "Place", ["ناحية العظيم"], "al-Adhaim", sub="Region"),
        E("diyala", "Place", ["محافظة ديالى", "ديالى", "المحافظة"], "Diyala Governorate", sub="Region"),
        E("isis", "Organization", ["تنظيم \"داعش\"", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization", opt=True),
        E("ops", "Organization", ["عمليات ديالى"], "Diyala Operations Command",
          sub="ArmedForce"),
        E("shammari", "Person", ["حامد الشمري"], "Hamid al-Shammari"),
        E("police", "Organization", ["مديرية شرطة ديالى"], "Diyala Police Directorate", sub="GovernmentBody"),
        E("tahrir", "Place", ["حي التحرير"], "al-Tahrir (Baqubah)", sub="City"),
        E("abisaida", "Place", ["ناحية أبي صيدا"], "Abu Saida", sub="Region"),
        E("tamimi", "Person", ["كريم حسن التميمي"], "Karim Hasan al-Tamimi"),
        E("mandalawi", "Person", ["ضياء المندلاوي"], "Diya al-Mandalawi"),
        E("khanaqin", "Place", ["قضاء خانقين"], "Khanaqin District", sub="Region"),
        E("salahuddin", "Place", ["صلاح الدين"], "Saladin Governorate", sub="Region"),
    ],
    relations=[
        R("locatedIn", "baqubah", "iraq", opt=True),      # dateline
        R("locatedIn", "adhaim", "diyala"),               # ناحية العظيم شمال محافظة ديالى
        R("partOf", "amaq", "isis"),                      # التابعة له (optional: amaq is optional)
        R("leaderOf", "shammari", "ops"),                 # قائد عمليات ديالى
        R("locatedIn", "baqubah", "diyala"),              # مركز المحافظة
        R("locatedIn", "tahrir", "baqubah", opt=True),
        R("locatedIn", "abisaida", "baqubah"),            # شمال شرق بعقوبة
        R("positionIn", "mandalawi", "diyala", opt=True), # النائب عن محافظة ديالى
    ],
    events=[
        # yesterday's roadside bomb near al-Adhaim, claimed by IS
        V("Attack", agent=["isis"], target=["pmf"], place=[["adhaim", "diyala"]], date="2019-05-11",
          trigger="هجوم"),
        V("Killing", agent=["isis"], target=["pmf"], place=[["adhaim", "diyala"]], date="2019-05-11",
          trigger="قُتل"),
        # the Diyala police arrests in Baqubah (Friday)
        V("Arrest", agent=["police"], place=[["tahrir", "baqubah"]], date="2019-05-10", trigger="اعتقال"),
        # the village headman shot dead by unknown gunmen today
        V("Killing", target=["tamimi"], place=[["abisaida", "baqubah"]], date="2019-05-12", trigger="اغتال"),
        # the MP's visit to Khanaqin last week, where he met commanders
        V("Visit", agent=["mandalawi"], place=["khanaqin"], date="2019-05", trigger="زار"),
        V("Meeting", agent=["mandalawi"], place=["khanaqin"], date="2019-05", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Iraq, Baghdad (2020-01-09, a Thursday)
DOCS.append(dict(
    id="t7-iq-baghdad", published="2020-01-09",
    text="""بغداد - «القدس العربي» - من سلام الجنابي:

سقط صاروخا كاتيوشا، ليل الأربعاء - الخميس، داخل المنطقة الخضراء وسط العاصمة العراقية بغداد، على بعد مئات الأمتار من مبنى السفارة الأمريكية، من دون أن يسفرا عن إصابات، وفق ما أعلنت خلية الإعلام الأمني، وذلك بعد ساعات من هجوم صاروخي شنه الحرس الثوري الإيراني فجر الأربعاء على قاعدة عين الأسد الجوية في محافظة الأنبار، التي تضم جنودا أمريكيين.

وقال مصدر في الخلية لـ"القدس العربي" إن "الصاروخين أطلقا من منطقة الزعفرانية جنوب شرق بغداد"، مضيفا أن قوة أمنية "عثرت على منصة الإطلاق وعليها صاروخ ثالث لم ينطلق"، فيما لم تعلن أي جهة مسؤوليتها عن الهجوم حتى ساعة إعداد هذا التقرير.

وكان الحرس الثوري قد قال في بيان إن ضرباته جاءت "ردا على اغتيال قائد فيلق القدس قاسم سليماني"، الذي قُتل مع نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس بغارة نفذتها طائرة مسيرة أمريكية قرب مطار بغداد الدولي فجر الثالث من يناير/كانون الثاني الجاري.

سياسيا، استقبل رئيس الوزراء العراقي المستقيل عادل عبد المهدي، في مكتبه ببغداد أمس، السفير الأمريكي دانيال رايت، وأبلغه بأن "على الولايات المتحدة احترام قرار البرلمان العراقي بشأن انسحاب القوات الأجنبية من العراق".

وفي مدينة الناصرية، مركز محافظة ذي قار، اعتقلت قوة أمنية، الثلاثاء، الناشط البارز في الاحتجاجات عمر الساعدي، بحسب ما أفاد به زملاء له قالوا إنه "اقتيد إلى جهة مجهولة".""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("qudsarabi", "Organization", ["القدس العربي"], "Al-Quds Al-Arabi", sub="MediaOrganization", opt=True),
        E("janabi", "Person", ["سلام الجنابي"], "Salam al-Janabi", opt=True),
        E("greenzone", "Place", ["المنطقة الخضراء"], "Green Zone", sub="Region"),
        E("embassy", "Organization", ["السفارة الأمريكية"], "Embassy of the United States, Baghdad",
          sub="GovernmentBody"),
        E("cell", "Organization", ["خلية الإعلام الأمني", "الخلية"], "Security Media Cell", sub="GovernmentBody"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني", "الحرس الثوري"], "Islamic Revolutionary Guard Corps",
          sub="ArmedForce"),
        E("ainasad", "Place", ["قاعدة عين الأسد الجوية"], "Al Asad Airbase"),
        E("anbar", "Place", ["محافظة الأنبار"], "Al Anbar Governorate", qid="Q187334", sub="Region"),
        E("zafaraniya", "Place", ["منطقة الزعفرانية"], "al-Zafaraniya", sub="City"),
        E("quds", "Organization", ["فيلق القدس"], "Quds Force", sub="ArmedForce"),
        E("soleimani", "Person", ["قاسم سليماني"], "Qasem Soleimani"),
        E("pmf", "Organization", ["هيئة الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("muhandis", "Person", ["أبو مهدي المهندس"], "Abu Mahdi al-Muhandis"),
        E("airport", "Place", ["مطار بغداد الدولي"], "Baghdad International Airport"),
        E("abdulmahdi", "Person", ["عادل عبد المهدي"], "Adil Abdul-Mahdi"),
        E("wright", "Person", ["دانيال رايت"], "Daniel Wright"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("parliament", "Organization", ["البرلمان العراقي"], "Council of Representatives of Iraq",
          sub="GovernmentBody"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("nasiriyah", "Place", ["مدينة الناصرية"], "Nasiriyah", sub="City"),
        E("dhiqar", "Place", ["محافظة ذي قار"], "Dhi Qar Governorate", sub="Region"),
        E("saadi", "Person", ["عمر الساعدي"], "Umar al-Saadi"),
    ],
    relations=[
        R("locatedIn", "greenzone", "baghdad"),           # داخل المنطقة الخضراء وسط العاصمة العراقية بغداد
        R("locatedIn", "ainasad", "anbar"),               # قاعدة عين الأسد الجوية في محافظة الأنبار
        R("locatedIn", "zafaraniya", "baghdad"),          # جنوب شرق بغداد
        R("leaderOf", "soleimani", "quds"),               # قائد فيلق القدس
        R("partOf", "quds", "irgc", opt=True),
        R("positionIn", "muhandis", "pmf"),               # نائب رئيس هيئة الحشد الشعبي
        R("leaderOf", "abdulmahdi", "iraq"),              # رئيس الوزراء العراقي المستقيل
        R("positionIn", "abdulmahdi", "iraq", opt=True),
        R("positionIn", "wright", "usa", opt=True),       # السفير الأمريكي
        R("positionIn", "wright", "embassy", opt=True),
        R("locatedIn", "nasiriyah", "dhiqar"),            # مركز محافظة ذي قار
        R("locatedIn", "embassy", "greenzone", opt=True),
        R("locatedIn", "baghdad", "iraq", opt=True),      # العاصمة العراقية بغداد (adjective)
    ],
    events=[
        # the rockets on the Green Zone last night, unclaimed
        V("Strike", place=[["greenzone", "baghdad"]], date="2020-01", trigger="صاروخا"),
        V("Attack", opt=True, place=["greenzone"], date="2020-01-09"),
        V("Strike", opt=True, date="2020-01-08"),
        # the IRGC missile attack on Ain al-Asad on Wednesday
        V("Strike", agent=["irgc"], place=[["ainasad", "anbar"]], date="2020-01-08", trigger="هجوم صاروخي"),
        V("Attack", opt=True, agent=["irgc"], target=["ainasad"], place=["ainasad"], date="2020-01-08"),
        V("Strike", opt=True, target=["ainasad"]),
        # the drone strike near Baghdad airport on 3 January
        V("Strike", target=["soleimani", "muhandis"], place=[["airport", "baghdad"]], date="2020-01-03",
          trigger="بغارة"),
        V("Killing", target=["soleimani", "muhandis"], place=[["airport", "baghdad"]], date="2020-01-03",
          trigger="قُتل"),
        V("Strike", opt=True, agent=["usa"]),
        V("Killing", opt=True, agent=["usa"]),
        # the prime minister receives the US ambassador yesterday
        V("Meeting", agent=["abdulmahdi", "wright"], place=["baghdad"], date="2020-01-08", trigger="استقبل"),
        # the activist detained in Nasiriyah on Tuesday
        V("Arrest", target=["saadi"], place=[["nasiriyah", "dhiqar"]], date="2020-01-07", trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Yemen, Marib (2020-03-05, a Thursday)
DOCS.append(dict(
    id="t7-ye-marib", published="2020-03-05",
    text="""مأرب (اليمن) - وكالات:

أعلن الجيش اليمني، أمس الأربعاء، مقتل 23 عنصرا من ميليشيا الحوثي في مواجهات عنيفة شهدتها جبهة صرواح غرب محافظة مأرب، بالتزامن مع غارات شنتها مقاتلات تحالف دعم الشرعية في اليمن، الذي تقوده السعودية، على تعزيزات للميليشيا كانت في طريقها إلى المنطقة، بحسب ما أفاد به المركز الإعلامي للقوات المسلحة.

ونقل المركز عن قائد المنطقة العسكرية السابعة اللواء الركن سالم الجدعاني قوله إن "قوات الجيش، بإسناد من رجال القبائل، تمكنت من صد هجوم حوثي واسع وأسر 14 من المهاجمين"، مشيرا إلى أن "الأسرى اعترفوا بأن قادتهم أبلغوهم أن السيطرة على مأرب مسألة أيام".

وفي مدينة مأرب، قُتل طفلان وأصيبت امرأة بجروح خطيرة، مساء الثلاثاء، جراء سقوط صاروخ باليستي أطلقته الجماعة على حي الروضة المكتظ بالنازحين، وفق مصادر طبية.

في الأثناء، بحث رئيس هيئة الأركان العامة اليمني الفريق فهد العمري في الرياض، أمس، مع قائد قوات التحالف الفريق الركن خالد الشهري "سير المعارك في جبهات نهم والجوف ومأرب"، بحسب وكالة الأنباء اليمنية (سبأ).

وكان مبعوث الأمم المتحدة إلى اليمن مارتن غريفيث قد وصل، الأحد الماضي، إلى العاصمة صنعاء في زيارة قال مكتبه إنه سيلتقي خلالها قيادات في جماعة الحوثي لبحث وقف التصعيد.""",
    entities=[
        E("marib", "Place", ["مأرب", "مدينة مأرب"], "Marib", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("army", "Organization", ["الجيش اليمني", "قوات الجيش"], "Yemeni Army", sub="ArmedForce"),
        E("houthis", "Organization", ["ميليشيا الحوثي", "الميليشيا", "الجماعة", "جماعة الحوثي"], "Houthis",
          sub="ArmedGroup"),
        E("sirwah", "Place", ["جبهة صرواح"], "Sirwah front", sub="Region"),
        E("maribgov", "Place", ["محافظة مأرب"], "Marib Governorate", sub="Region"),
        E("coalition", "Organization", ["تحالف دعم الشرعية في اليمن", "التحالف"], "Saudi-led coalition",
          sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("media", "Organization", ["المركز الإعلامي للقوات المسلحة", "المركز"], "Armed Forces Media Centre",
          sub="GovernmentBody"),
        E("region7", "Organization", ["المنطقة العسكرية السابعة"], "7th Military Region", sub="ArmedForce"),
        E("jadani", "Person", ["سالم الجدعاني"], "Salim al-Jadani"),
        E("rawda", "Place", ["حي الروضة"], "al-Rawda (Marib)", sub="City"),
        E("omari", "Person", ["فهد العمري"], "Fahd al-Omari"),
        E("staff", "Organization", ["هيئة الأركان العامة"], "General Staff (Yemen)", sub="ArmedForce"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("shahri", "Person", ["خالد الشهري"], "Khalid al-Shahri"),
        E("nihm", "Place", ["نهم"], "Nihm", sub="Region"),
        E("jawf", "Place", ["الجوف"], "al-Jawf Governorate", sub="Region"),
        E("saba", "Organization", ["وكالة الأنباء اليمنية", "سبأ"], "Saba News Agency", sub="MediaOrganization",
          opt=True),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("griffiths", "Person", ["مارتن غريفيث"], "Martin Griffiths"),
        E("sanaa", "Place", ["صنعاء", "العاصمة صنعاء"], "Sanaa", qid="Q2471", sub="City"),
    ],
    relations=[
        R("locatedIn", "marib", "yemen", opt=True),       # dateline
        R("locatedIn", "sirwah", "maribgov"),             # جبهة صرواح غرب محافظة مأرب
        R("leaderOf", "saudi", "coalition"),              # الذي تقوده السعودية
        R("partOf", "media", "army", opt=True),
        R("leaderOf", "jadani", "region7"),               # قائد المنطقة العسكرية السابعة
        R("partOf", "region7", "army", opt=True),
        R("locatedIn", "rawda", "marib", opt=True),
        R("leaderOf", "omari", "staff"),                  # رئيس هيئة الأركان العامة
        R("positionIn", "omari", "staff", opt=True),
        R("positionIn", "omari", "yemen", opt=True),
        R("leaderOf", "shahri", "coalition"),             # قائد قوات التحالف
        R("positionIn", "griffiths", "un"),               # مبعوث الأمم المتحدة إلى اليمن
        R("positionIn", "griffiths", "yemen", opt=True),
        R("locatedIn", "sanaa", "yemen", opt=True),
    ],
    events=[
        # the army's kills at Sirwah, announced yesterday, and the coalition raids
        V("Killing", agent=["army"], target=["houthis"], place=[["sirwah", "maribgov"]], date="2020-03",
          trigger="مقتل"),
        V("Attack", opt=True, agent=["army", "houthis"], target=["houthis", "army"], place=["sirwah"]),
        V("Strike", agent=["coalition"], target=["houthis"], place=[["sirwah", "maribgov"]], date="2020-03",
          trigger="غارات"),
        # the Houthi attack repelled and the prisoners taken
        V("Attack", agent=["houthis"], target=["army"], trigger="هجوم"),
        V("Arrest", agent=["army"], target=["houthis"], trigger="أسر"),
        # the missile on al-Rawda on Tuesday
        V("Strike", agent=["houthis"], place=[["rawda", "marib"]], date="2020-03-03", trigger="صاروخ"),
        V("Killing", agent=["houthis"], place=[["rawda", "marib"]], date="2020-03-03", trigger="قُتل"),
        # the chief of staff's talks in Riyadh yesterday
        V("Meeting", agent=["omari", "shahri"], place=["riyadh"], date="2020-03-04", trigger="بحث"),
        V("Visit", opt=True, agent=["omari"], place=["riyadh"], date="2020-03-04"),
        # the UN envoy's arrival in Sanaa on Sunday
        V("Visit", agent=["griffiths"], place=["sanaa"], date="2020-03-01", trigger="وصل"),
        V("Meeting", opt=True, agent=["griffiths", "houthis"], place=["sanaa"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Mukalla (2016-04-26, a Tuesday)
DOCS.append(dict(
    id="t7-ye-mukalla", published="2016-04-26",
    text="""المكلا (اليمن) - رويترز:

قال مسؤولون محليون وسكان إن قوات من الجيش اليمني مدعومة من التحالف العربي بقيادة السعودية سيطرت، الأحد، على مدينة المكلا عاصمة محافظة حضرموت في جنوب شرق اليمن، بعد انسحاب مقاتلي تنظيم القاعدة في جزيرة العرب منها إثر عملية عسكرية قالت الحكومة اليمنية إنها أسفرت عن مقتل أكثر من 800 من عناصر التنظيم.

وقال المتحدث باسم التحالف العميد الركن منصور الحربي، في مؤتمر صحافي في الرياض، إن "وحدات سعودية وإماراتية خاصة شاركت في العملية إلى جانب الجيش اليمني"، مضيفا أن قادة ميدانيين "أكدوا لنا أن عناصر القاعدة فروا نحو وادي حضرموت ومحافظة شبوة"، وهو ما لم يتسن التحقق منه من مصدر مستقل.

وفي عدن، أعلن تنظيم الدولة الإسلامية مسؤوليته عن تفجير انتحاري استهدف، أمس الاثنين، تجمعا لمجندين أمام منزل قائد عسكري في حي خور مكسر، ما أسفر عن مقتل خمسة منهم وإصابة تسعة آخرين.

وقال محافظ حضرموت اللواء سالم عوض باعباد إن قوات الأمن "اعتقلت 30 مشتبها بانتمائهم للتنظيم خلال عمليات تمشيط في أحياء المدينة"، مضيفا أن "الحياة بدأت تعود إلى طبيعتها".

ووصل وزير الداخلية اليمني عبد الله ناجي البكري إلى المكلا، اليوم الثلاثاء، قادما من الرياض، وعقد فور وصوله اجتماعا مع قادة الوحدات الأمنية في المحافظة.""",
    entities=[
        E("mukalla", "Place", ["المكلا", "مدينة المكلا", "المدينة"], "Mukalla", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش اليمني"], "Yemeni Army", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف العربي", "التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("hadramawt", "Place", ["محافظة حضرموت", "حضرموت", "المحافظة"], "Hadhramaut Governorate", sub="Region"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب", "القاعدة", "التنظيم"],
          "al-Qaeda in the Arabian Peninsula", sub="ArmedGroup"),
        E("gov", "Organization", ["الحكومة اليمنية"], "Government of Yemen", sub="GovernmentBody"),
        E("harbi", "Person", ["منصور الحربي"], "Mansur al-Harbi"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("wadi", "Place", ["وادي حضرموت"], "Wadi Hadhramaut", sub="Region"),
        E("shabwa", "Place", ["محافظة شبوة"], "Shabwah Governorate", sub="Region"),
        E("aden", "Place", ["عدن"], "Aden", qid="Q131694", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("khormaksar", "Place", ["حي خور مكسر"], "Khor Maksar", sub="City"),
        E("baabad", "Person", ["سالم عوض باعباد"], "Salim Awad Baabad"),
        E("security", "Organization", ["قوات الأمن"], "Yemeni security forces", opt=True),
        E("bakri", "Person", ["عبد الله ناجي البكري"], "Abd Allah Naji al-Bakri"),
    ],
    relations=[
        R("leaderOf", "saudi", "coalition"),              # بقيادة السعودية
        R("locatedIn", "mukalla", "hadramawt"),           # عاصمة محافظة حضرموت
        R("locatedIn", "hadramawt", "yemen"),             # في جنوب شرق اليمن
        R("locatedIn", "mukalla", "yemen", opt=True),
        R("spokespersonOf", "harbi", "coalition"),
        R("locatedIn", "khormaksar", "aden", opt=True),   # fronted وفي عدن
        R("leaderOf", "baabad", "hadramawt"),             # محافظ حضرموت
        R("positionIn", "baabad", "hadramawt", opt=True),
        R("positionIn", "bakri", "yemen"),                # وزير الداخلية اليمني
        R("positionIn", "bakri", "gov", opt=True),
    ],
    events=[
        # the offensive that retook Mukalla on Sunday, and the AQAP dead claimed by the government
        V("MilitaryOperation", agent=["army"], target=["aqap"], place=[["mukalla", "hadramawt"]], trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["coalition"], date="2016-04"),
        V("Attack", opt=True, agent=["army"], target=["aqap"], place=["mukalla"], date="2016-04-24"),
        V("Killing", agent=["army"], target=["aqap"], trigger="مقتل"),
        V("Killing", opt=True, place=["mukalla"], date="2016-04"),
        # the IS-claimed suicide bombing in Aden yesterday
        V("Attack", agent=["isis"], place=[["khormaksar", "aden"]], date="2016-04-25", trigger="تفجير"),
        V("Killing", agent=["isis"], place=[["khormaksar", "aden"]], date="2016-04-25", trigger="مقتل"),
        # the arrests in Mukalla reported by the governor
        V("Arrest", place=["mukalla"], trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["security"], target=["aqap"], date="2016-04"),
        # the interior minister arrives in Mukalla today and meets the security commanders
        V("Visit", agent=["bakri"], place=["mukalla"], date="2016-04-26", trigger="وصل"),
        V("Meeting", agent=["bakri"], place=["mukalla"], date="2016-04-26", trigger="اجتماعا"),
    ],
))

# ---------------------------------------------------------------- Libya, Sirte and Benghazi (2016-06-12, a Sunday)
DOCS.append(dict(
    id="t7-ly-sirte", published="2016-06-12",
    text="""مصراتة (ليبيا) - فرانس برس:

قال رضا البوعيشي، المتحدث باسم قوات البنيان المرصوص التابعة لحكومة الوفاق الوطني، التي تشن منذ مايو/أيار الماضي عملية عسكرية لاستعادة مدينة سرت الساحلية من تنظيم الدولة الإسلامية، إن سبعة من مقاتلي القوات قتلوا وأصيب 40 آخرون، أمس السبت، في مواجهات مع عناصر التنظيم داخل المدينة، مضيفا أن "المسلحين يتحصنون في مجمع واغادوغو للمؤتمرات ويطلقون النار من أسطح المباني".

وأضاف أن سلاح الجو التابع للقوات نفذ "ثماني غارات على مواقع التنظيم في الحي رقم 3"، فيما قال مسؤول أمريكي لفرانس برس، طالبا عدم ذكر اسمه، إن زملاء له في وزارة الدفاع الأمريكية (البنتاغون) أكدوا أن "وحدات خاصة بريطانية وأمريكية تقدم دعما استخباراتيا للقوات الليبية لكنها لا تشارك في القتال".

وفي بنغازي، شنت طائرات تابعة للجيش الوطني الليبي بقيادة خليفة حفتر، أمس، غارات على مواقع لمجلس شورى ثوار بنغازي في منطقة قنفودة غرب بنغازي، بحسب ما أعلنت غرفة عمليات سلاح الجو التابعة للجيش في بيان.

وفي طرابلس، خطف مسلحون مجهولون، مساء الخميس، عضو المجلس البلدي لطرابلس المركز عادل الفيتوري من أمام منزله في منطقة سوق الجمعة، وفق ما أفاد به زملاؤه، الذين قالوا إن "الخاطفين أبلغوا أسرته عبر الهاتف بأنه بخير".

دبلوماسيا، التقى رئيس المجلس الرئاسي لحكومة الوفاق فائز السراج في تونس، أمس، مبعوث الأمم المتحدة إلى ليبيا مارتن كوبلر، وبحثا "الدعم الدولي للحرب على الإرهاب وتسليم مقار الوزارات".""",
    entities=[
        E("misrata", "Place", ["مصراتة"], "Misrata", sub="City"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("afp", "Organization", ["فرانس برس"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("bouaishi", "Person", ["رضا البوعيشي"], "Rida al-Buayshi"),
        E("bm", "Organization", ["قوات البنيان المرصوص", "القوات", "القوات الليبية"], "Al-Bunyan al-Marsus forces",
          sub="ArmedForce"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق"], "Government of National Accord",
          sub="GovernmentBody"),
        E("sirte", "Place", ["مدينة سرت", "المدينة"], "Sirte", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("ouaga", "Place", ["مجمع واغادوغو للمؤتمرات"], "Ouagadougou Conference Centre"),
        E("bm_air", "Organization", ["سلاح الجو التابع للقوات"], "Misrata air wing", sub="ArmedForce", opt=True),
        E("pentagon", "Organization", ["وزارة الدفاع الأمريكية", "البنتاغون"], "United States Department of Defense",
          qid="Q11209", sub="GovernmentBody"),
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش"], "Libyan National Army", sub="ArmedForce"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar"),
        E("bsc", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries Shura Council",
          sub="ArmedGroup"),
        E("ganfouda", "Place", ["منطقة قنفودة"], "Ganfouda", sub="City"),
        E("lna_air", "Organization", ["غرفة عمليات سلاح الجو"], "LNA air operations room", sub="ArmedForce",
          opt=True),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("council", "Organization", ["المجلس البلدي لطرابلس المركز"], "Tripoli Central Municipal Council",
          sub="GovernmentBody"),
        E("futuri", "Person", ["عادل الفيتوري"], "Adil al-Futuri"),
        E("souq", "Place", ["منطقة سوق الجمعة"], "Souq al-Juma", sub="City"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council (Libya)", sub="GovernmentBody"),
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("kobler", "Person", ["مارتن كوبلر"], "Martin Kobler"),
    ],
    relations=[
        R("locatedIn", "misrata", "libya", opt=True),     # dateline
        R("spokespersonOf", "bouaishi", "bm"),
        R("partOf", "bm", "gna"),                         # التابعة لحكومة الوفاق الوطني
        R("locatedIn", "ouaga", "sirte", opt=True),
        R("partOf", "bm_air", "bm"),                      # optional: bm_air is optional
        R("leaderOf", "haftar", "lna"),                   # بقيادة خليفة حفتر
        R("locatedIn", "ganfouda", "benghazi"),           # منطقة قنفودة غرب بنغازي
        R("partOf", "lna_air", "lna"),
        R("memberOf", "futuri", "council"),               # عضو المجلس البلدي
        R("locatedIn", "souq", "tripoli", opt=True),
        R("leaderOf", "sarraj", "pc"),                    # رئيس المجلس الرئاسي لحكومة الوفاق
        R("partOf", "pc", "gna", opt=True),
        R("positionIn", "kobler", "un"),                  # مبعوث الأمم المتحدة إلى ليبيا
        R("positionIn", "kobler", "libya", opt=True),
    ],
    events=[
        # the Sirte offensive since May, yesterday's clashes and the dead
        V("MilitaryOperation", agent=["bm"], target=["isis"], place=["sirte"], date="2016-05", trigger="عملية"),
        V("Killing", target=["bm"], place=["sirte"], date="2016-06-11", trigger="قتلوا"),
        V("Killing", opt=True, agent=["isis"]),
        V("Attack", opt=True, agent=["bm", "isis"], target=["isis", "bm"], place=["sirte"], date="2016-06-11"),
        # the air wing's raids on IS positions
        V("Strike", agent=[["bm_air", "bm"]], target=["isis"], trigger="غارات"),
        V("Strike", opt=True, place=["sirte"], date="2016-06"),
        # LNA raids on Ganfouda yesterday
        V("Strike", agent=["lna"], target=["bsc"], place=[["ganfouda", "benghazi"]], date="2016-06-11",
          trigger="غارات"),
        V("Strike", opt=True, agent=["lna_air"]),
        # the council member abducted by unknown gunmen on Thursday
        V("Arrest", opt=True, target=["futuri"], place=["souq", "tripoli"], date="2016-06-09"),
        # the talks in Tunis yesterday
        V("Meeting", agent=["sarraj", "kobler"], place=["tunis"], date="2016-06-11", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Libya, Tripoli (2019-04-10, a Wednesday)
DOCS.append(dict(
    id="t7-ly-tripoli", published="2019-04-10",
    text="""طرابلس - رويترز:

قال شهود إن طائرة حربية تابعة لقوات شرق ليبيا بقيادة خليفة حفتر قصفت، مساء الاثنين، مطار معيتيقة، المطار الوحيد العامل في العاصمة طرابلس، ما أدى إلى تعليق الرحلات، في تصعيد للهجوم الذي بدأه الجيش الوطني الليبي في الرابع من أبريل/نيسان الجاري للسيطرة على المدينة، مقر حكومة الوفاق الوطني المعترف بها دوليا.

وقال فرج القبائلي، المتحدث باسم الجيش الوطني الليبي، إن "المطار يستخدم لإقلاع طائرات مسيرة تستهدف قواتنا"، مضيفا أن "قادة المحاور أكدوا لنا أن وحداتنا باتت على بعد 11 كيلومترا من وسط العاصمة".

في المقابل، أعلنت قوات حكومة الوفاق إطلاق عملية "بركان الغضب" لصد الهجوم، وقال آمر غرفة العمليات المشتركة اللواء مختار بوشناف إن قواته "أسرت أكثر من 60 من عناصر حفتر وسيطرت على منطقة العزيزية" جنوب العاصمة.

وقالت منظمة الصحة العالمية إن 47 شخصا على الأقل، بينهم مدنيون، قتلوا في المعارك الدائرة في ضواحي طرابلس منذ بدء الهجوم، فيما نزح أكثر من ستة آلاف شخص من منازلهم.

وكان الأمين العام للأمم المتحدة أنطونيو غوتيريش قد التقى حفتر في مدينة بنغازي يوم الخامس من أبريل الجاري، وقال بعد اللقاء إنه يغادر ليبيا "بقلق عميق وقلب مثقل".""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة", "المدينة"], "Tripoli", qid="Q3579", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("lna", "Organization", ["قوات شرق ليبيا", "الجيش الوطني الليبي"], "Libyan National Army",
          sub="ArmedForce"),
        E("haftar", "Person", ["خليفة حفتر", "حفتر"], "Khalifa Haftar"),
        E("mitiga", "Place", ["مطار معيتيقة", "المطار"], "Mitiga International Airport"),
        E("gna", "Organization", ["حكومة الوفاق الوطني"], "Government of National Accord", sub="GovernmentBody"),
        E("qabaili", "Person", ["فرج القبائلي"], "Faraj al-Qabaili"),
        E("gnaf", "Organization", ["قوات حكومة الوفاق"], "GNA forces", sub="ArmedForce"),
        E("ops", "Organization", ["غرفة العمليات المشتركة"], "Joint Operations Room", sub="ArmedForce"),
        E("bushnaf", "Person", ["مختار بوشناف"], "Mukhtar Bushnaf"),
        E("aziziya", "Place", ["منطقة العزيزية"], "al-Aziziya", sub="City"),
        E("who", "Organization", ["منظمة الصحة العالمية"], "World Health Organization", qid="Q7817"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("guterres", "Person", ["أنطونيو غوتيريش"], "António Guterres"),
        E("benghazi", "Place", ["مدينة بنغازي"], "Benghazi", sub="City"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
    ],
    relations=[
        R("leaderOf", "haftar", "lna"),                   # بقيادة خليفة حفتر
        R("locatedIn", "mitiga", "tripoli"),              # مطار معيتيقة ... في العاصمة طرابلس
        R("spokespersonOf", "qabaili", "lna"),
        R("partOf", "gnaf", "gna", opt=True),
        R("leaderOf", "bushnaf", "ops"),                  # آمر غرفة العمليات المشتركة
        R("partOf", "ops", "gnaf", opt=True),
        R("locatedIn", "aziziya", "tripoli"),             # جنوب العاصمة
        R("leaderOf", "guterres", "un"),                  # الأمين العام للأمم المتحدة
        R("positionIn", "guterres", "un", opt=True),
        R("locatedIn", "benghazi", "libya", opt=True),
    ],
    events=[
        # Monday's air strike on Mitiga
        V("Strike", agent=["lna"], target=["mitiga"], place=[["mitiga", "tripoli"]], date="2019-04-08",
          trigger="قصفت"),
        # the LNA offensive on Tripoli since 4 April
        V("MilitaryOperation", agent=["lna"], place=["tripoli"], date="2019-04-04", trigger="الهجوم"),
        V("MilitaryOperation", opt=True, target=["gna", "gnaf"]),
        V("Attack", opt=True, agent=["lna"], target=["gna", "gnaf"], place=["tripoli"], date="2019-04-04"),
        # the GNA counter-offensive, prisoners taken
        V("MilitaryOperation", name="بركان الغضب", agent=["gnaf"], target=["lna"], trigger="عملية"),
        V("MilitaryOperation", opt=True, place=["tripoli"], date="2019-04"),
        V("Arrest", agent=[["gnaf", "ops"]], target=["lna"], trigger="أسرت"),
        V("Attack", opt=True, agent=["gnaf"], target=["lna"], place=["aziziya"]),
        # the dead of the fighting
        V("Killing", place=["tripoli"], trigger="قتلوا"),
        V("Killing", opt=True, date="2019-04"),
        # Guterres meets Haftar in Benghazi on 5 April
        V("Meeting", agent=["guterres", "haftar"], place=["benghazi"], date="2019-04-05", trigger="التقى"),
        V("Visit", opt=True, agent=["guterres"], place=["benghazi", "libya"], date="2019-04-05"),
    ],
))

# ---------------------------------------------------------------- Egypt, Operation Sinai 2018 (2018-02-13, a Tuesday)
DOCS.append(dict(
    id="t7-eg-sinai", published="2018-02-13",
    text="""القاهرة - «الحياة»:

أعلن المتحدث العسكري المصري العقيد أيمن عبد الحميد النجار، أمس، أن القوات المسلحة قتلت 16 "تكفيريا" وأوقفت 30 مشتبها بهم خلال اليوم الرابع من العملية الشاملة "سيناء 2018"، التي أطلقتها القوات المسلحة والشرطة في التاسع من فبراير/شباط الجاري لمواجهة العناصر الإرهابية في شمال سيناء ووسطها ومناطق في دلتا النيل والظهير الصحراوي غرب وادي النيل.

وأضاف في بيان بثه التلفزيون الرسمي أن مقاتلات القوات الجوية "استهدفت 66 هدفا تستخدمها العناصر الإرهابية"، ونقل عن قادة ميدانيين قولهم إن "الضربات دمرت مخازن أسلحة ومتفجرات في منطقة جبل الحلال".

وفي مدينة العريش، عاصمة محافظة شمال سيناء، تبنى تنظيم "ولاية سيناء"، الذي بايع تنظيم الدولة الإسلامية عام 2014، هجوما بعبوة ناسفة استهدف، الأحد، مدرعة للشرطة في حي الصفا، ما أسفر عن مقتل مجند وإصابة ضابط.

ووصل رئيس أركان حرب القوات المسلحة الفريق عادل سليم البنا، أمس، إلى العريش، حيث التقى قادة الجيش الثاني الميداني وتفقد الوحدات المشاركة في العملية.

وفي القاهرة، قالت وزارة الداخلية إن قطاع الأمن الوطني ضبط خلية من خمسة عناصر في حي عين شمس شرق العاصمة "كانت تعد لتنفيذ عمليات عدائية بالتزامن مع العملية"، وإن أفرادها "اعترفوا بتلقيهم تكليفات من قيادات هاربة في تركيا".""",
    entities=[
        E("cairo", "Place", ["القاهرة", "العاصمة"], "Cairo", qid="Q85", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("najjar", "Person", ["أيمن عبد الحميد النجار"], "Ayman Abd al-Hamid al-Najjar"),
        E("army", "Organization", ["القوات المسلحة"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("police", "Organization", ["الشرطة"], "Egyptian National Police", sub="GovernmentBody", opt=True),
        E("nsinai", "Place", ["شمال سيناء", "محافظة شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("airforce", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("halal", "Place", ["منطقة جبل الحلال"], "Jabal al-Halal"),
        E("arish", "Place", ["مدينة العريش", "العريش"], "Arish", sub="City"),
        E("wilayat", "Organization", ["تنظيم \"ولاية سيناء\"", "ولاية سيناء"], "Sinai Province", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("safa", "Place", ["حي الصفا"], "al-Safa (Arish)", sub="City"),
        E("banna", "Person", ["عادل سليم البنا"], "Adil Salim al-Banna"),
        E("army2", "Organization", ["الجيش الثاني الميداني"], "Second Field Army", sub="ArmedForce"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Egypt)", sub="GovernmentBody"),
        E("nsa", "Organization", ["قطاع الأمن الوطني"], "National Security Agency (Egypt)", sub="GovernmentBody"),
        E("ainshams", "Place", ["حي عين شمس"], "Ain Shams", sub="City"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
    ],
    relations=[
        R("spokespersonOf", "najjar", "army"),            # المتحدث العسكري
        R("partOf", "airforce", "army"),                  # optional: airforce is optional
        R("locatedIn", "arish", "nsinai"),                # عاصمة محافظة شمال سيناء
        R("memberOf", "wilayat", "isis"),                 # بايع تنظيم الدولة الإسلامية
        R("partOf", "wilayat", "isis", opt=True),
        R("affiliatedWith", "wilayat", "isis", opt=True),
        R("locatedIn", "safa", "arish", opt=True),
        R("leaderOf", "banna", "army"),                   # رئيس أركان حرب القوات المسلحة
        R("positionIn", "banna", "army", opt=True),
        R("partOf", "army2", "army", opt=True),
        R("partOf", "nsa", "moi", opt=True),
        R("locatedIn", "ainshams", "cairo"),              # حي عين شمس شرق العاصمة
    ],
    events=[
        # Operation Sinai 2018, launched on 9 February, and its kills and arrests told yesterday
        V("MilitaryOperation", name="سيناء 2018", agent=["army"], place=["nsinai"], date="2018-02-09",
          trigger="العملية الشاملة"),
        V("MilitaryOperation", opt=True, agent=["police"]),
        V("Killing", agent=["army"], date="2018-02", trigger="قتلت"),
        V("Arrest", agent=["army"], date="2018-02", trigger="أوقفت"),
        # the air strikes on Jabal al-Halal
        V("Strike", agent=[["airforce", "army"]], place=["halal"], trigger="استهدفت"),
        V("Strike", opt=True, date="2018-02"),
        # Sunday's bomb on a police vehicle in Arish, claimed by Sinai Province
        V("Attack", agent=["wilayat"], place=[["safa", "arish"]], date="2018-02-11", trigger="هجوما"),
        V("Killing", agent=["wilayat"], place=[["safa", "arish"]], date="2018-02-11", trigger="مقتل"),
        V("Attack", opt=True, target=["police"]),
        # the chief of staff's visit to Arish yesterday and his meeting there
        V("Visit", agent=["banna"], place=["arish"], date="2018-02-12", trigger="وصل"),
        V("Meeting", agent=["banna"], place=["arish"], date="2018-02-12", trigger="التقى"),
        V("Meeting", opt=True, agent=["army2"]),
        # the National Security arrest of a cell in Ain Shams
        V("Arrest", agent=["nsa"], place=[["ainshams", "cairo"]], trigger="ضبط"),
        V("Arrest", opt=True, agent=["moi"], date="2018-02"),
    ],
))

# ---------------------------------------------------------------- Egypt, Minya (2017-05-28, a Sunday)
DOCS.append(dict(
    id="t7-eg-minya", published="2017-05-28",
    text="""القاهرة - رويترز:

قالت مصادر أمنية إن الشرطة المصرية قتلت، اليوم الأحد، ثلاثة مسلحين في منطقة صحراوية غرب مدينة المنيا، يشتبه بتورطهم في الهجوم الذي استهدف، الجمعة، حافلة تقل مسيحيين أقباطا في طريقهم إلى دير الأنبا صموئيل المعترف بمحافظة المنيا في صعيد مصر، وأسفر عن مقتل 29 شخصا بينهم أطفال، وهو هجوم أعلن تنظيم الدولة الإسلامية مسؤوليته عنه في بيان نشرته وكالة أعماق.

وقال المتحدث باسم وزارة الداخلية العميد هشام فكري إن قوات الأمن "تبادلت إطلاق النار مع العناصر الإرهابية بعد رصد تحركاتهم في أحد الأوكار الجبلية"، مضيفا أن "التحريات أكدت أن قائد الخلية تلقى تعليمات من عناصر التنظيم في ليبيا".

وكانت القوات المسلحة المصرية قد شنت، مساء الجمعة، ضربات جوية على ما قالت إنها "معسكرات لتدريب العناصر الإرهابية" في مدينة درنة شرق ليبيا، وقال الرئيس عبد الفتاح السيسي في كلمة متلفزة إن "مصر لن تتردد في ضرب معسكرات الإرهاب في الداخل والخارج".

وزار محافظ المنيا سمير حلمي، أمس السبت، المصابين في مستشفى مدينة مغاغة، حيث التقى عددا منهم ومن ذويهم، مؤكدا أن "الدولة ستتكفل بعلاجهم".

من جهة أخرى، ألقت أجهزة الأمن في محافظة أسيوط القبض على أربعة أشخاص بتهمة "الترويج لأفكار تنظيم داعش"، بحسب بيان للنيابة العامة.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة المصرية"], "Egyptian National Police", sub="GovernmentBody"),
        E("minyacity", "Place", ["مدينة المنيا"], "Minya", sub="City"),
        E("monastery", "Place", ["دير الأنبا صموئيل المعترف"], "Monastery of Saint Samuel the Confessor"),
        E("minya", "Place", ["محافظة المنيا"], "Minya Governorate", sub="Region"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم", "تنظيم داعش"], "Islamic State",
          qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة أعماق"], "Amaq News Agency", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Egypt)", sub="GovernmentBody"),
        E("fikri", "Person", ["هشام فكري"], "Hisham Fikri"),
        E("security", "Organization", ["قوات الأمن", "أجهزة الأمن"], "Egyptian security forces", opt=True),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("army", "Organization", ["القوات المسلحة المصرية"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("derna", "Place", ["مدينة درنة"], "Derna", sub="City"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("helmi", "Person", ["سمير حلمي"], "Samir Hilmi"),
        E("maghagha", "Place", ["مدينة مغاغة"], "Maghagha", sub="City"),
        E("assiut", "Place", ["محافظة أسيوط"], "Asyut Governorate", sub="Region"),
        E("prosecution", "Organization", ["النيابة العامة"], "Public Prosecution (Egypt)", sub="GovernmentBody",
          opt=True),
    ],
    relations=[
        R("locatedIn", "monastery", "minya"),             # دير الأنبا صموئيل المعترف بمحافظة المنيا
        R("locatedIn", "minya", "egypt"),                 # في صعيد مصر
        R("partOf", "amaq", "isis"),                      # optional: amaq is optional
        R("spokespersonOf", "fikri", "moi"),
        R("locatedIn", "derna", "libya"),                 # مدينة درنة شرق ليبيا
        R("leaderOf", "sisi", "egypt", opt=True),         # الرئيس, no country with the title
        R("positionIn", "sisi", "egypt", opt=True),
        R("leaderOf", "helmi", "minya"),                  # محافظ المنيا
        R("positionIn", "helmi", "minya", opt=True),
        R("locatedIn", "maghagha", "minya", opt=True),
    ],
    events=[
        # the police kill three suspects today
        V("Killing", agent=["police"], place=["minyacity"], date="2017-05-28", trigger="قتلت"),
        V("Attack", opt=True, agent=["security"], place=["minyacity"], date="2017-05-28"),
        # Friday's attack on the bus, claimed by IS
        V("Attack", agent=["isis"], place=[["monastery", "minya"]], date="2017-05-26", trigger="الهجوم"),
        V("Killing", agent=["isis"], place=[["monastery", "minya"]], date="2017-05-26", trigger="مقتل"),
        # the Egyptian air strikes on Derna on Friday evening
        V("Strike", agent=["army"], place=[["derna", "libya"]], date="2017-05-26", trigger="ضربات جوية"),
        # the governor's hospital visit yesterday
        V("Visit", agent=["helmi"], place=["maghagha"], date="2017-05-27", trigger="زار"),
        V("Meeting", opt=True, agent=["helmi"], place=["maghagha"], date="2017-05-27"),
        # arrests in Asyut
        V("Arrest", place=["assiut"], trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["security"], target=["isis"], date="2017-05"),
    ],
))

# ---------------------------------------------------------------- Lebanon, the Qalamoun border (2017-08-30, a Wednesday)
DOCS.append(dict(
    id="t7-lb-jurd", published="2017-08-30",
    text="""بيروت - «النهار»:

قال الجيش اللبناني في بيان، اليوم الأربعاء، إن وحداته "أنهت عملية فجر الجرود" التي أطلقتها في التاسع عشر من أغسطس/آب الجاري ضد مسلحي تنظيم داعش في جرود بلدتي رأس بعلبك والقاع على الحدود الشرقية مع سوريا، بعد أن غادر مئات المسلحين وعائلاتهم المنطقة في حافلات بموجب اتفاق رعاه حزب الله مع التنظيم.

وأضاف البيان أن "العملية أسفرت عن مقتل عشرات الإرهابيين وتدمير مراكزهم"، فيما قال قائد الجيش العماد جوزيف عون، خلال جولة تفقدية على الوحدات المنتشرة في المنطقة، إن "الجيش لم ينسق مع أي جهة"، مؤكدا أن ضباطا من المخابرات "أبلغوه بأن الإرهابيين سلموا خرائط لمواقع الألغام".

وفي سوريا، قال الكولونيل جون ماكدونالد، المتحدث باسم التحالف الدولي، إن طائرات التحالف "قصفت طريقا وجسرا صغيرا في محافظة دير الزور لمنع قافلة الحافلات من الوصول إلى مدينة البوكمال" قرب الحدود مع العراق.

وكان رئيس الحكومة اللبنانية سعد الحريري قد استقبل في السراي الحكومي ببيروت، أمس الثلاثاء، سفيرة الولايات المتحدة لدى لبنان كارين ميلر، وبحث معها "المساعدات الأمريكية للجيش".

أمنيا، أوقفت مديرية المخابرات في الجيش، الاثنين، عند أحد مداخل مخيم عين الحلوة في مدينة صيدا، شخصا يدعى خالد العمر "للاشتباه بانتمائه إلى تنظيم داعش".""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nahar", "Organization", ["النهار"], "An-Nahar", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("rasbaalbek", "Place", ["رأس بعلبك"], "Ras Baalbek", sub="City"),
        E("qaa", "Place", ["القاع"], "al-Qaa", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("aoun", "Person", ["جوزيف عون"], "Joseph Aoun"),
        E("intel", "Organization", ["مديرية المخابرات", "المخابرات"], "Lebanese Army Intelligence Directorate",
          sub="GovernmentBody"),
        E("macdonald", "Person", ["جون ماكدونالد"], "John MacDonald"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Combined Joint Task Force",
          sub="Coalition"),
        E("deir", "Place", ["محافظة دير الزور"], "Deir ez-Zor Governorate", qid="Q232387", sub="Region"),
        E("bukamal", "Place", ["مدينة البوكمال"], "Abu Kamal", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("hariri", "Person", ["سعد الحريري"], "Saad Hariri"),
        E("gov", "Organization", ["الحكومة اللبنانية"], "Government of Lebanon", sub="GovernmentBody"),
        E("serail", "Place", ["السراي الحكومي"], "Grand Serail"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("miller", "Person", ["كارين ميلر"], "Karen Miller"),
        E("ainhilweh", "Place", ["مخيم عين الحلوة"], "Ain al-Hilweh", sub="City"),
        E("saida", "Place", ["مدينة صيدا"], "Sidon", sub="City"),
        E("omar", "Person", ["خالد العمر"], "Khalid al-Umar"),
    ],
    relations=[
        R("leaderOf", "aoun", "army"),                    # قائد الجيش
        R("partOf", "intel", "army"),                     # مديرية المخابرات في الجيش
        R("spokespersonOf", "macdonald", "coalition"),
        R("leaderOf", "hariri", "gov"),                   # رئيس الحكومة اللبنانية
        R("positionIn", "hariri", "lebanon", opt=True),
        R("locatedIn", "serail", "beirut"),               # السراي الحكومي ببيروت
        R("positionIn", "miller", "usa"),                 # سفيرة الولايات المتحدة لدى لبنان
        R("positionIn", "miller", "lebanon", opt=True),
        R("locatedIn", "ainhilweh", "saida"),             # مخيم عين الحلوة في مدينة صيدا
        R("memberOf", "omar", "isis", opt=True),          # للاشتباه بانتمائه
    ],
    events=[
        # Operation Dawn of the Jurd, launched on 19 August, and the IS dead
        V("MilitaryOperation", name="فجر الجرود", agent=["army"], target=["isis"], place=[["rasbaalbek", "qaa"]],
          date="2017-08-19", trigger="عملية"),
        V("Killing", agent=["army"], target=["isis"], trigger="مقتل"),
        V("Killing", opt=True, place=["rasbaalbek", "qaa"], date="2017-08"),
        # the coalition strikes on the road in Deir ez-Zor
        V("Strike", agent=["coalition"], place=["deir"], trigger="قصفت"),
        V("Strike", opt=True, target=["isis"], date="2017-08"),
        # Hariri receives the US ambassador at the Serail yesterday
        V("Meeting", agent=["hariri", "miller"], place=[["serail", "beirut"]], date="2017-08-29", trigger="استقبل"),
        # the army intelligence arrest at Ain al-Hilweh on Monday
        V("Arrest", agent=["intel"], target=["omar"], place=[["ainhilweh", "saida"]], date="2017-08-28",
          trigger="أوقفت"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Tripoli (2015-01-13, a Tuesday)
DOCS.append(dict(
    id="t7-lb-tripoli", published="2015-01-13",
    text="""طرابلس (لبنان) - «الحياة»:

أوقفت شعبة المعلومات في قوى الأمن الداخلي، أمس الاثنين، شخصا يشتبه بأنه ساعد الانتحاريين اللذين فجرا نفسيهما مساء السبت في مقهى شعبي بمنطقة جبل محسن في مدينة طرابلس شمال لبنان، ما أدى إلى مقتل تسعة أشخاص وإصابة أكثر من 30 آخرين، في هجوم أعلنت "جبهة النصرة"، ذراع تنظيم القاعدة في سوريا، مسؤوليتها عنه.

وقال مصدر أمني إن الموقوف، ويدعى بلال المحمد، "اعترف خلال التحقيق بأنه نقل الانتحاريين إلى مكان التفجير"، مشيرا إلى أن المحققين أبلغوا النيابة العامة العسكرية أن الموقوف "على صلة بخلية يديرها المطلوب شادي الحسن".

من جهته، قال وزير الداخلية اللبناني كمال فرحات في مؤتمر صحافي إن "التحقيقات كشفت أن الانتحاريين من سكان منطقة المنكوبين" في طرابلس، مضيفا أن "الهجوم أدير من داخل سجن رومية" شرق بيروت.

وكان الجيش اللبناني قد شن، الأحد، سلسلة مداهمات في منطقة باب التبانة المجاورة، أوقف خلالها سبعة مطلوبين وضبط كميات من الأسلحة والذخائر، بحسب بيان لقيادة الجيش.

وترأس فرحات، أمس، اجتماعا لمجلس الأمن المركزي في مقر الوزارة ببيروت، خصص لبحث الإجراءات الأمنية في عاصمة الشمال.""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "مدينة طرابلس", "عاصمة الشمال"], "Tripoli (Lebanon)", sub="City"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("infobranch", "Organization", ["شعبة المعلومات"], "Information Branch", sub="GovernmentBody"),
        E("isf", "Organization", ["قوى الأمن الداخلي"], "Internal Security Forces", sub="GovernmentBody"),
        E("jabalmohsen", "Place", ["منطقة جبل محسن"], "Jabal Mohsen", sub="City"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("alqaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("mohammad", "Person", ["بلال المحمد"], "Bilal al-Muhammad"),
        E("prosecution", "Organization", ["النيابة العامة العسكرية"], "Military Prosecution (Lebanon)",
          sub="GovernmentBody", opt=True),
        E("hasan", "Person", ["شادي الحسن"], "Shadi al-Hasan"),
        E("farhat", "Person", ["كمال فرحات", "فرحات"], "Kamal Farhat"),
        E("mankoubin", "Place", ["منطقة المنكوبين"], "al-Mankoubin", sub="City"),
        E("roumieh", "Place", ["سجن رومية"], "Roumieh Prison"),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("army", "Organization", ["الجيش اللبناني", "قيادة الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("tabbaneh", "Place", ["منطقة باب التبانة"], "Bab al-Tabbaneh", sub="City"),
        E("council", "Organization", ["مجلس الأمن المركزي"], "Central Security Council (Lebanon)",
          sub="GovernmentBody"),
        E("moi", "Organization", ["الوزارة"], "Ministry of Interior (Lebanon)", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("partOf", "infobranch", "isf"),                 # شعبة المعلومات في قوى الأمن الداخلي
        R("locatedIn", "jabalmohsen", "tripoli"),         # بمنطقة جبل محسن في مدينة طرابلس
        R("locatedIn", "tripoli", "lebanon"),             # شمال لبنان
        R("locatedIn", "jabalmohsen", "lebanon", opt=True),  # transitive
        R("partOf", "nusra", "alqaeda"),                  # ذراع تنظيم القاعدة في سوريا
        R("affiliatedWith", "mohammad", "hasan", opt=True),  # على صلة بخلية يديرها
        R("positionIn", "farhat", "lebanon"),             # وزير الداخلية اللبناني
        R("locatedIn", "mankoubin", "tripoli"),           # منطقة المنكوبين في طرابلس
        R("locatedIn", "roumieh", "beirut", opt=True),    # شرق بيروت
        R("locatedIn", "tabbaneh", "tripoli", opt=True),
        R("leaderOf", "farhat", "council", opt=True),     # ترأس اجتماعا
    ],
    events=[
        # the Information Branch arrest yesterday
        V("Arrest", agent=["infobranch"], target=["mohammad"], date="2015-01-12", trigger="أوقفت"),
        V("Arrest", opt=True, agent=["isf"]),
        # Saturday's double suicide bombing in Jabal Mohsen, claimed by al-Nusra
        V("Attack", agent=["nusra"], place=[["jabalmohsen", "tripoli"]], date="2015-01-10", trigger="فجرا"),
        V("Killing", agent=["nusra"], place=[["jabalmohsen", "tripoli"]], date="2015-01-10", trigger="مقتل"),
        # the army raids in Bab al-Tabbaneh on Sunday
        V("Arrest", agent=["army"], place=["tabbaneh"], date="2015-01-11", trigger="أوقف"),
        # the minister chairs the Central Security Council yesterday
        V("Meeting", agent=["farhat"], place=["beirut"], date="2015-01-12", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["council"]),
    ],
))

# ---------------------------------------------------------------- Palestine, Jenin (2018-02-07, a Wednesday)
DOCS.append(dict(
    id="t7-ps-jenin", published="2018-02-07",
    text="""رام الله - «القدس العربي»:

قالت مصادر فلسطينية إن قوات الاحتلال الإسرائيلي قتلت، فجر أمس الثلاثاء، الشاب محمود سعيد العمري (22 عاما) خلال اشتباك مسلح في بلدة اليامون غرب مدينة جنين شمال الضفة الغربية، بعد حصار استمر ساعات لمنزل كان يتحصن فيه، فيما قال الجيش الإسرائيلي إن العمري "هو المسؤول عن عملية إطلاق النار التي قتل فيها مستوطن قرب نابلس الشهر الماضي".

ونقلت وكالة الأنباء الفلسطينية الرسمية (وفا) عن مدير نادي الأسير في جنين سامي أبو الرب قوله إن قوات الاحتلال اعتقلت خلال المداهمة خمسة من أقارب الشهيد، مضيفا أن "الأهالي أكدوا له أن الجنود فجروا المنزل بعد انتهاء الاشتباك".

ونعت حركة المقاومة الإسلامية (حماس) العمري، وقال المتحدث باسمها نبيل الأغا في تصريح صحافي إن "دماء الشهداء ستبقى وقودا للانتفاضة"، فيما أكدت كتائب عز الدين القسام، الجناح العسكري للحركة، أن الشهيد "كان أحد مقاتليها".

سياسيا، استقبل الرئيس الفلسطيني محمود عباس في مدينة رام الله، أمس، المبعوث الخاص للاتحاد الأوروبي لعملية السلام فرناندو غوميز، وبحث معه "التطورات الخطيرة في الأراضي الفلسطينية".

وفي قطاع غزة، قصفت دبابات إسرائيلية، مساء الاثنين، موقعا لكتائب القسام شرق بلدة بيت حانون شمال القطاع، ردا على إطلاق قذيفة صاروخية من القطاع سقطت في منطقة مفتوحة، بحسب الجيش الإسرائيلي.""",
    entities=[
        E("ramallah", "Place", ["رام الله", "مدينة رام الله"], "Ramallah", sub="City"),
        E("qudsarabi", "Organization", ["القدس العربي"], "Al-Quds Al-Arabi", sub="MediaOrganization", opt=True),
        E("idf", "Organization", ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "الجيش الإسرائيلي"],
          "Israel Defense Forces", sub="ArmedForce"),
        E("omari", "Person", ["محمود سعيد العمري", "العمري"], "Mahmud Said al-Umari"),
        E("yamoun", "Place", ["بلدة اليامون"], "al-Yamun", sub="City"),
        E("jenin", "Place", ["مدينة جنين", "جنين"], "Jenin", sub="City"),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("nablus", "Place", ["نابلس"], "Nablus", sub="City"),
        E("wafa", "Organization", ["وكالة الأنباء الفلسطينية الرسمية", "وفا"], "WAFA", sub="MediaOrganization",
          opt=True),
        E("club", "Organization", ["نادي الأسير"], "Palestinian Prisoners' Club"),
        E("abualrub", "Person", ["سامي أبو الرب"], "Sami Abu al-Rub"),
        E("hamas", "Organization", ["حركة المقاومة الإسلامية", "حماس", "الحركة"], "Hamas", qid="Q38799",
          sub="ArmedGroup"),
        E("aga", "Person", ["نبيل الأغا"], "Nabil al-Agha"),
        E("qassam", "Organization", ["كتائب عز الدين القسام", "كتائب القسام"], "Izz ad-Din al-Qassam Brigades",
          sub="ArmedGroup"),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas"),
        E("eu", "Organization", ["الاتحاد الأوروبي"], "European Union", qid="Q458"),
        E("palestine", "Place", ["الأراضي الفلسطينية"], "Palestinian territories", opt=True),
        E("gomez", "Person", ["فرناندو غوميز"], "Fernando Gomez"),
        E("gaza", "Place", ["قطاع غزة", "القطاع"], "Gaza Strip", sub="Region"),
        E("beithanoun", "Place", ["بلدة بيت حانون"], "Beit Hanoun", sub="City"),
    ],
    relations=[
        R("locatedIn", "yamoun", "jenin"),                # بلدة اليامون غرب مدينة جنين
        R("locatedIn", "jenin", "westbank"),              # شمال الضفة الغربية
        R("locatedIn", "yamoun", "westbank", opt=True),   # transitive
        R("leaderOf", "abbas", "palestine"),              # optional: palestine is optional
        R("leaderOf", "abualrub", "club"),                # مدير نادي الأسير في جنين
        R("positionIn", "abualrub", "club", opt=True),
        R("spokespersonOf", "aga", "hamas"),              # المتحدث باسمها
        R("partOf", "qassam", "hamas"),                   # الجناح العسكري للحركة
        R("memberOf", "omari", "qassam"),                 # كان أحد مقاتليها
        R("positionIn", "gomez", "eu"),                   # المبعوث الخاص للاتحاد الأوروبي
        R("locatedIn", "beithanoun", "gaza"),             # بلدة بيت حانون شمال القطاع
    ],
    events=[
        # the young man killed by Israeli forces in al-Yamun yesterday, and the arrests in the raid
        V("Killing", agent=["idf"], target=["omari"], place=[["yamoun", "jenin"]], date="2018-02-06",
          trigger="قتلت"),
        V("Attack", opt=True, agent=["idf"], target=["omari"], place=["yamoun"], date="2018-02-06"),
        V("Arrest", agent=["idf"], place=["yamoun"], date="2018-02-06", trigger="اعتقلت"),
        # the shooting near Nablus last month the army blames on him
        V("Attack", place=["nablus"], date="2018-01", trigger="عملية إطلاق النار"),
        V("Killing", place=["nablus"], date="2018-01", trigger="قتل"),
        V("Attack", opt=True, agent=["omari"]),
        V("Killing", opt=True, agent=["omari"]),
        # Abbas receives the EU envoy in Ramallah yesterday
        V("Meeting", agent=["abbas", "gomez"], place=["ramallah"], date="2018-02-06", trigger="استقبل"),
        V("Visit", opt=True, agent=["gomez"], place=["ramallah"], date="2018-02-06"),
        # tank fire on a Qassam post east of Beit Hanoun on Monday
        V("Strike", target=["qassam"], place=[["beithanoun", "gaza"]], date="2018-02-05", trigger="قصفت"),
        V("Strike", opt=True, agent=["idf"]),
        V("Strike", opt=True, place=["gaza"]),
    ],
))

# ---------------------------------------------------------------- Palestine, Gaza (2019-05-06, a Monday)
DOCS.append(dict(
    id="t7-ps-gaza", published="2019-05-06",
    text="""غزة - وكالات:

أعلنت الفصائل الفلسطينية في قطاع غزة، فجر اليوم الاثنين، التوصل إلى اتفاق لوقف إطلاق النار مع إسرائيل بوساطة مصرية وقطرية، بعد يومين من تصعيد هو الأعنف منذ حرب صيف عام 2014، قُتل خلاله 25 فلسطينيا في غارات إسرائيلية على القطاع، بحسب وزارة الصحة في القطاع، وأربعة إسرائيليين جراء صواريخ أطلقت من القطاع، وفق الشرطة الإسرائيلية.

وقال الجيش الإسرائيلي في بيان إن طائراته "أغارت على أكثر من 350 هدفا لحركتي حماس والجهاد الإسلامي"، بينها مبنى من خمسة طوابق في حي الرمال وسط مدينة غزة قال إن "الاستخبارات العسكرية أكدت أن حماس تستخدمه مقرا لها"، فيما أكدت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، أنها قصفت مدينتي أسدود وعسقلان "ردا على جرائم الاحتلال".

وكانت طائرة إسرائيلية قد استهدفت، مساء الأحد، سيارة في حي الشجاعية شرق مدينة غزة، ما أدى إلى مقتل القيادي في كتائب عز الدين القسام، الجناح العسكري لحماس، سامر حسن الغول، الذي قال الجيش إنه "مسؤول عن نقل أموال من إيران إلى الفصائل".

وكان وفد أمني مصري برئاسة اللواء عمرو حنفي قد وصل إلى القطاع عبر معبر بيت حانون (إيرز)، السبت، والتقى رئيس المكتب السياسي لحركة حماس إسماعيل هنية، قبل أن يتوجه إلى تل أبيب.

وفي الضفة الغربية، اعتقلت قوات الاحتلال، الليلة الماضية، 14 فلسطينيا في حملة مداهمات طالت مدن الخليل وبيت لحم ونابلس، بحسب نادي الأسير الفلسطيني.""",
    entities=[
        E("gaza", "Place", ["قطاع غزة", "القطاع"], "Gaza Strip", sub="Region"),
        E("factions", "Organization", ["الفصائل الفلسطينية", "الفصائل"], "Palestinian factions",
          sub="ArmedGroup"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country"),
        E("moh", "Organization", ["وزارة الصحة"], "Gaza Ministry of Health", sub="GovernmentBody", opt=True),
        E("police", "Organization", ["الشرطة الإسرائيلية"], "Israel Police", sub="GovernmentBody"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "الجيش", "قوات الاحتلال"], "Israel Defense Forces",
          sub="ArmedForce"),
        E("hamas", "Organization", ["حماس", "حركة حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("pij", "Organization", ["الجهاد الإسلامي", "حركة الجهاد الإسلامي"], "Palestinian Islamic Jihad",
          sub="ArmedGroup"),
        E("rimal", "Place", ["حي الرمال"], "al-Rimal", sub="City"),
        E("gazacity", "Place", ["مدينة غزة"], "Gaza City", sub="City"),
        E("intel", "Organization", ["الاستخبارات العسكرية"], "Israeli Military Intelligence", opt=True),
        E("saraya", "Organization", ["سرايا القدس"], "Al-Quds Brigades", sub="ArmedGroup"),
        E("ashdod", "Place", ["أسدود"], "Ashdod", sub="City"),
        E("ashkelon", "Place", ["عسقلان"], "Ashkelon", sub="City"),
        E("shujaiya", "Place", ["حي الشجاعية"], "Shujaiyya", sub="City"),
        E("qassam", "Organization", ["كتائب عز الدين القسام"], "Izz ad-Din al-Qassam Brigades", sub="ArmedGroup"),
        E("ghoul", "Person", ["سامر حسن الغول"], "Samir Hasan al-Ghoul"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("hanafi", "Person", ["عمرو حنفي"], "Amr Hanafi"),
        E("erez", "Place", ["معبر بيت حانون", "إيرز"], "Erez Crossing"),
        E("politburo", "Organization", ["المكتب السياسي لحركة حماس"], "Hamas Political Bureau", opt=True),
        E("haniyeh", "Person", ["إسماعيل هنية"], "Ismail Haniyeh"),
        E("telaviv", "Place", ["تل أبيب"], "Tel Aviv", sub="City"),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("hebron", "Place", ["الخليل"], "Hebron", sub="City"),
        E("bethlehem", "Place", ["بيت لحم"], "Bethlehem", sub="City"),
        E("nablus", "Place", ["نابلس"], "Nablus", sub="City"),
        E("club", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoners' Club"),
    ],
    relations=[
        R("locatedIn", "rimal", "gazacity"),              # حي الرمال وسط مدينة غزة
        R("partOf", "saraya", "pij"),                     # الجناح العسكري لحركة الجهاد الإسلامي
        R("locatedIn", "shujaiya", "gazacity"),           # حي الشجاعية شرق مدينة غزة
        R("memberOf", "ghoul", "qassam"),                 # القيادي في كتائب القسام
        R("partOf", "qassam", "hamas"),                   # الجناح العسكري لحماس
        R("leaderOf", "haniyeh", "hamas"),                # رئيس المكتب السياسي لحركة حماس
        R("leaderOf", "haniyeh", "politburo"),            # optional: politburo is optional
        R("partOf", "politburo", "hamas"),                # optional: politburo is optional
        R("locatedIn", "gazacity", "gaza", opt=True),
        R("locatedIn", "erez", "gaza", opt=True),
    ],
    events=[
        # the two days of Israeli raids on Gaza and the dead
        V("Strike", place=["gaza"], date="2019-05", trigger="غارات"),
        V("Killing", place=["gaza"], date="2019-05", trigger="قُتل"),
        V("Strike", opt=True, agent=["idf"]),
        V("Killing", opt=True, agent=["idf"]),
        # rockets from Gaza, four Israelis dead
        V("Strike", opt=True, agent=["factions"], place=["israel"], date="2019-05"),
        V("Killing", opt=True, place=["israel"], date="2019-05"),
        # the army's raids on Hamas and PIJ targets, the Rimal building
        V("Strike", agent=["idf"], target=["hamas", "pij"], place=[["rimal", "gazacity"]], date="2019-05",
          trigger="أغارت"),
        # Saraya al-Quds rocket fire on Ashdod and Ashkelon
        V("Strike", agent=["saraya"], place=["ashdod", "ashkelon"], date="2019-05", trigger="قصفت"),
        # Sunday's drone strike in Shujaiyya that killed al-Ghoul
        V("Strike", target=["ghoul"], place=[["shujaiya", "gazacity"]], date="2019-05-05", trigger="استهدفت"),
        V("Killing", target=["ghoul"], place=[["shujaiya", "gazacity"]], date="2019-05-05", trigger="مقتل"),
        V("Strike", opt=True, agent=["idf"]),
        # the Egyptian delegation's visit to Gaza on Saturday and its meeting with Haniyeh
        V("Visit", agent=["hanafi"], place=[["gaza", "erez"]], date="2019-05-04", trigger="وصل"),
        V("Meeting", agent=["hanafi", "haniyeh"], place=["gaza"], date="2019-05-04", trigger="التقى"),
        V("Visit", opt=True, agent=["hanafi"], place=["telaviv"]),
        # arrests in the West Bank last night
        V("Arrest", agent=["idf"], place=[["westbank", "hebron", "bethlehem", "nablus"]], date="2019-05",
          trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Turkey, Istanbul (2017-01-03, a Tuesday)
DOCS.append(dict(
    id="t7-tr-istanbul", published="2017-01-03",
    text="""إسطنبول - الأناضول:

أعلنت السلطات التركية، اليوم الثلاثاء، اعتقال 14 شخصا، بينهم أجانب، في مداهمات نفذتها شرطة مكافحة الإرهاب في ولايتي إسطنبول وإزمير، للاشتباه بصلتهم بالهجوم المسلح الذي استهدف ملهى "رينا" الليلي في حي أورتاكوي بإسطنبول في الساعات الأولى من العام الجديد، وأسفر عن مقتل 39 شخصا معظمهم من الأجانب، وتبناه تنظيم الدولة الإسلامية في بيان أمس الاثنين.

وقال وزير الداخلية التركي أوميت أوزدمير للصحافيين إن "المهاجم تلقى تدريبا في سوريا"، مضيفا أن أجهزة الاستخبارات "أبلغتنا بأنه دخل تركيا عبر ولاية قونية برفقة زوجته وطفليه"، فيما نقلت وكالة دوغان عن مصادر أمنية أن المهاجم "من أصول آسيوية".

في غضون ذلك، قالت رئاسة الأركان التركية إن مقاتلات الجيش التركي دمرت، أمس، 22 هدفا لتنظيم داعش في محيط مدينة الباب شمال سوريا وقتلت 22 من مسلحيه، في إطار عملية "درع الفرات" التي بدأت في أغسطس/آب الماضي.

وفي أنقرة، استقبل الرئيس رجب طيب أردوغان، أمس، سفير روسيا الجديد لدى تركيا ألكسي بوريسوف، الذي خلف أندريه كارلوف، الذي اغتاله شرطي تركي خارج الخدمة خلال افتتاح معرض فني في العاصمة في 19 ديسمبر/كانون الأول الماضي.

وفي ولاية ديار بكر جنوب شرق البلاد، قُتل جنديان وأصيب ثلاثة آخرون، مساء الأحد، بانفجار عبوة ناسفة زرعها مسلحون من حزب العمال الكردستاني على طريق ريفي، بحسب مصادر أمنية.""",
    entities=[
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("ctpolice", "Organization", ["شرطة مكافحة الإرهاب"], "Turkish counter-terrorism police",
          sub="GovernmentBody"),
        E("izmir", "Place", ["إزمير"], "Izmir", sub="Region"),
        E("reina", "Place", ["ملهى \"رينا\" الليلي", "رينا"], "Reina nightclub"),
        E("ortakoy", "Place", ["حي أورتاكوي"], "Ortaköy", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "تنظيم داعش"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("ozdemir", "Person", ["أوميت أوزدمير"], "Ümit Özdemir"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("intel", "Organization", ["أجهزة الاستخبارات"], "Turkish intelligence services", opt=True),
        E("turkey", "Place", ["تركيا", "البلاد"], "Turkey", qid="Q43", sub="Country"),
        E("konya", "Place", ["ولاية قونية"], "Konya Province", sub="Region"),
        E("dogan", "Organization", ["وكالة دوغان"], "Doğan News Agency", sub="MediaOrganization", opt=True),
        E("staff", "Organization", ["رئاسة الأركان التركية"], "Turkish General Staff", sub="ArmedForce"),
        E("army", "Organization", ["الجيش التركي"], "Turkish Armed Forces", sub="ArmedForce"),
        E("bab", "Place", ["مدينة الباب"], "al-Bab", sub="City"),
        E("ankara", "Place", ["أنقرة", "العاصمة"], "Ankara", qid="Q3640", sub="City"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdoğan", qid="Q39723"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country"),
        E("borisov", "Person", ["ألكسي بوريسوف"], "Aleksei Borisov"),
        E("karlov", "Person", ["أندريه كارلوف"], "Andrei Karlov"),
        E("diyarbakir", "Place", ["ولاية ديار بكر"], "Diyarbakır Province", sub="Region"),
        E("pkk", "Organization", ["حزب العمال الكردستاني"], "Kurdistan Workers' Party", qid="Q152220",
          sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "reina", "ortakoy"),               # ملهى رينا في حي أورتاكوي بإسطنبول
        R("locatedIn", "ortakoy", "istanbul"),
        R("locatedIn", "reina", "istanbul", opt=True),
        R("positionIn", "ozdemir", "turkey"),             # وزير الداخلية التركي
        R("locatedIn", "konya", "turkey", opt=True),
        R("partOf", "staff", "army", opt=True),
        R("locatedIn", "bab", "syria"),                   # مدينة الباب شمال سوريا
        R("leaderOf", "erdogan", "turkey", opt=True),     # الرئيس, no country with the title
        R("positionIn", "borisov", "russia"),             # سفير روسيا الجديد لدى تركيا
        R("positionIn", "borisov", "turkey", opt=True),
        R("positionIn", "karlov", "russia", opt=True),
        R("locatedIn", "diyarbakir", "turkey"),           # ولاية ديار بكر جنوب شرق البلاد
    ],
    events=[
        # the counter-terrorism police arrests today
        V("Arrest", agent=["ctpolice"], place=["istanbul", "izmir"], date="2017-01-03", trigger="اعتقال"),
        # the New Year attack on Reina, claimed by IS
        V("Attack", agent=["isis"], target=["reina"], place=[["reina", "ortakoy", "istanbul"]], date="2017-01-01",
          trigger="الهجوم"),
        V("Killing", agent=["isis"], place=[["reina", "ortakoy", "istanbul"]], date="2017-01-01", trigger="مقتل"),
        # yesterday's strikes near al-Bab and Operation Euphrates Shield
        V("Strike", agent=["army"], target=["isis"], place=[["bab", "syria"]], date="2017-01-02", trigger="دمرت"),
        V("Killing", agent=["army"], target=["isis"], place=[["bab", "syria"]], date="2017-01-02", trigger="قتلت"),
        V("MilitaryOperation", name="درع الفرات", agent=["army"], date="2016-08", trigger="عملية"),
        V("MilitaryOperation", opt=True, target=["isis"], place=["syria", "bab"]),
        # Erdogan receives the new Russian ambassador yesterday
        V("Meeting", agent=["erdogan", "borisov"], place=["ankara"], date="2017-01-02", trigger="استقبل"),
        # the killing of Karlov on 19 December
        V("Killing", target=["karlov"], place=["ankara"], date="2016-12-19", trigger="اغتاله"),
        V("Attack", opt=True, target=["karlov"], place=["ankara"], date="2016-12-19"),
        # Sunday's PKK bomb in Diyarbakir
        V("Attack", agent=["pkk"], place=["diyarbakir"], date="2017-01-01", trigger="بانفجار"),
        V("Killing", agent=["pkk"], place=["diyarbakir"], date="2017-01-01", trigger="قُتل"),
        V("Attack", opt=True, target=["army"]),
        V("Killing", opt=True, target=["army"]),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kabul (2018-01-29, a Monday)
DOCS.append(dict(
    id="t7-af-kabul", published="2018-01-29",
    text="""كابول - رويترز:

قال مسؤولون إن مسلحين هاجموا، فجر اليوم الاثنين، أكاديمية مارشال فهيم العسكرية في العاصمة الأفغانية كابول، ما أسفر عن مقتل خمسة جنود على الأقل وإصابة عشرة آخرين، في هجوم أعلن تنظيم الدولة الإسلامية مسؤوليته عنه، وذلك بعد يومين من تفجير سيارة إسعاف مفخخة في وسط المدينة أودى بحياة أكثر من 100 شخص وتبنته حركة طالبان.

وقال غل أحمد ستانكزي، المتحدث باسم وزارة الدفاع الأفغانية، إن "أربعة من المهاجمين قتلوا وأسر خامس"، مضيفا أن ضباط الوحدة المكلفة بحراسة الأكاديمية "أبلغوه بأن المهاجمين حاولوا اقتحام البوابة الرئيسية بعد تفجير أحدهم نفسه".

وكان ذبيح الله مجاهد، المتحدث باسم طالبان، قد قال في رسالة إلى الصحافيين إن تفجير السبت "استهدف مقرا أمنيا قريبا من مبنى وزارة الداخلية القديم"، متوعدا بمزيد من الهجمات "ما دامت القوات الأجنبية في أفغانستان".

من جهة أخرى، قال الجيش الأمريكي إن طائراته نفذت خلال الأسبوع الماضي سلسلة غارات على معامل لتكرير المخدرات تابعة لطالبان في ولاية هلمند جنوب البلاد، في إطار استراتيجية جديدة لتجفيف مصادر تمويل الحركة.

سياسيا، ترأس الرئيس الأفغاني أشرف غني، أمس الأحد، اجتماعا طارئا لمجلس الأمن القومي في القصر الرئاسي بكابول، وذلك بعد أسبوعين من زيارة قام بها وفد من مجلس الأمن الدولي إلى العاصمة التقى خلالها غني وعددا من الوزراء.""",
    entities=[
        E("kabul", "Place", ["كابول", "المدينة", "العاصمة"], "Kabul", qid="Q5838", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("academy", "Place", ["أكاديمية مارشال فهيم العسكرية", "الأكاديمية"], "Marshal Fahim National Defense University"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", qid="Q42418",
          sub="ArmedGroup"),
        E("stanekzai", "Person", ["غل أحمد ستانكزي"], "Gul Ahmad Stanekzai"),
        E("mod", "Organization", ["وزارة الدفاع الأفغانية"], "Ministry of Defense (Afghanistan)",
          sub="GovernmentBody"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("usarmy", "Organization", ["الجيش الأمريكي"], "United States Armed Forces", sub="ArmedForce"),
        E("helmand", "Place", ["ولاية هلمند"], "Helmand Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("ghani", "Person", ["أشرف غني", "غني"], "Ashraf Ghani"),
        E("nsc", "Organization", ["مجلس الأمن القومي"], "National Security Council (Afghanistan)",
          sub="GovernmentBody"),
        E("palace", "Place", ["القصر الرئاسي"], "Arg (presidential palace)"),
        E("unsc", "Organization", ["مجلس الأمن الدولي"], "United Nations Security Council", qid="Q37470"),
    ],
    relations=[
        R("locatedIn", "academy", "kabul"),               # الأكاديمية في العاصمة الأفغانية كابول
        R("spokespersonOf", "stanekzai", "mod"),
        R("spokespersonOf", "mujahid", "taliban"),
        R("locatedIn", "helmand", "afghanistan"),         # ولاية هلمند جنوب البلاد
        R("leaderOf", "ghani", "afghanistan"),            # الرئيس الأفغاني
        R("positionIn", "ghani", "afghanistan", opt=True),
        R("locatedIn", "palace", "kabul"),                # القصر الرئاسي بكابول
        R("leaderOf", "ghani", "nsc", opt=True),
        R("locatedIn", "kabul", "afghanistan", opt=True),  # العاصمة الأفغانية كابول (adjective)
    ],
    events=[
        # today's attack on the academy, claimed by IS
        V("Attack", agent=["isis"], target=["academy"], place=[["academy", "kabul"]], date="2018-01-29",
          trigger="هاجموا"),
        V("Killing", agent=["isis"], place=[["academy", "kabul"]], date="2018-01-29", trigger="مقتل"),
        V("Killing", opt=True, place=["academy"], date="2018-01-29"),
        V("Arrest", opt=True, place=["academy"], date="2018-01-29"),
        # Saturday's ambulance bomb, claimed by the Taliban
        V("Attack", agent=["taliban"], place=["kabul"], date="2018-01-27", trigger="تفجير"),
        V("Killing", agent=["taliban"], place=["kabul"], date="2018-01-27", trigger="أودى بحياة"),
        # US air strikes in Helmand last week
        V("Strike", agent=["usarmy"], target=["taliban"], place=[["helmand", "afghanistan"]], date="2018-01",
          trigger="غارات"),
        # Ghani chairs the National Security Council yesterday
        V("Meeting", agent=["ghani"], place=[["palace", "kabul"]], date="2018-01-28", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["nsc"]),
        # the Security Council delegation's visit two weeks before
        V("Visit", agent=["unsc"], place=["kabul"], date="2018-01", trigger="زيارة"),
        V("Meeting", agent=["unsc", "ghani"], place=["kabul"], date="2018-01", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Sudan, Darfur (2016-02-24, a Wednesday)
DOCS.append(dict(
    id="t7-sd-darfur", published="2016-02-24",
    text="""الخرطوم - وكالات:

اتهمت حركة جيش تحرير السودان، جناح عبد الواحد محمد نور، القوات الحكومية وقوات الدعم السريع بشن هجوم واسع، أمس الثلاثاء، على مواقعها في منطقة جبل مرة بولاية وسط دارفور غرب السودان، وقال المتحدث باسم الحركة آدم يعقوب صالح إن الطيران الحكومي "قصف قرى مأهولة بالسكان ما أدى إلى مقتل 12 مدنيا بينهم نساء".

في المقابل، قال المتحدث باسم الجيش السوداني العميد عثمان الأمين إن الجيش "يرد على اعتداءات المتمردين على المدنيين"، مضيفا أن قادة ميدانيين "أكدوا له أن القوات سيطرت على مناطق استراتيجية في الجبل وأسرت عددا من المتمردين".

وقالت بعثة الأمم المتحدة والاتحاد الأفريقي في دارفور (يوناميد) إن أكثر من 38 ألف شخص فروا من المنطقة منذ منتصف يناير/كانون الثاني الماضي، وإن قافلة تابعة لها تعرضت لهجوم من مسلحين مجهولين قرب بلدة كبكابية بولاية شمال دارفور، الأحد، ما أسفر عن إصابة جنديين من قوات حفظ السلام.

وفي الخرطوم، اعتقل جهاز الأمن والمخابرات الوطني، الاثنين، ثلاثة من قادة حزب المؤتمر السوداني المعارض، بينهم نائب رئيس الحزب الطيب عثمان بابكر، بعد مشاركتهم في ندوة سياسية، بحسب بيان للحزب.

ووصل المبعوث الأمريكي الخاص إلى السودان وجنوب السودان جيفري هيل إلى الخرطوم، اليوم الأربعاء، في زيارة قالت السفارة إنه سيلتقي خلالها وزير الخارجية السوداني عوض بشير حامد.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("sla", "Organization", ["حركة جيش تحرير السودان", "الحركة", "المتمردين"], "Sudan Liberation Movement (Abdel Wahid)",
          sub="ArmedGroup"),
        E("nour", "Person", ["عبد الواحد محمد نور"], "Abdel Wahid al-Nur"),
        E("army", "Organization", ["القوات الحكومية", "الجيش السوداني", "الجيش", "القوات"], "Sudanese Armed Forces",
          sub="ArmedForce"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", sub="ArmedForce"),
        E("jebelmarra", "Place", ["منطقة جبل مرة", "الجبل"], "Jebel Marra", sub="Region"),
        E("cdarfur", "Place", ["ولاية وسط دارفور"], "Central Darfur", sub="Region"),
        E("sudan", "Place", ["السودان"], "Sudan", qid="Q1049", sub="Country"),
        E("saleh", "Person", ["آدم يعقوب صالح"], "Adam Yaqub Salih"),
        E("amin", "Person", ["عثمان الأمين"], "Uthman al-Amin"),
        E("unamid", "Organization", ["بعثة الأمم المتحدة والاتحاد الأفريقي في دارفور", "يوناميد"], "UNAMID"),
        E("kabkabiya", "Place", ["بلدة كبكابية"], "Kabkabiya", sub="City"),
        E("ndarfur", "Place", ["ولاية شمال دارفور"], "North Darfur", sub="Region"),
        E("niss", "Organization", ["جهاز الأمن والمخابرات الوطني"], "National Intelligence and Security Service",
          sub="GovernmentBody"),
        E("congress", "Organization", ["حزب المؤتمر السوداني", "الحزب"], "Sudanese Congress Party",
          sub="PoliticalOrganization"),
        E("babiker", "Person", ["الطيب عثمان بابكر"], "al-Tayyib Uthman Babikir"),
        E("hill", "Person", ["جيفري هيل"], "Jeffrey Hill"),
        E("ssudan", "Place", ["جنوب السودان"], "South Sudan", qid="Q958", sub="Country"),
        E("embassy", "Organization", ["السفارة"], "Embassy of the United States, Khartoum", opt=True),
        E("hamid", "Person", ["عوض بشير حامد"], "Awad Bashir Hamid"),
    ],
    relations=[
        R("leaderOf", "nour", "sla", opt=True),           # جناح عبد الواحد محمد نور
        R("locatedIn", "jebelmarra", "cdarfur"),          # منطقة جبل مرة بولاية وسط دارفور
        R("locatedIn", "cdarfur", "sudan"),               # غرب السودان
        R("spokespersonOf", "saleh", "sla"),
        R("spokespersonOf", "amin", "army"),
        R("locatedIn", "kabkabiya", "ndarfur"),           # بلدة كبكابية بولاية شمال دارفور
        R("positionIn", "babiker", "congress"),           # نائب رئيس الحزب
        R("memberOf", "babiker", "congress", opt=True),
        R("positionIn", "hill", "sudan", opt=True),       # المبعوث الأمريكي الخاص إلى السودان
        R("positionIn", "hamid", "sudan"),                # وزير الخارجية السوداني
    ],
    events=[
        # yesterday's government and RSF offensive on Jebel Marra, the bombing and the dead
        V("Attack", agent=["army", "rsf"], target=["sla"], place=[["jebelmarra", "cdarfur"]], date="2016-02-23",
          trigger="هجوم"),
        V("Strike", place=[["jebelmarra", "cdarfur"]], date="2016-02-23", trigger="قصف"),
        V("Killing", place=[["jebelmarra", "cdarfur"]], date="2016-02-23", trigger="مقتل"),
        V("Strike", opt=True, agent=["army"]),
        V("Killing", opt=True, agent=["army"]),
        # the army's captures
        V("Arrest", agent=["army"], target=["sla"], trigger="أسرت"),
        V("Arrest", opt=True, place=["jebelmarra"], date="2016-02"),
        # Sunday's attack on a UNAMID convoy by unknown gunmen
        V("Attack", target=["unamid"], place=[["kabkabiya", "ndarfur"]], date="2016-02-21", trigger="لهجوم"),
        # the NISS arrests in Khartoum on Monday
        V("Arrest", agent=["niss"], target=["babiker"], place=["khartoum"], date="2016-02-22", trigger="اعتقل"),
        V("Arrest", opt=True, target=["congress"]),
        # the US envoy arrives today
        V("Visit", agent=["hill"], place=["khartoum"], date="2016-02-24", trigger="وصل"),
        V("Meeting", opt=True, agent=["hill", "hamid"], place=["khartoum"]),
    ],
))

# ---------------------------------------------------------------- Sudan, Khartoum (2019-06-05, a Wednesday)
DOCS.append(dict(
    id="t7-sd-khartoum", published="2019-06-05",
    text="""الخرطوم - رويترز:

قالت لجنة أطباء السودان المركزية، المقربة من قوى إعلان الحرية والتغيير، إن عدد القتلى جراء فض اعتصام المحتجين أمام مقر القيادة العامة للجيش في الخرطوم، فجر الاثنين، ارتفع إلى 60 قتيلا، متهمة قوات الدعم السريع بقيادة الفريق أول محمد حمدان دقلو، المعروف بـ"حميدتي"، بارتكاب "مجزرة" بحق المعتصمين السلميين.

وقال الفريق بابكر الطاهر، المتحدث باسم المجلس العسكري الانتقالي، في مؤتمر صحافي إن "القوات كانت تستهدف منطقة مجاورة للاعتصام تنتشر فيها تجارة المخدرات"، مضيفا أن "لجنة التحقيق أبلغتنا بأن بعض الوحدات تجاوزت الخطة، وسيحاسب المتورطون".

وكان رئيس المجلس العسكري الفريق أول عبد الفتاح البرهان قد أعلن، في خطاب بثه التلفزيون الرسمي أمس الثلاثاء، وقف التفاوض مع قوى الحرية والتغيير وإلغاء كل ما تم الاتفاق عليه، والدعوة إلى انتخابات خلال تسعة أشهر.

وفي سياق متصل، اعتقلت قوة أمنية، مساء الاثنين، القيادي في الحركة الشعبية لتحرير السودان - شمال عادل حسن كرار من منزله في حي المنشية بالخرطوم، بحسب ما أعلنت الحركة في بيان.

دبلوماسيا، وصل موسى ديالو، المبعوث الخاص للاتحاد الأفريقي إلى السودان، إلى الخرطوم أمس، والتقى البرهان وقادة في قوى الحرية والتغيير، في محاولة لإحياء المفاوضات المتعثرة بين الطرفين.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("doctors", "Organization", ["لجنة أطباء السودان المركزية"], "Central Committee of Sudanese Doctors"),
        E("ffc", "Organization", ["قوى إعلان الحرية والتغيير", "قوى الحرية والتغيير"], "Forces of Freedom and Change",
          sub="PoliticalOrganization"),
        E("hq", "Place", ["مقر القيادة العامة للجيش"], "Army General Command headquarters"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", sub="ArmedForce"),
        E("hemedti", "Person", ["محمد حمدان دقلو", "حميدتي"], "Mohamed Hamdan Dagalo"),
        E("tahir", "Person", ["بابكر الطاهر"], "Babikir al-Tahir"),
        E("tmc", "Organization", ["المجلس العسكري الانتقالي", "المجلس العسكري"], "Transitional Military Council",
          sub="GovernmentBody"),
        E("burhan", "Person", ["عبد الفتاح البرهان", "البرهان"], "Abdel Fattah al-Burhan"),
        E("splm", "Organization", ["الحركة الشعبية لتحرير السودان - شمال", "الحركة"], "SPLM-North",
          sub="ArmedGroup"),
        E("karrar", "Person", ["عادل حسن كرار"], "Adil Hasan Karrar"),
        E("manshiya", "Place", ["حي المنشية"], "al-Manshiya", sub="City"),
        E("diallo", "Person", ["موسى ديالو"], "Moussa Diallo"),
        E("au", "Organization", ["الاتحاد الأفريقي"], "African Union", qid="Q7159"),
        E("sudan", "Place", ["السودان"], "Sudan", qid="Q1049", sub="Country"),
    ],
    relations=[
        R("affiliatedWith", "doctors", "ffc"),            # المقربة من قوى إعلان الحرية والتغيير
        R("locatedIn", "hq", "khartoum"),                 # مقر القيادة العامة للجيش في الخرطوم
        R("leaderOf", "hemedti", "rsf"),                  # بقيادة الفريق أول محمد حمدان دقلو
        R("spokespersonOf", "tahir", "tmc"),
        R("leaderOf", "burhan", "tmc"),                   # رئيس المجلس العسكري
        R("memberOf", "karrar", "splm"),                  # القيادي في الحركة الشعبية
        R("locatedIn", "manshiya", "khartoum"),           # حي المنشية بالخرطوم
        R("positionIn", "diallo", "au"),                  # المبعوث الخاص للاتحاد الأفريقي إلى السودان
        R("positionIn", "diallo", "sudan", opt=True),
    ],
    events=[
        # Monday's dispersal of the sit-in and the dead, blamed on the RSF
        V("Killing", agent=["rsf"], place=[["hq", "khartoum"]], date="2019-06-03", trigger="القتلى"),
        V("Attack", opt=True, agent=["rsf"], place=["hq"], date="2019-06-03"),
        # the arrest of the SPLM-N leader on Monday evening
        V("Arrest", target=["karrar"], place=[["manshiya", "khartoum"]], date="2019-06-03", trigger="اعتقلت"),
        # the AU envoy's arrival yesterday and his meetings
        V("Visit", agent=["diallo"], place=["khartoum"], date="2019-06-04", trigger="وصل"),
        V("Meeting", agent=["diallo", "burhan", "ffc"], place=["khartoum"], date="2019-06-04", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Bahrain (2017-03-05, a Sunday)
DOCS.append(dict(
    id="t7-bh-manama", published="2017-03-05",
    text="""المنامة - وكالات:

أعلنت وزارة الداخلية البحرينية، اليوم الأحد، القبض على 25 شخصا قالت إنهم أعضاء في "خلية إرهابية" تلقى بعض أفرادها تدريبات على يد الحرس الثوري الإيراني وكتائب حزب الله في العراق، وكانت تخطط لاغتيال مسؤولين وتنفيذ هجمات على دوريات الشرطة، بحسب بيان نشرته وكالة أنباء البحرين (بنا).

وقال رئيس الأمن العام اللواء خالد عبد الله المناعي إن التحقيقات "كشفت أن قادة الخلية مقيمون في إيران"، مضيفا أن الموقوفين "اعترفوا بأن عناصر من الحرس الثوري أبلغوهم بأن الهدف زعزعة أمن المملكة".

وكان شرطي قد قُتل وأصيب آخران برصاص مسلحين في منطقة بني جمرة غرب العاصمة المنامة في 29 يناير/كانون الثاني الماضي، في هجوم تبنته جماعة "سرايا الأشتر" في بيان نشرته على الإنترنت.

من جهة أخرى، استقبل ملك البحرين الملك حمد بن عيسى آل خليفة في قصر الصافرية، أمس السبت، وزير الدولة البريطاني لشؤون الشرق الأوسط توماس هيل، وبحث معه "العلاقات الثنائية والتطورات في المنطقة".""",
    entities=[
        E("manama", "Place", ["المنامة", "العاصمة المنامة"], "Manama", qid="Q3882", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية البحرينية"], "Ministry of Interior (Bahrain)",
          sub="GovernmentBody"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني", "الحرس الثوري"], "Islamic Revolutionary Guard Corps",
          sub="ArmedForce"),
        E("kh", "Organization", ["كتائب حزب الله"], "Kata'ib Hezbollah", sub="ArmedGroup"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("police", "Organization", ["الشرطة"], "Bahrain police", opt=True),
        E("bna", "Organization", ["وكالة أنباء البحرين", "بنا"], "Bahrain News Agency", sub="MediaOrganization",
          opt=True),
        E("ps", "Organization", ["الأمن العام"], "Public Security (Bahrain)", sub="GovernmentBody"),
        E("manai", "Person", ["خالد عبد الله المناعي"], "Khalid Abd Allah al-Manai"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("bahrain", "Place", ["البحرين", "المملكة"], "Bahrain", qid="Q398", sub="Country"),
        E("banijamra", "Place", ["منطقة بني جمرة"], "Bani Jamra", sub="City"),
        E("ashtar", "Organization", ["جماعة \"سرايا الأشتر\"", "سرايا الأشتر"], "Al-Ashtar Brigades",
          sub="ArmedGroup"),
        E("hamad", "Person", ["حمد بن عيسى آل خليفة"], "Hamad bin Isa Al Khalifa"),
        E("safriya", "Place", ["قصر الصافرية"], "Al-Safriya Palace"),
        E("hill", "Person", ["توماس هيل"], "Thomas Hill"),
    ],
    relations=[
        R("locatedIn", "kh", "iraq", opt=True),           # كتائب حزب الله في العراق
        R("leaderOf", "manai", "ps"),                     # رئيس الأمن العام
        R("partOf", "ps", "moi", opt=True),
        R("locatedIn", "banijamra", "manama"),            # منطقة بني جمرة غرب العاصمة المنامة
        R("leaderOf", "hamad", "bahrain"),                # ملك البحرين
    ],
    events=[
        # the arrests announced today
        V("Arrest", agent=["moi"], date="2017-03", trigger="القبض"),
        # the policeman shot dead in Bani Jamra on 29 January, claimed by al-Ashtar
        V("Killing", agent=["ashtar"], place=[["banijamra", "manama"]], date="2017-01-29", trigger="قُتل"),
        V("Attack", agent=["ashtar"], place=[["banijamra", "manama"]], date="2017-01-29", trigger="هجوم"),
        # the King receives the British minister yesterday
        V("Meeting", agent=["hamad", "hill"], place=["safriya"], date="2017-03-04", trigger="استقبل"),
        V("Visit", opt=True, agent=["hill"], place=["bahrain"], date="2017-03-04"),
    ],
))

# ---------------------------------------------------------------- Kuwait (2015-06-28, a Sunday)
DOCS.append(dict(
    id="t7-kw-kuwait", published="2015-06-28",
    text="""الكويت - رويترز:

قالت وزارة الداخلية الكويتية، اليوم الأحد، إنها ألقت القبض على سائق السيارة التي أقلت الانتحاري الذي فجر نفسه، الجمعة، داخل مسجد الإمام الصادق في منطقة الصوابر بمدينة الكويت أثناء صلاة الجمعة، ما أسفر عن مقتل 27 مصليا وإصابة أكثر من 220 آخرين، في هجوم أعلن تنظيم الدولة الإسلامية مسؤوليته عنه عبر فرع له يطلق على نفسه اسم "ولاية نجد".

وأضافت الوزارة في بيان أن الموقوف، ويدعى سعد مبارك العنزي، "اعترف بأنه نقل الانتحاري من مطار الكويت إلى محيط المسجد"، وأن رجلين "أبلغاه بأن الانتحاري ضيف قادم لأداء العمرة وسيمكث أياما".

وفي الرياض، قال المتحدث الأمني باسم وزارة الداخلية السعودية اللواء ناصر الدوسري إن الانتحاري سعودي الجنسية غادر المملكة قبل يومين من الهجوم، مضيفا أن "الأجهزة المختصة تتابع التنسيق مع الأشقاء في الكويت".

وكان أمير الكويت الشيخ صباح الأحمد الجابر الصباح قد زار موقع التفجير بعد دقائق من وقوعه، فيما ترأس رئيس مجلس الوزراء الشيخ جابر المبارك، مساء الجمعة، اجتماعا استثنائيا لمجلس الوزراء أعلن بعده رفع درجة الاستعداد في البلاد.

وتزامن الهجوم مع هجوم مسلح على فندق في مدينة سوسة التونسية أسفر عن مقتل 38 سائحا، تبناه أيضا تنظيم الدولة الإسلامية.""",
    entities=[
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الكويتية", "الوزارة"], "Ministry of Interior (Kuwait)",
          sub="GovernmentBody"),
        E("mosque", "Place", ["مسجد الإمام الصادق", "المسجد"], "Imam al-Sadiq Mosque"),
        E("sawabir", "Place", ["منطقة الصوابر"], "al-Sawabir", sub="City"),
        E("kuwaitcity", "Place", ["مدينة الكويت"], "Kuwait City", qid="Q35178", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("najd", "Organization", ["ولاية نجد"], "Najd Province (IS)", sub="ArmedGroup"),
        E("anazi", "Person", ["سعد مبارك العنزي"], "Sad Mubarak al-Anazi"),
        E("airport", "Place", ["مطار الكويت"], "Kuwait International Airport"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("saudimoi", "Organization", ["وزارة الداخلية السعودية"], "Ministry of Interior (Saudi Arabia)",
          sub="GovernmentBody"),
        E("dosari", "Person", ["ناصر الدوسري"], "Nasir al-Dosari"),
        E("saudi", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
        E("mubarak", "Person", ["جابر المبارك"], "Jaber Al-Mubarak Al-Hamad Al-Sabah"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Kuwait)", sub="GovernmentBody"),
        E("sousse", "Place", ["مدينة سوسة"], "Sousse", sub="City"),
    ],
    relations=[
        R("locatedIn", "mosque", "sawabir"),              # مسجد الإمام الصادق في منطقة الصوابر بمدينة الكويت
        R("locatedIn", "sawabir", "kuwaitcity"),
        R("locatedIn", "mosque", "kuwaitcity", opt=True),
        R("locatedIn", "kuwaitcity", "kuwait", opt=True),
        R("partOf", "najd", "isis"),                      # عبر فرع له
        R("spokespersonOf", "dosari", "saudimoi"),
        R("leaderOf", "sabah", "kuwait"),                 # أمير الكويت
        R("leaderOf", "mubarak", "cabinet"),              # رئيس مجلس الوزراء
        R("positionIn", "mubarak", "kuwait", opt=True),
    ],
    events=[
        # the driver's arrest, announced today
        V("Arrest", agent=["moi"], target=["anazi"], date="2015-06", trigger="ألقت القبض"),
        # Friday's suicide bombing of the mosque, claimed by IS through "Najd Province"
        V("Attack", agent=[["isis", "najd"]], place=[["mosque", "sawabir", "kuwaitcity"]], date="2015-06-26",
          trigger="فجر"),
        V("Killing", agent=[["isis", "najd"]], place=[["mosque", "sawabir", "kuwaitcity"]], date="2015-06-26",
          trigger="مقتل"),
        V("Attack", opt=True, target=["mosque"]),
        # the Emir's visit to the site, the cabinet meeting on Friday evening
        V("Visit", agent=["sabah"], place=["mosque"], date="2015-06-26", trigger="زار"),
        V("Meeting", agent=["mubarak"], date="2015-06-26", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["cabinet"]),
        # the Sousse hotel attack the same day, also claimed by IS
        V("Attack", agent=["isis"], place=["sousse"], date="2015-06-26", trigger="هجوم مسلح"),
        V("Killing", agent=["isis"], place=["sousse"], date="2015-06-26", trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Iran, Ahvaz (2018-09-24, a Monday)
DOCS.append(dict(
    id="t7-ir-ahvaz", published="2018-09-24",
    text="""طهران - فرانس برس:

أعلن وزير الاستخبارات الإيراني محمد رضا نوري، اليوم الاثنين، أن الأجهزة الأمنية اعتقلت 22 شخصا يشتبه بتورطهم في الهجوم الذي استهدف، السبت، عرضا عسكريا للحرس الثوري في مدينة الأهواز، مركز محافظة خوزستان جنوب غرب إيران، وأسفر عن مقتل 24 شخصا بينهم عناصر من الحرس ومدنيون بينهم طفل.

وكان تنظيم الدولة الإسلامية قد تبنى الهجوم عبر وكالة أعماق، فيما أعلنت جماعة "المقاومة الوطنية الأهوازية" هي الأخرى مسؤوليتها عنه، وقال متحدث باسمها يدعى فيصل الكعبي لقناة تلفزيونية إن "مقاتلين من الجماعة نفذوا العملية".

من جهته، توعد قائد الحرس الثوري اللواء أكبر رحيمي بـ"انتقام مدمر"، وقال في كلمة خلال تشييع الضحايا إن "قادة الأجهزة الأمنية أكدوا لنا أن داعمي المهاجمين معروفون، وسيدفعون الثمن".

والتقى الرئيس الإيراني حسن روحاني، أمس الأحد، عائلات عدد من الضحايا في الأهواز، قبل أن يغادر إلى نيويورك للمشاركة في اجتماعات الجمعية العامة للأمم المتحدة.

وفي سياق منفصل، قُتل ثلاثة من عناصر حرس الحدود الإيراني، الخميس، في هجوم تبنته جماعة جيش العدل قرب مدينة سراوان بمحافظة سيستان وبلوشستان جنوب شرق البلاد، بحسب وكالة تسنيم.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("afp", "Organization", ["فرانس برس"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("nouri", "Person", ["محمد رضا نوري"], "Mohammad Reza Nouri"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Iranian security services", opt=True),
        E("irgc", "Organization", ["الحرس الثوري", "الحرس"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("ahvaz", "Place", ["مدينة الأهواز", "الأهواز"], "Ahvaz", sub="City"),
        E("khuzestan", "Place", ["محافظة خوزستان"], "Khuzestan Province", sub="Region"),
        E("iran", "Place", ["إيران", "البلاد"], "Iran", qid="Q794", sub="Country"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة أعماق"], "Amaq News Agency", sub="MediaOrganization", opt=True),
        E("ahwaziya", "Organization", ["جماعة \"المقاومة الوطنية الأهوازية\"", "المقاومة الوطنية الأهوازية",
                                       "الجماعة"], "Ahvazi National Resistance", sub="ArmedGroup"),
        E("kaabi", "Person", ["فيصل الكعبي"], "Faysal al-Kaabi"),
        E("rahimi", "Person", ["أكبر رحيمي"], "Akbar Rahimi"),
        E("rouhani", "Person", ["حسن روحاني"], "Hassan Rouhani"),
        E("newyork", "Place", ["نيويورك"], "New York City", qid="Q60", sub="City"),
        E("unga", "Organization", ["الجمعية العامة للأمم المتحدة"], "United Nations General Assembly"),
        E("border", "Organization", ["حرس الحدود الإيراني"], "Iranian Border Guard", sub="ArmedForce"),
        E("jaish", "Organization", ["جماعة جيش العدل", "جيش العدل"], "Jaish al-Adl", sub="ArmedGroup"),
        E("saravan", "Place", ["مدينة سراوان"], "Saravan", sub="City"),
        E("sistan", "Place", ["محافظة سيستان وبلوشستان"], "Sistan and Baluchestan Province", sub="Region"),
        E("tasnim", "Organization", ["وكالة تسنيم"], "Tasnim News Agency", sub="MediaOrganization", opt=True),
    ],
    relations=[
        R("positionIn", "nouri", "iran"),                 # وزير الاستخبارات الإيراني
        R("locatedIn", "ahvaz", "khuzestan"),             # مركز محافظة خوزستان
        R("locatedIn", "khuzestan", "iran"),              # جنوب غرب إيران
        R("spokespersonOf", "kaabi", "ahwaziya"),         # متحدث باسمها
        R("leaderOf", "rahimi", "irgc"),                  # قائد الحرس الثوري
        R("leaderOf", "rouhani", "iran"),                 # الرئيس الإيراني
        R("positionIn", "rouhani", "iran", opt=True),
        R("locatedIn", "saravan", "sistan"),              # مدينة سراوان بمحافظة سيستان وبلوشستان
        R("locatedIn", "sistan", "iran"),                 # جنوب شرق البلاد
        R("locatedIn", "ahvaz", "iran", opt=True),        # transitive
        R("locatedIn", "saravan", "iran", opt=True),
    ],
    events=[
        # the arrests announced today
        V("Arrest", date="2018-09", trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["security"]),
        # Saturday's attack on the IRGC parade, claimed by IS and by the Ahvazi group
        V("Attack", agent=[["isis", "ahwaziya"]], target=["irgc"], place=[["ahvaz", "khuzestan"]],
          date="2018-09-22", trigger="الهجوم"),
        V("Killing", agent=[["isis", "ahwaziya"]], target=["irgc"], place=[["ahvaz", "khuzestan"]],
          date="2018-09-22", trigger="مقتل"),
        # Rouhani meets victims' families in Ahvaz yesterday
        V("Meeting", agent=["rouhani"], place=["ahvaz"], date="2018-09-23", trigger="التقى"),
        V("Visit", opt=True, agent=["rouhani"], place=["ahvaz"], date="2018-09-23"),
        V("Visit", opt=True, agent=["rouhani"], place=["newyork"]),
        # Thursday's Jaish al-Adl attack near Saravan
        V("Attack", agent=["jaish"], target=["border"], place=[["saravan", "sistan"]], date="2018-09-20",
          trigger="هجوم"),
        V("Killing", agent=["jaish"], target=["border"], place=[["saravan", "sistan"]], date="2018-09-20",
          trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Riyadh (2018-03-27, a Tuesday)
DOCS.append(dict(
    id="t7-sa-riyadh", published="2018-03-27",
    text="""الرياض - «الحياة»:

قال العقيد الركن فيصل الزهراني، المتحدث الرسمي باسم قوات تحالف دعم الشرعية في اليمن الذي تقوده السعودية، إن الدفاعات الجوية اعترضت، مساء الأحد، سبعة صواريخ باليستية أطلقتها ميليشيا الحوثي المدعومة من إيران من الأراضي اليمنية باتجاه الرياض وجازان وخميس مشيط ونجران، ما أدى إلى مقتل مقيم مصري وإصابة اثنين آخرين جراء سقوط شظايا على حي سكني في العاصمة.

وأضاف الزهراني في مؤتمر صحافي أن "إطلاق الصواريخ يثبت استمرار تورط النظام الإيراني"، مشيرا إلى أن قيادة القوات المشتركة "أبلغت مجلس الأمن الدولي بتفاصيل الاعتداء"، وأن مقاتلات التحالف "استهدفت منصات إطلاق في محافظة صعدة" شمال اليمن.

وكانت قناة "المسيرة" التابعة للحوثيين قد نقلت عن صالح الضالعي، المتحدث باسم قواتهم، أن الصواريخ "استهدفت مطار الملك خالد الدولي في الرياض"، وذلك عشية الذكرى الثالثة لانطلاق عملية "عاصفة الحزم" في مارس/آذار عام 2015.

وفي المنطقة الشرقية، أعلنت رئاسة أمن الدولة القبض على شخصين في محافظة القطيف بتهمة "إطلاق النار على دوريات أمنية في بلدة العوامية".

وفي نيويورك، التقى ولي العهد السعودي الأمير محمد بن سلمان، أمس الاثنين، الأمين العام للأمم المتحدة أنطونيو غوتيريش، وبحثا الأوضاع الإنسانية في اليمن.""",
    entities=[
        E("riyadh", "Place", ["الرياض", "العاصمة"], "Riyadh", qid="Q3692", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("zahrani", "Person", ["فيصل الزهراني", "الزهراني"], "Faysal al-Zahrani"),
        E("coalition", "Organization", ["قوات تحالف دعم الشرعية في اليمن", "التحالف"], "Saudi-led coalition",
          sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("houthis", "Organization", ["ميليشيا الحوثي", "الحوثيين"], "Houthis", sub="ArmedGroup"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("jazan", "Place", ["جازان"], "Jizan", sub="City"),
        E("khamis", "Place", ["خميس مشيط"], "Khamis Mushait", sub="City"),
        E("najran", "Place", ["نجران"], "Najran", sub="City"),
        E("unsc", "Organization", ["مجلس الأمن الدولي"], "United Nations Security Council", qid="Q37470"),
        E("saada", "Place", ["محافظة صعدة"], "Saada Governorate", sub="Region"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("masirah", "Organization", ["المسيرة"], "Al-Masirah", sub="MediaOrganization", opt=True),
        E("dhalei", "Person", ["صالح الضالعي"], "Salih al-Dhalii"),
        E("airport", "Place", ["مطار الملك خالد الدولي"], "King Khalid International Airport"),
        E("eastern", "Place", ["المنطقة الشرقية"], "Eastern Province", sub="Region"),
        E("statesec", "Organization", ["رئاسة أمن الدولة"], "Presidency of State Security", sub="GovernmentBody"),
        E("qatif", "Place", ["محافظة القطيف"], "Qatif Governorate", sub="Region"),
        E("awamiya", "Place", ["بلدة العوامية"], "al-Awamiyah", sub="City"),
        E("newyork", "Place", ["نيويورك"], "New York City", qid="Q60", sub="City"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("guterres", "Person", ["أنطونيو غوتيريش"], "António Guterres"),
    ],
    relations=[
        R("spokespersonOf", "zahrani", "coalition"),
        R("leaderOf", "saudi", "coalition"),              # الذي تقوده السعودية
        R("affiliatedWith", "houthis", "iran", opt=True), # المدعومة من إيران
        R("locatedIn", "saada", "yemen"),                 # محافظة صعدة شمال اليمن
        R("partOf", "masirah", "houthis"),                # optional: masirah is optional
        R("spokespersonOf", "dhalei", "houthis"),         # المتحدث باسم قواتهم
        R("locatedIn", "airport", "riyadh"),              # مطار الملك خالد الدولي في الرياض
        R("locatedIn", "qatif", "eastern", opt=True),     # fronted وفي المنطقة الشرقية
        R("locatedIn", "awamiya", "qatif", opt=True),
        R("positionIn", "mbs", "saudi"),                  # ولي العهد السعودي
        R("leaderOf", "guterres", "un"),                  # الأمين العام للأمم المتحدة
        R("positionIn", "guterres", "un", opt=True),
    ],
    events=[
        # Sunday's missiles on Saudi cities, one man killed in Riyadh
        V("Strike", agent=["houthis"], place=["riyadh", "jazan", "khamis", "najran"], date="2018-03-25",
          trigger="صواريخ"),
        V("Killing", agent=["houthis"], place=["riyadh"], date="2018-03-25", trigger="مقتل"),
        V("Strike", opt=True, target=["airport"], place=["airport"]),
        # coalition raids on launchers in Saada
        V("Strike", agent=["coalition"], place=[["saada", "yemen"]], trigger="استهدفت"),
        V("Strike", opt=True, target=["houthis"], date="2018-03"),
        # Operation Decisive Storm, March 2015
        V("MilitaryOperation", name="عاصفة الحزم", date="2015-03", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["coalition", "saudi"], target=["houthis"], place=["yemen"]),
        # the State Security arrests in Qatif
        V("Arrest", agent=["statesec"], place=[["qatif", "eastern"]], trigger="القبض"),
        V("Arrest", opt=True, date="2018-03"),
        V("Attack", opt=True, place=["awamiya"]),
        # MBS meets Guterres in New York yesterday
        V("Meeting", agent=["mbs", "guterres"], place=["newyork"], date="2018-03-26", trigger="التقى"),
        V("Visit", opt=True, agent=["mbs"], place=["newyork"], date="2018-03-26"),
    ],
))

# ---------------------------------------------------------------- Turkey, Hakkari and northern Iraq (2016-09-13, a Tuesday)
DOCS.append(dict(
    id="t7-tr-hakkari", published="2016-09-13",
    text="""ديار بكر (تركيا) - رويترز:

قال الجيش التركي في بيان، اليوم الثلاثاء، إن مقاتلاته أغارت، ليل الاثنين - الثلاثاء، على مواقع لحزب العمال الكردستاني في منطقتي هاكورك وقنديل شمال العراق، ما أدى إلى مقتل 17 من مسلحي الحزب، وذلك ردا على هجوم شنه مسلحون من الحزب، الأحد، على مخفر للدرك في بلدة يوكسكوفا بولاية هكاري جنوب شرق تركيا، قُتل فيه ثلاثة جنود.

وقال والي هكاري جنكيز أيدن إن السلطات "فرضت حظر تجول في 12 قرية تابعة لبلدة يوكسكوفا"، مضيفا أن قوات الأمن "ألقت القبض على أربعة من المهاجمين بعد ملاحقتهم في المنطقة الجبلية".

في المقابل، قال دنيز أرارات، المتحدث باسم قوات الدفاع الشعبي، الجناح العسكري للحزب، في بيان على موقع إلكتروني إن "مقاتلينا قتلوا ثمانية جنود في الهجوم"، مؤكدا أن قادة ميدانيين "أبلغونا بأن الطائرات التركية قصفت قرى يسكنها مدنيون".

سياسيا، استقبل رئيس الوزراء التركي بن علي يلدريم في أنقرة، أمس، رئيس إقليم كردستان العراق مسعود بارزاني، وبحث معه "التعاون في مكافحة الإرهاب والتحضيرات لمعركة الموصل".

وفي ديار بكر، اعتقلت الشرطة التركية، فجر اليوم، 11 شخصا بينهم ليلى دمير، المسؤولة المحلية في حزب الشعوب الديمقراطي المؤيد للأكراد، بتهمة "الدعاية لمنظمة إرهابية".""",
    entities=[
        E("diyarbakir", "Place", ["ديار بكر"], "Diyarbakır", sub="City"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش التركي"], "Turkish Armed Forces", sub="ArmedForce"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "Kurdistan Workers' Party", qid="Q152220",
          sub="ArmedGroup"),
        E("hakurk", "Place", ["هاكورك"], "Hakurk", sub="Region"),
        E("qandil", "Place", ["قنديل"], "Qandil Mountains", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("gendarmerie", "Organization", ["الدرك"], "Gendarmerie (Turkey)", sub="ArmedForce", opt=True),
        E("yuksekova", "Place", ["بلدة يوكسكوفا"], "Yüksekova", sub="City"),
        E("hakkari", "Place", ["ولاية هكاري", "هكاري"], "Hakkâri Province", sub="Region"),
        E("aydin", "Person", ["جنكيز أيدن"], "Cengiz Aydın"),
        E("security", "Organization", ["قوات الأمن"], "Turkish security forces", opt=True),
        E("ararat", "Person", ["دنيز أرارات"], "Deniz Ararat"),
        E("hpg", "Organization", ["قوات الدفاع الشعبي"], "People's Defence Forces (HPG)", sub="ArmedGroup"),
        E("yildirim", "Person", ["بن علي يلدريم"], "Binali Yıldırım"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("krg", "Place", ["إقليم كردستان العراق"], "Kurdistan Region", qid="Q205047", sub="Region",
          alt=["Organization"]),
        E("barzani", "Person", ["مسعود بارزاني"], "Masoud Barzani"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("police", "Organization", ["الشرطة التركية"], "Turkish National Police", sub="GovernmentBody"),
        E("demir", "Person", ["ليلى دمير"], "Leyla Demir"),
        E("hdp", "Organization", ["حزب الشعوب الديمقراطي"], "Peoples' Democratic Party",
          sub="PoliticalOrganization"),
    ],
    relations=[
        R("locatedIn", "diyarbakir", "turkey", opt=True),  # dateline
        R("locatedIn", "hakurk", "iraq"),                  # منطقتي هاكورك وقنديل شمال العراق
        R("locatedIn", "qandil", "iraq"),
        R("locatedIn", "yuksekova", "hakkari"),            # بلدة يوكسكوفا بولاية هكاري
        R("locatedIn", "hakkari", "turkey"),               # جنوب شرق تركيا
        R("locatedIn", "yuksekova", "turkey", opt=True),   # transitive
        R("leaderOf", "aydin", "hakkari"),                 # والي هكاري
        R("positionIn", "aydin", "hakkari", opt=True),
        R("spokespersonOf", "ararat", "hpg"),
        R("partOf", "hpg", "pkk"),                         # الجناح العسكري للحزب
        R("leaderOf", "yildirim", "turkey"),               # رئيس الوزراء التركي
        R("positionIn", "yildirim", "turkey", opt=True),
        R("leaderOf", "barzani", "krg"),                   # رئيس إقليم كردستان العراق
        R("locatedIn", "krg", "iraq", opt=True),
        R("memberOf", "demir", "hdp"),                     # المسؤولة المحلية في حزب الشعوب الديمقراطي
        R("positionIn", "demir", "hdp", opt=True),
    ],
    events=[
        # last night's air raids on Hakurk and Qandil and the PKK dead
        V("Strike", agent=["army"], target=["pkk"], place=[["hakurk", "iraq"]], date="2016-09", trigger="أغارت"),
        V("Strike", agent=["army"], target=["pkk"], place=[["qandil", "iraq"]], date="2016-09", trigger="أغارت"),
        V("Killing", agent=["army"], target=["pkk"], place=[["hakurk", "qandil", "iraq"]], date="2016-09",
          trigger="مقتل"),
        # Sunday's PKK attack on the gendarmerie post in Yuksekova, three soldiers dead
        V("Attack", agent=["pkk"], place=[["yuksekova", "hakkari"]], date="2016-09-11", trigger="هجوم"),
        V("Killing", agent=["pkk"], place=[["yuksekova", "hakkari"]], date="2016-09-11", trigger="قُتل"),
        V("Attack", opt=True, agent=["hpg"], target=["gendarmerie"]),
        V("Killing", opt=True, agent=["hpg"], target=["gendarmerie"]),
        # the capture of four attackers
        V("Arrest", target=["pkk"], trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["security"], place=["yuksekova"], date="2016-09"),
        # Yildirim receives Barzani in Ankara yesterday
        V("Meeting", agent=["yildirim", "barzani"], place=["ankara"], date="2016-09-12", trigger="استقبل"),
        V("Visit", opt=True, agent=["barzani"], place=["ankara"], date="2016-09-12"),
        # the police arrests in Diyarbakir this morning
        V("Arrest", agent=["police"], target=["demir"], place=["diyarbakir"], date="2016-09-13", trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kunduz (2015-10-01, a Thursday)
DOCS.append(dict(
    id="t7-af-kunduz", published="2015-10-01",
    text="""كابول - فرانس برس:

قال مسؤولون أفغان إن القوات الحكومية استعادت، اليوم الخميس، السيطرة على وسط مدينة قندوز شمال أفغانستان، بعد ثلاثة أيام من سقوطها في أيدي مقاتلي حركة طالبان، في هجوم مضاد شنته القوات الخاصة الأفغانية بدعم من غارات جوية نفذتها طائرات التحالف.

وقال نجيب الله دانش، المتحدث باسم وزارة الداخلية الأفغانية، إن قوات الأمن "قتلت أكثر من 150 من مسلحي طالبان واعتقلت العشرات منهم"، مضيفا أن قائد شرطة قندوز "أبلغه بأن عمليات التمشيط مستمرة في الأحياء الشمالية".

من جهته، قال الكولونيل مايكل كيلي، المتحدث باسم القوات الأمريكية في أفغانستان، إن طائرة أمريكية نفذت "ضربة جوية قرب مطار قندوز، أمس الأربعاء، للقضاء على تهديد كان يواجه القوات".

في المقابل، قال المتحدث باسم طالبان ذبيح الله مجاهد في بيان إن مقاتلي الحركة "ما زالوا يسيطرون على معظم أجزاء المدينة"، وإنهم "أسروا عشرات الجنود وعناصر الشرطة".

سياسيا، أجرى الرئيس الأفغاني أشرف غني، أمس، مباحثات في القصر الرئاسي بكابول مع الجنرال ستيفن ولكر، قائد قوات حلف شمال الأطلسي في أفغانستان، تناولت "الوضع الأمني في قندوز والولايات الشمالية".""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("afp", "Organization", ["فرانس برس"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("forces", "Organization", ["القوات الحكومية", "القوات الخاصة الأفغانية", "قوات الأمن"],
          "Afghan National Security Forces", sub="ArmedForce"),
        E("kunduz", "Place", ["مدينة قندوز", "قندوز", "المدينة"], "Kunduz", sub="City"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", qid="Q42418",
          sub="ArmedGroup"),
        E("coalition", "Organization", ["التحالف"], "Resolute Support Mission", sub="Coalition"),
        E("danish", "Person", ["نجيب الله دانش"], "Najibullah Danish"),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية"], "Ministry of Interior Affairs (Afghanistan)",
          sub="GovernmentBody"),
        E("police", "Organization", ["شرطة قندوز"], "Kunduz police", sub="GovernmentBody"),
        E("kelly", "Person", ["مايكل كيلي"], "Michael Kelly"),
        E("usforces", "Organization", ["القوات الأمريكية"], "United States Forces – Afghanistan", sub="ArmedForce"),
        E("airport", "Place", ["مطار قندوز"], "Kunduz Airport"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani"),
        E("palace", "Place", ["القصر الرئاسي"], "Arg (presidential palace)"),
        E("walker", "Person", ["ستيفن ولكر"], "Stephen Walker"),
        E("nato", "Organization", ["حلف شمال الأطلسي"], "NATO", qid="Q7184"),
    ],
    relations=[
        R("locatedIn", "kunduz", "afghanistan"),          # مدينة قندوز شمال أفغانستان
        R("spokespersonOf", "danish", "moi"),
        R("partOf", "police", "moi", opt=True),
        R("spokespersonOf", "kelly", "usforces"),         # المتحدث باسم القوات الأمريكية في أفغانستان
        R("locatedIn", "airport", "kunduz", opt=True),
        R("spokespersonOf", "mujahid", "taliban"),
        R("leaderOf", "ghani", "afghanistan"),            # الرئيس الأفغاني
        R("positionIn", "ghani", "afghanistan", opt=True),
        R("locatedIn", "palace", "kabul"),                # القصر الرئاسي بكابول
        R("leaderOf", "walker", "nato", opt=True),        # قائد قوات حلف شمال الأطلسي في أفغانستان
        R("positionIn", "walker", "nato", opt=True),
    ],
    events=[
        # today's counter-attack that retook the centre of Kunduz, with coalition air strikes
        V("Attack", agent=["forces"], target=["taliban"], place=[["kunduz", "afghanistan"]], date="2015-10-01",
          trigger="هجوم مضاد"),
        V("Strike", agent=["coalition"], place=["kunduz"], trigger="غارات"),
        V("Strike", opt=True, target=["taliban"], date="2015-10-01"),
        V("Attack", opt=True, agent=["taliban"], place=["kunduz"], date="2015-09-28"),
        # the Taliban killed and captured by the security forces
        V("Killing", agent=["forces"], target=["taliban"], trigger="قتلت"),
        V("Arrest", agent=["forces"], target=["taliban"], trigger="اعتقلت"),
        V("Killing", opt=True, place=["kunduz"]),
        V("Arrest", opt=True, place=["kunduz"]),
        # yesterday's US air strike near the airport
        V("Strike", agent=["usforces"], place=[["airport", "kunduz"]], date="2015-09-30", trigger="ضربة جوية"),
        # the Taliban say they captured soldiers and policemen
        V("Arrest", agent=["taliban"], target=["forces"], trigger="أسروا"),
        V("Arrest", opt=True, place=["kunduz"]),
        # Ghani's talks with the NATO commander yesterday
        V("Meeting", agent=["ghani", "walker"], place=[["palace", "kabul"]], date="2015-09-30", trigger="مباحثات"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib and Hama (2019-05-30, a Thursday)
DOCS.append(dict(
    id="t7-sy-idlib", published="2019-05-30",
    text="""بيروت - رويترز:

قال الدفاع المدني السوري العامل في مناطق المعارضة إن 14 مدنيا على الأقل قتلوا، أمس الأربعاء، في غارات شنتها طائرات حربية روسية وأخرى تابعة لقوات النظام على مدينة معرة النعمان وبلدات في ريف إدلب الجنوبي شمال غرب سوريا، في إطار هجوم بدأته القوات الحكومية بدعم من روسيا نهاية أبريل/نيسان الماضي.

وقال أحمد الشيخو، المسؤول في الدفاع المدني، إن فرق الإنقاذ "انتشلت جثث ستة أطفال من تحت الأنقاض"، مضيفا أن متطوعين في المدينة "أبلغوه بأن الطائرات عادت وقصفت المكان بعد وصول المسعفين".

في المقابل، أعلنت هيئة تحرير الشام، التي تسيطر على معظم محافظة إدلب، أن مقاتليها "شنوا هجوما على مواقع قوات النظام في بلدة كفرنبودة بريف حماة الشمالي وقتلوا أكثر من 30 عنصرا"، فيما قالت وكالة الأنباء السورية الرسمية (سانا) إن الجيش "أحبط الهجوم وكبد الإرهابيين خسائر كبيرة".

وقالت وزارة الدفاع التركية إن قذائف أطلقتها قوات النظام سقطت قرب نقطة مراقبة تابعة للجيش التركي في بلدة شير مغار بريف حماة، من دون أن توقع إصابات، مشيرة إلى أنها "أبلغت الجانب الروسي بضرورة وقف الهجمات فورا".

دبلوماسيا، أجرى وزير الخارجية التركي أحمد أوزكان، في أنقرة أمس، مباحثات مع المبعوث الروسي الخاص إلى سوريا فاليري كوزلوف، تناولت "التصعيد في منطقة خفض التصعيد".""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("whitehelmets", "Organization", ["الدفاع المدني السوري", "الدفاع المدني"], "Syria Civil Defence"),
        E("opposition", "Organization", ["المعارضة"], "Syrian opposition", sub="ArmedGroup"),
        E("regime", "Organization", ["قوات النظام", "القوات الحكومية", "الجيش"], "Syrian Arab Army",
          sub="ArmedForce"),
        E("maarat", "Place", ["مدينة معرة النعمان", "المدينة"], "Maarat al-Numan", sub="City"),
        E("idlibcs", "Place", ["ريف إدلب الجنوبي"], "southern Idlib countryside", sub="Region"),
        E("idlib", "Place", ["محافظة إدلب", "إدلب"], "Idlib Governorate", qid="Q233218", sub="Region"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country", alt=["Organization"]),
        E("sheikho", "Person", ["أحمد الشيخو"], "Ahmad al-Shaykhu"),
        E("hts", "Organization", ["هيئة تحرير الشام"], "Hay'at Tahrir al-Sham", sub="ArmedGroup"),
        E("kafrnabuda", "Place", ["بلدة كفرنبودة"], "Kafr Nabudah", sub="City"),
        E("hama", "Place", ["ريف حماة الشمالي", "ريف حماة"], "Hama countryside", sub="Region"),
        E("sana", "Organization", ["وكالة الأنباء السورية الرسمية", "سانا"], "SANA", sub="MediaOrganization",
          opt=True),
        E("tmod", "Organization", ["وزارة الدفاع التركية"], "Ministry of National Defence (Turkey)",
          sub="GovernmentBody"),
        E("tarmy", "Organization", ["الجيش التركي"], "Turkish Armed Forces", sub="ArmedForce"),
        E("shirmaghar", "Place", ["بلدة شير مغار"], "Shir Maghar", sub="City"),
        E("ozkan", "Person", ["أحمد أوزكان"], "Ahmet Özkan"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("kozlov", "Person", ["فاليري كوزلوف"], "Valery Kozlov"),
    ],
    relations=[
        R("locatedIn", "maarat", "idlibcs", opt=True),    # مدينة معرة النعمان وبلدات في ريف إدلب الجنوبي
        R("locatedIn", "idlibcs", "syria"),               # شمال غرب سوريا
        R("affiliatedWith", "regime", "russia", opt=True),  # بدعم من روسيا
        R("memberOf", "sheikho", "whitehelmets"),         # المسؤول في الدفاع المدني
        R("locatedIn", "kafrnabuda", "hama"),             # بلدة كفرنبودة بريف حماة الشمالي
        R("locatedIn", "shirmaghar", "hama"),             # بلدة شير مغار بريف حماة
        R("positionIn", "kozlov", "syria", opt=True),     # المبعوث الروسي الخاص إلى سوريا
        R("positionIn", "kozlov", "russia", opt=True),
    ],
    events=[
        # yesterday's raids on Maarat al-Numan and the dead
        V("Strike", agent=["regime"], place=[["maarat", "idlibcs"]], date="2019-05-29", trigger="غارات"),
        V("Killing", agent=["regime"], place=[["maarat", "idlibcs"]], date="2019-05-29", trigger="قتلوا"),
        V("Strike", opt=True, agent=["russia"]),
        V("Killing", opt=True, agent=["russia"]),
        # the government offensive since the end of April
        V("MilitaryOperation", agent=["regime"], date="2019-04", trigger="هجوم"),
        V("MilitaryOperation", opt=True, agent=["russia"], target=["opposition", "hts"], place=["idlib", "idlibcs"]),
        # the HTS attack on Kafr Nabudah, claimed by HTS
        V("Attack", agent=["hts"], target=["regime"], place=[["kafrnabuda", "hama"]], trigger="هجوما"),
        V("Killing", agent=["hts"], target=["regime"], place=[["kafrnabuda", "hama"]], trigger="قتلوا"),
        V("Attack", opt=True, date="2019-05"),
        # regime shells near the Turkish post at Shir Maghar
        V("Strike", agent=["regime"], place=[["shirmaghar", "hama"]], trigger="قذائف"),
        V("Strike", opt=True, target=["tarmy"], date="2019-05"),
        # the talks in Ankara yesterday
        V("Meeting", agent=["ozkan", "kozlov"], place=["ankara"], date="2019-05-29", trigger="مباحثات"),
        V("Visit", opt=True, agent=["kozlov"], place=["ankara"], date="2019-05-29"),
    ],
))

# ---------------------------------------------------------------- Iraq, al-Qaim (2017-11-04, a Saturday)
DOCS.append(dict(
    id="t7-iq-qaim", published="2017-11-04",
    text="""بغداد - «الحياة»:

أعلن رئيس الوزراء العراقي حيدر العبادي، أمس الجمعة، "تحرير" قضاء القائم، آخر معاقل تنظيم "داعش" في محافظة الأنبار غرب البلاد، بعد أسبوع من انطلاق عملية عسكرية شاركت فيها قوات الجيش والشرطة الاتحادية وقوات الحشد الشعبي ومقاتلو العشائر، بدعم من طيران التحالف الدولي الذي تقوده الولايات المتحدة.

وقال قائد عمليات تحرير القائم الفريق الركن سعد حميد الخفاجي إن القوات "رفعت العلم العراقي فوق المباني الحكومية في مركز القضاء"، مضيفا أن "قادة الفرق أبلغونا بأن عشرات من عناصر التنظيم فروا باتجاه مدينة البوكمال" على الجانب السوري من الحدود.

وفي الجانب الآخر من الحدود، قالت وزارة الدفاع الروسية إن قاذفات استراتيجية أقلعت من روسيا وشنت، أمس، غارات على مواقع للتنظيم قرب البوكمال، ما أسفر عن تدمير مستودعات للأسلحة ومقار قيادية.

إلى ذلك، اغتال مسلحون مجهولون، مساء الخميس، عضو مجلس محافظة الأنبار عدنان حمد الكبيسي، بإطلاق النار على سيارته في منطقة الخالدية شرق مدينة الرمادي، وفق ما أفاد به مصدر في شرطة المحافظة.

وفي بغداد، استقبل العبادي في مكتبه، أمس، سفير إيران لدى العراق مجيد رضائي، الذي نقل إليه "تهنئة طهران بالانتصارات على الإرهاب".""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("abadi", "Person", ["حيدر العبادي", "العبادي"], "Haider al-Abadi"),
        E("qaim", "Place", ["قضاء القائم", "القضاء"], "al-Qaim District", sub="Region"),
        E("isis", "Organization", ["تنظيم \"داعش\"", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("anbar", "Place", ["محافظة الأنبار", "المحافظة"], "Al Anbar Governorate", qid="Q187334", sub="Region"),
        E("iraq", "Place", ["البلاد", "العراق"], "Iraq", qid="Q796", sub="Country"),
        E("army", "Organization", ["قوات الجيش"], "Iraqi Army", sub="ArmedForce"),
        E("fedpolice", "Organization", ["الشرطة الاتحادية"], "Federal Police (Iraq)", sub="ArmedForce"),
        E("pmf", "Organization", ["قوات الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي"], "Combined Joint Task Force", sub="Coalition"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("ops", "Organization", ["عمليات تحرير القائم"], "Qaim Liberation Operations Command", sub="ArmedForce"),
        E("khafaji", "Person", ["سعد حميد الخفاجي"], "Sad Hamid al-Khafaji"),
        E("bukamal", "Place", ["مدينة البوكمال", "البوكمال"], "Abu Kamal", sub="City"),
        E("rmod", "Organization", ["وزارة الدفاع الروسية"], "Ministry of Defence (Russia)", sub="GovernmentBody"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country"),
        E("council", "Organization", ["مجلس محافظة الأنبار"], "Anbar Provincial Council", sub="GovernmentBody"),
        E("kubaisi", "Person", ["عدنان حمد الكبيسي"], "Adnan Hamad al-Kubaysi"),
        E("khalidiya", "Place", ["منطقة الخالدية"], "Khalidiya", sub="City"),
        E("ramadi", "Place", ["مدينة الرمادي"], "Ramadi", sub="City"),
        E("police", "Organization", ["شرطة المحافظة"], "Anbar Police", sub="GovernmentBody", opt=True),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("rezaei", "Person", ["مجيد رضائي"], "Majid Rezaei"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("leaderOf", "abadi", "iraq"),                   # رئيس الوزراء العراقي
        R("positionIn", "abadi", "iraq", opt=True),
        R("locatedIn", "qaim", "anbar"),                  # قضاء القائم ... في محافظة الأنبار
        R("locatedIn", "anbar", "iraq"),                  # غرب البلاد
        R("leaderOf", "usa", "coalition"),                # الذي تقوده الولايات المتحدة
        R("leaderOf", "khafaji", "ops"),                  # قائد عمليات تحرير القائم
        R("memberOf", "kubaisi", "council"),              # عضو مجلس محافظة الأنبار
        R("locatedIn", "khalidiya", "ramadi"),            # منطقة الخالدية شرق مدينة الرمادي
        R("positionIn", "rezaei", "iran"),                # سفير إيران لدى العراق
        R("positionIn", "rezaei", "iraq", opt=True),
    ],
    events=[
        # the week-long offensive on al-Qaim, its end announced yesterday
        V("MilitaryOperation", agent=["army", "fedpolice", "pmf"], target=["isis"], place=[["qaim", "anbar"]],
          date="2017-10", trigger="عملية عسكرية"),
        V("MilitaryOperation", opt=True, agent=["coalition", "usa"]),
        V("Strike", opt=True, agent=["coalition"], target=["isis"], place=["qaim"]),
        # yesterday's Russian bomber raids near Abu Kamal
        V("Strike", target=["isis"], place=["bukamal"], date="2017-11-03", trigger="غارات"),
        V("Strike", opt=True, agent=["russia", "rmod"]),
        # the council member shot dead by unknown gunmen on Thursday evening
        V("Killing", target=["kubaisi"], place=[["khalidiya", "ramadi"]], date="2017-11-02", trigger="اغتال"),
        V("Attack", opt=True, target=["kubaisi"], place=["khalidiya"], date="2017-11-02"),
        # Abadi receives the Iranian ambassador yesterday
        V("Meeting", agent=["abadi", "rezaei"], place=["baghdad"], date="2017-11-03", trigger="استقبل"),
    ],
))
