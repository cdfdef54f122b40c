"""Hand annotations of the sixth held-out set (see eval/heldout6/README.md).

Six articles written for this set without looking at the extractor's rules
and without running the extractor on them, annotated with the guidelines of
eval/README.md. Persons are invented; organisations and places are real.
``build_heldout6.py`` turns this into eval/heldout6.jsonl (spans computed,
every mention checked against the text). In event roles a nested list is a
set of alternatives: any one satisfies it. An event with ``optional`` only
carries triples a reasonable annotator could leave out. As in the other sets,
a place written with a title (مدينة، بلدة، قرية، منطقة، محافظة، ولاية، غابة)
also lists its bare name; where a city and its region share a name, the bare
name goes to one entity only.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Lebanon, Hermel border (2025-03-18, a Tuesday)
DOCS.append(dict(
    id="lb-hermel", published="2025-03-18",
    text="""قُتل مدنيان وأصيب سبعة آخرون، أمس الاثنين، جراء قصف مدفعي وصاروخي مصدره الأراضي السورية استهدف بلدة القصر الحدودية في محافظة بعلبك الهرمل شمال شرقي لبنان، وفق ما أعلنت وزارة الصحة العامة اللبنانية، في ثاني أيام المواجهات على الحدود بين لبنان وسوريا.

وقالت قيادة الجيش اللبناني في بيان إن وحداتها المنتشرة على الحدود "ردّت على مصادر النيران بالأسلحة المناسبة"، بعدما أوعز الرئيس اللبناني فؤاد نعمة الحاج إلى قائد الجيش، العماد طوني مارون عقيقي، بالرد على "الاعتداءات" التي تطال الأراضي اللبنانية.

وكانت وزارة الدفاع السورية قد اتهمت، الأحد، عناصر من حزب الله بخطف ثلاثة جنود من الجيش السوري قرب منطقة القصير في ريف حمص الغربي واقتيادهم إلى داخل الأراضي اللبنانية حيث "جرت تصفيتهم"، فيما نفى الحزب في بيان "أي علاقة" له بما جرى على الحدود.

وقالت الوزارة إن القوات السورية ردّت بقصف مدفعي على "تجمعات لعناصر الحزب" في بلدة حوش السيد علي الحدودية، متهمة إياه بإدارة شبكات لتهريب السلاح والمخدرات عبر المعابر غير الشرعية.

وأعلن مصدر عسكري لبناني التوصل، مساء أمس، إلى وقف لإطلاق النار إثر اتصال هاتفي بين وزير الدفاع اللبناني جورج إلياس نخلة ونظيره السوري عمر فايز القاسم، فيما زار العماد عقيقي، اليوم الثلاثاء، مدينة الهرمل، حيث التقى محافظ بعلبك الهرمل نزار حسن شمص وتفقد الوحدات المنتشرة على الحدود.

