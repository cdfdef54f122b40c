"""Hand annotations of the third held-out set (see eval/heldout3/README.md).

Five articles written for this set without looking at the extractor's rules
and without running the extractor on them until the annotations were final,
annotated with the guidelines of eval/README.md. Persons are invented;
organisations and places are real. ``build_heldout3.py`` turns this into
eval/heldout3.jsonl (spans computed, every mention checked against the text).
In event roles a nested list is a set of alternatives: any one satisfies it.
An event with ``optional`` only carries triples a reasonable annotator could
leave out. As in the other sets, a place written with a title (مدينة، بلدة،
قرية، محافظة، ولاية، مديرية، إقليم، مقاطعة، قضاء، منطقة، وادي، جزيرة، قاعدة)
also lists its bare name.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, Anbar desert (2025-10-08, a Wednesday)
DOCS.append(dict(
    id="iq-anbar", published="2025-10-08",
    text="""أعلنت خلية الإعلام الأمني، أمس الثلاثاء، مقتل خمسة عناصر من تنظيم داعش بضربات جوية نفذتها القوة الجوية العراقية فجر الاثنين على مخابئ للتنظيم في وادي حوران بمحافظة الأنبار غربي العراق.

وأوضح رئيس الخلية، اللواء ماجد حميد الدليمي، في بيان، أن من بين القتلى عبد الستار فرحان العيساوي، الملقب بـ"أبو عائشة"، الذي وصفه بأنه "والي الأنبار" في التنظيم، مشيرا إلى أن الضربات جاءت بناء على معلومات دقيقة من جهاز المخابرات العراقي.

وفي قضاء الرطبة، اعتُقل الخميس الماضي ثلاثة متهمين بالإرهاب خلال عملية دهم نفذتها قوة من الحشد الشعبي بالتعاون مع قيادة عمليات الأنبار، بحسب مصدر أمني.

وكان مسلحون من تنظيم الدولة قد هاجموا، في 14 أيلول/سبتمبر الماضي، نقطة تفتيش للجيش العراقي على الطريق الدولي الرابط بين بغداد وعمّان قرب الرطبة، ما أدى إلى مقتل جنديين وإصابة ثالث.

وزار وزير الداخلية العراقي عبد الكريم ناصر الجبوري، الأحد، مدينة الرمادي، مركز محافظة الأنبار، حيث عقد اجتماعا مع محافظ الأنبار عمر فيصل المحلاوي وقادة الأجهزة الأمنية.

