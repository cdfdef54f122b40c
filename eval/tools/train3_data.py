"""Hand annotations of the third training set (see eval/train3/README.md).

Articles written for the project in the style of Arab newspapers and news agencies of
2012-2024 (a dateline and a source credit, long sentences, reported speech two deep, claims
of responsibility, officials named by post only), on Palestine, Israel, Turkey, Iran,
Afghanistan and Pakistan, annotated with the guidelines of eval/README.md without running
the extractor on them. Persons are invented, or very well-known public figures;
organisations and places are real; the broad lines of the events follow real ones, the
details are the writer's. ``build_train3.py`` turns this into eval/train3.jsonl (spans
computed, every mention checked against the text). In event roles a nested list is a set of
alternatives: any one satisfies it. An event with ``optional`` only carries triples a
reasonable annotator could leave out. A place written with a title (مدينة، بلدة، ولاية،
محافظة، إقليم، مخيم) also lists its bare name.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Gaza, Khan Younis (2014-07-12, a Saturday)
DOCS.append(dict(
    id="t3-ps-khanyounis", published="2014-07-12",
    text="""غزة - «الحياة»

قُتل ثمانية فلسطينيين، بينهم قيادي ميداني في «كتائب عز الدين القسام»، الجناح العسكري لحركة «حماس»، فجر أمس، في غارة شنتها طائرات حربية إسرائيلية على منزل في بلدة بني سهيلا شرق مدينة خان يونس جنوب قطاع غزة، في اليوم الرابع للعملية العسكرية التي أطلقها الجيش الإسرائيلي على القطاع تحت اسم «الجرف الصامد».

ونقلت وكالة الأنباء الفلسطينية الرسمية (وفا) عن مصادر طبية في مستشفى ناصر قولها إن بين القتلى القيادي في الكتائب رائد سليمان أبو عيشة وثلاثة من أبنائه، فيما قال محافظ خان يونس، حسام عبد الله الأغا، إن المنزل «سُوّي بالأرض» وإن فرق الدفاع المدني «ما زالت تبحث عن مفقودين تحت الأنقاض».

وقال الناطق باسم الجيش الإسرائيلي أفيخاي أدرعي إن الطائرات «أغارت على أكثر من 200 هدف» خلال الساعات الأربع والعشرين الماضية، بينها منصات لإطلاق الصواريخ وفتحات أنفاق، فيما نقلت الإذاعة الإسرائيلية عن ضابط كبير في قيادة المنطقة الجنوبية قوله إن الجيش «استكمل استعداداته» لعملية برية «إذا قررت الحكومة ذلك».

في المقابل، أعلنت «كتائب القسام» مسؤوليتها عن إطلاق رشقات من الصواريخ على عسقلان وأسدود وتل أبيب، وقالت في بيان إن مقاتليها «دكّوا» قاعدة حتسريم الجوية قرب بئر السبع بصواريخ من طراز «إم 75»، كما تبنت «سرايا القدس»، الذراع العسكرية لحركة الجهاد الإسلامي، قصف مستوطنات «غلاف غزة» بقذائف الهاون.

