"""Django's form messages that Django REST framework's catalogue translates in another tone
("Gib eine gültige URL ein."). Its catalogue would win over Django's own; listing the
messages here puts them into Treffpunkt's catalogue, which wins over both, so forms speak
to people formally everywhere."""

from django.utils.translation import gettext_noop

OVERRIDDEN = [
    gettext_noop("Enter a valid URL."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("No file was submitted."),
    gettext_noop("The submitted file is empty."),
]
