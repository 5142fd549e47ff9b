"""`leadinbox restore [BACKUP | --newest]`: list the backups with their counts, or restore one, also over a
database that can no longer be opened. Refused while a LeadInbox window has the database open."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from leadinbox.core.english import count


def _fail(message: str) -> int:
    print(f"leadinbox: {message}", file=sys.stderr)
    return 1


def run_restore(args, db_path: Path) -> int:
    from leadinbox.store.safety.backups import folder_for, inspect, list_backups
    found = list_backups(folder_for(db_path))
    if not args.backup and not args.newest:
        infos = [inspect(b) for b in found]
        if args.json:
            print(json.dumps([{"number": n, "path": str(i.backup.path), "taken_at": i.backup.taken_at.isoformat(),
                               "reason": i.backup.reason, "customers": i.customers, "leads": i.leads,
                               "problem": i.problem, "source": i.source} for n, i in enumerate(infos, start=1)],
                             indent=2))
            return 0
        if not infos:
            print(f"No backups yet in {folder_for(db_path)}.")
        for n, i in enumerate(infos, start=1):
            local = i.backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            what = i.problem or f"{count(i.customers, 'customer')}, {count(i.leads, 'lead')}"
            if i.of(db_path) is False:      # the databases in one folder share its backups folder
                what += f"  (a copy of {i.source}, not of {db_path.name})"
            print(f"{n:>3}  {local}  {i.backup.reason:<16} {what}")
        if infos:
            print("Restore one with `leadinbox restore NUMBER` (the current database is backed up first).")
        return 0
    chosen = _choose(args, found, db_path)
    if isinstance(chosen, int):
        return chosen
    return _restore(db_path, chosen)


def _choose(args, found, db_path: Path):
    from leadinbox.store.safety.backups import folder_for, newest_good
    from leadinbox.store.safety.restore import as_backup
    if args.newest:
        good = newest_good(folder_for(db_path), of=db_path)
        return good.backup if good else _fail(f"there is no intact backup of {db_path.name} to restore")
    text = args.backup
    if text.isdigit() and 1 <= int(text) <= len(found):
        return found[int(text) - 1]
    by_name = [b for b in found if b.path.name == text]
    if by_name:
        return by_name[0]
    path = Path(text).expanduser()
    if path.is_file():
        return as_backup(path.resolve())
    return _fail(f"no backup {text!r}: give a number from `leadinbox restore`, a backup's name or a file")


def _restore(db_path: Path, backup) -> int:
    from leadinbox.store.db import StoreError, open_database
    from leadinbox.store.failures import explain
    from leadinbox.store.lock import DatabaseInUse, InstanceLock
    from leadinbox.store.safety.restore import RestoreRefused, restore_backup, restore_over_damaged
    lock = InstanceLock(db_path)
    if not lock.acquire():
        pid = lock.holder()
        return _fail("LeadInbox is open on this database" + (f" (process {pid})" if pid else "")
                     + ": restore from its File › Restore backup…, or close it first")
    in_use = DatabaseInUse(db_path).share()
    if not in_use.exclusive():
        in_use.release()
        lock.release()
        return _fail("another leadinbox command is using this database (an import, an export, …): nothing was "
                     "restored; try again when it has finished")
    try:
        try:
            db = open_database(db_path)
        except StoreError as exc:
            print(f"The database cannot be opened ({exc}); it is moved aside into the backups folder and "
                  "the backup put in its place.")
            done = restore_over_damaged(db_path, backup)
        else:
            try:
                done = restore_backup(db, db_path, backup)
            finally:
                db.close()
    except RestoreRefused as exc:
        return _fail(str(exc))
    except StoreError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(explain(exc, str(db_path.parent)) or str(exc))
    finally:
        in_use.release()
        lock.release()
    info = done.info
    print(f"Restored the backup of {info.backup.taken_at.astimezone():%Y-%m-%d %H:%M}: "
          f"{count(info.customers, 'customer')}, {count(info.leads, 'lead')}. The database as it was is kept in "
          f"{done.safety_copy}.")
    if done.erased_again:
        print(f"{count(done.erased_again, 'person', 'people')} erased after that backup was taken "
              f"{'was' if done.erased_again == 1 else 'were'} erased again.")
    return 0
