"""Hand annotations of the forty-fifth training set (see eval/train45/README.md).

The check set written beside train44: the same kinds of entities (persons with no title, transliterated
names, names across a line break, foreign agencies and companies, militias and factions, councils,
tribes, authorities, ministries by adjective, embassies, organisations named for a place;
neighbourhoods, villages, crossings, camps, provinces, rivers, mountains; nominal mentions; words that
are not names) in other countries and wordings: Somalia, Tunisia, Algeria, Jordan, Pakistan, Mali,
Kuwait, Bahrain. Persons are invented except well-known public figures. Written and annotated before
the extractor was run on it. It is a CHECK set: only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Somalia, Lower Shabelle (2017-10-19, Thursday)
DOCS.append(dict(
    id="t45-so-shabelle", published="2017-10-19",
    text="""مقديشو - (رويترز):

قال مسؤولون صوماليون إن مسلحين من «حركة الشباب المجاهدين» هاجموا، يوم الثلاثاء، قاعدة عسكرية في بلدة بريري بإقليم شبيلي السفلى، ما أدى إلى مقتل تسعة جنود على الأقل.

وأوضح حسن محمود أفرح، وهو ضابط في الجيش الصومالي، أن المهاجمين فجروا سيارة مفخخة عند مدخل القاعدة قبل أن يقتحموها، وأضاف أفرح أن قوات بعثة الاتحاد الأفريقي في الصومال (أميصوم) استعادت الموقع بعد ساعات.

وقال عبد الرحمن
ورسمي، عضو مجلس محافظة شبيلي السفلى، إن عشرات الأسر فرت نحو مدينة أفغوي، فيما بثت إذاعة «الأندلس» التابعة للحركة بيانا تبنت فيه الهجوم.

