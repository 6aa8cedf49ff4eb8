"""The documentation of an event as a download: one click for the Word file, one for the PDF.

Who may see the protocol list of an event may download its documentation
(`results.document_event`, the same predicate as `results.change_protocol`).
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from treffpunkt.events.models import Event

from ..documentation import content, docx, pdf

RENDERERS = {"docx": docx, "pdf": pdf}


def _download(request, event_pk: int, extension: str) -> HttpResponse:
    event = get_object_or_404(Event, pk=event_pk)
    if not request.user.has_perm("results.document_event", event):
        raise PermissionDenied
    doc = content.collect(event)
    renderer = RENDERERS[extension]
    response = HttpResponse(renderer.build(doc), content_type=renderer.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{doc.filename_stem}.{extension}"'
    response["Cache-Control"] = "private, no-store"  # protocols are not for shared caches
    return response


@login_required
@require_GET
def documentation_docx(request, event_pk: int):
    """The documentation of the event as a Word document."""
    return _download(request, event_pk, "docx")


@login_required
@require_GET
def documentation_pdf(request, event_pk: int):
    """The documentation of the event as PDF."""
    return _download(request, event_pk, "pdf")