وأكد الجبوري أن التنسيق مع التحالف الدولي بقيادة الولايات المتحدة مستمر، رغم بدء انسحاب قوات التحالف من قاعدة عين الأسد الشهر الماضي بموجب الاتفاق المبرم بين بغداد وواشنطن.""",
    entities=[
        E("smc", "Organization", ["خلية الإعلام الأمني", "الخلية"], "Security Media Cell", sub="GovernmentBody"),
        E("isis", "Organization", ["تنظيم داعش", "داعش", "تنظيم الدولة", "التنظيم"], "Islamic State",
          sub="ArmedGroup"),
        E("iqaf", "Organization", ["القوة الجوية العراقية"], "Iraqi Air Force", sub="ArmedForce"),
        E("horan", "Place", ["وادي حوران", "حوران"], "Wadi Horan", sub="Region"),
        E("anbar", "Place", ["محافظة الأنبار", "الأنبار"], "Anbar Governorate", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("dulaimi", "Person", ["ماجد حميد الدليمي"], "Majid Hamid al-Dulaimi"),
        E("isawi", "Person", ["عبد الستار فرحان العيساوي", "أبو عائشة"], "Abd al-Sattar Farhan al-Isawi"),
        E("inis", "Organization", ["جهاز المخابرات العراقي"], "Iraqi National Intelligence Service",
          sub="GovernmentBody"),
        E("rutba", "Place", ["قضاء الرطبة", "الرطبة"], "Rutba", sub="City"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("anbar_ops", "Organization", ["قيادة عمليات الأنبار"], "Anbar Operations Command", sub="ArmedForce"),
        E("iq_army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", sub="City", alt=["Organization"]),
        E("amman", "Place", ["عمان"], "Amman", sub="City"),
        E("jubouri", "Person", ["عبد الكريم ناصر الجبوري", "الجبوري"], "Abd al-Karim Nasir al-Jubouri"),
        E("ramadi", "Place", ["مدينة الرمادي", "الرمادي"], "Ramadi", sub="City"),
        E("muhallawi", "Person", ["عمر فيصل المحلاوي"], "Omar Faisal al-Muhallawi"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Global Coalition against Daesh",
          sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("ain_asad", "Place", ["قاعدة عين الأسد", "عين الأسد"], "Ain al-Asad Air Base"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("iq_security", "Organization", ["الأجهزة الأمنية"], "Iraqi security services", sub="GovernmentBody",
          opt=True),
    ],
    relations=[
        R("locatedIn", "horan", "anbar"),
        R("locatedIn", "anbar", "iraq"),
        R("locatedIn", "horan", "iraq", opt=True),
        R("leaderOf", "dulaimi", "smc"),
        R("positionIn", "dulaimi", "smc", opt=True),
        R("memberOf", "isawi", "isis"),
        R("leaderOf", "isawi", "isis", opt=True),   # "والي الأنبار" in the group
        R("locatedIn", "ramadi", "anbar"),
        R("positionIn", "jubouri", "iraq"),
        R("leaderOf", "muhallawi", "anbar"),
        R("positionIn", "muhallawi", "anbar", opt=True),
        R("leaderOf", "us", "coalition"),
        R("memberOf", "us", "coalition", opt=True),
    ],
    events=[
        # the air strikes: announced Tuesday, carried out at dawn on Monday
        V("Strike", agent=["iqaf"], target=[["isis", "isawi"]], place=[["horan", "anbar", "iraq"]],
          date="2025-10-06", trigger="بضربات جوية"),
        V("Killing", agent=["iqaf"], target=["isis", "isawi"], place=[["horan", "anbar", "iraq"]],
          date="2025-10-06", trigger="مقتل"),
        # passive arrest in Rutba last Thursday, by a PMF force with the Anbar Operations Command
        V("Arrest", agent=["pmf"], place=["rutba"], date="2025-10-02", trigger="اعتقل"),
        V("Arrest", opt=True, agent=["anbar_ops"]),
        # the checkpoint attack of 14 September near Rutba
        V("Attack", agent=["isis"], target=["iq_army"], place=["rutba"], date="2025-09-14", trigger="هاجموا"),
        V("Killing", agent=["isis"], target=["iq_army"], place=["rutba"], date="2025-09-14", trigger="مقتل"),
        V("Visit", agent=["jubouri"], place=[["ramadi", "anbar"]], date="2025-10-05", trigger="زار"),
        V("Meeting", agent=["jubouri", "muhallawi"], place=["ramadi"], date="2025-10-05", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["iq_security"]),
    ],
))

# ---------------------------------------------------------------- Algeria, Constantine / Skikda (2025-05-21, a Wednesday)
DOCS.append(dict(
    id="dz-constantine", published="2025-05-21",
    text="""أفادت وزارة الدفاع الوطني الجزائرية بأن مفرزة للجيش الوطني الشعبي قضت، الاثنين، على ثلاثة إرهابيين خلال عملية بحث وتمشيط في منطقة جبل الوحش بولاية قسنطينة شرقي البلاد، واسترجعت ثلاثة مسدسات رشاشة وكمية من الذخيرة.

وأوضحت الوزارة، في بيانها، أن من بين القتلى الإرهابي رابح بوزيد، المكنى "أبو الهيثم"، الذي التحق بالجماعات المسلحة عام 1995 وكان ينشط في صفوف تنظيم القاعدة في بلاد المغرب الإسلامي.

