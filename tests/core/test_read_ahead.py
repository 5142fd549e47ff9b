"""A big CSV file read in a second process gives the records, problems and warnings of reading it here."""

import os
import pickle
import sys

import pytest

from leadinbox.core import read_ahead
from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.core.leadfile import open_lead_file

HEADER = "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Customer phone,Country,Offer ID," \
         "Lead source,Call to action\n"
KILLED = -9 if sys.platform != "win32" else 1


def _rows(n, start=0):
    return "".join(f"{i},2026-10-01T10:00:00Z,Ann {i},Co,a{i}@x.example,,NL,o.p,AppSource,Contact me\n"
                   for i in range(start, start + n))


def _here(path):
    lead_file = open_lead_file(path)
    return list(lead_file.record_values()), lead_file.warnings, lead_file.rows_read


def _there(path):
    lead_file = open_lead_file(path)
    return list(read_ahead.record_values(lead_file)), lead_file.warnings, lead_file.rows_read


@pytest.mark.parametrize("name", ["partner-center-leads-export.csv", "azure-table-marketplaceleads.csv",
                                  "salesforce-leads-report.csv"])
def test_every_csv_layout_reads_the_same_in_the_second_process(samples, name, reading_processes):
    here, there = _here(samples / name), _there(samples / name)
    assert there == here and here[0]
    assert [p.returncode for p in reading_processes] == [0]


def test_rows_with_problems_and_warnings_arrive_in_order_across_batches(tmp_path, monkeypatch, reading_processes):
    monkeypatch.setattr(read_ahead, "BATCH", 7)
    path = tmp_path / "mixed.csv"
    rows = []
    for i in range(40):
        if i % 9 == 4:          # no email, no name: skipped
            rows.append(f"{i},2026-10-01T10:00:00Z,,Co,,,NL,o.p,AppSource,Contact me\n")
        elif i % 5 == 2:        # kept, with warnings: the date, the phone, the country
            rows.append(f"{i},someday,Ann {i},Co,a{i}@x.example,12,Atlantis,o.p,AppSource,Contact me\n")
        else:
            rows.append(f"{i},2026-10-01T10:00:00Z,Bo {i},Co,b{i}@x.example,+31 20 123 4567,NL,o.p,AppSource,INS\n")
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    here, there = _here(path), _there(path)
    assert there == here
    assert sum(item.__class__ is RowProblem for item in here[0]) == 4 and len(here[1]) >= 8
    assert [p.returncode for p in reading_processes] == [0]


def test_a_file_refused_halfway_is_refused_with_the_same_row_and_reason(tmp_path, reading_processes):
    path = tmp_path / "broken.csv"
    path.write_text(HEADER + _rows(3000) + '3000,2026-10-01T10:00:00Z,"Bo "x,Co,b@x.example,,NL,o.p,AppSource,INS\n',
                    encoding="utf-8")
    with pytest.raises(FileRefused) as here:
        _here(path)
    with pytest.raises(FileRefused) as there:
        _there(path)
    assert (there.value.row, there.value.column, there.value.reason) == \
        (here.value.row, here.value.column, here.value.reason) and here.value.row == 3002
    assert there.value.message == here.value.message
    assert not getattr(there.value, "__notes__", None)        # an expected refusal: no traceback attached
    assert reading_processes and reading_processes[0].returncode == 0


def test_a_refusal_crosses_the_process_whole():
    refused = FileRefused("a cell is longer than {size} KiB", row=7, column="Notes", size=128)
    again = pickle.loads(pickle.dumps(refused))
    assert (again.row, again.column, again.reason, again.message, str(again)) == \
        (7, "Notes", "a cell is longer than 128 KiB", refused.message, str(refused))


def test_a_file_replaced_or_removed_after_it_was_opened_is_read_from_the_handle_the_import_holds(tmp_path):
    path, other = tmp_path / "a.csv", tmp_path / "b.csv"
    path.write_text(HEADER + _rows(3), encoding="utf-8")
    expected = _here(path)
    lead_file = open_lead_file(path)
    other.write_text(HEADER.replace("Lead ID", "Id") + _rows(5, start=100), encoding="utf-8")
    os.replace(other, path)                    # another export saved over it: the import reads what it opened
    assert (list(read_ahead.record_values(lead_file)), lead_file.warnings, lead_file.rows_read) == expected
    if sys.platform != "win32":                # Windows does not remove an open file
        path.write_text(HEADER + _rows(3), encoding="utf-8")
        lead_file = open_lead_file(path)
        path.unlink()
        assert (list(read_ahead.record_values(lead_file)), lead_file.warnings, lead_file.rows_read) == expected


def _fake_reader(monkeypatch, code):
    """Readers that run `code` instead of reading (one killed for its memory, one that fails)."""
    started = []
    real = read_ahead.subprocess.Popen

    def popen(command, **kwargs):
        started.append(real([command[0], "-c", code], **kwargs))
        return started[-1]
    monkeypatch.setattr(read_ahead.subprocess, "Popen", popen)
    return started


def test_a_reader_that_ends_before_sending_anything_leaves_the_file_to_be_read_here(tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + _rows(5), encoding="utf-8")
    started = _fake_reader(monkeypatch, "import sys; sys.exit(9)")
    assert _there(path) == _here(path)
    assert started[0].returncode == 9                         # waited for


