"""A big file read in a second process gives the records, problems and warnings of reading it here."""

import pickle

import pytest

from leadinbox.core import read_ahead
from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.core.leadfile import open_lead_file


HEADER = "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Customer phone,Country,Offer ID," \
         "Lead source,Call to action\n"


def _rows(n, start=0):
    return "".join(f"{i},2026-10-01T10:00:00Z,Ann {i},Co,a{i}@x.example,,NL,o.p,AppSource,Contact me\n"
                   for i in range(start, start + n))


def _here(path):
    lead_file = open_lead_file(path)
    items = list(lead_file.record_values())
    return items, lead_file.warnings, lead_file.rows_read


def _there(path):
    lead_file = open_lead_file(path)
    items = list(read_ahead.record_values(lead_file))
    return items, lead_file.warnings, lead_file.rows_read


@pytest.mark.parametrize("name", ["partner-center-leads-export.csv", "dynamics365-leads-export.xlsx",
                                  "https-endpoint-leads.jsonl", "azure-table-marketplaceleads.csv"])
def test_every_kind_of_file_reads_the_same_in_the_second_process(samples, name):
    here, there = _here(samples / name), _there(samples / name)
    assert there == here and here[0]


def test_rows_with_problems_and_warnings_arrive_in_order_across_batches(tmp_path, monkeypatch):
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


def test_a_file_refused_halfway_is_refused_with_the_same_row_and_reason(tmp_path):
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


def test_a_refusal_crosses_the_process_whole():
    refused = FileRefused("a cell is longer than {size} KiB", row=7, column="Notes", size=128)
    again = pickle.loads(pickle.dumps(refused))
    assert (again.row, again.column, again.reason, again.message, str(again)) == \
        (7, "Notes", "a cell is longer than 128 KiB", refused.message, str(refused))


def test_a_file_that_changed_before_it_was_read_again_is_refused(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + _rows(1), encoding="utf-8")
    lead_file = open_lead_file(path)
    path.write_text(HEADER.replace("Lead ID", "Lead Id") + _rows(1), encoding="utf-8")
    with pytest.raises(FileRefused, match="changed while it was being read"):
        list(read_ahead.record_values(lead_file))


def _dying(monkeypatch, code):
    """Readers that run `code` instead of reading (one killed for its memory, one that cannot start)."""
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
    started = _dying(monkeypatch, "import sys; sys.exit(9)")
    assert _there(path) == _here(path)
    assert started[0].returncode == 9                         # waited for


def test_a_reader_that_cannot_be_started_leaves_the_file_to_be_read_here(tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + _rows(5), encoding="utf-8")

    def popen(*_args, **_kwargs):
        raise OSError(24, "Too many open files")
    monkeypatch.setattr(read_ahead.subprocess, "Popen", popen)
    assert _there(path) == _here(path)


def test_a_reader_that_dies_halfway_is_said_and_leaves_no_process(tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + _rows(5), encoding="utf-8")
    # One batch of one record, then the process dies, as one killed for its memory would.
    started = _dying(monkeypatch, "import pickle, sys; pickle.load(sys.stdin.buffer); "
                                  "pickle.dump(('rows', [], 0, 0, []), sys.stdout.buffer); sys.exit(9)")
    with pytest.raises(read_ahead.ReaderStopped, match="exit code 9"):
        list(read_ahead.record_values(open_lead_file(path)))
    assert started[0].returncode == 9


def test_closing_the_records_early_stops_the_reader(tmp_path, monkeypatch):
    monkeypatch.setattr(read_ahead, "BATCH", 1)
    path = tmp_path / "a.csv"
    path.write_text(HEADER + _rows(20000), encoding="utf-8")
    started = []
    real = read_ahead.subprocess.Popen
    monkeypatch.setattr(read_ahead.subprocess, "Popen", lambda *a, **k: started.append(real(*a, **k)) or started[-1])
    items = read_ahead.record_values(open_lead_file(path))
    assert next(items)[0][0] == 2                 # the first record: row 2
    items.close()                                 # a cancelled import
    assert started[0].returncode is not None      # gone, and waited for


def test_only_big_csv_files_on_disk_are_read_in_a_second_process(samples, monkeypatch):
    csv = open_lead_file(samples / "partner-center-leads-export.csv")
    jsonl = open_lead_file(samples / "https-endpoint-leads.jsonl")
    xlsx = open_lead_file(samples / "dynamics365-leads-export.xlsx")
    assert not read_ahead.worth_it(csv)
    monkeypatch.setattr(read_ahead, "MIN_BYTES", min(csv.size, jsonl.size, xlsx.size))
    assert read_ahead.worth_it(csv)
    assert not read_ahead.worth_it(xlsx) and not read_ahead.worth_it(jsonl)   # read whole when they were opened
    csv.origin = "https://example.table.core.windows.net/marketplaceleads"   # pulled rows: in memory
    assert not read_ahead.worth_it(csv)
