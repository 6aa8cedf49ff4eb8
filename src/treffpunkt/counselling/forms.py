"""Forms of counselling: the first contact, the client's replies, the counsellors' actions."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from treffpunkt.network.models import Language
from treffpunkt.pools.models import Mode as PoolMode

from .models import AbsenceNote, Appointment, Case, TextTemplate
from .uploads import read_upload

TEXT_MAX = 5000


class _AttachmentMixin:
    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        return read_upload(upload) if upload else None


class FirstContactForm(_AttachmentMixin, forms.Form):
    request = forms.ChoiceField(
        label=_("What would you like?"),
        choices=[
            (Case.Request.MESSAGE, _("Write a message")),
            (Case.Request.CALLBACK, _("Please call me back")),
            (Case.Request.APPOINTMENT, _("I would like an appointment")),
        ],
        initial=Case.Request.MESSAGE,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Your message"),
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        help_text=_("Write in your language. You do not need to give your name."),
    )
    attachment = forms.FileField(
        label=_("Photo, PDF or voice message (optional)"),
        required=False,
        help_text=_("For example a photo of a letter you received."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/*,application/pdf,audio/*"}),
    )
    mode = forms.ChoiceField(
        label=_("How would you like to meet?"),
        choices=Case.Mode.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    phone = forms.CharField(
        label=_("Phone number (for a call back or an appointment)"),
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "dir": "ltr"}),
    )
    needs_interpreter = forms.BooleanField(label=_("I need an interpreter"), required=False)
    interpreter_language = forms.ModelChoiceField(
        label=_("Language for the interpreter"),
        queryset=Language.objects.all(),
        to_field_name="code",
        required=False,
    )
    email = forms.EmailField(
        label=_("E-mail address (optional)"),
        required=False,
        help_text=_(
            "Only if you want to know when there is an answer. "
            "The e-mails never contain your conversation."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree: the counselling service may store what I write and send here. "
            "Only its counsellors can read it. I can delete everything at any time."
        ),
        error_messages={"required": _("Please agree, so that we may store your message.")},
    )

    def clean(self):
        data = super().clean()
        request = data.get("request")
        if request == Case.Request.MESSAGE and not (data.get("text") or data.get("attachment")):
            self.add_error("text", _("Please write a message or add a file."))
        reachable = data.get("phone") or data.get("email")
        if request in (Case.Request.CALLBACK, Case.Request.APPOINTMENT) and not reachable:
            self.add_error("phone", _("Please give a phone number, so that we can reach you."))
        if request == Case.Request.APPOINTMENT and not data.get("mode"):
            self.add_error("mode", _("Please choose how you would like to meet."))
        if data.get("needs_interpreter") and not data.get("interpreter_language"):
            self.add_error("interpreter_language", _("Please choose the language."))
        return data


class ReplyForm(_AttachmentMixin, forms.Form):
    text = forms.CharField(
        label=_("Your answer"),
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
    )
    attachment = forms.FileField(
        label=_("Photo, PDF or voice message (optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/*,application/pdf,audio/*"}),
    )

    def clean(self):
        data = super().clean()
        if not self.errors and not (data.get("text") or data.get("attachment")):
            raise ValidationError(_("Please write a message or add a file."))
        return data


class DeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, delete my conversation and everything in it now."),
        error_messages={"required": _("Please tick the box to confirm.")},
    )


class StaffTextForm(forms.Form):
    text = forms.CharField(
        label=_("Text"),
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Case.Status.choices)


class AssignForm(forms.Form):
    counsellor = forms.ModelChoiceField(label=_("Assign to"), queryset=None, required=False)

    def __init__(self, *args, users=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["counsellor"].queryset = users


class _FutureStartMixin:
    def clean_starts_at(self):
        starts_at = self.cleaned_data["starts_at"]
        if starts_at <= timezone.now():
            raise ValidationError(_("Please choose a time in the future."))
        return starts_at


class InterpreterRequestForm(_FutureStartMixin, forms.Form):
    starts_at = forms.DateTimeField(
        label=_("Date and time"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration in minutes"), min_value=15, max_value=480, initial=60
    )
    mode = forms.ChoiceField(label=_("How"), choices=PoolMode.choices, initial=PoolMode.ON_SITE)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)


class ReferralForm(forms.Form):
    offer = forms.IntegerField(
        label=_("Number of the offer"),
        min_value=1,
        help_text=_("The number at the end of the offer's address, e.g. 123 in /angebote/123/."),
    )

    def clean_offer(self):
        from treffpunkt.directory.models import Offer

        offer = Offer.objects.published().filter(pk=self.cleaned_data["offer"]).first()
        if offer is None:
            raise ValidationError(_("There is no published offer with this number."))
        return offer


class AppointmentForm(_FutureStartMixin, forms.ModelForm):
    # On the case page beside the pool request form, whose fields have the same names.
    PREFIX = "termin"

    interpreter_language = forms.ModelChoiceField(
        label=_("Language for the interpreter"),
        queryset=Language.objects.all(),
        to_field_name="code",
        required=False,
    )

    class Meta:
        model = Appointment
        fields = [
            "kind",
            "starts_at",
            "duration_minutes",
            "place",
            "needs_interpreter",
            "interpreter_language",
        ]
        widgets = {
            "starts_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
        }

    def clean_duration_minutes(self):
        minutes = self.cleaned_data["duration_minutes"]
        if not 15 <= minutes <= 480:
            raise ValidationError(_("Between 15 and 480 minutes, please."))
        return minutes

    def clean(self):
        data = super().clean()
        if data.get("needs_interpreter") and not data.get("interpreter_language"):
            self.add_error("interpreter_language", _("Please choose the language."))
        return data

    def appointment_data(self) -> dict:
        """The cleaned values as `appointments.create` takes them."""
        data = dict(self.cleaned_data)
        language = data.pop("interpreter_language")
        data["interpreter_language"] = language.code if data["needs_interpreter"] else ""
        return data


class TemplateChoiceForm(forms.Form):
    vorlage = forms.ChoiceField(label=_("Text template"))

    def __init__(self, *args, templates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vorlage"].choices = [
            (template.pk, f"{template.title} ({template.language})") for template in templates
        ]


class _TeamMixin:
    """Organisation (and counsellor) only from the user's own teams."""

    def limit_to(self, organisations):
        self.fields["organisation"].queryset = organisations
        only = list(organisations[:2])
        if len(only) == 1:
            self.fields["organisation"].initial = only[0]


