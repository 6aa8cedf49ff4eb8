import pytest

from treffpunkt.live import broadcast, consumers


@pytest.fixture(autouse=True)
def forget_polls_and_claims():
    """The WebSockets keep polls for a second, and a worker notes its claims of updates; a
    rolled-back test's numbers come again."""
    consumers.forget_polls()
    broadcast.forget()
    yield
    consumers.forget_polls()
    broadcast.forget()
