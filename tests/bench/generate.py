"""Realistic lead files for the import benchmark: a Partner-Center-export-like CSV (26 columns) and the
same rows as an XLSX workbook. Deterministic (seeded); written to tests/bench/out/ (git-ignored).

    .venv/bin/python tests/bench/generate.py --sizes 100k,1m --xlsx 100k

About 30 % of the customers have 2-4 leads, spread over the file (a later lead of the same customer comes
some thousands of rows after the first, with a later date). Names are English, Dutch (with particles),
German/French (with accents) and Chinese; the Notes column is free text with commas, quotes and line breaks
(always on "Contact me" leads, on 40 % of the others). 100k rows is about 50 MB.

The XLSX is written by a small spreadsheet-style writer below (shared strings, dates as serial numbers with
a date style, as Excel saves it): openpyxl's write_only mode takes ~1 minute for 100k rows and writes inline
strings (a 25 MB file that is slower to read), see `--xlsx-writer openpyxl` and perf-floors.md.
"""

from __future__ import annotations

import argparse
import csv
import heapq
import random
import sys
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent / "out"
SEED = 20261123

HEADERS = [
    "Lead ID", "Engagement ID", "LeadCreationDateTime", "Customer name", "Company name", "Customer email",
    "Customer phone", "Job title", "Country", "City", "State", "Postal code", "Offer name", "Offer ID",
    "Publisher", "Lead source", "Call to action", "Lead type", "Lead quality", "Status", "Notes",
    "Email validity", "Phone validity", "Marketplace Purchase Intent", "Lead owner", "Updated date",
]
assert len(HEADERS) == 26

# (first names, last names, email domain suffix, countries as written, cities, phone style)
PEOPLE = [
    (["John", "Emma", "Michael", "Olivia", "David", "Sarah", "James", "Priya", "Ahmed", "Maria", "Kevin", "Laura"],
     ["Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Taylor", "Nguyen", "Raman", "O'Brien"],
     "com", ["US", "United States", "USA", "US"], ["Seattle", "Redmond", "Austin", "New York", "Chicago"], "us"),
    (["Sanne", "Daan", "Pieter", "Lotte", "Bram", "Femke", "Jeroen", "Anouk", "Sem", "Fleur", "Joris"],
     ["de Vries", "van der Berg", "Jansen", "Bakker", "Visser", "Smit", "de Jong", "van Dijk", "Mulder",
      "van den Broek", "Dekker"],
     "nl", ["NL", "Netherlands", "Nederland", "NL"], ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven"],
     "nl"),
    (["Lukas", "Sophie", "Jürgen", "Chloé", "François", "Hélène", "Björn", "Zoë", "Søren", "Ana"],
     ["Müller", "Schröder", "Lefèvre", "Dubois", "Weiß", "Łukasiewicz", "Gonçalves", "Núñez", "Jørgensen"],
     "de", ["DE", "Germany", "Deutschland", "France", "FR", "Belgium", "AT"],
     ["Berlin", "München", "Paris", "Köln", "Lyon", "Gent"], "eu"),
    (["怡君", "小明", "志明", "淑芬", "建宏", "雅婷", "家豪", "美玲"],
     ["陳", "王", "林", "張", "李", "黃", "吳", "劉"],
     "tw", ["TW", "Taiwan", "台灣", "TW"], ["台北", "新竹", "台中", "Taipei", "Kaohsiung"], "tw"),
]
PEOPLE_WEIGHTS = [45, 25, 15, 15]
COMPANY_WORDS = ["Contoso", "Fabrikam", "Tailspin", "Northwind", "Adventure Works", "Litware", "Proseware",
                 "Wide World", "Woodgrove", "Fourth Coffee", "Alpine Ski", "Coho Vineyard", "Lucerne",
                 "Margie's Travel", "Trey Research", "Blue Yonder", "Humongous", "Wingtip", "Datum", "Relecloud"]
COMPANY_TAILS = ["Ltd", "Inc.", "B.V.", "GmbH", "Corporation", "LLC", "S.A.", "Holdings B.V.", "科技股份有限公司",
                 "有限公司", "", "Group", "Pty Ltd", "AG"]
TITLES = ["CTO", "IT-manager", "Head of IT", "Developer", "Architect", "資訊長", "Inkoper", "Geschäftsführer",
          "CEO", "Cloud engineer", "Director, Infrastructure", "Systeembeheerder", "工程師", "Not Specified"]
