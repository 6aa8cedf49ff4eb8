"""The projection: the room's big screen, opened on the room's computer with the session's
secret link (often without a login). The current question, its results as they come in
(only when shown), the code and a QR code to join; the questions between polls."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.crypto import constant_time_compare
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .. import charts, fragments
from ..models import LiveSession
from .moderation import enter_url, join_url


@never_cache
def projection(request, code: str, key: str):
    session = get_object_or_404(
        LiveSession.objects.select_related("current_poll", "event"), code=code
    )
    if not constant_time_compare(key, session.projection_key):
        raise Http404
    values = fragments.context(session, "projection")
    values.update(
        {
            "oob": False,
            "language": get_language(),
            "join_url": join_url(session),
            "join_url_text": join_url(session).split("://", 1)[-1],
            "enter_url_text": enter_url().split("://", 1)[-1],
            "qr_code": charts.qr_code(join_url(session), _("QR code of the join link")),
        }
    )
    return render(request, "live/projection.html", values)
