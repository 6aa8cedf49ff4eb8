"""Demo events, built from the seed documents (people by role and initials only).

Past events carry the dates of the seeds (the Fachtag in Recklinghausen has an invented one in
2017); their "attendance" says how many registered, waited, cancelled and checked in. Upcoming
events are placed relative to the day of loading ("in_days"); their "registrations" are made
through the registration service with invented participants on example.org.

Times are local (Europe/Berlin). Agenda rows: (start, end, kind, title, description, speaker
keys). Room rows: (title, field of action slug, description, places, link to the room).
"""

# fmt: off

# key -> (name: role and initials, organisation). Invented speakers have a role, no initials.
SPEAKERS = {
    # Westmünsterland, 15.05.2020
    "netzwerksprecher-borken": ("Netzwerksprecher (M. R.)", "Integrationsagentur der Caritas Borken"),
    "netzwerksprecherin-borken": ("Netzwerk-Co-Sprecherin (I. S.)", "Integrationsagentur des DRK im Kreis Borken"),
    "moderation-context-1": ("Moderation (D. A.)", "context – Moderation und Beratung, Köln"),
    "moderation-context-2": ("Moderation (A. S.)", "context – Moderation und Beratung, Köln"),
    "ksb-borken": ("Referentin Kreissportbund (J. H.)", "Kreissportbund Borken"),
    "geba": ("Referentin Lernplattform (T. S.)", "GEBA – Gesellschaft für Berufsförderung und Ausbildung"),
    "ki-borken": ("Referent Elternbegleitung (T. H.)", "Kommunales Integrationszentrum Kreis Borken"),
    # NIKO
    "niko-projektleitung": ("Projektleitung NIKO (J. R.)", "NIKO – Netzwerk Interkulturelle Öffnung Kommunen in Bayern"),
    "stadtsoziologin": ("Stadtsoziologin", "Wissenschaft"),
    "humangeograf": ("Humangeograf, Schwerpunkt ländliche Räume", "Wissenschaft"),
    "religionswissenschaftlerin": ("Religionswissenschaftlerin", "Wissenschaft"),
    "migrationsforscherin": ("Migrationsforscherin", "Wissenschaft"),
    "integrationsbeauftragte": ("Integrationsbeauftragte einer kreisfreien Stadt", "Kommunalverwaltung"),
    "stadtplanung": ("Leiter einer Stadtplanungsabteilung", "Kommunalverwaltung"),
    "stadtbibliothek": ("Leiterin einer Stadtbibliothek", "Kommunalverwaltung"),
    "buergermeister": ("Erster Bürgermeister einer Marktgemeinde", "Kommunalverwaltung"),
    "personalentwicklung": ("Personalentwicklerin einer Kreisverwaltung", "Kommunalverwaltung"),
    "diversity": ("Diversity-Beauftragte einer Großstadt", "Kommunalverwaltung"),
    "behindertenbeauftragter": ("Behindertenbeauftragter eines Landkreises", "Kommunalverwaltung"),
    "integrationsbeirat": ("Vorsitzender eines Integrationsbeirats", "Interessenvertretung"),
    "antidiskriminierung": ("Beraterin einer Antidiskriminierungsstelle", "Interessenvertretung"),
    "migrantenorganisationen": ("Sprecherin eines Verbunds von Migrant*innenorganisationen", "Interessenvertretung"),
    # Abschlussveranstaltung, 20.05.2021
    "projektleitung-laendliche-raeume": ("Wissenschaftliche Projektleitung (B. G.)", "Forschungsprojekt Geflüchtete in ländlichen Räumen"),
    "projektteam-laendliche-raeume": ("Wissenschaftliche Mitarbeiterin (H. S.)", "Forschungsprojekt Geflüchtete in ländlichen Räumen"),
    "moderation-arbeit": ("Moderation Breakout-Raum (S. K.)", "Forschungsprojekt Geflüchtete in ländlichen Räumen"),
    # Fachtag Integrationskonzept Kreis Recklinghausen, 2017
    "sozialpsychologin": ("Sozialpsychologin, Hochschule Niederrhein (B. K.)", "Hochschule Niederrhein"),
    "kommunalberaterin": ("Moderatorin, Kommunalberaterin (S. V.)", "Willkommen bei Freunden – Servicebüro Köln"),
    "fachdienstleiterin": ("Fachdienstleiterin Kreisverwaltung (S. F.)", "Kreis Recklinghausen – Kreisverwaltung"),
    "fluechtlingskoordinator": ("Flüchtlingskoordinator (O. D.)", "Stadt Recklinghausen – Flüchtlingskoordination"),
    "sachgebietsleiter-datteln": ("Sachgebietsleiter Soziales (D. N.-B.)", "Stadt Datteln – Soziales"),
    "integrationsbeauftragte-dorsten": ("Integrationsbeauftragte (P. K.)", "Stadt Dorsten – Integrationsbüro"),
    "ki-datenbank": ("Referentin Online-Datenbank (K. P.)", "Kommunales Integrationszentrum Kreis Recklinghausen"),
    # Dialogforum Niedersachsen, 23.03.2021
    "sozialministerin": ("Niedersächsische Sozialministerin (D. B.)", "Niedersächsisches Ministerium für Soziales, Gesundheit und Gleichstellung"),
    "caritas-digital": ("Referent Digitalisierung der Migrationsberatung (S. P.)", "Deutscher Caritasverband e.V."),
    "femos": ("Referentin Modellprojekt FemOS (R. F.)", "Minor – Projektkontor für Bildung und Forschung"),
    "migrationsberaterin": ("Migrationsberaterin (N. L.)", "Diakonie Braunschweig – Migrationsberatung"),
    "moderation-niedersachsen": ("Moderation", "Landesbeauftragte für Migration und Teilhabe Niedersachsen"),
    # Upcoming (invented)
    "netzwerkkoordination-re": ("Netzwerkkoordination", "Kommunales Integrationszentrum Kreis Recklinghausen"),
    "sprachmittlung-re": ("Koordination Sprachmittlung", "Kommunales Integrationszentrum Kreis Recklinghausen"),
    "kita-leitung": ("Leiterin einer Familienkita", "Kita und Schule"),
    "schulsozialarbeit": ("Schulsozialarbeiter an einer Gesamtschule", "Kita und Schule"),
    "ag-digital-borken": ("Leitung der Arbeitsgruppe", "Integrationsagentur der Caritas Borken"),
    "fachdienst-re": ("Fachdienstleitung Integration", "Kreis Recklinghausen – Kreisverwaltung"),
}

