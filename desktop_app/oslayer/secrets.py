"""The sync account's password in the operating system's keyring: Secret Service (or KWallet)
on Linux, Credential Locker on Windows, Keychain on macOS, through the ``keyring`` library.

Never a file: where no keyring is found (or only a plain-text one, such as ``keyrings.alt``'s
file backend), :func:`keyring_problem` says so, nothing is stored, and the caller asks for
the password each time it is needed.

Which store: the one the user configured for ``keyring`` (``PYTHON_KEYRING_BACKEND``, or
``keyringrc.cfg``) wins; otherwise the platform's own, looked at directly. ``keyring``'s own
discovery would import every installed backend through the package entry points (0.2-0.3 s
here, most of a ``caravan sync`` with nothing new), so a third-party backend that is not
configured is not used.
"""

from __future__ import annotations

import importlib
import logging
import sys

import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Caravan sync"
# Backends that keep secrets in a readable file, or keep none.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
# The platform's own stores, as keyring names them.
if sys.platform == "win32":
    _NATIVE = ("keyring.backends.Windows.WinVaultKeyring",)
elif sys.platform == "darwin":
    _NATIVE = ("keyring.backends.macOS.Keyring",)
else:
    _NATIVE = (
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.libsecret.Keyring",
    )


def _key(server_url: str, username: str) -> str:
    return f"{username}@{server_url}"


def _native() -> KeyringBackend | None:
    """The platform's store that answers now, the highest of keyring's priorities first."""
    found: list[tuple[float, type[KeyringBackend]]] = []
    for name in _NATIVE:
        module_name, _, class_name = name.rpartition(".")
        try:
            module = importlib.import_module(module_name)
            backend: type[KeyringBackend] = getattr(module, class_name)
            found.append((float(backend.priority), backend))  # raises when it cannot work here
        except (ImportError, RuntimeError, AttributeError) as error:
            log.debug("keyring %s: %s", name, error)
    if not found:
        return None
    return max(found, key=lambda pair: pair[0])[1]()


def _backend() -> KeyringBackend | None:
    """The configured store, else the platform's; None when there is none."""
    return keyring.core.load_env() or keyring.core.load_config() or _native()


def _usable() -> KeyringBackend | None:
    """The store to use; None when there is none, or only a refused one."""
    backend = _backend()
    if backend is None:
        return None
    chained = getattr(backend, "backends", None)
    usable = [backend] if chained is None else list(chained)
    usable = [item for item in usable if not type(item).__module__.startswith(_REFUSED_MODULES)]
    return backend if usable else None


_NO_KEYRING = (
    "no keyring was found on this system (Secret Service, KWallet, the Windows "
    "Credential Locker or the macOS Keychain): the password cannot be kept"
)


def keyring_problem() -> str | None:
    """Why no password can be kept here; None when the system's keyring can."""
    return _NO_KEYRING if _usable() is None else None


def store_password(server_url: str, username: str, password: str) -> str | None:
    """Keep the password; the reason when it cannot be kept (then nothing was written)."""
    backend = _usable()
    if backend is None:
        return _NO_KEYRING
    try:
        backend.set_password(SERVICE, _key(server_url, username), password)
    except keyring.errors.KeyringError as error:
        return f"the keyring refused the password: {error}"
    return None


def load_password(server_url: str, username: str) -> str | None:
    """The kept password; None when there is none or no keyring (then ask the user)."""
    backend = _usable()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, _key(server_url, username))
    except keyring.errors.KeyringError as error:
        log.warning("the keyring could not be read: %s", error)
        return None


def delete_password(server_url: str, username: str) -> None:
    backend = _usable()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _key(server_url, username))
    except keyring.errors.PasswordDeleteError:
        pass  # none was kept
    except keyring.errors.KeyringError as error:
        log.warning("the keyring could not be changed: %s", error)
