"""Importing raw protocols, chat logs and Mentimeter results into an event's results.

`formats.read(data, date)` recognises the layout, reads and anonymises (an unknown layout is
refused); `saving.save(parsed, event, source)` writes it in one transaction.
"""

from .formats import read  # noqa: F401
from .records import ImportRefused, Parsed  # noqa: F401
from .saving import save  # noqa: F401