OFFERS = [("contoso-isv.lead-router-saas", "Lead Router SaaS"),
          ("contoso-isv.secure-gateway-byol", "Secure Gateway (BYOL)"),
          ("contoso-isv.backup-vault", "Backup Vault for Azure"),
          ("contoso-isv.insight-analytics", "Insight Analytics, Enterprise"),
          ("contoso-isv.edge-firewall-paygo", "Edge Firewall \"PAYG\""),
          ("contoso-isv.dataflow-connector", "Dataflow Connector"),
          ("contoso-isv.openshift-testdrive", "OpenShift on Azure – Test Drive")]
# (Lead source as the export writes it, Call to action, weight): friendly Partner Center values and the
# marketplace's own `Source-Action|Offer` strings.
SOURCES = [("AppSource", "Contact me", 30), ("Azure Marketplace", "Get it now", 15), ("Azure portal", "Create", 5),
           ("AppSource", "Free trial", 8), ("Azure Marketplace", "Test drive", 5),
           ("SPZA-PLT|{offer}", "Contact me", 12), ("AzureMarketplace-INS|{offer}", "Get it now", 12),
           ("AzurePortal-Create|{offer}", "Create", 4), ("AzureMarketplace-StartTestDrive|{offer}", "Test drive", 5),
           ("SPZA-DNC|{offer}", "Do not contact", 4)]
SOURCE_WEIGHTS = [s[2] for s in SOURCES]
STATUSES = ["New", "New", "New", "Accepted", "Declined", "Expired", "Won", "Lost"]
NOTE_PARTS = [
    "Please call me about pricing, we have {n} seats.",
    "We'd like a demo next week; Tuesday or Wednesday works best.",
    "Graag een demo volgende week, liefst dinsdag.",
    "Kunt u mij bellen over de licenties? Wij hebben {n} gebruikers.",
    "請與我們聯絡,我們想了解價格方案。",
    "我們有 {n} 位使用者,需要報價。",
    'Our CFO asked: "is there an annual plan, and a discount for non-profits?"',
    "Is SSO (Azure AD / Entra ID) supported?",
    "Bitte um Rückruf, wir evaluieren gerade {n} Lösungen.",
    "Current setup: on-prem, 3 sites, ~{n} VMs.\nLooking to migrate by Q3.",
    "Timeline: ASAP.\r\nBudget: approved.",
    "Contact via e-mail only, please — no phone calls.",
    "Test, please ignore",
]
PHONE_FORMATS = {
    "us": ["+1 {a3} 555 {b4}", "({a3}) 555-{b4}", "+1-{a3}-555-{b4}", "{a3}.555.{b4}"],
    "nl": ["+31 20 555 {b4}", "+31 (0)6 {c4}{b4}", "06-{c4}{b4}", "020 555 {b4}"],
    "eu": ["+49 30 {c4}{b4}", "+33 1 {c2} {d2} {e2} {b2}", "030 {c4}{b4}", "+32 9 {c4} {b2}"],
    "tw": ["+886 2 5555 {b4}", "02-5555-{b4}", "+886 912 {a3} {b3}", "0912-{a3}-{b3}"],
}
EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _ascii(text: str) -> str:
    table = str.maketrans("äöüéèëïçñøåßłõôóáíúàâêîûÿšžžæœõãł", "aoueeeicnoasloooaiuaaeiuyszzaoola")
    out = "".join(ch for ch in text.lower().translate(table) if ch.isascii() and (ch.isalnum() or ch in ". "))
    return out.replace(" ", "").strip(".")


class Customer:
    __slots__ = ("name", "company", "email", "phone", "title", "country", "city", "state", "postal", "owner")

    def __init__(self, rnd: random.Random, number: int) -> None:
        firsts, lasts, tld, countries, cities, style = rnd.choices(PEOPLE, PEOPLE_WEIGHTS)[0]
        first, last = rnd.choice(firsts), rnd.choice(lasts)
        self.name = f"{last} {first}" if style == "tw" and rnd.random() < 0.5 else f"{first} {last}"
        word = rnd.choice(COMPANY_WORDS)
        tail = rnd.choice(COMPANY_TAILS)
        self.company = "Not Specified" if rnd.random() < 0.04 else f"{word} {number % 997} {tail}".strip()
        local = _ascii(first) or "user"
        surname = _ascii(last) or "lead"
        domain = _ascii(word) or "example"
        self.email = "" if rnd.random() < 0.03 else f"{local}.{surname}{number}@{domain}.example"
        if self.email and rnd.random() < 0.05:
            self.email = self.email.upper()
        fmt = rnd.choice(PHONE_FORMATS[style])
        self.phone = "" if rnd.random() < 0.1 else fmt.format(
            a3=rnd.randint(200, 989), b4=f"{rnd.randint(0, 9999):04d}", c4=f"{rnd.randint(1000, 9999)}",
            b3=f"{rnd.randint(0, 999):03d}", b2=f"{rnd.randint(0, 99):02d}", c2=f"{rnd.randint(10, 99)}",
            d2=f"{rnd.randint(10, 99)}", e2=f"{rnd.randint(10, 99)}")
        self.title = rnd.choice(TITLES)
        self.country = rnd.choice(countries)
        self.city = rnd.choice(cities)
        self.state = "WA" if style == "us" and rnd.random() < 0.5 else ""
        self.postal = f"{rnd.randint(1000, 99999)}"
        self.owner = rnd.choice(["", "", "a.visser@contoso-isv.example", "j.chen@contoso-isv.example"])