وكان الجيش اللبناني قد أعلن، السبت، توقيف سبعة أشخاص، بينهم خمسة سوريين، في بلدة حوش السيد علي بتهمة تهريب أسلحة وبضائع عبر الحدود، في إطار حملة على المعابر غير الشرعية التي تقول بيروت إن عددها يتجاوز 130 معبرا.""",
    entities=[
        E("qasr", "Place", ["بلدة القصر", "القصر"], "al-Qasr (Hermel)", sub="City"),
        E("bh", "Place", ["محافظة بعلبك الهرمل", "بعلبك الهرمل"], "Baalbek-Hermel Governorate", sub="Region"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("lb_moh", "Organization", ["وزارة الصحة العامة اللبنانية"], "Ministry of Public Health (Lebanon)",
          sub="GovernmentBody"),
        E("lb_army", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("haj", "Person", ["فؤاد نعمة الحاج"], "Fuad Nima al-Hajj"),
        E("aqiqi", "Person", ["طوني مارون عقيقي", "عقيقي"], "Tony Marun Aqiqi"),
        E("sy_mod", "Organization", ["وزارة الدفاع السورية", "الوزارة"], "Ministry of Defense (Syria)",
          sub="GovernmentBody"),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", sub="ArmedGroup"),
        E("sy_army", "Organization", ["الجيش السوري", "القوات السورية"], "Syrian Army", sub="ArmedForce"),
        E("qusayr", "Place", ["منطقة القصير", "القصير"], "al-Qusayr", sub="City"),
        E("homs", "Place", ["حمص"], "Homs Governorate", sub="Region"),
        E("hawsh", "Place", ["بلدة حوش السيد علي", "حوش السيد علي"], "Hawsh al-Sayyid Ali", sub="City"),
        E("nakhleh", "Person", ["جورج إلياس نخلة"], "George Ilyas Nakhleh"),
        E("qasem", "Person", ["عمر فايز القاسم"], "Umar Fayiz al-Qasim"),
        E("hermel", "Place", ["مدينة الهرمل", "الهرمل"], "Hermel", sub="City"),
        E("shamas", "Person", ["نزار حسن شمص"], "Nizar Hasan Shamas"),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("locatedIn", "qasr", "bh"),
        R("locatedIn", "bh", "lebanon"),
        R("locatedIn", "qasr", "lebanon", opt=True),
        R("leaderOf", "haj", "lebanon"),
        R("positionIn", "haj", "lebanon", opt=True),
        R("leaderOf", "aqiqi", "lb_army"),
        R("positionIn", "aqiqi", "lb_army", opt=True),
        R("locatedIn", "qusayr", "homs"),
        R("locatedIn", "homs", "syria", opt=True),
        R("partOf", "sy_army", "sy_mod", opt=True),
        R("positionIn", "nakhleh", "lebanon"),
        R("positionIn", "qasem", "syria"),
        R("leaderOf", "qasem", "sy_mod", opt=True),
        R("leaderOf", "shamas", "bh"),
        R("positionIn", "shamas", "bh", opt=True),
        R("locatedIn", "hermel", "bh", opt=True),
    ],
    events=[
        # shelling from Syrian territory on Monday: no named agent
        V("Strike", place=[["qasr", "bh", "lebanon"]], date="2025-03-17", trigger="قصف"),
        V("Killing", place=[["qasr", "bh", "lebanon"]], date="2025-03-17", trigger="قُتل"),
        V("Strike", opt=True, agent=["sy_army"]),
        # the Lebanese army "responded to the sources of fire" (undated beyond the story)
        V("Strike", opt=True, agent=["lb_army"], date="2025-03"),
        # Syrian accusation (made on Sunday; the act itself undated): Hezbollah, which denies, only optional agent
        V("Killing", target=["sy_army"], date="2025-03", trigger="تصفيتهم"),
        V("Killing", opt=True, agent=["hezbollah"], place=["lebanon"]),
        V("Arrest", opt=True, agent=["hezbollah"], target=["sy_army"], place=[["qusayr", "homs"]], date="2025-03"),
        # Syrian shelling of Hawsh al-Sayyid Ali, reported by the ministry
        V("Strike", agent=["sy_army"], target=["hezbollah"], place=["hawsh"], date="2025-03", trigger="بقصف"),
        # a phone call, not a meeting in person
        V("Meeting", opt=True, agent=["nakhleh", "qasem"], date="2025-03-17"),
        V("Visit", agent=["aqiqi"], place=["hermel"], date="2025-03-18", trigger="زار"),
        V("Meeting", agent=["aqiqi", "shamas"], place=["hermel"], date="2025-03-18", trigger="التقى"),
        # arrests announced on Saturday (the act undated: month only)
        V("Arrest", agent=["lb_army"], place=["hawsh"], date="2025-03", trigger="توقيف"),
    ],
))

# ---------------------------------------------------------------- Mali, Timbuktu (2025-06-04, a Wednesday)
DOCS.append(dict(
    id="ml-timbuktu", published="2025-06-04",
    text="""هاجم مسلحون من جماعة نصرة الإسلام والمسلمين، المرتبطة بتنظيم القاعدة، فجر الاثنين، معسكرا للجيش المالي في مدينة تمبكتو شمالي مالي، في هجوم استمر ساعات واستُخدمت فيه سيارات مفخخة وقذائف هاون، بحسب مصادر أمنية وسكان محليين.

وتبنت الجماعة الهجوم في بيان نشرته مؤسسة الزلاقة، ذراعها الإعلامية، قائلة إن مقاتليها "اقتحموا أجزاء من المعسكر" وقتلوا عشرات الجنود وعناصر من "الفيلق الأفريقي" الروسي، وهو ما لم يتسن التحقق منه من مصدر مستقل.

في المقابل، قالت هيئة الأركان العامة للجيوش في بيان إن الوحدات المرابطة في المعسكر "صدت الهجوم" وقتلت 14 من المهاجمين، مقرة بسقوط "عدد من الجرحى" في صفوفها، فيما تحدثت مصادر محلية عن مقتل ستة جنود على الأقل.

وأضافت الهيئة أن القوات الجوية نفذت، أمس، ضربات بطائرات مسيّرة على "ملاذات للإرهابيين" قرب بلدة بير شرقي مدينة تمبكتو، ما أسفر عن "تحييد" عدد من المهاجمين الفارين وتدمير آليات كانت بحوزتهم.

ووصل وزير الدفاع المالي، الجنرال أمادو سيكو ديارا، أمس إلى المدينة على رأس وفد عسكري، حيث اجتمع مع حاكم منطقة تمبكتو، العقيد بوبكر ألفا مايغا، وقادة الوحدات المنتشرة فيها، مؤكدا أن "المهاجمين سيلاحَقون أينما كانوا".

