"""The sync account's password in the operating system's keyring: Secret Service on Linux,
Credential Locker on Windows, Keychain on macOS (the ``keyring`` library picks it).

Never a file: where no keyring is found (or only a plain-text one, such as ``keyrings.alt``'s
file backend), :func:`keyring_problem` says so, nothing is stored, and the caller asks for
the password each time it is needed.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Caravan sync"
# Backends that keep secrets in a readable file, or keep none.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _key(server_url: str, username: str) -> str:
    return f"{username}@{server_url}"


def _backend() -> KeyringBackend:
    return keyring.get_keyring()


def keyring_problem() -> str | None:
    """Why no password can be kept here; None when the system's keyring can."""
    backend = _backend()
    chained = getattr(backend, "backends", None)
    usable = [backend] if chained is None else list(chained)
    usable = [item for item in usable if not type(item).__module__.startswith(_REFUSED_MODULES)]
    if not usable:
        return (
            "no keyring was found on this system (Secret Service, KWallet, the Windows "
            "Credential Locker or the macOS Keychain): the password cannot be kept"
        )
    return None


def store_password(server_url: str, username: str, password: str) -> str | None:
    """Keep the password; the reason when it cannot be kept (then nothing was written)."""
    problem = keyring_problem()
    if problem is not None:
        return problem
    try:
        _backend().set_password(SERVICE, _key(server_url, username), password)
    except keyring.errors.KeyringError as error:
        return f"the keyring refused the password: {error}"
    return None


def load_password(server_url: str, username: str) -> str | None:
    """The kept password; None when there is none or no keyring (then ask the user)."""
    if keyring_problem() is not None:
        return None
    try:
        return _backend().get_password(SERVICE, _key(server_url, username))
    except keyring.errors.KeyringError as error:
        log.warning("the keyring could not be read: %s", error)
        return None


def delete_password(server_url: str, username: str) -> None:
    if keyring_problem() is not None:
        return
    try:
        _backend().delete_password(SERVICE, _key(server_url, username))
    except keyring.errors.PasswordDeleteError:
        pass  # none was kept
    except keyring.errors.KeyringError as error:
        log.warning("the keyring could not be changed: %s", error)
