"""Demo data of the pools in the Kreis Recklinghausen: an interpreter pool run by the
Kommunales Integrationszentrum, requests from Kitas and schools, helper jobs and sponsors.
All people are invented; addresses are on example.org."""

# fmt: off

POOL_ORGANISATION = "ki-kreis-recklinghausen"
SPONSOR_ORGANISATION = "caritas-recklinghausen"
COUNSELLING_ORGANISATION = "caritas-recklinghausen"

# Institutions that request interpreters and employers that post helper jobs:
# (slug, name, kind, municipality slug, e-mail)
INSTITUTIONS = [
    ("kita-sonnenschein-recklinghausen", "Kita Sonnenschein Recklinghausen", "school", "recklinghausen", "kita-sonnenschein@example.org"),
    ("familienzentrum-regenbogen-marl", "Familienzentrum Regenbogen Marl", "school", "marl", "regenbogen@example.org"),
    ("grundschule-am-wall-dorsten", "Grundschule am Wall Dorsten", "school", "dorsten", "gs-am-wall@example.org"),
    ("gesamtschule-herten", "Gesamtschule Herten", "school", "herten", "gesamtschule-herten@example.org"),
    ("kita-pusteblume-datteln", "Kita Pusteblume Datteln", "school", "datteln", "pusteblume@example.org"),
]
EMPLOYERS = [
    ("logistik-ruhr-marl", "Logistik Ruhr GmbH (Marl)", "other", "marl", "jobs@logistik-ruhr.example.org"),
    ("gaststaette-zum-kanal-datteln", "Gaststätte Zum Kanal", "other", "datteln", "kueche@zum-kanal.example.org"),
    ("gartenbau-gruen-dorsten", "Gartenbau Grün Dorsten", "other", "dorsten", "info@gartenbau-gruen.example.org"),
]

# (e-mail, name, home, regions, modes, paid, max per month, qualifications,
#  {language: level}, [(weekday, from hour, until hour)])
INTERPRETERS = [
    ("amira.haddad@example.org", "Amira Haddad", "recklinghausen", ["kreis-recklinghausen"], ["on_site", "phone", "video"], True, 10,
     "Geprüfte Dolmetscherin (IHK), Schwerpunkt Schule und Gesundheit", {"ar": "native", "en": "C1"}, [(0, 8, 13), (1, 8, 13), (2, 8, 13), (3, 8, 17), (4, 8, 13)]),
    ("yusuf.demir@example.org", "Yusuf Demir", "marl", ["marl", "herten", "recklinghausen"], ["on_site", "phone"], False, 6,
     "Sprachmittler-Schulung KI 2024", {"tr": "native", "kmr": "C1"}, [(1, 9, 12), (2, 14, 18), (4, 9, 12)]),
    ("rojda.kaya@example.org", "Rojda Kaya", "herten", ["herten", "gladbeck"], ["on_site", "video"], False, 4,
     "Sprachmittler-Schulung KI 2023", {"kmr": "native", "ar": "C1", "tr": "B2"}, [(0, 14, 18), (3, 9, 13)]),
    ("maryam.ahmadi@example.org", "Maryam Ahmadi", "dorsten", ["dorsten", "marl"], ["on_site", "phone", "video"], True, 8,
     "Studium Übersetzen (Kabul), Fortbildung Kinderschutz", {"fa": "native", "prs": "native"}, [(0, 8, 12), (2, 8, 12), (4, 8, 12)]),
    ("olena.kovalenko@example.org", "Olena Kovalenko", "recklinghausen", ["recklinghausen", "oer-erkenschwick", "datteln"], ["on_site", "phone"], False, 6,
     "Lehrerin (Charkiw)", {"uk": "native", "ru": "native", "pl": "B1"}, [(1, 13, 17), (2, 9, 13), (3, 13, 17)]),
    ("sergej.baumann@example.org", "Sergej Baumann", "castrop-rauxel", ["castrop-rauxel", "waltrop"], ["on_site", "phone"], False, 4,
     "", {"ru": "native", "uk": "C1"}, [(0, 15, 19), (4, 13, 18)]),
    ("tesfay.gebremedhin@example.org", "Tesfay Gebremedhin", "recklinghausen", ["recklinghausen"], ["on_site", "phone"], False, 3,
     "Sprachmittler-Schulung KI 2025", {"ti": "native", "ar": "B2", "en": "B2"}, [(2, 13, 18)]),
    ("ioana.popescu@example.org", "Ioana Popescu", "gladbeck", ["gladbeck", "dorsten"], ["on_site", "video"], True, 6,
     "Geprüfte Dolmetscherin (BDÜ)", {"ro": "native", "bg": "B1"}, [(0, 9, 14), (2, 9, 14)]),
    ("dimitar.petrov@example.org", "Dimitar Petrov", "datteln", ["datteln", "waltrop", "oer-erkenschwick"], ["on_site", "phone"], False, 4,
     "", {"bg": "native", "tr": "C1"}, [(1, 8, 12), (3, 8, 12)]),
    ("agnieszka.nowak@example.org", "Agnieszka Nowak", "haltern-am-see", ["haltern-am-see", "marl"], ["on_site", "phone", "video"], False, 5,
     "Pflegefachkraft", {"pl": "native", "ru": "B2"}, [(2, 14, 19), (4, 14, 19)]),
    ("hevin.ali@example.org", "Hevin Ali", "recklinghausen", ["kreis-recklinghausen"], ["phone", "video"], False, 6,
     "Studentin Soziale Arbeit", {"kmr": "native", "ar": "native", "en": "B2"}, [(0, 16, 20), (2, 16, 20), (4, 13, 17)]),
    ("farid.rahimi@example.org", "Farid Rahimi", "marl", ["marl", "dorsten", "haltern-am-see"], ["on_site", "phone"], False, 4,
     "", {"prs": "native", "ps": "C1", "fa": "C1"}, [(1, 14, 18), (3, 14, 18)]),
]
# The interpreter whose account is the demo login "dolmetschen".
INTERPRETER_LOGIN = "amira.haddad@example.org"

