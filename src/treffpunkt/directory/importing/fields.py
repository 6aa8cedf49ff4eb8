"""Which offer fields and relations the import fills, and from which columns."""

from ..models import ContactChannel, Offer

TEXT_FIELDS = ("title", "summary", "description", "cost_note", "registration_note")
REQUIRED_TEXT = ("title", "summary")
CHOICE_FIELDS = {"format": Offer.Format, "cost": Offer.Cost, "status": Offer.Status}
DATE_FIELDS = ("valid_from", "valid_until", "last_checked")
AGE_FIELDS = ("minimum_age", "maximum_age")
MAX_AGE = 120
RELATION_FIELDS = ("fields_of_action", "target_groups", "languages", "accessibility")
LOCATION_KEYS = (
    "location_name",
    "street",
    "postcode",
    "city",
    "municipality",
    "latitude",
    "longitude",
)
SHARED_LOCATION_KEYS = ("postcode", "city", "municipality")
CONTACT_KEYS = {
    "phone": ContactChannel.Kind.PHONE,
    "email": ContactChannel.Kind.EMAIL,
    "website": ContactChannel.Kind.WEB,
    "messenger": ContactChannel.Kind.MESSENGER,
}
SCHEDULE_FIELDS = (
    "frequency",
    "weekdays",
    "week_of_month",
    "date",
    "opens_at",
    "closes_at",
    "note",
)
