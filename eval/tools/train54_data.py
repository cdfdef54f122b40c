"""Hand annotations of the fifty-fourth training set (see eval/train54/README.md).

Events where precision is at stake: claims of responsibility and denials of them, threats and warnings,
attacks expected, planned or foiled (no events), reported speech with the speaker beside the actor,
several clauses with different actors in one sentence, «مقتل X» beside a comma, possessive triggers.
Persons are invented except well-known public figures. Written and annotated before the extractor was
run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, Kirkuk (2016-10-22, Saturday)
DOCS.append(dict(
    id="t54-iq-kirkuk", published="2016-10-22",
    text="""كركوك (العراق) - (رويترز):

قال مسؤولون أمنيون عراقيون إن مسلحين من تنظيم الدولة الإسلامية هاجموا، أمس الجمعة، مباني حكومية ومراكز للشرطة في مدينة كركوك، وإن الاشتباكات استمرت حتى ساعات الفجر، في هجوم يبدو أنه يهدف إلى تخفيف الضغط عن مقاتلي التنظيم في الموصل.

وأعلن التنظيم، في بيان نشرته وكالة «أعماق» التابعة له، مسؤوليته عن الهجوم، وقال إن «جنود الخلافة» قتلوا عشرات من عناصر البيشمركة والشرطة.

وقال هيوا كريم، رئيس مجلس محافظة كركوك، لرويترز إن قوات الأمن قتلت 48 من المهاجمين واعتقلت خمسة آخرين، مضيفا أن «مقتل العقيد سامان رشيد، آمر فوج الطوارئ، خسارة كبيرة، لكن المدينة في أيدينا».

وفي بلدة داقوق جنوبي المدينة، فجر انتحاري نفسه داخل محطة كهرباء قيد الإنشاء، ما أدى إلى مقتل 12 عاملا بينهم إيرانيون، بحسب ما قال قائممقام البلدة عادل حسين.

في المقابل، هدد قيادي في الحشد الشعبي يدعى أبو علاء الكناني بـ«رد قاس» على «الخلايا النائمة» في الحويجة، وتوقع أن تشن فصائله هجوما على القضاء «خلال أيام».""",
    entities=[
        E("kirkuk", "Place", ["كركوك", "مدينة كركوك", "المدينة"], "Kirkuk", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("amaq", "Organization", ["أعماق", "وكالة «أعماق»"], "Amaq", sub="MediaOrganization"),
        E("peshmerga", "Organization", ["البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("karim", "Person", ["هيوا كريم"], "Hiwa Karim"),
        E("council", "Organization", ["مجلس محافظة كركوك"], "Kirkuk Provincial Council", sub="GovernmentBody"),
        E("secforces", "Organization", ["قوات الأمن"], "security forces", sub="ArmedForce", opt=True),
        E("rashid", "Person", ["سامان رشيد"], "Saman Rashid"),
        E("fawj", "Organization", ["فوج الطوارئ"], "Emergency Regiment", sub="ArmedForce"),
        E("daquq", "Place", ["داقوق", "بلدة داقوق", "البلدة"], "Daquq", sub="City"),
        E("hussein", "Person", ["عادل حسين"], "Adil Hussein"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedGroup"),
        E("kinani", "Person", ["أبو علاء الكناني"], "Abu Alaa al-Kinani"),
        E("hawija", "Place", ["الحويجة", "القضاء"], "Hawija", sub="City"),
    ],
    relations=[
        R("partOf", "amaq", "isis"),
        R("leaderOf", "karim", "council"),
        R("leaderOf", "rashid", "fawj"),
        R("leaderOf", "hussein", "daquq"),
        R("memberOf", "kinani", "pmf"),
        R("locatedIn", "kirkuk", "iraq", opt=True),
        R("locatedIn", "daquq", "kirkuk", opt=True),
    ],
    events=[
        V("Attack", agent=["isis"], place=["kirkuk"], date="2016-10-21"),
        V("Killing", agent=["isis"], place=["kirkuk"]),
        V("Killing", opt=True, target=["peshmerga"], date="2016-10-21"),
        V("Killing", opt=True, agent=["secforces"], place=["kirkuk"]),
        V("Arrest", opt=True, agent=["secforces"], place=["kirkuk"]),
        V("Killing", target=["rashid"]),
        V("Killing", opt=True, agent=["isis"], place=["kirkuk"]),
        V("Attack", place=["daquq"]),
        V("Killing", place=["daquq"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Aden (2016-08-30, Tuesday)
DOCS.append(dict(
    id="t54-ye-aden", published="2016-08-30",
    text="""عدن - (أ ف ب):

