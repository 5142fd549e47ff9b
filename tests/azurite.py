"""Azurite, the Azure Storage emulator, run for real on a free port of 127.0.0.1 in a temporary folder."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BINARY = ROOT / ".tools" / "node_modules" / ".bin" / "azurite-table"
INSTALL = ROOT / "packaging" / "linux" / "azurite.sh"
ACCOUNT = "devstoreaccount1"
# The emulator's well-known development key (Microsoft's docs); it opens nothing but the emulator.
KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
START_SECONDS = 30


class AzuriteFailed(RuntimeError):
    """Azurite could not be installed or started: the tests that need it fail with this, never skip."""


@dataclass
class Azurite:
    port: int
    process: subprocess.Popen
    folder: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/{ACCOUNT}"

    @property
    def connection_string(self) -> str:
        return (f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={KEY};"
                f"TableEndpoint={self.endpoint};")


def _die_with_parent() -> None:
    """In the child, before it runs: Linux ends it when the test process ends, however that ends (a timeout's
    os._exit, a kill), so no emulator outlives its run."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)     # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def ensure_installed() -> Path:
    """The azurite-table program, installed by packaging/linux/azurite.sh when it is missing (as `make test`
    does), so that a plain `pytest` in a fresh checkout works too."""
    if not BINARY.exists():
        done = subprocess.run([str(INSTALL)], capture_output=True, text=True)
        if done.returncode != 0 or not BINARY.exists():
            raise AzuriteFailed(f"Azurite is not installed and {INSTALL.name} could not install it "
                                f"(exit {done.returncode}): {done.stderr.strip()[-2000:]}")
    return BINARY


def start(folder: Path) -> Azurite:
    """Start the table service only, with telemetry off; retried on another port if the one picked was taken
    meanwhile. Raises AzuriteFailed with its output when it does not listen within START_SECONDS."""
    binary = ensure_installed()
    folder.mkdir(parents=True, exist_ok=True)
    output = ""
    for _attempt in range(3):
        port = _free_port()
        log = folder / f"azurite-{port}.log"
        with open(log, "wb") as out:
            process = subprocess.Popen(
                [str(binary), "--tableHost", "127.0.0.1", "--tablePort", str(port), "--location", str(folder),
                 "--disableTelemetry", "--skipApiVersionCheck", "--silent"],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline and process.poll() is None:
            if _listening(port):
                return Azurite(port, process, folder)
            time.sleep(0.1)
        stop(process)
        output = log.read_text(errors="replace")
        if "EADDRINUSE" not in output:
            break
    raise AzuriteFailed(f"Azurite did not start on 127.0.0.1 (exit {process.poll()}): {output[-2000:]}")


def stop(process: subprocess.Popen) -> None:
    """Stop the emulator by its process id: its process group (npm's shim may have started node under it),
    SIGTERM first, SIGKILL when it has not ended within ten seconds."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=10)
            return
        except subprocess.TimeoutExpired:
            continue
