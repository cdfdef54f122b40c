"""Hand annotations of the forty-second training set (see eval/train42/README.md).

Events in agency war and security copy (Yemen, Libya, Iraq, Afghanistan, Somalia, Sinai, Nigeria,
Mali): the agent named in another clause or sentence or carried across joined verbs (هاجموا ...
وأحرقوا ... وقتلوا), passive killings whose subject is the one killed (قُتل X), claims of
responsibility (أعلن X مسؤوليته عن، تبنى، تبنت), unknown gunmen, coalition strikes and strikes by an
aircraft nobody names, arrests with the arrested named, operations launched to retake places, meetings
(أجرى مباحثات مع، بحث مع، التقى) and visits (وصل إلى، استقبل), casualty tolls, dates in phrases of their
own (في العاشر من الشهر الجاري، أمس الأحد) and events told inside quotes and reported speech two
levels deep. Persons are invented except well-known public figures. Written and annotated before the
extractor was run on it; the event helper's WORKING set. ``build_train42.py`` turns this into
eval/train42.jsonl. In event roles a nested list is a set of alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Yemen, Aden (2016-05-17, Tuesday)
DOCS.append(dict(
    id="t42-ye-aden", published="2016-05-17",
    text="""عدن - (أ ف ب):

قُتل العقيد فضل الحالمي، مدير أمن مديرية المنصورة في مدينة عدن جنوبي اليمن، وثلاثة من مرافقيه، صباح أمس الاثنين، بعدما فتح مسلحون مجهولون يستقلون دراجة نارية النار على سيارته قرب دوار السفينة، ثم لاذوا بالفرار، وفق ما أفاد مصدر أمني.

وقال المصدر لوكالة فرانس برس إن «المهاجمين ترصدوا الحالمي منذ خروجه من منزله، وأطلقوا عليه وابلا من الرصاص قبل أن يختفوا في أزقة الحي».

وفي وقت لاحق، أعلن تنظيم «الدولة الإسلامية» مسؤوليته عن الاغتيال، في بيان نشرته وكالة «أعماق» التابعة له.

من جهة أخرى، شنت طائرات التحالف العربي الذي تقوده السعودية سلسلة غارات على مواقع لمسلحي جماعة الحوثي في مديرية نهم شرقي العاصمة صنعاء، ما أسفر عن مقتل 12 مسلحا على الأقل، بحسب ما ذكرت قناة «العربية».

وكانت قوات الحزام الأمني قد اعتقلت، في العاشر من الشهر الجاري، المدعو صالح باعوم، المتهم بالتخطيط لتفجيرات استهدفت نقاط تفتيش في المدينة، خلال مداهمة لمنزله في حي الشيخ عثمان.""",
    entities=[
        E("aden", "Place", ["عدن", "مدينة عدن", "المدينة"], "Aden", qid="Q131694", sub="City"),
        E("afp", "Organization", ["أ ف ب", "فرانس برس"], "Agence France-Presse", qid="Q40464",
          sub="MediaOrganization", opt=True),
        E("halimi", "Person", ["فضل الحالمي", "الحالمي"], "Fadl al-Halimi"),
        E("mansoura", "Place", ["مديرية المنصورة"], "al-Mansoura District", sub="Region", opt=True),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization", opt=True),
        E("coalition", "Organization", ["التحالف العربي"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("houthis", "Organization", ["جماعة الحوثي"], "Houthis", sub="ArmedGroup"),
        E("nihm", "Place", ["مديرية نهم"], "Nihm District", sub="Region"),
        E("sanaa", "Place", ["صنعاء", "العاصمة صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("arabiya", "Organization", ["العربية"], "Al Arabiya", sub="MediaOrganization", opt=True),
        E("belt", "Organization", ["قوات الحزام الأمني"], "Security Belt Forces", sub="ArmedForce"),
        E("baoum", "Person", ["صالح باعوم"], "Salih Ba'oum"),
        E("othman", "Place", ["حي الشيخ عثمان"], "Sheikh Othman", sub="City"),
    ],
    relations=[
        R("locatedIn", "aden", "yemen"),
        R("locatedIn", "mansoura", "aden", opt=True),
        R("leaderOf", "saudi", "coalition"),
        R("locatedIn", "nihm", "sanaa", opt=True),
        R("partOf", "amaq", "isis", opt=True),
        R("locatedIn", "othman", "aden", opt=True),
    ],
    events=[
        V("Killing", agent=["isis"], target=["halimi"], place=[["aden", "mansoura"]], date="2016-05-16",
          trigger="قُتل"),
        V("Attack", agent=["isis"], target=["halimi"], place=[["aden", "mansoura"]], date="2016-05-16",
          trigger="فتح ... النار"),
        V("Strike", agent=[["coalition", "saudi"]], target=["houthis"], place=[["nihm", "sanaa"]],
          trigger="غارات"),
        V("Killing", agent=[["coalition", "saudi"]], place=[["nihm", "sanaa"]], trigger="مقتل"),
        V("Killing", opt=True, target=["houthis"]),
        V("Arrest", agent=["belt"], target=["baoum"], place=[["othman", "aden"]], date="2016-05-10",
          trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Libya, Sirte (2016-06-10, Friday)
DOCS.append(dict(
    id="t42-ly-sirte", published="2016-06-10",
    text="""طرابلس - (رويترز):

قالت القوات الموالية لحكومة الوفاق الوطني الليبية إنها سيطرت، أمس الخميس، على ميناء مدينة سرت بعد معارك عنيفة مع مسلحي تنظيم «داعش»، في إطار عملية «البنيان المرصوص» التي أطلقتها الشهر الماضي لاستعادة المدينة من قبضة التنظيم.

وقال المتحدث باسم المركز الإعلامي للعملية، سالم الفيتوري، إن خمسة من عناصر القوات قُتلوا وأصيب 22 آخرون في اشتباكات الخميس، مضيفا أن «مقاتلي التنظيم فجروا ثلاث سيارات مفخخة عند مدخل الميناء، لكن قواتنا تصدت لها ودمرتها قبل أن تبلغ أهدافها».

وفي العاصمة طرابلس، التقى رئيس المجلس الرئاسي فائز السراج، الأربعاء، المبعوث الأممي إلى ليبيا مارتن كوبلر، وبحث معه تطورات المعارك في سرت وسبل دعم القوات الحكومية.