قتل 54 شخصا على الأقل، أمس الاثنين، في تفجير انتحاري بسيارة مفخخة استهدف مركزا لتجنيد المتطوعين في مدرسة بحي المنصورة في مدينة عدن، جنوبي اليمن، في هجوم تبناه تنظيم الدولة الإسلامية.

وقال التنظيم في بيان نشر على الإنترنت إن منفذ الهجوم يدعى «أبو سفيان العدني»، فيما نفى تنظيم القاعدة في جزيرة العرب أي صلة له بالتفجير، وقال في تغريدة إنه «لا يستهدف المسلمين في تجمعاتهم».

ونقلت وكالة سبأ عن محافظ عدن عيدروس الزبيدي قوله إن السلطات «ستلاحق الخلايا الإرهابية»، وتوعد بعملية أمنية واسعة في المدينة خلال الأيام المقبلة.

وفي محافظة أبين المجاورة، قال مسؤول محلي إن طائرة من دون طيار يعتقد أنها أمريكية قصفت سيارة تقل ثلاثة من عناصر القاعدة قرب مدينة مودية، ما أسفر عن مقتلهم، بينما أكد سالم باعوم، أحد سكان المنطقة، أن «الغارات لم تتوقف منذ أسبوع».""",
    entities=[
        E("aden", "Place", ["عدن", "مدينة عدن", "المدينة"], "Aden", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("mansoura", "Place", ["المنصورة", "حي المنصورة"], "Al-Mansoura", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("adani", "Person", ["أبو سفيان العدني"], "Abu Sufyan al-Adani"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب", "القاعدة"], "AQAP", sub="ArmedGroup"),
        E("saba", "Organization", ["وكالة سبأ", "سبأ"], "Saba News Agency", sub="MediaOrganization"),
        E("zubaidi", "Person", ["عيدروس الزبيدي"], "Aidarus al-Zubaidi"),
        E("abyan", "Place", ["محافظة أبين", "أبين"], "Abyan", sub="Region"),
        E("mudiyah", "Place", ["مودية", "مدينة مودية"], "Mudiyah", sub="City"),
        E("baaum", "Person", ["سالم باعوم"], "Salim Ba'um"),
    ],
    relations=[
        R("leaderOf", "zubaidi", "aden"),
        R("locatedIn", "mansoura", "aden"),
        R("locatedIn", "aden", "yemen"),
        R("locatedIn", "mansoura", "yemen", opt=True),
        R("locatedIn", "mudiyah", "abyan", opt=True),
    ],
    events=[
        V("Attack", agent=["isis"], place=[["mansoura", "aden"]], date="2016-08-29"),
        V("Killing", agent=["isis"], place=[["mansoura", "aden"]], date="2016-08-29"),
        V("Attack", opt=True, agent=["adani"]),
        V("Strike", target=["aqap"], place=[["mudiyah", "abyan"]]),
        V("Killing", target=["aqap"], place=[["mudiyah", "abyan"]]),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2017-07-08, Saturday)
DOCS.append(dict(
    id="t54-eg-rafah", published="2017-07-08",
    text="""القاهرة - (رويترز):

قالت مصادر أمنية إن 23 جنديا مصريا على الأقل قتلوا، أمس الجمعة، عندما هاجم متشددون بسيارات ملغومة نقطة تفتيش عسكرية في قرية البرث جنوبي مدينة رفح بشمال سيناء، في واحد من أعنف الهجمات على الجيش في المنطقة منذ سنوات.

وأعلنت جماعة ولاية سيناء، فرع تنظيم الدولة الإسلامية في مصر، مسؤوليتها عن الهجوم عبر وكالة أعماق، وتوعدت في البيان ذاته بـ«مزيد من الهجمات» على «جيش الردة»، بعد أسابيع من تهديدها باستهداف الكنائس في الصعيد.

وقال المتحدث العسكري العقيد هشام عبد الرؤوف في بيان إن القوات «تصدت للهجوم» وقتلت أربعين من المسلحين، ودمرت ست سيارات.