# (slug, title, theme, year, network slug, organiser slugs, field slugs, description)
SERIES = [
    ("niko-online-reihe-2020", "NIKO Online-Reihe für Kommunen 2020",
     "Vielfalt, Inklusion und Teilhabe als kommunale Querschnittsthemen", 2020,
     "niko-netzwerk-bayern", ["via-bayern", "niko-bayern"], ["governance", "ehrenamt-teilhabe"],
     "Weil die jährliche Integrationskonferenz 2020 wegen der Corona-Schutzmaßnahmen ausfiel, "
     "vermittelt NIKO ihre Fachinformationen virtuell: sechs Online-Veranstaltungen zu je etwa "
     "zweieinhalb Stunden mit Referent*innen aus Wissenschaft, Kommunalverwaltung und "
     "Interessenvertretungen. Jede Veranstaltung beginnt mit einem Fachvortrag; danach ist Zeit "
     "für Fragen und kollegialen Austausch. Anmeldung zu einzelnen Terminen oder zur ganzen Reihe."),
    ("niko-online-reihe-2021", "NIKO Online-Reihe für Kommunen 2021",
     "Öffentlicher Raum als Ort(e) kommunaler Willkommens- und Anerkennungskultur", 2021,
     "niko-netzwerk-bayern", ["via-bayern", "niko-bayern"], ["soziale-kontakte", "governance"],
     "Neun Online-Veranstaltungen über zweieinhalb Monate: Wie wird der öffentliche Raum zu einem "
     "Ort, an dem sich alle willkommen und anerkannt fühlen? Wissenschaftlich-theoretische und "
     "praxisnahe Beiträge wechseln sich ab. Jede Veranstaltung dauert etwa zweieinhalb Stunden "
     "und bietet nach dem Fachvortrag Gelegenheit zu Fragen und kollegialem Austausch. Die "
     "Reihe richtet sich an Beauftragte und Fachkräfte für Migration und Integration in "
     "bayerischen Kommunalverwaltungen."),
]

# The upcoming NIKO series: titled with the year of its first part.
UPCOMING_SERIES = {
    "slug": "niko-online-reihe-{year}",
    "title": "NIKO Online-Reihe für Kommunen {year}",
    "theme": "Ländliche Räume als Ankunftsorte",
    "network": "niko-netzwerk-bayern",
    "organisers": ["via-bayern", "niko-bayern"],
    "fields": ["soziale-kontakte", "governance", "bildung-arbeit"],
    "description": (
        "Drei Online-Veranstaltungen zu je zweieinhalb Stunden über Integration in ländlichen "
        "Räumen: Was bieten Dörfer und Kleinstädte Neuzugewanderten, wie entstehen Orte der "
        "Begegnung, und wie steuern Landkreise und Gemeinden gemeinsam? Fachvortrag, Fragen und "
        "kollegialer Austausch. Anmeldung zu einzelnen Terminen oder zur ganzen Reihe."
    ),
}

NIKO_AUDIENCE = "Beauftragte und Fachkräfte für Migration und Integration in Kommunalverwaltungen"
NIKO_CONTACT = "niko@via-bayern.example"

# (date, title, talk title, talk speaker, description); 09:30–12:00 each
NIKO_2020_PARTS = [
    ("2020-10-06", "Auftakt: Vielfalt, Inklusion und Teilhabe – Begriffe und Konzepte",
     "Von der Integration zur Teilhabe: Was Vielfalt für Kommunen bedeutet", "migrationsforscherin",
     "Wie hängen Vielfalt, Inklusion und Teilhabe zusammen, und was folgt daraus für die kommunale Praxis?"),
    ("2020-10-20", "Diversity Management in der Kommunalverwaltung",
     "Vielfalt steuern: Diversity Management als Aufgabe der Verwaltungsspitze", "diversity",
     "Wie Verwaltungen Vielfalt in Leitbild, Organisation und Dienstleistungen verankern."),
    ("2020-11-03", "Interkulturelle Öffnung: Personal gewinnen und entwickeln",
     "Vielfalt im Team: Personalgewinnung und -entwicklung in der Kreisverwaltung", "personalentwicklung",
     "Stellenausschreibungen, Auswahlverfahren und Fortbildung mit Blick auf Vielfalt."),
    ("2020-11-17", "Inklusion als Querschnittsaufgabe",
     "Behinderung und Migrationsgeschichte: Barrieren doppelt abbauen", "behindertenbeauftragter",
     "Was Inklusion und Integration voneinander lernen können – und wo Zuständigkeiten sich überschneiden."),
    ("2020-12-01", "Teilhabe sichern: Migrant*innenvertretungen und Integrationsbeiräte",
     "Mitreden und mitentscheiden: Integrationsbeiräte in der Kommunalpolitik", "integrationsbeirat",
     "Formen der politischen Teilhabe vor Ort, ihre Grenzen und gute Beispiele."),
    ("2020-12-15", "Vom Integrationskonzept zum Vielfaltskonzept",
     "Kommunale Gesamtstrategien: Vielfalt als Querschnittsthema verankern", "integrationsbeauftragte",
     "Wie Kommunen ihre Integrationskonzepte zu Gesamtstrategien für Vielfalt und Teilhabe weiterentwickeln."),
]

NIKO_2021_PARTS = [
    ("2021-04-13", "Auftakt: Wem gehört der öffentliche Raum?",
     "Zugehörigkeit und Anerkennung in der Stadtgesellschaft", "stadtsoziologin",
     "Öffentlicher Raum als Ort, an dem Zugehörigkeit sichtbar wird – oder verwehrt."),
    ("2021-04-20", "Begegnungsorte: Bibliotheken, Plätze und Parks",
     "Die Bibliothek als Dritter Ort: offen für alle", "stadtbibliothek",
     "Wie öffentliche Einrichtungen zu Orten der Begegnung werden."),
    ("2021-04-27", "Willkommen im Rathaus",
     "Bürgerbüro und Ausländerbehörde als öffentlicher Raum", "integrationsbeauftragte",
     "Erste Kontakte mit der Verwaltung prägen das Ankommen: Orientierung, Wartebereiche, Ansprache."),
    ("2021-05-04", "Mehrsprachigkeit im öffentlichen Raum",
     "Leitsysteme, Beschilderung und Informationen in vielen Sprachen", "stadtplanung",
     "Wie Kommunen ihre Informationen im Stadtraum für alle lesbar machen."),
    ("2021-05-11", "Religiöse Vielfalt sichtbar machen",
     "Gebetsräume, Friedhöfe, Feste: religiöse Vielfalt in der Kommune", "religionswissenschaftlerin",
     "Wo Religion im öffentlichen Raum Platz findet, und wie Kommunen vermitteln."),
    ("2021-05-18", "Diskriminierung im öffentlichen Raum begegnen",
     "Sicherheit und Zugehörigkeit: Was Kommunen gegen Diskriminierung tun können", "antidiskriminierung",
     "Erfahrungen aus der Antidiskriminierungsberatung und kommunale Handlungsmöglichkeiten."),
    ("2021-06-01", "Dorfplatz, Vereinsheim, Feuerwehr",
     "Öffentlicher Raum in ländlichen Gemeinden", "buergermeister",
     "Wie kleine Gemeinden bestehende Orte für Neuzugewanderte öffnen."),
    ("2021-06-08", "Migrant*innen gestalten mit",
     "Beteiligung an der Gestaltung öffentlicher Räume", "migrantenorganisationen",
     "Beteiligungsformate, in denen Migrant*innenorganisationen die Kommune mitgestalten."),
    ("2021-06-22", "Abschluss: Erinnerungskultur und Transfer in die Praxis",
     "Erinnerungsorte der Einwanderung und was Kommunen daraus machen", "migrationsforscherin",
     "Rückblick auf die Reihe, Erinnerungskultur und Verabredungen für die eigene Kommune."),
]

