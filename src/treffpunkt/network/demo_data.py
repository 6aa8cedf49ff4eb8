"""The demo network, built from the five seed documents (people by role or initials only).

Places carry centroids (WGS 84) and official municipality keys; populations are rounded.
"""

# fmt: off

# (slug, name, kind, parent slug, AGS, latitude, longitude, population)
MUNICIPALITIES = [
    ("nrw", "Nordrhein-Westfalen", "land", None, "05", 51.4332, 7.6616, 18140000),
    ("bayern", "Bayern", "land", None, "09", 48.7904, 11.4979, 13370000),
    ("niedersachsen", "Niedersachsen", "land", None, "03", 52.6367, 9.8451, 8140000),
    ("hessen", "Hessen", "land", None, "06", 50.6521, 9.1624, 6390000),
    ("thueringen", "Thüringen", "land", None, "16", 50.9848, 11.0299, 2110000),
    ("brandenburg", "Brandenburg", "land", None, "12", 52.4125, 12.5316, 2570000),
    ("kreis-recklinghausen", "Kreis Recklinghausen", "kreis", "nrw", "05562", 51.639, 7.177, 614000),
    ("castrop-rauxel", "Castrop-Rauxel", "stadt", "kreis-recklinghausen", "05562004", 51.55, 7.3167, 73000),
    ("datteln", "Datteln", "stadt", "kreis-recklinghausen", "05562008", 51.6539, 7.3417, 34600),
    ("dorsten", "Dorsten", "stadt", "kreis-recklinghausen", "05562012", 51.6604, 6.9647, 74700),
    ("gladbeck", "Gladbeck", "stadt", "kreis-recklinghausen", "05562014", 51.5713, 6.985, 76000),
    ("haltern-am-see", "Haltern am See", "stadt", "kreis-recklinghausen", "05562016", 51.7433, 7.1817, 37800),
    ("herten", "Herten", "stadt", "kreis-recklinghausen", "05562020", 51.595, 7.1417, 62000),
    ("marl", "Marl", "stadt", "kreis-recklinghausen", "05562024", 51.6567, 7.09, 84000),
    ("oer-erkenschwick", "Oer-Erkenschwick", "stadt", "kreis-recklinghausen", "05562028", 51.6422, 7.2508, 31500),
    ("recklinghausen", "Recklinghausen", "stadt", "kreis-recklinghausen", "05562032", 51.6141, 7.1979, 111000),
    ("waltrop", "Waltrop", "stadt", "kreis-recklinghausen", "05562036", 51.6236, 7.4008, 29000),
    ("kreis-borken", "Kreis Borken", "kreis", "nrw", "05554", 51.93, 6.87, 372000),
    ("ahaus", "Ahaus", "stadt", "kreis-borken", "05554004", 52.0794, 7.0134, 40000),
    ("bocholt", "Bocholt", "stadt", "kreis-borken", "05554008", 51.8389, 6.6158, 71000),
    ("borken", "Borken", "stadt", "kreis-borken", "05554012", 51.8438, 6.858, 43000),
    ("gescher", "Gescher", "stadt", "kreis-borken", "05554016", 51.9536, 7.0054, 17000),
    ("gronau", "Gronau (Westf.)", "stadt", "kreis-borken", "05554020", 52.2125, 7.0417, 49000),
    ("heek", "Heek", "gemeinde", "kreis-borken", "05554024", 52.1167, 7.1, 8700),
    ("heiden", "Heiden", "gemeinde", "kreis-borken", "05554028", 51.8264, 6.9344, 8300),
    ("isselburg", "Isselburg", "stadt", "kreis-borken", "05554032", 51.8325, 6.4644, 10800),
    ("legden", "Legden", "gemeinde", "kreis-borken", "05554036", 52.0333, 7.1, 7400),
    ("raesfeld", "Raesfeld", "gemeinde", "kreis-borken", "05554040", 51.7667, 6.85, 11600),
    ("reken", "Reken", "gemeinde", "kreis-borken", "05554044", 51.8333, 7.05, 15000),
    ("rhede", "Rhede", "stadt", "kreis-borken", "05554048", 51.8361, 6.6953, 19500),
    ("schoeppingen", "Schöppingen", "gemeinde", "kreis-borken", "05554052", 52.1, 7.2333, 8100),
    ("stadtlohn", "Stadtlohn", "stadt", "kreis-borken", "05554056", 51.9925, 6.915, 20800),
    ("suedlohn", "Südlohn", "gemeinde", "kreis-borken", "05554060", 51.9436, 6.8664, 9500),
    ("velen", "Velen", "stadt", "kreis-borken", "05554064", 51.8939, 6.9894, 13200),
    ("vreden", "Vreden", "stadt", "kreis-borken", "05554068", 52.0333, 6.8333, 23000),
    ("koeln", "Köln", "kreisfreie_stadt", "nrw", "05315000", 50.9375, 6.9603, 1084000),
    ("essen", "Essen", "kreisfreie_stadt", "nrw", "05113000", 51.4556, 7.0116, 584000),
    ("krefeld", "Krefeld", "kreisfreie_stadt", "nrw", "05114000", 51.3388, 6.5853, 227000),
    ("muenchen", "München", "kreisfreie_stadt", "bayern", "09162000", 48.1372, 11.5755, 1510000),
    ("lk-neustadt-aisch", "Landkreis Neustadt a.d. Aisch-Bad Windsheim", "kreis", "bayern", "09575", 49.54, 10.58, 102000),
    ("neustadt-aisch", "Neustadt an der Aisch", "stadt", "lk-neustadt-aisch", "09575153", 49.5793, 10.6112, 13000),
    ("lk-waldeck-frankenberg", "Landkreis Waldeck-Frankenberg", "kreis", "hessen", "06635", 51.17, 8.87, 157000),
    ("kassel", "Kassel", "kreisfreie_stadt", "hessen", "06611000", 51.3127, 9.4797, 202000),
    ("lk-saalfeld-rudolstadt", "Landkreis Saalfeld-Rudolstadt", "kreis", "thueringen", "16073", 50.65, 11.36, 103000),
    ("hannover", "Hannover", "stadt", "niedersachsen", "03241001", 52.3759, 9.732, 545000),
    ("braunschweig", "Braunschweig", "kreisfreie_stadt", "niedersachsen", "03101000", 52.2689, 10.5268, 251000),
    ("salzgitter", "Salzgitter", "kreisfreie_stadt", "niedersachsen", "03102000", 52.15, 10.3333, 104000),
    ("hildesheim", "Hildesheim", "stadt", "niedersachsen", "03254021", 52.1508, 9.9511, 101000),
]

