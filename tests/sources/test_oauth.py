"""Microsoft 365 sign-in up to the token. No tenant can be reached from a test: MSAL's application object is
replaced by a fake that answers as Entra ID does (a device code, then tokens); the cache is MSAL's own."""

from __future__ import annotations

import pytest

from leadinbox.sources.oauth import SCOPES, MicrosoftSignIn
from leadinbox.sources.refusal import Problem, SourceRefused


class FakeEntra:
    """initiate_device_flow / acquire_token_by_device_flow / get_accounts / acquire_token_silent, as MSAL's
    PublicClientApplication has them."""

    def __init__(self, *, signs_in: bool = True, valid: bool = True) -> None:
        self.signs_in, self.valid, self.asked = signs_in, valid, []

    def initiate_device_flow(self, scopes):
        self.asked.append(scopes)
        return {"user_code": "ABCD-1234", "verification_uri": "https://microsoft.com/devicelogin",
                "message": "To sign in, open https://microsoft.com/devicelogin and enter ABCD-1234.",
                "expires_in": 900, "expires_at": 1e12}

    def acquire_token_by_device_flow(self, flow):
        if not self.signs_in or flow.get("expires_at") == 0:
            return {"error": "authorization_declined", "error_description": "The user declined."}
        return {"access_token": "token-1", "id_token_claims": {"preferred_username": "sanne@fabrikam.example"}}

    def get_accounts(self, username=None):
        return [{"username": "sanne@fabrikam.example"}]

    def acquire_token_silent(self, scopes, account):
        return {"access_token": "token-2"} if self.valid else None


def test_the_device_code_flow_asks_for_imap_and_names_the_user():
    entra = FakeEntra()
    sign_in = MicrosoftSignIn("11111111-2222-3333-4444-555555555555", app=entra)
    code = sign_in.start()
    assert (code.url, code.code) == ("https://microsoft.com/devicelogin", "ABCD-1234")
    assert entra.asked == [SCOPES] and SCOPES == ["https://outlook.office.com/IMAP.AccessAsUser.All"]
    assert sign_in.finish(code) == "sanne@fabrikam.example"
    assert sign_in.access_token("sanne@fabrikam.example") == "token-2"


def test_a_declined_or_cancelled_sign_in_is_said():
    sign_in = MicrosoftSignIn("x", app=FakeEntra(signs_in=False))
    with pytest.raises(SourceRefused, match="The user declined"):
        sign_in.finish(sign_in.start())
    ok = MicrosoftSignIn("x", app=FakeEntra())
    code = ok.start()
    MicrosoftSignIn.cancel(code)
    with pytest.raises(SourceRefused):
        ok.finish(code)


def test_an_expired_sign_in_asks_to_sign_in_again():
    with pytest.raises(SourceRefused) as refused:
        MicrosoftSignIn("x", app=FakeEntra(valid=False)).access_token("sanne@fabrikam.example")
    assert refused.value.problem == Problem.EXPIRED and "sign in again" in str(refused.value)


def test_a_client_id_is_needed_and_a_damaged_cache_is_no_crash():
    with pytest.raises(SourceRefused, match="client\\) id"):
        MicrosoftSignIn("  ")
    sign_in = MicrosoftSignIn("11111111-2222-3333-4444-555555555555", "{not json")
    assert not sign_in.changed and sign_in.cache_text()


def test_offline_the_sign_in_is_a_passing_problem(monkeypatch):
    class Offline(FakeEntra):
        def acquire_token_silent(self, scopes, account):
            raise ConnectionRefusedError("no network")
    with pytest.raises(SourceRefused) as refused:
        MicrosoftSignIn("x", app=Offline()).access_token("sanne@fabrikam.example")
    assert refused.value.problem == Problem.UNREACHABLE and refused.value.problem.passing
