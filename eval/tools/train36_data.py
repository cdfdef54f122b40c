"""Hand annotations of the thirty-sixth training set (see eval/train36/README.md).

Events in the copy of Saudi and pan-Arab newspapers of 2014-2019 (Al-Riyadh, Okaz, Al-Madina,
Al-Watan, Al-Yaum, Sabq, Al-Jazirah, Asharq Al-Awsat, Al-Hayat): dates as these papers tell them
(أمس، فجر اليوم، مساء أمس الأول، يوم الثلاثاء الماضي، في العاشر من الشهر الجاري، منتصف الشهر
الماضي، في مارس/آذار عام 2015) and an act's own date beside a later step's (arrested on Monday,
referred to a court on another day); the place at the end of a long sentence, in the dateline only, or
as «في حي X بمدينة Y»; shelling told as «سقوط مقذوفات على محافظة X بمنطقة Y»; official statements
that tell the act in the passive or with a pronoun (تمكنت الجهات الأمنية من القبض على، أحبطت قوات X
هجوما، تصدت X لهجوم شنه Y، نفذ طيران التحالف غارات); meetings and visits in protocol language
(استقبل X في مكتبه، التقى، عقد جلسة مباحثات، بحث مع، وصل إلى ... في زيارة رسمية، استقبل سفير)
and visits still to come (يزور X غدا، من المقرر أن يزور: no event). Persons are invented except
well-known public figures. Written and annotated before the extractor was run on it; the event
helper's WORKING set. ``build_train36.py`` turns this into eval/train36.jsonl. In event roles a
nested list is a set of alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Saudi Arabia, Jazan (2017-03-16, Thursday)
DOCS.append(dict(
    id="t36-sa-samtah", published="2017-03-16",
    text="""جازان - عبدالله الحكمي

أوضح المتحدث الرسمي للدفاع المدني بمنطقة جازان العقيد يحيى القحطاني أنه تم مساء أمس الأول رصد سقوط عدد من المقذوفات العسكرية التي أطلقتها الميليشيات الحوثية من داخل الأراضي اليمنية على محافظة صامطة بمنطقة جازان، نتج عنها إصابة مقيمين اثنين بإصابات طفيفة وتضرر منزلين ومركبة خاصة، مشيرا إلى أن فرق الدفاع المدني باشرت الحادثة فور تلقي البلاغ.

إلى ذلك، تصدت القوات البرية الملكية السعودية فجر اليوم لهجوم شنه عناصر من الميليشيات على عدد من المواقع الحدودية في قطاع الخوبة، وتمكنت من قتل أكثر من عشرين منهم وتدمير آليتين كانتا تقلان أسلحة وذخائر، بحسب مصدر عسكري تحدث لـ«الرياض».

وفي الداخل اليمني، نفذ طيران التحالف غارات مكثفة مساء يوم الثلاثاء الماضي على مواقع وتجمعات للميليشيات الحوثية في مديرية حيدان بمحافظة صعدة، دمرت خلالها منصة لإطلاق الصواريخ ومخزنا للأسلحة.

وكان قائد قوات حرس الحدود بالمنطقة اللواء عواد البلوي قد تفقد، في العاشر من الشهر الجاري، المراكز الأمامية في قطاع الطوال، واطلع على جاهزية الوحدات الميدانية.""",
    entities=[
        E("jazan", "Place", ["منطقة جازان", "جازان", "المنطقة"], "Jazan Province", qid="Q1249773", sub="Region"),
        E("hakmi", "Person", ["عبدالله الحكمي"], "Abdullah al-Hakmi"),
        E("civdef", "Organization", ["الدفاع المدني"], "Civil Defense (Jazan)", sub="GovernmentBody"),
        E("qahtani", "Person", ["يحيى القحطاني"], "Yahya al-Qahtani"),
        E("houthis", "Organization", ["الميليشيات الحوثية", "الميليشيات"], "Houthis", qid="Q1520207",
          sub="ArmedGroup"),
        E("yemen", "Place", ["الأراضي اليمنية", "الداخل اليمني"], "Yemen", qid="Q805", sub="Country", opt=True),
        E("samtah", "Place", ["محافظة صامطة"], "Samtah", sub="City"),
        E("landforces", "Organization", ["القوات البرية الملكية السعودية"], "Royal Saudi Land Forces",
          sub="ArmedForce"),
        E("khoba", "Place", ["قطاع الخوبة"], "al-Khubah sector", sub="Region"),
        E("riyadhpaper", "Organization", ["الرياض"], "Al Riyadh (newspaper)", sub="MediaOrganization", opt=True),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("haydan", "Place", ["مديرية حيدان"], "Haydan District", sub="Region"),
        E("saada", "Place", ["محافظة صعدة"], "Saada Governorate", sub="Region"),
        E("bluwi", "Person", ["عواد البلوي"], "Awad al-Balawi"),
        E("borderguard", "Organization", ["قوات حرس الحدود"], "Border Guard (Jazan)", sub="ArmedForce"),
        E("tuwal", "Place", ["قطاع الطوال"], "al-Tuwal sector", sub="Region"),
    ],
    relations=[
        R("spokespersonOf", "qahtani", "civdef"),
        R("locatedIn", "samtah", "jazan"),
        R("locatedIn", "haydan", "saada"),
        R("leaderOf", "bluwi", "borderguard"),
    ],
    events=[
        V("Strike", agent=["houthis"], place=[["samtah", "jazan"]], date="2017-03-14", trigger="سقوط"),
        V("Attack", opt=True, agent=["houthis"], place=[["samtah", "jazan"]], date="2017-03-14"),
        V("Attack", agent=["houthis"], place=["khoba"], date="2017-03-16", trigger="لهجوم"),
        V("Attack", opt=True, target=["landforces"]),
        V("Killing", agent=["landforces"], target=["houthis"], place=["khoba"], date="2017-03-16", trigger="قتل"),
        V("Strike", agent=["coalition"], target=["houthis"], place=[["haydan", "saada"]], date="2017-03-14",
          trigger="غارات"),
        V("Visit", agent=["bluwi"], place=["tuwal"], date="2017-03-10", trigger="تفقد"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Awamiya (2017-05-11, Thursday)
DOCS.append(dict(
    id="t36-sa-awamiya", published="2017-05-11",
    text="""القطيف - «عكاظ»

