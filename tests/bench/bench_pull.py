"""Pulling from the Azure Table against importing the same leads from a CSV file, on Azurite (real, local).

    .venv/bin/python tests/bench/bench_pull.py                       # 10,000 leads, median of 3
    .venv/bin/python tests/bench/bench_pull.py --rows 2000 --runs 1  # quick look
    .venv/bin/python tests/bench/bench_pull.py --write-docs          # figures into docs/benchmarks.md

One Azurite (the table service, on 127.0.0.1, its data in a temporary folder) holds the leads; the CSV file is
the Storage Explorer export of the same table (its entities with the service's Timestamp), written once. Each
run, round-robin so that noise hits both alike:
  csv import      `open_database` on a fresh file + `import_path` of the export (the `leadinbox import` path)
  pull            `open_database` on a fresh file + `connect` (the try included) + `pull_all`: every entity
                  over HTTP, converted, imported as one batch (the `leadinbox pull` path)
  pull, nothing new  `pull_all` again on that database: one query since the watermark, nothing to write
Target (issue 16): pull <= 1.5x the CSV import; a pull with nothing new < 1 s.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests import azurite as emulator  # noqa: E402

DOCS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- bench_pull:begin -->", "<!-- bench_pull:end -->"
ACTIONS = ("PLT", "PLT", "INS", "StartTestDrive", "Create", "DNC")
OFFERS = ("Lead Router SaaS", "Secure Gateway (BYOL)", "Contoso Analytics")


def entities(rows: int) -> list[dict]:
    """`rows` leads of about rows/2 people (a person often comes back with a second action)."""
    start = datetime(2026, 9, 1, tzinfo=timezone.utc)
    out = []
    for n in range(rows):
        person = n // 2 if n % 3 else n
        when = start + timedelta(minutes=7 * n)
        action = ACTIONS[n % len(ACTIONS)]
        offer = OFFERS[person % len(OFFERS)]
        info = {"FirstName": f"Given{person}", "LastName": f"Family{person}", "Email": f"p{person}@example{person % 97}.com",
                "Phone": f"+1 425 555 {person % 10000:04d}", "Country": ("US", "NL", "TW", "DE")[person % 4],
                "Company": f"Company {person % 3000}", "Title": "CTO"}
        source = "AzureMarketplace" if action in ("INS", "StartTestDrive") else "SPZA"
        out.append({"PartitionKey": f"{when.month}:2F{when.day}:2F{when.year}",
                    "RowKey": f"{int(when.timestamp() * 10_000_000) + 621355968000000000}-{n}",
                    "ActionCode": action, "CreatedTime": when.strftime("%m/%d/%Y %H:%M:%S"),
                    "CustomerInfo": json.dumps(info), "Description": "Please call me about pricing." if n % 4 else "",
                    "LeadSource": f"{source}-{action}|{offer}", "OfferDisplayName": offer,
                    "ProductId": f"contoso-isv.{offer.split()[0].lower()}", "PublisherDisplayName": "Contoso ISV"})
    return out


def fill(server, table_name: str, rows: int) -> None:
    from azure.data.tables import TableServiceClient
    table = TableServiceClient.from_connection_string(server.connection_string).create_table(table_name)
    by_partition = defaultdict(list)
    for entity in entities(rows):
        by_partition[entity["PartitionKey"]].append(entity)
    for batch in by_partition.values():
        for i in range(0, len(batch), 100):     # a transaction holds up to 100 entities of one partition
            table.submit_transaction([("create", e) for e in batch[i:i + 100]])


def export_csv(server, table_name: str, path: Path) -> int:
    """The table as Storage Explorer exports it: its columns, the service's Timestamp."""
    from azure.data.tables import TableClient

    from leadinbox.sources.azure_entities import COLUMNS, service_timestamp
    client = TableClient.from_connection_string(server.connection_string, table_name=table_name)
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for entity in client.list_entities(results_per_page=1000):
            row = dict(entity)
            row["Timestamp"] = service_timestamp(entity)
            writer.writerow([row.get(c, "") for c in COLUMNS])
            n += 1
    return n


def sas(server, table_name: str) -> str:
    from azure.core.credentials import AzureNamedKeyCredential
    from azure.data.tables import TableSasPermissions, generate_table_sas
    token = generate_table_sas(AzureNamedKeyCredential(emulator.ACCOUNT, emulator.KEY), table_name,
                               permission=TableSasPermissions(read=True),
                               expiry=datetime.now(timezone.utc) + timedelta(hours=12))
    return f"{server.endpoint}/{table_name}?{token}"


