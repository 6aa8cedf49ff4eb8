"""Public pages of the site frame: home, imprint, privacy notice, accessibility statement."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django_ratelimit.decorators import ratelimit

from treffpunkt.network.models import FieldOfAction, Network

from . import accessibility
from .forms_accessibility import FeedbackForm
from .models import LegalText


def home(request):
    networks = Network.objects.select_related("region").with_member_counts()
    context = {
        "fields_of_action": FieldOfAction.objects.all(),
        "networks": networks,
    }
    return render(request, "core/home.html", context)


def legal_text(request, kind: str):
    text = LegalText.objects.filter(kind=kind).first()
    return render(
        request,
        "core/legal_text.html",
        {"kind": kind, "title": LegalText.Kind(kind).label, "text": text},
    )


@ratelimit(key="ip", rate=settings.TREFFPUNKT_FEEDBACK_RATE, method="POST", block=False)
def accessibility_statement(request):
    """The statement BITV 2.0 requires, with a form to report barriers to the operator."""
    form = FeedbackForm(request.POST or None, initial={"page": request.GET.get("seite", "")})
    if getattr(request, "limited", False):
        form.add_error(None, _("Too many messages from your connection. Please try again later."))
    elif request.method == "POST" and form.is_valid():
        accessibility.send_feedback(form.feedback())
        return redirect(f"{reverse('core:accessibility')}?gesendet=1")
    context = {
        "facts": accessibility.statement_facts(),
        "form": form,
        "sent": request.method == "GET" and "gesendet" in request.GET,
    }
    return render(request, "core/accessibility.html", context)
