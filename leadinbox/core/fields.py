"""Canonical lead fields and the header synonyms each export uses for them (see lead-formats.md)."""

from __future__ import annotations

# field -> synonyms. English, Salesforce German, Dutch and Traditional Chinese labels, API names and
# JSON key paths. Compared after `headers.normalise_header` (case, spaces and punctuation folded).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "external_id": (
        "referral id", "lead id", "rowkey", "id", "do not modify lead", "lead-id", "leadid",
        "潛在客戶識別碼", "潛在客戶 id", "lead-id nummer", "leadnummer",
    ),
    "engagement_id": ("engagement id",),
    "created_at": (
        "leadcreationdatetime", "lead creation date time", "creation date", "created on", "created date",
        "create date", "createddate", "createdtime", "created time", "created at", "createdat", "erstelldatum",
        "aangemaakt op", "gemaakt op", "aanmaakdatum", "datum aangemaakt", "建立日期", "建立時間", "建立於",
        "date created", "lead date", "aangemaakt", "aanmaaktijd", "建立日期時間", "datum",
    ),
    "partition_key": ("partitionkey",),
    "timestamp": ("timestamp",),
    "updated_at": (
        "updated date", "modified on", "do not modify modified on", "last modified date", "lastmodifieddate",
        "updated at", "zuletzt geändert am", "gewijzigd op", "修改日期", "修改時間",
        "datum laatste wijziging", "laatst gewijzigd", "laatst gewijzigd op", "wijzigingsdatum", "上次修改日期",
        "上次修改時間",
    ),
    "first_name": (
        "first name", "firstname", "customer contact first name", "userdetails firstname",
        "customerinfo firstname", "vorname", "voornaam", "名字", "名",
    ),
    "last_name": (
        "last name", "lastname", "customer contact last name", "userdetails lastname", "customerinfo lastname",
        "nachname", "achternaam", "姓氏", "姓",
    ),
    "full_name": (
        "full name", "fullname", "lead name", "name", "contact name", "customer contact name",
        "naam", "volledige naam", "全名", "名稱", "姓名", "客戶姓名",
    ),
    "email": (
        "email", "e-mail", "email address", "e-mail address", "customer email", "customer contact email address",
        "userdetails email", "customerinfo email", "emailaddress1", "e-mailadres", "e mailadres",
        "e-mailadres klant", "電子郵件", "電子郵件地址", "email adres", "emailadres", "mail",
    ),
    "phone": (
        "phone", "phone number", "business phone", "customer phone", "customer contact phone number",
        "mobile phone", "mobilephone", "telephone", "telephone1", "userdetails phone", "customerinfo phone",
        "telefon", "telefoon", "telefoonnummer", "zakelijke telefoon", "mobiele telefoon", "電話", "商務電話",
        "行動電話", "電話號碼",
    ),
    "job_title": (
        "job title", "title", "jobtitle", "userdetails title", "customerinfo title", "titel", "functie",
        "functietitel", "職稱", "職位",
    ),
    "company": (
        "company", "company name", "company / account", "company account", "business name", "account name",
        "userdetails company", "customerinfo company", "companyname", "firma account", "firma",
        "bedrijf", "bedrijfsnaam", "organisatie", "公司", "公司名稱", "公司名称", "organization",
    ),
    "country": (
        "country", "country/region", "country region", "customer country", "userdetails country",
        "customerinfo country", "address1 country", "land", "land/regio", "land regio", "國家/地區",
        "國家 地區", "國家", "國家地區", "地址", "address",
    ),
    "city": ("city", "customer city", "ort", "plaats", "stad", "城市", "縣/市"),
    "state": ("state", "state/province", "state or province", "customer state", "bundesland", "provincie",
              "州/省", "省"),
    "lead_source": (
        "lead source", "leadsource", "lead_source", "lead-quelle", "sourcesystemname", "leadbron",
        "潛在客戶來源", "來源", "bron",
    ),
    "action": ("call to action", "call-to-action", "actioncode", "action code", "oproep tot actie",
               "行動呼籲", "call to action cta"),
    "offer_name": (
        "offer name", "offerdisplayname", "offertitle", "offer title", "offer", "topic", "subject",
        "naam van aanbieding", "aanbieding", "aanbiedingsnaam", "onderwerp", "供應項目名稱", "供應項目", "主旨",
        "product", "productnaam", "product naam", "產品名稱", "產品", "方案名稱", "方案",
    ),
    "offer_id": ("offer id", "productid", "product id", "aanbiedings-id", "aanbiedings id", "供應項目識別碼",
                 "產品識別碼", "產品 id", "產品id", "方案識別碼", "方案 id", "方案id"),
    "publisher_name": ("publisherdisplayname", "publisher", "publisher name"),
    "description": (
        "description", "notes", "note", "comments", "comment", "message", "userdetails description",
        "beschreibung", "beschrijving", "opmerkingen", "notities", "描述", "備註", "附註",
        "opmerking", "notitie", "toelichting", "說明", "留言",
    ),
    "lead_type": ("lead type", "leadtype", "type lead", "潛在客戶類型"),
    "lead_quality": ("lead quality", "lead rating", "rating", "lead score", "beoordeling", "評等"),
    "email_validity": ("email validity", "e-mail validity"),
    "phone_validity": ("phone validity",),
    "status": (
        "status", "lead status", "status reason", "partner referral status", "lead-status", "statusreden",
        "狀態", "狀態原因",
    ),
    "owner": ("lead owner", "owner", "lead owner alias", "ownerid", "record owner", "lead-inhaber",
              "eigenaar", "擁有者", "負責人"),
    "customer_info": ("customerinfo", "userdetails"),
}

FIELDS = tuple(SYNONYMS)

# Synonyms too general to count as the last word of a longer header: a file's "Datum" is the lead's date,
# but "Follow-up datum" or "Sluitings datum" is not when the lead was created.
WHOLE_HEADER_ONLY = ("datum",)

# A header whose last words are a synonym is accepted unless its first words name another record:
# "Lead Owner Email" is the owner's address, not the customer's.
FOREIGN_PREFIXES = (
    "owner", "lead owner", "account owner", "parent", "parent account", "manager", "microsoft", "team member",
    "created by", "modified by", "partner", "sales rep", "assigned", "assigned to", "user", "record owner",
    "referrer", "campaign",
    # Dutch: "Eigenaar e-mail" is the owner's address; "Aangemaakt door naam" the colleague's name.
    "eigenaar", "lead eigenaar", "leadeigenaar", "aangemaakt door", "gewijzigd door", "toegewezen aan", "verkoper",
    "accountmanager",
)

# Fields a usable lead file must let us place, for the "could not place" report.
ESSENTIAL = ("email", "full_name", "company", "created_at", "action", "offer_name")
