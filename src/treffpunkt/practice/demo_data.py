"""Demo good-practice profiles: the practices the seed documents name, in the structure of the
IQ Good Practice sheet (seed 001). People appear by role only; contacts are offices or role
addresses. Texts are written for the demo from what the seeds say (the NIKO profile follows
seed 001 closely).

Offers are (organisation slug, title) of the directory demo; recommendations are titles of
the results demo. Whatever is missing is left out.
"""

# fmt: off

PRACTICES = [
    {
        "slug": "niko-online-reihe-fuer-kommunen",
        "title": "NIKO Online-Reihe für Kommunen",
        "summary": "Ein mehrteiliges virtuelles Format beleuchtet übergeordnete Themen der kommunalen Integrationsarbeit in Bayern – mit Fachvortrag, Fragen und kollegialem Austausch.",
        "situation": (
            "Seit 2015 richtet das Netzwerk interkulturelle Öffnung Kommunen (NIKO) im IQ Netzwerk "
            "Bayern – MigraNet eine jährliche Integrationskonferenz aus. Mit jeweils rund 150 "
            "Teilnehmenden aus der kommunalen Integrationsarbeit ist sie ein etabliertes Informations- "
            "und Vernetzungsangebot in Bayern.\n\n"
            "2020 konnte die Konferenz wegen der Corona-Schutzmaßnahmen nicht stattfinden. Für die "
            "Vernetzung entstanden kurzfristig verschiedene Online-Angebote – es fehlte aber ein Weg, "
            "die Fachinformationen der Konferenz virtuell zu vermitteln."
        ),
        "implementation": (
            "Der Projektträger VIA Bayern e.V. hat dafür ein neues Format entwickelt. Die "
            "Herausforderungen: Kommunalverwaltungen unterscheiden sich stark in Größe, regionalen "
            "Bedingungen und Erfahrung mit Integrationsarbeit – das musste bei der Auswahl der Themen "
            "und der Praxisbeispiele berücksichtigt werden. Auch die technische Ausstattung der "
            "Verwaltungsmitarbeitenden ist sehr unterschiedlich, und Austausch und Fragen sollten in "
            "der Videokonferenz nicht zu kurz kommen.\n\n"
            "Entstanden ist eine Reihe, die je ein übergeordnetes Thema aufbereitet: „Vielfalt, "
            "Inklusion und Teilhabe als kommunale Querschnittsthemen“ (2020) und „Öffentlicher Raum "
            "als Ort(e) kommunaler Willkommens- und Anerkennungskultur“ (2021). In acht bis zehn "
            "Online-Veranstaltungen über zwei bis drei Monate sprechen Referent*innen aus "
            "Wissenschaft, Kommunalverwaltung und Interessenvertretungen; wissenschaftlich-theoretische "
            "und praxisnahe Beiträge halten sich die Waage.\n\n"
            "Man meldet sich zu einzelnen Terminen oder zur ganzen Reihe an. Jede Veranstaltung dauert "
            "etwa zweieinhalb Stunden: zuerst Fachinformationen, danach Zeit für Fragen und "
            "kollegialen Austausch."
        ),
        "conclusion": (
            "Kommunale Integrationsfachkräfte interessieren sich sehr für zukunftsgerichtete Themen, "
            "haben aber wegen ihrer Rahmenbedingungen oft zu wenig Zeit für fachlichen Austausch. Die "
            "Online-Reihe erreicht sie – besonders gut in Kombination mit regionalen Vernetzungs- und "
            "Austauschformaten. 2020 nahmen jeweils bis zu 50 Personen an den Einzelveranstaltungen "
            "teil.\n\n"
            "Für das Projekt selbst lohnt sich die Reihe ebenfalls: Es erreicht viele kommunale "
            "Angestellte, zeigt sich als qualifizierter Netzwerkpartner, und über die Ansprache von "
            "Referent*innen wächst das fachliche Netzwerk."
        ),
        "transfer_to": "Kommunalverwaltung, vor allem Beauftragte und Fachkräfte aus dem Bereich Migration/Integration",
        "project": "NIKO – Netzwerk Interkulturelle Öffnung Kommunen in Bayern (IQ Netzwerk Bayern – MigraNet)",
        "provider": "via-bayern", "provider_name": "",
        "contact": "NIKO-Projektbüro, VIA Bayern e.V.\nLandwehrstraße 22, 80336 München",
        "links": ["https://www.migranet.org/niko"],
        "fields": ["governance", "ehrenamt-teilhabe"], "region": "bayern",
        "tags": "Online-Veranstaltung, Veranstaltungsreihe, Interkulturelle Öffnung, Kommunalverwaltung, Fortbildung",
        "offers": [],
        "recommendations": ["Lokale Verwaltungspraxis kohärent gestalten!", "Systemisch denken!"],
        "status": "published",
    },
    {
        "slug": "webinar-reihe-kreissportbund",
        "title": "Webinar-Reihe des Kreissportbunds für Ehrenamtliche und Trainer*innen",
        "summary": "Kurze Online-Fortbildungen halten Ehrenamtliche, Trainer*innen und Kursleitungen in Kontakt – per Smartphone, Tablet oder PC.",
        "situation": (
            "Als im Frühjahr 2020 Training und Lehrgänge ausfielen, brach für viele Vereine der "
            "Kontakt zu ihren Ehrenamtlichen und Übungsleitungen ab. Gerade Angebote für Geflüchtete "
            "und gemischte Gruppen leben aber davon, dass die Verantwortlichen regelmäßig im "
            "Austausch bleiben und sich weiterbilden."
        ),
        "implementation": (
            "Der Kreissportbund hat seine Qualifizierung auf eine Webinar-Reihe umgestellt. Die "
            "Termine finden abends statt und dauern etwa neunzig Minuten. Die Teilnahme gelingt "
            "ohne besondere Technik: Ein Smartphone reicht, die Zugangsdaten kommen nach der "
            "Anmeldung per E-Mail.\n\n"
            "Themen sind unter anderem Training mit gemischten Gruppen, Kinderschutz und Sport mit "
            "Geflüchteten. Nach einem kurzen Input ist Zeit für Fragen und den Austausch zwischen den "
            "Vereinen; Teilnahmebescheinigungen werden für die Lizenzverlängerung anerkannt."
        ),
        "conclusion": (
            "Regelmäßiger Kontakt, Austausch und die Qualifizierung der Trainer*innen und "
            "Kursleitungen blieben erhalten. Viele Ehrenamtliche schätzen das Format auch nach der "
            "Pandemie, weil die Anfahrt entfällt."
        ),
        "transfer_to": "Kreis- und Stadtsportbünde, Sportvereine, Bildungswerke mit ehrenamtlichen Kursleitungen",
        "project": "Qualifizierung im Sport",
        "provider": "kreissportbund-borken", "provider_name": "",
        "contact": "Bildungswerk des Kreissportbunds Borken\nwebinare@kreissportbund-borken.example",
        "links": ["https://www.kreissportbund-borken.example/webinare"],
        "fields": ["sport-freizeit", "ehrenamt-teilhabe"], "region": "kreis-borken",
        "tags": "Webinar, Sportverein, Ehrenamt, Qualifizierung, Smartphone, Corona",
        "offers": [("kreissportbund-borken", "Webinar-Reihe für Trainerinnen, Trainer und Ehrenamtliche")],
        "recommendations": ["Geeignete Vereinsstrukturen aufbauen, die Geflüchteten den Zugang zu Sportangeboten erleichtern"],
        "status": "published",
    },
    {
        "slug": "learningview",
        "title": "Learningview: Onlinebeschulung mit Begleitung und Coaching",
        "summary": "GEBA und Rotes Kreuz unterrichten, begleiten und coachen geflüchtete Menschen über die Lernplattform „Learningview“ – als Alternative zum Präsenzunterricht.",
        "situation": (
            "Mit den Kontaktbeschränkungen fiel der Unterricht in Maßnahmen und Kursen aus. Viele "
            "Teilnehmende haben nur ein Smartphone, das oft auch die Kinder für das Homeschooling "
            "brauchen, und das WLAN in den Unterkünften ist schwach oder fehlt."
        ),
        "implementation": (
            "Die Lehrkräfte stellen Aufgaben auf der Lernplattform ein, sehen den Lernstand jeder "
            "Person und geben Rückmeldung. Die Plattform läuft im Browser und auf dem Smartphone. "
            "Feste Coaching-Termine per Video oder Telefon ergänzen das Lernen; wer nicht weiterkommt, "
            "wird angerufen.\n\n"
            "Wer kein Gerät oder keinen Internetzugang hat, bekommt Unterstützung bei der Suche nach "
            "Leihgeräten und Datenvolumen. Die Integrationsagentur des Roten Kreuzes begleitet die "
            "Teilnehmenden zusätzlich sozialpädagogisch."
        ),
        "conclusion": (
            "Die Onlinebeschulung hat sich als echte Alternative zum Präsenzunterricht erwiesen, "
            "solange die persönliche Begleitung dazukommt. Die technische Ausstattung bleibt der "
            "Engpass."
        ),
        "transfer_to": "Bildungsträger, Sprachkursträger, Jugendmigrationsdienste, Integrationsagenturen",
        "project": "Onlinebeschulung, Begleitung und Coaching von Geflüchteten",
        "provider": "geba-borken", "provider_name": "",
        "contact": "Team Onlinelernen der GEBA\nlearningview@geba-borken.example",
        "links": [],
        "fields": ["bildung-arbeit", "sprache"], "region": "kreis-borken",
        "tags": "Lernplattform, Onlinelernen, Coaching, digitale Teilhabe, Smartphone",
        "offers": [("geba-borken", "Learningview – Online-Lernen mit Begleitung und Coaching")],
        "recommendations": ["Mehr und längere sprachliche Förderung, vor allem für Leistungsschwächere"],
        "status": "published",
    },
    {
        "slug": "sprachmittlung-per-telefonkonferenz",
        "title": "Sprachmittlung per Telefonkonferenz für Elternbegleiter*innen",
        "summary": "Elternbegleiter*innen holen für Gespräche mit Familien eine Sprachmittlerin per Telefonkonferenz dazu – ein normales Telefon genügt.",
        "situation": (
            "Elternbegleiter*innen unterstützen zugewanderte Familien im Kontakt mit Kita und "
            "Schule. Als persönliche Treffen nicht möglich waren, fehlte für viele Gespräche die "
            "Sprachmittlung, die bisher vor Ort dabei war."
        ),
        "implementation": (
            "Das Kommunale Integrationszentrum organisiert Sprachmittlung und Begleitung der "
            "Elternbegleiter*innen per Telefonkonferenz. Alle Beteiligten wählen sich mit einem "
            "gewöhnlichen Telefon ein – Smartphone, App oder Internet braucht niemand. Die "
            "Koordination vereinbart die Termine und schickt Einwahlnummer und Zugangscode.\n\n"
            "Die Sprachmittler*innen sind geschult und zur Verschwiegenheit verpflichtet. Auch die "
            "regelmäßigen Treffen der Elternbegleiter*innen laufen als Telefonkonferenz."
        ),
        "conclusion": (
            "Die Umsetzung war viel einfacher als gedacht: Es gab kaum technische Probleme, und die "
            "Handhabung ist absolut flexibel. Das Dolmetschen am Telefon bleibt auch nach der "
            "Pandemie eine Ergänzung für kurze Absprachen."
        ),
        "transfer_to": "Kommunale Integrationszentren, Kitas und Schulen, Träger von Elternbegleitung und Sprachmittlerpools",
        "project": "Elternbegleitung im Kreis Borken",
        "provider": "ki-kreis-borken", "provider_name": "",
        "contact": "Koordination Sprachmittlung im Kommunalen Integrationszentrum Kreis Borken\nsprachmittlung@ki-kreis-borken.example",
        "links": [],
        "fields": ["kita-schule", "sprache"], "region": "kreis-borken",
        "tags": "Sprachmittlung, Dolmetschen, Telefon, Elternarbeit, Kita, Schule",
        "offers": [("ki-kreis-borken", "Sprachmittlung per Telefonkonferenz für Elternbegleiter*innen")],
        "recommendations": ["Dolmetscherpool für Kitas und Schulen bereitstellen"],
        "status": "published",
    },
    {
        "slug": "lern-und-spieltreff-dorsten",
        "title": "Lern- und Spieltreff Dorsten",
        "summary": "Ehrenamtliche betreuen junge Geflüchtete, geben Nachhilfe und spielen mit ihnen – ein Ergebnis der Workshops zum Integrationskonzept.",
        "situation": (
            "In den städteübergreifenden Workshops zum Integrationskonzept des Kreises Recklinghausen "
            "wurde deutlich: Kinder und Jugendliche aus geflüchteten Familien brauchen Unterstützung "
            "beim Lernen, und viele Eltern können bei den Hausaufgaben nicht helfen. Gleichzeitig "
            "wollten sich Dorstener Bürgerinnen und Bürger engagieren."
        ),
        "implementation": (
            "Das Integrationsbüro der Stadt hat mit Ehrenamtlichen einen Treff aufgebaut, der "
            "zweimal pro Woche nachmittags öffnet. Zuerst gibt es Hausaufgabenhilfe und Nachhilfe "
            "in Deutsch, Mathematik und Englisch, danach wird gespielt, gebastelt oder draußen "
            "getobt. Eltern sind willkommen.\n\n"
            "Die Ehrenamtlichen treffen sich regelmäßig zum Austausch; das Integrationsbüro "
            "koordiniert, vermittelt bei Fragen an Schulen und sorgt für Räume und Material."
        ),
        "conclusion": (
            "Der Treff ist eines der ersten sichtbaren Ergebnisse des Integrationskonzepts. "
            "Inzwischen helfen auch ältere Jugendliche, die selbst geflüchtet sind, als Ehrenamtliche "
            "mit."
        ),
        "transfer_to": "Städte und Gemeinden, Kirchengemeinden, Freiwilligenagenturen, Schulen im Ganztag",
        "project": "Kreisweites Integrationskonzept des Kreises Recklinghausen",
        "provider": "stadt-dorsten", "provider_name": "",
        "contact": "Integrationsbüro der Stadt Dorsten",
        "links": [],
        "fields": ["kita-schule", "soziale-kontakte", "ehrenamt-teilhabe"], "region": "dorsten",
        "tags": "Nachhilfe, Hausaufgabenhilfe, Ehrenamt, Kinder, Jugendliche",
        "offers": [("lern-und-spieltreff-dorsten", "Lern- und Spieltreff Dorsten")],
        "recommendations": ["Geflüchtete stärker als Akteure in der ehrenamtlichen Arbeit mitdenken"],
        "status": "published",
    },
    {
        "slug": "athletik-international-dorsten",
        "title": "Athletik International Dorsten: gemeinsam Sport treiben",
        "summary": "Im Verein Athletik International Dorsten e.V. treiben geflüchtete und nicht geflüchtete Menschen gemeinsam Sport – vom Cricket bis zur Leichtathletik.",
        "situation": (
            "Viele junge Geflüchtete brachten eine Sportart mit, die es in den Dorstener Vereinen "
            "nicht gab – allen voran Cricket. Der Weg in bestehende Vereine scheiterte oft an "
            "Beiträgen, Formularen und fehlenden Ansprechpersonen."
        ),
        "implementation": (
            "Aus den Workshops zum Integrationskonzept heraus wurde ein eigener Verein gegründet, in "
            "dem Geflüchtete und Einheimische gemeinsam Verantwortung tragen. Der Verein stellt "
            "Ausrüstung, hilft beim Antrag auf Leistungen aus dem Bildungs- und Teilhabepaket und "
            "bildet Mitglieder zu Übungsleitungen aus.\n\n"
            "Die Cricket-Mannschaft spielt Freundschaftsspiele gegen Teams aus anderen Städten, etwa "
            "aus Essen; die Leichtathletik-Gruppe ist für alle Altersgruppen offen."
        ),
        "conclusion": (
            "Sport mit festen Regeln verbindet schnell. Entscheidend sind Menschen, die Neue "
            "ansprechen, und eine Vereinsstruktur, in der Geflüchtete selbst Ämter übernehmen."
        ),
        "transfer_to": "Sportvereine, Stadt- und Kreissportbünde, Integrationsbüros",
        "project": "Kreisweites Integrationskonzept des Kreises Recklinghausen",
        "provider": "athletik-international-dorsten", "provider_name": "",
        "contact": "Vorstand von Athletik International Dorsten e.V.\ncricket@athletik-international-dorsten.example",
        "links": [],
        "fields": ["sport-freizeit", "soziale-kontakte"], "region": "dorsten",
        "tags": "Sportverein, Cricket, Leichtathletik, Begegnung, Ehrenamt",
        "offers": [
            ("athletik-international-dorsten", "Cricket-Mannschaft Athletik International"),
            ("athletik-international-dorsten", "Leichtathletik für alle"),
        ],
        "recommendations": ["Geeignete Vereinsstrukturen aufbauen, die Geflüchteten den Zugang zu Sportangeboten erleichtern"],
        "status": "published",
    },
    {
        "slug": "femos-aufsuchende-migrationsberatung",
        "title": "FemOS: aufsuchende Migrationsberatung in sozialen Medien",
        "summary": "Ein mehrsprachiges Team von Frauen mit eigener Einwanderungsgeschichte berät Migrantinnen aus Drittstaaten dort, wo sie sich informieren: in Facebook-Gruppen.",
        "situation": (
            "Viele neu zugewanderte Menschen suchen erste Informationen über Leben und Arbeiten in "
            "Deutschland in sozialen Medien. Dort kursieren auch falsche oder veraltete Auskünfte. "
            "Frauen aus Drittstaaten erreichen klassische Beratungsstellen besonders selten."
        ),
        "implementation": (
            "Das Modellprojekt geht seit Mai 2020 dorthin, wo die Frauen schon sind: Beraterinnen "
            "sind in großen Facebook-Gruppen aktiv, beantworten Fragen in mehreren Sprachen, "
            "korrigieren Fehlinformationen und laden zu Einzelberatung per Chat oder Video ein.\n\n"
            "Das Team besteht aus Frauen, die selbst eingewandert sind. Wo nötig, vermitteln sie an "
            "Beratungsstellen vor Ort weiter."
        ),
        "conclusion": (
            "Aufsuchende Online-Beratung senkt die Schwelle zur Beratung deutlich. Sie ersetzt die "
            "persönliche Beratung nicht – manche brauchen eine Person, an die sie sich vor Ort wenden "
            "können –, ist aber eine wichtige Ergänzung im Mix aus On- und Offline-Angeboten."
        ),
        "transfer_to": "Migrationsberatungsdienste, Frauenberatungsstellen, Landesprogramme zur digitalen Migrationsberatung",
        "project": "FemOS – Modellprojekt zur aufsuchenden Online-Beratung von Migrantinnen",
        "provider": "minor-projektkontor", "provider_name": "",
        "contact": "Projektteam FemOS bei Minor – Projektkontor für Bildung und Forschung",
        "links": [],
        "fields": ["beratung"], "region": None,
        "tags": "digitale Migrationsberatung, soziale Medien, Facebook, Frauen, mehrsprachig, aufsuchend",
        "offers": [],
        "recommendations": [],
        "status": "published",
    },
    {
        "slug": "sprint-modell-berufsbildende-schulen",
        "title": "SPRINT-Modell an berufsbildenden Schulen",
        "summary": "Ein Jahr Sprache, Orientierung und Praxis an der Berufsschule: Junge Geflüchtete lernen Deutsch und lernen Berufe kennen, bevor sie in Ausbildung oder Berufsvorbereitung gehen.",
        "situation": (
            "Viele junge Geflüchtete sind zu alt für die allgemeinbildende Schule, aber sprachlich "
            "noch nicht so weit, dass sie einer Berufsschulklasse folgen könnten. Einstiegsklassen "
            "gibt es oft nur für Jüngere; wer älter ist, fällt durch das Raster."
        ),
        "implementation": (
            "Im SPRINT-Modell verbringen die Jugendlichen ein Schuljahr an einer berufsbildenden "
            "Schule. Im Mittelpunkt steht intensiver Deutschunterricht; dazu kommen Einblicke in "
            "Berufsfelder der Schule, Praktika in Betrieben und Unterricht zum Leben in Deutschland. "
            "Sozialpädagogische Begleitung hilft bei Fragen außerhalb der Schule.\n\n"
            "Am Ende steht der Übergang in eine Ausbildung, eine Berufsvorbereitung oder einen "
            "weiterführenden Bildungsgang."
        ),
        "conclusion": (
            "Im Abschlussworkshop vom 20.05.2021 wurde das Modell als gutes Beispiel genannt, weil "
            "es genau dort ansetzt, wo Ausbildungen sonst wegen sprachlicher Schwierigkeiten "
            "abgebrochen werden."
        ),
        "transfer_to": "Berufsbildende Schulen, Schulträger, Landesbehörden für Schule",
        "project": "SPRINT – Sprache und Integration an berufsbildenden Schulen",
        "provider": None, "provider_name": "Berufsbildende Schulen in Niedersachsen",
        "contact": "Sekretariat der jeweiligen berufsbildenden Schule",
        "links": [],
        "fields": ["bildung-arbeit", "sprache"], "region": "niedersachsen",
        "tags": "Berufsschule, Sprachförderung, Berufsorientierung, Jugendliche, Ausbildung",
        "offers": [],
        "recommendations": [
            "Mehr und längere sprachliche Förderung, vor allem für Leistungsschwächere",
            "Kooperation von Schulsozialarbeit, Jobcenter und Berufsberatung intensivieren",
        ],
        "status": "published",
    },
    {
        "slug": "individualqualifizierung",
        "title": "Individualqualifizierung für Geflüchtete in ländlichen Räumen",
        "summary": "Statt auf eine Gruppenmaßnahme in der nächsten Großstadt zu warten, wird eine berufliche Weiterbildung für eine Person passgenau im Betrieb zusammengestellt.",
        "situation": (
            "Bildungsträger ziehen sich aus ländlichen Räumen zurück; Gruppenmaßnahmen gibt es oft "
            "nur noch in größeren Städten. Für Geflüchtete ohne Auto sind sie kaum erreichbar, und "
            "große, anonyme Betriebe haben wenig Zeit für individuelle Begleitung."
        ),
        "implementation": (
            "Eine Qualifizierungsberatung stellt für eine Person genau die Bausteine zusammen, die "
            "für die Arbeit im Betrieb fehlen: fachliche Module, berufsbezogenes Deutsch, "
            "Prüfungsvorbereitung. Gelernt wird im Betrieb und, wo nötig, in Kooperation mit "
            "Fachschulen oder Hochschulen. Eine Begleitung hält Kontakt zu Betrieb und Teilnehmenden."
        ),
        "conclusion": (
            "Individualmaßnahmen sind günstig und passgenau. Sie setzen engagierte Betriebe und eine "
            "Beratung voraus, die Fördermöglichkeiten kennt."
        ),
        "transfer_to": "Arbeitsagenturen, Jobcenter, Kammern, Qualifizierungsberatung, Betriebe im ländlichen Raum",
        "project": "",
        "provider": None, "provider_name": "Beispiel aus der Abschlussveranstaltung vom 20.05.2021 (Raum „Arbeit und berufsbezogene Bildung“)",
        "contact": "",
        "links": [],
        "fields": ["bildung-arbeit"], "region": "bayern",
        "tags": "Weiterbildung, Qualifizierung, ländlicher Raum, Betrieb",
        "offers": [],
        "recommendations": ["Die Potenziale ländlicher Räume besser nutzen!"],
        "status": "draft",
    },
    {
        "slug": "teilqualifizierung-maurerhandwerk",
        "title": "Teilqualifizierung im Maurerhandwerk",
        "summary": "Der Berufsabschluss in Modulen: Geflüchtete erwerben im Maurerhandwerk Schritt für Schritt zertifizierte Teilqualifikationen.",
        "situation": (
            "Eine dreijährige Ausbildung mit anspruchsvoller Theorieprüfung ist für viele "
            "Geflüchtete mit noch unsicherem Deutsch eine große Hürde. Gleichzeitig suchen "
            "Baubetriebe dringend Fachkräfte."
        ),
        "implementation": (
            "Die Ausbildung wird in Module zerlegt, die einzeln geprüft und bescheinigt werden. Wer "
            "alle Module abgeschlossen hat, kann zur Abschlussprüfung zugelassen werden. Das "
            "IvAF-Netzwerk begleitet die Teilnehmenden und arbeitet dabei mit Kammern und Betrieben "
            "zusammen."
        ),
        "conclusion": (
            "Der Weg ist gut, aber noch holprig: Die Module sind je nach Anbieter unterschiedlich, "
            "zugesagte Module im Winterhalbjahr fanden nicht statt, und Teilqualifizierungen werden "
            "nicht überall anerkannt. Dazu kommt die Sprache der Prüfung – ein Nachteilsausgleich "
            "fehlt."
        ),
        "transfer_to": "Kammern, Bildungsträger, Jobcenter, Betriebe des Bauhandwerks",
        "project": "IvAF – Integration von Asylbewerber*innen und Flüchtlingen",
        "provider": "ivaf-niedersachsen", "provider_name": "",
        "contact": "Koordination des IvAF-Netzwerks Niedersachsen",
        "links": [],
        "fields": ["bildung-arbeit"], "region": "hildesheim",
        "tags": "Teilqualifizierung, Handwerk, Ausbildung, Module, Anerkennung",
        "offers": [],
        "recommendations": [
            "Modulare Ausbildung mit gleichem Abschluss anerkennen",
            "Nachteilsausgleich für Geflüchtete bei Prüfungen",
        ],
        "status": "published",
    },
    {
        "slug": "soziale-orte-konzept",
        "title": "Das Soziale-Orte-Konzept im ländlichen Landkreis",
        "summary": "Welche Bedingungen braucht es, damit Orte entstehen, an denen sich Alteingesessene und Neuzugezogene begegnen? Erfahrungen aus einer Forschungsregion.",
        "situation": (
            "In ländlichen Gemeinden fehlen Orte, an denen sich Menschen beiläufig begegnen – und wo "
            "es sie gibt, bleiben Gruppen oft unter sich. Angebote nur für Geflüchtete, etwa ein "
            "„Asylcafé“, erreichen die Aufnahmegesellschaft nicht."
        ),
        "implementation": (
            "Der Landkreis war Forschungsregion eines gemeinsamen Projekts mit einem Thüringer "
            "Landkreis. Statt Treffpunkte „von oben“ zu installieren, wurden die Menschen vor Ort "
            "gefragt, was sie wollen, und bestehende Orte einbezogen: Vereine, Jugendfeuerwehr, "
            "Kirchengemeinden, kleine Kulturangebote.\n\n"
            "Neuzugezogene – ob aus Kassel oder aus Kabul – werden von Engagierten mitgenommen und "
            "erleben so Willkommenskultur; gruppenspezifische Angebote gibt es weiter, aber nicht "
            "als einziges."
        ),
        "conclusion": (
            "Soziale Orte entstehen nur mit den Menschen vor Ort. Das ist schwieriger, als es "
            "klingt, und endet leicht in der Theorie; ohne Beteiligung wird die Schwelle sehr hoch."
        ),
        "transfer_to": "Landkreise und Gemeinden im ländlichen Raum, Dorf- und Regionalentwicklung, Vereine",
        "project": "Das Soziale-Orte-Konzept",
        "provider": "lk-waldeck-frankenberg", "provider_name": "",
        "contact": "Fachdienst Integration des Landkreises Waldeck-Frankenberg",
        "links": [],
        "fields": ["soziale-kontakte", "governance"], "region": "lk-waldeck-frankenberg",
        "tags": "Begegnung, ländlicher Raum, Beteiligung, Vereine, Dorfentwicklung",
        "offers": [],
        "recommendations": [
            "Inklusive Orte für Begegnung und Sprachpraxis schaffen",
            "Die Potenziale ländlicher Räume besser nutzen!",
        ],
        "status": "published",
    },
]

# fmt: on