صرح المتحدث الأمني لوزارة الداخلية اللواء منصور التركي بأنه عند الساعة الثانية من فجر أمس، وأثناء قيام المختصين بأعمال المسح الميداني لمشروع تطوير حي المسورة ببلدة العوامية في محافظة القطيف، تعرضت قوة الحماية المرافقة لهم لإطلاق نار كثيف من مصادر متعددة، مما نتج عنه استشهاد الجندي أول ماجد الشمري وإصابة ستة آخرين بينهم مقيم يعمل سائقا لإحدى المعدات.

وأضاف أن الجهات الأمنية تمكنت، بعد تبادل لإطلاق النار، من القبض على اثنين من المتورطين، ولا تزال عمليات البحث جارية عن بقية الجناة.

وكانت الجهات الأمنية قد قبضت يوم الاثنين الماضي على المطلوب حسين علي الفرج داخل مزرعة في أطراف القطيف، وأحيل أمس إلى المحكمة الجزائية المتخصصة بالرياض.

في سياق متصل، استقبل أمير المنطقة الشرقية الأمير سعود بن نايف في مكتبه بديوان الإمارة في الدمام مساء أمس قائد قوات الطوارئ الخاصة بالمنطقة العميد فهد الحربي، واطلع منه على الإجراءات المتخذة لتأمين المشروع.""",
    entities=[
        E("qatif", "Place", ["محافظة القطيف", "القطيف"], "Qatif", qid="Q1368853", sub="City"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("turki", "Person", ["منصور التركي"], "Mansour al-Turki"),
        E("moi", "Organization", ["وزارة الداخلية"], "Saudi Ministry of Interior", sub="GovernmentBody"),
        E("musawara", "Place", ["حي المسورة"], "al-Musawara", sub="City"),
        E("awamiya", "Place", ["بلدة العوامية"], "Awamiyah", sub="City"),
        E("shammari", "Person", ["ماجد الشمري"], "Majid al-Shammari"),
        E("security", "Organization", ["الجهات الأمنية"], "Saudi security authorities", sub="GovernmentBody",
          opt=True),
        E("faraj", "Person", ["حسين علي الفرج"], "Hussein Ali al-Faraj"),
        E("court", "Organization", ["المحكمة الجزائية المتخصصة"], "Specialized Criminal Court",
          sub="GovernmentBody"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("eastern", "Place", ["المنطقة الشرقية", "المنطقة"], "Eastern Province", qid="Q847079", sub="Region"),
        E("saud", "Person", ["سعود بن نايف"], "Saud bin Nayef"),
        E("diwan", "Organization", ["ديوان الإمارة"], "Eastern Province Emirate", sub="GovernmentBody", opt=True),
        E("dammam", "Place", ["الدمام"], "Dammam", qid="Q184211", sub="City"),
        E("emergency", "Organization", ["قوات الطوارئ الخاصة"], "Special Emergency Forces", sub="ArmedForce"),
        E("harbi", "Person", ["فهد الحربي"], "Fahd al-Harbi"),
    ],
    relations=[
        R("spokespersonOf", "turki", "moi"),
        R("locatedIn", "musawara", "awamiya"),
        R("locatedIn", "awamiya", "qatif"),
        R("locatedIn", "court", "riyadh", opt=True),
        R("leaderOf", "saud", "eastern"),
        R("leaderOf", "harbi", "emergency"),
        R("locatedIn", "diwan", "dammam", opt=True),
    ],
    events=[
        V("Attack", place=[["musawara", "awamiya", "qatif"]], date="2017-05-10", trigger="لإطلاق نار"),
        V("Killing", target=["shammari"], place=[["musawara", "awamiya", "qatif"]], date="2017-05-10",
          trigger="استشهاد"),
        V("Arrest", date="2017-05-10", trigger="القبض"),
        V("Arrest", opt=True, agent=["security"], place=[["musawara", "awamiya", "qatif"]]),
        V("Arrest", agent=["security"], target=["faraj"], place=["qatif"], date="2017-05-08", trigger="قبضت"),
        V("Meeting", agent=["saud", "harbi"], place=["dammam"], date="2017-05-10", trigger="استقبل"),
        V("Meeting", opt=True, place=["diwan"]),
    ],
))

# ---------------------------------------------------------------- Bahrain, al-Akr (2016-07-05, Tuesday)
DOCS.append(dict(
    id="t36-bh-akr", published="2016-07-05",
    text="""المنامة - «الشرق الأوسط»

أعلنت وزارة الداخلية البحرينية أن شرطيا قتل وأصيب اثنان آخران بجروح، مساء أمس الأول، إثر انفجار عبوة محلية الصنع استهدفت دورية أمنية أثناء قيامها بواجبها في قرية العكر بالمحافظة الوسطى.

وقال رئيس الأمن العام اللواء طارق الحسن إن الأجهزة الأمنية تمكنت خلال ساعات من تحديد هوية المتورطين في التفجير الإرهابي، وألقت القبض على ثلاثة منهم فجر أمس في منطقة سترة، مشيرا إلى أن التحقيقات الأولية كشفت ارتباطهم بعناصر مقيمة في إيران تلقوا تدريبات على أيدي الحرس الثوري.

وكانت القرية نفسها قد شهدت، في مارس/آذار عام 2015، تفجيرا مماثلا أدى إلى مقتل شرطيين.

