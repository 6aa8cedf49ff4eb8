import pytest

from treffpunkt.events import notifications


@pytest.fixture
def sent(monkeypatch):
    """Record which notifications the registration service asked for (instead of e-mails)."""
    calls = []
    for name in ("registration_received", "registration_cancelled", "moved_up"):
        monkeypatch.setattr(
            notifications, name, lambda *args, _name=name: calls.append((_name, args))
        )
    return calls
