"""Hand annotations of the forty-first training set (see eval/train41/README.md).

The check set written beside train40: the same kinds (persons with honorifics and long royal names,
names written joined and split, آل family names, persons named in a list, ministries, presidencies,
universities, chambers, companies, courts, embassies and consulates, UN bodies, regions, governorates,
districts, crossings, ports and hospitals, titles standing for a known person, nominal mentions) in
other countries and wordings. Persons are invented except well-known public figures. Written and
annotated before the extractor was run on it; only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Madinah (2018-10-31, Wednesday)
DOCS.append(dict(
    id="t41-sa-madinah", published="2018-10-31",
    text="""كتب - سامي الحربي

رعى صاحب السمو الملكي الأمير فيصل بن سلمان بن عبد العزيز أمير منطقة المدينة المنورة، مساء أمس، حفل تخريج الدفعة الخمسين من طلاب الجامعة الإسلامية، بحضور معالي رئيس الجامعة الدكتور حاتم بن حسن المرزوقي.

وأشاد سموه بما تقدمه الجامعة لأبناء العالم الإسلامي، مؤكدا أن حكومة خادم الحرمين الشريفين «تولي خدمة الإسلام والمسلمين أولوية قصوى».

وفي سياق منفصل، أوضح وكيل الرئيس العام لشؤون المسجد النبوي الشيخ عبدالواحد بن علي الحطاب أن الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي أنهت استعداداتها لاستقبال المعتمرين، فيما أعلنت هيئة تطوير منطقة المدينة المنورة بدء أعمال المرحلة الثانية من مشروع تطوير المنطقة المحيطة بمسجد قباء.

وكانت شرطة المنطقة قد أعلنت القبض على مقيمين اثنين في حي العنابس بعد سرقتهما محلا للذهب، وقال المتحدث الإعلامي العقيد فهد الغنام إنهما أحيلا إلى النيابة العامة. كما باشرت فرق الهلال الأحمر السعودي حادثا مروريا على طريق الهجرة أصيب فيه أربعة أشخاص نقلوا إلى مستشفى الملك فهد.""",
    entities=[
        E("harbi", "Person", ["سامي الحربي"], "Sami al-Harbi", opt=True),
        E("fbs", "Person", ["فيصل بن سلمان بن عبد العزيز"], "Faisal bin Salman bin Abdulaziz"),
        E("madreg", "Place", ["منطقة المدينة المنورة", "المنطقة"], "Madinah Region", sub="Region"),
        E("iu", "Organization", ["الجامعة الإسلامية", "الجامعة"], "Islamic University of Madinah"),
        E("marzouqi", "Person", ["حاتم بن حسن المرزوقي"], "Hatim bin Hassan al-Marzouqi"),
        E("salman", "Person", ["خادم الحرمين الشريفين"], "King Salman", qid="Q367825", opt=True),
        E("hattab", "Person", ["عبدالواحد بن علي الحطاب"], "Abdulwahid bin Ali al-Hattab"),
        E("gph", "Organization", ["الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي"],
          "General Presidency for the Affairs of the Two Holy Mosques", sub="GovernmentBody"),
        E("mda", "Organization", ["هيئة تطوير منطقة المدينة المنورة"], "Madinah Region Development Authority",
          sub="GovernmentBody"),
        E("quba", "Place", ["مسجد قباء"], "Quba Mosque"),
        E("police", "Organization", ["شرطة المنطقة"], "Madinah police", sub="GovernmentBody"),
        E("anabis", "Place", ["حي العنابس"], "al-Anabis", sub="City"),
        E("ghannam", "Person", ["فهد الغنام"], "Fahd al-Ghannam"),
        E("pp", "Organization", ["النيابة العامة"], "Public Prosecution", sub="GovernmentBody"),
        E("redcres", "Organization", ["الهلال الأحمر السعودي"], "Saudi Red Crescent Authority"),
        E("hijra", "Place", ["طريق الهجرة"], "Hijra Road", opt=True),
        E("kfh", "Organization", ["مستشفى الملك فهد"], "King Fahd Hospital", alt=["Place"]),
    ],
    relations=[
        R("leaderOf", "fbs", "madreg"),
        R("leaderOf", "marzouqi", "iu"),
        R("positionIn", "hattab", "gph"),
        R("spokespersonOf", "ghannam", "police"),
    ],
    events=[
        V("Arrest", agent=["police"], place=["anabis"], trigger="القبض"),
    ],
))

# ---------------------------------------------------------------- Qassim (2015-09-10, Thursday)
DOCS.append(dict(
    id="t41-sa-qassim", published="2015-09-10",
    text="""بريدة - «سبق»

