"""Who may translate: coordinators everything; editors their own organisation's offers.

`user.has_perm("translations.translate", obj)` with the object to translate (an offer, an
event, …); the dashboard is for coordinators and, limited to their offers, for editors.
"""

import rules

from treffpunkt.network.rules import is_coordinator, is_editor_of_owner

from . import registry


@rules.predicate
def is_translatable_by_editors(user, obj) -> bool:
    translatable = registry.for_object(obj)
    return bool(translatable and translatable.editors_may_translate)


rules.add_perm(
    "translations.translate", is_coordinator | (is_translatable_by_editors & is_editor_of_owner)
)
rules.add_perm("translations.view_dashboard", is_coordinator | is_editor_of_owner)

# The back office's list of translations is the coordinators' (editing happens in the editor).
rules.add_perm("translations", is_coordinator)
for action in ("view", "add", "change", "delete"):
    rules.add_perm(f"translations.{action}_contenttranslation", is_coordinator)
