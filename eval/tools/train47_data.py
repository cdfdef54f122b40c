"""Hand annotations of the forty-seventh training set (see eval/train47/README.md).

The check set written beside train46: the same kinds of relations (posts before and after the name,
spokespersons, leaders and commanders, membership, allegiance and joining, appointments, governors,
places by adjective and in apposition, lists of persons with their posts) in other countries and
wordings: Turkey, Sudan, Palestine, Afghanistan, Tunisia, Jordan, Bahrain and the Gulf crisis of
2017. Persons are invented except well-known public figures. Written and annotated before the
extractor was run on it. It is a CHECK set: only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Turkey, Diyarbakir (2016-02-16, Tuesday)
DOCS.append(dict(
    id="t47-tr-diyarbakir", published="2016-02-16",
    text="""أنقرة - (الأناضول):

قتل ثلاثة جنود أتراك وأصيب خمسة آخرون، أمس الاثنين، في هجوم بعبوة ناسفة استهدف عربة عسكرية في قضاء سور بمدينة ديار بكر، كبرى مدن جنوب شرقي تركيا، واتهمت السلطات مسلحي حزب العمال الكردستاني بتنفيذه.

وقال والي ديار بكر، حسين آكسوي، في بيان، إن حظر التجوال في القضاء «سيبقى ساريا حتى تطهيره بالكامل»، مشيرا إلى أن قوات الأمن اعتقلت أربعة مشتبه بهم، بينهم المدعو جودت أرسلان، وهو أحد المسؤولين المحليين عن «اتحاد المجتمعات الكردستانية»، المظلة التي تضم الحزب.

من جهته، حمّل رئيس الوزراء التركي أحمد داود أوغلو، خلال اجتماع لكتلة حزب العدالة والتنمية في البرلمان، القيادي في العمال الكردستاني جميل بايق مسؤولية التصعيد، واتهم الرئيس المشارك لحزب الشعوب الديمقراطي، صلاح الدين دميرطاش، بـ«توفير غطاء سياسي للإرهاب».

