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
        V("Arrest", agent=["moi"], date="2014-11", trigger="القبض"),
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
        R("locatedIn", "ramadi", "iraq"),
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

# ---------------------------------------------------------------- Yemen, Aden (2015-07-18, a Saturday)
DOCS.append(dict(
    id="t4-ye-aden", published="2015-07-18",
    text="""عدن - «الشرق الأوسط»:

أعلنت الحكومة اليمنية، أمس الجمعة، «تحرير» محافظة عدن، كبرى مدن جنوب اليمن، بالكامل من ميليشيات الحوثيين والقوات الموالية للرئيس السابق علي عبد الله صالح، بعد ثلاثة أيام من انطلاق عملية «السهم الذهبي» التي تنفذها المقاومة الشعبية ووحدات من الجيش الوطني الموالي للرئيس اليمني عبد ربه منصور هادي، بإسناد جوي من طيران التحالف العربي الذي تقوده المملكة العربية السعودية.

وقال نائب الرئيس رئيس الوزراء خالد بحاح، في بيان صدر عن مقر الحكومة المؤقت في الرياض، إن «عدن عادت إلى حضن الدولة»، داعيا الموظفين إلى «العودة فورا إلى أعمالهم»، فيما نقل البيان عن بحاح تأكيده أن ما جرى «ليس سوى "البداية" لاستعادة بقية المحافظات».

وكان وفد حكومي برئاسة وزير الدولة ناصر عوض الكلدي قد وصل، الخميس، إلى مطار عدن الدولي على متن طائرة عسكرية سعودية، في أول زيارة لمسؤولين حكوميين إلى المدينة منذ مارس/آذار الماضي.

ونقلت وكالة «سبأ» الموالية للحكومة عن قائد المقاومة الشعبية في عدن، نصر سالم العولقي، قوله إن «المقاتلين سيطروا على مديريتي كريتر والتواهي، وإن آخر جيوب الميليشيات في المعلا تتساقط تباعا»، مضيفا أن «العشرات من عناصر الحوثيين وقوات صالح قُتلوا، وأُسر أكثر من 150 منهم».

وشنت مقاتلات التحالف، فجر أمس، سلسلة غارات على مواقع للحوثيين في قاعدة العند الجوية بمحافظة لحج المجاورة، بحسب شهود عيان.

في المقابل، قال المتحدث باسم جماعة الحوثيين محمد عبد السلام، في تصريح لقناة «المسيرة» التابعة للجماعة، إن «ما يجري في عدن عدوان سعودي أمريكي مكشوف»، مؤكدا أن «أبطال الجيش واللجان الشعبية ما زالوا يرابطون في مواقعهم»، فيما لم يصدر أي تعليق عن حزب المؤتمر الشعبي العام الذي يتزعمه صالح.""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("aden", "Place", ["محافظة عدن", "عدن", "المدينة"], "Aden", sub="City"),
        E("gov", "Organization", ["الحكومة اليمنية", "الحكومة"], "Government of Yemen (Hadi)", sub="GovernmentBody"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("houthis", "Organization", ["جماعة الحوثيين", "الحوثيين", "الجماعة"], "Houthis (Ansar Allah)",
          sub="ArmedGroup"),
        E("saleh_forces", "Organization", ["القوات الموالية للرئيس السابق علي عبد الله صالح", "قوات صالح"],
          "Forces loyal to Ali Abdullah Saleh", sub="ArmedForce"),
        E("saleh", "Person", ["علي عبد الله صالح", "صالح"], "Ali Abdullah Saleh"),
        E("gpc", "Organization", ["حزب المؤتمر الشعبي العام"], "General People's Congress", sub="PoliticalOrganization"),
        E("resistance", "Organization", ["المقاومة الشعبية"], "Popular Resistance (Aden)", sub="ArmedGroup"),
        E("army", "Organization", ["الجيش الوطني"], "Yemeni National Army (pro-Hadi)", sub="ArmedForce"),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi"),
        E("coalition", "Organization", ["التحالف العربي", "التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("ksa", "Place", ["المملكة العربية السعودية"], "Saudi Arabia", qid="Q851", sub="Country",
          alt=["Organization"]),
        E("bahah", "Person", ["خالد بحاح", "بحاح"], "Khaled Bahah"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("kaldi", "Person", ["ناصر عوض الكلدي"], "Nasir Awad al-Kaldi"),
        E("airport", "Place", ["مطار عدن الدولي"], "Aden International Airport"),
        E("saba", "Organization", ["سبأ"], "Saba News Agency", sub="MediaOrganization", opt=True),
        E("awlaqi", "Person", ["نصر سالم العولقي"], "Nasr Salim al-Awlaqi"),
        E("crater", "Place", ["كريتر"], "Crater (Aden)", sub="Region"),
        E("tawahi", "Place", ["التواهي"], "al-Tawahi (Aden)", sub="Region"),
        E("mualla", "Place", ["المعلا"], "al-Mualla (Aden)", sub="Region"),
        E("anad", "Place", ["قاعدة العند الجوية"], "al-Anad Air Base"),
        E("lahij", "Place", ["محافظة لحج"], "Lahij Governorate", sub="Region"),
        E("abdulsalam", "Person", ["محمد عبد السلام"], "Mohammed Abdulsalam"),
        E("masira", "Organization", ["المسيرة"], "al-Masirah TV", sub="MediaOrganization"),
    ],
    relations=[
        R("locatedIn", "aden", "yemen"),
        R("affiliatedWith", "saleh_forces", "saleh"),
        R("leaderOf", "saleh", "yemen", opt=True),
        R("leaderOf", "saleh", "gpc"),
        R("affiliatedWith", "army", "hadi"),
        R("leaderOf", "hadi", "yemen"),
        R("leaderOf", "ksa", "coalition"),
        R("memberOf", "ksa", "coalition", opt=True),
        R("leaderOf", "bahah", "gov"),
        R("positionIn", "bahah", "yemen", opt=True),
        R("positionIn", "bahah", "gov", opt=True),
        R("positionIn", "kaldi", "gov"),
        R("locatedIn", "airport", "aden", opt=True),
        R("affiliatedWith", "saba", "gov", opt=True),
        R("leaderOf", "awlaqi", "resistance"),
        R("locatedIn", "crater", "aden"),
        R("locatedIn", "tawahi", "aden"),
        R("locatedIn", "mualla", "aden", opt=True),
        R("locatedIn", "anad", "lahij"),
        R("spokespersonOf", "abdulsalam", "houthis"),
        R("partOf", "masira", "houthis"),
        R("affiliatedWith", "masira", "houthis", opt=True),
    ],
    events=[
        # Operation Golden Arrow, launched on Tuesday the 14th
        V("MilitaryOperation", name="السهم الذهبي", agent=["resistance", "army"], target=["houthis", "saleh_forces"],
          place=["aden"], date="2015-07-14", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["coalition"]),
        V("Visit", agent=["kaldi"], place=[["airport", "aden"]], date="2015-07-16", trigger="وصل"),
        # the toll and the prisoners, told in the passive
        V("Killing", target=["houthis", "saleh_forces"], place=["aden"], date="2015-07", trigger="قُتلوا"),
        V("Killing", opt=True, agent=["resistance"]),
        V("Arrest", target=[["houthis", "saleh_forces"]], place=["aden"], date="2015-07", trigger="أُسر"),
        V("Arrest", opt=True, agent=["resistance"], place=[["crater", "tawahi", "mualla"]]),
        V("Attack", opt=True, agent=["resistance"], target=["houthis"], place=[["crater", "tawahi", "mualla"]]),
        V("Strike", agent=["coalition"], target=["houthis"], place=[["anad", "lahij"]], date="2015-07-17",
          trigger="غارات"),
    ],
))

# ---------------------------------------------------------------- Syria, Kobani (2015-01-27, a Tuesday)
DOCS.append(dict(
    id="t4-sy-kobani", published="2015-01-27",
    text="""بيروت - أ ف ب:

أعلنت «وحدات حماية الشعب» الكردية، أمس الاثنين، طرد مسلحي تنظيم «الدولة الإسلامية» بالكامل من مدينة عين العرب (كوباني) الواقعة في ريف حلب الشمالي على الحدود مع تركيا، بعد أكثر من أربعة أشهر من معارك تحولت إلى رمز للحرب على التنظيم في شمال سوريا.

وقال المتحدث باسم الوحدات، شيرزاد كمال أحمد، لوكالة فرانس برس إن «المقاتلين رفعوا علم الوحدات على تلة مشتة نور المطلة على المدينة»، مضيفا أن «فرق الهندسة تعمل الآن على تفكيك العبوات التي زرعها الدواعش في الشوارع والمنازل».

وأكد المرصد السوري لحقوق الإنسان أن المقاتلين الأكراد، «مدعومين بغارات التحالف الدولي بقيادة الولايات المتحدة، سيطروا على كامل كوباني»، ونقل مديره رامي عبد الرحمن عن مصادر ميدانية قولها إن «عناصر التنظيم انسحبوا نحو القرى الواقعة في ريف المدينة الشرقي».
وأحصى المرصد مقتل أكثر من 1600 شخص منذ بدء التنظيم هجومه على المدينة في 16 سبتمبر/أيلول الماضي، بينهم نحو ألف من مسلحيه.

وقال الرئيس المشترك لحزب الاتحاد الديمقراطي، الذي تعد الوحدات جناحه العسكري، صالح مسلم، إن «تحرير كوباني "هزيمة كبرى" لمشروع الإرهاب، لكنه ليس نهاية الحرب».

وكانت قوات البيشمركة التابعة لحكومة إقليم كردستان العراق قد دخلت المدينة عبر الأراضي التركية أواخر أكتوبر/تشرين الأول الماضي لمساندة المقاتلين الأكراد بالمدفعية.

وفي واشنطن، قال متحدث باسم القيادة المركزية الأمريكية إن مقاتلات التحالف نفذت 17 غارة على مواقع للتنظيم قرب كوباني خلال الساعات الـ24 الماضية، ليرتفع عدد الغارات على محيط المدينة إلى أكثر من 700 منذ أواخر سبتمبر.

وفي أنقرة، قال رئيس الوزراء التركي أحمد داود أوغلو إن تركيا «ستواصل استقبال الفارين من المدينة وتقديم المساعدات لهم»، داعيا إلى «حل شامل يضع حدا لمأساة الشعب السوري».""",
    entities=[
        E("afp", "Organization", ["أ ف ب", "فرانس برس"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("ypg", "Organization", ["وحدات حماية الشعب", "الوحدات"], "People's Protection Units (YPG)",
          sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "التنظيم", "الدواعش"], "Islamic State",
          sub="ArmedGroup"),
        E("kobani", "Place", ["مدينة عين العرب", "عين العرب", "كوباني", "المدينة"], "Kobani", sub="City"),
        E("aleppo", "Place", ["ريف حلب الشمالي", "حلب"], "Aleppo Governorate", sub="Region"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("syria", "Place", ["شمال سوريا", "سوريا"], "Syria", qid="Q858", sub="Country"),
        E("spokesman", "Person", ["شيرزاد كمال أحمد"], "Shirzad Kamal Ahmad"),
        E("hill", "Place", ["تلة مشتة نور"], "Mishtenur hill"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "International coalition against IS",
          sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("rami", "Person", ["رامي عبد الرحمن"], "Rami Abdel Rahman"),
        E("pyd", "Organization", ["حزب الاتحاد الديمقراطي"], "Democratic Union Party (PYD)",
          sub="PoliticalOrganization"),
        E("muslim", "Person", ["صالح مسلم"], "Salih Muslim"),
        E("peshmerga", "Organization", ["قوات البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("krg", "Organization", ["حكومة إقليم كردستان العراق"], "Kurdistan Regional Government",
          sub="GovernmentBody"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("centcom", "Organization", ["القيادة المركزية الأمريكية"], "United States Central Command",
          sub="ArmedForce"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("davutoglu", "Person", ["أحمد داود أوغلو"], "Ahmet Davutoglu"),
    ],
    relations=[
        R("locatedIn", "kobani", "aleppo"),
        R("locatedIn", "kobani", "syria", opt=True),
        R("locatedIn", "aleppo", "syria", opt=True),
        R("spokespersonOf", "spokesman", "ypg"),
        R("locatedIn", "hill", "kobani", opt=True),
        R("leaderOf", "us", "coalition"),
        R("memberOf", "us", "coalition", opt=True),
        R("leaderOf", "rami", "sohr"),
        R("leaderOf", "muslim", "pyd"),
        R("partOf", "ypg", "pyd"),
        R("partOf", "peshmerga", "krg"),
        R("leaderOf", "davutoglu", "turkey"),
        R("positionIn", "davutoglu", "turkey", opt=True),
        R("partOf", "centcom", "us", opt=True),
    ],
    events=[
        # IS driven out of the city (announced Monday)
        V("Attack", agent=["ypg"], target=["isis"], place=["kobani"], date="2015-01", trigger="طرد"),
        V("Attack", opt=True, agent=["ypg"], date="2015-01-26"),
        V("Attack", opt=True, agent=["coalition"]),
        # the IS assault since 16 September and its toll (no agent given for the deaths)
        V("Attack", agent=["isis"], place=["kobani"], date="2014-09-16", trigger="هجومه"),
        V("Killing", opt=True, place=["kobani"]),
        # coalition strikes in the last 24 hours, and since September
        V("Strike", agent=["coalition"], target=["isis"], place=["kobani"], date="2015-01", trigger="غارة"),
        V("Strike", opt=True, agent=["coalition"], place=["kobani"], date="2014-09"),
    ],
))

# ---------------------------------------------------------------- Russia, St Petersburg (2015-06-19, a Friday)
DOCS.append(dict(
    id="t4-sa-russia", published="2015-06-19",
    text="""سان بطرسبرغ - «الرياض»:

أجرى ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان، أمس الخميس، مباحثات مع الرئيس الروسي فلاديمير بوتين في مدينة سان بطرسبرغ، تناولت «العلاقات الثنائية وسبل تعزيزها، إضافة إلى تطورات الأوضاع في المنطقة، ولا سيما في اليمن وسوريا»، بحسب ما أوردته وكالة الأنباء السعودية.

ونقلت الوكالة عن بوتين قوله خلال اللقاء إن روسيا «تلقت بتقدير دعوة خادم الحرمين الشريفين لزيارة المملكة»، وإنه «قبل الدعوة»، فيما نقل ولي ولي العهد إلى الرئيس الروسي تحيات الملك سلمان بن عبد العزيز وتمنياته لروسيا وشعبها بالتقدم والازدهار.

وشهد الجانبان توقيع ست اتفاقيات، من بينها اتفاقية للتعاون في مجال الاستخدامات السلمية للطاقة النووية، وقعها عن الجانب السعودي رئيس مدينة الملك عبد الله للطاقة الذرية والمتجددة هاشم بن عبد الله يماني، وعن الجانب الروسي رئيس المؤسسة الحكومية للطاقة الذرية «روساتوم» سيرغي كيرينكو.

وحضر المباحثات وزير الخارجية عادل الجبير ووزير البترول والثروة المعدنية علي النعيمي.

وكان ولي ولي العهد قد وصل إلى سان بطرسبرغ مساء الأربعاء قادما من باريس، وكان في استقباله لدى وصوله إلى مطار بولكوفو الدولي نائب وزير الخارجية الروسي ميخائيل بوغدانوف وسفير خادم الحرمين الشريفين لدى روسيا.

والتقى الأمير محمد بن سلمان في وقت لاحق أمس رئيس صندوق الاستثمار المباشر الروسي كيريل دميترييف، وبحث معه «فرص الاستثمار المشترك بين البلدين»، على ما أفادت مصادر في الوفد المرافق لـ«الرياض»، مضيفة أن الجانبين «اتفقا على مواصلة المشاورات خلال الأشهر المقبلة».""",
    entities=[
        E("stpete", "Place", ["سان بطرسبرغ", "مدينة سان بطرسبرغ"], "Saint Petersburg", qid="Q656", sub="City"),
        E("riyadh_paper", "Organization", ["الرياض"], "Al Riyadh (newspaper)", sub="MediaOrganization", opt=True),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Saudi Arabia)", sub="GovernmentBody"),
        E("putin", "Person", ["فلاديمير بوتين", "بوتين"], "Vladimir Putin", qid="Q7747"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("spa", "Organization", ["وكالة الأنباء السعودية", "الوكالة"], "Saudi Press Agency",
          sub="MediaOrganization", opt=True),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country"),
        E("ksa", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "King Salman bin Abdulaziz"),
        E("kacare", "Organization", ["مدينة الملك عبد الله للطاقة الذرية والمتجددة"],
          "King Abdullah City for Atomic and Renewable Energy", sub="GovernmentBody"),
        E("yamani", "Person", ["هاشم بن عبد الله يماني"], "Hashim bin Abdullah Yamani"),
        E("rosatom", "Organization", ["المؤسسة الحكومية للطاقة الذرية", "روساتوم"], "Rosatom"),
        E("kiriyenko", "Person", ["سيرغي كيرينكو"], "Sergei Kiriyenko"),
        E("jubeir", "Person", ["عادل الجبير"], "Adel al-Jubeir"),
        E("naimi", "Person", ["علي النعيمي"], "Ali al-Naimi"),
        E("paris", "Place", ["باريس"], "Paris", qid="Q90", sub="City"),
        E("pulkovo", "Place", ["مطار بولكوفو الدولي"], "Pulkovo Airport"),
        E("bogdanov", "Person", ["ميخائيل بوغدانوف"], "Mikhail Bogdanov"),
        E("rdif", "Organization", ["صندوق الاستثمار المباشر الروسي"], "Russian Direct Investment Fund"),
        E("dmitriev", "Person", ["كيريل دميترييف"], "Kirill Dmitriev"),
    ],
    relations=[
        R("positionIn", "mbs", "cabinet"),
        R("positionIn", "mbs", "ksa", opt=True),
        R("leaderOf", "putin", "russia"),
        R("leaderOf", "salman", "ksa", opt=True),
        R("leaderOf", "yamani", "kacare"),
        R("leaderOf", "kiriyenko", "rosatom"),
        R("positionIn", "jubeir", "ksa", opt=True),
        R("positionIn", "naimi", "ksa", opt=True),
        R("positionIn", "bogdanov", "russia"),
        R("locatedIn", "pulkovo", "stpete", opt=True),
        R("locatedIn", "stpete", "russia", opt=True),
        R("leaderOf", "dmitriev", "rdif"),
        R("affiliatedWith", "rdif", "russia", opt=True),
        R("affiliatedWith", "rosatom", "russia", opt=True),
    ],
    events=[
        V("Meeting", agent=["mbs", "putin"], place=["stpete"], date="2015-06-18", trigger="مباحثات"),
        V("Meeting", opt=True, agent=["jubeir", "naimi", "yamani", "kiriyenko"]),
        V("Visit", agent=["mbs"], place=[["pulkovo", "stpete"]], date="2015-06-17", trigger="وصل"),
        V("Meeting", opt=True, agent=["mbs", "bogdanov"], place=[["pulkovo", "stpete"]], date="2015-06-17"),
        V("Meeting", agent=["mbs", "dmitriev"], place=["stpete"], date="2015-06-18", trigger="التقى"),
        # an invitation accepted: Putin to visit the kingdom (a future visit, not scored)
    ],
))

# ---------------------------------------------------------------- Iraq, Tikrit (2015-04-01, a Wednesday)
DOCS.append(dict(
    id="t4-iq-tikrit", published="2015-04-01",
    text="""بغداد، تكريت - «الحياة»:

أعلن رئيس الوزراء العراقي حيدر العبادي، أمس الثلاثاء، «تحرير» مدينة تكريت، مركز محافظة صلاح الدين، من قبضة تنظيم «داعش»، بعد نحو شهر على انطلاق عملية «لبيك يا رسول الله» في الثاني من مارس/آذار الماضي، والتي شاركت فيها قوات الجيش العراقي والشرطة وفصائل «الحشد الشعبي» ومقاتلو العشائر.

ووصل العبادي إلى المدينة ظهر أمس، يرافقه وزير الدفاع خالد العبيدي وقادة عسكريون، وتجول في شوارعها رافعا العلم العراقي أمام مبنى المحافظة، بحسب صور بثها التلفزيون الرسمي.

وقال الناطق باسم «الحشد الشعبي» مهدي صالح الحسناوي لـ«الحياة» إن «القوات المشتركة دخلت مجمع القصور الرئاسية وسط المدينة، وإن ما تبقى من مسلحي التنظيم محاصرون في حي القادسية شمالها».

وكانت مقاتلات التحالف الدولي بقيادة الولايات المتحدة قد بدأت في 25 مارس/آذار شن غارات على مواقع التنظيم داخل تكريت بطلب من الحكومة العراقية، ما دفع فصائل في الحشد إلى تعليق مشاركتها احتجاجا.
وقال الأمين العام لمنظمة بدر هادي العامري، الذي قاد المحور الشرقي للعملية، في تصريح متلفز، إن «المشاركة الأمريكية لم تكن ضرورية»، مضيفا: «قلت لهم منذ البداية: "سنحرر تكريت بسواعد أبنائنا"».

وكان قائد «فيلق القدس» في الحرس الثوري الإيراني قاسم سليماني قد ظهر في صور تداولتها مواقع إيرانية على جبهة تكريت مطلع الشهر الماضي.

من جهته، قال محافظ صلاح الدين قاسم محمد السامرائي لـ«الحياة» إن «نحو 30 ألف عائلة نزحت من المدينة، وعودتها مرهونة برفع العبوات الناسفة التي زرعها التنظيم في المنازل والطرقات».

ويذكر أن التنظيم أعدم في يونيو/حزيران من العام الماضي مئات المجندين الذين أسرهم في قاعدة سبايكر الجوية شمال تكريت، في واحدة من أبشع المجازر التي ارتكبها منذ اجتياحه مناطق واسعة في شمال العراق وغربه.""",
    entities=[
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("tikrit", "Place", ["مدينة تكريت", "تكريت", "المدينة"], "Tikrit", sub="City"),
        E("abadi", "Person", ["حيدر العبادي", "العبادي"], "Haider al-Abadi"),
        E("salahuddin", "Place", ["محافظة صلاح الدين", "صلاح الدين"], "Saladin Governorate", sub="Region"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("hashd", "Organization", ["الحشد الشعبي", "الحشد"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("obeidi", "Person", ["خالد العبيدي"], "Khalid al-Obeidi"),
        E("hasnawi", "Person", ["مهدي صالح الحسناوي"], "Mahdi Salih al-Hasnawi"),
        E("palaces", "Place", ["مجمع القصور الرئاسية"], "Presidential palaces complex (Tikrit)"),
        E("qadisiya", "Place", ["حي القادسية"], "al-Qadisiya district (Tikrit)", sub="Region"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition against IS", sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("gov", "Organization", ["الحكومة العراقية"], "Government of Iraq", sub="GovernmentBody"),
        E("badr", "Organization", ["منظمة بدر"], "Badr Organization", sub="ArmedGroup"),
        E("amiri", "Person", ["هادي العامري"], "Hadi al-Amiri"),
        E("quds", "Organization", ["فيلق القدس"], "Quds Force", sub="ArmedForce"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("soleimani", "Person", ["قاسم سليماني"], "Qasem Soleimani"),
        E("samarrai", "Person", ["قاسم محمد السامرائي"], "Qasim Muhammad al-Samarrai"),
        E("speicher", "Place", ["قاعدة سبايكر الجوية"], "Camp Speicher"),
        E("iraq", "Place", ["شمال العراق", "العراق"], "Iraq", qid="Q796", sub="Country"),
    ],
    relations=[
        R("locatedIn", "tikrit", "salahuddin"),
        R("leaderOf", "abadi", "iraq"),
        R("leaderOf", "abadi", "gov", opt=True),
        R("positionIn", "obeidi", "iraq", opt=True),
        R("spokespersonOf", "hasnawi", "hashd"),
        R("locatedIn", "palaces", "tikrit"),
        R("locatedIn", "qadisiya", "tikrit"),
        R("leaderOf", "us", "coalition"),
        R("memberOf", "us", "coalition", opt=True),
        R("positionIn", "amiri", "badr"),
        R("leaderOf", "amiri", "badr", opt=True),
        R("leaderOf", "soleimani", "quds"),
        R("partOf", "quds", "irgc"),
        R("leaderOf", "samarrai", "salahuddin"),
        R("positionIn", "samarrai", "salahuddin", opt=True),
        R("locatedIn", "speicher", "tikrit", opt=True),
        R("locatedIn", "tikrit", "iraq", opt=True),
        R("partOf", "badr", "hashd", opt=True),
    ],
    events=[
        V("MilitaryOperation", name="لبيك يا رسول الله", agent=["army", "hashd"], target=["isis"],
          place=[["tikrit", "salahuddin"]], date="2015-03-02", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["coalition"], date="2015-03"),
        V("Visit", agent=["abadi", "obeidi"], place=["tikrit"], date="2015-03-31", trigger="وصل"),
        V("Strike", agent=["coalition"], target=["isis"], place=["tikrit"], date="2015-03-25", trigger="غارات"),
        V("Visit", opt=True, agent=["soleimani"], place=["tikrit"], date="2015-03"),
        # the Speicher massacre recalled
        V("Killing", agent=["isis"], place=["speicher"], date="2014-06", trigger="أعدم"),
        V("Killing", opt=True, place=[["speicher", "tikrit"]]),
        V("Arrest", opt=True, agent=["isis"], place=["speicher"], date="2014-06"),
    ],
))

# ---------------------------------------------------------------- Syria, Palmyra (2015-05-21, a Thursday)
DOCS.append(dict(
    id="t4-sy-palmyra", published="2015-05-21",
    text="""بيروت - «الشرق الأوسط»:

سيطر تنظيم «داعش»، ليل الأربعاء، على مدينة تدمر الأثرية في ريف حمص الشرقي وسط سوريا، بعد انسحاب قوات النظام السوري منها إثر معارك استمرت ثمانية أيام، ليصبح التنظيم مسيطرا، بحسب المرصد السوري لحقوق الإنسان، على أكثر من نصف مساحة البلاد.

ونقل المرصد عن ناشطين في المدينة أن مسلحي التنظيم «انتشروا في كل أرجائها، بما فيها المنطقة الأثرية والسجن المركزي والمطار العسكري»، فيما نشرت حسابات مؤيدة للتنظيم صورا لمقاتليه أمام قلعة المدينة.

وقال مدير المرصد رامي عبد الرحمن لـ«الشرق الأوسط» إن «عناصر التنظيم أعدموا منذ الأحد ما لا يقل عن 26 مدنيا في قرية العامرية شمال المدينة، بتهمة التعاون مع النظام»، مضيفا أن «أهالي القرية أكدوا أن بعض الضحايا قُطعت رؤوسهم أمام ذويهم».

في المقابل، ذكرت وكالة الأنباء السورية الرسمية (سانا) أن «وحدات الجيش نقلت غالبية سكان المدينة إلى أماكن آمنة» قبل انسحابها، فيما شنت مقاتلات سلاح الجو السوري، أمس، غارات على مواقع التنظيم في محيط تدمر.

وعبر مدير المديرية العامة للآثار والمتاحف في سوريا مأمون عبد الكريم عن خشيته على آثار المدينة، وقال: «نقلنا مئات التماثيل إلى دمشق، لكن لا يمكننا أن ننقل المعابد والأعمدة».
ودعت المديرة العامة لمنظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو) إيرينا بوكوفا إلى «وقف فوري للأعمال القتالية» في تدمر المدرجة على لائحة التراث العالمي.

وكان التنظيم قد جرف في مارس/آذار الماضي مدينة نمرود الأثرية في العراق، ونشر تسجيلا مصورا لعناصره وهم يحطمون تماثيل في متحف مدينة الموصل.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("palmyra", "Place", ["مدينة تدمر", "تدمر", "المدينة"], "Palmyra", sub="City"),
        E("homs", "Place", ["ريف حمص الشرقي"], "Homs Governorate", sub="Region"),
        E("syria", "Place", ["وسط سوريا", "سوريا", "البلاد"], "Syria", qid="Q858", sub="Country"),
        E("regime", "Organization", ["قوات النظام السوري", "الجيش"], "Syrian Arab Army", sub="ArmedForce"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights"),
        E("rami", "Person", ["رامي عبد الرحمن"], "Rami Abdel Rahman"),
        E("amiriya", "Place", ["قرية العامرية", "القرية"], "al-Amiriya (Palmyra)", sub="City"),
        E("sana", "Organization", ["وكالة الأنباء السورية", "سانا"], "SANA", sub="MediaOrganization", opt=True),
        E("airforce", "Organization", ["سلاح الجو السوري"], "Syrian Air Force", sub="ArmedForce"),
        E("dgam", "Organization", ["المديرية العامة للآثار والمتاحف"], "Directorate-General of Antiquities and Museums",
          sub="GovernmentBody"),
        E("abdulkarim", "Person", ["مأمون عبد الكريم"], "Maamoun Abdulkarim"),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("unesco", "Organization", ["منظمة الأمم المتحدة للتربية والعلم والثقافة", "يونسكو"], "UNESCO",
          qid="Q7809"),
        E("bokova", "Person", ["إيرينا بوكوفا"], "Irina Bokova"),
        E("nimrud", "Place", ["مدينة نمرود", "نمرود"], "Nimrud", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("mosul", "Place", ["مدينة الموصل"], "Mosul", sub="City"),
    ],
    relations=[
        R("locatedIn", "palmyra", "homs"),
        R("locatedIn", "homs", "syria"),
        R("locatedIn", "palmyra", "syria", opt=True),
        R("leaderOf", "rami", "sohr"),
        R("locatedIn", "amiriya", "palmyra", opt=True),
        R("partOf", "airforce", "regime", opt=True),
        R("leaderOf", "abdulkarim", "dgam"),
        R("leaderOf", "bokova", "unesco"),
        R("locatedIn", "nimrud", "iraq"),
        R("locatedIn", "mosul", "iraq", opt=True),
    ],
    events=[
        # the city taken on Wednesday night after eight days of fighting
        V("Attack", agent=["isis"], target=["regime"], place=[["palmyra", "homs", "syria"]], date="2015-05-20",
          trigger="سيطر"),
        V("Attack", opt=True, agent=["isis"], date="2015-05"),
        V("Killing", agent=["isis"], place=[["amiriya", "palmyra"]], date="2015-05", trigger="أعدموا"),
        V("Strike", agent=["airforce"], target=["isis"], place=["palmyra"], date="2015-05-20", trigger="غارات"),
        V("Strike", opt=True, agent=["regime"]),
        # Nimrud bulldozed in March
        V("Attack", agent=["isis"], target=["nimrud"], place=[["nimrud", "iraq"]], date="2015-03", trigger="جرف"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal (2014-08-05, a Tuesday)
DOCS.append(dict(
    id="t4-lb-arsal", published="2014-08-05",
    text="""عرسال (لبنان) - «الحياة»:

تواصلت، أمس الاثنين، لليوم الثالث على التوالي، المواجهات بين الجيش اللبناني ومسلحين من «جبهة النصرة» وتنظيم «الدولة الإسلامية» (داعش) في بلدة عرسال الحدودية مع سوريا في البقاع الشمالي، وسط معلومات عن مقتل 14 عسكريا وفقدان 22 آخرين يرجح أن يكون المسلحون قد أسروهم.

وكان المسلحون قد شنوا، ظهر السبت، هجوما على مراكز الجيش ومخفر قوى الأمن الداخلي في البلدة، إثر توقيف الجيش عند حاجز على مدخلها القيادي في «لواء فجر الإسلام» السوري أحمد سليم المحمد، الذي كان قد بايع تنظيم «داعش» قبل أيام.

وقال قائد الجيش العماد جان قهوجي، في مؤتمر صحافي عقده في وزارة الدفاع في اليرزة، إن «ما حصل في عرسال عمل مخطط له مسبقا»، مؤكدا أن الجيش «لن يسمح بأن تتحول البلدة إلى بؤرة للإرهاب، ولن يساوم على دماء شهدائه».

وقصفت مدفعية الجيش، طوال نهار أمس، مواقع المسلحين في جرود البلدة، فيما أعلنت «هيئة العلماء المسلمين» أن وفدا منها دخل عرسال مساء أمس «في محاولة للتوصل إلى وقف لإطلاق النار يسمح بإخراج الجرحى والمدنيين».

وترأس رئيس الحكومة اللبنانية تمام سلام، أمس، اجتماعا لخلية الأزمة في السراي الحكومي في بيروت حضره قهوجي ووزيرا الدفاع والداخلية، وقال بعده إن «لبنان يتعرض لاعتداء موصوف من جماعات إرهابية تكفيرية»، داعيا إلى «الوقوف صفا واحدا خلف الجيش».

ونقلت الوكالة الوطنية للإعلام عن مصادر طبية في البلدة أن «عشرات المدنيين قُتلوا أو جُرحوا جراء القصف وتبادل النار»، في حين قال ناشط من عرسال يدعى خالد حسين الحجيري لـ«الحياة» إن «الأهالي محاصرون في منازلهم منذ ثلاثة أيام، ولا يجرؤون على الخروج».""",
    entities=[
        E("arsal", "Place", ["بلدة عرسال", "عرسال", "البلدة"], "Arsal", sub="City"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "داعش"], "Islamic State", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("bekaa", "Place", ["البقاع الشمالي"], "Northern Bekaa", sub="Region"),
        E("isf", "Organization", ["قوى الأمن الداخلي"], "Internal Security Forces (Lebanon)", sub="ArmedForce"),
        E("liwa", "Organization", ["لواء فجر الإسلام"], "Liwa Fajr al-Islam", sub="ArmedGroup"),
        E("mohammad", "Person", ["أحمد سليم المحمد"], "Ahmad Salim al-Muhammad"),
        E("kahwaji", "Person", ["جان قهوجي", "قهوجي"], "Jean Kahwaji"),
        E("mod", "Organization", ["وزارة الدفاع"], "Ministry of National Defence (Lebanon)", sub="GovernmentBody",
          opt=True),
        E("yarzeh", "Place", ["اليرزة"], "Yarzeh", sub="City"),
        E("ulema", "Organization", ["هيئة العلماء المسلمين"], "Association of Muslim Scholars (Lebanon)"),
        E("gov", "Organization", ["الحكومة اللبنانية"], "Government of Lebanon", sub="GovernmentBody"),
        E("salam", "Person", ["تمام سلام"], "Tammam Salam"),
        E("serail", "Place", ["السراي الحكومي"], "Grand Serail"),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency (Lebanon)",
          sub="MediaOrganization", opt=True),
        E("hujairi", "Person", ["خالد حسين الحجيري"], "Khalid Husain al-Hujairi"),
    ],
    relations=[
        R("locatedIn", "arsal", "lebanon", opt=True),
        R("locatedIn", "arsal", "bekaa"),
        R("locatedIn", "isf", "arsal", opt=True),
        R("memberOf", "mohammad", "liwa"),
        R("affiliatedWith", "mohammad", "isis"),
        R("leaderOf", "kahwaji", "army"),
        R("locatedIn", "mod", "yarzeh", opt=True),
        R("leaderOf", "salam", "gov"),
        R("leaderOf", "salam", "lebanon", opt=True),
        R("locatedIn", "serail", "beirut"),
        R("locatedIn", "bekaa", "lebanon", opt=True),
    ],
    events=[
        # Saturday's attack on army and police posts, the arrest that set it off
        V("Attack", agent=["nusra", "isis"], target=["army", "isf"], place=["arsal"], date="2014-08-02",
          trigger="هجوما"),
        V("Arrest", agent=["army"], target=["mohammad"], place=["arsal"], date="2014-08-02", trigger="توقيف"),
        # the soldiers' deaths and the missing, told without an agent
        V("Killing", target=["army"], place=["arsal"], date="2014-08", trigger="مقتل"),
        V("Killing", opt=True, agent=["nusra", "isis"]),
        V("Arrest", opt=True, agent=["nusra", "isis"], target=["army"], place=["arsal"], date="2014-08"),
        V("Attack", opt=True, agent=["army"], target=["nusra", "isis"], place=["arsal"], date="2014-08-04"),
        # Monday's shelling of the outskirts
        V("Strike", agent=["army"], place=["arsal"], date="2014-08-04", trigger="قصفت"),
        V("Strike", opt=True, target=["nusra", "isis"]),
        V("Visit", agent=["ulema"], place=["arsal"], date="2014-08-04", trigger="دخل"),
        V("Meeting", agent=["salam", "kahwaji"], place=[["serail", "beirut"]], date="2014-08-04",
          trigger="اجتماعا"),
        V("Killing", opt=True, place=["arsal"], date="2014-08"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, a cell arrested (2016-04-30, a Saturday)
DOCS.append(dict(
    id="t4-sa-cell", published="2016-04-30",
    text="""الرياض - «الوطن»:

أعلن المتحدث الأمني لوزارة الداخلية، أمس الجمعة، أن الجهات الأمنية تمكنت من القبض على خمسة أشخاص، بينهم مقيم يمني، يشكلون خلية «مرتبطة بتنظيم داعش الإرهابي في الخارج»، وذلك في عملية أمنية نُفذت فجر الأربعاء الماضي في حي الريان بمدينة بريدة في منطقة القصيم، وأخرى متزامنة في حي السويدي بمدينة الرياض.

وأوضح في بيان بثته وكالة الأنباء السعودية (واس) أن «التحقيقات الأولية أثبتت تورط أفراد الخلية في مقتل الرقيب في قوة الطوارئ الخاصة بدر محمد الرشيدي، الذي استشهد برصاص مجهولين أثناء توجهه إلى عمله في محافظة الدوادمي في مارس/آذار الماضي»، إضافة إلى «رصد مواقع أمنية ومساجد في المنطقة الشرقية تمهيدا لاستهدافها».

وأشار البيان إلى أن أحد الموقوفين، ويدعى عبد العزيز سعد الحربي (28 عاما)، «سبق أن أوقف عام 2014 لمحاولته السفر إلى سوريا للقتال في صفوف التنظيم، وأُفرج عنه بعد انقضاء محكوميته وإلحاقه ببرنامج المناصحة».

وأضاف المتحدث أن قائد الخلية، ويكنى «أبو عمر الشمالي»، «كان يتلقى التعليمات عبر تطبيقات التواصل من قيادي في التنظيم يقيم في مدينة الرقة السورية يدعى "أبو حفص الجزراوي"، وهو الذي زوده بمبالغ مالية لشراء الأسلحة»، مؤكدا أن الأجهزة الأمنية ضبطت في الموقعين «أحزمة ناسفة معدة للاستخدام ورشاشات وذخائر».

واستقبل ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الأمير محمد بن نايف، في مكتبه بالرياض أمس، ذوي الرقيب الرشيدي، وقدم لهم التعازي، مؤكدا، بحسب «واس»، أن «دماء رجال الأمن لن تذهب هدرا».

ويأتي الإعلان بعد نحو تسعة أشهر من التفجير الانتحاري الذي استهدف مسجد قوات الطوارئ الخاصة في مدينة أبها بمنطقة عسير في أغسطس/آب من العام الماضي، وأودى بحياة 15 شخصا معظمهم من منسوبي القوات، وتبناه التنظيم في بيان باسم «ولاية الحجاز».""",
    entities=[
        E("riyadh", "Place", ["مدينة الرياض", "الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("watan", "Organization", ["الوطن"], "Al-Watan (Saudi newspaper)", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Saudi Arabia)", sub="GovernmentBody"),
        E("isis", "Organization", ["تنظيم داعش", "داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("rayyan", "Place", ["حي الريان"], "al-Rayyan district (Buraidah)", sub="Region"),
        E("buraidah", "Place", ["مدينة بريدة", "بريدة"], "Buraidah", sub="City"),
        E("qassim", "Place", ["منطقة القصيم", "القصيم"], "Qassim Region", sub="Region"),
        E("suwaidi", "Place", ["حي السويدي"], "al-Suwaidi district (Riyadh)", sub="Region"),
        E("spa", "Organization", ["وكالة الأنباء السعودية", "واس"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
        E("sef", "Organization", ["قوة الطوارئ الخاصة", "قوات الطوارئ الخاصة", "القوات"], "Special Emergency Forces",
          sub="ArmedForce"),
        E("rashidi", "Person", ["بدر محمد الرشيدي", "الرشيدي"], "Badr Muhammad al-Rashidi"),
        E("dawadmi", "Place", ["محافظة الدوادمي", "الدوادمي"], "al-Duwadimi Governorate", sub="Region"),
        E("eastern", "Place", ["المنطقة الشرقية"], "Eastern Province (Saudi Arabia)", sub="Region"),
        E("harbi", "Person", ["عبد العزيز سعد الحربي"], "Abd al-Aziz Saad al-Harbi"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("shamali", "Person", ["أبو عمر الشمالي"], "Abu Umar al-Shamali"),
        E("raqqa", "Place", ["مدينة الرقة", "الرقة"], "Raqqa", sub="City"),
        E("jazrawi", "Person", ["أبو حفص الجزراوي"], "Abu Hafs al-Jazrawi"),
        E("mbn", "Person", ["محمد بن نايف"], "Muhammad bin Nayef"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Saudi Arabia)", sub="GovernmentBody"),
        E("sef_mosque", "Place", ["مسجد قوات الطوارئ الخاصة"], "Special Emergency Forces mosque (Abha)"),
        E("abha", "Place", ["مدينة أبها", "أبها"], "Abha", sub="City"),
        E("asir", "Place", ["منطقة عسير", "عسير"], "Asir Region", sub="Region"),
        E("hijaz", "Organization", ["ولاية الحجاز"], "Islamic State - Hijaz Province", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "rayyan", "buraidah"),
        R("locatedIn", "buraidah", "qassim"),
        R("locatedIn", "rayyan", "qassim", opt=True),
        R("locatedIn", "suwaidi", "riyadh"),
        R("memberOf", "rashidi", "sef"),
        R("affiliatedWith", "harbi", "isis", opt=True),
        R("affiliatedWith", "shamali", "isis", opt=True),
        R("memberOf", "jazrawi", "isis"),
        R("locatedIn", "raqqa", "syria"),
        R("positionIn", "mbn", "cabinet"),
        R("leaderOf", "mbn", "moi", opt=True),
        R("positionIn", "mbn", "moi", opt=True),
        R("locatedIn", "sef_mosque", "abha"),
        R("locatedIn", "abha", "asir"),
        R("locatedIn", "sef_mosque", "asir", opt=True),
        R("partOf", "hijaz", "isis"),
    ],
    events=[
        # Wednesday's raids in Buraidah and Riyadh
        V("Arrest", target=["harbi"], place=[["rayyan", "buraidah", "qassim"], ["suwaidi", "riyadh"]],
          date="2016-04-27", trigger="القبض"),
        V("Arrest", opt=True, agent=["moi"], target=["shamali"]),
        # the sergeant shot by unknown gunmen in March; the cell is only accused
        V("Killing", target=["rashidi"], place=["dawadmi"], date="2016-03", trigger="مقتل"),
        V("Attack", opt=True, target=["rashidi"], place=["dawadmi"], date="2016-03"),
        # al-Harbi's first arrest
        V("Arrest", target=["harbi"], date="2014", trigger="أوقف"),
        V("Meeting", agent=["mbn"], place=["riyadh"], date="2016-04-29", trigger="استقبل"),
        # the Abha mosque bombing, claimed by IS as «ولاية الحجاز»
        V("Attack", agent=[["isis", "hijaz"]], target=["sef_mosque"], place=[["sef_mosque", "abha", "asir"]],
          date="2015-08", trigger="التفجير الانتحاري"),
        V("Killing", agent=[["isis", "hijaz"]], place=[["sef_mosque", "abha", "asir"]], date="2015-08",
          trigger="أودى بحياة"),
        V("Killing", opt=True, target=["sef"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Taiz and the border (2016-03-12, a Saturday)
DOCS.append(dict(
    id="t4-ye-taiz", published="2016-03-12",
    text="""تعز، جازان - «عكاظ»:

تمكنت قوات الجيش الوطني والمقاومة الشعبية، أمس الجمعة، من كسر الحصار الذي تفرضه ميليشيات الحوثيين وقوات المخلوع صالح على مدينة تعز منذ قرابة عشرة أشهر، بعد سيطرتها على منطقة الضباب والمنفذ الغربي للمدينة، بإسناد من طيران التحالف العربي بقيادة المملكة.

وقال قائد المقاومة الشعبية في تعز، عبد الحكيم سعيد القدسي، لـ«عكاظ» إن «أول قافلة محملة بالمواد الغذائية والأدوية دخلت المدينة عصر أمس»، مضيفا أن «المعارك أسفرت عن مقتل 23 من عناصر الميليشيات وسبعة من أفراد المقاومة».

وأكد المتحدث باسم قوات التحالف العميد ركن أحمد عسيري أن مقاتلات التحالف شنت، أمس، 14 غارة على مواقع للحوثيين في جبل الوعش ومحيط القصر الجمهوري شرق تعز، موضحا أن «العمليات تهدف إلى تأمين وصول المساعدات الإنسانية إلى السكان المحاصرين».

في المقابل، قصفت الميليشيات بصواريخ الكاتيوشا أحياء سكنية في وسط المدينة، ما أدى إلى مقتل أربعة مدنيين بينهم طفلان، بحسب مصدر طبي في مستشفى الثورة.

وعلى الحدود الجنوبية للمملكة، أعلنت قيادة قوات التحالف أن القوات البرية السعودية تصدت، ليل الخميس، لمحاولة تسلل عناصر من الميليشيات إلى محافظة الطوال في منطقة جازان، وقتلت عددا منهم، مشيرة إلى أن «المتسللين استخدموا قذائف الهاون لتغطية تقدمهم».

وفي مأرب، أفادت مصادر عسكرية بأن قوات الجيش الوطني تقدمت في مديرية صرواح غرب المحافظة وسيطرت على مواقع استراتيجية في سلسلة جبال هيلان.

وأجرى الرئيس اليمني عبد ربه منصور هادي، أمس، اتصالا هاتفيا بمحافظ تعز علي أحمد الصبري، هنأه فيه بـ«الانتصار»، ووجه بـ«سرعة إعادة تشغيل المستشفيات والمدارس في المدينة».""",
    entities=[
        E("taiz", "Place", ["مدينة تعز", "تعز", "المدينة"], "Taiz", sub="City"),
        E("jazan", "Place", ["منطقة جازان", "جازان"], "Jazan Region", sub="Region"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش الوطني"], "Yemeni National Army (pro-Hadi)", sub="ArmedForce"),
        E("resistance", "Organization", ["المقاومة الشعبية", "المقاومة"], "Popular Resistance (Taiz)",
          sub="ArmedGroup"),
        E("houthis", "Organization", ["الحوثيين"], "Houthis (Ansar Allah)", sub="ArmedGroup"),
        E("saleh_forces", "Organization", ["قوات المخلوع صالح"], "Forces loyal to Ali Abdullah Saleh",
          sub="ArmedForce"),
        E("dabab", "Place", ["منطقة الضباب", "الضباب"], "al-Dhabab (Taiz)", sub="Region"),
        E("coalition", "Organization", ["التحالف العربي", "قوات التحالف", "قيادة قوات التحالف", "التحالف"],
          "Saudi-led coalition", sub="Coalition"),
        E("ksa", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("qudsi", "Person", ["عبد الحكيم سعيد القدسي"], "Abd al-Hakim Saeed al-Qudsi"),
        E("asiri", "Person", ["أحمد عسيري"], "Ahmed Asiri"),
        E("waash", "Place", ["جبل الوعش"], "Jabal al-Waash"),
        E("palace", "Place", ["القصر الجمهوري"], "Presidential palace (Taiz)"),
        E("thawra", "Place", ["مستشفى الثورة"], "al-Thawra Hospital (Taiz)"),
        E("land", "Organization", ["القوات البرية السعودية"], "Royal Saudi Land Forces", sub="ArmedForce"),
        E("tuwal", "Place", ["محافظة الطوال", "الطوال"], "al-Tuwal Governorate", sub="Region"),
        E("marib", "Place", ["مأرب", "المحافظة"], "Marib Governorate", sub="Region"),
        E("sirwah", "Place", ["مديرية صرواح", "صرواح"], "Sirwah District", sub="Region"),
        E("hailan", "Place", ["سلسلة جبال هيلان", "جبال هيلان"], "Hailan mountains"),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi"),
        E("sabri", "Person", ["علي أحمد الصبري"], "Ali Ahmad al-Sabri"),
    ],
    relations=[
        R("leaderOf", "ksa", "coalition"),
        R("memberOf", "ksa", "coalition", opt=True),
        R("locatedIn", "dabab", "taiz", opt=True),
        R("leaderOf", "qudsi", "resistance"),
        R("spokespersonOf", "asiri", "coalition"),
        R("locatedIn", "palace", "taiz"),
        R("locatedIn", "waash", "taiz", opt=True),
        R("locatedIn", "thawra", "taiz", opt=True),
        R("locatedIn", "tuwal", "jazan"),
        R("locatedIn", "jazan", "ksa", opt=True),
        R("partOf", "land", "coalition", opt=True),
        R("locatedIn", "sirwah", "marib"),
        R("locatedIn", "hailan", "sirwah", opt=True),
        R("leaderOf", "sabri", "taiz"),
        R("positionIn", "sabri", "taiz", opt=True),
        R("affiliatedWith", "saleh_forces", "houthis", opt=True),
    ],
    events=[
        # the siege broken on Friday
        V("Attack", agent=["army", "resistance"], target=["houthis", "saleh_forces"], place=[["dabab", "taiz"]],
          date="2016-03-11", trigger="كسر الحصار"),
        V("Attack", opt=True, agent=["coalition"]),
        V("Killing", target=[["houthis", "saleh_forces"], "resistance"], place=["taiz"], date="2016-03-11",
          trigger="مقتل"),
        V("Killing", opt=True, agent=["army", "resistance", "houthis", "saleh_forces"]),
        V("Strike", agent=["coalition"], target=["houthis"], place=[["waash", "palace", "taiz"]], date="2016-03-11",
          trigger="غارة"),
        # the Katyusha fire on the city
        V("Strike", agent=[["houthis", "saleh_forces"]], place=["taiz"], trigger="قصفت"),
        V("Killing", agent=[["houthis", "saleh_forces"]], place=["taiz"], trigger="مقتل"),
        V("Strike", opt=True, date="2016-03"),
        V("Killing", opt=True, date="2016-03"),
        V("Attack", opt=True, agent=[["houthis", "saleh_forces"]], place=["taiz"]),
        # the infiltration near al-Tuwal on Thursday night
        V("Attack", agent=[["houthis", "saleh_forces"]], place=[["tuwal", "jazan"]], date="2016-03-10",
          trigger="محاولة تسلل"),
        V("Killing", agent=["land"], target=[["houthis", "saleh_forces"]], place=[["tuwal", "jazan"]],
          date="2016-03-10", trigger="قتلت"),
        V("Attack", opt=True, agent=["army"], place=[["sirwah", "marib"], "hailan"], date="2016-03"),
        V("Meeting", opt=True, agent=["hadi", "sabri"], date="2016-03-11"),
    ],
))

# ---------------------------------------------------------------- Libya, rival governments (2015-03-03, a Tuesday)
DOCS.append(dict(
    id="t4-ly-rivals", published="2015-03-03",
    text="""طرابلس، طبرق - «الشرق الأوسط»:

عين مجلس النواب الليبي المنعقد في مدينة طبرق شرقي البلاد، أمس الاثنين، اللواء خليفة حفتر قائدا عاما للجيش الليبي بعد ترقيته إلى رتبة فريق، في خطوة وصفها المؤتمر الوطني العام المنتهية ولايته في طرابلس بأنها «رصاصة الرحمة على الحوار».

وقال المتحدث باسم مجلس النواب فرج سالم العبيدي لـ«الشرق الأوسط» إن القرار «جاء استجابة لمطالب الشارع بتوحيد المؤسسة العسكرية تحت قيادة واحدة»، نافيا أن يكون «موجها ضد أي طرف سياسي».

في المقابل، نقلت قناة محلية عن رئيس «حكومة الإنقاذ الوطني» المنبثقة عن المؤتمر، عمر الحاسي، قوله إن تعيين حفتر «يؤكد ما قلناه منذ البداية: إنهم "لا يريدون دولة بل يريدون حاكما عسكريا"»، فيما توعدت قوات «فجر ليبيا» الموالية للمؤتمر بـ«الرد على أي اعتداء».

وكان سلاح الجو التابع للجيش الليبي قد شن، صباح أمس، غارتين على مطار معيتيقة في طرابلس، هو الوحيد العامل في العاصمة، ما أدى إلى تعليق الرحلات لساعات، من دون أن تسجل إصابات.

والتقى المبعوث الأممي إلى ليبيا برناردينو ليون، أمس، في مدينة البيضاء رئيس الحكومة المؤقتة عبد الله الثني، وبحث معه «ترتيبات الجولة المقبلة من الحوار»، التي يستضيفها المغرب الخميس المقبل. وقال ليون في بيان وزعته الأمم المتحدة إن «الوقت ينفد»، داعيا الأطراف إلى «تجنب أي خطوات أحادية».

وفي بنغازي، قُتل ثلاثة جنود من الجيش وأصيب ثمانية آخرون، أمس، في اشتباكات مع مقاتلي «مجلس شورى ثوار بنغازي» في محور الليثي.

من جهة أخرى، تبنى تنظيم «داعش» في ليبيا، في بيان نشر على الإنترنت، تفجيرين انتحاريين استهدفا مدينة القبة شرق البلاد في 20 فبراير/شباط الماضي، وأسفرا عن مقتل أكثر من 40 شخصا.""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة"], "Tripoli", qid="Q3579", sub="City"),
        E("tobruk", "Place", ["مدينة طبرق", "طبرق"], "Tobruk", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("hor", "Organization", ["مجلس النواب الليبي", "مجلس النواب"], "House of Representatives (Libya)",
          sub="GovernmentBody"),
        E("libya", "Place", ["ليبيا", "البلاد"], "Libya", qid="Q1016", sub="Country"),
        E("haftar", "Person", ["خليفة حفتر", "حفتر"], "Khalifa Haftar"),
        E("lna", "Organization", ["الجيش الليبي", "الجيش"], "Libyan National Army", sub="ArmedForce"),
        E("gnc", "Organization", ["المؤتمر الوطني العام", "المؤتمر"], "General National Congress",
          sub="GovernmentBody"),
        E("obeidi", "Person", ["فرج سالم العبيدي"], "Faraj Salim al-Obeidi"),
        E("salvation", "Organization", ["حكومة الإنقاذ الوطني"], "National Salvation Government",
          sub="GovernmentBody"),
        E("hassi", "Person", ["عمر الحاسي"], "Omar al-Hassi"),
        E("fajr", "Organization", ["فجر ليبيا"], "Libya Dawn", sub="ArmedGroup"),
        E("airforce", "Organization", ["سلاح الجو"], "Libyan Air Force (LNA)", sub="ArmedForce"),
        E("mitiga", "Place", ["مطار معيتيقة"], "Mitiga International Airport"),
        E("leon", "Person", ["برناردينو ليون", "ليون"], "Bernardino Leon"),
        E("bayda", "Place", ["مدينة البيضاء", "البيضاء"], "Bayda", sub="City"),
        E("interim", "Organization", ["الحكومة المؤقتة"], "Interim Government (Libya)", sub="GovernmentBody"),
        E("thinni", "Person", ["عبد الله الثني"], "Abdullah al-Thinni"),
        E("morocco", "Place", ["المغرب"], "Morocco", qid="Q1028", sub="Country"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("shura", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries' Shura Council",
          sub="ArmedGroup"),
        E("laithi", "Place", ["محور الليثي"], "al-Laithi front (Benghazi)", sub="Region"),
        E("isis", "Organization", ["داعش"], "Islamic State", sub="ArmedGroup"),
        E("qubba", "Place", ["مدينة القبة", "القبة"], "al-Qubba", sub="City"),
    ],
    relations=[
        R("locatedIn", "tobruk", "libya"),
        R("locatedIn", "hor", "tobruk", opt=True),
        R("leaderOf", "haftar", "lna"),
        R("locatedIn", "gnc", "tripoli", opt=True),
        R("spokespersonOf", "obeidi", "hor"),
        R("leaderOf", "hassi", "salvation"),
        R("affiliatedWith", "salvation", "gnc"),
        R("partOf", "salvation", "gnc", opt=True),
        R("affiliatedWith", "fajr", "gnc"),
        R("partOf", "airforce", "lna"),
        R("locatedIn", "mitiga", "tripoli"),
        R("positionIn", "leon", "un"),
        R("leaderOf", "thinni", "interim"),
        R("locatedIn", "laithi", "benghazi", opt=True),
        R("locatedIn", "qubba", "libya"),
        R("locatedIn", "tripoli", "libya", opt=True),
        R("locatedIn", "bayda", "libya", opt=True),
        R("affiliatedWith", "hor", "lna", opt=True),
    ],
    events=[
        V("Strike", agent=[["airforce", "lna"]], target=["mitiga"], place=[["mitiga", "tripoli"]], date="2015-03-02",
          trigger="غارتين"),
        V("Meeting", agent=["leon", "thinni"], place=["bayda"], date="2015-03-02", trigger="التقى"),
        # soldiers killed in clashes (no agent stated for the deaths)
        V("Killing", target=["lna"], place=[["laithi", "benghazi"]], date="2015-03-02", trigger="قُتل"),
        V("Killing", opt=True, agent=["shura"]),
        V("Attack", opt=True, agent=["shura", "lna"], place=[["laithi", "benghazi"]], date="2015-03-02"),
        # the Qubba bombings of 20 February, claimed by IS
        V("Attack", agent=["isis"], target=["qubba"], place=[["qubba", "libya"]], date="2015-02-20",
          trigger="تفجيرين انتحاريين"),
        V("Killing", agent=["isis"], place=[["qubba", "libya"]], date="2015-02-20", trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Egypt, Sheikh Zuweid (2015-07-02, a Thursday)
DOCS.append(dict(
    id="t4-eg-zuweid", published="2015-07-02",
    text="""القاهرة - «الحياة»:

قُتل 17 عسكريا، بينهم أربعة ضباط، وأصيب 13 آخرون، أمس الأربعاء، في هجمات متزامنة شنها مسلحون من تنظيم «ولاية سيناء»، الفرع المصري لتنظيم «داعش»، على 15 كمينا للجيش المصري في مدينة الشيخ زويد بمحافظة شمال سيناء، في أكبر هجوم تشهده مصر منذ سنوات.

وقال المتحدث العسكري باسم القوات المسلحة، في بيان على صفحته الرسمية، إن «العناصر الإرهابية استخدمت سيارات مفخخة وأسلحة ثقيلة»، مضيفا أن «القوات تمكنت من قتل أكثر من 100 من العناصر التكفيرية وتدمير 20 عربة لهم»، فيما شنت مقاتلات القوات الجوية من طراز «إف-16» غارات على تجمعات المسلحين في محيط الشيخ زويد ومدينة رفح.

وتبنى «ولاية سيناء» الهجمات في بيان نشرته حسابات مؤيدة للتنظيم، قال فيه إن «جنود الخلافة هاجموا أكثر من 15 موقعا للجيش المرتد، ونفذ ثلاثة من الاستشهاديين عمليات بسيارات مفخخة».

ونقل مراسل «الحياة» عن أحد سكان الشيخ زويد، ويدعى سالم عيد أبو حمدان، قوله إن «المسلحين زرعوا عبوات ناسفة على الطرق المؤدية إلى المدينة لمنع وصول التعزيزات، وأحدهم قال لنا: "الزموا بيوتكم"».

وتأتي الهجمات بعد يومين من اغتيال النائب العام المستشار هشام بركات بتفجير سيارة مفخخة استهدف موكبه في حي مصر الجديدة شرق القاهرة، وهو الهجوم الذي لم تعلن أي جهة مسؤوليتها عنه رسميا.

وترأس الرئيس المصري عبد الفتاح السيسي، مساء أمس، اجتماعا لمجلس الدفاع الوطني حضره رئيس الوزراء إبراهيم محلب والقائد العام للقوات المسلحة وزير الدفاع الفريق أول صدقي صبحي.

وفي بيان منفصل، أعلنت وزارة الداخلية أن قوات الأمن قتلت تسعة من قيادات جماعة «الإخوان المسلمين» في تبادل لإطلاق النار خلال مداهمة شقة في مدينة السادس من أكتوبر غرب العاصمة، بينهم القيادي في الجماعة محمود سعد الجندي، وهو ما نفته الجماعة، مؤكدة أنهم «قُتلوا بدم بارد».""",
    entities=[
        E("cairo", "Place", ["القاهرة", "العاصمة"], "Cairo", qid="Q85", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("wilayat", "Organization", ["ولاية سيناء"], "Islamic State - Sinai Province", sub="ArmedGroup"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("army", "Organization", ["الجيش المصري", "القوات المسلحة", "القوات"], "Egyptian Armed Forces",
          sub="ArmedForce"),
        E("zuweid", "Place", ["مدينة الشيخ زويد", "الشيخ زويد", "المدينة"], "Sheikh Zuweid", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("airforce", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce"),
        E("rafah", "Place", ["مدينة رفح", "رفح"], "Rafah (Egypt)", sub="City"),
        E("resident", "Person", ["سالم عيد أبو حمدان"], "Salim Eid Abu Hamdan"),
        E("barakat", "Person", ["هشام بركات"], "Hisham Barakat"),
        E("heliopolis", "Place", ["حي مصر الجديدة", "مصر الجديدة"], "Heliopolis", sub="Region"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("ndc", "Organization", ["مجلس الدفاع الوطني"], "National Defence Council (Egypt)", sub="GovernmentBody"),
        E("mahlab", "Person", ["إبراهيم محلب"], "Ibrahim Mahlab"),
        E("sobhi", "Person", ["صدقي صبحي"], "Sedki Sobhy"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Egypt)", sub="GovernmentBody"),
        E("security", "Organization", ["قوات الأمن"], "Egyptian security forces", sub="ArmedForce", opt=True),
        E("mb", "Organization", ["جماعة «الإخوان المسلمين»", "الجماعة"], "Muslim Brotherhood",
          sub="PoliticalOrganization"),
        E("october", "Place", ["مدينة السادس من أكتوبر"], "6th of October City", sub="City"),
        E("jundi", "Person", ["محمود سعد الجندي"], "Mahmud Saad al-Jundi"),
    ],
    relations=[
        R("partOf", "wilayat", "isis"),
        R("locatedIn", "zuweid", "nsinai"),
        R("locatedIn", "nsinai", "egypt", opt=True),
        R("partOf", "airforce", "army", opt=True),
        R("locatedIn", "heliopolis", "cairo"),
        R("leaderOf", "sisi", "egypt"),
        R("leaderOf", "sisi", "ndc", opt=True),
        R("memberOf", "mahlab", "ndc", opt=True),
        R("memberOf", "sobhi", "ndc", opt=True),
        R("leaderOf", "mahlab", "egypt", opt=True),
        R("leaderOf", "sobhi", "army"),
        R("positionIn", "sobhi", "egypt", opt=True),
        R("memberOf", "jundi", "mb"),
        R("affiliatedWith", "army", "egypt", opt=True),
    ],
    events=[
        # Wednesday's attacks on the checkpoints, claimed by «ولاية سيناء»
        V("Attack", agent=["wilayat"], target=["army"], place=[["zuweid", "nsinai"]], date="2015-07-01",
          trigger="هجمات"),
        V("Killing", agent=["wilayat"], target=["army"], place=[["zuweid", "nsinai"]], date="2015-07-01",
          trigger="قُتل"),
        V("Attack", opt=True, agent=["isis"]),
        # the army's answer: militants killed, air strikes
        V("Killing", agent=["army"], target=["wilayat"], place=["zuweid"], date="2015-07-01", trigger="قتل"),
        V("Strike", agent=[["airforce", "army"]], target=["wilayat"], place=["zuweid", "rafah"], date="2015-07-01",
          trigger="غارات"),
        # the prosecutor-general assassinated on Monday (no claim)
        V("Attack", target=["barakat"], place=[["heliopolis", "cairo"]], date="2015-06-29", trigger="تفجير"),
        V("Killing", target=["barakat"], place=[["heliopolis", "cairo"]], date="2015-06-29", trigger="اغتيال"),
        V("Meeting", agent=["sisi", "mahlab", "sobhi"], date="2015-07-01", trigger="اجتماعا"),
        # the raid in 6th of October City, dated by the announcement
        V("Killing", agent=["security"], target=["jundi", "mb"], place=["october"], date="2015-07", trigger="قتلت"),
        V("Killing", opt=True, target=["jundi"], place=["october"], date="2015-07-01"),
    ],
))

# ---------------------------------------------------------------- Iraq, Fallujah (2016-06-18, a Saturday)
DOCS.append(dict(
    id="t4-iq-fallujah", published="2016-06-18",
    text="""بغداد - «الشرق الأوسط»:

أعلن رئيس الوزراء العراقي حيدر العبادي، مساء أمس الجمعة، أن القوات العراقية «استعادت السيطرة على مركز مدينة الفلوجة» بعد دخولها المجمع الحكومي وسط المدينة، وذلك بعد نحو أربعة أسابيع من انطلاق عملية «كسر الإرهاب» في 23 مايو/أيار الماضي لتحرير المدينة الواقعة على بعد 50 كيلومترا غرب بغداد من قبضة تنظيم «داعش».

وشاركت في العملية قوات جهاز مكافحة الإرهاب والشرطة الاتحادية وفصائل «الحشد الشعبي» التي تولت محاصرة المدينة من جهاتها الشمالية والجنوبية، بإسناد جوي من التحالف الدولي.

وقال العبادي في كلمة متلفزة إن «الفلوجة عادت إلى حضن الوطن، ولم يبق فيها سوى جيوب قليلة ستُطهر خلال الساعات المقبلة»، داعيا العراقيين إلى «الخروج إلى الشوارع للاحتفال».
وكان العبادي قد زار، صباح أمس، مقر قيادة العمليات في معسكر طارق جنوب المدينة.

وقال قائد عمليات تحرير الفلوجة الفريق الركن عماد جاسم الزبيدي لـ«الشرق الأوسط» إن «قطعات جهاز مكافحة الإرهاب رفعت العلم العراقي فوق مبنى القائمقامية»، مضيفا أن «مسلحي التنظيم فروا نحو حي الجولان وأطراف حي نزال».

وأعلنت خلية الإعلام الحربي مقتل «والي الفلوجة» في التنظيم، ويدعى «أبو عبد الرحمن الفلوجي»، مع عدد من مرافقيه، بغارة لطيران التحالف الدولي على حي الجولان.

من جهته، قال المجلس النرويجي للاجئين إن أكثر من 80 ألف مدني فروا من المدينة ومحيطها منذ بدء العملية، محذرا من «كارثة إنسانية» في المخيمات المكتظة في منطقة عامرية الفلوجة جنوب المدينة.

وكانت القوات الأمنية قد احتجزت، مطلع الشهر الجاري، مئات الرجال الفارين من ناحية الصقلاوية شمال الفلوجة للتدقيق في هوياتهم، وسط اتهامات لعناصر من «الحشد» بارتكاب انتهاكات بحقهم، وهو ما نفته قيادة الحشد.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("abadi", "Person", ["حيدر العبادي", "العبادي"], "Haider al-Abadi"),
        E("iraqi_forces", "Organization", ["القوات العراقية"], "Iraqi security forces", sub="ArmedForce"),
        E("fallujah", "Place", ["مدينة الفلوجة", "الفلوجة", "المدينة"], "Fallujah", sub="City"),
        E("complex", "Place", ["المجمع الحكومي"], "Government complex (Fallujah)"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter-Terrorism Service (Iraq)", sub="ArmedForce"),
        E("fedpol", "Organization", ["الشرطة الاتحادية"], "Federal Police (Iraq)", sub="ArmedForce"),
        E("hashd", "Organization", ["الحشد الشعبي", "الحشد"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition against IS", sub="Coalition"),
        E("tariq", "Place", ["معسكر طارق"], "Camp Tariq"),
        E("zubaidi", "Person", ["عماد جاسم الزبيدي"], "Imad Jasim al-Zubaidi"),
        E("jolan", "Place", ["حي الجولان"], "al-Jolan district (Fallujah)", sub="Region"),
        E("nazzal", "Place", ["حي نزال"], "Nazzal district (Fallujah)", sub="Region"),
        E("media_cell", "Organization", ["خلية الإعلام الحربي"], "War Media Cell (Iraq)", sub="GovernmentBody",
          opt=True),
        E("fallujawi", "Person", ["أبو عبد الرحمن الفلوجي"], "Abu Abd al-Rahman al-Fallujawi"),
        E("nrc", "Organization", ["المجلس النرويجي للاجئين"], "Norwegian Refugee Council"),
        E("amiriya", "Place", ["منطقة عامرية الفلوجة", "عامرية الفلوجة"], "Amiriyat al-Fallujah", sub="City"),
        E("saqlawiya", "Place", ["ناحية الصقلاوية", "الصقلاوية"], "al-Saqlawiya", sub="City"),
        E("security", "Organization", ["القوات الأمنية"], "Iraqi security forces (generic)", sub="ArmedForce",
          opt=True),
    ],
    relations=[
        R("locatedIn", "complex", "fallujah"),
        R("leaderOf", "abadi", "iraqi_forces", opt=True),
        R("locatedIn", "tariq", "fallujah", opt=True),
        R("locatedIn", "jolan", "fallujah", opt=True),
        R("locatedIn", "nazzal", "fallujah", opt=True),
        R("memberOf", "fallujawi", "isis"),
        R("leaderOf", "fallujawi", "fallujah", opt=True),
        R("positionIn", "fallujawi", "isis", opt=True),
        R("locatedIn", "amiriya", "fallujah", opt=True),
        R("locatedIn", "saqlawiya", "fallujah", opt=True),
    ],
    events=[
        # Operation «Breaking Terrorism», launched on 23 May
        V("MilitaryOperation", name="كسر الإرهاب", agent=["cts", "fedpol", "hashd"], target=["isis"],
          place=["fallujah"], date="2016-05-23", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=[["iraqi_forces", "coalition"]]),
        # the government complex entered on Friday
        V("Attack", agent=[["iraqi_forces", "cts"]], target=["isis"], place=[["complex", "fallujah"]],
          date="2016-06", trigger="دخولها"),
        V("Attack", opt=True, agent=[["iraqi_forces", "cts"]], date="2016-06-17"),
        V("Visit", agent=["abadi"], place=[["tariq", "fallujah"]], date="2016-06-17", trigger="زار"),
        # the IS «governor» killed in a coalition raid, dated by the announcement
        V("Strike", agent=["coalition"], place=[["jolan", "fallujah"]], date="2016-06", trigger="بغارة"),
        V("Killing", agent=["coalition"], target=["fallujawi"], place=[["jolan", "fallujah"]], date="2016-06",
          trigger="مقتل"),
        V("Strike", opt=True, target=["fallujawi", "isis"]),
        # the men held at Saqlawiya early this month
        V("Arrest", agent=["security"], place=["saqlawiya"], date="2016-06", trigger="احتجزت"),
    ],
))

# ---------------------------------------------------------------- Iran nuclear deal, Gulf reactions (2015-07-15, a Wednesday)
DOCS.append(dict(
    id="t4-ir-vienna", published="2015-07-15",
    text="""فيينا، الرياض - «الشرق الأوسط»، واس:

توصلت إيران والدول الست الكبرى، أمس الثلاثاء، إلى اتفاق نهائي بشأن برنامجها النووي بعد مفاوضات ماراثونية استمرت 18 يوما في فندق قصر كوبورغ بالعاصمة النمساوية فيينا، يقضي برفع العقوبات الدولية المفروضة على طهران تدريجيا مقابل قيود صارمة على أنشطتها النووية لعشر سنوات على الأقل.

وعقد وزير الخارجية الإيراني محمد جواد ظريف ووزير الخارجية الأمريكي جون كيري ومنسقة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني، صباح أمس، اجتماعا ختاميا مع نظرائهم، أعلنوا بعده في مؤتمر صحافي مشترك التوصل إلى الاتفاق.
وقالت موغيريني إن الاتفاق «يفتح صفحة جديدة»، فيما قال ظريف إنه «ليس مثاليا، لكنه أفضل ما يمكن تحقيقه».

وفي طهران، قال الرئيس الإيراني حسن روحاني في كلمة متلفزة إن «صلوات الشعب الإيراني استجيبت»، مؤكدا أن بلاده «لن تسعى أبدا لامتلاك سلاح نووي».

وفي الرياض، نقلت وكالة الأنباء السعودية عن مصدر مسؤول قوله إن المملكة «تؤيد أي اتفاق يضمن منع إيران من امتلاك السلاح النووي، شرط أن يتضمن رقابة دائمة وصارمة»، محذرا من أن «رفع العقوبات يجب ألا يكون مدخلا لمزيد من التدخل في شؤون دول المنطقة».

وتلقى خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، مساء أمس، اتصالا هاتفيا من الرئيس الأمريكي باراك أوباما، أطلعه خلاله على تفاصيل الاتفاق، مؤكدا أن الولايات المتحدة «ملتزمة بأمن شركائها في الخليج».

من جهته، قال الأمين العام لمجلس التعاون لدول الخليج العربية عبد اللطيف الزياني إن دول المجلس «تتطلع إلى أن يشكل الاتفاق بداية لعلاقات طبيعية تقوم على حسن الجوار».

وكان أوباما قد استضاف في منتجع كامب ديفيد، في مايو/أيار الماضي، قمة مع قادة دول المجلس وممثليهم، شارك فيها ولي العهد السعودي الأمير محمد بن نايف وولي ولي العهد الأمير محمد بن سلمان، وتعهد خلالها بـ«الوقوف إلى جانب الحلفاء الخليجيين في مواجهة أي تهديد خارجي».""",
    entities=[
        E("vienna", "Place", ["فيينا", "العاصمة النمساوية"], "Vienna", qid="Q1741", sub="City"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("spa", "Organization", ["واس", "وكالة الأنباء السعودية"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
        E("iran", "Place", ["إيران", "طهران"], "Iran", qid="Q794", sub="Country", alt=["Organization"]),
        E("coburg", "Place", ["فندق قصر كوبورغ"], "Palais Coburg"),
        E("zarif", "Person", ["محمد جواد ظريف", "ظريف"], "Mohammad Javad Zarif"),
        E("kerry", "Person", ["جون كيري"], "John Kerry", qid="Q22316"),
        E("eu", "Organization", ["الاتحاد الأوروبي"], "European Union", qid="Q458"),
        E("mogherini", "Person", ["فيديريكا موغيريني", "موغيريني"], "Federica Mogherini"),
        E("rouhani", "Person", ["حسن روحاني"], "Hassan Rouhani"),
        E("ksa", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "King Salman bin Abdulaziz"),
        E("obama", "Person", ["باراك أوباما", "أوباما"], "Barack Obama", qid="Q76"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("gcc", "Organization", ["مجلس التعاون لدول الخليج العربية", "المجلس"], "Gulf Cooperation Council"),
        E("zayani", "Person", ["عبد اللطيف الزياني"], "Abdullatif bin Rashid Al Zayani"),
        E("campdavid", "Place", ["منتجع كامب ديفيد", "كامب ديفيد"], "Camp David"),
        E("mbn", "Person", ["محمد بن نايف"], "Muhammad bin Nayef"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
    ],
    relations=[
        R("locatedIn", "coburg", "vienna"),
        R("positionIn", "zarif", "iran"),
        R("positionIn", "kerry", "us"),
        R("positionIn", "mogherini", "eu"),
        R("leaderOf", "rouhani", "iran"),
        R("leaderOf", "salman", "ksa", opt=True),
        R("leaderOf", "obama", "us"),
        R("positionIn", "zayani", "gcc"),
        R("leaderOf", "zayani", "gcc", opt=True),
        R("memberOf", "ksa", "gcc", opt=True),
        R("positionIn", "mbn", "ksa"),
        R("positionIn", "mbs", "ksa", opt=True),
    ],
    events=[
        V("Meeting", agent=["zarif", "kerry", "mogherini"], place=[["coburg", "vienna"]], date="2015-07-14",
          trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["iran"], place=["vienna"], date="2015-07"),
        # a phone call: a reasonable annotator may leave it out
        V("Meeting", opt=True, agent=["salman", "obama"], date="2015-07-14"),
        # the Camp David summit in May
        V("Meeting", agent=["obama", "mbn", "mbs"], place=["campdavid"], date="2015-05", trigger="قمة"),
        V("Meeting", opt=True, agent=["gcc"]),
    ],
))

# ---------------------------------------------------------------- Kuwait, Imam al-Sadiq mosque (2015-06-27, a Saturday)
DOCS.append(dict(
    id="t4-kw-sadiq", published="2015-06-27",
    text="""الكويت - «الحياة»، كونا:

قُتل 27 شخصا وأصيب أكثر من 220 آخرين، ظهر أمس الجمعة، في تفجير انتحاري استهدف مسجد الإمام الصادق في منطقة الصوابر وسط العاصمة الكويتية أثناء صلاة الجمعة، في أول هجوم من نوعه تشهده البلاد، وتبناه تنظيم «داعش» عبر فرعه المسمى «ولاية نجد».

وقال التنظيم في بيان تداولته حسابات مؤيدة له إن «أحد فرسان أهل السنة، أبو زيد الشمري، انطلق بحزامه الناسف نحو معبد للرافضة»، متوعدا بهجمات أخرى.

وزار أمير الكويت الشيخ صباح الأحمد الجابر الصباح موقع التفجير بعد دقائق من وقوعه، متجاهلا تحذيرات حراسه، وقال للصحافيين إن «ما حدث يستهدف وحدة الكويتيين، ولن ينجح».

وأعلنت وزارة الداخلية، في وقت متأخر من مساء أمس، القبض على صاحب السيارة التي أقلت الانتحاري إلى المسجد، ويدعى سعد ناصر الهاجري، مشيرة إلى أنه «من المنتمين إلى الفكر المتطرف»، فيما نقلت وكالة الأنباء الكويتية (كونا) عن مصدر أمني قوله إن «التحريات تشير إلى أن الانتحاري دخل البلاد فجر الجمعة عبر مطار الكويت الدولي قادما من البحرين».

وعقد مجلس الوزراء اجتماعا استثنائيا، مساء أمس، برئاسة رئيس مجلس الوزراء الشيخ جابر المبارك الحمد الصباح، قرر خلاله «رفع درجة الاستعداد القصوى في جميع الأجهزة الأمنية والعسكرية» وإعلان الحداد الرسمي ثلاثة أيام.

وتلقى أمير الكويت اتصالا هاتفيا من خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، عبر خلاله عن تعازيه ووقوف المملكة «إلى جانب الأشقاء في الكويت في مواجهة الإرهاب».

ويأتي التفجير بعد نحو خمسة أسابيع من تفجير مسجد القديح في المنطقة الشرقية من المملكة العربية السعودية، الذي تبناه التنظيم أيضا باسم الفرع نفسه.""",
    entities=[
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("kuna", "Organization", ["وكالة الأنباء الكويتية", "كونا"], "Kuwait News Agency", sub="MediaOrganization",
          opt=True),
        E("mosque", "Place", ["مسجد الإمام الصادق", "المسجد"], "Imam al-Sadiq mosque (Kuwait)"),
        E("sawaber", "Place", ["منطقة الصوابر", "الصوابر"], "al-Sawaber (Kuwait City)", sub="Region"),
        E("kuwait_city", "Place", ["العاصمة الكويتية"], "Kuwait City", sub="City"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("najd", "Organization", ["ولاية نجد"], "Islamic State - Najd Province", sub="ArmedGroup"),
        E("bomber", "Person", ["أبو زيد الشمري"], "Abu Zaid al-Shammari"),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah al-Ahmad al-Jabir al-Sabah"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Kuwait)", sub="GovernmentBody"),
        E("hajri", "Person", ["سعد ناصر الهاجري"], "Saad Nasir al-Hajri"),
        E("airport", "Place", ["مطار الكويت الدولي"], "Kuwait International Airport"),
        E("bahrain", "Place", ["البحرين"], "Bahrain", qid="Q398", sub="Country"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Kuwait)", sub="GovernmentBody"),
        E("jaber", "Person", ["جابر المبارك الحمد الصباح"], "Jaber al-Mubarak al-Hamad al-Sabah"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "King Salman bin Abdulaziz"),
        E("ksa", "Place", ["المملكة العربية السعودية", "المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("qudaih_mosque", "Place", ["مسجد القديح"], "al-Qudaih mosque"),
        E("eastern", "Place", ["المنطقة الشرقية"], "Eastern Province (Saudi Arabia)", sub="Region"),
    ],
    relations=[
        R("locatedIn", "mosque", "sawaber"),
        R("locatedIn", "sawaber", "kuwait_city"),
        R("locatedIn", "mosque", "kuwait_city", opt=True),
        R("locatedIn", "kuwait_city", "kuwait"),
        R("partOf", "najd", "isis"),
        R("memberOf", "bomber", "isis", opt=True),
        R("leaderOf", "sabah", "kuwait"),
        R("locatedIn", "airport", "kuwait", opt=True),
        R("leaderOf", "jaber", "cabinet"),
        R("leaderOf", "salman", "ksa", opt=True),
        R("locatedIn", "qudaih_mosque", "eastern"),
        R("locatedIn", "eastern", "ksa"),
        R("locatedIn", "qudaih_mosque", "ksa", opt=True),
    ],
    events=[
        # Friday's suicide bombing, claimed by IS through «ولاية نجد»
        V("Attack", agent=[["isis", "najd"]], target=["mosque"], place=[["mosque", "sawaber", "kuwait_city", "kuwait"]],
          date="2015-06-26", trigger="تفجير انتحاري"),
        V("Killing", agent=[["isis", "najd"]], place=[["mosque", "sawaber", "kuwait_city", "kuwait"]],
          date="2015-06-26", trigger="قُتل"),
        V("Attack", opt=True, agent=["bomber"]),
        V("Visit", agent=["sabah"], place=[["mosque", "sawaber", "kuwait_city"]], date="2015-06-26", trigger="زار"),
        V("Arrest", agent=["moi"], target=["hajri"], date="2015-06", trigger="القبض"),
        V("Arrest", opt=True, date="2015-06-26"),
        V("Meeting", agent=["jaber"], date="2015-06-26", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["cabinet"]),
        # a phone call: a reasonable annotator may leave it out
        V("Meeting", opt=True, agent=["sabah", "salman"], date="2015-06-26"),
        # the Qudaih bombing five weeks earlier
        V("Attack", agent=[["isis", "najd"]], target=["qudaih_mosque"], place=[["qudaih_mosque", "eastern", "ksa"]],
          date="2015-05", trigger="تفجير"),
    ],
))

# ---------------------------------------------------------------- Syria, Deir ez-Zor (2016-09-18, a Sunday)
DOCS.append(dict(
    id="t4-sy-deirezzor", published="2016-09-18",
    text="""بيروت، نيويورك - «الحياة»، رويترز:

قُتل 62 جنديا سوريا على الأقل وأصيب أكثر من مئة، أمس السبت، في غارات شنتها طائرات التحالف الدولي بقيادة الولايات المتحدة على مواقع للجيش السوري في جبل الثردة المطل على المطار العسكري في دير الزور شرق سوريا، في ما وصفته القيادة المركزية الأمريكية بأنه «خطأ غير مقصود».

وقالت القيادة المركزية في بيان إن قوات التحالف «أوقفت الغارات فور إبلاغها من جانب روسيا بأن المواقع المستهدفة قد تكون تابعة للجيش السوري»، مؤكدة أنها «لم تكن لتستهدف عن قصد وحدة عسكرية سورية».

ونقلت وكالة الأنباء السورية (سانا) عن القيادة العامة للجيش قولها إن الغارات «مهدت الطريق» أمام مسلحي تنظيم «داعش» الذين شنوا فور انتهائها هجوما على الجبل وسيطروا عليه لساعات، قبل أن تستعيده القوات السورية مدعومة بالطيران الروسي.
وقال محافظ دير الزور فايز حسن الموسى لـ«الحياة» إن «مدينة دير الزور، المحاصرة منذ أكثر من عامين، باتت في خطر داهم إذا سقط المطار».

وبطلب من روسيا، عقد مجلس الأمن الدولي جلسة طارئة مساء أمس في نيويورك، قال خلالها المندوب الروسي لدى الأمم المتحدة فيتالي تشوركين إن الغارات «تثير تساؤلات جدية»، فيما غادرت المندوبة الأمريكية سامانثا باور القاعة قبل كلمة المندوب السوري بشار الجعفري، معتبرة أن الجلسة «حيلة» من موسكو.

وتأتي الغارات في اليوم السادس لهدنة توصل إليها وزيرا الخارجية الأمريكي جون كيري والروسي سيرغي لافروف، بعد محادثات ماراثونية عقداها في جنيف في التاسع من الشهر الجاري.

وقال المرصد السوري لحقوق الإنسان إن عدد القتلى في صفوف القوات السورية ارتفع إلى 83، مشيرا إلى أن التنظيم يحاصر منذ مطلع عام 2015 الأحياء الغربية من المدينة، التي يقطنها نحو مئة ألف مدني.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("ny", "Place", ["نيويورك"], "New York City", qid="Q60", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("coalition", "Organization", ["التحالف الدولي", "قوات التحالف"], "International coalition against IS",
          sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("saa", "Organization", ["الجيش السوري", "القوات السورية", "الجيش"], "Syrian Arab Army", sub="ArmedForce"),
        E("tharda", "Place", ["جبل الثردة", "الجبل"], "Jabal al-Tharda"),
        E("airport", "Place", ["المطار العسكري", "المطار"], "Deir ez-Zor military airport"),
        E("syria", "Place", ["شرق سوريا"], "Syria", qid="Q858", sub="Country"),
        E("centcom", "Organization", ["القيادة المركزية الأمريكية", "القيادة المركزية"], "United States Central Command",
          sub="ArmedForce"),
        E("russia", "Place", ["روسيا", "موسكو"], "Russia", qid="Q159", sub="Country", alt=["Organization"]),
        E("sana", "Organization", ["وكالة الأنباء السورية", "سانا"], "SANA", sub="MediaOrganization", opt=True),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("mousa", "Person", ["فايز حسن الموسى"], "Fayiz Hasan al-Mousa"),
        E("deir", "Place", ["مدينة دير الزور", "دير الزور", "المدينة"], "Deir ez-Zor", sub="City"),
        E("unsc", "Organization", ["مجلس الأمن الدولي"], "United Nations Security Council", qid="Q37470"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("churkin", "Person", ["فيتالي تشوركين"], "Vitaly Churkin"),
        E("power", "Person", ["سامانثا باور"], "Samantha Power"),
        E("jaafari", "Person", ["بشار الجعفري"], "Bashar al-Jaafari"),
        E("kerry", "Person", ["جون كيري"], "John Kerry", qid="Q22316"),
        E("lavrov", "Person", ["سيرغي لافروف"], "Sergey Lavrov"),
        E("geneva", "Place", ["جنيف"], "Geneva", qid="Q71", sub="City"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
    ],
    relations=[
        R("leaderOf", "us", "coalition"),
        R("memberOf", "us", "coalition", opt=True),
        R("locatedIn", "tharda", "deir", opt=True),
        R("locatedIn", "airport", "deir"),
        R("locatedIn", "deir", "syria"),
        R("locatedIn", "airport", "syria", opt=True),
        R("partOf", "centcom", "us", opt=True),
        R("leaderOf", "mousa", "deir"),
        R("positionIn", "mousa", "deir", opt=True),
        R("positionIn", "churkin", "russia"),
        R("positionIn", "churkin", "un", opt=True),
        R("positionIn", "power", "us", opt=True),
        R("positionIn", "kerry", "us", opt=True),
        R("positionIn", "lavrov", "russia"),
        R("partOf", "unsc", "un", opt=True),
    ],
    events=[
        # Saturday's coalition raids on the army at Jabal al-Tharda
        V("Strike", agent=["coalition"], target=["saa"], place=[["tharda", "airport", "deir", "syria"]],
          date="2016-09-17", trigger="غارات"),
        V("Killing", agent=["coalition"], target=["saa"], place=[["tharda", "airport", "deir", "syria"]],
          date="2016-09-17", trigger="قُتل"),
        V("Strike", opt=True, agent=["us"]),
        # IS assault on the hill right after, retaken by the army with Russian air support
        V("Attack", agent=["isis"], target=["saa"], place=["tharda"], date="2016-09-17", trigger="هجوما"),
        V("Attack", opt=True, agent=["saa"], target=["isis"], place=["tharda"], date="2016-09-17"),
        V("Meeting", agent=["churkin", "power", "jaafari"], place=["ny"], date="2016-09-17", trigger="جلسة طارئة"),
        V("Meeting", opt=True, agent=["unsc"]),
        V("Meeting", agent=["kerry", "lavrov"], place=["geneva"], date="2016-09-09", trigger="محادثات"),
        # the siege of the western districts since early 2015 (no listed type)
        V("Attack", opt=True, agent=["isis"], place=["deir"], date="2015"),
    ],
))

# ---------------------------------------------------------------- Yemen, Decisive Storm (2015-03-27, a Friday)
DOCS.append(dict(
    id="t4-ye-storm", published="2015-03-27",
    text="""الرياض، صنعاء - «الشرق الأوسط»، واس:

أطلقت المملكة العربية السعودية، فجر أمس الخميس، عملية «عاصفة الحزم» العسكرية ضد جماعة الحوثيين في اليمن، على رأس تحالف يضم عشر دول، استجابة لطلب الرئيس اليمني عبد ربه منصور هادي «حماية اليمن وشعبه من عدوان الميليشيات الحوثية المدعومة من إيران».

وتشارك في التحالف دول مجلس التعاون الخليجي باستثناء سلطنة عمان، إضافة إلى مصر والأردن والمغرب والسودان، فيما أعلنت باكستان أنها تدرس طلبا سعوديا بالمشاركة.

وأعلن سفير خادم الحرمين الشريفين لدى الولايات المتحدة عادل الجبير، في مؤتمر صحافي عقده في واشنطن ليل الأربعاء - الخميس، أن العملية «محدودة في نطاقها، وتهدف إلى حماية الحكومة الشرعية في اليمن».

وقال المتحدث باسم قوات التحالف العميد ركن أحمد عسيري، في أول إيجاز صحافي يعقده في قاعدة الرياض الجوية، إن «الضربات الأولى استهدفت منظومات الدفاع الجوي ومطار صنعاء الدولي وقاعدة الديلمي الجوية، إضافة إلى مخازن للصواريخ البالستية في العاصمة اليمنية ومحافظة صعدة»، معلنا أن «الأجواء اليمنية باتت منطقة محظورة».

وقالت مصادر طبية في صنعاء إن 18 مدنيا على الأقل قُتلوا في غارة أصابت حيا سكنيا قرب المطار.

في المقابل، قال عضو المكتب السياسي لجماعة «أنصار الله» عبد الكريم يحيى المؤيد لـ«الشرق الأوسط» إن «العدوان السعودي لن يمر من دون رد»، فيما قالت المتحدثة باسم وزارة الخارجية الإيرانية مرضية أفخم إن العملية «خطوة خطيرة ستزيد الأزمة تعقيدا».

ووصل هادي إلى الرياض، عصر أمس، قادما من عدن، وكان في استقباله لدى وصوله إلى قاعدة الرياض الجوية ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان، على أن يتوجه اليوم إلى مدينة شرم الشيخ المصرية للمشاركة في القمة العربية.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("sanaa", "Place", ["صنعاء", "العاصمة اليمنية"], "Sanaa", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("ksa", "Place", ["المملكة العربية السعودية"], "Saudi Arabia", qid="Q851", sub="Country",
          alt=["Organization"]),
        E("houthis", "Organization", ["جماعة الحوثيين", "أنصار الله"], "Houthis (Ansar Allah)", sub="ArmedGroup"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("coalition", "Organization", ["قوات التحالف", "التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("hadi", "Person", ["عبد ربه منصور هادي", "هادي"], "Abd Rabbuh Mansur Hadi"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("gcc", "Organization", ["مجلس التعاون الخليجي"], "Gulf Cooperation Council"),
        E("oman", "Place", ["سلطنة عمان"], "Oman", qid="Q842", sub="Country"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country", alt=["Organization"]),
        E("jordan", "Place", ["الأردن"], "Jordan", qid="Q810", sub="Country", alt=["Organization"]),
        E("morocco", "Place", ["المغرب"], "Morocco", qid="Q1028", sub="Country", alt=["Organization"]),
        E("sudan", "Place", ["السودان"], "Sudan", qid="Q1049", sub="Country", alt=["Organization"]),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("jubeir", "Person", ["عادل الجبير"], "Adel al-Jubeir"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("gov", "Organization", ["الحكومة الشرعية"], "Government of Yemen (Hadi)", sub="GovernmentBody"),
        E("asiri", "Person", ["أحمد عسيري"], "Ahmed Asiri"),
        E("base", "Place", ["قاعدة الرياض الجوية"], "Riyadh Air Base"),
        E("sanaa_airport", "Place", ["مطار صنعاء الدولي", "المطار"], "Sanaa International Airport"),
        E("dulaimi", "Place", ["قاعدة الديلمي الجوية"], "al-Dulaimi Air Base"),
        E("saada", "Place", ["محافظة صعدة"], "Saada Governorate", sub="Region"),
        E("bureau", "Organization", ["المكتب السياسي"], "Ansar Allah political bureau", sub="PoliticalOrganization",
          opt=True),
        E("muayyad", "Person", ["عبد الكريم يحيى المؤيد"], "Abd al-Karim Yahya al-Muayyad"),
        E("irmfa", "Organization", ["وزارة الخارجية الإيرانية"], "Ministry of Foreign Affairs (Iran)",
          sub="GovernmentBody"),
        E("afkham", "Person", ["مرضية أفخم"], "Marzieh Afkham"),
        E("aden", "Place", ["عدن"], "Aden", sub="City"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("sharm", "Place", ["مدينة شرم الشيخ", "شرم الشيخ"], "Sharm el-Sheikh", sub="City"),
    ],
    relations=[
        R("leaderOf", "ksa", "coalition"),
        R("memberOf", "ksa", "coalition", opt=True),
        R("leaderOf", "hadi", "yemen"),
        R("affiliatedWith", "houthis", "iran", opt=True),
        R("memberOf", "egypt", "coalition"),
        R("memberOf", "jordan", "coalition"),
        R("memberOf", "morocco", "coalition"),
        R("memberOf", "sudan", "coalition"),
        R("memberOf", "gcc", "coalition", opt=True),
        R("memberOf", "oman", "gcc", opt=True),
        R("positionIn", "jubeir", "ksa"),
        R("spokespersonOf", "asiri", "coalition"),
        R("locatedIn", "base", "riyadh", opt=True),
        R("locatedIn", "sanaa_airport", "sanaa", opt=True),
        R("locatedIn", "dulaimi", "sanaa", opt=True),
        R("locatedIn", "sanaa", "yemen", opt=True),
        R("memberOf", "muayyad", "houthis"),
        R("memberOf", "muayyad", "bureau", opt=True),
        R("partOf", "bureau", "houthis", opt=True),
        R("spokespersonOf", "afkham", "irmfa"),
        R("positionIn", "mbs", "ksa", opt=True),
        R("locatedIn", "sharm", "egypt"),
        R("leaderOf", "hadi", "gov", opt=True),
    ],
    events=[
        V("MilitaryOperation", name="عاصفة الحزم", agent=[["ksa", "coalition"]], target=["houthis"], place=["yemen"],
          date="2015-03-26", trigger="عملية"),
        V("Strike", agent=["coalition"], target=[["sanaa_airport", "dulaimi"]],
          place=[["sanaa_airport", "sanaa"], ["dulaimi", "sanaa"], "saada"], date="2015-03-26",
          trigger="الضربات الأولى"),
        V("Strike", opt=True, target=["houthis", "sanaa_airport", "dulaimi"]),
        # civilians killed near the airport (the raid's author only implied)
        V("Killing", place=[["sanaa_airport", "sanaa"]], date="2015-03-26", trigger="قُتلوا"),
        V("Killing", opt=True, agent=["coalition"]),
        V("Strike", opt=True, place=[["sanaa_airport", "sanaa"]], date="2015-03-26"),
        V("Visit", agent=["hadi"], place=[["base", "riyadh"]], date="2015-03-26", trigger="وصل"),
        V("Meeting", agent=["hadi", "mbs"], place=[["base", "riyadh"]], date="2015-03-26", trigger="استقباله"),
        # Hadi's trip to the Arab summit today (announced, not yet made)
        V("Visit", opt=True, agent=["hadi"], place=["sharm"], date="2015-03-27"),
    ],
))

# ---------------------------------------------------------------- Libya/Egypt, Derna (2015-02-17, a Tuesday)
DOCS.append(dict(
    id="t4-ly-derna", published="2015-02-17",
    text="""القاهرة، طرابلس - «الحياة»، أ ف ب:

شنت مقاتلات القوات الجوية المصرية، فجر أمس الاثنين، غارات على مواقع لتنظيم «الدولة الإسلامية» (داعش) في مدينة درنة الليبية، بعد ساعات من بث التنظيم شريطا مصورا يظهر ذبح 21 عاملا مصريا قبطيا كان قد خطفهم في مدينة سرت مطلع العام الجاري.

وقال الجيش المصري في بيان بثه التلفزيون الرسمي إن «الضربة استهدفت معسكرات ومخازن أسلحة وذخائر للتنظيم في درنة، وحققت أهدافها بدقة»، مضيفا أن «دماء أبناء مصر لن تذهب هدرا».

وأعلن قائد سلاح الجو الليبي التابع للحكومة المؤقتة العميد صالح مفتاح الشريف أن طائرات ليبية «شاركت في الغارات بتنسيق كامل مع الأشقاء المصريين»، فيما قال مسؤول محلي في درنة لـ«الحياة» إن الغارات «أسفرت عن مقتل سبعة مدنيين على الأقل، بينهم ثلاثة أطفال».

وكانت جماعات متشددة في المدينة، أبرزها «مجلس شورى شباب الإسلام»، قد أعلنت أواخر العام الماضي مبايعة زعيم التنظيم أبو بكر البغدادي.

وكان الرئيس المصري عبد الفتاح السيسي قد ترأس، ليل الأحد، اجتماعا طارئا لمجلس الدفاع الوطني، أعلن بعده في كلمة متلفزة الحداد العام سبعة أيام، مؤكدا أن مصر «سترد بكل حسم على من يستهدف أبناءها في الداخل والخارج».
ومن المقرر أن يتوجه وزير الخارجية المصري سامح شكري إلى نيويورك لحث مجلس الأمن على «تحمل مسؤولياته».

وقال بابا الكنيسة القبطية الأرثوذكسية تواضروس الثاني إن الضحايا «شهداء للوطن والإيمان»، فيما دان الأمين العام لجامعة الدول العربية نبيل العربي «الجريمة النكراء»، داعيا إلى «تحرك عربي جماعي لمواجهة الإرهاب في ليبيا».""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("eaf", "Organization", ["القوات الجوية المصرية"], "Egyptian Air Force", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "داعش", "التنظيم"], "Islamic State",
          sub="ArmedGroup"),
        E("derna", "Place", ["مدينة درنة", "درنة", "المدينة"], "Derna", sub="City"),
        E("sirte", "Place", ["مدينة سرت"], "Sirte", sub="City"),
        E("army", "Organization", ["الجيش المصري"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("laf", "Organization", ["سلاح الجو الليبي"], "Libyan Air Force", sub="ArmedForce"),
        E("interim", "Organization", ["الحكومة المؤقتة"], "Interim Government (Libya)", sub="GovernmentBody"),
        E("sharif", "Person", ["صالح مفتاح الشريف"], "Salih Miftah al-Sharif"),
        E("shura", "Organization", ["مجلس شورى شباب الإسلام"], "Islamic Youth Shura Council", sub="ArmedGroup"),
        E("baghdadi", "Person", ["أبو بكر البغدادي"], "Abu Bakr al-Baghdadi"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("ndc", "Organization", ["مجلس الدفاع الوطني"], "National Defence Council (Egypt)", sub="GovernmentBody"),
        E("shoukry", "Person", ["سامح شكري"], "Sameh Shoukry"),
        E("ny", "Place", ["نيويورك"], "New York City", qid="Q60", sub="City"),
        E("unsc", "Organization", ["مجلس الأمن"], "United Nations Security Council", qid="Q37470"),
        E("church", "Organization", ["الكنيسة القبطية الأرثوذكسية"], "Coptic Orthodox Church"),
        E("tawadros", "Person", ["تواضروس الثاني"], "Pope Tawadros II"),
        E("league", "Organization", ["جامعة الدول العربية"], "Arab League", qid="Q7172"),
        E("arabi", "Person", ["نبيل العربي"], "Nabil Elaraby"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
    ],
    relations=[
        R("partOf", "eaf", "army", opt=True),
        R("locatedIn", "derna", "libya"),
        R("locatedIn", "sirte", "libya", opt=True),
        R("leaderOf", "sharif", "laf"),
        R("partOf", "laf", "interim"),
        R("affiliatedWith", "shura", "baghdadi"),
        R("affiliatedWith", "shura", "isis", opt=True),
        R("leaderOf", "baghdadi", "isis"),
        R("locatedIn", "shura", "derna", opt=True),
        R("leaderOf", "sisi", "egypt"),
        R("leaderOf", "sisi", "ndc", opt=True),
        R("positionIn", "shoukry", "egypt"),
        R("leaderOf", "tawadros", "church"),
        R("positionIn", "arabi", "league"),
        R("leaderOf", "arabi", "league", opt=True),
    ],
    events=[
        # Monday's raids on Derna (Libyan aircraft took part, by the Libyan commander's account)
        V("Strike", agent=[["eaf", "army"]], target=["isis"], place=[["derna", "libya"]], date="2015-02-16",
          trigger="غارات"),
        V("Strike", opt=True, agent=["laf", "egypt"]),
        V("Killing", agent=[["eaf", "army"]], place=["derna"], date="2015-02-16", trigger="مقتل"),
        V("Killing", opt=True, agent=["laf"]),
        # the 21 workers kidnapped in Sirte and killed (date of the killing not given)
        V("Killing", agent=["isis"], trigger="ذبح"),
        V("Killing", opt=True, date="2015-02"),
        V("Arrest", agent=["isis"], place=[["sirte", "libya"]], date="2015", trigger="خطفهم"),
        V("Meeting", agent=["sisi"], date="2015-02-15", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["ndc"]),
        # a trip announced, not yet made
        V("Visit", opt=True, agent=["shoukry"], place=["ny"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Safer (2015-09-05, a Saturday)
DOCS.append(dict(
    id="t4-ye-safer", published="2015-09-05",
    text="""مأرب، أبوظبي - «الشرق الأوسط»، وام:

قُتل 45 جنديا إماراتيا وعشرة جنود سعوديين وخمسة بحرينيين، أمس الجمعة، جراء سقوط صاروخ أطلقته ميليشيات الحوثيين والقوات الموالية للمخلوع علي عبد الله صالح على مخزن للذخيرة في معسكر لقوات التحالف العربي في منطقة صافر بمحافظة مأرب شرق اليمن، في أكبر خسارة بشرية تتكبدها قوات التحالف منذ بدء عملياتها في مارس/آذار الماضي.

وأعلنت القيادة العامة للقوات المسلحة الإماراتية، في بيان نقلته وكالة أنباء الإمارات (وام)، «استشهاد 45 من جنودها البواسل المشاركين في عملية "إعادة الأمل"»، مؤكدة أن «هذا المصاب لن يثنينا عن مواصلة المهمة»، فيما أعلنت قوة دفاع البحرين مقتل خمسة من جنودها.

وزعمت قناة «المسيرة» التابعة للحوثيين أن «القوة الصاروخية للجيش واللجان الشعبية» أطلقت صاروخا من طراز «توشكا» على «تجمع للغزاة» في صافر.

وأعلن رئيس دولة الإمارات الشيخ خليفة بن زايد آل نهيان الحداد الرسمي ثلاثة أيام، فيما زار ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة الشيخ محمد بن زايد آل نهيان، مساء أمس، مجلس عزاء أقيم في أبوظبي لعدد من الشهداء.

وشنت طائرات التحالف، ليل الجمعة - السبت، سلسلة غارات عنيفة على مواقع للحوثيين في صنعاء، استهدفت بحسب سكان معسكرات في جبل نقم شرق العاصمة ومقر وزارة الدفاع.

وكان خادم الحرمين الشريفين الملك سلمان بن عبد العزيز قد عقد، أمس، في البيت الأبيض بواشنطن قمة مع الرئيس الأمريكي باراك أوباما، تناولت «الأوضاع في اليمن وسوريا والاتفاق النووي مع إيران»، وأجرى بعدها اتصالا هاتفيا بولي عهد أبوظبي قدم خلاله التعازي.""",
    entities=[
        E("marib", "Place", ["محافظة مأرب", "مأرب"], "Marib Governorate", sub="Region"),
        E("abudhabi", "Place", ["أبوظبي"], "Abu Dhabi", qid="Q1519", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("wam", "Organization", ["وكالة أنباء الإمارات", "وام"], "Emirates News Agency", sub="MediaOrganization",
          opt=True),
        E("houthis", "Organization", ["الحوثيين"], "Houthis (Ansar Allah)", sub="ArmedGroup"),
        E("saleh_forces", "Organization", ["القوات الموالية للمخلوع علي عبد الله صالح"],
          "Forces loyal to Ali Abdullah Saleh", sub="ArmedForce"),
        E("coalition", "Organization", ["قوات التحالف العربي", "قوات التحالف", "التحالف"], "Saudi-led coalition",
          sub="Coalition"),
        E("safer", "Place", ["منطقة صافر", "صافر"], "Safer", sub="Region"),
        E("yemen", "Place", ["شرق اليمن", "اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("uaeaf", "Organization", ["القوات المسلحة الإماراتية", "القوات المسلحة"], "UAE Armed Forces",
          sub="ArmedForce"),
        E("bdf", "Organization", ["قوة دفاع البحرين"], "Bahrain Defence Force", sub="ArmedForce"),
        E("masira", "Organization", ["المسيرة"], "al-Masirah TV", sub="MediaOrganization"),
        E("uae", "Place", ["دولة الإمارات"], "United Arab Emirates", qid="Q878", sub="Country"),
        E("khalifa", "Person", ["خليفة بن زايد آل نهيان"], "Khalifa bin Zayed Al Nahyan"),
        E("mbz", "Person", ["محمد بن زايد آل نهيان"], "Mohamed bin Zayed Al Nahyan"),
        E("sanaa", "Place", ["صنعاء", "العاصمة"], "Sanaa", sub="City"),
        E("naqam", "Place", ["جبل نقم"], "Jabal Nuqum"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "King Salman bin Abdulaziz"),
        E("whitehouse", "Place", ["البيت الأبيض"], "White House"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("obama", "Person", ["باراك أوباما"], "Barack Obama", qid="Q76"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
    ],
    relations=[
        R("locatedIn", "safer", "marib"),
        R("locatedIn", "marib", "yemen"),
        R("locatedIn", "safer", "yemen", opt=True),
        R("affiliatedWith", "saleh_forces", "houthis", opt=True),
        R("partOf", "masira", "houthis"),
        R("affiliatedWith", "masira", "houthis", opt=True),
        R("memberOf", "uaeaf", "coalition", opt=True),
        R("memberOf", "bdf", "coalition", opt=True),
        R("leaderOf", "khalifa", "uae"),
        R("positionIn", "mbz", "abudhabi"),
        R("positionIn", "mbz", "uaeaf"),
        R("leaderOf", "mbz", "uaeaf", opt=True),
        R("locatedIn", "naqam", "sanaa"),
        R("locatedIn", "whitehouse", "washington"),
        R("locatedIn", "abudhabi", "uae", opt=True),
    ],
    events=[
        # Friday's missile on the coalition camp at Safer
        V("Strike", agent=["houthis", "saleh_forces"], target=["coalition"], place=[["safer", "marib", "yemen"]],
          date="2015-09-04", trigger="صاروخ"),
        V("Killing", agent=["houthis", "saleh_forces"], target=["uaeaf", "bdf"], place=[["safer", "marib", "yemen"]],
          date="2015-09-04", trigger="قُتل"),
        V("Killing", opt=True, target=["coalition"]),
        # the coalition's operation since March (named «إعادة الأمل» since April)
        V("MilitaryOperation", opt=True, name="إعادة الأمل", agent=["coalition"], place=["yemen"], date="2015-03"),
        V("Visit", opt=True, agent=["mbz"], place=["abudhabi"], date="2015-09-04"),
        # the night raids on Sanaa
        V("Strike", agent=["coalition"], target=["houthis"], place=[["naqam", "sanaa"]], date="2015-09", trigger="غارات"),
        V("Meeting", agent=["salman", "obama"], place=[["whitehouse", "washington"]], date="2015-09-04", trigger="قمة"),
        # a phone call: a reasonable annotator may leave it out
        V("Meeting", opt=True, agent=["salman", "mbz"], date="2015-09-04"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Burj al-Barajneh (2015-11-13, a Friday)
DOCS.append(dict(
    id="t4-lb-burj", published="2015-11-13",
    text="""بيروت - «الحياة»:

قُتل 43 شخصا على الأقل وأصيب أكثر من 240 آخرين، مساء أمس الخميس، في تفجيرين انتحاريين متتاليين استهدفا شارعا مكتظا في منطقة برج البراجنة في الضاحية الجنوبية لبيروت، المعقل الرئيسي لـ«حزب الله»، في هجوم تبناه تنظيم «داعش».

وقال التنظيم في بيان تداولته حسابات مؤيدة له إن «جنود الخلافة فجروا عبوة ناسفة في تجمع للمرتدين، ثم فجر أحد الاستشهاديين حزامه الناسف وسط المتجمعين»، متوعدا الحزب بـ«المزيد» بسبب قتاله في سوريا.

ونقلت «الحياة» عن شاهد عيان يدعى علي حسن شمص قوله إن «الانفجار الثاني وقع بعد دقائق من الأول، حين كان الناس يهرعون لإسعاف الجرحى»، مضيفا أن «رجلا صرخ: "لا تقتربوا، هناك انتحاري ثان"، لكن الأوان كان قد فات».

وأعلنت المديرية العامة لقوى الأمن الداخلي، في بيان ليل أمس، أن شعبة المعلومات أوقفت في منطقة الأشرفية في بيروت شخصين يشتبه في مساعدتهما الانتحاريين على التنقل، أحدهما سوري الجنسية.

وتفقد رئيس المجلس التنفيذي في «حزب الله» هاشم صفي الدين موقع التفجيرين، وقال إن «هذه الجريمة لن تغير شيئا في خياراتنا»، فيما أعلن الحزب أن أمينه العام حسن نصر الله سيلقي كلمة غدا السبت.

وأعلن رئيس الحكومة اللبنانية تمام سلام الحداد العام اليوم، ودعا إلى «التضامن في وجه المخططات الرامية إلى زرع الفتنة»، فيما دانت المملكة العربية السعودية التفجيرين على لسان مصدر مسؤول في وزارة الخارجية، بحسب وكالة الأنباء السعودية (واس).""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("burj", "Place", ["منطقة برج البراجنة", "برج البراجنة"], "Burj al-Barajneh", sub="Region"),
        E("dahiyeh", "Place", ["الضاحية الجنوبية"], "Dahiyeh (southern suburbs of Beirut)", sub="Region"),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", sub="ArmedGroup"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("witness", "Person", ["علي حسن شمص"], "Ali Hasan Shamas"),
        E("isf", "Organization", ["المديرية العامة لقوى الأمن الداخلي"], "Internal Security Forces (Lebanon)",
          sub="ArmedForce"),
        E("info", "Organization", ["شعبة المعلومات"], "Information Branch (ISF)", sub="ArmedForce"),
        E("ashrafieh", "Place", ["منطقة الأشرفية", "الأشرفية"], "Achrafieh", sub="Region"),
        E("council", "Organization", ["المجلس التنفيذي"], "Hezbollah Executive Council", sub="PoliticalOrganization",
          opt=True),
        E("safieddine", "Person", ["هاشم صفي الدين"], "Hashem Safieddine"),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah"),
        E("gov", "Organization", ["الحكومة اللبنانية"], "Government of Lebanon", sub="GovernmentBody"),
        E("salam", "Person", ["تمام سلام"], "Tammam Salam"),
        E("ksa", "Place", ["المملكة العربية السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("mfa", "Organization", ["وزارة الخارجية"], "Ministry of Foreign Affairs (Saudi Arabia)",
          sub="GovernmentBody", opt=True),
        E("spa", "Organization", ["وكالة الأنباء السعودية", "واس"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
    ],
    relations=[
        R("locatedIn", "burj", "dahiyeh"),
        R("locatedIn", "dahiyeh", "beirut"),
        R("locatedIn", "burj", "beirut", opt=True),
        R("partOf", "info", "isf"),
        R("locatedIn", "ashrafieh", "beirut"),
        R("memberOf", "safieddine", "hezbollah"),
        R("leaderOf", "safieddine", "council", opt=True),
        R("partOf", "council", "hezbollah", opt=True),
        R("positionIn", "nasrallah", "hezbollah"),
        R("leaderOf", "nasrallah", "hezbollah", opt=True),
        R("leaderOf", "salam", "gov"),
    ],
    events=[
        # Thursday's twin suicide bombings, claimed by IS
        V("Attack", agent=["isis"], place=[["burj", "dahiyeh", "beirut"]], date="2015-11-12", trigger="تفجيرين"),
        V("Killing", agent=["isis"], place=[["burj", "dahiyeh", "beirut"]], date="2015-11-12", trigger="قُتل"),
        V("Attack", opt=True, target=["hezbollah"]),
        # the arrests announced last night
        V("Arrest", agent=[["info", "isf"]], place=[["ashrafieh", "beirut"]], date="2015-11", trigger="أوقفت"),
        V("Arrest", opt=True, date="2015-11-12"),
        V("Visit", agent=["safieddine"], place=[["burj", "dahiyeh", "beirut"]], date="2015-11", trigger="تفقد"),
        # IS fights Hezbollah in Syria (no listed type)
        V("Attack", opt=True, agent=["hezbollah"], place=["syria"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul (2016-10-18, a Tuesday)
DOCS.append(dict(
    id="t4-iq-mosul", published="2016-10-18",
    text="""أربيل، بغداد - «الحياة»، رويترز:

أعلن رئيس الوزراء العراقي حيدر العبادي، فجر أمس الاثنين، انطلاق عمليات «قادمون يا نينوى» لتحرير مدينة الموصل، مركز محافظة نينوى وآخر معاقل تنظيم «داعش» الكبرى في العراق، مؤكدا في كلمة متلفزة أن «القوة الوحيدة التي ستدخل المدينة هي الجيش العراقي والشرطة الوطنية».

وأعلنت القيادة العامة لقوات البيشمركة أن قواتها «حررت تسع قرى شرق الموصل في المرحلة الأولى من العملية، على محور الخازر»، مشيرة إلى أن «نحو أربعة آلاف مقاتل يشاركون في الهجوم بإسناد جوي من التحالف الدولي».

وقال رئيس إقليم كردستان مسعود بارزاني، الذي تفقد خطوط القتال في منطقة الخازر، إن «هذه أول مرة يقاتل فيها البيشمركة والجيش العراقي جنبا إلى جنب»، مضيفا: «قلت للقادة هنا: "تحرير الموصل سيكون بداية عهد جديد"».
ونقلت وكالة «أعماق» التابعة للتنظيم أن مقاتليه نفذوا «تسع عمليات استشهادية» ضد القوات المهاجمة، فيما قالت مصادر طبية في أربيل إن خمسة من عناصر البيشمركة قُتلوا وأصيب 20 آخرون، أمس، بانفجار عبوات ناسفة وسيارات مفخخة.

وفي واشنطن، قال وزير الدفاع الأمريكي آشتون كارتر في بيان إن العملية «لحظة حاسمة في الحملة لإلحاق هزيمة دائمة بالتنظيم»، مؤكدا أن الولايات المتحدة وشركاءها في التحالف «مستعدون لدعم القوات العراقية».

وفي أنقرة، قال الرئيس التركي رجب طيب أردوغان إن تركيا «ستكون جزءا من العملية، ولن تبقى خارج الطاولة»، في إشارة إلى القوات التركية المتمركزة في معسكر بعشيقة شمال شرقي الموصل، وهو ما ترفضه بغداد.

وأعربت منسقة الشؤون الإنسانية للأمم المتحدة في العراق ليز غراندي عن قلقها على مصير «نحو مليون ونصف مليون مدني ما زالوا داخل المدينة»، محذرة من أن التنظيم «قد يستخدمهم دروعا بشرية».""",
    entities=[
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City", alt=["Organization"]),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("mosul", "Place", ["مدينة الموصل", "الموصل", "المدينة"], "Mosul", sub="City"),
        E("nineveh", "Place", ["محافظة نينوى"], "Nineveh Governorate", sub="Region"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("police", "Organization", ["الشرطة الوطنية"], "Iraqi Federal Police", sub="ArmedForce"),
        E("peshmerga", "Organization", ["قوات البيشمركة", "البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("khazir", "Place", ["محور الخازر", "منطقة الخازر", "الخازر"], "al-Khazir front", sub="Region"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "International coalition against IS",
          sub="Coalition"),
        E("kurdistan", "Place", ["إقليم كردستان"], "Kurdistan Region", sub="Region"),
        E("barzani", "Person", ["مسعود بارزاني"], "Masoud Barzani"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("carter", "Person", ["آشتون كارتر"], "Ashton Carter"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("iraqi_forces", "Organization", ["القوات العراقية"], "Iraqi security forces", sub="ArmedForce"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdogan"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country", alt=["Organization"]),
        E("turkish_forces", "Organization", ["القوات التركية"], "Turkish Armed Forces", sub="ArmedForce"),
        E("bashiqa", "Place", ["معسكر بعشيقة"], "Bashiqa camp"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("grande", "Person", ["ليز غراندي"], "Lise Grande"),
    ],
    relations=[
        R("leaderOf", "abadi", "iraq"),
        R("locatedIn", "mosul", "nineveh"),
        R("locatedIn", "mosul", "iraq", opt=True),
        R("locatedIn", "khazir", "mosul", opt=True),
        R("leaderOf", "barzani", "kurdistan"),
        R("affiliatedWith", "peshmerga", "kurdistan", opt=True),
        R("partOf", "amaq", "isis"),
        R("positionIn", "carter", "us"),
        R("memberOf", "us", "coalition"),
        R("leaderOf", "erdogan", "turkey"),
        R("locatedIn", "bashiqa", "mosul", opt=True),
        R("locatedIn", "turkish_forces", "bashiqa", opt=True),
        R("positionIn", "grande", "un"),
    ],
    events=[
        V("MilitaryOperation", name="قادمون يا نينوى", agent=["army", "police", "peshmerga"], target=["isis"],
          place=[["mosul", "nineveh"]], date="2016-10-17", trigger="انطلاق عمليات"),
        V("MilitaryOperation", opt=True, agent=["coalition", "iraqi_forces"]),
        V("Attack", agent=["peshmerga"], target=["isis"], place=[["khazir", "mosul"]], date="2016-10-17",
          trigger="الهجوم"),
        V("Attack", opt=True, agent=["coalition"]),
        V("Visit", agent=["barzani"], place=["khazir"], date="2016-10-17", trigger="تفقد"),
        # IS's claimed suicide attacks, and the Peshmerga dead (no agent named for the deaths)
        V("Attack", agent=["isis"], target=[["peshmerga", "iraqi_forces"]], date="2016-10", trigger="عمليات استشهادية"),
        V("Killing", target=["peshmerga"], date="2016-10-17", trigger="قُتلوا"),
        V("Killing", opt=True, agent=["isis"], place=["khazir"]),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, the Islamic military coalition (2015-12-16, a Wednesday)
DOCS.append(dict(
    id="t4-sa-alliance", published="2015-12-16",
    text="""الرياض - «عكاظ»:

أعلنت المملكة العربية السعودية، أمس الثلاثاء، تشكيل «التحالف الإسلامي العسكري» لمحاربة الإرهاب بقيادة المملكة ومشاركة 34 دولة، على أن يكون مقره في الرياض وتُنشأ فيه غرفة عمليات مشتركة «لتنسيق ودعم العمليات العسكرية لمحاربة الإرهاب».

وقال ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان، في مؤتمر صحافي عقده في نادي ضباط القوات المسلحة بالرياض، إن التحالف «سيحارب أي منظمة إرهابية تظهر أمامنا، لا داعش فقط»، موضحا أن العمليات في سوريا والعراق «ستتم بالتنسيق مع الشرعية في هذه الدول ومع المجتمع الدولي».

وتضم قائمة الدول المشاركة، بحسب البيان المشترك الذي نقلته وكالة الأنباء السعودية (واس)، كلا من مصر وتركيا وباكستان والإمارات وماليزيا ونيجيريا، إلى جانب دول أخرى في آسيا وأفريقيا، فيما غابت عنها إيران والعراق وسوريا.

ورحب الأمين العام لمجلس التعاون لدول الخليج العربية عبد اللطيف الزياني بالإعلان، واصفا إياه بأنه «خطوة تاريخية تعكس وحدة الصف الإسلامي في مواجهة آفة الإرهاب».

وفي سياق منفصل، أعلن المتحدث الأمني لوزارة الداخلية أن رجال الأمن قتلوا، فجر أمس، المطلوب ماجد عبد الله الزهراني في تبادل لإطلاق النار في حي الشرفية بمدينة الطائف، بعد أن رفض تسليم نفسه وبادر بإطلاق النار على الدورية، مشيرا إلى أن الزهراني «مطلوب لتورطه في إيواء عناصر من تنظيم داعش الإرهابي وتزويدهم بالأسلحة»، وأن أحد رجال الأمن أصيب بجروح طفيفة.
وأضاف أن الأجهزة الأمنية ألقت القبض على شخصين كانا برفقته، أحدهما يحمل الجنسية اليمنية، ويدعى فارس علي الريمي.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("ksa", "Place", ["المملكة العربية السعودية", "المملكة"], "Saudi Arabia", qid="Q851", sub="Country",
          alt=["Organization"]),
        E("imctc", "Organization", ["التحالف الإسلامي العسكري", "التحالف"], "Islamic Military Counter Terrorism Coalition",
          sub="Coalition"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Saudi Arabia)", sub="GovernmentBody"),
        E("club", "Place", ["نادي ضباط القوات المسلحة"], "Armed Forces Officers' Club (Riyadh)"),
        E("isis", "Organization", ["تنظيم داعش", "داعش"], "Islamic State", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("spa", "Organization", ["وكالة الأنباء السعودية", "واس"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country", alt=["Organization"]),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country", alt=["Organization"]),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country", alt=["Organization"]),
        E("uae", "Place", ["الإمارات"], "United Arab Emirates", qid="Q878", sub="Country", alt=["Organization"]),
        E("malaysia", "Place", ["ماليزيا"], "Malaysia", qid="Q833", sub="Country", alt=["Organization"]),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country", alt=["Organization"]),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("gcc", "Organization", ["مجلس التعاون لدول الخليج العربية"], "Gulf Cooperation Council"),
        E("zayani", "Person", ["عبد اللطيف الزياني"], "Abdullatif bin Rashid Al Zayani"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Saudi Arabia)", sub="GovernmentBody"),
        E("zahrani", "Person", ["ماجد عبد الله الزهراني", "الزهراني"], "Majid Abdallah al-Zahrani"),
        E("sharafiya", "Place", ["حي الشرفية"], "al-Sharafiya district (Taif)", sub="Region"),
        E("taif", "Place", ["مدينة الطائف", "الطائف"], "Taif", sub="City"),
        E("raimi", "Person", ["فارس علي الريمي"], "Faris Ali al-Raimi"),
    ],
    relations=[
        R("leaderOf", "ksa", "imctc"),
        R("memberOf", "ksa", "imctc", opt=True),
        R("locatedIn", "imctc", "riyadh", opt=True),
        R("positionIn", "mbs", "cabinet"),
        R("positionIn", "mbs", "ksa", opt=True),
        R("locatedIn", "club", "riyadh"),
        R("memberOf", "egypt", "imctc"),
        R("memberOf", "turkey", "imctc"),
        R("memberOf", "pakistan", "imctc"),
        R("memberOf", "uae", "imctc"),
        R("memberOf", "malaysia", "imctc"),
        R("memberOf", "nigeria", "imctc"),
        R("positionIn", "zayani", "gcc"),
        R("leaderOf", "zayani", "gcc", opt=True),
        R("affiliatedWith", "zahrani", "isis", opt=True),
        R("locatedIn", "sharafiya", "taif"),
    ],
    events=[
        V("Meeting", opt=True, agent=["mbs"], place=[["club", "riyadh"]], date="2015-12-15"),
        # the wanted man killed in Taif at dawn yesterday, two companions arrested
        V("Killing", target=["zahrani"], place=[["sharafiya", "taif"]], date="2015-12-15", trigger="قتلوا"),
        V("Killing", opt=True, agent=["moi"]),
        V("Attack", opt=True, agent=["zahrani"], place=[["sharafiya", "taif"]], date="2015-12-15"),
        V("Arrest", target=["raimi"], place=[["sharafiya", "taif"]], date="2015-12-15", trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["moi"]),
    ],
))

# ---------------------------------------------------------------- Egypt/Russia, the Sinai air crash (2015-11-01, a Sunday)
DOCS.append(dict(
    id="t4-eg-metrojet", published="2015-11-01",
    text="""القاهرة، موسكو - «الشرق الأوسط»، أ ف ب:

لقي 224 شخصا، هم جميع ركاب وطاقم طائرة ركاب روسية من طراز «إيرباص إيه 321» تابعة لشركة «كوغاليمافيا»، حتفهم، صباح أمس السبت، إثر تحطمها في منطقة الحسنة بوسط سيناء بعد 23 دقيقة من إقلاعها من مطار شرم الشيخ الدولي متجهة إلى مدينة سان بطرسبرغ.

وتبنى تنظيم «ولاية سيناء»، الفرع المصري لتنظيم «داعش»، إسقاط الطائرة في بيان قال فيه إن «جنود الخلافة تمكنوا من إسقاط طائرة روسية فوق سيناء»، معتبرا ذلك «ردا على قتل الروس مئات المسلمين في أرض الشام».
غير أن وزير الطيران المدني المصري حسام كمال قال في مؤتمر صحافي إنه «لا توجد حتى الآن أي مؤشرات على عمل تخريبي»، فيما قال وزير النقل الروسي مكسيم سوكولوف إن إعلان التنظيم «لا يمكن اعتباره دقيقا».

وتفقد رئيس الوزراء المصري شريف إسماعيل موقع الحادث، أمس، يرافقه عدد من الوزراء، وقال إن «الصندوقين الأسودين عُثر عليهما وسيتم تحليلهما بمشاركة خبراء روس».

وفي موسكو، أعلن الرئيس الروسي فلاديمير بوتين اليوم الأحد يوم حداد وطني، وأمر بتشكيل لجنة حكومية للتحقيق برئاسة رئيس الوزراء ديمتري ميدفيديف، فيما نقلت وكالة «إنترفاكس» عن مصدر في لجنة التحقيق قوله إن «المحققين يدرسون كل الفرضيات، ومنها ما قاله أحد الفنيين: "كان هناك عطل في المحرك قبل الرحلة"».

وأعلنت شركات طيران، بينها «لوفتهانزا» الألمانية و«طيران الإمارات»، تعليق رحلاتها فوق شبه جزيرة سيناء حتى اتضاح ملابسات الحادث، الذي يعد أسوأ كارثة جوية في تاريخ روسيا وضربة جديدة لقطاع السياحة في مصر.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("moscow", "Place", ["موسكو"], "Moscow", qid="Q649", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("kogalym", "Organization", ["كوغاليمافيا"], "Kogalymavia (Metrojet)"),
        E("hasana", "Place", ["منطقة الحسنة", "الحسنة"], "al-Hasana (Sinai)", sub="Region"),
        E("sinai", "Place", ["وسط سيناء", "شبه جزيرة سيناء", "سيناء"], "Sinai Peninsula", sub="Region"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("sharm_airport", "Place", ["مطار شرم الشيخ الدولي"], "Sharm el-Sheikh International Airport"),
        E("stpete", "Place", ["مدينة سان بطرسبرغ", "سان بطرسبرغ"], "Saint Petersburg", qid="Q656", sub="City"),
        E("wilayat", "Organization", ["ولاية سيناء", "التنظيم"], "Islamic State - Sinai Province", sub="ArmedGroup"),
        E("isis", "Organization", ["داعش"], "Islamic State", sub="ArmedGroup"),
        E("kamal", "Person", ["حسام كمال"], "Hossam Kamal"),
        E("sokolov", "Person", ["مكسيم سوكولوف"], "Maxim Sokolov"),
        E("ismail", "Person", ["شريف إسماعيل"], "Sherif Ismail"),
        E("putin", "Person", ["فلاديمير بوتين"], "Vladimir Putin", qid="Q7747"),
        E("medvedev", "Person", ["ديمتري ميدفيديف"], "Dmitry Medvedev"),
        E("interfax", "Organization", ["إنترفاكس"], "Interfax", sub="MediaOrganization", opt=True),
        E("lufthansa", "Organization", ["لوفتهانزا"], "Lufthansa"),
        E("emirates", "Organization", ["طيران الإمارات"], "Emirates (airline)"),
    ],
    relations=[
        R("locatedIn", "hasana", "sinai"),
        R("partOf", "wilayat", "isis"),
        R("leaderOf", "putin", "russia"),
        R("positionIn", "sokolov", "russia"),
        R("positionIn", "kamal", "egypt"),
        R("leaderOf", "ismail", "egypt"),
        R("positionIn", "ismail", "egypt", opt=True),
        R("leaderOf", "medvedev", "russia", opt=True),
        R("locatedIn", "sinai", "egypt", opt=True),
        R("locatedIn", "stpete", "russia", opt=True),
    ],
    events=[
        # the crash on Saturday, claimed by «ولاية سيناء» and doubted by the officials
        V("Attack", agent=["wilayat"], place=[["hasana", "sinai"]], date="2015-10-31", trigger="إسقاط"),
        V("Attack", opt=True, agent=["isis"]),
        V("Killing", opt=True, agent=["wilayat"], place=[["hasana", "sinai"]], date="2015-10-31"),
        V("Visit", agent=["ismail"], place=[["hasana", "sinai"]], date="2015-10-31", trigger="تفقد"),
    ],
))
