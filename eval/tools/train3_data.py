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
        R("locatedIn", "kizilay", "ankara"),
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

وقالت المنظمة في بيان إن المستشفى «تعرض لقصف متكرر ودقيق على مدى أكثر من نصف ساعة، رغم أننا أبلغنا "جميع أطراف النزاع" بإحداثياته مرارا»، مطالبة بتحقيق «مستقل وشفاف». وأقر المتحدث باسم القوات الأميركية في أفغانستان، الكولونيل براين هادسون، بأن طائرة أميركية نفذت غارة «في محيط المستشفى» ضد «أفراد كانوا يهددون القوات»، مضيفا أن «الحادث قيد التحقيق».

ونقلت قناة «طلوع نيوز» المحلية عن المتحدث باسم وزارة الداخلية الأفغانية نور الحق حكيمي قوله إن «ما بين 10 و15 إرهابيا كانوا يتحصنون داخل المستشفى ويطلقون النار منه»، وهو ما نفته المنظمة، مؤكدة أن طواقمها «لم تلحظ أي مسلح داخل المجمع».

وكانت «طالبان» قد سيطرت، الاثنين الماضي، على قندوز في هجوم مباغت شنه مئات من مقاتليها من عدة محاور، في أكبر مكسب عسكري تحققه الحركة منذ سقوط نظامها عام 2001، قبل أن تعلن القوات الأفغانية، مدعومة بقوات خاصة أميركية وغطاء جوي من حلف شمال الأطلسي، استعادة مركز المدينة الخميس.
وقال المتحدث باسم الحركة ذبيح الله مجاهد، في تغريدة، إن مقاتليها «ما زالوا يسيطرون على معظم أحياء المدينة»، وإنهم أسروا عددا من عناصر الشرطة والجيش، بينهم قائد كتيبة في الفيلق 209 «شاهين».

ووصل والي قندوز بالوكالة حمد الله صافي، أمس، إلى المدينة قادما من كابول، حيث اجتمع مع قائد شرطة الولاية الجنرال عبد الرشيد همت، وتفقد المقرات الحكومية التي تعرضت للنهب والحرق، فيما أعلن الرئيس الأفغاني أشرف غني تشكيل لجنة لتقصي الحقائق في أسباب سقوط المدينة، برئاسة رئيس جهاز الأمن الوطني السابق أمر الله صالح.""",
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
        E("hakimi", "Person", ["نور الحق حكيمي"], "Nur al-Haq Hakimi"),
        E("us_special", "Organization", ["قوات خاصة أميركية"], "US special forces", sub="ArmedForce", opt=True),
        E("nato", "Organization", ["حلف شمال الأطلسي"], "NATO", qid="Q7184", sub="Coalition"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("corps209", "Organization", ["الفيلق 209 «شاهين»", "الفيلق 209"], "209th Shaheen Corps", sub="ArmedForce"),
        E("safi", "Person", ["حمد الله صافي"], "Hamdullah Safi"),
        E("police", "Organization", ["شرطة الولاية"], "Kunduz provincial police", sub="GovernmentBody"),
        E("himmat", "Person", ["عبد الرشيد همت"], "Abd al-Rashid Himmat"),
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
        R("leaderOf", "himmat", "police"),
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
        V("Meeting", agent=["safi", "himmat"], place=["kunduz"], date="2015-10-03", trigger="اجتمع"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Peshawar school (2014-12-17, a Wednesday)
DOCS.append(dict(
    id="t3-pk-peshawar", published="2014-12-17",
    text="""إسلام آباد - «الحياة»:

قُتل 141 شخصا، بينهم 132 تلميذا، أمس الثلاثاء، في هجوم شنه مسلحون من حركة «طالبان باكستان» على مدرسة يديرها الجيش في مدينة بيشاور، عاصمة إقليم خيبر بختونخوا شمال غربي باكستان، في أكثر الهجمات دموية تشهدها البلاد منذ سنوات.

وأعلن الناطق باسم الحركة نور الدين منصور مسؤوليتها عن الهجوم، وقال في اتصال هاتفي مع وكالة «رويترز» إن «ستة من الاستشهاديين» نفذوه «انتقاما لعملية ضرب عضب في وزيرستان الشمالية»، مضيفا: «نريدهم أن يشعروا بالألم الذي نشعر به».

ونقلت قناة «جيو» التلفزيونية عن المتحدث باسم الجيش الباكستاني، اللواء طارق محمود رانا، قوله إن المهاجمين، الذين كانوا يرتدون زي قوات «فرونتير كور» شبه العسكرية، تسللوا إلى المدرسة من سور خلفي وانتقلوا من صف إلى آخر «يطلقون النار على الأطفال»، قبل أن تقتلهم قوات خاصة من «مجموعة الخدمات الخاصة» بعد معركة استمرت نحو ثماني ساعات.

ووصل رئيس الوزراء نواز شريف إلى بيشاور، مساء أمس، حيث ترأس اجتماعا أمنيا طارئا حضره قائد الجيش الجنرال راحيل شريف ورئيس حكومة الإقليم، وأعلن الحداد الوطني ثلاثة أيام، مؤكدا أن «الحرب على الإرهاب ستستمر حتى اجتثاثه».
وذكرت مصادر أمنية أن قوات الأمن اعتقلت، ليل الثلاثاء، خمسة أشخاص في منطقة خيبر القبلية المحاذية لبيشاور، يشتبه في إيوائهم المهاجمين قبل تنفيذ العملية.

ونقلت صحيفة «دون» عن مسؤول رفيع قوله إن قائد الجيش سيتوجه اليوم إلى كابول، حيث سيطالب الرئيس الأفغاني أشرف غني بتسليم زعيم «طالبان باكستان» الملا فضل الله، الذي يعتقد أنه يتحصن في ولاية كونار الأفغانية.

وكان الجيش الباكستاني قد أطلق في حزيران/يونيو الماضي عملية «ضرب عضب» ضد معاقل الحركة وحلفائها في وزيرستان الشمالية، بعد أسبوع من هجوم تبنته الحركة على مطار جناح الدولي في كراتشي. وفي موقف لافت، نددت حركة «طالبان» الأفغانية بهجوم بيشاور، معتبرة أن «قتل الأطفال الأبرياء يخالف مبادئ الإسلام».""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("ttp", "Organization", ["حركة «طالبان باكستان»", "طالبان باكستان", "الحركة"], "Tehrik-i-Taliban Pakistan",
          sub="ArmedGroup"),
        E("pk_army", "Organization", ["الجيش الباكستاني", "الجيش"], "Pakistan Army", sub="ArmedForce"),
        E("peshawar", "Place", ["مدينة بيشاور", "بيشاور"], "Peshawar", sub="City"),
        E("kp", "Place", ["إقليم خيبر بختونخوا", "خيبر بختونخوا", "الإقليم"], "Khyber Pakhtunkhwa", sub="Region"),
        E("pakistan", "Place", ["باكستان", "البلاد"], "Pakistan", qid="Q843", sub="Country"),
        E("mansour", "Person", ["نور الدين منصور"], "Nur al-Din Mansur"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("nwaziristan", "Place", ["وزيرستان الشمالية"], "North Waziristan", sub="Region"),
        E("geo", "Organization", ["قناة «جيو»", "جيو"], "Geo News", sub="MediaOrganization", opt=True),
        E("rana", "Person", ["طارق محمود رانا"], "Tariq Mahmud Rana"),
        E("fc", "Organization", ["فرونتير كور"], "Frontier Corps", sub="ArmedForce"),
        E("ssg", "Organization", ["مجموعة الخدمات الخاصة"], "Special Service Group", sub="ArmedForce"),
        E("nawaz", "Person", ["نواز شريف"], "Nawaz Sharif"),
        E("raheel", "Person", ["راحيل شريف"], "Raheel Sharif"),
        E("kp_govt", "Organization", ["حكومة الإقليم"], "Government of Khyber Pakhtunkhwa", sub="GovernmentBody",
          opt=True),
        E("security", "Organization", ["قوات الأمن"], "Pakistani security forces", sub="GovernmentBody", opt=True),
        E("khyber", "Place", ["منطقة خيبر القبلية", "خيبر"], "Khyber Agency", sub="Region"),
        E("dawn", "Organization", ["صحيفة «دون»", "دون"], "Dawn", sub="MediaOrganization", opt=True),
        E("kabul", "Place", ["كابول"], "Kabul", sub="City"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani"),
        E("fazlullah", "Person", ["الملا فضل الله", "فضل الله"], "Maulana Fazlullah"),
        E("kunar", "Place", ["ولاية كونار", "كونار"], "Kunar Province", sub="Region"),
        E("airport", "Place", ["مطار جناح الدولي"], "Jinnah International Airport"),
        E("karachi", "Place", ["كراتشي"], "Karachi", sub="City"),
        E("taliban", "Organization", ["حركة «طالبان» الأفغانية"], "Taliban", qid="Q42418", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "peshawar", "kp"),
        R("locatedIn", "kp", "pakistan"),
        R("locatedIn", "peshawar", "pakistan", opt=True),
        R("spokespersonOf", "mansour", "ttp"),
        R("spokespersonOf", "rana", "pk_army"),
        R("positionIn", "nawaz", "pakistan", opt=True),   # "رئيس الوزراء" with no country named
        R("leaderOf", "nawaz", "pakistan", opt=True),
        R("leaderOf", "raheel", "pk_army"),
        R("locatedIn", "khyber", "pakistan", opt=True),
        R("leaderOf", "fazlullah", "ttp"),
        R("locatedIn", "airport", "karachi"),
        R("partOf", "ssg", "pk_army", opt=True),
    ],
    events=[
        # yesterday's attack on the army-run school, claimed by the TTP spokesman
        V("Attack", agent=["ttp"], place=[["peshawar", "kp", "pakistan"]], date="2014-12-16", trigger="هجوم"),
        V("Attack", opt=True, target=["pk_army"]),
        V("Killing", agent=["ttp"], place=[["peshawar", "kp", "pakistan"]], date="2014-12-16", trigger="قُتل"),
        # special forces killed the attackers
        V("Killing", agent=["ssg"], target=["ttp"], place=["peshawar"], date="2014-12-16", trigger="تقتلهم"),
        V("Killing", opt=True, agent=["pk_army"]),
        # Nawaz Sharif arrives in Peshawar and chairs a meeting with the army chief
        V("Visit", agent=["nawaz"], place=["peshawar"], date="2014-12-16", trigger="وصل"),
        V("Meeting", agent=["nawaz", "raheel"], place=["peshawar"], date="2014-12-16", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["kp_govt"]),
        # arrests in Khyber on Tuesday night (agent a generic body)
        V("Arrest", agent=["security"], place=["khyber"], date="2014-12-16", trigger="اعتقلت"),
        # the army chief's trip to Kabul today (announced, not yet made)
        V("Visit", opt=True, agent=["raheel"], place=["kabul"], date="2014-12-17"),
        V("Meeting", opt=True, agent=["raheel", "ghani"], place=["kabul"], date="2014-12-17"),
        # Zarb-e-Azb, launched in June against the TTP in North Waziristan
        V("MilitaryOperation", name="ضرب عضب", agent=["pk_army"], target=["ttp"], place=["nwaziristan"],
          date="2014-06", trigger="عملية"),
        # the TTP's claimed attack on Karachi airport a week earlier
        # "a week before" an operation launched in June: the month is not certain
        V("Attack", agent=["ttp"], target=["airport"], place=[["airport", "karachi"]], trigger="هجوم"),
        V("Attack", opt=True, date="2014-06"),
    ],
))

