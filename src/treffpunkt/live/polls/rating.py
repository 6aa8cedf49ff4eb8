"""Rate each item on a scale (1 to 5): "Wie wichtig sind die folgenden Empfehlungen?"."""

from collections import Counter

from django.utils.translation import gettext as _

from . import counting
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
        given: dict[str, Counter] = {}
        for answer in answers:
            for item_id, value in answer.items():
                given.setdefault(item_id, Counter())[value] += 1
        return self._summed(poll, len(answers), given)

    def tally(self, poll) -> dict:
        if not counting.supported():
            return super().tally(poll)
        given: dict[str, Counter] = {}
        for item_id, value, n in counting.object_members(poll):
            given.setdefault(item_id, Counter())[int(value)] += n
        return self._summed(poll, counting.voters(poll), given)

    @staticmethod
    def _summed(poll, voters: int, given: dict[str, Counter]) -> dict:
        """Results from how often each value was given per item (keys: item ids as text)."""
        items = []
        for item in poll.items.all():
            values = given.get(str(item.pk), Counter())
            n = sum(values.values())
            items.append(
                {
                    "id": item.pk,
                    "text": item.text,
                    "n": n,
                    "mean": sum(value * k for value, k in values.items()) / n if n else None,
                    "distribution": [values[value] for value in range(1, poll.scale_max + 1)],
                }
            )
        items.sort(key=lambda row: (row["mean"] is None, -(row["mean"] or 0), row["text"]))
        return {"voters": voters, "scale_max": poll.scale_max, "items": items}