NIKO_ATTENDANCE_2020 = [  # (registered, waiting, cancelled, checked in) per part
    (50, 4, 0, 47), (50, 2, 0, 44), (47, 0, 3, 41), (44, 0, 2, 38), (50, 3, 0, 45), (41, 0, 4, 36),
]
NIKO_ATTENDANCE_2021 = [
    (50, 6, 0, 46), (48, 0, 3, 42), (45, 0, 2, 39), (50, 2, 0, 44), (43, 0, 4, 37),
    (47, 0, 1, 41), (39, 0, 3, 33), (44, 0, 2, 38), (46, 0, 2, 40),
]
NIKO_SERIES_WIDE = {"niko-online-reihe-2020": 16, "niko-online-reihe-2021": 18}


def _niko_parts(series, parts, attendance, link):
    events = []
    for number, ((day, title, talk, speaker, description), numbers) in enumerate(
        zip(parts, attendance, strict=True), start=1
    ):
        registered, waiting, cancelled, checked_in = numbers
        events.append({
            "series": series,
            "title": title,
            "starts": f"{day} 09:30",
            "ends": f"{day} 12:00",
            "format": "online",
            "municipality": "bayern",
            "video_link": f"{link}-teil-{number}",
            "capacity": 50,
            "organisers": ["niko-bayern", "via-bayern"],
            "fields": ["governance"],
            "target_groups": ["fachkraefte"],
            "languages": ["de"],
            "audience_note": NIKO_AUDIENCE,
            "contact_email": NIKO_CONTACT,
            "description": f"Teil {number} der Reihe. {description}",
            "agenda": [
                ("09:30", "09:40", "welcome", "Begrüßung und Einführung", "", ["niko-projektleitung"]),
                ("09:40", "10:40", "talk", talk, "", [speaker]),
                ("10:40", "11:10", "questions", "Fragen an die Referent*innen", "", [speaker]),
                ("11:10", "12:00", "plenary", "Kollegialer Austausch",
                 "Erfahrungen aus den eigenen Kommunen, in Kleingruppen und im Plenum.", ["niko-projektleitung"]),
            ],
            "rooms": [],
            "attendance": {"registered": registered, "waiting": waiting, "cancelled": cancelled,
                           "checked_in": checked_in},
            "participants_from": "bayern",
        })
    return events