وردت النائبة عن الحزب في البرلمان، عن دائرة ماردين، ليلى كايا، بأن الحكومة «تعاقب المدنيين»، داعية إلى استئناف مفاوضات السلام. وتشهد المنطقة مواجهات دامية منذ انهيار وقف إطلاق النار في تموز/يوليو الماضي، قتل فيها مئات من الجانبين.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("sur", "Place", ["قضاء سور", "القضاء"], "Sur, Diyarbakır", sub="City"),
        E("diyarbakir", "Place", ["مدينة ديار بكر", "ديار بكر"], "Diyarbakır", qid="Q83387", sub="City"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "العمال الكردستاني", "الحزب"],
          "Kurdistan Workers' Party", qid="Q172275", sub="ArmedGroup"),
        E("aksoy", "Person", ["حسين آكسوي"], "Hüseyin Aksoy"),
        E("arslan", "Person", ["جودت أرسلان"], "Cevdet Arslan"),
        E("kck", "Organization", ["اتحاد المجتمعات الكردستانية"], "Kurdistan Communities Union", qid="Q1328530",
          sub="ArmedGroup"),
        E("davutoglu", "Person", ["أحمد داود أوغلو"], "Ahmet Davutoğlu", qid="Q211869"),
        E("akp", "Organization", ["حزب العدالة والتنمية"], "Justice and Development Party", qid="Q31787",
          sub="PoliticalOrganization"),
        E("parliament", "Organization", ["البرلمان"], "Grand National Assembly of Turkey", sub="GovernmentBody"),
        E("bayik", "Person", ["جميل بايق"], "Cemîl Bayik", qid="Q1057424"),
        E("hdp", "Organization", ["حزب الشعوب الديمقراطي"], "Peoples' Democratic Party", qid="Q15613598",
          sub="PoliticalOrganization"),
        E("demirtas", "Person", ["صلاح الدين دميرطاش"], "Selahattin Demirtaş", qid="Q1985604"),
        E("mardin", "Place", ["ماردين"], "Mardin", sub="City", opt=True),
        E("kaya", "Person", ["ليلى كايا"], "Leyla Kaya"),
        E("gov", "Organization", ["الحكومة"], "Government of Turkey", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("locatedIn", "sur", "diyarbakir"),          # قضاء سور بمدينة ديار بكر
        R("locatedIn", "diyarbakir", "turkey"),       # ديار بكر، كبرى مدن جنوب شرقي تركيا
        R("leaderOf", "aksoy", "diyarbakir"),         # والي ديار بكر، X
        R("memberOf", "arslan", "kck"),               # X، وهو أحد المسؤولين ... عن «Y»
        R("partOf", "pkk", "kck"),                    # «Y»، المظلة التي تضم الحزب
        R("leaderOf", "davutoglu", "turkey", opt=True),  # رئيس الوزراء التركي X
        R("positionIn", "davutoglu", "turkey", opt=True),
        R("memberOf", "bayik", "pkk"),                # القيادي في العمال الكردستاني X
        R("leaderOf", "demirtas", "hdp"),             # الرئيس المشارك لحزب الشعوب ...، X
        R("memberOf", "kaya", "hdp"),                 # النائبة عن الحزب في البرلمان ...، X
        R("memberOf", "kaya", "parliament", opt=True),
        R("memberOf", "davutoglu", "akp", opt=True),
    ],
    events=[
        V("Attack", agent=["pkk"], place=[["sur", "diyarbakir"]], date="2016-02-15",
          trigger="هجوم"),
        V("Killing", agent=["pkk"], place=[["sur", "diyarbakir"]], date="2016-02-15", trigger="قتل"),
        V("Arrest", target=["arslan"], place=["sur"], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Sudan, Darfur (2017-04-25, Tuesday)
DOCS.append(dict(
    id="t47-sd-darfur", published="2017-04-25",
    text="""الخرطوم - «سودان تربيون»:

أصدر الرئيس السوداني عمر البشير، مساء الأحد، مرسوما جمهوريا عيّن بموجبه الفريق أول ركن عوض بن عوف وزيرا للدفاع، في أكبر تغيير تشهده المؤسسة العسكرية في السودان منذ سنوات، كما كلّف اللواء عبد الرحيم الصادق بتسيير مهام حكومة ولاية شمال دارفور إلى حين تعيين وال جديد.

وفي الفاشر، عاصمة الولاية، قال الناطق الرسمي باسم القوات المسلحة السودانية، العميد أحمد خليفة الشامي، إن الجيش صد هجوما شنته «حركة العدل والمساواة» بزعامة جبريل إبراهيم على منطقة عين سيرو، وقتل 20 من المتمردين.

في المقابل، نفى المتحدث العسكري للحركة، مالك عبد الجليل، مشاركة مقاتليها في أي معارك، متهما «قوات الدعم السريع» التي يقودها الفريق محمد حمدان دقلو (حميدتي) بحرق قرى في جبل مرة.

وكان القيادي المنشق عن حركة تحرير السودان - جناح مني أركو مناوي، آدم التجاني، قد أعلن الشهر الماضي انضمامه مع 300 من مقاتليه إلى عملية السلام، وسلم أسلحته في مدينة نيالا، عاصمة ولاية جنوب دارفور. ويشهد الإقليم نزاعا مسلحا منذ عام 2003، أودى بحياة عشرات الآلاف وشرد الملايين، بحسب تقديرات دولية.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("st", "Organization", ["سودان تربيون"], "Sudan Tribune", sub="MediaOrganization", opt=True),
        E("bashir", "Person", ["عمر البشير"], "Omar al-Bashir", qid="Q41855"),
        E("sudan", "Place", ["السودان"], "Sudan", qid="Q1049", sub="Country"),
        E("ibnauf", "Person", ["عوض بن عوف"], "Awad Ibn Auf"),
        E("sadiq", "Person", ["عبد الرحيم الصادق"], "Abdelrahim al-Sadiq"),
        E("ndgov", "Organization", ["حكومة ولاية شمال دارفور"], "Government of North Darfur", sub="GovernmentBody"),
        E("nd", "Place", ["ولاية شمال دارفور", "الولاية"], "North Darfur", sub="Region"),
        E("fasher", "Place", ["الفاشر"], "El Fasher", qid="Q1022279", sub="City"),
        E("saf", "Organization", ["القوات المسلحة السودانية", "الجيش"], "Sudanese Armed Forces", sub="ArmedForce"),
        E("shami", "Person", ["أحمد خليفة الشامي"], "Ahmed Khalifa al-Shami"),
        E("jem", "Organization", ["حركة العدل والمساواة", "الحركة"], "Justice and Equality Movement", qid="Q1189609",
          sub="ArmedGroup"),
        E("jibril", "Person", ["جبريل إبراهيم"], "Gibril Ibrahim"),
        E("ainsiro", "Place", ["منطقة عين سيرو"], "Ain Siro", sub="City"),
        E("malik", "Person", ["مالك عبد الجليل"], "Malik Abdeljalil"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", qid="Q19867476", sub="ArmedForce"),
        E("hemedti", "Person", ["محمد حمدان دقلو", "حميدتي"], "Mohamed Hamdan Dagalo"),
        E("marra", "Place", ["جبل مرة"], "Jebel Marra", sub="Region"),
        E("slamm", "Organization", ["حركة تحرير السودان - جناح مني أركو مناوي"], "SLM-Minni Minnawi",
          sub="ArmedGroup"),
        E("minnawi", "Person", ["مني أركو مناوي"], "Minni Minnawi", opt=True),
        E("tijani", "Person", ["آدم التجاني"], "Adam al-Tijani"),
        E("nyala", "Place", ["مدينة نيالا"], "Nyala", sub="City"),
        E("sd", "Place", ["ولاية جنوب دارفور"], "South Darfur", sub="Region"),
    ],
    relations=[
        R("leaderOf", "bashir", "sudan"),             # الرئيس السوداني X
        R("positionIn", "ibnauf", "sudan", opt=True),  # عيّن بموجبه ... X وزيرا للدفاع
        R("leaderOf", "sadiq", "ndgov"),              # كلّف اللواء X بتسيير مهام حكومة ولاية
        R("leaderOf", "sadiq", "nd", opt=True),
        R("locatedIn", "fasher", "nd"),               # الفاشر، عاصمة الولاية
        R("spokespersonOf", "shami", "saf"),          # الناطق الرسمي باسم القوات ...، العميد X
        R("leaderOf", "jibril", "jem"),               # «حركة العدل والمساواة» بزعامة X
        R("spokespersonOf", "malik", "jem"),          # المتحدث العسكري للحركة، X
        R("leaderOf", "hemedti", "rsf"),              # «قوات الدعم السريع» التي يقودها الفريق X
        R("leaderOf", "minnawi", "slamm", opt=True),
        R("memberOf", "tijani", "slamm", opt=True),   # القيادي المنشق عن ...، X (former)
        R("locatedIn", "nyala", "sd"),                # مدينة نيالا، عاصمة ولاية جنوب دارفور
    ],
    events=[
        V("Attack", agent=["jem"], target=["saf"], place=["ainsiro"], trigger="هجوما"),
        V("Killing", agent=["saf"], target=["jem"], place=["ainsiro"], trigger="قتل"),
        V("Attack", opt=True, agent=["rsf"], place=["marra"]),
    ],
))

# ---------------------------------------------------------------- Palestine, Gaza (2018-06-12, Tuesday)
DOCS.append(dict(
    id="t47-ps-gaza", published="2018-06-12",
    text="""غزة - (وفا):

استشهد شاب فلسطيني وأصيب آخران، فجر الاثنين، في غارة شنتها طائرة إسرائيلية على موقع رصد شرق مدينة خان يونس جنوب قطاع غزة، قال الجيش الإسرائيلي إنه يتبع لـ«كتائب عز الدين القسام»، الجناح العسكري لحركة حماس.

وقال أفيخاي أدرعي، المتحدث باسم الجيش الإسرائيلي للإعلام العربي، إن الغارة جاءت ردا على إطلاق بالونات حارقة، في حين قال عضو المكتب السياسي لحركة «حماس» خليل الحية إن الحركة «لن تسمح بتغيير قواعد الاشتباك».

من جهته، دان الناطق باسم الرئاسة الفلسطينية نبيل أبو ردينة الغارة، وقال إن الرئيس محمود عباس أوعز إلى رئيس الوزراء رامي الحمد الله بتقديم المساعدة العاجلة لعائلة الشهيد.

وفي الضفة الغربية، اعتقلت قوات الاحتلال فجر اليوم ذاته ثمانية مواطنين من مدينة نابلس وبلدة بيتا جنوبها، بينهم القيادي في حركة الجهاد الإسلامي سامر الشولي، والأسير المحرر ومسؤول «الجبهة الشعبية لتحرير فلسطين» في نابلس، فادي عريقات. ويشهد القطاع منذ أسابيع احتجاجات أسبوعية قرب السياج الحدودي، قتل خلالها أكثر من مئة فلسطيني.""",
    entities=[
        E("gazacity", "Place", ["غزة"], "Gaza City", sub="City"),
        E("wafa", "Organization", ["وفا"], "WAFA", sub="MediaOrganization", opt=True),
        E("khanyunis", "Place", ["مدينة خان يونس"], "Khan Yunis", qid="Q212434", sub="City"),
        E("gaza", "Place", ["قطاع غزة", "القطاع"], "Gaza Strip", qid="Q39760", sub="Region"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "قوات الاحتلال"], "Israel Defense Forces", qid="Q58967",
          sub="ArmedForce"),
        E("qassam", "Organization", ["كتائب عز الدين القسام"], "Izz ad-Din al-Qassam Brigades", qid="Q1063608",
          sub="ArmedGroup"),
        E("hamas", "Organization", ["حماس", "الحركة"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("adraee", "Person", ["أفيخاي أدرعي"], "Avichay Adraee", qid="Q4827868"),
        E("politburo", "Organization", ["المكتب السياسي"], "Hamas Political Bureau", opt=True),
        E("hayya", "Person", ["خليل الحية"], "Khalil al-Hayya"),
        E("presidency", "Organization", ["الرئاسة الفلسطينية"], "Palestinian Presidency", sub="GovernmentBody"),
        E("rudeineh", "Person", ["نبيل أبو ردينة"], "Nabil Abu Rudeineh"),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas", qid="Q127998"),
        E("hamdallah", "Person", ["رامي الحمد الله"], "Rami Hamdallah", qid="Q3414397"),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", qid="Q36678", sub="Region"),
        E("nablus", "Place", ["مدينة نابلس", "نابلس"], "Nablus", qid="Q189109", sub="City"),
        E("beita", "Place", ["بلدة بيتا"], "Beita", sub="City"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي"], "Islamic Jihad Movement in Palestine", qid="Q1141467",
          sub="ArmedGroup"),
        E("shuli", "Person", ["سامر الشولي"], "Samer al-Shuli"),
        E("pflp", "Organization", ["الجبهة الشعبية لتحرير فلسطين"], "PFLP", qid="Q1132924",
          sub="PoliticalOrganization"),
        E("ureiqat", "Person", ["فادي عريقات"], "Fadi Ureiqat"),
    ],
    relations=[
        R("locatedIn", "khanyunis", "gaza"),          # مدينة خان يونس جنوب قطاع غزة
        R("partOf", "qassam", "hamas"),               # «كتائب ...»، الجناح العسكري لحركة حماس
        R("spokespersonOf", "adraee", "idf"),         # X، المتحدث باسم الجيش الإسرائيلي
        R("memberOf", "hayya", "hamas"),              # عضو المكتب السياسي لحركة «حماس» X
        R("memberOf", "hayya", "politburo", opt=True),
        R("spokespersonOf", "rudeineh", "presidency"),  # الناطق باسم الرئاسة الفلسطينية X
        R("leaderOf", "abbas", "presidency", opt=True),
        R("positionIn", "hamdallah", "presidency", opt=True),
        R("locatedIn", "beita", "nablus", opt=True),  # بلدة بيتا جنوبها
        R("locatedIn", "nablus", "westbank", opt=True),
        R("memberOf", "shuli", "pij"),                # القيادي في حركة الجهاد الإسلامي X
        R("memberOf", "ureiqat", "pflp"),             # ومسؤول «الجبهة ...» في نابلس، X
    ],
    events=[
        V("Strike", agent=["idf"], target=["qassam"], place=[["khanyunis", "gaza"]], date="2018-06-11",
          trigger="غارة"),
        V("Killing", agent=["idf"], place=[["khanyunis", "gaza"]], date="2018-06-11", trigger="استشهد"),
        V("Arrest", agent=["idf"], target=["shuli", "ureiqat"], place=["nablus", "beita"], date="2018-06-11",
          trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kunduz (2015-07-21, Tuesday)
DOCS.append(dict(
    id="t47-af-kunduz", published="2015-07-21",
    text="""كابول - (أ ف ب):

قال المتحدث باسم حاكم ولاية قندوز، محمود دانش، إن مقاتلي حركة طالبان سيطروا، الاثنين، على مقر مديرية جهار دره بعد معارك استمرت ثلاثة أيام مع قوات الأمن الأفغانية، ما أسفر عن مقتل 12 شرطيا.

وأضاف دانش أن الحاكم محمد عمر صافي طلب تعزيزات عاجلة من كابول، فيما قال قائد شرطة الولاية الجنرال عبد الصبور نصرتي إن قواته «انسحبت تكتيكيا» لحماية المدنيين.

وتبنى ذبيح الله مجاهد، المتحدث باسم طالبان، الهجوم في رسالة إلى وسائل الإعلام، مؤكدا أن «المجاهدين غنموا أسلحة وآليات».

وفي ولاية ننغرهار شرقي البلاد، أعلن قيادي سابق في الحركة، يدعى حافظ سعيد خان، مبايعته لتنظيم «الدولة الإسلامية»، وعين نفسه «واليا لخراسان»، بحسب مسؤولين محليين، بينما قال وزير الداخلية الأفغاني نور الحق علومي أمام البرلمان إن «داعش لا يملك موطئ قدم حقيقيا» في أفغانستان. ويأتي هذا التقدم بعد أشهر من انسحاب معظم القوات الأجنبية من البلاد وتسليم المهام الأمنية إلى القوات المحلية، وسط تشكيك في قدرتها على الصمود.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City", alt=["Organization"]),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("kunduz", "Place", ["ولاية قندوز", "الولاية"], "Kunduz Province", sub="Region"),
        E("danish", "Person", ["محمود دانش", "دانش"], "Mahmood Danish"),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("chahardara", "Place", ["مديرية جهار دره"], "Chahar Dara District", sub="City"),
        E("ansf", "Organization", ["قوات الأمن الأفغانية"], "Afghan National Security Forces", sub="ArmedForce"),
        E("safi", "Person", ["محمد عمر صافي"], "Mohammad Omar Safi"),
        E("police", "Organization", ["شرطة الولاية"], "Kunduz Provincial Police", sub="ArmedForce", opt=True),
        E("nusrati", "Person", ["عبد الصبور نصرتي"], "Abdul Sabur Nusrati"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabiullah Mujahid", qid="Q2614563"),
        E("nangarhar", "Place", ["ولاية ننغرهار"], "Nangarhar Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("khan", "Person", ["حافظ سعيد خان"], "Hafiz Saeed Khan"),
        E("is", "Organization", ["الدولة الإسلامية", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("khorasan", "Place", ["خراسان"], "Khorasan", opt=True),
        E("olomi", "Person", ["نور الحق علومي"], "Noorul Haq Olomi"),
        E("parliament", "Organization", ["البرلمان"], "Parliament of Afghanistan", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("spokespersonOf", "danish", "kunduz", opt=True),  # المتحدث باسم حاكم ولاية قندوز، X
        R("leaderOf", "safi", "kunduz"),              # الحاكم X
        R("leaderOf", "nusrati", "police"),           # قائد شرطة الولاية الجنرال X
        R("positionIn", "nusrati", "kunduz", opt=True),
        R("spokespersonOf", "mujahid", "taliban"),    # X، المتحدث باسم طالبان
        R("locatedIn", "nangarhar", "afghanistan"),   # ولاية ننغرهار شرقي البلاد
        R("memberOf", "khan", "taliban", opt=True),   # قيادي سابق في الحركة، يدعى X (former)
        R("memberOf", "khan", "is"),                  # أعلن ... مبايعته لتنظيم «الدولة الإسلامية»
        R("leaderOf", "khan", "is", opt=True),
        R("positionIn", "olomi", "afghanistan"),      # وزير الداخلية الأفغاني X
        R("locatedIn", "chahardara", "kunduz", opt=True),
    ],
    events=[
        V("Attack", agent=["taliban"], target=["ansf"], place=[["chahardara", "kunduz"]], date="2015-07-20",
          trigger="معارك"),
        V("Killing", agent=["taliban"], place=[["chahardara", "kunduz"]], trigger="مقتل"),
        V("Killing", opt=True, target=["ansf", "police"]),
    ],
))

# ---------------------------------------------------------------- Tunisia, Kasserine (2019-02-19, Tuesday)
DOCS.append(dict(
    id="t47-tn-chaambi", published="2019-02-19",
    text="""تونس - (رويترز):

أعلنت وزارة الداخلية التونسية، الاثنين، مقتل ثلاثة مسلحين ينتمون إلى «كتيبة عقبة بن نافع»، فرع تنظيم القاعدة في بلاد المغرب الإسلامي في تونس، خلال عملية أمنية في جبل السلوم بولاية القصرين غربي البلاد.

وقال المتحدث باسم الإدارة العامة للحرس الوطني، العميد حسام الدين الجبابلي، إن بين القتلى «القيادي الجزائري» المكنى أبو عبد الله الوهراني، «أمير الكتيبة منذ 2016»، مضيفا أن وحدة خاصة تابعة للحرس نفذت العملية بإسناد من الجيش.

وزار وزير الداخلية هشام الفوراتي، برفقة والي القصرين محمد سمشاري والمدير العام للأمن الوطني، مدينة القصرين مساء أمس، ونقل إلى الأجهزة الأمنية «تحيات رئيس الجمهورية الباجي قايد السبسي».

من جهة أخرى، قالت النائبة عن حركة النهضة في مجلس نواب الشعب، سناء المرسني، إن حزبها «يدعم جهود المؤسسة الأمنية»، فيما دعا الأمين العام للاتحاد العام التونسي للشغل نور الدين الطبوبي إلى «تحييد المؤسسة عن التجاذبات». وتخوض القوات الأمنية والعسكرية منذ عام 2012 مواجهات متقطعة مع جماعات مسلحة تتحصن في المرتفعات الغربية المحاذية للحدود.""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية التونسية"], "Ministry of Interior (Tunisia)", sub="GovernmentBody"),
        E("okba", "Organization", ["كتيبة عقبة بن نافع", "الكتيبة"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "al-Qaeda in the Islamic Maghreb",
          qid="Q210935", sub="ArmedGroup"),
        E("salloum", "Place", ["جبل السلوم"], "Jebel Salloum", sub="Region"),
        E("kasserine", "Place", ["ولاية القصرين", "القصرين"], "Kasserine Governorate", sub="Region"),
        E("tunisia", "Place", ["البلاد"], "Tunisia", qid="Q948", sub="Country", opt=True),
        E("garde", "Organization", ["الإدارة العامة للحرس الوطني", "الحرس"], "National Guard (Tunisia)",
          sub="ArmedForce"),
        E("jbabli", "Person", ["حسام الدين الجبابلي"], "Houssemeddine Jebabli"),
        E("wahrani", "Person", ["أبو عبد الله الوهراني"], "Abu Abdallah al-Wahrani"),
        E("army", "Organization", ["الجيش"], "Tunisian Army", sub="ArmedForce", opt=True),
        E("fourati", "Person", ["هشام الفوراتي"], "Hichem Fourati"),
        E("samchari", "Person", ["محمد سمشاري"], "Mohamed Samchari"),
        E("kasserinecity", "Place", ["مدينة القصرين"], "Kasserine", sub="City"),
        E("essebsi", "Person", ["الباجي قايد السبسي"], "Beji Caid Essebsi", qid="Q57335"),
        E("nahda", "Organization", ["حركة النهضة"], "Ennahda", qid="Q1249426", sub="PoliticalOrganization"),
        E("arp", "Organization", ["مجلس نواب الشعب"], "Assembly of the Representatives of the People",
          sub="GovernmentBody"),
        E("mersni", "Person", ["سناء المرسني"], "Sana Mersni"),
        E("ugtt", "Organization", ["الاتحاد العام التونسي للشغل"], "UGTT", qid="Q1140429"),
        E("taboubi", "Person", ["نور الدين الطبوبي"], "Noureddine Taboubi"),
    ],
    relations=[
        R("partOf", "okba", "aqim"),                  # «كتيبة ...»، فرع تنظيم القاعدة في بلاد المغرب
        R("locatedIn", "salloum", "kasserine"),       # جبل السلوم بولاية القصرين
        R("locatedIn", "kasserine", "tunisia", opt=True),
        R("spokespersonOf", "jbabli", "garde"),       # المتحدث باسم الإدارة العامة للحرس ...، العميد X
        R("leaderOf", "wahrani", "okba"),             # المكنى X، «أمير الكتيبة منذ 2016»
        R("positionIn", "fourati", "moi", opt=True),  # وزير الداخلية X
        R("leaderOf", "fourati", "moi", opt=True),
        R("leaderOf", "samchari", "kasserine"),       # برفقة والي القصرين X
        R("leaderOf", "essebsi", "tunisia", opt=True),  # رئيس الجمهورية X
        R("memberOf", "mersni", "nahda"),             # النائبة عن حركة النهضة في مجلس ...، X
        R("memberOf", "mersni", "arp", opt=True),
        R("leaderOf", "taboubi", "ugtt"),             # الأمين العام للاتحاد ... X
        R("locatedIn", "kasserinecity", "kasserine", opt=True),
    ],
    events=[
        V("MilitaryOperation", opt=True, agent=["garde"], target=["okba"], place=[["salloum", "kasserine"]]),
        V("Killing", agent=["garde"], target=["okba", "wahrani"], place=[["salloum", "kasserine"]], trigger="مقتل"),
        V("Killing", opt=True, agent=["army"]),
        V("Visit", agent=["fourati", "samchari"], place=["kasserinecity"], date="2019-02-18", trigger="زار"),
    ],
))

# ---------------------------------------------------------------- Jordan, Irbid (2016-10-05, Wednesday)
DOCS.append(dict(
    id="t47-jo-irbid", published="2016-10-05",
    text="""عمان - «الغد»:

صدرت الإرادة الملكية السامية، أمس الثلاثاء، بتعيين اللواء الركن محمود فريحات رئيسا لهيئة الأركان المشتركة خلفا للفريق أول الركن مشعل الزبن، الذي أحيل على التقاعد بعد ثماني سنوات في المنصب.

وقال وزير الدولة لشؤون الإعلام والناطق الرسمي باسم الحكومة، محمد المومني، إن القرار «يأتي في إطار تجديد القيادات»، مؤكدا أن الأجهزة الأمنية تتابع «تحركات الخلايا النائمة» في مدينة إربد شمالي المملكة.

وكانت محكمة أمن الدولة قد أصدرت الأسبوع الماضي حكما بالإعدام على المدعو بكر الخوالدة، أحد عناصر الخلية التي اشتبكت مع قوات الأمن في إربد في آذار/مارس الماضي، والتي قالت النيابة إن أفرادها «بايعوا تنظيم داعش» وتلقوا تعليمات من قيادي فيه يدعى أبو مصعب الأردني.

إلى ذلك، التقى رئيس الوزراء هاني الملقي في دار الرئاسة محافظ إربد الدكتور رضوان العتوم ورئيس بلدية إربد الكبرى حسين بني هاني، وبحث معهم خطط التنمية في المحافظة. وشهدت المملكة خلال العام الجاري عدة هجمات استهدفت رجال أمن، ما دفع السلطات إلى تشديد إجراءاتها في المدن الشمالية.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("ghad", "Organization", ["الغد"], "Al-Ghad", sub="MediaOrganization", opt=True),
        E("freihat", "Person", ["محمود فريحات"], "Mahmoud Freihat"),
        E("jcs", "Organization", ["هيئة الأركان المشتركة"], "Jordanian Joint Chiefs of Staff", sub="ArmedForce"),
        E("zaben", "Person", ["مشعل الزبن"], "Mashal al-Zaben"),
        E("momani", "Person", ["محمد المومني"], "Mohammad Momani"),
        E("gov", "Organization", ["الحكومة"], "Government of Jordan", sub="GovernmentBody"),
        E("irbidcity", "Place", ["مدينة إربد", "إربد"], "Irbid", qid="Q208150", sub="City"),
        E("jordan", "Place", ["المملكة"], "Jordan", qid="Q810", sub="Country"),
        E("court", "Organization", ["محكمة أمن الدولة"], "State Security Court (Jordan)", sub="GovernmentBody",
          opt=True),
        E("khawaldeh", "Person", ["بكر الخوالدة"], "Bakr al-Khawaldeh"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("urduni", "Person", ["أبو مصعب الأردني"], "Abu Musab al-Urduni"),
        E("mulki", "Person", ["هاني الملقي"], "Hani Mulki", qid="Q5650929"),
        E("irbidgov", "Place", ["المحافظة"], "Irbid Governorate", sub="Region"),
        E("otoum", "Person", ["رضوان العتوم"], "Radwan al-Otoum"),
        E("municipality", "Organization", ["بلدية إربد الكبرى"], "Greater Irbid Municipality", sub="GovernmentBody"),
        E("banihani", "Person", ["حسين بني هاني"], "Hussein Bani Hani"),
    ],
    relations=[
        R("leaderOf", "freihat", "jcs"),              # بتعيين اللواء الركن X رئيسا لهيئة الأركان
        R("positionIn", "freihat", "jcs", opt=True),
        R("leaderOf", "zaben", "jcs", opt=True),      # خلفا للفريق أول الركن X
        R("spokespersonOf", "momani", "gov"),         # وزير الدولة ... والناطق الرسمي باسم الحكومة، X
        R("positionIn", "momani", "gov", opt=True),
        R("locatedIn", "irbidcity", "jordan"),        # مدينة إربد شمالي المملكة
        R("memberOf", "khawaldeh", "isis", opt=True),  # أحد عناصر الخلية ... بايعوا تنظيم داعش
        R("memberOf", "urduni", "isis"),              # قيادي فيه يدعى X
        R("leaderOf", "mulki", "gov"),                # رئيس الوزراء X
        R("leaderOf", "otoum", "irbidgov"),           # محافظ إربد الدكتور X
        R("leaderOf", "banihani", "municipality"),    # ورئيس بلدية إربد الكبرى X
    ],
    events=[
        V("Meeting", agent=["mulki", "otoum", "banihani"], date="2016-10-04", trigger="التقى"),
        V("Attack", opt=True, target=["gov"], place=["irbidcity"], date="2016-03"),
    ],
))

# ---------------------------------------------------------------- Bahrain (2018-11-27, Tuesday)
DOCS.append(dict(
    id="t47-bh-ashtar", published="2018-11-27",
    text="""المنامة - (بنا):

أعلن وزير الداخلية البحريني الفريق أول الشيخ راشد بن عبدالله آل خليفة، أمس الاثنين، إحباط مخطط لاستهداف منشآت حيوية في البلاد، والقبض على 14 متهما قال إنهم ينتمون إلى «سرايا الأشتر» المدعومة من الحرس الثوري الإيراني.

وأوضح الوزير، في مؤتمر صحفي حضره رئيس الأمن العام اللواء طارق الحسن، أن التحقيقات أثبتت أن قائد الخلية، المدعو حسين عبد الأمير، «تلقى تدريبات في معسكرات تابعة لكتائب حزب الله العراقية»، وأن المتهم الثاني، علي المدني، وهو أحد مؤسسي التنظيم، يقيم في إيران منذ 2013.

من جهتها، قضت المحكمة الكبرى الجنائية بالسجن المؤبد على الأمين العام لجمعية الوفاق المنحلة الشيخ علي سلمان، بعد إدانته بـ«التخابر مع قطر»، وهو الحكم الذي وصفه مساعده السابق والقيادي في الجمعية خليل المرزوق بأنه «سياسي بامتياز».

وفي جزيرة سترة، جنوب العاصمة المنامة، انفجرت عبوة ناسفة قرب دورية للشرطة دون وقوع إصابات، بحسب بيان للوزارة. وتتهم السلطات طهران بالوقوف وراء أعمال العنف التي تشهدها المملكة منذ سنوات، وهو ما تنفيه الأخيرة.""",
    entities=[
        E("manama", "Place", ["المنامة", "العاصمة المنامة"], "Manama", qid="Q3882", sub="City"),
        E("bna", "Organization", ["بنا"], "Bahrain News Agency", sub="MediaOrganization", opt=True),
        E("rashid", "Person", ["راشد بن عبدالله آل خليفة"], "Rashid bin Abdullah Al Khalifa"),
        E("bahrain", "Place", ["البلاد", "المملكة"], "Bahrain", qid="Q398", sub="Country"),
        E("ashtar", "Organization", ["سرايا الأشتر", "التنظيم"], "Al-Ashtar Brigades", qid="Q24053364",
          sub="ArmedGroup"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "Islamic Revolutionary Guard Corps", qid="Q271110",
          sub="ArmedForce"),
        E("publicsec", "Organization", ["الأمن العام"], "Public Security (Bahrain)", sub="GovernmentBody"),
        E("hassan", "Person", ["طارق الحسن"], "Tariq al-Hassan"),
        E("abdulamir", "Person", ["حسين عبد الأمير"], "Hussein Abdulamir"),
        E("kh", "Organization", ["كتائب حزب الله"], "Kata'ib Hezbollah", qid="Q1739104", sub="ArmedGroup"),
        E("madani", "Person", ["علي المدني"], "Ali al-Madani"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("court", "Organization", ["المحكمة الكبرى الجنائية"], "High Criminal Court (Bahrain)",
          sub="GovernmentBody", opt=True),
        E("wefaq", "Organization", ["جمعية الوفاق", "الجمعية"], "Al-Wefaq", qid="Q2823820",
          sub="PoliticalOrganization"),
        E("salman", "Person", ["علي سلمان"], "Ali Salman", qid="Q4725578"),
        E("qatar", "Place", ["قطر"], "Qatar", qid="Q846", sub="Country", alt=["Organization"]),
        E("marzouq", "Person", ["خليل المرزوق"], "Khalil al-Marzooq"),
        E("sitra", "Place", ["جزيرة سترة"], "Sitra", sub="City"),
        E("moi", "Organization", ["الوزارة"], "Ministry of Interior (Bahrain)", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("positionIn", "rashid", "bahrain"),         # وزير الداخلية البحريني X
        R("leaderOf", "rashid", "moi", opt=True),
        R("affiliatedWith", "ashtar", "irgc"),        # «سرايا الأشتر» المدعومة من الحرس الثوري
        R("leaderOf", "hassan", "publicsec"),         # رئيس الأمن العام اللواء X
        R("memberOf", "abdulamir", "ashtar", opt=True),  # قائد الخلية، المدعو X
        R("memberOf", "madani", "ashtar"),            # X، وهو أحد مؤسسي التنظيم
        R("leaderOf", "salman", "wefaq"),             # الأمين العام لجمعية الوفاق ... الشيخ X
        R("memberOf", "marzouq", "wefaq"),            # مساعده السابق والقيادي في الجمعية X
        R("locatedIn", "sitra", "manama", opt=True),  # جزيرة سترة، جنوب العاصمة المنامة
    ],
    events=[
        V("Arrest", agent=["rashid", "moi"], target=["ashtar"], trigger="القبض"),
        V("Attack", opt=True, place=["sitra"]),
    ],
))

# ---------------------------------------------------------------- Gulf crisis, Kuwait mediation (2017-09-19, Tuesday)
DOCS.append(dict(
    id="t47-gulf-qatar", published="2017-09-19",
    text="""الكويت - (كونا):

بحث أمير الكويت الشيخ صباح الأحمد الجابر الصباح، أمس الاثنين، مع وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني، في قصر بيان، تطورات الأزمة بين قطر وجيرانها وجهود الوساطة الكويتية، بحضور كل من النائب الأول لرئيس مجلس الوزراء وزير الخارجية الشيخ صباح الخالد الحمد الصباح، ووزير شؤون الديوان الأميري الشيخ علي جراح الصباح.

في المقابل، قال وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش في تغريدة إن «الحل يبدأ من الدوحة»، بينما أكد المتحدث باسم وزارة الخارجية السعودية، السفير أسامة نقلي، أن الرياض «لم تتلق أي رد مكتوب» على مطالب الدول الأربع.

وكان ولي العهد السعودي الأمير محمد بن سلمان قد التقى الأسبوع الماضي في جدة ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة الإماراتية الشيخ محمد بن زايد آل نهيان، وبحثا «التنسيق الثنائي».

ونقلت وكالة الأنباء القطرية (قنا) عن مدير المكتب الإعلامي في الخارجية القطرية، أحمد بن سعيد الرميحي، قوله إن الدوحة «منفتحة على الحوار» دون شروط مسبقة. وتستمر المقاطعة المفروضة منذ حزيران/يونيو الماضي دون أي مؤشرات على انفراج قريب.""",
    entities=[
        E("kuwait", "Place", ["الكويت"], "Kuwait", qid="Q817", sub="Country"),
        E("kuna", "Organization", ["كونا"], "KUNA", sub="MediaOrganization", opt=True),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah Al-Ahmad Al-Jaber Al-Sabah", qid="Q57532"),
        E("mbar", "Person", ["محمد بن عبدالرحمن آل ثاني"], "Mohammed bin Abdulrahman Al Thani", qid="Q28030095"),
        E("qatar", "Place", ["قطر"], "Qatar", qid="Q846", sub="Country", alt=["Organization"]),
        E("doha", "Place", ["الدوحة"], "Doha", qid="Q3861", sub="City", alt=["Organization"]),
        E("bayan", "Place", ["قصر بيان"], "Bayan Palace", opt=True),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers of Kuwait", sub="GovernmentBody",
          opt=True),
        E("khalid", "Person", ["صباح الخالد الحمد الصباح"], "Sabah Al-Khalid Al-Hamad Al-Sabah"),
        E("diwan", "Organization", ["الديوان الأميري"], "Amiri Diwan (Kuwait)", sub="GovernmentBody"),
        E("ali", "Person", ["علي جراح الصباح"], "Ali Jarrah Al-Sabah"),
        E("gargash", "Person", ["أنور قرقاش"], "Anwar Gargash", qid="Q4771047"),
        E("mofa_sa", "Organization", ["وزارة الخارجية السعودية"], "Ministry of Foreign Affairs (Saudi Arabia)",
          sub="GovernmentBody"),
        E("naqli", "Person", ["أسامة نقلي"], "Osama Nugali"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City", alt=["Organization"]),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman", qid="Q6892571"),
        E("jeddah", "Place", ["جدة"], "Jeddah", qid="Q374365", sub="City"),
        E("abudhabi", "Place", ["أبوظبي"], "Abu Dhabi", qid="Q1519", sub="City"),
        E("uaeaf", "Organization", ["القوات المسلحة الإماراتية"], "UAE Armed Forces", sub="ArmedForce"),
        E("mbz", "Person", ["محمد بن زايد آل نهيان"], "Mohammed bin Zayed Al Nahyan", qid="Q1318950"),
        E("qna", "Organization", ["وكالة الأنباء القطرية", "قنا"], "Qatar News Agency", sub="MediaOrganization"),
        E("mofa_qa", "Organization", ["الخارجية القطرية"], "Ministry of Foreign Affairs (Qatar)",
          sub="GovernmentBody"),
        E("rumaihi", "Person", ["أحمد بن سعيد الرميحي"], "Ahmed bin Saeed Al-Rumaihi"),
    ],
    relations=[
        R("leaderOf", "sabah", "kuwait"),             # أمير الكويت الشيخ X
        R("positionIn", "mbar", "qatar"),             # وزير الخارجية القطري الشيخ X
        R("positionIn", "khalid", "kuwait", opt=True),  # (بحضور كل من) النائب الأول ... وزير الخارجية X
        R("positionIn", "khalid", "cabinet", opt=True),
        R("positionIn", "ali", "diwan"),              # ووزير شؤون الديوان الأميري الشيخ X
        R("positionIn", "ali", "kuwait", opt=True),
        R("spokespersonOf", "naqli", "mofa_sa"),      # المتحدث باسم وزارة الخارجية السعودية، السفير X
        R("leaderOf", "mbz", "abudhabi", opt=True),   # ولي عهد أبوظبي ... الشيخ X
        R("positionIn", "mbz", "abudhabi"),
        R("positionIn", "mbz", "uaeaf", opt=True),
        R("positionIn", "rumaihi", "mofa_qa"),        # مدير المكتب الإعلامي في الخارجية القطرية، X
    ],
    events=[
        V("Meeting", agent=["sabah", "mbar"], place=["bayan"], date="2017-09-18", trigger="بحث"),
        V("Meeting", opt=True, agent=["khalid", "ali"], place=["bayan"], date="2017-09-18"),
        V("Meeting", agent=["mbs", "mbz"], place=["jeddah"], date="2017-09", trigger="التقى"),
    ],
))
