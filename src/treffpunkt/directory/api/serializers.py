"""How offers and vocabularies look in the JSON API (texts in the requested language)."""

from django.utils.translation import get_language
from rest_framework import serializers

from treffpunkt.network.models import Language, Municipality, Organisation

from ..models import ContactChannel, Location, Offer, Schedule


class VocabularySerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField(source="display_name")
    name_de = serializers.CharField(source="name")


class LanguageSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="display_name")

    class Meta:
        model = Language
        fields = ["code", "name", "native_name", "direction"]


class MunicipalitySerializer(serializers.ModelSerializer):
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Municipality
        fields = ["slug", "name", "kind", "parent", "official_key", "latitude", "longitude"]


class OrganisationSerializer(serializers.ModelSerializer):
    municipality = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Organisation
        fields = ["slug", "name", "short_name", "kind", "website", "municipality"]


class LocationSerializer(serializers.ModelSerializer):
    municipality = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    latitude = serializers.SerializerMethodField()
    longitude = serializers.SerializerMethodField()

    class Meta:
        model = Location
        fields = [
            "name",
            "street",
            "postcode",
            "city",
            "municipality",
            "latitude",
            "longitude",
            "directions",
        ]

    def get_latitude(self, location) -> float:
        return location.coordinates[0]

    def get_longitude(self, location) -> float:
        return location.coordinates[1]


class ScheduleSerializer(serializers.ModelSerializer):
    weekdays = serializers.ListField(source="weekday_list", child=serializers.CharField())
    text = serializers.CharField(source="__str__")

    class Meta:
        model = Schedule
        fields = [
            "frequency",
            "weekdays",
            "week_of_month",
            "date",
            "opens_at",
            "closes_at",
            "note",
            "text",
        ]


class ContactSerializer(serializers.ModelSerializer):
    class Meta:
        model = ContactChannel
        fields = ["kind", "value", "label"]


class OfferSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    title = serializers.SerializerMethodField()
    summary = serializers.SerializerMethodField()
    description = serializers.SerializerMethodField()
    text_language = serializers.SerializerMethodField(
        help_text="Language of title, summary and description (de where no translation exists)."
    )
    organisation = OrganisationSerializer()
    fields_of_action = VocabularySerializer(many=True)
    target_groups = VocabularySerializer(many=True)
    languages = LanguageSerializer(many=True)
    accessibility = VocabularySerializer(many=True)
    locations = LocationSerializer(many=True)
    service_area = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    schedules = ScheduleSerializer(many=True)
    contacts = ContactSerializer(many=True)

    class Meta:
        model = Offer
        fields = [
            "id", "url", "title", "summary", "description", "text_language", "organisation",
            "fields_of_action", "target_groups", "languages", "format", "cost", "cost_note",
            "registration_required", "registration_note", "accessibility", "minimum_age",
            "maximum_age", "locations", "service_area", "schedules", "contacts", "valid_from",
            "valid_until", "last_checked", "updated_at",
        ]  # fmt: skip

    def get_url(self, offer) -> str:
        request = self.context.get("request")
        path = offer.get_absolute_url()
        return request.build_absolute_uri(path) if request else path

    def get_title(self, offer) -> str:
        return offer.localized("title")

    def get_summary(self, offer) -> str:
        return offer.localized("summary")

    def get_description(self, offer) -> str:
        return offer.localized("description")

    def get_text_language(self, offer) -> str:
        return get_language() if offer.translation() else "de"


class FacetValueSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()
    selected = serializers.BooleanField()


class FacetSerializer(serializers.Serializer):
    parameter = serializers.CharField(source="param")
    label = serializers.CharField()
    values = FacetValueSerializer(many=True)


class SearchPageSerializer(serializers.Serializer):
    count = serializers.IntegerField(source="total")
    page = serializers.IntegerField(source="query.page")
    pages = serializers.IntegerField()
    next = serializers.CharField(allow_null=True)
    previous = serializers.CharField(allow_null=True)
    facets = FacetSerializer(many=True)
    results = OfferSerializer(many=True, source="offers")
