"""What everything else points at: places, organisations, people's roles and vocabularies."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from treffpunkt.core.fields import WebAddressField

from .languages import language_display_name


class Vocabulary(models.Model):
    """A controlled term coordinators maintain as data (field of action, target group).

    The German name is the source; `name_translations` maps language codes to names.
    """

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    name_translations = models.JSONField(
        _("translations of the name"),
        default=dict,
        blank=True,
        help_text=_('Language code to name, e.g. {"en": "Housing", "ar": "السكن"}.'),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        """The name in the active language, the German name where none exists."""
        return self.name_translations.get(get_language() or "", "") or self.name


class Municipality(models.Model):
    """A place in the administrative hierarchy (Land > Kreis > Stadt/Gemeinde)."""

    class Kind(models.TextChoices):
        STATE = "land", _("federal state")
        DISTRICT = "kreis", _("district (Kreis)")
        DISTRICT_FREE_CITY = "kreisfreie_stadt", _("district-free city")
        TOWN = "stadt", _("town")
        MUNICIPALITY = "gemeinde", _("municipality (Gemeinde)")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    official_key = models.CharField(_("official municipality key (AGS)"), max_length=12, blank=True)
    latitude = models.FloatField(_("latitude"), help_text=_("Centroid, WGS 84."))
    longitude = models.FloatField(_("longitude"), help_text=_("Centroid, WGS 84."))
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__gte=-90, latitude__lte=90)
                & models.Q(longitude__gte=-180, longitude__lte=180),
                name="municipality_coordinates_in_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def self_and_descendant_ids(self) -> set[int]:
        """Ids of this place and every place below it (one query per level)."""
        ids = {self.pk}
        frontier = [self.pk]
        while frontier:
            frontier = list(
                Municipality.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
            )
            ids.update(frontier)
        return ids

    def ancestors(self) -> list["Municipality"]:
        """The places above this one, nearest first."""
        chain, node = [], self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain


class FieldOfAction(Vocabulary):
    """A Handlungsfeld of the integration concept (Wohnen, Sprache, …)."""

    description = models.TextField(_("description"), blank=True)
    pictogram = models.SlugField(
        _("pictogram"), max_length=40, blank=True, help_text=_("Name of the icon shown beside it.")
    )

    class Meta(Vocabulary.Meta):
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")


class TargetGroup(Vocabulary):
    """Whom an offer or event addresses (refugees, women, young people, staff, …)."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Language(models.Model):
    """A language that offers are held in, interpreters speak or the interface is shown in."""

    class Direction(models.TextChoices):
        LTR = "ltr", _("left to right")
        RTL = "rtl", _("right to left")

    code = models.CharField(
        _("language code"), max_length=12, unique=True, help_text=_("ISO 639-1 or 639-3.")
    )
    name = models.CharField(_("German name"), max_length=60)
    native_name = models.CharField(_("native name"), max_length=60)
    direction = models.CharField(
        _("writing direction"), max_length=3, choices=Direction.choices, default=Direction.LTR
    )
    position = models.PositiveSmallIntegerField(_("position"), default=100)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        """The language's name in the active interface language."""
        return language_display_name(self.code, get_language() or "de", fallback=self.name)


class Organisation(models.Model):
    """A member of the network: administration, welfare association, club, school, …"""

    class Kind(models.TextChoices):
        ADMINISTRATION = "administration", _("municipal or district administration")
        INTEGRATION_CENTRE = "integration_centre", _("municipal integration centre (KI)")
        WELFARE = "welfare", _("welfare association")
        ASSOCIATION = "association", _("association or club")
        EMPLOYMENT = "employment", _("job centre or employment agency")
        SCHOOL = "school", _("school or day-care centre")
        CHAMBER = "chamber", _("chamber")
        PROJECT = "project", _("project")
        EDUCATION = "education", _("education provider")
        RESEARCH = "research", _("university or research")
        OTHER = "other", _("other")

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    slug = models.SlugField(_("address name"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    description = models.TextField(_("description"), blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    website = WebAddressField(_("website"), blank=True)
    email = models.EmailField(
        _("public e-mail address"), blank=True, help_text=_("A role address, not a person's.")
    )
    phone = models.CharField(_("public phone number"), max_length=40, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


class NetworkQuerySet(models.QuerySet):
    def with_member_counts(self):
        return self.annotate(member_count=models.Count("members", distinct=True))


class Network(models.Model):
    """An integration network: organisations of a region that work together."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=100, unique=True)
    region = models.ForeignKey(
        Municipality,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="networks",
    )
    description = models.TextField(_("description"), blank=True)
    coordinating_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("coordinated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_networks",
    )
    members = models.ManyToManyField(
        Organisation, verbose_name=_("member organisations"), blank=True, related_name="networks"
    )
    website = WebAddressField(_("website"), blank=True)

    objects = NetworkQuerySet.as_manager()

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A user's role in an organisation; the basis of every permission rule."""

    class Role(models.TextChoices):
        EDITOR = "editor", _("editor")
        MODERATOR = "moderator", _("moderator")
        COORDINATOR = "coordinator", _("network coordinator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation__name", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"], name="one_role_per_user_and_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"


class Postcode(models.Model):
    """A postcode area with its centroid, to sort offers by distance from where someone lives."""

    code = models.CharField(_("postcode"), max_length=10, unique=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="postcodes",
    )
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))

    class Meta:
        verbose_name = _("postcode")
        verbose_name_plural = _("postcodes")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.municipality}"
