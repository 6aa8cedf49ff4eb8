"""The language group of a nationality, for residents' figures that statistics offices publish
by nationality only (the German Ausländerstatistik does).

An approximation, and said so on the page: the main language (or lingua franca) in which
people of that nationality are most often counselled in Germany — Arabic for Syria and Iraq,
Farsi (Dari) for Afghanistan, Ukrainian for Ukraine. Kurdish-, Pashto- or Russian-speaking
minorities are counted with the majority; an operator who has figures by language imports
those instead. Keys are folded (lower case, umlauts as written) German and English names,
adjectives and ISO 3166 codes.
"""

LANGUAGE_OF_NATIONALITY = {
    "ar": [
        "sy", "syr", "syrien", "syria", "syrisch", "syrian",
        "iq", "irq", "irak", "iraq", "irakisch", "iraqi",
        "lb", "lbn", "libanon", "lebanon", "libanesisch", "lebanese",
        "ma", "mar", "marokko", "morocco", "marokkanisch", "moroccan",
        "eg", "egy", "ägypten", "egypt", "ägyptisch", "egyptian",
        "jo", "jor", "jordanien", "jordan", "jordanisch", "jordanian",
        "ly", "lby", "libyen", "libya", "libysch", "libyan",
        "tn", "tun", "tunesien", "tunisia", "tunesisch", "tunisian",
        "dz", "dza", "algerien", "algeria", "algerisch", "algerian",
        "sd", "sdn", "sudan", "sudanesisch", "sudanese",
        "ps", "pse", "palästina", "palestine", "palästinensisch", "palestinian",
        "ye", "yem", "jemen", "yemen", "jemenitisch", "yemeni",
    ],
    "fa": [
        "af", "afg", "afghanistan", "afghanisch", "afghan",
        "ir", "irn", "iran", "iranisch", "iranian",
    ],
    "tr": ["tr", "tur", "türkei", "turkey", "türkiye", "türkisch", "turkish"],
    "uk": ["ua", "ukr", "ukraine", "ukrainisch", "ukrainian"],
    "ru": [
        "ru", "rus", "russland", "russia", "russische föderation", "russian federation",
        "russisch", "russian",
    ],
    "ti": ["er", "eri", "eritrea", "eritreisch", "eritrean"],
    "pl": ["pl", "pol", "polen", "poland", "polnisch", "polish"],
    "ro": ["ro", "rou", "rumänien", "romania", "rumänisch", "romanian"],
    "bg": ["bg", "bgr", "bulgarien", "bulgaria", "bulgarisch", "bulgarian"],
    "so": ["so", "som", "somalia", "somalisch", "somali"],
    "sq": [
        "al", "alb", "albanien", "albania", "albanisch", "albanian",
        "xk", "kosovo", "kosovarisch", "kosovar",
    ],
}  # fmt: skip

_BY_NAME = {name: code for code, names in LANGUAGE_OF_NATIONALITY.items() for name in names}


def language_of(nationality: str) -> str | None:
    """The language code for a nationality as a statistics office writes it, if known."""
    return _BY_NAME.get(" ".join(nationality.lower().split()))
