"""Hand annotations of the forty-ninth training set (see eval/train49/README.md).

The CHECK set written beside train48: the same event kinds (strikes and shelling with the agent in
another clause, clashes between named sides, arrests and raids, executions and kidnappings, bombings
and later claims, visits, talks and phone calls, deaths announced) in other countries and wordings
(Nigeria, Tunisia, Lebanon, Sudan, Kenya, Mali, Bahrain, Gaza and the West Bank). Persons are
invented except well-known public figures. Written and annotated before the extractor was run on it;
only its summary line is read. ``build_train49.py`` turns this into eval/train49.jsonl. In event
roles a nested list is a set of alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Nigeria, Yobe and Borno (2014-11-05, Wednesday)
DOCS.append(dict(
    id="t49-ng-potiskum", published="2014-11-05",
    text="""أبوجا - (رويترز):

لقي 15 شخصا على الأقل مصرعهم، يوم الاثنين، عندما فجر انتحاري نفسه وسط موكب ديني في مدينة بوتيسكوم كبرى مدن ولاية يوبي شمال شرقي نيجيريا، وفق ما أفاد شهود عيان ومسؤولون في مستشفى المدينة.

ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن، غير أن السلطات تتهم جماعة بوكو حرام بتنفيذ هجمات مماثلة خلال الأشهر الماضية.

وقال المتحدث باسم وزارة الدفاع النيجيرية كريس أولوكولادي إن طائرات القوات الجوية قصفت، أمس الثلاثاء، معسكرات للجماعة في غابة سامبيسا بولاية بورنو، مضيفا أن «عددا كبيرا من الإرهابيين قُتلوا» في القصف.

وفي ولاية أداماوا، قال سكان إن مسلحين من الجماعة اقتحموا بلدة موبي، الأسبوع الماضي، وخطفوا عشرات الشبان والفتيات، وأحرقوا مركزا للشرطة وعددا من الكنائس.

من جهة أخرى، استقبل الرئيس النيجيري غودلاك جوناثان في أبوجا، أمس، الرئيس التشادي إدريس ديبي، وبحث الجانبان تشكيل قوة إقليمية مشتركة لمواجهة الجماعة. وكان ديبي قد وصل إلى العاصمة النيجيرية مساء الاثنين في زيارة لم يعلن عنها مسبقا.""",
    entities=[
        E("abuja", "Place", ["أبوجا", "العاصمة النيجيرية"], "Abuja", qid="Q3787", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("potiskum", "Place", ["بوتيسكوم", "مدينة بوتيسكوم", "المدينة"], "Potiskum", sub="City"),
        E("yobe", "Place", ["ولاية يوبي"], "Yobe State", sub="Region"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("bokoharam", "Organization", ["جماعة بوكو حرام", "بوكو حرام", "الجماعة"], "Boko Haram",
          qid="Q212990", sub="ArmedGroup"),
        E("mod", "Organization", ["وزارة الدفاع النيجيرية"], "Nigerian Ministry of Defence",
          sub="GovernmentBody"),
        E("olukolade", "Person", ["كريس أولوكولادي"], "Chris Olukolade"),
        E("naf", "Organization", ["القوات الجوية"], "Nigerian Air Force", sub="ArmedForce"),
        E("sambisa", "Place", ["غابة سامبيسا"], "Sambisa Forest", sub="Region"),
        E("borno", "Place", ["ولاية بورنو"], "Borno State", sub="Region"),
        E("adamawa", "Place", ["ولاية أداماوا"], "Adamawa State", sub="Region"),
        E("mubi", "Place", ["بلدة موبي"], "Mubi", sub="City"),
        E("jonathan", "Person", ["غودلاك جوناثان"], "Goodluck Jonathan"),
        E("deby", "Person", ["إدريس ديبي", "ديبي"], "Idriss Deby"),
    ],
    relations=[
        R("locatedIn", "potiskum", "yobe"),
        R("locatedIn", "yobe", "nigeria"),
        R("spokespersonOf", "olukolade", "mod"),
        R("locatedIn", "sambisa", "borno"),
        R("locatedIn", "mubi", "adamawa"),
        R("leaderOf", "jonathan", "nigeria", opt=True),
    ],
    events=[
        V("Attack", place=[["potiskum", "yobe"]], date="2014-11-03", trigger="فجر"),
        V("Killing", place=[["potiskum", "yobe"]], date="2014-11-03", trigger="لقي ... مصرعهم"),
        V("Strike", agent=["naf"], target=["bokoharam"], place=[["sambisa", "borno"]], date="2014-11-04",
          trigger="قصفت"),
        V("Killing", agent=["naf"], place=[["sambisa", "borno"]], date="2014-11-04", trigger="قُتلوا"),
        V("Attack", agent=["bokoharam"], place=[["mubi", "adamawa"]], trigger="اقتحموا"),
        V("Arrest", agent=["bokoharam"], place=[["mubi", "adamawa"]], trigger="خطفوا"),
        V("Meeting", agent=["jonathan", "deby"], place=["abuja"], date="2014-11-04", trigger="استقبل"),
        V("Visit", agent=["deby"], place=["abuja"], date="2014-11-03", trigger="وصل"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Kairouan and Kasserine (2015-07-15, Wednesday)
DOCS.append(dict(
    id="t49-tn-sousse", published="2015-07-15",
    text="""تونس - كتب: منير الطرابلسي

