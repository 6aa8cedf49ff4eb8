"""Who may do what on the dashboard: every permission × every role."""

import pytest

pytestmark = pytest.mark.django_db

PERMISSIONS = [
    "dashboard.view_dashboard",
    "dashboard.add_reportsnapshot",
    "dashboard.view_reportsnapshot",
    "dashboard.add_residentcount",
]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("coordinator", [True, True, True, True]),
        ("editor", [True, False, False, False]),
        ("moderator", [False, False, False, False]),
        ("outsider", [False, False, False, False]),
    ],
)
def test_permission_matrix(role, expected, request):
    user = request.getfixturevalue(role)

    assert [user.has_perm(permission) for permission in PERMISSIONS] == expected