وفي القاهرة، وصل وفد من حركة «فتح» برئاسة عضو لجنتها المركزية سليم خليل الدجاني، مساء أمس، لإجراء مباحثات مع مسؤولين في جهاز المخابرات العامة المصرية حول مبادرة للتهدئة، بعدما رفضت «حماس» على لسان الناطق باسمها سامي يوسف الخطيب «أي تهدئة لا تتضمن رفع الحصار».
وكانت العملية قد بدأت في الثامن من تموز/يوليو الجاري بعد أسابيع من التوتر أعقبت خطف ثلاثة مستوطنين وقتلهم قرب الخليل في حزيران/يونيو الماضي، وهو ما حمّلت إسرائيل «حماس» مسؤوليته.""",
    entities=[
        E("gaza_city", "Place", ["غزة"], "Gaza City", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("qassam", "Organization", ["كتائب عز الدين القسام", "كتائب القسام", "الكتائب"],
          "Izz ad-Din al-Qassam Brigades", sub="ArmedGroup"),
        E("hamas", "Organization", ["حركة «حماس»", "حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("suheila", "Place", ["بلدة بني سهيلا", "بني سهيلا"], "Bani Suheila", sub="City"),
        E("khanyounis", "Place", ["مدينة خان يونس", "خان يونس"], "Khan Younis", sub="City"),
        E("strip", "Place", ["قطاع غزة", "القطاع"], "Gaza Strip", sub="Region"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "الجيش"], "Israel Defense Forces", sub="ArmedForce"),
        E("wafa", "Organization", ["وكالة الأنباء الفلسطينية", "وفا"], "WAFA", sub="MediaOrganization", opt=True),
        E("nasser", "Place", ["مستشفى ناصر"], "Nasser Hospital", opt=True),
        E("abuaisha", "Person", ["رائد سليمان أبو عيشة"], "Raid Sulayman Abu Aisha"),
        E("agha", "Person", ["حسام عبد الله الأغا"], "Husam Abd Allah al-Agha"),
        E("civdef", "Organization", ["الدفاع المدني"], "Palestinian Civil Defense", sub="GovernmentBody", opt=True),
        E("adraee", "Person", ["أفيخاي أدرعي"], "Avichay Adraee"),
        E("radio", "Organization", ["الإذاعة الإسرائيلية"], "Israeli public radio", sub="MediaOrganization",
          opt=True),
        E("southcom", "Organization", ["قيادة المنطقة الجنوبية"], "Southern Command (Israel)", sub="ArmedForce"),
        E("govt", "Organization", ["الحكومة"], "Government of Israel", sub="GovernmentBody", opt=True),
        E("ashkelon", "Place", ["عسقلان"], "Ashkelon", sub="City"),
        E("ashdod", "Place", ["أسدود"], "Ashdod", sub="City"),
        E("telaviv", "Place", ["تل أبيب"], "Tel Aviv", sub="City"),
        E("hatzerim", "Place", ["قاعدة حتسريم الجوية", "حتسريم"], "Hatzerim Airbase"),
        E("beersheba", "Place", ["بئر السبع"], "Beersheba", sub="City"),
        E("saraya", "Organization", ["سرايا القدس"], "al-Quds Brigades", sub="ArmedGroup"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي"], "Palestinian Islamic Jihad", sub="ArmedGroup"),
        E("envelope", "Place", ["غلاف غزة"], "Gaza envelope", sub="Region", opt=True),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("fatah", "Organization", ["حركة «فتح»", "فتح"], "Fatah", sub="PoliticalOrganization"),
        E("dajani", "Person", ["سليم خليل الدجاني"], "Salim Khalil al-Dajani"),
        E("gis", "Organization", ["جهاز المخابرات العامة المصرية"], "General Intelligence Directorate (Egypt)",
          sub="GovernmentBody"),
        E("khatib", "Person", ["سامي يوسف الخطيب"], "Sami Yusuf al-Khatib"),
        E("hebron", "Place", ["الخليل"], "Hebron", sub="City"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
    ],
    relations=[
        R("partOf", "qassam", "hamas"),
        R("memberOf", "abuaisha", "qassam"),
        R("memberOf", "abuaisha", "hamas", opt=True),
        R("locatedIn", "suheila", "khanyounis"),
        R("locatedIn", "khanyounis", "strip"),
        R("locatedIn", "suheila", "strip", opt=True),
        R("leaderOf", "agha", "khanyounis"),
        R("positionIn", "agha", "khanyounis", opt=True),
        R("spokespersonOf", "adraee", "idf"),
        R("partOf", "southcom", "idf", opt=True),
        R("locatedIn", "hatzerim", "beersheba", opt=True),
        R("partOf", "saraya", "pij"),
        R("memberOf", "dajani", "fatah"),
        R("spokespersonOf", "khatib", "hamas"),
    ],
    events=[
        # the air strike at dawn yesterday on a house in Bani Suheila, which killed a Qassam commander
        V("Strike", agent=["idf"], place=[["suheila", "khanyounis", "strip"]], date="2014-07-11", trigger="غارة"),
        V("Strike", opt=True, target=["abuaisha", "qassam"]),
        V("Killing", agent=["idf"], target=["abuaisha"], place=[["suheila", "khanyounis", "strip"]],
          date="2014-07-11", trigger="قُتل"),
        V("Killing", opt=True, target=["qassam"]),
        # "Protective Edge", begun on 8 July on the Strip
        V("MilitaryOperation", name="الجرف الصامد", agent=["idf"], place=["strip"], date="2014-07-08",
          trigger="العملية العسكرية"),
        V("MilitaryOperation", opt=True, target=["strip", "hamas"]),
        # the spokesman's 200 targets in the last 24 hours (no place beyond the story)
        V("Strike", opt=True, agent=["idf"], place=["strip"], date="2014-07"),
        # Qassam's claimed rockets (the act is dated only by the story)
        V("Strike", agent=["qassam"], place=["ashkelon", "ashdod", "telaviv", ["hatzerim", "beersheba"]],
          date="2014-07", trigger="إطلاق رشقات من الصواريخ"),
        V("Strike", opt=True, target=["hatzerim"]),
        V("Attack", opt=True, agent=["qassam"], place=["ashkelon", "ashdod", "telaviv", "hatzerim"]),
        # Saraya al-Quds' mortar fire on the settlements of the Gaza envelope
        V("Strike", agent=["saraya"], date="2014-07", trigger="قصف"),
        V("Strike", opt=True, place=["envelope"]),
        V("Attack", opt=True, agent=["saraya"], place=["envelope"]),
        # the Fatah delegation arrives in Cairo yesterday evening; talks with Egyptian intelligence to come
        V("Visit", agent=["dajani"], place=["cairo"], date="2014-07-11", trigger="وصل"),
        V("Visit", opt=True, agent=["fatah"]),
        V("Meeting", opt=True, agent=["dajani", "gis", "fatah"], place=["cairo"], date="2014-07-11"),
        # three settlers abducted and killed near Hebron in June; Israel blamed Hamas
        V("Killing", place=["hebron"], date="2014-06", trigger="قتلهم"),
        V("Killing", opt=True, agent=["hamas"]),
    ],
))

# ---------------------------------------------------------------- Turkey, Ankara (2016-03-18, a Friday)
DOCS.append(dict(
    id="t3-tr-ankara", published="2016-03-18",
    text="""أنقرة - الأناضول: أعلنت جماعة «صقور حرية كردستان»، المنشقة عن حزب العمال الكردستاني، مسؤوليتها عن التفجير الانتحاري بسيارة مفخخة الذي استهدف، مساء الأحد الماضي، موقفا للحافلات في ساحة كيزيلاي وسط العاصمة التركية أنقرة، وأسفر عن مقتل 37 شخصا وإصابة أكثر من 120 آخرين.

