"""Finding a customer by phone number: as written, in E.164, in the national form, or its first digits; word
searches find what they found before; a database made before m008 is indexed by the migration."""

from datetime import datetime, timezone

import pytest

from leadinbox.core.phones import SEARCH_MARK
from leadinbox.core.query import InboxQuery
from leadinbox.store import inbox, rollup
from leadinbox.store.work import worklog
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.store.migrations import MIGRATIONS

NOW = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)
# Sanne de Vries's number is '+31 20 555 0134' in every sample; Pieter Jansen's '0612345678' (NL);
# John Smith's '+1 425 555 0100'.
SEARCHES = {
    "+31 20 555 0134": "Sanne de Vries",       # as written
    "+31205550134": "Sanne de Vries",          # E.164
    "31205550134": "Sanne de Vries",
    "0205550134": "Sanne de Vries",            # national, with the trunk 0
    "020 555 0134": "Sanne de Vries",          # national, grouped
    "020-555-0134": "Sanne de Vries",
    "205550134": "Sanne de Vries",             # national number without the trunk 0
    "+31 20 555": "Sanne de Vries",            # the first digits, as typed so far
    "020 55": "Sanne de Vries",
    "0612345678": "Pieter Jansen",             # written nationally: found in E.164 too
    "+31 6 1234": "Pieter Jansen",
    "06 1234 5678": "Pieter Jansen",
    "(425) 555-0100": "John Smith",            # the US way, with the number written internationally
    "425.555.01": "John Smith",
    "+1 425": "John Smith",
}


def names(db, search, **kwargs):
    q = InboxQuery(search=search, **kwargs)
    return [c["full_name"] for c in inbox.customer_page(db, q, 0, 100, NOW)]


@pytest.fixture
def loaded(db, samples):
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    return db


@pytest.mark.parametrize("search, who", SEARCHES.items())
def test_a_phone_number_finds_its_customer_however_it_is_typed(loaded, search, who):
    assert names(loaded, search) == [who]


def test_a_country_code_finds_everyone_with_a_number_there(loaded):
    assert sorted(names(loaded, "+31")) == ["Emma Bakker", "Pieter Jansen", "Sanne de Vries"]
    assert sorted(names(loaded, "+886")) == ["王小明", "陳怡君"]


@pytest.mark.parametrize("limit", [0, 10_000])
@pytest.mark.parametrize("search", ["+31", "+31 20 555", "020 555 0134", "0612345678", "+886"])
def test_phone_searches_read_the_same_in_the_broad_match_path(loaded, monkeypatch, search, limit):
    """SPARSE_MATCHES 0: every search walks the customers in the inbox's order (the path of broad matches)."""
    expected = names(loaded, search)
    monkeypatch.setattr(inbox, "SPARSE_MATCHES", limit)
    monkeypatch.setattr(inbox, "SORT_FACTOR", 0)
    assert names(loaded, search) == expected and expected


def test_word_searches_ask_what_they_asked_before(loaded):
    """Anything not typed as a phone number is the same FTS query as before m008: every word a prefix."""
    for search in ("sanne", "Tailspin 2026", "3M", "jsmith@contoso", "lead router", "de Vries 2"):
        q = InboxQuery(search=search)
        assert inbox.fts_match(q) == " ".join(f'"{t}"*' for t in q.search_terms())
    assert names(loaded, "fabrik") == ["Sanne de Vries"]


def test_a_word_search_does_not_read_the_phone_numbers(loaded):
    """A digit typed as a word ('Company 2') matches words only: phone forms are marked, so its prefix
    reads none of them (the index holds a few per customer; reading them made such searches twice as slow)."""
    vocab = "CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, customer_fts, 'col')"
    loaded.execute(vocab)
    phone_terms = [t for (t,) in loaded.execute("SELECT term FROM temp.fts_terms WHERE col = 'phone'")]
    assert phone_terms and all(t.startswith(SEARCH_MARK) for t in phone_terms)
    assert loaded.execute("SELECT count(*) FROM temp.fts_terms WHERE col != 'phone' AND term LIKE ?",
                          (SEARCH_MARK + "%",)).fetchone()[0] == 0


def test_words_with_digits_and_a_company_named_with_a_digit(loaded):
    cid = loaded.execute("SELECT id FROM customers WHERE full_name = 'Emma Bakker'").fetchone()[0]
    loaded.execute("UPDATE customers SET company = '3M' WHERE id = ?", (cid,))
    worklog.add_note(loaded, cid, "Tailspin 2026 budget approved")       # re-indexes her
    assert names(loaded, "3M") == ["Emma Bakker"]
    assert names(loaded, "Tailspin 2026") == ["Emma Bakker"]
    assert names(loaded, "2026") == ["Emma Bakker"]                  # a number in the notes, as before
    assert names(loaded, "030 555 01") == ["Emma Bakker"]         # her number: '+31 30 555 0190'