# (slug, German name, pictogram, {language: translated name})
FIELDS_OF_ACTION = [
    ("wohnen", "Wohnen", "house", {"en": "Housing", "ar": "السكن", "uk": "Житло", "tr": "Konut", "fa": "مسکن"}),
    ("sprache", "Sprache", "speech", {"en": "Language", "ar": "اللغة", "uk": "Мова", "tr": "Dil", "fa": "زبان"}),
    ("bildung-arbeit", "Bildung ab 16 und Arbeit", "briefcase", {"en": "Education from 16 and work", "ar": "التعليم من سن 16 والعمل", "uk": "Освіта з 16 років і робота", "tr": "16 yaş üstü eğitim ve iş", "fa": "آموزش از ۱۶ سالگی و کار"}),
    ("kita-schule", "Kita und Schule", "school", {"en": "Day care and school", "ar": "الحضانة والمدرسة", "uk": "Дитсадок і школа", "tr": "Kreş ve okul", "fa": "مهدکودک و مدرسه"}),
    ("gesundheit", "Gesundheit", "health", {"en": "Health", "ar": "الصحة", "uk": "Здоров'я", "tr": "Sağlık", "fa": "سلامت"}),
    ("sport-freizeit", "Sport und Freizeit", "ball", {"en": "Sport and leisure", "ar": "الرياضة وأوقات الفراغ", "uk": "Спорт і дозвілля", "tr": "Spor ve boş zaman", "fa": "ورزش و اوقات فراغت"}),
    ("soziale-kontakte", "Soziale Kontakte und Gemeinschaft", "people", {"en": "Social contacts and community", "ar": "العلاقات الاجتماعية والمجتمع", "uk": "Соціальні контакти та спільнота", "tr": "Sosyal ilişkiler ve topluluk", "fa": "ارتباطات اجتماعی و همبستگی"}),
    ("beratung", "Beratung", "chat", {"en": "Counselling", "ar": "الاستشارة", "uk": "Консультації", "tr": "Danışmanlık", "fa": "مشاوره"}),
    ("ehrenamt-teilhabe", "Ehrenamt und Teilhabe", "hand", {"en": "Volunteering and participation", "ar": "التطوع والمشاركة", "uk": "Волонтерство та участь", "tr": "Gönüllülük ve katılım", "fa": "داوطلبی و مشارکت"}),
    ("governance", "Governance", "network", {"en": "Governance", "ar": "الحوكمة", "uk": "Врядування", "tr": "Yönetişim", "fa": "حکمرانی"}),
]