وكانت وحدات من الدرك الوطني قد اعتقلت في نيسان/أبريل الماضي، قرب بلدة غوندام في منطقة تمبكتو، القيادي في كتيبة ماسينا، إحدى مكونات الجماعة، عثمان بوريما سيسي، المعروف بـ"أبو حذيفة الماسني"، الذي تتهمه السلطات بالتخطيط لهجمات على قوافل الإمداد العسكرية.""",
    entities=[
        E("jnim", "Organization", ["جماعة نصرة الإسلام والمسلمين", "الجماعة"], "Jama'at Nusrat al-Islam wal-Muslimin",
          sub="ArmedGroup"),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("mali_army", "Organization", ["الجيش المالي"], "Malian Armed Forces", sub="ArmedForce"),
        E("tim_city", "Place", ["مدينة تمبكتو", "المدينة"], "Timbuktu", sub="City"),
        E("mali", "Place", ["مالي"], "Mali", qid="Q912", sub="Country"),
        E("zallaqa", "Organization", ["مؤسسة الزلاقة"], "az-Zallaqa Media Foundation", sub="MediaOrganization"),
        E("africa_corps", "Organization", ["الفيلق الأفريقي"], "Africa Corps (Russia)", sub="ArmedForce"),
        E("staff", "Organization", ["هيئة الأركان العامة للجيوش", "الهيئة"], "General Staff of the Armed Forces (Mali)",
          sub="GovernmentBody"),
        E("air", "Organization", ["القوات الجوية"], "Malian Air Force", sub="ArmedForce", opt=True),
        E("ber", "Place", ["بلدة بير", "بير"], "Ber", sub="City"),
        E("diarra", "Person", ["أمادو سيكو ديارا"], "Amadou Seku Diarra"),
        E("tim_region", "Place", ["منطقة تمبكتو", "تمبكتو"], "Timbuktu Region", sub="Region"),
        E("maiga", "Person", ["بوبكر ألفا مايغا"], "Boubacar Alpha Maiga"),
        E("gendarmerie", "Organization", ["الدرك الوطني"], "National Gendarmerie (Mali)", sub="GovernmentBody"),
        E("goundam", "Place", ["بلدة غوندام", "غوندام"], "Goundam", sub="City"),
        E("macina", "Organization", ["كتيبة ماسينا"], "Katiba Macina", sub="ArmedGroup"),
        E("cisse", "Person", ["عثمان بوريما سيسي", "أبو حذيفة الماسني"], "Usman Bourema Cisse"),
    ],
    relations=[
        R("affiliatedWith", "jnim", "aq"),
        R("partOf", "jnim", "aq", opt=True),
        R("locatedIn", "tim_city", "mali"),
        R("locatedIn", "tim_city", "tim_region", opt=True),
        R("locatedIn", "tim_region", "mali", opt=True),
        R("partOf", "zallaqa", "jnim"),
        R("partOf", "staff", "mali_army", opt=True),
        R("partOf", "air", "mali_army", opt=True),
        R("locatedIn", "ber", "tim_city", opt=True),
        R("positionIn", "diarra", "mali"),
        R("leaderOf", "maiga", "tim_region"),
        R("positionIn", "maiga", "tim_region", opt=True),
        R("locatedIn", "goundam", "tim_region"),
        R("memberOf", "cisse", "macina"),
        R("memberOf", "cisse", "jnim", opt=True),
        R("partOf", "macina", "jnim"),
    ],
    events=[
        # the attack on Monday dawn, claimed by JNIM
        V("Attack", agent=["jnim"], target=["mali_army"], place=[["tim_city", "mali"]], date="2025-06-02",
          trigger="هاجم"),
        V("Attack", opt=True, target=["africa_corps"]),
        # JNIM's claim: soldiers and Africa Corps men killed
        V("Killing", agent=["jnim"], target=["mali_army", "africa_corps"], place=[["tim_city", "mali"]],
          date="2025-06-02", trigger="قتلوا"),
        # the General Staff: its units killed 14 attackers (the staff is the speaker, not the agent)
        V("Killing", agent=["mali_army"], target=["jnim"], place=[["tim_city", "mali"]], date="2025-06-02",
          trigger="قتلت"),
        # drone strikes yesterday near Ber
        V("Strike", agent=[["air", "mali_army"]], place=[["ber", "tim_city"]], date="2025-06-03", trigger="ضربات"),
        V("Strike", opt=True, target=["jnim"]),
        V("Killing", opt=True, agent=[["air", "mali_army"]], target=["jnim"], place=[["ber", "tim_city"]],
          date="2025-06-03"),
        V("Visit", agent=["diarra"], place=["tim_city"], date="2025-06-03", trigger="وصل"),
        V("Meeting", agent=["diarra", "maiga"], place=["tim_city"], date="2025-06-03", trigger="اجتمع"),
        # last April
        V("Arrest", agent=["gendarmerie"], target=["cisse"], place=[["goundam", "tim_region"]], date="2025-04",
          trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Jordan, Zarqa plot and the Brotherhood ban (2025-04-24, a Thursday)
DOCS.append(dict(
    id="jo-zarqa", published="2025-04-24",
    text="""أعلنت الحكومة الأردنية، أمس الأربعاء، حظر جميع نشاطات جماعة الإخوان المسلمين واعتبارها "جمعية غير مشروعة"، بعد ثمانية أيام من إعلان دائرة المخابرات العامة إحباط مخططات قالت إنها "تستهدف الأمن الوطني"، بينها تصنيع صواريخ وطائرات مسيّرة.

وقال وزير الداخلية الأردني، خالد سليمان العبادي، في مؤتمر صحفي بالعاصمة عمّان، إن الأجهزة الأمنية ضبطت، ليلة الإعلان عن المخطط، عناصر من الجماعة "أثناء نقل وإتلاف كميات من الوثائق" من مقراتها، مشيرا إلى أن القرار يشمل إغلاق مكاتب الجماعة ومصادرة أصولها.

