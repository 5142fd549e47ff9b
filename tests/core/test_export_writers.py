"""The XLSX writer hands the GIL over as it goes, so the window keeps painting during an export."""

from leadinbox.core import export_xlsx as export_writers
from leadinbox.core.export_layouts import LAYOUTS


def test_the_xlsx_writer_yields_the_gil_every_few_rows(tmp_path, monkeypatch):
    naps = []
    monkeypatch.setattr(export_writers.time, "sleep", naps.append)
    layout = LAYOUTS["xlsx"]
    writer = export_writers.XlsxWriter(tmp_path / "out.xlsx", layout)
    for _ in range(export_writers._YIELD_EVERY * 3):
        writer.write(["x"] * len(layout.columns))
    writer.close()
    assert naps == [0, 0, 0]
    assert (tmp_path / "out.xlsx").stat().st_size > 0
