"""Who may do what with good-practice profiles: editors their organisation's, coordinators all.

A profile belongs to its provider; one without a provider in the network only coordinators
change. Visitors see published profiles and need no permission for that.
"""

import rules

from treffpunkt.network.rules import can_edit

rules.add_perm("practice", can_edit)

for action in ("view", "add", "change", "delete"):
    rules.add_perm(f"practice.{action}_goodpractice", can_edit)
