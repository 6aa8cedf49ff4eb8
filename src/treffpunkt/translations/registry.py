"""Which content is translatable, field by field, and where its translations are stored.

Each kind of content registers once (`register`); the dashboard, the editor, the template
tag and machine translation all work from this list instead of knowing the models.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from .stores import GenericStore, OfferStore, Store


@dataclass(frozen=True)
class Translatable:
    """One kind of translatable content."""

    key: str  # in URLs: "events.event"
    model: type[models.Model]
    fields: tuple[str, ...]
    label: str
    # The objects the dashboard counts: what visitors can see.
    public: Callable[[], models.QuerySet]
    store: Store = field(default_factory=GenericStore)
    # Editors of the owning organisation may translate (else coordinators only); they see
    # the objects whose `owner_field` names one of their organisations.
    editors_may_translate: bool = False
    owner_field: str = ""

    def source_values(self, obj) -> dict[str, str]:
        """The German text of every translatable field of `obj`."""
        return {name: getattr(obj, name) or "" for name in self.fields}

    def field_label(self, name: str) -> str:
        return self.model._meta.get_field(name).verbose_name

    def is_long(self, name: str) -> bool:
        return isinstance(self.model._meta.get_field(name), models.TextField)

    def max_length(self, name: str) -> int | None:
        return self.model._meta.get_field(name).max_length


_registry: dict[str, Translatable] = {}


def register(translatable: Translatable) -> None:
    _registry[translatable.key] = translatable


def all_translatables() -> list[Translatable]:
    return list(_registry.values())


def get(key: str) -> Translatable | None:
    return _registry.get(key)


def for_model(model: type[models.Model]) -> Translatable | None:
    return next((t for t in _registry.values() if t.model is model), None)


def for_object(obj) -> Translatable | None:
    return for_model(type(obj))


def register_defaults() -> None:
    """Offers, events, event series, good practices and recommendations."""
    from treffpunkt.directory.models import Offer
    from treffpunkt.directory.models.offers import TRANSLATED_FIELDS
    from treffpunkt.events.models import Event, EventSeries
    from treffpunkt.practice.models import GoodPractice
    from treffpunkt.results import tracking
    from treffpunkt.results.models import Recommendation

    register(
        Translatable(
            key="directory.offer",
            model=Offer,
            fields=TRANSLATED_FIELDS,
            label=_("Offers"),
            public=lambda: Offer.objects.published(),
            store=OfferStore(),
            editors_may_translate=True,
            owner_field="organisation",
        )
    )
    register(
        Translatable(
            key="events.event",
            model=Event,
            fields=("title", "description", "audience_note"),
            label=_("Events"),
            public=lambda: Event.objects.public(),
        )
    )
    register(
        Translatable(
            key="events.eventseries",
            model=EventSeries,
            fields=("title", "theme", "description"),
            label=_("Event series"),
            public=lambda: EventSeries.objects.filter(is_public=True),
        )
    )
    register(
        Translatable(
            key="practice.goodpractice",
            model=GoodPractice,
            fields=(
                "title",
                "summary",
                "situation",
                "implementation",
                "conclusion",
                "transfer_to",
            ),
            label=_("Good practices"),
            public=lambda: GoodPractice.objects.filter(status=GoodPractice.Status.PUBLISHED),
        )
    )
    register(
        Translatable(
            key="results.recommendation",
            model=Recommendation,
            fields=("title", "how"),
            label=_("Recommendations"),
            public=tracking.public_recommendations,
        )
    )
