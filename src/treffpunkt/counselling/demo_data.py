"""Demo counselling in the Kreis Recklinghausen: services on offers of the directory demo,
counsellors who speak the region's languages, and a few cases with invented text."""

# (key, offer title in the directory demo, topics (empty: every topic), answer within hours)
SERVICES = [
    ("mbe", "Migrationsberatung für Erwachsene (MBE)", [], 48),
    ("jmd", "Jugendmigrationsdienst", [], 48),
    ("fluechtlinge", "Flüchtlingsberatung", [], 24),
    ("wohnen", "Wohnungsberatung und Mietrecht", ["wohnen"], 72),
]

# (username, first name, last name, service key, languages, team lead)
COUNSELLORS = [
    ("beratung-mbe", "Leyla", "Demir", "mbe", ["de", "tr", "ar"], True),
    ("beratung-mbe-2", "Olena", "Kovalenko", "mbe", ["de", "uk", "ru"], False),
    ("beratung-jmd", "Dariush", "Ahmadi", "jmd", ["de", "fa", "en"], True),
    ("beratung-fluechtlinge", "Samira", "Haddad", "fluechtlinge", ["de", "ar", "en"], True),
    ("beratung-wohnen", "Aylin", "Yıldız", "wohnen", ["de", "tr"], True),
]

# (service key, language, topic, town, request, first message, answer or "", status)
CASES = [
    (
        "mbe",
        "ar",
        "wohnen",
        "recklinghausen",
        "message",
        "مرحبا، وصلتني رسالة من مكتب العمل ولا أفهمها. هل يمكنكم مساعدتي؟",
        "",
        "new",
    ),
    (
        "mbe",
        "uk",
        "bildung-arbeit",
        "marl",
        "appointment",
        "Добрий день! Я хочу визнати свій диплом медсестри. Чи можу я прийти на консультацію?",
        "Guten Tag, gern. Wir haben am Dienstag um 10 Uhr einen Termin frei. Eine Dolmetscherin für Ukrainisch ist angefragt.",
        "waiting",
    ),
    (
        "jmd",
        "fa",
        "kita-schule",
        "herten",
        "message",
        "سلام، من ۱۷ سال دارم و می‌خواهم بعد از کلاس زبان به مدرسه بروم.",
        "",
        "new",
    ),
    (
        "fluechtlinge",
        "ar",
        "beratung",
        "dorsten",
        "callback",
        "أحتاج إلى مساعدة بخصوص لم شمل الأسرة. من فضلكم اتصلوا بي.",
        "",
        "new",
    ),
    (
        "wohnen",
        "tr",
        "wohnen",
        "gladbeck",
        "message",
        "Merhaba, ev sahibim kirayı artırmak istiyor. Bu yasal mı?",
        "Guten Tag, bitte schicken Sie uns ein Foto des Schreibens Ihres Vermieters.",
        "waiting",
    ),
]

# Where the demo appointment (of the case that asked for one) takes place.
APPOINTMENT_PLACE = "Beratungsstelle, Raum 2"

# (title, language, text): templates every demo team gets.
TEMPLATES = [
    (
        "Eingang bestätigen",
        "de",
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Wir melden uns so bald wie möglich.",
    ),
    (
        "تأكيد الاستلام",
        "ar",
        "مرحبا،\n\nشكرا على رسالتك. سنرد عليك في أقرب وقت ممكن.",
    ),
    (
        "Termin bestätigen",
        "de",
        "Guten Tag,\n\nIhr Termin ist bestätigt. Sie finden ihn oben auf dieser Seite, "
        "auch zum Eintragen in Ihren Kalender.",
    ),
]
