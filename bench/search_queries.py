"""A fixed, realistic set of directory searches: what newcomers, volunteers and counsellors
type, with and without facets, with typos, with distance sorting."""

import random

WORDS = [
    "Sprachkurs", "Deutschkurs", "Integrationskurs", "Sprachcafé", "Beratung", "Migrationsberatung",
    "Jugendmigrationsdienst", "Hausaufgabenhilfe", "Nachhilfe", "Frauen", "Kinder", "Eltern",
    "Elterncafé", "Schwimmkurs", "Fußball", "Sport", "Wohnung", "Wohnungssuche", "Mietrecht",
    "Dolmetscher", "Sprachmittlung", "Arbeit", "Job", "Bewerbung", "Ausbildung", "Anerkennung",
    "Gesundheit", "Kita", "Schule", "Begegnung", "Treffpunkt", "Ehrenamt", "Paten", "Nähcafé",
    "Fahrrad", "Frühstück", "Computer", "Alphabetisierung", "Flüchtlingsberatung", "Schulden",
    "Arabisch", "Türkisch", "Ukrainisch", "kostenlos", "Abend", "Samstag", "Mentoring", "Lotsen",
]  # fmt: skip
ENGLISH = ["language course", "counselling", "housing", "job", "football", "women", "children"]
ARABIC = ["دورة لغة", "استشارة", "سكن", "عمل"]
UKRAINIAN = ["мовні курси", "консультація", "житло", "робота"]
# Two words people put together: a kind of offer and whom or what it is for.
PAIRS = [
    "Sprachkurs Frauen", "Beratung Arabisch", "Fußball Kinder", "Hausaufgabenhilfe Grundschule",
    "Deutschkurs Abend", "Integrationskurs Kinderbetreuung", "Wohnung Beratung",
    "Bewerbung Hilfe", "Sprachcafé Begegnung", "Schwimmkurs Frauen", "Eltern Kita",
    "Beratung Ukrainisch", "Jugendliche Ausbildung", "Frauen Treff", "kostenlos Sprachkurs",
    "Dolmetscher Schule", "Migrationsberatung Erwachsene", "Sport Jugendliche",
]  # fmt: skip
TOWNS = [
    "castrop-rauxel", "datteln", "dorsten", "gladbeck", "haltern-am-see", "herten", "marl",
    "oer-erkenschwick", "recklinghausen", "waltrop",
]  # fmt: skip
POSTCODES = ["45657", "45699", "45711", "45768", "45964", "46282", "44575", "45731"]
FIELDS = [
    "wohnen", "sprache", "bildung-arbeit", "kita-schule", "gesundheit", "sport-freizeit",
    "soziale-kontakte", "beratung", "ehrenamt-teilhabe", "governance",
]  # fmt: skip
LANGUAGES = ["ar", "tr", "uk", "ru", "fa", "en", "kmr", "ti"]
TARGETS = ["gefluechtete", "frauen", "kinder", "jugendliche", "eltern", "senioren"]


def typo(word: str, rng: random.Random) -> str:
    """One edit: swap two neighbours, drop or double a letter."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.choice(["swap", "drop", "double"])
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def query_params(count: int = 1200, seed: int = 42) -> list[tuple[dict, str]]:
    """(GET parameters, UI language) pairs; about a fifth each with typos, several words,
    distance sorting and no text at all (browsing by facets)."""
    rng = random.Random(seed)
    queries = []
    for _ in range(count):
        params: dict[str, list[str] | str] = {}
        language = "de"
        roll = rng.random()
        if roll < 0.15:
            pass  # browse by facets only
        elif roll < 0.35:
            params["q"] = typo(rng.choice(WORDS), rng)
        elif roll < 0.55:
            params["q"] = rng.choice(PAIRS)
        elif roll < 0.63:
            language = rng.choice(["en", "ar", "uk"])
            params["q"] = rng.choice({"en": ENGLISH, "ar": ARABIC, "uk": UKRAINIAN}[language])
        else:
            params["q"] = rng.choice(WORDS)
        if rng.random() < 0.5:
            params["ort"] = [rng.choice(TOWNS)]
        if rng.random() < 0.35:
            params["thema"] = rng.sample(FIELDS, rng.choice([1, 1, 2]))
        if rng.random() < 0.2:
            params["sprache"] = [rng.choice(LANGUAGES)]
        if rng.random() < 0.1:
            params["zielgruppe"] = [rng.choice(TARGETS)]
        if rng.random() < 0.1:
            params["kosten"] = ["free"]
        if rng.random() < 0.2:
            params["naehe"] = rng.choice(POSTCODES + TOWNS)
            params["sortierung"] = "entfernung"
        if rng.random() < 0.1:
            params["seite"] = str(rng.choice([2, 3]))
        queries.append((params, language))
    return queries
