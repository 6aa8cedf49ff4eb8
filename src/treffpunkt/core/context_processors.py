"""Values every page template needs."""

from django.conf import settings


def site(request):
    return {
        "site_name": settings.TREFFPUNKT_SITE_NAME,
        "site_operator": settings.TREFFPUNKT_OPERATOR,
    }
