"""Single and multiple choice: "Welche Handlungsempfehlung zuerst diskutieren? A–D"."""

from collections import Counter

from django.utils.translation import gettext as _

from . import counting
from .base import PollType, register


class _Choice(PollType):
    def chosen(self, poll, data) -> list[int]:
        known = set(self.item_ids(poll))
        chosen = []
        for raw in self.values(data, "choice"):
            self.require(
                str(raw).isdigit() and int(raw) in known, _("Please choose one of the options.")
            )
            if int(raw) not in chosen:
                chosen.append(int(raw))
        self.require(bool(chosen), _("Please choose an option."))
        return chosen

    def aggregate(self, poll, answers: list) -> dict:
        counts: Counter = Counter()
        for answer in answers:
            counts.update(answer.get("choices", []))
        return self._summed(poll, len(answers), counts)

    def tally(self, poll) -> dict:
        if not counting.supported():
            return super().tally(poll)
        counts = {int(item): n for item, n, _places in counting.array_elements(poll, "choices")}
        return self._summed(poll, counting.voters(poll), counts)

    @staticmethod
    def _summed(poll, voters: int, counts) -> dict:
        """Results from the number of answers naming each item (unknown items left out)."""
        items = [
            {"id": item.pk, "text": item.text, "count": counts.get(item.pk, 0),
             "share": counts.get(item.pk, 0) / voters if voters else 0.0}
            for item in poll.items.all()
        ]  # fmt: skip
        return {"voters": voters, "items": items}


@register
class SingleChoicePoll(_Choice):
    kind = "single"

    def answer_from(self, poll, data) -> dict:
        chosen = self.chosen(poll, data)
        self.require(len(chosen) == 1, _("Please choose exactly one option."))
        return {"choices": chosen}


@register
class MultipleChoicePoll(_Choice):
    kind = "multiple"

    def answer_from(self, poll, data) -> dict:
        return {"choices": self.chosen(poll, data)}