PAST_EVENTS = [
    {
        "series": None,
        "title": "Erster Fachaustausch im virtuellen Raum",
        "starts": "2020-05-15 10:00",
        "ends": "2020-05-15 12:30",
        "format": "online",
        "municipality": "kreis-borken",
        "video_link": "https://meet.example.org/fachaustausch-westmuensterland",
        "capacity": 40,
        "organisers": ["caritas-integrationsagentur-borken", "drk-integrationsagentur-borken"],
        "fields": ["beratung", "soziale-kontakte", "sprache"],
        "target_groups": ["fachkraefte", "ehrenamtliche"],
        "languages": ["de"],
        "audience_note": "Netzwerkpartner*innen der Migrationsarbeit im Kreis Borken",
        "contact_email": "netzwerk@westmuensterland.example",
        "description": (
            "Fachtagungen des Interkulturellen Netzwerks Westmünsterland sind gut besucht – in "
            "Corona-Zeiten treffen wir uns online. Was funktioniert bereits gut, was können die "
            "Netzwerkpartner voneinander lernen, und wo gibt es Bedarfe, um die Integrationsarbeit "
            "in Zeiten von Corona zu verbessern? Drei Best-Practice-Beispiele zeigen, wie Arbeit "
            "unter Pandemiebeschränkungen mit unterschiedlichen Zielgruppen gelingt. In virtuellen "
            "Arbeitsräumen sammeln wir Erfahrungen und Bedarfe; die Ergebnisse werden für die weitere "
            "Netzwerkarbeit gesichert. Moderation: context Köln."
        ),
        "agenda": [
            ("10:00", "10:15", "welcome", "Begrüßung und Ankommen im virtuellen Raum",
             "Kurze Einführung in die Technik: Ton, Kamera, Chat und Arbeitsräume.",
             ["netzwerksprecher-borken", "netzwerksprecherin-borken", "moderation-context-1"]),
            ("10:15", "10:35", "best_practice", "Webinar-Reihe des Kreissportbunds",
             "Für Ehrenamtliche, Trainer*innen und Kursleitungen; leichter Zugang über Smartphone, "
             "Tablet oder PC. So blieben regelmäßiger Kontakt, Austausch und Qualifizierung erhalten.",
             ["ksb-borken"]),
            ("10:35", "10:55", "best_practice", "Lernplattform „Learningview“",
             "Onlinebeschulung, Begleitung und Coaching von geflüchteten Menschen als Alternative "
             "zum Präsenzunterricht.",
             ["geba"]),
            ("10:55", "11:15", "best_practice", "Sprachmittlung und Begleitung der Elternbegleiter*innen per Telefonkonferenz",
             "Einfacher als gedacht: kaum technische Probleme, flexible Handhabung.",
             ["ki-borken"]),
            ("11:15", "12:05", "workshop", "Virtuelle Arbeitsräume",
             "Was funktioniert gut, was können wir übernehmen, welche Bedarfe sehen wir?",
             ["moderation-context-1", "moderation-context-2"]),
            ("12:05", "12:30", "plenary", "Ergebnisse und Verabredungen für Arbeitsgruppen",
             "Die Bedarfe werden in kleinen Arbeitsgruppen weiterbearbeitet.",
             ["moderation-context-2", "netzwerksprecher-borken"]),
        ],
        "rooms": [
            ("Kontakt halten trotz Abstand", "soziale-kontakte",
             "Wie erreichen wir Zugewanderte und Geflüchtete, wenn Treffen vor Ort ausfallen?", None, ""),
            ("Technische Ausstattung und digitale Teilhabe", "sprache",
             "Oft steht nur ein Smartphone zur Verfügung, das auch fürs Homeschooling gebraucht "
             "wird; das WLAN ist unzureichend oder fehlt.", None, ""),
            ("Ängste und Fragen der Zugewanderten", "beratung",
             "Der Umgang mit Ängsten und Fragen als besondere Herausforderung der "
             "Migrationsfachdienste; die Pandemie hat manchen Integrationserfolg ausgebremst.", None, ""),
        ],
        "attendance": {"registered": 33, "waiting": 0, "cancelled": 2, "checked_in": 30,
                       "rooms": [11, 12, 10]},
        "participants_from": "borken",
    },
    *_niko_parts("niko-online-reihe-2020", NIKO_2020_PARTS, NIKO_ATTENDANCE_2020,
                 "https://bbb.example.org/niko-2020"),
    *_niko_parts("niko-online-reihe-2021", NIKO_2021_PARTS, NIKO_ATTENDANCE_2021,
                 "https://bbb.example.org/niko-2021"),
    {
        "series": None,
        "title": "Abschlussveranstaltung: Geflüchtete in ländlichen Räumen – Handlungsempfehlungen",
        "starts": "2021-05-20 13:00",
        "ends": "2021-05-20 15:00",
        "format": "online",
        "municipality": None,
        "video_link": "https://webex.example.org/abschlussveranstaltung-laendliche-raeume",
        "capacity": None,
        "organisers": ["lk-waldeck-frankenberg", "ivaf-niedersachsen"],
        "fields": ["bildung-arbeit", "soziale-kontakte", "governance"],
        "target_groups": ["fachkraefte", "ehrenamtliche", "arbeitgeber"],
        "languages": ["de"],
        "audience_note": "Kommunen, Landkreise, Kammern, Beratungsstellen und Engagierte in ländlichen Räumen",
        "contact_email": "abschluss@laendliche-raeume.example",
        "description": (
            "Zum Abschluss des Forschungsprojekts stellen wir die Handlungsempfehlungen zur "
            "Integration von Geflüchteten in ländlichen Räumen vor und diskutieren sie in drei "
            "Breakout-Räumen: Welche Empfehlungen sind am wichtigsten, was fehlt, und wer ist in "
            "der Pflicht? Die Ergebnisse fließen in die Endfassung der Empfehlungen ein. "
            "Cisco Webex; den Link erhalten angemeldete Teilnehmende."
        ),
        "agenda": [
            ("13:00", "13:10", "welcome", "Begrüßung", "", ["projektleitung-laendliche-raeume"]),
            ("13:10", "13:30", "talk", "Die Handlungsempfehlungen im Überblick",
             "Arbeit und berufsbezogene Bildung, soziale Kontakte und Gemeinschaft, Governance.",
             ["projektleitung-laendliche-raeume", "projektteam-laendliche-raeume"]),
            ("13:30", "14:15", "workshop", "Diskussion der Handlungsempfehlungen in drei Breakout-Räumen",
             "Abstimmungen per Mentimeter, Diskussion, Ergebnissicherung.",
             ["moderation-arbeit", "projektleitung-laendliche-raeume", "projektteam-laendliche-raeume"]),
            ("14:15", "14:25", "break", "Pause", "", []),
            ("14:25", "15:00", "plenary", "Ergebnisse aus den Räumen und Ausblick", "",
             ["projektleitung-laendliche-raeume"]),
        ],
        "rooms": [
            ("Arbeit und berufsbezogene Bildung", "bildung-arbeit",
             "Wie steht es um gute und nachhaltige Beschäftigung von Geflüchteten? Probleme: "
             "Ausbildungsabbrüche wegen sprachlicher Hürden, prekäre Aufenthaltsstatus, fehlende "
             "Angebote der Bildungsträger auf dem Land. Lösungen: modulare Ausbildung, "
             "Individualqualifizierung, Nachteilsausgleich bei Prüfungen, Mentoring in kleinen "
             "Betrieben. Moderation: S. K., T. W., D. S.",
             None, "https://webex.example.org/abschlussveranstaltung-laendliche-raeume/raum-1"),
            ("Soziale Kontakte und Gemeinschaft in ländlichen Räumen", "soziale-kontakte",
             "Mentimeter-Abfrage zur Bedeutung der Empfehlungen; am höchsten bewertet: „Inklusive "
             "Orte für Begegnung und Sprachpraxis schaffen“. Bestehende Orte öffnen – Vereine, "
             "Jugendfeuerwehr, Kirchengemeinden – und die Menschen vor Ort fragen, was sie wollen. "
             "Moderation: B. G., H. S.",
             None, "https://webex.example.org/abschlussveranstaltung-laendliche-raeume/raum-2"),
            ("Governance", "governance",
             "Abstimmung, welche Empfehlung zuerst diskutiert wird: A „Systemisch denken!“, B „Lokale "
             "Verwaltungspraxis kohärent gestalten!“, C „Die Potenziale ländlicher Räume besser "
             "nutzen!“, D „Integrationsarbeit als Beitrag zur Stärkung des gesellschaftlichen "
             "Zusammenhalts verstehen!“.",
             None, "https://webex.example.org/abschlussveranstaltung-laendliche-raeume/raum-3"),
        ],
        "attendance": {"registered": 118, "waiting": 0, "cancelled": 6, "checked_in": 104,
                       "rooms": [36, 42, 30]},
        "participants_from": "laendlich",
    },
    {
        "series": None,
        "title": "Fachtag zum kreisweiten Integrationskonzept",
        "starts": "2017-06-21 09:30",
        "ends": "2017-06-21 16:00",
        "format": "on_site",
        "venue_name": "Berufskolleg Ostvest, Forum",
        "street": "",
        "postcode": "45711",
        "city": "Datteln",
        "municipality": "datteln",
        "video_link": "",
        "capacity": 120,
        "organisers": ["ki-kreis-recklinghausen", "kreis-recklinghausen"],
        "fields": ["wohnen", "bildung-arbeit", "kita-schule", "sport-freizeit", "gesundheit",
                   "sprache", "ehrenamt-teilhabe"],
        "target_groups": ["fachkraefte", "ehrenamtliche"],
        "languages": ["de"],
        "audience_note": (
            "Jugend-, Sozial- und Ausländerämter, Jobcenter, Kammern, Schulen, freie Träger, "
            "Wohlfahrtsverbände, Sportvereine, Haupt- und Ehrenamtliche"
        ),
        "contact_email": "integration@kreis-recklinghausen.example",
        "description": (
            "Praxisnahe Diskussionen, partizipative Workshops, konkrete Handlungsschritte: Der "
            "Fachtag führt die Ergebnisse der städteübergreifenden Workshops zum Integrationskonzept "
            "(Oktober 2016 bis Februar 2017) weiter. Am Nachmittag erarbeiten Workshops in sieben "
            "Handlungsfeldern Handlungsempfehlungen, die im Abschlussplenum vorgestellt werden. "
            "Unterstützt vom Bundesprogramm „Willkommen bei Freunden – Bündnisse für junge "
            "Flüchtlinge“."
        ),
        "agenda": [
            ("09:30", "09:45", "welcome", "Begrüßung und Einführung",
             "Drei Ziele des Bündnisses: ein kreisweites Integrationskonzept, Transparenz, "
             "Zusammenführung der kommunalen Integrationsarbeit für Geflüchtete.",
             ["kommunalberaterin"]),
            ("09:45", "10:30", "best_practice", "Was aus den Workshops entstanden ist",
             "Ein Sportangebot und Verkehrserziehung in Datteln, ein Lern- und Spieltreff und der "
             "Verein Athletik International in Dorsten.",
             ["fluechtlingskoordinator", "sachgebietsleiter-datteln", "integrationsbeauftragte-dorsten"]),
            ("10:30", "11:00", "talk", "Die Online-Datenbank der Integrationsangebote",
             "Über 500 Angebote aus allen Lebensbereichen, online seit Februar 2017; geplant sind "
             "Good-Practice-Einträge und eine erweiterte Suche.",
             ["ki-datenbank"]),
            ("11:00", "12:00", "keynote", "Vielfalt als Herausforderung und Potenzial",
             "Integration heißt nicht Assimilation: die Bedürfnisse der Neuhinzugezogenen einbeziehen, "
             "sich vernetzen und klare Handlungsstrategien entwickeln.",
             ["sozialpsychologin"]),
            ("12:00", "13:00", "break", "Mittagspause", "", []),
            ("13:00", "15:00", "workshop", "Workshops in sieben Handlungsfeldern",
             "Wünsche, Ziele und konkrete Handlungsschritte auf Grundlage der bisherigen Workshops.", []),
            ("15:00", "15:45", "plenary", "Abschlussplenum: Handlungsempfehlungen der Workshops", "",
             ["kommunalberaterin"]),
            ("15:45", "16:00", "plenary", "Schlusswort",
             "Die Ergebnisse werden ergänzt und als Forderungen an die politischen Gremien weitergegeben.",
             ["fachdienstleiterin"]),
        ],
        "rooms": [
            ("Wohnen", "wohnen",
             "Informationen zur Bruttokaltmiete in drei bis vier wichtigen Sprachen; Unterkunftspaten "
             "und -lotsen gehen auf Privatvermieter zu; Informationen zur Wohnungssuche in den "
             "Integrationskursen.", 20, ""),
            ("Bildung ab 16 und Arbeit", "bildung-arbeit",
             "Mehr und längere Sprachförderung, vor allem für Leistungsschwächere; engere Kooperation "
             "von Schulsozialarbeit, Jobcenter und Berufsberatung; eine Helfertätigkeitsbörse als "
             "Datenbank.", 20, ""),
            ("Kita und Schule", "kita-schule",
             "Ein Dolmetscherpool für Kitas und Schulen.", 20, ""),
            ("Sport und Freizeit", "sport-freizeit",
             "Geeignete Vereinsstrukturen aufbauen, die Geflüchteten den Weg in Sportangebote "
             "erleichtern.", 20, ""),
            ("Gesundheit", "gesundheit",
             "Zugang zur Gesundheitsversorgung und psychosozialen Beratung.", 20, ""),
            ("Sprache", "sprache",
             "Sprachförderung und Sprachmittlung im Alltag.", 20, ""),
            ("Ehrenamt und Teilhabe", "ehrenamt-teilhabe",
             "Geflüchtete stärker als Akteure in der ehrenamtlichen Arbeit mitdenken.", 20, ""),
        ],
        "attendance": {"registered": 108, "waiting": 0, "cancelled": 5, "checked_in": 100,
                       "rooms": [17, 19, 16, 14, 12, 15, 15]},
        "participants_from": "recklinghausen",
    },
    {
        "series": None,
        "title": "Dialogforum „Digitale Migrationsberatung: Chancen und Grenzen“",
        "starts": "2021-03-23 14:00",
        "ends": "2021-03-23 16:30",
        "format": "online",
        "municipality": "niedersachsen",
        "video_link": "https://zoom.example.org/dialogforum-digitale-migrationsberatung",
        "capacity": 300,
        "organisers": ["landesbeauftragte-niedersachsen", "lotto-sport-stiftung"],
        "fields": ["beratung", "sprache"],
        "target_groups": ["fachkraefte", "ehrenamtliche"],
        "languages": ["de"],
        "audience_note": "Akteur*innen der Migrationsarbeit in Niedersachsen",
        "contact_email": "dialogforum@migration-niedersachsen.example",
        "recording_url": "https://www.youtube.com/watch?v=q7LmR2vXk9c",
        "description": (
            "Virtueller Austausch der Landesbeauftragten für Migration und Teilhabe mit der "
            "Niedersächsischen Lotto-Sport-Stiftung und dem Spielfeld Gesellschaft. Die "
            "Corona-Pandemie hat vieles in digitale Bewegung gebracht: Wo senken digitale Angebote "
            "die Schwelle zur Beratung, wo überwinden Video-Dolmetscher*innen Sprachbarrieren – und "
            "wo braucht es weiterhin die persönliche Beratung? Digitale und soziale Teilhabe müssen "
            "zusammengedacht werden."
        ),
        "agenda": [
            ("14:00", "14:15", "welcome", "Grußwort", "", ["sozialministerin"]),
            ("14:15", "14:50", "talk", "Digitale Migrationsberatung: Zielgruppen und ihr Informationsverhalten",
             "Migrationsarbeit muss sich an den diversen Zielgruppen und ihrem vielfältigen "
             "Informationsverhalten orientieren.",
             ["caritas-digital"]),
            ("14:50", "15:20", "best_practice", "Aufsuchende Migrationsberatung in sozialen Medien: das Modellprojekt FemOS",
             "Seit Mai 2020 berät ein mehrsprachiges Team von Frauen mit eigener "
             "Einwanderungsgeschichte Migrantinnen aus Drittstaaten in Facebook-Gruppen.",
             ["femos"]),
            ("15:20", "15:45", "best_practice", "Praxisbericht aus der Migrationsberatung in Salzgitter-Lebenstedt",
             "Digitale oder telefonische Eins-zu-eins-Beratung stößt an Grenzen – viele brauchen "
             "eine Person, an die sie sich persönlich wenden können.",
             ["migrationsberaterin"]),
            ("15:45", "16:30", "plenary", "Diskussion", "Kein Ersatz für persönliche Beratung, aber eine wichtige Ergänzung?",
             ["moderation-niedersachsen"]),
        ],
        "rooms": [],
        "attendance": {"registered": 241, "waiting": 0, "cancelled": 9, "checked_in": 212},
        "participants_from": "niedersachsen",
    },
]

