"""Email into the timeline, measured: reading messages (.eml headers, .msg), logging them on a large database,
and reading a real Dovecot mailbox over IMAP.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_mail.py [--rows 100k] [--messages 1000]
"""

from __future__ import annotations

import argparse
import imaplib
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench import generate  # noqa: E402


def database(rows: int, work: Path) -> Path:
    from leadinbox.store.db import open_database
    from leadinbox.store.importing.entry import import_path
    built = generate.OUT / f"mail-{generate.label(rows)}.sqlite"
    if not built.exists():
        db = open_database(built)
        import_path(db, generate.ensure("csv", rows))
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    copy = work / "bench.sqlite"
    shutil.copy(built, copy)
    return copy


def messages(emails: list[str], n: int, rnd: random.Random) -> list[bytes]:
    out = []
    start = datetime(2026, 11, 1, tzinfo=timezone.utc)
    for i in range(n):
        customer = rnd.choice(emails)
        me = "sam.lee@contoso-isv.example"
        sender, to = (customer, me) if i % 2 else (me, customer)
        out.append((f"Message-ID: <bench-{i}@contoso-isv.example>\r\n"
                    f"Date: {(start + timedelta(minutes=i)).strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\n"
                    f"From: {sender}\r\nTo: {to}\r\nSubject: Lead Router pricing {i}\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n" + "text line\r\n" * 40).encode())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", default="100k")
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args(argv)
    rows, n = generate.parse_size(args.rows), args.messages
    rnd = random.Random(17)
    from leadinbox.core.mail.reading import parse_eml, read_mail
    from leadinbox.store.db import open_database
    from leadinbox.store.mail.log import log_message
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = open_database(database(rows, work))
        emails = [r[0] for r in db.execute("SELECT email FROM customers WHERE email IS NOT NULL AND dnc = 0")]
        raw = messages(emails, n, rnd)
        started = time.perf_counter()
        parsed = [parse_eml(m) for m in raw]
        parse_s = time.perf_counter() - started
        from tests.core.mail.msg_builder import build_msg
        msg_path = work / "one.msg"
        msg_path.write_bytes(build_msg(subject="x", sender=("A", "a@b.example"), to=[("C", emails[0])],
                                       message_id="<m@x>", body="y" * 20000))
        started = time.perf_counter()
        read_mail(msg_path)
        first_msg_s = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(50):
            read_mail(msg_path)
        msg_s = (time.perf_counter() - started) / 50
        from leadinbox.store.mail.log import AddressBook
        started = time.perf_counter()
        AddressBook(db)
        book_s = time.perf_counter() - started
        started = time.perf_counter()
        with db.atomic():
            book = AddressBook(db)
            statuses = [log_message(db, m, book=book).status for m in parsed]
        log_s = time.perf_counter() - started
        started = time.perf_counter()
        with db.atomic():
            again = [log_message(db, m, book=book).status for m in parsed]
        relog_s = time.perf_counter() - started
        print(f"database: {rows:,} leads; {n:,} messages")
        print(f".eml headers parsed: {parse_s / n * 1000:.2f} ms each")
        print(f".msg read: first {first_msg_s * 1000:.0f} ms (imports extract-msg), then {msg_s * 1000:.1f} ms each")
        print(f"address book (the scan of every lead, once per batch): {book_s * 1000:.0f} ms")
        print(f"logged in one transaction: {log_s:.2f} s ({log_s / n * 1000:.1f} ms each; "
              f"{statuses.count('attempt')} attempts, {statuses.count('reply')} replies)")
        print(f"logged again (all 'already logged': {again.count('already logged') == n}): {relog_s:.2f} s")
        from tests import dovecot
        from leadinbox.sources.mailbox import PLAIN, MailboxAccount, read_mailbox
        server = dovecot.start()
        try:
            with imaplib.IMAP4("127.0.0.1", server.port) as conn:
                conn.login(dovecot.USER, dovecot.PASSWORD)
                for i, m in enumerate(raw):
                    conn.append("Sent" if i % 2 == 0 else "INBOX", None, None, m)
            account = MailboxAccount("127.0.0.1", dovecot.USER, server.port, PLAIN)
            started = time.perf_counter()
            read = read_mailbox(account, dovecot.PASSWORD, {})
            imap_s = time.perf_counter() - started
            started = time.perf_counter()
            again_read = read_mailbox(account, dovecot.PASSWORD, read.folders)
            idle_s = time.perf_counter() - started
        finally:
            dovecot.stop(server)
        print(f"IMAP, Dovecot on 127.0.0.1: {len(read.messages):,} headers read in {imap_s:.2f} s; "
              f"a read with nothing new: {idle_s * 1000:.0f} ms ({len(again_read.messages)} messages)")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