أعلنت الرئاسة العامة لهيئات الأمر بالمعروف والنهي عن المنكر، أمس، أن فرع الرئاسة بمنطقة القصيم ضبط خلال شهر ذي القعدة 140 مخالفة في الأسواق التجارية بمحافظتي عنيزة والرس.

وأوضح مدير عام فرع الرئاسة بالمنطقة الشيخ عبد الله بن سليمان الخليفة أن الهيئة «تعمل بالتنسيق مع الجهات الأمنية ووفق الأنظمة»، لافتا إلى أن أعضاء الهيئة تلقوا دورات في جامعة القصيم.

إلى ذلك، استقبل صاحب السمو الملكي الأمير فيصل بن مشعل بن سعود أمير منطقة القصيم في مكتبه بديوان الإمارة ببريدة، رئيس مجلس إدارة الغرفة التجارية الصناعية بالقصيم عبدالعزيز بن عبدالله الحميد وأعضاء المجلس، واستمع منهم إلى شرح عن مشروع مدينة التمور في بريدة.

وحضر الاستقبال كل من وكيل الإمارة المساعد للشؤون التنموية الدكتور ناصر بن علي الجربوع، ومدير فرع وزارة الزراعة بالمنطقة المهندس سليمان الدخيل.""",
    entities=[
        E("buraidah", "Place", ["بريدة"], "Buraidah", sub="City"),
        E("sabq", "Organization", ["سبق"], "Sabq", sub="MediaOrganization", opt=True),
        E("hayaa", "Organization", ["الرئاسة العامة لهيئات الأمر بالمعروف والنهي عن المنكر", "الهيئة"],
          "Commission for the Promotion of Virtue", sub="GovernmentBody"),
        E("qassim", "Place", ["منطقة القصيم", "المنطقة", "القصيم"], "Qassim Region", sub="Region"),
        E("unaizah", "Place", ["عنيزة"], "Unaizah", sub="City"),
        E("rass", "Place", ["الرس"], "al-Rass", sub="City"),
        E("khalifa", "Person", ["عبد الله بن سليمان الخليفة"], "Abdullah bin Sulaiman al-Khalifa"),
        E("qu", "Organization", ["جامعة القصيم"], "Qassim University"),
        E("fbm", "Person", ["فيصل بن مشعل بن سعود"], "Faisal bin Mishaal bin Saud"),
        E("imara", "Organization", ["الإمارة"], "Qassim Principality", sub="GovernmentBody", opt=True),
        E("chamber", "Organization", ["الغرفة التجارية الصناعية بالقصيم"], "Qassim Chamber of Commerce"),
        E("humaid", "Person", ["عبدالعزيز بن عبدالله الحميد"], "Abdulaziz bin Abdullah al-Humaid"),
        E("jarbou", "Person", ["ناصر بن علي الجربوع"], "Nasser bin Ali al-Jarbou"),
        E("moa", "Organization", ["وزارة الزراعة"], "Ministry of Agriculture", sub="GovernmentBody"),
        E("dakhil", "Person", ["سليمان الدخيل"], "Sulaiman al-Dakhil"),
    ],
    relations=[
        R("leaderOf", "fbm", "qassim"),
        R("leaderOf", "humaid", "chamber"),
        R("positionIn", "khalifa", "hayaa"),
        R("positionIn", "jarbou", "imara", opt=True),
        R("positionIn", "dakhil", "moa"),
        R("locatedIn", "unaizah", "qassim", opt=True),
        R("locatedIn", "rass", "qassim", opt=True),
        R("locatedIn", "buraidah", "qassim", opt=True),
    ],
    events=[
        V("Meeting", agent=["fbm", "humaid"], place=["buraidah"], date="2015-09-09", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Kuwait (2016-06-23, Thursday)
DOCS.append(dict(
    id="t41-kw-nuwaiseeb", published="2016-06-23",
    text="""الكويت - «الشرق الأوسط»

