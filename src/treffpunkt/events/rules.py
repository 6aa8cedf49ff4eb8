"""Who may organise events: moderators and editors of an organising organisation, and
coordinators. Participants need no account; their personal link is their key."""

import rules

from treffpunkt.network.rules import can_moderate, is_coordinator

rules.add_perm("events", can_moderate)
for model in ("event", "eventseries", "room", "agendaitem", "speaker", "registration"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"events.{action}_{model}", can_moderate)
rules.add_perm("events.view_participant", can_moderate)
rules.add_perm("events.change_participant", is_coordinator)
rules.add_perm("events.delete_participant", is_coordinator)
