"""Demo recommendations and protocols, built from the seed documents (people by initials only).

Recommendations: governance A–D with their "Wie?" bullets and the social-contacts
recommendation of the closing event of 20.05.2021 (seed 002), exam accommodations from its
work room; the recommendations of the workshops of the Fachtag in Kreis Recklinghausen (seed
003). Their histories are invented but plausible: what the network adopted, what went to the
Sozialausschuss des Kreistags, what is being implemented, what was done, what was rejected.

History rows: (date, status, progress, note); the last row is the current status. Offers are
(organisation slug, title) of the directory demo; poll items are found by text among the
polls of the event's live sessions.

Protocols: one short hand-written protocol per workshop of the Fachtag. Statements:
(kind, speaker initials, text, title of the recommendation it led to or "").
"""

# fmt: off

CLOSING_EVENT = ("Abschlussveranstaltung: Geflüchtete in ländlichen Räumen – Handlungsempfehlungen", "2021-05-20")
FACHTAG = ("Fachtag zum kreisweiten Integrationskonzept", "2017-06-21")
FACHTAG_NETWORK = "integrationsnetzwerk-kreis-recklinghausen"
SOZIALAUSSCHUSS = "Sozialausschuss des Kreistags"

SOCIAL_PLACES = "Inklusive Orte für Begegnung und Sprachpraxis schaffen"
INTERPRETER_POOL = "Dolmetscherpool für Kitas und Schulen bereitstellen"