أعلنت وزارة الداخلية الكويتية، أمس الأربعاء، ضبط شحنة من الحبوب المخدرة في منفذ النويصيب الحدودي مع المملكة العربية السعودية، كانت مخبأة في شاحنة يقودها سائق يدعى بدر مطلق العنزي.

وقال مدير عام الإدارة العامة للعلاقات والإعلام الأمني العميد عادل الحشاش إن رجال الجمارك اشتبهوا في الشاحنة لدى دخولها المنفذ، مشيرا إلى أن المتهم أحيل إلى النيابة العامة.

وكان أمير البلاد الشيخ صباح الأحمد الجابر الصباح قد استقبل في قصر بيان، الثلاثاء، نائب رئيس مجلس الوزراء وزير الداخلية الشيخ محمد الخالد الحمد الصباح، واطلع منه على الإجراءات الأمنية خلال شهر رمضان.

من جهة أخرى، أعلنت مؤسسة البترول الكويتية أن شركة نفط الكويت وقعت عقدا مع شركة «هاليبرتون» الأمريكية لحفر آبار في حقل برقان، بقيمة 400 مليون دولار. وقال الرئيس التنفيذي لشركة نفط الكويت جمال جعفر إن العقد يهدف إلى رفع الطاقة الإنتاجية إلى أربعة ملايين برميل يوميا.""",
    entities=[
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الكويتية"], "Kuwaiti Ministry of Interior", sub="GovernmentBody"),
        E("nuwaiseeb", "Place", ["منفذ النويصيب الحدودي", "المنفذ"], "Nuwaiseeb border crossing"),
        E("saudi", "Place", ["المملكة العربية السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("anzi", "Person", ["بدر مطلق العنزي"], "Badr Mutlaq al-Anzi"),
        E("media", "Organization", ["الإدارة العامة للعلاقات والإعلام الأمني"], "Security Media Department",
          sub="GovernmentBody"),
        E("hashash", "Person", ["عادل الحشاش"], "Adel al-Hashash"),
        E("customs", "Organization", ["الجمارك"], "Customs", sub="GovernmentBody", opt=True),
        E("pp", "Organization", ["النيابة العامة"], "Public Prosecution", sub="GovernmentBody"),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah al-Ahmad al-Jaber al-Sabah"),
        E("bayan", "Place", ["قصر بيان"], "Bayan Palace", opt=True),
        E("khalid", "Person", ["محمد الخالد الحمد الصباح"], "Mohammad al-Khalid al-Hamad al-Sabah"),
        E("kpc", "Organization", ["مؤسسة البترول الكويتية"], "Kuwait Petroleum Corporation"),
        E("koc", "Organization", ["شركة نفط الكويت"], "Kuwait Oil Company"),
        E("halliburton", "Organization", ["شركة «هاليبرتون»", "هاليبرتون"], "Halliburton"),
        E("burgan", "Place", ["حقل برقان"], "Burgan field"),
        E("jaafar", "Person", ["جمال جعفر"], "Jamal Jaafar"),
    ],
    relations=[
        R("leaderOf", "hashash", "media"),
        R("leaderOf", "sabah", "kuwait"),
        R("positionIn", "khalid", "kuwait", opt=True),
        R("leaderOf", "jaafar", "koc"),
        R("partOf", "koc", "kpc", opt=True),
    ],
    events=[
        V("Meeting", agent=["sabah", "khalid"], place=["bayan"], date="2016-06-21", trigger="استقبل"),
        V("Arrest", opt=True, agent=["moi"], target=["anzi"], place=["nuwaiseeb"]),
    ],
))

# ---------------------------------------------------------------- Bahrain (2017-01-31, Tuesday)
DOCS.append(dict(
    id="t41-bh-sitra", published="2017-01-31",
    text="""المنامة - واس

