"""Who may see which case: only active counsellors of the organisation that runs the service,
and, during an appointment, the interpreter the pool booked for it (shared messages only).

Deliberately no coordinator or superuser shortcut: coordinators look after the network and
see statistics, not conversations; editors of an organisation are not its counsellors.
"""

import rules

from treffpunkt.network.rules import can_edit

from .models import Counsellor


def counselling_organisation_ids(user) -> set[int]:
    """Organisations in whose counselling team the user works (cached on the user)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return set()
    cached = getattr(user, "_counselling_orgs", None)
    if cached is None:
        cached = set(
            Counsellor.objects.filter(
                user=user, is_active=True, organisation__is_active=True
            ).values_list("organisation_id", flat=True)
        )
        user._counselling_orgs = cached
    return cached


@rules.predicate
def is_counsellor(user) -> bool:
    return bool(counselling_organisation_ids(user))


@rules.predicate
def is_counsellor_of_case(user, case) -> bool:
    return case is not None and case.service.organisation_id in counselling_organisation_ids(user)


# Editors set up their organisation's services and team; coordinators everything.
rules.add_perm("counselling", can_edit)
for model in ("counsellingservice", "counsellor"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"counselling.{action}_{model}", can_edit)

rules.add_perm("counselling.use_inbox", is_counsellor)
rules.add_perm("counselling.view_case", is_counsellor_of_case)
rules.add_perm("counselling.change_case", is_counsellor_of_case)


@rules.predicate
def is_interpreter_of_case_now(user, case) -> bool:
    """The pool booked this user for an appointment of the case, and it is on now."""
    from .interpreters import may_interpret

    return may_interpret(user, case)


rules.add_perm("counselling.interpret_case", is_interpreter_of_case_now)