كما أوقفت مفارز للجيش، خلال الأسبوع الماضي، خمسة عناصر دعم للجماعات الإرهابية في ولايتي جيجل وسكيكدة، بحسب البيان نفسه.

وكان جندي قد قُتل وأصيب اثنان آخران، في 3 نيسان/أبريل الماضي، جراء انفجار قنبلة تقليدية الصنع لدى مرور دورية عسكرية قرب بلدة القل بولاية سكيكدة.

واستقبل رئيس أركان الجيش الوطني الشعبي، الفريق أول يوسف عمار بلقاسمي، أمس الثلاثاء بالجزائر العاصمة، وزير الدفاع التونسي خالد عبد الرؤوف الهمامي، الذي بدأ الاثنين زيارة رسمية إلى الجزائر تستغرق ثلاثة أيام.

وبحث الجانبان سبل تأمين الشريط الحدودي بين الجزائر وتونس وتبادل المعلومات حول تحركات الجماعات المسلحة في المرتفعات المحاذية للحدود.""",
    entities=[
        E("mdn", "Organization", ["وزارة الدفاع الوطني", "الوزارة"], "Ministry of National Defence (Algeria)",
          sub="GovernmentBody"),
        E("anp", "Organization", ["الجيش الوطني الشعبي", "الجيش"], "People's National Army (Algeria)",
          sub="ArmedForce"),
        E("wahch", "Place", ["منطقة جبل الوحش", "جبل الوحش"], "Djebel El Ouahch", sub="Region"),
        E("constantine", "Place", ["ولاية قسنطينة", "قسنطينة"], "Constantine Province", sub="Region"),
        E("algeria", "Place", ["الجزائر", "البلاد"], "Algeria", qid="Q262", sub="Country"),
        E("bouzid", "Person", ["رابح بوزيد", "أبو الهيثم"], "Rabah Bouzid"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "al-Qaeda in the Islamic Maghreb",
          sub="ArmedGroup"),
        E("jijel", "Place", ["جيجل"], "Jijel Province", sub="Region"),
        E("skikda", "Place", ["ولاية سكيكدة", "سكيكدة"], "Skikda Province", sub="Region"),
        E("collo", "Place", ["بلدة القل", "القل"], "Collo", sub="City"),
        E("belkacemi", "Person", ["يوسف عمار بلقاسمي"], "Youssef Ammar Belkacemi"),
        E("algiers", "Place", ["الجزائر العاصمة"], "Algiers", sub="City"),
        E("hammami", "Person", ["خالد عبد الرؤوف الهمامي"], "Khaled Abderraouf Hammami"),
        E("tunisia", "Place", ["تونس"], "Tunisia", qid="Q948", sub="Country"),
    ],
    relations=[
        R("locatedIn", "wahch", "constantine"),
        R("locatedIn", "constantine", "algeria"),
        R("locatedIn", "wahch", "algeria", opt=True),
        R("memberOf", "bouzid", "aqim"),
        R("locatedIn", "collo", "skikda"),
        R("leaderOf", "belkacemi", "anp"),
        R("positionIn", "belkacemi", "anp", opt=True),
        R("positionIn", "hammami", "tunisia"),
        R("locatedIn", "algiers", "algeria", opt=True),
    ],
    events=[
        # "قضت على ثلاثة إرهابيين" on Monday near Constantine
        V("Killing", agent=["anp"], target=["bouzid"], place=[["wahch", "constantine", "algeria"]],
          date="2025-05-19", trigger="قضت"),
        V("Killing", opt=True, target=["aqim"]),
        V("MilitaryOperation", opt=True, agent=["anp"], place=[["wahch", "constantine"]], date="2025-05-19"),
        # last week = 12-18 May
        V("Arrest", agent=["anp"], place=["jijel", "skikda"], date="2025-05", trigger="أوقفت"),
        # the roadside bomb near Collo on 3 April: no agent named
        V("Killing", target=["anp"], place=[["collo", "skikda"]], date="2025-04-03", trigger="قتل"),
        V("Attack", opt=True, target=["anp"], place=[["collo", "skikda"]], date="2025-04-03"),
        V("Meeting", agent=["belkacemi", "hammami"], place=["algiers"], date="2025-05-20", trigger="استقبل"),
        V("Visit", agent=["hammami"], place=["algeria"], date="2025-05-19", trigger="زيارة"),
        V("Visit", opt=True, place=["algiers"]),
    ],
))

# ---------------------------------------------------------------- Pakistan–Afghanistan border (2024-12-26, a Thursday)
DOCS.append(dict(
    id="pk-waziristan", published="2024-12-26",
    text="""قُتل 16 جنديا، فجر السبت، في هجوم شنه مسلحون من حركة طالبان باكستان على موقع للجيش الباكستاني في منطقة مكين بمقاطعة جنوب وزيرستان شمال غربي باكستان، قرب الحدود مع أفغانستان.

