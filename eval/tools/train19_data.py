"""Hand annotations of the nineteenth training set (see eval/train19/README.md).

The check set written beside train18: the same kinds of event phrasing (strikes and shellings on
lists of places, arrests of lists of named persons, ألقت القبض / إيقاف / احتجاز، joint operations and
named operations, states and their aircraft as agents, killings told as لقي حتفه / أسفر عن مقتل،
groups as targets, meetings and visits in other words, relative dates) in other countries, with
other names and wordings. Persons are invented except well-known public figures. Written and
annotated before the extractor was run on it; only its summary line is looked at.
``build_train19.py`` turns this into eval/train19.jsonl.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Daraa and Quneitra (2018-06-26, Tuesday)
DOCS.append(dict(
    id="t19-sy-daraa", published="2018-06-26",
    text="""عمان - «الغد»:

قتل 11 مدنيا بينهم نساء وأطفال، أمس الاثنين، جراء قصف صاروخي ومدفعي نفذه الجيش السوري على بلدات بصر الحرير والمليحة الشرقية وناحتة في ريف درعا الشرقي، وفق ما أفاد الدفاع المدني السوري.

وأضاف الدفاع المدني أن مروحيات الجيش ألقت عشرات البراميل المتفجرة على حيي طريق السد ومخيم درعا في المدينة، ما أدى إلى سقوط جرحى بين السكان ونزوح مئات العائلات نحو الحدود الأردنية.

على صعيد آخر، قالت إسرائيل إن طائراتها دمرت، ليل الأحد، موقعا عسكريا تابعا لحزب الله قرب بلدة حضر في ريف القنيطرة، ردا على إطلاق قذائف باتجاه هضبة الجولان.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("ghad", "Organization", ["الغد"], "Al-Ghad", sub="MediaOrganization", opt=True),
        E("saa", "Organization", ["الجيش السوري", "الجيش"], "Syrian Arab Army", sub="ArmedForce"),
        E("busra", "Place", ["بصر الحرير"], "Busr al-Harir", sub="City"),
        E("mulaiha", "Place", ["المليحة الشرقية"], "al-Mulayhah al-Sharqiyah", sub="City"),
        E("nahta", "Place", ["ناحتة"], "Nahtah", sub="City"),
        E("daraa", "Place", ["درعا", "المدينة"], "Daraa", sub="City"),
        E("civdef", "Organization", ["الدفاع المدني السوري", "الدفاع المدني"], "Syrian Civil Defence"),
        E("sadd", "Place", ["طريق السد"], "Tariq al-Sadd", sub="City"),
        E("camp", "Place", ["مخيم درعا"], "Daraa camp", sub="City"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("hadar", "Place", ["بلدة حضر", "حضر"], "Hadar", sub="City"),
        E("quneitra", "Place", ["القنيطرة"], "Quneitra Governorate", sub="Region"),
        E("golan", "Place", ["هضبة الجولان"], "Golan Heights", sub="Region"),
    ],
    relations=[
        R("locatedIn", "busra", "daraa"),
        R("locatedIn", "mulaiha", "daraa"),
        R("locatedIn", "nahta", "daraa"),
        R("locatedIn", "sadd", "daraa"),
        R("locatedIn", "camp", "daraa"),
        R("locatedIn", "hadar", "quneitra"),
    ],
    events=[
        V("Strike", agent=["saa"], place=[["busra", "daraa"], ["mulaiha", "daraa"], ["nahta", "daraa"]],
          date="2018-06-25", trigger="قصف"),
        V("Killing", agent=["saa"], place=[["busra", "daraa", "mulaiha", "nahta"]], date="2018-06-25",
          trigger="قتل"),
        V("Attack", opt=True, agent=["saa"], place=["busra", "mulaiha", "nahta", "daraa"], date="2018-06-25"),
        V("Strike", agent=["saa"], place=[["sadd", "daraa"], ["camp", "daraa"]], trigger="ألقت"),
        V("Strike", opt=True, date="2018-06"),
        V("Strike", agent=["israel"], target=["hezbollah"], place=[["hadar", "quneitra"]], date="2018-06-24",
          trigger="دمرت"),
        V("Attack", opt=True, place=["golan"]),
        V("Strike", opt=True, place=["golan"]),
    ],
))