وكانت دائرة المخابرات العامة قد أعلنت، في 15 نيسان/أبريل، اعتقال 16 شخصا متورطين في أربع قضايا، بينها تصنيع صواريخ قصيرة المدى في مستودع بمحافظة الزرقاء شمال شرقي العاصمة، وحيازة متفجرات، ومشروع لتصنيع طائرات مسيّرة.

وبث التلفزيون الأردني اعترافات لعدد من الموقوفين، بينهم عبد الرحمن يوسف الزيود، الذي قال إنه عضو في الجماعة منذ عام 2016 وإنه سافر إلى لبنان حيث التقى عناصر من حركة حماس، فيما نفت الجماعة في بيان أي صلة تنظيمية لها بالموقوفين، مؤكدة أن ما قاموا به "تصرفات فردية".

من جهته، قال الأمين العام لحزب جبهة العمل الإسلامي، الذراع السياسية للجماعة، وائل محمود الشرمان، إن الحزب "مرخص ومستقل قانونيا" ولا يشمله القرار، في حين طالب نواب بحل الحزب الذي يشغل 31 مقعدا في مجلس النواب.

وزار رئيس الوزراء الأردني نصر عادل الحياري، الثلاثاء، محافظة الزرقاء، حيث التقى محافظها حسن علي الجبور وقادة الأجهزة الأمنية، مؤكدا أن الأردن "لن يسمح بأن يكون ساحة لأي مشروع يهدد أمنه واستقراره".""",
    entities=[
        E("jo_gov", "Organization", ["الحكومة الأردنية"], "Government of Jordan", sub="GovernmentBody"),
        E("mb", "Organization", ["جماعة الإخوان المسلمين", "الإخوان المسلمين", "الجماعة"], "Muslim Brotherhood (Jordan)",
          sub="PoliticalOrganization"),
        E("gid", "Organization", ["دائرة المخابرات العامة"], "General Intelligence Directorate (Jordan)",
          sub="GovernmentBody"),
        E("abbadi", "Person", ["خالد سليمان العبادي"], "Khalid Sulayman al-Abbadi"),
        E("amman", "Place", ["عمّان", "العاصمة"], "Amman", qid="Q3805", sub="City"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Jordanian security services", sub="GovernmentBody",
          opt=True),
        E("zarqa", "Place", ["محافظة الزرقاء", "الزرقاء"], "Zarqa Governorate", sub="Region"),
        E("jtv", "Organization", ["التلفزيون الأردني"], "Jordan Television", sub="MediaOrganization"),
        E("zyoud", "Person", ["عبد الرحمن يوسف الزيود"], "Abd al-Rahman Yusuf al-Zyoud"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("hamas", "Organization", ["حركة حماس"], "Hamas", sub="ArmedGroup"),
        E("iaf", "Organization", ["حزب جبهة العمل الإسلامي", "الحزب"], "Islamic Action Front",
          sub="PoliticalOrganization"),
        E("sharman", "Person", ["وائل محمود الشرمان"], "Wail Mahmud al-Sharman"),
        E("parliament", "Organization", ["مجلس النواب"], "House of Representatives (Jordan)", sub="GovernmentBody"),
        E("hiyari", "Person", ["نصر عادل الحياري"], "Nasr Adil al-Hiyari"),
        E("jbour", "Person", ["حسن علي الجبور"], "Hasan Ali al-Jbour"),
        E("jordan", "Place", ["الأردن"], "Jordan", qid="Q810", sub="Country"),
    ],
    relations=[
        R("positionIn", "abbadi", "jordan"),
        R("locatedIn", "amman", "jordan", opt=True),
        # "بمحافظة الزرقاء شمال شرقي العاصمة": a direction from the capital, not containment
        R("locatedIn", "zarqa", "amman", opt=True),
        R("memberOf", "zyoud", "mb"),
        R("leaderOf", "sharman", "iaf"),
        R("partOf", "iaf", "mb"),
        R("affiliatedWith", "iaf", "mb", opt=True),
        R("memberOf", "iaf", "parliament", opt=True),
        R("positionIn", "hiyari", "jordan"),
        R("leaderOf", "hiyari", "jo_gov", opt=True),
        R("leaderOf", "jbour", "zarqa"),
        R("positionIn", "jbour", "zarqa", opt=True),
        R("locatedIn", "zarqa", "jordan", opt=True),
    ],
    events=[
        # Brotherhood members caught "on the night of the announcement" (15 April) by the security services
        V("Arrest", agent=["security"], target=["mb"], date="2025-04", trigger="ضبطت"),
        V("Arrest", opt=True, date="2025-04-15"),
        # 16 arrests announced on 15 April: the act itself is not dated
        V("Arrest", agent=["gid"], trigger="اعتقال"),
        V("Arrest", opt=True, place=["zarqa"], date="2025-04"),
        # a confession: he travelled to Lebanon and met Hamas members (undated)
        V("Visit", agent=["zyoud"], place=["lebanon"], trigger="سافر"),
        V("Meeting", agent=["zyoud"], place=["lebanon"], trigger="التقى"),
        V("Meeting", opt=True, agent=["hamas"]),
        V("Visit", agent=["hiyari"], place=["zarqa"], date="2025-04-22", trigger="زار"),
        V("Meeting", agent=["hiyari", "jbour"], place=["zarqa"], date="2025-04-22", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Nigeria, Zamfara bandits (2024-08-21, a Wednesday)
DOCS.append(dict(
    id="ng-zamfara", published="2024-08-21",
    text="""قتلت القوات الجوية النيجيرية، الأحد، زعيم عصابة مسلحة يدعى موسى عليو بانغا، المعروف بـ"دان كاراما"، وعشرات من أتباعه في غارات على معاقلهم في غابة كويامبانا بمنطقة مارو في ولاية زمفارا شمال غربي نيجيريا.