وقال المتحدث باسم الجيش، اللواء فيصل رضا قريشي، إن قوات الجيش قتلت ثمانية من المهاجمين خلال الاشتباك، مضيفا أن المسلحين، الذين تسميهم إسلام آباد "فتنة الخوارج"، تسللوا من الأراضي الأفغانية.

وفي المقابل، قال المتحدث باسم وزارة الدفاع الأفغانية، عبد الحق نورزاي، إن طائرات باكستانية شنت، ليل الثلاثاء، غارات على مديرية برمل بولاية باكتيكا، ما أدى إلى مقتل 46 شخصا معظمهم من النساء والأطفال، متوعدا بالرد.

واعتقلت إدارة مكافحة الإرهاب في إقليم خيبر بختونخوا، الأحد، أربعة أعضاء في الحركة خلال مداهمة في ضواحي مدينة بيشاور، أحدهم شير زمان محسود، المعروف بـ"قاري شير"، المتهم بالتخطيط لتفجيرات في المدينة.

والتقى المبعوث الباكستاني الخاص إلى أفغانستان، طارق محمود جنجوعة، الثلاثاء في كابل، وزير الداخلية بالوكالة في حكومة طالبان، المولوي عبد الرحيم صافي، وبحثا مخاوف إسلام آباد من نشاط الحركة على الأراضي الأفغانية.

