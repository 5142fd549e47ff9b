import pytest

from leadinbox.core.headers import match_headers, recognise_layout, unplaced_fields


def placed(headers, overrides=None):
    m = match_headers(headers, overrides)
    return {headers[i]: f for i, f in m.columns.items()}, recognise_layout(headers, m)


def test_owner_email_is_not_the_customer_email():
    cols, _ = placed(["Lead Owner Email", "Email", "Lead Owner", "First Name"])
    assert cols["Email"] == "email"
    assert "Lead Owner Email" not in cols
    assert cols["Lead Owner"] == "owner"


def test_owner_email_alone_leaves_email_unplaced():
    m = match_headers(["Lead Owner Email", "First Name", "Lead Source", "Created Date"])
    assert "email" not in m.fields


def test_normalises_case_space_and_punctuation():
    cols, _ = placed(["customer_contact-EMAIL  (address)", "FIRSTNAME", "Company/Account"])
    assert cols == {"customer_contact-EMAIL  (address)": "email", "FIRSTNAME": "first_name",
                    "Company/Account": "company"}


@pytest.mark.parametrize("headers, layout", [
    (["PartitionKey", "RowKey", "CustomerInfo", "LeadSource"], "azure_table"),
    (["(Do Not Modify) Lead", "(Do Not Modify) Row Checksum", "Name", "Topic", "Email", "Created On"], "dyn_export"),
    (["Lead ID", "LeadCreationDateTime", "Customer name", "Company name", "Customer email"], "pc_leads_export"),
    (["Referral ID", "Creation Date", "Customer Name", "Lead Type", "Lead Source", "Call to action"], "pc_insights"),
    (["Lead Owner", "First Name", "Company / Account", "Email", "Lead Source", "Create Date"], "sf_report"),
    (["Lead-ID", "Firma/Account", "Vorname", "Nachname", "Lead-Quelle", "Erstelldatum"], "sf_report"),
    (["Id", "FirstName", "LastName", "Company", "Email", "LeadSource", "CreatedDate"], "sf_dataexport"),
    (["First Name", "Last Name", "Email Address", "Company Name", "Country", "Lead Source"], "marketo"),
    (["Voornaam", "Achternaam", "E-mailadres", "Bedrijfsnaam", "Leadbron", "Aangemaakt op"], "generic"),
    (["名字", "姓氏", "電子郵件", "公司名稱", "潛在客戶來源", "建立日期"], "generic"),
])
def test_recognises_layouts(headers, layout):
    assert placed(headers)[1] == layout


def test_customer_name_is_company_in_insights_and_person_beside_a_company_column():
    assert placed(["Referral ID", "Customer Name", "Lead Type"])[0]["Customer Name"] == "company"
    assert placed(["Customer name", "Company name", "Customer email"])[0]["Customer name"] == "full_name"


def test_unknown_layout_reports_unplaced_fields_and_accepts_overrides():
    headers = ["Wer", "Was", "Wann"]
    m = match_headers(headers)
    assert recognise_layout(headers, m) is None
    assert unplaced_fields(m) == ["email", "full_name", "action", "created_at"]
    m = match_headers(headers, {"Wer": "email", "Was": "lead_source", "Wann": "created_at"})
    assert unplaced_fields(m) == [] and recognise_layout(headers, m) == "generic"


def test_first_of_two_columns_for_one_field_wins_and_the_other_is_reported():
    m = match_headers(["Email", "E-mail", "Name"])
    assert m.columns[0] == "email" and m.conflicts == {"email": [1]}


def test_a_dutch_file_with_aangemaakt_product_and_opmerking():
    """A tester's file: every column placed; no action column, so the mapping dialog still asks for it."""
    headers = ["Naam", "Bedrijf", "E-mailadres", "Telefoon", "Land", "Product", "Aangemaakt", "Opmerking"]
    cols, layout = placed(headers)
    assert (cols["Aangemaakt"], cols["Product"], cols["Opmerking"]) == ("created_at", "offer_name", "description")
    assert len(cols) == len(headers) and layout is None
    assert unplaced_fields(match_headers(headers)) == ["action"]


@pytest.mark.parametrize("header, field", [
    ("Aangemaakt op", "created_at"), ("Aanmaakdatum", "created_at"), ("Datum", "created_at"),
    ("Productnaam", "offer_name"), ("Aanbieding", "offer_name"), ("Notitie", "description"),
    ("Opmerkingen", "description"), ("Beschrijving", "description"),
    ("建立日期", "created_at"), ("建立時間", "created_at"), ("產品", "offer_name"), ("方案", "offer_name"),
    ("備註", "description"), ("說明", "description"),
    # The traps: an id is not the name, the last change is not the creation.
    ("Product ID", "offer_id"), ("Product-ID", "offer_id"), ("產品識別碼", "offer_id"), ("產品 ID", "offer_id"),
    ("Datum laatste wijziging", "updated_at"), ("Laatst gewijzigd op", "updated_at"),
])
def test_dutch_and_chinese_synonyms(header, field):
    assert placed([header, "E-mail"])[0][header] == field


@pytest.mark.parametrize("header", [
    "Aangemaakt door",            # who created it, not when
    "Follow-up datum", "Sluitings datum",    # "datum" only on its own
    "Microsoft product", "Partner product",  # another record's product
    "Eigenaar e-mail", "Aangemaakt door e-mail", "Lead Owner Opmerking",
])
def test_new_words_do_not_catch_other_records_or_dates(header):
    cols, _ = placed([header, "Naam"])
    assert header not in cols, cols


def test_with_a_creation_column_datum_and_product_lose_to_the_specific_names():
    m = match_headers(["Datum", "Aangemaakt op", "Product", "Naam van aanbieding", "E-mail"])
    assert m.column_of("created_at") == 1 and m.column_of("offer_name") == 3
    assert m.conflicts == {"created_at": [0], "offer_name": [2]}
