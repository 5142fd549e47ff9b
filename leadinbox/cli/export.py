"""`leadinbox export`: the leads of a view, filtered as in the inbox, to CSV, XLSX or a CRM import layout."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from leadinbox.core.export_layouts import FORMATS, format_for
from leadinbox.core.query import VIEWS


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    exp = sub.add_parser("export", parents=[common],
                         help="export leads to CSV, XLSX, Dynamics 365 or Salesforce",
                         description="Export the leads a view shows, with the inbox's filters. CSV is UTF-8 "
                                     "with a BOM; dynamics and salesforce are CSV files in those CRMs' lead "
                                     "import layouts.")
    exp.add_argument("out", type=Path, metavar="OUT", help="the file to write (.csv or .xlsx)")
    exp.add_argument("--format", choices=FORMATS, help="default: from OUT's suffix (.xlsx, else csv)")
    exp.add_argument("--view", choices=VIEWS, default="all", help="default: %(default)s")
    exp.add_argument("--search", default="", help="as the search box: words names, emails, … start with")
    exp.add_argument("--action", help="an action code: INS, PLT, DNC, Create, StartTestDrive")
    exp.add_argument("--source", help="azure_marketplace, azure_portal, appsource or test_drive")
    exp.add_argument("--offer", help="an offer id (publisher.offer)")
    exp.add_argument("--country", help="an ISO country code, e.g. NL")
    exp.add_argument("--from", dest="date_from", type=_day, metavar="DATE", help="leads from this day on")
    exp.add_argument("--to", dest="date_to", type=_day, metavar="DATE", help="leads up to this day")
    exp.add_argument("--include-test", action="store_true", help="also Microsoft's test leads")
    exp.add_argument("--hide-dnc", action="store_true", help="leave out do-not-contact customers")


def run_export(db, args) -> int:
    from leadinbox.core.query import InboxQuery
    from leadinbox.store.export import export_leads
    fmt = format_for(args.out.suffix, args.format)
    query = InboxQuery(search=args.search, view=args.view, action=args.action, source=args.source,
                       offer=args.offer.lower() if args.offer else None,
                       country=args.country.upper() if args.country else None, date_from=args.date_from,
                       date_to=args.date_to, hide_test=not args.include_test, hide_dnc=args.hide_dnc)
    try:
        count = export_leads(db, query, args.out, fmt)
    except OSError as exc:
        print(f"leadinbox: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Exported {count} lead{'' if count == 1 else 's'} to {args.out} ({fmt}).")
    return 0