وتتهم باكستان السلطات الأفغانية بإيواء قادة الحركة، وهو ما تنفيه كابل، فيما تصاعدت الهجمات منذ عودة طالبان إلى الحكم في آب/أغسطس 2021.""",
    entities=[
        E("ttp", "Organization", ["حركة طالبان باكستان", "الحركة", "فتنة الخوارج"], "Tehrik-i-Taliban Pakistan",
          sub="ArmedGroup"),
        E("pk_army", "Organization", ["الجيش الباكستاني", "الجيش"], "Pakistan Army", sub="ArmedForce"),
        E("makeen", "Place", ["منطقة مكين", "مكين"], "Makeen", sub="City"),
        E("swaz", "Place", ["مقاطعة جنوب وزيرستان", "جنوب وزيرستان"], "South Waziristan District", sub="Region"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country", alt=["Organization"]),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("qureshi", "Person", ["فيصل رضا قريشي"], "Faisal Raza Qureshi"),
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", sub="City", alt=["Organization"]),
        E("af_mod", "Organization", ["وزارة الدفاع الأفغانية"], "Afghan Ministry of Defence", sub="GovernmentBody"),
        E("noorzai", "Person", ["عبد الحق نورزاي"], "Abdul Haq Noorzai"),
        E("barmal", "Place", ["مديرية برمل", "برمل"], "Barmal District", sub="Region"),
        E("paktika", "Place", ["ولاية باكتيكا", "باكتيكا"], "Paktika Province", sub="Region"),
        E("ctd", "Organization", ["إدارة مكافحة الإرهاب"], "Counter Terrorism Department (Khyber Pakhtunkhwa)",
          sub="GovernmentBody"),
        E("kp", "Place", ["إقليم خيبر بختونخوا", "خيبر بختونخوا"], "Khyber Pakhtunkhwa", sub="Region"),
        E("peshawar", "Place", ["مدينة بيشاور", "بيشاور", "المدينة"], "Peshawar", sub="City"),
        E("mehsud", "Person", ["شير زمان محسود", "قاري شير"], "Sher Zaman Mehsud"),
        E("janjua", "Person", ["طارق محمود جنجوعة"], "Tariq Mahmood Janjua"),
        E("kabul", "Place", ["كابل"], "Kabul", sub="City", alt=["Organization"]),
        E("taliban", "Organization", ["طالبان"], "Taliban (Islamic Emirate of Afghanistan)",
          sub="PoliticalOrganization"),
        E("taliban_govt", "Organization", ["حكومة طالبان"], "Taliban government", sub="GovernmentBody"),
        E("safi", "Person", ["عبد الرحيم صافي"], "Abdul Rahim Safi"),
        E("af_auth", "Organization", ["السلطات الأفغانية"], "Afghan authorities", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("locatedIn", "makeen", "swaz"),
        R("locatedIn", "swaz", "pakistan"),
        R("locatedIn", "makeen", "pakistan", opt=True),
        R("spokespersonOf", "qureshi", "pk_army"),
        R("spokespersonOf", "noorzai", "af_mod"),
        R("locatedIn", "barmal", "paktika"),
        R("memberOf", "mehsud", "ttp"),
        R("positionIn", "janjua", "pakistan"),
        R("positionIn", "safi", "taliban_govt"),
        R("positionIn", "safi", "afghanistan", opt=True),
        R("partOf", "taliban_govt", "taliban", opt=True),
        R("leaderOf", "taliban", "taliban_govt", opt=True),
    ],
    events=[
        # the TTP attack on Makeen, dawn on Saturday
        V("Attack", agent=["ttp"], target=["pk_army"], place=[["makeen", "swaz", "pakistan"]], date="2024-12-21",
          trigger="هجوم"),
        V("Killing", agent=["ttp"], target=["pk_army"], place=[["makeen", "swaz", "pakistan"]], date="2024-12-21",
          trigger="قتل"),
        # the army killed eight of the attackers in the same clash
        V("Killing", agent=["pk_army"], target=["ttp"], place=[["makeen", "swaz", "pakistan"]], date="2024-12-21",
          trigger="قتلت"),
        # the air strikes on Barmal, Tuesday night; the aircraft are only "Pakistani" (an adjective)
        V("Strike", place=[["barmal", "paktika"]], date="2024-12-24", trigger="غارات"),
        V("Killing", place=[["barmal", "paktika"]], date="2024-12-24", trigger="مقتل"),
        V("Strike", opt=True, agent=[["pakistan", "pk_army"]]),
        V("Killing", opt=True, agent=[["pakistan", "pk_army"]]),
        # the CTD arrests near Peshawar on Sunday
        V("Arrest", agent=["ctd"], target=["mehsud", "ttp"], place=["peshawar"], date="2024-12-22",
          trigger="اعتقلت"),
        V("Meeting", agent=["janjua", "safi"], place=["kabul"], date="2024-12-24", trigger="التقى"),
        V("Visit", opt=True, agent=["janjua"], place=["kabul"], date="2024-12-24"),
    ],
))

# ---------------------------------------------------------------- Chad, Lake Chad (2024-11-02, a Saturday)
DOCS.append(dict(
    id="td-lakechad", published="2024-11-02",
    text="""أعلن الجيش التشادي، الخميس، مقتل 96 مسلحا من جماعة بوكو حرام في عملية عسكرية أطلقها الأسبوع الماضي تحت اسم "حسكنيت" لملاحقة منفذي الهجوم الدامي على جزيرة باركارام في منطقة بحيرة تشاد غربي البلاد.

