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
    _towns.clear()


_towns: dict[str, object] = {}


def places_below(index_key) -> dict[str, set[int]]:
    """For each municipality's slug: its id and the ids of every place below it (one query
    per process and index version, instead of one per level and search)."""
    if _towns.get("key") == index_key:
        return _towns["places"]
    children: dict[int | None, list[int]] = {}
    slugs: dict[int, str] = {}
    for pk, slug, parent_id in Municipality.objects.values_list("pk", "slug", "parent_id"):
        children.setdefault(parent_id, []).append(pk)
        slugs[pk] = slug

    def below(pk: int) -> set[int]:
        ids = {pk}
        for child in children.get(pk, ()):
            ids |= below(child)
        return ids

    places = {slug: below(pk) for pk, slug in slugs.items()}
    _towns.update(key=index_key, places=places)
    return places
