"""The interpreter's pages: their counselling bookings, and a case during the appointment.

An interpreter sees a case only while booked for one of its appointments (from half an hour
before until the end) and only the messages a counsellor shared; outside that the page is
a 404, as for staff of other organisations. Every opening is logged for the client. Like
counsellors, interpreters confirm the login with a one-time code before a case is shown.
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from .. import cases, interpreters
from ..models import Attachment, Case
from .public import _file_response, _private
from .staff import verified_required


@login_required
def bookings(request):
    """The interpreter's counselling appointments that have not ended, with a link to the
    case while it is open."""
    now = timezone.now()
    rows = []
    for link in interpreters.bookings_of(request.user):
        opens, closes = interpreters.window(link)
        if closes >= now:
            rows.append({"link": link, "opens": opens, "closes": closes, "open": opens <= now})
    rows.sort(key=lambda row: row["opens"])
    return _private(render(request, "counselling/interpreter/bookings.html", {"rows": rows}))


def _case_now(request, pk: int) -> tuple[Case, list]:
    case = get_object_or_404(Case.objects.select_related("service__offer"), pk=pk)
    open_links = interpreters.open_bookings(request.user, case)
    if not open_links:
        raise Http404
    return case, open_links


@verified_required
def case_view(request, pk: int):
    case, open_links = _case_now(request, pk)
    cases.log_read(case, request.user, as_interpreter=True)
    context = {
        "case": case,
        "bookings": open_links,
        "entries": cases.conversation(case, include_notes=False, shared_only=True),
    }
    return _private(render(request, "counselling/interpreter/case.html", context))


@verified_required
def attachment(request, pk: int, file_pk: int):
    case, _links = _case_now(request, pk)
    item = get_object_or_404(
        Attachment.objects.select_related("message__case"),
        pk=file_pk,
        message__case=case,
        message__shared_with_interpreter=True,
    )
    cases.log_read(case, request.user, as_interpreter=True)
    return _private(_file_response(item))