أعلنت وزارة الداخلية البحرينية، أمس، القبض على خمسة مطلوبين في منطقة سترة، بينهم المدعو حسن عيسى المرزوق المتهم بالتخطيط لتفجيرات استهدفت دوريات أمنية، وذلك بعد أيام من هروب عشرة سجناء من سجن جو المركزي.

وقال رئيس الأمن العام اللواء طارق الحسن إن «العملية نفذت بدقة ولم تسجل أي إصابات»، مشيرا إلى أن التحقيقات كشفت عن صلة المتهمين بعناصر في إيران.

وفي قصر القضيبية، ترأس صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء الجلسة الاعتيادية لمجلس الوزراء، وأشاد سموه بجهود وزير الداخلية الفريق أول الركن الشيخ راشد بن عبدالله آل خليفة ورجال الأمن.

ونقلت وكالة أنباء البحرين عن سفير المملكة العربية السعودية لدى مملكة البحرين الدكتور عبدالله بن عبدالملك آل الشيخ تأكيده «وقوف المملكة إلى جانب البحرين في مواجهة الإرهاب».
(واس)""",
    entities=[
        E("manama", "Place", ["المنامة"], "Manama", qid="Q3882", sub="City"),
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية البحرينية"], "Bahraini Ministry of Interior", sub="GovernmentBody"),
        E("sitra", "Place", ["منطقة سترة"], "Sitra", sub="City"),
        E("marzooq", "Person", ["حسن عيسى المرزوق"], "Hassan Isa al-Marzooq"),
        E("jau", "Place", ["سجن جو المركزي"], "Jau Prison"),
        E("pss", "Organization", ["الأمن العام"], "Public Security", sub="GovernmentBody"),
        E("hassan", "Person", ["طارق الحسن"], "Tariq al-Hassan"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("gudaibiya", "Place", ["قصر القضيبية"], "Gudaibiya Palace", opt=True),
        E("khalifa", "Person", ["خليفة بن سلمان آل خليفة"], "Khalifa bin Salman Al Khalifa"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Cabinet of Bahrain", sub="GovernmentBody"),
        E("rashid", "Person", ["راشد بن عبدالله آل خليفة"], "Rashid bin Abdullah Al Khalifa"),
        E("bna", "Organization", ["وكالة أنباء البحرين"], "Bahrain News Agency", sub="MediaOrganization"),
        E("saudi", "Place", ["المملكة العربية السعودية", "المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("bahrain", "Place", ["مملكة البحرين", "البحرين"], "Bahrain", qid="Q398", sub="Country"),
        E("alsheikh", "Person", ["عبدالله بن عبدالملك آل الشيخ"], "Abdullah bin Abdulmalik Al al-Sheikh"),
    ],
    relations=[
        R("leaderOf", "hassan", "pss"),
        R("leaderOf", "khalifa", "cabinet", opt=True),
        R("positionIn", "khalifa", "bahrain", opt=True),
        R("positionIn", "rashid", "bahrain", opt=True),
        R("positionIn", "alsheikh", "saudi"),
    ],
    events=[
        V("Arrest", agent=["moi"], target=["marzooq"], place=["sitra"], trigger="القبض"),
    ],
))

# ---------------------------------------------------------------- Egypt (2016-04-09, Saturday)
DOCS.append(dict(
    id="t41-eg-azhar", published="2016-04-09",
    text="""القاهرة - «الرياض»

