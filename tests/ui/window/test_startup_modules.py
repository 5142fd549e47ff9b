"""What opening the window loads: not the file readers and the normaliser, which only reading a file needs
(phonenumbers, pycountry and the rest: 0.1-0.3 s of every start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LATER = ("phonenumbers", "pycountry", "openpyxl", "python_calamine", "leadinbox.core.normalise",
         "leadinbox.core.leadfile")


def test_the_window_loads_no_file_reader_or_normaliser():
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); import leadinbox.ui.window.main_window; "
            f"print(' '.join(m for m in {LATER!r} if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
