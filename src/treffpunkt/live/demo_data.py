"""Demo live sessions, built from the seed documents (participants anonymous or by initials).

The closing event of 20.05.2021 (seed 002) gets one session per breakout room, with what the
rooms did in Mentimeter and Webex: the rating of recommendations, the word cloud (its terms
copied from the seed), the vote on which recommendation to discuss first, chat and questions —
paraphrased, never with names. The hybrid Fachtag of the events demo gets an open session to try.

Times are local (Europe/Berlin) on the day of the event. Session keys are the field-of-action
slugs of the rooms in the events demo ("" for a session of the whole event).

People: each session lets `people` participants join; `names` are the display names of the
first ones (initials), the others stay anonymous. Chat and question rows name their author by
initials or "" (the next anonymous participant). Votes come from the participants in order.

Votes per kind:
- rating: "ratings" maps each item to how many gave 1, 2, … scale_max (people beyond the
  sum left the item out);
- single: "counts", one number per item;
- wordcloud: "terms", (spelling, how many entered it); spelt differently, one term counts
  together (polls/text.py normalises), so the seed's spelling is always the most frequent;
- open: "answers", one per person.
"""

# fmt: off

# --- Abschlussveranstaltung, 20.05.2021: the rooms ----------------------------------------

# The word cloud as the seed lists it: "Was könnte die Umsetzung von mehr Begegnungsorten und
# Orten für Sprachpraxis fördern?"
WORDCLOUD_SEED_TERMS = [
    "kulturelleöffnung", "politischerwille", "interkulturelleoffenheit", "niedrigschwelligkeit",
    "hürdenabbauen", "aktivemitbeteiligung", "auffinanzierterangebote", "engagierteandenorten",
    "zentralegelegeneorte", "kommunikation", "qualifikationinvernein", "finanzielleunterstützung",
    "gemeinsameszielprojekt", "brückenbauer", "konstant", "offentlichlokalbevölkerun",
    "politische rückendeckung", "einkaufszentrum", "lokalebedarf", "wille politik", "umsetzung",
    "willekommen", "offene räume", "abbau von privilegien", "finanzielle förderung",
    "öffentlichkeitsarbeit", "kollektive ressourcen", "aktive aktueure", "gegenseitigesverständnis",
    "interkulturelle sensibili", "strukt barrieren abbauen", "erreichbarkeit der orte",
    "hauptamtliche berutung", "begegnungsorte im", "formale auf augenhöhe",
    "niederschwelliger zugang", "öffentlichen raum", "gute ideen", "begleitung",
    "persönliche ansprache", "politik",
]

# How often each term was entered beyond once, and in which other spellings.
WORDCLOUD_REPEATS = {
    "niedrigschwelligkeit": (3, ["Niedrigschwelligkeit", "niedrigschwelligkeit!"]),
    "kulturelleöffnung": (2, ["Kulturelle Öffnung", "kulturelle Oeffnung"]),
    "politischerwille": (3, ["Politischer Wille"]),
    "finanzielle förderung": (2, ["Finanzielle Förderung"]),
    "brückenbauer": (2, ["Brückenbauer"]),
    "hürdenabbauen": (2, ["Hürden abbauen"]),
    "interkulturelleoffenheit": (2, ["interkulturelle Offenheit"]),
    "begleitung": (2, []),
    "persönliche ansprache": (2, []),
    "kommunikation": (2, []),
    "offene räume": (2, []),
    "öffentlichkeitsarbeit": (2, []),
    "niederschwelliger zugang": (2, []),
    "erreichbarkeit der orte": (2, []),
}


def _wordcloud_terms() -> list[tuple[str, int]]:
    terms = []
    for term in WORDCLOUD_SEED_TERMS:
        count, variants = WORDCLOUD_REPEATS.get(term, (1, []))
        terms.append((term, count))
        terms += [(variant, 1) for variant in variants]
    return terms


