"""Pools of people who help — interpreters, sponsors and mentors — and the requests they are
matched to, plus the helper-job exchange. Personal data of families and job seekers stays out:
requests describe a need, not a person."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from treffpunkt.network.models import Language, Municipality, Organisation


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Mode(models.TextChoices):
    ON_SITE = "on_site", _("on site")
    PHONE = "phone", _("by phone")
    VIDEO = "video", _("by video")


class Level(models.TextChoices):
    NATIVE = "native", _("native language")
    C2 = "C2", "C2"
    C1 = "C1", "C1"
    B2 = "B2", "B2"
    B1 = "B1", "B1"
    A2 = "A2", "A2"
    A1 = "A1", "A1"


LEVEL_RANK = {
    Level.NATIVE: 7,
    Level.C2: 6,
    Level.C1: 5,
    Level.B2: 4,
    Level.B1: 3,
    Level.A2: 2,
    Level.A1: 1,
}


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class Interpreter(models.Model):
    """A volunteer or paid interpreter of the pool (Sprachmittlerin, Dolmetscher)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interpreter",
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    home = models.ForeignKey(
        Municipality, verbose_name=_("lives in"), on_delete=models.PROTECT, related_name="+"
    )
    regions = models.ManyToManyField(
        Municipality, verbose_name=_("works in"), related_name="interpreters",
        help_text=_("Towns or districts (a district covers all its towns)."),
    )  # fmt: skip
    modes = models.JSONField(
        _("ways of interpreting"), default=list, help_text=_("on_site, phone, video")
    )
    qualifications = models.TextField(_("qualifications"), blank=True)
    is_paid = models.BooleanField(_("paid (not volunteer)"), default=False)
    confidentiality_signed_on = models.DateField(
        _("confidentiality pledge signed on"), null=True, blank=True
    )
    max_assignments_per_month = models.PositiveSmallIntegerField(
        _("at most assignments per month"), default=6
    )
    is_active = models.BooleanField(_("active"), default=True)
    coordinator_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("pool run by"),
        on_delete=models.PROTECT,
        related_name="interpreters",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("interpreter")
        verbose_name_plural = _("interpreters")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def owner_organisation_ids(self) -> list[int]:
        return [self.coordinator_organisation_id]


class InterpreterLanguage(models.Model):
    interpreter = models.ForeignKey(Interpreter, on_delete=models.CASCADE, related_name="languages")
    language = models.ForeignKey(Language, verbose_name=_("language"), on_delete=models.PROTECT)
    level = models.CharField(_("level"), max_length=6, choices=Level.choices)

    class Meta:
        verbose_name = _("language of an interpreter")
        verbose_name_plural = _("languages of interpreters")
        constraints = [
            models.UniqueConstraint(
                fields=["interpreter", "language"], name="one_level_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.language} {self.level}"


class AvailabilitySlot(models.Model):
    """When someone usually has time: a weekday and hours."""

    interpreter = models.ForeignKey(Interpreter, on_delete=models.CASCADE, related_name="slots")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))

    class Meta:
        verbose_name = _("time available")
        verbose_name_plural = _("times available")
        ordering = ["weekday", "starts"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends__gt=models.F("starts")), name="slot_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.starts:%H:%M}–{self.ends:%H:%M}"


class Absence(models.Model):
    """Days on which someone is not available although a slot says so (holidays, illness)."""

    interpreter = models.ForeignKey(Interpreter, on_delete=models.CASCADE, related_name="absences")
    first_day = models.DateField(_("from"))
    last_day = models.DateField(_("until"))

    class Meta:
        verbose_name = _("absence")
        verbose_name_plural = _("absences")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_day__gte=models.F("first_day")), name="absence_in_order"
            )
        ]

    def __str__(self) -> str:
        return f"{self.first_day}–{self.last_day}"


