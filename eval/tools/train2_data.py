"""Hand annotations of the second training set (see eval/train2/README.md).

Articles written for the project in the style of Arab newspapers and news
agencies of 2012-2024 (dateline and source at the start, long sentences,
quotes inside quotes, reported speech, claims of responsibility, officials
named by post only), about Yemen, Libya, Egypt/Sinai, Sudan, Somalia and
Tunisia/Algeria, annotated by hand with the guidelines of eval/README.md.
Persons are invented, except a few very well-known public figures; the
organisations and places are real. ``build_train2.py`` turns this into
eval/train2.jsonl (spans computed, every mention checked against the text).
In event roles a nested list is a set of alternatives: any one satisfies it.
An event with ``optional`` only carries triples a reasonable annotator could
leave out. A place written with a title (مدينة، مديرية، محافظة، ولاية، حي،
منطقة) also lists its bare name.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Yemen, Aden (2016-08-30, a Tuesday)
DOCS.append(dict(
    id="t2-ye-aden", published="2016-08-30",
    text="""عدن - «الشرق الأوسط»:

قُتل 54 مجندا على الأقل وأصيب العشرات، صباح أمس الاثنين، في تفجير انتحاري استهدف تجمعا للمجندين الجدد داخل مدرسة في مديرية المنصورة بمدينة عدن جنوبي اليمن، في هجوم هو الأكثر دموية الذي تشهده العاصمة المؤقتة منذ استعادتها من قبضة الحوثيين في يوليو/تموز من العام الماضي.

وتبنى تنظيم «داعش» الهجوم في بيان نشرته وكالة «أعماق» التابعة له، قال فيه إن «أحد جنود الخلافة»، وسمّاه أبو سفيان العدني، «انغمس بسيارته المفخخة وسط تجمع لعناصر الجيش المرتد» قبل أن يفجرها، متوعدا بـ«المزيد».

ونقلت وكالة الأنباء اليمنية الرسمية «سبأ» عن مصدر أمني في المحافظة قوله إن الانتحاري «تسلل إلى ساحة المدرسة مستغلا ازدحام المجندين الذين كانوا ينتظرون استلام رواتبهم منذ ساعات الفجر»، مضيفا أن «الأجهزة المختصة باشرت التحقيق لمعرفة الجهات التي سهلت دخوله».
وبحسب المصدر ذاته، فإن معظم الضحايا من أبناء محافظتي أبين ولحج.

وكان محافظ عدن، ناصر عبد الله الشعيبي، قد نجا في مايو/أيار الماضي من محاولة اغتيال بسيارة مفخخة استهدفت موكبه في منطقة خور مكسر، تبناها التنظيم أيضا.

من جهته، قال مدير أمن عدن العميد وضاح سالم الحالمي لـ«الشرق الأوسط» إن قوات الحزام الأمني، المدعومة من الإمارات، نفذت مساء الاثنين حملة مداهمات في مديريتي البريقة والشيخ عثمان بالمدينة أسفرت عن اعتقال 11 مشتبها بهم، بينهم «قيادي بارز في التنظيم يدعى فهد مقبل الصبيحي، ويُعتقد أنه المسؤول عن تجهيز السيارات المفخخة في عدن ولحج».

