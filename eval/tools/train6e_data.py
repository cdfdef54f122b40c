"""Hand annotations of the sixth training set, events part (see eval/train6e/README.md).

Articles written for the project in the style of pan-Arab newspapers and news agencies of
2015-2017 (dateline and source first, long sentences, reported speech, quotes), rich in
events told the ways real copy tells them: claims of responsibility (أعلن X مسؤوليته عن،
تبنى X الهجوم), attacks by unknown gunmen, passive killings (قُتل X) whose agent is named
in another sentence, coordinated attackers, the arrest idiom ألقى ... القبض with the subject,
place and time between, strikes told with a pronoun (استأنف الطيران قصفه), kills that
follow an act (ما أسفر عن مقتل), meetings and visits told as أجرى مباحثات، استقبل، وصل إلى،
and dates of every kind (weekday, أمس، الجمعة الماضية، العاشر من الشهر الجاري، منتصف الشهر
الجاري، يناير/كانون الثاني عام 2015). Persons are invented; organisations and places are
real. ``build_train6e.py`` turns this into eval/train6e.jsonl (spans computed, every
mention checked against the text). In event roles a nested list is a set of
alternatives: any one satisfies it. An event with ``optional`` only carries triples a
reasonable annotator could leave out.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, Anbar (2015-06-14, a Sunday)
DOCS.append(dict(
    id="t6e-iq-anbar", published="2015-06-14",
    text="""الرمادي (العراق) - «الحياة»:

قُتل سبعة جنود عراقيين وأصيب تسعة آخرون، أمس السبت، في هجوم انتحاري بسيارة مفخخة استهدف حاجزا للجيش العراقي عند المدخل الشرقي لمدينة الرمادي، مركز محافظة الأنبار، وأعلن تنظيم «داعش» مسؤوليته عن الهجوم في بيان نشره على مواقع التواصل الاجتماعي.

وقال قائد عمليات الأنبار اللواء الركن قاسم حميد المحمدي إن «الانتحاري فجر سيارته عند نقطة التفتيش بعد أن رفض التوقف»، مضيفا أن قوات الجيش «ردت على مصادر النيران وقتلت ثلاثة مسلحين كانوا يحاولون التسلل خلف الانتحاري».

وفي حادث منفصل، اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء الجمعة، الشيخ فرحان علوان الدليمي، أحد وجهاء عشيرة البوفهد، أمام منزله في قضاء الخالدية شرق الرمادي، بحسب مصدر في شرطة الأنبار. ولم تعلن أي جهة مسؤوليتها عن الاغتيال حتى الآن.

في سياق متصل، قالت خلية الإعلام الحربي أن طيران التحالف الدولي شن، في العاشر من الشهر الجاري، ثلاث غارات على مواقع للتنظيم في قضاء هيت، ما أسفر عن مقتل 15 من عناصره وتدمير عجلتين.

وتمكنت قوات مكافحة الإرهاب، فجر اليوم الأحد، من إلقاء القبض على خمسة مطلوبين بتهم إرهابية في منطقة الحصيبة، شرقي المدينة، وفق بيان لوزارة الداخلية العراقية.""",
    entities=[
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("ramadi", "Place", ["الرمادي", "مدينة الرمادي", "المدينة"], "Ramadi", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("army", "Organization", ["الجيش العراقي", "الجيش"], "Iraqi Army", sub="ArmedForce"),
        E("anbar", "Place", ["محافظة الأنبار", "الأنبار"], "Al Anbar Governorate", sub="Region"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("ops", "Organization", ["عمليات الأنبار"], "Anbar Operations Command", sub="ArmedForce"),
        E("mohammadi", "Person", ["قاسم حميد المحمدي"], "Qasim Hamid al-Mohammadi"),
        E("dulaimi", "Person", ["فرحان علوان الدليمي"], "Farhan Alwan al-Dulaimi"),
        E("bufahd", "Organization", ["عشيرة البوفهد"], "Albu Fahd tribe", opt=True),
        E("khalidiya", "Place", ["قضاء الخالدية", "الخالدية"], "Khalidiya District", sub="Region"),
        E("police", "Organization", ["شرطة الأنبار"], "Anbar Police", sub="GovernmentBody"),
        E("cell", "Organization", ["خلية الإعلام الحربي"], "War Media Cell", sub="GovernmentBody"),
        E("coalition", "Organization", ["التحالف الدولي"], "Combined Joint Task Force", sub="Coalition"),
        E("hit", "Place", ["قضاء هيت", "هيت"], "Hit District", sub="Region"),
        E("cts", "Organization", ["قوات مكافحة الإرهاب"], "Counter Terrorism Service", sub="ArmedForce"),
        E("husaybah", "Place", ["منطقة الحصيبة", "الحصيبة"], "Husaybah", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية العراقية"], "Ministry of Interior (Iraq)",
          sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "ramadi", "iraq", opt=True),       # dateline
        R("locatedIn", "ramadi", "anbar"),                # مركز محافظة الأنبار
        R("leaderOf", "mohammadi", "ops"),                # قائد عمليات الأنبار
        R("memberOf", "dulaimi", "bufahd", opt=True),     # أحد وجهاء العشيرة
        R("locatedIn", "khalidiya", "ramadi"),            # شرق الرمادي
        R("locatedIn", "husaybah", "ramadi"),             # شرقي المدينة
        R("partOf", "ops", "army", opt=True),
    ],
    events=[
        # the suicide car bomb, claimed by IS in the same sentence
        V("Attack", agent=["isis"], target=["army"], place=[["ramadi", "anbar"]], date="2015-06-13",
          trigger="هجوم"),
        V("Killing", agent=["isis"], target=["army"], place=[["ramadi", "anbar"]], date="2015-06-13",
          trigger="قُتل"),
        # the army killed three infiltrators (told by its commander)
        V("Killing", agent=["army"], trigger="وقتلت"),
        V("Killing", opt=True, target=["isis"], place=["ramadi"], date="2015-06-13"),
        # the sheikh killed by unknown gunmen: no agent
        V("Killing", target=["dulaimi"], place=[["khalidiya", "ramadi"]], date="2015-06-12", trigger="اغتال"),
        V("Attack", opt=True, target=["dulaimi"], place=["khalidiya"], date="2015-06-12"),
        # coalition strikes on the 10th, reported by the cell (not its agent)
        V("Strike", agent=["coalition"], target=["isis"], place=["hit"], date="2015-06-10", trigger="غارات"),
        V("Killing", agent=["coalition"], target=["isis"], place=["hit"], date="2015-06-10", trigger="مقتل"),
        V("Arrest", agent=["cts"], place=[["husaybah", "ramadi"]], date="2015-06-14", trigger="إلقاء القبض"),
    ],
))

# ---------------------------------------------------------------- Yemen, Taiz and Aden (2016-03-20, a Sunday)
DOCS.append(dict(
    id="t6e-ye-taiz", published="2016-03-20",
    text="""عدن - «الشرق الأوسط»:

