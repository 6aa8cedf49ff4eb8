"""The installable web app's pages: manifest, service worker, offline page, saved offers."""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from . import pwa


@require_GET
def manifest(request):
    return JsonResponse(
        pwa.manifest(get_language()),
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def service_worker(request):
    response = HttpResponse(
        pwa.service_worker_source(), content_type="application/javascript; charset=utf-8"
    )
    # Served from the root so that its scope covers every language; browsers re-check it.
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline(request):
    """Shown by the service worker instead of a page that was not saved on the device."""
    return render(request, "core/pwa/offline.html")


@require_GET
def saved_offers(request):
    """Offers saved on this device: the list is kept and rendered by the browser."""
    return render(request, "core/pwa/saved_offers.html")
