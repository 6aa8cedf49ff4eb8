"""A search as a visitor asks it: words, filters, sorting, page — parsed from a URL.

The same parameters serve the search page and the JSON API, so a shared link, a
dashboard cell and an app all ask the same question and get the same answer.
"""

from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from django.conf import settings
from django.http import QueryDict

MAX_QUERY_LENGTH = 200
MAX_PAGE = 500


class Sort:
    RELEVANCE = "relevanz"
    DISTANCE = "entfernung"
    NEWEST = "neueste"
    ALL = (RELEVANCE, DISTANCE, NEWEST)


# URL parameter -> SearchQuery attribute, for the multi-valued filters.
FILTER_PARAMETERS = {
    "thema": "fields",
    "zielgruppe": "targets",
    "sprache": "languages",
    "ort": "towns",
    "format": "formats",
    "kosten": "costs",
    "barrierefreiheit": "accessibility",
}


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    fields: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    towns: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    costs: tuple[str, ...] = ()
    accessibility: tuple[str, ...] = ()
    near: str = ""
    sort: str = Sort.RELEVANCE
    page: int = 1
    page_size: int = 20
    language: str = field(default_factory=lambda: settings.LANGUAGE_CODE)

    @classmethod
    def from_params(cls, params: QueryDict, language: str, page_size: int = 20) -> "SearchQuery":
        """Read a query from GET parameters; anything malformed is ignored, not an error."""
        filters = {
            attribute: tuple(
                dict.fromkeys(v.strip()[:80] for v in params.getlist(name) if v.strip())
            )
            for name, attribute in FILTER_PARAMETERS.items()
        }
        sort = params.get("sortierung", Sort.RELEVANCE)
        near = params.get("naehe", "").strip()[:80]
        if sort not in Sort.ALL or (sort == Sort.DISTANCE and not near):
            sort = Sort.RELEVANCE
        try:
            page = min(max(int(params.get("seite", 1)), 1), MAX_PAGE)
        except ValueError:
            page = 1
        return cls(
            text=" ".join(params.get("q", "").split())[:MAX_QUERY_LENGTH],
            near=near,
            sort=sort,
            page=page,
            page_size=page_size,
            language=language,
            **filters,
        )

    def filters(self) -> dict[str, tuple[str, ...]]:
        return {attribute: getattr(self, attribute) for attribute in FILTER_PARAMETERS.values()}

    @property
    def has_filters(self) -> bool:
        return any(self.filters().values())

    def without(self, attribute: str, value: str | None = None) -> "SearchQuery":
        """This query with one filter value (or the whole filter) removed, on page 1."""
        values = () if value is None else tuple(v for v in getattr(self, attribute) if v != value)
        return replace(self, **{attribute: values}, page=1)

    def with_value(self, attribute: str, value: str) -> "SearchQuery":
        values = getattr(self, attribute)
        return replace(self, **{attribute: (*values, value)} if value not in values else {}, page=1)

    def with_text(self, text: str) -> "SearchQuery":
        return replace(self, text=text, page=1)

    def with_page(self, page: int) -> "SearchQuery":
        return replace(self, page=page)

    def to_params(self) -> list[tuple[str, str]]:
        params: list[tuple[str, str]] = []
        if self.text:
            params.append(("q", self.text))
        for name, attribute in FILTER_PARAMETERS.items():
            params += [(name, value) for value in getattr(self, attribute)]
        if self.near:
            params.append(("naehe", self.near))
        if self.sort != Sort.RELEVANCE:
            params.append(("sortierung", self.sort))
        if self.page > 1:
            params.append(("seite", str(self.page)))
        return params

    def querystring(self) -> str:
        params = self.to_params()
        return "?" + urlencode(params) if params else ""
