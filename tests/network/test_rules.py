"""The object-permission rule every app reuses, proved both ways as a role × object matrix."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tests.factories import OrganisationFactory, user_with_role
from treffpunkt.network.models import Membership

Role = Membership.Role


@pytest.fixture
def users(organisation, other_organisation, coordinator, editor, moderator, outsider):
    return {
        "coordinator": coordinator,
        "editor": editor,
        "moderator": moderator,
        "editor_elsewhere": user_with_role(Role.EDITOR, other_organisation),
        "outsider": outsider,
        "anonymous": AnonymousUser(),
    }


CHANGE_ORGANISATION = [
    # (user, own organisation?, allowed)
    ("coordinator", True, True),
    ("coordinator", False, True),
    ("editor", True, True),
    ("editor", False, False),
    ("moderator", True, False),
    ("editor_elsewhere", True, False),
    ("outsider", True, False),
    ("anonymous", True, False),
]


@pytest.mark.parametrize(("who", "own", "allowed"), CHANGE_ORGANISATION)
def test_change_organisation(users, organisation, other_organisation, who, own, allowed):
    target = organisation if own else other_organisation

    assert users[who].has_perm("network.change_organisation", target) is allowed


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("coordinator", True), ("editor", False), ("moderator", False), ("outsider", False)],
)
def test_only_coordinators_hand_out_roles(users, organisation, who, allowed):
    membership = Membership.objects.filter(organisation=organisation).first()

    assert users[who].has_perm("network.change_membership", membership) is allowed
    assert users[who].has_perm("network.add_membership") is allowed


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("coordinator", True), ("editor", False), ("outsider", False), ("anonymous", False)],
)
def test_only_coordinators_create_organisations(users, who, allowed):
    assert users[who].has_perm("network.add_organisation") is allowed


def test_an_object_with_an_organisation_belongs_to_it(editor, organisation, other_organisation):
    membership_of_own = Membership.objects.get(user=editor)
    membership_elsewhere = Membership(organisation=other_organisation, role=Role.EDITOR)

    from treffpunkt.network.rules import can_edit

    assert can_edit.test(editor, membership_of_own) is True
    assert can_edit.test(editor, membership_elsewhere) is False


def test_an_object_owned_by_several_organisations(editor, organisation):
    class JointEvent:
        def owner_organisation_ids(self):
            return [OrganisationFactory().pk, organisation.pk]

    from treffpunkt.network.rules import can_edit

    assert can_edit.test(editor, JointEvent()) is True


def test_inactive_organisation_grants_nothing(editor, organisation):
    organisation.is_active = False
    organisation.save()
    fresh_editor = type(editor).objects.get(pk=editor.pk)  # no cached roles

    assert fresh_editor.has_perm("network.change_organisation", organisation) is False


def test_superuser_counts_as_coordinator(db, other_organisation):
    from tests.factories import UserFactory

    admin = UserFactory(is_superuser=True)

    assert admin.has_perm("network.change_organisation", other_organisation) is True