وقالت الجماعة في بيان نشرته على موقعها الإلكتروني، أمس، إن الهجوم نفذته إحدى عضواتها «ردا على المجازر التي يرتكبها الجيش التركي في مدن كردستان»، متوعدة بمزيد من العمليات ضد «مؤسسات الدولة الفاشية» ومرافقها السياحية.

ونقلت وسائل إعلام تركية عن مصدر أمني قوله إن التحقيقات أظهرت أن المنفذة، وتدعى سيبل أوزتورك، وهي طالبة جامعية تتحدر من ولاية قارص شمال شرقي البلاد، انضمت إلى حزب العمال الكردستاني عام 2013، وتلقت تدريبات عسكرية في معسكرات الحزب بجبال قنديل شمالي العراق، قبل أن تعود إلى تركيا عبر الحدود السورية.

وأعلن والي أنقرة محمد كمال تشيليك، في بيان، أن قوات الأمن اعتقلت، خلال مداهمات متزامنة في أنقرة وشانلي أورفا وإسطنبول، 11 مشتبها بهم على صلة بالتفجير، بينهم شخص يعتقد أنه نقل السيارة المفخخة من ولاية ديار بكر إلى العاصمة، لافتا إلى أن النيابة العامة «فرضت حظر نشر على تفاصيل التحقيق».

وكانت مقاتلات تابعة للجيش التركي قد شنت، فجر الاثنين، غارات على 18 هدفا لـ«العمال الكردستاني» في منطقتي قنديل وغارا شمالي العراق، دمرت خلالها «مخابئ ومستودعات ذخيرة»، بحسب بيان لرئاسة الأركان العامة.

