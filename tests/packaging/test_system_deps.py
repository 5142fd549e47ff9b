"""packaging/linux/system-deps.sh: a missing library on a machine without root is reported with the command
that installs it, never a failed apt-get (fake dpkg, id, sudo and apt-get on the PATH stand in for the system)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "system-deps.sh"


def _fake(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)


def _run(tmp_path: Path, *, uid: str, sudo: str | None, apt_fails: bool = False):
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    calls = tmp_path / "calls"
    _fake(bin_, "dpkg", 'case "$2" in libegl1) exit 1;; *) exit 0;; esac')        # one library missing
    _fake(bin_, "id", f"echo {uid}")
    _fake(bin_, "apt-get", f'echo "apt-get $*" >> {calls}; exit {1 if apt_fails else 0}')
    if sudo is not None:
        _fake(bin_, "sudo", sudo)
    # Only the fakes and the shell's own tools: no real sudo or apt-get can be reached.
    tools = tmp_path / "tools"
    tools.mkdir()
    for tool in ("bash", "sh", "cat", "echo"):
        real = subprocess.run(["which", tool], capture_output=True, text=True).stdout.strip()
        if real:
            os.symlink(real, tools / tool)
    env = {"PATH": f"{bin_}:{tools}"}
    done = subprocess.run([str(tools / "bash"), str(SCRIPT)], env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=30)
    return done, calls.read_text() if calls.exists() else ""


def test_without_root_or_sudo_the_command_is_said_and_apt_get_is_not_run(tmp_path):
    done, calls = _run(tmp_path, uid="1000", sudo=None)
    assert done.returncode == 1 and calls == ""
    assert "libegl1" in done.stderr and "sudo apt-get install --no-install-recommends libegl1" in done.stderr


def test_sudo_that_needs_a_password_without_a_terminal_is_not_tried(tmp_path):
    done, calls = _run(tmp_path, uid="1000", sudo='[ "$1" = "-n" ] && exit 1; exec "$@"')
    assert done.returncode == 1 and calls == "" and "apt-get install" in done.stderr


def test_a_failed_install_says_the_command(tmp_path):
    done, calls = _run(tmp_path, uid="0", sudo=None, apt_fails=True)
    assert done.returncode == 1 and "apt-get update" in calls
    assert "sudo apt-get install --no-install-recommends libegl1" in done.stderr


def test_as_root_it_installs(tmp_path):
    done, calls = _run(tmp_path, uid="0", sudo=None)
    assert done.returncode == 0 and "install -y -qq --no-install-recommends libegl1" in calls
