"""Envelope encryption of counselling data with Fernet (AES-128-CBC + HMAC-SHA256).

Each case has its own data key; the database holds it only wrapped (encrypted) by the master
keys from TREFFPUNKT_COUNSELLING_KEYS. The first master key encrypts, all of them decrypt
(MultiFernet), so an operator rotates by putting a new key first and running
`treffpunkt rotate_counselling_keys`, then removing the old one. Keys live on the server:
this protects a stolen database or backup, not against the server's operator.
"""

import base64
import hashlib
import logging
from functools import cache

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)


def development_key() -> bytes:
    """A key derived from SECRET_KEY, for DEBUG installations only."""
    digest = hashlib.sha256(b"treffpunkt-counselling:" + settings.SECRET_KEY.encode()).digest()
    return base64.urlsafe_b64encode(digest)


def configured_keys() -> list[bytes]:
    return [key.strip().encode() for key in settings.TREFFPUNKT_COUNSELLING_KEYS if key.strip()]


@cache
def _master(keys: tuple[bytes, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key) for key in keys])


@cache
def _warn_once() -> None:
    logger.warning(
        "COUNSELLING DATA IS ENCRYPTED WITH A DEVELOPMENT KEY DERIVED FROM SECRET_KEY. "
        "Set TREFFPUNKT_COUNSELLING_KEYS before real people use counselling."
    )


def master() -> MultiFernet:
    """The master keys; a derived development key (with a loud warning) while DEBUG is on."""
    keys = configured_keys()
    if not keys:
        if not settings.DEBUG:
            raise ImproperlyConfigured("Set TREFFPUNKT_COUNSELLING_KEYS (see README).")
        keys = [development_key()]
        _warn_once()
    return _master(tuple(keys))


def new_wrapped_key() -> bytes:
    """A fresh data key for a case, wrapped by the current master key."""
    return master().encrypt(Fernet.generate_key())


def rewrap(wrapped_key: bytes) -> bytes:
    """The same data key, wrapped by the newest master key."""
    return master().rotate(bytes(wrapped_key))


class CaseCipher:
    """Encrypts and decrypts one case's texts and files with its data key."""

    def __init__(self, wrapped_key: bytes):
        self._fernet = Fernet(master().decrypt(bytes(wrapped_key)))

    def encrypt(self, data: bytes) -> bytes:
        return self._fernet.encrypt(data)

    def decrypt(self, token: bytes) -> bytes:
        return self._fernet.decrypt(bytes(token))

    def encrypt_text(self, text: str) -> bytes:
        return self.encrypt(text.encode())

    def decrypt_text(self, token: bytes) -> str:
        return self.decrypt(token).decode() if token else ""