# Upcoming events, relative to the day of loading (weekends and the days from Christmas Eve
# to New Year's Day move to the next working day).
# "registrations": invented applicants made through the registration service; "rooms" gives
# how many choose each room, in order. UPCOMING_NIKO_SERIES_WIDE people register for all
# parts of the series in one go.
UPCOMING_NIKO_PARTS = [
    (45, "Ankommen auf dem Land: Was ländliche Räume bieten",
     "Ländliche Räume als Ankunftsorte: Chancen, Hürden, Wege", "humangeograf",
     "Arbeit, Wohnraum, Nachbarschaft – und Mobilität, Distanzen und Infrastruktur.", 9),
    (59, "Soziale Orte schaffen: Begegnung und Sprachpraxis",
     "Bestehende Orte öffnen: Vereine, Feuerwehr und Kirchengemeinden", "buergermeister",
     "Inklusive Orte für Begegnung und Sprachpraxis – mit den Menschen vor Ort, nicht von oben.", 6),
    (73, "Systemisch denken: Steuerung und Beteiligung im Landkreis",
     "Landkreis und Gemeinden kohärent steuern – mit Beteiligung von Migrant*innen", "integrationsbeauftragte",
     "Steuerungsgruppen, kommunale Leitbilder und Beiratsmodelle in ländlichen Kommunen.", 5),
]
UPCOMING_NIKO_SERIES_WIDE = 12