وقال المتحدث باسم القوات الجوية، العميد الجوي صامويل أديمولا أوكي، في بيان أمس، إن الضربات جاءت بعد "معلومات استخباراتية دقيقة" عن اجتماع لقادة العصابات في الغابة، مشيرا إلى أن عليو كان مسؤولا عن خطف أكثر من 200 شخص خلال العامين الماضيين.

وفي هجوم يُعتقد أنه انتقامي، اقتحم مسلحون على دراجات نارية، فجر أمس، قرية يانكوزو في منطقة تسافي بالولاية، فقتلوا 11 قرويا وخطفوا نحو 30 آخرين بينهم نساء وأطفال، بحسب المتحدث باسم شرطة ولاية زمفارا، إبراهيم شيهو بالا.

وأضاف بالا أن عناصر الشرطة اعتقلوا، الجمعة، ثلاثة رجال في مدينة غوساو، عاصمة الولاية، يشتبه في تزويدهم العصابات بالوقود والدراجات النارية والمعلومات عن تحركات قوات الأمن.

والتقى حاكم ولاية زمفارا، محمد بيلو داندومي، أمس في غوساو، قائد الفرقة الثامنة في الجيش النيجيري، اللواء أولوسيغون أديبايو أكينولا، وبحثا توسيع عملية "هدارين داجي" التي يشنها الجيش بدعم من سلاح الجو ضد العصابات في ولايات الشمال الغربي.

وتعاني زمفارا منذ أكثر من عقد من هجمات العصابات التي تنشط في الخطف مقابل الفدية وسرقة المواشي، وكان مسلحون قد قتلوا في كانون الثاني/يناير 2022 أكثر من 200 قروي في هجمات متزامنة على قرى بمنطقتي أنكا وبوكويوم، فيما صنفت الحكومة الفدرالية العصابات "منظمات إرهابية" في العام نفسه.""",
    entities=[
        E("naf", "Organization", ["القوات الجوية النيجيرية", "القوات الجوية", "سلاح الجو"], "Nigerian Air Force",
          sub="ArmedForce"),
        E("aliyu", "Person", ["موسى عليو بانغا", "دان كاراما", "عليو"], "Musa Aliyu Banga"),
        E("kuyambana", "Place", ["غابة كويامبانا", "كويامبانا", "الغابة"], "Kuyambana forest", sub="Region"),
        E("maru", "Place", ["منطقة مارو", "مارو"], "Maru (LGA)", sub="Region"),
        E("zamfara", "Place", ["ولاية زمفارا", "زمفارا", "الولاية"], "Zamfara State", sub="Region"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("oke", "Person", ["صامويل أديمولا أوكي"], "Samuel Ademola Oke"),
        E("yankuzo", "Place", ["قرية يانكوزو", "يانكوزو"], "Yankuzo", sub="City"),
        E("tsafe", "Place", ["منطقة تسافي", "تسافي"], "Tsafe (LGA)", sub="Region"),
        E("police", "Organization", ["شرطة ولاية زمفارا", "الشرطة"], "Zamfara State Police Command",
          sub="GovernmentBody"),
        E("bala", "Person", ["إبراهيم شيهو بالا", "بالا"], "Ibrahim Shehu Bala"),
        E("gusau", "Place", ["مدينة غوساو", "غوساو"], "Gusau", sub="City"),
        E("dandume", "Person", ["محمد بيلو داندومي"], "Muhammad Bello Dandume"),
        E("div8", "Organization", ["الفرقة الثامنة"], "8th Division (Nigerian Army)", sub="ArmedForce"),
        E("ng_army", "Organization", ["الجيش النيجيري", "الجيش"], "Nigerian Army", sub="ArmedForce"),
        E("akinola", "Person", ["أولوسيغون أديبايو أكينولا"], "Olusegun Adebayo Akinola"),
        E("anka", "Place", ["أنكا"], "Anka (LGA)", sub="Region"),
        E("bukkuyum", "Place", ["بوكويوم"], "Bukkuyum (LGA)", sub="Region"),
        E("fgn", "Organization", ["الحكومة الفدرالية"], "Federal Government of Nigeria", sub="GovernmentBody",
          opt=True),
    ],
    relations=[
        R("locatedIn", "kuyambana", "maru"),
        R("locatedIn", "maru", "zamfara"),
        R("locatedIn", "zamfara", "nigeria"),
        R("locatedIn", "kuyambana", "zamfara", opt=True),
        R("locatedIn", "kuyambana", "nigeria", opt=True),
        R("locatedIn", "maru", "nigeria", opt=True),
        R("spokespersonOf", "oke", "naf"),
        R("locatedIn", "yankuzo", "tsafe"),
        R("locatedIn", "tsafe", "zamfara"),
        R("locatedIn", "yankuzo", "zamfara", opt=True),
        R("spokespersonOf", "bala", "police"),
        R("locatedIn", "gusau", "zamfara"),
        R("leaderOf", "dandume", "zamfara"),
        R("positionIn", "dandume", "zamfara", opt=True),
        R("leaderOf", "akinola", "div8"),
        R("partOf", "div8", "ng_army"),
        R("memberOf", "akinola", "ng_army", opt=True),
        R("locatedIn", "anka", "zamfara", opt=True),
        R("locatedIn", "bukkuyum", "zamfara", opt=True),
    ],
    events=[
        # Sunday's air strikes kill the gang leader
        V("Strike", agent=["naf"], place=[["kuyambana", "maru", "zamfara", "nigeria"]], date="2024-08-18",
          trigger="غارات"),
        V("Strike", opt=True, target=["aliyu"]),
        V("Killing", agent=["naf"], target=["aliyu"], place=[["kuyambana", "maru", "zamfara", "nigeria"]],
          date="2024-08-18", trigger="قتلت"),
        # the raid on Yankuzo at dawn yesterday: unnamed gunmen, no agent
        V("Attack", place=[["yankuzo", "tsafe", "zamfara"]], date="2024-08-20", trigger="اقتحم"),
        V("Killing", place=[["yankuzo", "tsafe", "zamfara"]], date="2024-08-20", trigger="فقتلوا"),
        V("Arrest", opt=True, place=["yankuzo"], date="2024-08-20"),
        # the police spokesman on his own force's arrests on Friday
        V("Arrest", agent=["police"], place=[["gusau", "zamfara"]], date="2024-08-16", trigger="اعتقلوا"),
        V("Meeting", agent=["dandume", "akinola"], place=["gusau"], date="2024-08-20", trigger="التقى"),
        # the named operation of the army, supported by the air force (no start date, vague region)
        V("MilitaryOperation", name="هدارين داجي", agent=["ng_army"], trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["naf"]),
        # January 2022: gunmen killed more than 200 villagers in Anka and Bukkuyum
        V("Attack", place=["anka", "bukkuyum"], date="2022-01", trigger="هجمات"),
        V("Killing", place=["anka", "bukkuyum"], date="2022-01", trigger="قتلوا"),
    ],
))

# ---------------------------------------------------------------- Libya, Sabha / Fezzan (2024-11-27, a Wednesday)
DOCS.append(dict(
    id="ly-sabha", published="2024-11-27",
    text="""قُتل ثلاثة عناصر من لواء طارق بن زياد، أحد أبرز تشكيلات قوات القيادة العامة، وأصيب اثنان آخران، فجر الأحد، في هجوم شنه مسلحون مجهولون على بوابة أمنية على الطريق الرابط بين مدينتي سبها وأوباري جنوب غربي ليبيا، وفق مصادر عسكرية.