def test_a_reader_that_cannot_be_started_leaves_the_file_to_be_read_here(tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + _rows(5), encoding="utf-8")

    def popen(*_args, **_kwargs):
        raise OSError(24, "Too many open files")
    monkeypatch.setattr(read_ahead.subprocess, "Popen", popen)
    assert _there(path) == _here(path)


# A fake reader's messages framed as the real one frames them (read_ahead._frame): length, then pickle.
FRAMES = ("import pickle, struct, sys; pickle.load(sys.stdin.buffer); "
          "frame = lambda m: (lambda d: struct.pack('<Q', len(d)) + d)(pickle.dumps(m)); ")


@pytest.mark.parametrize("end", ["", "sys.stdout.buffer.write(frame(('rows', [], 0, 0, []))[:20]); ",
                                 "sys.stdout.buffer.write(frame(('rows', [], 0, 0, []))[:5]); "],
                         ids=["after-a-batch", "halfway-through-a-batch", "halfway-through-a-length"])
def test_a_reader_that_dies_halfway_is_said_and_leaves_no_process(tmp_path, monkeypatch, end):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + _rows(5), encoding="utf-8")
    # An empty batch, then (a part of another and) the end, as a process killed for its memory would.
    started = _fake_reader(monkeypatch, FRAMES + "sys.stdout.buffer.write(frame(('rows', [], 0, 0, []))); "
                                        f"{end}sys.stdout.flush(); sys.exit(9)")
    with pytest.raises(read_ahead.ReaderStopped, match="exit code 9"):
        list(read_ahead.record_values(open_lead_file(path)))
    assert started[0].returncode == 9


def test_what_the_reader_raised_is_raised_here_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + _rows(5), encoding="utf-8")
    _fake_reader(monkeypatch, FRAMES + "sys.stdout.buffer.write("
                              "frame(('raised', OSError(5, 'Input/output error', 'a.csv')))); sys.exit(0)")
    with pytest.raises(OSError) as raised:          # the command line says an OSError plainly
        list(read_ahead.record_values(open_lead_file(path)))
    assert (raised.value.errno, raised.value.filename) == (5, "a.csv")


def test_closing_the_records_early_stops_the_reader(tmp_path, monkeypatch, reading_processes):
    monkeypatch.setattr(read_ahead, "BATCH", 1)
    path = tmp_path / "a.csv"
    path.write_text(HEADER + _rows(20000), encoding="utf-8")
    items = read_ahead.record_values(open_lead_file(path))
    assert next(items)[0][0] == 2                 # the first record: row 2
    items.close()                                 # a cancelled import
    assert reading_processes[0].returncode == KILLED        # stopped before the end, and waited for


def test_the_reader_is_not_held_up_by_the_pipe_while_the_import_writes(tmp_path, monkeypatch, reading_processes):
    # Three batches of about 200 KB, more than any pipe holds: taken while the first is being written, the
    # other two and the end wait in this process, and the reader has finished.
    monkeypatch.setattr(read_ahead, "BATCH", 100)
    path = tmp_path / "a.csv"
    path.write_text(HEADER.replace("\n", ",Description\n")
                    + _rows(300).replace("\n", "," + "x" * 2000 + "\n"), encoding="utf-8")
    items = read_ahead.record_values(open_lead_file(path))
    assert next(items)[0][0] == 2
    reading_processes[0].wait(timeout=30)          # would time out with the reader blocked on a full pipe
    assert reading_processes[0].returncode == 0
    assert len(list(items)) == 299


def test_only_big_csv_files_on_disk_are_read_in_a_second_process(samples, monkeypatch):
    monkeypatch.setattr(read_ahead, "_cores", lambda: 2)
    csv = open_lead_file(samples / "partner-center-leads-export.csv")
    jsonl = open_lead_file(samples / "https-endpoint-leads.jsonl")
    xlsx = open_lead_file(samples / "dynamics365-leads-export.xlsx")
    assert not read_ahead.worth_it(csv)
    monkeypatch.setattr(read_ahead, "MIN_BYTES", min(csv.size, jsonl.size, xlsx.size))
    assert read_ahead.worth_it(csv)
    assert not read_ahead.worth_it(xlsx) and not read_ahead.worth_it(jsonl)   # read whole when they were opened
    monkeypatch.setattr(read_ahead, "_cores", lambda: 1)
    assert not read_ahead.worth_it(csv)                                       # nothing to run it beside
    monkeypatch.setattr(read_ahead, "_cores", lambda: 2)
    csv.origin = "https://example.table.core.windows.net/marketplaceleads"   # pulled rows: in memory
    assert not read_ahead.worth_it(csv)


def test_the_reader_uses_this_process_path_not_the_working_folder(tmp_path, monkeypatch, reading_processes):
    # Another leadinbox in the folder the import is started from is not the one that reads.
    fake = tmp_path / "leadinbox"
    (fake / "core").mkdir(parents=True)
    (fake / "__init__.py").write_text("import sys; sys.exit(7)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "a.csv"
    path.write_text(HEADER + _rows(5), encoding="utf-8")
    assert _there(path) == _here(path)
    assert [p.returncode for p in reading_processes] == [0]