وقال الرئيس رجب طيب أردوغان، في كلمة ألقاها أمس في إسطنبول، إن بلاده «لن تركع أمام الإرهاب»، داعيا البرلمان إلى توسيع تعريف الإرهاب ليشمل «من يدعمونه بالقلم والمنبر»، فيما استقبل رئيس الوزراء أحمد داود أوغلو في مقر رئاسة الوزراء في أنقرة زعيم حزب الشعب الجمهوري المعارض كمال كليتشدار أوغلو، وبحثا «الإجراءات الأمنية الواجب اتخاذها».
والتفجير هو الثاني من نوعه في العاصمة خلال أقل من شهر، بعدما قُتل 29 شخصا، معظمهم عسكريون، في 17 شباط/فبراير الماضي، في تفجير استهدف حافلات تقل عسكريين قرب مقر قيادة القوات الجوية، وتبنته الجماعة نفسها.""",
    entities=[
        E("ankara", "Place", ["أنقرة", "العاصمة التركية", "العاصمة"], "Ankara", qid="Q3640", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("tak", "Organization", ["جماعة «صقور حرية كردستان»", "صقور حرية كردستان", "الجماعة"],
          "Kurdistan Freedom Hawks", sub="ArmedGroup"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "العمال الكردستاني", "الحزب"],
          "Kurdistan Workers' Party", qid="Q152220", sub="ArmedGroup"),
        E("kizilay", "Place", ["ساحة كيزيلاي", "كيزيلاي"], "Kızılay Square"),
        E("tr_army", "Organization", ["الجيش التركي"], "Turkish Armed Forces", sub="ArmedForce"),
        E("ozturk", "Person", ["سيبل أوزتورك"], "Sibel Öztürk"),
        E("kars", "Place", ["ولاية قارص", "قارص"], "Kars Province", sub="Region"),
        E("turkey", "Place", ["تركيا", "البلاد"], "Turkey", qid="Q43", sub="Country"),
        E("qandil", "Place", ["جبال قنديل", "قنديل"], "Qandil Mountains", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("celik", "Person", ["محمد كمال تشيليك"], "Mehmet Kemal Çelik"),
        E("security", "Organization", ["قوات الأمن"], "Turkish security forces", sub="GovernmentBody", opt=True),
        E("urfa", "Place", ["شانلي أورفا"], "Şanlıurfa", sub="City"),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("diyarbakir", "Place", ["ولاية ديار بكر", "ديار بكر"], "Diyarbakır Province", sub="Region"),
        E("prosecution", "Organization", ["النيابة العامة"], "Ankara Chief Public Prosecutor's Office",
          sub="GovernmentBody", opt=True),
        E("gara", "Place", ["غارا"], "Gara Mountain", sub="Region"),
        E("genstaff", "Organization", ["رئاسة الأركان العامة"], "Turkish General Staff", sub="GovernmentBody"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdoğan", qid="Q39723"),
        E("parliament", "Organization", ["البرلمان"], "Grand National Assembly of Turkey", sub="GovernmentBody",
          opt=True),
        E("davutoglu", "Person", ["أحمد داود أوغلو"], "Ahmet Davutoğlu"),
        E("chp", "Organization", ["حزب الشعب الجمهوري"], "Republican People's Party", sub="PoliticalOrganization"),
        E("kilicdaroglu", "Person", ["كمال كليتشدار أوغلو"], "Kemal Kılıçdaroğlu"),
        E("tr_airforce", "Organization", ["قيادة القوات الجوية"], "Turkish Air Force Command", sub="ArmedForce"),
    ],
    relations=[
        R("affiliatedWith", "tak", "pkk"),
        R("partOf", "tak", "pkk", opt=True),
        R("memberOf", "ozturk", "pkk"),
        R("memberOf", "ozturk", "tak", opt=True),
        R("locatedIn", "kars", "turkey"),
        R("locatedIn", "qandil", "iraq"),
        R("locatedIn", "ankara", "turkey", opt=True),
        R("leaderOf", "celik", "ankara"),
        R("positionIn", "celik", "ankara", opt=True),
        R("locatedIn", "gara", "iraq"),
        # "الرئيس" and "رئيس الوزراء" with no country named (بلاده): optional
        R("leaderOf", "erdogan", "turkey", opt=True),
        R("positionIn", "davutoglu", "turkey", opt=True),
        R("leaderOf", "davutoglu", "turkey", opt=True),
        R("leaderOf", "kilicdaroglu", "chp"),
        R("partOf", "genstaff", "tr_army", opt=True),
        R("partOf", "tr_airforce", "tr_army", opt=True),
    ],
    events=[
        # Sunday evening's suicide car bomb in Kızılay, claimed yesterday by the Hawks
        V("Attack", agent=["tak"], place=[["kizilay", "ankara"]], date="2016-03-13", trigger="التفجير الانتحاري"),
        V("Killing", agent=["tak"], place=[["kizilay", "ankara"]], date="2016-03-13", trigger="مقتل"),
        V("Attack", opt=True, agent=["ozturk"]),
        V("Killing", opt=True, agent=["ozturk"]),
        # the governor's arrests in three cities (announced; the act dated only by the story)
        V("Arrest", agent=["security"], place=["ankara", "urfa", "istanbul"], date="2016-03", trigger="اعتقلت"),
        # Monday dawn: air strikes on 18 PKK targets in Qandil and Gara
        V("Strike", agent=["tr_army"], target=["pkk"], place=[["qandil", "iraq"], ["gara", "iraq"]],
          date="2016-03-14", trigger="غارات"),
        # Davutoğlu receives Kılıçdaroğlu in Ankara (dated only by the story)
        V("Meeting", agent=["davutoglu", "kilicdaroglu"], place=["ankara"], date="2016-03", trigger="استقبل"),
        V("Meeting", opt=True, date="2016-03-17"),
        # 17 February: the bombing of military buses, claimed by the same group
        V("Attack", agent=["tak"], target=["tr_army"], place=["ankara"], date="2016-02-17", trigger="تفجير"),
        V("Attack", opt=True, target=["tr_airforce"]),
        V("Killing", agent=["tak"], target=["tr_army"], place=["ankara"], date="2016-02-17", trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kunduz (2015-10-04, a Sunday)
DOCS.append(dict(
    id="t3-af-kunduz", published="2015-10-04",
    text="""كابول - أ ف ب

