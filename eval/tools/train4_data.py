"""Hand annotations of the fourth training set (see eval/train4/README.md).

Articles written for the project in the style of Saudi and pan-Arab
newspapers and news agencies of 2014-2016 (عكاظ، الرياض، الوطن، الحياة،
الشرق الأوسط، واس ...): dateline and source first, long sentences, quotes
inside quotes, reported speech, claims of responsibility, officials named by
post only, royal decrees, receptions and phone calls. Topics: the war on IS
in Iraq and Syria, the Yemen war, Libya, Sinai, Arsal, Gulf diplomacy and
Saudi security statements. Persons are invented, except very well-known
public figures; organisations and places are real. ``build_train4.py`` turns
this into eval/train4.jsonl (spans computed, every mention checked against
the text). In event roles a nested list is a set of alternatives: any one
satisfies it. An event with ``optional`` only carries triples a reasonable
annotator could leave out. A place written with a title (مدينة، محافظة،
بلدة، قرية، حي) also lists its bare name.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Saudi Arabia, al-Qudaih (2015-05-23, a Saturday)
DOCS.append(dict(
    id="t4-sa-qudaih", published="2015-05-23",
    text="""القطيف - «عكاظ»:

قُتل 21 مصليا وأصيب أكثر من 90 آخرين، ظهر أمس الجمعة، في تفجير انتحاري استهدف مسجد الإمام علي بن أبي طالب في بلدة القديح بمحافظة القطيف في المنطقة الشرقية، أثناء أداء المصلين صلاة الجمعة، في أعنف هجوم تشهده المملكة منذ سنوات.

وأعلن المتحدث الأمني لوزارة الداخلية، في بيان نقلته وكالة الأنباء السعودية «واس»، أن «أحد الأشخاص فجّر حزاما ناسفا كان يخفيه تحت ملابسه داخل المسجد»، مشيرا إلى أن الجهات الأمنية باشرت التحقيق «للوصول إلى كل من له صلة بهذا العمل الإجرامي الآثم».

وتبنى تنظيم «داعش» الهجوم في بيان حمل اسم «ولاية نجد»، في أول ظهور لفرع يحمل هذا الاسم، قال فيه إن «أحد جنود الخلافة، أبو البراء الجزراوي، فجّر حزامه الناسف وسط تجمع للرافضة»، متوعدا بـ«أيام سود».

وقالت مصادر أمنية لـ«عكاظ» إن التحقيقات الأولية تشير إلى أن الانتحاري «سعودي الجنسية، ويدعى فهد بن ناصر الشمراني، ويبلغ من العمر 22 عاما»، وأنه «كان مطلوبا للأجهزة الأمنية لانتمائه إلى خلية تتلقى أوامرها من قيادات التنظيم في سوريا».

ونقل شاهد عيان يدعى حسين علي آل عبيد عن إمام المسجد قوله إنه «سمع دوي الانفجار في الركعة الأولى، ثم رأى المصلين يتساقطون حوله»، موضحا أن «شبان البلدة هم من نقلوا الجرحى إلى مستشفى القطيف المركزي قبل وصول سيارات الإسعاف».

وزار أمير المنطقة الشرقية الأمير سعود بن نايف، مساء أمس، المصابين في المستشفى، ونقل إليهم تحيات خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، الذي وجه، بحسب «واس»، بـ«ملاحقة المتورطين وتقديمهم إلى العدالة أيا كانوا».

