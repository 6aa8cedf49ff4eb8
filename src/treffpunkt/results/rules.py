"""Who may work on results.

Protocols and their statements belong to the event they record: its organisers (moderators
and editors of an organising organisation) and coordinators write them. Recommendations
belong to the organisation responsible for them (and the organisers of the event they came
from): their editors and coordinators change them. The history of a recommendation's status
is written by `tracking.change_status`, never edited by hand.
"""

import rules

from treffpunkt.network.rules import can_edit, can_moderate, is_coordinator

# Admin index: the app shows for everyone who may change anything in it.
rules.add_perm("results", can_moderate)

for model in ("protocol", "statement"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"results.{action}_{model}", can_moderate)
# Importing raw protocols and chat logs, and the documentation of an event, are organisers' work.
rules.add_perm("results.import_protocol", can_moderate)
rules.add_perm("results.document_event", can_moderate)

rules.add_perm("results.view_recommendation", can_moderate)
rules.add_perm("results.add_recommendation", can_edit)
rules.add_perm("results.change_recommendation", can_edit)
rules.add_perm("results.delete_recommendation", is_coordinator)

rules.add_perm("results.view_statuschange", can_moderate)
rules.add_perm("results.add_statuschange", rules.always_deny)  # through the tracking only
rules.add_perm("results.change_statuschange", rules.always_deny)
rules.add_perm("results.delete_statuschange", is_coordinator)