SOCIAL_RECOMMENDATION = "Inklusive Orte für Begegnung und Sprachpraxis schaffen"

SOCIAL_CONTACTS = {
    "code": "4879889",
    "title": "Soziale Kontakte und Gemeinschaft in ländlichen Räumen",
    "opens": "13:30",
    "people": 38,
    "names": ["K. B.", "C. M.", "M. W.", "J. R.", "E. S.", "L. V.", "S. B.", "G. K.", "F. B.",
              "A. W.", "L. E."],
    "polls": [
        {
            "kind": "rating",
            "question": "Wie wichtig sind die folgenden Empfehlungen zur Förderung von Kontakt & "
                        "sozialer Gemeinschaft?",
            "scale_max": 5,
            "opens": "13:33",
            "closes": "13:40",
            "ratings": {
                SOCIAL_RECOMMENDATION: [0, 1, 3, 10, 24],
                "Bestehende Orte öffnen: Vereine, Feuerwehr und Kirchengemeinden einbinden": [0, 2, 6, 15, 15],
                "Menschen vor Ort fragen und Begegnungsangebote gemeinsam entwickeln": [1, 2, 7, 14, 14],
                "Aufnahmegesellschaft einbeziehen: Integration als beidseitigen Prozess gestalten": [1, 3, 9, 13, 12],
                "Ehrenamtliche Begleitung durch Hauptamtliche absichern": [1, 4, 10, 14, 8],
                "Mobilität sichern: Begegnung auch ohne eigenes Auto ermöglichen": [2, 5, 11, 12, 7],
                "Patenschaften und Lotsen für Neuzugewanderte fördern": [2, 6, 12, 11, 6],
            },
        },
        {
            "kind": "wordcloud",
            "question": "Was könnte die Umsetzung von mehr Begegnungsorten und Orten für "
                        "Sprachpraxis fördern?",
            "max_answers": 3,
            "opens": "14:09",
            "closes": "14:15",
            "voters": 27,  # "Teilnehmer (27)"
            "terms": _wordcloud_terms(),
        },
    ],
    "chat": [
        ("13:45", "C. M.", "Unsere Erfahrung in Vorarlberg: Begleitete Orte der Begegnung – ob "
                           "professionell oder ehrenamtlich – sind für Geflüchtete leichter "
                           "zugänglich als Vereine. Besonders für Frauen."),
        ("13:45", "E. S.", "Das deckt sich mit der Migrationsberatung in Dörfern und abgelegenen "
                           "Quartieren."),
        ("13:46", "M. W.", "Begegnung baut Vorurteile und Ängste ab: Wen man kennt, der ist nicht "
                           "mehr fremd."),
        ("13:46", "", "Menschen brauchen einen Raum, in dem sie sich sehen und über ihre "
                      "Hintergründe austauschen können."),
        ("13:46", "L. V.", "Begegnung schafft Kontakt, und Sprache ist die Grundlage für den "
                           "Austausch."),
        ("13:46", "K. B.", "Es braucht Treffpunkte!"),
        ("13:46", "S. B.", "Räume, in denen sich ALLE treffen, nehmen den Geflüchteten die "
                           "„Bringschuld“ ab."),
        ("13:47", "J. R.", "Wir waren Forschungsregion im Soziale-Orte-Konzept: Das ist "
                           "schwieriger, als es klingt, und endet schnell in der Theorie."),
        ("13:48", "K. B.", "Offene oder geschlossene Orte der Begegnung?"),
        ("13:48", "G. K.", "Es braucht kuratierte Räume mit einem Konzept, etwa "
                           "Nachbarschafts- oder Familienzentren."),
        ("13:48", "F. B.", "Persönliche Kontakte verbinden Menschen mit ihrem Ort. Dafür braucht "
                           "es Orte."),
        ("13:50", "K. B.", "Genau! Alle in gemeinsame Projekte einbinden, nicht nur die "
                           "Geflüchteten – Nachbarschaft statt Helferkreis."),
        ("13:59", "M. W.", "In feste Gruppen trauen sich Geflüchtete selten. Oft braucht es "
                           "eine Ehrenamtliche, die die Tür öffnet."),
        ("14:00", "C. M.", "Vereine halten sich oft für offen und zugänglich; in Wirklichkeit "
                           "hängt die Öffnung meist an einzelnen Engagierten."),
        ("14:07", "K. B.", "Wir arbeiten gerade an unserer Dorfkultur: über die Fettnäpfchen "
                           "zwischen Alteingesessenen und Neuzugezogenen reden. Oft fehlt "
                           "einfach der Austausch."),
        ("14:15", "A. W.", "Vielen Dank :-)"),
        ("14:16", "L. E.", "Das macht die Orte auch in der Öffentlichkeit sichtbarer."),
    ],
    # (time, author, text, upvotes, answered)
    "questions": [
        ("13:52", "", "Was ist mit Orten, die es schon gibt – eignen sie sich für Menschen, die "
                      "gerade ankommen?", 11, True),
        ("13:55", "", "Welche Bedingungen braucht es, damit soziale Orte überhaupt entstehen?", 7,
         False),
        ("14:02", "", "Sollten wir Asylcafés umbenennen, damit sich alle eingeladen fühlen?", 4,
         False),
    ],
}

