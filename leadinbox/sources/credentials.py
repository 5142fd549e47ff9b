"""The secrets of connected sources (a SAS token, a connection string, a password): in the system keyring where
there is one, else in a file only the user can read in the config folder. Never in the database, its backups,
exports or logs: the database keeps only the id a secret is filed under."""

from __future__ import annotations

import logging
import os
import re
import secrets
from pathlib import Path

from leadinbox.paths import config_dir, private_dir

SERVICE = "LeadInbox"                    # the keyring's service name; the credential id is the user name
_ID = re.compile(r"[a-z]+-[0-9a-f]{32}")
log = logging.getLogger(__name__)


def new_id(kind: str = "source") -> str:
    """A fresh credential id ('source-3f…'): random, so two databases never share (or forget) one secret."""
    return f"{kind}-{secrets.token_hex(16)}"


def _keyring():
    """The keyring module when a real backend is there (a desktop's Secret Service, macOS Keychain, Windows
    Credential Manager), else None. Imported here: only a connected source pays for it."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:      # pragma: no cover - a dependency; a stripped bundle falls back to the file
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:   # noqa: BLE001 - a broken backend configuration is no keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    if type(backend).__name__ == "ChainerBackend" and not getattr(backend, "backends", None):
        return None
    return keyring


class CredentialStore:
    """Saves, finds and forgets secrets by id. `folder` is where the fallback files go (config/credentials);
    `use_keyring=False` keeps to files (the tests; a machine whose keyring the user does not want)."""

    def __init__(self, folder: Path | None = None, *, use_keyring: bool = True) -> None:
        self.folder = folder or config_dir() / "credentials"
        self.use_keyring = use_keyring

    def _file(self, credential_id: str) -> Path:
        if not _ID.fullmatch(credential_id):
            raise ValueError("not a credential id")
        return self.folder / f"{credential_id}.secret"

    def save(self, credential_id: str, secret: str) -> str:
        """Keep `secret` under `credential_id`; returns where it went: 'keyring' or 'file'."""
        path = self._file(credential_id)
        keyring = _keyring() if self.use_keyring else None
        if keyring is not None:
            try:
                keyring.set_password(SERVICE, credential_id, secret)
                path.unlink(missing_ok=True)
                return "keyring"
            except Exception as exc:  # noqa: BLE001 - a locked or refusing keyring: the file is the way left
                log.warning("the keyring refused to keep a credential (%s); keeping it in a private file",
                            type(exc).__name__)
        private_dir(self.folder)
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        # Created readable by the user only, before a byte of the secret is in it.
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(handle, secret.encode("utf-8"))
            os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(partial, path)
        return "file"

    def load(self, credential_id: str) -> str | None:
        """The secret, or None when it is on neither (a database restored on another computer)."""
        path = self._file(credential_id)
        keyring = _keyring() if self.use_keyring else None
        if keyring is not None:
            try:
                found = keyring.get_password(SERVICE, credential_id)
            except Exception:   # noqa: BLE001 - a locked keyring: the file may still hold it
                found = None
            if found is not None:
                return found
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def where(self, credential_id: str) -> str | None:
        """'keyring', 'file' or None: for Settings, which says where the secret is kept."""
        keyring = _keyring() if self.use_keyring else None
        if keyring is not None:
            try:
                if keyring.get_password(SERVICE, credential_id) is not None:
                    return "keyring"
            except Exception:   # noqa: BLE001
                pass
        return "file" if self._file(credential_id).exists() else None

    def forget(self, credential_id: str) -> None:
        """Remove the secret from both places; a secret that is not there is no error."""
        keyring = _keyring() if self.use_keyring else None
        if keyring is not None:
            try:
                keyring.delete_password(SERVICE, credential_id)
            except Exception:   # noqa: BLE001 - not there (PasswordDeleteError), or the keyring is locked
                pass
        self._file(credential_id).unlink(missing_ok=True)
