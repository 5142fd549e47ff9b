"""Secrets of sources: in the keyring where there is one, else in a file only the user can read."""

from __future__ import annotations

import stat

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError

from leadinbox.sources.credentials import CredentialStore, new_id


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict, as the desktop's Secret Service would."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.kept[service, username] = password

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def delete_password(self, service, username):
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("not there")


class LockedKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise PasswordSetError("locked")


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_without_a_keyring_the_secret_goes_to_a_file_only_the_user_can_read(tmp_path):
    store = CredentialStore(tmp_path / "config" / "credentials")
    cid = new_id()
    assert store.save(cid, "sv=2019&sig=SECRET") == "file"
    path = tmp_path / "config" / "credentials" / f"{cid}.secret"
    assert mode(path) == 0o600 and mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
    assert store.load(cid) == "sv=2019&sig=SECRET" and store.where(cid) == "file"
    store.save(cid, "newer")                      # replaced whole
    assert store.load(cid) == "newer" and not list(path.parent.glob("*.partial"))
    store.forget(cid)
    assert store.load(cid) is None and store.where(cid) is None and not path.exists()
    store.forget(cid)                             # forgetting twice is no error


def test_the_default_folder_is_the_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("LEADINBOX_CONFIG_DIR", str(tmp_path / "cfg"))
    cid = new_id()
    CredentialStore().save(cid, "s")
    assert (tmp_path / "cfg" / "credentials" / f"{cid}.secret").exists()


def test_with_a_keyring_the_secret_goes_there_and_no_file_is_written(tmp_path, memory_keyring):
    store = CredentialStore(tmp_path / "credentials")
    cid = new_id()
    assert store.save(cid, "AccountKey=SECRET") == "keyring"
    assert memory_keyring.kept == {("LeadInbox", cid): "AccountKey=SECRET"}
    assert not (tmp_path / "credentials").exists()
    assert store.load(cid) == "AccountKey=SECRET" and store.where(cid) == "keyring"
    store.forget(cid)
    assert memory_keyring.kept == {} and store.load(cid) is None


def test_a_keyring_that_refuses_leaves_the_file(tmp_path):
    before = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        store = CredentialStore(tmp_path / "credentials")
        cid = new_id()
        assert store.save(cid, "s") == "file" and store.load(cid) == "s"
    finally:
        keyring.set_keyring(before)


def test_ids_are_random_and_nothing_else_names_a_file(tmp_path):
    assert new_id() != new_id()
    with pytest.raises(ValueError):
        CredentialStore(tmp_path).load("../../etc/passwd")
