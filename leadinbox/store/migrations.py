"""Named, transactional schema migrations (sqlite-utils Migrations, named by store/database.py)."""

from __future__ import annotations

import json
import secrets

from leadinbox.store.database import Database, Migrations
from leadinbox.store.safety import purge

MIGRATIONS = Migrations("leadinbox")

# Secondary indexes by name, as the migrations create them. (A large import drops and rebuilds whatever
# indexes the database has around its bulk writes, reading them from sqlite_master: store/bulk_indexes.py.)
LEAD_INDEXES = {
    "leads_customer": "CREATE INDEX leads_customer ON leads(customer_id, sort_at)",
    "leads_external": ("CREATE INDEX leads_external ON leads(source_system, external_id) "
                       "WHERE external_id IS NOT NULL"),
    "leads_match": "CREATE INDEX leads_match ON leads(customer_id, action, offer_key, created_day)",
    "leads_batch": "CREATE INDEX leads_batch ON leads(batch_id)",
    "leads_test": "CREATE INDEX leads_test ON leads(customer_id) WHERE is_test",     # m005: counts without them
    "leads_next_due": "CREATE INDEX leads_next_due ON leads(next_due_at) WHERE next_due_at IS NOT NULL",  # m005
    "leads_owner": "CREATE INDEX leads_owner ON leads(owner) WHERE owner IS NOT NULL",  # m005: the owner filter
}
CUSTOMER_INDEXES = {
    "customers_due": "CREATE INDEX customers_due ON customers(next_due_at, latest_at)",
    "customers_latest": "CREATE INDEX customers_latest ON customers(latest_at)",
    # The urgency order of store/inbox.py, term for term (m005).
    "customers_urgency": ("CREATE INDEX customers_urgency ON customers("
                          "next_due_at IS NULL, next_due_at, latest_at DESC, id)"),
    # The views that pick customers by status (Needs first reply, Nurturing, Closed), in the same order.
    "customers_status": ("CREATE INDEX customers_status ON customers("
                         "status, next_due_at IS NULL, next_due_at, latest_at DESC, id)"),
    # m017: the quick filters' countries, read key to key (store/inbox.facets) instead of grouping every customer.
    "customers_country": "CREATE INDEX customers_country ON customers(country_code, is_test)",
    # m017: how many customers have something due, counted in the index alone (it was a table read per
    # customer due: 1-2 s at a million leads when the window opens, and every minute).
    "customers_due_open": "CREATE INDEX customers_due_open ON customers(next_due_at) WHERE NOT dnc",
}

_CONTACT = """
    email TEXT, full_name TEXT, first_name TEXT, last_name TEXT, phone TEXT, phone_e164 TEXT,
    job_title TEXT, company TEXT, country_code TEXT, country_raw TEXT, city TEXT, state TEXT"""


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    db.execute("""CREATE TABLE batches (
        id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, file_path TEXT, file_sha256 TEXT, layout TEXT,
        imported_at TEXT NOT NULL, rows INTEGER NOT NULL DEFAULT 0, new_leads INTEGER NOT NULL DEFAULT 0,
        new_customers INTEGER NOT NULL DEFAULT 0, known_leads INTEGER NOT NULL DEFAULT 0,
        skipped_rows INTEGER NOT NULL DEFAULT 0, undone_at TEXT)""")
    db.execute(f"""CREATE TABLE customers (
        id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, {_CONTACT},
        first_seen TEXT, latest_at TEXT, lead_count INTEGER NOT NULL DEFAULT 0,
        actions TEXT, top_intent INTEGER, is_test INTEGER NOT NULL DEFAULT 0, dnc INTEGER NOT NULL DEFAULT 0,
        missing TEXT, open_leads INTEGER NOT NULL DEFAULT 0, next_due_at TEXT, created_batch INTEGER)""")
    db.execute(f"""CREATE TABLE leads (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        batch_id INTEGER NOT NULL REFERENCES batches(id),
        row_no INTEGER, source_system TEXT NOT NULL, external_id TEXT,
        created_at TEXT, created_day TEXT, received_at TEXT NOT NULL, sort_at TEXT NOT NULL, updated_at TEXT,
        action TEXT, source TEXT, lead_source_raw TEXT, offer_key TEXT NOT NULL DEFAULT '', offer_id TEXT,
        offer_name TEXT, publisher TEXT, {_CONTACT},
        description TEXT, owner TEXT, ext_status TEXT, lead_type TEXT, lead_quality TEXT,
        is_test INTEGER NOT NULL DEFAULT 0, missing TEXT,
        status TEXT NOT NULL DEFAULT 'new', status_changed_at TEXT, first_response_due_at TEXT)""")
    db.execute("""CREATE TABLE lead_raw (
        lead_id INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE, raw TEXT NOT NULL)""")
    # An offer seen with both id and display name, so "Lead Router SaaS" and its id match across layouts.
    db.execute("CREATE TABLE offers (name_key TEXT PRIMARY KEY, offer_id TEXT NOT NULL, name TEXT)")
    db.execute("""CREATE VIRTUAL TABLE customer_fts USING fts5(
        name, email, company, offers, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')""")
    # The indexes of the first release; later migrations add theirs (columns they index came later).
    for name in ("leads_customer", "leads_external", "leads_match", "leads_batch", "customers_due",
                 "customers_latest"):
        db.execute({**LEAD_INDEXES, **CUSTOMER_INDEXES}[name])


