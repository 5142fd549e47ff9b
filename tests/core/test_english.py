"""English counts for the command line: singular for one, plural otherwise, never "(s)"."""

import io
import tokenize
from pathlib import Path

import pytest

import leadinbox
from leadinbox.core.english import count


@pytest.mark.parametrize(("n", "expected"), [(0, "0 backups"), (1, "1 backup"), (2, "2 backups"),
                                             (1234, "1,234 backups")])
def test_count(n, expected):
    assert count(n, "backup") == expected


def test_count_with_an_irregular_plural():
    assert (count(1, "person", "people"), count(3, "person", "people")) == ("1 person", "3 people")


def test_no_lazy_plural_in_what_the_command_line_and_the_store_say():
    # The window's "(s)" texts are translation sources with real plural forms (%Ln); these are English as printed.
    root = Path(leadinbox.__file__).parent
    lazy = []
    for path in [*root.glob("*.py"), *(root / "store").glob("*.py"), *(root / "core").glob("*.py")]:
        for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            if token.type == tokenize.STRING and "(s)" in token.string:
                lazy.append(f"{path.name}:{token.start[0]}")
    assert lazy == []