من جهة أخرى، استقبل عاهل البحرين الملك حمد بن عيسى آل خليفة في قصر الصخير أمس، سفير المملكة العربية السعودية لدى المنامة عبدالرحمن الملحم، حيث جرى استعراض العلاقات الأخوية بين البلدين.

ويزور ولي العهد الأمير سلمان بن حمد آل خليفة الرياض غدا، في زيارة يبحث خلالها مع كبار المسؤولين السعوديين تطورات الأوضاع في المنطقة.""",
    entities=[
        E("manama", "Place", ["المنامة"], "Manama", qid="Q3882", sub="City"),
        E("aawsat", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية البحرينية"], "Bahraini Ministry of Interior",
          sub="GovernmentBody"),
        E("akr", "Place", ["قرية العكر", "القرية"], "al-Akr", sub="City"),
        E("central", "Place", ["المحافظة الوسطى"], "Central Governorate (Bahrain)", sub="Region"),
        E("hassan", "Person", ["طارق الحسن"], "Tariq al-Hassan"),
        E("publicsec", "Organization", ["الأمن العام"], "Bahraini Public Security", sub="GovernmentBody"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Bahraini security services", sub="GovernmentBody",
          opt=True),
        E("sitra", "Place", ["منطقة سترة"], "Sitra", sub="City"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("irgc", "Organization", ["الحرس الثوري"], "Islamic Revolutionary Guard Corps", qid="Q271110",
          sub="ArmedForce"),
        E("bahrain", "Place", ["البحرين"], "Bahrain", qid="Q398", sub="Country"),
        E("hamad", "Person", ["حمد بن عيسى آل خليفة"], "Hamad bin Isa Al Khalifa", qid="Q57243"),
        E("sakhir", "Place", ["قصر الصخير"], "Sakhir Palace"),
        E("saudi", "Place", ["المملكة العربية السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("mulhim", "Person", ["عبدالرحمن الملحم"], "Abdulrahman al-Mulhim"),
        E("salman", "Person", ["سلمان بن حمد آل خليفة"], "Salman bin Hamad Al Khalifa", qid="Q57297"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
    ],
    relations=[
        R("locatedIn", "akr", "central"),
        R("leaderOf", "hassan", "publicsec"),
        R("leaderOf", "hamad", "bahrain"),
        R("positionIn", "mulhim", "saudi"),
        R("positionIn", "salman", "bahrain", opt=True),
    ],
    events=[
        V("Attack", place=[["akr", "central"]], date="2016-07-03", trigger="انفجار"),
        V("Killing", place=[["akr", "central"]], date="2016-07-03", trigger="قتل"),
        V("Arrest", place=["sitra"], date="2016-07-04", trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["security"]),
        V("Attack", place=["akr"], date="2015-03", trigger="تفجيرا"),
        V("Killing", place=["akr"], date="2015-03", trigger="مقتل"),
        V("Meeting", agent=["hamad", "mulhim"], place=["sakhir"], date="2016-07-04", trigger="استقبل"),
        # the crown prince's visit to Riyadh is still to come (يزور ... غدا): no event
    ],
))

# ---------------------------------------------------------------- Iraq, Anbar (2016-02-18, Thursday)
DOCS.append(dict(
    id="t36-iq-baghdadi", published="2016-02-18",
    text="""بغداد - «الحياة»

أحبطت قوات الجيش العراقي وأبناء العشائر هجوما واسعا شنه تنظيم «داعش» فجر أمس على مواقعها في ناحية البغدادي غرب الرمادي، وقتلت 23 من عناصره بينهم ستة انتحاريين، وفق ما أعلنت قيادة عمليات الأنبار.

وقال قائد العمليات اللواء كريم الدليمي لـ«الحياة» إن «المهاجمين حاولوا التسلل عبر نهر الفرات مستخدمين زوارق صغيرة، إلا أن القطعات كانت على علم مسبق بتحركاتهم».

في غضون ذلك، نفذ طيران التحالف الدولي غارات على مقرات للتنظيم في قضاء القائم قرب الحدود مع سورية مساء الثلاثاء، أسفرت عن مقتل قيادي بارز فيه يدعى أبو عمر التونسي، بحسب مصدر في مجلس المحافظة.

وفي محافظة صلاح الدين، اعتقلت قوة من الشرطة الاتحادية يوم الأحد الماضي خمسة مشتبه بهم في قرية البوعجيل شرق مدينة تكريت، وأحالتهم أمس إلى الجهات القضائية.

