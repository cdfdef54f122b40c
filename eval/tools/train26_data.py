"""Hand annotations of the twenty-sixth training set (see eval/train26/README.md).

Relations in agency copy, the relations helper's working set: posts after names in apposition
(X، وزير الخارجية السوري، ...), posts before names with the body after a long phrase, officials named
by a country adjective (السفير الإيطالي في طرابلس، وزير الداخلية الليبي), leaders by a pronoun
suffix (قائدها، زعيمها، التي يتزعمها), «القيادي في»، «أحد قادة»، «المسؤول في»، «عضو المكتب السياسي»،
«الأمين العام لـ»، «رئيس هيئة الأركان»، «محافظ X»، «والي X»، appointments (عيّن X قائدا لـ، تولى X
رئاسة)، allegiance (بايع، أعلن انضمامه إلى)، affiliation (المدعوم من، الموالية لـ، المقربة من)،
places in places (X (شمال سوريا)، بلدة X في ريف Y، X عاصمة ولاية Y) and parts of organisations
(الجناح العسكري لـ، فرع X في Y). Persons are invented except well-known public figures. Written and
annotated before the extractor was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Hama countryside (2017-10-09, Monday)
DOCS.append(dict(
    id="t26-sy-abudali", published="2017-10-09",
    text="""دمشق - (رويترز):

قال وليد المعلم، وزير الخارجية السوري، في مؤتمر صحفي عقده في دمشق أمس الأحد، إن حكومته «لن تسمح» بوجود دائم للقوات التركية في محافظة إدلب (شمال غرب سوريا)، مضيفا أن «أي اتفاق لا يعني التنازل عن شبر من أرضنا».

وجاءت تصريحات المعلم بعد ساعات من إعلان «هيئة تحرير الشام»، التي يتزعمها أبو محمد الجولاني، سيطرتها على بلدة أبو دالي في ريف حماة الشمالي الشرقي، إثر اشتباكات مع مسلحين موالين للحكومة.

وقال سامر الدالي، القيادي في فصيل «جيش العزة» المدعوم من الولايات المتحدة، إن عناصر الفصيل «لم يشاركوا في المعارك»، فيما أوضح أحمد الحسون، مدير المكتب الإعلامي في الهيئة، أن مقاتليها أسروا ثلاثة جنود خلال الهجوم.

وفي سياق متصل، عيّن الرئيس السوري بشار الأسد العميد المتقاعد جمال خضور محافظا لحماة، خلفا لمحافظ سابق أقيل الشهر الماضي بعد اتهامات بالفساد.

وكان أبو ماريا القحطاني، عضو مجلس الشورى في «هيئة تحرير الشام»، قد دعا في تسجيل صوتي مقاتلي «حركة أحرار الشام» إلى الانضمام إلى الهيئة، فيما قال المرصد السوري لحقوق الإنسان، ومقره لندن، إن 40 مقاتلا قتلوا في المعارك.""",
    entities=[
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("muallem", "Person", ["وليد المعلم", "المعلم"], "Walid Muallem"),
        E("govt", "Organization", ["الحكومة"], "Syrian government", opt=True),
        E("tsk", "Organization", ["القوات التركية"], "Turkish Armed Forces", sub="ArmedForce"),
        E("idlib", "Place", ["محافظة إدلب"], "Idlib Governorate", sub="Region"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("hts", "Organization", ["هيئة تحرير الشام", "الهيئة"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("jolani", "Person", ["أبو محمد الجولاني"], "Abu Mohammad al-Julani"),
        E("abudali", "Place", ["بلدة أبو دالي", "أبو دالي"], "Abu Dali", sub="City"),
        E("hama", "Place", ["ريف حماة", "حماة"], "Hama Governorate", sub="Region"),
        E("dali", "Person", ["سامر الدالي"], "Samer al-Dali"),
        E("izza", "Organization", ["جيش العزة", "الفصيل"], "Jaysh al-Izza", sub="ArmedGroup"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("hassoun", "Person", ["أحمد الحسون"], "Ahmad al-Hassoun"),
        E("assad", "Person", ["بشار الأسد"], "Bashar al-Assad", qid="Q44329"),
        E("khaddour", "Person", ["جمال خضور"], "Jamal Khaddour"),
        E("qahtani", "Person", ["أبو ماريا القحطاني"], "Abu Maria al-Qahtani"),
        E("shura", "Organization", ["مجلس الشورى"], "HTS Shura Council", opt=True),
        E("ahrar", "Organization", ["حركة أحرار الشام"], "Ahrar al-Sham", sub="ArmedGroup"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("london", "Place", ["لندن"], "London", qid="Q84", sub="City"),
    ],
    relations=[
        R("positionIn", "muallem", "syria"),          # X، وزير الخارجية السوري،
        R("locatedIn", "idlib", "syria"),             # محافظة إدلب (شمال غرب سوريا)
        R("leaderOf", "jolani", "hts"),               # التي يتزعمها X
        R("locatedIn", "abudali", "hama"),            # بلدة أبو دالي في ريف حماة
        R("memberOf", "dali", "izza"),                # X، القيادي في فصيل Y
        R("affiliatedWith", "izza", "us"),            # المدعوم من الولايات المتحدة
        R("positionIn", "hassoun", "hts"),            # X، مدير المكتب الإعلامي في الهيئة
        R("memberOf", "hassoun", "hts", opt=True),
        R("leaderOf", "assad", "syria"),              # الرئيس السوري X
        R("leaderOf", "khaddour", "hama"),            # عيّن X محافظا لحماة
        R("positionIn", "khaddour", "syria", opt=True),
        R("memberOf", "qahtani", "hts"),              # X، عضو مجلس الشورى في Y
        R("memberOf", "qahtani", "shura", opt=True),
        R("partOf", "shura", "hts", opt=True),
        R("locatedIn", "sohr", "london", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["hts"], place=["abudali"], trigger="اشتباكات"),
        V("Arrest", opt=True, agent=["hts"], place=["abudali"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Kirkuk (2017-10-06, Friday)
DOCS.append(dict(
    id="t26-iq-hawija", published="2017-10-06",
    text="""بغداد - (أ ف ب):

أعلن الفريق الركن كريم الساعدي، قائد الشرطة الاتحادية، أمس الخميس، أن قواته وفصائل «الحشد الشعبي» استعادت السيطرة على بلدة الرشاد جنوب غربي قضاء الحويجة بمحافظة كركوك، بعد معارك مع مسلحي تنظيم «داعش» استمرت ثلاثة أيام.

وقال أبو مهدي المهندس، نائب رئيس هيئة الحشد الشعبي، في بيان إن «منظمة بدر»، التي يتزعمها هادي العامري، و«كتائب حزب الله» شاركتا في الهجوم، مؤكدا أن «المعركة المقبلة ستكون في صحراء الأنبار».