def _upcoming_niko_parts():
    events = []
    for number, (days, title, talk, speaker, description, singles) in enumerate(UPCOMING_NIKO_PARTS, start=1):
        events.append({
            "series": "upcoming-niko",
            "in_days": days,
            "title": title,
            "starts": "09:30",
            "ends": "12:00",
            "format": "online",
            "municipality": "bayern",
            "video_link": f"https://bbb.example.org/niko-laendliche-raeume-teil-{number}",
            "capacity": 50,
            "organisers": ["niko-bayern", "via-bayern"],
            "fields": ["soziale-kontakte", "governance"],
            "target_groups": ["fachkraefte"],
            "languages": ["de"],
            "audience_note": NIKO_AUDIENCE,
            "contact_email": NIKO_CONTACT,
            "description": f"Teil {number} der Reihe. {description}",
            "agenda": [
                ("09:30", "09:40", "welcome", "Begrüßung und Einführung", "", ["niko-projektleitung"]),
                ("09:40", "10:40", "talk", talk, "", [speaker]),
                ("10:40", "11:10", "questions", "Fragen an die Referent*innen", "", [speaker]),
                ("11:10", "12:00", "plenary", "Kollegialer Austausch", "", ["niko-projektleitung"]),
            ],
            "rooms": [],
            "registrations": {"applicants": singles},
            "participants_from": "bayern",
        })
    return events


