"""Hand annotations of the thirtieth training set (see eval/train30/README.md).

Events in agency copy, on what real wire news does and the extractor misses: the agent named in
another clause or sentence and carried across joined verbs (أطلقوا النار ... وأردوه قتيلا، اجتاحوا
... وقتلوا ... واستولوا), claims of responsibility (أعلن مسؤوليته عن، تبنته، وتبنت X التفجير في
رسالة), unknown actors (مسلحون مجهولون، مجهولون يستقلون سيارة), passives whose subject is the one
killed (قُتل عنصران من X، جنديين قتلا), casualties as counts with the place at the end of a long
sentence, shelling and coalition air strikes (بقذائف أطلقها، شن طيران التحالف الذي تقوده X،
مقاتلاته دمرت), kidnappings (خطف، اقتادوه إلى جهة مجهولة), meetings and visits in other words
(أجرى مباحثات مع، وصل إلى ... قادما من، التقى ... على هامش، جولة من المحادثات), sentences and phone
calls that are no events, and dates in phrases of their own (مساء الثلاثاء، ليل الأحد، في الحادي عشر
من الشهر الماضي). Persons are invented except well-known public figures. Written and annotated before
the extractor was run on it; the event helper's WORKING set. ``build_train30.py`` turns this into
eval/train30.jsonl. In event roles a nested list is a set of alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Daraa (2019-03-14, Thursday)
DOCS.append(dict(
    id="t30-sy-tafas", published="2019-03-14",
    text="""عمان - (رويترز):

قال ناشطون ومصادر محلية إن مسلحين مجهولين أطلقوا النار، مساء الثلاثاء، على رئيس المجلس المحلي في بلدة طفس بريف درعا الغربي، خالد الزعبي، وأردوه قتيلا أمام منزله، في أحدث حلقة من سلسلة اغتيالات تشهدها المحافظة منذ عودة القوات الحكومية إليها صيف العام الماضي.

ولم تعلن أي جهة مسؤوليتها عن الهجوم، غير أن قادة في فصائل المعارضة السابقة يتهمون فرع المخابرات الجوية بالوقوف وراء عمليات مماثلة جرت في الأشهر الأخيرة.

وفي حادث منفصل، قُتل عنصران من الفرقة الرابعة وأصيب ثالث بجروح، صباح الأربعاء، جراء انفجار عبوة ناسفة زرعت على جانب الطريق الواصل بين مدينة نوى وبلدة الشيخ سعد.

إلى ذلك، شنت الأجهزة الأمنية حملة دهم في مدينة الصنمين بالريف الشمالي، واقتادت 14 شابا إلى جهة مجهولة بتهمة التخلف عن الخدمة العسكرية، بحسب ما ذكر موقع «تجمع أحرار حوران» المحلي.

