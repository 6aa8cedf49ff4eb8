"""Digital counselling: services, counsellors, pseudonymous cases and their encrypted messages.

Readable text never lands here: message bodies, attachments and the client's contact details
are Fernet tokens under the case's own key (see `crypto.py`). What stays readable is what the
inbox needs to sort and count: status, topic, town, language, times.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from treffpunkt.directory.models import Offer
from treffpunkt.network.models import FieldOfAction, Language, Municipality, Organisation


class CounsellingService(models.Model):
    """A directory offer that takes cases online, with the team that answers them."""

    offer = models.OneToOneField(
        Offer, verbose_name=_("offer"), on_delete=models.CASCADE, related_name="counselling"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="counselling_services",
    )
    topics = models.ManyToManyField(
        FieldOfAction,
        verbose_name=_("topics"),
        blank=True,
        related_name="counselling_services",
        help_text=_("Leave empty for general counselling on every topic."),
    )
    response_hours = models.PositiveSmallIntegerField(_("first answer within (hours)"), default=48)
    is_active = models.BooleanField(_("takes new cases"), default=True)

    class Meta:
        verbose_name = _("counselling service")
        verbose_name_plural = _("counselling services")
        ordering = ["offer__title"]

    def __str__(self) -> str:
        return self.offer.title

    def save(self, *args, **kwargs):
        # The offer's organisation runs the service: its counsellors see the cases.
        self.organisation_id = self.offer.organisation_id
        super().save(*args, **kwargs)


class Counsellor(models.Model):
    """A user who answers the cases of an organisation's counselling services."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="counsellor_roles",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="counsellors",
    )
    is_lead = models.BooleanField(_("team lead"), default=False)
    languages = models.ManyToManyField(Language, verbose_name=_("languages"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("counsellor")
        verbose_name_plural = _("counsellors")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_counsellor_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation}"


class CaseQuerySet(models.QuerySet):
    def overdue(self, now=None):
        return self.filter(answer_due_at__lt=now or timezone.now()).exclude(
            status=Case.Status.CLOSED
        )


class Case(models.Model):
    """A pseudonymous counselling case, reached by the client through a secret link."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        OPEN = "open", _("open")
        WAITING = "waiting", _("waiting for the client")
        CLOSED = "closed", _("closed")

    class Request(models.TextChoices):
        MESSAGE = "message", _("a written answer")
        CALLBACK = "callback", _("a call back")
        APPOINTMENT = "appointment", _("an appointment")

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        PHONE = "phone", _("by phone")
        VIDEO = "video", _("by video")

    service = models.ForeignKey(
        CounsellingService,
        verbose_name=_("counselling service"),
        on_delete=models.PROTECT,
        related_name="cases",
    )
    # Only a SHA-256 of the secret link's token: the database alone does not open a case.
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    wrapped_key = models.BinaryField(editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    topic = models.ForeignKey(
        FieldOfAction, verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("town"), null=True, blank=True, on_delete=models.SET_NULL
    )
    language = models.CharField(_("language of counselling"), max_length=12)
    request = models.CharField(
        _("wishes"), max_length=12, choices=Request.choices, default=Request.MESSAGE
    )
    mode = models.CharField(_("appointment"), max_length=10, choices=Mode.choices, blank=True)
    needs_interpreter = models.BooleanField(_("needs an interpreter"), default=False)
    interpreter_language = models.CharField(_("interpreter language"), max_length=12, blank=True)
    # Phone number and e-mail address, encrypted like the messages.
    contact = models.BinaryField(editable=False, default=b"")
    wants_notifications = models.BooleanField(default=False)
    # Set by the client on the case page; without it no text goes to a translation service.
    machine_translation_consent = models.BooleanField(
        _("machine translation allowed"), default=False
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("counsellor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="counselling_cases",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    first_response_at = models.DateTimeField(_("first answer"), null=True, blank=True)
    # Stored, not derived: set when the client writes, cleared by an answer, so the inbox
    # filters "overdue" in SQL.
    answer_due_at = models.DateTimeField(_("answer due"), null=True, blank=True, db_index=True)
    # The team lead is told once per overdue answer; cleared when the answer comes.
    overdue_reported_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # Referral as data: the offers of the directory the client was sent on to.
    referrals = models.ManyToManyField(
        Offer, verbose_name=_("referred to"), blank=True, related_name="counselling_referrals"
    )

    objects = CaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"#{self.pk}"

    @property
    def organisation_id(self) -> int:
        return self.service.organisation_id

    @property
    def is_overdue(self) -> bool:
        return (
            self.status != self.Status.CLOSED
            and self.answer_due_at is not None
            and self.answer_due_at < timezone.now()
        )


class Message(models.Model):
    """One entry of a conversation: the client's, a counsellor's, or an internal note."""

    class Author(models.TextChoices):
        CLIENT = "client", _("client")
        COUNSELLOR = "counsellor", _("counsellor")
        NOTE = "note", _("internal note")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=10, choices=Author.choices)
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    body = models.BinaryField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    # Chosen by a counsellor: only these entries are shown to a booked interpreter.
    shared_with_interpreter = models.BooleanField(_("shared with the interpreter"), default=False)
    # A machine translation, encrypted like the body; empty when there is none.
    translation = models.BinaryField(editable=False, default=b"")
    translation_language = models.CharField(max_length=12, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.case} {self.author} {self.created_at:%Y-%m-%d %H:%M}"


class Attachment(models.Model):
    """A photo, PDF or voice message, stored encrypted in the database with its case."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    data = models.BinaryField(editable=False)

    def __str__(self) -> str:
        return f"{self.content_type} ({self.size} B)"


class CaseRead(models.Model):
    """Every time a member of staff or an interpreter opened a case, and every move of the
    case to another organisation; the client sees this list."""

    class Action(models.TextChoices):
        READ = "read", _("read")
        INTERPRETER = "interpreter", _("read by the interpreter")
        MOVED = "moved", _("moved")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="reads")
    action = models.CharField(max_length=12, choices=Action.choices, default=Action.READ)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    # Kept as text, so the log still says who after the account is gone.
    reader = models.CharField(max_length=200)
    read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-read_at"]

    def __str__(self) -> str:
        return f"{self.case} {self.reader} {self.read_at:%Y-%m-%d %H:%M}"