# ---------------------------------------------------------------- Jordan, Karak (2016-12-21, Wednesday)
DOCS.append(dict(
    id="t19-jo-karak", published="2016-12-21",
    text="""عمان - (بترا):

أعلنت دائرة المخابرات العامة، اليوم الأربعاء، أن الأجهزة الأمنية ألقت القبض على 11 مشتبها بهم على صلة بالهجوم الذي استهدف قلعة الكرك، الأحد الماضي، وأسفر عن مقتل عشرة أشخاص بينهم سبعة من رجال الأمن وسائحة كندية.

وقال مصدر أمني إن من بين الموقوفين كلا من يزن العمري ومعاذ الطراونة وبلال الخصاونة، مضيفا أن التحقيقات كشفت «ارتباط الخلية بتنظيم داعش» الذي تبنى الهجوم في بيان.

وكان رئيس الوزراء هاني الملقي قد زار الكرك، أمس الثلاثاء، حيث التقى محافظ الكرك فيصل الزيود واطلع على سير التحقيقات.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("petra", "Organization", ["بترا"], "Petra News Agency", sub="MediaOrganization", opt=True),
        E("gid", "Organization", ["دائرة المخابرات العامة"], "General Intelligence Directorate (Jordan)",
          sub="GovernmentBody"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Jordanian security services", opt=True),
        E("castle", "Place", ["قلعة الكرك"], "Karak Castle"),
        E("karak", "Place", ["الكرك"], "Karak", sub="City"),
        E("omari", "Person", ["يزن العمري"], "Yazan al-Omari"),
        E("tarawneh", "Person", ["معاذ الطراونة"], "Muath al-Tarawneh"),
        E("khasawneh", "Person", ["بلال الخصاونة"], "Bilal al-Khasawneh"),
        E("isis", "Organization", ["تنظيم داعش", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("mulki", "Person", ["هاني الملقي"], "Hani Mulki"),
        E("zyoud", "Person", ["فيصل الزيود"], "Faisal al-Zyoud"),
    ],
    relations=[
        R("locatedIn", "castle", "karak", opt=True),
        R("leaderOf", "zyoud", "karak"),
        R("positionIn", "zyoud", "karak", opt=True),
        R("affiliatedWith", "omari", "isis", opt=True),
        R("affiliatedWith", "tarawneh", "isis", opt=True),
        R("affiliatedWith", "khasawneh", "isis", opt=True),
    ],
    events=[
        V("Arrest", agent=["security"], target=["omari", "tarawneh", "khasawneh"], date="2016-12",
          trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["gid"], place=["karak"]),
        V("Attack", agent=["isis"], place=[["castle", "karak"]], date="2016-12-18", trigger="الهجوم"),
        V("Killing", agent=["isis"], place=[["castle", "karak"]], date="2016-12-18", trigger="مقتل"),
        V("Visit", agent=["mulki"], place=["karak"], date="2016-12-20", trigger="زار"),
        V("Meeting", agent=["mulki", "zyoud"], place=["karak"], date="2016-12-20", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Nigeria and Chad (2015-06-04, Thursday)
DOCS.append(dict(
    id="t19-ng-borno", published="2015-06-04",
    text="""أبوجا - (رويترز):

قال المتحدث باسم الجيش النيجيري العقيد ساني عثمان إن القوات النيجيرية، بالتعاون مع وحدات من الجيش التشادي، شنت هجوما بريا وجويا على معاقل جماعة بوكو حرام في بلدات ديكوا وماراتي ورن بولاية بورنو، مضيفا أن 20 مسلحا لقوا حتفهم في المعارك.

وأوضح عثمان أن الجنود «أسروا خمسة من قادة الجماعة» بينهم المدعو أبو زيد البرناوي، وحرروا عشرات النساء والأطفال.

سياسيا، وصل الرئيس النيجيري محمد بخاري، أمس الأربعاء، إلى نجامينا، حيث أجرى مباحثات مع نظيره التشادي إدريس ديبي تناولت تنسيق الحرب على الجماعة.""",
    entities=[
        E("abuja", "Place", ["أبوجا"], "Abuja", qid="Q3787", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش النيجيري", "القوات النيجيرية"], "Nigerian Army", sub="ArmedForce"),
        E("usman", "Person", ["ساني عثمان", "عثمان"], "Sani Usman"),
        E("chadarmy", "Organization", ["الجيش التشادي"], "Chadian National Army", sub="ArmedForce"),
        E("boko", "Organization", ["جماعة بوكو حرام", "بوكو حرام", "الجماعة"], "Boko Haram", qid="Q4349",
          sub="ArmedGroup"),
        E("dikwa", "Place", ["ديكوا"], "Dikwa", sub="City"),
        E("marte", "Place", ["ماراتي"], "Marte", sub="City"),
        E("rann", "Place", ["رن"], "Rann", sub="City"),
        E("borno", "Place", ["ولاية بورنو"], "Borno State", sub="Region"),
        E("barnawi", "Person", ["أبو زيد البرناوي"], "Abu Zayd al-Barnawi"),
        E("buhari", "Person", ["محمد بخاري"], "Muhammadu Buhari"),
        E("ndjamena", "Place", ["نجامينا"], "N'Djamena", qid="Q3659", sub="City"),
        E("deby", "Person", ["إدريس ديبي"], "Idriss Déby"),
    ],
    relations=[
        R("spokespersonOf", "usman", "army"),
        R("locatedIn", "dikwa", "borno"),
        R("locatedIn", "marte", "borno"),
        R("locatedIn", "rann", "borno"),
        R("memberOf", "barnawi", "boko"),
        R("leaderOf", "barnawi", "boko", opt=True),
    ],
    events=[
        V("Attack", agent=["army", "chadarmy"], target=["boko"],
          place=[["dikwa", "borno"], ["marte", "borno"], ["rann", "borno"]], trigger="هجوما"),
        V("MilitaryOperation", opt=True, agent=["army", "chadarmy"], target=["boko"],
          place=["dikwa", "marte", "rann", "borno"], date="2015-06"),
        V("Strike", opt=True, agent=["army", "chadarmy"], target=["boko"], place=["dikwa", "marte", "rann", "borno"]),
        V("Killing", agent=["army"], target=["boko"], place=[["borno", "dikwa", "marte", "rann"]], trigger="حتفهم"),
        V("Killing", opt=True, agent=["chadarmy"], date="2015-06"),
        V("Arrest", agent=["army"], target=["barnawi", "boko"], trigger="أسروا"),
        V("Arrest", opt=True, place=["borno"], date="2015-06"),
        V("Visit", agent=["buhari"], place=["ndjamena"], date="2015-06-03", trigger="وصل"),
        V("Meeting", agent=["buhari", "deby"], place=["ndjamena"], date="2015-06-03", trigger="مباحثات"),
    ],
))

# ---------------------------------------------------------------- Mali, Menaka (2019-11-05, Tuesday)
DOCS.append(dict(
    id="t19-ml-menaka", published="2019-11-05",
    text="""باماكو - (أ ف ب):

حطت وزيرة الجيوش الفرنسية فلورانس بارلي، اليوم الثلاثاء، في باماكو في زيارة لم يعلن عنها مسبقا، وأجرت مباحثات مع الرئيس المالي إبراهيم أبو بكر كيتا، بعد أيام من هجوم دام استهدف قاعدة عسكرية في منطقة ميناكا.

وكان مسلحون من تنظيم الدولة الإسلامية في الصحراء الكبرى قد هاجموا، يوم الجمعة الماضي، موقعا للجيش المالي في بلدة إنديليمان، ما أسفر عن مقتل 53 جنديا ومدني واحد، وتبنى التنظيم الهجوم لاحقا.

وقالت قيادة قوة برخان الفرنسية إن مروحياتها قصفت، ليل السبت، مواقع للمهاجمين قرب الحدود مع النيجر، وقتلت عددا منهم.""",
    entities=[
        E("bamako", "Place", ["باماكو"], "Bamako", qid="Q3703", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("parly", "Person", ["فلورانس بارلي"], "Florence Parly"),
        E("keita", "Person", ["إبراهيم أبو بكر كيتا"], "Ibrahim Boubacar Keïta"),
        E("menaka", "Place", ["منطقة ميناكا", "ميناكا"], "Ménaka Region", sub="Region"),
        E("isgs", "Organization", ["تنظيم الدولة الإسلامية في الصحراء الكبرى", "التنظيم"],
          "Islamic State in the Greater Sahara", sub="ArmedGroup"),
        E("fama", "Organization", ["الجيش المالي"], "Malian Armed Forces", sub="ArmedForce"),
        E("indelimane", "Place", ["بلدة إنديليمان", "إنديليمان"], "Indelimane", sub="City"),
        E("barkhane", "Organization", ["قوة برخان الفرنسية", "قوة برخان"], "Operation Barkhane", sub="ArmedForce"),
        E("niger", "Place", ["النيجر"], "Niger", qid="Q1032", sub="Country"),
    ],
    relations=[
        R("locatedIn", "indelimane", "menaka", opt=True),
    ],
    events=[
        V("Visit", agent=["parly"], place=["bamako"], date="2019-11-05", trigger="حطت"),
        V("Meeting", agent=["parly", "keita"], place=["bamako"], date="2019-11-05", trigger="مباحثات"),
        V("Attack", agent=["isgs"], target=["fama"], place=[["indelimane", "menaka"]], date="2019-11-01",
          trigger="هاجموا"),
        V("Killing", agent=["isgs"], target=["fama"], place=[["indelimane", "menaka"]], date="2019-11-01",
          trigger="مقتل"),
        V("Strike", agent=["barkhane"], target=["isgs"], place=["niger"], date="2019-11-02", trigger="قصفت"),
        V("Killing", agent=["barkhane"], target=["isgs"], place=["niger"], date="2019-11-02", trigger="قتلت"),
    ],
))

# ---------------------------------------------------------------- Pakistan, North Waziristan (2014-06-16, Monday)
DOCS.append(dict(
    id="t19-pk-waziristan", published="2014-06-16",
    text="""إسلام آباد - (وكالات):

أعلن الجيش الباكستاني، أمس الأحد، بدء عملية عسكرية شاملة أطلق عليها اسم «ضرب عضب» ضد معاقل حركة طالبان باكستان والمقاتلين الأجانب في إقليم وزيرستان الشمالي، بعد أسبوع من الهجوم على مطار كراتشي.

وقال المتحدث باسم الجيش اللواء عاصم باجوا إن الطائرات الحربية قصفت مخابئ المسلحين في مناطق ميران شاه ودتة خيل ومير علي، ما أسفر عن مقتل أكثر من 100 مسلح أغلبهم من الحركة الإسلامية لأوزبكستان.

وفي كراتشي، أعلنت الشرطة احتجاز كل من عرفان الله محسود وجاويد خان ونصير أحمد للاشتباه في مساعدتهم منفذي الهجوم على المطار.""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("army", "Organization", ["الجيش الباكستاني", "الجيش"], "Pakistan Army", sub="ArmedForce"),
        E("ttp", "Organization", ["حركة طالبان باكستان"], "Tehrik-i-Taliban Pakistan", sub="ArmedGroup"),
        E("nwaziristan", "Place", ["إقليم وزيرستان الشمالي", "وزيرستان الشمالي"], "North Waziristan",
          sub="Region"),
        E("karachi", "Place", ["كراتشي"], "Karachi", qid="Q8660", sub="City"),
        E("airport", "Place", ["مطار كراتشي", "المطار"], "Jinnah International Airport"),
        E("bajwa", "Person", ["عاصم باجوا"], "Asim Bajwa"),
        E("miranshah", "Place", ["ميران شاه"], "Miranshah", sub="City"),
        E("dattakhel", "Place", ["دتة خيل"], "Datta Khel", sub="City"),
        E("mirali", "Place", ["مير علي"], "Mir Ali", sub="City"),
        E("imu", "Organization", ["الحركة الإسلامية لأوزبكستان"], "Islamic Movement of Uzbekistan",
          sub="ArmedGroup"),
        E("police", "Organization", ["الشرطة"], "Sindh Police", sub="GovernmentBody", opt=True),
        E("mehsud", "Person", ["عرفان الله محسود"], "Irfanullah Mehsud"),
        E("javed", "Person", ["جاويد خان"], "Javed Khan"),
        E("naseer", "Person", ["نصير أحمد"], "Naseer Ahmed"),
    ],
    relations=[
        R("spokespersonOf", "bajwa", "army"),
        R("locatedIn", "miranshah", "nwaziristan", opt=True),
        R("locatedIn", "dattakhel", "nwaziristan", opt=True),
        R("locatedIn", "mirali", "nwaziristan", opt=True),
        R("locatedIn", "airport", "karachi", opt=True),
    ],
    events=[
        V("MilitaryOperation", name="ضرب عضب", agent=["army"], target=["ttp"], place=["nwaziristan"],
          date="2014-06-15", trigger="عملية"),
        V("Strike", agent=["army"], place=[["miranshah", "nwaziristan"], ["dattakhel", "nwaziristan"],
                                          ["mirali", "nwaziristan"]], trigger="قصفت"),
        V("Strike", opt=True, target=["ttp", "imu"], date="2014-06"),
        V("Killing", agent=["army"], target=["imu"], place=[["nwaziristan", "miranshah", "dattakhel", "mirali"]],
          trigger="مقتل"),
        V("Killing", opt=True, date="2014-06"),
        V("Attack", opt=True, target=["airport"], place=["karachi"], date="2014-06"),
        V("Arrest", agent=["police"], target=["mehsud", "javed", "naseer"], place=["karachi"], trigger="احتجاز"),
        V("Arrest", opt=True, date="2014-06"),
    ],
))

