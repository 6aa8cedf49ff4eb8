"""Who runs live sessions: moderators and editors of the event's organisations, coordinators.
Participants need no account."""

import rules

from treffpunkt.network.rules import can_moderate

rules.add_perm("live", can_moderate)
for model in (
    "livesession",
    "poll",
    "pollitem",
    "question",
    "chatmessage",
    "openanswer",
    "termrule",
):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"live.{action}_{model}", can_moderate)
