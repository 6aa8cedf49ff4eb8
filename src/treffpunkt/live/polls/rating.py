"""Rate each item on a scale (1 to 5): "Wie wichtig sind die folgenden Empfehlungen?"."""

from django.utils.translation import gettext as _

from .base import PollType, register


@register
class RatingPoll(PollType):
    kind = "rating"

    def answer_from(self, poll, data) -> dict[str, int]:
        answer = {}
        for item_id in self.item_ids(poll):
            raw = (self.values(data, f"item-{item_id}") or [""])[0]
            if raw in ("", None):
                continue  # an item may be left out
            self.require(
                str(raw).isdigit() and 1 <= int(raw) <= poll.scale_max,
                _("Please choose a value on the scale."),
            )
            answer[str(item_id)] = int(raw)
        self.require(bool(answer), _("Please rate at least one item."))
        return answer

    def aggregate(self, poll, answers: list) -> dict:
        items = []
        for item in poll.items.all():
            given = [a[str(item.pk)] for a in answers if str(item.pk) in a]
            distribution = [given.count(value) for value in range(1, poll.scale_max + 1)]
            mean = sum(given) / len(given) if given else None
            items.append(
                {
                    "id": item.pk,
                    "text": item.text,
                    "n": len(given),
                    "mean": mean,
                    "distribution": distribution,
                }
            )
        items.sort(key=lambda row: (row["mean"] is None, -(row["mean"] or 0), row["text"]))
        return {"voters": len(answers), "scale_max": poll.scale_max, "items": items}