وقال الناطق باسم الجيش، العقيد آدم حسن ماهامات، إن الوحدات المشاركة في العملية دمرت قوارب وآليات كانت الجماعة تستخدمها للتنقل بين جزر بحيرة تشاد، مقرا بمقتل 15 جنديا خلال المعارك.

وكان مسلحو الجماعة قد هاجموا، ليل 27 تشرين الأول/أكتوبر، قاعدة عسكرية في جزيرة باركارام، ما أسفر عن مقتل نحو 40 عسكريا، في واحد من أعنف الهجمات التي تعرضت لها القوات التشادية منذ سنوات.

وزار وزير القوات المسلحة التشادي، الجنرال عثمان بشارة دقو، الثلاثاء، مدينة بول، عاصمة إقليم البحيرة، وتفقد الجنود الجرحى في المستشفى العسكري.

وفي العاصمة نجامينا، اعتقلت الأجهزة الأمنية، الأربعاء، ثلاثة رجال يشتبه في أنهم زودوا الجماعة بالوقود والمؤن، بحسب مصدر في الشرطة.

وتنتشر وحدات تشادية ضمن القوة المشتركة متعددة الجنسيات، التي تضم إلى جانب تشاد كلا من نيجيريا والنيجر والكاميرون وبنين، غير أن الرئاسة التشادية لوحت الأحد الماضي بالانسحاب منها، متهمة الشركاء بالتقاعس في مواجهة بوكو حرام.""",
    entities=[
        E("td_army", "Organization", ["الجيش التشادي", "الجيش", "القوات التشادية"], "Chadian National Army",
          sub="ArmedForce"),
        E("boko", "Organization", ["جماعة بوكو حرام", "بوكو حرام", "الجماعة"], "Boko Haram", sub="ArmedGroup"),
        E("barkaram", "Place", ["جزيرة باركارام", "باركارام"], "Barkaram island"),
        E("lake_chad", "Place", ["منطقة بحيرة تشاد", "بحيرة تشاد"], "Lake Chad region", sub="Region"),
        E("chad", "Place", ["تشاد", "البلاد"], "Chad", qid="Q657", sub="Country", alt=["Organization"]),
        E("mahamat", "Person", ["آدم حسن ماهامات"], "Adam Hassan Mahamat"),
        E("dogo", "Person", ["عثمان بشارة دقو"], "Othman Bichara Dogo"),
        E("bol", "Place", ["مدينة بول", "بول"], "Bol", sub="City"),
        E("lac", "Place", ["إقليم البحيرة", "البحيرة"], "Lac Province", sub="Region"),
        E("ndjamena", "Place", ["نجامينا", "العاصمة"], "N'Djamena", sub="City"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Chadian security services", sub="GovernmentBody",
          opt=True),
        E("police", "Organization", ["الشرطة"], "Chadian police", sub="GovernmentBody", opt=True),
        E("mnjtf", "Organization", ["القوة المشتركة متعددة الجنسيات"], "Multinational Joint Task Force",
          sub="Coalition"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country", alt=["Organization"]),
        E("niger", "Place", ["النيجر"], "Niger", qid="Q1032", sub="Country", alt=["Organization"]),
        E("cameroon", "Place", ["الكاميرون"], "Cameroon", qid="Q1009", sub="Country", alt=["Organization"]),
        E("benin", "Place", ["بنين"], "Benin", qid="Q962", sub="Country", alt=["Organization"]),
        E("presidency", "Organization", ["الرئاسة التشادية"], "Presidency of Chad", sub="GovernmentBody",
          opt=True),
    ],
    relations=[
        R("locatedIn", "barkaram", "lake_chad"),
        R("locatedIn", "lake_chad", "chad"),
        R("locatedIn", "barkaram", "chad", opt=True),
        R("spokespersonOf", "mahamat", "td_army"),
        R("positionIn", "dogo", "chad"),
        R("locatedIn", "bol", "lac"),
        R("locatedIn", "ndjamena", "chad", opt=True),
        R("memberOf", "chad", "mnjtf"),
        R("memberOf", "nigeria", "mnjtf"),
        R("memberOf", "niger", "mnjtf"),
        R("memberOf", "cameroon", "mnjtf"),
        R("memberOf", "benin", "mnjtf"),
        R("memberOf", "td_army", "mnjtf", opt=True),
    ],
    events=[
        # the "Haskanite" operation, launched last week (21-27 October); its toll announced on Thursday
        # (the operation's area is only implied by the attack it answers: places optional)
        V("MilitaryOperation", name="حسكنيت", agent=["td_army"], target=["boko"], date="2024-10", trigger="عملية"),
        V("MilitaryOperation", opt=True, place=[["lake_chad", "barkaram", "chad"]]),
        V("Killing", agent=["td_army"], target=["boko"], date="2024-10", trigger="مقتل"),
        V("Killing", opt=True, place=[["lake_chad", "barkaram", "chad"]]),
        # 15 soldiers killed during the fighting (no agent stated; Boko Haram implied)
        V("Killing", target=["td_army"], trigger="بمقتل"),
        V("Killing", opt=True, agent=["boko"], place=[["lake_chad", "barkaram", "chad"]], date="2024-10"),
        # the Barkaram attack, night of 27 October
        V("Attack", agent=["boko"], target=["td_army"], place=[["barkaram", "lake_chad"]], date="2024-10-27",
          trigger="هاجموا"),
        V("Killing", agent=["boko"], target=["td_army"], place=[["barkaram", "lake_chad"]], date="2024-10-27",
          trigger="مقتل"),
        V("Visit", agent=["dogo"], place=[["bol", "lac"]], date="2024-10-29", trigger="زار"),
        # the arrest in N'Djamena on Wednesday by the (generic) security services
        V("Arrest", place=["ndjamena"], date="2024-10-30", trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["security"], target=["boko"]),
    ],
))

# ---------------------------------------------------------------- Lebanon, Sidon / the south / Beirut (2025-02-18, a Tuesday)
DOCS.append(dict(
    id="lb-saida", published="2025-02-18",
    text="""اغتالت إسرائيل، أمس الاثنين، قياديا في حركة المقاومة الإسلامية (حماس) بضربة من طائرة مسيرة استهدفت سيارته عند المدخل الشمالي لمدينة صيدا في جنوب لبنان.