من جهته، نفى شيخ قبلي من قبيلة الترابين يدعى سالم أبو عمرة أن يكون أبناء القبيلة قد شاركوا في القتال إلى جانب الجيش، قائلا إن «ما يتردد عن عملية مشتركة غير صحيح»، وإن القبيلة «لن تدخل في حرب مع أحد».""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", sub="City", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("barth", "Place", ["البرث", "قرية البرث"], "Al-Barth", sub="City"),
        E("rafah", "Place", ["رفح", "مدينة رفح"], "Rafah (Egypt)", sub="City"),
        E("nsinai", "Place", ["شمال سيناء"], "North Sinai", sub="Region"),
        E("army", "Organization", ["الجيش", "جيش الردة", "القوات"], "Egyptian Army", sub="ArmedForce"),
        E("ws", "Organization", ["ولاية سيناء", "جماعة ولاية سيناء"], "Sinai Province", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("amaq", "Organization", ["وكالة أعماق", "أعماق"], "Amaq", sub="MediaOrganization"),
        E("upper", "Place", ["الصعيد"], "Upper Egypt", sub="Region", opt=True),
        E("abdelraouf", "Person", ["هشام عبد الرؤوف"], "Hisham Abdel Raouf"),
        E("tarabin", "Organization", ["قبيلة الترابين", "الترابين", "القبيلة"], "Tarabin tribe"),
        E("abuamra", "Person", ["سالم أبو عمرة"], "Salim Abu Amra"),
    ],
    relations=[
        R("partOf", "ws", "isis"),
        R("spokespersonOf", "abdelraouf", "army"),
        R("memberOf", "abuamra", "tarabin"),
        R("locatedIn", "rafah", "nsinai"),
        R("locatedIn", "barth", "rafah", opt=True),
        R("locatedIn", "barth", "nsinai", opt=True),
        R("locatedIn", "ws", "egypt", opt=True),
    ],
    events=[
        V("Attack", agent=["ws"], target=["army"], place=[["barth", "rafah", "nsinai"]], date="2017-07-07"),
        V("Killing", agent=["ws"], place=[["barth", "rafah", "nsinai"]], date="2017-07-07"),
        V("Killing", opt=True, target=["army"]),
        V("Killing", agent=["army"], target=["ws"]),
        V("Killing", opt=True, place=[["barth", "rafah", "nsinai"]], date="2017-07-07"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2018-09-05, Wednesday)
DOCS.append(dict(
    id="t54-sy-idlib", published="2018-09-05",
    text="""بيروت - (رويترز):

قال المرصد السوري لحقوق الإنسان إن طائرات حربية روسية شنت، أمس الثلاثاء، أكثر من ثلاثين غارة على قرى في ريف إدلب الغربي وريف حماة الشمالي، بعد توقف دام ثلاثة أسابيع، ما أدى إلى مقتل تسعة مدنيين على الأقل بينهم أطفال في بلدة محمبل.

وقال رامي عبد الرحمن، مدير المرصد، إن الغارات «تمهد على ما يبدو» لهجوم بري تحشد له القوات الحكومية منذ أسابيع، فيما نفت وزارة الدفاع الروسية في بيان أن تكون طائراتها قد استهدفت مناطق سكنية، وقالت إنها ضربت «مواقع لإطلاق الطائرات المسيرة» تابعة لهيئة تحرير الشام.

وحذر الرئيس التركي رجب طيب أردوغان من أن أي هجوم على إدلب سيؤدي إلى «مجزرة»، بينما قال المتحدث باسم الكرملين ديمتري بيسكوف إن «الإرهابيين» في المحافظة يهددون القاعدة الروسية في حميميم.

وفي سياق متصل، قالت الجبهة الوطنية للتحرير إن مقاتليها أسقطوا طائرة استطلاع قرب بلدة جسر الشغور، وإن عناصرها اعتقلوا خلال الأسبوع الماضي عشرات المتهمين بالتواصل مع دمشق لترتيب «مصالحات».""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", sub="City", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights"),
        E("idlib", "Place", ["إدلب", "المحافظة"], "Idlib Governorate", sub="Region"),
        E("hama", "Place", ["حماة"], "Hama Governorate", sub="Region"),
        E("mhambal", "Place", ["محمبل", "بلدة محمبل"], "Mhambal", sub="City"),
        E("rahman", "Person", ["رامي عبد الرحمن"], "Rami Abdel Rahman"),
        E("govforces", "Organization", ["القوات الحكومية"], "Syrian government forces", sub="ArmedForce",
          opt=True),
        E("rumod", "Organization", ["وزارة الدفاع الروسية"], "Russian Ministry of Defence", sub="GovernmentBody"),
        E("hts", "Organization", ["هيئة تحرير الشام"], "Hay'at Tahrir al-Sham", sub="ArmedGroup"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdogan", qid="Q39259"),
        E("kremlin", "Organization", ["الكرملين"], "Kremlin", sub="GovernmentBody"),
        E("peskov", "Person", ["ديمتري بيسكوف"], "Dmitry Peskov"),
        E("hmeimim", "Place", ["حميميم"], "Hmeimim", sub="City"),
        E("nlf", "Organization", ["الجبهة الوطنية للتحرير"], "National Front for Liberation", sub="ArmedGroup"),
        E("jisr", "Place", ["جسر الشغور", "بلدة جسر الشغور"], "Jisr al-Shughur", sub="City"),
        E("damascus", "Place", ["دمشق"], "Damascus", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("leaderOf", "rahman", "sohr"),
        R("spokespersonOf", "peskov", "kremlin"),
        R("locatedIn", "mhambal", "idlib", opt=True),
    ],
    events=[
        V("Strike", place=["idlib"], date="2018-09-04"),
        V("Strike", opt=True, place=["hama"]),
        V("Strike", opt=True, agent=["rumod"], target=["hts"]),
        V("Killing", place=["mhambal"], date="2018-09-04"),
        V("Attack", opt=True, agent=["nlf"], place=["jisr"]),
        V("Arrest", agent=["nlf"]),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kabul (2018-04-23, Monday)
DOCS.append(dict(
    id="t54-af-kabul", published="2018-04-23",
    text="""كابول - (أ ف ب):

قتل 57 شخصا على الأقل وأصيب أكثر من مئة، أمس الأحد، عندما فجر انتحاري نفسه أمام مركز لتسجيل الناخبين في حي دشت برجي غربي العاصمة الأفغانية كابول، في هجوم أعلن تنظيم الدولة الإسلامية مسؤوليته عنه.

ونفت حركة طالبان أي علاقة لها بالتفجير، وقال المتحدث باسمها ذبيح الله مجاهد إن الحركة «لا تستهدف المدنيين»، غير أنه أكد أن مقاتليها هاجموا في الليلة نفسها مقرا للشرطة في ولاية بادغيس، وقتلوا ثمانية من عناصرها.

وقال نور أحمد صافي، قائد شرطة ولاية بادغيس، إن المهاجمين انسحبوا بعد معركة استمرت ساعتين، وإن قواته اعتقلت اثنين منهم
أثناء فرارهما نحو ولاية هرات.

وأدان الرئيس أشرف غني الهجوم، ووصفه بأنه محاولة «لتقويض الانتخابات»، فيما حذرت لجنة الانتخابات المستقلة من أن «هجمات أخرى قد تقع» على مراكز التسجيل قبل الاقتراع المقرر في أكتوبر المقبل.""",
    entities=[
        E("kabul", "Place", ["كابول", "العاصمة"], "Kabul", qid="Q5838", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("barchi", "Place", ["دشت برجي", "حي دشت برجي"], "Dasht-e Barchi", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", qid="Q42418",
          sub="ArmedGroup"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("badghis", "Place", ["ولاية بادغيس", "بادغيس"], "Badghis", sub="Region"),
        E("safi", "Person", ["نور أحمد صافي"], "Nur Ahmad Safi"),
        E("bpolice", "Organization", ["شرطة ولاية بادغيس", "الشرطة"], "Badghis police", sub="ArmedForce"),
        E("herat", "Place", ["ولاية هرات", "هرات"], "Herat", sub="Region"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani", qid="Q56577"),
        E("iec", "Organization", ["لجنة الانتخابات المستقلة"], "Independent Election Commission",
          sub="GovernmentBody"),
    ],
    relations=[
        R("spokespersonOf", "mujahid", "taliban"),
        R("leaderOf", "safi", "bpolice"),
        R("locatedIn", "barchi", "kabul"),
        R("locatedIn", "bpolice", "badghis", opt=True),
    ],
    events=[
        V("Attack", agent=["isis"], place=[["barchi", "kabul"]], date="2018-04-22"),
        V("Killing", agent=["isis"], place=[["barchi", "kabul"]], date="2018-04-22"),
        V("Attack", agent=["taliban"], target=["bpolice"], place=["badghis"]),
        V("Attack", opt=True, date="2018-04-22"),
        V("Killing", agent=["taliban"], target=["bpolice"], place=["badghis"]),
        V("Arrest", agent=["bpolice"]),
        V("Arrest", opt=True, agent=["safi"], place=["herat"]),
    ],
))

# ---------------------------------------------------------------- Kenya / Somalia (2019-01-16, Wednesday)
DOCS.append(dict(
    id="t54-ke-nairobi", published="2019-01-16",
    text="""نيروبي - (رويترز):

أعلنت حركة الشباب الصومالية مسؤوليتها عن هجوم استهدف، أمس الثلاثاء، مجمعا يضم فندقا ومكاتب في حي ويستلاندز بالعاصمة الكينية نيروبي، وقالت في بيان بثته إذاعة الأندلس التابعة لها إن الهجوم جاء «ردا على» قرار نقل السفارة الأمريكية إلى القدس.

وقال الرئيس الكيني أوهورو كينياتا في خطاب متلفز اليوم الأربعاء إن قوات الأمن قتلت جميع المهاجمين بعد حصار استمر نحو عشرين ساعة، وإن 14 شخصا قتلوا في الهجوم.

وقال جورج كيبيت، المفتش العام للشرطة الكينية، إن الشرطة اعتقلت شخصين في حي إيستلي يشتبه في أنهما ساعدا المهاجمين في استئجار سيارة.

وتوعدت الحركة بشن مزيد من الهجمات على كينيا «ما دامت قواتها في الصومال»، في حين قالت القيادة الأمريكية في أفريقيا (أفريكوم) إنها شنت غارة جوية قرب بلدة جلب في جنوب الصومال أمس، قتلت فيها «عددا من مقاتلي الشباب»، مشيرة إلى أن الغارة لا علاقة لها بهجوم نيروبي.""",
    entities=[
        E("nairobi", "Place", ["نيروبي"], "Nairobi", qid="Q3870", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("shabaab", "Organization", ["حركة الشباب الصومالية", "حركة الشباب", "الحركة", "الشباب"], "al-Shabaab",
          sub="ArmedGroup"),
        E("westlands", "Place", ["ويستلاندز", "حي ويستلاندز"], "Westlands", sub="City"),
        E("andalus", "Organization", ["إذاعة الأندلس"], "Radio Andalus", sub="MediaOrganization"),
        E("jerusalem", "Place", ["القدس"], "Jerusalem", sub="City"),
        E("kenyatta", "Person", ["أوهورو كينياتا"], "Uhuru Kenyatta", qid="Q57643"),
        E("secforces", "Organization", ["قوات الأمن"], "Kenyan security forces", sub="ArmedForce", opt=True),
        E("kibet", "Person", ["جورج كيبيت"], "George Kibet"),
        E("kpolice", "Organization", ["الشرطة الكينية", "الشرطة"], "Kenya Police", sub="ArmedForce"),
        E("eastleigh", "Place", ["إيستلي", "حي إيستلي"], "Eastleigh", sub="City"),
        E("kenya", "Place", ["كينيا"], "Kenya", qid="Q114", sub="Country"),
        E("somalia", "Place", ["الصومال"], "Somalia", qid="Q1045", sub="Country"),
        E("africom", "Organization", ["القيادة الأمريكية في أفريقيا", "أفريكوم"], "AFRICOM", sub="ArmedForce"),
        E("jilib", "Place", ["جلب", "بلدة جلب"], "Jilib", sub="City"),
    ],
    relations=[
        R("partOf", "andalus", "shabaab"),
        R("leaderOf", "kibet", "kpolice"),
        R("leaderOf", "kenyatta", "kenya", opt=True),
        R("locatedIn", "westlands", "nairobi"),
        R("locatedIn", "jilib", "somalia"),
    ],
    events=[
        V("Attack", agent=["shabaab"], place=[["westlands", "nairobi"]], date="2019-01-15"),
        V("Killing", agent=["shabaab"], place=[["westlands", "nairobi"]]),
        V("Killing", opt=True, date="2019-01-15"),
        V("Killing", opt=True, agent=["secforces"]),
        V("Arrest", agent=["kpolice"], place=["eastleigh"]),
        V("Strike", agent=["africom"], target=["shabaab"], place=[["jilib", "somalia"]], date="2019-01-15"),
        V("Killing", agent=["africom"], target=["shabaab"], place=[["jilib", "somalia"]], date="2019-01-15"),
    ],
))

# ---------------------------------------------------------------- Libya, Tripoli (2019-04-08, Monday)
DOCS.append(dict(
    id="t54-ly-mitiga", published="2019-04-08",
    text="""طرابلس - (أ ف ب):

قالت حكومة الوفاق الوطني الليبية إن طائرة حربية تابعة لقوات المشير خليفة حفتر قصفت، اليوم الاثنين، مطار معيتيقة الدولي، المطار الوحيد العامل في العاصمة طرابلس، ما أدى إلى تعليق الرحلات، من دون أن تسفر الغارة عن إصابات.

وقال أحمد المسماري، المتحدث باسم الجيش الوطني الليبي، إن قواته «لم تستهدف المطار المدني»، بل ضربت «طائرة عسكرية من طراز ميغ» كانت تستعد للإقلاع منه، متهما حكومة الوفاق باستخدام المطار لأغراض عسكرية.

وأعلن الناطق باسم قوات حكومة الوفاق محمد قنونو إطلاق عملية «بركان الغضب» لصد «العدوان» على طرابلس، وقال إن قواته أسرت عشرات من عناصر الجيش الوطني في منطقة وادي الربيع جنوبي العاصمة.

وكان حفتر قد أمر قواته الخميس الماضي بالتقدم نحو طرابلس، فيما طالب مجلس الأمن الدولي في جلسة مغلقة بوقف الهجوم، وهدد وزير الداخلية فتحي باشاغا بملاحقة «كل من يشارك في العدوان» أمام القضاء.""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة"], "Tripoli", qid="Q3579", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("gna", "Organization", ["حكومة الوفاق الوطني الليبية", "حكومة الوفاق", "قوات حكومة الوفاق"],
          "Government of National Accord", sub="GovernmentBody"),
        E("haftar", "Person", ["خليفة حفتر", "حفتر"], "Khalifa Haftar", qid="Q1739"),
        E("mitiga", "Place", ["مطار معيتيقة الدولي", "المطار"], "Mitiga International Airport"),
        E("mismari", "Person", ["أحمد المسماري"], "Ahmed al-Mismari"),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش الوطني"], "Libyan National Army",
          sub="ArmedForce"),
        E("gununu", "Person", ["محمد قنونو"], "Mohamed Gununu"),
        E("wadi", "Place", ["وادي الربيع", "منطقة وادي الربيع"], "Wadi al-Rabi", sub="City"),
        E("unsc", "Organization", ["مجلس الأمن الدولي"], "UN Security Council"),
        E("bashagha", "Person", ["فتحي باشاغا"], "Fathi Bashagha"),
    ],
    relations=[
        R("spokespersonOf", "mismari", "lna"),
        R("spokespersonOf", "gununu", "gna"),
        R("leaderOf", "haftar", "lna", opt=True),
        R("positionIn", "bashagha", "gna", opt=True),
        R("locatedIn", "mitiga", "tripoli"),
        R("locatedIn", "wadi", "tripoli", opt=True),
    ],
    events=[
        V("Strike", agent=[["lna", "haftar"]], target=["mitiga"], place=[["mitiga", "tripoli"]], date="2019-04-08"),
        V("MilitaryOperation", name="بركان الغضب", agent=["gna"]),
        V("Arrest", agent=["gna"], target=["lna"], place=["wadi"]),
        V("Attack", opt=True, agent=[["lna", "haftar"]], place=["tripoli"]),
    ],
))

