import pytest

from treffpunkt.network import demo as network_demo
from treffpunkt.practice import demo, search


@pytest.fixture(autouse=True)
def fresh_corpus():
    """The corpus lives per process; rolled-back tests must not see each other's."""
    search.forget()
    yield
    search.forget()


@pytest.fixture
def demo_practices(db):
    """The demo profiles on the demo network (without offers and recommendations)."""
    network_demo.load()
    demo.load()
