"""Reading new entities, with a fake client for what Azurite cannot reproduce: seven-digit timestamps compared at
100 ns, an empty page with a continuation token, throttling, an expired token; and the entities as rows."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.sources.azure_connection import AzureTableConnection
from leadinbox.sources.azure_entities import MAX_VALUE_CHARS, service_timestamp, stamp, ticks, to_rows
from leadinbox.sources.azure_table import OVERLAP_TICKS, PullCancelled, fetch_new, newer_filter, pull_entities, \
    window_filter
from leadinbox.sources.backoff import next_wait
from leadinbox.sources.refusal import Problem, SourceRefused
from tests.sources.fake_table import Entity, FakeTable, http_error

CONNECTION = AzureTableConnection.from_sas_url(
    "https://contoso.table.core.windows.net/MarketplaceLeads?sp=r&se=2031-01-01&sig=SECRET")


def keys(fetched) -> list[str]:
    return [k[1] for k in fetched.rows.keys.values()]


def test_ticks_keep_the_seventh_digit():
    assert ticks("2026-12-05T23:46:06.7942189Z") - ticks("2026-12-05T23:46:06.7942188Z") == 1
    assert stamp(ticks("2026-12-05T23:46:06.7942189Z")) == "2026-12-05T23:46:06.7942189Z"
    assert stamp(ticks("2026-12-05T23:46:06Z")) == "2026-12-05T23:46:06.0000000Z"
    with pytest.raises(ValueError):
        ticks("2026-12-05 23:46")
    # Without the service's text (an SDK that gives a plain datetime), microseconds are what there is.
    plain = Entity({}, "x")
    plain.metadata = {"timestamp": datetime(2026, 12, 5, 23, 46, 6, 794218, tzinfo=timezone.utc)}
    assert service_timestamp(plain) == "2026-12-05T23:46:06.7942180Z"


def test_the_queries_compare_at_full_precision_and_reach_back_by_the_overlap():
    assert newer_filter("2026-12-05T23:46:06.7942189Z") == "Timestamp gt datetime'2026-12-05T23:46:06.7942189Z'"
    assert window_filter("2026-12-05T23:46:06.7942189Z") == (
        "Timestamp ge datetime'2026-12-05T23:41:06.7942189Z' and Timestamp le datetime'2026-12-05T23:46:06.7942189Z'")


def test_entities_at_the_same_microsecond_are_neither_missed_nor_fetched_twice():
    table = FakeTable()
    table.add("a", "2026-12-05T23:46:06.7942181Z")
    first = fetch_new(table, None, set())
    assert keys(first) == ["a"] and first.watermark == "2026-12-05T23:46:06.7942181Z"
    # "b" written later within the same microsecond (a datetime watermark sees the two as equal: `gt` would
    # miss it, `ge` would fetch "a" again); "c" at the very same 100 ns as "a"; "d" visible only now with an
    # earlier timestamp, inside the overlap.
    table.add("b", "2026-12-05T23:46:06.7942189Z")
    table.add("c", "2026-12-05T23:46:06.7942181Z")
    table.add("d", "2026-12-05T23:44:00.0000001Z")
    seen = {("11:2F2:2F2026", "a")}
    second = fetch_new(table, first.watermark, seen)
    assert sorted(keys(second)) == ["b", "c", "d"] and second.watermark == "2026-12-05T23:46:06.7942189Z"
    # "b" is newer than the watermark; "c" and "d" were found by their keys in the overlap (read as keys only)
    # and fetched one by one; "a" was not fetched again.
    assert table.queries[-4:] == ["Timestamp ge datetime'2026-12-05T23:41:06.7942181Z' and "
                                  "Timestamp le datetime'2026-12-05T23:46:06.7942181Z'",
                                  "Timestamp gt datetime'2026-12-05T23:46:06.7942181Z'",
                                  "get 11:2F2:2F2026/c", "get 11:2F2:2F2026/d"]
    assert {k[1]: ticks(k[2]) for k in second.seen}["d"] == ticks("2026-12-05T23:44:00.0000001Z")
    third = fetch_new(table, second.watermark, seen | {k[:2] for k in second.seen})
    assert keys(third) == [] and third.watermark == second.watermark
    # Outside the overlap, nothing older is asked for.
    table.add("old", stamp(ticks(first.watermark) - OVERLAP_TICKS - 1))
    assert "old" not in keys(fetch_new(table, first.watermark, seen))


def test_every_page_is_read_also_after_an_empty_one_with_a_token():
    table = FakeTable()
    one, two = table.add("one", "2026-12-05T10:00:00.0000001Z"), table.add("two", "2026-12-05T10:00:00.0000002Z")
    table.pages = [[one], [], [], [two]]
    table.tokens = [{"PartitionKey": "a"}, {"PartitionKey": "b"}, {"PartitionKey": "c"}, None]
    fetched = fetch_new(table, None, set())
    assert keys(fetched) == ["one", "two"] and fetched.pages == 4


def test_a_token_that_repeats_ends_the_pull_instead_of_looping():
    table = FakeTable()
    table.pages = [[], [], []]
    table.tokens = [{"t": 1}, {"t": 1}, None]
    with pytest.raises(SourceRefused) as refused:
        fetch_new(table, None, set(), connection=CONNECTION)
    assert refused.value.problem is Problem.SERVER


def test_throttling_at_any_page_refuses_the_whole_pull():
    table = FakeTable()
    table.add("a", "2026-12-05T10:00:00.0000001Z")
    table.pages = [table.entities, [], []]
    table.failures = {1: http_error(503, "ServerBusy")}
    with pytest.raises(SourceRefused) as refused:
        fetch_new(table, None, set(), connection=CONNECTION)
    assert refused.value.problem is Problem.THROTTLED and refused.value.problem.passing
    assert "SECRET" not in str(refused.value)


def test_a_token_that_expired_is_not_even_sent():
    old = dataclasses.replace(CONNECTION, expires_at=datetime.now(timezone.utc) - timedelta(minutes=1))
    table = FakeTable()
    with pytest.raises(SourceRefused) as refused:
        pull_entities(old, None, set(), client_factory=lambda c: table)
    assert refused.value.problem is Problem.EXPIRED and table.queries == []


def test_a_token_that_expires_during_the_pull_is_said_to_have_expired():
    from azure.core.exceptions import ClientAuthenticationError
    table = FakeTable()
    table.pages = [[], []]
    table.failures = {1: http_error(403, "AuthenticationFailed", ClientAuthenticationError)}
    expiring = dataclasses.replace(CONNECTION, expires_at=datetime.now(timezone.utc) + timedelta(milliseconds=1))
    with pytest.raises(SourceRefused) as refused:
        fetch_new(table, None, set(), connection=expiring, page_size=1,
                  cancelled=lambda: bool(__import__("time").sleep(0.01)))
    assert refused.value.problem is Problem.EXPIRED
    with pytest.raises(SourceRefused) as refused:                  # a token that does not show its expiry
        fetch_new(table, None, set(), connection=dataclasses.replace(CONNECTION, expires_at=None))
    assert refused.value.problem is Problem.NOT_AUTHORISED


def test_a_cancelled_pull_uses_nothing_it_read():
    table = FakeTable()
    table.add("a", "2026-12-05T10:00:00.0000001Z")
    with pytest.raises(PullCancelled):
        fetch_new(table, None, set(), cancelled=lambda: True)


def test_pull_entities_closes_its_client():
    table = FakeTable()
    pull_entities(CONNECTION, None, set(), client_factory=lambda c: table)
    assert table.closed


def test_odd_values_become_text_with_a_warning():
    entity = Entity({"PartitionKey": "11:2F2:2F2026", "RowKey": "r", "CustomerInfo": '{"Email": "a@b.example"}',
                     "ActionCode": 7, "Description": "x" * (MAX_VALUE_CHARS + 5), "Score": 1.5,
                     "Seen": True, "Id": uuid.UUID(int=1), "Blob": "ü".encode(), "When": datetime(2026, 1, 2, 3, 4, 5),
                     "Odd": object()}, "2026-12-05T10:00:00.0000001Z")
    rows = to_rows([entity], ["2026-12-05T10:00:00.0000001Z"])
    headers = rows.table.headers
    (_, cells), = list(rows.table.rows)
    cell = dict(zip(headers, cells))
    assert cell["Timestamp"] == "2026-12-05T10:00:00.0000001Z" and cell["ActionCode"] == "7"
    assert len(cell["Description"]) == MAX_VALUE_CHARS and cell["Seen"] == "true" and cell["Blob"] == "ü"
    assert cell["When"] == "2026-01-02T03:04:05" and cell["Id"] == str(uuid.UUID(int=1))
    assert headers[:3] == ["PartitionKey", "RowKey", "Timestamp"] and headers[-1] == "When"
    said = {(p.column, p.reason.split(";")[0]) for p in rows.warnings}
    assert ("Description", f"the value was {MAX_VALUE_CHARS + 5:,} characters long") in said
    assert {c for c, _ in said} == {"ActionCode", "Description", "Blob", "Odd"}


def test_back_off_waits_longer_after_each_failure_up_to_half_an_hour():
    assert next_wait(300, 0) == 300
    assert [next_wait(300, n) for n in range(1, 8)] == [60, 120, 240, 480, 960, 1800, 1800]
    assert next_wait(7200, 9) == 7200          # never more often than the user's own interval