@MIGRATIONS()
def m002_followup(db: Database) -> None:
    """Follow-up and nurture: status history, attempts (one attempt may cover several leads of a customer),
    notes, planned calls, per-lead plan state, and the user's follow-up rules."""
    for column in ("next_due_at TEXT", "next_due_kind TEXT", "first_response_at TEXT", "last_attempt_at TEXT",
                   "attempt_count INTEGER NOT NULL DEFAULT 0", "replied_at TEXT", "closed_at TEXT",
                   "qualification TEXT"):
        db.execute(f"ALTER TABLE leads ADD COLUMN {column}")
    for column in ("attempt_count INTEGER NOT NULL DEFAULT 0", "last_attempt_at TEXT", "next_due_kind TEXT",
                   "status TEXT", "owner TEXT"):
        db.execute(f"ALTER TABLE customers ADD COLUMN {column}")
    db.execute("""UPDATE leads SET next_due_at = first_response_due_at, next_due_kind = 'reply'
                  WHERE status = 'new' AND first_response_due_at IS NOT NULL""")
    db.execute("""CREATE TABLE attempts (
        id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        at TEXT NOT NULL, channel TEXT NOT NULL, outcome TEXT NOT NULL, note TEXT, logged_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE attempt_leads (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE, PRIMARY KEY (attempt_id, lead_id))""")
    db.execute("CREATE INDEX attempt_leads_lead ON attempt_leads(lead_id)")
    db.execute("CREATE INDEX attempts_customer ON attempts(customer_id, at)")
    # Every status change, by the user or caused by an attempt (attempt_id), so history reads back and an
    # undone attempt takes the changes it caused with it.
    db.execute("""CREATE TABLE status_changes (
        id INTEGER PRIMARY KEY, lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
        at TEXT NOT NULL, from_status TEXT NOT NULL, to_status TEXT NOT NULL, reason TEXT,
        attempt_id INTEGER REFERENCES attempts(id) ON DELETE SET NULL)""")
    db.execute("CREATE INDEX status_changes_lead ON status_changes(lead_id, at)")
    db.execute("""CREATE TABLE notes (
        id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        at TEXT NOT NULL, text TEXT NOT NULL)""")
    db.execute("CREATE INDEX notes_customer ON notes(customer_id, at)")
    db.execute("""CREATE TABLE appointments (
        id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL, minutes INTEGER NOT NULL DEFAULT 30, kind TEXT NOT NULL DEFAULT 'call',
        title TEXT, note TEXT, done_at TEXT, created_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX appointments_customer ON appointments(customer_id, starts_at)")
    # The user's follow-up rules (24-hour clock, cadence, qualification criteria, templates), as JSON values:
    # they give the stored due times their meaning, so they live with the data (and its backups).
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE INDEX leads_due ON leads(customer_id, next_due_at)")


@MIGRATIONS()
def m005_urgency_order(db: Database) -> None:
    """An index in the inbox's default order (overdue first, then due soonest, then newest): the first page
    of a big list, or of a search matching many customers, is read in order instead of sorted."""
    for sql in (CUSTOMER_INDEXES["customers_urgency"], CUSTOMER_INDEXES["customers_status"],
                LEAD_INDEXES["leads_test"], LEAD_INDEXES["leads_next_due"], LEAD_INDEXES["leads_owner"]):
        db.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"))


@MIGRATIONS()
def m003_trust(db: Database) -> None:
    """Erasure: the suppression list, salted digests of erased customers' identity keys, so that importing an
    old file does not bring them back. The salt is made once per database and kept with it (and its backups);
    each digest names the salt it was made with, so lists from a restored backup can be merged."""
    db.execute("""CREATE TABLE suppressions (
        salt TEXT NOT NULL, digest TEXT NOT NULL, erased_at TEXT NOT NULL, PRIMARY KEY (salt, digest))""")
    first_rows(db)


def first_rows(db: Database) -> None:
    """What the migrations write into a database besides its schema (a new database made from the schema
    script gets it too): the privacy salt of m003, made once per database."""
    db.execute("INSERT OR IGNORE INTO settings (key, value) VALUES ('privacy_salt', ?)",
               (json.dumps(secrets.token_hex(16)),))


@MIGRATIONS()
def m006_raw_headers(db: Database) -> None:
    """The header of each imported file, kept once with its batch: the raw rows imported from now on are
    JSON arrays of cells named by it (rows of earlier imports stay {header: cell} objects; both read)."""
    db.execute("ALTER TABLE batches ADD COLUMN headers TEXT")


@MIGRATIONS()
def m007_reply_direction(db: Database) -> None:
    """Who made a contact: an attempt is the salesperson's ('out'); the customer's reply, logged with R, is
    'in'. Replies stop the cadence but are not attempts: counts, the cadence, the first response and the
    reports read 'out' rows only. An attempt with outcome 'replied' stays an attempt that was answered."""
    db.execute("ALTER TABLE attempts ADD COLUMN direction TEXT NOT NULL DEFAULT 'out' "
               "CHECK (direction IN ('out', 'in'))")
    legacy_replies_incoming(db)


@MIGRATIONS()
def m008_phone_search(db: Database) -> None:
    """Phone numbers become searchable: the search index gets a phone column, and every customer is indexed
    again. FTS5 takes no new column, so the index is made anew (as it is now: SEARCH_INDEX), filled by
    rollup.reindex: a later change to the index's columns must leave this migration a reindex of these."""
    _new_search_index(db)


# The search index as it is now (m016: one-letter prefixes indexed too).
SEARCH_INDEX = """CREATE VIRTUAL TABLE customer_fts USING fts5(
        name, email, company, offers, notes, phone, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"""


def _new_search_index(db: Database) -> None:
    """The search index made anew (FTS5 changes no column or option in place) and every customer indexed
    again; its old pages are zeroed as they are freed (a rewrite an erase left pending would otherwise leave
    the erased words in them)."""
    with purge.secure_delete(db):
        db.execute("DROP TABLE customer_fts")
    db.execute(SEARCH_INDEX)
    db.execute("CREATE TEMP TABLE search_all AS SELECT id FROM customers")
    from leadinbox.store import rollup     # the import's modules: only an upgrade that reindexes needs them
    rollup.reindex(db, "temp.search_all")
    db.execute("DROP TABLE temp.search_all")


@MIGRATIONS()
def m009_unreadable(db: Database) -> None:
    """Leads keep what they could not read: a date, country, phone or email that the file gave but that
    could not be read is flagged on the lead ({field: the text as written}, JSON) instead of the row being
    dropped; the lead's clock starts at its import."""
    if "unreadable" not in {row[1] for row in db.execute("PRAGMA table_info(leads)")}:
        db.execute("ALTER TABLE leads ADD COLUMN unreadable TEXT")


@MIGRATIONS()
def m010_lead_sources(db: Database) -> None:
    """Lead sources read over the network (the marketplace's Azure Table): the keys of the entities a pull
    read within its overlap window, so the next pull, which reaches back a few minutes, skips them (also
    those of an undone pull). The sources themselves live in settings, without their secrets."""
    db.execute("""CREATE TABLE pulled_entities (
        source TEXT NOT NULL, partition_key TEXT NOT NULL, row_key TEXT NOT NULL, ticks INTEGER NOT NULL,
        PRIMARY KEY (source, partition_key, row_key)) WITHOUT ROWID""")



def legacy_replies_incoming(db: Database) -> list[int]:
    """Before m007, R logged the customer's reply as an attempt: email, outcome 'replied'. The attempt dialog
    stored an answered attempt the same way, so the two are told apart by what is likely: an email marked
    'replied' on leads that had all had an earlier attempt answers that attempt (an email's outcome is not
    known when it is sent, so one logged as replied was logged after the fact, which is what R did). It
    becomes a reply. Any other ('replied' as the first contact, a call that was answered) stays an attempt,
    so no lead loses its first response. Leads' and customers' attempt counts and last attempts are counted
    again; their replied_at and next due item do not change (the rows keep their time and outcome)."""
    seen: set[int] = set()       # leads with an outgoing attempt so far, in time order
    incoming: list[int] = []
    rows = db.execute("""SELECT a.id, a.channel, a.outcome, group_concat(al.lead_id) FROM attempts AS a
                         JOIN attempt_leads AS al ON al.attempt_id = a.id GROUP BY a.id ORDER BY a.at, a.id""")
    for attempt_id, channel, outcome, lead_list in rows.fetchall():
        leads = {int(i) for i in lead_list.split(",")}
        if channel == "email" and outcome == "replied" and leads <= seen:
            incoming.append(attempt_id)
        else:
            seen |= leads
    if not incoming:
        return incoming
    db.execute("CREATE TEMP TABLE m007_in (id INTEGER PRIMARY KEY)")
    db.conn.executemany("INSERT INTO temp.m007_in (id) VALUES (?)", [(i,) for i in incoming])
    db.execute("UPDATE attempts SET direction = 'in' WHERE id IN (SELECT id FROM temp.m007_in)")
    db.execute("UPDATE status_changes SET reason = 'reply' WHERE attempt_id IN (SELECT id FROM temp.m007_in)")
    out = ("SELECT {} FROM attempt_leads AS al JOIN attempts AS a ON a.id = al.attempt_id "
           "WHERE al.lead_id = leads.id AND a.direction = 'out'")
    db.execute(f"""UPDATE leads SET attempt_count = ({out.format('count(*)')}),
                                    last_attempt_at = ({out.format('max(a.at)')})
                   WHERE id IN (SELECT lead_id FROM attempt_leads
                                WHERE attempt_id IN (SELECT id FROM temp.m007_in))""")
    db.execute("""UPDATE customers SET
                      attempt_count = (SELECT count(*) FROM attempts WHERE customer_id = customers.id
                                       AND direction = 'out'),
                      last_attempt_at = (SELECT max(at) FROM attempts WHERE customer_id = customers.id
                                         AND direction = 'out')
                  WHERE id IN (SELECT customer_id FROM attempts WHERE id IN (SELECT id FROM temp.m007_in))""")
    db.execute("DROP TABLE temp.m007_in")
    return incoming


@MIGRATIONS()
def m011_team(db: Database) -> None:
    """A team through a shared table (docs/team.md): the events this desk queued (its outbox, numbered in
    its order), the events of every desk it applied (the applied-event log, also what attributes work to a
    desk by name), how far it read each desk, the team keys of its customers and leads, the last-writer
    registers of lead statuses, the owners by claim version, and who did what (`by_name`, `team_event`)."""
    db.execute("""CREATE TABLE team_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, ck TEXT NOT NULL, hlc INTEGER NOT NULL,
        body TEXT NOT NULL, made_at TEXT NOT NULL, sent_at TEXT)""")
    db.execute("CREATE INDEX team_outbox_unsent ON team_outbox(seq) WHERE sent_at IS NULL")
    db.execute("""CREATE TABLE team_events (
        desk TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, ck TEXT NOT NULL, hlc INTEGER NOT NULL,
        by_name TEXT NOT NULL, body TEXT NOT NULL, applied INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (desk, seq))""")
    db.execute("CREATE INDEX team_events_waiting ON team_events(ck) WHERE applied = 0")
    db.execute("CREATE TABLE team_cursors (desk TEXT PRIMARY KEY, seq INTEGER NOT NULL)")
    db.execute("""CREATE TABLE team_keys (tkey TEXT PRIMARY KEY,
        customer_id INTEGER NOT NULL UNIQUE REFERENCES customers(id) ON DELETE CASCADE)""")
    db.execute("""CREATE TABLE team_lead_keys (tkey TEXT PRIMARY KEY,
        lead_id INTEGER NOT NULL UNIQUE REFERENCES leads(id) ON DELETE CASCADE)""")
    db.execute("""CREATE TABLE team_status (lk TEXT PRIMARY KEY, ck TEXT NOT NULL, hlc INTEGER NOT NULL,
        desk TEXT NOT NULL, status TEXT NOT NULL, by_name TEXT NOT NULL)""")
    db.execute("""CREATE TABLE team_claims (ck TEXT PRIMARY KEY, version INTEGER NOT NULL, owner_desk TEXT NOT NULL,
        owner TEXT NOT NULL, at TEXT NOT NULL)""")
    for table in ("attempts", "notes", "appointments"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN by_name TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN team_event TEXT")
        db.execute(f"CREATE INDEX {table}_team_event ON {table}(team_event) WHERE team_event IS NOT NULL")
    db.execute("ALTER TABLE status_changes ADD COLUMN by_name TEXT")


@MIGRATIONS()
def m012_mail(db: Database) -> None:
    """Email in the timeline (issue 17): each logged message once (`key`: its Message-ID, else a hash of its
    headers), with the customers it was logged on and how (an attempt, a reply, or only marked: sent to a
    do-not-contact customer, or to one without an open lead). An attempt's undo takes its link with it; a
    message left without links goes too (a trigger), so an erased customer's mail does not stay behind."""
    db.execute("""CREATE TABLE mail_messages (
        id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, sent_at TEXT NOT NULL, sender_email TEXT,
        sender_name TEXT, subject TEXT, body TEXT, origin TEXT NOT NULL, logged_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE mail_links (
        message_id INTEGER NOT NULL REFERENCES mail_messages(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('attempt', 'reply', 'dnc', 'closed')),
        direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
        attempt_id INTEGER REFERENCES attempts(id) ON DELETE CASCADE,
        PRIMARY KEY (message_id, customer_id))""")
    db.execute("CREATE INDEX mail_links_customer ON mail_links(customer_id)")
    db.execute("CREATE INDEX mail_links_attempt ON mail_links(attempt_id) WHERE attempt_id IS NOT NULL")
    db.execute("""CREATE TRIGGER mail_unlinked AFTER DELETE ON mail_links BEGIN
        DELETE FROM mail_messages WHERE id = OLD.message_id
            AND NOT EXISTS (SELECT 1 FROM mail_links WHERE message_id = OLD.message_id);
    END""")


@MIGRATIONS()
def m013_people(db: Database) -> None:
    """Working a backlog (issue 20). Contact details the user edits (`customer_edits`: each edit a row, the
    newest per column wins over what the leads say, so a later import never overwrites it; undoing deletes
    the row). Other keys a customer is known by (`customer_aliases`: an email the user changed to, a customer
    merged in), so a later file with them joins this customer. Free labels (`tags`). A deal's value on a
    lead (Won, Qualified; `deals`). The customer's language. The company a customer belongs to (`org_key`, its name
    without legal form; `org_domain`, a business email domain), worked out when first asked for
    (store/people/companies.py) and again whenever the company or email they were worked out from
    (`org_of`) changes; imports do not pay for them."""
    db.execute("""CREATE TABLE customer_edits (
        id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        edit_id INTEGER NOT NULL, field TEXT NOT NULL, value TEXT, before TEXT, at TEXT NOT NULL)""")
    db.execute("CREATE INDEX customer_edits_customer ON customer_edits(customer_id, field, id)")
    db.execute("""CREATE TABLE customer_aliases (
        key TEXT PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        edit_id INTEGER)""")
    db.execute("CREATE INDEX customer_aliases_customer ON customer_aliases(customer_id)")
    db.execute("""CREATE TABLE tags (
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        tag TEXT NOT NULL COLLATE NOCASE, at TEXT NOT NULL, PRIMARY KEY (customer_id, tag))""")
    db.execute("CREATE INDEX tags_tag ON tags(tag, customer_id)")
    # A table of its own, not columns of leads: a lead row that grows when next updated is moved within its
    # page, and an erase must find every copy of it (tests/store/safety/test_erase.py).
    db.execute("""CREATE TABLE deals (
        lead_id INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE, amount REAL NOT NULL,
        currency TEXT NOT NULL, at TEXT NOT NULL)""")
    for column in ("language TEXT", "org_key TEXT", "org_domain TEXT", "org_of TEXT"):
        db.execute(f"ALTER TABLE customers ADD COLUMN {column}")
    db.execute("CREATE INDEX customers_org_key ON customers(org_key) WHERE org_key IS NOT NULL")
    db.execute("CREATE INDEX customers_org_domain ON customers(org_domain) WHERE org_domain IS NOT NULL")


@MIGRATIONS()
def m014_name_joins(db: Database) -> None:
    """One customer per person (issue 15): a customer known only by name and company that an import joined to
    the one customer with an email and that name and company, with everything that moved (JSON), so undoing
    that import splits them back exactly. Erasing the customer they were joined to takes the record along."""
    db.execute("""CREATE TABLE batch_merges (
        batch_id INTEGER NOT NULL REFERENCES batches(id), other_id INTEGER NOT NULL,
        into_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE, record TEXT NOT NULL)""")
    db.execute("CREATE INDEX batch_merges_batch ON batch_merges(batch_id)")
    db.execute("CREATE INDEX batch_merges_into ON batch_merges(into_id)")


@MIGRATIONS()
def m015_team_status_by_customer(db: Database) -> None:
    """Applying an event reads the status registers of its customer: by customer, not by scanning them all
    (10,000 events pulled: the scan made applying quadratic)."""
    db.execute("CREATE INDEX IF NOT EXISTS team_status_customer ON team_status(ck)")


@MIGRATIONS()
def m016_one_letter_search(db: Database) -> None:
    """One-letter prefixes get their own index in the search table: a search for 'j' read and merged the
    lists of every word starting with j (0.2-0.7 s at a million leads, on every first keystroke; with it
    the first page takes a millisecond). A database made since m008 has it already."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'customer_fts'").fetchone()[0]
    if " ".join(sql.split()) != " ".join(SEARCH_INDEX.split()):
        _new_search_index(db)


@MIGRATIONS()
def m017_quick_counts(db: Database) -> None:
    """Indexes for what the window reads when it opens: the quick filters' countries and how many customers
    have something due."""
    for sql in (CUSTOMER_INDEXES["customers_country"], CUSTOMER_INDEXES["customers_due_open"]):
        db.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"))


@MIGRATIONS()
def m018_team_fields(db: Database) -> None:
    """Qualification and contact edits travel as team events: a last-writer register per lead or customer and
    field (`team_fields`, the hybrid clock decides), and who made each contact edit (`by_name`)."""
    db.execute("""CREATE TABLE team_fields (key TEXT NOT NULL, field TEXT NOT NULL, ck TEXT NOT NULL,
                  hlc INTEGER NOT NULL, desk TEXT NOT NULL, value TEXT, by_name TEXT, PRIMARY KEY (key, field))""")
    db.execute("CREATE INDEX team_fields_customer ON team_fields(ck)")
    db.execute("ALTER TABLE customer_edits ADD COLUMN by_name TEXT")


@MIGRATIONS()
def m019_team_alias_keys(db: Database) -> None:
    """A customer joined to another (issue 15's name join, an email edited to another customer's) keeps the
    team key of what they were: other desks' events keyed by it still find them. The team key of each of the
    customer's other keys (`customer_aliases`), gone with the alias (an undone join, an erasure)."""
    db.execute("""CREATE TABLE team_alias_keys (tkey TEXT PRIMARY KEY,
        alias TEXT NOT NULL UNIQUE REFERENCES customer_aliases(key) ON DELETE CASCADE)""")


@MIGRATIONS()
def m020_search_pending(db: Database) -> None:
    """Customers whose search entries a big import writes after its commit (store/search_pending.py): in the
    database, so a step cut off by a quit or a crash is done the next time."""
    db.execute("CREATE TABLE search_pending (id INTEGER PRIMARY KEY)")
