"""Who may do what in the directory: editors their organisation's offers, coordinators all."""

import rules

from treffpunkt.network.rules import can_edit, is_coordinator

rules.add_perm("directory", can_edit)

for model in ("offer", "location", "schedule", "contactchannel", "offertranslation"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"directory.{action}_{model}", can_edit)

# Shared vocabulary and search tuning belong to the coordinators.
for model in ("accessibilityfeature", "synonym"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"directory.{action}_{model}", is_coordinator)

# Importing writes many offers at once: editors for their organisation, coordinators for all.
rules.add_perm("directory.import_offers", can_edit)
