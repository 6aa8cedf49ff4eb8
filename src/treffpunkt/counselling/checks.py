"""A production installation refuses to run counselling without master keys."""

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, Tags, register

from .crypto import configured_keys


@register(Tags.security, deploy=False)
def counselling_keys(app_configs, **kwargs):
    keys = configured_keys()
    if not keys and not settings.DEBUG:
        return [
            Error(
                "TREFFPUNKT_COUNSELLING_KEYS is not set: counselling messages cannot be encrypted.",
                hint='Generate one with: python -c "from cryptography.fernet import Fernet; '
                'print(Fernet.generate_key().decode())"',
                id="counselling.E001",
            )
        ]
    errors = []
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except ValueError:
            errors.append(
                Error(
                    f"Key {position} of TREFFPUNKT_COUNSELLING_KEYS is not a Fernet key.",
                    id="counselling.E002",
                )
            )
    return errors
