"""Names and addresses folded for comparing: case, spaces, umlauts and "Straße" ignored."""

import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def fold(text: str) -> str:
    """Lower case (ß as ss, ä as ae, …) with single spaces, for comparing names."""
    return " ".join(text.casefold().translate(_UMLAUTS).split())


def fold_ascii(text: str) -> str:
    """Lower case without accents (ä as a), for comparing headers."""
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()


def fold_address(text: str) -> str:
    """A street or postcode for comparing: folded, "Str."/"Straße" alike, letters and digits."""
    folded = fold(text).replace("strasse", "str")
    return re.sub(r"[^0-9a-z]", "", folded)