GOVERNANCE = {
    "code": "5207316",
    "title": "Governance",
    "opens": "13:30",
    "people": 30,
    "names": ["W. H.", "A. K.", "J. Z."],
    "polls": [
        {
            "kind": "single",
            "question": "Welche Handlungsempfehlung zuerst diskutieren?",
            "opens": "13:33",
            "closes": "13:37",
            "items": [
                "A: „Systemisch denken!“",
                "B: „Lokale Verwaltungspraxis kohärent gestalten!“",
                "C: „Die Potenziale ländlicher Räume besser nutzen!“",
                "D: „Integrationsarbeit als Beitrag zur Stärkung des gesellschaftlichen "
                "Zusammenhalts verstehen!“",
            ],
            "counts": [8, 5, 4, 12],
        },
    ],
    "chat": [
        ("13:41", "W. H.", "Uns haben die Studien zur Vielfalt auf Kreisebene geholfen. Die "
                           "Frage ist: Was bedeutet das für die Kommunen?"),
        ("13:44", "A. K.", "Es muss nicht Integrationskonzept heißen – ein Diversitykonzept "
                           "geht auch. Wichtig ist, dass es verbindlich ist."),
        ("13:49", "", "Je ländlicher, desto wichtiger werden die Vereine."),
        ("13:52", "J. Z.", "Persönliche Begegnung ist total wichtig – wer sich kennt, kann sich "
                           "nicht mehr hassen."),
    ],
    "questions": [
        ("13:58", "", "Wie stellen wir sicher, dass die Stimmen der Geflüchteten auf der Ebene "
                      "der Steuerung gehört werden?", 9, False),
        ("14:03", "", "Ist ein Netzwerk besser als mehrere?", 5, True),
    ],
}

