import pytest

from leadinbox.core.leadsource import LeadSource, action_code, parse


@pytest.mark.parametrize("raw, expected", [
    ("AzureMarketplace-StartTestDrive|Red Hat OpenShift",
     LeadSource("azure_marketplace", "StartTestDrive", None, "Red Hat OpenShift")),
    ("SPZA-PLT|contoso-isv.lead-router-saas", LeadSource("appsource", "PLT", "contoso-isv.lead-router-saas", None)),
    ("AzurePortal-Create|checkpoint.check-point-r77", LeadSource("azure_portal", "Create", "checkpoint.check-point-r77")),
    ("AppSource (SPZA)-dnc | Gateway", LeadSource("appsource", "DNC", None, "Gateway")),
    ("TestDrive-StartTestDrive|Red Hat OpenShift", LeadSource("test_drive", "StartTestDrive", None, "Red Hat OpenShift")),
    ("AzureMarketplace", LeadSource("azure_marketplace")),
    ("AzureMarketplace-Renew|X", LeadSource("azure_marketplace", "Renew", None, "X")),  # unknown code kept
    ("Contact me", LeadSource(None, "PLT")),
    ("", LeadSource()), (None, LeadSource()),
])
def test_grammar(raw, expected):
    assert parse(raw) == expected


@pytest.mark.parametrize("raw, code", [
    ("ins", "INS"), ("Ins", "INS"), ("PLT", "PLT"), ("createE", "createE"), ("starttestdrive", "StartTestDrive"),
    ("Contact me", "PLT"), ("Get it now", "INS"), ("Free trial", "INS"), ("Test drive", "StartTestDrive"),
    ("  DNC ", "DNC"), (None, None),
])
def test_action_codes_case_insensitive_and_friendly(raw, code):
    assert action_code(raw) == code