# ---------------------------------------------------------------- Sudan, El Fasher (2024-09-17, Tuesday)
DOCS.append(dict(
    id="t19-sd-fasher", published="2024-09-17",
    text="""بورتسودان - «سودان تربيون»:

لقي 14 شخصا حتفهم وأصيب أكثر من 30 آخرين، أمس الاثنين، في قصف مدفعي شنته قوات الدعم السريع على أحياء أبو شوك والدرجة الأولى والوحدة في مدينة الفاشر عاصمة ولاية شمال دارفور، وفق ما أعلنته تنسيقية لجان المقاومة بالمدينة.

وقالت التنسيقية إن عناصر من الدعم السريع أوقفوا كلا من الطبيب عثمان إدريس والممرض حامد يعقوب عند نقطة تفتيش غرب المدينة.

في الأثناء، بحث رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان في بورتسودان، اليوم الثلاثاء، مع المبعوث الأمريكي الخاص إلى السودان توم بيرييلو سبل إيصال المساعدات الإنسانية.""",
    entities=[
        E("portsudan", "Place", ["بورتسودان"], "Port Sudan", sub="City"),
        E("st", "Organization", ["سودان تربيون"], "Sudan Tribune", sub="MediaOrganization", opt=True),
        E("rsf", "Organization", ["قوات الدعم السريع", "الدعم السريع"], "Rapid Support Forces", sub="ArmedGroup"),
        E("abushouk", "Place", ["أبو شوك"], "Abu Shouk", sub="City"),
        E("daraja", "Place", ["الدرجة الأولى"], "al-Daraja al-Oula", sub="City"),
        E("wahda", "Place", ["الوحدة"], "al-Wehda", sub="City"),
        E("fasher", "Place", ["مدينة الفاشر", "الفاشر", "المدينة"], "El Fasher", sub="City"),
        E("ndarfur", "Place", ["ولاية شمال دارفور", "شمال دارفور"], "North Darfur", sub="Region"),
        E("committees", "Organization", ["تنسيقية لجان المقاومة بالمدينة", "تنسيقية لجان المقاومة", "التنسيقية"],
          "El Fasher Resistance Committees"),
        E("idris", "Person", ["عثمان إدريس"], "Osman Idris"),
        E("yagoub", "Person", ["حامد يعقوب"], "Hamid Yagoub"),
        E("council", "Organization", ["مجلس السيادة"], "Sovereignty Council", sub="GovernmentBody"),
        E("burhan", "Person", ["عبد الفتاح البرهان"], "Abdel Fattah al-Burhan"),
        E("sudan", "Place", ["السودان"], "Sudan", qid="Q1049", sub="Country"),
        E("perriello", "Person", ["توم بيرييلو"], "Tom Perriello"),
    ],
    relations=[
        R("locatedIn", "abushouk", "fasher"),
        R("locatedIn", "daraja", "fasher"),
        R("locatedIn", "wahda", "fasher"),
        R("locatedIn", "fasher", "ndarfur"),
        R("leaderOf", "burhan", "council"),
        R("positionIn", "perriello", "sudan", opt=True),
    ],
    events=[
        V("Strike", agent=["rsf"], place=[["abushouk", "fasher"], ["daraja", "fasher"], ["wahda", "fasher"]],
          date="2024-09-16", trigger="قصف"),
        V("Killing", agent=["rsf"], place=[["abushouk", "fasher", "daraja", "wahda", "ndarfur"]],
          date="2024-09-16", trigger="حتفهم"),
        V("Attack", opt=True, agent=["rsf"], place=["abushouk", "daraja", "wahda", "fasher"], date="2024-09-16"),
        V("Arrest", agent=["rsf"], target=["idris", "yagoub"], place=["fasher"], trigger="أوقفوا"),
        V("Arrest", opt=True, date="2024-09"),
        V("Meeting", agent=["burhan", "perriello"], place=["portsudan"], date="2024-09-17", trigger="بحث"),
    ],
))