وفي العاصمة، قالت شركة «ألبيرق» التركية التي تدير ميناء مقديشو إن العمل يسير بشكل طبيعي، بينما أعلنت ولاية جوبالاند أن قواتها اعتقلت أربعة من عناصر الحركة في مدينة كسمايو. وقالت نيكولا
ديفيس، المتحدثة باسم السفارة البريطانية في مقديشو، إن لندن «تقف إلى جانب الشعب الصومالي».""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("shabaab", "Organization", ["حركة الشباب المجاهدين", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("bariire", "Place", ["بلدة بريري"], "Bariire", sub="City"),
        E("lshabelle", "Place", ["إقليم شبيلي السفلى"], "Lower Shabelle", sub="Region"),
        E("afrah", "Person", ["حسن محمود أفرح", "أفرح"], "Hassan Mahmoud Afrah"),
        E("sna", "Organization", ["الجيش الصومالي"], "Somali National Army", sub="ArmedForce"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميصوم"], "AMISOM", sub="ArmedForce"),
        E("warsame", "Person", ["عبد الرحمن ورسمي"], "Abdirahman Warsame"),
        E("council", "Organization", ["مجلس محافظة شبيلي السفلى"], "Lower Shabelle regional council",
          sub="GovernmentBody"),
        E("afgooye", "Place", ["مدينة أفغوي"], "Afgooye", sub="City"),
        E("andalus", "Organization", ["إذاعة «الأندلس»", "الأندلس"], "Radio Andalus", sub="MediaOrganization"),
        E("albayrak", "Organization", ["شركة «ألبيرق»", "ألبيرق"], "Albayrak Group"),
        E("port", "Place", ["ميناء مقديشو"], "Port of Mogadishu"),
        E("jubaland", "Place", ["ولاية جوبالاند"], "Jubaland", sub="Region", alt=["Organization"]),
        E("kismayo", "Place", ["مدينة كسمايو"], "Kismayo", sub="City"),
        E("davies", "Person", ["نيكولا ديفيس"], "Nicola Davies"),
        E("ukemb", "Organization", ["السفارة البريطانية في مقديشو"], "British Embassy in Mogadishu",
          sub="GovernmentBody"),
        E("london", "Place", ["لندن"], "London", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("memberOf", "afrah", "sna"),
        R("memberOf", "warsame", "council"),
        R("spokespersonOf", "davies", "ukemb"),
        R("partOf", "andalus", "shabaab"),
        R("locatedIn", "bariire", "lshabelle"),
        R("locatedIn", "port", "mogadishu", opt=True),
    ],
    events=[
        V("Attack", agent=["shabaab"], target=["sna"], place=[["bariire", "lshabelle"]], date="2017-10-17",
          trigger="هاجموا"),
        V("Killing", agent=["shabaab"], target=["sna"], place=[["bariire", "lshabelle"]], date="2017-10-17",
          trigger="مقتل"),
        V("Arrest", agent=["jubaland"], target=["shabaab"], place=["kismayo"], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Kasserine (2016-04-14, Thursday)
DOCS.append(dict(
    id="t45-tn-kasserine", published="2016-04-14",
    text="""تونس - (أ ف ب):

قالت وزارة الدفاع التونسية إن عسكريين اثنين أصيبا، صباح أمس الأربعاء، في انفجار لغم أرضي أثناء عملية تمشيط في جبل الشعانبي بولاية القصرين غربي البلاد، قرب الحدود مع الجزائر.

وأوضح رضا الورغي، وهو ضابط في الجيش، أن «كتيبة عقبة بن نافع» المرتبطة بتنظيم القاعدة في بلاد المغرب الإسلامي زرعت اللغم، مضيفا أن مروحيات قصفت مخابئ في جبل سمامة المجاور.

وقال نبيل
العياري، عضو المجلس البلدي في مدينة القصرين، إن سكان حي النور «يعانون من البطالة قبل الإرهاب». وفي سيدي بوزيد، قالت الإدارة العامة للحرس الوطني إن وحداتها أوقفت ثلاثة عناصر تكفيرية في معتمدية الرقاب.

من جهة أخرى، أعلنت شركة «بتروفاك» البريطانية أنها ستستأنف الإنتاج في جزيرة قرقنة بعد أسابيع من الاحتجاجات، فيما قال الاتحاد العام التونسي للشغل إنه «لن يقبل تهديد العمال». ونقلت صحيفة «لوموند» الفرنسية عن مسؤولين أن باريس تدرب وحدات تونسية على مراقبة الحدود مع ليبيا.""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("mod", "Organization", ["وزارة الدفاع التونسية"], "Tunisian Ministry of Defence", sub="GovernmentBody"),
        E("chaambi", "Place", ["جبل الشعانبي"], "Mount Chaambi", sub="Region"),
        E("kasserine", "Place", ["ولاية القصرين"], "Kasserine Governorate", sub="Region"),
        E("tunisia", "Place", ["البلاد"], "Tunisia", qid="Q948", sub="Country", opt=True),
        E("algeria", "Place", ["الجزائر"], "Algeria", qid="Q262", sub="Country"),
        E("warghi", "Person", ["رضا الورغي"], "Ridha al-Warghi"),
        E("army", "Organization", ["الجيش"], "Tunisian Army", sub="ArmedForce"),
        E("okba", "Organization", ["كتيبة عقبة بن نافع"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "AQIM", sub="ArmedGroup"),
        E("semmama", "Place", ["جبل سمامة"], "Mount Semmama", sub="Region"),
        E("ayari", "Person", ["نبيل العياري"], "Nabil al-Ayari"),
        E("council", "Organization", ["المجلس البلدي في مدينة القصرين"], "Kasserine municipal council",
          sub="GovernmentBody"),
        E("nour", "Place", ["حي النور"], "Hay Ennour", sub="City"),
        E("sidibouzid", "Place", ["سيدي بوزيد"], "Sidi Bouzid", sub="Region"),
        E("garde", "Organization", ["الإدارة العامة للحرس الوطني"], "National Guard", sub="ArmedForce"),
        E("regueb", "Place", ["معتمدية الرقاب"], "Regueb", sub="Region"),
        E("petrofac", "Organization", ["شركة «بتروفاك»", "بتروفاك"], "Petrofac"),
        E("kerkennah", "Place", ["جزيرة قرقنة"], "Kerkennah Islands", sub="Region"),
        E("ugtt", "Organization", ["الاتحاد العام التونسي للشغل"], "UGTT"),
        E("lemonde", "Organization", ["صحيفة «لوموند»", "لوموند"], "Le Monde", sub="MediaOrganization"),
        E("paris", "Place", ["باريس"], "Paris", sub="City", alt=["Organization"]),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
    ],
    relations=[
        R("memberOf", "warghi", "army"),
        R("affiliatedWith", "okba", "aqim"),
        R("memberOf", "ayari", "council"),
        R("locatedIn", "chaambi", "kasserine"),
        R("locatedIn", "regueb", "sidibouzid", opt=True),
    ],
    events=[
        V("Attack", agent=["okba"], target=["army"], place=[["chaambi", "kasserine"]], date="2016-04-13",
          trigger="انفجار"),
        V("Strike", target=["okba"], place=["semmama"], trigger="قصفت"),
        V("Arrest", agent=["garde"], place=[["regueb", "sidibouzid"]], trigger="أوقفت"),
    ],
))

# ---------------------------------------------------------------- Algeria (2019-03-14, Thursday)
DOCS.append(dict(
    id="t45-dz-hirak", published="2019-03-14",
    text="""الجزائر - (رويترز):

قالت وزارة الدفاع الوطني الجزائرية إن وحدة من الجيش الوطني الشعبي قتلت، أمس الأربعاء، مسلحين اثنين في كمين نصبته بمنطقة جبال البابور في ولاية سطيف شرقي البلاد، واعتقلت ثالثا يدعى عبد الحليم بوشارب.

وفي العاصمة، تظاهر آلاف الطلاب في ساحة البريد المركزي رفضا لتمديد ولاية الرئيس عبد العزيز بوتفليقة، وقال إسماعيل
زروقي، وهو طالب في جامعة باب الزوار، إن «الشارع لن يتراجع».

وأعلنت «حركة مجتمع السلم» انسحابها من المشاورات، فيما قال صديق شهاب، القيادي في «التجمع الوطني الديمقراطي»، إن حزبه «أخطأ» بدعم العهدة الخامسة. وأوضح رشيد مهني، رئيس المجلس الشعبي البلدي لبلدية تيزي وزو، أن الإضراب شل الولاية لليوم الثالث.

من جهتها، قالت شركة «سوناطراك» إن الإنتاج في حقل حاسي مسعود لم يتأثر، بينما نقلت وكالة «سبوتنيك» عن سيرغي لافروف، وزير الخارجية الروسي، أن موسكو «تتابع الوضع» في الجزائر، محذرا من أي تدخل أجنبي في شؤون البلاد.""",
    entities=[
        E("algiers", "Place", ["العاصمة"], "Algiers", sub="City", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("mdn", "Organization", ["وزارة الدفاع الوطني الجزائرية"], "Algerian Ministry of National Defence",
          sub="GovernmentBody"),
        E("anp", "Organization", ["الجيش الوطني الشعبي"], "People's National Army", sub="ArmedForce"),
        E("babor", "Place", ["منطقة جبال البابور", "جبال البابور"], "Babor Mountains", sub="Region"),
        E("setif", "Place", ["ولاية سطيف"], "Sétif Province", sub="Region"),
        E("algeria", "Place", ["الجزائر", "البلاد"], "Algeria", qid="Q262", sub="Country"),
        E("boucharib", "Person", ["عبد الحليم بوشارب"], "Abdelhalim Boucharib"),
        E("grandeposte", "Place", ["ساحة البريد المركزي"], "Grande Poste square", opt=True),
        E("bouteflika", "Person", ["عبد العزيز بوتفليقة"], "Abdelaziz Bouteflika"),
        E("zerrouki", "Person", ["إسماعيل زروقي"], "Ismail Zerrouki"),
        E("usthb", "Organization", ["جامعة باب الزوار"], "USTHB (Bab Ezzouar)"),
        E("msp", "Organization", ["حركة مجتمع السلم"], "Movement of Society for Peace", sub="PoliticalOrganization"),
        E("chihab", "Person", ["صديق شهاب"], "Seddik Chihab"),
        E("rnd", "Organization", ["التجمع الوطني الديمقراطي"], "National Rally for Democracy",
          sub="PoliticalOrganization"),
        E("mehni", "Person", ["رشيد مهني"], "Rachid Mehni"),
        E("apc", "Organization", ["المجلس الشعبي البلدي لبلدية تيزي وزو"], "Tizi Ouzou communal assembly",
          sub="GovernmentBody"),
        E("tizi", "Place", ["تيزي وزو", "الولاية"], "Tizi Ouzou", sub="Region"),
        E("sonatrach", "Organization", ["شركة «سوناطراك»", "سوناطراك"], "Sonatrach"),
        E("hassi", "Place", ["حقل حاسي مسعود"], "Hassi Messaoud field"),
        E("sputnik", "Organization", ["وكالة «سبوتنيك»", "سبوتنيك"], "Sputnik", sub="MediaOrganization"),
        E("lavrov", "Person", ["سيرغي لافروف"], "Sergey Lavrov"),
        E("moscow", "Place", ["موسكو"], "Moscow", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("memberOf", "chihab", "rnd"),
        R("leaderOf", "mehni", "apc"),
        R("locatedIn", "babor", "setif"),
        R("leaderOf", "bouteflika", "algeria"),
    ],
    events=[
        V("Killing", agent=["anp"], place=[["babor", "setif"]], date="2019-03-13", trigger="قتلت"),
        V("Attack", opt=True, agent=["anp"], place=[["babor", "setif"]], date="2019-03-13"),
        V("Arrest", agent=["anp"], target=["boucharib"], place=[["babor", "setif"]], date="2019-03-13",
          trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Jordan, Karak and Rukban (2016-12-22, Thursday)
DOCS.append(dict(
    id="t45-jo-karak", published="2016-12-22",
    text="""عمان - (الأناضول):

قالت مديرية الأمن العام الأردنية إن قوة مشتركة من الأمن والدرك داهمت، فجر الثلاثاء، منزلا في بلدة القطرانة بمحافظة الكرك، واعتقلت خمسة أشخاص يشتبه بارتباطهم بالخلية التي هاجمت قلعة الكرك الأحد الماضي.

وأوضح خالد المجالي، أحد وجهاء عشيرة المجالي، أن أبناء العشيرة «يقفون خلف الأجهزة الأمنية»، فيما قال سامر
الطراونة، عضو مجلس محافظة الكرك، إن الحياة عادت تدريجيا إلى وسط المدينة رغم تساقط الثلوج.

وفي الشمال، أعلنت القوات المسلحة الأردنية إغلاق معبر جابر مع سوريا حتى إشعار آخر، بينما قالت منظمة «يونيسف» إن 75 ألف نازح عالقون في مخيم الركبان على الحدود الشمالية الشرقية في ظروف جوية قاسية.

وتبنى تنظيم «داعش» هجوم الكرك في بيان نشرته وكالة «أعماق»، بينما قالت السفارة الكندية في عمان إن إحدى ضحايا الهجوم مواطنة كندية. وأكد محمد المومني، الناطق باسم الحكومة، أن المملكة «ستضرب بيد من حديد».""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("psd", "Organization", ["مديرية الأمن العام الأردنية"], "Public Security Directorate", sub="GovernmentBody"),
        E("darak", "Organization", ["الدرك"], "Gendarmerie", sub="ArmedForce", opt=True),
        E("qatrana", "Place", ["بلدة القطرانة"], "al-Qatrana", sub="City"),
        E("karakgov", "Place", ["محافظة الكرك"], "Karak Governorate", sub="Region"),
        E("castle", "Place", ["قلعة الكرك"], "Karak Castle"),
        E("khalid", "Person", ["خالد المجالي"], "Khalid al-Majali"),
        E("majali", "Organization", ["عشيرة المجالي", "العشيرة"], "al-Majali clan"),
        E("samer", "Person", ["سامر الطراونة"], "Samer al-Tarawneh"),
        E("council", "Organization", ["مجلس محافظة الكرك"], "Karak governorate council", sub="GovernmentBody"),
        E("karak", "Place", ["الكرك", "المدينة"], "Karak", sub="City"),
        E("jaf", "Organization", ["القوات المسلحة الأردنية"], "Jordan Armed Forces", sub="ArmedForce"),
        E("jaber", "Place", ["معبر جابر"], "Jaber border crossing"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("unicef", "Organization", ["منظمة «يونيسف»", "يونيسف"], "UNICEF"),
        E("rukban", "Place", ["مخيم الركبان"], "Rukban camp"),
        E("is", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة «أعماق»", "أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("caemb", "Organization", ["السفارة الكندية في عمان"], "Embassy of Canada in Amman", sub="GovernmentBody"),
        E("momani", "Person", ["محمد المومني"], "Mohammad al-Momani"),
        E("gov", "Organization", ["الحكومة"], "Government of Jordan", sub="GovernmentBody", opt=True),
        E("jordan", "Place", ["المملكة"], "Jordan", qid="Q810", sub="Country", opt=True),
    ],
    relations=[
        R("memberOf", "khalid", "majali"),
        R("memberOf", "samer", "council"),
        R("spokespersonOf", "momani", "gov"),
        R("locatedIn", "qatrana", "karakgov"),
        R("partOf", "amaq", "is", opt=True),
        R("locatedIn", "castle", "karak", opt=True),
    ],
    events=[
        V("Arrest", agent=["psd"], place=[["qatrana", "karakgov"]], date="2016-12-20", trigger="اعتقلت"),
        V("Attack", agent=["is"], place=["castle"], date="2016-12-18", trigger="هاجمت"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Balochistan (2017-05-11, Thursday)
DOCS.append(dict(
    id="t45-pk-mastung", published="2017-05-11",
    text="""إسلام آباد - (أ ف ب):

قتل 25 شخصا على الأقل، يوم الجمعة الماضي، في تفجير انتحاري استهدف موكب عبد الغفور حيدري، نائب رئيس مجلس الشيوخ الباكستاني، في مدينة مستونغ بإقليم بلوشستان، وتبنى تنظيم «داعش» الهجوم.

وقال جان محمد
مري، وهو زعيم قبلي من منطقة كاهان، إن الإقليم «يدفع ثمن موقعه»، مشيرا إلى هجمات «جيش تحرير بلوشستان» على عمال شركة «تشاينا هاربر» الصينية في ميناء غوادر.

وأوضح عبد الرزاق شيرازي، المتحدث باسم حكومة بلوشستان، أن قوات «فيلق الحدود» اعتقلت ثمانية مشتبه بهم في حي سريآب بمدينة كويتا، وأن العملية تجري بالتنسيق مع الاستخبارات العسكرية.

وفي لاهور، قالت «جماعة الدعوة» إنها ستنظم مظاهرة، بينما نقلت صحيفة «دون» عن مصادر أمنية أن الانتحاري جاء من ولاية ننغرهار الأفغانية عبر معبر تورخم. ونفت حركة طالبان باكستان علاقتها بالهجوم.""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("haideri", "Person", ["عبد الغفور حيدري"], "Abdul Ghafoor Haideri"),
        E("senate", "Organization", ["مجلس الشيوخ الباكستاني"], "Senate of Pakistan", sub="GovernmentBody"),
        E("mastung", "Place", ["مدينة مستونغ"], "Mastung", sub="City"),
        E("balochistan", "Place", ["إقليم بلوشستان", "بلوشستان", "الإقليم"], "Balochistan", sub="Region"),
        E("is", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("marri", "Person", ["جان محمد مري"], "Jan Mohammad Marri"),
        E("kahan", "Place", ["منطقة كاهان"], "Kahan", sub="Region"),
        E("bla", "Organization", ["جيش تحرير بلوشستان"], "Balochistan Liberation Army", sub="ArmedGroup"),
        E("chec", "Organization", ["شركة «تشاينا هاربر»", "تشاينا هاربر"], "China Harbour Engineering"),
        E("gwadar", "Place", ["ميناء غوادر"], "Gwadar Port"),
        E("shirazi", "Person", ["عبد الرزاق شيرازي"], "Abdul Razzaq Shirazi"),
        E("gov", "Organization", ["حكومة بلوشستان"], "Government of Balochistan", sub="GovernmentBody"),
        E("fc", "Organization", ["فيلق الحدود"], "Frontier Corps", sub="ArmedForce"),
        E("sariab", "Place", ["حي سريآب"], "Sariab", sub="City"),
        E("quetta", "Place", ["مدينة كويتا"], "Quetta", sub="City"),
        E("mi", "Organization", ["الاستخبارات العسكرية"], "Military Intelligence", sub="GovernmentBody", opt=True),
        E("lahore", "Place", ["لاهور"], "Lahore", sub="City"),
        E("jud", "Organization", ["جماعة الدعوة"], "Jamaat-ud-Dawa"),
        E("dawn", "Organization", ["صحيفة «دون»", "دون"], "Dawn", sub="MediaOrganization"),
        E("nangarhar", "Place", ["ولاية ننغرهار"], "Nangarhar Province", sub="Region"),
        E("torkham", "Place", ["معبر تورخم"], "Torkham crossing"),
        E("ttp", "Organization", ["حركة طالبان باكستان"], "Tehrik-i-Taliban Pakistan", sub="ArmedGroup"),
    ],
    relations=[
        R("positionIn", "haideri", "senate"),
        R("spokespersonOf", "shirazi", "gov"),
        R("locatedIn", "mastung", "balochistan"),
        R("locatedIn", "sariab", "quetta"),
    ],
    events=[
        V("Attack", agent=["is"], target=["haideri"], place=[["mastung", "balochistan"]], date="2017-05-05",
          trigger="تفجير"),
        V("Killing", agent=["is"], place=[["mastung", "balochistan"]], date="2017-05-05", trigger="قتل"),
        V("Arrest", agent=["fc"], place=[["sariab", "quetta"]], trigger="اعتقلت"),
        V("Attack", opt=True, agent=["bla"], target=["chec"], place=["gwadar"]),
    ],
))

# ---------------------------------------------------------------- Mali, Mopti (2019-01-03, Thursday)
DOCS.append(dict(
    id="t45-ml-mopti", published="2019-01-03",
    text="""باماكو - (أ ف ب):

قتل 37 مدنيا، يوم الثلاثاء، في هجوم شنه مسلحون على قرية كولوغون في دائرة بانكاس بمنطقة موبتي وسط مالي، واتهم سكان ميليشيا «دان نا أمباساغو» التي تضم صيادين من إثنية الدوغون بتنفيذه.

وقال موسى ديالو، وهو عضو في جمعية «تابيتال بولاكو» التي تدافع عن الفولاني، إن المهاجمين أحرقوا المنازل وقتلوا الماشية، فيما نفى متحدث باسم الميليشيا أي علاقة لها بالهجوم.

وفي الشمال، قالت قوة «برخان» الفرنسية إن طائراتها قتلت ستة عناصر من «جماعة نصرة الإسلام والمسلمين» قرب بلدة مينكا على نهر النيجر، بينما أعلنت بعثة الأمم المتحدة في مالي (مينوسما) أن أحد جنودها التشاديين قتل في هجوم على معسكر أغيلهوك.

وأوضح جان
لوران، المسؤول في اللجنة الدولية للصليب الأحمر، أن آلاف النازحين وصلوا إلى مدينة سيفاري، في حين دعت السلطات المالية إلى «ضبط النفس». ونقلت إذاعة «ستوديو تاماني» عن مسؤولين أن حاكم منطقة موبتي زار القرية أمس.""",
    entities=[
        E("bamako", "Place", ["باماكو"], "Bamako", qid="Q3703", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("koulogon", "Place", ["قرية كولوغون", "القرية"], "Koulogon", sub="City"),
        E("bankass", "Place", ["دائرة بانكاس"], "Bankass Cercle", sub="Region"),
        E("mopti", "Place", ["منطقة موبتي"], "Mopti Region", sub="Region"),
        E("mali", "Place", ["مالي"], "Mali", qid="Q912", sub="Country"),
        E("dan", "Organization", ["دان نا أمباساغو", "الميليشيا"], "Dan Na Ambassagou", sub="ArmedGroup"),
        E("diallo", "Person", ["موسى ديالو"], "Moussa Diallo"),
        E("tabital", "Organization", ["تابيتال بولاكو"], "Tabital Pulaaku"),
        E("barkhane", "Organization", ["قوة «برخان»", "برخان"], "Operation Barkhane", sub="ArmedForce"),
        E("jnim", "Organization", ["جماعة نصرة الإسلام والمسلمين"], "JNIM", sub="ArmedGroup"),
        E("menaka", "Place", ["بلدة مينكا"], "Ménaka", sub="City"),
        E("niger", "Place", ["نهر النيجر"], "Niger River", sub="Region"),
        E("minusma", "Organization", ["بعثة الأمم المتحدة في مالي", "مينوسما"], "MINUSMA"),
        E("aguelhok", "Place", ["معسكر أغيلهوك"], "Aguelhok camp"),
        E("laurent", "Person", ["جان لوران"], "Jean Laurent"),
        E("icrc", "Organization", ["اللجنة الدولية للصليب الأحمر"], "ICRC"),
        E("sevare", "Place", ["مدينة سيفاري"], "Sévaré", sub="City"),
        E("auth", "Organization", ["السلطات المالية"], "Malian authorities", sub="GovernmentBody"),
        E("tamani", "Organization", ["إذاعة «ستوديو تاماني»", "ستوديو تاماني"], "Studio Tamani",
          sub="MediaOrganization"),
    ],
    relations=[
        R("memberOf", "diallo", "tabital"),
        R("memberOf", "laurent", "icrc"),
        R("locatedIn", "koulogon", "bankass"),
        R("locatedIn", "bankass", "mopti"),
        R("locatedIn", "mopti", "mali"),
        R("locatedIn", "koulogon", "mopti", opt=True),
    ],
    events=[
        V("Attack", place=[["koulogon", "bankass", "mopti"]], date="2019-01-01", trigger="هجوم"),
        V("Killing", place=[["koulogon", "bankass", "mopti"]], date="2019-01-01", trigger="قتل"),
        V("Strike", agent=["barkhane"], target=["jnim"], place=["menaka"], trigger="طائراتها"),
        V("Killing", agent=["barkhane"], target=["jnim"], place=["menaka"], trigger="قتلت"),
        V("Attack", target=["minusma"], place=["aguelhok"], trigger="هجوم"),
        V("Visit", opt=True, place=["koulogon"], date="2019-01-02"),
    ],
))

# ---------------------------------------------------------------- Kuwait (2015-07-09, Thursday)
DOCS.append(dict(
    id="t45-kw-abdali", published="2015-07-09",
    text="""الكويت - (كونا):

قالت وزارة الداخلية الكويتية إن الإدارة العامة لأمن الدولة ضبطت، مساء الثلاثاء، ثلاثة أشخاص في منطقة الصوابر يشتبه بأنهم ساعدوا منفذ تفجير مسجد الإمام الصادق في حي الصوابر الشهر الماضي، بينهم شخص يدعى فهد
العنزي.

وأوضح بيان الوزارة أن المتهمين نقلوا الانتحاري من منفذ النويصيب الحدودي مع السعودية إلى المسجد، مؤكدا أن التحقيقات كشفت صلتهم بتنظيم «داعش» الذي تبنى الهجوم.

وقال عادل الدمخي، النائب في مجلس الأمة، إن الحكومة مطالبة «بتجفيف منابع الفكر المتطرف»، فيما أعلنت «جمعية إحياء التراث الإسلامي» تنظيم وقفة تضامنية أمام المسجد.

وفي سياق متصل، قالت رئاسة أمن الدولة السعودية إن أجهزتها تتعاون مع نظيرتها الكويتية، بينما نقلت صحيفة «القبس» عن مصادر أن السلطات الكويتية رحلت 14 وافدا من منطقة جليب الشيوخ. وأكد حمد
الفضلي، عضو المجلس البلدي، أن البلدية شددت الرقابة على المحال في المنطقة.""",
    entities=[
        E("kuwait", "Place", ["الكويت"], "Kuwait", qid="Q817", sub="Country", opt=True),
        E("kuna", "Organization", ["كونا"], "KUNA", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الكويتية", "الوزارة"], "Kuwaiti Ministry of Interior",
          sub="GovernmentBody"),
        E("ssd", "Organization", ["الإدارة العامة لأمن الدولة"], "State Security Department", sub="GovernmentBody"),
        E("sawaber", "Place", ["منطقة الصوابر", "حي الصوابر"], "al-Sawaber", sub="City"),
        E("mosque", "Place", ["مسجد الإمام الصادق", "المسجد"], "Imam Sadiq Mosque"),
        E("anazi", "Person", ["فهد العنزي"], "Fahd al-Anazi"),
        E("nuwaiseeb", "Place", ["منفذ النويصيب"], "Nuwaiseeb border crossing"),
        E("ksa", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("is", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("dumkhi", "Person", ["عادل الدمخي"], "Adel al-Dumkhi"),
        E("assembly", "Organization", ["مجلس الأمة"], "National Assembly of Kuwait", sub="GovernmentBody"),
        E("gov", "Organization", ["الحكومة"], "Government of Kuwait", sub="GovernmentBody", opt=True),
        E("turath", "Organization", ["جمعية إحياء التراث الإسلامي"], "Revival of Islamic Heritage Society"),
        E("sapss", "Organization", ["رئاسة أمن الدولة السعودية"], "Saudi Presidency of State Security",
          sub="GovernmentBody"),
        E("qabas", "Organization", ["صحيفة «القبس»", "القبس"], "Al-Qabas", sub="MediaOrganization"),
        E("auth", "Organization", ["السلطات الكويتية"], "Kuwaiti authorities", sub="GovernmentBody"),
        E("jleeb", "Place", ["منطقة جليب الشيوخ", "المنطقة"], "Jleeb Al-Shuyoukh", sub="City"),
        E("fadhli", "Person", ["حمد الفضلي"], "Hamad al-Fadhli"),
        E("council", "Organization", ["المجلس البلدي", "البلدية"], "Kuwait Municipal Council", sub="GovernmentBody"),
    ],
    relations=[
        R("partOf", "ssd", "moi"),
        R("memberOf", "dumkhi", "assembly"),
        R("memberOf", "fadhli", "council"),
        R("locatedIn", "mosque", "sawaber"),
    ],
    events=[
        V("Arrest", agent=["ssd"], target=["anazi"], place=["sawaber"], date="2015-07-07", trigger="ضبطت"),
        V("Attack", agent=["is"], target=["mosque"], place=["sawaber"], date="2015-06", trigger="تفجير"),
    ],
))

# ---------------------------------------------------------------- Bahrain (2017-01-12, Thursday)
DOCS.append(dict(
    id="t45-bh-jau", published="2017-01-12",
    text="""المنامة - (رويترز):

قالت وزارة الداخلية البحرينية إن شرطيا قتل، فجر أمس الأربعاء، عندما هاجم مسلحون سجن جو المركزي جنوب شرقي البلاد وأطلقوا سراح عشرة محكومين في قضايا إرهاب، بينهم رضا
الغسرة.

وتبنت جماعة «سرايا الأشتر» الهجوم في بيان على الإنترنت، فيما أكدت الوزارة أن المهاجمين فروا بقارب نحو المياه الإقليمية، وأن خفر السواحل يلاحقهم.

وقال علي المحروس، وهو من سكان قرية الدراز غرب العاصمة، إن قوات الأمن تحاصر القرية منذ أشهر، وإن المحتجين يرفضون إسقاط الجنسية عن الشيخ عيسى قاسم. وكانت محكمة بحرينية قضت العام الماضي بحل «جمعية الوفاق الوطني الإسلامية»، أكبر جماعة معارضة في المملكة.

من جهتها، نفت الخارجية الإيرانية اتهامات المنامة بدعم الجماعة، بينما قالت منظمة «هيومن رايتس ووتش» إن الحكومة البحرينية «تصعّد» حملتها على المعارضين. وقال جيمس
هاريسون، المتحدث باسم السفارة الأميركية في المنامة، إن واشنطن تدين «كل أشكال العنف».""",
    entities=[
        E("manama", "Place", ["المنامة", "العاصمة"], "Manama", qid="Q3882", sub="City", alt=["Organization"]),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية البحرينية", "الوزارة"], "Bahraini Ministry of Interior",
          sub="GovernmentBody"),
        E("jau", "Place", ["سجن جو المركزي"], "Jau Prison"),
        E("bahrain", "Place", ["البلاد", "المملكة"], "Bahrain", qid="Q398", sub="Country", opt=True),
        E("ghasra", "Person", ["رضا الغسرة"], "Redha al-Ghasra"),
        E("ashtar", "Organization", ["سرايا الأشتر", "الجماعة"], "al-Ashtar Brigades", sub="ArmedGroup"),
        E("coast", "Organization", ["خفر السواحل"], "Coast Guard", sub="ArmedForce", opt=True),
        E("mahrous", "Person", ["علي المحروس"], "Ali al-Mahrous"),
        E("diraz", "Place", ["قرية الدراز", "القرية"], "Diraz", sub="City"),
        E("security", "Organization", ["قوات الأمن"], "Bahraini security forces", sub="ArmedForce", opt=True),
        E("qassim", "Person", ["عيسى قاسم"], "Isa Qassim"),
        E("wefaq", "Organization", ["جمعية الوفاق الوطني الإسلامية"], "Al-Wefaq", sub="PoliticalOrganization"),
        E("irmfa", "Organization", ["الخارجية الإيرانية"], "Iranian Foreign Ministry", sub="GovernmentBody"),
        E("hrw", "Organization", ["منظمة «هيومن رايتس ووتش»", "هيومن رايتس ووتش"], "Human Rights Watch"),
        E("gov", "Organization", ["الحكومة البحرينية"], "Government of Bahrain", sub="GovernmentBody"),
        E("harrison", "Person", ["جيمس هاريسون"], "James Harrison"),
        E("usemb", "Organization", ["السفارة الأميركية في المنامة"], "US Embassy in Manama", sub="GovernmentBody"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("spokespersonOf", "harrison", "usemb"),
        R("locatedIn", "diraz", "manama", opt=True),
        R("locatedIn", "usemb", "manama", opt=True),
    ],
    events=[
        V("Attack", agent=["ashtar"], place=["jau"], date="2017-01-11", trigger="هاجم"),
        V("Killing", agent=["ashtar"], place=["jau"], date="2017-01-11", trigger="قتل"),
    ],
))