وأعلن الجيش الإسرائيلي، في بيان، أن المستهدف هو حسن علي بدران، وزعم أنه كان مسؤولا عن قسم العمليات في الحركة بلبنان وعمل على تهريب أسلحة بتوجيه من إيران.

وفي الجنوب، انتشر الجيش اللبناني صباح اليوم الثلاثاء في بلدات كفركلا والعديسة وميس الجبل بعد انسحاب القوات الإسرائيلية منها، فيما أبقت إسرائيل على خمس نقاط مرتفعة داخل الأراضي اللبنانية.

واعتقل الجيش، الأحد، سبعة أشخاص يشتبه في مشاركتهم بالاعتداء على قافلة لقوة الأمم المتحدة المؤقتة في لبنان (يونيفيل) على طريق مطار رفيق الحريري الدولي في بيروت مساء الجمعة، ما أدى إلى إصابة نائب قائد القوة.

والتقى وزير الدفاع اللبناني كميل فارس حداد، أمس، في مكتبه باليرزة، رئيس لجنة مراقبة وقف إطلاق النار الجنرال الأميركي روبرت ميلفيل، وبحثا استكمال الانسحاب الإسرائيلي.

من جهته، قال النائب عن كتلة الوفاء للمقاومة، التابعة لحزب الله، علي حسين ياغي، إن بقاء الاحتلال في النقاط الخمس "يبقي كل الخيارات مفتوحة".""",
    entities=[
        E("israel", "Place", ["إسرائيل", "الاحتلال"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("hamas", "Organization", ["حركة المقاومة الإسلامية", "حماس", "الحركة"], "Hamas", sub="ArmedGroup"),
        E("saida", "Place", ["مدينة صيدا", "صيدا"], "Sidon", sub="City"),
        E("lebanon", "Place", ["لبنان", "جنوب لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "القوات الإسرائيلية"], "Israel Defense Forces",
          sub="ArmedForce"),
        E("badran", "Person", ["حسن علي بدران"], "Hasan Ali Badran"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country", alt=["Organization"]),
        E("lb_army", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("kafr_kila", "Place", ["كفركلا"], "Kfar Kila", sub="City"),
        E("odaisseh", "Place", ["العديسة"], "Odaisseh", sub="City"),
        E("mays", "Place", ["ميس الجبل"], "Mays al-Jabal", sub="City"),
        E("unifil", "Organization", ["قوة الأمم المتحدة المؤقتة في لبنان", "يونيفيل", "القوة"],
          "United Nations Interim Force in Lebanon"),
        E("airport", "Place", ["مطار رفيق الحريري الدولي"], "Beirut–Rafic Hariri International Airport"),
        E("beirut", "Place", ["بيروت"], "Beirut", sub="City"),
        E("haddad", "Person", ["كميل فارس حداد"], "Kamil Faris Haddad"),
        E("yarzeh", "Place", ["اليرزة"], "Yarzeh", sub="City"),
        E("mechanism", "Organization", ["لجنة مراقبة وقف إطلاق النار"], "Ceasefire monitoring committee"),
        E("melville", "Person", ["روبرت ميلفيل"], "Robert Melville"),
        E("wafaa", "Organization", ["كتلة الوفاء للمقاومة"], "Loyalty to the Resistance bloc",
          sub="PoliticalOrganization"),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", sub="ArmedGroup"),
        E("yaghi", "Person", ["علي حسين ياغي"], "Ali Husayn Yaghi"),
    ],
    relations=[
        R("locatedIn", "saida", "lebanon"),
        R("memberOf", "badran", "hamas"),
        R("partOf", "idf", "israel", opt=True),
        R("locatedIn", "airport", "beirut"),
        R("positionIn", "haddad", "lebanon"),
        R("leaderOf", "melville", "mechanism"),
        R("partOf", "wafaa", "hezbollah"),
        R("memberOf", "yaghi", "wafaa"),
        R("memberOf", "yaghi", "hezbollah", opt=True),
        R("affiliatedWith", "hamas", "iran", opt=True),
    ],
    events=[
        # the drone strike at Sidon, yesterday (Monday), claimed by the Israeli army
        V("Strike", agent=[["israel", "idf"]], target=[["badran", "hamas"]], place=[["saida", "lebanon"]],
          date="2025-02-17", trigger="بضربة"),
        V("Killing", agent=[["israel", "idf"]], target=["badran"], place=[["saida", "lebanon"]],
          date="2025-02-17", trigger="اغتالت"),
        V("Killing", opt=True, target=["hamas"]),
        # the army's arrests on Sunday, after the attack on the UNIFIL convoy on Friday evening
        V("Arrest", agent=["lb_army"], date="2025-02-16", trigger="اعتقل"),
        V("Arrest", opt=True, place=["beirut"]),
        V("Attack", target=["unifil"], place=[["airport", "beirut"]], date="2025-02-14", trigger="بالاعتداء"),
        V("Meeting", agent=["haddad", "melville"], place=["yarzeh"], date="2025-02-17", trigger="التقى"),
        V("Meeting", opt=True, agent=["mechanism"]),
    ],
))