# (institution slug, language, minimum level, in days (a weekend moves to the Monday), hour,
#  minutes, mode, place, topic, note, status, interpreter e-mail or "")
REQUESTS = [
    ("kita-sonnenschein-recklinghausen", "ar", "B2", 3, 9, 60, "on_site", "Kita Sonnenschein, Gruppenraum Bären", "parent_talk", "Entwicklungsgespräch", "open", ""),
    ("kita-sonnenschein-recklinghausen", "ti", "B2", 5, 14, 45, "on_site", "Kita Sonnenschein, Büro der Leitung", "enrolment", "Aufnahmegespräch", "open", ""),
    ("familienzentrum-regenbogen-marl", "kmr", "B2", 4, 10, 60, "on_site", "Familienzentrum Regenbogen, Elterncafé", "parent_talk", "", "open", ""),
    ("grundschule-am-wall-dorsten", "prs", "B2", 2, 8, 45, "on_site", "Grundschule am Wall, Raum 12", "parent_talk", "Elternsprechtag", "assigned", "maryam.ahmadi@example.org"),
    ("grundschule-am-wall-dorsten", "so", "B2", 6, 11, 30, "phone", "", "enrolment", "Somali – bisher niemand im Pool", "open", ""),
    ("gesamtschule-herten", "uk", "C1", 8, 13, 90, "on_site", "Gesamtschule Herten, Beratungsraum", "counselling", "Schullaufbahnberatung", "open", ""),
    ("gesamtschule-herten", "ru", "B2", -6, 15, 60, "on_site", "Gesamtschule Herten, Beratungsraum", "parent_talk", "", "done", "sergej.baumann@example.org"),
    ("kita-pusteblume-datteln", "bg", "B2", 7, 9, 60, "on_site", "Kita Pusteblume", "parent_talk", "", "offered", ""),
    ("kita-pusteblume-datteln", "ro", "B2", 9, 10, 60, "video", "", "health", "Vorbereitung U-Untersuchung", "open", ""),
    ("kita-sonnenschein-recklinghausen", "ar", "B2", -13, 9, 60, "on_site", "Kita Sonnenschein, Gruppenraum Bären", "parent_talk", "", "done", "amira.haddad@example.org"),
]