RECOMMENDATIONS = [
    # --- seed 002: Governance, A–D -----------------------------------------------------------
    {
        "title": "Systemisch denken!",
        "event": "closing", "room": "Governance", "field": "governance", "network": None,
        "owner": "lk-waldeck-frankenberg", "due_on": "2022-12-31",
        "poll_item": "„Systemisch denken!“",
        "how": [
            "„Whole-of-community approach“ als Ausgangspunkt jeglicher Arbeit",
            "Entscheidungen nicht nur aus einer Perspektive (z.B. die Kosten für Betreibung einer "
            "kleineren GU) beleuchten, sondern eine „Gesamtrechnung“ anstellen, die externe Effekte "
            "(z. B. ehrenamtliche Unterstützung) mitberechnet",
            "Dazu gehört auch die (institutionalisierte) Beteiligung von Migrant*innen in ländlichen "
            "Kommunen mittels unterschiedlicher Beiratsmodelle und/oder regelmäßiger Austauschformate "
            "zwischen Migrant*innen und Kommune",
        ],
        "history": [
            ("2021-05-20", "proposed", 0, "Vorgestellt in der Abschlussveranstaltung."),
            ("2021-05-20", "discussed", 0, "Im Breakout-Raum Governance als zweite Empfehlung diskutiert: "
                                           "Beteiligungsformate, ein oder mehrere Netzwerke."),
            ("2021-07-06", "adopted", 0, "Von der Steuerungsgruppe Integration übernommen."),
            ("2021-09-14", "forwarded", 0, "Als Beschlussvorlage zur Beteiligung von Migrant*innen "
                                           "(Beiratsmodell) eingebracht."),
        ],
        "committee": SOZIALAUSSCHUSS, "forwarded_on": "2021-09-14",
    },
    {
        "title": "Lokale Verwaltungspraxis kohärent gestalten!",
        "event": "closing", "room": "Governance", "field": "governance", "network": None,
        "owner": "lk-waldeck-frankenberg", "due_on": "2027-06-30",
        "poll_item": "„Lokale Verwaltungspraxis kohärent gestalten!“",
        "how": [
            "Die Kooperation von LK und Gemeinden transparenter und nachhaltiger gestalten mittels "
            "regelmäßiger und vielfältig besetzter Steuerungsgruppe (auch in Zeiten niedrigerer "
            "Zuwanderungen!)",
            "Heißt auch, pflichtige und freiwillige Aufgaben zusammendenken. Zum Beispiel durch den "
            "Einbezug von Ausländerbehörden und ihren Aufgaben in das Leitbild",
            "Kommunales Leitbild entwickeln, grundsätzliche Zielformulierung erarbeiten i. d. F. "
            "ausschließlich zielorientierte (teleologische) kommunale Integrationspraxis in allen "
            "Aufgabenbereichen von Integration und Migration",
        ],
        "history": [
            ("2021-05-20", "proposed", 0, "Vorgestellt in der Abschlussveranstaltung; im Raum aus Zeitgründen nicht diskutiert."),
            ("2021-07-06", "adopted", 0, "Steuerungsgruppe: Leitbildprozess für 2022 vorgesehen."),
        ],
    },
    {
        "title": "Die Potenziale ländlicher Räume besser nutzen!",
        "event": "closing", "room": "Governance", "field": "governance", "network": None,
        "owner": None, "due_on": None,
        "poll_item": "„Die Potenziale ländlicher Räume besser nutzen!“",
        "how": [
            "Instrumente und Arbeitsweisen der Dorf- und Regionalentwicklung auf Schnittstellen zur "
            "kommunalen Integrationsarbeit überprüfen und wenn nötig Verbindungen herstellen (z.B. "
            "durch die Teilnahme an der kommunalen Steuerungsgruppe)",
            "Besonderheiten ländlicher Räume: „Kurze Wege“ (aus)nutzen und örtlich Engagierte stärker "
            "einbeziehen in Entscheidungen i. d. F. Stärkung von Identifikation mit Ortschaft und Region",
            "Passgenauigkeit zwischen lokalen Integrationspotenzialen und Bedarfen/Wünschen "
            "Geflüchteter durch gezieltes Matching erhöhen",
            "Keine Orientierung an pauschalen Stereotypen ländlicher Räume („freier Wohnraum“) oder "
            "Orientierung an Durchschnittswerten auf LK-Ebene, sondern differenziertere Ausrichtung an "
            "lokaler Situation (→ Datengrundlagen)",
        ],
        "history": [
            ("2021-05-20", "proposed", 0, "Vorgestellt in der Abschlussveranstaltung; im Raum aus Zeitgründen nicht diskutiert."),
        ],
    },
    {
        "title": "Integrationsarbeit als Beitrag zur Stärkung des gesellschaftlichen Zusammenhalts verstehen!",
        "event": "closing", "room": "Governance", "field": "governance", "network": None,
        "owner": None, "due_on": None,
        "poll_item": "„Integrationsarbeit als Beitrag zur Stärkung des gesellschaftlichen",
        "how": [
            "Ein positiv wahrgenommenes soziales Wohlbefinden in ländlichen Kommunen stärkt den "
            "gesellschaftlichen Zusammenhalt und trägt zum Halten ALLER bei.",
            "(Struktureller) Rassismus ist nicht nur eine Gefahr für individuelle Teilhabe, sondern "
            "eine Gefahr für die Demokratie vor Ort: Diskussion um Rassismus aus der „Schmuddelecke“ "
            "befreien",
            "Projekte der Demokratieförderung mit Integrationsarbeit stärker verbinden",
        ],
        "history": [
            ("2021-05-20", "proposed", 0, "Vorgestellt in der Abschlussveranstaltung."),
            ("2021-05-20", "discussed", 0, "Per Abstimmung als erste Empfehlung diskutiert; Stichwort "
                                           "„Demigrantisierung“ des gesellschaftlichen Zusammenhalts."),
        ],
    },
    # --- seed 002: social contacts, work ------------------------------------------------------
    {
        "title": SOCIAL_PLACES,
        "event": "closing", "room": "Soziale Kontakte und Gemeinschaft in ländlichen Räumen",
        "field": "soziale-kontakte", "network": None,
        "owner": "lk-waldeck-frankenberg", "due_on": "2027-12-31",
        "poll_item": SOCIAL_PLACES,
        "how": [
            "Bestehende Orte nutzen und öffnen: Vereine, Jugendfeuerwehr, Kirchengemeinden, "
            "Nachbarschafts- und Familienzentren",
            "Die Menschen vor Ort fragen, was sie wollen – Orte nicht „von oben“ installieren",
            "Orte für alle statt nur für Geflüchtete; stigmatisierende Namen wie „Asylcafé“ vermeiden",
            "Begleitung durch Haupt- oder Ehrenamtliche, die den Zugang zu festen Gruppen erleichtern",
        ],
        "history": [
            ("2021-05-20", "proposed", 0, "In der Mentimeter-Abfrage des Raums am höchsten bewertet."),
            ("2021-05-20", "discussed", 0, "Diskussion nach der Abfrage: bestehende Orte, Beteiligung "
                                           "der Menschen vor Ort, Rituale in Vereinen."),
            ("2021-07-06", "adopted", 0, ""),
            ("2022-03-01", "implementing", 15, "Zwei Gemeinden erproben offene Treffpunkte im Dorfgemeinschaftshaus."),
            ("2023-05-10", "implementing", 35, "Vereinsberatung zur Öffnung gestartet; erste Sprachpraxis-Abende."),
        ],
    },
    {
        "title": "Nachteilsausgleich für Geflüchtete bei Prüfungen",
        "event": "closing", "room": "Arbeit und berufsbezogene Bildung", "field": "bildung-arbeit",
        "network": None, "owner": "ivaf-niedersachsen", "due_on": "2022-07-31",
        "how": [
            "Sprachliche Hürden in Abschlussprüfungen anerkennen: mehr Zeit, Wörterbuch, "
            "vereinfachte Aufgabenstellungen ohne Abstriche beim Fachlichen",
            "Wiederholung der theoretischen Prüfung bei Sprachproblemen erleichtern",
            "Prüfungsausschüsse der Kammern für die Lage Geflüchteter sensibilisieren",
        ],
        "history": [
            ("2021-05-20", "proposed", 0, "Im Chat und im Raum „Arbeit und berufsbezogene Bildung“ gefordert."),
            ("2021-05-20", "discussed", 0, "Die Sprache der Prüfung verhindert den Abschluss, nicht das Fachliche."),
            ("2021-11-18", "forwarded", 0, "Über das IvAF-Netzwerk an den Landesausschuss weitergegeben."),
        ],
        "committee": "Landesausschuss für Berufsbildung Niedersachsen", "forwarded_on": "2021-11-18",
    },
    {
        "title": "Modulare Ausbildung mit gleichem Abschluss anerkennen",
        "event": "closing", "room": "Arbeit und berufsbezogene Bildung", "field": "bildung-arbeit",
        "network": None, "owner": None, "due_on": None,
        "how": [
            "Längere, modulare Ausbildung mit gleichem Ziel ermöglichen",
            "Teilqualifizierungen einheitlich anerkennen",
            "Fehlendes Grundwissen (Mathematik, Elementarwissen) in den Modulen nachholen",
        ],
        "history": [
            ("2021-05-20", "proposed", 0, "Lösungsvorschlag aus dem Raum „Arbeit und berufsbezogene Bildung“."),
        ],
    },
    # --- seed 003: Fachtag Integrationskonzept Kreis Recklinghausen ---------------------------
    {
        "title": "Informationen zur Bruttokaltmiete in drei bis vier wichtigen Sprachen bereitstellen",
        "event": "fachtag", "room": "Wohnen", "field": "wohnen", "network": FACHTAG_NETWORK,
        "owner": "ki-kreis-recklinghausen", "due_on": "2026-06-30",
        "offers": [("ki-kreis-recklinghausen", "Mehrsprachige Informationen zur Wohnungssuche und Bruttokaltmiete")],
        "how": [
            "Merkblatt in einfacher Sprache: was die Bruttokaltmiete ist und welche Miete das Jobcenter übernimmt",
            "Übersetzen ins Englische, Türkische, Arabische und Ukrainische bzw. Farsi",
            "In Rathäusern, Beratungsstellen und Integrationskursen auslegen; zum Herunterladen bereitstellen",
        ],
        "history": [
            ("2017-06-21", "proposed", 0, "Forderung der Arbeitsgruppe „Wohnen“."),
            ("2017-06-21", "discussed", 0, "Im Abschlussplenum vorgestellt."),
            ("2017-09-05", "adopted", 0, "Netzwerktreffen: KI übernimmt die Federführung."),
            ("2018-02-15", "implementing", 30, "Deutscher Text abgestimmt mit Jobcenter und Mieterberatung."),
            ("2019-06-03", "implementing", 60, "Englisch, Türkisch und Farsi liegen vor."),
            ("2023-04-20", "implementing", 80, "Ukrainische Fassung ergänzt; Arabisch in Arbeit."),
        ],
    },
    {
        "title": "Unterkunftspaten und -lotsen treten an Privatvermieter heran",
        "event": "fachtag", "room": "Wohnen", "field": "wohnen", "network": FACHTAG_NETWORK,
        "owner": "stadt-recklinghausen", "due_on": "2019-12-31",
        "offers": [("stadt-recklinghausen", "Unterkunftspaten und -lotsen Recklinghausen")],
        "how": [
            "Ehrenamtliche Paten und Lotsen gewinnen und in einer Abendschulung vorbereiten",
            "Privatvermieter gezielt ansprechen, etwa bei Infoabenden für Vermieterinnen und Vermieter",
            "Möglichst viele Wohnsituationen abseits von Sammelunterkünften schaffen und die ersten Monate begleiten",
        ],
        "history": [
            ("2017-06-21", "proposed", 0, "Empfehlung der Arbeitsgruppe „Wohnen“."),
            ("2017-06-21", "discussed", 0, ""),
            ("2017-09-05", "adopted", 0, ""),
            ("2017-11-20", "implementing", 25, "Erste Schulung für zwölf Patinnen und Paten."),
            ("2018-10-08", "implementing", 70, "Über 40 Wohnungen vermittelt."),
            ("2019-09-30", "implemented", 100, "Als dauerhaftes Angebot der Flüchtlingskoordination verankert."),
        ],
    },
    {
        "title": "Wichtige Informationen zur Wohnungssuche an die Integrationskurse andocken",
        "event": "fachtag", "room": "Wohnen", "field": "wohnen", "network": FACHTAG_NETWORK,
        "owner": "vhs-recklinghausen", "due_on": None,
        "how": [
            "Eine Unterrichtseinheit „Wohnungssuche“ im Orientierungskurs",
            "Mieterberatung als Gast in die Kurse einladen",
        ],
        "history": [
            ("2017-06-21", "proposed", 0, "Empfehlung der Arbeitsgruppe „Wohnen“."),
            ("2017-09-05", "adopted", 0, ""),
            ("2018-04-17", "rejected", 0, ""),
        ],
        "rejection_reason": (
            "Inhalt und Stundenplan der Integrationskurse gibt das BAMF vor; die Kursträger können "
            "keine eigene Unterrichtseinheit einfügen. Stattdessen liegen die mehrsprachigen "
            "Merkblätter zur Bruttokaltmiete in allen Kursen aus, und die Mieterberatung stellt sich "
            "auf Einladung der Lehrkräfte vor."
        ),
    },
    {
        "title": "Mehr und längere sprachliche Förderung, vor allem für Leistungsschwächere",
        "event": "fachtag", "room": "Bildung ab 16 und Arbeit", "field": "bildung-arbeit",
        "network": FACHTAG_NETWORK, "owner": "kreis-recklinghausen", "due_on": "2018-12-31",
        "how": [
            "Wiederholerkurse und Förderstunden für alle, die das Sprachniveau im ersten Anlauf nicht erreichen",
            "Berufsbezogene Sprachförderung über die Ausbildung hinweg verlängern",
            "Kommunale Mittel für Sprachkurse beantragen, wo Bundesprogramme nicht greifen",
        ],
        "history": [
            ("2017-06-21", "proposed", 0, "Ganz oben auf der Liste des Workshops „Bildung ab 16 Jahren und Integration in Arbeit“."),
            ("2017-06-21", "discussed", 0, ""),
            ("2017-09-05", "adopted", 0, ""),
            ("2017-11-14", "forwarded", 0, "Als Forderung formuliert: kommunale Förderung ergänzender Sprachkurse."),
        ],
        "committee": SOZIALAUSSCHUSS, "forwarded_on": "2017-11-14",
    },
    {
        "title": "Kooperation von Schulsozialarbeit, Jobcenter und Berufsberatung intensivieren",
        "event": "fachtag", "room": "Bildung ab 16 und Arbeit", "field": "bildung-arbeit",
        "network": FACHTAG_NETWORK, "owner": "jobcenter-kreis-recklinghausen", "due_on": "2027-03-31",
        "how": [
            "Gemeinsamer Arbeitskreis Übergang Schule–Beruf in jeder Stadt, zweimal im Jahr",
            "Feste Ansprechpersonen im Jobcenter für die Schulsozialarbeit",
            "Fallbesprechungen mit Einwilligung der Jugendlichen",
        ],
        "history": [
            ("2017-06-21", "proposed", 0, ""),
            ("2017-06-21", "discussed", 0, ""),
            ("2017-09-05", "adopted", 0, ""),
            ("2018-09-01", "implementing", 20, "Arbeitskreise in Marl und Recklinghausen gestartet."),
            ("2022-10-12", "implementing", 60, "Sechs von zehn Städten haben einen Arbeitskreis."),
        ],
    },
    {
        "title": "Helfertätigkeitsbörse als Datenbank organisieren",
        "event": "fachtag", "room": "Bildung ab 16 und Arbeit", "field": "bildung-arbeit",
        "network": FACHTAG_NETWORK, "owner": "jobcenter-kreis-recklinghausen", "due_on": "2019-06-30",
        "offers": [("jobcenter-kreis-recklinghausen", "Helfertätigkeitsbörse")],
        "how": [
            "Betriebe melden Helferstellen in einer gemeinsamen Datenbank",
            "Integrationsfachkräfte schlagen passende Bewerberinnen und Bewerber vor",
            "Helfertätigkeit als Einstieg, mit Weg in Qualifizierung",
        ],
        "history": [
            ("2017-06-21", "proposed", 0, ""),
            ("2017-06-21", "discussed", 0, ""),
            ("2017-09-05", "adopted", 0, ""),
            ("2018-03-01", "implementing", 40, "Datenbank mit dem Arbeitgeberservice aufgebaut."),
            ("2019-05-15", "implemented", 100, "Online; über 120 Helferstellen gemeldet."),
        ],
    },
    {
        "title": "Geeignete Vereinsstrukturen aufbauen, die Geflüchteten den Zugang zu Sportangeboten erleichtern",
        "event": "fachtag", "room": "Sport und Freizeit", "field": "sport-freizeit",
        "network": FACHTAG_NETWORK, "owner": "kreissportbund-recklinghausen", "due_on": "2026-12-31",
        "offers": [("kreissportbund-recklinghausen", "Vereine öffnen – Beratung für Sportvereine")],
        "how": [
            "Beitragsfreiheit oder Bildungs- und Teilhabepaket für das erste Jahr",
            "Feste Ansprechpersonen für Neue in jedem Verein",
            "Geflüchtete zu Übungsleiterinnen und Übungsleitern ausbilden",
        ],
        "history": [
            ("2017-06-21", "proposed", 0, ""),
            ("2017-06-21", "discussed", 0, ""),
            ("2017-09-05", "adopted", 0, "Kreissportbund übernimmt."),
            ("2018-01-15", "implementing", 30, "Beratungsangebot für Vereine gestartet."),
            ("2024-02-01", "implementing", 70, "22 Vereine beraten, 9 neue Übungsleitungen mit Fluchtgeschichte."),
        ],
    },
    {
        "title": INTERPRETER_POOL,
        "event": "fachtag", "room": "Kita und Schule", "field": "kita-schule",
        "network": FACHTAG_NETWORK, "owner": "ki-kreis-recklinghausen", "due_on": "2018-12-31",
        "offers": [("ki-kreis-recklinghausen", "Dolmetscherpool für Kitas und Schulen im Kreis Recklinghausen")],
        "how": [
            "Sprachmittlerinnen und Sprachmittler gewinnen, schulen und zur Verschwiegenheit verpflichten",
            "Zentrale Vermittlung im Kommunalen Integrationszentrum",
            "Für Kitas und Schulen kostenlos; Einsätze vor Ort oder per Telefonkonferenz",
        ],
        "history": [
            ("2017-06-21", "proposed", 0, "Empfehlung des Workshops „Kita und Schule“."),
            ("2017-06-21", "discussed", 0, ""),
            ("2017-09-05", "adopted", 0, ""),
            ("2017-11-14", "forwarded", 0, "Finanzierung der Vermittlungsstelle beantragt."),
            ("2018-03-01", "implementing", 40, "Mittel bewilligt; 25 Sprachmittler*innen geschult."),
            ("2019-01-15", "implemented", 100, "Der Pool vermittelt kreisweit in elf Sprachen."),
        ],
        "committee": SOZIALAUSSCHUSS, "forwarded_on": "2017-11-14",
    },
    {
        "title": "Geflüchtete stärker als Akteure in der ehrenamtlichen Arbeit mitdenken",
        "event": "fachtag", "room": "Ehrenamt und Teilhabe", "field": "ehrenamt-teilhabe",
        "network": FACHTAG_NETWORK, "owner": "freiwilligenagentur-recklinghausen", "due_on": "2027-09-30",
        "how": [
            "Geflüchtete gezielt für Ehrenämter ansprechen, auch mit geringen Deutschkenntnissen",
            "Ehrenamtsbörsen mehrsprachig machen",
            "Engagement von Geflüchteten sichtbar machen und anerkennen",
        ],
        "history": [
            ("2017-06-21", "proposed", 0, ""),
            ("2017-06-21", "discussed", 0, ""),
            ("2018-05-22", "adopted", 0, "Netzwerktreffen: Freiwilligenagentur übernimmt."),
        ],
    },
]

