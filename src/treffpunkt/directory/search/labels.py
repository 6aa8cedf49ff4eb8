"""Names of facet values in each language, cached per process until the index changes
(renaming a topic reindexes the offers that use it, which changes the index version)."""

from django.utils import translation

from treffpunkt.network.models import Municipality

from .facets import MASK_FACETS

_cache: dict[str, tuple[object, dict]] = {}


def facet_labels(language: str, index_key) -> dict[str, list[tuple[int, str, str]]]:
    """For each facet (and towns): (id, URL value, display name) in `language`."""
    cached = _cache.get(language)
    if cached and cached[0] == index_key:
        return cached[1]
    with translation.override(language):
        labels = {
            facet.attribute: [
                (item.pk, getattr(item, facet.key), item.display_name) for item in facet.items()
            ]
            for facet in MASK_FACETS
        }
    labels["towns"] = list(
        Municipality.objects.exclude(kind=Municipality.Kind.STATE).values_list("pk", "slug", "name")
    )
    _cache[language] = (index_key, labels)
    return labels


def forget() -> None:
    _cache.clear()
