"""Permission rules of the network app, and the predicates later apps reuse.

An editor may change only what belongs to their organisation; a coordinator may change
everything. Checked with `user.has_perm("network.change_organisation", obj)`.
"""

import rules

from . import roles
from .models import Membership

Role = Membership.Role


@rules.predicate
def is_coordinator(user) -> bool:
    return roles.is_coordinator(user)


def _holds_role_for(role_names: tuple[str, ...]):
    """A predicate: the user holds one of `role_names` in an organisation owning the object.

    Without an object (list views, "may add?") it asks whether the user holds the role
    anywhere; the list is then narrowed to the user's organisations.
    """

    @rules.predicate(name=f"holds_{'_or_'.join(role_names)}_role_for_owner")
    def predicate(user, obj=None) -> bool:
        own = roles.organisation_ids(user, *role_names)
        if obj is None:
            return bool(own)
        return bool(own & roles.owner_organisation_ids(obj))

    return predicate


is_editor_of_owner = _holds_role_for((Role.EDITOR,))
is_moderator_of_owner = _holds_role_for((Role.MODERATOR,))
is_member_of_owner = _holds_role_for((Role.EDITOR, Role.MODERATOR, Role.COORDINATOR))

can_edit = is_coordinator | is_editor_of_owner
can_moderate = is_coordinator | is_moderator_of_owner | is_editor_of_owner

# Admin index: the app shows for everyone who may change anything in it.
rules.add_perm("network", can_edit)

# Organisations: editors keep their own organisation's profile current.
rules.add_perm("network.view_organisation", can_edit)
rules.add_perm("network.change_organisation", can_edit)
rules.add_perm("network.add_organisation", is_coordinator)
rules.add_perm("network.delete_organisation", is_coordinator)

# Who may do what is the coordinators' business alone, as are the shared vocabularies.
for model in ("membership", "network", "municipality", "fieldofaction", "targetgroup", "language"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"network.{action}_{model}", is_coordinator)
