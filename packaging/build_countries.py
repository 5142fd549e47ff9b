"""Writes leadinbox/assets/countries.json (core/countries.py's names-to-codes table) from pycountry."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from leadinbox.core.countries import TABLE_FILE, build_table  # noqa: E402


def main() -> int:
    table = build_table()
    # One name a line, sorted: an upgrade of pycountry shows as the names it added or changed.
    TABLE_FILE.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{TABLE_FILE}: {len(table):,} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