def _note(rnd: random.Random, cta: str) -> str:
    if cta != "Contact me" and rnd.random() < 0.6:
        return ""
    parts = rnd.sample(NOTE_PARTS, rnd.randint(2, 6))
    text = " ".join(p.format(n=rnd.randint(5, 5000)) for p in parts)
    if rnd.random() < 0.2:
        text += "\n\n-- \nSent from my phone"
    return text


def _us_time(moment: datetime) -> str:
    """'3/7/2026 4:05:09 PM', as Partner Center's US-locale exports write it."""
    hour = moment.hour % 12 or 12
    return (f"{moment.month}/{moment.day}/{moment.year} {hour}:{moment.minute:02d}:{moment.second:02d} "
            f"{'PM' if moment.hour >= 12 else 'AM'}")


def leads(rows: int, seed: int = SEED):
    """Yield `rows` lists of 26 strings (plus the creation datetime as a 27th item), oldest first."""
    rnd = random.Random(seed)
    pending: list[tuple[int, int, Customer]] = []   # (due row, tie-breaker, customer) of repeat leads
    customers = 0
    step = timedelta(days=300) / rows
    for i in range(rows):
        if pending and pending[0][0] <= i:
            _, _, cust = heapq.heappop(pending)
        else:
            customers += 1
            cust = Customer(rnd, customers)
            if rnd.random() < 0.30:
                for _ in range(rnd.randint(1, 3)):      # 2-4 leads in all
                    heapq.heappush(pending, (i + rnd.randint(1, max(2, rows // 20)), customers * 8 + _, cust))
        created = EPOCH + step * i + timedelta(seconds=rnd.randint(0, 59))
        offer_id, offer_name = rnd.choice(OFFERS)
        source, cta, _w = rnd.choices(SOURCES, SOURCE_WEIGHTS)[0]
        source = source.format(offer=offer_id if rnd.random() < 0.7 else offer_name)
        status = rnd.choice(STATUSES)
        updated = created + timedelta(hours=rnd.randint(0, 400)) if status != "New" else None
        frac = f".{rnd.randint(0, 9999999):07d}" if rnd.random() < 0.5 else ""
        yield [
            f"{rnd.getrandbits(64):016x}-{i:06d}", f"{rnd.getrandbits(32):08x}-e" if rnd.random() < 0.2 else "",
            created.strftime("%Y-%m-%dT%H:%M:%S") + frac + "Z", cust.name, cust.company, cust.email, cust.phone,
            cust.title, cust.country, cust.city, cust.state, cust.postal, offer_name, offer_id,
            "Contoso ISV", source, cta, "Offer" if rnd.random() < 0.9 else "Profile",
            rnd.choice(["High", "Medium", "Low", ""]), status, _note(rnd, cta),
            rnd.choice(["Valid", "Valid", "Valid", "Invalid", "Unknown"]), rnd.choice(["Valid", "Valid", "Unknown"]),
            rnd.choice(["Yes", "No", "Have not decided", ""]), cust.owner,
            _us_time(updated) if updated else "",
            created,
        ]


def write_csv(path: Path, rows: int) -> None:
    tmp = path.with_suffix(".part")
    with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(row[:26] for row in leads(rows))
    tmp.replace(path)


# --- XLSX ---------------------------------------------------------------------------------------------------

def _col(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/sharedStrings.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
       '<Override PartName="/xl/styles.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
       '<sheets><sheet name="Leads" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/></Relationships>')
_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts>'
           '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
           '<fills count="2"><fill><patternFill patternType="none"/></fill>'
           '<fill><patternFill patternType="gray125"/></fill></fills>'
           '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
           '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
           '</styleSheet>')
_EXCEL_EPOCH = datetime(1899, 12, 30, tzinfo=timezone.utc)
_DATE_COL = HEADERS.index("LeadCreationDateTime")


def write_xlsx_sst(path: Path, rows: int) -> None:
    """As Excel saves a workbook: one shared-strings table, the creation time as a serial number with a
    date style (calamine hands it back as a datetime), everything else as text."""
    strings: dict[str, int] = {}

    def sst(text: str) -> int:
        index = strings.get(text)
        if index is None:
            index = strings[text] = len(strings)
        return index

    refs = [_col(i) for i in range(26)]
    tmp = path.with_suffix(".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            buf: list[str] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                              f'<dimension ref="A1:Z{rows + 1}"/><sheetData>']
            buf.append('<row r="1">' + "".join(f'<c r="{refs[j]}1" t="s"><v>{sst(h)}</v></c>'
                                               for j, h in enumerate(HEADERS)) + "</row>")
            for i, row in enumerate(leads(rows), start=2):
                cells = []
                for j in range(26):
                    if j == _DATE_COL:
                        serial = (row[26] - _EXCEL_EPOCH).total_seconds() / 86400
                        cells.append(f'<c r="{refs[j]}{i}" s="1"><v>{serial:.8f}</v></c>')
                    elif row[j]:
                        cells.append(f'<c r="{refs[j]}{i}" t="s"><v>{sst(row[j])}</v></c>')
                buf.append(f'<row r="{i}">{"".join(cells)}</row>')
                if len(buf) >= 2000:
                    part.write("".join(buf).encode())
                    buf.clear()
            buf.append("</sheetData></worksheet>")
            part.write("".join(buf).encode())
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                        f'count="{len(strings)}" uniqueCount="{len(strings)}">').encode())
            batch = []
            for text in strings:
                space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
                batch.append(f"<si><t{space}>{escape(text)}</t></si>")
                if len(batch) >= 5000:
                    part.write("".join(batch).encode())
                    batch.clear()
            batch.append("</sst>")
            part.write("".join(batch).encode())
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WB)
        archive.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        archive.writestr("xl/styles.xml", _STYLES)
    tmp.replace(path)


def write_xlsx_openpyxl(path: Path, rows: int) -> None:
    """openpyxl's write_only mode (inline strings; slow to write and to read)."""
    from openpyxl import Workbook
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Leads")
    sheet.append(HEADERS)
    for row in leads(rows):
        cells = row[:26]
        cells[_DATE_COL] = row[26].replace(tzinfo=None)
        sheet.append([c if c != "" else None for c in cells])
    tmp = path.with_suffix(".part")
    book.save(tmp)
    tmp.replace(path)


def parse_size(text: str) -> int:
    text = text.strip().lower()
    if text.endswith("m"):
        return int(float(text[:-1]) * 1_000_000)
    if text.endswith("k"):
        return int(float(text[:-1]) * 1_000)
    return int(text)


def label(rows: int) -> str:
    if rows % 1_000_000 == 0:
        return f"{rows // 1_000_000}m"
    if rows % 1000 == 0:
        return f"{rows // 1000}k"
    return str(rows)


def csv_path(rows: int) -> Path:
    return OUT / f"leads-{label(rows)}.csv"


def xlsx_path(rows: int, writer: str = "sst") -> Path:
    return OUT / (f"leads-{label(rows)}.xlsx" if writer == "sst" else f"leads-{label(rows)}-openpyxl.xlsx")


def ensure(kind: str, rows: int, writer: str = "sst", *, force: bool = False, quiet: bool = False) -> Path:
    """Write the file unless it exists already (same seed, same content)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = csv_path(rows) if kind == "csv" else xlsx_path(rows, writer)
    if path.exists() and not force:
        return path
    started = time.perf_counter()
    if kind == "csv":
        write_csv(path, rows)
    elif writer == "sst":
        write_xlsx_sst(path, rows)
    else:
        write_xlsx_openpyxl(path, rows)
    if not quiet:
        print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}: "
              f"{path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100k", help="CSV sizes, comma-separated (default: %(default)s)")
    parser.add_argument("--xlsx", default="100k", help="XLSX sizes, comma-separated, '' for none")
    parser.add_argument("--xlsx-writer", choices=("sst", "openpyxl"), default="sst")
    parser.add_argument("--force", action="store_true", help="rewrite files that exist")
    args = parser.parse_args(argv)
    for size in filter(None, args.sizes.split(",")):
        ensure("csv", parse_size(size), force=args.force)
    for size in filter(None, args.xlsx.split(",")):
        ensure("xlsx", parse_size(size), args.xlsx_writer, force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
