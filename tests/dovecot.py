"""Dovecot (Debian's dovecot-imapd), run for real from its own config in a temporary folder on a free port of
127.0.0.1, with one test user and a maildir; stopped by its process id."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALL = ROOT / "packaging" / "linux" / "dovecot.sh"
START_SECONDS = 20
USER, PASSWORD = "sanne", "s3cret-app-password"


class DovecotFailed(RuntimeError):
    """Dovecot could not be installed or started: the tests that need it fail with this, never skip."""


@dataclass
class Dovecot:
    port: int
    process: subprocess.Popen
    folder: Path
    uid: int
    gid: int

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def maildir(self) -> Path:
        return self.folder / "home" / USER / "Maildir"

    def log(self) -> str:
        try:
            return (self.folder / "dovecot.log").read_text(errors="replace")
        except OSError:
            return ""


def _binary() -> str:
    found = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if found is None:
        done = subprocess.run([str(INSTALL)], capture_output=True, text=True)
        found = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
        if found is None:
            raise DovecotFailed(f"Dovecot is not installed and {INSTALL.name} could not install it "
                                f"(exit {done.returncode}): {done.stderr.strip()[-2000:]}")
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _greets(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.settimeout(1)
            return conn.recv(100).startswith(b"* OK")
    except OSError:
        return False


def _accounts() -> tuple[str, str, int, int]:
    """Who Dovecot's processes run as. As root its login process refuses root: the users the package made
    (dovenull, dovecot) and Debian's `mail` user for the mailbox. As anyone else: that user throughout."""
    if os.geteuid() == 0:
        mail = pwd.getpwnam("mail")
        return "dovenull", "dovecot", mail.pw_uid, mail.pw_gid
    me = pwd.getpwuid(os.geteuid())
    return me.pw_name, me.pw_name, me.pw_uid, me.pw_gid


CONFIG = """\
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = {login}
default_internal_user = {internal}
first_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {d}/users
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
}}
"""


def start() -> Dovecot:
    """Start Dovecot with a user `sanne`. Its folder is made under the system's temp folder readable by the
    mail user (pytest's own folders are private to the user running the tests)."""
    binary = _binary()
    login, internal, uid, gid = _accounts()
    folder = Path(tempfile.mkdtemp(prefix="leadinbox-dovecot-"))
    folder.chmod(0o755)
    home = folder / "home" / USER
    (home / "Maildir").mkdir(parents=True)
    for path in (home.parent, home, home / "Maildir"):
        os.chown(path, uid, gid)
    (folder / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{home}::\n")
    output = ""
    for _attempt in range(3):
        port = _free_port()
        config = folder / "dovecot.conf"
        config.write_text(CONFIG.format(d=folder, login=login, internal=internal, uid=uid, gid=gid, port=port))
        process = subprocess.Popen([binary, "-c", str(config), "-F"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, start_new_session=True)
        server = Dovecot(port, process, folder, uid, gid)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline and process.poll() is None:
            if _greets(port):
                return server
            time.sleep(0.1)
        stop(server, remove=False)
        output = server.log() + (process.stderr.read().decode(errors="replace") if process.stderr else "")
        if "Address already in use" not in output:
            break
    shutil.rmtree(folder, ignore_errors=True)
    raise DovecotFailed(f"Dovecot did not start on 127.0.0.1 (exit {process.poll()}): {output[-2000:]}")


def stop(server: Dovecot, *, remove: bool = True) -> None:
    """Stop Dovecot by its process id (the master stops its children), SIGTERM first, SIGKILL after ten
    seconds; then remove its folder."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(server.process.pid, sig)
        except ProcessLookupError:
            pass
        try:
            server.process.wait(timeout=10)
            break
        except subprocess.TimeoutExpired:
            continue
    if server.process.stderr:
        server.process.stderr.close()
    if remove:
        shutil.rmtree(server.folder, ignore_errors=True)
