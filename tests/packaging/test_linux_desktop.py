"""Linux integration files: the desktop entry, AppStream metadata, icons and the install script agree."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from leadinbox import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_opens_lead_files_with_the_app():
    entry = desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID and entry["Type"] == "Application"
    assert entry["Exec"] == "leadinbox open %F"          # cli_open: the window imports the files
    mime = entry["MimeType"].rstrip(";").split(";")
    assert {"text/csv", XLSX} <= set(mime)
    assert {"Name", "Comment[nl]", "Comment[zh_TW]"} <= set(entry)


def test_appstream_metadata_matches_the_package():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__   # bump both together
    assert {m.text for m in root.findall("provides/mediatype")} >= {"text/csv", XLSX}


@pytest.mark.parametrize("tool, args, path", [
    ("desktop-file-validate", [], DESKTOP),
    ("appstreamcli", ["validate", "--no-net"], METAINFO),
])
def test_validators_accept_the_files(tool, args, path):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    proc = subprocess.run([tool, *args, str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_install_script_registers_the_given_executable(tmp_path):
    exe = tmp_path / "my apps" / "leadinbox"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    prefix = tmp_path / "prefix"
    subprocess.run([str(LINUX / "install-desktop.sh"), str(exe)], check=True, capture_output=True,
                   env={**os.environ, "PREFIX": str(prefix)})
    share = prefix / "share"
    entry = desktop_entry(share / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{exe}" open %F' and entry["TryExec"] == str(exe)
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert not (share / "icons/hicolor/icon-theme.cache").exists()   # never created in a user's folder
