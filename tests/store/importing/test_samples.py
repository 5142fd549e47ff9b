"""Every sample file imports with the right customers, leads, actions and offers."""

import pytest

from leadinbox.store.timeline import original_row
from tests.store.helpers import run_import

EXPECTED_CUSTOMERS = {
    "jsmith@contoso.example", "sanne.devries@fabrikam.example", "yichun.chen@tailspin.example",
    "p.jansen@northwind.example", "aiko@woodgrove.example", "chloe.lefevre@adatum.example",
    "priya@proseware.example", "xm.wang@wingtip.example",
}


def actions_of(db, email):
    return db.execute("SELECT actions FROM customers WHERE email = ?", (email,)).fetchone()[0]


def test_partner_center_export(db, samples):
    r = run_import(db, samples / "partner-center-leads-export.csv")
    assert (r.status, r.layout, r.rows, r.new_leads, r.new_customers) == ("imported", "pc_leads_export", 18, 18, 9)
    emails = {e for (e,) in db.execute("SELECT email FROM customers WHERE email IS NOT NULL")}
    assert emails == EXPECTED_CUSTOMERS
    assert actions_of(db, "yichun.chen@tailspin.example") == "INS PLT StartTestDrive"
    bakker = db.execute("SELECT full_name, company, missing, country_code FROM customers WHERE email IS NULL").fetchone()
    assert bakker == ("Emma Bakker", "Bakker Logistiek", "email", "NL")
    offers = dict(db.execute("SELECT offer_id, offer_name FROM leads GROUP BY offer_id").fetchall())
    assert offers == {"contoso-isv.lead-router-saas": "Lead Router SaaS",
                      "contoso-isv.secure-gateway-byol": "Secure Gateway (BYOL)"}


def test_azure_table_with_customerinfo_json_dnc_and_test_lead(db, samples):
    r = run_import(db, samples / "azure-table-marketplaceleads.csv")
    assert (r.layout, r.new_leads, r.new_customers) == ("azure_table", 20, 11)
    assert db.execute("SELECT action, dnc, leads.status FROM customers JOIN leads ON customer_id = customers.id "
                      "WHERE customers.email = 'lukas.mueller@litware.example'").fetchone() == ("DNC", 1, "dnc")
    test = db.execute("SELECT is_test, action, first_response_due_at FROM leads WHERE is_test").fetchall()
    assert test == [(1, "INS", None)]
    sanne = db.execute("SELECT created_at, source, action, offer_id FROM leads WHERE email LIKE 'sanne%' "
                       "ORDER BY created_at").fetchall()
    assert sanne == [("2026-10-02T19:00:00Z", "appsource", "PLT", "contoso-isv.secure-gateway-byol"),
                     ("2026-10-03T01:00:00Z", "azure_marketplace", "StartTestDrive",
                      "contoso-isv.secure-gateway-byol")]


def test_https_jsonl_has_no_dates_and_uses_import_time(db, samples):
    r = run_import(db, samples / "https-endpoint-leads.jsonl", now="2026-11-01T09:00:00Z")
    assert (r.layout, r.new_leads, r.new_customers) == ("https_json", 8, 5)
    assert db.execute("SELECT DISTINCT created_at, sort_at FROM leads").fetchall() == [(None, "2026-11-01T09:00:00Z")]


def test_salesforce_report_parses_composite_lead_source(db, samples):
    r = run_import(db, samples / "salesforce-leads-report.csv")
    assert (r.layout, r.new_leads) == ("sf_report", 10)
    assert db.execute("SELECT owner, action, offer_id FROM leads WHERE email = 'lukas.mueller@litware.example'"
                      ).fetchone() == ("Alex Rivera", "DNC", "contoso-isv.lead-router-saas")


def test_dynamics_xlsx_reads_topic_and_hidden_columns(db, samples):
    r = run_import(db, samples / "dynamics365-leads-export.xlsx")
    assert (r.layout, r.new_leads, r.new_customers) == ("dyn_export", 9, 6)
    row = db.execute("SELECT external_id, action, source, offer_name, created_at FROM leads WHERE row_no = 2").fetchone()
    assert row == ("6d76b07e-0000-4000-8000-000000000000", "PLT", "appsource", "Secure Gateway (BYOL)",
                   "2026-10-02T19:00:00Z")


def test_raw_row_is_kept_whole(db, samples):
    run_import(db, samples / "partner-center-leads-export.csv")
    raw = dict(original_row(db, db.execute("SELECT min(lead_id) FROM lead_raw").fetchone()[0])["fields"])
    assert raw["Email validity"] == "Valid" and raw["Lead ID"] == "0cb1e29c658cda14-0000"


ORDER = ["partner-center-leads-export.csv", "azure-table-marketplaceleads.csv", "salesforce-leads-report.csv",
         "https-endpoint-leads.jsonl", "dynamics365-leads-export.xlsx"]


# Salesforce names offers by id only, Dynamics and JSON by name only; the order must not matter.
@pytest.mark.parametrize("order", [ORDER, ORDER[::-1], sorted(ORDER)[::-1]], ids=["pc-first", "dyn-first", "sf-first"])
def test_one_customer_one_timeline_across_all_layouts(db, samples, order):
    """The five samples describe the same 20 events of 11 customers; they dedupe to exactly that."""
    for name in order:
        assert run_import(db, samples / name).status == "imported"
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == 20
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 11
    assert actions_of(db, "sanne.devries@fabrikam.example") == "PLT StartTestDrive"