FIELD_DESCRIPTIONS = {
    "wohnen": (
        "Wohnungssuche, Mietrecht, Unterkunftspaten und Wohnen abseits von "
        "Sammelunterkünften."
    ),
    "sprache": (
        "Integrationskurse, Sprachcafés, berufsbezogene Sprachförderung und "
        "Sprachmittlung."
    ),
    "bildung-arbeit": (
        "Ausbildung, Qualifizierung, Anerkennung, Arbeitsmarktzugang und "
        "Helfertätigkeiten."
    ),
    "kita-schule": (
        "Frühe Bildung, Schule, Elternbegleitung und Dolmetschen für Gespräche mit "
        "Familien."
    ),
    "gesundheit": (
        "Gesundheitsversorgung, psychosoziale Beratung und Gesundheitslotsen."
    ),
    "sport-freizeit": (
        "Sportvereine, Kultur und Freizeit für alle, die neu im Ort sind."
    ),
    "soziale-kontakte": (
        "Begegnungsorte, Patenschaften, Nachbarschaft und Gemeinschaft."
    ),
    "beratung": (
        "Migrationsberatung, Flüchtlingsberatung, Jugendmigrationsdienst und "
        "Fachberatung."
    ),
    "ehrenamt-teilhabe": (
        "Ehrenamtliches Engagement, auch von Geflüchteten, und politische Teilhabe."
    ),
    "governance": (
        "Steuerung, Kooperation von Kreis und Kommunen, Leitbilder und Datengrundlagen."
    ),
}

# (slug, German name, {language: translated name})
TARGET_GROUPS = [
    ("gefluechtete", "Geflüchtete", {"en": "Refugees", "ar": "اللاجئون", "uk": "Біженці", "tr": "Mülteciler", "fa": "پناهندگان"}),
    ("neuzugewanderte", "Neuzugewanderte", {"en": "Newcomers", "ar": "القادمون الجدد", "uk": "Новоприбулі", "tr": "Yeni gelenler", "fa": "تازه‌واردان"}),
    ("frauen", "Frauen", {"en": "Women", "ar": "النساء", "uk": "Жінки", "tr": "Kadınlar", "fa": "زنان"}),
    ("kinder", "Kinder", {"en": "Children", "ar": "الأطفال", "uk": "Діти", "tr": "Çocuklar", "fa": "کودکان"}),
    ("jugendliche", "Jugendliche und junge Erwachsene", {"en": "Young people", "ar": "الشباب", "uk": "Молодь", "tr": "Gençler", "fa": "جوانان"}),
    ("eltern", "Eltern und Familien", {"en": "Parents and families", "ar": "الآباء والأسر", "uk": "Батьки та сім'ї", "tr": "Ebeveynler ve aileler", "fa": "والدین و خانواده‌ها"}),
    ("senioren", "Seniorinnen und Senioren", {"en": "Older people", "ar": "كبار السن", "uk": "Люди похилого віку", "tr": "Yaşlılar", "fa": "سالمندان"}),
    ("ehrenamtliche", "Ehrenamtliche", {"en": "Volunteers", "ar": "المتطوعون", "uk": "Волонтери", "tr": "Gönüllüler", "fa": "داوطلبان"}),
    ("fachkraefte", "Fachkräfte und Mitarbeitende", {"en": "Professionals and staff", "ar": "المختصون والعاملون", "uk": "Фахівці та працівники", "tr": "Uzmanlar ve çalışanlar", "fa": "متخصصان و کارکنان"}),
    ("arbeitgeber", "Arbeitgeberinnen und Arbeitgeber", {"en": "Employers", "ar": "أصحاب العمل", "uk": "Роботодавці", "tr": "İşverenler", "fa": "کارفرمایان"}),
    ("behinderung", "Menschen mit Behinderung", {"en": "People with disabilities", "ar": "الأشخاص ذوو الإعاقة", "uk": "Люди з інвалідністю", "tr": "Engelli bireyler", "fa": "افراد دارای معلولیت"}),
    ("alle", "Alle Interessierten", {"en": "Everyone", "ar": "الجميع", "uk": "Усі охочі", "tr": "Herkes", "fa": "همه"}),
]