ويأتي الهجوم بعد نحو ستة أشهر من هجوم مسلح استهدف حسينية في قرية الدالوة بمحافظة الأحساء في نوفمبر/تشرين الثاني الماضي وأسفر عن مقتل ثمانية أشخاص، وأعلنت وزارة الداخلية حينها القبض على عشرات المشتبه بهم في عدة مدن، بينهم عناصر سبق أن قاتلوا في صفوف التنظيم.""",
    entities=[
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("qatif", "Place", ["محافظة القطيف", "القطيف"], "Qatif Governorate", sub="Region"),
        E("mosque", "Place", ["مسجد الإمام علي بن أبي طالب", "المسجد"], "Imam Ali ibn Abi Talib mosque (al-Qudaih)"),
        E("qudaih", "Place", ["بلدة القديح", "القديح", "البلدة"], "al-Qudaih", sub="City"),
        E("eastern", "Place", ["المنطقة الشرقية"], "Eastern Province (Saudi Arabia)", sub="Region"),
        E("ksa", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Saudi Arabia)", sub="GovernmentBody"),
        E("spa", "Organization", ["وكالة الأنباء السعودية", "واس"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("najd", "Organization", ["ولاية نجد"], "Islamic State - Najd Province", sub="ArmedGroup"),
        E("bomber", "Person", ["أبو البراء الجزراوي", "فهد بن ناصر الشمراني"], "Fahd bin Nasir al-Shamrani"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("witness", "Person", ["حسين علي آل عبيد"], "Husain Ali Al Ubaid"),
        E("hospital", "Place", ["مستشفى القطيف المركزي", "المستشفى"], "Qatif Central Hospital"),
        E("saud", "Person", ["سعود بن نايف"], "Saud bin Nayef"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "King Salman bin Abdulaziz"),
        E("dalwa", "Place", ["قرية الدالوة", "الدالوة"], "al-Dalwa", sub="City"),
        E("ahsa", "Place", ["محافظة الأحساء", "الأحساء"], "al-Ahsa Governorate", sub="Region"),
    ],
    relations=[
        R("locatedIn", "mosque", "qudaih"),
        R("locatedIn", "qudaih", "qatif"),
        R("locatedIn", "qatif", "eastern"),
        R("locatedIn", "mosque", "qatif", opt=True),
        R("locatedIn", "qudaih", "eastern", opt=True),
        R("locatedIn", "eastern", "ksa", opt=True),
        R("locatedIn", "hospital", "qatif", opt=True),
        R("partOf", "najd", "isis"),
        R("memberOf", "bomber", "isis"),
        R("memberOf", "bomber", "najd", opt=True),
        R("leaderOf", "saud", "eastern"),
        R("leaderOf", "salman", "ksa", opt=True),
        R("locatedIn", "dalwa", "ahsa"),
    ],
    events=[
        # Friday's suicide bombing, claimed by IS under the name «ولاية نجد»
        V("Attack", agent=[["isis", "najd"]], target=["mosque"], place=[["mosque", "qudaih", "qatif", "eastern"]],
          date="2015-05-22", trigger="تفجير انتحاري"),
        V("Killing", agent=[["isis", "najd"]], place=[["mosque", "qudaih", "qatif", "eastern"]], date="2015-05-22",
          trigger="قُتل"),
        V("Attack", opt=True, agent=["bomber"]),
        V("Killing", opt=True, agent=["bomber"]),
        V("Visit", agent=["saud"], place=[["hospital", "qatif"]], date="2015-05-22", trigger="زار"),
        # the al-Dalwa attack last November (no agent named) and the arrests announced then
        V("Attack", place=[["dalwa", "ahsa"]], date="2014-11", trigger="هجوم مسلح"),
        V("Killing", place=[["dalwa", "ahsa"]], date="2014-11", trigger="مقتل"),
        V("Arrest", date="2014-11", trigger="القبض"),
        V("Arrest", opt=True, agent=["moi"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Ramadi (2015-05-18, a Monday)
DOCS.append(dict(
    id="t4-iq-ramadi", published="2015-05-18",
    text="""بغداد - «الحياة»:

سيطر تنظيم «الدولة الإسلامية» (داعش)، أمس الأحد، على مدينة الرمادي العراقية، مركز محافظة الأنبار، بعد انسحاب قوات الجيش والشرطة من مقر قيادة عمليات الأنبار في شمال المدينة، في أكبر تقدم يحققه التنظيم في العراق منذ سيطرته على مدينة الموصل في يونيو/حزيران من العام الماضي.

وقال عضو مجلس محافظة الأنبار حامد فرحان الجميلي لـ«الحياة» إن «مسلحي التنظيم شنوا منذ فجر الجمعة هجوما واسعا بعشرات العجلات المفخخة التي يقودها انتحاريون على حي الملعب جنوبي المدينة، ما أجبر القوات الأمنية على الانسحاب نحو قاعدة الحبانية شرقها»، مضيفا أن «المسلحين أعدموا في الشوارع عشرات المدنيين وعناصر الأمن ومقاتلي العشائر الذين قاتلوا إلى جانبهم».
ونقل الجميلي عن ضابط في قيادة العمليات قوله إن «أوامر الانسحاب جاءت من بغداد، ولم نكن نملك ما نواجه به تلك المفخخات».

وأعلن رئيس الوزراء العراقي حيدر العبادي، في بيان، أنه أمر قوات الحشد الشعبي بالاستعداد للمشاركة في استعادة المدينة، بعد أن طلب مجلس المحافظة ذلك رسميا في جلسة طارئة عقدها أمس، على الرغم من اعتراض سياسيين على دخول فصائل مسلحة إلى الأنبار.