class CaseTally(models.Model):
    """What remains of deleted cases: counts per month, service, topic, language and reason."""

    class Reason(models.TextChoices):
        CLOSED = "closed", _("closed and deleted after the retention period")
        UNANSWERED = "unanswered", _("first contact without an answer")
        CLIENT = "client", _("deleted by the client")

    month = models.DateField()
    service = models.ForeignKey(
        CounsellingService, null=True, on_delete=models.SET_NULL, related_name="tallies"
    )
    topic = models.CharField(max_length=80, blank=True)
    language = models.CharField(max_length=12, blank=True)
    reason = models.CharField(max_length=12, choices=Reason.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["month", "service", "topic", "language", "reason"],
                name="one_tally_per_group",
            )
        ]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.reason}: {self.count}"


class ChannelCount(models.Model):
    """Arrivals through a deep link and cases opened, per channel tag and month: never a
    person's channel."""

    channel = models.SlugField(max_length=40)
    month = models.DateField()
    arrivals = models.PositiveIntegerField(default=0)
    cases = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["channel", "month"], name="one_count_per_channel")
        ]

    def __str__(self) -> str:
        return f"{self.channel} {self.month:%Y-%m}"


class Appointment(models.Model):
    """A meeting agreed with the client: shown on the personal page, with a calendar file."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="appointments")
    kind = models.CharField(_("how"), max_length=10, choices=Case.Mode.choices)
    starts_at = models.DateTimeField(_("date and time"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=60)
    place = models.CharField(
        _("place or link"),
        max_length=300,
        blank=True,
        help_text=_("Address and room, phone number, or the link to the video meeting."),
    )
    needs_interpreter = models.BooleanField(_("interpreter needed"), default=False)
    interpreter_language = models.CharField(_("interpreter language"), max_length=12, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        ordering = ["starts_at"]

    def __str__(self) -> str:
        return f"{self.case} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def ends_at(self):
        return self.starts_at + datetime.timedelta(minutes=self.duration_minutes)


class CaseInterpreting(models.Model):
    """An interpreter asked for from the pool for a case's appointment. The pool's request
    carries no data about the client; only this link knows which case it serves."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="interpreting")
    request = models.OneToOneField(
        "pools.InterpretingRequest", on_delete=models.CASCADE, related_name="counselling_case"
    )
    appointment = models.ForeignKey(
        Appointment,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interpreting",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["request__starts_at"]

    def __str__(self) -> str:
        return f"{self.case} – {self.request_id}"


class TextTemplate(models.Model):
    """A text counsellors of an organisation start their answers from, in one language."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="counselling_templates",
    )
    title = models.CharField(_("title"), max_length=120)
    language = models.CharField(_("language"), max_length=12)
    body = models.TextField(_("text"), max_length=5000)

    class Meta:
        verbose_name = _("text template")
        verbose_name_plural = _("text templates")
        ordering = ["language", "title"]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"


class AbsenceNote(models.Model):
    """A note the client sees while it applies, e.g. "on holiday until 12 May": for one
    counsellor (shown on the cases assigned to them) or the whole team."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="counselling_absences",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("counsellor"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: the whole team."),
    )
    text = models.CharField(_("note for clients"), max_length=300)
    starts_at = models.DateTimeField(_("from"))
    ends_at = models.DateTimeField(_("until"))

    class Meta:
        verbose_name = _("absence note")
        verbose_name_plural = _("absence notes")
        ordering = ["starts_at"]

    def __str__(self) -> str:
        return self.text[:40]


class TransferProposal(models.Model):
    """A counsellor suggests that another organisation's service takes the case over; it moves
    only when the client accepts."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for the client")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")
        WITHDRAWN = "withdrawn", _("withdrawn")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="transfers")
    source = models.ForeignKey(
        CounsellingService, on_delete=models.CASCADE, related_name="+", verbose_name=_("from")
    )
    target = models.ForeignKey(
        CounsellingService, on_delete=models.CASCADE, related_name="+", verbose_name=_("to")
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.case} → {self.target_id} ({self.status})"