def cpu(server=None) -> float:
    """CPU seconds (user + system) used so far by this process and, with `server`, by the emulator too: on
    a shared machine the steadier comparison, since other jobs stretch wall times unevenly."""
    import os
    import resource
    own = resource.getrusage(resource.RUSAGE_SELF)
    total = own.ru_utime + own.ru_stime
    if server is not None:
        fields = Path(f"/proc/{server.pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def fresh(folder: Path, name: str) -> Path:
    path = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def time_csv(folder: Path, export: Path) -> tuple[float, float, int]:
    from leadinbox.store.db import open_database
    from leadinbox.store.importing.entry import import_path
    db = open_database(fresh(folder, "csv.sqlite"))
    started, used = time.perf_counter(), cpu()
    result = import_path(db, export)
    took, used = time.perf_counter() - started, cpu() - used
    db.close()
    return took, used, result.new_leads


def time_pull(folder: Path, url: str, server) -> tuple[float, float, float, float, int]:
    from leadinbox.sources.azure_connection import AzureTableConnection
    from leadinbox.sources.credentials import CredentialStore
    from leadinbox.store.db import open_database
    from leadinbox.store.sources.connect import connect
    from leadinbox.store.sources.pull import pull_all
    db = open_database(fresh(folder, "pull.sqlite"))
    credentials = CredentialStore(folder / "credentials", use_keyring=False)
    started, used = time.perf_counter(), cpu(server)
    connect(db, AzureTableConnection.from_sas_url(url), credentials=credentials)
    (result,) = pull_all(db, credentials=credentials)
    took, used = time.perf_counter() - started, cpu(server) - used
    started, nothing_used = time.perf_counter(), cpu(server)
    (again,) = pull_all(db, credentials=credentials)
    nothing, nothing_used = time.perf_counter() - started, cpu(server) - nothing_used
    assert again.status == "nothing new", again.as_dict()
    db.close()
    return took, used, nothing, nothing_used, result.new_leads


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-pull-") as tmp:
        folder = Path(tmp)
        server = emulator.start(folder / "azurite")
        try:
            started = time.perf_counter()
            fill(server, "MarketplaceLeads", args.rows)
            print(f"{args.rows:,} entities written to Azurite in {time.perf_counter() - started:.1f} s", flush=True)
            export = folder / "MarketplaceLeads.csv"
            export_csv(server, "MarketplaceLeads", export)
            url = sas(server, "MarketplaceLeads")
            runs = []
            for run in range(args.runs):
                took, took_cpu, new = time_csv(folder, export)
                pulled, pulled_cpu, nothing, nothing_cpu, pulled_new = time_pull(folder, url, server)
                runs.append((took, pulled, nothing, took_cpu, pulled_cpu, nothing_cpu))
                assert new == pulled_new, (new, pulled_new)
                print(f"run {run + 1}: csv import {took:.2f} s (cpu {took_cpu:.2f}), pull {pulled:.2f} s "
                      f"(cpu {pulled_cpu:.2f} with Azurite's), nothing new {nothing * 1000:.0f} ms "
                      f"(cpu {nothing_cpu * 1000:.0f} ms) ({new:,} new leads)", flush=True)
        finally:
            emulator.stop(server.process)
    csv_s, pull_s, nothing_s, csv_c, pull_c, nothing_c = (statistics.median(column) for column in zip(*runs))
    print(f"median: csv import {csv_s:.2f} s, pull {pull_s:.2f} s ({pull_s / csv_s:.2f}x, target <= 1.5x), "
          f"nothing new {nothing_s * 1000:.0f} ms (target < 1 s); CPU: csv {csv_c:.2f} s, pull {pull_c:.2f} s "
          f"({pull_c / csv_c:.2f}x), nothing new {nothing_c * 1000:.0f} ms")
    if args.write_docs:
        write_docs(args, (csv_s, pull_s, nothing_s), (csv_c, pull_c, nothing_c), new)
    return 0


def write_docs(args, wall: tuple, used: tuple, new: int) -> None:
    import os
    import sqlite3
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    (csv_s, pull_s, nothing_s), (csv_c, pull_c, nothing_c) = wall, used
    ratio = pull_s / csv_s
    load = os.getloadavg()[0]
    block = f"""{BEGIN}
## Pulling the Azure Table (`tests/bench/bench_pull.py`)

Command: `python tests/bench/bench_pull.py --rows {args.rows} --runs {args.runs} --write-docs`

{now}; {platform.processor() or platform.machine()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, Azurite 3.35.0 on 127.0.0.1 (its data on disk in a temporary folder), azure-data-tables 12.7.

{args.rows:,} lead entities ({new:,} new leads) in one table; the CSV file is the same table as Storage Explorer exports it. Wall time in one process, median of {args.runs}, each into a fresh database; CPU is user + system of this process and, for pulls, of the Azurite process too (the steadier figure on a shared machine: the load average was {load:.1f} on 2 cores at the end of this run).

| what | wall (median) | CPU (median) | target |
|---|---|---|---|
| import the CSV export (`import_path`) | {csv_s:.2f} s | {csv_c:.2f} s | |
| pull the table (`connect` with its try + `pull_all`: HTTP pages of 1,000, conversion, one import batch) | {pull_s:.2f} s ({ratio:.2f}x the CSV import) | {pull_c:.2f} s ({pull_c / csv_c:.2f}x) | <= 1.5x |
| pull again, nothing new (all {args.rows:,} entities were written within the five-minute overlap: their keys are read again) | {nothing_s * 1000:.0f} ms | {nothing_c * 1000:.0f} ms | < 1 s |
{END}"""
    text = DOCS.read_text(encoding="utf-8")
    if BEGIN in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOCS.write_text(text, encoding="utf-8")
    print(f"wrote {DOCS}")


if __name__ == "__main__":
    raise SystemExit(main())
