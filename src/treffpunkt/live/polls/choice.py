"""Single and multiple choice: "Welche Handlungsempfehlung zuerst diskutieren? A–D"."""

from django.utils.translation import gettext as _

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
        counts = {item.pk: 0 for item in poll.items.all()}
        for answer in answers:
            for item_id in answer.get("choices", []):
                if item_id in counts:
                    counts[item_id] += 1
        voters = len(answers)
        items = [
            {"id": item.pk, "text": item.text, "count": counts[item.pk],
             "share": counts[item.pk] / voters if voters else 0.0}
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