أعلنت وزارة الداخلية التونسية، أمس، أن وحدات الحرس الوطني أوقفت في مدينة القيروان ثلاثة أشخاص، بينهم شاب يدعى مروان العياري، يشتبه في أنهم قدموا دعما لوجستيا لمنفذ الهجوم على فندق في مدينة سوسة.

وكان مسلح قد فتح النار على السياح في الفندق في 26 يونيو/حزيران الماضي، ما أودى بحياة 38 شخصا معظمهم من البريطانيين، قبل أن تقتله قوات الأمن. وتبنى تنظيم «الدولة الإسلامية» الهجوم في اليوم نفسه.

وفي ولاية القصرين، قُتل جندي وأصيب اثنان آخران، الاثنين، في اشتباك بين وحدات من الجيش ومسلحين من كتيبة عقبة بن نافع في جبل الشعانبي، حسب ما أفاد المتحدث باسم وزارة الدفاع بلحسن الوسلاتي.

على صعيد آخر، وصل وزير الخارجية البريطاني فيليب هاموند إلى تونس، أمس، في زيارة قصيرة التقى خلالها الرئيس الباجي قائد السبسي، وبحث معه التعاون الأمني وحماية المنشآت السياحية.

وكان السبسي قد تلقى الأسبوع الماضي اتصالا هاتفيا من رئيس الوزراء البريطاني ديفيد كاميرون، أكد خلاله وقوف بلاده إلى جانب تونس.""",
    entities=[
        E("tunisia", "Place", ["تونس"], "Tunisia", sub="Country"),
        E("trabelsi", "Person", ["منير الطرابلسي"], "Mounir al-Trabelsi"),
        E("interior", "Organization", ["وزارة الداخلية التونسية"], "Tunisian Interior Ministry",
          sub="GovernmentBody"),
        E("guard", "Organization", ["الحرس الوطني"], "Tunisian National Guard", sub="ArmedForce"),
        E("kairouan", "Place", ["القيروان", "مدينة القيروان"], "Kairouan", sub="City"),
        E("ayari", "Person", ["مروان العياري"], "Marwan al-Ayari"),
        E("sousse", "Place", ["سوسة", "مدينة سوسة"], "Sousse", sub="City"),
        E("security", "Organization", ["قوات الأمن"], "Tunisian security forces", sub="ArmedForce", opt=True),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("kasserine", "Place", ["ولاية القصرين"], "Kasserine Governorate", sub="Region"),
        E("army", "Organization", ["الجيش"], "Tunisian Army", sub="ArmedForce"),
        E("okba", "Organization", ["كتيبة عقبة بن نافع"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("chaambi", "Place", ["جبل الشعانبي"], "Mount Chaambi", sub="Region"),
        E("mod", "Organization", ["وزارة الدفاع"], "Tunisian Ministry of Defence", sub="GovernmentBody"),
        E("wuslati", "Person", ["بلحسن الوسلاتي"], "Belhassen al-Wuslati"),
        E("hammond", "Person", ["فيليب هاموند"], "Philip Hammond"),
        E("essebsi", "Person", ["الباجي قائد السبسي", "السبسي"], "Beji Caid Essebsi"),
        E("cameron", "Person", ["ديفيد كاميرون"], "David Cameron"),
    ],
    relations=[
        R("partOf", "guard", "interior", opt=True),
        R("locatedIn", "chaambi", "kasserine"),
        R("spokespersonOf", "wuslati", "mod"),
    ],
    events=[
        V("Arrest", agent=["guard"], target=["ayari"], place=["kairouan"], trigger="أوقفت"),
        V("Arrest", opt=True, date="2015-07-14"),
        V("Attack", agent=["isis"], place=["sousse"], date="2015-06-26", trigger="فتح النار"),
        V("Killing", agent=["isis"], place=["sousse"], date="2015-06-26", trigger="أودى بحياة"),
        V("Killing", opt=True, agent=["security"], place=["sousse"], date="2015-06-26"),
        V("Killing", place=[["chaambi", "kasserine"]], date="2015-07-13", trigger="قُتل"),
        V("Killing", opt=True, agent=["okba"], target=["army"]),
        V("Attack", opt=True, agent=["army", "okba"], target=["army", "okba"], place=[["chaambi", "kasserine"]],
          date="2015-07-13", trigger="اشتباك"),
        V("Visit", agent=["hammond"], place=["tunisia"], date="2015-07-14", trigger="وصل"),
        V("Meeting", agent=["hammond", "essebsi"], place=["tunisia"], date="2015-07-14", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal and Beirut (2016-04-12, Tuesday)
DOCS.append(dict(
    id="t49-lb-arsal", published="2016-04-12",
    text="""بيروت - (الوكالة الوطنية للإعلام):