وقال المتحدث باسم القيادة العامة، اللواء عمر ميلاد الفيتوري، إن وحدات من لواء طارق بن زياد طاردت المهاجمين باتجاه الحدود مع النيجر، فيما نفذت طائرات مسيّرة تابعة لسلاح الجو ضربات على "تجمع لمرتزقة تشاديين" قرب منطقة أم الأرانب، ما أسفر عن مقتل ستة منهم.

وفي سبها، أعلن جهاز الأمن الداخلي، أمس، القبض على خمسة أشخاص، بينهم اثنان يحملان الجنسية السودانية، يشتبه في تورطهم في الهجوم وفي تهريب المهاجرين عبر الصحراء، وضبط أسلحة وذخائر بحوزتهم.

ووصل رئيس أركان القوات البرية، الفريق حسين علي الزوي، الاثنين، إلى سبها في زيارة تفقدية، حيث التقى عميد بلدية سبها مسعود إبراهيم الحضيري وعددا من أعيان القبائل، وتعهد بـ"تطهير الجنوب من العصابات والمرتزقة".

وكانت القيادة العامة قد أطلقت في آب/أغسطس الماضي عملية عسكرية قالت إنها تهدف إلى "تأمين الحدود الجنوبية"، وأثار تحرك قواتها آنذاك نحو الجنوب الغربي قلق حكومة الوحدة الوطنية في طرابلس التي أعلنت رفع حالة التأهب.

