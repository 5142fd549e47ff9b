"""The shipped table of country names (assets/countries.json) is what pycountry and core/countries.py make."""

import subprocess
import sys
from pathlib import Path

from leadinbox.core.countries import _table, build_table

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_table_is_the_one_pycountry_gives():
    assert _table() == build_table(), "the country table is out of date: run `make countries`"


def test_reading_a_country_loads_no_pycountry():
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from leadinbox.core.countries import country_code; "
            "print(country_code('Nederland'), country_code('台灣'), 'pycountry' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["NL", "TW", "False"]