أعلنت قيادة الجيش اللبناني أن وحداته المنتشرة على الحدود الشرقية استهدفت بالمدفعية الثقيلة، ليل الأحد، تحركات لمسلحين في جرود بلدة رأس بعلبك، وأوقعت إصابات مؤكدة في صفوفهم.

وأضافت القيادة في بيان أن قوة من مديرية المخابرات دهمت، أمس، مخيما للنازحين السوريين في بلدة عرسال، وأوقفت 14 شخصا، بينهم المدعو عمار الحسيني، المطلوب بجرم الانتماء إلى تنظيم «داعش» والمشاركة في خطف عسكريين.

وفي مخيم عين الحلوة قرب مدينة صيدا، قُتل مسؤول في حركة فتح يدعى أبو حسن العرموني، أمس الأول، بانفجار عبوة ناسفة زرعها مجهولون في سيارته، ولم تتبن أي جهة العملية.

سياسيا، التقى رئيس مجلس الوزراء تمام سلام في السراي الحكومي، أمس، السفيرة الأمريكية إليزابيث ريتشارد، وعرض معها المساعدات العسكرية الأمريكية للجيش.

ومن المقرر أن يصل الرئيس الفرنسي فرانسوا هولاند إلى بيروت السبت المقبل في زيارة رسمية يلتقي خلالها رئيس الحكومة وعددا من المسؤولين.

ويخوض الجيش منذ آب/أغسطس 2014 مواجهات متقطعة مع مسلحي «داعش» و«جبهة النصرة» المتحصنين في جرود البلدة.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency", sub="MediaOrganization",
          opt=True),
        E("army", "Organization", ["الجيش اللبناني", "الجيش", "قيادة الجيش اللبناني", "القيادة"], "Lebanese Army", sub="ArmedForce"),
        E("rasbaalbek", "Place", ["بلدة رأس بعلبك", "رأس بعلبك"], "Ras Baalbek", sub="City"),
        E("intel", "Organization", ["مديرية المخابرات"], "Army Intelligence Directorate", sub="GovernmentBody"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال"], "Arsal", sub="City"),
        E("husseini", "Person", ["عمار الحسيني"], "Ammar al-Husseini"),
        E("isis", "Organization", ["تنظيم «داعش»", "«داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("nusra", "Organization", ["«جبهة النصرة»"], "al-Nusra Front", sub="ArmedGroup"),
        E("ainhilweh", "Place", ["مخيم عين الحلوة"], "Ain al-Hilweh", sub="City"),
        E("sidon", "Place", ["صيدا", "مدينة صيدا"], "Sidon", sub="City"),
        E("fatah", "Organization", ["حركة فتح"], "Fatah", sub="PoliticalOrganization"),
        E("armouni", "Person", ["أبو حسن العرموني"], "Abu Hasan al-Armouni"),
        E("salam", "Person", ["تمام سلام"], "Tammam Salam"),
        E("richard", "Person", ["إليزابيث ريتشارد"], "Elizabeth Richard"),
        E("hollande", "Person", ["فرانسوا هولاند"], "François Hollande"),
    ],
    relations=[
        R("partOf", "intel", "army"),
        R("memberOf", "husseini", "isis"),
        R("memberOf", "armouni", "fatah"),
        R("locatedIn", "ainhilweh", "sidon"),
    ],
    events=[
        V("Strike", agent=["army"], place=["rasbaalbek"], date="2016-04-10", trigger="استهدفت"),
        V("Arrest", agent=[["intel", "army"]], target=["husseini"], place=["arsal"], date="2016-04-11",
          trigger="أوقفت"),
        V("Killing", target=["armouni"], place=[["ainhilweh", "sidon"]], date="2016-04-10", trigger="قُتل"),
        V("Attack", target=["armouni"], place=[["ainhilweh", "sidon"]], date="2016-04-10", trigger="بانفجار"),
        V("Meeting", agent=["salam", "richard"], place=["beirut"], date="2016-04-11", trigger="التقى"),
        V("Attack", opt=True, agent=["army", "isis", "nusra"], target=["army", "isis", "nusra"], place=["arsal"],
          date="2014-08"),
    ],
))

