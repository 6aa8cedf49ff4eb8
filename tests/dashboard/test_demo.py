"""The demo residents: marked as demo, the same every run."""

from treffpunkt.dashboard import demo
from treffpunkt.dashboard.models import ResidentCount


def test_demo_residents_are_marked_and_loading_twice_changes_nothing(places, vocab, monkeypatch):
    monkeypatch.setattr(demo, "DISTRICT", places["kreis"].slug)

    demo.load()
    first = sorted(ResidentCount.objects.values_list("municipality__slug", "residents"))
    demo.load()
    second = sorted(ResidentCount.objects.values_list("municipality__slug", "residents"))

    assert first == second
    assert len(first) > 0
    assert set(ResidentCount.objects.values_list("is_demo", "language__code")) <= {(True, "ar")}


def test_demo_leaves_imported_numbers_alone(places, vocab, monkeypatch):
    monkeypatch.setattr(demo, "DISTRICT", places["kreis"].slug)
    ResidentCount.objects.create(municipality=places["marl"], language=vocab["ar"], residents=7)

    demo.load()

    assert (
        ResidentCount.objects.filter(is_demo=False).values_list("residents", flat=True).get() == 7
    )