استقبل فضيلة الإمام الأكبر الدكتور أحمد الطيب شيخ الأزهر، أمس الجمعة في مشيخة الأزهر بالقاهرة، صاحب السمو الملكي الأمير سلطان بن سلمان بن عبدالعزيز رئيس الهيئة العامة للسياحة والتراث الوطني، الذي يرافق خادم الحرمين الشريفين في زيارته الرسمية لمصر.

وأعرب الطيب عن تقديره لمبادرة الملك سلمان بن عبدالعزيز بتمويل ترميم الجامع الأزهر، مؤكدا أن «العلاقة بين البلدين أكبر من أي محاولة للنيل منها».

وفي السياق ذاته، وقع وزير الاستثمار المصري داليا خورشيد مع رئيس مجلس إدارة الصندوق السعودي للتنمية الدكتور إبراهيم بن عبد العزيز العساف اتفاقيات لتمويل مشروعات تنموية في محافظة جنوب سيناء، بينها إنشاء جامعة الملك سلمان الدولية في مدينة الطور.

وكانت السفارة السعودية في القاهرة قد أعلنت أن السفير أحمد بن عبدالعزيز قطان سيقيم حفل استقبال للجالية السعودية بمناسبة الزيارة.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("alriyadh", "Organization", ["الرياض"], "Al Riyadh newspaper", sub="MediaOrganization", opt=True),
        E("tayeb", "Person", ["أحمد الطيب", "الطيب"], "Ahmed el-Tayeb"),
        E("azhar", "Organization", ["الأزهر", "مشيخة الأزهر"], "Al-Azhar"),
        E("sultan", "Person", ["سلطان بن سلمان بن عبدالعزيز"], "Sultan bin Salman bin Abdulaziz"),
        E("scth", "Organization", ["الهيئة العامة للسياحة والتراث الوطني"], "Saudi Commission for Tourism and National Heritage",
          sub="GovernmentBody"),
        E("salman", "Person", ["خادم الحرمين الشريفين", "الملك سلمان بن عبدالعزيز"],
          "King Salman", qid="Q367825"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("mosque", "Place", ["الجامع الأزهر"], "Al-Azhar Mosque"),
        E("khorshid", "Person", ["داليا خورشيد"], "Dalia Khorshid"),
        E("sfd", "Organization", ["الصندوق السعودي للتنمية"], "Saudi Fund for Development", sub="GovernmentBody"),
        E("assaf", "Person", ["إبراهيم بن عبد العزيز العساف"], "Ibrahim bin Abdulaziz al-Assaf"),
        E("ssinai", "Place", ["محافظة جنوب سيناء"], "South Sinai Governorate", sub="Region"),
        E("ksiu", "Organization", ["جامعة الملك سلمان الدولية"], "King Salman International University"),
        E("tor", "Place", ["مدينة الطور"], "El Tor", sub="City"),
        E("embassy", "Organization", ["السفارة السعودية في القاهرة"], "Saudi Embassy in Cairo", sub="GovernmentBody"),
        E("qattan", "Person", ["أحمد بن عبدالعزيز قطان"], "Ahmed bin Abdulaziz Qattan"),
    ],
    relations=[
        R("leaderOf", "tayeb", "azhar"),
        R("leaderOf", "sultan", "scth"),
        R("leaderOf", "assaf", "sfd"),
        R("positionIn", "khorshid", "egypt", opt=True),
        R("positionIn", "qattan", "embassy", opt=True),
        R("locatedIn", "tor", "ssinai"),
        R("locatedIn", "azhar", "cairo", opt=True),
        R("locatedIn", "ksiu", "tor", opt=True),
    ],
    events=[
        V("Meeting", agent=["tayeb", "sultan"], place=[["azhar", "cairo"]], date="2016-04-08", trigger="استقبل"),
        V("Visit", agent=["salman"], place=["egypt"], trigger="زيارته"),
    ],
))

