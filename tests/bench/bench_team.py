"""Syncing 10,000 events between two desks through one team table in a real Azurite on this machine.

    .venv/bin/python tests/bench/bench_team.py [--events 10000] [--leads 5000] [--auth sas|key]

Both desks import the same generated lead file (tests/bench/generate.py); desk Ana logs attempts, notes and
status changes (the events), then: Ana's sync pushes them, Bo's sync pulls and applies them all, and a second
sync of Bo finds nothing new. Prints each phase's time and rate. With a SAS, Azurite 3.35 refuses
entity-group transactions, so each event is its own request (the real service takes 100 per request:
`--auth key` shows that path on Azurite)."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from leadinbox.sources.azure_connection import AzureTableConnection  # noqa: E402
from leadinbox.sources.credentials import CredentialStore  # noqa: E402
from leadinbox.store.db import open_database  # noqa: E402
from leadinbox.store.importing.entry import import_path  # noqa: E402
from leadinbox.store.team import desk as team_desk, outbox  # noqa: E402
from leadinbox.store.work.attempts import log_attempt, set_status  # noqa: E402
from leadinbox.store.work.worklog import add_note  # noqa: E402
from tests import azurite  # noqa: E402
from tests.bench import generate  # noqa: E402
from tests.sources.helpers import new_table  # noqa: E402
from tests.team.helpers import team_sas  # noqa: E402


def make_events(db, count: int) -> float:
    """`count` events on desk Ana: 60 % attempts, 30 % notes, 10 % status changes, over open customers."""
    rnd = random.Random(7)
    customers = [r[0] for r in db.execute("SELECT id FROM customers WHERE dnc = 0 AND open_leads > 0")]
    started = time.perf_counter()
    made = 0
    while made < count:
        c = rnd.choice(customers)
        pick = rnd.random()
        try:
            if pick < 0.6:
                log_attempt(db, c, rnd.choice(["email", "call"]), "no_answer", note="Tried again")
            elif pick < 0.9:
                add_note(db, c, f"Note {made}: asked about pricing for {rnd.randint(5, 500)} seats")
            else:
                lead = db.execute("SELECT id FROM leads WHERE customer_id = ? LIMIT 1", (c,)).fetchone()[0]
                if not set_status(db, [lead], rnd.choice(["nurturing", "qualified", "contacted"])):
                    continue
        except Exception:  # noqa: BLE001 - a customer closed meanwhile: pick another
            continue
        made += 1
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--leads", type=int, default=5_000)
    parser.add_argument("--auth", choices=("sas", "key"), default="sas")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-team-"))
    server = azurite.start(work / "azurite")
    try:
        table = new_table(server, "Team").table_name
        if args.auth == "sas":
            connection = AzureTableConnection.from_sas_url(team_sas(server, table))
        else:
            connection = AzureTableConnection.from_connection_string(server.connection_string, table=table)
        source = generate.ensure("csv", args.leads, quiet=True)
        desks = {}
        for name in ("Ana", "Bo"):
            db = open_database(work / name / "leadinbox.sqlite")
            import_path(db, source)
            credentials = CredentialStore(work / name / "credentials", use_keyring=False)
            team_desk.join(db, connection, name, credentials=credentials)
            desks[name] = (db, credentials)
        ana, ana_cred = desks["Ana"]
        bo, bo_cred = desks["Bo"]
        made = make_events(ana, args.events)
        queued = outbox.unsent(ana)
        timings = {}
        for label, db, cred in (("Ana pushes", ana, ana_cred), ("Bo pulls and applies", bo, bo_cred),
                                ("Bo again (nothing new)", bo, bo_cred)):
            started = time.perf_counter()
            result = team_desk.sync(db, credentials=cred)
            timings[label] = (time.perf_counter() - started, result.pushed, result.pulled)
        count = "SELECT sum(attempt_count), (SELECT count(*) FROM notes) FROM customers"
        same = ana.execute(count).fetchone() == bo.execute(count).fetchone()
        print(f"{args.leads:,} leads on each desk; {queued:,} events made on Ana in {made:.1f} s "
              f"({queued / made:,.0f}/s, each its own transaction); auth: {args.auth}")
        print("| phase | time | events | rate |")
        print("|---|---|---|---|")
        for label, (seconds, pushed, pulled) in timings.items():
            n = pushed or pulled
            print(f"| {label} | {seconds:.1f} s | {n:,} | {n / seconds:,.0f}/s |" if n else
                  f"| {label} | {seconds:.2f} s | 0 | – |")
        print(f"attempts and notes equal on both desks: {same}")
        for db, _ in desks.values():
            db.close()
        return 0 if same else 1
    finally:
        azurite.stop(server.process)


if __name__ == "__main__":
    sys.exit(main())
