"""Put items in order. Results by Borda count: with n items, first place earns n points,
second n - 1, … last 1; items are sorted by their points (ties by average place)."""

from django.utils.translation import gettext as _

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
        items = {
            item.pk: {"id": item.pk, "text": item.text, "points": 0, "places": []}
            for item in poll.items.all()
        }
        n = len(items)
        for answer in answers:
            for place, item_id in enumerate(answer.get("order", []), start=1):
                if item_id in items:
                    items[item_id]["points"] += n - place + 1
                    items[item_id]["places"].append(place)
        rows = []
        for row in items.values():
            places = row.pop("places")
            row["mean_place"] = sum(places) / len(places) if places else None
            rows.append(row)
        rows.sort(key=lambda r: (-r["points"], r["mean_place"] or n + 1, r["text"]))
        return {"voters": len(answers), "items": rows, "method": "borda"}