# ---------------------------------------------------------------- Pakistan (2019-01-15, Tuesday)
DOCS.append(dict(
    id="t41-pk-islamabad", published="2019-01-15",
    text="""إسلام آباد - «عكاظ»

التقى رئيس الوزراء الباكستاني عمران خان، أمس الاثنين في إسلام آباد، الأمين العام لرابطة العالم الإسلامي رئيس هيئة علماء المسلمين الشيخ الدكتور محمد بن عبدالكريم العيسى، وبحثا جهود الرابطة في مكافحة التطرف.

وقال العيسى، في محاضرة ألقاها في الجامعة الإسلامية العالمية بإسلام آباد، إن «الإسلام بريء من الإرهاب»، فيما أكد رئيس الجامعة الدكتور أحمد يوسف الدريويش أن الجامعة تستقبل طلابا من أكثر من 40 دولة.

وفي لاهور، أعلنت حكومة إقليم البنجاب أن شركة «أرامكو السعودية» تدرس إقامة مصفاة في ميناء جوادر بإقليم بلوشستان، بقيمة عشرة مليارات دولار، على أن يعلن عنها خلال زيارة مرتقبة لولي العهد السعودي الأمير محمد بن سلمان.

من جانبه، قال القنصل العام للمملكة العربية السعودية في كراتشي الشيخ بندر بن فهد الداود إن القنصلية أصدرت أكثر من 200 ألف تأشيرة عمرة منذ بداية الموسم.""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("khan", "Person", ["عمران خان"], "Imran Khan"),
        E("mwl", "Organization", ["رابطة العالم الإسلامي", "الرابطة"], "Muslim World League"),
        E("scholars", "Organization", ["هيئة علماء المسلمين"], "Muslim Scholars Association"),
        E("issa", "Person", ["محمد بن عبدالكريم العيسى", "العيسى"], "Mohammad bin Abdulkarim al-Issa"),
        E("iiui", "Organization", ["الجامعة الإسلامية العالمية", "الجامعة"], "International Islamic University Islamabad"),
        E("draiweesh", "Person", ["أحمد يوسف الدريويش"], "Ahmed Yousef al-Draiweesh"),
        E("lahore", "Place", ["لاهور"], "Lahore", sub="City"),
        E("punjabgov", "Organization", ["حكومة إقليم البنجاب"], "Government of Punjab", sub="GovernmentBody"),
        E("aramco", "Organization", ["أرامكو السعودية", "شركة «أرامكو السعودية»"], "Saudi Aramco"),
        E("gwadar", "Place", ["ميناء جوادر"], "Gwadar Port"),
        E("baloch", "Place", ["إقليم بلوشستان"], "Balochistan", sub="Region"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("saudi", "Place", ["المملكة العربية السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("karachi", "Place", ["كراتشي"], "Karachi", sub="City"),
        E("dawood", "Person", ["بندر بن فهد الداود"], "Bandar bin Fahd al-Dawood"),
        E("consulate", "Organization", ["القنصلية"], "Saudi Consulate in Karachi", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("leaderOf", "issa", "mwl"),
        R("leaderOf", "issa", "scholars"),
        R("leaderOf", "draiweesh", "iiui"),
        R("positionIn", "dawood", "saudi"),
        R("locatedIn", "gwadar", "baloch"),
        R("locatedIn", "iiui", "islamabad", opt=True),
    ],
    events=[
        V("Meeting", agent=["khan", "issa"], place=["islamabad"], date="2019-01-14", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Libya (2018-07-04, Wednesday)
DOCS.append(dict(
    id="t41-ly-misrata", published="2018-07-04",
    text="""طرابلس - «الحياة»

قال المبعوث الأممي إلى ليبيا غسان سلامة إن بعثة الأمم المتحدة للدعم في ليبيا ستعقد الأسبوع المقبل اجتماعا في تونس يضم ممثلين عن مجلس النواب والمجلس الأعلى للدولة، لبحث تعديل الاتفاق السياسي.

وأضاف سلامة، في مؤتمر صحافي في العاصمة طرابلس، أن «المؤسسة الوطنية للنفط يجب أن تبقى بعيدة عن الصراع»، بعد أيام من إعلان رئيس مجلس إدارتها مصطفى صنع الله تعليق التصدير من ميناءي رأس لانوف والسدرة.

وفي مصراتة، أعلن المجلس البلدي للمدينة أن مستشفى مصراتة المركزي استقبل 12 مصابا جراء اشتباكات في منطقة القره بوللي شرقي طرابلس، فيما قال عميد بلدية القره بوللي عبدالرحيم الفيتوري إن عشرات العائلات نزحت باتجاه ترهونة.

إلى ذلك، أعلن المتحدث باسم قوة الردع الخاصة أحمد بن سالم أن القوة اعتقلت في منطقة سوق الجمعة شخصا يدعى ميلاد الزوي يشتبه في انتمائه لتنظيم «داعش».""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("salame", "Person", ["غسان سلامة", "سلامة"], "Ghassan Salamé"),
        E("unsmil", "Organization", ["بعثة الأمم المتحدة للدعم في ليبيا"], "UNSMIL"),
        E("tunis", "Place", ["تونس"], "Tunis", sub="City"),
        E("hor", "Organization", ["مجلس النواب"], "House of Representatives", sub="GovernmentBody"),
        E("hcs", "Organization", ["المجلس الأعلى للدولة"], "High Council of State", sub="GovernmentBody"),
        E("noc", "Organization", ["المؤسسة الوطنية للنفط"], "National Oil Corporation"),
        E("sanalla", "Person", ["مصطفى صنع الله"], "Mustafa Sanalla"),
        E("raslanuf", "Place", ["رأس لانوف"], "Ras Lanuf", sub="City"),
        E("sidra", "Place", ["السدرة"], "Es Sider", sub="City"),
        E("misrata", "Place", ["مصراتة"], "Misrata", sub="City"),
        E("council", "Organization", ["المجلس البلدي للمدينة"], "Misrata Municipal Council", sub="GovernmentBody"),
        E("hosp", "Organization", ["مستشفى مصراتة المركزي"], "Misrata Central Hospital", alt=["Place"]),
        E("garabulli", "Place", ["منطقة القره بوللي", "القره بوللي"], "Garabulli", sub="City"),
        E("fitouri", "Person", ["عبدالرحيم الفيتوري"], "Abdulrahim al-Fitouri"),
        E("tarhuna", "Place", ["ترهونة"], "Tarhuna", sub="City"),
        E("rada", "Organization", ["قوة الردع الخاصة", "القوة"], "Special Deterrence Force", sub="ArmedGroup"),
        E("salem", "Person", ["أحمد بن سالم"], "Ahmed bin Salem"),
        E("souq", "Place", ["منطقة سوق الجمعة"], "Souq al-Juma", sub="City"),
        E("zawi", "Person", ["ميلاد الزوي"], "Milad al-Zawi"),
        E("is", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
    ],
    relations=[
        R("positionIn", "salame", "libya", opt=True),
        R("leaderOf", "salame", "unsmil", opt=True),
        R("leaderOf", "sanalla", "noc"),
        R("leaderOf", "fitouri", "garabulli", opt=True),
        R("spokespersonOf", "salem", "rada"),
        R("locatedIn", "garabulli", "tripoli"),
        R("locatedIn", "hosp", "misrata", opt=True),
        R("locatedIn", "souq", "tripoli", opt=True),
        R("memberOf", "zawi", "is", opt=True),
    ],
    events=[
        V("Arrest", agent=["rada"], target=["zawi"], place=["souq"], trigger="اعتقلت"),
        V("Attack", opt=True, place=["garabulli"]),
    ],
))

