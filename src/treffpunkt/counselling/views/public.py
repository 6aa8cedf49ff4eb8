"""The newcomers' pages: three steps, the first contact, and the personal case page.

None of them needs an account, a cookie beyond CSRF, or JavaScript.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited
from django_ratelimit.decorators import ratelimit

from .. import (
    absences,
    appointments,
    cases,
    intake,
    interpreters,
    machine_translation,
    statistics,
    transfers,
)
from ..forms import DeleteForm, FirstContactForm, ReplyForm
from ..models import Appointment, Attachment, Case, CaseTally

PICTOGRAMS = {
    "house": "🏠",
    "speech": "💬",
    "briefcase": "💼",
    "school": "🏫",
    "health": "🩺",
    "ball": "⚽",
    "people": "👥",
    "chat": "🗨️",
    "hand": "🤝",
}


def _private(response: HttpResponse) -> HttpResponse:
    """Pages behind a secret link: never cached or indexed. The site's Referrer-Policy
    (same-origin) already keeps the link from other sites; "no-referrer" would make browsers
    send `Origin: null` with the forms, which CSRF protection rightly refuses."""
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _with(choices: intake.Choices, **extra) -> str:
    params = choices.params() | {"w": "1"} | extra
    return "?" + urlencode({key: value for key, value in params.items() if value})


def _language_redirect(request):
    """A deep link ?sprache=ar on the German page opens the page in Arabic, if we have it."""
    code = request.GET.get("sprache", "")
    active = translation.get_language()
    if request.GET.get("w") or code == active or code not in dict(settings.LANGUAGES):
        return None
    if active != settings.LANGUAGE_CODE:
        return None
    target = translate_url(request.path, code)
    return redirect(f"{target}?{request.GET.urlencode()}") if target != request.path else None


def start(request):
    """/beratung/: topic, town, language one step at a time, then the fitting services."""
    if redirected := _language_redirect(request):
        return redirected
    choices = intake.read_choices(request.GET)
    if choices.channel and not request.GET.get("w"):
        statistics.count_arrival(choices.channel)
    town_asked = request.GET.get("ort", "").strip()
    context = {
        "choices": choices,
        "town_unknown": bool(town_asked) and choices.town is None,
        "town_value": town_asked,
        "params": choices.params(),
    }
    if choices.topic is None:
        context["step"] = "topic"
        context["topic_tiles"] = [
            (topic, PICTOGRAMS.get(topic.pictogram, ""), _with(choices, thema=topic.slug))
            for topic in intake.topics()
        ]
    elif choices.town is None:
        context["step"] = "town"
        context["town_list"] = intake.towns()
    elif choices.language is None:
        context["step"] = "language"
        context["language_tiles"] = [
            (language, _with(choices, sprache=language.code)) for language in intake.languages()
        ]
    else:
        context["step"] = "services"
        context["fits"] = intake.fitting_services(choices)
        context["write_url"] = reverse("counselling:first-contact") + _with(choices)
    context["change"] = {
        "topic": _with(choices, thema="") if choices.topic else "",
        "town": _with(choices, ort="") if choices.town else "",
        "language": _with(choices, sprache="") if choices.language else "",
    }
    return render(request, "counselling/start.html", context)


def _chosen_service(choices: intake.Choices, value: str):
    fits = intake.fitting_services(choices)
    if value == "any":
        return fits[0].service if fits else None
    return next((fit.service for fit in fits if str(fit.service.pk) == value), None)


@ratelimit(key="ip", rate=settings.TREFFPUNKT_COUNSELLING_CASE_RATE, method="POST", block=False)
def first_contact(request):
    """Write a first message, or ask for a call back or an appointment."""
    choices = intake.read_choices(request.GET)
    service = _chosen_service(choices, request.GET.get("angebot", "")) if choices.complete else None
    if service is None:
        return redirect(reverse("counselling:start") + _with(choices))
    form = FirstContactForm(
        request.POST or None,
        request.FILES or None,
        initial={"interpreter_language": choices.language.code},
    )
    if getattr(request, "limited", False):
        form.add_error(None, _("Too many requests from your connection. Please try again later."))
    elif request.method == "POST" and form.is_valid():
        _case, token = cases.open_case(_first_contact_of(form.cleaned_data, choices, service))
        return redirect(reverse("counselling:case", args=[token]) + "?neu=1")
    context = {
        "form": form,
        "service": service,
        "choices": choices,
        "any": request.GET.get("angebot") == "any",
    }
    return _private(render(request, "counselling/first_contact.html", context))


def _first_contact_of(data: dict, choices: intake.Choices, service) -> cases.FirstContact:
    interpreter = data.get("interpreter_language")
    return cases.FirstContact(
        service=service,
        language=choices.language.code,
        text=data.get("text", ""),
        topic=choices.topic,
        municipality=choices.town,
        request=data["request"],
        mode=data.get("mode", ""),
        needs_interpreter=data.get("needs_interpreter", False),
        interpreter_language=interpreter.code if interpreter else "",
        phone=data.get("phone", ""),
        email=data.get("email", ""),
        attachment=data.get("attachment"),
        channel=choices.channel,
    )


def _case_or_404(token: str) -> Case:
    case = cases.case_for_token(token)
    if case is None:
        raise Http404
    return case


def _case_rate_key(group, request) -> str:
    token = request.resolver_match.kwargs.get("token", "")
    return hashlib.sha256(token.encode()).hexdigest()


@require_http_methods(["GET", "POST"])
def case(request, token: str):
    """The client's conversation: messages, who read it, a reply form, deletion."""
    case = _case_or_404(token)
    form = ReplyForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        limited = is_ratelimited(
            request,
            group="counselling-case",
            key=_case_rate_key,
            rate=settings.TREFFPUNKT_COUNSELLING_MESSAGE_RATE,
            increment=True,
        )
        if limited:
            form.add_error(None, _("You have sent many messages. Please wait a little."))
        elif form.is_valid():
            cases.client_writes(case, form.cleaned_data["text"], form.cleaned_data["attachment"])
            return redirect(reverse("counselling:case", args=[token]) + "#neueste")
    context = {
        "case": case,
        "token": token,
        "entries": cases.conversation(case, include_notes=False),
        "reads": case.reads.all()[:50],
        "interpreting": interpreters.requests_of(case),
        "referrals": case.referrals.all(),
        "appointments": appointments.upcoming(case),
        "absences": absences.current_for(case),
        "transfer": transfers.pending(case),
        "translation_offered": machine_translation.available(),
        "form": form,
        "is_new": "neu" in request.GET,
        "link": request.build_absolute_uri(reverse("counselling:case", args=[token])),
    }
    return _private(render(request, "counselling/case.html", context))


