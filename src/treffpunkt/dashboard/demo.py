"""Demo residents' numbers for the Kreis Recklinghausen (invented, marked `is_demo`)."""

import random

from django.db import transaction

from treffpunkt.network.models import Language, Municipality

from .models import ResidentCount

DISTRICT = "kreis-recklinghausen"
YEAR = 2025
SOURCE = "Demo-Zahlen (erfunden, keine amtliche Statistik)"
# Language -> residents per 1,000 inhabitants in the district (invented, plausible order).
SHARES = {
    "tr": 38, "ar": 24, "pl": 14, "uk": 11, "ru": 9, "ro": 8, "bg": 6, "kmr": 6, "sq": 5,
    "fa": 4, "prs": 3, "ti": 2, "so": 1.5, "ps": 1,
}  # fmt: skip


@transaction.atomic
def load() -> list[str]:
    """Residents per town and language, the same every run (seeded), replacing older demo rows."""
    district = Municipality.objects.filter(slug=DISTRICT).first()
    if district is None:
        return []
    languages = {lang.code: lang for lang in Language.objects.filter(code__in=SHARES)}
    rng = random.Random(11)
    ResidentCount.objects.filter(is_demo=True).delete()
    rows = []
    for town in district.children.order_by("slug"):
        for code, share in SHARES.items():
            if code not in languages:
                continue
            # Uneven on purpose: some groups live mostly in a few towns.
            factor = rng.choice([0, 0.3, 0.7, 1, 1, 1.4, 2.2])
            residents = round((town.population or 30000) * share / 1000 * factor)
            if residents:
                rows.append(
                    ResidentCount(
                        municipality=town,
                        language=languages[code],
                        residents=residents,
                        year=YEAR,
                        source=SOURCE,
                        is_demo=True,
                    )
                )
    ResidentCount.objects.bulk_create(rows)
    return [f"{len(rows)} Demo-Einwohnerzahlen (Sprache × Stadt, als Demo markiert)"]