قتل 11 مدنيا، بينهم أربعة أطفال، وأصيب أكثر من 20 آخرين، أمس، جراء قصف مدفعي شنته جماعة الحوثي والقوات الموالية للرئيس المخلوع، علي عبد الله صالح، على أحياء سكنية في مدينة تعز، وفق مصدر طبي في المدينة.

وقال المتحدث باسم المجلس العسكري في تعز، العقيد منصور سعيد الحاشدي، إن «الميليشيات قصفت حي الروضة وشارع جمال بقذائف الهاون والكاتيوشا»، مؤكدا أن عناصر المقاومة الشعبية تمكنوا، مساء الجمعة، من أسر ثمانية من مسلحي الجماعة خلال هجوم على مواقعهم في جبل صبر.

في المقابل، شنت مقاتلات التحالف العربي الذي تقوده السعودية سلسلة غارات على مواقع الحوثيين وقوات صالح في محيط معسكر خالد بن الوليد بمديرية موزع، غرب تعز، ما أدى إلى مقتل العشرات من عناصرهم، وفق مصادر محلية.

وفي عدن، فجر انتحاري يرتدي حزاما ناسفا نفسه وسط تجمع لمجندين أمام مركز للشرطة في مديرية المنصورة، صباح السبت، ما أسفر عن مقتل تسعة منهم. وتبنى تنظيم القاعدة في جزيرة العرب الهجوم في بيان تداولته حسابات مقربة منه.