# (code, German name, native name, direction)
LANGUAGES = [
    ("de", "Deutsch", "Deutsch", "ltr"),
    ("en", "Englisch", "English", "ltr"),
    ("ar", "Arabisch", "العربية", "rtl"),
    ("uk", "Ukrainisch", "Українська", "ltr"),
    ("tr", "Türkisch", "Türkçe", "ltr"),
    ("fa", "Persisch (Farsi)", "فارسی", "rtl"),
    ("prs", "Dari", "دری", "rtl"),
    ("kmr", "Kurmandschi", "Kurmancî", "ltr"),
    ("ckb", "Sorani", "کوردیی ناوەندی", "rtl"),
    ("ru", "Russisch", "Русский", "ltr"),
    ("ti", "Tigrinya", "ትግርኛ", "ltr"),
    ("ps", "Paschtu", "پښتو", "rtl"),
    ("ro", "Rumänisch", "Română", "ltr"),
    ("bg", "Bulgarisch", "Български", "ltr"),
    ("pl", "Polnisch", "Polski", "ltr"),
    ("sq", "Albanisch", "Shqip", "ltr"),
    ("so", "Somali", "Soomaali", "ltr"),
    ("fr", "Französisch", "Français", "ltr"),
    ("es", "Spanisch", "Español", "ltr"),
    ("gsg", "Deutsche Gebärdensprache", "Deutsche Gebärdensprache", "ltr"),
]

