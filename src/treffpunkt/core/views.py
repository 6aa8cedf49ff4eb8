"""Public pages of the site frame: home, imprint, privacy notice."""

from django.shortcuts import render

from treffpunkt.network.models import FieldOfAction, Network

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