def appointment_ics(request, token: str, pk: int):
    """An appointment of the case as a calendar file."""
    case = _case_or_404(token)
    item = Appointment.objects.filter(case=case, pk=pk).select_related("case__service__offer")
    appointment = item.first()
    if appointment is None:
        raise Http404
    response = HttpResponse(appointments.ics(appointment), content_type="text/calendar")
    response["Content-Disposition"] = f'attachment; filename="{appointments.filename(appointment)}"'
    return _private(response)


@require_http_methods(["POST"])
def translation_consent(request, token: str):
    """The client allows machine translation of the conversation, or stops it."""
    case = _case_or_404(token)
    machine_translation.set_consent(case, request.POST.get("consent") == "1")
    return redirect(reverse("counselling:case", args=[token]) + "#uebersetzung")


@require_http_methods(["POST"])
def transfer(request, token: str):
    """The client accepts or declines handing the case over to another service."""
    case = _case_or_404(token)
    proposal = transfers.pending(case)
    if proposal is not None and str(proposal.pk) == request.POST.get("proposal"):
        decision = request.POST.get("decision")
        if decision == "accept":
            transfers.accept(proposal)
        elif decision == "decline":
            transfers.decline(proposal)
    return redirect(reverse("counselling:case", args=[token]))


@require_http_methods(["GET", "POST"])
def delete(request, token: str):
    """Delete the case at once, after one confirmation."""
    case = _case_or_404(token)
    form = DeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        cases.delete_case(case, CaseTally.Reason.CLIENT)
        return _private(render(request, "counselling/deleted.html"))
    return _private(render(request, "counselling/delete.html", {"form": form, "token": token}))


def attachment(request, token: str, pk: int):
    """A file of the conversation, decrypted for the client (never an internal note's)."""
    case = _case_or_404(token)
    item = (
        Attachment.objects.filter(message__case=case, pk=pk)
        .exclude(message__author="note")
        .select_related("message__case")
        .first()
    )
    if item is None:
        raise Http404
    return _private(_file_response(item))


def _file_response(item: Attachment) -> HttpResponse:
    response = HttpResponse(cases.attachment_bytes(item), content_type=item.content_type)
    extension = item.content_type.split("/")[-1]
    response["Content-Disposition"] = f'attachment; filename="datei-{item.pk}.{extension}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def data_protection(request):
    """How counselling data is protected, honestly."""
    context = {
        "retention_days": settings.TREFFPUNKT_COUNSELLING_RETENTION_DAYS,
        "unanswered_days": settings.TREFFPUNKT_COUNSELLING_UNANSWERED_DAYS,
    }
    return render(request, "counselling/data_protection.html", context)