UPCOMING_EVENTS = [
    {
        "series": None,
        "in_days": 9,
        "title": "Netzwerktreffen Integrationsnetzwerk Kreis Recklinghausen",
        "starts": "14:00",
        "ends": "16:30",
        "format": "on_site",
        "venue_name": "Kreishaus Recklinghausen, Sitzungssaal",
        "street": "Kurt-Schumacher-Allee 1",
        "postcode": "45657",
        "city": "Recklinghausen",
        "municipality": "recklinghausen",
        "capacity": 40,
        "close_days_before": 2,
        "organisers": ["ki-kreis-recklinghausen"],
        "fields": ["governance"],
        "target_groups": ["fachkraefte", "ehrenamtliche"],
        "languages": ["de"],
        "audience_note": "Mitglieder des Integrationsnetzwerks und alle, die es werden wollen",
        "contact_email": "integration@kreis-recklinghausen.example",
        "description": (
            "Das Netzwerk trifft sich zum Austausch: Stand der Handlungsempfehlungen aus dem "
            "Integrationskonzept, neue Angebote in der Online-Datenbank und Verabredungen für die "
            "Arbeitsgruppen im kommenden Halbjahr."
        ),
        "agenda": [
            ("14:00", "14:15", "welcome", "Begrüßung", "", ["netzwerkkoordination-re"]),
            ("14:15", "15:00", "talk", "Was aus den Handlungsempfehlungen geworden ist", "", ["netzwerkkoordination-re"]),
            ("15:00", "15:15", "break", "Kaffeepause", "", []),
            ("15:15", "16:30", "plenary", "Austausch und Verabredungen der Arbeitsgruppen", "", []),
        ],
        "rooms": [],
        "registrations": {"applicants": 23},
        "participants_from": "recklinghausen",
    },
    {
        "series": None,
        "in_days": 16,
        "title": "Arbeitsgruppe Digitale Teilhabe: Smartphone, WLAN und Lernplattformen",
        "starts": "10:00",
        "ends": "12:00",
        "format": "online",
        "municipality": "kreis-borken",
        "video_link": "https://meet.example.org/ag-digitale-teilhabe",
        "capacity": 12,
        "organisers": ["caritas-integrationsagentur-borken", "drk-integrationsagentur-borken"],
        "fields": ["sprache", "beratung"],
        "target_groups": ["fachkraefte", "ehrenamtliche"],
        "languages": ["de"],
        "audience_note": "Netzwerkpartner*innen im Kreis Borken; kleine Arbeitsgruppe, begrenzte Plätze",
        "contact_email": "netzwerk@westmuensterland.example",
        "description": (
            "Aus dem Fachaustausch des Netzwerks: Vielen Zugewanderten steht nur ein Smartphone zur "
            "Verfügung, das WLAN ist unzureichend oder fehlt. Die Arbeitsgruppe sammelt Lösungen – "
            "Leihgeräte, WLAN in Unterkünften, Lernplattformen, die auf dem Smartphone "
            "funktionieren – und verabredet nächste Schritte."
        ),
        "agenda": [
            ("10:00", "10:10", "welcome", "Begrüßung und Vorstellungsrunde", "", ["ag-digital-borken"]),
            ("10:10", "11:30", "workshop", "Lösungen sammeln und bewerten", "", ["ag-digital-borken"]),
            ("11:30", "12:00", "plenary", "Nächste Schritte", "", ["ag-digital-borken"]),
        ],
        "rooms": [],
        "registrations": {"applicants": 15},
        "participants_from": "borken",
    },
    {
        "series": None,
        "in_days": 23,
        "title": "Workshop: Dolmetscherpool für Kitas und Schulen",
        "starts": "09:30",
        "ends": "13:00",
        "format": "on_site",
        "venue_name": "Kommunales Integrationszentrum, Raum 2.14",
        "street": "Kurt-Schumacher-Allee 1",
        "postcode": "45657",
        "city": "Recklinghausen",
        "municipality": "recklinghausen",
        "capacity": 25,
        "close_days_before": 3,
        "organisers": ["ki-kreis-recklinghausen"],
        "fields": ["kita-schule", "sprache"],
        "target_groups": ["fachkraefte", "eltern"],
        "languages": ["de"],
        "audience_note": "Kita-Leitungen, Schulsozialarbeit, Lehrkräfte, Sprachmittler*innen",
        "contact_email": "integration@kreis-recklinghausen.example",
        "description": (
            "Eine Empfehlung aus dem Fachtag zum Integrationskonzept: ein Dolmetscherpool, auf den "
            "Kitas und Schulen für Elterngespräche zugreifen können. Wir klären Bedarf, Sprachen, "
            "Qualifizierung, Vergütung und Buchung – und wie Sprachmittlung per Telefon- oder "
            "Videokonferenz helfen kann."
        ),
        "agenda": [
            ("09:30", "09:45", "welcome", "Begrüßung", "", ["sprachmittlung-re"]),
            ("09:45", "10:30", "talk", "Sprachmittlung in Kitas und Schulen: Bedarfe im Kreis", "", ["sprachmittlung-re"]),
            ("10:30", "11:00", "best_practice", "Elterngespräche mit Sprachmittlung aus der Praxis", "",
             ["kita-leitung", "schulsozialarbeit"]),
            ("11:00", "11:15", "break", "Pause", "", []),
            ("11:15", "12:30", "workshop", "Eckpunkte für den Dolmetscherpool", "", []),
            ("12:30", "13:00", "plenary", "Ergebnisse und nächste Schritte", "", ["sprachmittlung-re"]),
        ],
        "rooms": [],
        "registrations": {"applicants": 14},
        "participants_from": "recklinghausen",
    },
    {
        "series": None,
        "in_days": 30,
        "title": "Dialogforum: Aufsuchende Migrationsberatung in sozialen Medien",
        "starts": "14:00",
        "ends": "16:00",
        "format": "online",
        "municipality": "niedersachsen",
        "video_link": "https://zoom.example.org/dialogforum-aufsuchende-beratung",
        "capacity": 200,
        "organisers": ["landesbeauftragte-niedersachsen"],
        "fields": ["beratung"],
        "target_groups": ["fachkraefte"],
        "languages": ["de"],
        "audience_note": "Akteur*innen der Migrationsarbeit in Niedersachsen",
        "contact_email": "dialogforum@migration-niedersachsen.example",
        "description": (
            "Fortsetzung des Dialogforums zur digitalen Migrationsberatung: Wie erreichen "
            "Beratungsstellen Neuzugewanderte dort, wo sie sich informieren – in sozialen Medien?"
        ),
        "agenda": [
            ("14:00", "14:10", "welcome", "Begrüßung", "", ["moderation-niedersachsen"]),
            ("14:10", "15:00", "talk", "Beratung in Facebook-Gruppen und Messengern", "", []),
            ("15:00", "16:00", "plenary", "Diskussion", "", ["moderation-niedersachsen"]),
        ],
        "rooms": [],
        "registrations": {"applicants": 6},
        "status": "cancelled",
        "cancellation_reason": "Die Referentin ist erkrankt. Ein neuer Termin wird bekannt gegeben.",
        "participants_from": "niedersachsen",
    },
    {
        "series": None,
        "in_days": 38,
        "title": "Fachtag Integrationskonzept: Handlungsempfehlungen weiterentwickeln",
        "starts": "09:30",
        "ends": "15:30",
        "format": "hybrid",
        "venue_name": "Berufskolleg Ostvest, Forum",
        "street": "",
        "postcode": "45711",
        "city": "Datteln",
        "municipality": "datteln",
        "video_link": "https://bbb.example.org/fachtag-integrationskonzept",
        "capacity": 120,
        "close_days_before": 5,
        "organisers": ["ki-kreis-recklinghausen", "kreis-recklinghausen"],
        "fields": ["wohnen", "bildung-arbeit", "sport-freizeit", "ehrenamt-teilhabe"],
        "target_groups": ["fachkraefte", "ehrenamtliche"],
        "languages": ["de", "gsg"],
        "audience_note": "Haupt- und Ehrenamtliche aus dem Kreis Recklinghausen; vor Ort oder online",
        "contact_email": "integration@kreis-recklinghausen.example",
        "description": (
            "Was ist aus den Handlungsempfehlungen des Integrationskonzepts geworden? Vormittags "
            "Bilanz im Plenum, nachmittags Arbeitsräume vor Ort und ein Online-Raum. Das Plenum "
            "wird übertragen und in Deutsche Gebärdensprache gedolmetscht."
        ),
        "agenda": [
            ("09:30", "09:45", "welcome", "Begrüßung", "", ["fachdienst-re"]),
            ("09:45", "10:45", "talk", "Bilanz: Handlungsempfehlungen und Online-Datenbank", "", ["netzwerkkoordination-re"]),
            ("10:45", "11:15", "questions", "Fragen aus dem Saal und aus dem Chat", "", ["netzwerkkoordination-re"]),
            ("11:15", "12:15", "best_practice", "Praxisbeispiele aus den Städten", "", []),
            ("12:15", "13:00", "break", "Mittagspause", "", []),
            ("13:00", "14:45", "workshop", "Arbeitsräume", "Vier Räume, einer davon online.", []),
            ("14:45", "15:30", "plenary", "Abschlussplenum", "", ["fachdienst-re"]),
        ],
        "rooms": [
            ("Wohnen: mehrsprachige Informationen und Unterkunftspaten", "wohnen",
             "Informationen zur Bruttokaltmiete in mehreren Sprachen, Unterkunftspaten und -lotsen.", 30, ""),
            ("Bildung ab 16 und Arbeit: Helfertätigkeitsbörse", "bildung-arbeit",
             "Wie die Datenbank für Helfertätigkeiten aufgebaut und gepflegt wird.", 30, ""),
            ("Sport und Freizeit: Vereine öffnen", "sport-freizeit",
             "Vereinsstrukturen, die Geflüchteten den Zugang erleichtern.", 25, ""),
            ("Online-Raum: Geflüchtete als Ehrenamtliche", "ehrenamt-teilhabe",
             "Geflüchtete als Akteure im Ehrenamt – für alle, die online teilnehmen.", 40,
             "https://bbb.example.org/fachtag-integrationskonzept-online-raum"),
        ],
        "registrations": {"applicants": 46, "rooms": [13, 11, 9, 10]},
        "participants_from": "recklinghausen",
    },
    *_upcoming_niko_parts(),
]