قُتل 19 شخصا على الأقل، بينهم 12 من العاملين في منظمة «أطباء بلا حدود»، فجر أمس السبت، في قصف جوي استهدف مستشفى تديره المنظمة في مدينة قندوز، عاصمة الولاية التي تحمل الاسم نفسه في شمال أفغانستان، في وقت تواصل القوات الأفغانية معاركها لطرد مقاتلي حركة «طالبان» من أحياء المدينة.

وقالت المنظمة في بيان إن المستشفى «تعرض لقصف متكرر ودقيق على مدى أكثر من نصف ساعة»، رغم أنها أبلغت إحداثياته لطرفي النزاع مرارا، مطالبة بتحقيق «مستقل وشفاف». وأقر المتحدث باسم القوات الأميركية في أفغانستان، الكولونيل براين هادسون، بأن طائرة أميركية نفذت غارة «في محيط المستشفى» ضد «أفراد كانوا يهددون القوات»، مضيفا أن «الحادث قيد التحقيق».

ونقلت قناة «طلوع نيوز» المحلية عن المتحدث باسم وزارة الداخلية الأفغانية صديق الله حكيمي قوله إن «ما بين 10 و15 إرهابيا كانوا يتحصنون داخل المستشفى ويطلقون النار منه»، وهو ما نفته المنظمة، مؤكدة أن طواقمها «لم تلحظ أي مسلح داخل المجمع».

وكانت «طالبان» قد سيطرت، الاثنين الماضي، على قندوز في هجوم مباغت شنه مئات من مقاتليها من عدة محاور، في أكبر مكسب عسكري تحققه الحركة منذ سقوط نظامها عام 2001، قبل أن تعلن القوات الأفغانية، مدعومة بقوات خاصة أميركية وغطاء جوي من حلف شمال الأطلسي، استعادة مركز المدينة الخميس.
وقال المتحدث باسم الحركة ذبيح الله مجاهد، في تغريدة، إن مقاتليها «ما زالوا يسيطرون على معظم أحياء المدينة»، وإنهم أسروا عددا من عناصر الشرطة والجيش، بينهم قائد كتيبة في الفيلق 209 «شاهين».