ورجّح الفيتوري أن يكون المهاجمون "على صلة" بجبهة الوفاق من أجل التغيير في تشاد، وهي حركة متمردة يتزعمها عبد الكريم آدم تيمان، اتخذت من الجنوب الليبي قاعدة خلفية قبل أن تشن هجوما على شمال تشاد في نيسان/أبريل 2021.""",
    entities=[
        E("tbz", "Organization", ["لواء طارق بن زياد"], "Tariq bin Ziyad Brigade", sub="ArmedForce"),
        E("lna", "Organization", ["قوات القيادة العامة", "القيادة العامة"], "Libyan National Army (General Command)",
          sub="ArmedForce"),
        E("sabha", "Place", ["سبها"], "Sabha", sub="City"),
        E("ubari", "Place", ["أوباري"], "Ubari", sub="City"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("fitouri", "Person", ["عمر ميلاد الفيتوري", "الفيتوري"], "Umar Milad al-Fitouri"),
        E("niger", "Place", ["النيجر"], "Niger", qid="Q1032", sub="Country"),
        E("air", "Organization", ["سلاح الجو"], "LNA Air Force", sub="ArmedForce", opt=True),
        E("aranib", "Place", ["منطقة أم الأرانب", "أم الأرانب"], "Umm al-Aranib", sub="City"),
        E("isa", "Organization", ["جهاز الأمن الداخلي"], "Internal Security Agency (Libya)", sub="GovernmentBody"),
        E("ground", "Organization", ["القوات البرية"], "LNA Ground Forces", sub="ArmedForce", opt=True),
        E("zway", "Person", ["حسين علي الزوي"], "Husayn Ali al-Zway"),
        E("baladiya", "Organization", ["بلدية سبها"], "Sabha Municipality", sub="GovernmentBody"),
        E("hudairi", "Person", ["مسعود إبراهيم الحضيري"], "Masud Ibrahim al-Hudairi"),
        E("gnu", "Organization", ["حكومة الوحدة الوطنية"], "Government of National Unity (Libya)",
          sub="GovernmentBody"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("fact", "Organization", ["جبهة الوفاق من أجل التغيير في تشاد"], "Front for Change and Concord in Chad",
          sub="ArmedGroup"),
        E("timan", "Person", ["عبد الكريم آدم تيمان"], "Abd al-Karim Adam Timan"),
        E("chad", "Place", ["تشاد"], "Chad", qid="Q657", sub="Country"),
    ],
    relations=[
        R("partOf", "tbz", "lna"),
        R("locatedIn", "sabha", "libya"),
        R("locatedIn", "ubari", "libya"),
        R("spokespersonOf", "fitouri", "lna"),
        R("partOf", "air", "lna", opt=True),
        R("leaderOf", "zway", "ground", opt=True),
        R("partOf", "ground", "lna", opt=True),
        R("memberOf", "zway", "lna", opt=True),
        R("leaderOf", "hudairi", "baladiya"),
        R("leaderOf", "hudairi", "sabha", opt=True),
        R("leaderOf", "timan", "fact"),
    ],
    events=[
        # the ambush at dawn on Sunday by unknown gunmen: no agent
        V("Attack", target=["tbz"], place=[["sabha", "ubari", "libya"]], date="2024-11-24", trigger="هجوم"),
        V("Killing", target=["tbz"], place=[["sabha", "ubari", "libya"]], date="2024-11-24", trigger="قُتل"),
        # the spokesman only suggests a link to FACT
        V("Attack", opt=True, agent=["fact"]),
        # drone strikes near Umm al-Aranib (date not given beyond the story)
        V("Strike", agent=[["air", "lna"]], place=["aranib"], date="2024-11", trigger="ضربات"),
        V("Killing", agent=[["air", "lna"]], place=["aranib"], date="2024-11", trigger="مقتل"),
        # arrests announced yesterday (the act undated: month only)
        V("Arrest", agent=["isa"], place=["sabha"], date="2024-11", trigger="القبض"),
        V("Visit", agent=["zway"], place=["sabha"], date="2024-11-25", trigger="وصل"),
        V("Meeting", agent=["zway", "hudairi"], place=["sabha"], date="2024-11-25", trigger="التقى"),
        # last August: the General Command's operation to "secure the southern borders"
        V("MilitaryOperation", agent=["lna"], date="2024-08", trigger="عملية عسكرية"),
        # FACT's offensive on northern Chad in April 2021
        V("Attack", agent=["fact"], place=["chad"], date="2021-04", trigger="هجوما"),
    ],
))

# ---------------------------------------------------------------- Oman, Yemen talks in Muscat (2026-01-08, a Thursday)
DOCS.append(dict(
    id="om-muscat", published="2026-01-08",
    text="""التقى المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن، لارس إريك نوردستروم، أمس الأربعاء في العاصمة العمانية مسقط، وزير الخارجية العماني سالم بن ناصر الحارثي، وبحثا جهود إحياء العملية السياسية في اليمن وملف الأسرى والمحتجزين.

وأضاف مكتب المبعوث في بيان أن نوردستروم اجتمع، في اليوم نفسه، مع رئيس الوفد المفاوض لجماعة أنصار الله (الحوثيين) والمتحدث باسمها، فضل أحمد الحمزي، وحثه على "الإفراج الفوري وغير المشروط" عن موظفي المنظمة الدولية المحتجزين لدى الجماعة.

وكان الحوثيون قد اعتقلوا منذ حزيران/يونيو 2024 أكثر من 50 من موظفي الأمم المتحدة ومنظمات الإغاثة في صنعاء ومحافظات أخرى خاضعة لسيطرتهم، متهمين بعضهم بالتجسس لصالح الولايات المتحدة وإسرائيل، وهي اتهامات تنفيها الأمم المتحدة.

ووصل إلى مسقط، الثلاثاء، وفد الحكومة اليمنية المعترف بها دوليا برئاسة وكيل وزارة حقوق الإنسان، عبد الرقيب علي الصبري، لاستئناف المفاوضات مع الحوثيين بشأن صفقة لتبادل نحو ألفي أسير من الطرفين برعاية الأمم المتحدة واللجنة الدولية للصليب الأحمر.