على صعيد آخر، وصل رئيس الوزراء حيدر العبادي أمس إلى قاعدة عين الأسد الجوية في ناحية البغدادي، حيث التقى قادة القوات الأمنية والعشائرية واطلع على سير المعارك.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("iqarmy", "Organization", ["الجيش العراقي"], "Iraqi Army", qid="Q1124935", sub="ArmedForce"),
        E("tribes", "Organization", ["أبناء العشائر"], "Tribal fighters", sub="ArmedGroup", opt=True),
        E("isis", "Organization", ["«داعش»", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("baghdadi", "Place", ["ناحية البغدادي"], "al-Baghdadi", sub="City"),
        E("ramadi", "Place", ["الرمادي"], "Ramadi", qid="Q207246", sub="City"),
        E("anbarops", "Organization", ["قيادة عمليات الأنبار"], "Anbar Operations Command", sub="ArmedForce"),
        E("dulaimi", "Person", ["كريم الدليمي"], "Karim al-Dulaimi"),
        E("euphrates", "Place", ["نهر الفرات"], "Euphrates", qid="Q34589", opt=True),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("qaim", "Place", ["قضاء القائم"], "al-Qaim District", sub="Region"),
        E("syria", "Place", ["سورية"], "Syria", qid="Q858", sub="Country", opt=True),
        E("tunisi", "Person", ["أبو عمر التونسي"], "Abu Omar al-Tunisi"),
        E("council", "Organization", ["مجلس المحافظة"], "Anbar Provincial Council", sub="GovernmentBody", opt=True),
        E("salahuddin", "Place", ["محافظة صلاح الدين"], "Saladin Governorate", sub="Region"),
        E("fedpolice", "Organization", ["الشرطة الاتحادية"], "Federal Police (Iraq)", sub="ArmedForce"),
        E("bouajil", "Place", ["قرية البوعجيل"], "al-Bu Ajil", sub="City"),
        E("tikrit", "Place", ["مدينة تكريت"], "Tikrit", qid="Q191503", sub="City"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi", qid="Q1508651"),
        E("ainasad", "Place", ["قاعدة عين الأسد الجوية"], "Al Asad Airbase"),
    ],
    relations=[
        R("locatedIn", "baghdadi", "ramadi", opt=True),
        R("leaderOf", "dulaimi", "anbarops"),
        R("memberOf", "tunisi", "isis"),
        R("locatedIn", "bouajil", "tikrit", opt=True),
        R("locatedIn", "ainasad", "baghdadi"),
    ],
    events=[
        V("Attack", agent=["isis"], target=["iqarmy"], place=[["baghdadi", "ramadi"]], date="2016-02-17",
          trigger="هجوما"),
        V("Attack", opt=True, target=["tribes"]),
        V("Killing", agent=["iqarmy"], target=["isis"], place=[["baghdadi", "ramadi"]], date="2016-02-17",
          trigger="وقتلت"),
        V("Killing", opt=True, agent=["tribes"]),
        V("Strike", agent=["coalition"], target=["isis"], place=["qaim"], date="2016-02-16", trigger="غارات"),
        V("Killing", agent=["coalition"], target=["tunisi"], place=["qaim"], date="2016-02-16", trigger="مقتل"),
        V("Arrest", agent=["fedpolice"], place=[["bouajil", "tikrit", "salahuddin"]], date="2016-02-14",
          trigger="اعتقلت"),
        V("Visit", agent=["abadi"], place=[["ainasad", "baghdadi"]], date="2016-02-17", trigger="وصل"),
        V("Meeting", opt=True, agent=["abadi"], place=["ainasad"], date="2016-02-17"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2019-05-15, Wednesday)
DOCS.append(dict(
    id="t36-sy-kafranbel", published="2019-05-15",
    text="""بيروت - لندن: «الشرق الأوسط»

قتل 12 مدنيا بينهم خمسة أطفال، أمس، جراء غارات شنتها طائرات حربية تابعة لسلاح الجو الروسي على بلدة كفرنبل ومدينة معرة النعمان في ريف إدلب الجنوبي، في وقت صعدت قوات النظام السوري قصفها المدفعي على قرى ريف حماة الشمالي، بحسب «المرصد السوري لحقوق الإنسان».

وقال مدير المرصد رامي عبد الرحمن إن حصيلة القتلى المدنيين منذ بدء التصعيد نهاية أبريل الماضي تجاوزت 180 قتيلا.

في المقابل، شنت «هيئة تحرير الشام» هجوما معاكسا مساء أمس الأول على مواقع لقوات النظام في قرية الحويز بسهل الغاب، ما أدى إلى مقتل 17 عنصرا من القوات الحكومية وأسر اثنين، وفق المرصد، فيما تصدت فصائل المعارضة لمحاولة تقدم جديدة نحو بلدة كفرنبودة.

وفي محافظة دير الزور، أعلنت «قوات سوريا الديمقراطية» أنها ألقت القبض، في العاشر من الشهر الجاري، على خلية تابعة لـ«داعش» في بلدة الشحيل، كانت تخطط لاستهداف مقاتليها.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("london", "Place", ["لندن"], "London", qid="Q84", sub="City"),
        E("aawsat", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("rusaf", "Organization", ["سلاح الجو الروسي"], "Russian Air Force", sub="ArmedForce"),
        E("kafranbel", "Place", ["بلدة كفرنبل"], "Kafr Nabl", sub="City"),
        E("maarat", "Place", ["مدينة معرة النعمان"], "Maarat al-Numan", qid="Q737706", sub="City"),
        E("idlib", "Place", ["إدلب"], "Idlib Governorate", sub="Region"),
        E("regime", "Organization", ["قوات النظام السوري", "قوات النظام", "القوات الحكومية"],
          "Syrian government forces", sub="ArmedForce"),
        E("hama", "Place", ["حماة"], "Hama Governorate", sub="Region"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights",
          qid="Q1369133"),
        E("rami", "Person", ["رامي عبد الرحمن"], "Rami Abdulrahman", qid="Q7289867"),
        E("hts", "Organization", ["هيئة تحرير الشام"], "Hayat Tahrir al-Sham", qid="Q28837000", sub="ArmedGroup"),
        E("huwayz", "Place", ["قرية الحويز"], "al-Huwayz", sub="City"),
        E("ghab", "Place", ["سهل الغاب"], "al-Ghab Plain", sub="Region"),
        E("opposition", "Organization", ["فصائل المعارضة"], "Syrian opposition factions", sub="ArmedGroup",
          opt=True),
        E("kafrnabuda", "Place", ["بلدة كفرنبودة"], "Kafr Nabudah", sub="City"),
        E("deir", "Place", ["محافظة دير الزور"], "Deir ez-Zor Governorate", sub="Region"),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية"], "Syrian Democratic Forces", qid="Q21076932",
          sub="ArmedGroup"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("shuhail", "Place", ["بلدة الشحيل"], "al-Shuhail", sub="City"),
    ],
    relations=[
        R("locatedIn", "kafranbel", "idlib"),
        R("locatedIn", "maarat", "idlib"),
        R("leaderOf", "rami", "sohr"),
        R("locatedIn", "huwayz", "ghab"),
        R("locatedIn", "shuhail", "deir", opt=True),
    ],
    events=[
        V("Strike", agent=["rusaf"], place=[["kafranbel", "idlib"], ["maarat", "idlib"]], date="2019-05-14",
          trigger="غارات"),
        V("Killing", agent=["rusaf"], place=[["kafranbel", "idlib"], ["maarat", "idlib"]], date="2019-05-14",
          trigger="قتل"),
        V("Strike", agent=["regime"], place=["hama"], trigger="قصفها"),
        V("Strike", opt=True, date="2019-05"),
        V("Attack", agent=["hts"], target=["regime"], place=[["huwayz", "ghab"]], date="2019-05-13",
          trigger="هجوما"),
        V("Killing", agent=["hts"], target=["regime"], place=[["huwayz", "ghab"]], date="2019-05-13",
          trigger="مقتل"),
        V("Arrest", opt=True, agent=["hts"], target=["regime"], place=["huwayz"], date="2019-05-13"),
        V("Attack", opt=True, agent=["regime", "opposition"], place=["kafrnabuda"]),
        V("Arrest", agent=["sdf"], place=[["shuhail", "deir"]], date="2019-05-10", trigger="ألقت القبض"),
        V("Arrest", opt=True, target=["isis"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Aden and Marib (2018-02-08, Thursday)
DOCS.append(dict(
    id="t36-ye-mamdara", published="2018-02-08",
    text="""عدن - «عكاظ»

اغتال مسلحون مجهولون يستقلون دراجة نارية، صباح أمس، إمام وخطيب أحد المساجد الشيخ فيصل باعطوة، في حي الممدارة بمديرية الشيخ عثمان في محافظة عدن، وفق ما أفاد مصدر أمني.

وأوضح المصدر أن المسلحين أطلقوا عدة أعيرة نارية على باعطوة أثناء خروجه من المسجد عقب صلاة الفجر، ثم لاذوا بالفرار إلى جهة مجهولة.

وفي مأرب، أعلنت قيادة المنطقة العسكرية الثالثة أن قوات الجيش الوطني أحبطت مساء الثلاثاء هجوما لميليشيا الحوثي على مواقعها في جبهة صرواح، وكبدتها خسائر في الأرواح والعتاد.

من جهة أخرى، استقبل الرئيس اليمني عبدربه منصور هادي في مقر إقامته المؤقتة بالرياض أمس، المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد، وبحث معه مستجدات المسار السياسي. ومن المقرر أن يزور المبعوث العاصمة العمانية مسقط يوم الأحد المقبل.

وكان التحالف قد نفذ في منتصف يناير الماضي سلسلة غارات على معسكرات للحوثيين في مديرية نهم شرق صنعاء.""",
    entities=[
        E("aden", "Place", ["عدن", "محافظة عدن"], "Aden", qid="Q131694", sub="City"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("baatwa", "Person", ["فيصل باعطوة", "باعطوة"], "Faisal Baatwa"),
        E("mamdara", "Place", ["حي الممدارة"], "al-Mamdara", sub="City"),
        E("sheikhothman", "Place", ["مديرية الشيخ عثمان"], "Sheikh Othman District", sub="Region"),
        E("marib", "Place", ["مأرب"], "Marib", sub="Region"),
        E("third", "Organization", ["قيادة المنطقة العسكرية الثالثة"], "3rd Military Region", sub="ArmedForce"),
        E("natarmy", "Organization", ["الجيش الوطني"], "Yemeni National Army", sub="ArmedForce"),
        E("houthis", "Organization", ["ميليشيا الحوثي", "الحوثيين"], "Houthis", qid="Q1520207", sub="ArmedGroup"),
        E("sirwah", "Place", ["صرواح"], "Sirwah", sub="Region"),
        E("hadi", "Person", ["عبدربه منصور هادي"], "Abdrabbuh Mansur Hadi", qid="Q58179"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("ouldcheikh", "Person", ["إسماعيل ولد الشيخ أحمد", "المبعوث"], "Ismail Ould Cheikh Ahmed",
          qid="Q15967567"),
        E("muscat", "Place", ["مسقط", "العاصمة العمانية"], "Muscat", qid="Q3826", sub="City"),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("nihm", "Place", ["مديرية نهم"], "Nihm District", sub="Region"),
        E("sanaa", "Place", ["صنعاء"], "Sanaa", qid="Q2471", sub="City"),
    ],
    relations=[
        R("locatedIn", "mamdara", "sheikhothman"),
        R("locatedIn", "sheikhothman", "aden"),
        R("leaderOf", "hadi", "yemen"),
        R("positionIn", "ouldcheikh", "yemen", opt=True),
        R("locatedIn", "nihm", "sanaa", opt=True),
        R("partOf", "natarmy", "third", opt=True),
    ],
    events=[
        V("Killing", target=["baatwa"], place=[["mamdara", "sheikhothman", "aden"]], date="2018-02-07",
          trigger="اغتال"),
        V("Attack", target=["baatwa"], place=[["mamdara", "sheikhothman", "aden"]], trigger="أطلقوا"),
        V("Attack", opt=True, date="2018-02-07"),
        V("Attack", agent=["houthis"], target=["natarmy"], place=[["sirwah", "marib"]], date="2018-02-06",
          trigger="هجوما"),
        V("Meeting", agent=["hadi", "ouldcheikh"], place=["riyadh"], date="2018-02-07", trigger="استقبل"),
        # the envoy's visit to Muscat is still to come (من المقرر أن يزور): no event
        V("Strike", agent=["coalition"], target=["houthis"], place=[["nihm", "sanaa"]], date="2018-01",
          trigger="غارات"),
    ],
))

# ---------------------------------------------------------------- Libya, Derna and Benghazi (2018-06-21, Thursday)
DOCS.append(dict(
    id="t36-ly-maghar", published="2018-06-21",
    text="""بنغازي - «الحياة»

أعلن الناطق باسم الجيش الوطني الليبي اللواء أحمد المسماري أن وحدات الجيش سيطرت على حي المغار وسط مدينة درنة بعد اشتباكات عنيفة مع مسلحي «مجلس شورى مجاهدي درنة»، قتل خلالها 14 من المسلحين وأسر ستة آخرون بينهم قيادي يدعى مفتاح الشاعري.

وأوضح المسماري، في مؤتمر صحافي عقده في بنغازي مساء أمس، أن سلاح الجو نفذ منذ فجر الثلاثاء غارات مركزة على تحصينات المسلحين في حي الساحل الشرقي، آخر معاقلهم في المدينة.

وكان القائد العام للجيش المشير خليفة حفتر قد أعلن، في السابع من مايو الماضي، انطلاق العملية العسكرية لتحرير درنة.

وفي بنغازي، انفجرت سيارة مفخخة مساء الثلاثاء قرب مسجد في حي السلماني، ما أسفر عن إصابة ثلاثة أشخاص، من دون أن تتبنى أي جهة التفجير.

على الصعيد السياسي، وصل رئيس المجلس الرئاسي لحكومة الوفاق فائز السراج إلى القاهرة أمس في زيارة رسمية تستغرق يومين، يلتقي خلالها الرئيس عبدالفتاح السيسي.""",
    entities=[
        E("benghazi", "Place", ["بنغازي"], "Benghazi", qid="Q960", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش"], "Libyan National Army", qid="Q20746727",
          sub="ArmedForce"),
        E("mismari", "Person", ["أحمد المسماري", "المسماري"], "Ahmed al-Mismari"),
        E("maghar", "Place", ["حي المغار"], "al-Maghar", sub="City"),
        E("derna", "Place", ["مدينة درنة", "درنة", "المدينة"], "Derna", qid="Q202139", sub="City"),
        E("shura", "Organization", ["مجلس شورى مجاهدي درنة"], "Mujahideen Shura Council in Derna",
          sub="ArmedGroup"),
        E("shaeri", "Person", ["مفتاح الشاعري"], "Muftah al-Shaeri"),
        E("airforce", "Organization", ["سلاح الجو"], "LNA Air Force", sub="ArmedForce", opt=True),
        E("sahil", "Place", ["حي الساحل الشرقي"], "al-Sahil al-Sharqi", sub="City"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar", qid="Q1739186"),
        E("salmani", "Place", ["حي السلماني"], "al-Salmani", sub="City"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council", sub="GovernmentBody"),
        E("gna", "Organization", ["حكومة الوفاق"], "Government of National Accord", sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj", qid="Q22078816"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("sisi", "Person", ["عبدالفتاح السيسي"], "Abdel Fattah el-Sisi", qid="Q1048"),
    ],
    relations=[
        R("spokespersonOf", "mismari", "lna"),
        R("locatedIn", "maghar", "derna"),
        R("memberOf", "shaeri", "shura"),
        R("partOf", "airforce", "lna", opt=True),
        R("locatedIn", "sahil", "derna", opt=True),
        R("leaderOf", "haftar", "lna"),
        R("locatedIn", "salmani", "benghazi"),
        R("leaderOf", "sarraj", "pc"),
        R("partOf", "pc", "gna", opt=True),
        R("leaderOf", "sarraj", "gna", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["lna", "shura"], target=["shura", "lna"], place=[["maghar", "derna"]]),
        V("Killing", agent=["lna"], target=["shura"], place=[["maghar", "derna"]], trigger="قتل"),
        V("Arrest", agent=["lna"], target=["shaeri"], place=[["maghar", "derna"]], trigger="أسر"),
        V("Arrest", opt=True, target=["shura"]),
        V("Strike", agent=[["airforce", "lna"]], target=["shura"], place=[["sahil", "derna"]], date="2018-06-19",
          trigger="غارات"),
        V("MilitaryOperation", agent=["lna"], place=["derna"], date="2018-05-07", trigger="العملية العسكرية"),
        V("MilitaryOperation", opt=True, agent=["haftar"], target=["shura"]),
        V("Attack", place=[["salmani", "benghazi"]], date="2018-06-19", trigger="انفجرت"),
        V("Visit", agent=["sarraj"], place=["cairo"], date="2018-06-20", trigger="وصل"),
        V("Meeting", opt=True, agent=["sarraj", "sisi"], place=["cairo"]),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2017-10-19, Thursday)
DOCS.append(dict(
    id="t36-eg-masaeed", published="2017-10-19",
    text="""القاهرة - «الشرق الأوسط»

أعلن المتحدث العسكري باسم القوات المسلحة المصرية العقيد تامر الرفاعي أن قوات إنفاذ القانون بشمال سيناء تمكنت، خلال الأسبوع الماضي، من قتل عشرة عناصر تكفيرية شديدة الخطورة والقبض على 23 آخرين من المشتبه بهم، خلال مداهمات نفذتها في مدن العريش والشيخ زويد ورفح.

وأضاف في بيان نشره على الصفحة الرسمية للمتحدث أن القوات دمرت كذلك 15 عربة ودراجة نارية تستخدمها العناصر الإرهابية.

وفي العريش، لقي مجند مصرعه وأصيب ضابطان، مساء يوم الثلاثاء الماضي، إثر هجوم شنه مسلحون على كمين أمني في حي المساعيد غرب المدينة، بحسب مصادر طبية.

وكان تنظيم «ولاية سيناء»، فرع تنظيم داعش في مصر، قد تبنى منتصف الشهر الماضي هجوما على نقطة تفتيش في منطقة بئر العبد أسفر عن مقتل 18 شرطيا.

إلى ذلك، التقى الرئيس عبدالفتاح السيسي في قصر الاتحادية أمس قائد القيادة المركزية الأمريكية الجنرال جوزيف فوتيل، وبحث معه سبل تعزيز التعاون في مكافحة الإرهاب.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("aawsat", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("eaf", "Organization", ["القوات المسلحة المصرية"], "Egyptian Armed Forces", qid="Q1195593",
          sub="ArmedForce"),
        E("rifai", "Person", ["تامر الرفاعي"], "Tamer al-Rifai"),
        E("lawforces", "Organization", ["قوات إنفاذ القانون"], "Law-enforcement forces", sub="ArmedForce"),
        E("sinai", "Place", ["شمال سيناء"], "North Sinai", qid="Q240566", sub="Region"),
        E("arish", "Place", ["العريش", "المدينة"], "Arish", qid="Q29999", sub="City"),
        E("shz", "Place", ["الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("rafah", "Place", ["رفح"], "Rafah (Egypt)", sub="City"),
        E("masaeed", "Place", ["حي المساعيد"], "al-Masaeed", sub="City"),
        E("wilaya", "Organization", ["ولاية سيناء"], "Sinai Province", qid="Q19876212", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("birabd", "Place", ["منطقة بئر العبد"], "Bir al-Abd", sub="City"),
        E("sisi", "Person", ["عبدالفتاح السيسي"], "Abdel Fattah el-Sisi", qid="Q1048"),
        E("ittihadiya", "Place", ["قصر الاتحادية"], "Heliopolis Palace"),
        E("centcom", "Organization", ["القيادة المركزية الأمريكية"], "CENTCOM", qid="Q1125019", sub="ArmedForce"),
        E("votel", "Person", ["جوزيف فوتيل"], "Joseph Votel", qid="Q6288130"),
    ],
    relations=[
        R("spokespersonOf", "rifai", "eaf"),
        R("locatedIn", "masaeed", "arish"),
        R("partOf", "wilaya", "isis"),
        R("leaderOf", "votel", "centcom"),
        R("leaderOf", "sisi", "egypt", opt=True),
        R("locatedIn", "arish", "sinai", opt=True),
        R("locatedIn", "shz", "sinai", opt=True),
        R("locatedIn", "rafah", "sinai", opt=True),
    ],
    events=[
        V("Killing", agent=["lawforces"], place=[["arish", "shz", "rafah", "sinai"]], date="2017-10", trigger="قتل"),
        V("Arrest", agent=["lawforces"], place=[["arish", "shz", "rafah", "sinai"]], date="2017-10",
          trigger="القبض"),
        V("Killing", opt=True, place=["arish", "shz", "rafah", "sinai"]),
        V("Arrest", opt=True, place=["arish", "shz", "rafah", "sinai"]),
        V("Killing", place=[["masaeed", "arish"]], date="2017-10-17", trigger="لقي مجند مصرعه"),
        V("Attack", place=[["masaeed", "arish"]], date="2017-10-17", trigger="هجوم"),
        V("Attack", agent=["wilaya"], place=["birabd"], date="2017-09", trigger="هجوما"),
        V("Killing", agent=["wilaya"], place=["birabd"], date="2017-09", trigger="مقتل"),
        V("Meeting", agent=["sisi", "votel"], place=["ittihadiya"], date="2017-10-18", trigger="التقى"),
        V("Meeting", opt=True, place=["cairo"]),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2018-12-12, Wednesday)
DOCS.append(dict(
    id="t36-so-parliament", published="2018-12-12",
    text="""مقديشو - «الشرق الأوسط»

قتل سبعة أشخاص على الأقل، بينهم ثلاثة جنود، في هجوم انتحاري بسيارة مفخخة استهدف صباح أمس نقطة تفتيش قريبة من مقر البرلمان في العاصمة الصومالية مقديشو، وتبنته حركة «الشباب» المرتبطة بتنظيم «القاعدة» في بيان بثته إذاعة «الأندلس» الناطقة باسمها.

وقال الضابط في الشرطة عبدي ورسمه حسن إن «السيارة اقتحمت الحاجز بسرعة كبيرة قبل أن تنفجر وسط عدد من السيارات المتوقفة».

وفي تطور آخر، نفذت القيادة العسكرية الأمريكية في أفريقيا «أفريكوم» غارة جوية يوم الأحد الماضي قرب بلدة جليب بإقليم جوبا الوسطى، قتلت ستة من مسلحي الحركة، بحسب بيان للقيادة.

كما أعلن الجيش الصومالي أنه اعتقل، في الخامس من الشهر الجاري، قياديا في الحركة يدعى عمر ديري خلال عملية دهم نفذها في مدينة أفجوي بإقليم شبيلي السفلى.

سياسيا، وصل الرئيس محمد عبدالله فرماجو إلى أديس أبابا الثلاثاء في زيارة رسمية، يبحث خلالها مع رئيس الوزراء الإثيوبي آبي أحمد ملفات الأمن الإقليمي.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("aawsat", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("parliament", "Organization", ["البرلمان"], "Federal Parliament of Somalia", sub="GovernmentBody",
          opt=True),
        E("shabab", "Organization", ["حركة «الشباب»", "الحركة"], "al-Shabaab", qid="Q232977", sub="ArmedGroup"),
        E("qaeda", "Organization", ["«القاعدة»"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("andalus", "Organization", ["إذاعة «الأندلس»"], "Radio al-Andalus", sub="MediaOrganization", opt=True),
        E("hassan", "Person", ["عبدي ورسمه حسن"], "Abdi Warsame Hassan"),
        E("police", "Organization", ["الشرطة"], "Somali Police Force", sub="ArmedForce", opt=True),
        E("africom", "Organization", ["القيادة العسكرية الأمريكية في أفريقيا", "أفريكوم", "القيادة"],
          "AFRICOM", qid="Q1456779", sub="ArmedForce"),
        E("jilib", "Place", ["بلدة جليب"], "Jilib", sub="City"),
        E("middlejuba", "Place", ["إقليم جوبا الوسطى"], "Middle Juba", sub="Region"),
        E("somarmy", "Organization", ["الجيش الصومالي"], "Somali Armed Forces", sub="ArmedForce"),
        E("direy", "Person", ["عمر ديري"], "Omar Direy"),
        E("afgoye", "Place", ["مدينة أفجوي"], "Afgooye", sub="City"),
        E("lowershabelle", "Place", ["إقليم شبيلي السفلى"], "Lower Shabelle", sub="Region"),
        E("farmajo", "Person", ["محمد عبدالله فرماجو"], "Mohamed Abdullahi Farmaajo", qid="Q3296624"),
        E("addis", "Place", ["أديس أبابا"], "Addis Ababa", qid="Q3624", sub="City"),
        E("abiy", "Person", ["آبي أحمد"], "Abiy Ahmed", qid="Q47476091"),
    ],
    relations=[
        R("affiliatedWith", "shabab", "qaeda"),
        R("partOf", "andalus", "shabab", opt=True),
        R("memberOf", "hassan", "police", opt=True),
        R("locatedIn", "jilib", "middlejuba"),
        R("memberOf", "direy", "shabab"),
        R("locatedIn", "afgoye", "lowershabelle"),
    ],
    events=[
        V("Attack", agent=["shabab"], place=["mogadishu"], date="2018-12-11", trigger="هجوم"),
        V("Attack", opt=True, target=["parliament"]),
        V("Killing", agent=["shabab"], place=["mogadishu"], date="2018-12-11", trigger="قتل"),
        V("Strike", agent=["africom"], place=[["jilib", "middlejuba"]], date="2018-12-09", trigger="غارة"),
        V("Killing", agent=["africom"], target=["shabab"], place=[["jilib", "middlejuba"]], date="2018-12-09",
          trigger="قتلت"),
        V("Strike", opt=True, target=["shabab"]),
        V("Arrest", agent=["somarmy"], target=["direy"], place=[["afgoye", "lowershabelle"]], date="2018-12-05",
          trigger="اعتقل"),
        V("Visit", agent=["farmajo"], place=["addis"], date="2018-12-11", trigger="وصل"),
        V("Meeting", opt=True, agent=["farmajo", "abiy"], place=["addis"]),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Jeddah (2019-07-17, Wednesday)
DOCS.append(dict(
    id="t36-sa-salam", published="2019-07-17",
    text="""جدة - «الجزيرة»

استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع، في مكتبه بقصر السلام في جدة أمس، وزير الخارجية الباكستاني شاه محمود قريشي، وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين.

وتأتي الزيارة بعد زيارة قام بها ولي العهد إلى إسلام آباد في فبراير/شباط الماضي، وقع خلالها الجانبان اتفاقيات استثمارية.

وفي لندن، عقد وزير الدولة للشؤون الخارجية عادل الجبير، يوم الاثنين الماضي، جلسة مباحثات رسمية مع وزير الدولة البريطاني لشؤون الشرق الأوسط جيمس ألدرتون، تناولت الأوضاع في اليمن.

وكان وزير الداخلية الأمير عبدالعزيز بن سعود بن نايف قد التقى في مكتبه بالرياض، في العاشر من الشهر الجاري، سفير جمهورية الصين الشعبية لدى المملكة لي هواشين، وبحث معه موضوعات ذات اهتمام مشترك.

ومن المنتظر أن يزور المملكة غدا رئيس الوزراء العراقي عادل عبد المهدي على رأس وفد وزاري رفيع.""",
    entities=[
        E("jeddah", "Place", ["جدة"], "Jeddah", qid="Q374365", sub="City"),
        E("jazirah", "Organization", ["الجزيرة"], "Al Jazirah (newspaper)", sub="MediaOrganization", opt=True),
        E("mbs", "Person", ["محمد بن سلمان بن عبدالعزيز"], "Mohammed bin Salman", qid="Q6892503"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Saudi Arabia)",
          sub="GovernmentBody", opt=True),
        E("salam", "Place", ["قصر السلام"], "Al Salam Palace"),
        E("qureshi", "Person", ["شاه محمود قريشي"], "Shah Mehmood Qureshi", qid="Q2465920"),
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("london", "Place", ["لندن"], "London", qid="Q84", sub="City"),
        E("jubeir", "Person", ["عادل الجبير"], "Adel al-Jubeir", qid="Q2824917"),
        E("alderton", "Person", ["جيمس ألدرتون"], "James Alderton"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("abdulaziz", "Person", ["عبدالعزيز بن سعود بن نايف"], "Abdulaziz bin Saud bin Nayef", qid="Q56600587"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("china", "Place", ["جمهورية الصين الشعبية"], "China", qid="Q148", sub="Country"),
        E("saudi", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("li", "Person", ["لي هواشين"], "Li Huaxin"),
        E("mahdi", "Person", ["عادل عبد المهدي"], "Adil Abdul-Mahdi", qid="Q2824980"),
    ],
    relations=[
        R("positionIn", "mbs", "cabinet", opt=True),
        R("locatedIn", "salam", "jeddah"),
        R("positionIn", "li", "china"),
        R("positionIn", "jubeir", "saudi", opt=True),
        R("positionIn", "abdulaziz", "saudi", opt=True),
    ],
    events=[
        V("Meeting", agent=["mbs", "qureshi"], place=[["salam", "jeddah"]], date="2019-07-16", trigger="استقبل"),
        V("Visit", opt=True, agent=["qureshi"], place=["jeddah"], date="2019-07"),
        V("Visit", agent=["mbs"], place=["islamabad"], date="2019-02", trigger="زيارة"),
        V("Meeting", agent=["jubeir", "alderton"], place=["london"], date="2019-07-15", trigger="جلسة مباحثات"),
        V("Meeting", agent=["abdulaziz", "li"], place=["riyadh"], date="2019-07-10", trigger="التقى"),
        # the Iraqi prime minister's visit is still to come (من المنتظر أن يزور ... غدا): no event
    ],
))