ووصل والي قندوز بالوكالة حمد الله صافي، أمس، إلى المدينة قادما من كابول، حيث اجتمع مع قائد شرطة الولاية الجنرال عبد الصبور نصرت، وتفقد المقرات الحكومية التي تعرضت للنهب والحرق، فيما أعلن الرئيس الأفغاني أشرف غني تشكيل لجنة لتقصي الحقائق في أسباب سقوط المدينة، برئاسة رئيس جهاز الأمن الوطني السابق أمر الله صالح.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("msf", "Organization", ["منظمة «أطباء بلا حدود»", "أطباء بلا حدود", "المنظمة"], "Médecins Sans Frontières"),
        E("kunduz", "Place", ["مدينة قندوز", "قندوز", "المدينة"], "Kunduz", sub="City"),
        E("kunduz_prov", "Place", ["الولاية"], "Kunduz Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("ansf", "Organization", ["القوات الأفغانية"], "Afghan National Security Forces", sub="ArmedForce"),
        E("taliban", "Organization", ["حركة «طالبان»", "طالبان", "الحركة"], "Taliban", qid="Q42418",
          sub="ArmedGroup"),
        E("hospital", "Place", ["المستشفى"], "Kunduz Trauma Centre", opt=True),
        E("usf", "Organization", ["القوات الأميركية في أفغانستان"], "United States Forces – Afghanistan",
          sub="ArmedForce"),
        E("hudson", "Person", ["براين هادسون"], "Brian Hudson"),
        E("tolo", "Organization", ["قناة «طلوع نيوز»", "طلوع نيوز"], "TOLOnews", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية"], "Ministry of Interior Affairs (Afghanistan)",
          sub="GovernmentBody"),
        E("hakimi", "Person", ["صديق الله حكيمي"], "Sediqullah Hakimi"),
        E("us_special", "Organization", ["قوات خاصة أميركية"], "US special forces", sub="ArmedForce", opt=True),
        E("nato", "Organization", ["حلف شمال الأطلسي"], "NATO", qid="Q7184", sub="Coalition"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("corps209", "Organization", ["الفيلق 209 «شاهين»", "الفيلق 209"], "209th Shaheen Corps", sub="ArmedForce"),
        E("safi", "Person", ["حمد الله صافي"], "Hamdullah Safi"),
        E("police", "Organization", ["شرطة الولاية"], "Kunduz provincial police", sub="GovernmentBody"),
        E("nusrat", "Person", ["عبد الصبور نصرت"], "Abd al-Sabur Nusrat"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani"),
        E("nds", "Organization", ["جهاز الأمن الوطني"], "National Directorate of Security", sub="GovernmentBody"),
        E("saleh", "Person", ["أمر الله صالح"], "Amrullah Saleh"),
    ],
    relations=[
        R("locatedIn", "kunduz", "kunduz_prov"),
        R("locatedIn", "kunduz_prov", "afghanistan"),
        R("locatedIn", "kunduz", "afghanistan", opt=True),
        R("spokespersonOf", "hudson", "usf"),
        R("spokespersonOf", "hakimi", "moi"),
        R("spokespersonOf", "mujahid", "taliban"),
        R("partOf", "corps209", "ansf", opt=True),
        R("leaderOf", "safi", "kunduz_prov"),
        R("leaderOf", "safi", "kunduz", opt=True),   # "والي قندوز": the bare name is the city's elsewhere
        R("positionIn", "safi", "kunduz_prov", opt=True),
        R("leaderOf", "nusrat", "police"),
        R("partOf", "police", "moi", opt=True),
        R("leaderOf", "ghani", "afghanistan"),
        R("leaderOf", "saleh", "nds"),
        R("positionIn", "saleh", "nds", opt=True),
    ],
    events=[
        # the air strike on the MSF hospital at dawn yesterday; the US spokesman admits a US aircraft struck
        V("Strike", agent=["usf"], target=["msf"], place=[["kunduz", "kunduz_prov", "afghanistan"]],
          date="2015-10-03", trigger="قصف جوي"),
        V("Strike", opt=True, target=["hospital"]),
        V("Killing", agent=["usf"], target=["msf"], place=[["kunduz", "kunduz_prov", "afghanistan"]],
          date="2015-10-03", trigger="قُتل"),
        # the Taliban's offensive on Kunduz last Monday
        V("Attack", agent=["taliban"], place=["kunduz"], date="2015-09-28", trigger="هجوم"),
        V("MilitaryOperation", opt=True, agent=["taliban"], place=["kunduz"], date="2015-09-28"),
        # the Afghan counter-offensive; the centre retaken on Thursday
        V("MilitaryOperation", opt=True, agent=["ansf", "us_special", "nato"], target=["taliban"],
          place=["kunduz"], date="2015-10-01"),
        V("Attack", opt=True, agent=["ansf"], target=["taliban"], place=["kunduz"], date="2015-10"),
        # the Taliban say they captured police and soldiers, among them a battalion commander of the 209th Corps
        V("Arrest", agent=["taliban"], target=["corps209"], place=["kunduz"], trigger="أسروا"),
        V("Arrest", opt=True, target=["ansf", "police"], date="2015"),
        # the acting governor arrives yesterday and meets the police chief
        V("Visit", agent=["safi"], place=["kunduz"], date="2015-10-03", trigger="وصل"),
        V("Meeting", agent=["safi", "nusrat"], place=["kunduz"], date="2015-10-03", trigger="اجتمع"),
    ],
))
