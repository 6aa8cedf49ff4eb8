"""Put items in order. Results by Borda count: with n items, first place earns n points,
second n - 1, … last 1; items are sorted by their points (ties by average place)."""

from django.utils.translation import gettext as _

from . import counting
from .base import PollType, register


@register
class RankingPoll(PollType):
    kind = "ranking"

    def answer_from(self, poll, data) -> dict:
        ids = self.item_ids(poll)
        order = self.values(data, "order")
        if order:  # JavaScript sends the order directly
            self.require(
                all(str(v).isdigit() for v in order), _("Please put every item in a place.")
            )
            order = [int(v) for v in order]
        else:  # without JavaScript: one place number per item
            places = {}
            for item_id in ids:
                raw = (self.values(data, f"place-{item_id}") or [""])[0]
                self.require(str(raw).isdigit(), _("Please put every item in a place."))
                places[item_id] = int(raw)
            self.require(
                sorted(places.values()) == list(range(1, len(ids) + 1)),
                _("Each place may be given once."),
            )
            order = sorted(ids, key=places.get)
        self.require(sorted(order) == sorted(ids), _("Please put every item in a place."))
        return {"order": order}

    def aggregate(self, poll, answers: list) -> dict:
        places: dict[int, list[int]] = {}
        for answer in answers:
            for place, item_id in enumerate(answer.get("order", []), start=1):
                places.setdefault(item_id, []).append(place)
        given = {item_id: (len(found), sum(found)) for item_id, found in places.items()}
        return self._summed(poll, len(answers), given)

    def tally(self, poll) -> dict:
        if not counting.supported():
            return super().tally(poll)
        given = {
            int(item): (n, place_sum)
            for item, n, place_sum in counting.array_elements(poll, "order")
        }
        return self._summed(poll, counting.voters(poll), given)

    @staticmethod
    def _summed(poll, voters: int, given: dict[int, tuple[int, int]]) -> dict:
        """Results from (times placed, sum of places) per item: with n items a place p earns
        n - p + 1 points, so an item's points are times × (n + 1) - sum of places."""
        items = list(poll.items.all())
        n = len(items)
        rows = []
        for item in items:
            times, place_sum = given.get(item.pk, (0, 0))
            rows.append(
                {
                    "id": item.pk,
                    "text": item.text,
                    "points": times * (n + 1) - place_sum,
                    "mean_place": place_sum / times if times else None,
                }
            )
        rows.sort(key=lambda r: (-r["points"], r["mean_place"] or n + 1, r["text"]))
        return {"voters": voters, "items": rows, "method": "borda"}