وأعلنت الحكومة اليمنية أن وزير الداخلية ناصر أحمد العولقي وصل إلى عدن، مساء الخميس، قادما من الرياض، وعقد فور وصوله اجتماعا مع محافظ عدن فهد سالم الخضر ومدير أمن المحافظة ياسر محمد الردفاني.""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("aden", "Place", ["عدن", "المحافظة"], "Aden", sub="City"),
        E("houthis", "Organization", ["جماعة الحوثي", "الحوثيين", "الجماعة"], "Houthis",
          sub="ArmedGroup"),
        E("saleh_forces", "Organization", ["القوات الموالية للرئيس المخلوع", "قوات صالح"],
          "Forces loyal to Ali Abdullah Saleh", sub="ArmedForce"),
        E("saleh", "Person", ["علي عبد الله صالح"], "Ali Abdullah Saleh"),
        E("taiz", "Place", ["مدينة تعز", "تعز", "المدينة"], "Taiz", sub="City"),
        E("council", "Organization", ["المجلس العسكري في تعز"], "Taiz Military Council", sub="ArmedForce"),
        E("hashidi", "Person", ["منصور سعيد الحاشدي"], "Mansur Said al-Hashidi"),
        E("rawda", "Place", ["حي الروضة", "الروضة"], "al-Rawda", sub="City"),
        E("resistance", "Organization", ["المقاومة الشعبية"], "Popular Resistance", sub="ArmedGroup"),
        E("sabir", "Place", ["جبل صبر"], "Jabal Sabir"),
        E("coalition", "Organization", ["التحالف العربي"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("camp", "Place", ["معسكر خالد بن الوليد"], "Khalid ibn al-Walid camp"),
        E("mawza", "Place", ["مديرية موزع", "موزع"], "Mawza District", sub="Region"),
        E("mansoura", "Place", ["مديرية المنصورة", "المنصورة"], "al-Mansoura District", sub="Region"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب"], "al-Qaeda in the Arabian Peninsula",
          sub="ArmedGroup"),
        E("gov", "Organization", ["الحكومة اليمنية"], "Government of Yemen", sub="GovernmentBody"),
        E("awlaqi", "Person", ["ناصر أحمد العولقي"], "Nasir Ahmad al-Awlaqi"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("khadir", "Person", ["فهد سالم الخضر"], "Fahd Salim al-Khadir"),
        E("radfani", "Person", ["ياسر محمد الردفاني"], "Yasir Muhammad al-Radfani"),
    ],
    relations=[
        R("affiliatedWith", "saleh_forces", "saleh"),     # القوات الموالية للرئيس
        R("leaderOf", "saleh", "saleh_forces", opt=True),
        R("spokespersonOf", "hashidi", "council"),
        R("locatedIn", "rawda", "taiz", opt=True),
        R("locatedIn", "sabir", "taiz", opt=True),
        R("leaderOf", "saudi", "coalition"),              # الذي تقوده السعودية
        R("locatedIn", "camp", "mawza"),                  # بمديرية موزع
        R("locatedIn", "mawza", "taiz"),                  # غرب تعز
        R("locatedIn", "mansoura", "aden", opt=True),     # fronted وفي عدن
        R("positionIn", "awlaqi", "gov"),                 # وزير الداخلية
        R("leaderOf", "khadir", "aden"),                  # محافظ عدن
        R("positionIn", "khadir", "aden", opt=True),
        R("positionIn", "radfani", "aden"),               # مدير أمن المحافظة
    ],
    events=[
        # shelling of Taiz by the Houthis and Saleh's forces, the dead it caused
        V("Strike", agent=["houthis", "saleh_forces"], place=["taiz"], date="2016-03-19", trigger="قصف"),
        V("Killing", agent=["houthis", "saleh_forces"], place=["taiz"], date="2016-03-19", trigger="قتل"),
        V("Strike", place=[["rawda", "taiz"]], trigger="قصفت"),
        # the resistance captured eight Houthi fighters in an attack on Jabal Sabir (Friday)
        V("Arrest", agent=["resistance"], target=["houthis"], place=[["sabir", "taiz"]], date="2016-03-18",
          trigger="أسر"),
        V("Attack", agent=["resistance"], target=["houthis"], place=[["sabir", "taiz"]], date="2016-03-18",
          trigger="هجوم"),
        # coalition strikes near the camp in Mawza and the dead they caused (no date given)
        V("Strike", agent=["coalition"], target=["houthis", "saleh_forces"], place=[["camp", "mawza", "taiz"]],
          trigger="غارات"),
        V("Killing", agent=["coalition"], target=["houthis", "saleh_forces"], place=[["camp", "mawza", "taiz"]],
          trigger="مقتل"),
        # the suicide bombing in Aden, claimed by AQAP in the next sentence
        V("Attack", agent=["aqap"], place=[["mansoura", "aden"]], date="2016-03-19", trigger="فجر"),
        V("Killing", agent=["aqap"], place=[["mansoura", "aden"]], date="2016-03-19", trigger="مقتل"),
        # the minister's arrival and meeting, announced by the government (not a participant)
        V("Visit", agent=["awlaqi"], place=["aden"], date="2016-03-17", trigger="وصل"),
        V("Meeting", agent=["awlaqi", "khadir", "radfani"], place=["aden"], date="2016-03-17",
          trigger="اجتماعا"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib and Hama (2015-10-08, a Thursday)
DOCS.append(dict(
    id="t6e-sy-idlib", published="2015-10-08",
    text="""دمشق - وكالات:

قال المرصد السوري لحقوق الإنسان إن 18 مدنيا على الأقل قتلوا، أمس الأربعاء، في غارات شنتها طائرات حربية على بلدة كفرنبل في ريف إدلب، فيما أكدت وزارة الدفاع الروسية أن مقاتلاتها «دمرت مقرا قياديا لتنظيم داعش» في المنطقة.

وفي ريف حماة، شنت جبهة النصرة وحركة أحرار الشام وفصائل من الجيش السوري الحر، فجر الثلاثاء، هجوما واسعا على مواقع قوات النظام في بلدة مورك، وتمكنت من السيطرة على حاجزين، بحسب ما أعلنت غرفة عمليات جيش الفتح في بيان.

إلى ذلك، عثر الأهالي على جثة القيادي في حركة أحرار الشام أبو عمر الحموي قرب مدينة سراقب، بعد يومين من خطفه على يد مسلحين مجهولين، وقال مصدر في الحركة إنه قُتل بالرصاص. ولم تتبن أي جهة عملية الاغتيال.

دبلوماسيا، أجرى نائب وزير الخارجية الروسي ألكسندر فيدوروف، في موسكو الاثنين، مباحثات مع وزير الدولة السعودي للشؤون الخارجية سعد بن ناصر العتيبي، تناولت الأزمة في سوريا. واستقبل وزير الخارجية الإيراني محمد رضا كاظمي في طهران، أمس، المبعوث الأممي إلى سوريا يان لارسون.""",
    entities=[
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("kafranbel", "Place", ["بلدة كفرنبل", "كفرنبل"], "Kafr Nabl", sub="City"),
        E("idlib", "Place", ["ريف إدلب"], "Idlib countryside", sub="Region"),
        E("mod", "Organization", ["وزارة الدفاع الروسية"], "Ministry of Defence of Russia",
          sub="GovernmentBody"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("hama", "Place", ["ريف حماة"], "Hama countryside", sub="Region"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("ahrar", "Organization", ["حركة أحرار الشام", "الحركة"], "Ahrar al-Sham", sub="ArmedGroup"),
        E("fsa", "Organization", ["الجيش السوري الحر"], "Free Syrian Army", sub="ArmedGroup"),
        E("regime", "Organization", ["قوات النظام"], "Syrian government forces", sub="ArmedForce"),
        E("morek", "Place", ["بلدة مورك", "مورك"], "Morek", sub="City"),
        E("fath", "Organization", ["غرفة عمليات جيش الفتح", "جيش الفتح"], "Army of Conquest", sub="Coalition"),
        E("hamawi", "Person", ["أبو عمر الحموي"], "Abu Umar al-Hamawi"),
        E("saraqib", "Place", ["مدينة سراقب", "سراقب"], "Saraqib", sub="City"),
        E("fedorov", "Person", ["ألكسندر فيدوروف"], "Aleksandr Fedorov"),
        E("moscow", "Place", ["موسكو"], "Moscow", qid="Q649", sub="City"),
        E("otaibi", "Person", ["سعد بن ناصر العتيبي"], "Saad bin Nasir al-Otaibi"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("kazemi", "Person", ["محمد رضا كاظمي"], "Mohammad Reza Kazemi"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("larsson", "Person", ["يان لارسون"], "Jan Larsson"),
    ],
    relations=[
        R("locatedIn", "kafranbel", "idlib"),             # بلدة كفرنبل في ريف إدلب
        R("locatedIn", "morek", "hama", opt=True),        # fronted وفي ريف حماة
        R("memberOf", "hamawi", "ahrar"),                 # القيادي في
        R("memberOf", "nusra", "fath", opt=True),
        R("memberOf", "ahrar", "fath", opt=True),
        R("positionIn", "larsson", "syria", opt=True),    # المبعوث الأممي إلى سوريا
    ],
    events=[
        # strikes on Kafr Nabl by unnamed warplanes, and the dead
        V("Strike", place=[["kafranbel", "idlib"]], date="2015-10-07", trigger="غارات"),
        V("Killing", place=[["kafranbel", "idlib"]], date="2015-10-07", trigger="قتلوا"),
        V("Strike", opt=True, agent=["mod"], target=["isis"]),
        # the rebel attack on Morek (Tuesday), announced by Jaish al-Fath
        V("Attack", agent=["nusra", "ahrar", "fsa"], target=["regime"], place=[["morek", "hama"]],
          date="2015-10-06", trigger="هجوما"),
        V("Attack", opt=True, agent=["fath"]),
        # the commander abducted and shot by unknown gunmen
        V("Killing", target=["hamawi"], place=["saraqib"], trigger="قُتل"),
        V("Arrest", opt=True, target=["hamawi"]),
        # talks in Moscow (Monday), a reception in Tehran (yesterday)
        V("Meeting", agent=["fedorov", "otaibi"], place=["moscow"], date="2015-10-05", trigger="مباحثات"),
        V("Meeting", agent=["kazemi", "larsson"], place=["tehran"], date="2015-10-07", trigger="استقبل"),
        V("Visit", opt=True, agent=["larsson"], place=["tehran"], date="2015-10-07"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2017-07-09, a Sunday)
DOCS.append(dict(
    id="t6e-eg-sinai", published="2017-07-09",
    text="""القاهرة - «الأهرام»:

قُتل 23 عسكريا مصريا، بينهم ضابط برتبة عقيد، وأصيب 26 آخرون، الجمعة الماضية، في هجوم إرهابي استهدف تجمعا لكمائن الجيش المصري جنوب مدينة رفح بشمال سيناء، وفق بيان للمتحدث العسكري العقيد تامر عبد الرحمن الشافعي.

وأعلن تنظيم «ولاية سيناء»، فرع تنظيم داعش في مصر، مسؤوليته عن الهجوم، قائلا في بيان نشرته وكالة «أعماق» إن مقاتليه «اقتحموا المقرات العسكرية بسيارات مفخخة».

وأضاف المتحدث العسكري أن القوات المسلحة تمكنت، خلال اشتباكات أعقبت الهجوم، من قتل 40 من العناصر التكفيرية وتدمير ست سيارات، وأن مقاتلات القوات الجوية نفذت، أمس السبت، غارات على بؤر إرهابية في منطقة جبل الحلال وسط سيناء.

وفي العريش، اغتال مسلحون مجهولون، مساء الخميس، أمين شرطة يدعى حسام محمود السيد أثناء عودته إلى منزله في حي المساعيد، فيما ألقت أجهزة الأمن بالمدينة القبض على ثلاثة مشتبه بهم.

ووصل وزير الداخلية المصري مجدي سالم فرغلي إلى العريش، اليوم الأحد، في زيارة تفقدية، حيث التقى قائد الجيش الثاني الميداني اللواء ناصر عادل العاصي وعددا من المسؤولين.""",
    entities=[
        E("ahram", "Organization", ["الأهرام"], "Al-Ahram", sub="MediaOrganization", opt=True),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("army", "Organization", ["الجيش المصري", "القوات المسلحة"], "Egyptian Armed Forces",
          sub="ArmedForce"),
        E("rafah", "Place", ["مدينة رفح", "رفح"], "Rafah (Egypt)", sub="City"),
        E("north_sinai", "Place", ["شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("shafei", "Person", ["تامر عبد الرحمن الشافعي"], "Tamir Abd al-Rahman al-Shafii"),
        E("wilayat", "Organization", ["تنظيم «ولاية سيناء»", "ولاية سيناء"], "Sinai Province",
          sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization", opt=True),
        E("airforce", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("halal", "Place", ["منطقة جبل الحلال", "جبل الحلال"], "Jabal al-Halal"),
        E("sinai", "Place", ["سيناء"], "Sinai Peninsula", sub="Region"),
        E("arish", "Place", ["العريش", "المدينة"], "Arish", sub="City"),
        E("sayed", "Person", ["حسام محمود السيد"], "Husam Mahmud al-Sayyid"),
        E("masaeed", "Place", ["حي المساعيد", "المساعيد"], "al-Masaid", sub="City"),
        E("security", "Organization", ["أجهزة الأمن"], "Egyptian security services", opt=True),
        E("farghali", "Person", ["مجدي سالم فرغلي"], "Magdi Salim Farghali"),
        E("army2", "Organization", ["الجيش الثاني الميداني"], "Second Field Army", sub="ArmedForce"),
        E("asi", "Person", ["ناصر عادل العاصي"], "Nasir Adil al-Asi"),
    ],
    relations=[
        R("locatedIn", "rafah", "north_sinai"),           # مدينة رفح بشمال سيناء
        R("spokespersonOf", "shafei", "army"),            # المتحدث العسكري
        R("partOf", "wilayat", "isis"),                   # فرع تنظيم داعش
        R("locatedIn", "halal", "sinai"),                 # وسط سيناء
        R("locatedIn", "masaeed", "arish", opt=True),
        R("positionIn", "farghali", "egypt"),             # وزير الداخلية المصري
        R("leaderOf", "asi", "army2"),                    # قائد الجيش الثاني الميداني
        R("partOf", "army2", "army", opt=True),
        R("partOf", "airforce", "army", opt=True),
    ],
    events=[
        # Friday's attack on army posts south of Rafah, claimed by Sinai Province
        V("Attack", agent=[["wilayat", "isis"]], target=["army"], place=[["rafah", "north_sinai"]],
          date="2017-07-07", trigger="هجوم"),
        V("Killing", agent=[["wilayat", "isis"]], target=["army"], place=[["rafah", "north_sinai"]],
          date="2017-07-07", trigger="قُتل"),
        # the army's kills in the clashes that followed
        V("Killing", agent=["army"], trigger="قتل"),
        V("Killing", opt=True, target=["wilayat"], place=["rafah"], date="2017-07-07"),
        # yesterday's air strikes on Jabal al-Halal
        V("Strike", agent=[["airforce", "army"]], place=[["halal", "sinai"]], date="2017-07-08", trigger="غارات"),
        # a policeman killed by unknown gunmen in Arish (Thursday), arrests after
        V("Killing", target=["sayed"], place=[["masaeed", "arish"]], date="2017-07-06", trigger="اغتال"),
        V("Attack", opt=True, target=["sayed"], place=["masaeed"], date="2017-07-06"),
        V("Arrest", place=["arish"], trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["security"], date="2017-07-06"),
        # the minister's visit to Arish today and his meeting there
        V("Visit", agent=["farghali"], place=["arish"], date="2017-07-09", trigger="وصل"),
        V("Meeting", agent=["farghali", "asi"], place=["arish"], date="2017-07-09", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Libya, Benghazi and Tripoli (2016-05-17, a Tuesday)
DOCS.append(dict(
    id="t6e-ly-benghazi", published="2016-05-17",
    text="""بنغازي (ليبيا) - رويترز:

قال مسؤولون أمنيون إن سيارة ملغومة انفجرت، صباح أمس الاثنين، عند بوابة معسكر للقوات الخاصة التابعة للجيش الوطني الليبي في منطقة بوعطني شرق مدينة بنغازي، ما أدى إلى مقتل خمسة جنود وإصابة 12 آخرين. ولم تعلن أي جهة مسؤوليتها عن التفجير، لكن المتحدث باسم القوات الخاصة، الرائد عادل مفتاح البرعصي، اتهم «مجلس شورى ثوار بنغازي» بالوقوف وراءه.

وفي مدينة درنة، تعرض مقر لتنظيم أنصار الشريعة لقصف بقذائف الهاون، مساء السبت، قُتل فيه اثنان من عناصره، بحسب مصدر محلي.

وكان قائد القوات الخاصة، العقيد ونيس عبد الله الحاسي، قد نجا في منتصف الشهر الجاري من محاولة اغتيال بعبوة ناسفة زرعها مجهولون في سيارته وسط بنغازي.

وفي طرابلس، اعتقلت قوة الردع الخاصة التابعة لوزارة الداخلية في حكومة الوفاق الوطني، الأحد، سبعة أشخاص قالت إنهم ينتمون إلى تنظيم داعش، ويخططون لهجمات في العاصمة. وأوضحت القوة أن أحد الموقوفين شارك في الهجوم على فندق كورنثيا في يناير/كانون الثاني عام 2015، الذي أودى بحياة تسعة أشخاص بينهم خمسة أجانب.""",
    entities=[
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("benghazi", "Place", ["بنغازي", "مدينة بنغازي"], "Benghazi", sub="City"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("sf", "Organization", ["القوات الخاصة"], "Libyan Special Forces (Saiqa)", sub="ArmedForce"),
        E("lna", "Organization", ["الجيش الوطني الليبي"], "Libyan National Army", sub="ArmedForce"),
        E("buatni", "Place", ["منطقة بوعطني", "بوعطني"], "Bu Atni", sub="City"),
        E("barasi", "Person", ["عادل مفتاح البرعصي"], "Adil Miftah al-Barasi"),
        E("bsc", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries Shura Council",
          sub="ArmedGroup"),
        E("derna", "Place", ["مدينة درنة", "درنة"], "Derna", sub="City"),
        E("dmsc", "Organization", ["تنظيم أنصار الشريعة"], "Ansar al-Sharia (Libya)", sub="ArmedGroup"),
        E("hasi", "Person", ["ونيس عبد الله الحاسي"], "Wanis Abd Allah al-Hasi"),
        E("tripoli", "Place", ["طرابلس", "العاصمة"], "Tripoli", qid="Q3579", sub="City"),
        E("rada", "Organization", ["قوة الردع الخاصة", "القوة"], "Special Deterrence Force", sub="ArmedForce"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (GNA)", sub="GovernmentBody"),
        E("gna", "Organization", ["حكومة الوفاق الوطني"], "Government of National Accord",
          sub="GovernmentBody"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("corinthia", "Place", ["فندق كورنثيا"], "Corinthia Hotel Tripoli"),
    ],
    relations=[
        R("locatedIn", "benghazi", "libya", opt=True),    # dateline
        R("partOf", "sf", "lna"),                         # التابعة للجيش الوطني الليبي
        R("locatedIn", "buatni", "benghazi"),             # شرق مدينة بنغازي
        R("spokespersonOf", "barasi", "sf"),
        R("leaderOf", "hasi", "sf"),                      # قائد القوات الخاصة
        R("partOf", "rada", "moi"),                       # التابعة لوزارة الداخلية
        R("partOf", "moi", "gna", opt=True),
        R("locatedIn", "corinthia", "tripoli", opt=True),
    ],
    events=[
        # the car bomb at the special forces camp (Monday); blamed on the BRSC
        V("Attack", target=[["sf", "lna"]], place=[["buatni", "benghazi"]], date="2016-05-16", trigger="انفجرت"),
        V("Killing", target=[["sf", "lna"]], place=[["buatni", "benghazi"]], date="2016-05-16", trigger="مقتل"),
        V("Attack", opt=True, agent=["bsc"]),
        V("Killing", opt=True, agent=["bsc"]),
        # mortar fire on the DMSC in Derna (Saturday)
        V("Strike", target=["dmsc"], place=["derna"], date="2016-05-14", trigger="لقصف"),
        V("Killing", target=["dmsc"], place=["derna"], date="2016-05-14", trigger="قُتل"),
        V("Attack", opt=True, target=["dmsc"], place=["derna"], date="2016-05-14"),
        # the failed attempt on the commander earlier this month
        V("Attack", target=["hasi"], place=["benghazi"], date="2016-05", trigger="محاولة اغتيال"),
        # the arrests in Tripoli (Sunday)
        V("Arrest", agent=["rada"], place=["tripoli"], date="2016-05-15", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["isis"]),
        # the Corinthia attack of January 2015, recalled
        V("Attack", target=["corinthia"], place=[["corinthia", "tripoli"]], date="2015-01", trigger="الهجوم"),
        V("Killing", place=[["corinthia", "tripoli"]], date="2015-01", trigger="أودى"),
        V("Attack", opt=True, agent=["isis"]),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Balkh (2017-04-24, a Monday)
DOCS.append(dict(
    id="t6e-af-balkh", published="2017-04-24",
    text="""كابل - أ ف ب:

أعلنت وزارة الدفاع الأفغانية، اليوم الاثنين، ارتفاع حصيلة الهجوم الذي شنه مسلحون من حركة طالبان، الجمعة، على قاعدة للجيش الأفغاني قرب مدينة مزار شريف، عاصمة ولاية بلخ، إلى 140 قتيلا على الأقل من الجنود، في أعنف هجوم تشنه الحركة على موقع عسكري منذ سقوط نظامها عام 2001.

وقال المتحدث باسم الوزارة، الجنرال محمد رحيم صافي، إن «عشرة مهاجمين يرتدون الزي العسكري اقتحموا القاعدة بعربات للجيش، وفتحوا النار على الجنود داخل المسجد وفي قاعة الطعام»، مضيفا أن القوات الأفغانية قتلت جميع المهاجمين واعتقلت أحدهم.

وتبنى المتحدث باسم طالبان، عبد الحق منيب، الهجوم في رسالة إلى وسائل الإعلام، مؤكدا أن أربعة من المهاجمين «عناصر تسللوا إلى صفوف الجيش منذ أشهر».

ووصل وزير الدفاع الأمريكي جيم ماتيس إلى كابل، اليوم، في زيارة لم يعلن عنها مسبقا، حيث أجرى مباحثات مع الرئيس الأفغاني أشرف غني وكبار قادة الجيش.""",
    entities=[
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("kabul", "Place", ["كابل"], "Kabul", qid="Q5838", sub="City"),
        E("mod", "Organization", ["وزارة الدفاع الأفغانية", "الوزارة"], "Ministry of Defense (Afghanistan)",
          sub="GovernmentBody"),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", sub="ArmedGroup"),
        E("army", "Organization", ["الجيش الأفغاني", "الجيش", "القوات الأفغانية"], "Afghan National Army",
          sub="ArmedForce"),
        E("mazar", "Place", ["مدينة مزار شريف", "مزار شريف"], "Mazar-i-Sharif", sub="City"),
        E("balkh", "Place", ["ولاية بلخ", "بلخ"], "Balkh Province", sub="Region"),
        E("safi", "Person", ["محمد رحيم صافي"], "Muhammad Rahim Safi"),
        E("munib", "Person", ["عبد الحق منيب"], "Abd al-Haqq Munib"),
        E("mattis", "Person", ["جيم ماتيس"], "Jim Mattis"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani"),
    ],
    relations=[
        R("locatedIn", "mazar", "balkh"),                 # عاصمة ولاية بلخ
        R("spokespersonOf", "safi", "mod"),
        R("spokespersonOf", "munib", "taliban"),
    ],
    events=[
        # Friday's attack on the army base, told by the ministry, claimed by the Taliban
        V("Attack", agent=["taliban"], target=["army"], place=[["mazar", "balkh"]], date="2017-04-21",
          trigger="الهجوم"),
        V("Killing", agent=["taliban"], target=["army"], place=[["mazar", "balkh"]], date="2017-04-21",
          trigger="قتيلا"),
        # the army killed the attackers and captured one of them
        V("Killing", agent=["army"], trigger="قتلت"),
        V("Killing", opt=True, target=["taliban"], place=["mazar"], date="2017-04-21"),
        V("Arrest", agent=["army"], trigger="اعتقلت"),
        V("Arrest", opt=True, target=["taliban"], place=["mazar"], date="2017-04-21"),
        # the US defence secretary's visit today and his talks with Ghani
        V("Visit", agent=["mattis"], place=["kabul"], date="2017-04-24", trigger="وصل"),
        V("Meeting", agent=["mattis", "ghani"], place=["kabul"], date="2017-04-24", trigger="مباحثات"),
    ],
))

# ---------------------------------------------------------------- Turkey, Istanbul and Diyarbakir (2016-06-08, a Wednesday)
DOCS.append(dict(
    id="t6e-tr-istanbul", published="2016-06-08",
    text="""إسطنبول - الأناضول:

قُتل 11 شخصا، بينهم سبعة من عناصر الشرطة، وأصيب 36 آخرون، صباح أمس الثلاثاء، في تفجير سيارة مفخخة استهدف حافلة تقل عناصر من شرطة مكافحة الشغب في حي بيازيد وسط إسطنبول، بحسب ما أعلن والي المدينة أحمد كمال أوزتورك.

ولم تتبن أي جهة الهجوم على الفور، غير أن مسؤولا أمنيا رجح أن يكون حزب العمال الكردستاني وراءه، موضحا أن الحزب «نفذ هجمات مماثلة في أنقرة خلال مارس/آذار الماضي».

وفي ولاية ديار بكر، جنوب شرقي البلاد، قال الجيش التركي في بيان إن مقاتلاته أغارت، ليل الاثنين، على مواقع للحزب في منطقة قنديل شمالي العراق، ودمرت مخازن أسلحة ومغارات، فيما قُتل جنديان في اشتباكات مع مسلحين أكراد في بلدة لجة.

إلى ذلك، أحالت النيابة العامة في إسطنبول، أمس، إلى المحكمة 14 مشتبها بهم كانت الشرطة قد اعتقلتهم في أبريل/نيسان عام 2016 بتهمة التخطيط لهجمات لصالح تنظيم داعش.""",
    entities=[
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("istanbul", "Place", ["إسطنبول", "المدينة"], "Istanbul", qid="Q406", sub="City"),
        E("riot", "Organization", ["شرطة مكافحة الشغب"], "Turkish riot police", sub="ArmedForce"),
        E("beyazit", "Place", ["حي بيازيد", "بيازيد"], "Beyazit", sub="City"),
        E("ozturk", "Person", ["أحمد كمال أوزتورك"], "Ahmet Kemal Ozturk"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "Kurdistan Workers' Party",
          sub="ArmedGroup"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("diyarbakir", "Place", ["ولاية ديار بكر", "ديار بكر"], "Diyarbakir Province", sub="Region"),
        E("turkey", "Place", ["البلاد"], "Turkey", qid="Q43", sub="Country", opt=True),
        E("army", "Organization", ["الجيش التركي"], "Turkish Armed Forces", sub="ArmedForce"),
        E("qandil", "Place", ["منطقة قنديل", "قنديل"], "Qandil Mountains", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("lice", "Place", ["بلدة لجة", "لجة"], "Lice", sub="City"),
        E("prosecutor", "Organization", ["النيابة العامة في إسطنبول"], "Istanbul Chief Prosecutor's Office",
          sub="GovernmentBody"),
        E("police", "Organization", ["الشرطة"], "Turkish police", sub="GovernmentBody", opt=True),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
    ],
    relations=[
        R("leaderOf", "ozturk", "istanbul"),              # والي المدينة
        R("positionIn", "ozturk", "istanbul", opt=True),
        R("locatedIn", "beyazit", "istanbul"),            # وسط إسطنبول
        R("locatedIn", "diyarbakir", "turkey", opt=True),
        R("locatedIn", "qandil", "iraq"),                 # شمالي العراق
        R("locatedIn", "lice", "diyarbakir", opt=True),   # fronted وفي ولاية ديار بكر
    ],
    events=[
        # yesterday's car bomb on the riot police bus; no claim, the PKK only suspected
        V("Attack", target=["riot"], place=[["beyazit", "istanbul"]], date="2016-06-07", trigger="تفجير"),
        V("Killing", target=["riot"], place=[["beyazit", "istanbul"]], date="2016-06-07", trigger="قُتل"),
        V("Attack", opt=True, agent=["pkk"]),
        V("Killing", opt=True, agent=["pkk"]),
        # the PKK's attacks in Ankara in March, recalled
        V("Attack", agent=["pkk"], place=["ankara"], date="2016-03", trigger="هجمات"),
        # Monday night's air raids on Qandil
        V("Strike", agent=["army"], target=["pkk"], place=[["qandil", "iraq"]], date="2016-06-06",
          trigger="أغارت"),
        # two soldiers killed in clashes in Lice
        V("Killing", target=["army"], place=[["lice", "diyarbakir"]], trigger="قُتل"),
        V("Killing", opt=True, date="2016-06-06"),
        V("Attack", opt=True, target=["army"], place=["lice"]),
        # the arrests were in April; the referral yesterday is a later step
        V("Arrest", date="2016-04", trigger="اعتقلتهم"),
        V("Arrest", opt=True, agent=["police"], target=["isis"], place=["istanbul"]),
    ],
))

# ---------------------------------------------------------------- Palestine, Hebron and Ramallah (2016-02-12, a Friday)
DOCS.append(dict(
    id="t6e-ps-hebron", published="2016-02-12",
    text="""رام الله - «القدس العربي»:

استشهد شاب فلسطيني، مساء أمس الخميس، برصاص قوات الاحتلال الإسرائيلي عند حاجز عسكري قرب مدينة الخليل جنوبي الضفة الغربية، بعد أن زعم جيش الاحتلال أنه حاول طعن أحد الجنود. وقالت وزارة الصحة الفلسطينية إن الشهيد يدعى عمر خالد أبو سنينة، ويبلغ من العمر 19 عاما.

وفي وقت سابق، اقتحمت قوات كبيرة من الجيش الإسرائيلي بلدة بيت أمر شمال الخليل، واعتقلت خمسة شبان بينهم الأسير المحرر محمود سعيد العلامي، وفق نادي الأسير الفلسطيني، الذي أكد أن عدد المعتقلين منذ مطلع الشهر الجاري تجاوز 300.

من جهة أخرى، استقبل الرئيس الفلسطيني محمود عباس في مقر الرئاسة برام الله، أمس، وفدا من الاتحاد الأوروبي برئاسة المبعوث الخاص لعملية السلام كارلوس مورينو، وبحث معه آخر التطورات السياسية. وكان الوفد قد وصل إلى رام الله قادما من عمان، بعد أن التقى في القدس المحتلة مسؤولين في وزارة الخارجية الإسرائيلية.""",
    entities=[
        E("qudsarabi", "Organization", ["القدس العربي"], "Al-Quds Al-Arabi", sub="MediaOrganization", opt=True),
        E("ramallah", "Place", ["رام الله"], "Ramallah", sub="City"),
        E("idf", "Organization", ["قوات الاحتلال الإسرائيلي", "جيش الاحتلال", "الجيش الإسرائيلي"],
          "Israel Defense Forces", sub="ArmedForce"),
        E("hebron", "Place", ["مدينة الخليل", "الخليل"], "Hebron", sub="City"),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("moh", "Organization", ["وزارة الصحة الفلسطينية"], "Palestinian Ministry of Health",
          sub="GovernmentBody"),
        E("abusneineh", "Person", ["عمر خالد أبو سنينة"], "Umar Khalid Abu Sunayna"),
        E("beitummar", "Place", ["بلدة بيت أمر", "بيت أمر"], "Beit Ummar", sub="City"),
        E("allami", "Person", ["محمود سعيد العلامي"], "Mahmud Said al-Allami"),
        E("pps", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoners' Society"),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas"),
        E("eu", "Organization", ["الاتحاد الأوروبي"], "European Union", qid="Q458"),
        E("moreno", "Person", ["كارلوس مورينو"], "Carlos Moreno"),
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("jerusalem", "Place", ["القدس المحتلة"], "Jerusalem", qid="Q1218", sub="City"),
        E("mfa", "Organization", ["وزارة الخارجية الإسرائيلية"], "Ministry of Foreign Affairs (Israel)",
          sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "hebron", "westbank"),             # جنوبي الضفة الغربية
        R("locatedIn", "beitummar", "hebron"),            # شمال الخليل
        R("positionIn", "moreno", "eu"),                  # وفد الاتحاد برئاسة المبعوث الخاص
    ],
    events=[
        # a young man shot dead at a checkpoint near Hebron yesterday; named in the next sentence
        V("Killing", agent=["idf"], target=["abusneineh"], place=[["hebron", "westbank"]], date="2016-02-11",
          trigger="استشهد"),
        V("Attack", opt=True, agent=["abusneineh"], target=["idf"], place=["hebron"], date="2016-02-11"),
        # the raid on Beit Ummar and the arrests there, earlier
        V("Arrest", agent=["idf"], target=["allami"], place=[["beitummar", "hebron"]], trigger="اعتقلت"),
        V("Arrest", opt=True, date="2016-02"),
        V("Attack", opt=True, agent=["idf"], place=["beitummar"], date="2016-02-11"),
        # Abbas receives the EU delegation in Ramallah yesterday
        V("Meeting", agent=["abbas", ["moreno", "eu"]], place=["ramallah"], date="2016-02-11", trigger="استقبل"),
        # the delegation had come from Amman after meeting Israeli officials in Jerusalem
        V("Visit", agent=[["moreno", "eu"]], place=["ramallah"], trigger="وصل"),
        V("Visit", opt=True, date="2016-02"),
        V("Meeting", agent=[["moreno", "eu"], "mfa"], place=["jerusalem"], trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2017-02-20, a Monday)
DOCS.append(dict(
    id="t6e-so-mogadishu", published="2017-02-20",
    text="""مقديشو - رويترز:

لقي 39 شخصا على الأقل مصرعهم، أمس الأحد، في انفجار سيارة مفخخة في سوق مزدحمة بحي هودن جنوب العاصمة الصومالية مقديشو، في أعنف هجوم تشهده البلاد منذ تولي الرئيس الجديد مهامه، وفق الشرطة.

وقال الضابط في الشرطة عبد القادر حسن علمي إن «السيارة كانت متوقفة قرب مطعم يرتاده التجار وانفجرت عند الظهيرة». ولم تتبن أي جهة التفجير حتى الآن، لكن حركة الشباب المرتبطة بتنظيم القاعدة نفذت هجمات مماثلة في العاصمة خلال الأشهر الماضية.

في غضون ذلك، قالت القيادة العسكرية الأمريكية في أفريقيا (أفريكوم) إن طائرة أمريكية بدون طيار شنت، في الثامن من الشهر الجاري، غارة على معسكر تدريب لحركة الشباب قرب بلدة بارديري في إقليم جدو، ما أسفر عن مقتل 12 من عناصر الحركة.

وأعلنت قوات بعثة الاتحاد الأفريقي في الصومال (أميسوم) أن جنودها، بالتعاون مع الجيش الصومالي، اعتقلوا السبت سبعة مشتبه بهم في بلدة أفجوي غرب العاصمة.

واستقبل الرئيس الصومالي محمد عبد الله فرماجو في قصر الرئاسة، اليوم، وزير الدفاع الإثيوبي أبرها تسفاي، وبحثا سبل دعم القوات الصومالية.""",
    entities=[
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("mogadishu", "Place", ["مقديشو", "العاصمة"], "Mogadishu", qid="Q2449", sub="City"),
        E("hodan", "Place", ["حي هودن", "هودن"], "Hodan District", sub="City"),
        E("somalia", "Place", ["البلاد"], "Somalia", qid="Q1045", sub="Country", opt=True),
        E("police", "Organization", ["الشرطة"], "Somali Police Force", sub="GovernmentBody", opt=True),
        E("alami", "Person", ["عبد القادر حسن علمي"], "Abd al-Qadir Hasan Ilmi"),
        E("shabaab", "Organization", ["حركة الشباب", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("qaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("africom", "Organization", ["القيادة العسكرية الأمريكية في أفريقيا", "أفريكوم"],
          "United States Africa Command", sub="ArmedForce"),
        E("bardhere", "Place", ["بلدة بارديري", "بارديري"], "Bardhere", sub="City"),
        E("gedo", "Place", ["إقليم جدو"], "Gedo", sub="Region"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميسوم"],
          "African Union Mission in Somalia", sub="ArmedForce"),
        E("army", "Organization", ["الجيش الصومالي"], "Somali National Army", sub="ArmedForce"),
        E("afgoye", "Place", ["بلدة أفجوي", "أفجوي"], "Afgooye", sub="City"),
        E("farmajo", "Person", ["محمد عبد الله فرماجو"], "Mohamed Abdullahi Farmaajo"),
        E("tesfay", "Person", ["أبرها تسفاي"], "Abraha Tesfay"),
    ],
    relations=[
        R("locatedIn", "hodan", "mogadishu"),             # جنوب العاصمة
        R("positionIn", "alami", "police", opt=True),
        R("affiliatedWith", "shabaab", "qaeda"),          # المرتبطة بتنظيم القاعدة
        R("locatedIn", "bardhere", "gedo"),               # في إقليم جدو
        R("locatedIn", "afgoye", "mogadishu", opt=True),  # غرب العاصمة
        R("leaderOf", "farmajo", "somalia", opt=True),
    ],
    events=[
        # yesterday's car bomb in the market: no claim, al-Shabaab only recalled
        V("Attack", place=[["hodan", "mogadishu"]], date="2017-02-19", trigger="انفجار"),
        V("Killing", place=[["hodan", "mogadishu"]], date="2017-02-19", trigger="مصرعهم"),
        V("Attack", opt=True, agent=["shabaab"], place=["mogadishu"]),
        # the US drone strike on the 8th, told by AFRICOM (the announcer, US forces unnamed)
        V("Strike", target=["shabaab"], place=[["bardhere", "gedo"]], date="2017-02-08", trigger="غارة"),
        V("Killing", target=["shabaab"], place=[["bardhere", "gedo"]], date="2017-02-08", trigger="مقتل"),
        V("Strike", opt=True, agent=["africom"]),
        V("Killing", opt=True, agent=["africom"]),
        # Saturday's arrests by AMISOM with the Somali army
        V("Arrest", agent=["amisom", "army"], place=["afgoye"], date="2017-02-18", trigger="اعتقلوا"),
        # the president receives the Ethiopian minister today
        V("Meeting", agent=["farmajo", "tesfay"], date="2017-02-20", trigger="استقبل"),
        V("Meeting", opt=True, place=["mogadishu"]),
        V("Visit", opt=True, agent=["tesfay"], place=["mogadishu"], date="2017-02-20"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Peshawar (2014-12-17, a Wednesday)
DOCS.append(dict(
    id="t6e-pk-peshawar", published="2014-12-17",
    text="""إسلام آباد - أ ف ب:

أعلنت السلطات الباكستانية، اليوم الأربعاء، ارتفاع حصيلة الهجوم الذي شنه مسلحون من حركة طالبان باكستان، أمس الثلاثاء، على مدرسة تابعة للجيش في مدينة بيشاور شمال غربي البلاد، إلى 148 قتيلا، بينهم 132 تلميذا.

وقال المتحدث باسم الجيش الباكستاني، اللواء طارق محمود خان، إن «سبعة مهاجمين يرتدون أحزمة ناسفة اقتحموا المدرسة من الجدار الخلفي وفتحوا النار على التلاميذ في قاعة الاحتفالات»، مضيفا أن وحدات الكوماندوس قتلت المهاجمين السبعة بعد اشتباكات استمرت ثماني ساعات.

وتبنت حركة طالبان باكستان الهجوم، وقال المتحدث باسمها عبد الرحمن ياسر إنه جاء «ردا على عملية ضرب عضب» التي أطلقها الجيش في منطقة شمال وزيرستان القبلية في يونيو/حزيران عام 2014.

ووصل رئيس الوزراء الباكستاني نواز شريف إلى بيشاور مساء أمس، حيث ترأس اجتماعا طارئا ضم قادة الأحزاب السياسية وقائد الجيش، وأعلن الحداد ثلاثة أيام في البلاد.""",
    entities=[
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("authorities", "Organization", ["السلطات الباكستانية"], "Government of Pakistan",
          sub="GovernmentBody", opt=True),
        E("ttp", "Organization", ["حركة طالبان باكستان"], "Tehrik-i-Taliban Pakistan", sub="ArmedGroup"),
        E("army", "Organization", ["الجيش الباكستاني", "الجيش"], "Pakistan Army", sub="ArmedForce"),
        E("peshawar", "Place", ["مدينة بيشاور", "بيشاور"], "Peshawar", sub="City"),
        E("pakistan", "Place", ["البلاد"], "Pakistan", qid="Q843", sub="Country", opt=True),
        E("khan", "Person", ["طارق محمود خان"], "Tariq Mahmud Khan"),
        E("yasir", "Person", ["عبد الرحمن ياسر"], "Abd al-Rahman Yasir"),
        E("waziristan", "Place", ["منطقة شمال وزيرستان القبلية", "شمال وزيرستان"], "North Waziristan",
          sub="Region"),
        E("nawaz", "Person", ["نواز شريف"], "Nawaz Sharif"),
    ],
    relations=[
        R("spokespersonOf", "khan", "army"),
        R("spokespersonOf", "yasir", "ttp"),              # المتحدث باسمها
        R("locatedIn", "peshawar", "pakistan", opt=True),
        R("positionIn", "nawaz", "pakistan", opt=True),
        R("leaderOf", "nawaz", "pakistan", opt=True),
    ],
    events=[
        # yesterday's school attack, claimed by the Pakistani Taliban
        V("Attack", agent=["ttp"], place=["peshawar"], date="2014-12-16", trigger="الهجوم"),
        V("Attack", opt=True, target=["army"]),
        V("Killing", agent=["ttp"], place=["peshawar"], date="2014-12-16", trigger="قتيلا"),
        # the commandos killed the attackers
        V("Killing", opt=True, agent=["army"], target=["ttp"], place=["peshawar"], date="2014-12-16"),
        V("Attack", opt=True, agent=["army"], target=["ttp"]),
        # the army's operation of June 2014
        V("MilitaryOperation", name="ضرب عضب", agent=["army"], place=["waziristan"], date="2014-06",
          trigger="عملية"),
        V("MilitaryOperation", opt=True, target=["ttp"]),
        # the prime minister's arrival and the emergency meeting he chaired
        V("Visit", agent=["nawaz"], place=["peshawar"], date="2014-12-16", trigger="وصل"),
        V("Meeting", agent=["nawaz"], place=["peshawar"], date="2014-12-16", trigger="اجتماعا"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal (2014-08-04, a Monday)
DOCS.append(dict(
    id="t6e-lb-arsal", published="2014-08-04",
    text="""بيروت - «النهار»:

قتل 14 عسكريا لبنانيا وفقد 22 آخرون منذ السبت في اشتباكات عنيفة اندلعت في بلدة عرسال الحدودية مع سوريا، بعدما هاجم مسلحون ينتمون إلى تنظيم «داعش» وجبهة النصرة مراكز للجيش اللبناني وفصيلة لقوى الأمن الداخلي في البلدة، إثر توقيف الجيش القيادي في «لواء فجر الإسلام» أبو عمر القلموني عند حاجز على مدخلها.

وقال قائد الجيش العماد سامي فؤاد الحاج، في مؤتمر صحافي عقده أمس في وزارة الدفاع في اليرزة، إن «المسلحين خطفوا عددا من العسكريين ونقلوهم إلى جرود البلدة»، مؤكدا أن الجيش «لن يسمح بتحويل عرسال إلى ممر للإرهاب».

وشنت مروحيات الجيش، فجر اليوم الاثنين، غارات على تجمعات للمسلحين في وادي حميد شرق البلدة، بحسب مصدر عسكري.

وترأس رئيس الحكومة اللبنانية تمام سلام، أمس، اجتماعا لخلية الأزمة في السراي الحكومي ببيروت، شارك فيه وزيرا الدفاع والداخلية وقائد الجيش.""",
    entities=[
        E("nahar", "Organization", ["النهار"], "An-Nahar", sub="MediaOrganization", opt=True),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("army", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال", "البلدة"], "Arsal", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم «داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("isf", "Organization", ["قوى الأمن الداخلي"], "Internal Security Forces", sub="GovernmentBody"),
        E("fajr", "Organization", ["لواء فجر الإسلام"], "Fajr al-Islam Brigade", sub="ArmedGroup"),
        E("qalamouni", "Person", ["أبو عمر القلموني"], "Abu Umar al-Qalamuni"),
        E("hajj", "Person", ["سامي فؤاد الحاج"], "Sami Fuad al-Hajj"),
        E("mod", "Organization", ["وزارة الدفاع"], "Ministry of National Defence (Lebanon)",
          sub="GovernmentBody"),
        E("yarzeh", "Place", ["اليرزة"], "Yarzeh", sub="City"),
        E("wadi", "Place", ["وادي حميد"], "Wadi Hmeid"),
        E("salam", "Person", ["تمام سلام"], "Tammam Salam"),
        E("gov", "Organization", ["الحكومة اللبنانية"], "Government of Lebanon", sub="GovernmentBody"),
        E("serail", "Place", ["السراي الحكومي"], "Grand Serail"),
    ],
    relations=[
        R("memberOf", "qalamouni", "fajr"),               # القيادي في لواء فجر الإسلام
        R("leaderOf", "hajj", "army"),                    # قائد الجيش
        R("locatedIn", "wadi", "arsal"),                  # شرق البلدة
        R("leaderOf", "salam", "gov"),                    # رئيس الحكومة
        R("locatedIn", "serail", "beirut"),               # ببيروت
    ],
    events=[
        # the fighting since Saturday: the attack on army posts and the soldiers killed
        V("Attack", agent=["nusra", "isis"], target=["army", "isf"], place=["arsal"], date="2014-08",
          trigger="هاجم"),
        V("Attack", opt=True, date="2014-08-02"),
        V("Killing", target=["army"], place=["arsal"], date="2014-08", trigger="قتل"),
        V("Killing", opt=True, agent=["nusra", "isis"]),
        # the arrest that set it off
        V("Arrest", agent=["army"], target=["qalamouni"], place=["arsal"], trigger="توقيف"),
        V("Arrest", opt=True, date="2014-08-02"),
        # soldiers abducted by the gunmen
        V("Arrest", opt=True, target=["army"]),
        # today's helicopter raids on Wadi Hmeid
        V("Strike", agent=["army"], place=[["wadi", "arsal"]], date="2014-08-04", trigger="غارات"),
        # yesterday's crisis meeting chaired by the prime minister
        V("Meeting", agent=["salam"], place=[["serail", "beirut"]], date="2014-08-03", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["hajj"]),
    ],
))