وكانت دورية للشرطة العسكرية الروسية قد تعرضت، في الرابع من الشهر الجاري، لإطلاق نار من مسلحين مجهولين قرب بلدة المزيريب، دون أن يسفر ذلك عن إصابات، وفق ما أعلن مركز المصالحة الروسي في قاعدة حميميم.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("council", "Organization", ["المجلس المحلي"], "Tafas local council", sub="GovernmentBody",
          opt=True),
        E("tafas", "Place", ["بلدة طفس"], "Tafas", sub="City"),
        E("daraa", "Place", ["درعا", "المحافظة"], "Daraa Governorate", sub="Region"),
        E("zoubi", "Person", ["خالد الزعبي"], "Khalid al-Zoubi"),
        E("govforces", "Organization", ["القوات الحكومية"], "Syrian government forces", sub="ArmedForce", opt=True),
        E("airintel", "Organization", ["فرع المخابرات الجوية"], "Air Force Intelligence", sub="GovernmentBody"),
        E("fourth", "Organization", ["الفرقة الرابعة"], "4th Armoured Division", sub="ArmedForce"),
        E("nawa", "Place", ["مدينة نوى"], "Nawa", sub="City"),
        E("sheikhsaad", "Place", ["بلدة الشيخ سعد"], "al-Sheikh Saad", sub="City"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Syrian security services", sub="GovernmentBody",
          opt=True),
        E("sanamayn", "Place", ["مدينة الصنمين"], "al-Sanamayn", sub="City"),
        E("horan", "Organization", ["تجمع أحرار حوران"], "Horan Free League", sub="MediaOrganization", opt=True),
        E("rump", "Organization", ["الشرطة العسكرية الروسية"], "Russian Military Police", sub="ArmedForce"),
        E("muzayrib", "Place", ["بلدة المزيريب"], "al-Muzayrib", sub="City"),
        E("recon", "Organization", ["مركز المصالحة الروسي"], "Russian Reconciliation Center", sub="GovernmentBody"),
        E("hmeimim", "Place", ["قاعدة حميميم"], "Khmeimim Air Base", opt=True),
    ],
    relations=[
        R("locatedIn", "tafas", "daraa"),
        R("leaderOf", "zoubi", "council", opt=True),
    ],
    events=[
        V("Attack", target=["zoubi"], place=[["tafas", "daraa"]], date="2019-03-12", trigger="أطلقوا النار"),
        V("Killing", target=["zoubi"], place=[["tafas", "daraa"]], date="2019-03-12", trigger="أردوه قتيلا"),
        V("Killing", target=["fourth"], place=[["nawa", "sheikhsaad"]], date="2019-03-13", trigger="قُتل"),
        V("Attack", place=[["nawa", "sheikhsaad"]], date="2019-03-13", trigger="انفجار"),
        V("Attack", opt=True, target=["fourth"]),
        V("Arrest", place=["sanamayn"], trigger="اقتادت"),
        V("Arrest", opt=True, agent=["security"]),
        V("Attack", target=["rump"], place=["muzayrib"], date="2019-03-04", trigger="لإطلاق نار"),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul (2018-11-10, Saturday)
DOCS.append(dict(
    id="t30-iq-zuhur", published="2018-11-10",
    text="""الموصل - كتب: سعد الطائي

أعلن تنظيم «الدولة الإسلامية» مسؤوليته عن تفجير سيارة مفخخة استهدف، ظهر الخميس، سوقا شعبية مكتظة في حي الزهور بالجانب الأيسر من مدينة الموصل، ما أسفر عن مقتل تسعة أشخاص وجرح نحو 30 آخرين، وفق حصيلة أولية لدائرة صحة نينوى.

وذكر التنظيم، في بيان تناقلته حسابات مقربة منه، أن «أحد جنود الخلافة» ركن السيارة قرب تجمع لعناصر الحشد الشعبي قبل أن يفجرها عن بعد.

وعقب الهجوم، نفذت طائرات التحالف الدولي بقيادة الولايات المتحدة سلسلة غارات على مخابئ للتنظيم في سلسلة جبال بادوش غرب المدينة، قتلت خلالها 17 مسلحا ودمرت ثلاث عجلات، بحسب بيان لقيادة العمليات المشتركة.

من جانبها، أكدت شرطة نينوى أنها ألقت القبض، فجر الجمعة، على شخصين يشتبه في تورطهما بنقل المتفجرات، خلال كمين نصبته عند مدخل قضاء تلكيف شمالي الموصل.

وفي محافظة صلاح الدين، قال مصدر في الشرطة إن عبوة ناسفة انفجرت بدورية للجيش العراقي في قضاء الشرقاط مساء الأربعاء، ما أدى إلى مقتل ضابط برتبة ملازم أول وجنديين، فيما لم تتبن أي جهة الهجوم حتى الآن.""",
    entities=[
        E("mosul", "Place", ["مدينة الموصل", "الموصل", "المدينة"], "Mosul", qid="Q161179", sub="City"),
        E("taei", "Person", ["سعد الطائي"], "Saad al-Taei"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("zuhur", "Place", ["حي الزهور"], "al-Zuhur", sub="City"),
        E("health", "Organization", ["دائرة صحة نينوى"], "Nineveh Health Directorate", sub="GovernmentBody",
          opt=True),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("badush", "Place", ["سلسلة جبال بادوش"], "Badush mountains", sub="Region"),
        E("joc", "Organization", ["قيادة العمليات المشتركة"], "Joint Operations Command", sub="ArmedForce"),
        E("police", "Organization", ["شرطة نينوى"], "Nineveh Police", sub="ArmedForce"),
        E("tilkeif", "Place", ["قضاء تلكيف"], "Tel Keppe District", sub="Region"),
        E("salahuddin", "Place", ["محافظة صلاح الدين"], "Saladin Governorate", sub="Region"),
        E("iqarmy", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("shirqat", "Place", ["قضاء الشرقاط"], "al-Shirqat District", sub="Region"),
    ],
    relations=[
        R("locatedIn", "zuhur", "mosul"),
        R("leaderOf", "usa", "coalition"),
        R("locatedIn", "tilkeif", "mosul", opt=True),
        R("locatedIn", "shirqat", "salahuddin", opt=True),
    ],
    events=[
        V("Attack", agent=["isis"], place=[["zuhur", "mosul"]], date="2018-11-08", trigger="تفجير"),
        V("Attack", opt=True, target=["pmf"]),
        V("Killing", agent=["isis"], place=[["zuhur", "mosul"]], date="2018-11-08", trigger="مقتل"),
        V("Strike", agent=[["coalition", "usa"]], target=["isis"], place=["badush"], trigger="غارات"),
        V("Killing", agent=[["coalition", "usa"]], place=["badush"], trigger="قتلت"),
        V("Killing", opt=True, target=["isis"]),
        V("Strike", opt=True, date="2018-11"),
        V("Killing", opt=True, date="2018-11"),
        V("Arrest", agent=["police"], place=["tilkeif"], date="2018-11-09", trigger="ألقت القبض"),
        V("Attack", target=["iqarmy"], place=[["shirqat", "salahuddin"]], date="2018-11-07", trigger="انفجرت"),
        V("Killing", target=["iqarmy"], place=[["shirqat", "salahuddin"]], date="2018-11-07", trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Yemen, Taiz (2016-08-24, Wednesday)
DOCS.append(dict(
    id="t30-ye-rawda", published="2016-08-24",
    text="""تعز - (أ ف ب):

قتلت امرأة وطفلاها وأصيب أربعة مدنيين آخرين، مساء الاثنين، بقذائف أطلقها مسلحو جماعة الحوثي على حي الروضة وسط مدينة تعز، وفق ما أفاد مصدر طبي في مستشفى الثورة.

وقال المصدر إن القذائف سقطت على منازل المواطنين بشكل عشوائي، فيما واصلت الجماعة، المعروفة رسميا باسم «أنصار الله»، قصفها لأحياء المدينة لليوم الثالث على التوالي.

في المقابل، شن طيران التحالف الذي تقوده السعودية أكثر من عشرين غارة على مواقع وتجمعات للحوثيين في مديرية الصلو ومنطقة الأقروض جنوبي المحافظة، ما أدى إلى سقوط قتلى وجرحى في صفوفهم.

على صعيد آخر، اختطف مسلحون حوثيون، الأحد، الصحافي عبد الرحمن المقطري من نقطة تفتيش عند المدخل الشرقي للمدينة، واقتادوه إلى جهة غير معلومة، بحسب نقابة الصحفيين اليمنيين التي طالبت بالإفراج الفوري عنه.

وكانت قوات الجيش الوطني قد أعلنت، في الرابع عشر من الشهر الجاري، استعادة السيطرة على تلال استراتيجية غرب المدينة بعد معارك عنيفة مع الحوثيين قتل فيها 11 من مقاتليها.""",
    entities=[
        E("taiz", "Place", ["مدينة تعز", "تعز", "المدينة"], "Taiz", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("houthis", "Organization", ["جماعة الحوثي", "الجماعة", "أنصار الله", "الحوثيين"], "Houthis",
          sub="ArmedGroup"),
        E("rawda", "Place", ["حي الروضة"], "al-Rawda", sub="City"),
        E("thawra", "Organization", ["مستشفى الثورة"], "al-Thawra Hospital", opt=True),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("salw", "Place", ["مديرية الصلو"], "al-Salw District", sub="Region"),
        E("aqrud", "Place", ["منطقة الأقروض"], "al-Aqrud", sub="Region"),
        E("taizgov", "Place", ["المحافظة"], "Taiz Governorate", sub="Region", opt=True),
        E("maqtari", "Person", ["عبد الرحمن المقطري"], "Abd al-Rahman al-Maqtari"),
        E("union", "Organization", ["نقابة الصحفيين اليمنيين"], "Yemeni Journalists Syndicate"),
        E("yna", "Organization", ["قوات الجيش الوطني"], "Yemeni National Army", sub="ArmedForce"),
    ],
    relations=[
        R("locatedIn", "rawda", "taiz"),
        R("leaderOf", "saudi", "coalition"),
        R("locatedIn", "salw", "taizgov", opt=True),
        R("locatedIn", "aqrud", "taizgov", opt=True),
    ],
    events=[
        V("Killing", agent=["houthis"], place=[["rawda", "taiz"]], date="2016-08-22", trigger="قتلت"),
        V("Strike", agent=["houthis"], place=[["rawda", "taiz"]], date="2016-08-22", trigger="بقذائف"),
        V("Attack", opt=True, agent=["houthis"], place=[["rawda", "taiz"]], date="2016-08-22"),
        V("Strike", agent=["houthis"], place=["taiz"], trigger="قصفها"),
        V("Strike", agent=[["coalition", "saudi"]], target=["houthis"], place=[["salw", "aqrud", "taizgov"]],
          trigger="غارة"),
        V("Killing", agent=[["coalition", "saudi"]], target=["houthis"], place=[["salw", "aqrud", "taizgov"]],
          trigger="سقوط قتلى"),
        V("Arrest", agent=["houthis"], target=["maqtari"], place=["taiz"], date="2016-08-21", trigger="اختطف"),
        V("Killing", target=["yna"], trigger="قتل"),
        V("Killing", opt=True, agent=["houthis"], place=["taiz"], date="2016-08"),
        V("Attack", opt=True, agent=["houthis", "yna"], place=["taiz"], date="2016-08"),
    ],
))

# ---------------------------------------------------------------- Libya, Derna and Rome (2017-06-12, Monday)
DOCS.append(dict(
    id="t30-ly-derna", published="2017-06-12",
    text="""بنغازي - كتب: فرج العبيدي

شنت مقاتلات تابعة للقوات الموالية للمشير خليفة حفتر، فجر السبت، غارات جوية على مواقع لمجلس شورى مجاهدي درنة في حي شيحا الغربي ومنطقة الفتائح، وقالت غرفة عمليات عمر المختار إنها أسفرت عن مقتل عدد من قادة المجلس بينهم المدعو عطية الشاعري.

ويأتي القصف بعد يومين من هجوم بسيارة مفخخة على بوابة أمنية عند المدخل الغربي لمدينة بنغازي، قتل فيه خمسة من أفراد الجيش، وتبناه تنظيم «داعش» في بيان مقتضب.

في غضون ذلك، أجرى رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج مباحثات في العاصمة الإيطالية روما، الأحد، مع وزير الخارجية الإيطالي أنجلينو ألفانو، تناولت الأوضاع الأمنية وملف الهجرة غير الشرعية.

وكان السراج قد وصل إلى روما مساء السبت قادما من تونس، في زيارة تستمر يومين يلتقي خلالها رئيس الوزراء باولو جنتيلوني.

وفي طرابلس، اختطف مسلحون مجهولون، مساء الخميس، مدير إدارة الجوازات بوزارة الداخلية العقيد محمد الككلي من أمام منزله في منطقة جنزور، قبل أن يطلقوا سراحه بعد ساعات، بحسب ما أفادت الوزارة.""",
    entities=[
        E("benghazi", "Place", ["بنغازي", "مدينة بنغازي"], "Benghazi", qid="Q131382", sub="City"),
        E("obeidi", "Person", ["فرج العبيدي"], "Faraj al-Obeidi"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar", qid="Q1140263"),
        E("shura", "Organization", ["مجلس شورى مجاهدي درنة", "المجلس"], "Mujahideen Shura Council of Derna",
          sub="ArmedGroup"),
        E("shiha", "Place", ["حي شيحا الغربي"], "West Shiha", sub="City"),
        E("fataih", "Place", ["منطقة الفتائح"], "al-Fataih", sub="City"),
        E("omar", "Organization", ["غرفة عمليات عمر المختار"], "Omar al-Mukhtar Operations Room", sub="ArmedForce"),
        E("shaeri", "Person", ["عطية الشاعري"], "Atiya al-Shaeri"),
        E("army", "Organization", ["الجيش"], "Libyan National Army (army)", sub="ArmedForce", opt=True),
        E("isis", "Organization", ["تنظيم «داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("pc", "Organization", ["المجلس الرئاسي لحكومة الوفاق الوطني"], "Presidential Council",
          sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج", "السراج"], "Fayez al-Sarraj", qid="Q21936213"),
        E("rome", "Place", ["روما"], "Rome", qid="Q220", sub="City"),
        E("alfano", "Person", ["أنجلينو ألفانو"], "Angelino Alfano", qid="Q56063"),
        E("tunis", "Place", ["تونس"], "Tunis", sub="City", opt=True),
        E("gentiloni", "Person", ["باولو جنتيلوني"], "Paolo Gentiloni", qid="Q52593"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية", "الوزارة"], "Ministry of Interior (GNA)", sub="GovernmentBody"),
        E("kikli", "Person", ["محمد الككلي"], "Mohammed al-Kikli"),
        E("janzour", "Place", ["منطقة جنزور"], "Janzour", sub="City"),
    ],
    relations=[
        R("memberOf", "shaeri", "shura"),
        R("leaderOf", "shaeri", "shura", opt=True),
        R("leaderOf", "sarraj", "pc"),
        R("positionIn", "kikli", "moi"),
    ],
    events=[
        V("Strike", target=["shura"], place=[["shiha", "fataih"]], date="2017-06-10", trigger="غارات"),
        V("Killing", target=["shura"], place=[["shiha", "fataih"]], date="2017-06-10", trigger="مقتل"),
        V("Strike", opt=True, agent=["haftar"]),
        V("Killing", opt=True, agent=["haftar"]),
        V("Killing", target=["shaeri"], trigger="مقتل"),
        V("Killing", opt=True, agent=["omar"]),
        V("Strike", opt=True, agent=["omar"]),
        V("Attack", agent=["isis"], place=["benghazi"], date="2017-06-08", trigger="هجوم"),
        V("Attack", opt=True, target=["army"]),
        V("Killing", agent=["isis"], place=["benghazi"], date="2017-06-08", trigger="قتل"),
        V("Killing", opt=True, target=["army"]),
        V("Meeting", agent=["sarraj", "alfano"], place=["rome"], date="2017-06-11", trigger="مباحثات"),
        V("Visit", agent=["sarraj"], place=["rome"], date="2017-06-10", trigger="وصل"),
        V("Meeting", opt=True, agent=["sarraj", "gentiloni"], place=["rome"]),
        V("Arrest", target=["kikli"], place=[["janzour", "tripoli"]], date="2017-06-08", trigger="اختطف"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2016-11-23, Wednesday)
DOCS.append(dict(
    id="t30-eg-arish", published="2016-11-23",
    text="""العريش - (د ب أ):

قال المتحدث العسكري العقيد تامر الرفاعي إن قوات إنفاذ القانون قتلت 12 «تكفيريا» وضبطت سبعة آخرين خلال مداهمات لبؤر إرهابية في مناطق متفرقة بوسط وشمال سيناء على مدار الأيام العشرة الماضية.

وأوضح الرفاعي، في بيان نشره على صفحته الرسمية، أن عناصر من القوات المسلحة أحبطت هجوما على كمين أمني جنوب مدينة رفح، واشتبكت مع المهاجمين وقتلت أربعة منهم، فيما أصيب ضابط ومجند بجروح طفيفة.

وفي العريش، أقدم مجهولون يستقلون سيارة ملاكي، صباح الثلاثاء، على خطف مدرس يدعى سامح حنا أثناء توجهه إلى مدرسته في حي الضاحية، وهي الحادثة الثالثة من نوعها خلال أسبوعين، بحسب مصدر أمني.

إلى ذلك، قضت محكمة جنايات الزقازيق، الاثنين، بالسجن المشدد 15 عاما على ثمانية متهمين في قضية الانضمام إلى جماعة «أنصار بيت المقدس»، بعد إدانتهم بالتخطيط لاستهداف ارتكازات أمنية في مدينة الشيخ زويد.

كما ألقت أجهزة الأمن في محافظة الإسماعيلية القبض على خلية من خمسة عناصر قالت إنها تابعة لحركة «حسم»، كانت تخطط لاغتيال شخصيات عامة، فيما نظم العشرات من أهالي المختطفين في العريش وقفة احتجاجية أمام مبنى المحافظة للمطالبة بالكشف عن مصير ذويهم.""",
    entities=[
        E("arish", "Place", ["العريش"], "Arish", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "Deutsche Presse-Agentur", sub="MediaOrganization", opt=True),
        E("rifai", "Person", ["تامر الرفاعي", "الرفاعي"], "Tamer al-Rifai"),
        E("lawforces", "Organization", ["قوات إنفاذ القانون"], "Law-enforcement forces", sub="ArmedForce"),
        E("sinai", "Place", ["سيناء"], "Sinai", sub="Region"),
        E("saf", "Organization", ["القوات المسلحة"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("rafah", "Place", ["مدينة رفح"], "Rafah", sub="City"),
        E("hanna", "Person", ["سامح حنا"], "Sameh Hanna"),
        E("dahiya", "Place", ["حي الضاحية"], "al-Dahiya", sub="City"),
        E("court", "Organization", ["محكمة جنايات الزقازيق"], "Zagazig Criminal Court", sub="GovernmentBody"),
        E("abm", "Organization", ["جماعة «أنصار بيت المقدس»"], "Ansar Bayt al-Maqdis", sub="ArmedGroup"),
        E("zuweid", "Place", ["مدينة الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("secsvc", "Organization", ["أجهزة الأمن"], "Egyptian security services", sub="GovernmentBody", opt=True),
        E("ismailia", "Place", ["محافظة الإسماعيلية"], "Ismailia Governorate", sub="Region"),
        E("hasm", "Organization", ["حركة «حسم»"], "Hasm Movement", sub="ArmedGroup"),
    ],
    relations=[
        R("spokespersonOf", "rifai", "saf"),
        R("locatedIn", "dahiya", "arish", opt=True),
    ],
    events=[
        V("Killing", agent=["lawforces"], place=["sinai"], trigger="قتلت"),
        V("Arrest", agent=["lawforces"], place=["sinai"], trigger="ضبطت"),
        V("Killing", opt=True, date="2016-11"),
        V("Arrest", opt=True, date="2016-11"),
        V("Attack", opt=True, place=["rafah"], target=["saf"]),
        V("Killing", agent=["saf"], place=["rafah"], trigger="قتلت"),
        V("Arrest", target=["hanna"], place=[["dahiya", "arish"]], date="2016-11-22", trigger="خطف"),
        V("Arrest", target=["hasm"], place=["ismailia"], trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["secsvc"]),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Ghazni and Nangarhar (2019-03-19, Tuesday)
DOCS.append(dict(
    id="t30-af-dehyak", published="2019-03-19",
    text="""كابول - (رويترز):

قال مسؤولون أفغان إن مقاتلي حركة طالبان اجتاحوا، ليل الأحد، مقر قيادة الشرطة في مديرية ده يك بولاية غزنة بعد معارك استمرت ساعات، وقتلوا ما لا يقل عن 14 شرطيا، واستولوا على أسلحة وذخائر قبل أن ينسحبوا.

وكتب المتحدث باسم الحركة ذبيح الله مجاهد على تويتر أن «المجاهدين» سيطروا على المقر وأسروا ستة من عناصر الأمن، في حين أكد نائب حاكم الولاية محمد علي أحمدي أن تعزيزات أرسلت إلى المنطقة.

وفي ولاية ننغرهار شرقي البلاد، أعلنت القوات الأمريكية أن غارة نفذتها طائرة مسيرة، الجمعة، استهدفت اجتماعا لقادة من تنظيم «ولاية خراسان» في مديرية أتشين، ما أدى إلى مقتل سبعة منهم.

يأتي ذلك بينما يواصل المبعوث الأمريكي زلماي خليل زاد جولة جديدة من المحادثات مع ممثلي طالبان في العاصمة القطرية الدوحة، بعد أن التقى الرئيس أشرف غني في كابول الأسبوع الماضي.

وفي ولاية قندوز شمالي البلاد، أعلنت وزارة الدفاع الأفغانية أن قوات خاصة نفذت، فجر الاثنين، عملية دهم في مديرية تشهار دره أسفرت عن اعتقال قيادي محلي في طالبان يدعى الملا عبد الرحيم ومقتل اثنين من مرافقيه.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("taliban", "Organization", ["حركة طالبان", "الحركة", "طالبان"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("police", "Organization", ["الشرطة"], "Afghan National Police", sub="ArmedForce", opt=True),
        E("dehyak", "Place", ["مديرية ده يك"], "Deh Yak District", sub="Region"),
        E("ghazni", "Place", ["ولاية غزنة", "الولاية"], "Ghazni Province", sub="Region"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid", qid="Q3572620"),
        E("ahmadi", "Person", ["محمد علي أحمدي"], "Mohammad Ali Ahmadi"),
        E("nangarhar", "Place", ["ولاية ننغرهار"], "Nangarhar Province", sub="Region"),
        E("afghanistan", "Place", ["البلاد"], "Afghanistan", qid="Q889", sub="Country", opt=True),
        E("usf", "Organization", ["القوات الأمريكية"], "US forces", sub="ArmedForce"),
        E("iskp", "Organization", ["تنظيم «ولاية خراسان»"], "Islamic State Khorasan Province", sub="ArmedGroup"),
        E("achin", "Place", ["مديرية أتشين"], "Achin District", sub="Region"),
        E("khalilzad", "Person", ["زلماي خليل زاد"], "Zalmay Khalilzad", qid="Q207574"),
        E("doha", "Place", ["الدوحة"], "Doha", qid="Q3861", sub="City"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani", qid="Q335455"),
        E("kunduz", "Place", ["ولاية قندوز"], "Kunduz Province", sub="Region"),
        E("mod", "Organization", ["وزارة الدفاع الأفغانية"], "Afghan Ministry of Defence", sub="GovernmentBody"),
        E("chahardara", "Place", ["مديرية تشهار دره"], "Chahar Dara District", sub="Region"),
        E("rahim", "Person", ["الملا عبد الرحيم", "عبد الرحيم"], "Mullah Abdul Rahim"),
    ],
    relations=[
        R("locatedIn", "dehyak", "ghazni"),
        R("spokespersonOf", "mujahid", "taliban"),
        R("positionIn", "ahmadi", "ghazni"),
        R("locatedIn", "nangarhar", "afghanistan", opt=True),
        R("locatedIn", "achin", "nangarhar"),
        R("leaderOf", "ghani", "afghanistan", opt=True),
        R("locatedIn", "kunduz", "afghanistan", opt=True),
        R("locatedIn", "chahardara", "kunduz", opt=True),
        R("memberOf", "rahim", "taliban"),
    ],
    events=[
        V("Attack", agent=["taliban"], place=[["dehyak", "ghazni"]], date="2019-03-17", trigger="اجتاحوا"),
        V("Attack", opt=True, target=["police"]),
        V("Killing", agent=["taliban"], place=[["dehyak", "ghazni"]], date="2019-03-17", trigger="قتلوا"),
        V("Killing", opt=True, target=["police"]),
        V("Arrest", agent=["taliban"], trigger="أسروا"),
        V("Arrest", opt=True, place=[["dehyak", "ghazni"]], date="2019-03-17"),
        V("Strike", agent=["usf"], target=["iskp"], place=[["achin", "nangarhar"]], date="2019-03-15",
          trigger="غارة"),
        V("Killing", agent=["usf"], target=["iskp"], place=[["achin", "nangarhar"]], date="2019-03-15",
          trigger="مقتل"),
        V("Meeting", agent=["khalilzad", "taliban"], place=["doha"], trigger="المحادثات"),
        V("Meeting", agent=["khalilzad", "ghani"], place=["kabul"], date="2019-03", trigger="التقى"),
        V("Arrest", target=["rahim"], place=[["chahardara", "kunduz"]], date="2019-03-18", trigger="اعتقال"),
        V("Arrest", opt=True, target=["taliban"]),
        V("Killing", place=[["chahardara", "kunduz"]], date="2019-03-18", trigger="مقتل"),
        V("Killing", opt=True, target=["taliban"]),
        V("MilitaryOperation", opt=True, place=[["chahardara", "kunduz"]], date="2019-03-18"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2018-03-15, Thursday)
DOCS.append(dict(
    id="t30-so-safa", published="2018-03-15",
    text="""مقديشو - (الأناضول):

لقي ما لا يقل عن 18 شخصا مصرعهم، بينهم نائب في البرلمان، وأصيب العشرات، إثر هجوم مزدوج شنه مسلحو حركة الشباب، عصر الأربعاء، على فندق «الصفا» القريب من القصر الرئاسي في العاصمة الصومالية مقديشو.

وقال ضابط الشرطة محمد حسين نور لـ«الأناضول» إن انتحاريا فجر سيارة مفخخة عند البوابة الخارجية للفندق، قبل أن يقتحمه أربعة مسلحين ويشتبكوا مع الحراس لأكثر من ثلاث ساعات، مشيرا إلى أن قوات الأمن تمكنت من قتل المهاجمين جميعا.

وأعلنت الحركة، عبر إذاعة «الأندلس» الناطقة باسمها، مسؤوليتها عن العملية، مؤكدة أنها استهدفت «مسؤولين في الحكومة المرتدة».

وكان النائب عبدي ورسمه جامع، الذي قضى في الهجوم، قد نجا من محاولة اغتيال في الحادي عشر من الشهر الماضي في حي هودان.

من جهة أخرى، أعلنت بعثة الاتحاد الأفريقي في الصومال (أميصوم) أن قواتها صدت هجوما لمقاتلي الشباب على قاعدة لها في بلدة جنالي بإقليم شبيلي السفلى، وقتلت 23 منهم.

وفي مدينة بيداوة، قالت الشرطة إنها اعتقلت خمسة أشخاص للاشتباه في صلتهم بتفجير استهدف مطعما الأسبوع الماضي، وأسفر عن مقتل ثلاثة من رواده.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("shabaab", "Organization", ["حركة الشباب", "الحركة", "الشباب"], "al-Shabaab", qid="Q232865",
          sub="ArmedGroup"),
        E("nur", "Person", ["محمد حسين نور"], "Mohamed Hussein Nur"),
        E("secforces", "Organization", ["قوات الأمن"], "Somali security forces", sub="ArmedForce", opt=True),
        E("andalus", "Organization", ["إذاعة «الأندلس»"], "Radio Andalus", sub="MediaOrganization"),
        E("jama", "Person", ["عبدي ورسمه جامع"], "Abdi Warsame Jama"),
        E("hodan", "Place", ["حي هودان"], "Hodan", sub="City"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميصوم"], "AMISOM", qid="Q474963"),
        E("janale", "Place", ["بلدة جنالي"], "Janaale", sub="City"),
        E("shabelle", "Place", ["إقليم شبيلي السفلى"], "Lower Shabelle", sub="Region"),
        E("baidoa", "Place", ["مدينة بيداوة"], "Baidoa", sub="City"),
        E("police", "Organization", ["الشرطة"], "Somali Police", sub="ArmedForce", opt=True),
    ],
    relations=[
        R("partOf", "andalus", "shabaab", opt=True),
        R("affiliatedWith", "andalus", "shabaab", opt=True),
        R("locatedIn", "janale", "shabelle"),
        R("locatedIn", "hodan", "mogadishu", opt=True),
    ],
    events=[
        V("Attack", agent=["shabaab"], place=["mogadishu"], date="2018-03-14", trigger="هجوم"),
        V("Killing", agent=["shabaab"], target=["jama"], place=["mogadishu"], date="2018-03-14", trigger="مصرعهم"),
        V("Killing", opt=True, agent=["secforces"]),
        V("Attack", opt=True, target=["jama"], place=["hodan"], date="2018-02-11"),
        V("Attack", agent=["shabaab"], target=["amisom"], place=[["janale", "shabelle"]], trigger="هجوما"),
        V("Killing", agent=["amisom"], target=["shabaab"], place=[["janale", "shabelle"]], trigger="قتلت"),
        V("Arrest", place=["baidoa"], trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["police"]),
        V("Attack", opt=True, place=["baidoa"], date="2018-03"),
        V("Killing", opt=True, place=["baidoa"], date="2018-03"),
    ],
))

# ---------------------------------------------------------------- Nigeria, Yobe and Borno (2016-10-15, Saturday)
DOCS.append(dict(
    id="t30-ng-geidam", published="2016-10-15",
    text="""مايدوغوري - (أ ف ب):

خطف مسلحون يشتبه بانتمائهم إلى جماعة «بوكو حرام» 23 عاملا في شركة للاتصالات من ورشة على الطريق بين بلدة غيدام ومدينة داماتورو في ولاية يوبي، شمال شرقي نيجيريا، بحسب ما أفاد مسؤول محلي، الخميس.

وقال المسؤول، الذي طلب عدم نشر اسمه، إن المسلحين وصلوا على متن ست شاحنات صغيرة مساء الثلاثاء، واقتادوا العمال إلى جهة مجهولة بعد أن أحرقوا معداتهم.

في الأثناء، أعلن الجيش النيجيري أنه حرر 76 رهينة وقتل عشرة مسلحين خلال عملية نفذتها وحدات من فرقة المشاة السابعة في غابة سامبيسا، مؤكدا أن جنديين قتلا في الاشتباكات.

وقال المتحدث باسم الجيش العقيد إبراهيم لاوال في بيان إن «الإرهابيين فروا تاركين وراءهم كميات من الأسلحة».

إلى ذلك، وصل الرئيس محمد بخاري، الجمعة، إلى مدينة مايدوغوري عاصمة ولاية بورنو في زيارة تفقدية هي الأولى منذ أشهر، التقى خلالها حاكم الولاية قاسم شتيما وقادة عسكريين.

وفي ولاية أداماوا المجاورة، قضت محكمة عسكرية بإعدام 12 جنديا بعد إدانتهم بالتمرد ومهاجمة قائدهم، فيما تظاهر المئات في مدينة يولا احتجاجا على تردي الأوضاع الأمنية.""",
    entities=[
        E("maiduguri", "Place", ["مايدوغوري", "مدينة مايدوغوري"], "Maiduguri", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("bh", "Organization", ["جماعة «بوكو حرام»"], "Boko Haram", qid="Q715935", sub="ArmedGroup"),
        E("geidam", "Place", ["بلدة غيدام"], "Geidam", sub="City"),
        E("damaturu", "Place", ["مدينة داماتورو"], "Damaturu", sub="City"),
        E("yobe", "Place", ["ولاية يوبي"], "Yobe State", sub="Region"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("army", "Organization", ["الجيش النيجيري", "الجيش"], "Nigerian Army", sub="ArmedForce"),
        E("seventh", "Organization", ["فرقة المشاة السابعة"], "7th Infantry Division", sub="ArmedForce"),
        E("sambisa", "Place", ["غابة سامبيسا"], "Sambisa Forest", sub="Region"),
        E("lawal", "Person", ["إبراهيم لاوال"], "Ibrahim Lawal"),
        E("buhari", "Person", ["محمد بخاري"], "Muhammadu Buhari", qid="Q1056151"),
        E("borno", "Place", ["ولاية بورنو", "الولاية"], "Borno State", sub="Region"),
        E("shettima", "Person", ["قاسم شتيما"], "Kashim Shettima"),
        E("adamawa", "Place", ["ولاية أداماوا"], "Adamawa State", sub="Region"),
        E("yola", "Place", ["مدينة يولا"], "Yola", sub="City"),
    ],
    relations=[
        R("locatedIn", "yobe", "nigeria"),
        R("locatedIn", "geidam", "yobe", opt=True),
        R("locatedIn", "damaturu", "yobe", opt=True),
        R("partOf", "seventh", "army", opt=True),
        R("spokespersonOf", "lawal", "army"),
        R("leaderOf", "buhari", "nigeria", opt=True),
        R("locatedIn", "maiduguri", "borno"),
        R("leaderOf", "shettima", "borno"),
    ],
    events=[
        V("Arrest", place=[["geidam", "damaturu", "yobe"]], date="2016-10-11", trigger="خطف"),
        V("Arrest", opt=True, agent=["bh"]),
        V("Killing", agent=[["army", "seventh"]], place=["sambisa"], trigger="قتل"),
        V("Killing", opt=True, target=["bh"], date="2016-10"),
        V("MilitaryOperation", agent=[["seventh", "army"]], place=["sambisa"], trigger="عملية"),
        V("MilitaryOperation", opt=True, target=["bh"], date="2016-10"),
        V("Killing", opt=True, target=["army"], place=["sambisa"]),
        V("Visit", agent=["buhari"], place=[["maiduguri", "borno"]], date="2016-10-14", trigger="وصل"),
        V("Meeting", agent=["buhari", "shettima"], place=["maiduguri"], date="2016-10-14", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Quetta and Bajaur (2017-10-14, Saturday)
DOCS.append(dict(
    id="t30-pk-quetta", published="2017-10-14",
    text="""كويتا - (رويترز):

قُتل 20 شخصا على الأقل، بينهم أربعة من عناصر قوة حرس الحدود، وأصيب أكثر من 40 آخرين، عندما فجر انتحاري نفسه وسط حشد من المصلين كانوا يغادرون مسجدا في منطقة سبيني رود على الأطراف الغربية لمدينة كويتا، عاصمة إقليم بلوشستان، ظهر الجمعة.

وتبنت جماعة «لشكر جهنكوي العالمي» التفجير في رسالة بالبريد الإلكتروني بعث بها متحدث باسمها يدعى علي بن سفيان إلى وسائل الإعلام، وقالت إن الهجوم استهدف أبناء الطائفة الشيعية من قومية الهزارة.

وقال غلام حيدر بزنجو، وزير داخلية الإقليم، إن الشرطة أوقفت ثلاثة مشتبه بهم في منطقة ميزان شوك وسط المدينة، وإن التحقيقات جارية لمعرفة الجهة التي سهلت دخول المهاجم.

وفي إقليم خيبر بختونخوا، أعلن الجيش الباكستاني أن مسلحين عبروا الحدود من أفغانستان هاجموا، ليل الخميس، موقعا عسكريا في منطقة باجور القبلية، ما أدى إلى مقتل جنديين، وأن القوات ردت بقصف مواقع المهاجمين.

وكان مسلحون مجهولون قد خطفوا، في التاسع من الشهر الجاري، مهندسين صينيين اثنين من موقع لمشروع طريق في منطقة ماستونغ جنوبي كويتا، ولم تعرف الجهة التي تقف وراء العملية.""",
    entities=[
        E("quetta", "Place", ["كويتا", "مدينة كويتا", "المدينة"], "Quetta", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("fc", "Organization", ["قوة حرس الحدود"], "Frontier Corps", sub="ArmedForce"),
        E("spinny", "Place", ["منطقة سبيني رود"], "Spinny Road", sub="City"),
        E("balochistan", "Place", ["إقليم بلوشستان", "الإقليم"], "Balochistan", sub="Region"),
        E("lej", "Organization", ["جماعة «لشكر جهنكوي العالمي»"], "Lashkar-e-Jhangvi al-Alami", sub="ArmedGroup"),
        E("sufyan", "Person", ["علي بن سفيان"], "Ali bin Sufyan"),
        E("bizenjo", "Person", ["غلام حيدر بزنجو"], "Ghulam Haidar Bizenjo"),
        E("police", "Organization", ["الشرطة"], "Balochistan Police", sub="ArmedForce", opt=True),
        E("mizan", "Place", ["منطقة ميزان شوك"], "Mizan Chowk", sub="City"),
        E("kp", "Place", ["إقليم خيبر بختونخوا"], "Khyber Pakhtunkhwa", sub="Region"),
        E("army", "Organization", ["الجيش الباكستاني", "القوات"], "Pakistan Army", sub="ArmedForce"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("bajaur", "Place", ["منطقة باجور القبلية"], "Bajaur Agency", sub="Region"),
        E("mastung", "Place", ["منطقة ماستونغ"], "Mastung", sub="Region"),
    ],
    relations=[
        R("locatedIn", "spinny", "quetta"),
        R("locatedIn", "quetta", "balochistan"),
        R("spokespersonOf", "sufyan", "lej"),
        R("positionIn", "bizenjo", "balochistan"),
        R("locatedIn", "mizan", "quetta"),
        R("locatedIn", "bajaur", "kp", opt=True),
    ],
    events=[
        V("Killing", agent=["lej"], target=["fc"], place=[["spinny", "quetta"]], date="2017-10-13", trigger="قُتل"),
        V("Attack", agent=["lej"], place=[["spinny", "quetta"]], date="2017-10-13", trigger="فجر"),
        V("Arrest", place=[["mizan", "quetta"]], trigger="أوقفت"),
        V("Arrest", opt=True, agent=["police"]),
        V("Attack", target=["army"], place=["bajaur"], date="2017-10-12", trigger="هاجموا"),
        V("Killing", target=["army"], place=["bajaur"], date="2017-10-12", trigger="مقتل"),
        V("Strike", opt=True, agent=["army"], place=["bajaur"], date="2017-10-12"),
        V("Arrest", place=["mastung"], date="2017-10-09", trigger="خطفوا"),
    ],
))

# ---------------------------------------------------------------- Turkey, northern Iraq and Osaka (2019-07-01, Monday)
DOCS.append(dict(
    id="t30-tr-hakurk", published="2019-07-01",
    text="""أنقرة - (الأناضول):

أعلن الجيش التركي، في بيان، أن مقاتلاته دمرت 11 هدفا لمنظمة «بي كا كا» في منطقتي هاكورك وأفاشين شمالي العراق، مساء الأحد، ما أسفر عن «تحييد» ثمانية إرهابيين كانوا يستعدون لشن هجوم على المخافر الحدودية.

وجاءت الغارات بعد ساعات من مقتل جنديين تركيين وإصابة ثلاثة آخرين في هجوم بقذائف الهاون استهدف قاعدة عسكرية في ولاية هكاري جنوب شرقي البلاد، ونسبه الجيش إلى عناصر المنظمة.

على صعيد آخر، التقى الرئيس رجب طيب أردوغان نظيره الروسي فلاديمير بوتين على هامش قمة مجموعة العشرين في مدينة أوساكا اليابانية، السبت، وبحثا التطورات في محافظة إدلب السورية واتفاق وقف إطلاق النار فيها.

وكان وزير الخارجية مولود جاويش أوغلو قد أجرى اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف، الجمعة، أكدا خلاله ضرورة الالتزام بالتهدئة.

وفي إسطنبول، أوقفت الشرطة التركية، صباح الأحد، 14 شخصا يشتبه بانتمائهم إلى تنظيم «داعش»، بينهم أربعة أجانب، خلال مداهمات متزامنة في ستة أحياء، بحسب مصادر أمنية.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("tsk", "Organization", ["الجيش التركي", "الجيش"], "Turkish Armed Forces", sub="ArmedForce"),
        E("pkk", "Organization", ["منظمة «بي كا كا»", "المنظمة"], "PKK", qid="Q133217", sub="ArmedGroup"),
        E("hakurk", "Place", ["هاكورك"], "Hakurk", sub="Region"),
        E("avashin", "Place", ["أفاشين"], "Avashin", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("hakkari", "Place", ["ولاية هكاري"], "Hakkari Province", sub="Region"),
        E("turkey", "Place", ["البلاد"], "Turkey", qid="Q43", sub="Country", opt=True),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdogan", qid="Q39259"),
        E("putin", "Person", ["فلاديمير بوتين"], "Vladimir Putin", qid="Q7747"),
        E("g20", "Organization", ["مجموعة العشرين"], "G20", qid="Q19771", opt=True),
        E("osaka", "Place", ["مدينة أوساكا"], "Osaka", qid="Q35765", sub="City"),
        E("idlib", "Place", ["محافظة إدلب"], "Idlib Governorate", sub="Region"),
        E("cavusoglu", "Person", ["مولود جاويش أوغلو"], "Mevlut Cavusoglu", qid="Q310766"),
        E("lavrov", "Person", ["سيرغي لافروف"], "Sergey Lavrov", qid="Q128585"),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("tnp", "Organization", ["الشرطة التركية"], "Turkish National Police", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم «داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "hakurk", "iraq"),
        R("locatedIn", "avashin", "iraq"),
        R("locatedIn", "hakkari", "turkey", opt=True),
        R("leaderOf", "erdogan", "turkey", opt=True),
    ],
    events=[
        V("Strike", agent=["tsk"], target=["pkk"], place=[["hakurk", "avashin", "iraq"]], date="2019-06-30",
          trigger="دمرت"),
        V("Killing", opt=True, agent=["tsk"], target=["pkk"], place=[["hakurk", "avashin", "iraq"]],
          date="2019-06-30"),
        V("Killing", agent=["pkk"], target=["tsk"], place=["hakkari"], trigger="مقتل"),
        V("Attack", agent=["pkk"], target=["tsk"], place=["hakkari"], trigger="هجوم"),
        V("Strike", opt=True, agent=["pkk"], target=["tsk"], place=["hakkari"], date="2019-06-30"),
        V("Killing", opt=True, date="2019-06-30"),
        V("Attack", opt=True, date="2019-06-30"),
        V("Meeting", agent=["erdogan", "putin"], place=["osaka"], date="2019-06-29", trigger="التقى"),
        V("Arrest", agent=["tnp"], target=["isis"], place=["istanbul"], date="2019-06-30", trigger="أوقفت"),
    ],
))