# ---------------------------------------------------------------- Iran, Absard (2020-11-28, a Saturday)
DOCS.append(dict(
    id="t3-ir-absard", published="2020-11-28",
    text="""طهران - وكالات: اغتيل العالم النووي الإيراني البارز محسن فخري زاده، أمس الجمعة، في هجوم مسلح استهدف سيارته في بلدة آبسرد التابعة لمقاطعة دماوند شرق العاصمة طهران، في عملية سارعت طهران إلى اتهام إسرائيل بالوقوف وراءها، متوعدة بـ«رد في الوقت المناسب».

وقالت وزارة الدفاع الإيرانية، في بيان بثه التلفزيون الرسمي، إن «عناصر إرهابية مسلحة» استهدفت السيارة التي كانت تقل فخري زاده، رئيس منظمة الأبحاث والإبداع الدفاعي التابعة للوزارة، ثم اشتبكت مع فريق حمايته، مضيفة أنه نُقل إلى مستشفى قريب حيث «فشلت جهود الفريق الطبي في إنقاذه».

ونقلت وكالة «تسنيم»، المقربة من الحرس الثوري، عن شهود عيان قولهم إن انفجارا وقع أولا في شاحنة صغيرة متوقفة على جانب الطريق، قبل أن يفتح «ثلاثة أو أربعة مسلحين» النار على السيارة، فيما أفادت وكالة «فارس» بأن أحد حراس العالم قُتل أيضا.

وكتب وزير الخارجية محمد جواد ظريف في تغريدة أن «هناك مؤشرات جدية إلى دور إسرائيلي» في العملية، داعيا المجتمع الدولي إلى «إدانة إرهاب الدولة»، في حين توعد المستشار العسكري للمرشد علي خامنئي، حسين دهقان، بأن «نضرب كالصاعقة قتلة هذا الشهيد».
وقال الرئيس حسن روحاني، في كلمة متلفزة مساء أمس، إن بلاده «لن تقع في فخ» يهدف إلى جرها إلى مواجهة قبل تسلم الإدارة الأميركية الجديدة مهامها، مؤكدا أن اغتيال فخري زاده «لن يبطئ» البرنامج النووي.

وزار القائد العام للحرس الثوري حسين سلامي، الليلة الماضية، موقع الهجوم في آبسرد، حيث اطلع من مسؤولين أمنيين على سير التحقيقات، فيما رفض مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو التعليق على الاتهامات الإيرانية.

وفخري زاده هو خامس عالم نووي إيراني يُقتل منذ عام 2010، إذ اغتيل مصطفى أحمدي روشن في كانون الثاني/يناير 2012 بعبوة مغناطيسية ألصقها راكبا دراجة نارية بسيارته في شمال طهران.""",
    entities=[
        E("tehran", "Place", ["طهران", "العاصمة"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("fakhrizadeh", "Person", ["محسن فخري زاده", "فخري زاده"], "Mohsen Fakhrizadeh"),
        E("absard", "Place", ["بلدة آبسرد", "آبسرد"], "Absard", sub="City"),
        E("damavand", "Place", ["مقاطعة دماوند", "دماوند"], "Damavand County", sub="Region"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("ir_mod", "Organization", ["وزارة الدفاع الإيرانية", "الوزارة"], "Ministry of Defence (Iran)",
          sub="GovernmentBody"),
        E("irib", "Organization", ["التلفزيون الرسمي"], "IRIB", sub="MediaOrganization", opt=True),
        E("spnd", "Organization", ["منظمة الأبحاث والإبداع الدفاعي"],
          "Organization of Defensive Innovation and Research", sub="GovernmentBody"),
        E("tasnim", "Organization", ["وكالة «تسنيم»", "تسنيم"], "Tasnim News Agency", sub="MediaOrganization"),
        E("irgc", "Organization", ["الحرس الثوري"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("fars", "Organization", ["وكالة «فارس»", "فارس"], "Fars News Agency", sub="MediaOrganization", opt=True),
        E("zarif", "Person", ["محمد جواد ظريف"], "Mohammad Javad Zarif"),
        E("khamenei", "Person", ["علي خامنئي"], "Ali Khamenei"),
        E("dehghan", "Person", ["حسين دهقان"], "Hossein Dehghan"),
        E("rouhani", "Person", ["حسن روحاني"], "Hassan Rouhani"),
        E("salami", "Person", ["حسين سلامي"], "Hossein Salami"),
        E("netanyahu", "Person", ["بنيامين نتنياهو"], "Benjamin Netanyahu", qid="Q43174"),
        E("roshan", "Person", ["مصطفى أحمدي روشن"], "Mostafa Ahmadi Roshan"),
    ],
    relations=[
        R("locatedIn", "absard", "damavand"),
        R("locatedIn", "damavand", "tehran", opt=True),   # "شرق العاصمة طهران": east of, not in
        R("leaderOf", "fakhrizadeh", "spnd"),
        R("partOf", "spnd", "ir_mod"),
        R("affiliatedWith", "tasnim", "irgc"),
        R("leaderOf", "salami", "irgc"),
        R("positionIn", "netanyahu", "israel"),
        R("leaderOf", "netanyahu", "israel", opt=True),
    ],
    events=[
        # yesterday's assassination in Absard; no agent (Iran accuses Israel)
        V("Killing", target=["fakhrizadeh"], place=[["absard", "damavand"]], date="2020-11-27", trigger="اغتيل"),
        V("Attack", target=["fakhrizadeh"], place=[["absard", "damavand"]], date="2020-11-27", trigger="هجوم مسلح"),
        V("Killing", opt=True, agent=["israel"]),
        V("Attack", opt=True, agent=["israel"]),
        # Salami visits the site last night
        V("Visit", agent=["salami"], place=["absard"], date="2020-11-27", trigger="زار"),
        # January 2012: Ahmadi Roshan killed by a magnetic bomb in northern Tehran
        V("Killing", target=["roshan"], place=["tehran"], date="2012-01", trigger="اغتيل"),
        V("Attack", opt=True, target=["roshan"], place=["tehran"], date="2012-01"),
    ],
))

# ---------------------------------------------------------------- West Bank, Jenin camp (2023-07-05, a Wednesday)
DOCS.append(dict(
    id="t3-ps-jenin", published="2023-07-05",
    text="""رام الله - «القدس العربي»: انسحب الجيش الإسرائيلي، فجر اليوم الأربعاء، من مخيم جنين شمالي الضفة الغربية المحتلة، بعد عملية عسكرية استمرت نحو 48 ساعة وأطلق عليها اسم «البيت والحديقة»، وخلفت 12 شهيدا فلسطينيا وأكثر من مئة جريح ودمارا واسعا في شوارع المخيم وبنيته التحتية.

وكان الجيش قد بدأ العملية، فجر الاثنين، بسلسلة غارات نفذتها طائرات مسيرة على مبان داخل المخيم، قال إن إحداها كانت «مقرا لغرفة العمليات المشتركة» للفصائل المسلحة، قبل أن تقتحمه قوة قوامها نحو ألف جندي مدعومة بالجرافات العسكرية.
وقال المتحدث باسم الجيش الإسرائيلي دانيال هاغاري، في إيجاز للصحافيين، إن القوات «اعتقلت 30 مطلوبا» وصادرت «مئات العبوات الناسفة والأسلحة»، مضيفا أن جنديا قُتل برصاص مسلحين خلال انسحاب القوات ليل الثلاثاء.

في المقابل، أعلنت «كتيبة جنين» التابعة لـ«سرايا القدس»، الجناح العسكري لحركة الجهاد الإسلامي، أن مقاتليها خاضوا «اشتباكات ضارية» مع القوات المقتحمة، وفجروا عبوات ناسفة بآلياتها عند مدخل المخيم، فيما نعت الحركة أربعة من عناصرها بينهم القائد الميداني في الكتيبة نضال خالد السعدي.

ونقلت وكالة «وفا» عن محافظ جنين كمال حسين أبو الرب قوله إن «نحو ثلاثة آلاف مواطن نزحوا من المخيم» خلال العملية، وإن طواقم الهلال الأحمر الفلسطيني «مُنعت من الوصول إلى الجرحى لساعات».

وفي تل أبيب، أصيب ثمانية إسرائيليين، أمس الثلاثاء، في عملية دهس وطعن نفذها شاب فلسطيني من بلدة السموع جنوب الخليل، قبل أن يقتله مسلح مدني. وتبنت حركة «حماس» العملية، وقالت إن منفذها أحمد ناصر الحوامدة «أحد أبنائها»، معتبرة إياها «ردا أوليا على جرائم الاحتلال في جنين».

وكان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد زار، مساء الاثنين، موقعا عسكريا قرب حاجز الجلمة، حيث استمع من وزير الدفاع يوآف غالانت ورئيس الأركان هرتسي هاليفي إلى إيجاز حول سير العملية، بينما ترأس الرئيس الفلسطيني محمود عباس في رام الله اجتماعا طارئا للقيادة الفلسطينية قرر «وقف الاتصالات واللقاءات» مع الجانب الإسرائيلي.""",
    entities=[
        E("ramallah", "Place", ["رام الله"], "Ramallah", sub="City"),
        E("quds_arabi", "Organization", ["القدس العربي"], "Al-Quds Al-Arabi", sub="MediaOrganization", opt=True),
        E("idf", "Organization", ["الجيش الإسرائيلي", "الجيش"], "Israel Defense Forces", sub="ArmedForce"),
        E("jenin_camp", "Place", ["مخيم جنين", "المخيم"], "Jenin camp", sub="City"),
        E("westbank", "Place", ["الضفة الغربية المحتلة", "الضفة الغربية"], "West Bank", sub="Region"),
        E("hagari", "Person", ["دانيال هاغاري"], "Daniel Hagari"),
        E("jenin_bn", "Organization", ["كتيبة جنين", "الكتيبة"], "Jenin Brigade", sub="ArmedGroup"),
        E("saraya", "Organization", ["سرايا القدس"], "al-Quds Brigades", sub="ArmedGroup"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي", "الحركة"], "Palestinian Islamic Jihad", sub="ArmedGroup"),
        E("saadi", "Person", ["نضال خالد السعدي"], "Nidal Khalid al-Saadi"),
        E("wafa", "Organization", ["وكالة «وفا»", "وفا"], "WAFA", sub="MediaOrganization", opt=True),
        E("jenin", "Place", ["جنين"], "Jenin", sub="City"),
        E("aburub", "Person", ["كمال حسين أبو الرب"], "Kamal Husayn Abu al-Rub"),
        E("prcs", "Organization", ["الهلال الأحمر الفلسطيني"], "Palestine Red Crescent Society"),
        E("telaviv", "Place", ["تل أبيب"], "Tel Aviv", sub="City"),
        E("samu", "Place", ["بلدة السموع", "السموع"], "as-Samu", sub="City"),
        E("hebron", "Place", ["الخليل"], "Hebron", sub="City"),
        E("hamas", "Organization", ["حركة «حماس»", "حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("hawamdeh", "Person", ["أحمد ناصر الحوامدة"], "Ahmad Nasir al-Hawamdeh"),
        E("netanyahu", "Person", ["بنيامين نتنياهو"], "Benjamin Netanyahu", qid="Q43174"),
        E("jalameh", "Place", ["حاجز الجلمة"], "Jalameh checkpoint"),
        E("gallant", "Person", ["يوآف غالانت"], "Yoav Gallant"),
        E("halevi", "Person", ["هرتسي هاليفي"], "Herzi Halevi"),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas"),
        E("leadership", "Organization", ["القيادة الفلسطينية"], "Palestinian leadership", sub="GovernmentBody",
          opt=True),
    ],
    relations=[
        R("locatedIn", "jenin_camp", "westbank"),
        R("spokespersonOf", "hagari", "idf"),
        R("partOf", "jenin_bn", "saraya"),
        R("partOf", "saraya", "pij"),
        R("partOf", "jenin_bn", "pij", opt=True),
        R("memberOf", "saadi", "jenin_bn"),
        R("memberOf", "saadi", "pij", opt=True),
        R("leaderOf", "aburub", "jenin"),
        R("positionIn", "aburub", "jenin", opt=True),
        R("locatedIn", "samu", "hebron", opt=True),   # "جنوب الخليل": south of, not in
        R("memberOf", "hawamdeh", "hamas"),
        R("leaderOf", "halevi", "idf", opt=True),   # "رئيس الأركان", the army not named with it
        R("leaderOf", "abbas", "leadership", opt=True),
    ],
    events=[
        # the operation "Home and Garden", begun at dawn on Monday, ended at dawn today
        V("MilitaryOperation", name="البيت والحديقة", agent=["idf"], place=[["jenin_camp", "westbank"]],
          date="2023-07-03", trigger="عملية عسكرية"),
        V("MilitaryOperation", opt=True, target=["jenin_bn", "saraya", "pij"]),
        # drone strikes at dawn on Monday
        V("Strike", agent=["idf"], place=[["jenin_camp", "westbank"]], date="2023-07-03", trigger="غارات"),
        # twelve Palestinians killed in the operation (the army's operation kills them)
        V("Killing", agent=["idf"], target=["saadi"], place=[["jenin_camp", "westbank"]], date="2023-07",
          trigger="شهيدا"),
        V("Killing", opt=True, target=["jenin_bn", "pij"], date="2023-07-03"),
        V("Arrest", agent=["idf"], place=["jenin_camp"], date="2023-07", trigger="اعتقلت"),
        # a soldier shot dead by gunmen during the withdrawal on Tuesday night: no named agent
        V("Killing", target=["idf"], place=["jenin_camp"], date="2023-07-04", trigger="قُتل"),
        # the Jenin Brigade's claimed bombs and clashes
        V("Attack", agent=["jenin_bn"], target=["idf"], place=["jenin_camp"], date="2023-07", trigger="فجروا"),
        # the ramming and stabbing in Tel Aviv yesterday, claimed by Hamas; the attacker shot by a civilian
        V("Attack", agent=["hamas"], place=["telaviv"], date="2023-07-04", trigger="عملية دهس وطعن"),
        V("Attack", opt=True, agent=["hawamdeh"]),
        V("Killing", target=["hawamdeh"], place=["telaviv"], date="2023-07-04", trigger="يقتله"),
        # Netanyahu visits a military post near Jalameh on Monday evening and is briefed by Gallant and Halevi
        V("Visit", agent=["netanyahu"], place=["jalameh"], date="2023-07-03", trigger="زار"),
        V("Meeting", agent=["netanyahu", "gallant", "halevi"], place=["jalameh"], date="2023-07-03",
          trigger="استمع"),
        # Abbas chairs an emergency meeting of the leadership in Ramallah (dated only by the story)
        V("Meeting", agent=["abbas"], place=["ramallah"], date="2023-07", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["leadership"]),
    ],
))

# ---------------------------------------------------------------- Pakistan, Karachi University (2022-04-27, a Wednesday)
DOCS.append(dict(
    id="t3-pk-karachi", published="2022-04-27",
    text="""كراتشي (باكستان) - أ ف ب: تبنى «جيش تحرير بلوشستان» الانفصالي تفجيرا انتحاريا نفذته امرأة، أمس الثلاثاء، واستهدف حافلة صغيرة تقل مدرسين صينيين عند مدخل معهد كونفوشيوس في جامعة كراتشي، كبرى مدن باكستان وعاصمة إقليم السند، ما أسفر عن مقتل ثلاثة مواطنين صينيين، بينهم مديرة المعهد، وسائقهم الباكستاني.

وقال «لواء مجيد»، الذراع الانتحارية للجماعة، في بيان نشره الناطق باسمها مراد بلوش، إن المنفذة شازية بلوش، وهي مدرّسة علوم وأم لطفلين، «تطوعت للعملية قبل عامين»، متوعدا الصين بهجمات «أشد قسوة» إذا لم توقف «مشاريع نهب ثروات بلوشستان» وتسحب مهندسيها منها.

ونقلت صحيفة «إكسبريس تريبيون» عن مسؤول في إدارة مكافحة الإرهاب التابعة لشرطة السند قوله إن تسجيلات كاميرات المراقبة أظهرت المنفذة وهي تنتظر عند بوابة المعهد مرتدية البرقع، قبل أن تفجر نفسها لدى اقتراب الحافلة، مضيفا أن «التحقيقات تشير إلى أنها تلقت تدريبا في معسكر للجماعة قرب الحدود الأفغانية».
واعتقلت الإدارة، اليوم الأربعاء، شخصين في حي غلشن إقبال شرقي المدينة يشتبه في أنهما ساعدا المنفذة على استطلاع المكان، بحسب ما أعلن وزير داخلية حكومة الإقليم غلام مرتضى سومرو في مؤتمر صحافي.

وزار رئيس الوزراء شهباز شريف القنصلية الصينية في كراتشي، اليوم، حيث قدم التعازي للقنصل العام وانغ ليمينغ، مؤكدا أن «الجناة سينالون أقسى العقوبات»، فيما طالب المتحدث باسم وزارة الخارجية الصينية إسلام آباد بـ«معاقبة المجرمين وضمان سلامة المواطنين الصينيين».

وتشن الجماعة، التي تصنفها باكستان والولايات المتحدة «منظمة إرهابية»، منذ سنوات هجمات على مشاريع «الممر الاقتصادي الصيني الباكستاني»، وكان قد هاجم في تشرين الثاني/نوفمبر 2018 القنصلية الصينية نفسها، وفي شباط/فبراير الماضي مقرين للجيش الباكستاني في منطقتي نوشكي وبنجغور بإقليم بلوشستان.""",
    entities=[
        E("karachi", "Place", ["كراتشي", "المدينة"], "Karachi", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("bla", "Organization", ["جيش تحرير بلوشستان", "الجماعة"], "Balochistan Liberation Army",
          sub="ArmedGroup"),
        E("confucius", "Organization", ["معهد كونفوشيوس", "المعهد"], "Confucius Institute, University of Karachi"),
        E("ku", "Organization", ["جامعة كراتشي"], "University of Karachi", alt=["Place"]),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country", alt=["Organization"]),
        E("sindh", "Place", ["إقليم السند", "السند", "الإقليم"], "Sindh", sub="Region"),
        E("majeed", "Organization", ["لواء مجيد"], "Majeed Brigade", sub="ArmedGroup"),
        E("murad", "Person", ["مراد بلوش"], "Murad Baloch"),
        E("shazia", "Person", ["شازية بلوش"], "Shazia Baloch"),
        E("china", "Place", ["الصين"], "China", qid="Q148", sub="Country", alt=["Organization"]),
        E("balochistan", "Place", ["إقليم بلوشستان", "بلوشستان"], "Balochistan", sub="Region"),
        E("tribune", "Organization", ["صحيفة «إكسبريس تريبيون»", "إكسبريس تريبيون"], "The Express Tribune",
          sub="MediaOrganization", opt=True),
        E("ctd", "Organization", ["إدارة مكافحة الإرهاب", "الإدارة"], "Counter Terrorism Department (Sindh)",
          sub="GovernmentBody"),
        E("sindh_police", "Organization", ["شرطة السند"], "Sindh Police", sub="GovernmentBody"),
        E("gulshan", "Place", ["حي غلشن إقبال", "غلشن إقبال"], "Gulshan-e-Iqbal"),
        E("sindh_govt", "Organization", ["حكومة الإقليم"], "Government of Sindh", sub="GovernmentBody"),
        E("soomro", "Person", ["غلام مرتضى سومرو"], "Ghulam Murtaza Soomro"),
        E("shehbaz", "Person", ["شهباز شريف"], "Shehbaz Sharif"),
        E("consulate", "Place", ["القنصلية الصينية في كراتشي", "القنصلية الصينية"], "Chinese Consulate in Karachi"),
        E("wang", "Person", ["وانغ ليمينغ"], "Wang Liming"),
        E("cn_mfa", "Organization", ["وزارة الخارجية الصينية"], "Ministry of Foreign Affairs (China)",
          sub="GovernmentBody"),
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", sub="City", alt=["Organization"]),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("pk_army", "Organization", ["الجيش الباكستاني"], "Pakistan Army", sub="ArmedForce"),
        E("noshki", "Place", ["نوشكي"], "Noshki", sub="Region"),
        E("panjgur", "Place", ["بنجغور"], "Panjgur", sub="Region"),
    ],
    relations=[
        R("locatedIn", "confucius", "ku", opt=True),
        R("partOf", "confucius", "ku", opt=True),
        R("locatedIn", "karachi", "pakistan"),
        R("locatedIn", "karachi", "sindh"),
        R("partOf", "majeed", "bla"),
        R("spokespersonOf", "murad", "bla"),
        R("spokespersonOf", "murad", "majeed", opt=True),
        R("memberOf", "shazia", "majeed", opt=True),
        R("partOf", "ctd", "sindh_police"),
        R("locatedIn", "gulshan", "karachi"),
        R("positionIn", "soomro", "sindh_govt"),
        R("positionIn", "soomro", "sindh", opt=True),
        R("positionIn", "shehbaz", "pakistan", opt=True),   # "رئيس الوزراء", no country with it
        R("leaderOf", "shehbaz", "pakistan", opt=True),
        R("locatedIn", "consulate", "karachi"),
        R("positionIn", "wang", "consulate", opt=True),
        R("positionIn", "wang", "china", opt=True),
        R("locatedIn", "noshki", "balochistan"),
        R("locatedIn", "panjgur", "balochistan"),
        R("locatedIn", "balochistan", "pakistan", opt=True),
    ],
    events=[
        # yesterday's suicide bombing of the teachers' van, claimed by the BLA (through the Majeed Brigade)
        V("Attack", agent=["bla"], target=["confucius"], place=[["confucius", "ku", "karachi"]], date="2022-04-26",
          trigger="تفجيرا انتحاريا"),
        V("Attack", opt=True, agent=["majeed", "shazia"], target=["ku"]),
        V("Killing", agent=["bla"], place=[["confucius", "ku", "karachi"]], date="2022-04-26", trigger="مقتل"),
        V("Killing", opt=True, agent=["majeed", "shazia"], target=["confucius"]),
        # the CTD's arrests today in Gulshan-e-Iqbal
        V("Arrest", agent=["ctd"], place=[["gulshan", "karachi"]], date="2022-04-27", trigger="اعتقلت"),
        # Shehbaz Sharif at the Chinese consulate, condolences to the consul general
        V("Visit", agent=["shehbaz"], place=[["consulate", "karachi"]], date="2022-04-27", trigger="زار"),
        V("Meeting", agent=["shehbaz", "wang"], place=[["consulate", "karachi"]], date="2022-04-27",
          trigger="قدم التعازي"),
        # earlier BLA attacks: the consulate in November 2018, army posts in Noshki and Panjgur last February
        V("Attack", agent=["bla"], target=["consulate"], place=[["consulate", "karachi"]], date="2018-11",
          trigger="هاجم"),
        V("Attack", agent=["bla"], target=["pk_army"], place=[["noshki", "balochistan"], ["panjgur", "balochistan"]],
          date="2022-02", trigger="هاجم"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kabul airport (2021-08-28, a Saturday)
DOCS.append(dict(
    id="t3-af-kabul", published="2021-08-28",
    text="""كابول - رويترز: قال الجيش الأميركي إنه قتل «اثنين من المخططين والمنسقين» في تنظيم «داعش - ولاية خراسان» بضربة نفذتها طائرة مسيرة، ليل الجمعة - السبت، في ولاية ننغرهار شرقي أفغانستان، ردا على التفجير الانتحاري الذي استهدف محيط مطار حامد كرزاي الدولي في كابول وأودى بحياة 13 عسكريا أميركيا وأكثر من 170 أفغانيا.

وقال المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) جون كيربي، في مؤتمر صحافي، إن المعلومات الأولية «تشير إلى عدم وقوع إصابات في صفوف المدنيين»، مضيفا أن الضربة استهدفت سيارة كان الرجلان يستقلانها، فيما نقلت شبكة «سي إن إن» عن مسؤول عسكري قوله إن أحدهما «كان على صلة مباشرة بالتخطيط لهجمات على المطار».

وكان التنظيم قد أعلن مسؤوليته عن تفجير الخميس، الذي وقع عند «بوابة آبي» حيث كان آلاف الأفغان يحتشدون على أمل الصعود إلى طائرات الإجلاء، وقال في بيان نشرته وكالة «أعماق» التابعة له إن أحد عناصره «تمكن من تجاوز التحصينات الأمنية للقوات الأميركية وميليشيا طالبان».
وتوعد الرئيس الأميركي جو بايدن منفذي الهجوم بالقول: «لن نسامح ولن ننسى، سنلاحقكم وسنجعلكم تدفعون الثمن».

من جهته، دان المتحدث باسم حركة «طالبان» ذبيح الله مجاهد الهجوم، مؤكدا أن الحركة «ستحاسب» المسؤولين عنه، بينما أعلنت الحركة أن مقاتليها اعتقلوا، أمس، ثلاثة مشتبهين في منطقة بول تشرخي شرقي العاصمة.

وفي سياق متصل، عينت «طالبان» الملا عبيد الله نور زاي واليا على ننغرهار، خلفا للوالي السابق في الحكومة المنهارة، وفق ما أفادت وكالة «باجهواك» الأفغانية.
وكانت صحيفة «واشنطن بوست» قد كشفت أن مدير وكالة الاستخبارات المركزية الأميركية وليام بيرنز التقى سرا، الاثنين الماضي، في كابول، رئيس المكتب السياسي للحركة الملا عبد الغني برادر، في أرفع لقاء بين الطرفين منذ سيطرة الحركة على العاصمة في 15 آب/أغسطس الجاري.""",
    entities=[
        E("kabul", "Place", ["كابول", "العاصمة"], "Kabul", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("us_army", "Organization", ["الجيش الأميركي", "القوات الأميركية"], "United States Armed Forces",
          sub="ArmedForce"),
        E("iskp", "Organization", ["تنظيم «داعش - ولاية خراسان»", "داعش - ولاية خراسان", "التنظيم"], "Islamic State – Khorasan Province",
          sub="ArmedGroup"),
        E("nangarhar", "Place", ["ولاية ننغرهار", "ننغرهار"], "Nangarhar Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("airport", "Place", ["مطار حامد كرزاي الدولي", "المطار"], "Hamid Karzai International Airport"),
        E("dod", "Organization", ["وزارة الدفاع الأميركية", "البنتاغون"], "United States Department of Defense",
          sub="GovernmentBody"),
        E("kirby", "Person", ["جون كيربي"], "John Kirby"),
        E("cnn", "Organization", ["شبكة «سي إن إن»", "سي إن إن"], "CNN", sub="MediaOrganization", opt=True),
        E("abbey", "Place", ["بوابة آبي"], "Abbey Gate"),
        E("amaq", "Organization", ["وكالة «أعماق»", "أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("taliban", "Organization", ["حركة «طالبان»", "طالبان", "الحركة", "ميليشيا طالبان"], "Taliban",
          qid="Q42418", sub="ArmedGroup"),
        E("biden", "Person", ["جو بايدن"], "Joe Biden"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("pulecharkhi", "Place", ["منطقة بول تشرخي", "بول تشرخي"], "Pul-e-Charkhi"),
        E("nurzai", "Person", ["الملا عبيد الله نور زاي", "عبيد الله نور زاي"], "Ubaydullah Nurzai"),
        E("pajhwok", "Organization", ["وكالة «باجهواك»", "باجهواك"], "Pajhwok Afghan News", sub="MediaOrganization",
          opt=True),
        E("wapo", "Organization", ["صحيفة «واشنطن بوست»", "واشنطن بوست"], "The Washington Post",
          sub="MediaOrganization", opt=True),
        E("cia", "Organization", ["وكالة الاستخبارات المركزية الأميركية"], "Central Intelligence Agency",
          sub="GovernmentBody"),
        E("burns", "Person", ["وليام بيرنز"], "William Burns"),
        E("polbureau", "Organization", ["المكتب السياسي للحركة"], "Taliban political office", sub="PoliticalOrganization",
          opt=True),
        E("baradar", "Person", ["الملا عبد الغني برادر", "عبد الغني برادر"], "Abdul Ghani Baradar"),
    ],
    relations=[
        R("locatedIn", "nangarhar", "afghanistan"),
        R("locatedIn", "airport", "kabul"),
        R("locatedIn", "abbey", "airport", opt=True),
        R("locatedIn", "pulecharkhi", "kabul", opt=True),   # "شرقي العاصمة"
        R("spokespersonOf", "kirby", "dod"),
        R("partOf", "amaq", "iskp"),
        R("spokespersonOf", "mujahid", "taliban"),
        R("leaderOf", "nurzai", "nangarhar"),
        R("memberOf", "nurzai", "taliban", opt=True),
        R("leaderOf", "burns", "cia"),
        R("leaderOf", "baradar", "polbureau", opt=True),   # the political office: a generic sub-unit
        R("memberOf", "baradar", "taliban", opt=True),
        R("leaderOf", "baradar", "taliban", opt=True),
        R("partOf", "polbureau", "taliban", opt=True),
    ],
    events=[
        # the US drone strike in Nangarhar on Friday night, two ISKP planners killed
        V("Strike", agent=["us_army"], target=["iskp"], place=[["nangarhar", "afghanistan"]], date="2021-08-27",
          trigger="بضربة"),
        V("Killing", agent=["us_army"], target=["iskp"], place=[["nangarhar", "afghanistan"]], date="2021-08-27",
          trigger="قتل"),
        V("Strike", opt=True, date="2021-08-28"),
        V("Killing", opt=True, date="2021-08-28"),
        # Thursday's suicide bombing at the airport, claimed by ISKP
        V("Attack", agent=["iskp"], target=["us_army"], place=[["abbey", "airport", "kabul"]], date="2021-08-26",
          trigger="التفجير الانتحاري"),
        V("Attack", opt=True, target=["airport", "taliban"]),
        V("Killing", agent=["iskp"], target=["us_army"], place=[["abbey", "airport", "kabul"]], date="2021-08-26",
          trigger="أودى بحياة"),
        # Taliban arrests yesterday in Pul-e-Charkhi
        V("Arrest", agent=["taliban"], place=[["pulecharkhi", "kabul"]], date="2021-08-27", trigger="اعتقلوا"),
        # Burns met Baradar secretly in Kabul last Monday
        V("Meeting", agent=["burns", "baradar"], place=["kabul"], date="2021-08-23", trigger="التقى"),
        V("Visit", opt=True, agent=["burns"], place=["kabul"], date="2021-08-23"),
        # the Taliban's takeover of the capital on 15 August
        V("MilitaryOperation", opt=True, agent=["taliban"], place=["kabul"], date="2021-08-15"),
    ],
))

# ---------------------------------------------------------------- Turkey, Istanbul nightclub (2017-01-17, a Tuesday)
DOCS.append(dict(
    id="t3-tr-istanbul", published="2017-01-17",
    text="""إسطنبول - «الحياة»

أعلنت السلطات التركية، أمس، أن الشرطة اعتقلت منفذ الهجوم على ملهى «رينا» الليلي في إسطنبول ليلة رأس السنة، وهو أوزبكي يدعى إلياس تورسونوف ويلقب بـ«أبو محمد الخراساني»، بعد مطاردة استمرت أكثر من أسبوعين، في عملية دهم نفذتها وحدات خاصة ليل الأحد - الاثنين في حي إسنيورت غرب المدينة.

وقال والي إسطنبول حسين أوزدمير، في مؤتمر صحافي عقده في مقر الولاية، إن المشتبه به «اعترف بتنفيذ الهجوم»، موضحا أنه «تلقى تدريبات في أفغانستان» ودخل تركيا في كانون الثاني/يناير 2016 قادما من إيران، وأن الشرطة اعتقلت معه في الشقة عراقيا وثلاث نساء يحملن جنسيات أفريقية. وأضاف الوالي أن الرجل كان يتلقى تعليماته من «قيادي في تنظيم داعش في الرقة» عبر تطبيقات مراسلة مشفرة، وأنه كان يخطط «لعمليات أخرى».

ونقلت وكالة «دوغان» للأنباء عن مصدر أمني قوله إن المحققين عثروا في الشقة على 197 ألف دولار ومسدسين وطائرة مسيرة صغيرة، مضيفا أن «الرجل بدا متعبا ولم يبد أي مقاومة».

وكان 39 شخصا، معظمهم أجانب من دول عربية بينهم سعوديون ولبنانيون وأردنيون، قد قُتلوا في الهجوم الذي نفذه مسلح فتح النار عشوائيا على المحتفلين بالعام الجديد في الملهى الواقع في حي أورطه كوي على ضفاف مضيق البوسفور، وأعلن تنظيم «الدولة الإسلامية» (داعش) مسؤوليته عنه في اليوم التالي، قائلا إنه «رد على مشاركة تركيا في العمليات ضد دولة الخلافة» في سوريا.

ورحب رئيس الوزراء بن علي يلدريم بالاعتقال، وكتب على «تويتر» أن «العدالة ستأخذ مجراها»، فيما قال وزير الداخلية سليمان صويلو، خلال زيارته مديرية الأمن في إسطنبول أمس، إن الشرطة نفذت منذ الهجوم «أكثر من 150 عملية» في 29 ولاية، اعتقلت خلالها عشرات المشتبه بانتمائهم إلى التنظيم.""",
    entities=[
        E("istanbul", "Place", ["إسطنبول", "المدينة"], "Istanbul", qid="Q406", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة"], "Turkish police", sub="GovernmentBody", opt=True),
        E("reina", "Place", ["ملهى «رينا» الليلي", "رينا", "الملهى"], "Reina nightclub"),
        E("tursunov", "Person", ["إلياس تورسونوف", "أبو محمد الخراساني"], "Ilyas Tursunov"),
        E("esenyurt", "Place", ["حي إسنيورت", "إسنيورت"], "Esenyurt"),
        E("ozdemir", "Person", ["حسين أوزدمير"], "Hüseyin Özdemir"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country", alt=["Organization"]),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("isis", "Organization", ["تنظيم داعش", "داعش", "تنظيم «الدولة الإسلامية»", "الدولة الإسلامية", "التنظيم"],
          "Islamic State", sub="ArmedGroup"),
        E("raqqa", "Place", ["الرقة"], "Raqqa", sub="City"),
        E("dogan", "Organization", ["وكالة «دوغان» للأنباء", "دوغان"], "Doğan News Agency", sub="MediaOrganization",
          opt=True),
        E("ortakoy", "Place", ["حي أورطه كوي", "أورطه كوي"], "Ortaköy"),
        E("bosphorus", "Place", ["مضيق البوسفور"], "Bosphorus"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("yildirim", "Person", ["بن علي يلدريم"], "Binali Yıldırım"),
        E("soylu", "Person", ["سليمان صويلو"], "Süleyman Soylu"),
        E("security_dir", "Organization", ["مديرية الأمن في إسطنبول", "مديرية الأمن"], "Istanbul Police Department",
          sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "reina", "istanbul"),
        R("locatedIn", "esenyurt", "istanbul"),
        R("leaderOf", "ozdemir", "istanbul"),
        R("positionIn", "ozdemir", "istanbul", opt=True),
        R("memberOf", "tursunov", "isis", opt=True),
        R("locatedIn", "reina", "ortakoy"),
        R("locatedIn", "ortakoy", "istanbul", opt=True),
        R("locatedIn", "raqqa", "syria", opt=True),
        R("positionIn", "yildirim", "turkey", opt=True),   # "رئيس الوزراء", no country with it
        R("positionIn", "soylu", "turkey", opt=True),
        R("partOf", "security_dir", "police", opt=True),
        R("locatedIn", "security_dir", "istanbul", opt=True),
    ],
    events=[
        # the police arrest the attacker in Esenyurt on Sunday-Monday night, announced yesterday
        V("Arrest", agent=["police"], target=["tursunov"], place=[["esenyurt", "istanbul"]], date="2017-01-16",
          trigger="اعتقلت"),
        V("Arrest", opt=True, date="2017-01-15"),
        # the New Year's night attack on Reina, claimed by ISIS the next day
        V("Attack", agent=["isis", "tursunov"], target=["reina"], place=[["reina", "ortakoy", "istanbul"]],
          date="2017-01-01", trigger="الهجوم"),
        V("Killing", agent=["isis", "tursunov"], place=[["reina", "ortakoy", "istanbul"]], date="2017-01-01",
          trigger="قُتلوا"),
        V("Attack", opt=True, date="2016-12-31"),
        V("Killing", opt=True, date="2016-12-31"),
        # Soylu's visit to the Istanbul police directorate yesterday
        V("Visit", agent=["soylu"], place=[["security_dir", "istanbul"]], date="2017-01-16", trigger="زيارته"),
        # the police's 150 raids and arrests since the attack
        V("Arrest", agent=["police"], target=["isis"], date="2017-01", trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Iran, Khash–Zahedan road (2019-02-15, a Friday)
DOCS.append(dict(
    id="t3-ir-zahedan", published="2019-02-15",
    text="""طهران - «الشرق الأوسط»: اتهم قائد القوات البرية في «الحرس الثوري» الإيراني، العميد محمد باكبور، أجهزة استخبارات باكستان بـ«إيواء» جماعة «جيش العدل» البلوشية المتشددة، التي أعلنت مسؤوليتها عن تفجير انتحاري استهدف، مساء الأربعاء، حافلة تقل عناصر من «الحرس» على الطريق بين مدينتي خاش وزاهدان، مركز محافظة سيستان وبلوشستان جنوب شرقي إيران، وأودى بحياة 27 منهم.

ونقلت وكالة «إرنا» الرسمية عن باكبور قوله خلال تشييع القتلى في أصفهان، أمس، إن «الانتحاري، وهو باكستاني الجنسية، قاد سيارة مفخخة بالمتفجرات نحو الحافلة»، مضيفا أن «الحكومة الباكستانية ستدفع ثمن إيواء هؤلاء الإرهابيين».

وكانت «جيش العدل» قد قالت في بيان نشرته على «تلغرام» إن «أحد فدائيي الجماعة» نفذ العملية «ضد قوات الاحتلال الفارسي» في «بلوشستان»، فيما أفادت وكالة «تسنيم» بأن قوات الأمن اعتقلت، أمس الخميس، ثلاثة أشخاص في زاهدان، بينهم امرأة، يشتبه في تورطهم في نقل المتفجرات.

وقال محافظ سيستان وبلوشستان محمد حسين رحيمي إن «خلية إرهابية كانت تراقب تحركات الحافلة منذ أيام»، مشيرا إلى أن «أجهزة الأمن تلاحق بقية أفرادها».
ووصل القائد العام للحرس الثوري، اللواء محمد علي جعفري، إلى زاهدان مساء الخميس، حيث اجتمع مع قادة «مقر القدس» التابع للقوات البرية والمسؤول عن المنطقة الجنوبية الشرقية، وتوعد بـ«رد حاسم يشعر منه الأعداء بالندم».

واستدعت وزارة الخارجية الإيرانية السفير الباكستاني في طهران طارق رشيد خان، وأبلغته «احتجاجا شديد اللهجة»، بحسب ما قال المتحدث باسمها مجيد رضا تقوي، الذي نقل عن مساعد الوزير قوله للسفير إن «صبر إيران له حدود».

و«جيش العدل»، الذي تأسس عام 2012 وينشط في المناطق الحدودية مع باكستان، كان قد خطف في تشرين الأول/أكتوبر الماضي 12 عنصرا من الحرس الثوري وقوات التعبئة (الباسيج) قرب بلدة ميرجاوة الحدودية، أُفرج عن بعضهم لاحقا.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("ground", "Organization", ["القوات البرية"], "IRGC Ground Forces",
          sub="ArmedForce"),
        E("irgc", "Organization", ["الحرس الثوري", "الحرس"], "Islamic Revolutionary Guard Corps",
          sub="ArmedForce"),
        E("pakpour", "Person", ["محمد باكبور", "باكبور"], "Mohammad Pakpour"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country", alt=["Organization"]),
        E("jaish", "Organization", ["جماعة «جيش العدل»", "جيش العدل", "الجماعة"], "Jaish al-Adl", sub="ArmedGroup"),
        E("khash", "Place", ["خاش"], "Khash", sub="City"),
        E("zahedan", "Place", ["زاهدان"], "Zahedan", sub="City"),
        E("sb", "Place", ["محافظة سيستان وبلوشستان", "سيستان وبلوشستان"], "Sistan and Baluchestan Province",
          sub="Region"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("irna", "Organization", ["وكالة «إرنا»", "إرنا"], "IRNA", sub="MediaOrganization", opt=True),
        E("isfahan", "Place", ["أصفهان"], "Isfahan", sub="City"),
        E("pk_govt", "Organization", ["الحكومة الباكستانية"], "Government of Pakistan", sub="GovernmentBody"),
        E("baluchistan", "Place", ["بلوشستان"], "Baluchistan", sub="Region", opt=True),
        E("tasnim", "Organization", ["وكالة «تسنيم»", "تسنيم"], "Tasnim News Agency", sub="MediaOrganization",
          opt=True),
        E("security", "Organization", ["قوات الأمن"], "Iranian security forces", sub="GovernmentBody", opt=True),
        E("rahimi", "Person", ["محمد حسين رحيمي"], "Muhammad Husayn Rahimi"),
        E("jafari", "Person", ["محمد علي جعفري"], "Mohammad Ali Jafari"),
        E("quds_base", "Organization", ["مقر القدس"], "Quds Base (IRGC)", sub="ArmedForce"),
        E("ir_mfa", "Organization", ["وزارة الخارجية الإيرانية"], "Ministry of Foreign Affairs (Iran)",
          sub="GovernmentBody"),
        E("amb_khan", "Person", ["طارق رشيد خان"], "Tariq Rashid Khan"),
        E("taqavi", "Person", ["مجيد رضا تقوي"], "Majid Reza Taqavi"),
        E("basij", "Organization", ["قوات التعبئة", "الباسيج"], "Basij", sub="ArmedForce"),
        E("mirjaveh", "Place", ["بلدة ميرجاوة", "ميرجاوة"], "Mirjaveh", sub="City"),
    ],
    relations=[
        R("leaderOf", "pakpour", "ground"),
        R("partOf", "ground", "irgc"),
        R("locatedIn", "zahedan", "sb"),
        R("locatedIn", "sb", "iran"),
        R("locatedIn", "khash", "sb", opt=True),
        R("leaderOf", "rahimi", "sb"),
        R("positionIn", "rahimi", "sb", opt=True),
        R("leaderOf", "jafari", "irgc"),
        R("partOf", "quds_base", "ground"),
        R("partOf", "quds_base", "irgc", opt=True),
        R("positionIn", "amb_khan", "pakistan"),
        R("spokespersonOf", "taqavi", "ir_mfa"),
        R("locatedIn", "tehran", "iran", opt=True),
    ],
    events=[
        # Wednesday evening's suicide car bomb on the IRGC bus, claimed by Jaish al-Adl
        # "على الطريق بين مدينتي خاش وزاهدان": either town (or the province) places it
        V("Attack", agent=["jaish"], target=["irgc"], place=[["zahedan", "khash", "sb"]], date="2019-02-13",
          trigger="تفجير انتحاري"),
        V("Killing", agent=["jaish"], target=["irgc"], place=[["zahedan", "khash", "sb"]], date="2019-02-13",
          trigger="أودى بحياة"),
        # arrests in Zahedan on Thursday
        V("Arrest", agent=["security"], place=["zahedan"], date="2019-02-14", trigger="اعتقلت"),
        # Jafari arrives in Zahedan on Thursday evening and meets the Quds Base commanders
        V("Visit", agent=["jafari"], place=["zahedan"], date="2019-02-14", trigger="وصل"),
        V("Meeting", agent=["jafari", "quds_base"], place=["zahedan"], date="2019-02-14", trigger="اجتمع"),
        # the ministry summons the Pakistani ambassador (dated only by the story)
        V("Meeting", opt=True, agent=["ir_mfa", "amb_khan"], place=["tehran"], date="2019-02"),
        # last October: Jaish al-Adl abducted 12 IRGC and Basij men near Mirjaveh
        V("Arrest", opt=True, agent=["jaish"], target=["irgc", "basij"], place=["mirjaveh"], date="2018-10"),
        V("Attack", opt=True, agent=["jaish"], target=["irgc", "basij"], place=["mirjaveh"], date="2018-10"),
    ],
))

# ---------------------------------------------------------------- Turkey / northern Syria, "Peace Spring" (2019-10-18, a Friday)
DOCS.append(dict(
    id="t3-tr-peacespring", published="2019-10-18",
    text="""أنقرة - أ ف ب، رويترز:

أعلن نائب الرئيس الأميركي مايك بنس، مساء أمس الخميس، بعد مباحثات استمرت أكثر من أربع ساعات مع الرئيس التركي رجب طيب أردوغان في القصر الرئاسي بأنقرة، أن تركيا وافقت على تعليق عملية «نبع السلام» العسكرية في شمال شرقي سوريا لمدة 120 ساعة، لإفساح المجال أمام انسحاب «وحدات حماية الشعب» الكردية من «المنطقة الآمنة» على طول الحدود.

وقال بنس، الذي وصل إلى العاصمة التركية على رأس وفد ضم وزير الخارجية مايك بومبيو ومستشار الأمن القومي روبرت أوبراين، إن «القوات الأميركية ستسهل الانسحاب المنظم»، فيما قال وزير الخارجية التركي مولود جاويش أوغلو إن ما تم التوصل إليه «ليس وقفا لإطلاق النار، بل تعليق للعملية»، مؤكدا أن بلاده «ستستأنفها إذا لم يكتمل الانسحاب».

وكان الجيش التركي قد أطلق، في التاسع من تشرين الأول/أكتوبر الجاري، العملية بمشاركة فصائل «الجيش الوطني السوري» الموالية لأنقرة، ضد «قوات سوريا الديمقراطية» (قسد) التي تشكل «الوحدات» عمودها الفقري، وتمكن من السيطرة على مدينة تل أبيض بمحافظة الرقة وعشرات القرى المحيطة بها، فيما تتواصل المعارك في مدينة رأس العين (سري كانيه) بمحافظة الحسكة.

ونقلت وكالة «الأناضول» عن وزارة الدفاع التركية قولها إن «عدد الإرهابيين المحيدين منذ بدء العملية بلغ 673»، في حين قال قائد «قسد» مظلوم عبدي، في تصريح لقناة محلية، إن قواته «ستلتزم بوقف إطلاق النار» في المنطقة الممتدة بين رأس العين وتل أبيض فقط.

وفي الجانب التركي من الحدود، قُتل ثلاثة مدنيين، بينهم طفل، أمس، في سقوط قذائف هاون أطلقت من الأراضي السورية على بلدة أقجة قلعة بولاية شانلي أورفا، بحسب ما أعلن والي الولاية مصطفى يلماز.
ويرى مراقبون أن الاتفاق يمنح أنقرة معظم ما أرادته، في حين تعيش المنطقة منذ آذار/مارس عام 2011 على وقع حرب أودت بحياة مئات الآلاف.""",
    entities=[
        E("ankara", "Place", ["أنقرة", "العاصمة التركية"], "Ankara", qid="Q3640", sub="City", alt=["Organization"]),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("pence", "Person", ["مايك بنس", "بنس"], "Mike Pence"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdoğan", qid="Q39723"),
        E("palace", "Place", ["القصر الرئاسي"], "Presidential Complex (Ankara)", opt=True),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country", alt=["Organization"]),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("ypg", "Organization", ["وحدات حماية الشعب", "الوحدات"],
          "People's Defense Units", sub="ArmedGroup"),
        E("pompeo", "Person", ["مايك بومبيو"], "Mike Pompeo"),
        E("obrien", "Person", ["روبرت أوبراين"], "Robert O'Brien"),
        E("usf", "Organization", ["القوات الأميركية"], "United States Armed Forces", sub="ArmedForce"),
        E("cavusoglu", "Person", ["مولود جاويش أوغلو"], "Mevlüt Çavuşoğlu"),
        E("tr_army", "Organization", ["الجيش التركي"], "Turkish Armed Forces", sub="ArmedForce"),
        E("sna", "Organization", ["الجيش الوطني السوري"], "Syrian National Army",
          sub="ArmedGroup"),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", "قسد"],
          "Syrian Democratic Forces", sub="ArmedGroup"),
        E("talabyad", "Place", ["مدينة تل أبيض", "تل أبيض"], "Tell Abyad", sub="City"),
        E("raqqa", "Place", ["محافظة الرقة", "الرقة"], "Raqqa Governorate", sub="Region"),
        E("rasalain", "Place", ["مدينة رأس العين", "رأس العين", "سري كانيه"], "Ras al-Ain", sub="City"),
        E("hasakah", "Place", ["محافظة الحسكة", "الحسكة"], "Al-Hasakah Governorate", sub="Region"),
        E("anadolu", "Organization", ["وكالة «الأناضول»", "الأناضول"], "Anadolu Agency", sub="MediaOrganization",
          opt=True),
        E("tr_mod", "Organization", ["وزارة الدفاع التركية"], "Ministry of National Defence (Turkey)",
          sub="GovernmentBody"),
        E("abdi", "Person", ["مظلوم عبدي"], "Mazloum Abdi"),
        E("akcakale", "Place", ["بلدة أقجة قلعة", "أقجة قلعة"], "Akçakale", sub="City"),
        E("urfa", "Place", ["ولاية شانلي أورفا", "شانلي أورفا", "الولاية"], "Şanlıurfa Province", sub="Region"),
        E("yilmaz", "Person", ["مصطفى يلماز"], "Mustafa Yılmaz"),
    ],
    relations=[
        R("positionIn", "cavusoglu", "turkey"),
        R("leaderOf", "erdogan", "turkey"),
        R("affiliatedWith", "sna", "ankara"),
        R("affiliatedWith", "sna", "turkey", opt=True),
        R("partOf", "ypg", "sdf"),
        R("memberOf", "ypg", "sdf", opt=True),
        R("locatedIn", "talabyad", "raqqa"),
        R("locatedIn", "rasalain", "hasakah"),
        R("locatedIn", "raqqa", "syria", opt=True),
        R("locatedIn", "hasakah", "syria", opt=True),
        R("leaderOf", "abdi", "sdf"),
        R("locatedIn", "akcakale", "urfa"),
        R("locatedIn", "urfa", "turkey", opt=True),
        R("leaderOf", "yilmaz", "urfa"),
        R("positionIn", "yilmaz", "urfa", opt=True),
    ],
    events=[
        # Pence's talks with Erdoğan in Ankara yesterday; his arrival at the head of a delegation
        V("Meeting", agent=["pence", "erdogan"], place=[["palace", "ankara"]], date="2019-10-17", trigger="مباحثات"),
        V("Meeting", opt=True, agent=["pompeo", "obrien"]),
        V("Visit", agent=["pence"], place=["ankara"], date="2019-10-17", trigger="وصل"),
        V("Visit", opt=True, agent=["pompeo", "obrien"], place=["ankara"], date="2019-10-17"),
        # "Peace Spring", launched on 9 October by the Turkish army with the SNA against the SDF
        V("MilitaryOperation", name="نبع السلام", agent=["tr_army", "sna"], target=["sdf"], place=["syria"],
          date="2019-10-09", trigger="عملية"),
        V("MilitaryOperation", opt=True, target=["ypg"], place=["talabyad", "rasalain"], agent=["turkey"]),
        # the capture of Tell Abyad and the battles in Ras al-Ain (the operation's fighting)
        V("Attack", opt=True, agent=["tr_army", "sna"], target=["sdf"], place=[["talabyad", "raqqa"],
                                                                             ["rasalain", "hasakah"]], date="2019-10"),
        # the ministry's count of "neutralised" fighters (killed, the act undated)
        V("Killing", opt=True, agent=["tr_army"], target=["sdf", "ypg"], date="2019-10"),
        # mortar shells from Syria on Akçakale yesterday, three civilians killed (no agent named)
        V("Strike", place=[["akcakale", "urfa"]], date="2019-10-17", trigger="قذائف هاون"),
        V("Killing", place=[["akcakale", "urfa"]], date="2019-10-17", trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- Gaza, "Pillar of Defence" (2012-11-16, a Friday)
DOCS.append(dict(
    id="t3-ps-jabari", published="2012-11-16",
    text="""غزة، القدس المحتلة - «الحياة»، أ ف ب

يصل رئيس الوزراء المصري هشام قنديل إلى قطاع غزة صباح اليوم الجمعة على رأس وفد رسمي، في زيارة تضامنية تستمر ساعات يلتقي خلالها رئيس الحكومة المقالة إسماعيل هنية، في وقت واصلت الطائرات الإسرائيلية غاراتها على القطاع لليوم الثالث على التوالي ضمن عملية «عمود السحاب» التي بدأت باغتيال القائد العام لـ«كتائب القسام» أحمد الجعبري.
وقال الناطق باسم الحكومة المقالة إياد خليل الشوا إن قنديل «سيدخل عبر معبر رفح ويزور مستشفى الشفاء»، مضيفا أن «الزيارة رسالة بأن غزة ليست وحدها».

وكان الجعبري، الذي تتهمه إسرائيل بالمسؤولية عن أسر الجندي جلعاد شاليط عام 2006، قُتل مع مرافقه، عصر الأربعاء، عندما أصاب صاروخ أطلقته طائرة إسرائيلية سيارته في شارع عمر المختار وسط مدينة غزة. وأعلن الجيش الإسرائيلي في بيان أن «جهاز الأمن العام (الشاباك) والجيش نفذا العملية بعد معلومات استخباراتية دقيقة»، فيما توعدت «كتائب القسام» بأن إسرائيل «فتحت على نفسها أبواب جهنم».

وفي المقابل، قُتل ثلاثة إسرائيليين، صباح أمس، عندما سقط صاروخ أطلق من غزة على مبنى سكني في بلدة كريات ملاخي جنوب إسرائيل، وأعلنت «كتائب القسام» أنها أطلقت أكثر من مئة صاروخ خلال يوم واحد، بينها صاروخان من طراز «فجر 5» سقطا للمرة الأولى قرب تل أبيب.

وقالت وزارة الصحة في غزة إن عدد القتلى الفلسطينيين منذ الأربعاء ارتفع إلى 19، بينهم خمسة أطفال، فيما نقلت الإذاعة العامة الإسرائيلية عن وزير الدفاع إيهود باراك قوله إن الجيش «استدعى 30 ألفا من جنود الاحتياط» استعدادا لـ«توسيع العملية».

وكان الرئيس المصري محمد مرسي قد استدعى السفير المصري في تل أبيب، ووصف الغارات بأنها «عدوان سافر»، بينما قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو، في اتصال هاتفي مع الرئيس الأميركي باراك أوباما، إن إسرائيل «ستفعل كل ما يلزم للدفاع عن مواطنيها».""",
    entities=[
        E("gaza_city", "Place", ["غزة", "مدينة غزة"], "Gaza City", sub="City"),
        E("jerusalem", "Place", ["القدس المحتلة"], "Jerusalem", qid="Q1218", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("qandil", "Person", ["هشام قنديل", "قنديل"], "Hisham Qandil"),
        E("strip", "Place", ["قطاع غزة", "القطاع"], "Gaza Strip", sub="Region"),
        E("gaza_govt", "Organization", ["الحكومة المقالة"], "Hamas government in Gaza", sub="GovernmentBody"),
        E("haniyeh", "Person", ["إسماعيل هنية"], "Ismail Haniyeh"),
        E("qassam", "Organization", ["كتائب القسام"], "Izz ad-Din al-Qassam Brigades",
          sub="ArmedGroup"),
        E("jabari", "Person", ["أحمد الجعبري", "الجعبري"], "Ahmed Jabari"),
        E("shawwa", "Person", ["إياد خليل الشوا"], "Iyad Khalil al-Shawwa"),
        E("rafah", "Place", ["معبر رفح"], "Rafah Border Crossing"),
        E("shifa", "Place", ["مستشفى الشفاء"], "Al-Shifa Hospital"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("shalit", "Person", ["جلعاد شاليط"], "Gilad Shalit"),
        E("omar_mukhtar", "Place", ["شارع عمر المختار"], "Omar al-Mukhtar Street"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "الجيش"], "Israel Defense Forces", sub="ArmedForce"),
        E("shabak", "Organization", ["جهاز الأمن العام", "الشاباك"], "Shin Bet", sub="GovernmentBody"),
        E("kiryat", "Place", ["بلدة كريات ملاخي", "كريات ملاخي"], "Kiryat Malakhi", sub="City"),
        E("telaviv", "Place", ["تل أبيب"], "Tel Aviv", sub="City"),
        E("moh", "Organization", ["وزارة الصحة في غزة"], "Ministry of Health (Gaza)", sub="GovernmentBody"),
        E("kan", "Organization", ["الإذاعة العامة الإسرائيلية"], "Israeli public radio", sub="MediaOrganization",
          opt=True),
        E("barak", "Person", ["إيهود باراك"], "Ehud Barak"),
        E("morsi", "Person", ["محمد مرسي"], "Mohamed Morsi"),
        E("netanyahu", "Person", ["بنيامين نتنياهو"], "Benjamin Netanyahu", qid="Q43174"),
        E("obama", "Person", ["باراك أوباما"], "Barack Obama"),
    ],
    relations=[
        R("leaderOf", "haniyeh", "gaza_govt"),
        R("leaderOf", "jabari", "qassam"),
        R("memberOf", "jabari", "qassam", opt=True),
        R("spokespersonOf", "shawwa", "gaza_govt"),
        R("locatedIn", "omar_mukhtar", "gaza_city"),
        R("locatedIn", "gaza_city", "strip", opt=True),
        R("locatedIn", "kiryat", "israel"),
        R("positionIn", "barak", "israel", opt=True),   # "وزير الدفاع" with no country
        R("positionIn", "netanyahu", "israel"),
        R("leaderOf", "netanyahu", "israel", opt=True),
        R("locatedIn", "shifa", "gaza_city", opt=True),
    ],
    events=[
        # Qandil's visit to Gaza today, and his meeting with Haniyeh (announced)
        # (announced for the day of publication, not yet made: optional)
        V("Visit", opt=True, agent=["qandil"], place=["strip", "rafah", "shifa"], date="2012-11-16", trigger="يصل"),
        V("Meeting", opt=True, agent=["qandil", "haniyeh"], place=["strip"], date="2012-11-16", trigger="يلتقي"),
        # "Pillar of Defence": the strikes since Wednesday
        V("MilitaryOperation", name="عمود السحاب", agent=["idf"], place=["strip"], date="2012-11-14",
          trigger="عملية"),
        V("Strike", agent=["idf"], place=["strip"], date="2012-11", trigger="غاراتها"),
        # Wednesday afternoon: the missile on Jabari's car in Omar al-Mukhtar street
        V("Strike", agent=["idf", "shabak"], target=["jabari"], place=[["omar_mukhtar", "gaza_city", "strip"]],
          date="2012-11-14", trigger="أصاب صاروخ"),
        V("Killing", agent=["idf", "shabak"], target=["jabari"], place=[["omar_mukhtar", "gaza_city", "strip"]],
          date="2012-11-14", trigger="اغتيال"),
        V("Killing", opt=True, target=["qassam"]),
        # the rocket on Kiryat Malakhi yesterday morning (fired from Gaza; Qassam claims its barrage)
        V("Strike", place=[["kiryat", "israel"]], date="2012-11-15", trigger="صاروخ"),
        V("Killing", place=[["kiryat", "israel"]], date="2012-11-15", trigger="قُتل"),
        V("Strike", opt=True, agent=["qassam"]),
        V("Killing", opt=True, agent=["qassam"]),
        V("Strike", agent=["qassam"], place=["telaviv"], date="2012-11", trigger="أطلقت"),
        V("Strike", opt=True, date="2012-11-15"),
        # Shalit's capture in 2006
        V("Arrest", opt=True, agent=["jabari"], target=["shalit"], date="2006"),
    ],
))

# ---------------------------------------------------------------- West Bank, Nablus old city (2022-10-26, a Wednesday)
DOCS.append(dict(
    id="t3-ps-nablus", published="2022-10-26",
    text="""نابلس - «الأيام»: استُشهد خمسة فلسطينيين وأصيب أكثر من 20 آخرين، فجر أمس الثلاثاء، خلال اقتحام قوات إسرائيلية خاصة، مدعومة بعشرات الآليات العسكرية، البلدة القديمة في مدينة نابلس شمالي الضفة الغربية، في عملية قال الجيش الإسرائيلي إنها استهدفت «مقرا رئيسيا» لمجموعة «عرين الأسود» ومختبرا لتصنيع العبوات الناسفة.

وأكدت وزارة الصحة الفلسطينية أن بين الشهداء وائل رامي الشخشير، الذي تصفه إسرائيل بأنه «أحد مؤسسي» المجموعة وقائدها الميداني، فيما نعت «عرين الأسود» في بيان مقاتليها، قائلة إنهم «خاضوا اشتباكا مسلحا لساعات» مع القوات المقتحمة، ومتوعدة بأن «الرد قادم لا محالة، وسيكون "بحجم الجريمة"».

وقال الجيش الإسرائيلي وجهاز الأمن العام (الشاباك) في بيان مشترك إن العملية جاءت بعد «معلومات استخباراتية دقيقة» عن نية المجموعة تنفيذ هجمات «وشيكة»، متهمين عناصرها بقتل الجندي عيدو شمعوني بإطلاق النار عليه قرب مستوطنة شافي شومرون في الحادي عشر من تشرين الأول/أكتوبر الجاري.

وكان القيادي في المجموعة تامر عدنان القاسم قد قُتل، فجر الأحد، بانفجار عبوة ناسفة زُرعت في دراجة نارية قرب منزله في البلدة القديمة، في عملية اتهمت «عرين الأسود» إسرائيل بالوقوف وراءها.
وقال محافظ نابلس غسان محمود دويكات إن المدينة «تعيش حصارا خانقا منذ أسبوعين»، بعد أن أغلق الجيش مداخلها بالحواجز والسواتر الترابية، مضيفا أن «آلاف الطلبة والعمال عالقون على الحواجز يوميا».

وكانت الأجهزة الأمنية الفلسطينية قد اعتقلت في أيلول/سبتمبر الماضي مصعب خليل عودة، أحد المطلوبين لإسرائيل والمقرب من «عرين الأسود»، ما فجّر مواجهات بين شبان وقوات الأمن في نابلس قُتل خلالها مواطن.

وفي رام الله، استقبل الرئيس الفلسطيني محمود عباس، مساء أمس، منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط يوهانس بيرغ، وطالبه بـ«تدخل دولي عاجل لوقف التصعيد الإسرائيلي».""",
    entities=[
        E("nablus", "Place", ["مدينة نابلس", "نابلس", "المدينة"], "Nablus", sub="City"),
        E("ayyam", "Organization", ["الأيام"], "Al-Ayyam", sub="MediaOrganization", opt=True),
        E("old_city", "Place", ["البلدة القديمة"], "Old City of Nablus"),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "الجيش"], "Israel Defense Forces", sub="ArmedForce"),
        E("lions", "Organization", ["مجموعة «عرين الأسود»", "عرين الأسود", "المجموعة"], "Lions' Den",
          sub="ArmedGroup"),
        E("moh", "Organization", ["وزارة الصحة الفلسطينية"], "Palestinian Ministry of Health", sub="GovernmentBody"),
        E("shakhshir", "Person", ["وائل رامي الشخشير"], "Wail Rami al-Shakhshir"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("shabak", "Organization", ["جهاز الأمن العام", "الشاباك"], "Shin Bet", sub="GovernmentBody"),
        E("shimoni", "Person", ["عيدو شمعوني"], "Ido Shimoni"),
        E("shavei", "Place", ["مستوطنة شافي شومرون", "شافي شومرون"], "Shavei Shomron"),
        E("qasim", "Person", ["تامر عدنان القاسم"], "Tamir Adnan al-Qasim"),
        E("dweikat", "Person", ["غسان محمود دويكات"], "Ghassan Mahmud Dweikat"),
        E("pa_security", "Organization", ["الأجهزة الأمنية الفلسطينية"], "Palestinian Security Services",
          sub="GovernmentBody", opt=True),
        E("odeh", "Person", ["مصعب خليل عودة"], "Musab Khalil Odeh"),
        E("ramallah", "Place", ["رام الله"], "Ramallah", sub="City"),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("berg", "Person", ["يوهانس بيرغ"], "Johannes Berg"),
    ],
    relations=[
        R("locatedIn", "old_city", "nablus"),
        R("locatedIn", "nablus", "westbank"),
        R("locatedIn", "old_city", "westbank", opt=True),
        R("leaderOf", "shakhshir", "lions"),
        R("memberOf", "shakhshir", "lions", opt=True),
        R("memberOf", "qasim", "lions"),
        R("leaderOf", "dweikat", "nablus"),
        R("positionIn", "dweikat", "nablus", opt=True),
        R("affiliatedWith", "odeh", "lions"),
        R("positionIn", "berg", "un"),
    ],
    events=[
        # the raid on the old city at dawn yesterday: five killed, a Lions' Den leader among them
        V("Killing", agent=["idf"], target=["shakhshir"], place=[["old_city", "nablus", "westbank"]],
          date="2022-10-25", trigger="استُشهد"),
        V("Killing", opt=True, target=["lions"]),
        V("Attack", opt=True, agent=["idf"], target=["lions"], place=[["old_city", "nablus"]], date="2022-10-25"),
        V("MilitaryOperation", opt=True, agent=["idf", "shabak"], target=["lions"], place=[["old_city", "nablus"]],
          date="2022-10-25"),
        # the Lions' Den's clashes with the raiding force
        V("Attack", opt=True, agent=["lions"], target=["idf"], date="2022-10-25"),
        # the soldier shot near Shavei Shomron on 11 October (Israel accuses the group)
        V("Killing", target=["shimoni"], place=["shavei"], date="2022-10-11", trigger="قتل"),
        V("Killing", opt=True, agent=["lions"]),
        V("Attack", opt=True, agent=["lions"], target=["shimoni", "idf"], place=["shavei"], date="2022-10-11"),
        # Sunday: a Lions' Den commander killed by a bomb on a motorbike (the group accuses Israel)
        V("Killing", target=["qasim"], place=[["old_city", "nablus"]], date="2022-10-23", trigger="قُتل"),
        V("Killing", opt=True, agent=["israel"]),
        V("Attack", opt=True, target=["qasim"], place=[["old_city", "nablus"]], date="2022-10-23"),
        # the PA's arrest of a wanted man last September, and the clashes that followed
        V("Arrest", agent=["pa_security"], target=["odeh"], date="2022-09", trigger="اعتقلت"),
        V("Arrest", opt=True, place=["nablus"]),
        V("Killing", opt=True, place=["nablus"], date="2022-09"),
        # Abbas receives the UN coordinator in Ramallah yesterday evening
        V("Meeting", agent=["abbas", "berg"], place=["ramallah"], date="2022-10-25", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Iran, Shiraz shrine (2022-10-28, a Friday)
DOCS.append(dict(
    id="t3-ir-shiraz", published="2022-10-28",
    text="""طهران - أ ف ب

تعهد الرئيس الإيراني إبراهيم رئيسي بـ«رد حازم» على الهجوم الذي تبناه تنظيم «الدولة الإسلامية» على مرقد شاه جراغ في مدينة شيراز، مركز محافظة فارس جنوبي إيران، مساء الأربعاء، وأسفر عن مقتل 13 شخصا، بينهم طفلان، وإصابة أكثر من 30 آخرين.

وأعلن التنظيم، في بيان نشرته وكالة «أعماق» التابعة له، أن أحد «جنود الخلافة» هاجم «المعبد الرافضي» بالأسلحة الرشاشة، فيما قال محافظ فارس علي رضا فروتن إن المهاجم «أصيب برصاص قوات الأمن واعتُقل» داخل المرقد، قبل أن تعلن السلطات، أمس، وفاته في المستشفى متأثرا بجروحه.

ونقلت وكالة «إرنا» الرسمية عن رئيس السلطة القضائية في المحافظة كاظم حسين موسوي قوله إن «المهاجم ليس إيرانيا، وكان يتحدث العربية»، مشيرا إلى أن الأجهزة الأمنية اعتقلت، الخميس، شخصين آخرين في شيراز يشتبه في أنهما قدما له دعما لوجستيا ونقلاه إلى محيط المرقد.

وزار وزير الداخلية عباس مرتضى زاده المدينة، أمس، حيث تفقد المرقد والتقى ذوي الضحايا، متهما «أعداء إيران» بالسعي إلى «استغلال الاضطرابات» التي تشهدها البلاد منذ وفاة الشابة مهسا أميني في أيلول/سبتمبر الماضي، بعد ثلاثة أيام من احتجازها لدى «شرطة الأخلاق» في طهران بتهمة مخالفة قواعد اللباس.
ووجه المرشد علي خامنئي رسالة قال فيها إن «أيادي الأعداء ملطخة بهذه الجريمة»، داعيا الأجهزة الأمنية والقضائية إلى «كشف شبكة المخططين».

وكان التنظيم قد تبنى في حزيران/يونيو 2017 هجومين متزامنين على مبنى مجلس الشورى وضريح الإمام الخميني في طهران، قُتل فيهما 17 شخصا، في أول هجوم من نوعه يعلنه داخل إيران.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("raisi", "Person", ["إبراهيم رئيسي"], "Ebrahim Raisi"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "الدولة الإسلامية", "التنظيم"], "Islamic State",
          sub="ArmedGroup"),
        E("shrine", "Place", ["مرقد شاه جراغ", "شاه جراغ", "المرقد"], "Shah Cheragh shrine"),
        E("shiraz", "Place", ["مدينة شيراز", "شيراز", "المدينة"], "Shiraz", sub="City"),
        E("fars", "Place", ["محافظة فارس", "فارس", "المحافظة"], "Fars Province", sub="Region"),
        E("iran", "Place", ["إيران", "البلاد"], "Iran", qid="Q794", sub="Country"),
        E("amaq", "Organization", ["وكالة «أعماق»", "أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("forutan", "Person", ["علي رضا فروتن"], "Ali Reza Forutan"),
        E("security", "Organization", ["قوات الأمن", "الأجهزة الأمنية"], "Iranian security forces",
          sub="GovernmentBody", opt=True),
        E("irna", "Organization", ["وكالة «إرنا»", "إرنا"], "IRNA", sub="MediaOrganization", opt=True),
        E("judiciary", "Organization", ["السلطة القضائية"], "Judiciary of Fars Province", sub="GovernmentBody"),
        E("musavi", "Person", ["كاظم حسين موسوي"], "Kazim Husayn Musavi"),
        E("mortezazadeh", "Person", ["عباس مرتضى زاده"], "Abbas Mortezazadeh"),
        E("amini", "Person", ["مهسا أميني"], "Mahsa Amini"),
        E("morality", "Organization", ["شرطة الأخلاق"], "Guidance Patrol", sub="GovernmentBody"),
        E("khamenei", "Person", ["علي خامنئي"], "Ali Khamenei"),
        E("majlis", "Organization", ["مجلس الشورى"], "Islamic Consultative Assembly", sub="GovernmentBody",
          alt=["Place"]),
        E("mausoleum", "Place", ["ضريح الإمام الخميني"], "Mausoleum of Ruhollah Khomeini"),
    ],
    relations=[
        R("locatedIn", "shrine", "shiraz"),
        R("locatedIn", "shiraz", "fars"),
        R("locatedIn", "fars", "iran"),
        R("locatedIn", "shiraz", "iran", opt=True),
        R("leaderOf", "raisi", "iran"),
        R("partOf", "amaq", "isis"),
        R("leaderOf", "forutan", "fars"),
        R("positionIn", "forutan", "fars", opt=True),
        R("leaderOf", "musavi", "judiciary"),
        R("positionIn", "musavi", "fars", opt=True),
        R("positionIn", "mortezazadeh", "iran", opt=True),   # "وزير الداخلية", no country with it
        R("locatedIn", "mausoleum", "tehran", opt=True),
        R("locatedIn", "majlis", "tehran", opt=True),
    ],
    events=[
        # Wednesday evening's shooting at the shrine, claimed by the Islamic State
        V("Attack", agent=["isis"], target=["shrine"], place=[["shrine", "shiraz", "fars", "iran"]], date="2022-10-26",
          trigger="الهجوم"),
        V("Killing", agent=["isis"], place=[["shrine", "shiraz", "fars", "iran"]], date="2022-10-26",
          trigger="مقتل"),
        # the attacker wounded and arrested inside the shrine by the security forces
        V("Arrest", agent=["security"], place=[["shrine", "shiraz"]], date="2022-10-26", trigger="اعتُقل"),
        V("Arrest", opt=True, target=["isis"]),
        # two more arrested on Thursday in Shiraz
        V("Arrest", agent=["security"], place=["shiraz"], date="2022-10-27", trigger="اعتقلت"),
        # the interior minister visits Shiraz yesterday
        V("Visit", agent=["mortezazadeh"], place=[["shiraz", "shrine"]], date="2022-10-27", trigger="زار"),
        # Mahsa Amini held by the morality police in Tehran in September
        V("Arrest", agent=["morality"], target=["amini"], place=["tehran"], date="2022-09", trigger="احتجازها"),
        # June 2017: the Islamic State's attacks on the parliament and the Khomeini mausoleum
        V("Attack", agent=["isis"], target=["majlis", "mausoleum"], place=["tehran"], date="2017-06",
          trigger="هجومين"),
        V("Killing", agent=["isis"], place=["tehran"], date="2017-06", trigger="قُتل"),
        V("Attack", opt=True, place=["majlis", "mausoleum"]),
    ],
))

# ---------------------------------------------------------------- Pakistan, Quetta hospital (2016-08-09, a Tuesday)
DOCS.append(dict(
    id="t3-pk-quetta", published="2016-08-09",
    text="""كويتا (باكستان) - رويترز: قُتل 70 شخصا على الأقل، غالبيتهم من المحامين، وأصيب أكثر من 100 آخرين، أمس الاثنين، في تفجير انتحاري استهدف قسم الطوارئ في مستشفى كويتا المدني، حيث تجمع العشرات منهم عقب مقتل رئيس نقابة المحامين في إقليم بلوشستان، بلال أحمد كاكر، برصاص مسلحين مجهولين صباحا في أثناء توجهه إلى المحكمة.

وتبنت «جماعة الأحرار»، المنشقة عن حركة «طالبان باكستان»، التفجير في بيان أرسله الناطق باسمها عبد الرحمن خطاب إلى وسائل الإعلام، متوعدا بمزيد من الهجمات «حتى إقامة النظام الإسلامي»، كما أعلن تنظيم «الدولة الإسلامية» عبر وكالة «أعماق» مسؤوليته عن الهجوم، من غير أن يقدم ما يثبت ذلك.

ونقلت قناة «دنيا نيوز» عن وزير داخلية الإقليم مير ظفر الله مندوخيل قوله إن الانتحاري «كان يحمل نحو ثمانية كيلوغرامات من المتفجرات» وفجر نفسه وسط الحشد لحظة وصول جثمان كاكر، مضيفا أن «المهاجمين خططوا لاستدراج المحامين إلى المستشفى».
ووصل رئيس الوزراء نواز شريف وقائد الجيش الجنرال راحيل شريف إلى كويتا بعد ساعات من التفجير، حيث ترأسا اجتماعا أمنيا في مقر القيادة الجنوبية للجيش، وتفقدا الجرحى في المستشفى العسكري، فيما أعلنت الحكومة الحداد ثلاثة أيام.

واتهم رئيس حكومة الإقليم جهاز الاستخبارات الهندي «راو» بالوقوف وراء الهجوم «لعرقلة مشاريع الممر الاقتصادي مع الصين»، وهو ما نفته نيودلهي.
وأعلنت قوات «فرونتير كور» شبه العسكرية، اليوم الثلاثاء، أنها اعتقلت 11 مشتبها بهم في عمليات دهم نفذتها ليلا في ضواحي كويتا وبلدة بشين القريبة من الحدود الأفغانية.

وكويتا، عاصمة بلوشستان، أكبر أقاليم باكستان مساحة وأفقرها، مسرح لهجمات تشنها جماعات انفصالية بلوشية وأخرى متشددة تستهدف أبناء أقلية الهزارة الشيعية وقوات الأمن، وكان أعنفها تفجيرا في كانون الثاني/يناير 2013 استهدف ناديا للسنوكر في حي علمدار وقُتل فيه أكثر من 90 شخصا، وتبنته جماعة «عسكر جهنكوي».""",
    entities=[
        E("quetta", "Place", ["كويتا"], "Quetta", sub="City"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("hospital", "Place", ["مستشفى كويتا المدني"], "Civil Hospital Quetta"),
        E("bar", "Organization", ["نقابة المحامين"], "Balochistan Bar Association"),
        E("balochistan", "Place", ["إقليم بلوشستان", "بلوشستان", "الإقليم"], "Balochistan", sub="Region"),
        E("kakar", "Person", ["بلال أحمد كاكر", "كاكر"], "Bilal Ahmad Kakar"),
        E("ahrar", "Organization", ["جماعة الأحرار"], "Jamaat-ul-Ahrar", sub="ArmedGroup"),
        E("ttp", "Organization", ["حركة «طالبان باكستان»", "طالبان باكستان"], "Tehrik-i-Taliban Pakistan",
          sub="ArmedGroup"),
        E("khattab", "Person", ["عبد الرحمن خطاب"], "Abd al-Rahman Khattab"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "الدولة الإسلامية"], "Islamic State",
          sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة «أعماق»", "أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("dunya", "Organization", ["قناة «دنيا نيوز»", "دنيا نيوز"], "Dunya News", sub="MediaOrganization",
          opt=True),
        E("mandokhel", "Person", ["مير ظفر الله مندوخيل"], "Mir Zafarullah Mandokhel"),
        E("nawaz", "Person", ["نواز شريف"], "Nawaz Sharif"),
        E("raheel", "Person", ["راحيل شريف"], "Raheel Sharif"),
        E("pk_army", "Organization", ["الجيش"], "Pakistan Army", sub="ArmedForce"),
        E("southcom", "Organization", ["القيادة الجنوبية للجيش", "القيادة الجنوبية"], "Southern Command (Pakistan)",
          sub="ArmedForce"),
        E("mil_hospital", "Place", ["المستشفى العسكري"], "Combined Military Hospital Quetta", opt=True),
        E("govt", "Organization", ["الحكومة"], "Government of Pakistan", sub="GovernmentBody", opt=True),
        E("bal_govt", "Organization", ["حكومة الإقليم"], "Government of Balochistan", sub="GovernmentBody"),
        E("raw", "Organization", ["جهاز الاستخبارات الهندي «راو»", "راو"], "Research and Analysis Wing",
          sub="GovernmentBody"),
        E("china", "Place", ["الصين"], "China", qid="Q148", sub="Country"),
        E("delhi", "Place", ["نيودلهي"], "New Delhi", sub="City", alt=["Organization"]),
        E("fc", "Organization", ["فرونتير كور"], "Frontier Corps", sub="ArmedForce"),
        E("pishin", "Place", ["بلدة بشين", "بشين"], "Pishin", sub="City"),
        E("alamdar", "Place", ["حي علمدار", "علمدار"], "Alamdar Road"),
        E("lej", "Organization", ["جماعة «عسكر جهنكوي»", "عسكر جهنكوي"], "Lashkar-e-Jhangvi", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "quetta", "pakistan", opt=True),
        R("locatedIn", "quetta", "balochistan"),
        R("locatedIn", "balochistan", "pakistan"),
        R("locatedIn", "hospital", "quetta"),
        R("leaderOf", "kakar", "bar"),
        R("affiliatedWith", "ahrar", "ttp"),
        R("partOf", "ahrar", "ttp", opt=True),
        R("spokespersonOf", "khattab", "ahrar"),
        R("partOf", "amaq", "isis", opt=True),
        R("positionIn", "mandokhel", "balochistan"),
        R("positionIn", "mandokhel", "bal_govt", opt=True),
        R("positionIn", "nawaz", "pakistan", opt=True),   # "رئيس الوزراء", no country with it
        R("leaderOf", "raheel", "pk_army"),
        R("partOf", "southcom", "pk_army"),
        R("locatedIn", "alamdar", "quetta", opt=True),
        R("locatedIn", "pishin", "balochistan", opt=True),
    ],
    events=[
        # yesterday's suicide bombing at the hospital, claimed by Jamaat-ul-Ahrar (and by the Islamic State)
        V("Attack", agent=["ahrar"], target=["bar"], place=[["hospital", "quetta", "balochistan"]], date="2016-08-08",
          trigger="تفجير انتحاري"),
        V("Killing", agent=["ahrar"], target=["bar"], place=[["hospital", "quetta", "balochistan"]],
          date="2016-08-08", trigger="قُتل"),
        V("Attack", opt=True, agent=["isis"]),
        V("Killing", opt=True, agent=["isis"]),
        # the bar president shot dead by unknown gunmen that morning
        V("Killing", target=["kakar"], place=["quetta"], date="2016-08-08", trigger="مقتل"),
        V("Attack", opt=True, target=["kakar"], date="2016-08-08"),
        # Nawaz Sharif and the army chief arrive in Quetta and chair a meeting at Southern Command
        V("Visit", agent=["nawaz", "raheel"], place=["quetta"], date="2016-08-08", trigger="وصل"),
        V("Meeting", agent=["nawaz", "raheel"], place=[["southcom", "quetta"]], date="2016-08-08", trigger="اجتماعا"),
        V("Visit", opt=True, place=["mil_hospital"]),
        # the Frontier Corps' night raids, announced today
        V("Arrest", agent=["fc"], place=["quetta", "pishin"], date="2016-08", trigger="اعتقلت"),
        V("Arrest", opt=True, date="2016-08-09"),
        # January 2013: the snooker club bombing on Alamdar Road, claimed by Lashkar-e-Jhangvi
        V("Attack", agent=["lej"], place=[["alamdar", "quetta"]], date="2013-01", trigger="تفجيرا"),
        V("Killing", agent=["lej"], place=[["alamdar", "quetta"]], date="2013-01", trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- Gaza, Rafah crossing (2024-05-08, a Wednesday)
DOCS.append(dict(
    id="t3-ps-rafah", published="2024-05-08",
    text="""رفح (قطاع غزة) - «العربي الجديد»

سيطرت قوات الاحتلال الإسرائيلي، فجر أمس الثلاثاء، على الجانب الفلسطيني من معبر رفح البري جنوبي قطاع غزة، ورفعت عليه العلم الإسرائيلي، بعد ساعات من إعلان حركة «حماس» موافقتها على مقترح مصري قطري لوقف إطلاق النار، في خطوة وصفتها الحركة بأنها «محاولة مكشوفة لتقويض جهود الوسطاء».

وقال جيش الاحتلال في بيان إن قوات «اللواء 401» التابع للفرقة 162 سيطرت على المعبر ضمن «عملية محددة النطاق» في شرق رفح، وقتلت «نحو 20 مخربا» وعثرت على ثلاث فتحات أنفاق، فيما شنت طائراته الحربية غارات على حي الجنينة وبلدة الشوكة ومنطقة تل السلطان، قُتل فيها 23 فلسطينيا على الأقل، بحسب مصادر طبية في مستشفى أبو يوسف النجار.

وكانت «كتائب القسام»، الجناح العسكري لـ«حماس»، أعلنت مسؤوليتها عن قصف تجمع لجنود الاحتلال قرب معبر كرم أبو سالم برشقة صاروخية، الأحد، ما أسفر، بحسب الجيش، عن مقتل أربعة جنود، وهو ما دفع الاحتلال إلى إغلاق المعبر أمام شاحنات المساعدات.
وقال المتحدث باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) ماتياس هولم إن إغلاق المعبرين «يعني عمليا قطع شريان الحياة عن أكثر من مليوني إنسان»، محذرا من أن مخزون الوقود في القطاع «لا يكفي إلا ليوم واحد».

ونقلت قناة «القاهرة الإخبارية» عن مصدر مصري رفيع المستوى قوله إن القاهرة «أبلغت الجانب الإسرائيلي رفضها الكامل» للسيطرة على المعبر، وإن «أي تصعيد في رفح يهدد معاهدة السلام».

وفي القاهرة، التقى رئيس وكالة الاستخبارات المركزية الأميركية وليام بيرنز، أمس، رئيس جهاز المخابرات العامة المصرية، قبل أن يتوجه إلى الدوحة لإجراء مباحثات مع رئيس الوزراء وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني، فيما وصل وفد إسرائيلي برئاسة نائب رئيس «الموساد» إلى العاصمة المصرية للمشاركة في جولة المفاوضات.""",
    entities=[
        E("rafah", "Place", ["رفح"], "Rafah", sub="City"),
        E("strip", "Place", ["قطاع غزة", "القطاع"], "Gaza Strip", sub="Region"),
        E("araby", "Organization", ["العربي الجديد"], "Al-Araby Al-Jadeed", sub="MediaOrganization", opt=True),
        E("idf", "Organization", ["قوات الاحتلال الإسرائيلي", "جيش الاحتلال", "الجيش"], "Israel Defense Forces",
          sub="ArmedForce"),
        E("crossing", "Place", ["معبر رفح البري", "معبر رفح", "المعبر"], "Rafah Border Crossing"),
        E("hamas", "Organization", ["حركة «حماس»", "حماس", "الحركة"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("bde401", "Organization", ["اللواء 401"], "401st Armored Brigade", sub="ArmedForce"),
        E("div162", "Organization", ["الفرقة 162"], "162nd Division", sub="ArmedForce"),
        E("jneina", "Place", ["حي الجنينة", "الجنينة"], "al-Jneina"),
        E("shawka", "Place", ["بلدة الشوكة", "الشوكة"], "al-Shawka", sub="City"),
        E("tal_sultan", "Place", ["منطقة تل السلطان", "تل السلطان"], "Tal al-Sultan"),
        E("najjar", "Place", ["مستشفى أبو يوسف النجار"], "Abu Yousef al-Najjar Hospital", opt=True),
        E("qassam", "Organization", ["كتائب القسام"], "Izz ad-Din al-Qassam Brigades", sub="ArmedGroup"),
        E("kerem", "Place", ["معبر كرم أبو سالم"], "Kerem Shalom crossing"),
        E("ocha", "Organization", ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "أوتشا"],
          "UN Office for the Coordination of Humanitarian Affairs"),
        E("holm", "Person", ["ماتياس هولم"], "Matthias Holm"),
        E("qnews", "Organization", ["قناة «القاهرة الإخبارية»", "القاهرة الإخبارية"], "Al-Qahera News",
          sub="MediaOrganization", opt=True),
        E("cairo", "Place", ["القاهرة", "العاصمة المصرية"], "Cairo", qid="Q85", sub="City", alt=["Organization"]),
        E("cia", "Organization", ["وكالة الاستخبارات المركزية الأميركية"], "Central Intelligence Agency",
          sub="GovernmentBody"),
        E("burns", "Person", ["وليام بيرنز"], "William Burns"),
        E("gis", "Organization", ["جهاز المخابرات العامة المصرية"], "General Intelligence Directorate (Egypt)",
          sub="GovernmentBody"),
        E("doha", "Place", ["الدوحة"], "Doha", sub="City"),
        E("althani", "Person", ["محمد بن عبد الرحمن آل ثاني"], "Mohammed bin Abdulrahman Al Thani"),
        E("mossad", "Organization", ["الموساد"], "Mossad", sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "crossing", "strip"),
        R("locatedIn", "crossing", "rafah", opt=True),
        R("locatedIn", "rafah", "strip", opt=True),
        R("partOf", "bde401", "div162"),
        R("partOf", "bde401", "idf", opt=True),
        R("partOf", "div162", "idf", opt=True),
        R("locatedIn", "jneina", "rafah", opt=True),
        R("locatedIn", "shawka", "rafah", opt=True),
        R("locatedIn", "tal_sultan", "rafah", opt=True),
        R("partOf", "qassam", "hamas"),
        R("spokespersonOf", "holm", "ocha"),
        R("leaderOf", "burns", "cia"),
    ],
    events=[
        # the seizure of the crossing at dawn yesterday by the 401st Brigade (an operation in eastern Rafah)
        V("MilitaryOperation", agent=["idf"], place=[["crossing", "rafah", "strip"]], date="2024-05-07",
          trigger="سيطرت"),
        V("MilitaryOperation", opt=True, agent=["bde401", "div162"], place=["rafah"], target=["hamas"]),
        V("Attack", opt=True, agent=["idf", "bde401"], place=[["crossing", "rafah"]], date="2024-05-07"),
        # the brigade "killed about 20 terrorists"
        V("Killing", agent=["bde401"], place=["rafah"], date="2024-05", trigger="قتلت"),
        V("Killing", opt=True, agent=["idf"], target=["hamas"], date="2024-05-07"),
        # air strikes on three neighbourhoods, 23 killed
        V("Strike", agent=["idf"], place=[["jneina", "rafah"], ["shawka", "rafah"], ["tal_sultan", "rafah"]],
          date="2024-05", trigger="غارات"),
        V("Killing", agent=["idf"], place=[["jneina", "rafah"], ["shawka", "rafah"], ["tal_sultan", "rafah"]],
          date="2024-05", trigger="قُتل"),
        V("Strike", opt=True, date="2024-05-07"),
        V("Killing", opt=True, date="2024-05-07"),
        # Sunday: Qassam's rocket fire near Kerem Shalom, four soldiers killed
        V("Strike", agent=["qassam"], target=["idf"], place=["kerem"], date="2024-05-05", trigger="قصف"),
        V("Killing", agent=["qassam"], target=["idf"], place=["kerem"], date="2024-05-05", trigger="مقتل"),
        V("Attack", opt=True, agent=["qassam"], target=["idf"], place=["kerem"], date="2024-05-05"),
        # Burns meets the Egyptian intelligence chief in Cairo yesterday; talks in Doha to follow
        V("Meeting", agent=["burns", "gis"], place=["cairo"], date="2024-05-07", trigger="التقى"),
        V("Visit", opt=True, agent=["burns"], place=["cairo", "doha"], date="2024-05"),
        V("Meeting", opt=True, agent=["burns", "althani"], place=["doha"], date="2024-05"),
        # an Israeli delegation led by the Mossad's deputy head arrives in Cairo
        V("Visit", place=["cairo"], date="2024-05", trigger="وصل"),
        V("Visit", opt=True, agent=["mossad"]),
    ],
))

# ---------------------------------------------------------------- Iran / Israel, "True Promise" (2024-04-15, a Monday)
DOCS.append(dict(
    id="t3-ir-truepromise", published="2024-04-15",
    text="""طهران، القدس المحتلة - وكالات: قال المتحدث باسم الجيش الإسرائيلي دانيال هاغاري إن «99 في المئة» من أكثر من 300 طائرة مسيرة وصاروخ أطلقتها إيران ليل السبت - الأحد باتجاه إسرائيل «جرى اعتراضها»، بمساعدة الولايات المتحدة وبريطانيا وفرنسا، مشيرا إلى أن صواريخ قليلة أصابت قاعدة نيفاتيم الجوية في صحراء النقب، وتسببت في «أضرار طفيفة» بالبنية التحتية.

وأعلن «الحرس الثوري» الإيراني، في بيان بثه التلفزيون الرسمي، أن قواته الجوفضائية نفذت الهجوم، الذي أطلق عليه اسم «الوعد الصادق»، «ردا على جريمة الكيان الصهيوني» باستهداف القنصلية الإيرانية في دمشق، في الأول من نيسان/أبريل الجاري، بغارة قُتل فيها سبعة من ضباط الحرس، بينهم قائد «فيلق القدس» في سوريا ولبنان العميد محمد رضا زاهدي.

ونقلت وكالة «إرنا» عن رئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري قوله إن «العملية انتهت ولا نية لمواصلتها»، محذرا من أن «أي رد إسرائيلي سيقابل بعملية أكبر بكثير».
واستدعت وزارة الخارجية الإيرانية سفراء بريطانيا وفرنسا وألمانيا في طهران احتجاجا على «مواقفهم غير المسؤولة»، بحسب ما أفاد المتحدث باسم الوزارة مهدي رضا فاضلي.

وفي إسرائيل، عقد رئيس الوزراء بنيامين نتنياهو، مساء الأحد، اجتماعا لحكومة الحرب في تل أبيب بحث «طبيعة الرد وتوقيته»، بعد اتصال هاتفي مع الرئيس الأميركي جو بايدن، الذي أبلغه، بحسب مسؤول أميركي نقل عنه موقع «أكسيوس»، أن واشنطن «لن تشارك في أي هجوم مضاد» على إيران.

وأعلن الجيش الأردني أن طائراته أسقطت «أجساما طائرة» اخترقت أجواء المملكة، في حين قالت وزارة الخارجية الأردنية إنها استدعت السفير الإيراني في عمّان «لتحذيره من المس بأمن الأردن». وكان وزير الخارجية الأردني أيمن الصفدي قد التقى، في عمّان، الأحد، نظيره الإيطالي أنطونيو تاياني، الذي وصل في زيارة قصيرة.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("jerusalem", "Place", ["القدس المحتلة"], "Jerusalem", qid="Q1218", sub="City"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", sub="ArmedForce"),
        E("hagari", "Person", ["دانيال هاغاري"], "Daniel Hagari"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country", alt=["Organization"]),
        E("israel", "Place", ["إسرائيل", "الكيان الصهيوني"], "Israel", qid="Q801", sub="Country",
          alt=["Organization"]),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("uk", "Place", ["بريطانيا"], "United Kingdom", qid="Q145", sub="Country", alt=["Organization"]),
        E("france", "Place", ["فرنسا"], "France", qid="Q142", sub="Country", alt=["Organization"]),
        E("nevatim", "Place", ["قاعدة نيفاتيم الجوية", "نيفاتيم"], "Nevatim Airbase"),
        E("negev", "Place", ["صحراء النقب", "النقب"], "Negev", sub="Region"),
        E("irgc", "Organization", ["الحرس الثوري", "الحرس"],
          "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("irib", "Organization", ["التلفزيون الرسمي"], "IRIB", sub="MediaOrganization", opt=True),
        E("consulate", "Place", ["القنصلية الإيرانية"], "Iranian consulate in Damascus"),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("quds_force", "Organization", ["فيلق القدس"], "Quds Force", sub="ArmedForce"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("zahedi", "Person", ["محمد رضا زاهدي"], "Mohammad Reza Zahedi"),
        E("irna", "Organization", ["وكالة «إرنا»", "إرنا"], "IRNA", sub="MediaOrganization", opt=True),
        E("genstaff", "Organization", ["هيئة الأركان العامة للقوات المسلحة"], "General Staff of the Armed Forces (Iran)",
          sub="ArmedForce"),
        E("bagheri", "Person", ["محمد باقري"], "Mohammad Bagheri"),
        E("ir_mfa", "Organization", ["وزارة الخارجية الإيرانية", "الوزارة"], "Ministry of Foreign Affairs (Iran)",
          sub="GovernmentBody"),
        E("germany", "Place", ["ألمانيا"], "Germany", qid="Q183", sub="Country"),
        E("fazeli", "Person", ["مهدي رضا فاضلي"], "Mahdi Reza Fazeli"),
        E("netanyahu", "Person", ["بنيامين نتنياهو"], "Benjamin Netanyahu", qid="Q43174"),
        E("war_cabinet", "Organization", ["حكومة الحرب"], "Israeli war cabinet", sub="GovernmentBody"),
        E("telaviv", "Place", ["تل أبيب"], "Tel Aviv", sub="City"),
        E("biden", "Person", ["جو بايدن"], "Joe Biden"),
        E("axios", "Organization", ["موقع «أكسيوس»", "أكسيوس"], "Axios", sub="MediaOrganization", opt=True),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("jaf", "Organization", ["الجيش الأردني"], "Jordanian Armed Forces", sub="ArmedForce"),
        E("jo_mfa", "Organization", ["وزارة الخارجية الأردنية"], "Ministry of Foreign Affairs (Jordan)",
          sub="GovernmentBody"),
        E("amman", "Place", ["عمّان"], "Amman", sub="City"),
        E("jordan", "Place", ["الأردن", "المملكة"], "Jordan", qid="Q810", sub="Country"),
        E("safadi", "Person", ["أيمن الصفدي"], "Ayman Safadi"),
        E("tajani", "Person", ["أنطونيو تاياني"], "Antonio Tajani"),
    ],
    relations=[
        R("spokespersonOf", "hagari", "idf"),
        R("locatedIn", "nevatim", "negev"),
        R("locatedIn", "consulate", "damascus"),
        R("leaderOf", "zahedi", "quds_force"),
        R("memberOf", "zahedi", "irgc", opt=True),
        R("partOf", "quds_force", "irgc", opt=True),
        R("leaderOf", "bagheri", "genstaff"),
        R("spokespersonOf", "fazeli", "ir_mfa"),
        R("positionIn", "netanyahu", "israel", opt=True),   # "رئيس الوزراء" (in Israel, no adjective)
        R("leaderOf", "netanyahu", "war_cabinet", opt=True),
        R("positionIn", "safadi", "jordan"),
        R("locatedIn", "amman", "jordan", opt=True),
        R("locatedIn", "tehran", "iran", opt=True),
    ],
    events=[
        # Saturday-Sunday night: Iran's drones and missiles on Israel ("True Promise"), claimed by the IRGC
        V("Strike", agent=["irgc"], target=["israel"], place=[["nevatim", "negev", "israel"]], date="2024-04-13",
          trigger="أطلقتها"),
        V("Strike", opt=True, agent=["iran"], date="2024-04-14"),
        V("MilitaryOperation", name="الوعد الصادق", agent=["irgc"], target=["israel"], date="2024-04-13",
          trigger="الهجوم"),
        V("MilitaryOperation", opt=True, agent=["iran"], date="2024-04-14"),
        # 1 April: the strike on the consulate in Damascus (Iran blames Israel), seven IRGC officers killed
        V("Strike", target=["consulate"], place=[["consulate", "damascus"]], date="2024-04-01", trigger="بغارة"),
        V("Killing", target=["zahedi"], place=[["consulate", "damascus"]], date="2024-04-01", trigger="قُتل"),
        V("Strike", opt=True, agent=["israel"]),
        V("Killing", opt=True, agent=["israel"], target=["irgc", "quds_force"]),
        # the Jordanian air force's interceptions (no date beyond the story)
        V("Strike", opt=True, agent=["jaf"], place=["jordan"], date="2024-04"),
        # Netanyahu chairs the war cabinet in Tel Aviv on Sunday evening
        V("Meeting", agent=["netanyahu"], place=["telaviv"], date="2024-04-14", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["war_cabinet"]),
        # Safadi meets Tajani in Amman on Sunday; Tajani's visit
        V("Meeting", agent=["safadi", "tajani"], place=["amman"], date="2024-04-14", trigger="التقى"),
        V("Visit", agent=["tajani"], place=["amman"], date="2024-04-14", trigger="وصل"),
    ],
))

# ---------------------------------------------------------------- Turkey, the failed coup (2016-07-17, a Sunday)
DOCS.append(dict(
    id="t3-tr-coup", published="2016-07-17",
    text="""أنقرة، إسطنبول - «الحياة»، أ ف ب

ارتفع عدد العسكريين الموقوفين على خلفية المحاولة الانقلابية الفاشلة التي شهدتها تركيا ليل الجمعة - السبت إلى 2839، بينهم قائد الجيش الثاني الجنرال مراد أيدين وعشرات الجنرالات، فيما أعلنت السلطات عزل 2745 قاضيا، في حملة قال رئيس الوزراء بن علي يلدريم إنها ستطاول «كل من تورط في هذه الخيانة».

وكانت مجموعة من الضباط أطلقت على نفسها اسم «مجلس السلام في الوطن» قد أعلنت، عبر التلفزيون الرسمي، «تولي إدارة البلاد»، ونشرت دبابات على جسري البوسفور في إسطنبول، فيما قصفت مقاتلات من طراز «إف 16» مبنى البرلمان في أنقرة ومقر الاستخبارات، واحتجز الانقلابيون رئيس الأركان العامة خلوصي أكار في قاعدة أكينجي الجوية شمال غربي العاصمة، قبل أن تحرره قوات خاصة صباح السبت.

وقال الرئيس رجب طيب أردوغان، الذي كان يقضي عطلة في منتجع مرمريس جنوب غربي البلاد، في اتصال عبر تطبيق «فيس تايم» بثته قناة «سي إن إن تورك»، إن «الانقلابيين سيدفعون ثمنا باهظا»، داعيا الأتراك إلى النزول إلى الشوارع، ثم وصل إلى مطار أتاتورك في إسطنبول فجر السبت، حيث استقبله الآلاف.
وأسفرت المواجهات عن مقتل 265 شخصا، بينهم 104 من الانقلابيين، بحسب حصيلة رسمية.

واتهمت أنقرة الداعية فتح الله غولن، المقيم في ولاية بنسلفانيا الأميركية منذ عام 1999، بتدبير المحاولة، وطالب وزير العدل أحمد قره داغ واشنطن بتسليمه «من دون تأخير»، بينما نفى غولن، في بيان، أي علاقة له بما جرى، مندّدا «بأشد العبارات» بمحاولة الانقلاب.

ونقلت وكالة «الأناضول» عن مصادر أمنية أن قوات الأمن اعتقلت، أمس، المستشار العسكري للرئيس العقيد جنكيز أوزتورك، فيما أعلن وزير الخارجية مولود جاويش أوغلو أنه تلقى اتصالا من نظيره الأميركي جون كيري، أكد فيه «دعم واشنطن الكامل للحكومة المنتخبة ديمقراطيا».""",
    entities=[
        E("ankara", "Place", ["أنقرة", "العاصمة"], "Ankara", qid="Q3640", sub="City", alt=["Organization"]),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("turkey", "Place", ["تركيا", "البلاد"], "Turkey", qid="Q43", sub="Country"),
        E("second_army", "Organization", ["الجيش الثاني"], "Second Army (Turkey)", sub="ArmedForce"),
        E("aydin", "Person", ["مراد أيدين"], "Murat Aydın"),
        E("yildirim", "Person", ["بن علي يلدريم"], "Binali Yıldırım"),
        E("council", "Organization", ["مجلس السلام في الوطن"], "Peace at Home Council",
          sub="ArmedGroup"),
        E("trt", "Organization", ["التلفزيون الرسمي"], "TRT", sub="MediaOrganization", opt=True),
        E("bosphorus", "Place", ["البوسفور"], "Bosphorus"),
        E("parliament", "Organization", ["مبنى البرلمان", "البرلمان"], "Grand National Assembly of Turkey",
          sub="GovernmentBody", alt=["Place"]),
        E("mit", "Organization", ["الاستخبارات"], "National Intelligence Organization (Turkey)",
          sub="GovernmentBody"),
        E("genstaff", "Organization", ["الأركان العامة"], "Turkish General Staff", sub="ArmedForce"),
        E("akar", "Person", ["خلوصي أكار"], "Hulusi Akar"),
        E("akinci", "Place", ["قاعدة أكينجي الجوية"], "Akıncı Air Base"),
        E("special", "Organization", ["قوات خاصة"], "Turkish special forces", sub="ArmedForce", opt=True),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdoğan", qid="Q39723"),
        E("marmaris", "Place", ["منتجع مرمريس", "مرمريس"], "Marmaris", sub="City"),
        E("cnnturk", "Organization", ["قناة «سي إن إن تورك»", "سي إن إن تورك"], "CNN Türk", sub="MediaOrganization",
          opt=True),
        E("ataturk", "Place", ["مطار أتاتورك"], "Istanbul Atatürk Airport"),
        E("gulen", "Person", ["فتح الله غولن", "غولن"], "Fethullah Gülen"),
        E("pennsylvania", "Place", ["ولاية بنسلفانيا", "بنسلفانيا"], "Pennsylvania", sub="Region"),
        E("karadag", "Person", ["أحمد قره داغ"], "Ahmet Karadağ"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("anadolu", "Organization", ["وكالة «الأناضول»", "الأناضول"], "Anadolu Agency", sub="MediaOrganization",
          opt=True),
        E("security", "Organization", ["قوات الأمن"], "Turkish security forces", sub="GovernmentBody", opt=True),
        E("cengiz", "Person", ["جنكيز أوزتورك"], "Cengiz Öztürk"),
        E("cavusoglu", "Person", ["مولود جاويش أوغلو"], "Mevlüt Çavuşoğlu"),
        E("kerry", "Person", ["جون كيري"], "John Kerry"),
    ],
    relations=[
        R("leaderOf", "aydin", "second_army"),
        R("positionIn", "yildirim", "turkey", opt=True),   # "رئيس الوزراء", no country with it
        R("leaderOf", "akar", "genstaff"),
        R("locatedIn", "akinci", "ankara", opt=True),     # "شمال غربي العاصمة"
        R("leaderOf", "erdogan", "turkey", opt=True),
        R("locatedIn", "marmaris", "turkey", opt=True),   # "جنوب غربي البلاد"
        R("locatedIn", "ataturk", "istanbul"),
        R("locatedIn", "bosphorus", "istanbul"),
        R("positionIn", "karadag", "turkey", opt=True),
        R("locatedIn", "parliament", "ankara", opt=True),
        R("positionIn", "cavusoglu", "turkey", opt=True),
    ],
    events=[
        # the soldiers detained since the coup attempt (Friday-Saturday night to now): the month
        V("Arrest", target=["aydin"], date="2016-07", trigger="الموقوفين"),
        V("Arrest", opt=True, target=["second_army"], agent=["security"]),
        # F-16s bomb the parliament and the intelligence headquarters in Ankara on Friday night
        # the jets' side is not named in the sentence: the council is only an optional agent
        V("Strike", target=["parliament", "mit"], place=["ankara"], date="2016-07-15", trigger="قصفت"),
        V("Strike", opt=True, agent=["council"], date="2016-07-16"),
        # the putschists hold the chief of staff at Akıncı; freed on Saturday morning
        V("Arrest", agent=["council"], target=["akar"], place=["akinci"], date="2016-07-15", trigger="احتجز"),
        V("Arrest", opt=True, date="2016-07-16"),
        # the coup attempt itself (the council's seizure of the state and the Bosphorus bridges)
        V("Attack", opt=True, agent=["council"], place=["istanbul", "ankara", "bosphorus"], date="2016-07-15"),
        # 265 killed in the confrontations (no single agent)
        V("Killing", opt=True, target=["council"], place=["turkey"], date="2016-07"),
        # Erdoğan lands at Atatürk airport at dawn on Saturday
        V("Visit", agent=["erdogan"], place=[["ataturk", "istanbul"]], date="2016-07-16", trigger="وصل"),
        # yesterday's arrest of the president's military adviser
        V("Arrest", agent=["security"], target=["cengiz"], date="2016-07-16", trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Ghazni (2018-08-14, a Tuesday)
DOCS.append(dict(
    id="t3-af-ghazni", published="2018-08-14",
    text="""كابول - «الشرق الأوسط»

أعلن وزير الدفاع الأفغاني عبد الله حبيب نوري، أمس الاثنين، مقتل نحو 100 من عناصر الجيش والشرطة و20 مدنيا على الأقل في المعارك الدائرة منذ فجر الجمعة في مدينة غزني، عاصمة الولاية التي تحمل الاسم نفسه جنوب شرقي البلاد، إثر هجوم واسع شنته حركة «طالبان» على المدينة الواقعة على الطريق السريع بين كابول وقندهار.

وقال نوري، في مؤتمر صحافي في العاصمة، إن «نحو ألف عنصر من القوات الخاصة» وصلوا إلى المدينة لتعزيز القوات المحلية، وإن الطائرات الأميركية نفذت «أكثر من 20 غارة» على مواقع المسلحين، مؤكدا أن «194 من مقاتلي طالبان قُتلوا، بينهم قادة أجانب من باكستان والشيشان».

ونقلت قناة «طلوع نيوز» عن والي غزني غلام سرور نيازي قوله إن مقاتلي الحركة أحرقوا مبنى الإذاعة والتلفزيون المحلي والسوق الرئيسية، واستولوا على مقر مديرية الأمن الوطني في المدينة، فيما بقي مقر الولاية ومقر قيادة الشرطة في أيدي القوات الحكومية.
وأعلن المتحدث باسم «طالبان» ذبيح الله مجاهد، في بيان، أن مقاتلي الحركة «سيطروا على معظم أحياء غزني» وأسروا «عشرات الجنود»، في حين قال المتحدث باسم مهمة «الدعم الحازم» التابعة لحلف شمال الأطلسي، الكولونيل ديفيد لوكاس، إن «المدينة لا تزال تحت سيطرة الحكومة».

وفي ولاية فارياب شمالي البلاد، قالت مصادر محلية لوكالة «فرانس برس» إن مقاتلي الحركة اقتحموا، ليل الأحد - الاثنين، قاعدة «تشيناريا» العسكرية في منطقة غورماش، بعد حصار استمر ثلاثة أيام، وقتلوا 17 جنديا على الأقل وأسروا آخرين.

ووصل الرئيس أشرف غني إلى غزني، اليوم الثلاثاء، في زيارة لم يُعلن عنها مسبقا، حيث اجتمع مع قادة الجيش والشرطة في مقر الولاية، بعد أن كان قد عقد، أمس، اجتماعا لمجلس الأمن الوطني في القصر الرئاسي بكابول خصص لبحث الوضع في المدينة.""",
    entities=[
        E("kabul", "Place", ["كابول", "العاصمة"], "Kabul", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("nuri", "Person", ["عبد الله حبيب نوري", "نوري"], "Abdullah Habib Nuri"),
        E("ana", "Organization", ["الجيش"], "Afghan National Army", sub="ArmedForce"),
        E("police", "Organization", ["الشرطة"], "Afghan National Police", sub="GovernmentBody", opt=True),
        E("ghazni", "Place", ["مدينة غزني", "غزني", "المدينة"], "Ghazni", sub="City"),
        E("ghazni_prov", "Place", ["الولاية"], "Ghazni Province", sub="Region"),
        E("afghanistan", "Place", ["البلاد"], "Afghanistan", qid="Q889", sub="Country", opt=True),   # only البلاد
        E("taliban", "Organization", ["حركة «طالبان»", "طالبان", "الحركة"], "Taliban", qid="Q42418",
          sub="ArmedGroup"),
        E("kandahar", "Place", ["قندهار"], "Kandahar", sub="City"),
        E("special", "Organization", ["القوات الخاصة"], "Afghan special forces", sub="ArmedForce", opt=True),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("chechnya", "Place", ["الشيشان"], "Chechnya", sub="Region"),
        E("tolo", "Organization", ["قناة «طلوع نيوز»", "طلوع نيوز"], "TOLOnews", sub="MediaOrganization", opt=True),
        E("niazi", "Person", ["غلام سرور نيازي"], "Ghulam Sarwar Niazi"),
        E("nds", "Organization", ["مديرية الأمن الوطني"], "National Directorate of Security", sub="GovernmentBody"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("rs", "Organization", ["مهمة «الدعم الحازم»", "الدعم الحازم"], "Resolute Support Mission", sub="Coalition"),
        E("nato", "Organization", ["حلف شمال الأطلسي"], "NATO", qid="Q7184", sub="Coalition"),
        E("lucas", "Person", ["ديفيد لوكاس"], "David Lucas"),
        E("faryab", "Place", ["ولاية فارياب", "فارياب"], "Faryab Province", sub="Region"),
        E("afp", "Organization", ["وكالة «فرانس برس»", "فرانس برس"], "Agence France-Presse", sub="MediaOrganization",
          opt=True),
        E("chinaria", "Place", ["قاعدة «تشيناريا» العسكرية", "تشيناريا"], "Chinaria base"),
        E("ghormach", "Place", ["منطقة غورماش", "غورماش"], "Ghormach District", sub="Region"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani"),
        E("nsc", "Organization", ["مجلس الأمن الوطني"], "National Security Council (Afghanistan)",
          sub="GovernmentBody"),
        E("arg", "Place", ["القصر الرئاسي"], "Arg (Presidential Palace)", opt=True),
    ],
    relations=[
        R("positionIn", "nuri", "afghanistan", opt=True),   # "وزير الدفاع الأفغاني": Afghanistan is named only as البلاد
        R("locatedIn", "ghazni", "ghazni_prov"),
        R("locatedIn", "ghazni_prov", "afghanistan", opt=True),
        R("spokespersonOf", "mujahid", "taliban"),
        R("leaderOf", "niazi", "ghazni_prov"),
        R("leaderOf", "niazi", "ghazni", opt=True),
        R("partOf", "rs", "nato"),
        R("spokespersonOf", "lucas", "rs"),
        R("locatedIn", "faryab", "afghanistan", opt=True),
        R("locatedIn", "chinaria", "ghormach"),
        R("locatedIn", "ghormach", "faryab", opt=True),
        R("leaderOf", "ghani", "afghanistan", opt=True),
        R("leaderOf", "ghani", "nsc", opt=True),
        R("locatedIn", "arg", "kabul", opt=True),
    ],
    events=[
        # the Taliban's offensive on Ghazni since dawn on Friday; soldiers, police and civilians killed
        V("Attack", agent=["taliban"], place=[["ghazni", "ghazni_prov"]], date="2018-08-10", trigger="هجوم"),
        V("Killing", agent=["taliban"], target=["ana"], place=[["ghazni", "ghazni_prov"]], date="2018-08",
          trigger="مقتل"),
        V("Killing", opt=True, target=["police"], date="2018-08-10"),
        V("MilitaryOperation", opt=True, agent=["taliban"], place=["ghazni"], date="2018-08-10"),
        # US air strikes on the militants' positions
        V("Strike", target=["taliban"], place=["ghazni"], date="2018-08", trigger="غارة"),
        V("Killing", opt=True, target=["taliban"], place=["ghazni"], date="2018-08"),
        # the Taliban take the intelligence directorate's headquarters, and say they captured soldiers
        V("Attack", agent=["taliban"], target=["nds"], place=["ghazni"], date="2018-08", trigger="استولوا"),
        V("Arrest", agent=["taliban"], target=["ana"], place=["ghazni"], date="2018-08", trigger="أسروا"),
        # Faryab: the Chinaria base overrun on Sunday-Monday night, 17 soldiers killed, others captured
        V("Attack", agent=["taliban"], target=["ana"], place=[["chinaria", "ghormach", "faryab"]], date="2018-08-12",
          trigger="اقتحموا"),
        V("Killing", agent=["taliban"], target=["ana"], place=[["chinaria", "ghormach", "faryab"]], date="2018-08-12",
          trigger="قتلوا"),
        V("Arrest", agent=["taliban"], target=["ana"], place=[["chinaria", "ghormach", "faryab"]], date="2018-08-12",
          trigger="أسروا"),
        V("Attack", opt=True, date="2018-08-13"),
        V("Killing", opt=True, date="2018-08-13"),
        V("Arrest", opt=True, date="2018-08-13"),
        # Ghani arrives in Ghazni today and meets the commanders; yesterday's National Security Council in Kabul
        V("Visit", agent=["ghani"], place=["ghazni"], date="2018-08-14", trigger="وصل"),
        V("Meeting", agent=["ghani"], place=["ghazni"], date="2018-08-14", trigger="اجتمع"),
        V("Meeting", opt=True, agent=["ana", "police"]),
        V("Meeting", agent=["ghani", "nsc"], place=[["arg", "kabul"]], date="2018-08-13", trigger="اجتماعا"),
    ],
))

# ---------------------------------------------------------------- Israel, Elad (2022-05-09, a Monday)
DOCS.append(dict(
    id="t3-il-elad", published="2022-05-09",
    text="""القدس المحتلة - «الحياة الجديدة»

أعلنت الشرطة الإسرائيلية وجهاز الأمن العام (الشاباك)، أمس الأحد، اعتقال الفلسطينيين المتهمين بتنفيذ عملية الطعن في مدينة إلعاد وسط إسرائيل، التي قُتل فيها ثلاثة إسرائيليين مساء الخميس، بعد مطاردة استمرت نحو ثلاثة أيام شارك فيها مئات من عناصر الشرطة والجيش ووحدات خاصة، مدعومين بطائرات مسيرة ومروحيات.

وقال الناطق باسم الشرطة عاموس شاحار إن قوة من وحدة «اليمام» الخاصة اعتقلت معتز سليم الحاج (19 عاما) ويزن عماد الخطيب (20 عاما)، وكلاهما من بلدة رمانة غرب جنين، في أحراش قريبة من محجر في محيط إلعاد، مضيفا أن أحد سكان المنطقة «أبلغ عن حركة مريبة» قادت إلى مكان اختبائهما.

وكانت الشرطة قالت إن المنفذين هاجما، مساء الخميس، الذي صادف ما تسميه إسرائيل «يوم الاستقلال»، مارة في حديقة عامة وسط المدينة بفأس وسكين، قبل أن يفرا بسيارة كانت تنتظرهما، فيما نقلت هيئة البث الإسرائيلية عن مصدر أمني قوله إن المحققين يشتبهون في أن المهاجمين «تأثرا بخطاب» رئيس حركة «حماس» في غزة يحيى السنوار.
وكان السنوار قد دعا، في كلمة ألقاها في غزة في 30 نيسان/أبريل الماضي، الفلسطينيين إلى «تجهيز البنادق، ومن لا يملك بندقية فليجهز ساطوره أو فأسه أو سكينه».

ولم تعلن أي جهة فلسطينية مسؤوليتها عن العملية، لكن «حماس» وصفتها بأنها «رد طبيعي على الاعتداءات على المسجد الأقصى».

ورحب رئيس الوزراء الإسرائيلي نفتالي بينيت بالاعتقال، قائلا إن «يد إسرائيل الطويلة ستصل إلى كل إرهابي»، بعدما كان قد زار الجمعة موقع العملية في إلعاد، حيث التقى رئيس البلدية موشيه غولدنبرغ، ووعد بـ«إغلاق الثغرات» في الجدار الفاصل، فيما دهم الجيش الإسرائيلي، فجر أمس، بلدة رمانة واعتقل والد أحد المتهمين وشقيقه.""",
    entities=[
        E("jerusalem", "Place", ["القدس المحتلة"], "Jerusalem", qid="Q1218", sub="City"),
        E("hayat_jadida", "Organization", ["الحياة الجديدة"], "Al-Hayat Al-Jadida", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة الإسرائيلية", "الشرطة"], "Israel Police", sub="GovernmentBody"),
        E("shabak", "Organization", ["جهاز الأمن العام", "الشاباك"], "Shin Bet", sub="GovernmentBody"),
        E("elad", "Place", ["مدينة إلعاد", "إلعاد", "المدينة"], "Elad", sub="City"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("idf", "Organization", ["الجيش الإسرائيلي", "الجيش"], "Israel Defense Forces", sub="ArmedForce"),
        E("shahar", "Person", ["عاموس شاحار"], "Amos Shahar"),
        E("yamam", "Organization", ["وحدة «اليمام» الخاصة", "اليمام"], "Yamam", sub="GovernmentBody"),
        E("mutazz", "Person", ["معتز سليم الحاج"], "Mutazz Salim al-Hajj"),
        E("yazan", "Person", ["يزن عماد الخطيب"], "Yazan Imad al-Khatib"),
        E("rummana", "Place", ["بلدة رمانة", "رمانة"], "Rummana", sub="City"),
        E("jenin", "Place", ["جنين"], "Jenin", sub="City"),
        E("kan", "Organization", ["هيئة البث الإسرائيلية"], "Kan (Israeli Public Broadcasting Corporation)",
          sub="MediaOrganization", opt=True),
        E("hamas", "Organization", ["حركة «حماس»", "حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("gaza", "Place", ["غزة"], "Gaza Strip", sub="Region"),
        E("sinwar", "Person", ["يحيى السنوار", "السنوار"], "Yahya Sinwar"),
        E("aqsa", "Place", ["المسجد الأقصى"], "al-Aqsa Mosque"),
        E("bennett", "Person", ["نفتالي بينيت"], "Naftali Bennett"),
        E("mayor", "Person", ["موشيه غولدنبرغ"], "Moshe Goldenberg"),
    ],
    relations=[
        R("locatedIn", "elad", "israel"),
        R("spokespersonOf", "shahar", "police"),
        R("partOf", "yamam", "police"),
        R("locatedIn", "rummana", "jenin", opt=True),   # "غرب جنين": west of
        R("leaderOf", "sinwar", "hamas"),
        R("positionIn", "sinwar", "gaza", opt=True),
        R("positionIn", "bennett", "israel"),
        R("leaderOf", "bennett", "israel", opt=True),
        R("leaderOf", "mayor", "elad"),
        R("positionIn", "mayor", "elad", opt=True),
    ],
    events=[
        # the arrest of the two suspects near Elad, announced yesterday (by the Yamam unit)
        V("Arrest", agent=["yamam"], target=["mutazz", "yazan"], place=["elad"], date="2022-05-08",
          trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["police", "shabak"]),
        # Thursday evening's axe and knife attack in Elad, three killed; no group claimed it
        # the two arrested are "accused" of it: optional agents
        V("Attack", place=[["elad", "israel"]], date="2022-05-05", trigger="عملية الطعن"),
        V("Killing", place=[["elad", "israel"]], date="2022-05-05", trigger="قُتل"),
        V("Attack", opt=True, agent=["mutazz", "yazan"]),
        V("Killing", opt=True, agent=["mutazz", "yazan"]),
        # Bennett visits the site on Friday and meets the mayor
        V("Visit", agent=["bennett"], place=["elad"], date="2022-05-06", trigger="زار"),
        V("Meeting", agent=["bennett", "mayor"], place=["elad"], date="2022-05-06", trigger="التقى"),
        # the army raids Rummana at dawn yesterday and arrests a suspect's father and brother
        V("Arrest", agent=["idf"], place=["rummana"], date="2022-05-08", trigger="اعتقل"),
        V("Attack", opt=True, agent=["idf"], place=["rummana"], date="2022-05-08"),
    ],
))