# (slug, name, short name, kind, municipality slug, street, postcode, city, website)
ORGANISATIONS = [
    ("ki-kreis-recklinghausen", "Kommunales Integrationszentrum Kreis Recklinghausen", "KI Kreis RE", "integration_centre", "recklinghausen", "Kurt-Schumacher-Allee 1", "45657", "Recklinghausen", "https://www.kreis-re.de"),
    ("kreis-recklinghausen", "Kreis Recklinghausen – Kreisverwaltung", "Kreisverwaltung RE", "administration", "recklinghausen", "Kurt-Schumacher-Allee 1", "45657", "Recklinghausen", "https://www.kreis-re.de"),
    ("stadt-recklinghausen", "Stadt Recklinghausen – Flüchtlingskoordination", "Stadt Recklinghausen", "administration", "recklinghausen", "", "45657", "Recklinghausen", ""),
    ("stadt-datteln", "Stadt Datteln – Soziales", "Stadt Datteln", "administration", "datteln", "", "45711", "Datteln", ""),
    ("stadt-dorsten", "Stadt Dorsten – Integrationsbüro", "Stadt Dorsten", "administration", "dorsten", "", "46282", "Dorsten", ""),
    ("berufskolleg-ostvest", "Berufskolleg Ostvest", "", "school", "datteln", "", "45711", "Datteln", ""),
    ("lern-und-spieltreff-dorsten", "Lern- und Spieltreff Dorsten", "", "project", "dorsten", "", "46282", "Dorsten", ""),
    ("athletik-international-dorsten", "Athletik International Dorsten e.V.", "AID", "association", "dorsten", "", "46282", "Dorsten", ""),
    ("jobcenter-kreis-recklinghausen", "Jobcenter Kreis Recklinghausen", "Jobcenter RE", "employment", "recklinghausen", "", "45657", "Recklinghausen", ""),
    ("caritas-recklinghausen", "Caritasverband Recklinghausen – Migrationsdienst", "Caritas RE", "welfare", "recklinghausen", "", "45657", "Recklinghausen", ""),
    ("awo-recklinghausen", "AWO Unterbezirk Münsterland-Recklinghausen – Integrationsagentur", "AWO", "welfare", "recklinghausen", "", "45657", "Recklinghausen", ""),
    ("diakonie-recklinghausen", "Diakonisches Werk im Kirchenkreis Recklinghausen", "Diakonie RE", "welfare", "recklinghausen", "", "45657", "Recklinghausen", ""),
    ("drk-recklinghausen", "DRK-Kreisverband Recklinghausen", "DRK RE", "welfare", "recklinghausen", "", "45657", "Recklinghausen", ""),
    ("handwerkskammer-muenster", "Handwerkskammer Münster", "HWK Münster", "chamber", None, "", "48147", "Münster", ""),
    ("kreissportbund-recklinghausen", "Kreissportbund Recklinghausen", "KSB RE", "association", "recklinghausen", "", "45657", "Recklinghausen", ""),
    ("vhs-recklinghausen", "Volkshochschule Recklinghausen", "VHS", "education", "recklinghausen", "", "45657", "Recklinghausen", ""),
    ("willkommen-bei-freunden", "Willkommen bei Freunden – Servicebüro Köln", "Willkommen bei Freunden", "project", "koeln", "", "50667", "Köln", ""),
    ("hochschule-niederrhein", "Hochschule Niederrhein", "", "research", "krefeld", "", "47805", "Krefeld", ""),
    ("ki-kreis-borken", "Kommunales Integrationszentrum Kreis Borken", "KI Kreis Borken", "integration_centre", "borken", "", "46325", "Borken", ""),
    ("drk-integrationsagentur-borken", "Integrationsagentur des DRK im Kreis Borken", "DRK Borken", "welfare", "borken", "", "46325", "Borken", ""),
    ("caritas-integrationsagentur-borken", "Integrationsagentur der Caritas Borken", "Caritas Borken", "welfare", "borken", "", "46325", "Borken", ""),
    ("kreissportbund-borken", "Kreissportbund Borken", "KSB Borken", "association", "borken", "", "46325", "Borken", ""),
    ("geba-borken", "GEBA – Gesellschaft für Berufsförderung und Ausbildung", "GEBA", "education", "borken", "", "46325", "Borken", ""),
    ("context-koeln", "context – Moderation und Beratung, Köln", "context Köln", "other", "koeln", "", "50667", "Köln", ""),
    ("via-bayern", "Verband für interkulturelle Arbeit VIA Bayern e.V.", "VIA Bayern", "association", "muenchen", "Landwehrstraße 22", "80336", "München", "https://www.migranet.org/niko"),
    ("niko-bayern", "NIKO – Netzwerk Interkulturelle Öffnung Kommunen in Bayern", "NIKO", "project", "muenchen", "Landwehrstraße 22", "80336", "München", "https://www.migranet.org/niko"),
    ("lk-waldeck-frankenberg", "Landkreis Waldeck-Frankenberg", "", "administration", "lk-waldeck-frankenberg", "", "34497", "Korbach", ""),
    ("ihk-hildesheim", "Industrie- und Handelskammer Hildesheim", "IHK Hildesheim", "chamber", "hildesheim", "", "31134", "Hildesheim", ""),
    ("ivaf-niedersachsen", "IvAF-Netzwerk Niedersachsen", "IvAF", "project", "hannover", "", "30159", "Hannover", ""),
    ("landesbeauftragte-niedersachsen", "Landesbeauftragte für Migration und Teilhabe Niedersachsen", "Landesbeauftragte", "administration", "hannover", "", "30159", "Hannover", ""),
    ("lotto-sport-stiftung", "Niedersächsische Lotto-Sport-Stiftung", "", "other", "hannover", "", "30159", "Hannover", ""),
    ("caritas-deutschland", "Deutscher Caritasverband e.V.", "DCV", "welfare", None, "", "79104", "Freiburg im Breisgau", ""),
    ("minor-projektkontor", "Minor – Projektkontor für Bildung und Forschung", "Minor", "project", None, "", "10969", "Berlin", ""),
    ("diakonie-braunschweig", "Diakonie Braunschweig – Migrationsberatung", "Diakonie BS", "welfare", "salzgitter", "", "38226", "Salzgitter", ""),
]