إلى ذلك، استقبل الرئيس اليمني عبد ربه منصور هادي في مقر إقامته بالعاصمة السعودية الرياض، أمس، رئيس الحكومة الشرعية أحمد عبيد بن دغر، ووجه هادي، بحسب «سبأ»، «بتشكيل لجنة تحقيق عاجلة ورفع تقرير بنتائجها خلال أسبوع»، مؤكدا أن «هذه الأعمال الإرهابية الجبانة لن تثني أبناء عدن عن استكمال بناء مؤسساتهم الأمنية».""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("mansoura", "Place", ["مديرية المنصورة", "المنصورة"], "al-Mansoura District (Aden)", sub="Region"),
        E("aden", "Place", ["مدينة عدن", "عدن", "العاصمة المؤقتة", "المدينة", "المحافظة"], "Aden", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("houthis", "Organization", ["الحوثيين"], "Houthis (Ansar Allah)", sub="ArmedGroup"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("bomber", "Person", ["أبو سفيان العدني"], "Abu Sufyan al-Adani"),
        E("saba", "Organization", ["وكالة الأنباء اليمنية", "سبأ"], "Saba News Agency", sub="MediaOrganization",
          opt=True),
        E("abyan", "Place", ["أبين"], "Abyan Governorate", sub="Region"),
        E("lahij", "Place", ["لحج"], "Lahij Governorate", sub="Region"),
        E("shuaibi", "Person", ["ناصر عبد الله الشعيبي"], "Nasir Abdallah al-Shuaibi"),
        E("khormaksar", "Place", ["منطقة خور مكسر", "خور مكسر"], "Khormaksar", sub="Region"),
        E("halimi", "Person", ["وضاح سالم الحالمي"], "Waddah Salim al-Halimi"),
        E("belt", "Organization", ["قوات الحزام الأمني", "الحزام الأمني"], "Security Belt Forces", sub="ArmedForce"),
        E("uae", "Place", ["الإمارات"], "United Arab Emirates", qid="Q878", sub="Country", alt=["Organization"]),
        E("buraiqa", "Place", ["البريقة"], "al-Buraiqa District", sub="Region"),
        E("sheikh_othman", "Place", ["الشيخ عثمان"], "Sheikh Othman District", sub="Region"),
        E("subaihi", "Person", ["فهد مقبل الصبيحي"], "Fahd Muqbil al-Subaihi"),
        E("hadi", "Person", ["عبد ربه منصور هادي", "هادي"], "Abd Rabbuh Mansur Hadi"),
        E("riyadh", "Place", ["الرياض", "العاصمة السعودية"], "Riyadh", qid="Q3692", sub="City"),
        E("bindaghr", "Person", ["أحمد عبيد بن دغر"], "Ahmed Obeid bin Daghr"),
        E("gov", "Organization", ["الحكومة الشرعية"], "Government of Yemen (Hadi)", sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "mansoura", "aden"),
        R("locatedIn", "aden", "yemen"),
        R("locatedIn", "mansoura", "yemen", opt=True),
        R("partOf", "amaq", "isis"),
        R("memberOf", "bomber", "isis"),
        R("leaderOf", "shuaibi", "aden"),
        R("positionIn", "shuaibi", "aden", opt=True),
        R("positionIn", "halimi", "aden"),
        R("affiliatedWith", "belt", "uae", opt=True),
        R("locatedIn", "buraiqa", "aden"),
        R("locatedIn", "sheikh_othman", "aden"),
        R("memberOf", "subaihi", "isis"),
        R("leaderOf", "hadi", "yemen"),
        R("leaderOf", "bindaghr", "gov"),
        R("locatedIn", "khormaksar", "aden", opt=True),
    ],
    events=[
        # Monday's suicide bombing, claimed by IS; the bomber named in the claim
        V("Attack", agent=["isis"], place=[["mansoura", "aden", "yemen"]], date="2016-08-29", trigger="تفجير"),
        V("Killing", agent=["isis"], place=[["mansoura", "aden", "yemen"]], date="2016-08-29", trigger="قُتل"),
        V("Attack", opt=True, agent=["bomber"]),
        # the Houthis driven out of Aden in July 2015 (no listed type)
        V("MilitaryOperation", opt=True, target=["houthis"], place=["aden"], date="2015-07"),
        # the car bomb on the governor's convoy last May, claimed by IS
        V("Attack", agent=["isis"], target=["shuaibi"], place=[["khormaksar", "aden"]], date="2016-05",
          trigger="محاولة اغتيال"),
        # raids on Monday evening
        V("Arrest", agent=["belt"], target=["subaihi"], place=[["buraiqa", "aden"], ["sheikh_othman", "aden"]],
          date="2016-08-29", trigger="اعتقال"),
        V("Meeting", agent=["hadi", "bindaghr"], place=["riyadh"], date="2016-08-29", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Libya, Sirte (2016-08-03, a Wednesday)
DOCS.append(dict(
    id="t2-ly-sirte", published="2016-08-03",
    text="""مصراتة (ليبيا) - رويترز:

قال مسؤولون ليبيون وأمريكيون إن الولايات المتحدة شنت، الاثنين، ضربات جوية على مواقع لتنظيم الدولة الإسلامية في مدينة سرت الليبية، في أول تدخل معلن لواشنطن في المعركة التي تخوضها منذ أكثر من شهرين قوات موالية لحكومة الوفاق الوطني المدعومة من الأمم المتحدة لطرد التنظيم من أبرز معاقله خارج سوريا والعراق.

وأعلن رئيس المجلس الرئاسي لحكومة الوفاق فائز السراج، في كلمة بثها التلفزيون الرسمي من العاصمة طرابلس، أن المجلس طلب «دعما أمريكيا مباشرا» بعد أن «تكبدت قواتنا خسائر كبيرة في الأرواح»، مشددا على أن الضربات «محددة بالزمان والمكان ولن تتجاوز نطاق سرت وضواحيها».

وقال البنتاغون في بيان إن الغارات، التي نفذتها طائرات مسيرة ومقاتلات من طراز «هارير»، دمرت دبابة وعربات للتنظيم قرب مجمع واغادوغو للمؤتمرات، الذي يتخذه مسلحوه مقرا لقيادتهم في وسط المدينة.

ونقلت قناة محلية عن مصدر عسكري في غرفة عمليات «البنيان المرصوص» قوله إن «أحد أبرز أمراء التنظيم، وهو تونسي الجنسية يدعى وليد الهادي الزواري، قُتل في الغارات مع أربعة من مرافقيه».

وقال المتحدث باسم المركز الإعلامي للعملية، سالم عمر الدروقي، إن وحدات من الكتائب المنحدرة من مدينة مصراتة تقدمت أمس نحو الحي السكني رقم 1، مضيفا أن «عناصر داعش المحاصرين يعتمدون على القناصة والمفخخات لإبطاء تقدمنا».
وكانت العملية قد انطلقت في 12 مايو/أيار الماضي، وأسفرت حتى الآن عن مقتل نحو 280 من عناصر القوات الموالية للحكومة وإصابة أكثر من 1500، بحسب مصادر طبية في مصراتة.

في المقابل، انتقد المتحدث باسم الجيش الوطني الليبي الذي يقوده المشير خليفة حفتر الضربات، واعتبرها «تدخلا في الشأن الليبي لصالح الميليشيات»، فيما لم يصدر أي تعليق من مجلس النواب المنعقد في مدينة طبرق شرقي البلاد.

وسقطت سرت، مسقط رأس الزعيم الليبي الراحل معمر القذافي، في يد التنظيم في يونيو/حزيران 2015.""",
    entities=[
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("misrata", "Place", ["مصراتة", "مدينة مصراتة"], "Misrata", sub="City"),
        E("libya", "Place", ["ليبيا", "البلاد"], "Libya", qid="Q1016", sub="Country"),
        E("us", "Place", ["الولايات المتحدة", "واشنطن"], "United States", qid="Q30", sub="Country",
          alt=["Organization"]),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم", "داعش"], "Islamic State", sub="ArmedGroup"),
        E("sirte", "Place", ["مدينة سرت", "سرت", "المدينة"], "Sirte", sub="City"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق", "الحكومة"], "Government of National Accord",
          sub="GovernmentBody"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("pc", "Organization", ["المجلس الرئاسي", "المجلس"], "Presidential Council (Libya)", sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("pentagon", "Organization", ["البنتاغون"], "United States Department of Defense", sub="GovernmentBody"),
        E("ouaga", "Place", ["مجمع واغادوغو للمؤتمرات"], "Ouagadougou Conference Centre"),
        E("zawari", "Person", ["وليد الهادي الزواري"], "Walid al-Hadi al-Zawari"),
        E("bunyan", "Organization", ["غرفة عمليات «البنيان المرصوص»"], "al-Bunyan al-Marsous operations room",
          sub="ArmedForce", opt=True),
        E("media_centre", "Organization", ["المركز الإعلامي للعملية"], "al-Bunyan al-Marsous media centre",
          sub="MediaOrganization"),
        E("darouqi", "Person", ["سالم عمر الدروقي"], "Salim Umar al-Darouqi"),
        E("gna_forces", "Organization", ["قوات موالية لحكومة الوفاق الوطني", "القوات الموالية للحكومة"],
          "GNA-aligned forces", sub="ArmedForce"),
        E("lna", "Organization", ["الجيش الوطني الليبي"], "Libyan National Army", sub="ArmedForce"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar"),
        E("hor", "Organization", ["مجلس النواب"], "House of Representatives (Libya)", sub="GovernmentBody"),
        E("tobruk", "Place", ["مدينة طبرق", "طبرق"], "Tobruk", sub="City"),
        E("gaddafi", "Person", ["معمر القذافي"], "Muammar Gaddafi"),
    ],
    relations=[
        R("affiliatedWith", "gna_forces", "gna"),
        R("affiliatedWith", "gna", "un", opt=True),
        R("leaderOf", "sarraj", "pc"),
        R("partOf", "pc", "gna", opt=True),
        R("leaderOf", "sarraj", "gna", opt=True),
        R("locatedIn", "sirte", "libya"),
        R("locatedIn", "misrata", "libya", opt=True),
        R("locatedIn", "ouaga", "sirte"),
        R("memberOf", "zawari", "isis"),
        R("leaderOf", "zawari", "isis", opt=True),
        R("spokespersonOf", "darouqi", "media_centre"),
        R("spokespersonOf", "darouqi", "bunyan", opt=True),
        R("leaderOf", "haftar", "lna"),
        R("locatedIn", "tobruk", "libya"),
        R("locatedIn", "hor", "tobruk", opt=True),
        R("leaderOf", "gaddafi", "libya", opt=True),
        R("locatedIn", "tripoli", "libya", opt=True),
    ],
    events=[
        # Monday's US air strikes on Sirte
        V("Strike", agent=["us"], target=["isis"], place=[["ouaga", "sirte", "libya"]], date="2016-08-01",
          trigger="ضربات جوية"),
        V("Killing", agent=["us"], target=["zawari"], place=["sirte"], date="2016-08-01", trigger="قُتل"),
        # the operation, launched on 12 May
        V("MilitaryOperation", name="البنيان المرصوص", agent=["gna_forces"], target=["isis"], place=["sirte"],
          date="2016-05-12", trigger="العملية"),
        V("Attack", opt=True, agent=["gna_forces"], target=["isis"], place=["sirte"], date="2016-08-02"),
        # the government forces' losses (no agent)
        V("Killing", opt=True, target=["gna_forces"], place=["sirte"], date="2016"),
        # IS took the city in June 2015 (no listed type)
        V("Attack", opt=True, agent=["isis"], place=["sirte"], date="2015-06"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2018-02-10, a Saturday)
DOCS.append(dict(
    id="t2-eg-sinai", published="2018-02-10",
    text="""القاهرة - «الحياة»:

أطلقت القوات المسلحة المصرية، أمس الجمعة، عملية عسكرية واسعة أطلقت عليها اسم «العملية الشاملة سيناء 2018»، تشارك فيها القوات الجوية والبحرية وقوات حرس الحدود بالتعاون مع الشرطة، لملاحقة عناصر تنظيم «ولاية سيناء»، الفرع المصري لتنظيم «داعش»، في شمال سيناء ووسطها وفي مناطق بدلتا النيل والظهير الصحراوي غرب وادي النيل.

وقال المتحدث العسكري باسم القوات المسلحة، في البيان الأول للعملية الذي بثه التلفزيون الرسمي صباحا، إن مقاتلات القوات الجوية «استهدفت بؤرا ومخازن للأسلحة والذخائر تستخدمها العناصر التكفيرية» جنوب مدينتي رفح والشيخ زويد، فيما أغلقت السلطات الطرق المؤدية إلى مدينة العريش، عاصمة محافظة شمال سيناء، وعلقت الدراسة في مدارسها حتى إشعار آخر.

وتأتي العملية بعد نحو شهرين من تكليف الرئيس المصري عبد الفتاح السيسي رئيس أركان حرب القوات المسلحة ووزير الداخلية «استخدام كل القوة الغاشمة» لإعادة الأمن والاستقرار إلى سيناء خلال ثلاثة أشهر، وذلك إثر الهجوم على مسجد الروضة بمنطقة بئر العبد في نوفمبر/تشرين الثاني الماضي، الذي قُتل فيه 305 مصلين، في أسوأ هجوم تشهده مصر في تاريخها الحديث.
ولم تعلن أي جهة مسؤوليتها عن ذلك الهجوم، وإن كانت السلطات قد نسبته إلى التنظيم.

وفي بيان منفصل، أعلنت وزارة الداخلية أن قوات الأمن قتلت، فجر أمس، ثلاثة «عناصر إرهابية» في تبادل لإطلاق النار خلال مداهمة وكر لهم في منطقة المساعيد غرب العريش، بينهم «القيادي بالتنظيم رامي سليمان أبو جرير، المتورط في استهداف كمائن الشرطة بالمدينة»، وضبطت أسلحة نارية وعبوات ناسفة معدة للتفجير.

وقال مصدر أمني لـ«الحياة» إن الأجهزة الأمنية ألقت القبض على 17 شخصا في محافظة الإسماعيلية «للاشتباه في تقديمهم دعما لوجستيا لعناصر التنظيم في سيناء»، موضحا أن التحقيقات جارية «بإشراف النيابة العامة».

وكان التنظيم قد تبنى في أكتوبر/تشرين الأول الماضي هجوما على نقطة تفتيش عسكرية جنوب العريش أودى بحياة ستة عسكريين، بينهم ضابط برتبة مقدم.""",
    entities=[
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("eaf", "Organization", ["القوات المسلحة المصرية", "القوات المسلحة"], "Egyptian Armed Forces",
          sub="ArmedForce"),
        E("air", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("border", "Organization", ["قوات حرس الحدود"], "Egyptian Border Guard", sub="ArmedForce", opt=True),
        E("police", "Organization", ["الشرطة"], "Egyptian police", sub="GovernmentBody", opt=True),
        E("wilayat", "Organization", ["ولاية سيناء", "التنظيم"], "Islamic State – Sinai Province", sub="ArmedGroup"),
        E("isis", "Organization", ["داعش"], "Islamic State", sub="ArmedGroup"),
        E("sinai", "Place", ["سيناء"], "Sinai Peninsula", sub="Region"),
        E("nile_delta", "Place", ["دلتا النيل"], "Nile Delta", sub="Region", opt=True),
        E("nile_valley", "Place", ["وادي النيل"], "Nile Valley", sub="Region", opt=True),
        E("rafah", "Place", ["رفح"], "Rafah (Egypt)", sub="City"),
        E("zuweid", "Place", ["الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("arish", "Place", ["مدينة العريش", "العريش", "المدينة"], "Arish", sub="City"),
        E("north_sinai", "Place", ["محافظة شمال سيناء", "شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("rawda", "Place", ["مسجد الروضة"], "al-Rawda mosque"),
        E("bir_abed", "Place", ["منطقة بئر العبد", "بئر العبد"], "Bir al-Abd", sub="Region"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Egypt)", sub="GovernmentBody"),
        E("security", "Organization", ["قوات الأمن", "الأجهزة الأمنية"], "Egyptian security forces",
          sub="GovernmentBody", opt=True),
        E("masaid", "Place", ["منطقة المساعيد", "المساعيد"], "al-Masaid", sub="Region"),
        E("abu_jurair", "Person", ["رامي سليمان أبو جرير"], "Rami Sulayman Abu Jurair"),
        E("ismailia", "Place", ["محافظة الإسماعيلية", "الإسماعيلية"], "Ismailia Governorate", sub="Region"),
        E("prosecution", "Organization", ["النيابة العامة"], "Public Prosecution (Egypt)", sub="GovernmentBody",
          opt=True),
    ],
    relations=[
        R("partOf", "air", "eaf", opt=True),
        R("partOf", "border", "eaf", opt=True),
        R("partOf", "wilayat", "isis"),
        R("affiliatedWith", "wilayat", "isis", opt=True),
        R("locatedIn", "arish", "north_sinai"),
        R("locatedIn", "north_sinai", "sinai", opt=True),
        R("leaderOf", "sisi", "egypt"),
        R("leaderOf", "sisi", "eaf", opt=True),
        R("locatedIn", "rawda", "bir_abed"),
        R("locatedIn", "masaid", "arish", opt=True),
        R("memberOf", "abu_jurair", "wilayat"),
        R("partOf", "security", "moi", opt=True),
    ],
    events=[
        V("MilitaryOperation", name="العملية الشاملة سيناء 2018", agent=["eaf"], target=["wilayat"],
          place=[["north_sinai", "sinai"]], date="2018-02-09", trigger="عملية عسكرية"),
        V("MilitaryOperation", opt=True, agent=["air", "border", "police"], place=["nile_delta", "nile_valley"]),
        # air strikes announced in the first statement (Friday)
        V("Strike", agent=[["air", "eaf"]], target=["wilayat"], place=["rafah", "zuweid"], date="2018-02-09",
          trigger="استهدفت"),
        # the Rawda mosque attack last November: no one claimed it
        V("Attack", target=["rawda"], place=[["rawda", "bir_abed"]], date="2017-11", trigger="الهجوم"),
        V("Killing", place=[["rawda", "bir_abed"]], date="2017-11", trigger="قُتل"),
        V("Attack", opt=True, agent=["wilayat"], target=["rawda"]),
        # the interior ministry: security forces killed three at dawn yesterday
        V("Killing", agent=[["security", "moi"]], target=["abu_jurair"], place=[["masaid", "arish"]],
          date="2018-02-09", trigger="قتلت"),
        V("Attack", opt=True, agent=["wilayat"], target=["police"], place=["arish"]),
        # arrests in Ismailia, told by a source (act undated: month)
        V("Arrest", agent=[["security"]], place=["ismailia"], date="2018-02", trigger="ألقت القبض"),
        # last October's claimed attack on a checkpoint south of Arish
        V("Attack", agent=["wilayat"], place=["arish"], date="2017-10", trigger="هجوما"),
        V("Killing", agent=["wilayat"], place=["arish"], date="2017-10", trigger="أودى بحياة"),
    ],
))

# ---------------------------------------------------------------- Sudan, Khartoum (2019-04-13, a Saturday)
DOCS.append(dict(
    id="t2-sd-khartoum", published="2019-04-13",
    text="""الخرطوم - «الشرق الأوسط»:

أدى الفريق أول ركن عبد الفتاح البرهان، مساء أمس الجمعة، اليمين الدستورية رئيسا للمجلس العسكري الانتقالي في السودان، خلفا لوزير الدفاع السوداني الفريق أول عوض بن عوف، الذي أعلن تنحيه عن رئاسة المجلس بعد نحو 30 ساعة فقط من توليه المنصب، في خطوة قوبلت باحتفالات صاخبة في محيط القيادة العامة للقوات المسلحة بالخرطوم، حيث يواصل آلاف المحتجين اعتصامهم منذ السادس من أبريل/نيسان الجاري.

وكان ابن عوف قد أعلن، في بيان بثه التلفزيون الرسمي ظهر الخميس، «اقتلاع ذلك النظام والتحفظ على رأسه بعد اعتقاله في مكان آمن»، في إشارة إلى الرئيس عمر البشير الذي حكم البلاد منذ انقلاب عسكري عام 1989، معلنا تعطيل العمل بالدستور وفرض حالة الطوارئ ثلاثة أشهر.

وقال البرهان، في أول خطاب له بعد أدائه اليمين، إن المجلس «سيعمل على اجتثاث رموز النظام ومحاسبة كل من تورط في قتل المتظاهرين»، معلنا إلغاء حظر التجول الليلي والإفراج عن جميع المعتقلين بموجب قوانين الطوارئ.
وأعلن المجلس في بيان لاحق تعيين قائد قوات الدعم السريع الفريق محمد حمدان دقلو، المعروف بـ«حميدتي»، نائبا لرئيسه.

ونقلت وكالة السودان للأنباء (سونا) عن المتحدث باسم المجلس العسكري، اللواء ركن مأمون إدريس الحاج، قوله إن «قوات الأمن اعتقلت عددا من قيادات حزب المؤتمر الوطني الحاكم سابقا، بينهم رئيس الحزب المكلف وعدد من الوزراء السابقين»، مؤكدا أن «أيا منهم لن يفلت من المحاسبة». كما أعلن المجلس، اليوم السبت، قبول استقالة مدير جهاز الأمن والمخابرات الوطني.

في المقابل، رفض تجمع المهنيين السودانيين، أبرز مكونات قوى إعلان الحرية والتغيير التي تقود الاحتجاجات منذ ديسمبر/كانون الأول الماضي، ما وصفه بـ«انقلاب القصر»، وقال المتحدث باسمه، معتصم أحمد الطاهر، إن «الاعتصام سيستمر حتى تسليم السلطة لحكومة مدنية انتقالية».

والتقى البرهان، في وقت متأخر من مساء الجمعة، وفدا من قوى الحرية والتغيير في مقر القيادة العامة، وفق بيان للمجلس وصف اللقاء بأنه «إيجابي»، فيما قالت لجنة أطباء السودان المركزية إن 16 شخصا على الأقل قُتلوا برصاص «قوات نظامية» في العاصمة خلال يومي الخميس والجمعة.""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("khartoum", "Place", ["الخرطوم", "العاصمة"], "Khartoum", sub="City"),
        E("burhan", "Person", ["عبد الفتاح البرهان", "البرهان"], "Abdel Fattah al-Burhan"),
        E("tmc", "Organization", ["المجلس العسكري الانتقالي", "المجلس العسكري", "المجلس"],
          "Transitional Military Council (Sudan)", sub="GovernmentBody"),
        E("sudan", "Place", ["السودان", "البلاد"], "Sudan", qid="Q1049", sub="Country"),
        E("ibnauf", "Person", ["عوض بن عوف", "ابن عوف"], "Awad Ibn Auf"),
        E("hq", "Place", ["القيادة العامة للقوات المسلحة", "مقر القيادة العامة"], "Sudanese Armed Forces General Command"),
        E("bashir", "Person", ["عمر البشير"], "Omar al-Bashir"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", sub="ArmedGroup"),
        E("hemedti", "Person", ["محمد حمدان دقلو", "حميدتي"], "Mohamed Hamdan Dagalo"),
        E("suna", "Organization", ["وكالة السودان للأنباء", "سونا"], "Sudan News Agency", sub="MediaOrganization",
          opt=True),
        E("hajj", "Person", ["مأمون إدريس الحاج"], "Mamun Idris al-Hajj"),
        E("security", "Organization", ["قوات الأمن"], "Sudanese security forces", sub="GovernmentBody", opt=True),
        E("ncp", "Organization", ["حزب المؤتمر الوطني", "الحزب"], "National Congress Party",
          sub="PoliticalOrganization"),
        E("niss", "Organization", ["جهاز الأمن والمخابرات الوطني"], "National Intelligence and Security Service",
          sub="GovernmentBody"),
        E("spa", "Organization", ["تجمع المهنيين السودانيين"], "Sudanese Professionals Association",
          sub="PoliticalOrganization"),
        E("ffc", "Organization", ["قوى إعلان الحرية والتغيير", "قوى الحرية والتغيير"],
          "Forces of Freedom and Change", sub="Coalition"),
        E("taher", "Person", ["معتصم أحمد الطاهر"], "Mutasim Ahmad al-Tahir"),
        E("doctors", "Organization", ["لجنة أطباء السودان المركزية"], "Central Committee of Sudanese Doctors"),
    ],
    relations=[
        R("leaderOf", "burhan", "tmc"),
        R("locatedIn", "khartoum", "sudan", opt=True),
        R("positionIn", "ibnauf", "sudan"),
        R("leaderOf", "ibnauf", "tmc"),
        R("locatedIn", "hq", "khartoum"),
        R("leaderOf", "bashir", "sudan"),
        R("leaderOf", "hemedti", "rsf"),
        R("positionIn", "hemedti", "tmc"),
        R("spokespersonOf", "hajj", "tmc"),
        R("memberOf", "spa", "ffc"),
        R("partOf", "spa", "ffc", opt=True),
        R("spokespersonOf", "taher", "spa"),
    ],
    events=[
        # the arrest of al-Bashir, announced on Thursday by the defence minister (the speaker is no agent)
        V("Arrest", target=["bashir"], date="2019-04", trigger="اعتقاله"),
        V("Arrest", opt=True, date="2019-04-11"),
        # arrests of party leaders, told by the council's spokesman
        V("Arrest", agent=[["security"]], target=["ncp"], date="2019-04", trigger="اعتقلت"),
        V("Arrest", opt=True, place=["khartoum"]),
        V("Meeting", agent=["burhan", "ffc"], place=[["hq", "khartoum"]], date="2019-04-12", trigger="التقى"),
        # 16 killed by "regular forces" (unnamed) on Thursday and Friday
        V("Killing", place=["khartoum"], date="2019-04", trigger="قُتلوا"),
        V("Killing", opt=True, place=["sudan"]),
    ],
))

# ---------------------------------------------------------------- Somalia, Kismayo (2019-07-14, a Sunday)
DOCS.append(dict(
    id="t2-so-kismayo", published="2019-07-14",
    text="""كيسمايو (الصومال) - أ ف ب:

ارتفع عدد قتلى الهجوم الذي استهدف، مساء الجمعة، فندق «أساسي» في مدينة كيسمايو الساحلية، عاصمة ولاية جوبالاند جنوبي الصومال، إلى 26 قتيلا بينهم مرشحون للانتخابات المحلية وصحافيان وثلاثة أجانب، وفق ما أعلن رئيس الولاية أحمد محمد إسلام، المعروف بـ«أحمد مدوبي»، في مؤتمر صحافي عقده أمس السبت.

وقال مدوبي إن الهجوم بدأ بتفجير سيارة مفخخة يقودها انتحاري عند مدخل الفندق، قبل أن يقتحمه أربعة مسلحين يرتدون زي قوات الأمن، مضيفا أن «قوات الولاية خاضت معهم مواجهات استمرت أكثر من 12 ساعة وانتهت بقتلهم جميعا».

وتبنت حركة «الشباب» المرتبطة بتنظيم القاعدة الهجوم في بيان بثته إذاعة «الأندلس» الناطقة باسمها، قالت فيه إن «مجاهديها» استهدفوا «اجتماعا لمسؤولي الإدارة المرتدة»، على حد تعبيرها.

ونقلت وكالة الأنباء الصومالية (صونا) عن وزير الإعلام الصومالي، عبد القادر حسن ورسمي، قوله إن الرئيس الصومالي محمد عبد الله فرماجو «أدان بشدة الهجوم الإرهابي الجبان، ووجه بإرسال طائرة لنقل الجرحى إلى مقديشو»، مشيرا إلى أن الحكومة الفيدرالية «تقف إلى جانب حكومة جوبالاند وشعبها».

وفي مقديشو، أعلنت وكالة الاستخبارات والأمن الوطني (نيسا) اعتقال ثلاثة أشخاص يشتبه في صلتهم بالهجوم، بينهم «المسؤول عن تجهيز السيارة المفخخة»، دون أن تكشف عن هوياتهم أو مكان توقيفهم.

ويأتي الهجوم قبل نحو شهر من الانتخابات الرئاسية في الولاية، التي يسعى مدوبي للفوز فيها بولاية ثالثة وسط خلاف حاد مع الحكومة الفيدرالية حول آلية إجرائها.
وكانت قوات كينية ضمن بعثة الاتحاد الأفريقي في الصومال (أميصوم) قد ساعدت القوات الموالية لمدوبي، المعروفة آنذاك بـ«رأس كامبوني»، في طرد الحركة من كيسمايو في سبتمبر/أيلول 2012، بعد أن ظلت المدينة طوال سنوات مصدرا رئيسيا لتمويلها عبر مينائها.""",
    entities=[
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("kismayo", "Place", ["مدينة كيسمايو", "كيسمايو", "المدينة"], "Kismayo", sub="City"),
        E("somalia", "Place", ["الصومال"], "Somalia", qid="Q1045", sub="Country"),
        E("hotel", "Place", ["فندق «أساسي»", "الفندق"], "Asasey Hotel"),
        E("jubaland", "Place", ["ولاية جوبالاند", "جوبالاند", "الولاية"], "Jubaland", sub="Region"),
        E("madobe", "Person", ["أحمد محمد إسلام", "أحمد مدوبي", "مدوبي"], "Ahmed Mohamed Islam (Madobe)"),
        E("jl_forces", "Organization", ["قوات الولاية"], "Jubaland security forces", sub="ArmedForce"),
        E("shabab", "Organization", ["حركة «الشباب»", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("qaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("andalus", "Organization", ["إذاعة «الأندلس»"], "Radio Andalus", sub="MediaOrganization"),
        E("sonna", "Organization", ["وكالة الأنباء الصومالية", "صونا"], "Somali National News Agency",
          sub="MediaOrganization", opt=True),
        E("warsame", "Person", ["عبد القادر حسن ورسمي"], "Abd al-Qadir Hasan Warsame"),
        E("farmajo", "Person", ["محمد عبد الله فرماجو"], "Mohamed Abdullahi Farmajo"),
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", sub="City"),
        E("fedgov", "Organization", ["الحكومة الفيدرالية"], "Federal Government of Somalia", sub="GovernmentBody",
          opt=True),
        E("jl_gov", "Organization", ["حكومة جوبالاند"], "Jubaland administration", sub="GovernmentBody"),
        E("nisa", "Organization", ["وكالة الاستخبارات والأمن الوطني", "نيسا"],
          "National Intelligence and Security Agency (Somalia)", sub="GovernmentBody"),
        E("kenya_forces", "Organization", ["قوات كينية"], "Kenya Defence Forces", sub="ArmedForce"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميصوم"],
          "African Union Mission to Somalia", sub="ArmedForce"),
        E("raskamboni", "Organization", ["رأس كامبوني"], "Ras Kamboni Movement", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "hotel", "kismayo"),
        R("locatedIn", "kismayo", "jubaland"),
        R("locatedIn", "jubaland", "somalia"),
        R("locatedIn", "kismayo", "somalia", opt=True),
        R("leaderOf", "madobe", "jubaland"),
        R("positionIn", "madobe", "jubaland", opt=True),
        R("leaderOf", "madobe", "jl_gov", opt=True),
        R("affiliatedWith", "shabab", "qaeda"),
        R("partOf", "andalus", "shabab"),
        R("positionIn", "warsame", "somalia"),
        R("positionIn", "warsame", "fedgov", opt=True),
        R("leaderOf", "farmajo", "somalia"),
        R("partOf", "kenya_forces", "amisom"),
        R("memberOf", "kenya_forces", "amisom", opt=True),
        R("affiliatedWith", "raskamboni", "madobe"),
        R("leaderOf", "madobe", "raskamboni", opt=True),
    ],
    events=[
        # Friday evening: car bomb and gunmen, claimed by al-Shabaab
        V("Attack", agent=["shabab"], target=["hotel"], place=[["hotel", "kismayo", "jubaland", "somalia"]],
          date="2019-07-12", trigger="الهجوم"),
        V("Killing", agent=["shabab"], place=[["hotel", "kismayo", "jubaland", "somalia"]], date="2019-07-12",
          trigger="قتلى"),
        # the Jubaland forces' clashes with the attackers, who were all killed
        V("Attack", opt=True, agent=["jl_forces"], target=["shabab"], place=["hotel"]),
        V("Killing", agent=["jl_forces"], place=[["hotel", "kismayo"]], date="2019-07", trigger="بقتلهم"),
        V("Killing", opt=True, target=["shabab"], date="2019-07-12"),
        # arrests announced in Mogadishu, place of arrest unknown
        V("Arrest", agent=["nisa"], date="2019-07", trigger="اعتقال"),
        V("Arrest", opt=True, place=["mogadishu"]),
        # Kismayo taken from al-Shabaab in September 2012
        V("MilitaryOperation", opt=True, agent=["kenya_forces", "raskamboni", "amisom"], target=["shabab"],
          place=["kismayo"], date="2012-09"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Sousse (2015-06-28, a Sunday)
DOCS.append(dict(
    id="t2-tn-sousse", published="2015-06-28",
    text="""سوسة (تونس) - من منية الطرابلسي:

أعلن تنظيم «الدولة الإسلامية» مسؤوليته عن الهجوم الذي استهدف، ظهر الجمعة، فندق «إمبريال مرحبا» في منطقة مرسى القنطاوي السياحية شمال مدينة سوسة، وأودى بحياة 38 سائحا أغلبهم بريطانيون، في أسوأ هجوم تشهده تونس في تاريخها الحديث.

وقال التنظيم، في بيان نشرته حسابات مقربة منه على مواقع التواصل الاجتماعي، إن منفذ الهجوم، الذي كناه «أبو يحيى القيرواني»، «جندي من جنود الخلافة» استهدف «أوكار الدعارة والرذيلة والكفر بالله».
وكانت السلطات قد كشفت أن المهاجم طالب يدعى مهدي بن عمار الخليفي ويبلغ من العمر 23 عاما، وقد قتلته قوات الأمن في محيط الفندق بعد نحو نصف ساعة من بدء الهجوم.

ونقلت إذاعة «موزاييك إف إم» الخاصة عن شاهد عيان يعمل في الفندق قوله إن المهاجم «كان يخفي سلاحه داخل مظلة شمسية، وكان يصرخ في وجه العمال: ابتعدوا، لم نأت من أجلكم»، قبل أن يتوجه إلى المسبح ويطلق النار عشوائيا.

من جهته، قال المتحدث باسم وزارة الداخلية، رضا بن سالم الميساوي، إن الوحدات الأمنية أوقفت، أمس السبت، والد المهاجم واثنين من أصدقائه في مدينة قعفور بولاية سليانة، مسقط رأسه، للتحقيق معهم، مرجحا أن يكون الخليفي «تلقى تدريبا على السلاح في ليبيا» مطلع العام الجاري.

وكان الرئيس الباجي قائد السبسي قد زار موقع الهجوم مساء الجمعة، متعهدا باتخاذ «إجراءات مؤلمة لكنها ضرورية»، فيما أعلن رئيس الحكومة الحبيب الصيد إغلاق نحو 80 مسجدا «خارجة عن سيطرة الدولة» واستدعاء جنود الاحتياط لتعزيز حماية المنشآت السياحية.

ويأتي الهجوم بعد ثلاثة أشهر من الهجوم الذي نفذه مسلحان على متحف باردو في العاصمة التونسية في مارس/آذار الماضي، وقُتل فيه 21 سائحا أجنبيا وعنصر أمن تونسي، وتبناه التنظيم أيضا.""",
    entities=[
        E("byline", "Person", ["منية الطرابلسي"], "Mounia al-Trabelsi", opt=True),
        E("sousse", "Place", ["مدينة سوسة", "سوسة"], "Sousse", sub="City"),
        E("tunisia", "Place", ["تونس"], "Tunisia", qid="Q948", sub="Country"),
        E("isis", "Organization", ["الدولة الإسلامية", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("hotel", "Place", ["فندق «إمبريال مرحبا»", "الفندق"], "Hotel Riu Imperial Marhaba"),
        E("kantaoui", "Place", ["منطقة مرسى القنطاوي", "مرسى القنطاوي"], "Port El Kantaoui", sub="Region"),
        E("gunman", "Person", ["مهدي بن عمار الخليفي", "أبو يحيى القيرواني", "الخليفي"], "Mahdi bin Ammar al-Khalifi"),
        E("security", "Organization", ["قوات الأمن", "الوحدات الأمنية"], "Tunisian security forces",
          sub="GovernmentBody", opt=True),
        E("mosaique", "Organization", ["إذاعة «موزاييك إف إم»"], "Mosaique FM", sub="MediaOrganization",
          opt=True),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of the Interior (Tunisia)", sub="GovernmentBody"),
        E("missaoui", "Person", ["رضا بن سالم الميساوي"], "Rida bin Salim al-Missaoui"),
        E("gaafour", "Place", ["مدينة قعفور", "قعفور"], "Gaafour", sub="City"),
        E("siliana", "Place", ["ولاية سليانة", "سليانة"], "Siliana Governorate", sub="Region"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("essebsi", "Person", ["الباجي قائد السبسي"], "Beji Caid Essebsi"),
        E("essid", "Person", ["الحبيب الصيد"], "Habib Essid"),
        E("gov", "Organization", ["الحكومة"], "Government of Tunisia", sub="GovernmentBody", opt=True),
        E("bardo", "Place", ["متحف باردو"], "Bardo National Museum"),
        E("tunis", "Place", ["العاصمة التونسية"], "Tunis", sub="City"),
    ],
    relations=[
        R("locatedIn", "hotel", "kantaoui"),
        R("locatedIn", "kantaoui", "sousse"),
        R("locatedIn", "hotel", "sousse", opt=True),
        R("locatedIn", "sousse", "tunisia", opt=True),
        R("memberOf", "gunman", "isis"),
        R("spokespersonOf", "missaoui", "moi"),
        R("locatedIn", "gaafour", "siliana"),
        R("leaderOf", "essebsi", "tunisia"),
        R("leaderOf", "essid", "gov"),
        R("locatedIn", "bardo", "tunis"),
    ],
    events=[
        # Friday noon, claimed by IS; the gunman named by the authorities
        V("Attack", agent=["isis", "gunman"], target=["hotel"], place=[["hotel", "kantaoui", "sousse", "tunisia"]],
          date="2015-06-26", trigger="الهجوم"),
        V("Killing", agent=["isis", "gunman"], place=[["hotel", "kantaoui", "sousse", "tunisia"]],
          date="2015-06-26", trigger="أودى بحياة"),
        # the gunman killed by the security forces near the hotel
        V("Killing", agent=[["security"]], target=["gunman"], place=[["hotel", "kantaoui", "sousse"]],
          date="2015-06-26", trigger="قتلته"),
        # yesterday's detentions in Gaafour, told by the ministry's spokesman
        V("Arrest", agent=[["security", "moi"]], place=[["gaafour", "siliana"]], date="2015-06-27",
          trigger="أوقفت"),
        V("Visit", agent=["essebsi"], place=[["hotel", "kantaoui", "sousse"]], date="2015-06-26", trigger="زار"),
        # the Bardo attack in March, claimed by IS
        V("Attack", agent=["isis"], target=["bardo"], place=[["bardo", "tunis"]], date="2015-03",
          trigger="الهجوم"),
        V("Killing", agent=["isis"], place=[["bardo", "tunis"]], date="2015-03", trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- Algeria, In Amenas (2013-01-20, a Sunday)
DOCS.append(dict(
    id="t2-dz-amenas", published="2013-01-20",
    text="""عين أميناس (الجزائر) - أ ف ب:

أنهت القوات الخاصة للجيش الوطني الشعبي الجزائري، أمس السبت، أزمة احتجاز الرهائن في مجمع تيقنتورين للغاز قرب بلدة عين أميناس بولاية إليزي، على بعد نحو 1300 كيلومتر جنوب شرقي العاصمة، بهجوم أخير على المسلحين الذين كانوا لا يزالون متحصنين في وحدة معالجة الغاز، ما أسفر عن مقتل 11 منهم، بعد أن أعدموا سبعة رهائن أجانب، بحسب ما نقلت وكالة الأنباء الجزائرية الرسمية عن مصدر أمني.

وقالت وزارة الداخلية في بيان إن حصيلة أولية تشير إلى مقتل 23 رهينة و32 «إرهابيا» منذ بدء الأزمة، فيما تم تحرير 685 عاملا جزائريا و107 أجانب، مؤكدة أن القوات «ضبطت ترسانة من الأسلحة تشمل رشاشات وصواريخ وقاذفات وقنابل يدوية».

وكانت مجموعة مسلحة قوامها أكثر من 30 عنصرا قد هاجمت، فجر الأربعاء الماضي، حافلة تقل عمالا أجانب قرب المجمع الذي تديره شركة سوناطراك الحكومية بالشراكة مع «بي بي» البريطانية و«ستات أويل» النرويجية، قبل أن تقتحم قاعدة الحياة في المجمع وتحتجز مئات العمال.

وتبنت كتيبة «الموقعون بالدماء»، التي يقودها مختار بلمختار، المعروف بـ«الأعور»، القيادي السابق في تنظيم القاعدة في بلاد المغرب الإسلامي، العملية، وقال متحدث باسمها في تسجيل بثته وكالة نواكشوط للأنباء الموريتانية إن «الهجوم جاء ردا على فتح الجزائر أجواءها أمام الطيران الفرنسي لضرب إخواننا في مالي»، مضيفا أن الكتيبة «مستعدة للتفاوض» مقابل وقف العملية العسكرية الفرنسية في شمال مالي.

وروى أحد الناجين، وهو مهندس يدعى رشيد بوزيان العربي، لصحيفة «الخبر» أن الخاطفين «كانوا يعرفون المكان جيدا، وكانوا يقولون لنا: لن نؤذي المسلمين، نريد الأجانب فقط»، مضيفا أنه تمكن من الفرار مع زملائه «حين بدأ القصف».
وفي حين انتقدت عواصم غربية، بينها لندن وطوكيو، عدم إبلاغها مسبقا بالهجوم الأول الذي شنه الجيش، الخميس، على قاعدة الحياة، دافع وزير الاتصال الجزائري عن العملية، قائلا إن بلاده «لا تتفاوض مع الإرهابيين ولا تقبل الابتزاز».""",
    entities=[
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("in_amenas", "Place", ["بلدة عين أميناس", "عين أميناس"], "In Amenas", sub="City"),
        E("algeria", "Place", ["الجزائر"], "Algeria", qid="Q262", sub="Country"),
        E("special", "Organization", ["القوات الخاصة"], "Algerian special forces", sub="ArmedForce", opt=True),
        E("anp", "Organization", ["الجيش الوطني الشعبي", "الجيش"], "People's National Army (Algeria)",
          sub="ArmedForce"),
        E("tigu", "Place", ["مجمع تيقنتورين للغاز", "المجمع"], "Tiguentourine gas facility"),
        E("illizi", "Place", ["ولاية إليزي", "إليزي"], "Illizi Province", sub="Region"),
        E("aps", "Organization", ["وكالة الأنباء الجزائرية"], "Algerie Presse Service", sub="MediaOrganization",
          opt=True),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of the Interior (Algeria)", sub="GovernmentBody"),
        E("sonatrach", "Organization", ["شركة سوناطراك", "سوناطراك"], "Sonatrach"),
        E("bp", "Organization", ["بي بي"], "BP"),
        E("statoil", "Organization", ["ستات أويل"], "Statoil"),
        E("signed", "Organization", ["الموقعون بالدماء", "الكتيبة"], "al-Muwaqqiun bil-Dima", sub="ArmedGroup"),
        E("belmokhtar", "Person", ["مختار بلمختار", "الأعور"], "Mokhtar Belmokhtar"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "al-Qaeda in the Islamic Maghreb",
          sub="ArmedGroup"),
        E("ani", "Organization", ["وكالة نواكشوط للأنباء"], "Agence Nouakchott d'Information",
          sub="MediaOrganization", opt=True),
        E("mali", "Place", ["مالي", "شمال مالي"], "Mali", qid="Q912", sub="Country"),
        E("arabi", "Person", ["رشيد بوزيان العربي"], "Rashid Bouziane al-Arabi"),
        E("khabar", "Organization", ["الخبر"], "El Khabar", sub="MediaOrganization", opt=True),
        E("london", "Place", ["لندن"], "London", qid="Q84", sub="City", alt=["Organization"]),
        E("tokyo", "Place", ["طوكيو"], "Tokyo", qid="Q1490", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("partOf", "special", "anp"),
        R("locatedIn", "tigu", "in_amenas", opt=True),
        R("locatedIn", "in_amenas", "illizi"),
        R("locatedIn", "in_amenas", "algeria", opt=True),
        R("locatedIn", "illizi", "algeria", opt=True),
        R("affiliatedWith", "sonatrach", "bp", opt=True),
        R("affiliatedWith", "sonatrach", "statoil", opt=True),
        R("leaderOf", "belmokhtar", "signed"),
        R("memberOf", "belmokhtar", "aqim"),
    ],
    events=[
        # Wednesday dawn: the attack on the bus and the seizure of the base, claimed by the battalion
        V("Attack", agent=["signed"], place=[["tigu", "in_amenas", "illizi"]], date="2013-01-16",
          trigger="هاجمت"),
        V("Arrest", opt=True, agent=["signed"], place=["tigu"], date="2013-01-16"),
        V("Attack", opt=True, agent=["signed"], target=["tigu"]),
        # the army's first assault on Thursday
        V("Attack", agent=["anp"], target=["signed"], place=[["tigu", "in_amenas"]], date="2013-01-17",
          trigger="الهجوم الأول"),
        V("MilitaryOperation", opt=True, agent=["anp"], target=["signed"], place=["tigu"], date="2013-01-17"),
        # Saturday's final assault: 11 militants killed, after they executed seven hostages
        V("Attack", agent=[["special", "anp"]], target=["signed"], place=[["tigu", "in_amenas", "illizi"]],
          date="2013-01-19", trigger="بهجوم أخير"),
        V("Killing", agent=[["special", "anp"]], target=["signed"], place=[["tigu", "in_amenas", "illizi"]],
          date="2013-01-19", trigger="مقتل"),
        V("Killing", agent=["signed"], place=[["tigu", "in_amenas", "illizi"]], date="2013-01-19",
          trigger="أعدموا"),
        # the ministry's toll since the start of the crisis
        V("Killing", opt=True, place=["tigu"], date="2013-01"),
        # the French operation in northern Mali (mentioned, no date)
        V("MilitaryOperation", opt=True, place=["mali"], date="2013-01"),
    ],
))

# ---------------------------------------------------------------- Yemen, Marib (2021-02-16, a Tuesday)
DOCS.append(dict(
    id="t2-ye-marib", published="2021-02-16",
    text="""مأرب - سامي الدهمشي:

جدد الحوثيون، أمس الاثنين، هجماتهم على مواقع الجيش الوطني في جبهتي صرواح والكسارة غرب مدينة مأرب، في محاولة هي الأعنف منذ أيام لاختراق الدفاعات المحيطة بالمدينة، آخر معاقل الحكومة الشرعية في شمال البلاد، فيما شنت مقاتلات تحالف دعم الشرعية بقيادة السعودية أكثر من 20 غارة على تجمعات وتعزيزات للجماعة في المنطقة.

وقال مصدر عسكري في المنطقة العسكرية الثالثة لـ«الشرق الأوسط» إن قوات الجيش، مسنودة برجال القبائل، «أفشلت هجوما واسعا شنته الميليشيات الحوثية من ثلاثة محاور، وكبدتها خسائر فادحة في الأرواح والعتاد»، مشيرا إلى مقتل قيادي حوثي ميداني يدعى طه حسين المؤيدي، «منتحل رتبة عميد»، وعشرات من مرافقيه في المواجهات.

في المقابل، أعلن المتحدث العسكري باسم الحوثيين يحيى سريع، في تغريدة على «تويتر»، أن سلاح الجو المسير التابع للجماعة استهدف مطار أبها الدولي في جنوب السعودية بطائرة مسيرة من طراز «قاصف 2K»، وهو ما أكده التحالف في بيان نقلته وكالة الأنباء السعودية (واس)، قائلا إن دفاعاته «اعترضت ودمرت» الطائرة قبل وصولها إلى هدفها.

وتأتي هذه التطورات بعد أيام من زيارة أجراها المبعوث الخاص للأمم المتحدة إلى اليمن مارتن غريفيث إلى طهران مطلع الشهر الجاري، هي الأولى له منذ توليه مهامه، أجرى خلالها مباحثات مع وزير الخارجية الإيراني محمد جواد ظريف حول «سبل إنهاء الحرب» ودور إيران في دعم الجماعة، في وقت دعت فيه واشنطن، التي ألغت إدارتها الجديدة تصنيف الحوثيين «منظمة إرهابية»، الجماعة إلى «وقف هجومها على مأرب فورا».

واتهم محافظ مأرب، في تصريحات نقلتها وكالة «سبأ» الرسمية، الحوثيين بـ«استهداف مخيمات النازحين في مديرية صرواح بالصواريخ الباليستية»، مؤكدا أن المحافظة تستضيف أكثر من مليوني نازح «فروا من بطش الجماعة» منذ اندلاع الحرب أواخر عام 2014.""",
    entities=[
        E("dahmashi", "Person", ["سامي الدهمشي"], "Sami al-Dahmashi", opt=True),
        E("marib", "Place", ["مأرب", "المحافظة"], "Marib Governorate", sub="Region"),
        E("marib_city", "Place", ["مدينة مأرب", "المدينة"], "Marib (city)", sub="City"),
        E("houthis", "Organization", ["الحوثيون", "الحوثيين", "الجماعة", "الميليشيات الحوثية"], "Houthis (Ansar Allah)",
          sub="ArmedGroup"),
        E("army", "Organization", ["الجيش الوطني", "الجيش"], "Yemeni National Army", sub="ArmedForce"),
        E("sirwah", "Place", ["مديرية صرواح", "صرواح"], "Sirwah District", sub="Region"),
        E("kassara", "Place", ["الكسارة"], "al-Kassara", sub="Region"),
        E("gov", "Organization", ["الحكومة الشرعية"], "Government of Yemen", sub="GovernmentBody"),
        E("coalition", "Organization", ["تحالف دعم الشرعية", "التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("region3", "Organization", ["المنطقة العسكرية الثالثة"], "3rd Military Region (Yemen)",
          sub="ArmedForce"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("muayyadi", "Person", ["طه حسين المؤيدي"], "Taha Husayn al-Muayyadi"),
        E("saree", "Person", ["يحيى سريع"], "Yahya Saree"),
        E("twitter", "Organization", ["تويتر"], "Twitter", opt=True),
        E("drones", "Organization", ["سلاح الجو المسير"], "Houthi drone air force", sub="ArmedForce", opt=True),
        E("abha", "Place", ["مطار أبها الدولي"], "Abha International Airport"),
        E("spa", "Organization", ["وكالة الأنباء السعودية", "واس"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("yemen", "Place", ["اليمن", "البلاد"], "Yemen", qid="Q805", sub="Country"),
        E("griffiths", "Person", ["مارتن غريفيث"], "Martin Griffiths"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("zarif", "Person", ["محمد جواد ظريف"], "Mohammad Javad Zarif"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country", alt=["Organization"]),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("saba", "Organization", ["سبأ"], "Saba News Agency", sub="MediaOrganization", opt=True),
    ],
    relations=[
        R("locatedIn", "sirwah", "marib", opt=True),
        R("locatedIn", "kassara", "marib", opt=True),
        R("locatedIn", "marib_city", "marib", opt=True),
        R("locatedIn", "marib_city", "yemen", opt=True),
        R("leaderOf", "saudi", "coalition"),
        R("memberOf", "saudi", "coalition", opt=True),
        R("partOf", "region3", "army"),
        R("memberOf", "muayyadi", "houthis"),
        R("spokespersonOf", "saree", "houthis"),
        R("partOf", "drones", "houthis"),
        R("locatedIn", "abha", "saudi"),
        R("positionIn", "griffiths", "un"),
        R("positionIn", "zarif", "iran"),
        R("affiliatedWith", "iran", "houthis", opt=True),
    ],
    events=[
        # yesterday's Houthi offensive west of Marib city, and the coalition's raids
        V("Attack", agent=["houthis"], target=["army"], place=[["sirwah", "marib"], ["kassara", "marib"]],
          date="2021-02-15", trigger="هجماتهم"),
        V("Attack", opt=True, place=["marib_city"]),
        V("Strike", agent=["coalition"], target=["houthis"], place=[["sirwah", "kassara", "marib_city", "marib"]],
          date="2021-02-15", trigger="غارة"),
        V("Strike", opt=True, agent=["saudi"]),
        # the army's account: an attack repelled, a Houthi field commander killed
        V("Killing", agent=["army"], target=["muayyadi"], place=[["sirwah", "kassara", "marib"]], date="2021-02-15",
          trigger="مقتل"),
        V("Killing", opt=True, agent=["region3"]),
        V("Attack", opt=True, agent=["army"], target=["houthis"], date="2021-02-15"),
        # the drone on Abha airport, announced by the Houthi spokesman, intercepted by the coalition
        V("Strike", agent=[["drones", "houthis"]], target=["abha"], place=[["abha", "saudi"]], date="2021-02",
          trigger="استهدف"),
        V("Attack", opt=True, agent=["houthis"], target=["abha"]),
        V("Visit", agent=["griffiths"], place=["tehran"], date="2021-02", trigger="زيارة"),
        V("Meeting", agent=["griffiths", "zarif"], place=["tehran"], date="2021-02", trigger="مباحثات"),
        # the governor's accusation: ballistic missiles on displaced camps in Sirwah (undated)
        V("Strike", agent=["houthis"], place=[["sirwah", "marib"]], trigger="استهداف"),
        V("Strike", opt=True, date="2021-02"),
    ],
))

# ---------------------------------------------------------------- Libya, Tripoli (2019-04-08, a Monday)
DOCS.append(dict(
    id="t2-ly-tripoli", published="2019-04-08",
    text="""طرابلس - رويترز:

شنت طائرة حربية تابعة لـ«الجيش الوطني الليبي» بقيادة خليفة حفتر، صباح اليوم الاثنين، غارة جوية على مطار معيتيقة الدولي، المطار الوحيد العامل في العاصمة الليبية طرابلس، ما أدى إلى تعليق الرحلات وإجلاء المسافرين، بحسب ما أفاد شهود عيان ومسؤولون في المطار.

ويأتي القصف في اليوم الخامس من الهجوم الذي أطلقه حفتر، الخميس الماضي، للسيطرة على العاصمة، مقر حكومة الوفاق الوطني المعترف بها دوليا برئاسة فائز السراج، وسط معارك عنيفة في محيط مطار طرابلس الدولي المتوقف عن العمل منذ عام 2014 وفي منطقتي عين زارة ووادي الربيع جنوب المدينة.

وقال المتحدث باسم الجيش الوطني، اللواء أحمد المسماري، في مؤتمر صحافي عقده في بنغازي مساء أمس، إن قوات عملية «طوفان الكرامة» سيطرت على معسكر اليرموك جنوب طرابلس، وإن «العملية ستستمر حتى تطهير العاصمة من الإرهابيين والميليشيات»، مشيرا إلى أن سلاح الجو التابع للجيش نفذ «ضربات دقيقة» على مواقع «للقوات المعادية» في منطقة العزيزية.

في المقابل، أعلن المتحدث باسم القوات التابعة لحكومة الوفاق، العقيد عبد المالك الطاهر الفيتوري، أن قواته أطلقت، السبت، عملية «بركان الغضب» «لتطهير كل المدن الليبية من القوات المعتدية»، قائلا إنها أسرت أكثر من 100 من عناصر حفتر، بينهم ضباط، على محور قصر بن غشير.
وأعلنت وزارة الصحة في الحكومة مقتل 35 شخصا على الأقل، بينهم مدنيون، منذ بدء المعارك.

وكان الأمين العام للأمم المتحدة أنطونيو غوتيريش قد التقى حفتر في مقره بمنطقة الرجمة قرب بنغازي، الجمعة، في محاولة لوقف التصعيد، قبل أن يغادر البلاد معربا عن «قلق عميق»، فيما دعا المبعوث الأممي غسان سلامة إلى «هدنة إنسانية لمدة ساعتين» لإجلاء الجرحى، مؤكدا أن المنظمة الدولية «لا تزال مصممة على عقد الملتقى الوطني الجامع في موعده منتصف الشهر الجاري في مدينة غدامس».

وأعلنت القيادة الأمريكية في أفريقيا (أفريكوم)، أمس، نقل «وحدة من القوات الأمريكية» من ليبيا مؤقتا «بسبب الظروف الأمنية»، في حين قال وزير الخارجية الأمريكي مايك بومبيو إن الولايات المتحدة «تعارض بشدة» الهجوم، مطالبا قوات حفتر بـ«وقف عملياتها العسكرية فورا».""",
    entities=[
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("tripoli", "Place", ["طرابلس", "العاصمة الليبية", "العاصمة", "المدينة"], "Tripoli", qid="Q3579",
          sub="City"),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش الوطني", "الجيش", "قوات حفتر"],
          "Libyan National Army", sub="ArmedForce"),
        E("haftar", "Person", ["خليفة حفتر", "حفتر"], "Khalifa Haftar"),
        E("mitiga", "Place", ["مطار معيتيقة الدولي", "المطار"], "Mitiga International Airport"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق", "الحكومة"], "Government of National Accord",
          sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj"),
        E("tia", "Place", ["مطار طرابلس الدولي"], "Tripoli International Airport"),
        E("ain_zara", "Place", ["عين زارة"], "Ain Zara", sub="Region"),
        E("wadi_rabie", "Place", ["وادي الربيع"], "Wadi al-Rabie", sub="Region"),
        E("mismari", "Person", ["أحمد المسماري"], "Ahmed al-Mismari"),
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("yarmouk", "Place", ["معسكر اليرموك"], "Yarmouk camp"),
        E("lna_air", "Organization", ["سلاح الجو"], "LNA air force", sub="ArmedForce", opt=True),
        E("aziziya", "Place", ["منطقة العزيزية", "العزيزية"], "al-Aziziya", sub="Region"),
        E("gna_forces", "Organization", ["القوات التابعة لحكومة الوفاق"], "GNA forces", sub="ArmedForce"),
        E("fituri", "Person", ["عبد المالك الطاهر الفيتوري"], "Abd al-Malik al-Tahir al-Fituri"),
        E("qasr", "Place", ["قصر بن غشير"], "Qasr bin Ghashir", sub="Region"),
        E("moh", "Organization", ["وزارة الصحة"], "Ministry of Health (GNA)", sub="GovernmentBody"),
        E("un", "Organization", ["الأمم المتحدة", "المنظمة الدولية"], "United Nations", qid="Q1065"),
        E("guterres", "Person", ["أنطونيو غوتيريش"], "Antonio Guterres"),
        E("rajma", "Place", ["منطقة الرجمة", "الرجمة"], "al-Rajma", sub="Region"),
        E("libya", "Place", ["ليبيا", "البلاد"], "Libya", qid="Q1016", sub="Country"),
        E("salame", "Person", ["غسان سلامة"], "Ghassan Salame"),
        E("ghadames", "Place", ["مدينة غدامس", "غدامس"], "Ghadames", sub="City"),
        E("africom", "Organization", ["القيادة الأمريكية في أفريقيا", "أفريكوم"], "United States Africa Command",
          sub="ArmedForce"),
        E("usf", "Organization", ["القوات الأمريكية"], "United States Armed Forces", sub="ArmedForce"),
        E("pompeo", "Person", ["مايك بومبيو"], "Mike Pompeo"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
    ],
    relations=[
        R("leaderOf", "haftar", "lna"),
        R("locatedIn", "mitiga", "tripoli"),
        R("locatedIn", "tripoli", "libya", opt=True),
        R("leaderOf", "sarraj", "gna"),
        R("locatedIn", "ain_zara", "tripoli"),
        R("locatedIn", "wadi_rabie", "tripoli"),
        R("locatedIn", "tia", "tripoli", opt=True),
        R("spokespersonOf", "mismari", "lna"),
        R("locatedIn", "yarmouk", "tripoli"),
        R("partOf", "lna_air", "lna"),
        R("affiliatedWith", "gna_forces", "gna"),
        R("partOf", "gna_forces", "gna", opt=True),
        R("spokespersonOf", "fituri", "gna_forces"),
        R("partOf", "moh", "gna"),
        R("leaderOf", "guterres", "un"),
        R("locatedIn", "rajma", "benghazi", opt=True),
        R("positionIn", "salame", "un"),
        R("positionIn", "pompeo", "us"),
        R("partOf", "usf", "africom", opt=True),
    ],
    events=[
        # this morning's air strike on Mitiga
        V("Strike", agent=["lna"], target=["mitiga"], place=[["mitiga", "tripoli"]], date="2019-04-08",
          trigger="غارة جوية"),
        # the offensive launched by Haftar on Thursday ("Flood of Dignity")
        V("MilitaryOperation", name="طوفان الكرامة", agent=[["lna", "haftar"]], place=["tripoli"],
          date="2019-04-04", trigger="الهجوم"),
        V("MilitaryOperation", opt=True, agent=["haftar"], target=["gna"]),
        V("Attack", opt=True, agent=["lna"], place=["tia", "ain_zara", "wadi_rabie"], date="2019-04"),
        V("Attack", opt=True, agent=["lna"], place=[["yarmouk", "tripoli"]], date="2019-04"),
        # strikes on al-Aziziya, announced yesterday evening
        V("Strike", agent=[["lna_air", "lna"]], place=["aziziya"], date="2019-04", trigger="ضربات"),
        # the GNA's counter-operation on Saturday and its prisoners
        V("MilitaryOperation", name="بركان الغضب", agent=["gna_forces"], target=["lna"], date="2019-04-06",
          trigger="عملية"),
        V("Arrest", agent=["gna_forces"], target=["lna"], place=["qasr"], date="2019-04", trigger="أسرت"),
        # the ministry's toll since the start of the fighting (no agent)
        V("Killing", opt=True, place=["tripoli"], date="2019-04"),
        V("Meeting", agent=["guterres", "haftar"], place=[["rajma", "benghazi"]], date="2019-04-05",
          trigger="التقى"),
        V("Visit", opt=True, agent=["guterres"], place=["rajma", "benghazi", "libya"], date="2019-04"),
    ],
))

# ---------------------------------------------------------------- Egypt, Cairo (2019-08-12, a Monday)
DOCS.append(dict(
    id="t2-eg-cairo", published="2019-08-12",
    text="""القاهرة (رويترز) - قالت وزارة الداخلية المصرية، يوم الأحد، إن قوات الأمن قتلت 17 من أعضاء حركة «حسم»، التي تصفها الحكومة بأنها الجناح المسلح لجماعة الإخوان المسلمين، في تبادل لإطلاق النار خلال مداهمتين لمخبأين في محافظة الفيوم وفي حي حلوان جنوبي القاهرة، وذلك بعد أيام من انفجار سيارة ملغومة أمام المعهد القومي للأورام في وسط العاصمة أسفر عن مقتل 20 شخصا.

وكانت الوزارة قد اتهمت الحركة بالوقوف وراء الانفجار الذي وقع في الساعات الأولى من صباح الاثنين الماضي، قائلة إن السيارة كانت «معدة لتنفيذ عملية إرهابية في مكان آخر» وإنها اصطدمت بثلاث سيارات أثناء سيرها عكس الاتجاه على كورنيش النيل قبل أن تنفجر، فيما نفت الجماعة في بيان نشر على موقعها الإلكتروني أي صلة لها بالحادث.

ونقلت صحيفة «الأهرام» الحكومية عن مصدر أمني قوله إن بين القتلى «المسؤول عن تجهيز السيارة ويدعى حسام عادل الشربيني، وهو من العناصر الهاربة التي صدرت بحقها أحكام غيابية»، مضيفا أن أجهزة الأمن ألقت القبض على اثنين آخرين في محافظة المنوفية «بعد تتبع اتصالاتهما بقيادات الحركة في الخارج».

وزار رئيس الوزراء المصري مصطفى مدبولي المعهد صباح يوم الانفجار، حيث تفقد الأضرار التي لحقت بواجهته والتقى عددا من المرضى والمصابين، فيما كتب الرئيس عبد الفتاح السيسي على «تويتر» أن مصر «عازمة على مواجهة الإرهاب الغاشم واقتلاعه من جذوره».
وكانت السلطات قد نقلت نحو 90 مريضا إلى مستشفيات أخرى.

وظهرت «حسم»، واسمها اختصار لـ«حركة سواعد مصر»، عام 2016، وتبنت في أغسطس/آب من ذلك العام محاولة اغتيال مفتي الجمهورية السابق علي جمعة قرب منزله في مدينة السادس من أكتوبر غربي القاهرة، كما تبنت لاحقا هجمات على نقاط للشرطة وعمليات اغتيال لضباط، وأدرجتها الولايات المتحدة على قائمة المنظمات الإرهابية في يناير/كانون الثاني 2018.""",
    entities=[
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("cairo", "Place", ["القاهرة", "العاصمة"], "Cairo", qid="Q85", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية المصرية", "الوزارة"], "Ministry of Interior (Egypt)",
          sub="GovernmentBody"),
        E("security", "Organization", ["قوات الأمن", "أجهزة الأمن"], "Egyptian security forces",
          sub="GovernmentBody", opt=True),
        E("hasm", "Organization", ["حركة «حسم»", "حسم", "حركة سواعد مصر", "الحركة"], "Hasm Movement",
          sub="ArmedGroup"),
        E("gov", "Organization", ["الحكومة"], "Government of Egypt", sub="GovernmentBody", opt=True),
        E("mb", "Organization", ["جماعة الإخوان المسلمين", "الجماعة"], "Muslim Brotherhood",
          sub="PoliticalOrganization"),
        E("fayoum", "Place", ["محافظة الفيوم", "الفيوم"], "Faiyum Governorate", sub="Region"),
        E("helwan", "Place", ["حي حلوان", "حلوان"], "Helwan", sub="Region"),
        E("institute", "Place", ["المعهد القومي للأورام", "المعهد"], "National Cancer Institute (Egypt)"),
        E("corniche", "Place", ["كورنيش النيل"], "Nile Corniche (Cairo)"),
        E("ahram", "Organization", ["الأهرام"], "Al-Ahram", sub="MediaOrganization", opt=True),
        E("sherbini", "Person", ["حسام عادل الشربيني"], "Husam Adil al-Sherbini"),
        E("menoufia", "Place", ["محافظة المنوفية", "المنوفية"], "Monufia Governorate", sub="Region"),
        E("madbouly", "Person", ["مصطفى مدبولي"], "Mostafa Madbouly"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("twitter", "Organization", ["تويتر"], "Twitter", opt=True),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("gomaa", "Person", ["علي جمعة"], "Ali Gomaa"),
        E("october", "Place", ["مدينة السادس من أكتوبر", "السادس من أكتوبر"], "6th of October City", sub="City"),
        E("police", "Organization", ["الشرطة"], "Egyptian police", sub="GovernmentBody", opt=True),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
    ],
    relations=[
        R("partOf", "hasm", "mb"),
        R("affiliatedWith", "hasm", "mb", opt=True),
        R("locatedIn", "helwan", "cairo"),
        R("locatedIn", "institute", "cairo"),
        R("locatedIn", "corniche", "cairo", opt=True),
        R("memberOf", "sherbini", "hasm"),
        R("positionIn", "madbouly", "egypt"),
        R("leaderOf", "sisi", "egypt"),
        R("positionIn", "gomaa", "egypt", opt=True),
        R("locatedIn", "october", "cairo"),
        R("partOf", "security", "moi", opt=True),
        R("partOf", "police", "moi", opt=True),
    ],
    events=[
        # the ministry said on Sunday that the security forces killed 17 (act dated by the announcement)
        V("Killing", agent=[["security", "moi"]], target=["hasm", "sherbini"], place=["fayoum", ["helwan", "cairo"]],
          date="2019-08", trigger="قتلت"),
        V("Killing", opt=True, date="2019-08-11"),
        V("Attack", opt=True, agent=["security"], target=["hasm"], place=["fayoum", "helwan"]),
        # last Monday's car bomb; the ministry only accuses Hasm, which the Brotherhood denies
        V("Attack", target=["institute"], place=[["institute", "cairo"], "corniche"], date="2019-08-05",
          trigger="انفجار"),
        V("Killing", place=[["institute", "cairo"]], date="2019-08-05", trigger="مقتل"),
        V("Attack", opt=True, agent=["hasm"]),
        V("Killing", opt=True, agent=["hasm"]),
        # arrests in Monufia, told by a security source
        V("Arrest", agent=[["security"]], place=["menoufia"], date="2019-08", trigger="ألقت القبض"),
        V("Visit", agent=["madbouly"], place=[["institute", "cairo"]], date="2019-08-05", trigger="زار"),
        # the attempt on Ali Gomaa, claimed by Hasm in August 2016
        V("Attack", agent=["hasm"], target=["gomaa"], place=[["october", "cairo"]], date="2016-08",
          trigger="محاولة اغتيال"),
        # later claimed attacks on police points (undated)
        V("Attack", opt=True, agent=["hasm"], target=["police"]),
        V("Killing", opt=True, agent=["hasm"]),
    ],
))

# ---------------------------------------------------------------- Sudan, the war's third day (2023-04-17, a Monday)
DOCS.append(dict(
    id="t2-sd-war", published="2023-04-17",
    text="""الخرطوم - وكالات:

تواصلت لليوم الثالث على التوالي، أمس الأحد، المعارك العنيفة بين الجيش السوداني وقوات الدعم السريع في العاصمة الخرطوم ومدن أخرى، وسط انقطاع الكهرباء والمياه عن أحياء واسعة، فيما ارتفعت حصيلة القتلى المدنيين إلى 97 قتيلا على الأقل، بحسب لجنة أطباء السودان المركزية، التي قالت إن «عددا كبيرا من القتلى لم يتم الوصول إليهم بسبب صعوبة التنقل».

وشن سلاح الجو التابع للجيش غارات مكثفة على معسكرات لقوات الدعم السريع في منطقة سوبا شرقي الخرطوم وفي مدينة أم درمان، فيما سمع دوي انفجارات متواصلة قرب مطار الخرطوم الدولي ومقر القيادة العامة للقوات المسلحة.

وقال قائد قوات الدعم السريع، محمد حمدان دقلو «حميدتي»، في مقابلة مع قناة «الجزيرة»، إن قواته «تسيطر على أكثر من 90 في المائة من الخرطوم»، متهما قائد الجيش عبد الفتاح البرهان بأنه «مجرم... نحن نعرف مكانه وسنصل إليه»، وهي تصريحات نفاها المتحدث باسم الجيش، العميد خالد الطيب الشريف، الذي قال إن «القوات المسلحة تسيطر بالكامل على القصر الجمهوري والقيادة العامة، وإن ما يروجه المتمردون مجرد أكاذيب».
وأصدر البرهان، مساء أمس، مرسوما بحل قوات الدعم السريع وإعلانها «قوة متمردة».

وفي شمال البلاد، أظهرت مقاطع مصورة نشرتها قوات الدعم السريع عناصر من القوات المصرية «في عهدتها» بمطار مروي العسكري في الولاية الشمالية، الذي قالت إنها سيطرت عليه السبت، فيما قال الجيش المصري في بيان إنه «يتابع الموقف»، موضحا أن الجنود موجودون في السودان «لإجراء تدريبات مشتركة مع نظرائهم السودانيين».

وفي دارفور، أعلن برنامج الأغذية العالمي تعليق عملياته في السودان مؤقتا بعد مقتل ثلاثة من موظفيه في تبادل لإطلاق النار بمنطقة كبكابية في ولاية شمال دارفور، السبت، وقالت مديرته التنفيذية سيندي ماكين إن البرنامج «لا يمكنه العمل في ظل هذه الظروف».

دبلوماسيا، عقد مجلس جامعة الدول العربية اجتماعا طارئا على مستوى المندوبين في القاهرة، أمس، بطلب من مصر والسعودية، دعا فيه إلى «وقف فوري لإطلاق النار»، فيما قال وزير الخارجية الأمريكي أنتوني بلينكن إن الولايات المتحدة «على اتصال مع الطرفين».
وكان الخلاف بين الرجلين، اللذين قادا معا الانقلاب على الحكومة المدنية برئاسة عبد الله حمدوك في أكتوبر/تشرين الأول 2021، قد تفاقم خلال الأسابيع الماضية بسبب خطة دمج قوات الدعم السريع في الجيش.""",
    entities=[
        E("saf", "Organization", ["الجيش السوداني", "الجيش", "القوات المسلحة"], "Sudanese Armed Forces",
          sub="ArmedForce"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", sub="ArmedGroup"),
        E("khartoum", "Place", ["الخرطوم", "العاصمة الخرطوم"], "Khartoum", sub="City"),
        E("doctors", "Organization", ["لجنة أطباء السودان المركزية"], "Central Committee of Sudanese Doctors"),
        E("air", "Organization", ["سلاح الجو"], "Sudanese Air Force", sub="ArmedForce", opt=True),
        E("soba", "Place", ["منطقة سوبا", "سوبا"], "Soba", sub="Region"),
        E("omdurman", "Place", ["مدينة أم درمان", "أم درمان"], "Omdurman", sub="City"),
        E("kia", "Place", ["مطار الخرطوم الدولي"], "Khartoum International Airport"),
        E("hq", "Place", ["مقر القيادة العامة للقوات المسلحة", "القيادة العامة"], "SAF General Command"),
        E("hemedti", "Person", ["محمد حمدان دقلو", "حميدتي"], "Mohamed Hamdan Dagalo"),
        E("jazeera", "Organization", ["الجزيرة"], "Al Jazeera", sub="MediaOrganization", opt=True),
        E("burhan", "Person", ["عبد الفتاح البرهان", "البرهان"], "Abdel Fattah al-Burhan"),
        E("sharif", "Person", ["خالد الطيب الشريف"], "Khalid al-Tayyib al-Sharif"),
        E("palace", "Place", ["القصر الجمهوري"], "Republican Palace (Khartoum)"),
        E("sudan", "Place", ["السودان", "البلاد"], "Sudan", qid="Q1049", sub="Country"),
        E("eg_forces", "Organization", ["القوات المصرية", "الجيش المصري"], "Egyptian Armed Forces",
          sub="ArmedForce"),
        E("merowe_ab", "Place", ["مطار مروي العسكري", "مطار مروي"], "Merowe air base"),
        E("northern", "Place", ["الولاية الشمالية"], "Northern State (Sudan)", sub="Region"),
        E("darfur", "Place", ["دارفور"], "Darfur", sub="Region"),
        E("wfp", "Organization", ["برنامج الأغذية العالمي", "البرنامج"], "World Food Programme"),
        E("kabkabiya", "Place", ["منطقة كبكابية", "كبكابية"], "Kabkabiya", sub="Region"),
        E("n_darfur", "Place", ["ولاية شمال دارفور", "شمال دارفور"], "North Darfur", sub="Region"),
        E("mccain", "Person", ["سيندي ماكين"], "Cindy McCain"),
        E("al_council", "Organization", ["مجلس جامعة الدول العربية"], "Council of the Arab League"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country", alt=["Organization"]),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("blinken", "Person", ["أنتوني بلينكن"], "Antony Blinken"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("civ_gov", "Organization", ["الحكومة المدنية"], "Civilian transitional government (Sudan)",
          sub="GovernmentBody", opt=True),
        E("hamdok", "Person", ["عبد الله حمدوك"], "Abdalla Hamdok"),
    ],
    relations=[
        R("partOf", "air", "saf"),
        R("locatedIn", "soba", "khartoum"),
        R("locatedIn", "khartoum", "sudan", opt=True),
        R("locatedIn", "kia", "khartoum", opt=True),
        R("locatedIn", "hq", "khartoum", opt=True),
        R("leaderOf", "hemedti", "rsf"),
        R("leaderOf", "burhan", "saf"),
        R("spokespersonOf", "sharif", "saf"),
        R("locatedIn", "merowe_ab", "northern"),
        R("locatedIn", "northern", "sudan", opt=True),
        R("locatedIn", "kabkabiya", "n_darfur"),
        R("locatedIn", "n_darfur", "darfur", opt=True),
        R("leaderOf", "mccain", "wfp"),
        R("locatedIn", "cairo", "egypt", opt=True),
        R("positionIn", "blinken", "us"),
        R("leaderOf", "hamdok", "civ_gov"),
    ],
    events=[
        # the fighting since Saturday, and the doctors' toll (no agent)
        V("Attack", opt=True, agent=["saf", "rsf"], target=["saf", "rsf"], place=["khartoum"], date="2023-04"),
        V("Killing", place=["khartoum"], date="2023-04", trigger="القتلى"),
        # the army's air strikes (yesterday's report)
        V("Strike", agent=[["air", "saf"]], target=["rsf"], place=[["soba", "khartoum"], "omdurman"],
          date="2023-04-16", trigger="غارات"),
        # the RSF's capture of Merowe air base on Saturday and its holding of Egyptian soldiers
        V("Attack", opt=True, agent=["rsf"], target=["merowe_ab"], place=[["merowe_ab", "northern"]],
          date="2023-04-15"),
        V("Arrest", agent=["rsf"], target=["eg_forces"], place=[["merowe_ab", "northern", "sudan"]], date="2023-04",
          trigger="في عهدتها"),
        V("Arrest", opt=True, date="2023-04-15"),
        # three WFP staff killed in crossfire in Kabkabiya on Saturday (no agent)
        V("Killing", target=["wfp"], place=[["kabkabiya", "n_darfur", "darfur"]], date="2023-04-15",
          trigger="مقتل"),
        V("Meeting", agent=["al_council"], place=["cairo"], date="2023-04-16", trigger="اجتماعا طارئا"),
        V("Meeting", opt=True, agent=["egypt", "saudi"]),
        # the coup of October 2021 (no listed type)
        V("Attack", opt=True, agent=["burhan", "hemedti"], target=["civ_gov"], date="2021-10"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Ben Guerdane (2016-03-09, a Wednesday)
DOCS.append(dict(
    id="t2-tn-benguerdane", published="2016-03-09",
    text="""بن قردان (جنوب تونس) - «الحياة»:

واصلت وحدات الجيش التونسي والحرس الوطني، أمس الثلاثاء، عمليات التمشيط في مدينة بن قردان بولاية مدنين، قرب الحدود مع ليبيا، غداة الهجوم المتزامن الذي شنه عشرات المسلحين فجر الاثنين على ثكنة الجيش ومقري الأمن والحرس الوطني في المدينة، في محاولة وصفها رئيس الجمهورية الباجي قائد السبسي بأنها «غير مسبوقة» وتهدف إلى «إقامة إمارة داعشية» في الجنوب.

وقالت وزارة الدفاع الوطني ووزارة الداخلية في بيان مشترك إن حصيلة المواجهات ارتفعت إلى 46 قتيلا في صفوف المهاجمين، فيما قُتل 12 من عناصر الجيش والأمن وسبعة مدنيين، بينهم طفلة في الثانية عشرة من عمرها، مشيرتين إلى أن الوحدات المشتركة أوقفت سبعة مسلحين آخرين وحجزت كميات كبيرة من الأسلحة كانت مخبأة في منازل بالمدينة.
وأكدت السلطات أن المهاجمين «ينتمون إلى تنظيم داعش»، وأن معظمهم تونسيون تسللوا من ليبيا خلال الأسابيع الماضية.

ونقلت إذاعة «موزاييك إف إم» عن مصدر أمني قوله إن «بين القتلى القيادي في التنظيم مفتاح بن صالح العويني، الذي كان يشرف على معسكر تدريب في مدينة صبراتة الليبية قبل أن تستهدفه الولايات المتحدة بغارة جوية في فبراير/شباط الماضي»، مضيفا أن العويني «بايع زعيم التنظيم أبو بكر البغدادي عام 2014، وكان يخطط منذ أشهر للسيطرة على بن قردان».

وزار رئيس الحكومة الحبيب الصيد، أمس، المدينة رفقة وزيري الدفاع والداخلية، حيث عقد اجتماعا مع والي مدنين الطيب بن عمر الدربالي والقيادات الأمنية والعسكرية في المنطقة، وأعلن من هناك فرض حظر التجول ليلا في المدينة وإغلاق معبر رأس جدير الحدودي مع ليبيا حتى إشعار آخر.

ويقع معبر رأس جدير على بعد نحو 30 كيلومترا من بن قردان، التي يعتمد كثير من سكانها على التجارة مع الجانب الليبي.""",
    entities=[
        E("bg", "Place", ["مدينة بن قردان", "بن قردان", "المدينة"], "Ben Guerdane", sub="City"),
        E("tunisia", "Place", ["تونس", "جنوب تونس"], "Tunisia", qid="Q948", sub="Country"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش التونسي", "الجيش"], "Tunisian Army", sub="ArmedForce"),
        E("guard", "Organization", ["الحرس الوطني"], "National Guard (Tunisia)", sub="ArmedForce"),
        E("medenine", "Place", ["ولاية مدنين", "مدنين"], "Medenine Governorate", sub="Region"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("essebsi", "Person", ["الباجي قائد السبسي"], "Beji Caid Essebsi"),
        E("mod", "Organization", ["وزارة الدفاع الوطني"], "Ministry of National Defence (Tunisia)",
          sub="GovernmentBody"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of the Interior (Tunisia)", sub="GovernmentBody"),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("mosaique", "Organization", ["إذاعة «موزاييك إف إم»"], "Mosaique FM", sub="MediaOrganization",
          opt=True),
        E("aouini", "Person", ["مفتاح بن صالح العويني", "العويني"], "Miftah bin Salih al-Aouini"),
        E("sabratha", "Place", ["مدينة صبراتة", "صبراتة"], "Sabratha", sub="City"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("baghdadi", "Person", ["أبو بكر البغدادي"], "Abu Bakr al-Baghdadi"),
        E("essid", "Person", ["الحبيب الصيد"], "Habib Essid"),
        E("darbali", "Person", ["الطيب بن عمر الدربالي"], "al-Tayyib bin Umar al-Darbali"),
        E("ras_jedir", "Place", ["معبر رأس جدير", "رأس جدير"], "Ras Ajdir border crossing"),
    ],
    relations=[
        R("locatedIn", "bg", "medenine"),
        R("locatedIn", "bg", "tunisia", opt=True),
        R("locatedIn", "medenine", "tunisia", opt=True),
        R("leaderOf", "essebsi", "tunisia"),
        R("memberOf", "aouini", "isis"),
        R("locatedIn", "sabratha", "libya"),
        R("affiliatedWith", "aouini", "baghdadi"),
        R("leaderOf", "baghdadi", "isis"),
        R("leaderOf", "darbali", "medenine"),
        R("positionIn", "darbali", "medenine", opt=True),
        R("partOf", "army", "mod", opt=True),
        R("partOf", "guard", "moi", opt=True),
    ],
    events=[
        # Monday dawn: the simultaneous attack on the barracks and the security and guard posts
        V("Attack", agent=["isis"], target=["army", "guard"], place=[["bg", "medenine", "tunisia"]],
          date="2016-03-07", trigger="الهجوم المتزامن"),
        # the toll of the clashes, told in the passive: the killers are only implied
        V("Killing", target=["army"], place=[["bg", "medenine", "tunisia"]], date="2016-03-07", trigger="قُتل"),
        V("Killing", opt=True, agent=["isis"], target=["guard"]),
        # the attackers killed, among them al-Aouini
        V("Killing", target=["isis", "aouini"], place=[["bg", "medenine", "tunisia"]], date="2016-03",
          trigger="قتيلا"),
        V("Killing", opt=True, agent=["army", "guard"]),
        V("Killing", opt=True, date="2016-03-07"),
        V("Arrest", agent=["army", "guard"], target=["isis"], place=[["bg", "medenine"]], date="2016-03",
          trigger="أوقفت"),
        V("MilitaryOperation", opt=True, agent=["army", "guard"], place=["bg"], date="2016-03-08"),
        # the US strike on the Sabratha camp last February
        V("Strike", agent=["us"], target=["aouini"], place=[["sabratha", "libya"]], date="2016-02",
          trigger="بغارة جوية"),
        V("Visit", agent=["essid"], place=[["bg", "medenine"]], date="2016-03-08", trigger="زار"),
        V("Meeting", agent=["essid", "darbali"], place=[["bg", "medenine"]], date="2016-03-08", trigger="اجتماعا"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2022-10-31, a Monday)
DOCS.append(dict(
    id="t2-so-mogadishu", published="2022-10-31",
    text="""مقديشو - وكالات:

ارتفعت حصيلة التفجيرين اللذين استهدفا، ظهر السبت، مبنى وزارة التربية والتعليم عند تقاطع «زوبي» المزدحم في العاصمة الصومالية مقديشو إلى 100 قتيل على الأقل و300 جريح، وفق ما أعلن الرئيس حسن شيخ محمود، الذي زار موقع الانفجار برفقة رئيس الوزراء وعدد من الوزراء، قائلا للصحافيين إن «هذا الهجوم الوحشي والجبان استهدف أطفالنا وأمهاتنا وطلابنا»، ومضيفا: «لقد أعلنا على الشباب حربا شاملة، ولن نتراجع حتى نهزمهم».

وتبنت حركة الشباب، المرتبطة بتنظيم القاعدة، الهجوم في بيان نشرته عبر منصاتها الدعائية، قالت فيه إن الوزارة «قاعدة معادية تتلقى دعمها من الدول غير المسلمة وتعمل على إبعاد أطفال الصوماليين عن دينهم».

ونقلت وكالة الأنباء الوطنية الصومالية (صونا) عن قائد الشرطة في العاصمة، العقيد عبد الله عثمان أغاو، قوله إن قواته «اعتقلت شخصين يشتبه في تورطهما في إدخال السيارتين المفخختين إلى المدينة»، وإن التحقيقات «تجري بالتنسيق مع شركائنا الدوليين».
ويعد الهجوم الأكثر دموية في الصومال منذ تفجير شاحنة مفخخة عند التقاطع نفسه في أكتوبر/تشرين الأول 2017 أودى بحياة أكثر من 500 شخص.

وتأتي التفجيرات في وقت تشن فيه القوات الحكومية، مدعومة بميليشيات عشائرية تعرف باسم «معاويسلي»، عملية عسكرية واسعة منذ أغسطس/آب الماضي ضد الحركة في إقليمي هيران وشبيلي الوسطى وسط البلاد، استعادت خلالها عشرات القرى والبلدات، فيما أعلنت القيادة الأمريكية في أفريقيا (أفريكوم) أن غارة جوية نفذتها «بطلب من الحكومة الفيدرالية» قرب بلدة جلب بإقليم جوبا الوسطى، مطلع الشهر الجاري، أسفرت عن مقتل القيادي البارز في الحركة عبد الرحمن محمد فارح، المعروف بـ«أبو مصعب».

إلى ذلك، أجرى شيخ محمود، أمس، في القصر الرئاسي بمقديشو مباحثات مع قائد قوات بعثة الاتحاد الأفريقي الانتقالية في الصومال (أتميس)، الجنرال ديوغراتياس نديكومانا، تناولت «سبل دعم العمليات الجارية ضد الشباب» وخطة انسحاب قوات البعثة تدريجيا.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة الصومالية", "العاصمة", "المدينة"], "Mogadishu", sub="City"),
        E("moe", "Organization", ["وزارة التربية والتعليم", "الوزارة"], "Ministry of Education (Somalia)",
          sub="GovernmentBody"),
        E("zobe", "Place", ["تقاطع «زوبي»", "التقاطع"], "Zobe junction"),
        E("hsm", "Person", ["حسن شيخ محمود", "شيخ محمود"], "Hassan Sheikh Mohamud"),
        E("shabab", "Organization", ["حركة الشباب", "الشباب", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("qaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("sonna", "Organization", ["وكالة الأنباء الوطنية الصومالية", "صونا"], "Somali National News Agency",
          sub="MediaOrganization", opt=True),
        E("agaw", "Person", ["عبد الله عثمان أغاو"], "Abdullahi Uthman Agaw"),
        E("police", "Organization", ["الشرطة"], "Somali Police Force", sub="GovernmentBody", opt=True),
        E("gov_forces", "Organization", ["القوات الحكومية"], "Somali National Army", sub="ArmedForce"),
        E("macawisley", "Organization", ["معاويسلي"], "Macawisley militias", sub="ArmedGroup"),
        E("hiran", "Place", ["هيران"], "Hiran", sub="Region"),
        E("shabelle", "Place", ["شبيلي الوسطى"], "Middle Shabelle", sub="Region"),
        E("somalia", "Place", ["الصومال", "البلاد"], "Somalia", qid="Q1045", sub="Country"),
        E("africom", "Organization", ["القيادة الأمريكية في أفريقيا", "أفريكوم"], "United States Africa Command",
          sub="ArmedForce"),
        E("fedgov", "Organization", ["الحكومة الفيدرالية"], "Federal Government of Somalia", sub="GovernmentBody",
          opt=True),
        E("jilib", "Place", ["بلدة جلب", "جلب"], "Jilib", sub="City"),
        E("middle_juba", "Place", ["إقليم جوبا الوسطى", "جوبا الوسطى"], "Middle Juba", sub="Region"),
        E("farah", "Person", ["عبد الرحمن محمد فارح", "أبو مصعب"], "Abd al-Rahman Muhammad Farah"),
        E("villa", "Place", ["القصر الرئاسي"], "Villa Somalia"),
        E("atmis", "Organization", ["بعثة الاتحاد الأفريقي الانتقالية في الصومال", "أتميس", "البعثة"],
          "African Union Transition Mission in Somalia", sub="ArmedForce"),
        E("ndikumana", "Person", ["ديوغراتياس نديكومانا"], "Deogratias Ndikumana"),
    ],
    relations=[
        R("locatedIn", "zobe", "mogadishu"),
        R("leaderOf", "hsm", "somalia"),
        R("affiliatedWith", "shabab", "qaeda"),
        R("leaderOf", "agaw", "police"),
        R("positionIn", "agaw", "mogadishu", opt=True),
        R("affiliatedWith", "macawisley", "gov_forces"),
        R("locatedIn", "hiran", "somalia", opt=True),
        R("locatedIn", "shabelle", "somalia", opt=True),
        R("locatedIn", "jilib", "middle_juba"),
        R("memberOf", "farah", "shabab"),
        R("locatedIn", "villa", "mogadishu"),
        R("leaderOf", "ndikumana", "atmis"),
    ],
    events=[
        # Saturday's twin car bombs at the Zobe junction, claimed by al-Shabaab
        V("Attack", agent=["shabab"], target=["moe"], place=[["zobe", "mogadishu"]], date="2022-10-29",
          trigger="التفجيرين"),
        V("Killing", agent=["shabab"], place=[["zobe", "mogadishu"]], date="2022-10-29", trigger="قتيل"),
        V("Visit", agent=["hsm"], place=[["zobe", "mogadishu"]], date="2022-10", trigger="زار"),
        # arrests told by the police commander (undated: month)
        V("Arrest", agent=["police"], place=["mogadishu"], date="2022-10", trigger="اعتقلت"),
        # the truck bomb of October 2017 at the same junction (no agent named)
        V("Attack", place=[["zobe", "mogadishu"]], date="2017-10", trigger="تفجير"),
        V("Killing", place=[["zobe", "mogadishu"]], date="2017-10", trigger="أودى بحياة"),
        # the government offensive since August
        V("MilitaryOperation", agent=["gov_forces", "macawisley"], target=["shabab"],
          place=[["hiran", "somalia"], ["shabelle", "somalia"]], date="2022-08", trigger="عملية عسكرية"),
        # AFRICOM's strike near Jilib early this month, killing a commander
        V("Strike", agent=["africom"], target=["farah"], place=[["jilib", "middle_juba"]], date="2022-10",
          trigger="غارة جوية"),
        V("Killing", agent=["africom"], target=["farah"], place=[["jilib", "middle_juba"]], date="2022-10",
          trigger="مقتل"),
        V("Meeting", agent=["hsm", "ndikumana"], place=[["villa", "mogadishu"]], date="2022-10-30",
          trigger="مباحثات"),
    ],
))

# ---------------------------------------------------------------- Yemen, Sanaa (2017-12-05, a Tuesday)
DOCS.append(dict(
    id="t2-ye-sanaa", published="2017-12-05",
    text="""صنعاء - «الحياة»، رويترز:

قُتل الرئيس اليمني السابق علي عبد الله صالح، أمس الاثنين، على أيدي مسلحين من جماعة «أنصار الله» الحوثية جنوب العاصمة صنعاء، بعد يومين من إعلانه فض الشراكة مع حلفائه السابقين ودعوته اليمنيين إلى «الانتفاضة» في وجههم، في تطور يُتوقع أن يغير مسار الحرب المستمرة في البلاد منذ نحو ثلاث سنوات.

وأعلنت وزارة الداخلية التابعة للحوثيين، في بيان بثته قناة «المسيرة» الناطقة باسم الجماعة، «انتهاء أزمة ميليشيات الخيانة ومقتل زعيمها»، فيما بث ناشطون مقطعا مصورا يظهر جثة صالح ملفوفة في بطانية ويحملها مسلحون يرددون الهتافات.
ونقلت وكالة «سبأ»، بنسختها التي يديرها الحوثيون، عن مصدر أمني قوله إن صالح قُتل «أثناء محاولته الفرار باتجاه مأرب» عبر منطقة سنحان، مسقط رأسه.

وقال حزب المؤتمر الشعبي العام، الذي يتزعمه صالح منذ تأسيسه عام 1982، إن الأمين العام للحزب عبد الواحد ناجي القردعي قُتل أيضا مع رئيس الحزب، فيما أفاد سكان بأن الحوثيين شنوا حملة اعتقالات واسعة طالت العشرات من قيادات الحزب وأنصاره في صنعاء، بينهم القيادي في الحزب فيصل مقبل الحرازي.

في المقابل، شنت مقاتلات التحالف العربي بقيادة السعودية، ليل الاثنين، أكثر من 25 غارة على مواقع للحوثيين في صنعاء، بينها مبنى وزارة الداخلية الخاضع لسيطرتهم، وفق ما قال سكان ووسائل إعلام محلية.

ودعا الرئيس عبد ربه منصور هادي، في كلمة متلفزة من الرياض، أبناء صنعاء إلى «الانتفاض في وجه الميليشيات الإجرامية»، وكان ولي العهد السعودي الأمير محمد بن سلمان قد استقبله، أمس، وبحثا «تطورات الأوضاع في صنعاء»، بحسب وكالة الأنباء السعودية، فيما دعا المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد جميع الأطراف إلى «وقف فوري للعمليات العسكرية» حماية للمدنيين.""",
    entities=[
        E("sanaa", "Place", ["صنعاء", "العاصمة صنعاء"], "Sanaa", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("saleh", "Person", ["علي عبد الله صالح", "صالح"], "Ali Abdullah Saleh"),
        E("houthis", "Organization", ["أنصار الله", "جماعة «أنصار الله»", "الحوثيين", "الحوثيون", "الجماعة"],
          "Houthis (Ansar Allah)", sub="ArmedGroup"),
        E("yemen", "Place", ["اليمن", "البلاد"], "Yemen", qid="Q805", sub="Country"),
        E("h_moi", "Organization", ["وزارة الداخلية التابعة للحوثيين", "وزارة الداخلية"],
          "Ministry of Interior (Houthi-run)", sub="GovernmentBody"),
        E("masirah", "Organization", ["قناة «المسيرة»"], "Al-Masirah", sub="MediaOrganization"),
        E("saba", "Organization", ["سبأ"], "Saba News Agency", sub="MediaOrganization", opt=True),
        E("marib", "Place", ["مأرب"], "Marib", sub="Region"),
        E("sanhan", "Place", ["منطقة سنحان", "سنحان"], "Sanhan", sub="Region"),
        E("gpc", "Organization", ["حزب المؤتمر الشعبي العام", "الحزب"], "General People's Congress",
          sub="PoliticalOrganization"),
        E("qirdaee", "Person", ["عبد الواحد ناجي القردعي"], "Abd al-Wahid Naji al-Qirdaee"),
        E("harazi", "Person", ["فيصل مقبل الحرازي"], "Faysal Muqbil al-Harazi"),
        E("coalition", "Organization", ["التحالف العربي"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("spa", "Organization", ["وكالة الأنباء السعودية"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
        E("ouldcheikh", "Person", ["إسماعيل ولد الشيخ أحمد"], "Ismail Ould Cheikh Ahmed"),
    ],
    relations=[
        R("leaderOf", "saleh", "yemen"),
        R("locatedIn", "sanaa", "yemen", opt=True),
        R("partOf", "h_moi", "houthis"),
        R("partOf", "masirah", "houthis", opt=True),
        R("affiliatedWith", "masirah", "houthis", opt=True),
        R("leaderOf", "saleh", "gpc"),
        R("positionIn", "qirdaee", "gpc"),
        R("leaderOf", "qirdaee", "gpc", opt=True),
        R("memberOf", "harazi", "gpc"),
        R("leaderOf", "saudi", "coalition"),
        R("memberOf", "saudi", "coalition", opt=True),
        R("leaderOf", "hadi", "yemen", opt=True),
        R("positionIn", "mbs", "saudi"),
    ],
    events=[
        # Saleh killed yesterday by Houthi gunmen south of Sanaa; the party's secretary-general with him
        V("Killing", agent=["houthis"], target=["saleh", "qirdaee"], place=[["sanhan", "sanaa", "yemen"]],
          date="2017-12-04", trigger="قُتل"),
        # arrests of party leaders, told by residents (undated: month)
        V("Arrest", agent=["houthis"], target=["gpc", "harazi"], place=["sanaa"], date="2017-12", trigger="اعتقالات"),
        # the coalition's raids on Monday night
        V("Strike", agent=["coalition"], target=["houthis", "h_moi"], place=["sanaa"], date="2017-12-04",
          trigger="غارة"),
        V("Strike", opt=True, agent=["saudi"]),
        V("Meeting", agent=["mbs", "hadi"], place=["riyadh"], date="2017-12-04", trigger="استقبله"),
    ],
))

# ---------------------------------------------------------------- Algeria, Jijel (2018-04-12, a Thursday)
DOCS.append(dict(
    id="t2-dz-jijel", published="2018-04-12",
    text="""جيجل - «الشروق»:

قضت مفرزة للجيش الوطني الشعبي، مساء أول أمس الثلاثاء، على ثلاثة إرهابيين «خطيرين» واسترجعت ثلاثة مسدسات رشاشة من نوع «كلاشنيكوف» وكمية من الذخيرة، خلال عملية بحث وتمشيط بمنطقة أولاد عسكر ببلدية سيدي معروف في ولاية جيجل شرقي الجزائر، بحسب بيان لوزارة الدفاع الوطني.

وأوضح البيان، الذي نشرته الوزارة على موقعها الإلكتروني، أن العملية «لا تزال متواصلة» في المنطقة التابعة للناحية العسكرية الخامسة، وأن الإرهابيين الثلاثة «التحقوا بالجماعات الإرهابية» خلال تسعينيات القرن الماضي وعام 2006.

ونقلت «الشروق» عن مصادر أمنية محلية أن أحد القتلى هو المدعو عبد المالك بوشريط، المكنى «أبو حذيفة»، الذي يوصف بأنه «أمير سرية تنشط في جبال جيجل تابعة لتنظيم القاعدة في بلاد المغرب الإسلامي»، وكان محل بحث منذ أكثر من عشرين عاما.
وأضافت المصادر أن عملية التمشيط جاءت «بناء على معلومات دقيقة» قدمها عنصر دعم أوقف الشهر الماضي في ولاية سكيكدة المجاورة.

وفي سياق متصل، أوقفت مفارز للجيش، بالتنسيق مع مصالح الأمن، خلال الأسبوع الجاري، خمسة عناصر دعم للجماعات الإرهابية في عمليات متفرقة بولايتي تبسة وبومرداس، وفق البيان ذاته.

وكان نائب وزير الدفاع الوطني، رئيس أركان الجيش الوطني الشعبي، الفريق أحمد قايد صالح، قد أجرى الأسبوع الماضي زيارة عمل وتفتيش إلى مقر الناحية العسكرية الخامسة بقسنطينة، أشرف خلالها على تنفيذ تمرين تكتيكي بالذخيرة الحية، وأكد في كلمة أمام الإطارات أن «الجيش سيواصل ملاحقة بقايا الإرهاب عبر كامل التراب الوطني حتى القضاء عليه نهائيا».""",
    entities=[
        E("jijel", "Place", ["ولاية جيجل", "جيجل"], "Jijel Province", sub="Region"),
        E("shorouk", "Organization", ["الشروق"], "Echorouk", sub="MediaOrganization", opt=True),
        E("anp", "Organization", ["الجيش الوطني الشعبي", "الجيش"], "People's National Army (Algeria)",
          sub="ArmedForce"),
        E("ouled_askar", "Place", ["منطقة أولاد عسكر", "أولاد عسكر"], "Ouled Askeur", sub="Region"),
        E("sidi_maarouf", "Place", ["بلدية سيدي معروف", "سيدي معروف"], "Sidi Maarouf", sub="City"),
        E("algeria", "Place", ["الجزائر"], "Algeria", qid="Q262", sub="Country"),
        E("mdn", "Organization", ["وزارة الدفاع الوطني", "الوزارة"], "Ministry of National Defence (Algeria)",
          sub="GovernmentBody"),
        E("region5", "Organization", ["الناحية العسكرية الخامسة"], "5th Military Region (Algeria)",
          sub="ArmedForce"),
        E("boucherit", "Person", ["عبد المالك بوشريط", "أبو حذيفة"], "Abd al-Malik Boucherit"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "al-Qaeda in the Islamic Maghreb",
          sub="ArmedGroup"),
        E("skikda", "Place", ["ولاية سكيكدة", "سكيكدة"], "Skikda Province", sub="Region"),
        E("security", "Organization", ["مصالح الأمن"], "Algerian security services", sub="GovernmentBody", opt=True),
        E("tebessa", "Place", ["تبسة"], "Tebessa Province", sub="Region"),
        E("boumerdes", "Place", ["بومرداس"], "Boumerdes Province", sub="Region"),
        E("gaid", "Person", ["أحمد قايد صالح"], "Ahmed Gaid Salah"),
        E("constantine", "Place", ["قسنطينة"], "Constantine", sub="City"),
    ],
    relations=[
        R("locatedIn", "ouled_askar", "sidi_maarouf"),
        R("locatedIn", "sidi_maarouf", "jijel"),
        R("locatedIn", "jijel", "algeria"),
        R("locatedIn", "ouled_askar", "jijel", opt=True),
        R("partOf", "region5", "anp", opt=True),
        R("memberOf", "boucherit", "aqim"),
        R("leaderOf", "boucherit", "aqim", opt=True),
        R("positionIn", "gaid", "mdn"),
        R("leaderOf", "gaid", "anp"),
        R("positionIn", "gaid", "anp", opt=True),
        R("locatedIn", "region5", "constantine", opt=True),
    ],
    events=[
        # Tuesday evening: three killed by an army detachment in Ouled Askeur
        V("Killing", agent=["anp"], target=["boucherit"], place=[["ouled_askar", "sidi_maarouf", "jijel", "algeria"]],
          date="2018-04-10", trigger="قضت"),
        V("Killing", opt=True, target=["aqim"]),
        V("MilitaryOperation", agent=["anp"], place=[["ouled_askar", "sidi_maarouf", "jijel"]], date="2018-04-10",
          trigger="عملية بحث وتمشيط"),
        # a support element arrested last month in Skikda (no agent named)
        V("Arrest", place=["skikda"], date="2018-03", trigger="أوقف"),
        # this week's arrests in Tebessa and Boumerdes
        V("Arrest", agent=["anp"], place=["tebessa", "boumerdes"], date="2018-04", trigger="أوقفت"),
        V("Arrest", opt=True, agent=["security"]),
        # the chief of staff's visit to Constantine last week (2 to 8 April)
        V("Visit", agent=["gaid"], place=["constantine"], date="2018-04", trigger="زيارة عمل وتفتيش"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Ariana (2013-07-27, a Saturday)
DOCS.append(dict(
    id="t2-tn-brahmi", published="2013-07-27",
    text="""أريانة (تونس) - من سلمى بن حسين:

شيّع آلاف التونسيين، أمس الجمعة، جثمان المعارض القومي محمد البراهمي، النائب في المجلس الوطني التأسيسي ومؤسس حزب التيار الشعبي، الذي اغتاله مسلحان مجهولان كانا على متن دراجة نارية أمام منزله في حي الغزالة بولاية أريانة، شمال العاصمة، ظهر الخميس، في ثاني عملية اغتيال سياسي تشهدها البلاد خلال أقل من ستة أشهر.

وقال وزير الداخلية، في مؤتمر صحافي عقده مساء الخميس، إن التحقيقات الأولية أثبتت أن «السلاح الذي استُعمل في اغتيال البراهمي هو نفسه الذي قُتل به المعارض اليساري شكري بلعيد» في السادس من فبراير/شباط الماضي، متهما عناصر «سلفية متشددة» بينهم «المدعو لطفي بن محمد الزين، وهو عنصر في تنظيم أنصار الشريعة تلاحقه الأجهزة الأمنية منذ أشهر».

ونفى تنظيم «أنصار الشريعة»، الذي يقوده سيف الله بن حسين المكنى «أبو عياض»، أي علاقة له بالاغتيال، في بيان نشره على صفحته في موقع «فيسبوك»، متهما الحكومة بـ«البحث عن كبش فداء لتبرير فشلها».

وأوقفت وحدات من الحرس الوطني، فجر اليوم السبت، ثلاثة أشخاص في ولاية سيدي بوزيد، مسقط رأس البراهمي، «يشتبه في تقديمهم دعما لوجستيا للمنفذين»، بحسب ما أفاد مصدر أمني لوكالة تونس أفريقيا للأنباء الرسمية.
وشهدت سيدي بوزيد، التي انطلقت منها شرارة الثورة أواخر عام 2010، مواجهات بين محتجين غاضبين وقوات الأمن التي استخدمت الغاز المسيل للدموع لتفريقهم.

في غضون ذلك، التقى رئيس الحكومة التونسية، القيادي في حركة النهضة، علي العريض، أمس، الأمين العام للاتحاد العام التونسي للشغل حسين العباسي في قصر الحكومة بالقصبة، بعد ساعات من إضراب عام دعا إليه الاتحاد احتجاجا على الاغتيال، فيما أعلن أكثر من 40 نائبا معارضا انسحابهم من المجلس التأسيسي، مطالبين بحله وبإسقاط الحكومة التي تقودها النهضة.""",
    entities=[
        E("ariana", "Place", ["ولاية أريانة", "أريانة"], "Ariana Governorate", sub="Region"),
        E("tunisia", "Place", ["تونس", "البلاد"], "Tunisia", qid="Q948", sub="Country"),
        E("byline", "Person", ["سلمى بن حسين"], "Salma bin Husayn", opt=True),
        E("brahmi", "Person", ["محمد البراهمي", "البراهمي"], "Mohamed Brahmi"),
        E("anc", "Organization", ["المجلس الوطني التأسيسي", "المجلس التأسيسي"], "National Constituent Assembly",
          sub="GovernmentBody"),
        E("courant", "Organization", ["حزب التيار الشعبي"], "Popular Current", sub="PoliticalOrganization"),
        E("ghazala", "Place", ["حي الغزالة", "الغزالة"], "Cite el Ghazala", sub="Region"),
        E("belaid", "Person", ["شكري بلعيد"], "Chokri Belaid"),
        E("zein", "Person", ["لطفي بن محمد الزين"], "Lutfi bin Muhammad al-Zayn"),
        E("aas", "Organization", ["أنصار الشريعة", "تنظيم «أنصار الشريعة»"], "Ansar al-Sharia in Tunisia",
          sub="ArmedGroup"),
        E("abu_iyadh", "Person", ["سيف الله بن حسين", "أبو عياض"], "Seifallah Ben Hassine"),
        E("facebook", "Organization", ["فيسبوك"], "Facebook", opt=True),
        E("gov", "Organization", ["الحكومة التونسية", "الحكومة"], "Government of Tunisia", sub="GovernmentBody"),
        E("guard", "Organization", ["الحرس الوطني"], "National Guard (Tunisia)", sub="ArmedForce"),
        E("sidi_bouzid", "Place", ["ولاية سيدي بوزيد", "سيدي بوزيد"], "Sidi Bouzid", sub="Region"),
        E("tap", "Organization", ["وكالة تونس أفريقيا للأنباء"], "Tunis Afrique Presse", sub="MediaOrganization",
          opt=True),
        E("security", "Organization", ["قوات الأمن"], "Tunisian security forces", sub="GovernmentBody", opt=True),
        E("ennahda", "Organization", ["حركة النهضة", "النهضة"], "Ennahda", sub="PoliticalOrganization"),
        E("laarayedh", "Person", ["علي العريض"], "Ali Laarayedh"),
        E("ugtt", "Organization", ["الاتحاد العام التونسي للشغل", "الاتحاد"], "Tunisian General Labour Union"),
        E("abbassi", "Person", ["حسين العباسي"], "Houcine Abassi"),
        E("kasbah", "Place", ["قصر الحكومة بالقصبة", "القصبة"], "Government Palace (Kasbah)"),
    ],
    relations=[
        R("memberOf", "brahmi", "anc"),
        R("memberOf", "brahmi", "courant"),
        R("leaderOf", "brahmi", "courant", opt=True),
        R("locatedIn", "ghazala", "ariana"),
        R("locatedIn", "ariana", "tunisia", opt=True),
        R("memberOf", "zein", "aas"),
        R("leaderOf", "abu_iyadh", "aas"),
        R("leaderOf", "laarayedh", "gov"),
        R("memberOf", "laarayedh", "ennahda"),
        R("leaderOf", "abbassi", "ugtt"),
        R("positionIn", "abbassi", "ugtt", opt=True),
        R("leaderOf", "ennahda", "gov"),
    ],
    events=[
        # Thursday noon, two unknown gunmen: no agent
        V("Killing", target=["brahmi"], place=[["ghazala", "ariana", "tunisia"]], date="2013-07-25",
          trigger="اغتاله"),
        V("Attack", opt=True, target=["brahmi"], place=["ghazala"], date="2013-07-25"),
        # the minister's suspect is only accused
        V("Killing", opt=True, agent=["zein", "aas"]),
        # Chokri Belaid, killed on 6 February with the same weapon (no agent named)
        V("Killing", target=["belaid"], date="2013-02-06", trigger="قُتل"),
        V("Arrest", agent=["guard"], place=["sidi_bouzid"], date="2013-07-27", trigger="أوقفت"),
        # clashes between protesters and the security forces (no listed type)
        V("Attack", opt=True, agent=["security"], place=["sidi_bouzid"], date="2013-07"),
        V("Meeting", agent=["laarayedh", "abbassi"], place=["kasbah"], date="2013-07-26", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Yemen, Mukalla (2016-04-26, a Tuesday)
DOCS.append(dict(
    id="t2-ye-mukalla", published="2016-04-26",
    text="""المكلا - «الشرق الأوسط»:

أعلنت قوات الجيش اليمني الموالية للرئيس عبد ربه منصور هادي، أمس الاثنين، استعادة السيطرة الكاملة على مدينة المكلا، عاصمة محافظة حضرموت جنوب شرقي البلاد، بعد أكثر من عام على سيطرة تنظيم «القاعدة في جزيرة العرب» عليها، وذلك في عملية عسكرية أطلقتها فجر الأحد بدعم من قوات التحالف العربي، وانسحب على إثرها مسلحو التنظيم نحو مناطق في وادي حضرموت ومحافظة شبوة المجاورة دون مقاومة تذكر.

وقال قائد المنطقة العسكرية الثانية، اللواء سالم عوض الجابري، لـ«الشرق الأوسط» إن قواته دخلت المدينة من ثلاثة محاور، وإن مقاتلي التنظيم «فروا تاركين وراءهم جثث قتلاهم»، مشيرا إلى مقتل «أكثر من 800 عنصر» من التنظيم منذ بدء العملية، وهو رقم شكك فيه سكان محليون.

ونقلت وكالة أنباء الإمارات (وام) عن القيادة العامة للقوات المسلحة الإماراتية قولها إن «قوات إماراتية خاصة شاركت في العملية إلى جانب قوات النخبة الحضرمية التي دربتها الإمارات خلال الأشهر الماضية».

وكان التنظيم، الذي أدار المدينة طوال عام تحت اسم «أبناء حضرموت»، قد سيطر عليها في أبريل/نيسان من العام الماضي مستغلا انشغال القوات الحكومية بالحرب مع الحوثيين، وقتلت الولايات المتحدة بغارة لطائرة من دون طيار في المكلا، في يونيو/حزيران من العام ذاته، زعيم التنظيم ناصر الوحيشي، قبل أن يخلفه قاسم الريمي على رأسه.

ووصل رئيس الوزراء أحمد عبيد بن دغر، مساء أمس، إلى المكلا قادما من الرياض، في أول زيارة لمسؤول حكومي رفيع إلى المدينة منذ سقوطها، حيث عقد اجتماعا مع محافظ حضرموت، عادل سعيد باحميد، وقادة الوحدات العسكرية.
وكان هادي قد أصدر مطلع الشهر الجاري قرارا بتعيين الفريق علي محسن الأحمر نائبا لرئيس الجمهورية، وتعيين بن دغر رئيسا للحكومة خلفا لخالد بحاح.""",
    entities=[
        E("mukalla", "Place", ["مدينة المكلا", "المكلا", "المدينة"], "Mukalla", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["قوات الجيش اليمني", "القوات الحكومية"],
          "Yemeni Army (Hadi)", sub="ArmedForce"),
        E("hadi", "Person", ["عبد ربه منصور هادي", "هادي"], "Abd Rabbuh Mansur Hadi"),
        E("hadramawt", "Place", ["محافظة حضرموت", "حضرموت"], "Hadramawt Governorate", sub="Region"),
        E("yemen", "Place", ["البلاد"], "Yemen", qid="Q805", sub="Country"),
        E("aqap", "Organization", ["القاعدة في جزيرة العرب", "التنظيم", "أبناء حضرموت"],
          "al-Qaeda in the Arabian Peninsula", sub="ArmedGroup"),
        E("coalition", "Organization", ["قوات التحالف العربي", "التحالف العربي"], "Saudi-led coalition",
          sub="Coalition"),
        E("wadi", "Place", ["وادي حضرموت"], "Wadi Hadramawt", sub="Region"),
        E("shabwa", "Place", ["محافظة شبوة", "شبوة"], "Shabwa Governorate", sub="Region"),
        E("region2", "Organization", ["المنطقة العسكرية الثانية"], "2nd Military Region (Yemen)", sub="ArmedForce"),
        E("jabiri", "Person", ["سالم عوض الجابري"], "Salim Awad al-Jabiri"),
        E("wam", "Organization", ["وكالة أنباء الإمارات", "وام"], "Emirates News Agency", sub="MediaOrganization",
          opt=True),
        E("uae_gc", "Organization", ["القيادة العامة للقوات المسلحة الإماراتية"], "UAE Armed Forces General Command",
          sub="ArmedForce"),
        E("uae_forces", "Organization", ["قوات إماراتية خاصة"], "UAE special forces", sub="ArmedForce"),
        E("nukhba", "Organization", ["قوات النخبة الحضرمية"], "Hadrami Elite Forces", sub="ArmedForce"),
        E("uae", "Place", ["الإمارات"], "United Arab Emirates", qid="Q878", sub="Country", alt=["Organization"]),
        E("houthis", "Organization", ["الحوثيين"], "Houthis (Ansar Allah)", sub="ArmedGroup"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("wuhayshi", "Person", ["ناصر الوحيشي"], "Nasir al-Wuhayshi"),
        E("rimi", "Person", ["قاسم الريمي"], "Qasim al-Raymi"),
        E("bindaghr", "Person", ["أحمد عبيد بن دغر", "بن دغر"], "Ahmed Obeid bin Daghr"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("bahamid", "Person", ["عادل سعيد باحميد"], "Adil Said Bahamid"),
        E("mohsen", "Person", ["علي محسن الأحمر"], "Ali Mohsen al-Ahmar"),
        E("gov", "Organization", ["الحكومة"], "Government of Yemen", sub="GovernmentBody", opt=True),
        E("bahah", "Person", ["خالد بحاح"], "Khaled Bahah"),
    ],
    relations=[
        R("locatedIn", "mukalla", "hadramawt"),
        R("locatedIn", "hadramawt", "yemen"),
        R("affiliatedWith", "army", "hadi"),
        R("leaderOf", "hadi", "army", opt=True),
        R("locatedIn", "wadi", "hadramawt", opt=True),
        R("leaderOf", "jabiri", "region2"),
        R("partOf", "region2", "army", opt=True),
        R("partOf", "uae_forces", "uae_gc", opt=True),
        R("affiliatedWith", "nukhba", "uae"),
        R("leaderOf", "wuhayshi", "aqap"),
        R("leaderOf", "rimi", "aqap"),
        R("leaderOf", "hadi", "yemen", opt=True),
        R("leaderOf", "bahamid", "hadramawt"),
        R("positionIn", "bahamid", "hadramawt", opt=True),
        R("positionIn", "mohsen", "yemen"),
        R("leaderOf", "bindaghr", "gov"),
        R("leaderOf", "bahah", "gov", opt=True),
    ],
    events=[
        # the operation launched at dawn on Sunday, with the coalition's support
        V("MilitaryOperation", agent=["army", "coalition"], target=["aqap"], place=[["mukalla", "hadramawt"]],
          date="2016-04-24", trigger="عملية عسكرية"),
        V("MilitaryOperation", opt=True, agent=["uae_forces", "nukhba", "uae_gc", "region2"]),
        # the commander's toll since the start of the operation
        V("Killing", agent=["army"], target=["aqap"], place=[["mukalla", "hadramawt"]], date="2016-04",
          trigger="مقتل"),
        V("Killing", opt=True, agent=["region2", "coalition"]),
        # AQAP took the city in April 2015 (no listed type)
        V("Attack", opt=True, agent=["aqap"], place=["mukalla"], date="2015-04"),
        # the US drone strike that killed al-Wuhayshi in June 2015
        V("Strike", agent=["us"], target=["wuhayshi"], place=[["mukalla", "hadramawt"]], date="2015-06",
          trigger="بغارة"),
        V("Killing", agent=["us"], target=["wuhayshi"], place=[["mukalla", "hadramawt"]], date="2015-06",
          trigger="قتلت"),
        V("Visit", agent=["bindaghr"], place=[["mukalla", "hadramawt"]], date="2016-04-25", trigger="وصل"),
        V("Meeting", agent=["bindaghr", "bahamid"], place=[["mukalla", "hadramawt"]], date="2016-04-25",
          trigger="اجتماعا"),
    ],
))

# ---------------------------------------------------------------- Libya, Benghazi (2013-11-12, a Tuesday)
DOCS.append(dict(
    id="t2-ly-benghazi", published="2013-11-12",
    text="""بنغازي - «الحياة»:

اغتال مسلحون مجهولون، صباح أمس الاثنين، العقيد في سلاح الجو الليبي فرج عبد السلام العبيدي أثناء خروجه من منزله في حي الفويهات بمدينة بنغازي شرق ليبيا، في أحدث حلقة من سلسلة اغتيالات تستهدف ضباط الجيش والأمن في المدينة منذ سقوط نظام معمر القذافي عام 2011.

ونقلت وكالة الأنباء الليبية (وال) عن مصدر في مديرية أمن بنغازي قوله إن المسلحين «أطلقوا عليه وابلا من الرصاص من سيارة رباعية الدفع لا تحمل لوحات، ثم لاذوا بالفرار»، مضيفا أن الضابط «توفي متأثرا بجروحه قبل وصوله إلى مستشفى الجلاء».

وفي حادث منفصل، انفجرت عبوة ناسفة، مساء الأحد، أمام مركز للشرطة في حي البركة، ما أسفر عن إصابة ثلاثة من أفراد الشرطة بجروح، دون أن تعلن أي جهة مسؤوليتها.
ويتهم مسؤولون أمنيون تنظيم «أنصار الشريعة»، الذي يقوده محمد الزهاوي، بالوقوف وراء معظم الاغتيالات، وهو ما ينفيه التنظيم.

ووصل رئيس الحكومة المؤقتة علي زيدان إلى بنغازي، أمس، في زيارة مفاجئة أعلن خلالها تعيين العقيد عبد الله سالم الفاخري مديرا لأمن بنغازي خلفا لسلفه الذي قدم استقالته الأسبوع الماضي، وعقد اجتماعا مع أعضاء المجلس المحلي للمدينة وقادة الوحدات العسكرية، متعهدا بـ«إنهاء فوضى السلاح خلال أسابيع».

وكان زيدان قد اختُطف الشهر الماضي من فندق «كورنثيا» في طرابلس على أيدي مسلحين تابعين لـ«غرفة عمليات ثوار ليبيا»، قبل أن يُطلق سراحه بعد ساعات، في حادثة كشفت هشاشة سلطة الدولة أمام الميليشيات المسلحة.""",
    entities=[
        E("benghazi", "Place", ["مدينة بنغازي", "بنغازي", "المدينة"], "Benghazi", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("air", "Organization", ["سلاح الجو الليبي"], "Libyan Air Force", sub="ArmedForce"),
        E("obeidi", "Person", ["فرج عبد السلام العبيدي"], "Faraj Abd al-Salam al-Obeidi"),
        E("fuwayhat", "Place", ["حي الفويهات", "الفويهات"], "al-Fuwayhat", sub="Region"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("gaddafi", "Person", ["معمر القذافي"], "Muammar Gaddafi"),
        E("lana", "Organization", ["وكالة الأنباء الليبية", "وال"], "Libya News Agency", sub="MediaOrganization",
          opt=True),
        E("directorate", "Organization", ["مديرية أمن بنغازي"], "Benghazi Security Directorate",
          sub="GovernmentBody"),
        E("jalaa", "Place", ["مستشفى الجلاء"], "al-Jalaa Hospital"),
        E("berka", "Place", ["حي البركة", "البركة"], "al-Berka", sub="Region"),
        E("police", "Organization", ["الشرطة"], "Libyan police", sub="GovernmentBody", opt=True),
        E("aas", "Organization", ["أنصار الشريعة", "التنظيم"], "Ansar al-Sharia (Libya)", sub="ArmedGroup"),
        E("zahawi", "Person", ["محمد الزهاوي"], "Mohamed al-Zahawi"),
        E("gov", "Organization", ["الحكومة المؤقتة"], "Interim Government of Libya", sub="GovernmentBody"),
        E("zeidan", "Person", ["علي زيدان", "زيدان"], "Ali Zeidan"),
        E("fakhri", "Person", ["عبد الله سالم الفاخري"], "Abdallah Salim al-Fakhri"),
        E("council", "Organization", ["المجلس المحلي للمدينة"], "Benghazi Local Council", sub="GovernmentBody"),
        E("corinthia", "Place", ["فندق «كورنثيا»"], "Corinthia Hotel Tripoli"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("ops_room", "Organization", ["غرفة عمليات ثوار ليبيا"], "Operations Room of Libya's Revolutionaries",
          sub="ArmedGroup"),
    ],
    relations=[
        R("memberOf", "obeidi", "air"),
        R("locatedIn", "fuwayhat", "benghazi"),
        R("locatedIn", "benghazi", "libya"),
        R("leaderOf", "gaddafi", "libya", opt=True),
        R("locatedIn", "jalaa", "benghazi", opt=True),
        R("locatedIn", "berka", "benghazi", opt=True),
        R("leaderOf", "zahawi", "aas"),
        R("leaderOf", "zeidan", "gov"),
        R("leaderOf", "fakhri", "directorate"),
        R("locatedIn", "corinthia", "tripoli"),
    ],
    events=[
        # yesterday morning, unknown gunmen: no agent
        V("Killing", target=["obeidi"], place=[["fuwayhat", "benghazi", "libya"]], date="2013-11-11",
          trigger="اغتال"),
        V("Attack", opt=True, target=["obeidi"], place=["fuwayhat"], date="2013-11-11"),
        # Sunday evening's bomb at the police station, unclaimed
        V("Attack", place=[["berka", "benghazi"]], date="2013-11-10", trigger="انفجرت"),
        V("Attack", opt=True, target=["police"]),
        # Ansar al-Sharia only accused
        V("Killing", opt=True, agent=["aas"]),
        V("Visit", agent=["zeidan"], place=["benghazi"], date="2013-11-11", trigger="وصل"),
        V("Meeting", agent=["zeidan", "council"], place=["benghazi"], date="2013-11-11", trigger="اجتماعا"),
        # the prime minister's abduction last month
        V("Arrest", agent=["ops_room"], target=["zeidan"], place=[["corinthia", "tripoli"]], date="2013-10",
          trigger="اختُطف"),
    ],
))