def test_test_leads_stay_hidden_from_a_phone_search(loaded):
    assert names(loaded, "1234567890") == []                 # the Microsoft test lead's number
    assert len(names(loaded, "1234567890", hide_test=False)) == 1


def _reindex_before_m008(db, affected):
    """rollup.reindex as it was up to m007: five columns, no phone."""
    db.execute(f"DELETE FROM customer_fts WHERE rowid IN (SELECT id FROM {affected})")
    db.execute(f"""
        INSERT INTO customer_fts (rowid, name, email, company, offers, notes)
        SELECT c.id, c.full_name, c.email, c.company, t.offers,
               coalesce(t.notes || ' ', '') || coalesce((SELECT group_concat(text, ' ') FROM notes
                                                        WHERE customer_id = c.id), '')
        FROM customers AS c JOIN (
            SELECT customer_id, group_concat(DISTINCT coalesce(offer_name, offer_id)) AS offers,
                   group_concat(description, ' ') AS notes
            FROM leads WHERE customer_id IN (SELECT id FROM {affected}) GROUP BY customer_id) AS t
          ON t.customer_id = c.id""")


def test_the_migration_indexes_the_phones_of_a_database_made_before_it(db_path, samples, monkeypatch):
    old = open_database(db_path, migrate=False)
    MIGRATIONS.apply(old, stop_before="m008_phone_search")
    old.execute("ALTER TABLE leads ADD COLUMN unreadable TEXT")   # today's importer writes it (m009)
    with monkeypatch.context() as m:
        m.setattr(rollup, "reindex", _reindex_before_m008)
        m.setattr(worklog, "reindex", _reindex_before_m008)
        for path in sorted(samples.iterdir()):
            import_path(old, path)
        sanne = old.execute("SELECT id FROM customers WHERE full_name = 'Sanne de Vries'").fetchone()[0]
        worklog.add_note(old, sanne, "wants kubernetes pricing")
    columns = [r[1] for r in old.execute("PRAGMA table_info(customer_fts)")]
    assert columns == ["name", "email", "company", "offers", "notes"]
    assert names(old, "sanne") == ["Sanne de Vries"]
    old.close()

    db = open_database(db_path)          # migrates, after a backup
    assert "m008_phone_search" in {m.name for m in MIGRATIONS.applied(db)}
    assert list((db_path.parent / "backups").glob("*before-m008_phone_search*"))
    assert [r[1] for r in db.execute("PRAGMA table_info(customer_fts)")][-1] == "phone"
    for search, who in SEARCHES.items():
        assert names(db, search) == [who], search
    assert names(db, "kubernetes") == names(db, "fabrikam") == ["Sanne de Vries"]    # notes, companies kept
    assert db.execute("SELECT count(*) FROM customer_fts").fetchone()[0] == \
        db.execute("SELECT count(*) FROM customers").fetchone()[0]
    db.execute("INSERT INTO customer_fts (customer_fts) VALUES ('integrity-check')")
    config = dict(db.execute("SELECT k, v FROM customer_fts_config WHERE k != 'version'").fetchall())
    assert {k: config.get(k, v) for k, v in rollup.FTS_DEFAULTS.items()} == rollup.FTS_DEFAULTS
    db.close()


def test_a_database_made_before_m016_gets_one_letter_prefixes_and_finds_the_same(db_path, samples):
    """m016 makes the search index anew with one-letter prefixes indexed: every search finds what it found."""
    old = open_database(db_path, migrate=False)
    MIGRATIONS.apply(old, stop_before="m016_one_letter_search")
    with old.atomic():       # the index as m008 made it, before m016
        old.execute("DROP TABLE customer_fts")
        old.execute("""CREATE VIRTUAL TABLE customer_fts USING fts5(name, email, company, offers, notes, phone,
                       tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')""")
    for path in sorted(samples.iterdir()):
        import_path(old, path)
    sanne = old.execute("SELECT id FROM customers WHERE full_name = 'Sanne de Vries'").fetchone()[0]
    worklog.add_note(old, sanne, "wants kubernetes pricing")
    searches = [*SEARCHES, "s", "j", "k", "1", "sanne", "kubernetes", "fabrikam", "contoso", "3", "+3"]
    before = {s: names(old, s, hide_test=False) for s in searches}
    old.close()

    db = open_database(db_path)          # migrates, after a backup
    assert "m016_one_letter_search" in {m.name for m in MIGRATIONS.applied(db)}
    assert "prefix = '1 2 3'" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'customer_fts'").fetchone()[0]
    assert {s: names(db, s, hide_test=False) for s in searches} == before
    db.execute("INSERT INTO customer_fts (customer_fts) VALUES ('integrity-check')")
    db.close()


def test_a_new_database_is_not_indexed_twice(db):
    from leadinbox.store.migrations import SEARCH_INDEX
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'customer_fts'").fetchone()[0]
    assert " ".join(sql.split()) == " ".join(SEARCH_INDEX.split())