# ---------------------------------------------------------------- Sudan, Darfur (2017-06-21, Wednesday)
DOCS.append(dict(
    id="t49-sd-darfur", published="2017-06-21",
    text="""الخرطوم - (أ ف ب):

أعلنت قوات الدعم السريع السودانية أنها قتلت 20 من مسلحي حركة تحرير السودان - جناح مني أركو مناوي، في معارك اندلعت يوم الأحد في منطقة عين سيرو بولاية شمال دارفور، وأسرت 12 آخرين بينهم قائد ميداني يدعى آدم شوقار.

وقال المتحدث باسم الحركة في بيان إن طيران الجيش السوداني قصف قرى في المنطقة طوال يومين، مما أجبر مئات الأسر على الفرار نحو مدينة كتم.

وفي ولاية جنوب دارفور، خطف مسلحون مجهولون، السبت، موظفا محليا يعمل لدى بعثة الأمم المتحدة والاتحاد الأفريقي في دارفور (يوناميد) من منزله في مدينة نيالا، بحسب بيان للبعثة.

إلى ذلك، وصل الرئيس السوداني عمر البشير، أمس، إلى مدينة الفاشر عاصمة ولاية شمال دارفور في زيارة تستغرق يومين، وخاطب حشدا جماهيريا في ساحة المدينة، متعهدا بـ«القضاء على فلول التمرد».

وكان البشير قد بحث في الخرطوم، الاثنين، مع المبعوث الأمريكي الخاص إلى السودان دونالد بوث تطورات الحوار بشأن رفع العقوبات.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("rsf", "Organization", ["قوات الدعم السريع السودانية", "قوات الدعم السريع"], "Rapid Support Forces",
          sub="ArmedForce"),
        E("slm", "Organization", ["حركة تحرير السودان - جناح مني أركو مناوي", "حركة تحرير السودان", "الحركة"],
          "SLM-MM", sub="ArmedGroup"),
        E("ainsiro", "Place", ["منطقة عين سيرو"], "Ain Siro", sub="Region"),
        E("ndarfur", "Place", ["ولاية شمال دارفور"], "North Darfur", sub="Region"),
        E("shogar", "Person", ["آدم شوقار"], "Adam Shogar"),
        E("saf", "Organization", ["الجيش السوداني"], "Sudanese Armed Forces", sub="ArmedForce"),
        E("kutum", "Place", ["مدينة كتم"], "Kutum", sub="City"),
        E("sdarfur", "Place", ["ولاية جنوب دارفور"], "South Darfur", sub="Region"),
        E("unamid", "Organization", ["بعثة الأمم المتحدة والاتحاد الأفريقي في دارفور", "يوناميد", "البعثة"],
          "UNAMID"),
        E("nyala", "Place", ["مدينة نيالا"], "Nyala", sub="City"),
        E("bashir", "Person", ["عمر البشير", "البشير"], "Omar al-Bashir"),
        E("fasher", "Place", ["مدينة الفاشر", "الفاشر", "المدينة"], "El Fasher", sub="City"),
        E("sudan", "Place", ["السودان"], "Sudan", qid="Q1049", sub="Country"),
        E("booth", "Person", ["دونالد بوث"], "Donald Booth"),
    ],
    relations=[
        R("locatedIn", "ainsiro", "ndarfur"),
        R("memberOf", "shogar", "slm"),
        R("locatedIn", "nyala", "sdarfur", opt=True),
        R("locatedIn", "fasher", "ndarfur"),
        R("positionIn", "booth", "sudan", opt=True),
    ],
    events=[
        V("Killing", agent=["rsf"], target=["slm"], place=[["ainsiro", "ndarfur"]], date="2017-06-18",
          trigger="قتلت"),
        V("Attack", opt=True, agent=["rsf", "slm"], target=["rsf", "slm"], place=[["ainsiro", "ndarfur"]],
          date="2017-06-18", trigger="معارك"),
        V("Arrest", agent=["rsf"], target=["shogar"], place=[["ainsiro", "ndarfur"]], trigger="أسرت"),
        V("Arrest", opt=True, date="2017-06-18", target=["slm"]),
        V("Strike", agent=["saf"], place=["ainsiro"], trigger="قصف"),
        V("Arrest", place=["nyala"], date="2017-06-17", trigger="خطف"),
        V("Arrest", opt=True, target=["unamid"]),
        V("Visit", agent=["bashir"], place=["fasher"], date="2017-06-20", trigger="وصل"),
        V("Meeting", agent=["bashir", "booth"], place=["khartoum"], date="2017-06-19", trigger="بحث"),
    ],
))

# ---------------------------------------------------------------- Kenya, Mandera (2018-02-27, Tuesday)
DOCS.append(dict(
    id="t49-ke-mandera", published="2018-02-27",
    text="""نيروبي - (د ب أ):

لقي خمسة من أفراد الشرطة الكينية مصرعهم، أمس الاثنين، في هجوم شنه مسلحون على مركز للشرطة في بلدة إل واك بمقاطعة مانديرا شمال شرقي كينيا قرب الحدود مع الصومال.

وتبنت حركة الشباب الصومالية الهجوم في بيان بثته إذاعة «الأندلس» التابعة لها، قائلة إن مقاتليها «اقتحموا المركز وغنموا أسلحة وذخائر».

وقال قائد شرطة المقاطعة جوزيف كيبتو إن قوات الأمن اعتقلت في وقت لاحق اثنين من المشتبه بهم في مدينة غاريسا، خلال عملية تفتيش لحافلة كانت متجهة إلى نيروبي.

في الأثناء، قال المتحدث باسم قوات الدفاع الكينية بول نجوغونا إن مقاتلات سلاح الجو الكيني شنت، ليل الأحد، غارات على معسكرات للحركة في منطقة جوبا السفلى جنوبي الصومال، ما أسفر عن مقتل 30 مسلحا.

وكان الرئيس الكيني أوهورو كينياتا قد بحث مع نظيره الصومالي محمد عبد الله فرماجو، في اتصال هاتفي الجمعة، تعزيز التنسيق الأمني على الحدود، فيما استقبل في نيروبي الأسبوع الماضي قائد القيادة الأمريكية في أفريقيا الجنرال توماس والدهاوزر.""",
    entities=[
        E("nairobi", "Place", ["نيروبي"], "Nairobi", qid="Q3870", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "Deutsche Presse-Agentur", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة الكينية"], "Kenya Police", sub="ArmedForce"),
        E("elwak", "Place", ["بلدة إل واك"], "El Wak", sub="City"),
        E("mandera", "Place", ["مقاطعة مانديرا", "المقاطعة"], "Mandera County", sub="Region"),
        E("kenya", "Place", ["كينيا"], "Kenya", qid="Q114", sub="Country"),
        E("somalia", "Place", ["الصومال"], "Somalia", qid="Q1045", sub="Country"),
        E("shabaab", "Organization", ["حركة الشباب الصومالية", "حركة الشباب", "الحركة"], "al-Shabaab",
          qid="Q184753", sub="ArmedGroup"),
        E("andalus", "Organization", ["«الأندلس»", "الأندلس"], "Radio Andalus", sub="MediaOrganization",
          opt=True),
        E("kipto", "Person", ["جوزيف كيبتو"], "Joseph Kipto"),
        E("security", "Organization", ["قوات الأمن"], "Kenyan security forces", sub="ArmedForce", opt=True),
        E("garissa", "Place", ["مدينة غاريسا"], "Garissa", sub="City"),
        E("kdf", "Organization", ["قوات الدفاع الكينية"], "Kenya Defence Forces", sub="ArmedForce"),
        E("njuguna", "Person", ["بول نجوغونا"], "Paul Njuguna"),
        E("kaf", "Organization", ["سلاح الجو الكيني"], "Kenya Air Force", sub="ArmedForce"),
        E("lowerjuba", "Place", ["منطقة جوبا السفلى"], "Lower Juba", sub="Region"),
        E("kenyatta", "Person", ["أوهورو كينياتا"], "Uhuru Kenyatta"),
        E("farmajo", "Person", ["محمد عبد الله فرماجو"], "Mohamed Abdullahi Farmajo"),
        E("africom", "Organization", ["القيادة الأمريكية في أفريقيا"], "AFRICOM", sub="ArmedForce"),
        E("waldhauser", "Person", ["توماس والدهاوزر"], "Thomas Waldhauser"),
    ],
    relations=[
        R("locatedIn", "elwak", "mandera"),
        R("locatedIn", "mandera", "kenya"),
        R("partOf", "andalus", "shabaab", opt=True),
        R("leaderOf", "kipto", "police", opt=True),
        R("spokespersonOf", "njuguna", "kdf"),
        R("partOf", "kaf", "kdf", opt=True),
        R("locatedIn", "lowerjuba", "somalia"),
        R("leaderOf", "kenyatta", "kenya", opt=True),
        R("leaderOf", "waldhauser", "africom"),
    ],
    events=[
        V("Attack", agent=["shabaab"], target=["police"], place=[["elwak", "mandera"]], date="2018-02-26",
          trigger="هجوم"),
        V("Killing", agent=["shabaab"], target=["police"], place=[["elwak", "mandera"]], date="2018-02-26",
          trigger="لقي ... مصرعهم"),
        V("Arrest", agent=["security"], place=["garissa"], trigger="اعتقلت"),
        V("Strike", agent=[["kaf", "kdf"]], target=["shabaab"], place=[["lowerjuba", "somalia"]], date="2018-02-25",
          trigger="غارات"),
        V("Killing", agent=[["kaf", "kdf"]], place=[["lowerjuba", "somalia"]], date="2018-02-25", trigger="مقتل"),
        V("Killing", opt=True, target=["shabaab"]),
        V("Meeting", agent=["kenyatta", "waldhauser"], place=["nairobi"], date="2018-02", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Mali, Mopti and Menaka (2018-09-12, Wednesday)
DOCS.append(dict(
    id="t49-ml-menaka", published="2018-09-12",
    text="""باماكو - (أ ف ب):

أعلنت «جماعة نصرة الإسلام والمسلمين»، المرتبطة بتنظيم القاعدة، مسؤوليتها عن هجوم استهدف يوم السبت معسكرا للجيش المالي في بلدة بوني بمنطقة موبتي وسط البلاد، وأسفر عن مقتل ثمانية جنود، بحسب بيان نشرته وكالة «الأخبار» الموريتانية.

وقالت هيئة الأركان الفرنسية إن مروحيات قوة «برخان» قصفت، ليل الاثنين، مجموعة من المسلحين في منطقة ميناكا قرب الحدود مع النيجر، وقتلت نحو عشرة منهم، بينهم قيادي في تنظيم «الدولة الإسلامية في الصحراء الكبرى» يدعى محمد أغ الميمون.

وفي منطقة تمبكتو، خطف مسلحون يستقلون دراجات نارية رئيس بلدية محلية يدعى موسى ديارا، أثناء عودته من السوق، وفق ما أفاد أحد أقاربه.

سياسيا، أجرى الرئيس المالي إبراهيم بوبكر كيتا، الذي أدى اليمين الدستورية الأسبوع الماضي لولاية ثانية، مباحثات في باماكو، أمس، مع وزيرة الجيوش الفرنسية فلورانس بارلي، تناولت الوضع الأمني في شمال البلاد ووسطها. وكانت بارلي قد وصلت إلى العاصمة المالية مساء الاثنين.

وتنتشر في مالي قوة حفظ سلام أممية قوامها نحو 13 ألف عنصر، تعد الأكثر تكبدا للخسائر بين بعثات الأمم المتحدة حول العالم.""",
    entities=[
        E("bamako", "Place", ["باماكو", "العاصمة المالية"], "Bamako", qid="Q3703", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("jnim", "Organization", ["«جماعة نصرة الإسلام والمسلمين»", "جماعة نصرة الإسلام والمسلمين"], "JNIM",
          sub="ArmedGroup"),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("malarmy", "Organization", ["الجيش المالي"], "Malian Army", sub="ArmedForce"),
        E("boni", "Place", ["بلدة بوني"], "Boni", sub="City"),
        E("mopti", "Place", ["منطقة موبتي"], "Mopti Region", sub="Region"),
        E("mali", "Place", ["مالي", "البلاد"], "Mali", qid="Q912", sub="Country"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("akhbar", "Organization", ["«الأخبار»"], "Al-Akhbar", sub="MediaOrganization", opt=True),
        E("frstaff", "Organization", ["هيئة الأركان الفرنسية"], "French General Staff", sub="ArmedForce"),
        E("barkhane", "Organization", ["قوة «برخان»", "برخان"], "Operation Barkhane", sub="ArmedForce"),
        E("menaka", "Place", ["منطقة ميناكا"], "Menaka", sub="Region"),
        E("niger", "Place", ["النيجر"], "Niger", qid="Q1032", sub="Country"),
        E("isgs", "Organization", ["تنظيم «الدولة الإسلامية في الصحراء الكبرى»"], "ISGS", sub="ArmedGroup"),
        E("maimoun", "Person", ["محمد أغ الميمون"], "Mohamed Ag al-Maimoun"),
        E("timbuktu", "Place", ["منطقة تمبكتو"], "Timbuktu Region", sub="Region"),
        E("diarra", "Person", ["موسى ديارا"], "Moussa Diarra"),
        E("keita", "Person", ["إبراهيم بوبكر كيتا"], "Ibrahim Boubacar Keita"),
        E("parly", "Person", ["فلورانس بارلي", "بارلي"], "Florence Parly"),
    ],
    relations=[
        R("affiliatedWith", "jnim", "aq"),
        R("locatedIn", "boni", "mopti"),
        R("locatedIn", "mopti", "mali", opt=True),
        R("partOf", "barkhane", "frstaff", opt=True),
        R("memberOf", "maimoun", "isgs"),
    ],
    events=[
        V("Attack", agent=["jnim"], target=["malarmy"], place=[["boni", "mopti"]], date="2018-09-08",
          trigger="هجوم"),
        V("Killing", agent=["jnim"], target=["malarmy"], place=[["boni", "mopti"]], date="2018-09-08",
          trigger="مقتل"),
        V("Strike", agent=["barkhane"], place=["menaka"], date="2018-09-10", trigger="قصفت"),
        V("Killing", agent=["barkhane"], target=["maimoun"], place=["menaka"], date="2018-09-10",
          trigger="قتلت"),
        V("Killing", opt=True, target=["isgs"]),
        V("Arrest", target=["diarra"], place=["timbuktu"], trigger="خطف"),
        V("Meeting", agent=["keita", "parly"], place=["bamako"], date="2018-09-11", trigger="مباحثات"),
        V("Visit", agent=["parly"], place=["bamako"], date="2018-09-10", trigger="وصلت"),
    ],
))

# ---------------------------------------------------------------- Bahrain, Sitra (2019-03-19, Tuesday)
DOCS.append(dict(
    id="t49-bh-sitra", published="2019-03-19",
    text="""المنامة - (رويترز):

قالت وزارة الداخلية البحرينية إن شرطيا لقي مصرعه وأصيب اثنان آخران، مساء الأحد، في انفجار استهدف دورية أمنية في قرية العكر بمنطقة سترة، واصفة الحادث بأنه «عمل إرهابي جبان».

وفي اليوم التالي، تبنت جماعة تطلق على نفسها اسم «سرايا الأشتر» التفجير، في بيان نشرته على حساباتها في مواقع التواصل الاجتماعي. وتصنف البحرين الجماعة منظمة إرهابية وتتهم إيران بدعمها.

وأعلنت الوزارة، أمس، أن الأجهزة الأمنية ألقت القبض على ستة متهمين في القضية، بينهم المدعو حسين الستراوي، الذي قالت إنه «تلقى تدريبات على استخدام المتفجرات في معسكرات للحرس الثوري الإيراني».

وتلقى ملك البحرين الشيخ حمد بن عيسى آل خليفة اتصالا هاتفيا من خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، أعرب خلاله عن إدانة المملكة للتفجير.

كما استقبل الملك في قصر الصخير، أمس، قائد القيادة المركزية الأمريكية الجنرال جوزيف فوتيل، وبحث معه التعاون العسكري بين البلدين.

وتشهد البحرين منذ عام 2011 اضطرابات متقطعة، وتقول السلطات إن أكثر من 20 من عناصر الشرطة قُتلوا في هجمات مماثلة خلال السنوات الماضية.""",
    entities=[
        E("manama", "Place", ["المنامة"], "Manama", qid="Q3882", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("interior", "Organization", ["وزارة الداخلية البحرينية", "الوزارة"], "Bahraini Interior Ministry",
          sub="GovernmentBody"),
        E("akar", "Place", ["قرية العكر"], "al-Akar", sub="City"),
        E("sitra", "Place", ["منطقة سترة"], "Sitra", sub="City"),
        E("ashtar", "Organization", ["«سرايا الأشتر»", "سرايا الأشتر", "الجماعة"], "Saraya al-Ashtar",
          sub="ArmedGroup"),
        E("bahrain", "Place", ["البحرين"], "Bahrain", qid="Q398", sub="Country", alt=["Organization"]),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country", alt=["Organization"]),
        E("security", "Organization", ["الأجهزة الأمنية"], "Bahraini security services", opt=True),
        E("sitrawi", "Person", ["حسين الستراوي"], "Husayn al-Sitrawi"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "IRGC", sub="ArmedForce"),
        E("hamad", "Person", ["حمد بن عيسى آل خليفة"], "Hamad bin Isa Al Khalifa"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "King Salman"),
        E("ksa", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country", opt=True),
        E("sakhir", "Place", ["قصر الصخير"], "Sakhir Palace", sub="City", opt=True),
        E("centcom", "Organization", ["القيادة المركزية الأمريكية"], "CENTCOM", sub="ArmedForce"),
        E("votel", "Person", ["جوزيف فوتيل"], "Joseph Votel"),
    ],
    relations=[
        R("locatedIn", "akar", "sitra"),
        R("affiliatedWith", "ashtar", "iran", opt=True),
        R("leaderOf", "hamad", "bahrain"),
        R("leaderOf", "votel", "centcom"),
    ],
    events=[
        V("Killing", agent=["ashtar"], place=[["akar", "sitra"]], date="2019-03-17", trigger="لقي مصرعه"),
        V("Attack", agent=["ashtar"], place=[["akar", "sitra"]], date="2019-03-17", trigger="انفجار"),
        V("Arrest", agent=["security"], target=["sitrawi"], trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["interior"], date="2019-03"),
        V("Meeting", agent=["hamad", "votel"], place=["sakhir"], date="2019-03-18", trigger="استقبل"),
        V("Meeting", opt=True, place=["bahrain"]),
        V("Killing", opt=True, place=["bahrain"]),
    ],
))

# ---------------------------------------------------------------- Gaza and the West Bank (2019-10-15, Tuesday)
DOCS.append(dict(
    id="t49-ps-gaza", published="2019-10-15",
    text="""غزة - (الأناضول):

شنت طائرات حربية إسرائيلية، فجر اليوم الثلاثاء، غارات على موقعين لكتائب القسام، الجناح العسكري لحركة حماس، في بلدة بيت لاهيا شمالي قطاع غزة، دون أن يبلغ عن إصابات، وفق شهود عيان.

وقال الجيش الإسرائيلي في بيان إن الغارات جاءت ردا على إطلاق قذيفة صاروخية من القطاع باتجاه مدينة سديروت مساء أمس، اعترضتها منظومة «القبة الحديدية».

وفي الضفة الغربية، اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم، 12 فلسطينيا خلال مداهمات في مدن الخليل ونابلس وجنين، بينهم القيادي في حركة حماس عدنان الشريف، حسب ما أفاد نادي الأسير الفلسطيني.

وكان شاب فلسطيني قد استشهد، مساء الأحد، برصاص جنود الاحتلال قرب حاجز حوارة جنوب نابلس، بزعم محاولته تنفيذ عملية طعن.

من جهة أخرى، وصل وفد أمني مصري برئاسة اللواء أحمد عبد الخالق إلى قطاع غزة، أمس، عبر معبر بيت حانون (إيرز)، والتقى رئيس المكتب السياسي لحركة حماس إسماعيل هنية في إطار جهود التهدئة.

ويأتي التصعيد بعد أسابيع من الهدوء النسبي الذي ساد الحدود منذ التفاهمات التي رعتها مصر والأمم المتحدة في وقت سابق من العام.""",
    entities=[
        E("gaza", "Place", ["قطاع غزة", "غزة", "القطاع"], "Gaza Strip", qid="Q39760", sub="Region"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("qassam", "Organization", ["كتائب القسام"], "Qassam Brigades", sub="ArmedGroup"),
        E("hamas", "Organization", ["حركة حماس"], "Hamas", sub="ArmedGroup"),
        E("beitlahia", "Place", ["بلدة بيت لاهيا"], "Beit Lahia", sub="City"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "قوات الاحتلال الإسرائيلي", "الاحتلال"],
          "Israel Defense Forces", sub="ArmedForce"),
        E("sderot", "Place", ["مدينة سديروت"], "Sderot", sub="City"),
        E("irondome", "Organization", ["«القبة الحديدية»"], "Iron Dome", opt=True),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("hebron", "Place", ["الخليل"], "Hebron", sub="City"),
        E("nablus", "Place", ["نابلس"], "Nablus", sub="City"),
        E("jenin", "Place", ["جنين"], "Jenin", sub="City"),
        E("sharif", "Person", ["عدنان الشريف"], "Adnan al-Sharif"),
        E("prisoners", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoner's Society", opt=True),
        E("huwara", "Place", ["حاجز حوارة"], "Huwara checkpoint", sub="City"),
        E("abdelkhaliq", "Person", ["أحمد عبد الخالق"], "Ahmed Abdel-Khaliq"),
        E("erez", "Place", ["معبر بيت حانون", "إيرز"], "Erez crossing", sub="City", opt=True),
        E("politburo", "Organization", ["المكتب السياسي لحركة حماس"], "Hamas Political Bureau", opt=True),
        E("haniyeh", "Person", ["إسماعيل هنية"], "Ismail Haniyeh"),
        E("egypt", "Place", ["مصر"], "Egypt", sub="Country", alt=["Organization"]),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
    ],
    relations=[
        R("partOf", "qassam", "hamas"),
        R("locatedIn", "beitlahia", "gaza"),
        R("memberOf", "sharif", "hamas"),
        R("locatedIn", "huwara", "nablus"),
        R("leaderOf", "haniyeh", "hamas"),
        R("leaderOf", "haniyeh", "politburo", opt=True),
        R("locatedIn", "hebron", "westbank", opt=True),
        R("locatedIn", "nablus", "westbank", opt=True),
        R("locatedIn", "jenin", "westbank", opt=True),
    ],
    events=[
        V("Strike", agent=["idf"], target=["qassam"], place=[["beitlahia", "gaza"]], date="2019-10-15",
          trigger="غارات"),
        V("Strike", place=["sderot"], date="2019-10-14", trigger="إطلاق قذيفة"),
        V("Attack", opt=True, place=["sderot"], date="2019-10-14"),
        V("Arrest", agent=["idf"], target=["sharif"], place=[["hebron", "nablus", "jenin", "westbank"]],
          date="2019-10-15", trigger="اعتقلت"),
        V("Killing", agent=["idf"], place=[["huwara", "nablus"]], date="2019-10-13", trigger="استشهد"),
        V("Visit", agent=["abdelkhaliq"], place=["gaza"], date="2019-10-14", trigger="وصل"),
        V("Meeting", agent=["abdelkhaliq", "haniyeh"], place=["gaza"], date="2019-10-14", trigger="التقى"),
    ],
))