في غضون ذلك، قال مصدر أمني في المحافظة إن القوات اعتقلت المدعو أحمد صالح الجبوري، الملقب بأبي عمر، وهو المسؤول الشرعي للتنظيم في قاطع الحويجة، أثناء محاولته الفرار نحو بلدة الزاب.

وفي الموصل، كبرى مدن محافظة نينوى شمالي العراق، قال ناظم الحديدي، محافظ نينوى، إن آلاف العائلات النازحة بدأت بالعودة إلى الجانب الأيمن من المدينة.

من جهته، قال النائب عن محافظة كركوك في البرلمان العراقي، حسن توران، وهو نائب رئيس الجبهة التركمانية العراقية، إن «على الحكومة الاتحادية حماية المكون التركماني في المحافظة».""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("saidi", "Person", ["كريم الساعدي"], "Karim al-Saidi"),
        E("fedpol", "Organization", ["الشرطة الاتحادية", "القوات"], "Federal Police (Iraq)", sub="ArmedForce"),
        E("pmf", "Organization", ["الحشد الشعبي", "هيئة الحشد الشعبي"], "Popular Mobilization Forces",
          sub="ArmedForce"),
        E("rashad", "Place", ["بلدة الرشاد"], "al-Rashad", sub="City"),
        E("hawija", "Place", ["قضاء الحويجة", "الحويجة"], "Hawija District", sub="Region"),
        E("kirkuk", "Place", ["محافظة كركوك", "المحافظة"], "Kirkuk Governorate", sub="Region"),
        E("isis", "Organization", ["داعش", "تنظيم «داعش»", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("muhandis", "Person", ["أبو مهدي المهندس"], "Abu Mahdi al-Muhandis"),
        E("badr", "Organization", ["منظمة بدر"], "Badr Organization", sub="ArmedGroup"),
        E("amiri", "Person", ["هادي العامري"], "Hadi al-Amiri"),
        E("kh", "Organization", ["كتائب حزب الله"], "Kataib Hezbollah", sub="ArmedGroup"),
        E("anbar", "Place", ["الأنبار"], "Anbar Governorate", sub="Region", opt=True),
        E("jubouri", "Person", ["أحمد صالح الجبوري", "أبي عمر"], "Ahmad Salih al-Jubouri"),
        E("zab", "Place", ["بلدة الزاب"], "al-Zab", sub="City"),
        E("mosul", "Place", ["الموصل", "المدينة"], "Mosul", qid="Q83367", sub="City"),
        E("nineveh", "Place", ["محافظة نينوى", "نينوى"], "Nineveh Governorate", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("hadidi", "Person", ["ناظم الحديدي"], "Nazim al-Hadidi"),
        E("parliament", "Organization", ["البرلمان العراقي"], "Council of Representatives of Iraq",
          sub="GovernmentBody"),
        E("turan", "Person", ["حسن توران"], "Hassan Turan"),
        E("itf", "Organization", ["الجبهة التركمانية العراقية"], "Iraqi Turkmen Front", sub="PoliticalOrganization"),
        E("fedgov", "Organization", ["الحكومة الاتحادية"], "Iraqi federal government", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("leaderOf", "saidi", "fedpol"),             # X، قائد الشرطة الاتحادية،
        R("locatedIn", "rashad", "hawija"),           # بلدة الرشاد جنوب غربي قضاء الحويجة
        R("locatedIn", "hawija", "kirkuk"),           # قضاء الحويجة بمحافظة كركوك
        R("locatedIn", "rashad", "kirkuk", opt=True),
        R("positionIn", "muhandis", "pmf"),           # X، نائب رئيس هيئة الحشد الشعبي
        R("leaderOf", "amiri", "badr"),               # التي يتزعمها X
        R("memberOf", "jubouri", "isis"),             # X، ...، وهو المسؤول الشرعي للتنظيم
        R("positionIn", "jubouri", "isis", opt=True),
        R("locatedIn", "mosul", "nineveh"),           # الموصل، كبرى مدن محافظة نينوى
        R("locatedIn", "nineveh", "iraq"),            # محافظة نينوى شمالي العراق
        R("locatedIn", "mosul", "iraq", opt=True),
        R("leaderOf", "hadidi", "nineveh"),           # X، محافظ نينوى
        R("affiliatedWith", "badr", "pmf", opt=True),
        R("affiliatedWith", "kh", "pmf", opt=True),
        R("memberOf", "turan", "parliament"),         # النائب عن ... في البرلمان العراقي، X
        R("positionIn", "turan", "itf"),              # وهو نائب رئيس الجبهة التركمانية العراقية
        R("memberOf", "turan", "itf", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["fedpol", "pmf"], target=["isis"], place=["rashad"], trigger="معارك"),
        V("Arrest", target=["jubouri"], trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["fedpol"]),
        V("Arrest", opt=True, place=["hawija", "kirkuk"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Mocha (2017-01-28, Saturday)
DOCS.append(dict(
    id="t26-ye-mocha", published="2017-01-28",
    text="""عدن - (الأناضول):

أصدر الرئيس اليمني عبد ربه منصور هادي، أمس الجمعة، قرارا عيّن بموجبه اللواء محمد صالح العولقي رئيسا لهيئة الأركان العامة للجيش، خلفا للواء الذي قتل الأسبوع الماضي في هجوم صاروخي استهدف مقرا عسكريا غرب مدينة تعز.

ويأتي القرار فيما تواصل «ألوية العمالقة»، التي قال قائدها العميد حمدي شكري إن مقاتليه «باتوا على مشارف الميناء»، تقدمها نحو مدينة المخا الساحلية بمحافظة تعز (جنوب غرب اليمن).

في المقابل، قال محمد عبد السلام، المتحدث باسم جماعة «أنصار الله» (الحوثيين)، إن قوات الجماعة والوحدات الموالية للرئيس السابق علي عبد الله صالح «صدت ثلاث محاولات تقدم» وقتلت عشرات المهاجمين.

وفي محافظة أبين، قال مسؤول محلي إن مسلحين من تنظيم «القاعدة في جزيرة العرب»، فرع التنظيم في اليمن، اغتالوا العقيد فيصل الحدي، أحد قادة الحزام الأمني، في بلدة مودية، وهي ثاني هجوم من نوعه خلال شهر.

ويتبع الحزام الأمني، الذي يقوده في أبين العميد عبد اللطيف السيد، للمجلس الانتقالي الجنوبي، الذي يرأسه عيدروس الزبيدي، محافظ عدن السابق.""",
    entities=[
        E("aden", "Place", ["عدن"], "Aden", qid="Q131694", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi", qid="Q57313"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("awlaqi", "Person", ["محمد صالح العولقي"], "Mohammed Salih al-Awlaqi"),
        E("staff", "Organization", ["هيئة الأركان العامة للجيش", "هيئة الأركان العامة"], "General Staff (Yemen)",
          sub="ArmedForce"),
        E("taiz", "Place", ["مدينة تعز"], "Taiz", sub="City"),
        E("amaliqa", "Organization", ["ألوية العمالقة"], "Giants Brigades", sub="ArmedGroup"),
        E("shukri", "Person", ["حمدي شكري"], "Hamdi Shukri"),
        E("mocha", "Place", ["مدينة المخا", "المخا"], "Mocha", sub="City"),
        E("taizgov", "Place", ["محافظة تعز"], "Taiz Governorate", sub="Region"),
        E("abdulsalam", "Person", ["محمد عبد السلام"], "Mohammed Abdulsalam"),
        E("houthis", "Organization", ["أنصار الله", "الحوثيين", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("saleh", "Person", ["علي عبد الله صالح"], "Ali Abdullah Saleh", qid="Q38016"),
        E("abyan", "Place", ["محافظة أبين"], "Abyan Governorate", sub="Region"),
        E("aqap", "Organization", ["القاعدة في جزيرة العرب"], "al-Qaeda in the Arabian Peninsula", sub="ArmedGroup"),
        E("qaeda", "Organization", ["التنظيم"], "al-Qaeda", sub="ArmedGroup", opt=True),
        E("haddi", "Person", ["فيصل الحدي"], "Faisal al-Haddi"),
        E("hizam", "Organization", ["الحزام الأمني"], "Security Belt", sub="ArmedGroup"),
        E("mudiyah", "Place", ["بلدة مودية"], "Mudiyah", sub="City"),
        E("sayed", "Person", ["عبد اللطيف السيد"], "Abdul Latif al-Sayed"),
        E("stc", "Organization", ["المجلس الانتقالي الجنوبي"], "Southern Transitional Council",
          sub="PoliticalOrganization"),
        E("zubaidi", "Person", ["عيدروس الزبيدي"], "Aidarus al-Zubaidi"),
    ],
    relations=[
        R("leaderOf", "hadi", "yemen"),               # الرئيس اليمني X
        R("leaderOf", "awlaqi", "staff"),             # عيّن X رئيسا لهيئة الأركان العامة
        R("positionIn", "awlaqi", "yemen", opt=True),
        R("leaderOf", "shukri", "amaliqa"),           # التي قال قائدها X
        R("locatedIn", "mocha", "taizgov"),           # مدينة المخا الساحلية بمحافظة تعز
        R("locatedIn", "taizgov", "yemen"),           # محافظة تعز (جنوب غرب اليمن)
        R("locatedIn", "mocha", "yemen", opt=True),
        R("locatedIn", "taiz", "taizgov", opt=True),
        R("spokespersonOf", "abdulsalam", "houthis"), # X، المتحدث باسم جماعة Y
        R("partOf", "aqap", "qaeda", opt=True),       # فرع التنظيم في اليمن
        R("memberOf", "haddi", "hizam"),              # X، أحد قادة Y
        R("locatedIn", "mudiyah", "abyan", opt=True),
        R("leaderOf", "sayed", "hizam"),              # الذي يقوده في أبين X
        R("partOf", "hizam", "stc"),                  # يتبع الحزام الأمني ... للمجلس
        R("leaderOf", "zubaidi", "stc"),              # الذي يرأسه X
        R("leaderOf", "zubaidi", "aden", opt=True),   # محافظ عدن السابق
    ],
    events=[
        V("Strike", opt=True, place=["taiz"], date="2017-01"),
        V("Attack", opt=True, agent=["houthis"], place=["mocha"]),
        V("Killing", agent=["aqap"], target=["haddi"], place=["mudiyah"], trigger="اغتالوا"),
    ],
))

# ---------------------------------------------------------------- Libya, Tripoli (2019-04-12, Friday)
DOCS.append(dict(
    id="t26-ly-tarhuna", published="2019-04-12",
    text="""طرابلس - (رويترز):

قال فتحي البوسيفي، وزير الداخلية في حكومة الوفاق الوطني المعترف بها دوليا، إن قوات الحكومة «استعادت زمام المبادرة» جنوب العاصمة الليبية، بعد أسبوع من هجوم شنته القوات التي يقودها خليفة حفتر.

في المقابل، أكد أحمد المسماري، المتحدث باسم «الجيش الوطني الليبي»، في مؤتمر صحفي في بنغازي مساء أمس الخميس، أن طائرات الجيش قصفت معسكرا في منطقة السواني، وأن «اللواء السابع»، الموالي لحفتر والمتمركز في مدينة ترهونة (90 كيلومترا جنوب شرق طرابلس)، يتقدم نحو مطار طرابلس الدولي.

وقال إبراهيم الدرسي، عضو مجلس النواب عن مدينة بنغازي، إن البرلمان «يدعم الجيش في حربه على الإرهاب»، فيما دعا فايز السراج، رئيس المجلس الرئاسي، مجلس الأمن الدولي إلى إدانة الهجوم.

من جهته، التقى السفير الإيطالي في طرابلس جوزيبي بوتشينو، أمس، نائب رئيس المجلس الرئاسي أحمد معيتيق، وبحث معه سبل التوصل إلى وقف لإطلاق النار.

وفي مصراتة، قال محمد قنونو، الناطق باسم قوات «بركان الغضب» التابعة لحكومة الوفاق، إن كتائب من المدينة، بينها «لواء الصمود» الذي يقوده صلاح بادي، وصلت إلى محاور القتال جنوب العاصمة.""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة الليبية"], "Tripoli", qid="Q3579", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("bouseifi", "Person", ["فتحي البوسيفي"], "Fathi al-Bouseifi"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق", "الحكومة"], "Government of National Accord",
          sub="GovernmentBody"),
        E("haftar", "Person", ["خليفة حفتر", "حفتر"], "Khalifa Haftar", qid="Q1739990"),
        E("mismari", "Person", ["أحمد المسماري"], "Ahmed al-Mismari"),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش"], "Libyan National Army", sub="ArmedForce"),
        E("benghazi", "Place", ["بنغازي", "مدينة بنغازي"], "Benghazi", qid="Q132830", sub="City"),
        E("sawani", "Place", ["منطقة السواني"], "al-Sawani", sub="City"),
        E("seventh", "Organization", ["اللواء السابع"], "7th Brigade (Kaniyat)", sub="ArmedGroup"),
        E("tarhuna", "Place", ["مدينة ترهونة"], "Tarhuna", sub="City"),
        E("airport", "Place", ["مطار طرابلس الدولي"], "Tripoli International Airport", opt=True),
        E("darsi", "Person", ["إبراهيم الدرسي"], "Ibrahim al-Darsi"),
        E("hor", "Organization", ["مجلس النواب", "البرلمان"], "House of Representatives (Libya)",
          sub="GovernmentBody"),
        E("sarraj", "Person", ["فايز السراج"], "Fayez al-Sarraj", qid="Q21621591"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council (Libya)", sub="GovernmentBody"),
        E("unsc", "Organization", ["مجلس الأمن الدولي"], "UN Security Council", qid="Q37470"),
        E("buccino", "Person", ["جوزيبي بوتشينو"], "Giuseppe Buccino"),
        E("maiteeq", "Person", ["أحمد معيتيق"], "Ahmed Maiteeq"),
        E("misrata", "Place", ["مصراتة", "المدينة"], "Misrata", sub="City"),
        E("gnunu", "Person", ["محمد قنونو"], "Mohamed Gnunu"),
        E("burkan", "Organization", ["بركان الغضب"], "Volcano of Rage", sub="ArmedForce"),
        E("sumud", "Organization", ["لواء الصمود"], "al-Sumud Brigade", sub="ArmedGroup"),
        E("badi", "Person", ["صلاح بادي"], "Salah Badi"),
    ],
    relations=[
        R("positionIn", "bouseifi", "gna"),           # X، وزير الداخلية في حكومة Y
        R("leaderOf", "haftar", "lna"),               # القوات التي يقودها X
        R("spokespersonOf", "mismari", "lna"),        # X، المتحدث باسم Y
        R("affiliatedWith", "seventh", "haftar"),     # الموالي لحفتر
        R("affiliatedWith", "seventh", "lna", opt=True),
        R("locatedIn", "tarhuna", "tripoli", opt=True),
        R("memberOf", "darsi", "hor"),                # X، عضو مجلس النواب عن مدينة بنغازي
        R("leaderOf", "sarraj", "pc"),                # X، رئيس المجلس الرئاسي
        R("leaderOf", "sarraj", "gna", opt=True),
        R("positionIn", "maiteeq", "pc"),             # نائب رئيس المجلس الرئاسي X
        R("memberOf", "maiteeq", "pc", opt=True),
        R("spokespersonOf", "gnunu", "burkan"),       # X، الناطق باسم قوات Y
        R("partOf", "burkan", "gna"),                 # التابعة لحكومة الوفاق
        R("leaderOf", "badi", "sumud"),               # الذي يقوده X
        R("locatedIn", "sumud", "misrata", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["lna", "haftar"], place=["tripoli"], date="2019-04"),
        V("Strike", agent=["lna"], place=["sawani"], trigger="قصفت"),
        V("Meeting", agent=["buccino", "maiteeq"], place=["tripoli"], date="2019-04-11", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2017-11-26, Sunday)
DOCS.append(dict(
    id="t26-eg-rawda", published="2017-11-26",
    text="""القاهرة - (أ ش أ):

قال وزير الداخلية المصري اللواء مجدي عبد الغفار، أمس السبت، إن أجهزة الأمن «حددت هوية عدد من منفذي» الهجوم الذي استهدف مسجد الروضة في قرية الروضة التابعة لمركز بئر العبد بمحافظة شمال سيناء، وأسفر عن مقتل أكثر من 300 مصل.

ولم تعلن أي جهة مسؤوليتها عن الهجوم، غير أن مصادر أمنية رجحت وقوف تنظيم «ولاية سيناء»، فرع تنظيم الدولة الإسلامية في مصر، وراءه.

وفي القاهرة، قضت محكمة جنايات الجيزة بالسجن المؤبد على محمود عزت، القيادي في جماعة الإخوان المسلمين، و12 آخرين في قضية أحداث عنف، فيما قال المحامي خالد المصري إن موكله عصام الحداد، عضو مكتب الإرشاد بالجماعة، سيطعن في الحكم.

كما أعلنت وزارة الداخلية مقتل ستة مسلحين قالت إنهم من عناصر حركة «حسم» في تبادل لإطلاق النار بمنطقة أكتوبر غرب الجيزة، بينهم يحيى السيد موسى، أحد مؤسسي الحركة.

وفي الإسكندرية، عيّن الرئيس عبد الفتاح السيسي اللواء محمد سلطان محافظا للمدينة، بعد أن كان يشغل منصب مساعد وزير الداخلية لقطاع الأمن المركزي.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("mena", "Organization", ["أ ش أ"], "Middle East News Agency", sub="MediaOrganization", opt=True),
        E("ghaffar", "Person", ["مجدي عبد الغفار"], "Magdy Abdel Ghaffar"),
        E("security", "Organization", ["أجهزة الأمن"], "Egyptian security services", opt=True),
        E("rawda", "Place", ["قرية الروضة"], "al-Rawda", sub="City"),
        E("mosque", "Place", ["مسجد الروضة"], "al-Rawda Mosque", opt=True),
        E("bir", "Place", ["مركز بئر العبد"], "Bir al-Abd", sub="Region"),
        E("nsinai", "Place", ["محافظة شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("wsinai", "Organization", ["ولاية سيناء"], "Sinai Province", sub="ArmedGroup"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("court", "Organization", ["محكمة جنايات الجيزة"], "Giza Criminal Court", sub="GovernmentBody", opt=True),
        E("ezzat", "Person", ["محمود عزت"], "Mahmoud Ezzat"),
        E("mb", "Organization", ["جماعة الإخوان المسلمين", "الجماعة"], "Muslim Brotherhood",
          sub="PoliticalOrganization"),
        E("masri", "Person", ["خالد المصري"], "Khaled al-Masri"),
        E("haddad", "Person", ["عصام الحداد"], "Essam al-Haddad"),
        E("guidance", "Organization", ["مكتب الإرشاد"], "Guidance Office", opt=True),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Egypt)", sub="GovernmentBody"),
        E("hasm", "Organization", ["حركة «حسم»", "حسم", "الحركة"], "Hasm Movement", sub="ArmedGroup"),
        E("october", "Place", ["منطقة أكتوبر"], "6th of October", sub="City"),
        E("giza", "Place", ["الجيزة"], "Giza", sub="City"),
        E("moussa", "Person", ["يحيى السيد موسى"], "Yahya al-Sayed Moussa"),
        E("alex", "Place", ["الإسكندرية", "المدينة"], "Alexandria", sub="City"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi", qid="Q53707"),
        E("sultan", "Person", ["محمد سلطان"], "Mohamed Sultan"),
        E("csf", "Organization", ["الأمن المركزي"], "Central Security Forces", opt=True),
    ],
    relations=[
        R("positionIn", "ghaffar", "egypt"),          # وزير الداخلية المصري X
        R("leaderOf", "ghaffar", "moi", opt=True),
        R("locatedIn", "rawda", "bir"),               # قرية الروضة التابعة لمركز بئر العبد
        R("locatedIn", "bir", "nsinai"),              # مركز بئر العبد بمحافظة شمال سيناء
        R("locatedIn", "rawda", "nsinai", opt=True),
        R("locatedIn", "mosque", "rawda", opt=True),
        R("partOf", "wsinai", "is"),                  # ولاية سيناء، فرع تنظيم الدولة الإسلامية في مصر
        R("locatedIn", "nsinai", "egypt", opt=True),
        R("memberOf", "ezzat", "mb"),                 # X، القيادي في جماعة Y
        R("memberOf", "haddad", "mb"),                # X، عضو مكتب الإرشاد بالجماعة
        R("memberOf", "haddad", "guidance", opt=True),
        R("partOf", "guidance", "mb", opt=True),
        R("memberOf", "moussa", "hasm"),              # بينهم X، أحد مؤسسي الحركة
        R("locatedIn", "october", "giza"),            # منطقة أكتوبر غرب الجيزة
        R("leaderOf", "sisi", "egypt", opt=True),     # الرئيس X (the country only earlier)
        R("leaderOf", "sultan", "alex"),              # عيّن X محافظا للمدينة
        R("positionIn", "sultan", "moi", opt=True),   # كان يشغل منصب مساعد وزير الداخلية
    ],
    events=[
        V("Attack", opt=True, place=["rawda", "mosque"], target=["mosque"], date="2017-11"),
        V("Killing", opt=True, place=["rawda", "mosque"], date="2017-11"),
        V("Killing", agent=["moi"], target=["moussa", "hasm"], place=["october"], trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal (2017-07-22, Saturday)
DOCS.append(dict(
    id="t26-lb-arsal", published="2017-07-22",
    text="""بيروت - (الوكالة الوطنية للإعلام):

قال قائد الجيش اللبناني العماد جوزيف عون، خلال تفقده وحدات منتشرة في بلدة عرسال بقضاء بعلبك أمس الجمعة، إن الجيش «لن يسمح للإرهابيين باستخدام الجرود منطلقا للاعتداء على لبنان».

وجاءت الزيارة بعد يوم من إعلان «حزب الله» بدء هجوم على مواقع «جبهة النصرة» في جرود عرسال، التي يتحصن فيها عشرات المسلحين بقيادة أبو مالك التلي، أمير الجبهة في القلمون.

وقال الشيخ مصطفى الحجيري، أحد وجهاء البلدة، إن «سرايا أهل الشام» المقربة من الجيش السوري الحر «تتفاوض على خروج مقاتليها» إلى الشمال السوري.

من جهته، أكد المدير العام للأمن العام اللواء عباس إبراهيم أن المفاوضات مع «النصرة» بشأن العسكريين المخطوفين لدى تنظيم داعش «لم تتوقف»، فيما قال النائب عن كتلة «الوفاء للمقاومة»، التابعة لحزب الله، علي المقداد، إن «المعركة ستنتهي خلال أيام».

وكان رئيس الحكومة اللبنانية سعد الحريري قد ترأس اجتماعا للمجلس الأعلى للدفاع في السراي الحكومي، حضره وزير الدفاع يعقوب الصراف، لبحث الوضع على الحدود الشرقية.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency", sub="MediaOrganization",
          opt=True),
        E("aoun", "Person", ["جوزيف عون"], "Joseph Aoun"),
        E("laf", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال", "البلدة"], "Arsal", sub="City"),
        E("baalbek", "Place", ["قضاء بعلبك"], "Baalbek District", sub="Region"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("nusra", "Organization", ["جبهة النصرة", "الجبهة", "النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("jurud", "Place", ["جرود عرسال", "الجرود"], "Arsal outskirts", sub="Region", opt=True),
        E("talli", "Person", ["أبو مالك التلي"], "Abu Malik al-Talli"),
        E("qalamoun", "Place", ["القلمون"], "Qalamoun", sub="Region"),
        E("hujeiri", "Person", ["مصطفى الحجيري"], "Mustafa al-Hujeiri"),
        E("saraya", "Organization", ["سرايا أهل الشام"], "Saraya Ahl al-Sham", sub="ArmedGroup"),
        E("fsa", "Organization", ["الجيش السوري الحر"], "Free Syrian Army", sub="ArmedGroup"),
        E("north", "Place", ["الشمال السوري"], "northern Syria", opt=True),
        E("gs", "Organization", ["الأمن العام"], "General Security (Lebanon)", sub="GovernmentBody"),
        E("ibrahim", "Person", ["عباس إبراهيم"], "Abbas Ibrahim"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("bloc", "Organization", ["الوفاء للمقاومة", "كتلة «الوفاء للمقاومة»"], "Loyalty to the Resistance Bloc",
          sub="PoliticalOrganization"),
        E("miqdad", "Person", ["علي المقداد"], "Ali al-Miqdad"),
        E("lebgov", "Organization", ["الحكومة اللبنانية"], "Government of Lebanon", sub="GovernmentBody"),
        E("hariri", "Person", ["سعد الحريري"], "Saad Hariri", qid="Q57519"),
        E("hdc", "Organization", ["المجلس الأعلى للدفاع"], "Higher Defence Council", sub="GovernmentBody"),
        E("serail", "Place", ["السراي الحكومي"], "Grand Serail", opt=True),
        E("sarraf", "Person", ["يعقوب الصراف"], "Yaacoub Sarraf"),
    ],
    relations=[
        R("leaderOf", "aoun", "laf"),                 # قائد الجيش اللبناني X
        R("locatedIn", "arsal", "baalbek"),           # بلدة عرسال بقضاء بعلبك
        R("leaderOf", "talli", "nusra"),              # بقيادة X، أمير الجبهة في القلمون
        R("affiliatedWith", "saraya", "fsa"),         # المقربة من الجيش السوري الحر
        R("leaderOf", "ibrahim", "gs"),               # المدير العام للأمن العام X
        R("partOf", "bloc", "hezbollah"),             # كتلة Y، التابعة لحزب الله
        R("memberOf", "miqdad", "bloc"),              # النائب عن كتلة Y، ...، X
        R("memberOf", "miqdad", "hezbollah", opt=True),
        R("locatedIn", "jurud", "arsal", opt=True),
        R("leaderOf", "hariri", "lebgov"),            # رئيس الحكومة اللبنانية X
        R("positionIn", "hariri", "lebanon", opt=True),
        R("positionIn", "sarraf", "lebanon", opt=True),  # وزير الدفاع X (the country by context)
        R("positionIn", "sarraf", "lebgov", opt=True),
        R("memberOf", "sarraf", "hdc", opt=True),
    ],
    events=[
        V("Visit", agent=["aoun"], place=["arsal"], date="2017-07-21", trigger="تفقده"),
        V("Attack", agent=["hezbollah"], target=["nusra"], place=["jurud", "arsal"], trigger="هجوم"),
        V("Attack", opt=True, date="2017-07"),
        V("Meeting", opt=True, agent=["hariri", "sarraf", "hdc"], place=["serail"]),
    ],
))

# ---------------------------------------------------------------- Palestine, Gaza (2018-05-15, Tuesday)
DOCS.append(dict(
    id="t26-ps-gaza", published="2018-05-15",
    text="""غزة - (الأناضول):

قال إسماعيل هنية، رئيس المكتب السياسي لحركة «حماس»، في كلمة أمام المشاركين في «مسيرات العودة» شرق مدينة غزة أمس الاثنين، إن «الشعب الفلسطيني لن يقبل بنقل السفارة الأمريكية إلى القدس».

وأعلنت «كتائب عز الدين القسام»، الجناح العسكري للحركة، أن مقاتليها في حالة «استنفار كامل»، فيما قال أبو عبيدة، الناطق باسم الكتائب، إن «أي عدوان سيقابل برد مؤلم».

وفي بلدة بيت حانون (شمال القطاع)، قتل شابان برصاص الجيش الإسرائيلي قرب السياج الحدودي، حسبما قال أشرف القدرة، المتحدث باسم وزارة الصحة في غزة.

من جهته، دعا زياد النخالة، نائب الأمين العام لحركة الجهاد الإسلامي، الفصائل إلى «الوحدة»، بينما قال جبريل الرجوب، أمين سر اللجنة المركزية لحركة «فتح»، إن الرئيس الفلسطيني محمود عباس سيتوجه إلى مجلس الأمن.

وأدان المبعوث الأممي لعملية السلام في الشرق الأوسط نيكولاي ملادينوف «قتل الأبرياء» في غزة.

وفي الضفة الغربية، اعتقلت القوات الإسرائيلية فجر اليوم خالد الحاج، القيادي في حركة «حماس» بمدينة جنين، وفق ما أفاد نادي الأسير الفلسطيني.""",
    entities=[
        E("gazacity", "Place", ["غزة", "مدينة غزة"], "Gaza City", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("haniyeh", "Person", ["إسماعيل هنية"], "Ismail Haniyeh", qid="Q299237"),
        E("politburo", "Organization", ["المكتب السياسي"], "Hamas Political Bureau", opt=True),
        E("hamas", "Organization", ["حماس", "الحركة"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("quds", "Place", ["القدس"], "Jerusalem", sub="City"),
        E("qassam", "Organization", ["كتائب عز الدين القسام", "الكتائب"], "Izz ad-Din al-Qassam Brigades",
          sub="ArmedGroup"),
        E("abuobeida", "Person", ["أبو عبيدة"], "Abu Obeida"),
        E("beithanoun", "Place", ["بلدة بيت حانون"], "Beit Hanoun", sub="City"),
        E("strip", "Place", ["القطاع"], "Gaza Strip", sub="Region"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", sub="ArmedForce"),
        E("qudra", "Person", ["أشرف القدرة"], "Ashraf al-Qudra"),
        E("moh", "Organization", ["وزارة الصحة"], "Ministry of Health (Gaza)", sub="GovernmentBody"),
        E("nakhala", "Person", ["زياد النخالة"], "Ziyad al-Nakhalah"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي"], "Palestinian Islamic Jihad", sub="ArmedGroup"),
        E("rajoub", "Person", ["جبريل الرجوب"], "Jibril Rajoub"),
        E("cc", "Organization", ["اللجنة المركزية"], "Fatah Central Committee", opt=True),
        E("fatah", "Organization", ["فتح"], "Fatah", sub="PoliticalOrganization"),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas", qid="Q127998"),
        E("unsc", "Organization", ["مجلس الأمن"], "UN Security Council", qid="Q37470"),
        E("mladenov", "Person", ["نيكولاي ملادينوف"], "Nickolay Mladenov"),
        E("wb", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("isf", "Organization", ["القوات الإسرائيلية"], "Israeli forces", sub="ArmedForce"),
        E("hajj", "Person", ["خالد الحاج"], "Khaled al-Hajj"),
        E("jenin", "Place", ["مدينة جنين"], "Jenin", sub="City"),
        E("ppc", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoners Club"),
    ],
    relations=[
        R("leaderOf", "haniyeh", "hamas"),            # X، رئيس المكتب السياسي لحركة Y
        R("leaderOf", "haniyeh", "politburo", opt=True),
        R("partOf", "politburo", "hamas", opt=True),
        R("partOf", "qassam", "hamas"),               # Y، الجناح العسكري للحركة
        R("spokespersonOf", "abuobeida", "qassam"),   # X، الناطق باسم الكتائب
        R("locatedIn", "beithanoun", "strip"),        # بلدة بيت حانون (شمال القطاع)
        R("spokespersonOf", "qudra", "moh"),          # X، المتحدث باسم وزارة الصحة
        R("positionIn", "nakhala", "pij"),            # X، نائب الأمين العام لحركة Y
        R("memberOf", "nakhala", "pij", opt=True),
        R("memberOf", "rajoub", "fatah"),             # X، أمين سر اللجنة المركزية لحركة Y
        R("positionIn", "rajoub", "fatah", opt=True),
        R("memberOf", "rajoub", "cc", opt=True),
        R("partOf", "cc", "fatah", opt=True),
        R("locatedIn", "gazacity", "strip", opt=True),
        R("memberOf", "hajj", "hamas"),               # X، القيادي في حركة Y بمدينة جنين
        R("locatedIn", "jenin", "wb", opt=True),
    ],
    events=[
        V("Killing", agent=["idf"], place=["beithanoun"], trigger="قتل"),
        V("Arrest", agent=["isf"], target=["hajj"], place=["jenin", "wb"], date="2018-05-15", trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Turkey, Sirnak (2016-08-27, Saturday)
DOCS.append(dict(
    id="t26-tr-cizre", published="2016-08-27",
    text="""أنقرة - (رويترز):

قتل 11 شرطيا وأصيب أكثر من 70 آخرين، صباح أمس الجمعة، في تفجير سيارة مفخخة استهدف مقرا للشرطة في بلدة جيزرة بولاية شرناق جنوب شرقي تركيا، وتبنى حزب العمال الكردستاني الهجوم في بيان نشرته وكالة «فرات» المقربة منه.

وقال وزير الداخلية التركي، أفكان آلا، إن «الإرهابيين سيدفعون الثمن»، فيما أعلن محمد علي أوزكان، والي شرناق، حظر تجول في البلدة.

وقالت رئاسة الأركان التركية في بيان إن طائراتها قصفت مواقع للحزب في جبال قنديل شمالي العراق، وقتلت 20 مسلحا بينهم جمال بوزكورت، أحد قادة «وحدات حماية الشعب» الكردية، الجناح السوري للحزب بحسب أنقرة.

في غضون ذلك، قال صلاح الدين دميرطاش، الرئيس المشارك لحزب الشعوب الديمقراطي، إن الحكومة «تتحمل مسؤولية الدم»، في حين أعلنت النيابة توقيف النائب عن حزب الشعوب الديمقراطي فرحات أنجو بتهمة «الدعاية للإرهاب».

وكان الرئيس رجب طيب أردوغان قد عيّن الفريق أول خلوصي أكار رئيسا لأركان الجيش عام 2015، وهو من تولى قيادة العمليات ضد الحزب منذ انهيار عملية السلام.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City", alt=["Organization"]),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة"], "Turkish Police", opt=True),
        E("cizre", "Place", ["بلدة جيزرة", "البلدة"], "Cizre", sub="City"),
        E("sirnak", "Place", ["ولاية شرناق", "شرناق"], "Sirnak Province", sub="Region"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "PKK", qid="Q41491", sub="ArmedGroup"),
        E("firat", "Organization", ["فرات"], "Firat News Agency", sub="MediaOrganization"),
        E("ala", "Person", ["أفكان آلا"], "Efkan Ala"),
        E("ozkan", "Person", ["محمد علي أوزكان"], "Mehmet Ali Ozkan"),
        E("tgs", "Organization", ["رئاسة الأركان التركية"], "Turkish General Staff", sub="ArmedForce"),
        E("qandil", "Place", ["جبال قنديل"], "Qandil Mountains", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("bozkurt", "Person", ["جمال بوزكورت"], "Cemal Bozkurt"),
        E("ypg", "Organization", ["وحدات حماية الشعب"], "YPG", sub="ArmedGroup"),
        E("demirtas", "Person", ["صلاح الدين دميرطاش"], "Selahattin Demirtas"),
        E("hdp", "Organization", ["حزب الشعوب الديمقراطي"], "Peoples' Democratic Party",
          sub="PoliticalOrganization"),
        E("govt", "Organization", ["الحكومة"], "Turkish government", opt=True),
        E("prosecution", "Organization", ["النيابة"], "Prosecutor's office", opt=True),
        E("encu", "Person", ["فرحات أنجو"], "Ferhat Encu"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdogan", qid="Q39723"),
        E("akar", "Person", ["خلوصي أكار"], "Hulusi Akar"),
        E("army", "Organization", ["الجيش"], "Turkish Armed Forces", sub="ArmedForce"),
    ],
    relations=[
        R("locatedIn", "cizre", "sirnak"),            # بلدة جيزرة بولاية شرناق
        R("locatedIn", "sirnak", "turkey"),           # ولاية شرناق جنوب شرقي تركيا
        R("locatedIn", "cizre", "turkey", opt=True),
        R("affiliatedWith", "firat", "pkk"),          # وكالة «فرات» المقربة منه
        R("positionIn", "ala", "turkey"),             # وزير الداخلية التركي، X
        R("leaderOf", "ozkan", "sirnak"),             # X، والي شرناق
        R("locatedIn", "qandil", "iraq"),             # جبال قنديل شمالي العراق
        R("memberOf", "bozkurt", "ypg"),              # X، أحد قادة Y
        R("partOf", "ypg", "pkk", opt=True),          # الجناح السوري للحزب بحسب أنقرة (a claim)
        R("leaderOf", "demirtas", "hdp"),             # X، الرئيس المشارك لحزب Y
        R("memberOf", "encu", "hdp"),                 # النائب عن حزب Y X
        R("leaderOf", "erdogan", "turkey", opt=True),
        R("leaderOf", "akar", "army"),                # عيّن X رئيسا لأركان الجيش
        R("leaderOf", "akar", "tgs", opt=True),
    ],
    events=[
        V("Attack", agent=["pkk"], target=["police"], place=["cizre"], date="2016-08-26", trigger="تفجير"),
        V("Killing", agent=["pkk"], target=["police"], place=["cizre"], trigger="قتل"),
        V("Strike", agent=["tgs"], target=["pkk"], place=["qandil"], trigger="قصفت"),
        V("Killing", agent=["tgs"], target=["bozkurt", "pkk"], place=["qandil"], trigger="قتلت"),
        V("Arrest", agent=["prosecution"], target=["encu"], trigger="توقيف"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Ghazni (2018-08-13, Monday)
DOCS.append(dict(
    id="t26-af-ghazni", published="2018-08-13",
    text="""كابول - (أ ف ب):

قال ذبيح الله مجاهد، المتحدث باسم حركة طالبان، أمس الأحد، إن مقاتلي الحركة «يسيطرون على معظم أحياء» مدينة غزني، عاصمة ولاية غزني، الواقعة على بعد 150 كيلومترا جنوب غربي كابول، وذلك في اليوم الثالث من هجوم واسع على المدينة.

وفي رسالة صوتية، حث زعيم الحركة الملا هبة الله أخوند زاده مقاتليه على «حماية المدنيين»، بينما قال محمد رحيم حسن يار، حاكم ولاية غزني، إن «القوات الحكومية ما زالت تسيطر على مقر الولاية».

وأوضح غفور أحمد جاويد، الناطق باسم وزارة الدفاع الأفغانية، أن طائرات أمريكية نفذت غارات على مواقع المسلحين في ضواحي المدينة.

في سياق آخر، أعلن قائد محلي سابق في حركة طالبان يدعى عبد الرحيم مسلم دوست انضمامه إلى «ولاية خراسان»، فرع تنظيم الدولة الإسلامية في أفغانستان وباكستان، وقال في تسجيل مصور إنه «بايع أمير المؤمنين أبا بكر البغدادي».

وتقول الحكومة الأفغانية إن «شبكة حقاني»، التي يقودها سراج الدين حقاني، نائب زعيم طالبان، تقف وراء أعنف الهجمات في العاصمة.""",
    entities=[
        E("kabul", "Place", ["كابول", "العاصمة"], "Kabul", qid="Q5838", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("taliban", "Organization", ["حركة طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("ghaznicity", "Place", ["مدينة غزني", "المدينة"], "Ghazni", sub="City"),
        E("ghazniprov", "Place", ["ولاية غزني", "الولاية"], "Ghazni Province", sub="Region"),
        E("akhund", "Person", ["هبة الله أخوند زاده"], "Hibatullah Akhundzada"),
        E("yar", "Person", ["محمد رحيم حسن يار"], "Mohammad Rahim Hasanyar"),
        E("afforces", "Organization", ["القوات الحكومية"], "Afghan government forces", opt=True),
        E("jawid", "Person", ["غفور أحمد جاويد"], "Ghafoor Ahmad Jawed"),
        E("mod", "Organization", ["وزارة الدفاع الأفغانية"], "Ministry of Defence (Afghanistan)",
          sub="GovernmentBody"),
        E("dost", "Person", ["عبد الرحيم مسلم دوست"], "Abdul Rahim Muslim Dost"),
        E("iskp", "Organization", ["ولاية خراسان"], "Islamic State Khorasan Province", sub="ArmedGroup"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country", opt=True),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country", opt=True),
        E("baghdadi", "Person", ["أبا بكر البغدادي"], "Abu Bakr al-Baghdadi"),
        E("afgov", "Organization", ["الحكومة الأفغانية"], "Government of Afghanistan", sub="GovernmentBody"),
        E("haqqani", "Organization", ["شبكة حقاني"], "Haqqani Network", sub="ArmedGroup"),
        E("siraj", "Person", ["سراج الدين حقاني"], "Sirajuddin Haqqani"),
    ],
    relations=[
        R("spokespersonOf", "mujahid", "taliban"),    # X، المتحدث باسم حركة Y
        R("locatedIn", "ghaznicity", "ghazniprov"),   # مدينة غزني، عاصمة ولاية غزني
        R("locatedIn", "ghaznicity", "kabul", opt=True),
        R("leaderOf", "akhund", "taliban"),           # زعيم الحركة الملا X
        R("leaderOf", "yar", "ghazniprov"),           # X، حاكم ولاية غزني
        R("spokespersonOf", "jawid", "mod"),          # X، الناطق باسم وزارة الدفاع الأفغانية
        R("memberOf", "dost", "iskp"),                # أعلن X انضمامه إلى Y
        R("memberOf", "dost", "taliban", opt=True),   # قائد محلي سابق في الحركة
        R("partOf", "iskp", "is"),                    # ولاية خراسان، فرع تنظيم الدولة الإسلامية
        R("leaderOf", "baghdadi", "is", opt=True),
        R("leaderOf", "siraj", "haqqani"),            # التي يقودها X
        R("positionIn", "siraj", "taliban"),          # X، نائب زعيم طالبان
        R("memberOf", "siraj", "taliban", opt=True),
        R("affiliatedWith", "haqqani", "taliban", opt=True),
    ],
    events=[
        V("Attack", agent=["taliban"], place=["ghaznicity"], trigger="هجوم"),
        V("Attack", opt=True, date="2018-08"),
        V("Strike", place=["ghaznicity"], trigger="غارات"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2017-10-16, Monday)
DOCS.append(dict(
    id="t26-so-mogadishu", published="2017-10-16",
    text="""مقديشو - (رويترز):

ارتفع عدد قتلى التفجير الذي ضرب تقاطع زوبي المزدحم في العاصمة الصومالية مقديشو، السبت، إلى أكثر من 270 قتيلا، حسبما قال ثابت عبدي محمد، عمدة مقديشو، في تصريح للصحفيين أمس الأحد.

وقال وزير الأمن الداخلي الصومالي، محمد أبو بكر إسلو، إن الشاحنة المفخخة «كانت تستهدف منشأة حكومية»، مرجحا وقوف «حركة الشباب» المرتبطة بتنظيم القاعدة وراء الهجوم، رغم أنها لم تعلن مسؤوليتها.

وفي جنوب البلاد، قال عبد الله حسن، أحد شيوخ بلدة بارييري في إقليم شبيلي السفلى، إن قوات صومالية مدعومة من بعثة الاتحاد الأفريقي (أميصوم) استعادت البلدة بعد انسحاب مقاتلي الحركة منها.

كما أعلن أحمد محمد إسلام (مدوبي)، رئيس ولاية جوبالاند، أن قواته اعتقلت في مدينة كيسمايو، عاصمة الولاية، ثلاثة أشخاص بينهم موسى علي طاهر، المسؤول في جهاز الاستخبارات التابع للحركة والمعروف باسم «أمنيات».

وكان الرئيس الصومالي محمد عبد الله فرماجو قد أقال، الأسبوع الماضي، قائد الجيش الجنرال أحمد جمعالي جوريه، وعيّن بدلا منه العميد عبدي ويلي أحمد.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة الصومالية"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("zoobe", "Place", ["تقاطع زوبي"], "Zoobe junction", opt=True),
        E("thabit", "Person", ["ثابت عبدي محمد"], "Thabit Abdi Mohamed"),
        E("islow", "Person", ["محمد أبو بكر إسلو"], "Mohamed Abubakar Islow"),
        E("somalia", "Place", ["البلاد"], "Somalia", qid="Q1045", sub="Country", opt=True),
        E("shabaab", "Organization", ["حركة الشباب", "الحركة"], "al-Shabaab", qid="Q188570", sub="ArmedGroup"),
        E("qaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("hassan", "Person", ["عبد الله حسن"], "Abdullahi Hassan"),
        E("bariire", "Place", ["بلدة بارييري", "البلدة"], "Bariire", sub="City"),
        E("lshabelle", "Place", ["إقليم شبيلي السفلى"], "Lower Shabelle", sub="Region"),
        E("sna", "Organization", ["قوات صومالية"], "Somali forces", opt=True),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي", "أميصوم"], "AMISOM", sub="ArmedForce"),
        E("madobe", "Person", ["أحمد محمد إسلام", "مدوبي"], "Ahmed Mohamed Islam (Madobe)"),
        E("jubaland", "Place", ["ولاية جوبالاند", "الولاية"], "Jubaland", sub="Region"),
        E("kismayo", "Place", ["مدينة كيسمايو"], "Kismayo", sub="City"),
        E("taher", "Person", ["موسى علي طاهر"], "Musa Ali Taher"),
        E("amniyat", "Organization", ["أمنيات"], "Amniyat", sub="ArmedGroup"),
        E("farmajo", "Person", ["محمد عبد الله فرماجو"], "Mohamed Abdullahi Farmajo", qid="Q3318231"),
        E("snarmy", "Organization", ["الجيش"], "Somali National Army", sub="ArmedForce"),
        E("gorreh", "Person", ["أحمد جمعالي جوريه"], "Ahmed Jimale Gorreh"),
        E("weli", "Person", ["عبدي ويلي أحمد"], "Abdi Weli Ahmed"),
    ],
    relations=[
        R("leaderOf", "thabit", "mogadishu"),         # X، عمدة مقديشو
        R("affiliatedWith", "shabaab", "qaeda"),      # المرتبطة بتنظيم القاعدة
        R("locatedIn", "bariire", "lshabelle"),       # بلدة بارييري في إقليم شبيلي السفلى
        R("affiliatedWith", "sna", "amisom", opt=True),
        R("leaderOf", "madobe", "jubaland"),          # X، رئيس ولاية جوبالاند
        R("locatedIn", "kismayo", "jubaland"),        # مدينة كيسمايو، عاصمة الولاية
        R("memberOf", "taher", "amniyat"),            # X، المسؤول في جهاز ... التابع للحركة
        R("memberOf", "taher", "shabaab", opt=True),
        R("partOf", "amniyat", "shabaab"),            # جهاز الاستخبارات التابع للحركة ... «أمنيات»
        R("positionIn", "islow", "somalia", opt=True),
        R("leaderOf", "farmajo", "somalia", opt=True),
        R("leaderOf", "gorreh", "snarmy"),            # قائد الجيش الجنرال X
        R("leaderOf", "weli", "snarmy", opt=True),    # عيّن بدلا منه X
    ],
    events=[
        V("Attack", place=["zoobe", "mogadishu"], date="2017-10-14", trigger="التفجير"),
        V("Killing", place=["zoobe", "mogadishu"], trigger="قتلى"),
        V("Killing", opt=True, date="2017-10-14"),
        V("Arrest", agent=["madobe", "jubaland"], target=["taher"], place=["kismayo"], trigger="اعتقلت"),
    ],
))