وفي شرق البلاد، قصفت طائرات حربية مجهولة، فجر الأربعاء، مواقع لمجلس شورى ثوار درنة في منطقة الفتائح جنوب شرقي مدينة درنة، دون أن تتبنى أي جهة الغارات.

إلى ذلك، أعلنت قوة الردع الخاصة أنها ألقت القبض على ثلاثة أشخاص يشتبه في انتمائهم إلى التنظيم، بينهم تونسي يدعى نبيل الخماسي، خلال مداهمة في منطقة تاجوراء شرقي طرابلس.""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("gna", "Organization", ["حكومة الوفاق الوطني الليبية"], "Government of National Accord",
          sub="GovernmentBody"),
        E("gnaforces", "Organization", ["القوات", "القوات الحكومية"],
          "GNA-aligned forces", sub="ArmedForce", opt=True),
        E("sirte", "Place", ["مدينة سرت", "سرت", "المدينة"], "Sirte", qid="Q189133", sub="City"),
        E("isis", "Organization", ["تنظيم «داعش»", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("fitouri", "Person", ["سالم الفيتوري"], "Salem al-Fitouri"),
        E("mediacentre", "Organization", ["المركز الإعلامي للعملية"], "Operation media centre",
          sub="GovernmentBody", opt=True),
        E("council", "Organization", ["المجلس الرئاسي"], "Presidential Council", sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj", qid="Q21819458"),
        E("kobler", "Person", ["مارتن كوبلر"], "Martin Kobler", qid="Q78817"),
        E("libya", "Place", ["ليبيا", "البلاد"], "Libya", qid="Q1016", sub="Country"),
        E("shura", "Organization", ["مجلس شورى ثوار درنة"], "Shura Council of Mujahideen in Derna",
          sub="ArmedGroup"),
        E("fatayih", "Place", ["منطقة الفتائح"], "al-Fatayih", sub="City"),
        E("derna", "Place", ["مدينة درنة"], "Derna", qid="Q202984", sub="City"),
        E("rada", "Organization", ["قوة الردع الخاصة"], "Special Deterrence Force", sub="ArmedForce"),
        E("khammasi", "Person", ["نبيل الخماسي"], "Nabil al-Khammasi"),
        E("tajoura", "Place", ["منطقة تاجوراء"], "Tajoura", sub="City"),
    ],
    relations=[
        R("leaderOf", "sarraj", "council"),
        R("positionIn", "kobler", "libya", opt=True),
        R("spokespersonOf", "fitouri", "mediacentre", opt=True),
        R("locatedIn", "fatayih", "derna"),
        R("locatedIn", "tajoura", "tripoli"),
        R("affiliatedWith", "gnaforces", "gna", opt=True),
        R("memberOf", "khammasi", "isis", opt=True),
    ],
    events=[
        V("MilitaryOperation", name="البنيان المرصوص", agent=[["gnaforces", "gna"]], target=["isis"],
          place=["sirte"], date="2016-05", trigger="عملية"),
        V("Attack", opt=True, agent=[["gnaforces", "gna"]], target=["isis"], place=["sirte"],
          date="2016-06-09"),
        V("Killing", target=[["gnaforces", "gna"]], place=["sirte"], trigger="قُتلوا"),
        V("Killing", opt=True, agent=["isis"], date="2016-06-09"),
        V("Attack", agent=["isis"], target=[["gnaforces", "gna"]], place=["sirte"], trigger="فجروا"),
        V("Attack", opt=True, date="2016-06-09"),
        V("Meeting", agent=["sarraj", "kobler"], place=["tripoli"], date="2016-06-08", trigger="التقى"),
        V("Strike", target=["shura"], place=[["fatayih", "derna"]], date="2016-06-08", trigger="قصفت"),
        V("Arrest", agent=["rada"], target=["khammasi"], place=[["tajoura", "tripoli"]], trigger="ألقت القبض"),
    ],
))

