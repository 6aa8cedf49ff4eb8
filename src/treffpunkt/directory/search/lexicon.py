"""Words that end German compounds in this field, so "Kurs" finds "Sprachkurs".

A compound whose folded form ends in one of these words is also indexed under that word
(its head). Folded spelling: lower case, umlauts as plain vowels, ß as ss.
"""

COMPOUND_HEADS = frozenset(
    """
    angebot angebote agentur amt arbeit ausbildung begegnung begleitung beratung
    beratungsstelle betreuung bildung buro cafe center club dienst dienste dolmetscher
    eltern familie familien fest forderung frauen freizeit garten gruppe gruppen haus heim
    hilfe integration jugend kammer kinder kita klub kreis kurs kurse laden lernen lotse
    lotsen markt manner nachhilfe netz netzwerk paten patenschaft pool praxis projekt
    qualifizierung raum schule schulen senioren sport sprache stelle tafel team training
    treff treffpunkt unterkunft unterricht unterstutzung verband verein vermittlung
    werkstatt wohnung zentrum
    """.split()  # noqa: SIM905  (a word list reads best as text)
)

# Words too common to help a search; left out of the index and of queries.
STOPWORDS = {
    "de": frozenset(
        """
        a ab als am an auch auf aus bei bis da das dass dem den der des die dies diese
        dieser du durch ein eine einem einen einer eines er es fur hat ich ihr im in ist
        ja jede jeden jeder kann man mit nach nicht noch nur oder ohne sein sich sie sind
        so um und uns unter vom von vor war wie wir wird zu zum zur uber
        """.split()  # noqa: SIM905
    ),
    "en": frozenset(
        """
        a an and are as at be by for from has have in is it of on or the this to was
        were will with you your
        """.split()  # noqa: SIM905
    ),
}