# ---------------------------------------------------------------- Nigeria, Yobe (2018-02-21, Wednesday)
DOCS.append(dict(
    id="t54-ng-dapchi", published="2018-02-21",
    text="""كانو (نيجيريا) - (رويترز):

قال سكان ومسؤولون محليون إن مسلحين يشتبه في انتمائهم إلى جماعة بوكو حرام هاجموا، مساء الاثنين، مدرسة ثانوية للبنات في بلدة دابتشي بولاية يوبي شمال شرقي نيجيريا، ما دفع مئات الطالبات إلى الفرار، ولا يزال عشرات منهن في عداد المفقودين.

ونفت حكومة ولاية يوبي في بيان أولي أن تكون أي طالبة قد خطفت، وقالت إن الجيش «أنقذ» عددا منهن، لكن المفوض المحلي للتعليم أبوبكر غاربا عاد وأقر اليوم الأربعاء بأن 50 طالبة ما زلن مفقودات.

وقال أحد الآباء، ويدعى موسى علي، إن المهاجمين «جاؤوا في شاحنات وأطلقوا النار في الهواء»، مضيفا أن الجنود انسحبوا من البلدة قبل أسابيع «من دون أي تفسير».

وفي مدينة مايدوغوري، عاصمة ولاية بورنو، قال متحدث باسم الجيش إن القوات اعتقلت ثلاثة من عناصر الجماعة كانوا يخططون لتنفيذ هجمات انتحارية في أسواق المدينة، وإنها أحبطت «هجوما وشيكا» على مخيم للنازحين.""",
    entities=[
        E("kano", "Place", ["كانو"], "Kano", sub="City", opt=True),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("bh", "Organization", ["جماعة بوكو حرام", "بوكو حرام", "الجماعة"], "Boko Haram", qid="Q167289",
          sub="ArmedGroup"),
        E("dapchi", "Place", ["دابتشي", "بلدة دابتشي", "البلدة"], "Dapchi", sub="City"),
        E("yobe", "Place", ["ولاية يوبي", "يوبي"], "Yobe State", sub="Region"),
        E("yobegov", "Organization", ["حكومة ولاية يوبي"], "Yobe State Government", sub="GovernmentBody"),
        E("army", "Organization", ["الجيش", "القوات"], "Nigerian Army", sub="ArmedForce"),
        E("garba", "Person", ["أبوبكر غاربا"], "Abubakar Garba"),
        E("ali", "Person", ["موسى علي"], "Musa Ali"),
        E("maiduguri", "Place", ["مايدوغوري", "مدينة مايدوغوري", "المدينة"], "Maiduguri", sub="City"),
        E("borno", "Place", ["ولاية بورنو", "بورنو"], "Borno State", sub="Region"),
    ],
    relations=[
        R("locatedIn", "dapchi", "yobe"),
        R("locatedIn", "yobe", "nigeria"),
        R("locatedIn", "maiduguri", "borno"),
        R("positionIn", "garba", "yobegov", opt=True),
    ],
    events=[
        V("Attack", place=[["dapchi", "yobe"]], date="2018-02-19"),
        V("Attack", opt=True, agent=["bh"]),
        V("Arrest", agent=["army"], target=["bh"], place=["maiduguri"]),
    ],
))

