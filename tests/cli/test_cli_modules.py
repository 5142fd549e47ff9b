"""What `leadinbox import` loads: not the window, not the other commands, not what a CSV does not need."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "leadinbox" / "assets" / "samples" / "partner-center-leads-export.csv"
# Each was measured in a 1k-row import into a new database, whose goal is 0.2 s (docs/benchmarks.md, issue 19).
NOT_NEEDED = ("PySide6", "pycountry", "openpyxl", "python_calamine", "leadinbox.ui", "leadinbox.cli.export",
              "leadinbox.cli.customers", "leadinbox.cli.team", "leadinbox.sources", "azure", "keyring", "msal",
              "platformdirs", "leadinbox.store.safety.erase")


def test_importing_a_csv_from_the_command_line_loads_only_what_it_needs(tmp_path):
    code = (f"import sys, json; sys.path.insert(0, {str(ROOT)!r}); from leadinbox.cli.main import main; "
            f"status = main(['--db', {str(tmp_path / 'new.sqlite')!r}, 'import', '--json', {str(SAMPLE)!r}]); "
            "print(json.dumps([status, sorted(sys.modules)]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    status, modules = json.loads(out.splitlines()[-1])
    assert status == 0
    assert [m for m in modules if m.startswith(NOT_NEEDED)] == []