# (employer slug, title, tasks, hours per week, municipality, German level, requirements,
#  support, skills)
JOBS = [
    ("logistik-ruhr-marl", "Helfer/in im Lager (Kommissionierung)", "Waren annehmen, kommissionieren, verpacken.", 30, "marl", "A2",
     "Schichtbereitschaft; Staplerschein von Vorteil", "Einarbeitung mit Pat:in, Sprachkurs am Arbeitsplatz", "Lagerarbeit, Kommissionierung, Staplerschein"),
    ("gaststaette-zum-kanal-datteln", "Küchenhilfe", "Gemüse vorbereiten, spülen, Küche sauber halten.", 20, "datteln", "A1",
     "Arabisch- oder Türkischkenntnisse von Vorteil", "Feste Ansprechperson in der Küche", "Küche, Spülen, Reinigung"),
    ("gartenbau-gruen-dorsten", "Helfer/in Garten- und Landschaftsbau", "Pflanzen, Rasen mähen, Wege pflastern.", 38, "dorsten", "A2",
     "Arbeit im Freien", "Arbeitskleidung wird gestellt; Führerschein-Zuschuss", "Gartenarbeit, Pflastern"),
    ("logistik-ruhr-marl", "Fahrer/in Auslieferung (Transporter)", "Pakete im Kreis ausliefern.", 35, "marl", "B1",
     "Führerschein Klasse B", "Tourenplanung per App in mehreren Sprachen", "Führerschein, Auslieferung"),
]

# (pseudonym, skills, German level, languages, municipality, mobility km, residence notes,
#  consents to contact)
CANDIDATES = [
    ("K-101", "Lagerarbeit, Staplerschein", "A2", ["ar", "en"], "recklinghausen", 20,
     "Aufenthaltserlaubnis § 25 Abs. 2; Arbeit erlaubt.", True),
    ("K-102", "Küche, Reinigung", "A1", ["tr", "kmr"], "datteln", 10,
     "Gestattung; Beschäftigungserlaubnis der ABH nötig.", True),
    ("K-103", "Gartenarbeit, Führerschein", "B1", ["fa", "prs"], "dorsten", 25, "", False),
]

# (e-mail, name, kinds, municipality, radius km, languages, weekdays, interests)
SPONSORS = [
    ("gisela.meyer@example.org", "Gisela Meyer", ["learning", "everyday"], "recklinghausen", 10, [], [1, 3], "Lesen, Hausaufgaben, Kochen"),
    ("hassan.al-ali@example.org", "Hassan Al-Ali", ["apprenticeship", "everyday"], "marl", 15, ["ar", "kmr"], [0, 2, 4], "Handwerk, Fußball"),
    ("brigitte.schulte@example.org", "Brigitte Schulte", ["accommodation"], "haltern-am-see", 20, ["en"], [5], "Garten, Wandern"),
    ("tobias.wagner@example.org", "Tobias Wagner", ["apprenticeship", "learning"], "dorsten", 12, ["en"], [1, 2], "Elektrotechnik, Mathe, Fußball"),
]

# (key, kind, requested by, municipality, language, weekdays, interests, note, sponsor e-mail,
#  started days ago, [(days ago, going well, note)])
SPONSORSHIP_REQUESTS = [
    ("lernpate-gs-dorsten", "learning", "grundschule-am-wall-dorsten", "dorsten", "prs", [1, 2], "Mathe, Lesen", "Kind, 3. Klasse: Unterstützung bei Hausaufgaben", "", None, []),
    ("mentor-azubi-marl", "apprenticeship", "familienzentrum-regenbogen-marl", "marl", "ar", [0, 2], "Handwerk", "Auszubildender im 1. Lehrjahr (Anlagenmechanik)", "hassan.al-ali@example.org", 70,
     [(40, True, "Berufsschule läuft, Prüfungsangst angesprochen"), (10, False, "Konflikt im Betrieb – Termin bei der Kammer vereinbart")]),
    ("alltag-herten", "everyday", "gesamtschule-herten", "herten", "uk", [1, 3], "Kochen", "Familie seit Kurzem in Herten: Wege zu Ämtern", "gisela.meyer@example.org", 30,
     [(12, True, "Erster Behördentermin gemeinsam erledigt")]),
]

# (username, role, organisation slug, description shown when `make run` starts)
DEMO_USERS = [
    ("dolmetschpool", "editor", POOL_ORGANISATION, "Koordination des Dolmetscherpools (KI Kreis RE)"),
    ("dolmetschen", None, None, "Dolmetscherin Amira Haddad: sieht nur ihre Angebote und Einsätze"),
    ("kita", "editor", "kita-sonnenschein-recklinghausen", "Kita Sonnenschein: fragt Dolmetschende an"),
    ("beratung", "editor", COUNSELLING_ORGANISATION, "Beratung der Caritas: Kandidat:innen, Helferjobs, Patenschaften"),
    ("arbeitgeber", "editor", "logistik-ruhr-marl", "Arbeitgeber Logistik Ruhr: Helferjobs"),
]

# fmt: on