# Ended a few days before loading: registrations with names, not yet anonymised.
RECENT_EVENTS = [
    {
        "series": None,
        "in_days": -12,
        "title": "Netzwerktreffen Westmünsterland: Arbeitsgruppen zu den Bedarfen",
        "starts": "14:00",
        "ends": "16:00",
        "format": "on_site",
        "venue_name": "Integrationsagentur der Caritas, Seminarraum",
        "street": "",
        "postcode": "46325",
        "city": "Borken",
        "municipality": "borken",
        "capacity": 30,
        "organisers": ["caritas-integrationsagentur-borken"],
        "fields": ["beratung", "soziale-kontakte"],
        "target_groups": ["fachkraefte"],
        "languages": ["de"],
        "audience_note": "Netzwerkpartner*innen im Kreis Borken",
        "contact_email": "netzwerk@westmuensterland.example",
        "description": (
            "Die Arbeitsgruppen berichten, was sie zu den im Fachaustausch erkannten Bedarfen "
            "erarbeitet haben."
        ),
        "agenda": [
            ("14:00", "14:15", "welcome", "Begrüßung", "", ["netzwerksprecher-borken"]),
            ("14:15", "15:30", "plenary", "Berichte aus den Arbeitsgruppen", "", []),
            ("15:30", "16:00", "plenary", "Verabredungen", "", ["netzwerksprecherin-borken"]),
        ],
        "rooms": [],
        "attendance": {"registered": 24, "waiting": 0, "cancelled": 2, "checked_in": 21},
        "participants_from": "borken",
    },
]

# Where participants come from (organisation names as they type them).
PARTICIPANT_ORGANISATIONS = {
    "borken": [
        "Integrationsagentur der Caritas Borken", "Integrationsagentur des DRK im Kreis Borken",
        "Kommunales Integrationszentrum Kreis Borken", "Kreissportbund Borken", "GEBA",
        "Stadt Bocholt – Integration", "Stadt Ahaus – Soziales", "Stadt Gronau – Integrationsbüro",
        "Gemeinde Heek", "Stadt Vreden", "Jobcenter Kreis Borken", "Flüchtlingshilfe Stadtlohn",
        "Familienzentrum Rhede", "Volkshochschule Borken",
    ],
    "bayern": [
        "Landratsamt Neustadt a.d. Aisch-Bad Windsheim", "Stadt Neustadt an der Aisch",
        "Stadt Nürnberg – Integrationsbüro", "Stadt Augsburg", "Stadt Regensburg",
        "Landratsamt Rosenheim", "Landratsamt Passau", "Stadt Erlangen", "Markt Wendelstein",
        "Stadt Ingolstadt", "Landratsamt Würzburg", "Stadt Landshut", "Stadt Fürth",
        "Landratsamt Dachau", "Stadt Bamberg", "Landratsamt Ostallgäu",
    ],
    "laendlich": [
        "Landkreis Waldeck-Frankenberg", "Industrie- und Handelskammer Hildesheim",
        "IvAF-Netzwerk Niedersachsen", "Landkreis Saalfeld-Rudolstadt",
        "Landratsamt Neustadt a.d. Aisch-Bad Windsheim", "Stadt Kassel",
        "Kreissportbund Waldeck-Frankenberg", "Bundesministerium für Ernährung und Landwirtschaft",
        "Landkreis Goslar", "Landkreis Vorpommern-Greifswald", "Landkreis Elbe-Elster",
        "Caritasverband (Kreisverband)", "Diakonie (Kreisverband)", "Migrationsberatung (ehrenamtlich)",
    ],
    "recklinghausen": [
        "Kommunales Integrationszentrum Kreis Recklinghausen", "Stadt Recklinghausen",
        "Stadt Datteln – Soziales", "Stadt Dorsten – Integrationsbüro", "Stadt Marl",
        "Stadt Herten", "Stadt Gladbeck", "Stadt Castrop-Rauxel", "Stadt Haltern am See",
        "Stadt Waltrop", "Stadt Oer-Erkenschwick", "Jobcenter Kreis Recklinghausen",
        "Caritasverband Recklinghausen", "AWO Integrationsagentur", "Diakonisches Werk",
        "DRK-Kreisverband Recklinghausen", "Handwerkskammer Münster", "Kreissportbund Recklinghausen",
        "Volkshochschule Recklinghausen", "Berufskolleg Ostvest", "Athletik International Dorsten e.V.",
    ],
    "niedersachsen": [
        "Diakonie Braunschweig", "Caritasverband Hannover", "AWO Bezirksverband", "Stadt Salzgitter",
        "Stadt Hannover", "Landkreis Hildesheim", "Landkreis Göttingen", "Stadt Osnabrück",
        "Stadt Oldenburg", "Landkreis Emsland", "Jugendmigrationsdienst",
        "Migrationsberatung für erwachsene Zuwanderer", "IvAF-Netzwerk Niedersachsen", "Flüchtlingsrat (ehrenamtlich)",
        "Stadt Wolfsburg", "Landkreis Lüneburg",
    ],
}

# Initials of invented participants are drawn from these letters.
INITIAL_LETTERS = "AABBCDDEEFGHHIJJKKLLMMMNNOPRRSSSTTUVWYZ"

# Some participants write in another language or ask for support.
PARTICIPANT_LANGUAGES = ["de"] * 14 + ["en", "tr", "ar", "uk"]
PARTICIPANT_NEEDS = [
    "Gebärdensprachdolmetschung (DGS)",
    "Stufenloser Zugang",
    "Untertitel in der Videokonferenz",
    "Kinderbetreuung während des Fachtags",
]

# fmt: on