# ---------------------------------------------------------------- Iraq, Anbar (2017-01-23, Monday)
DOCS.append(dict(
    id="t42-iq-anbar", published="2017-01-23",
    text="""الرمادي - كتب: أحمد الدليمي

قال قائد عمليات الأنبار اللواء الركن سعد الجبوري إن القوات العراقية بدأت، فجر أمس الأحد، عملية عسكرية واسعة لاستعادة قضاء عنه غربي المحافظة من سيطرة تنظيم «داعش»، بمشاركة مقاتلي الحشد العشائري وبإسناد من طيران التحالف الدولي.

وأضاف الجبوري، في تصريح صحافي، أن «طائرات التحالف نفذت 14 غارة على مواقع التنظيم في محيط القضاء، ودمرت مخازن للأسلحة وقتلت العشرات من المسلحين».

وفي مدينة الرمادي، قُتل ثلاثة من عناصر الشرطة وأصيب خمسة آخرون بانفجار سيارة مفخخة يقودها انتحاري عند نقطة تفتيش على مدخلها الغربي مساء السبت. وتبنى «داعش» الهجوم في بيان على مواقع التواصل الاجتماعي، قائلا إن «أحد مقاتليه فجر سيارته بتجمع للمرتدين».

إلى ذلك، أعلنت خلية الإعلام الحربي أن قوة من جهاز مكافحة الإرهاب ألقت القبض على المدعو أبو عمر الكربولي، أحد قادة التنظيم في الفلوجة، في كمين قرب ناحية الصقلاوية شمالي المدينة.

ويأتي ذلك بعد أسابيع من إعلان الحكومة العراقية استعادة معظم مدن المحافظة، فيما يقول مسؤولون محليون إن مئات العائلات لا تزال محاصرة داخل القضاء وتعاني نقصا حادا في الغذاء والدواء.""",
    entities=[
        E("ramadi", "Place", ["الرمادي", "مدينة الرمادي"], "Ramadi", qid="Q207795", sub="City"),
        E("dulaimi", "Person", ["أحمد الدليمي"], "Ahmed al-Dulaimi"),
        E("anbarops", "Organization", ["عمليات الأنبار"], "Anbar Operations Command", sub="ArmedForce"),
        E("jubouri", "Person", ["سعد الجبوري", "الجبوري"], "Saad al-Jubouri"),
        E("iqforces", "Organization", ["القوات العراقية"], "Iraqi forces", sub="ArmedForce"),
        E("anah", "Place", ["قضاء عنه", "القضاء"], "Anah District", sub="Region"),
        E("anbar", "Place", ["المحافظة"], "Anbar Governorate", qid="Q205084", sub="Region", opt=True),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("tribal", "Organization", ["الحشد العشائري"], "Tribal Mobilization", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "International coalition",
          sub="Coalition"),
        E("police", "Organization", ["الشرطة"], "Iraqi police", sub="ArmedForce", opt=True),
        E("warmedia", "Organization", ["خلية الإعلام الحربي"], "War Media Cell", sub="GovernmentBody",
          opt=True),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter-Terrorism Service", sub="ArmedForce"),
        E("karbouli", "Person", ["أبو عمر الكربولي"], "Abu Omar al-Karbouli"),
        E("fallujah", "Place", ["الفلوجة", "المدينة"], "Fallujah", qid="Q191848", sub="City"),
        E("saqlawiya", "Place", ["ناحية الصقلاوية"], "Saqlawiyah", sub="City"),
        E("iqgov", "Organization", ["الحكومة العراقية"], "Iraqi government", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("leaderOf", "jubouri", "anbarops"),
        R("locatedIn", "anah", "anbar"),
        R("memberOf", "karbouli", "isis"),
        R("locatedIn", "saqlawiya", "fallujah", opt=True),
        R("partOf", "tribal", "iqforces", opt=True),
    ],
    events=[
        V("MilitaryOperation", agent=["iqforces"], target=["isis"], place=[["anah", "anbar"]],
          date="2017-01-22", trigger="عملية عسكرية"),
        V("MilitaryOperation", opt=True, agent=[["tribal", "coalition"]]),
        V("Strike", agent=["coalition"], target=["isis"], place=["anah"], trigger="غارة"),
        V("Strike", opt=True, date="2017-01"),
        V("Killing", agent=["coalition"], target=["isis"], place=["anah"], trigger="قتلت"),
        V("Attack", agent=["isis"], target=["police"], place=["ramadi"], date="2017-01-21", trigger="بانفجار"),
        V("Killing", agent=["isis"], target=["police"], place=["ramadi"], date="2017-01-21", trigger="قُتل"),
        V("Arrest", agent=["cts"], target=["karbouli"], place=[["saqlawiya", "fallujah"]],
          trigger="ألقت القبض"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kabul (2018-04-23, Monday)
DOCS.append(dict(
    id="t42-af-kabul", published="2018-04-23",
    text="""كابول - (د ب أ):

قال المتحدث باسم وزارة الداخلية الأفغانية عبد الرحيم نوري إن انتحاريا يقود سيارة ملغومة فجر نفسه قرب مجمع لجهاز الاستخبارات في حي شش درك بالعاصمة كابول، صباح أمس الأحد، ما أدى إلى مقتل 11 شخصا، بينهم أربعة من عناصر الأمن، وإصابة 25 آخرين.

وأضاف نوري أن «مسلحين آخرين حاولوا اقتحام المجمع بعد التفجير، لكن قوات الأمن اشتبكت معهم وقتلتهم جميعا».

وأعلن المتحدث باسم حركة طالبان ذبيح الله مجاهد، في رسالة إلى الصحافيين، أن الحركة نفذت الهجوم، مشيرا إلى أن «المجاهدين استهدفوا مركزا يدير عمليات الاستخبارات ضد الشعب الأفغاني».

وفي ولاية هلمند جنوبي البلاد، قالت السلطات المحلية إن غارة جوية نفذتها القوات الأمريكية على منزل في مديرية موسى قلعة، مساء السبت، أسفرت عن مقتل قيادي في طالبان يدعى الملا عبد الباري وثلاثة من مرافقيه.

من جهة أخرى، وصل الرئيس الأفغاني أشرف غني، أمس، إلى مدينة مزار شريف في زيارة تستغرق يومين، يلتقي خلالها زعماء قبليين وقادة أمنيين في الولايات الشمالية.""",
    entities=[
        E("kabul", "Place", ["كابول", "العاصمة كابول"], "Kabul", qid="Q5838", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "Deutsche Presse-Agentur", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية"], "Afghan Ministry of Interior",
          sub="GovernmentBody"),
        E("nouri", "Person", ["عبد الرحيم نوري", "نوري"], "Abdul Rahim Nouri"),
        E("nds", "Organization", ["جهاز الاستخبارات"], "National Directorate of Security",
          sub="GovernmentBody"),
        E("shashdarak", "Place", ["حي شش درك"], "Shash Darak", sub="City"),
        E("security", "Organization", ["قوات الأمن"], "Afghan security forces", sub="ArmedForce", opt=True),
        E("taliban", "Organization", ["حركة طالبان", "الحركة", "طالبان"], "Taliban", qid="Q42418",
          sub="ArmedGroup"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid", qid="Q8063950"),
        E("helmand", "Place", ["ولاية هلمند"], "Helmand Province", qid="Q171278", sub="Region"),
        E("afghanistan", "Place", ["البلاد"], "Afghanistan", qid="Q889", sub="Country", opt=True),
        E("usforces", "Organization", ["القوات الأمريكية"], "US forces", sub="ArmedForce"),
        E("musaqala", "Place", ["مديرية موسى قلعة"], "Musa Qala District", sub="Region"),
        E("bari", "Person", ["الملا عبد الباري", "عبد الباري"], "Mullah Abdul Bari"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani", qid="Q56524"),
        E("mazar", "Place", ["مدينة مزار شريف"], "Mazar-i-Sharif", qid="Q130469", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "nouri", "moi"),
        R("spokespersonOf", "mujahid", "taliban"),
        R("locatedIn", "shashdarak", "kabul"),
        R("locatedIn", "musaqala", "helmand", opt=True),
        R("memberOf", "bari", "taliban"),
        R("locatedIn", "helmand", "afghanistan", opt=True),
    ],
    events=[
        V("Attack", agent=["taliban"], target=["nds"], place=[["shashdarak", "kabul"]], date="2018-04-22",
          trigger="فجر نفسه"),
        V("Killing", agent=["taliban"], place=[["shashdarak", "kabul"]], date="2018-04-22", trigger="مقتل"),
        V("Killing", opt=True, target=["security"]),
        V("Attack", opt=True, agent=["security"], place=["kabul"], date="2018-04-22"),
        V("Killing", opt=True, agent=["security"]),
        V("Strike", agent=["usforces"], target=["bari"], place=[["musaqala", "helmand"]], date="2018-04-21",
          trigger="غارة جوية"),
        V("Strike", opt=True, target=["taliban"]),
        V("Killing", agent=["usforces"], target=["bari"], place=[["musaqala", "helmand"]], date="2018-04-21",
          trigger="مقتل"),
        V("Visit", agent=["ghani"], place=["mazar"], date="2018-04-22", trigger="وصل"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2018-07-09, Monday)
DOCS.append(dict(
    id="t42-so-mogadishu", published="2018-07-09",
    text="""مقديشو - (رويترز):

قُتل تسعة أشخاص على الأقل، بينهم نائب في البرلمان، عندما فجر انتحاري سيارة ملغومة عند بوابة فندق «الجزيرة» في العاصمة الصومالية مقديشو، مساء السبت، قبل أن يقتحم مسلحون المبنى ويشتبكوا مع الحراس لساعات، وفق ما أفاد ضابط الشرطة محمد حسين ورسمي.

وتبنت حركة الشباب المرتبطة بتنظيم القاعدة الهجوم، وقال المتحدث العسكري باسمها حسن عدو، في بيان بثته إذاعة «الأندلس» الناطقة باسم الحركة، إن «مقاتلينا اقتحموا الفندق لأنه يؤوي مسؤولين حكوميين ومرتزقة أجانب».

وأكد رئيس البرلمان أن النائب عبدي حاجي فارح، الذي كان يقيم في الفندق، قُتل في الهجوم.

من جهة أخرى، أعلنت القيادة الأمريكية في أفريقيا (أفريكوم) أن طائراتها شنت، الجمعة، غارة جوية على معسكر لحركة الشباب قرب بلدة جليب في إقليم جوبا الوسطى، أسفرت عن مقتل ستة من عناصر الحركة.

وفي مدينة كيسمايو الساحلية، اعتقلت قوات الأمن في ولاية جوبالاند، أمس الأحد، ثلاثة أشخاص يشتبه في صلتهم بالحركة، بينهم شخص يدعى علي بري، بحسب ما قال مسؤول محلي.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("hotel", "Place", ["فندق «الجزيرة»", "الفندق"], "Jazeera Hotel", opt=True),
        E("warsame", "Person", ["محمد حسين ورسمي"], "Mohamed Hussein Warsame"),
        E("police", "Organization", ["الشرطة"], "Somali police", sub="ArmedForce", opt=True),
        E("shabaab", "Organization", ["حركة الشباب", "الحركة"], "al-Shabaab", qid="Q216478",
          sub="ArmedGroup"),
        E("qaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("addow", "Person", ["حسن عدو"], "Hassan Addow"),
        E("andalus", "Organization", ["إذاعة «الأندلس»"], "Radio Andalus", sub="MediaOrganization", opt=True),
        E("parliament", "Organization", ["البرلمان"], "Federal Parliament of Somalia", sub="GovernmentBody",
          opt=True),
        E("farah", "Person", ["عبدي حاجي فارح"], "Abdi Haji Farah"),
        E("africom", "Organization", ["القيادة الأمريكية في أفريقيا", "أفريكوم"], "AFRICOM", qid="Q291657",
          sub="ArmedForce"),
        E("jilib", "Place", ["بلدة جليب"], "Jilib", sub="City"),
        E("middlejuba", "Place", ["إقليم جوبا الوسطى"], "Middle Juba", sub="Region"),
        E("kismayo", "Place", ["مدينة كيسمايو"], "Kismayo", qid="Q1012285", sub="City"),
        E("jubaland", "Place", ["ولاية جوبالاند"], "Jubaland", sub="Region"),
        E("security", "Organization", ["قوات الأمن"], "Jubaland security forces",
          sub="ArmedForce"),
        E("barre", "Person", ["علي بري"], "Ali Barre"),
    ],
    relations=[
        R("affiliatedWith", "shabaab", "qaeda"),
        R("spokespersonOf", "addow", "shabaab"),
        R("memberOf", "farah", "parliament", opt=True),
        R("memberOf", "warsame", "police", opt=True),
        R("locatedIn", "jilib", "middlejuba"),
        R("locatedIn", "kismayo", "jubaland", opt=True),
        R("partOf", "andalus", "shabaab", opt=True),
        R("locatedIn", "hotel", "mogadishu", opt=True),
    ],
    events=[
        V("Attack", agent=["shabaab"], target=[["hotel"]], place=["mogadishu"], date="2018-07-07",
          trigger="فجر"),
        V("Killing", agent=["shabaab"], target=["farah"], place=["mogadishu"], date="2018-07-07",
          trigger="قُتل"),
        V("Strike", agent=["africom"], target=["shabaab"], place=[["jilib", "middlejuba"]], date="2018-07-06",
          trigger="غارة جوية"),
        V("Killing", agent=["africom"], target=["shabaab"], place=[["jilib", "middlejuba"]], date="2018-07-06",
          trigger="مقتل"),
        V("Arrest", agent=["security"], target=["barre"], place=["kismayo"], date="2018-07-08",
          trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Egypt, Sinai (2018-02-12, Monday)
DOCS.append(dict(
    id="t42-eg-sinai", published="2018-02-12",
    text="""القاهرة - (أ ش أ):

قال المتحدث العسكري باسم القوات المسلحة المصرية، في بيان اليوم الاثنين، إن القوات الجوية استهدفت 66 هدفا للعناصر التكفيرية في شمال ووسط سيناء منذ انطلاق «العملية الشاملة سيناء 2018» صباح الجمعة الماضي.

وأوضح البيان أن القوات قتلت 16 تكفيريا، وألقت القبض على 30 آخرين من العناصر المطلوبة، ودمرت 60 مخبأ ومخزنا للمتفجرات.

وفي مدينة العريش، قُتل مجند وأصيب ثلاثة آخرون من قوات الشرطة، أمس الأحد، إثر استهداف كمين أمني بقذيفة هاون أطلقها مسلحون على أطراف المدينة الجنوبية، وفق مصادر أمنية وطبية. وأعلن تنظيم «ولاية سيناء»، الفرع المصري لتنظيم «داعش»، مسؤوليته عن استهداف الكمين في بيان على الإنترنت.

إلى ذلك، استقبل الرئيس عبد الفتاح السيسي، أمس، وزير الخارجية الأمريكي ريكس تيلرسون، الذي وصل إلى القاهرة في مستهل جولة في المنطقة، وبحث معه جهود مكافحة الإرهاب والأوضاع في سيناء.

ويأتي إطلاق العملية بعد أكثر من شهرين على الهجوم الذي استهدف مسجد الروضة في مدينة بئر العبد وأسفر عن مقتل أكثر من 300 مصل، وهو الأعنف في تاريخ مصر الحديث.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("mena", "Organization", ["أ ش أ"], "Middle East News Agency", sub="MediaOrganization", opt=True),
        E("egaf", "Organization", ["القوات المسلحة المصرية", "القوات"], "Egyptian Armed Forces",
          sub="ArmedForce"),
        E("egaf_air", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("sinai", "Place", ["سيناء"], "Sinai", qid="Q36823", sub="Region"),
        E("arish", "Place", ["مدينة العريش", "المدينة"], "Arish", qid="Q29957", sub="City"),
        E("police", "Organization", ["قوات الشرطة"], "Egyptian police", sub="ArmedForce"),
        E("wilayat", "Organization", ["تنظيم «ولاية سيناء»"], "Sinai Province", qid="Q16829917",
          sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم «داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi", qid="Q1048000"),
        E("tillerson", "Person", ["ريكس تيلرسون"], "Rex Tillerson", qid="Q7319888"),
        E("rawda", "Place", ["مسجد الروضة"], "al-Rawda mosque", opt=True),
        E("bir", "Place", ["مدينة بئر العبد"], "Bir al-Abd", qid="Q2915432", sub="City"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
    ],
    relations=[
        R("partOf", "wilayat", "isis"),
        R("partOf", "egaf_air", "egaf", opt=True),
        R("locatedIn", "arish", "sinai", opt=True),
    ],
    events=[
        V("MilitaryOperation", name="العملية الشاملة سيناء 2018", agent=["egaf"], place=["sinai"],
          date="2018-02-09", trigger="العملية الشاملة"),
        V("Strike", agent=[["egaf_air", "egaf"]], place=["sinai"], trigger="استهدفت"),
        V("Strike", opt=True, date="2018-02"),
        V("Killing", agent=["egaf"], place=["sinai"], trigger="قتلت"),
        V("Killing", opt=True, date="2018-02"),
        V("Arrest", agent=["egaf"], place=["sinai"], trigger="ألقت القبض"),
        V("Arrest", opt=True, date="2018-02"),
        V("Attack", agent=["wilayat"], target=["police"], place=["arish"], date="2018-02-11", trigger="استهداف"),
        V("Strike", opt=True, agent=["wilayat"], target=["police"], place=["arish"], date="2018-02-11"),
        V("Killing", agent=["wilayat"], target=["police"], place=["arish"], date="2018-02-11", trigger="قُتل"),
        V("Meeting", agent=["sisi", "tillerson"], place=["cairo"], date="2018-02-11", trigger="استقبل"),
        V("Visit", agent=["tillerson"], place=["cairo"], trigger="وصل"),
        V("Visit", opt=True, date="2018-02"),
        V("Attack", target=[["rawda"]], place=[["bir", "rawda"]], trigger="الهجوم"),
        V("Killing", place=[["bir", "rawda"]], trigger="مقتل"),
        V("Attack", opt=True, date="2017"),
        V("Killing", opt=True, date="2017"),
    ],
))

# ---------------------------------------------------------------- Nigeria, Borno (2019-01-17, Thursday)
DOCS.append(dict(
    id="t42-ng-borno", published="2019-01-17",
    text="""مايدوغوري (نيجيريا) - (أ ف ب):

قال مسؤولون محليون إن مسلحين من جماعة «بوكو حرام» هاجموا، ليل الثلاثاء، قرية دالوري القريبة من مدينة مايدوغوري عاصمة ولاية بورنو، وأحرقوا عشرات المنازل وقتلوا 14 قرويا على الأقل، قبل أن ينسحبوا باتجاه غابة سامبيسا.

وقال موسى غوني، وهو قائد ميليشيا محلية تقاتل إلى جانب الجيش، إن «المهاجمين جاؤوا على دراجات نارية، وكانوا يطلقون النار على كل من يتحرك».

وفي اليوم نفسه، أعلن تنظيم «ولاية غرب أفريقيا» الموالي لتنظيم «داعش» مسؤوليته عن هجوم على قاعدة عسكرية في بلدة ميتيلي قرب الحدود مع النيجر، قال إنه قتل فيه 20 جنديا، فيما لم يؤكد الجيش النيجيري هذه الحصيلة.

من جانبه، قال المتحدث باسم الجيش النيجيري العقيد إيمانويل أكينولا إن سلاح الجو شن غارات على مخابئ «بوكو حرام» في غابة سامبيسا، وإن قوات برية حررت 12 امرأة وطفلا واعتقلت أربعة من عناصر الجماعة، بينهم قيادي يدعى مالام بوكار.

وكان الرئيس محمد بخاري قد وصل إلى مايدوغوري، في الخامس من الشهر الجاري، في زيارة تفقد خلالها القوات المنتشرة على خطوط المواجهة.""",
    entities=[
        E("maiduguri", "Place", ["مايدوغوري", "مدينة مايدوغوري"], "Maiduguri", qid="Q27230", sub="City"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("bh", "Organization", ["جماعة «بوكو حرام»", "«بوكو حرام»", "الجماعة"], "Boko Haram", qid="Q796",
          sub="ArmedGroup"),
        E("dalori", "Place", ["قرية دالوري"], "Dalori", sub="City"),
        E("borno", "Place", ["ولاية بورنو"], "Borno State", qid="Q504236", sub="Region"),
        E("sambisa", "Place", ["غابة سامبيسا"], "Sambisa Forest", qid="Q3476919", sub="Region"),
        E("goni", "Person", ["موسى غوني"], "Musa Goni"),
        E("army", "Organization", ["الجيش النيجيري", "الجيش"], "Nigerian Army", sub="ArmedForce"),
        E("iswap", "Organization", ["تنظيم «ولاية غرب أفريقيا»"], "ISWAP", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم «داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("metele", "Place", ["بلدة ميتيلي"], "Metele", sub="City"),
        E("niger", "Place", ["النيجر"], "Niger", qid="Q1032", sub="Country"),
        E("akinola", "Person", ["إيمانويل أكينولا"], "Emmanuel Akinola"),
        E("airforce", "Organization", ["سلاح الجو"], "Nigerian Air Force", sub="ArmedForce", opt=True),
        E("bukar", "Person", ["مالام بوكار"], "Malam Bukar"),
        E("buhari", "Person", ["محمد بخاري"], "Muhammadu Buhari", qid="Q3783"),
    ],
    relations=[
        R("locatedIn", "maiduguri", "borno"),
        R("locatedIn", "maiduguri", "nigeria", opt=True),
        R("affiliatedWith", "iswap", "isis"),
        R("spokespersonOf", "akinola", "army"),
        R("memberOf", "bukar", "bh"),
        R("locatedIn", "dalori", "maiduguri", opt=True),
        R("partOf", "iswap", "isis", opt=True),
    ],
    events=[
        V("Attack", agent=["bh"], place=[["dalori", "maiduguri"]], date="2019-01-15", trigger="هاجموا"),
        V("Attack", opt=True, target=["dalori"]),
        V("Killing", agent=["bh"], place=[["dalori", "maiduguri"]], date="2019-01-15", trigger="قتلوا"),
        V("Attack", agent=["iswap"], target=["army"], place=["metele"], trigger="هجوم"),
        V("Attack", opt=True, date="2019-01"),
        V("Killing", agent=["iswap"], target=["army"], place=["metele"], trigger="قتل"),
        V("Killing", opt=True, date="2019-01"),
        V("Strike", agent=[["airforce", "army"]], target=["bh"], place=["sambisa"], trigger="غارات"),
        V("Arrest", agent=["army"], target=["bukar"], place=["sambisa"], trigger="اعتقلت"),
        V("Arrest", opt=True, target=["bh"]),     # (added after the first run: "أربعة من عناصر الجماعة")
        V("Visit", agent=["buhari"], place=["maiduguri"], date="2019-01-05", trigger="وصل"),
    ],
))

# ---------------------------------------------------------------- Mali, Kidal (2019-03-18, Monday)
DOCS.append(dict(
    id="t42-ml-tessalit", published="2019-03-18",
    text="""باماكو - (رويترز):

قالت بعثة الأمم المتحدة في مالي (مينوسما) إن ثلاثة من جنود حفظ السلام التشاديين قُتلوا وأصيب خمسة آخرون، صباح أمس الأحد، عندما تعرضت قافلة لهم لهجوم بعبوة ناسفة أعقبه إطلاق نار كثيف قرب بلدة تيساليت في منطقة كيدال شمالي البلاد.

وأعلنت «جماعة نصرة الإسلام والمسلمين» المرتبطة بتنظيم القاعدة، في بيان نقلته وكالة «الأخبار» الموريتانية، مسؤوليتها عن الهجوم، وقالت إن مقاتليها «نصبوا كمينا للقافلة ودمروا عربتين مصفحتين».

وفي وسط البلاد، قال مسؤول محلي إن مسلحين مجهولين هاجموا، فجر السبت، قرية في دائرة بانكاس بمنطقة موبتي، وقتلوا 11 مدنيا وأحرقوا مخازن الحبوب قبل أن يلوذوا بالفرار.

وفي العاصمة باماكو، أجرى وزير الخارجية المالي موسى كوناتي مباحثات مع رئيس البعثة الأممية أحمد ولد سيدي، تناولت سبل تعزيز حماية القوافل على الطرق الشمالية.

إلى ذلك، أعلن الجيش الفرنسي أن قواته المنتشرة في إطار عملية «برخان» اعتقلت، في العاشر من الشهر الجاري، قياديا في الجماعة يدعى حماد أغ محمد، خلال مداهمة قرب مدينة ميناكا.""",
    entities=[
        E("bamako", "Place", ["باماكو", "العاصمة باماكو"], "Bamako", qid="Q3703", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("minusma", "Organization", ["بعثة الأمم المتحدة في مالي", "مينوسما", "البعثة الأممية"], "MINUSMA",
          qid="Q1415066", sub="GovernmentBody"),
        E("mali", "Place", ["مالي", "البلاد"], "Mali", qid="Q912", sub="Country"),
        E("tessalit", "Place", ["بلدة تيساليت"], "Tessalit", sub="City"),
        E("kidal", "Place", ["منطقة كيدال"], "Kidal Region", sub="Region"),
        E("jnim", "Organization", ["«جماعة نصرة الإسلام والمسلمين»", "الجماعة"],
          "Jama'at Nasr al-Islam wal-Muslimin", qid="Q28837442", sub="ArmedGroup"),
        E("qaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("akhbar", "Organization", ["«الأخبار»"], "Al-Akhbar", sub="MediaOrganization", opt=True),
        E("bankass", "Place", ["دائرة بانكاس"], "Bankass Cercle", sub="Region"),
        E("mopti", "Place", ["منطقة موبتي"], "Mopti Region", sub="Region"),
        E("konate", "Person", ["موسى كوناتي"], "Moussa Konate"),
        E("sidi", "Person", ["أحمد ولد سيدي"], "Ahmed Ould Sidi"),
        E("frarmy", "Organization", ["الجيش الفرنسي"], "French Army", sub="ArmedForce"),
        E("hammad", "Person", ["حماد أغ محمد"], "Hammad Ag Mohamed"),
        E("menaka", "Place", ["مدينة ميناكا"], "Menaka", sub="City"),
    ],
    relations=[
        R("locatedIn", "tessalit", "kidal"),
        R("locatedIn", "kidal", "mali", opt=True),
        R("affiliatedWith", "jnim", "qaeda"),
        R("locatedIn", "bankass", "mopti"),
        R("positionIn", "konate", "mali"),
        R("leaderOf", "sidi", "minusma"),
        R("memberOf", "hammad", "jnim"),
    ],
    events=[
        V("Attack", agent=["jnim"], target=["minusma"], place=[["tessalit", "kidal"]], date="2019-03-17",
          trigger="لهجوم"),
        V("Killing", agent=["jnim"], target=["minusma"], place=[["tessalit", "kidal"]], date="2019-03-17",
          trigger="قُتلوا"),
        V("Attack", place=[["bankass", "mopti"]], date="2019-03-16", trigger="هاجموا"),
        V("Killing", place=[["bankass", "mopti"]], date="2019-03-16", trigger="قتلوا"),
        V("Meeting", agent=["konate", "sidi"], place=["bamako"], trigger="مباحثات"),
        V("Arrest", agent=["frarmy"], target=["hammad"], place=["menaka"], date="2019-03-10", trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Yemen, Marib (2018-11-05, Monday)
DOCS.append(dict(
    id="t42-ye-marib", published="2018-11-05",
    text="""مأرب - كتب: عبدالله الصنعاني

أفادت مصادر عسكرية يمنية بأن قوات الجيش الوطني، المدعومة من التحالف بقيادة السعودية، أطلقت، فجر أمس الأحد، عملية عسكرية لاستعادة مديرية صرواح غربي محافظة مأرب من قبضة جماعة الحوثي، وسيطرت على عدد من التلال المطلة على مركز المديرية.

ونقل موقع «سبتمبر نت» التابع لوزارة الدفاع عن قائد المنطقة العسكرية الثالثة اللواء صادق الحبيشي قوله إن «طيران التحالف شن أكثر من 20 غارة على تعزيزات الحوثيين، وقتل العشرات منهم، بينهم القيادي أبو حسين المداني».

في المقابل، قالت قناة «المسيرة» التابعة للجماعة إن القوة الصاروخية أطلقت صاروخا باليستيا على تجمعات «للمرتزقة» في معسكر صحن الجن بمدينة مأرب، وادعت أنه أوقع عشرات القتلى والجرحى.

وفي محافظة الحديدة، قُتل خمسة مدنيين بينهم طفلان، مساء الجمعة، بقصف مدفعي استهدف سوقا شعبية في مديرية التحيتا، واتهمت السلطات المحلية الحوثيين بالوقوف وراءه.

وفي الرياض، بحث نائب الرئيس اليمني علي محسن الأحمر مع السفير الأمريكي لدى اليمن ماثيو تولر، أمس، مستجدات الأوضاع الميدانية وجهود السلام التي يقودها المبعوث الأممي.""",
    entities=[
        E("marib", "Place", ["مأرب", "محافظة مأرب"], "Marib Governorate", sub="Region"),
        E("maribcity", "Place", ["مدينة مأرب"], "Marib", sub="City"),
        E("sanaani", "Person", ["عبدالله الصنعاني"], "Abdullah al-Sanaani"),
        E("army", "Organization", ["قوات الجيش الوطني"], "Yemeni National Army", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("sirwah", "Place", ["مديرية صرواح", "المديرية"], "Sirwah District", sub="Region"),
        E("houthis", "Organization", ["جماعة الحوثي", "الحوثيين", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("september", "Organization", ["«سبتمبر نت»"], "26 September Net", sub="MediaOrganization",
          opt=True),
        E("mod", "Organization", ["وزارة الدفاع"], "Yemeni Ministry of Defence", sub="GovernmentBody",
          opt=True),
        E("region3", "Organization", ["المنطقة العسكرية الثالثة"], "Third Military Region", sub="ArmedForce"),
        E("hubaishi", "Person", ["صادق الحبيشي"], "Sadiq al-Hubaishi"),
        E("madani", "Person", ["أبو حسين المداني"], "Abu Hussein al-Madani"),
        E("masirah", "Organization", ["«المسيرة»"], "Al-Masirah", sub="MediaOrganization", opt=True),
        E("missile", "Organization", ["القوة الصاروخية"], "Houthi missile force", sub="ArmedForce"),
        E("sahn", "Place", ["معسكر صحن الجن"], "Sahn al-Jinn camp", opt=True),
        E("hodeidah", "Place", ["محافظة الحديدة"], "Hodeidah Governorate", sub="Region"),
        E("tuhayta", "Place", ["مديرية التحيتا"], "al-Tuhayta District", sub="Region"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("ahmar", "Person", ["علي محسن الأحمر"], "Ali Mohsen al-Ahmar", qid="Q2733224"),
        E("tueller", "Person", ["ماثيو تولر"], "Matthew Tueller", qid="Q6790904"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
    ],
    relations=[
        R("leaderOf", "saudi", "coalition"),
        R("affiliatedWith", "army", "coalition", opt=True),
        R("locatedIn", "sirwah", "marib"),
        R("leaderOf", "hubaishi", "region3"),
        R("memberOf", "madani", "houthis"),
        R("partOf", "missile", "houthis", opt=True),
        R("partOf", "masirah", "houthis", opt=True),
        R("partOf", "september", "mod", opt=True),
        R("locatedIn", "tuhayta", "hodeidah"),
        R("locatedIn", "sahn", "maribcity", opt=True),
        R("positionIn", "ahmar", "yemen"),
        R("positionIn", "tueller", "yemen", opt=True),
    ],
    events=[
        V("MilitaryOperation", agent=["army"], target=["houthis"], place=[["sirwah", "marib"]],
          date="2018-11-04", trigger="عملية عسكرية"),
        V("Strike", agent=[["coalition", "saudi"]], target=["houthis"], place=[["sirwah", "marib"]],
          trigger="غارة"),
        V("Killing", agent=[["coalition", "saudi"]], target=["madani"], trigger="وقتل"),
        V("Killing", opt=True, target=["houthis"], place=[["sirwah", "marib"]]),
        V("Strike", agent=[["missile", "houthis"]], place=[["maribcity", "sahn"]], trigger="أطلقت"),
        V("Attack", opt=True, agent=[["missile", "houthis"]], place=[["maribcity", "sahn"]]),
        V("Killing", place=[["tuhayta", "hodeidah"]], date="2018-11-02", trigger="قُتل"),
        V("Strike", place=[["tuhayta", "hodeidah"]], date="2018-11-02", trigger="بقصف"),
        V("Strike", opt=True, agent=["houthis"]),
        V("Killing", opt=True, agent=["houthis"]),
        V("Meeting", agent=["ahmar", "tueller"], place=["riyadh"], date="2018-11-04", trigger="بحث"),
    ],
))

# ---------------------------------------------------------------- Iraq, Kirkuk (2019-02-16, Saturday)
DOCS.append(dict(
    id="t42-iq-kirkuk", published="2019-02-16",
    text="""كركوك - (الأناضول):

قال مسؤول محلي في محافظة كركوك إن مسلحين يرتدون زيا عسكريا نصبوا، ليل الخميس، حاجزا وهميا على الطريق الرابط بين قضاء الدبس وناحية الرياض، واستوقفوا سيارة تقل أربعة من عناصر الحشد الشعبي وأعدموهم رميا بالرصاص.

وقال عضو مجلس المحافظة أحمد العبيدي للأناضول إن «شهودا أكدوا لنا أن المسلحين قالوا للضحايا إنهم من جنود الخلافة، ثم أطلقوا النار عليهم وأحرقوا سيارتهم».

وذكر بيان لخلية الإعلام الأمني أن طائرات القوة الجوية العراقية نفذت، أمس الجمعة، ضربة جوية على وكر لعناصر «داعش» في وادي الشاي جنوبي كركوك، ما أسفر عن مقتل سبعة منهم، بينهم المسؤول العسكري للتنظيم في المنطقة.

إلى ذلك، أعلن جهاز الأمن الوطني اعتقال المدعو سعد الحمداني، المتهم بتمويل خلايا التنظيم، في حي دوميز بمدينة كركوك.

وفي بغداد، استقبل رئيس الوزراء عادل عبد المهدي، أمس، قائد القيادة المركزية الأمريكية الجنرال جوزيف فوتيل، وبحث معه مستقبل القوات الأمريكية في البلاد والتعاون في ملاحقة فلول التنظيم.

وكانت القوات العراقية قد أطلقت، في العاشر من الشهر الجاري، عملية لتفتيش قرى حوض وادي الشاي بعد تزايد هجمات الخلايا النائمة على القرى والطرق.""",
    entities=[
        E("kirkuk", "Place", ["كركوك", "مدينة كركوك"], "Kirkuk", qid="Q188057", sub="City"),
        E("kirkukgov", "Place", ["محافظة كركوك", "المحافظة"], "Kirkuk Governorate", qid="Q212149",
          sub="Region"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", qid="Q1141183", sub="MediaOrganization",
          opt=True),
        E("dibis", "Place", ["قضاء الدبس"], "Dibis District", sub="Region"),
        E("riyadh", "Place", ["ناحية الرياض"], "al-Riyadh subdistrict", sub="City"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", qid="Q17010072",
          sub="ArmedForce"),
        E("council", "Organization", ["مجلس المحافظة"], "Kirkuk Provincial Council", sub="GovernmentBody"),
        E("obaidi", "Person", ["أحمد العبيدي"], "Ahmed al-Obaidi"),
        E("cell", "Organization", ["خلية الإعلام الأمني"], "Security Media Cell", sub="GovernmentBody",
          opt=True),
        E("iqaf", "Organization", ["القوة الجوية العراقية"], "Iraqi Air Force", sub="ArmedForce"),
        E("isis", "Organization", ["«داعش»", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("shay", "Place", ["وادي الشاي"], "Wadi al-Shay", sub="Region"),
        E("nsa", "Organization", ["جهاز الأمن الوطني"], "Iraqi National Security Service",
          sub="GovernmentBody"),
        E("hamdani", "Person", ["سعد الحمداني"], "Saad al-Hamdani"),
        E("domiz", "Place", ["حي دوميز"], "Domiz", sub="City"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("mahdi", "Person", ["عادل عبد المهدي"], "Adil Abdul-Mahdi", qid="Q2823683"),
        E("centcom", "Organization", ["القيادة المركزية الأمريكية"], "CENTCOM", qid="Q1059207",
          sub="ArmedForce"),
        E("votel", "Person", ["جوزيف فوتيل"], "Joseph Votel", qid="Q6288143"),
        E("usforces", "Organization", ["القوات الأمريكية"], "US forces", sub="ArmedForce", opt=True),
        E("iraq", "Place", ["البلاد"], "Iraq", qid="Q796", sub="Country", opt=True),
        E("iqforces", "Organization", ["القوات العراقية"], "Iraqi forces", sub="ArmedForce"),
    ],
    relations=[
        R("locatedIn", "dibis", "kirkukgov", opt=True),
        R("memberOf", "obaidi", "council"),
        R("locatedIn", "shay", "kirkuk", opt=True),
        R("locatedIn", "domiz", "kirkuk"),
        R("leaderOf", "votel", "centcom"),
        R("positionIn", "mahdi", "iraq", opt=True),
        R("locatedIn", "kirkuk", "kirkukgov", opt=True),
    ],
    events=[
        V("Killing", target=["pmf"], place=[["dibis", "riyadh", "kirkukgov"]], date="2019-02-14",
          trigger="أعدموهم"),
        V("Attack", opt=True, target=["pmf"], place=[["dibis", "riyadh", "kirkukgov"]], date="2019-02-14"),
        V("Killing", opt=True, agent=["isis"]),
        V("Attack", opt=True, agent=["isis"]),
        V("Strike", agent=["iqaf"], target=["isis"], place=[["shay", "kirkuk"]], date="2019-02-15",
          trigger="ضربة جوية"),
        V("Killing", agent=["iqaf"], target=["isis"], place=[["shay", "kirkuk"]], date="2019-02-15",
          trigger="مقتل"),
        V("Arrest", agent=["nsa"], target=["hamdani"], place=[["domiz", "kirkuk"]], trigger="اعتقال"),
        V("Meeting", agent=["mahdi", "votel"], place=["baghdad"], date="2019-02-15", trigger="استقبل"),
        V("Visit", opt=True, agent=["votel"], place=["baghdad"], date="2019-02-15"),
        V("MilitaryOperation", agent=["iqforces"], place=["shay"], date="2019-02-10", trigger="عملية"),
        V("MilitaryOperation", opt=True, target=["isis"]),
    ],
))