# ---------------------------------------------------------------- Lebanon, the border (2019-09-02, Monday)
DOCS.append(dict(
    id="t54-lb-avivim", published="2019-09-02",
    text="""بيروت - (رويترز):

قال حزب الله اللبناني إن مقاتليه دمروا، أمس الأحد، آلية عسكرية إسرائيلية قرب ثكنة أفيفيم على الحدود، وقتلوا وجرحوا من فيها، في أول رد على هجوم بطائرتين مسيرتين استهدف الضاحية الجنوبية لبيروت قبل أسبوع.

ونفى الجيش الإسرائيلي وقوع إصابات في صفوف جنوده، وقال المتحدث باسمه أفيخاي أدرعي إن قواته ردت بقصف نحو مئة قذيفة على أطراف بلدة مارون الراس وبلدات أخرى في جنوب لبنان.

وكان الأمين العام لحزب الله حسن نصر الله قد هدد في خطاب السبت الماضي بأن الحزب «سيرد من لبنان» على اعتداء الضاحية، وعلى مقتل اثنين من عناصره في غارة إسرائيلية قرب دمشق، قائلا إن على الجنود الإسرائيليين أن «ينتظروا» على الحدود.

ودعا رئيس الوزراء سعد الحريري الولايات المتحدة وفرنسا إلى التدخل لمنع التصعيد، فيما قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن إسرائيل «ستقرر خطواتها التالية» بحسب تطور الأمور.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("hezbollah", "Organization", ["حزب الله اللبناني", "حزب الله", "الحزب"], "Hezbollah", qid="Q41053",
          sub="ArmedGroup"),
        E("avivim", "Place", ["أفيفيم", "ثكنة أفيفيم"], "Avivim"),
        E("dahiyeh", "Place", ["الضاحية الجنوبية", "الضاحية"], "Dahieh", sub="City"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", sub="ArmedForce"),
        E("adraee", "Person", ["أفيخاي أدرعي"], "Avichay Adraee"),
        E("maroun", "Place", ["مارون الراس", "بلدة مارون الراس"], "Maroun al-Ras", sub="City"),
        E("lebanon", "Place", ["لبنان", "جنوب لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah", qid="Q193322"),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("hariri", "Person", ["سعد الحريري"], "Saad Hariri", qid="Q57470"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("france", "Place", ["فرنسا"], "France", qid="Q142", sub="Country"),
        E("netanyahu", "Person", ["بنيامين نتنياهو"], "Benjamin Netanyahu", qid="Q43723"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country"),
    ],
    relations=[
        R("spokespersonOf", "adraee", "idf"),
        R("leaderOf", "nasrallah", "hezbollah"),
        R("leaderOf", "netanyahu", "israel"),
        R("leaderOf", "hariri", "lebanon", opt=True),
        R("locatedIn", "dahiyeh", "beirut"),
        R("locatedIn", "maroun", "lebanon"),
    ],
    events=[
        V("Attack", agent=["hezbollah"], target=["idf"], place=["avivim"], date="2019-09-01"),
        V("Killing", opt=True, agent=["hezbollah"], target=["idf"], place=["avivim"], date="2019-09-01"),
        V("Strike", agent=["idf"], place=[["maroun", "lebanon"]]),
        V("Strike", opt=True, date="2019-09-01"),
        V("Strike", place=[["dahiyeh", "beirut"]], date="2019-08"),
        V("Attack", opt=True, place=[["dahiyeh", "beirut"]], date="2019-08"),
        V("Strike", target=["hezbollah"], place=["damascus"]),
        V("Killing", target=["hezbollah"], place=["damascus"]),
    ],
))

# ---------------------------------------------------------------- Pakistan, Quetta (2017-08-13, Sunday)
DOCS.append(dict(
    id="t54-pk-quetta", published="2017-08-13",
    text="""كويتا (باكستان) - (أ ف ب):

قتل 15 شخصا بينهم ثمانية جنود، مساء أمس السبت، في انفجار قنبلة استهدف شاحنة عسكرية قرب مقر المجلس التشريعي لإقليم بلوشستان في مدينة كويتا، جنوب غربي باكستان، وأعلن تنظيم الدولة الإسلامية مسؤوليته عنه في وقت لاحق.

وقال وزير داخلية الإقليم مير ظفر الله لانغو إن «العدو يريد إفساد احتفالات عيد الاستقلال»، مضيفا أن السلطات تلقت تحذيرات من هجمات محتملة خلال الأسبوع.

وقال المتحدث باسم الجيش الباكستاني اللواء آصف غفور في تغريدة إن قوات الأمن اعتقلت مشتبها بهم في المدينة، وإن «عملية تطهير» ستبدأ في المنطقة.

في المقابل، نفت جماعة الأحرار، المنشقة عن حركة طالبان باكستان، في رسالة إلى الصحفيين، صلتها بالتفجير، بعدما كانت قد تبنت في فبراير الماضي هجوما انتحاريا على تجمع احتجاجي في مدينة لاهور أودى بحياة 13 شخصا.""",
    entities=[
        E("quetta", "Place", ["كويتا", "مدينة كويتا", "المدينة"], "Quetta", sub="City"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("assembly", "Organization", ["المجلس التشريعي لإقليم بلوشستان"], "Provincial Assembly of Balochistan",
          sub="GovernmentBody"),
        E("balochistan", "Place", ["بلوشستان", "الإقليم"], "Balochistan", sub="Region"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("langau", "Person", ["مير ظفر الله لانغو", "ظفر الله لانغو"], "Mir Zafarullah Langau"),
        E("paarmy", "Organization", ["الجيش الباكستاني"], "Pakistan Army", sub="ArmedForce"),
        E("ghafoor", "Person", ["آصف غفور"], "Asif Ghafoor"),
        E("secforces", "Organization", ["قوات الأمن"], "security forces", sub="ArmedForce", opt=True),
        E("jua", "Organization", ["جماعة الأحرار"], "Jamaat-ul-Ahrar", sub="ArmedGroup"),
        E("ttp", "Organization", ["حركة طالبان باكستان"], "Tehrik-i-Taliban Pakistan", sub="ArmedGroup"),
        E("lahore", "Place", ["لاهور", "مدينة لاهور"], "Lahore", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "ghafoor", "paarmy"),
        R("positionIn", "langau", "balochistan"),
        R("locatedIn", "quetta", "pakistan"),
        R("locatedIn", "quetta", "balochistan", opt=True),
        R("affiliatedWith", "jua", "ttp", opt=True),
    ],
    events=[
        V("Attack", agent=["isis"], place=["quetta"], date="2017-08-12"),
        V("Attack", opt=True, target=["paarmy"]),
        V("Killing", agent=["isis"], place=["quetta"], date="2017-08-12"),
        V("Arrest", opt=True, agent=["secforces"], place=["quetta"]),
        V("Attack", agent=["jua"], place=["lahore"], date="2017-02"),
        V("Killing", agent=["jua"], place=["lahore"], date="2017-02"),
    ],
))
