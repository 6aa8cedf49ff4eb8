"""ASGI entry point (uvicorn treffpunkt.asgi:application): pages over HTTP, live updates
over WebSockets."""

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "treffpunkt.settings")
django_application = get_asgi_application()  # sets Django up before the imports below

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from treffpunkt.live.routing import websocket_urlpatterns  # noqa: E402
from treffpunkt.operations.metrics import LiveConnectionMetrics  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_application,
        "websocket": LiveConnectionMetrics(
            AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns)))
        ),
    }
)

# What the worker has loaded by now (Django, the URLs, the apps) lives as long as the worker:
# keep it out of the cyclic garbage collector's full passes, which otherwise walked all of it
# and paused a search for 80–130 ms every few hundred requests (12–21 ms frozen, measured
# with bench/search.py's queries at 200,000 offers).
gc.freeze()
