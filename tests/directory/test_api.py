"""The read-only JSON API answers like the search page and documents itself."""

from django.urls import reverse

from treffpunkt.directory.search import engine
from treffpunkt.directory.search.query import SearchQuery


def test_offers_endpoint_returns_the_search_pages_ranking(client, corpus):
    page_titles = [
        o.title for o in engine.search(SearchQuery(text="Sprache", language="de")).offers
    ]

    response = client.get("/api/v1/offers/", {"q": "Sprache"})

    data = response.json()
    assert response.status_code == 200
    assert [offer["title"] for offer in data["results"]] == page_titles
    assert data["count"] == 3


def test_offers_endpoint_takes_the_search_pages_filters(client, corpus):
    response = client.get("/api/v1/offers/", {"thema": "sprache", "sprache": "ar"})

    data = response.json()
    assert [offer["title"] for offer in data["results"]] == ["Sprachkurs für Frauen"]
    facets = {facet["parameter"]: facet for facet in data["facets"]}
    # Counted without its own filter: what choosing another language would show.
    assert {v["value"]: v["count"] for v in facets["sprache"]["values"]} == {"de": 2, "ar": 1}


def test_offer_detail_in_the_requested_language(client, corpus):
    offer = corpus["frauenkurs"]

    english = client.get(f"/api/v1/offers/{offer.pk}/", {"lang": "en"}).json()
    arabic = client.get(f"/api/v1/offers/{offer.pk}/", headers={"Accept-Language": "ar"}).json()
    german = client.get(f"/api/v1/offers/{offer.pk}/").json()

    assert (english["title"], english["text_language"]) == ("Language course for women", "en")
    assert (arabic["title"], arabic["text_language"]) == ("دورة لغة للنساء", "ar")
    assert (german["title"], german["text_language"]) == ("Sprachkurs für Frauen", "de")
    assert german["locations"][0]["municipality"] == "dorsten"
    assert [f["slug"] for f in german["fields_of_action"]] == ["sprache"]


def test_drafts_are_not_in_the_api(client, corpus):
    assert client.get(f"/api/v1/offers/{corpus['entwurf'].pk}/").status_code == 404


def test_pagination_links(client, corpus):
    data = client.get("/api/v1/offers/", {"pro_seite": 4}).json()

    assert data["pages"] == 2
    assert data["next"] == "http://testserver/api/v1/offers/?seite=2&pro_seite=4"
    assert data["previous"] is None
    second = client.get(data["next"]).json()
    assert len(second["results"]) == 2


def test_vocabularies(client, corpus):
    fields = client.get("/api/v1/fields-of-action/", {"lang": "ar"}).json()
    towns = client.get("/api/v1/municipalities/").json()

    assert {f["slug"]: f["name"] for f in fields}["sprache"] == "اللغة"
    assert {t["slug"]: t["parent"] for t in towns}["dorsten"] == "kreis-re"


def test_openapi_document_describes_the_search(client, db):
    schema = client.get(reverse("openapi")).json()

    assert schema["openapi"].startswith("3.")
    parameters = {p["name"] for p in schema["paths"]["/api/v1/offers/"]["get"]["parameters"]}
    assert {"q", "thema", "ort", "sprache", "naehe", "sortierung", "seite", "lang"} <= parameters


def test_api_is_read_only(client, corpus):
    response = client.post("/api/v1/offers/", {"title": "Neu"})

    assert response.status_code == 405