# ---------------------------------------------------------------- Tunisia, arrests after Sousse (2015-07-08, Wednesday)
DOCS.append(dict(
    id="t19-tn-sousse", published="2015-07-08",
    text="""تونس - (رويترز):

أعلنت وزارة الداخلية التونسية، اليوم الأربعاء، إيقاف 12 شخصا يشتبه في صلتهم بالهجوم الذي استهدف فندقا في مدينة سوسة الشهر الماضي، بينهم كل من وليد الجلاصي ومهدي بن صالح وأيمن القروي.

وقال الناطق الرسمي باسم الوزارة محمد علي العروي إن وحدات الحرس الوطني تمكنت، أمس الثلاثاء، من القضاء على ثلاثة مسلحين من كتيبة عقبة بن نافع خلال عملية تمشيط في جبل الشعانبي بولاية القصرين.

وكان وزير الداخلية ناجم الغرسلي قد التقى، الأسبوع الماضي، نظيره الجزائري نور الدين بدوي في الجزائر العاصمة، وبحث معه تعزيز التنسيق الأمني على الحدود.""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية التونسية", "الوزارة"], "Ministry of Interior (Tunisia)",
          sub="GovernmentBody"),
        E("sousse", "Place", ["مدينة سوسة", "سوسة"], "Sousse", sub="City"),
        E("jelassi", "Person", ["وليد الجلاصي"], "Walid Jelassi"),
        E("bensalah", "Person", ["مهدي بن صالح"], "Mehdi Ben Salah"),
        E("karoui", "Person", ["أيمن القروي"], "Aymen Karoui"),
        E("aroui", "Person", ["محمد علي العروي"], "Mohamed Ali Aroui"),
        E("guard", "Organization", ["الحرس الوطني"], "National Guard (Tunisia)", sub="ArmedForce"),
        E("okba", "Organization", ["كتيبة عقبة بن نافع"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("chaambi", "Place", ["جبل الشعانبي"], "Mount Chambi", sub="Region"),
        E("kasserine", "Place", ["ولاية القصرين"], "Kasserine Governorate", sub="Region"),
        E("gharsalli", "Person", ["ناجم الغرسلي"], "Najem Gharsalli"),
        E("bedoui", "Person", ["نور الدين بدوي"], "Noureddine Bedoui"),
        E("algiers", "Place", ["الجزائر العاصمة"], "Algiers", qid="Q3561", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "aroui", "moi"),
        R("locatedIn", "chaambi", "kasserine"),
        R("leaderOf", "gharsalli", "moi", opt=True),
        R("positionIn", "gharsalli", "moi", opt=True),
    ],
    events=[
        V("Arrest", agent=["moi"], target=["jelassi", "bensalah", "karoui"], date="2015-07", trigger="إيقاف"),
        V("Attack", opt=True, place=["sousse"], date="2015-06"),
        V("Killing", agent=["guard"], target=["okba"], place=[["chaambi", "kasserine"]], date="2015-07-07",
          trigger="القضاء"),
        V("MilitaryOperation", opt=True, agent=["guard"], target=["okba"], place=["chaambi", "kasserine"],
          date="2015-07-07"),
        V("Meeting", agent=["gharsalli", "bedoui"], place=["algiers"], date="2015", trigger="التقى"),
        V("Meeting", opt=True, date="2015-07"),
        V("Meeting", opt=True, date="2015-06"),
        V("Visit", opt=True, agent=["gharsalli"], place=["algiers"]),
    ],
))

# ---------------------------------------------------------------- Iraq and Turkey, Claw-Lock (2022-04-19, Tuesday)
DOCS.append(dict(
    id="t19-iq-claw", published="2022-04-19",
    text="""أربيل - «رووداو»:

قالت وزارة الدفاع التركية إن مقاتلاتها ومروحياتها قصفت، ليل الأحد، مواقع لحزب العمال الكردستاني في مناطق متينا والزاب وأفاشين شمالي العراق، قبل أن تنزل قوات خاصة في المنطقة ضمن عملية أطلقت عليها أنقرة اسم «المخلب - القفل».

وأضافت الوزارة في بيان أن 19 من مسلحي الحزب «تم تحييدهم» منذ بدء العملية، فيما أعلن الحزب مقتل أربعة من مقاتليه.

وكان وزير الدفاع التركي خلوصي أكار قد توجه، أمس الاثنين، إلى مقر قيادة العمليات على الحدود حيث تابع سير المعارك برفقة رئيس الأركان الفريق أول ياشار غولر.""",
    entities=[
        E("erbil", "Place", ["أربيل"], "Erbil", qid="Q1326", sub="City"),
        E("rudaw", "Organization", ["رووداو"], "Rudaw", sub="MediaOrganization", opt=True),
        E("mod", "Organization", ["وزارة الدفاع التركية", "الوزارة"], "Ministry of National Defence (Turkey)",
          sub="GovernmentBody"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "Kurdistan Workers' Party", qid="Q152220",
          sub="ArmedGroup"),
        E("metina", "Place", ["متينا"], "Metina", sub="Region"),
        E("zap", "Place", ["الزاب"], "Zap", sub="Region"),
        E("avashin", "Place", ["أفاشين"], "Avashin", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City", alt=["Organization"]),
        E("akar", "Person", ["خلوصي أكار"], "Hulusi Akar"),
        E("guler", "Person", ["ياشار غولر"], "Yaşar Güler"),
    ],
    relations=[
        R("locatedIn", "metina", "iraq"),
        R("locatedIn", "zap", "iraq"),
        R("locatedIn", "avashin", "iraq"),
        R("leaderOf", "akar", "mod", opt=True),
        R("positionIn", "akar", "mod", opt=True),
    ],
    events=[
        V("Strike", agent=["mod"], target=["pkk"], place=[["metina", "iraq"], ["zap", "iraq"], ["avashin", "iraq"]],
          date="2022-04-17", trigger="قصفت"),
        V("Strike", opt=True, agent=["ankara"], date="2022-04"),
        V("MilitaryOperation", name="المخلب - القفل", agent=["ankara"], target=["pkk"],
          place=[["metina", "zap", "avashin", "iraq"]], trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["mod"], date="2022-04"),
        V("Killing", agent=["mod"], target=["pkk"], trigger="مقتل"),
        V("Killing", opt=True, agent=["ankara"], date="2022-04"),
        V("Visit", opt=True, agent=["akar", "guler"], date="2022-04-18"),
    ],
))
