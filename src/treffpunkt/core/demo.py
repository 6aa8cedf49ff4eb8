"""Demo texts for the operator pages; a real operator replaces them in the admin."""

from django.db import transaction

from .models import LegalText

DEMO_IMPRINT = """Demo-Betrieb – dies ist kein echtes Impressum.

Hier nennt der Betreiber (z. B. der Kreis als Träger des Kommunalen Integrationszentrums) \
Namen und Anschrift, die vertretungsberechtigte Person, eine Kontaktadresse und die \
zuständige Aufsichtsbehörde, wie § 5 DDG es verlangt.

Der Text wird im Verwaltungsbereich unter „Rechtliche Texte“ gepflegt."""

DEMO_PRIVACY = """Demo-Betrieb – dies ist keine echte Datenschutzerklärung.

Hier beschreibt der Betreiber als Verantwortlicher, welche personenbezogenen Daten er zu \
welchem Zweck und auf welcher Rechtsgrundlage verarbeitet, wie lange sie gespeichert werden, \
wer die oder der Datenschutzbeauftragte ist und welche Rechte Betroffene haben.

Der Text wird im Verwaltungsbereich unter „Rechtliche Texte“ gepflegt."""


@transaction.atomic
def load() -> list[str]:
    """Create demo legal texts where the operator has not written any."""
    for kind, body in (
        (LegalText.Kind.IMPRINT, DEMO_IMPRINT),
        (LegalText.Kind.PRIVACY, DEMO_PRIVACY),
    ):
        LegalText.objects.get_or_create(kind=kind, defaults={"body": body})
    return []