WORK = {
    "code": "3126504",
    "title": "Arbeit und berufsbezogene Bildung",
    "opens": "13:30",
    "people": 24,
    "names": ["B. T.", "U. K.", "J. T."],
    "polls": [
        {
            "kind": "open",
            "question": "Welche Akteure sehen Sie noch in der Pflicht?",
            "opens": "14:02",
            "closes": "14:08",
            "answers": [
                "Die Kammern – IHK, Handwerkskammer, Landwirtschaftskammer",
                "Die kommunalen Ausländerbehörden",
                "Jobcenter und Arbeitsagentur, abgestimmt mit der Kommune",
                "Die Berufsschulen",
                "Landes- und Bundespolitik",
                "Die Bildungsträger, auch auf dem Land",
            ],
        },
    ],
    "chat": [
        ("13:52", "", "Die Rahmenbedingungen der Integrationskurse passen nicht zu dem, was auf "
                      "dem Land gebraucht wird."),
        ("13:54", "", "Bei uns brechen Förderstrukturen weg – Stellen und Sprachkurse fallen "
                      "aus, Angebote werden schwerer."),
        ("13:58", "U. K.", "In den Übersichten fehlt mir die Verantwortung der Kommune für die "
                           "Integrationssteuerung."),
        ("14:10", "J. T.", "Das unterstütze ich – der Nachteilsausgleich bei Prüfungen fehlt!"),
    ],
    "questions": [
        ("14:00", "", "Welche Rolle spielen die Kammern?", 6, True),
        ("14:05", "", "Wie bekommen Frauen mit geringer Grundbildung Zugang zu "
                      "Bildungsangeboten, ohne in die Kreisstadt zu ziehen?", 8, False),
    ],
}

CLOSING_EVENT_SESSIONS = {
    "bildung-arbeit": WORK,
    "soziale-kontakte": SOCIAL_CONTACTS,
    "governance": GOVERNANCE,
}

# --- Fachtag Integrationskonzept (upcoming): open, to try ---------------------------------

TRY_OUT_EVENT = "Fachtag Integrationskonzept: Handlungsempfehlungen weiterentwickeln"

TRY_OUT = {
    "code": "2051748",
    "title": "Fachtag Integrationskonzept – Plenum",
    "people": 9,
    "names": ["R. D."],
    "polls": [
        {
            "kind": "rating",
            "question": "Wie wichtig sind die folgenden Handlungsempfehlungen für das kommende "
                        "Jahr?",
            "scale_max": 5,
            "state": "open",
            "ratings": {
                "Informationen zur Bruttokaltmiete in mehreren Sprachen bereitstellen": [0, 1, 2, 3, 3],
                "Unterkunftspaten und -lotsen für Privatvermieter gewinnen": [0, 1, 3, 3, 2],
                "Mehr und längere Sprachförderung, vor allem für Leistungsschwächere": [0, 0, 1, 3, 5],
                "Helfertätigkeitsbörse als Datenbank aufbauen": [1, 2, 3, 2, 1],
                "Vereinsstrukturen für den Zugang zum Sport schaffen": [0, 2, 3, 2, 1],
                "Dolmetscherpool für Kitas und Schulen bereitstellen": [0, 0, 2, 3, 4],
                "Geflüchtete als Akteure im Ehrenamt mitdenken": [0, 1, 2, 4, 2],
            },
        },
        {
            "kind": "wordcloud",
            "question": "Was nehmen Sie vom Fachtag mit?",
            "max_answers": 3,
            "state": "draft",
        },
    ],
    "chat": [],
    "questions": [
        ("", "", "Wo finden wir die Online-Datenbank mit den Angeboten?", 3, False),
    ],
}

# --- Templates moderators copy into their sessions -----------------------------------------

TEMPLATES = [
    {
        "kind": "rating",
        "question": "Wie wichtig sind die folgenden Handlungsempfehlungen?",
        "scale_max": 5,
        "items": ["Handlungsempfehlung 1", "Handlungsempfehlung 2", "Handlungsempfehlung 3"],
    },
    {
        "kind": "rating",
        "question": "Wie zufrieden sind Sie mit der Veranstaltung?",
        "scale_max": 5,
        "items": ["Inhalte", "Moderation", "Austausch mit anderen", "Organisation und Technik"],
    },
    {
        "kind": "wordcloud",
        "question": "Was nehmen Sie mit?",
        "max_answers": 3,
        "items": [],
    },
    {
        "kind": "single",
        "question": "Welche Handlungsempfehlung zuerst diskutieren?",
        "items": ["A", "B", "C", "D"],
    },
    {
        "kind": "open",
        "question": "Was sollten wir beim nächsten Mal anders machen?",
        "items": [],
    },
]

# fmt: on