وفي واشنطن، قال متحدث باسم وزارة الدفاع الأمريكية (البنتاغون) إن طائرات التحالف الدولي نفذت سبع غارات جوية على مواقع للتنظيم قرب الرمادي خلال الساعات الـ72 الماضية، معترفا بأن سقوط المدينة «انتكاسة»، لكنه أكد أن «المعركة لم تنته بعد».

وعقد العبادي مساء أمس في بغداد اجتماعا طارئا مع رئيس مجلس النواب سليم الجبوري وعدد من شيوخ عشائر الأنبار، بحث خلاله «خطة استعادة الرمادي وتسليح أبناء العشائر»، بحسب بيان لمكتبه.""",
    entities=[
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "داعش", "التنظيم"], "Islamic State",
          sub="ArmedGroup"),
        E("ramadi", "Place", ["مدينة الرمادي", "الرمادي", "المدينة"], "Ramadi", sub="City"),
        E("anbar", "Place", ["محافظة الأنبار", "الأنبار", "المحافظة"], "Anbar Governorate", sub="Region"),
        E("hq", "Place", ["مقر قيادة عمليات الأنبار"], "Anbar Operations Command headquarters"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("mosul", "Place", ["مدينة الموصل", "الموصل"], "Mosul", sub="City"),
        E("council", "Organization", ["مجلس محافظة الأنبار", "مجلس المحافظة"], "Anbar Provincial Council",
          sub="GovernmentBody"),
        E("jumaili", "Person", ["حامد فرحان الجميلي", "الجميلي"], "Hamid Farhan al-Jumaili"),
        E("malaab", "Place", ["حي الملعب"], "al-Malaab district (Ramadi)", sub="Region"),
        E("habbaniyah", "Place", ["قاعدة الحبانية"], "Habbaniyah base"),
        E("command", "Organization", ["قيادة العمليات"], "Anbar Operations Command", sub="ArmedForce", opt=True),
        E("abadi", "Person", ["حيدر العبادي", "العبادي"], "Haider al-Abadi"),
        E("hashd", "Organization", ["قوات الحشد الشعبي", "الحشد الشعبي"], "Popular Mobilization Forces",
          sub="ArmedForce"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("dod", "Organization", ["وزارة الدفاع الأمريكية", "البنتاغون"], "United States Department of Defense",
          sub="GovernmentBody"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition against IS", sub="Coalition"),
        E("jabouri", "Person", ["سليم الجبوري"], "Salim al-Jabouri"),
        E("parliament", "Organization", ["مجلس النواب"], "Council of Representatives of Iraq", sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "ramadi", "anbar"),
        R("locatedIn", "ramadi", "iraq", opt=True),
        R("locatedIn", "hq", "ramadi"),
        R("locatedIn", "mosul", "iraq", opt=True),
        R("memberOf", "jumaili", "council"),
        R("locatedIn", "malaab", "ramadi"),
        R("locatedIn", "habbaniyah", "ramadi", opt=True),
        R("leaderOf", "abadi", "iraq"),
        R("positionIn", "abadi", "iraq", opt=True),
        R("leaderOf", "jabouri", "parliament"),
        R("locatedIn", "hq", "anbar", opt=True),
    ],
    events=[
        # the offensive from Friday, the city taken on Sunday
        V("Attack", agent=["isis"], place=[["malaab", "ramadi"]], date="2015-05-15", trigger="هجوما واسعا"),
        V("Attack", agent=["isis"], place=[["hq", "ramadi", "anbar"]], date="2015-05-17", trigger="سيطر"),
        V("Killing", agent=["isis"], place=["ramadi"], date="2015-05", trigger="أعدموا"),
        # Mosul last June (no listed type)
        V("Attack", opt=True, agent=["isis"], place=["mosul"], date="2014-06"),
        # coalition raids in the last 72 hours
        V("Strike", agent=["coalition"], target=["isis"], place=["ramadi"], date="2015-05", trigger="غارات جوية"),
        V("Meeting", agent=["abadi", "jabouri"], place=["baghdad"], date="2015-05-17", trigger="اجتماعا"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, royal orders (2015-04-30, a Thursday)
DOCS.append(dict(
    id="t4-sa-orders", published="2015-04-30",
    text="""الرياض - واس:

صدرت أوامر ملكية، فجر أمس الأربعاء، قضت بإعفاء الأمير مقرن بن عبد العزيز من ولاية العهد ومن منصب النائب الأول لرئيس مجلس الوزراء بناء على طلبه، واختيار الأمير محمد بن نايف بن عبد العزيز وليا للعهد ونائبا أول لرئيس مجلس الوزراء مع استمراره وزيرا للداخلية، واختيار الأمير محمد بن سلمان وليا لولي العهد ونائبا ثانيا لرئيس مجلس الوزراء مع استمراره وزيرا للدفاع.