# ---------------------------------------------------------------- Turkey (2018-12-05, Wednesday)
DOCS.append(dict(
    id="t41-tr-ankara", published="2018-12-05",
    text="""أنقرة - «المدينة»

أعلن اتحاد الغرف والبورصات التركية، أمس الثلاثاء، أن وفدا من رجال الأعمال الأتراك برئاسة رفعت حصارجيقلي أوغلو سيزور الرياض وجدة مطلع العام المقبل، للقاء ممثلين عن مجلس الغرف السعودية وغرفة جدة.

وقال حصارجيقلي أوغلو إن حجم التبادل التجاري بين البلدين «لا يعكس إمكاناتهما»، مشيرا إلى أن شركات البناء التركية نفذت مشروعات في مكة المكرمة والمدينة المنورة.

وفي إسطنبول، قال رئيس بلدية إسطنبول الكبرى مولود أويسال إن البلدية أنهت أعمال توسعة محطة الحافلات في منطقة أسنلر، فيما أعلنت المديرية العامة للأمن التركي توقيف 14 شخصا في ولاية غازي عنتاب يشتبه في صلتهم بتنظيم «داعش»، بينهم سوري يدعى عمر الحلبي.

وكان الرئيس التركي رجب طيب أردوغان قد التقى في المجمع الرئاسي في أنقرة، الأحد، وزير الخارجية الإيراني محمد جواد ظريف، وبحثا الوضع في محافظة إدلب السورية.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("madina", "Organization", ["المدينة"], "Al-Madina", sub="MediaOrganization", opt=True),
        E("tobb", "Organization", ["اتحاد الغرف والبورصات التركية"], "Union of Chambers and Commodity Exchanges of Turkey"),
        E("hisar", "Person", ["رفعت حصارجيقلي أوغلو", "حصارجيقلي أوغلو"], "Rifat Hisarciklioglu"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("jeddah", "Place", ["جدة"], "Jeddah", sub="City"),
        E("csc", "Organization", ["مجلس الغرف السعودية"], "Council of Saudi Chambers"),
        E("jcci", "Organization", ["غرفة جدة"], "Jeddah Chamber"),
        E("makkah", "Place", ["مكة المكرمة"], "Mecca", sub="City"),
        E("madinah", "Place", ["المدينة المنورة"], "Medina", sub="City"),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("ibb", "Organization", ["بلدية إسطنبول الكبرى", "البلدية"], "Istanbul Metropolitan Municipality",
          sub="GovernmentBody"),
        E("uysal", "Person", ["مولود أويسال"], "Mevlut Uysal"),
        E("esenler", "Place", ["منطقة أسنلر"], "Esenler", sub="City"),
        E("egm", "Organization", ["المديرية العامة للأمن التركي"], "Turkish General Directorate of Security",
          sub="GovernmentBody"),
        E("gaziantep", "Place", ["ولاية غازي عنتاب"], "Gaziantep Province", sub="Region"),
        E("is", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("halabi", "Person", ["عمر الحلبي"], "Omar al-Halabi"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdogan", qid="Q39723"),
        E("complex", "Place", ["المجمع الرئاسي"], "Presidential Complex", opt=True),
        E("zarif", "Person", ["محمد جواد ظريف"], "Mohammad Javad Zarif"),
        E("idlib", "Place", ["محافظة إدلب"], "Idlib Governorate", sub="Region"),
    ],
    relations=[
        R("leaderOf", "hisar", "tobb", opt=True),
        R("leaderOf", "uysal", "ibb"),
        R("locatedIn", "complex", "ankara", opt=True),
    ],
    events=[
        V("Arrest", agent=["egm"], target=["halabi"], place=["gaziantep"], trigger="توقيف"),
        V("Meeting", agent=["erdogan", "zarif"], place=[["complex", "ankara"]], date="2018-12-02", trigger="التقى"),
        V("Visit", opt=True, agent=["hisar"], place=["riyadh", "jeddah"]),
    ],
))
