"""Who sees the dashboard: coordinators the whole network, editors their organisation's part."""

import rules

from treffpunkt.network.rules import is_coordinator, is_editor_of_owner

rules.add_perm("dashboard.view_dashboard", is_coordinator | is_editor_of_owner)
# Snapshots for the committee and the residents' figures are the coordinators' business.
rules.add_perm("dashboard.add_reportsnapshot", is_coordinator)
rules.add_perm("dashboard.view_reportsnapshot", is_coordinator)
rules.add_perm("dashboard.add_residentcount", is_coordinator)
rules.add_perm("dashboard", is_coordinator)
for action in ("view", "change", "delete"):
    rules.add_perm(f"dashboard.{action}_residentcount", is_coordinator)
rules.add_perm("dashboard.change_reportsnapshot", is_coordinator)
rules.add_perm("dashboard.delete_reportsnapshot", is_coordinator)