PROTOCOL_TIMES = ("13:00", "15:00")
PROTOCOL_PLACE = "Berufskolleg Ostvest, Datteln"

# room title -> protocol header and statements
FACHTAG_PROTOCOLS = {
    "Wohnen": {
        "present": "R. B. (Moderation), A. K., M. S., T. E., H. Ö., 12 weitere",
        "setting": "Workshop am Moderationstisch, Karten an der Pinnwand",
        "remarks": "Handschriftliche Mitschrift, abgetippt.",
        "statements": [
            ("problem", "A. K.", "Viele verstehen nicht, was mit Bruttokaltmiete gemeint ist, und sagen Wohnungen ab, die das Jobcenter übernehmen würde.", ""),
            ("solution", "M. S.", "Ein kurzes Merkblatt in den drei bis vier wichtigsten Sprachen.", "Informationen zur Bruttokaltmiete in drei bis vier wichtigen Sprachen bereitstellen"),
            ("problem", "T. E.", "Privatvermieter haben Vorbehalte und wissen nicht, an wen sie sich wenden können.", ""),
            ("solution", "H. Ö.", "Paten und Lotsen, die Vermieter ansprechen und auch nach dem Einzug erreichbar bleiben.", "Unterkunftspaten und -lotsen treten an Privatvermieter heran"),
            ("solution", "R. B.", "Die Wohnungssuche früh zum Thema machen, am besten schon im Integrationskurs.", "Wichtige Informationen zur Wohnungssuche an die Integrationskurse andocken"),
            ("question", "A. K.", "Wer pflegt die Merkblätter, wenn sich die Mietobergrenzen ändern?", ""),
        ],
    },
    "Bildung ab 16 und Arbeit": {
        "present": "S. W. (Moderation), D. L., F. Y., N. O., J. P., 14 weitere",
        "setting": "Workshop im Klassenraum, Kartenabfrage",
        "remarks": "",
        "statements": [
            ("problem", "D. L.", "Wer das B1-Niveau im Integrationskurs nicht schafft, fällt aus allen Angeboten heraus.", ""),
            ("solution", "F. Y.", "Mehr und längere Sprachförderung, gerade für Leistungsschwächere.", "Mehr und längere sprachliche Förderung, vor allem für Leistungsschwächere"),
            ("problem", "N. O.", "Schulsozialarbeit, Jobcenter und Berufsberatung wissen oft nicht voneinander.", ""),
            ("solution", "J. P.", "Ein gemeinsamer Arbeitskreis Übergang Schule–Beruf mit festen Ansprechpersonen.", "Kooperation von Schulsozialarbeit, Jobcenter und Berufsberatung intensivieren"),
            ("solution", "S. W.", "Eine Börse für Helfertätigkeiten, in der Betriebe Stellen melden – als Datenbank.", "Helfertätigkeitsbörse als Datenbank organisieren"),
            ("comment", "D. L.", "Helfertätigkeit darf keine Sackgasse sein; der Weg in eine Qualifizierung muss offen bleiben.", ""),
        ],
    },
    "Kita und Schule": {
        "present": "K. H. (Moderation), B. A., E. R., G. T., 12 weitere",
        "setting": "Workshop im Stuhlkreis",
        "remarks": "",
        "statements": [
            ("problem", "B. A.", "Für Elterngespräche übersetzen oft die Kinder – das überfordert sie und ist bei schwierigen Themen nicht vertretbar.", ""),
            ("solution", "E. R.", "Ein Dolmetscherpool, auf den alle Kitas und Schulen im Kreis zugreifen können.", INTERPRETER_POOL),
            ("best_practice", "G. T.", "Im Kreis Borken wird Sprachmittlung für Elternbegleiter*innen per Telefonkonferenz organisiert – ohne Technikhürden.", INTERPRETER_POOL),
            ("question", "K. H.", "Wer trägt die Kosten, wenn Kitas freier Träger anfragen?", ""),
        ],
    },
    "Sport und Freizeit": {
        "present": "U. M. (Moderation), C. D., I. S., O. B., 10 weitere",
        "setting": "Workshop in der Sporthalle des Berufskollegs",
        "remarks": "",
        "statements": [
            ("problem", "C. D.", "Mitgliedsbeiträge, Versicherung und Anmeldeformulare halten Geflüchtete von Vereinen fern.", ""),
            ("best_practice", "I. S.", "In Dorsten spielen Geflüchtete und Einheimische bei Athletik International gemeinsam Cricket.", ""),
            ("solution", "O. B.", "Vereine brauchen Strukturen für Neue: feste Ansprechpersonen, Beitragsfreiheit im ersten Jahr, Übungsleitungen mit Fluchtgeschichte.", "Geeignete Vereinsstrukturen aufbauen, die Geflüchteten den Zugang zu Sportangeboten erleichtern"),
            ("comment", "U. M.", "Der Kreissportbund bietet an, Vereine dabei zu beraten.", "Geeignete Vereinsstrukturen aufbauen, die Geflüchteten den Zugang zu Sportangeboten erleichtern"),
        ],
    },
    "Gesundheit": {
        "present": "P. N. (Moderation), L. F., Z. A., 9 weitere",
        "setting": "Workshop am Moderationstisch",
        "remarks": "Keine Empfehlung formuliert; Thema für das nächste Netzwerktreffen.",
        "statements": [
            ("problem", "L. F.", "Für Arzttermine fehlt Sprachmittlung; Angehörige übersetzen, auch bei psychischen Belastungen.", ""),
            ("solution", "Z. A.", "Gesundheitslotsen, die in ihrer Sprache über das Gesundheitssystem informieren.", ""),
            ("question", "P. N.", "Wie kommen Geflüchtete schneller an einen Therapieplatz?", ""),
        ],
    },
    "Sprache": {
        "present": "V. K. (Moderation), Y. H., M. E., 12 weitere",
        "setting": "Workshop im Klassenraum",
        "remarks": "",
        "statements": [
            ("problem", "Y. H.", "Zwischen Integrationskurs und Berufssprachkurs entstehen lange Wartezeiten.", ""),
            ("best_practice", "M. E.", "Sprachcafés mit Ehrenamtlichen überbrücken die Wartezeit und schaffen Kontakte.", ""),
            ("comment", "V. K.", "Sprachförderung für Leistungsschwächere wird im Workshop Bildung und Arbeit als Empfehlung formuliert.", "Mehr und längere sprachliche Förderung, vor allem für Leistungsschwächere"),
        ],
    },
    "Ehrenamt und Teilhabe": {
        "present": "W. G. (Moderation), R. S., A. N., 12 weitere",
        "setting": "Workshop im Forum",
        "remarks": "",
        "statements": [
            ("problem", "R. S.", "Geflüchtete werden fast nur als Empfänger von Hilfe gesehen.", ""),
            ("solution", "A. N.", "Geflüchtete gezielt für Ehrenämter ansprechen – viele wollen etwas zurückgeben.", "Geflüchtete stärker als Akteure in der ehrenamtlichen Arbeit mitdenken"),
            ("best_practice", "W. G.", "Im Lern- und Spieltreff Dorsten helfen inzwischen auch junge Geflüchtete als Ehrenamtliche mit.", ""),
        ],
    },
}

# fmt: on