class TextTemplateForm(_TeamMixin, forms.ModelForm):
    language = forms.ModelChoiceField(
        label=_("Language"), queryset=Language.objects.all(), to_field_name="code"
    )

    class Meta:
        model = TextTemplate
        fields = ["organisation", "title", "language", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6, "dir": "auto"})}

    def __init__(self, *args, organisations=None, **kwargs):
        instance = kwargs.get("instance")
        if instance is not None and instance.pk:
            kwargs.setdefault("initial", {})["language"] = instance.language
        super().__init__(*args, **kwargs)
        self.limit_to(organisations)

    def clean_language(self):
        return self.cleaned_data["language"].code


class AbsenceForm(_TeamMixin, forms.ModelForm):
    class Meta:
        model = AbsenceNote
        fields = ["organisation", "user", "text", "starts_at", "ends_at"]
        widgets = {
            name: forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
            for name in ("starts_at", "ends_at")
        }

    def __init__(self, *args, organisations=None, users=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_to(organisations)
        self.fields["user"].queryset = users

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The end must come after the start."))
        user, organisation = data.get("user"), data.get("organisation")
        if (
            user
            and organisation
            and not user.counsellor_roles.filter(organisation=organisation).exists()
        ):
            self.add_error("user", _("This person is not in that team."))
        return data


class TransferForm(forms.Form):
    target = forms.ModelChoiceField(label=_("Hand the case over to"), queryset=None)

    def __init__(self, *args, targets=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = targets
        self.fields["target"].label_from_instance = lambda service: (
            f"{service.offer.title} · {service.organisation}"
        )