ORGANISATION_DESCRIPTIONS = {
    "ki-kreis-recklinghausen": (
        "Koordiniert das kreisweite Integrationskonzept, die Online-Datenbank der "
        "Integrationsangebote und die Fachtage des Netzwerks."
    ),
    "lern-und-spieltreff-dorsten": (
        "Ehrenamtliche betreuen junge Geflüchtete und geben Nachhilfe – entstanden aus "
        "den Workshops zum Integrationskonzept."
    ),
    "athletik-international-dorsten": (
        "Geflüchtete und nicht geflüchtete Menschen treiben gemeinsam Sport, vom Cricket "
        "bis zur Leichtathletik."
    ),
    "niko-bayern": (
        "Projekt im IQ Netzwerk Bayern – MigraNet; veranstaltet die NIKO Online-Reihe für "
        "Kommunen."
    ),
    "minor-projektkontor": (
        "Träger des Modellprojekts FemOS (aufsuchende Migrationsberatung)."
    ),
}

# (slug, name, region slug, coordinating organisation slug, member slugs, description)
NETWORKS = [
    ("integrationsnetzwerk-kreis-recklinghausen", "Integrationsnetzwerk Kreis Recklinghausen",
     "kreis-recklinghausen", "ki-kreis-recklinghausen",
     ["ki-kreis-recklinghausen", "kreis-recklinghausen", "stadt-recklinghausen", "stadt-datteln", "stadt-dorsten", "berufskolleg-ostvest", "lern-und-spieltreff-dorsten", "athletik-international-dorsten", "jobcenter-kreis-recklinghausen", "caritas-recklinghausen", "awo-recklinghausen", "diakonie-recklinghausen", "drk-recklinghausen", "handwerkskammer-muenster", "kreissportbund-recklinghausen", "vhs-recklinghausen"],
     "Die zehn Städte des Kreises, freie Träger, Wohlfahrtsverbände, Jobcenter, Kammern, Schulen und Sportvereine arbeiten am kreisweiten Integrationskonzept."),
    ("interkulturelles-netzwerk-westmuensterland", "Interkulturelles Netzwerk Westmünsterland",
     "kreis-borken", "caritas-integrationsagentur-borken",
     ["ki-kreis-borken", "drk-integrationsagentur-borken", "caritas-integrationsagentur-borken", "kreissportbund-borken", "geba-borken"],
     "Migrationsfachdienste im Kreis Borken; Fachaustausch, Best-Practice-Beispiele und Arbeitsgruppen zu den Bedarfen vor Ort."),
    ("niko-netzwerk-bayern", "NIKO – Netzwerk Interkulturelle Öffnung Kommunen",
     "bayern", "via-bayern",
     ["via-bayern", "niko-bayern"],
     "Kommunale Integrationsakteur*innen in Bayern; jährliche Integrationskonferenz und NIKO Online-Reihe."),
    ("dialogforum-migration-niedersachsen", "Dialogforum Migrationsberatung Niedersachsen",
     "niedersachsen", "landesbeauftragte-niedersachsen",
     ["landesbeauftragte-niedersachsen", "lotto-sport-stiftung", "caritas-deutschland", "minor-projektkontor", "diakonie-braunschweig", "ivaf-niedersachsen"],
     "Akteur*innen der Migrationsarbeit in Niedersachsen im Austausch über digitale Migrationsberatung."),
]

# fmt: on

DEMO_PASSWORD = "treffpunkt-demo"

# (username, role, organisation slug, description shown when `make run` starts)
DEMO_USERS = [
    (
        "koordination",
        "coordinator",
        "ki-kreis-recklinghausen",
        "Netzwerkkoordination (KI Kreis Recklinghausen): darf alles ändern",
    ),
    (
        "redaktion",
        "editor",
        "stadt-dorsten",
        "Redaktion der Stadt Dorsten: ändert nur Daten der eigenen Organisation",
    ),
    (
        "moderation",
        "moderator",
        "ki-kreis-recklinghausen",
        "Moderation (KI Kreis Recklinghausen): leitet Veranstaltungen und Abstimmungen",
    ),
]