وكان سفير المملكة العربية السعودية لدى اليمن، خالد بن فهد العتيبي، قد زار صنعاء في نيسان/أبريل 2023 على رأس وفد سعودي عماني والتقى قادة في الجماعة، في أول زيارة علنية من نوعها منذ تدخل التحالف بقيادة الرياض في اليمن عام 2015.

وقال المتحدث باسم وزارة الخارجية العمانية، هلال بن سعيد المعمري، إن سلطنة عمان "ستواصل جهودها لتقريب وجهات النظر بين الأطراف اليمنية"، مشيرا إلى أن مسقط استضافت الشهر الماضي جولة مفاوضات بين الطرفين برعاية أممية انتهت بالإفراج عن 26 محتجزا لأسباب إنسانية.""",
    entities=[
        E("un", "Organization", ["الأمم المتحدة", "المنظمة الدولية"], "United Nations", qid="Q1065"),
        E("nordstrom", "Person", ["لارس إريك نوردستروم", "نوردستروم"], "Lars Erik Nordstrom"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("muscat", "Place", ["مسقط", "العاصمة العمانية"], "Muscat", qid="Q3826", sub="City"),
        E("harithi", "Person", ["سالم بن ناصر الحارثي"], "Salim bin Nasir al-Harithi"),
        E("envoy_office", "Organization", ["مكتب المبعوث"], "Office of the UN Special Envoy for Yemen",
          sub="GovernmentBody", opt=True),
        E("houthis", "Organization", ["جماعة أنصار الله", "أنصار الله", "الحوثيين", "الحوثيون", "الجماعة"], "Houthis",
          sub="ArmedGroup"),
        E("hamzi", "Person", ["فضل أحمد الحمزي"], "Fadl Ahmad al-Hamzi"),
        E("sanaa", "Place", ["صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("ye_gov", "Organization", ["الحكومة اليمنية"], "Government of Yemen", sub="GovernmentBody"),
        E("hr_min", "Organization", ["وزارة حقوق الإنسان"], "Ministry of Human Rights (Yemen)", sub="GovernmentBody"),
        E("sabri", "Person", ["عبد الرقيب علي الصبري"], "Abd al-Raqib Ali al-Sabri"),
        E("icrc", "Organization", ["اللجنة الدولية للصليب الأحمر"], "International Committee of the Red Cross"),
        E("saudi", "Place", ["المملكة العربية السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("otaibi", "Person", ["خالد بن فهد العتيبي"], "Khalid bin Fahd al-Otaibi"),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition in Yemen", sub="Coalition"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City", alt=["Organization"]),
        E("om_mfa", "Organization", ["وزارة الخارجية العمانية"], "Ministry of Foreign Affairs (Oman)",
          sub="GovernmentBody"),
        E("maamari", "Person", ["هلال بن سعيد المعمري"], "Hilal bin Said al-Maamari"),
        E("oman", "Place", ["سلطنة عمان"], "Oman", qid="Q842", sub="Country"),
    ],
    relations=[
        R("positionIn", "nordstrom", "un"),
        R("positionIn", "harithi", "oman"),
        R("leaderOf", "harithi", "om_mfa", opt=True),
        R("locatedIn", "muscat", "oman", opt=True),
        R("partOf", "envoy_office", "un", opt=True),
        R("spokespersonOf", "hamzi", "houthis"),
        R("positionIn", "hamzi", "houthis", opt=True),
        R("memberOf", "hamzi", "houthis", opt=True),
        R("locatedIn", "sanaa", "yemen", opt=True),
        R("positionIn", "sabri", "hr_min"),
        R("partOf", "hr_min", "ye_gov", opt=True),
        R("positionIn", "otaibi", "saudi"),
        R("leaderOf", "riyadh", "coalition"),
        R("memberOf", "saudi", "coalition", opt=True),
        R("spokespersonOf", "maamari", "om_mfa"),
    ],
    events=[
        V("Meeting", agent=["nordstrom", "harithi"], place=["muscat"], date="2026-01-07", trigger="التقى"),
        V("Visit", opt=True, agent=["nordstrom"], place=["muscat"], date="2026-01-07"),
        # "on the same day": the place of this meeting is not stated
        V("Meeting", agent=["nordstrom", "hamzi"], date="2026-01-07", trigger="اجتمع"),
        V("Meeting", opt=True, place=["muscat"]),
        # detentions of UN staff since June 2024 (a series: the start month only optional)
        V("Arrest", agent=["houthis"], target=["un"], place=["sanaa"], trigger="اعتقلوا"),
        V("Arrest", opt=True, date="2024-06"),
        V("Visit", agent=["sabri"], place=["muscat"], date="2026-01-06", trigger="وصل"),
        V("Visit", opt=True, agent=["ye_gov"]),
        V("Visit", agent=["otaibi"], place=["sanaa"], date="2023-04", trigger="زار"),
        V("Meeting", agent=["otaibi"], place=["sanaa"], date="2023-04", trigger="التقى"),
        V("Meeting", opt=True, agent=["houthis"]),
        # the coalition's intervention in 2015
        V("MilitaryOperation", agent=["coalition"], place=["yemen"], date="2015", trigger="تدخل"),
        # last month's round in Muscat between the two sides
        V("Meeting", place=["muscat"], date="2025-12", trigger="جولة مفاوضات"),
        V("Meeting", opt=True, agent=["houthis", "ye_gov"]),
    ],
))