وجاء في الأمر الملكي الأول أن مقرن، الذي شغل في السابق منصب رئيس الاستخبارات العامة، «أبدى رغبته في إعفائه من ولاية العهد»، وأن خادم الحرمين الشريفين «استجاب لرغبته بعد التشاور مع أعضاء هيئة البيعة».

وقضت الأوامر أيضا بإعفاء الأمير سعود الفيصل من منصبه وزيرا للخارجية بناء على طلبه لظروفه الصحية، وتعيينه وزير دولة وعضوا في مجلس الوزراء ومبعوثا خاصا لخادم الحرمين الشريفين، وتعيين عادل بن أحمد الجبير، سفير المملكة لدى الولايات المتحدة، وزيرا للخارجية، ليكون الجبير أول من يتولى الحقيبة من خارج الأسرة المالكة منذ أكثر من خمسة عقود.

كما صدر أمر ملكي بتعيين المهندس خالد الفالح، رئيس مجلس إدارة شركة أرامكو السعودية، وزيرا للصحة مع استمراره رئيسا لمجلس إدارة الشركة.

واستقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في قصر الحكم بالرياض، مساء أمس، جموع المواطنين الذين قدموا لمبايعة ولي العهد وولي ولي العهد، بحضور الأمير محمد بن نايف والأمير محمد بن سلمان.

وتلقى ولي العهد، في وقت لاحق، اتصالا هاتفيا من أمير دولة الكويت الشيخ صباح الأحمد الجابر الصباح، هنأه فيه بالثقة الملكية، متمنيا له «التوفيق والسداد».""",
    entities=[
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("muqrin", "Person", ["مقرن بن عبد العزيز", "مقرن"], "Muqrin bin Abdulaziz"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Saudi Arabia)", sub="GovernmentBody"),
        E("mbn", "Person", ["محمد بن نايف بن عبد العزيز", "محمد بن نايف"], "Muhammad bin Nayef"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("gip", "Organization", ["الاستخبارات العامة"], "General Intelligence Presidency", sub="GovernmentBody"),
        E("allegiance", "Organization", ["هيئة البيعة"], "Allegiance Council", sub="GovernmentBody"),
        E("saud_faisal", "Person", ["سعود الفيصل"], "Saud al-Faisal"),
        E("jubeir", "Person", ["عادل بن أحمد الجبير", "الجبير"], "Adel al-Jubeir"),
        E("ksa", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("falih", "Person", ["خالد الفالح"], "Khalid al-Falih"),
        E("aramco", "Organization", ["شركة أرامكو السعودية", "الشركة"], "Saudi Aramco"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "King Salman bin Abdulaziz"),
        E("palace", "Place", ["قصر الحكم"], "Qasr al-Hukm (Riyadh)"),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah al-Ahmad al-Jabir al-Sabah"),
        E("kuwait", "Place", ["دولة الكويت"], "Kuwait", qid="Q817", sub="Country"),
    ],
    relations=[
        R("positionIn", "muqrin", "cabinet"),
        R("positionIn", "mbn", "cabinet"),
        R("positionIn", "mbs", "cabinet"),
        R("positionIn", "muqrin", "ksa", opt=True),
        R("positionIn", "mbn", "ksa", opt=True),
        R("positionIn", "mbs", "ksa", opt=True),
        R("leaderOf", "muqrin", "gip"),
        R("memberOf", "saud_faisal", "cabinet"),
        R("positionIn", "saud_faisal", "ksa", opt=True),
        R("positionIn", "jubeir", "ksa"),
        R("positionIn", "jubeir", "cabinet", opt=True),
        R("positionIn", "falih", "ksa", opt=True),
        R("positionIn", "falih", "cabinet", opt=True),
        R("leaderOf", "falih", "aramco"),
        R("leaderOf", "salman", "ksa", opt=True),
        R("locatedIn", "palace", "riyadh"),
        R("leaderOf", "sabah", "kuwait"),
    ],
    events=[
        V("Meeting", agent=["salman", "mbn", "mbs"], place=[["palace", "riyadh"]], date="2015-04-29",
          trigger="استقبل"),
        # a phone call: a reasonable annotator may leave it out
        V("Meeting", opt=True, agent=["mbn", "sabah"], date="2015-04-29"),
    ],
))