class InterpretingRequest(models.Model):
    """A day-care centre, school or office needs an interpreter — no data about the family."""

    class Topic(models.TextChoices):
        PARENT_TALK = "parent_talk", _("parent talk")
        ENROLMENT = "enrolment", _("enrolment")
        HEALTH = "health", _("health")
        AUTHORITY = "authority", _("authority")
        COUNSELLING = "counselling", _("counselling")
        OTHER = "other", _("other")

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        OFFERED = "offered", _("offered to interpreters")
        ASSIGNED = "assigned", _("assigned")
        DONE = "done", _("done")
        CANCELLED = "cancelled", _("cancelled")

    institution = models.ForeignKey(
        Organisation,
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="interpreting_requests",
    )
    language = models.ForeignKey(Language, verbose_name=_("language"), on_delete=models.PROTECT)
    minimum_level = models.CharField(
        _("at least"), max_length=6, choices=Level.choices, default=Level.B2
    )
    starts_at = models.DateTimeField(_("date and time"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=60)
    mode = models.CharField(_("how"), max_length=8, choices=Mode.choices, default=Mode.ON_SITE)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("town"), on_delete=models.PROTECT, related_name="+"
    )
    place = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("Address or room, for on-site interpreting."),
    )
    topic = models.CharField(_("topic"), max_length=15, choices=Topic.choices)
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_("No names or personal details of the family, please."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    interpreter = models.ForeignKey(
        Interpreter,
        verbose_name=_("interpreter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assignments",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    assigned_at = models.DateTimeField(_("assigned"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    feedback_rating = models.PositiveSmallIntegerField(
        _("how did it go (1–5)"), null=True, blank=True
    )
    feedback_note = models.CharField(_("feedback"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("interpreting request")
        verbose_name_plural = _("interpreting requests")
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["status", "starts_at"])]

    def __str__(self) -> str:
        return f"{self.language} {self.starts_at:%d.%m.%Y %H:%M}"

    def owner_organisation_ids(self) -> list[int]:
        return [self.institution_id]


class RequestInvitation(models.Model):
    """A request offered to one interpreter by e-mail; the first to accept gets it."""

    class Answer(models.TextChoices):
        PENDING = "pending", _("no answer yet")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")
        TOO_LATE = "too_late", _("already taken")

    request = models.ForeignKey(
        InterpretingRequest, on_delete=models.CASCADE, related_name="invitations"
    )
    interpreter = models.ForeignKey(
        Interpreter, on_delete=models.CASCADE, related_name="invitations"
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    answer = models.CharField(max_length=10, choices=Answer.choices, default=Answer.PENDING)
    sent_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["request", "interpreter"], name="one_invitation_per_interpreter"
            )
        ]

    def __str__(self) -> str:
        return f"{self.request} → {self.interpreter}"


class HelperJob(models.Model):
    """A helper job an employer offers (Helfertätigkeitsbörse, seed 003)."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        FILLED = "filled", _("filled")
        CLOSED = "closed", _("closed")

    employer = models.ForeignKey(
        Organisation,
        verbose_name=_("employer"),
        on_delete=models.PROTECT,
        related_name="helper_jobs",
    )
    title = models.CharField(_("job"), max_length=200)
    tasks = models.TextField(_("tasks"))
    hours_per_week = models.PositiveSmallIntegerField(_("hours per week"), null=True, blank=True)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("town"), on_delete=models.PROTECT, related_name="+"
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    starts_on = models.DateField(_("start"), null=True, blank=True)
    german_level = models.CharField(
        _("German needed"), max_length=6, choices=Level.choices, default=Level.A2
    )
    requirements = models.TextField(_("requirements"), blank=True)
    support = models.TextField(_("support the employer offers"), blank=True)
    skills = models.CharField(
        _("skills (keywords)"), max_length=300, blank=True, help_text=_("Comma-separated.")
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("helper job")
        verbose_name_plural = _("helper jobs")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def owner_organisation_ids(self) -> list[int]:
        return [self.employer_id]


class Candidate(models.Model):
    """A job seeker as their counsellor describes them, by pseudonym. Only the counsellor's
    organisation sees the profile; residence notes only the counsellor."""

    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="candidates"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="candidates"
    )
    pseudonym = models.CharField(_("pseudonym"), max_length=60)
    skills = models.CharField(
        _("skills (keywords)"), max_length=300, blank=True, help_text=_("Comma-separated.")
    )
    german_level = models.CharField(
        _("German"), max_length=6, choices=Level.choices, default=Level.A2
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("other languages"), blank=True, related_name="+"
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("lives in"), on_delete=models.PROTECT, related_name="+"
    )
    mobility_km = models.PositiveSmallIntegerField(_("can travel (km)"), default=10)
    residence_notes = models.TextField(
        _("notes on residence status"), blank=True, help_text=_("Visible to you only.")
    )
    consents_to_contact = models.BooleanField(
        _("agrees that employers are contacted"), default=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        ordering = ["pseudonym"]

    def __str__(self) -> str:
        return self.pseudonym

    def owner_organisation_ids(self) -> list[int]:
        return [self.organisation_id]


class JobContact(models.Model):
    """A counsellor puts a candidate in touch with an employer, with the candidate's consent."""

    job = models.ForeignKey(HelperJob, on_delete=models.CASCADE, related_name="contacts")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="contacts")
    message = models.TextField(_("message to the employer"), blank=True)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        constraints = [
            models.UniqueConstraint(
                fields=["job", "candidate"], name="one_contact_per_job_and_candidate"
            )
        ]

    def __str__(self) -> str:
        return f"{self.candidate} → {self.job}"


class SponsorshipKind(models.TextChoices):
    ACCOMMODATION = "accommodation", _("accommodation sponsor")
    LEARNING = "learning", _("learning sponsor")
    APPRENTICESHIP = "apprenticeship", _("mentor for apprentices")
    EVERYDAY = "everyday", _("everyday guide (Lotse)")


class Sponsor(models.Model):
    """A volunteer who offers a sponsorship (Pate, Lotsin, Mentor)."""

    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail address"))
    kinds = models.JSONField(_("offers"), default=list)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("lives in"), on_delete=models.PROTECT, related_name="+"
    )
    radius_km = models.PositiveSmallIntegerField(_("travels up to (km)"), default=10)
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages"), blank=True, related_name="+"
    )
    weekdays = models.JSONField(
        _("usually free on"), default=list, help_text=_("Weekday numbers, 0 = Monday.")
    )
    interests = models.CharField(
        _("interests"), max_length=300, blank=True, help_text=_("Comma-separated.")
    )
    coordinator_organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="sponsors"
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("sponsor")
        verbose_name_plural = _("sponsors")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def owner_organisation_ids(self) -> list[int]:
        return [self.coordinator_organisation_id]


class SponsorshipRequest(models.Model):
    """Someone would like a sponsor — described by need, place and language, not by name."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        MATCHED = "matched", _("matched")
        CLOSED = "closed", _("closed")

    kind = models.CharField(_("kind"), max_length=15, choices=SponsorshipKind.choices)
    requested_by = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="sponsorship_requests"
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("town"), on_delete=models.PROTECT, related_name="+"
    )
    language = models.ForeignKey(
        Language, verbose_name=_("language"), null=True, blank=True, on_delete=models.PROTECT
    )
    weekdays = models.JSONField(_("suitable days"), default=list)
    interests = models.CharField(_("interests"), max_length=300, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True, help_text=_("No names, please."))
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("sponsorship request")
        verbose_name_plural = _("sponsorship requests")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.municipality}"

    def owner_organisation_ids(self) -> list[int]:
        return [self.requested_by_id]


class Sponsorship(models.Model):
    request = models.OneToOneField(
        SponsorshipRequest, on_delete=models.CASCADE, related_name="sponsorship"
    )
    sponsor = models.ForeignKey(Sponsor, on_delete=models.PROTECT, related_name="sponsorships")
    started_on = models.DateField(_("started"))
    ended_on = models.DateField(_("ended"), null=True, blank=True)

    class Meta:
        verbose_name = _("sponsorship")
        verbose_name_plural = _("sponsorships")

    def __str__(self) -> str:
        return f"{self.sponsor} – {self.request}"


class CheckIn(models.Model):
    """A short note how a sponsorship is going."""

    sponsorship = models.ForeignKey(Sponsorship, on_delete=models.CASCADE, related_name="check_ins")
    on = models.DateField(_("date"))
    going_well = models.BooleanField(_("going well"), default=True)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ["-on"]

    def __str__(self) -> str:
        return f"{self.sponsorship} {self.on}"
