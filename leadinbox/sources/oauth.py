"""Signing in to Microsoft 365 for IMAP (XOAUTH2), which refuses passwords: MSAL's device-code flow for a
public client, with the client id of an app registration in the user's own tenant. The token cache (holding
the refresh token) is a secret, kept by sources.credentials; msal is imported only when it is used."""

from __future__ import annotations

from dataclasses import dataclass

from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.sources.refusal import Problem, SourceRefused

SCOPES = ["https://outlook.office.com/IMAP.AccessAsUser.All"]
AUTHORITY = "https://login.microsoftonline.com/organizations"
M365_HOST, M365_PORT = "outlook.office365.com", 993

SIGN_IN_AGAIN = QT_TRANSLATE_NOOP("CoreMessages", "the Microsoft sign-in for {user} is no longer valid; sign in "
                                                  "again")
SIGN_IN_FAILED = QT_TRANSLATE_NOOP("CoreMessages", "Microsoft did not sign you in: {reason}")
NO_CLIENT_ID = QT_TRANSLATE_NOOP("CoreMessages", "Microsoft 365 sign-in needs the application (client) id of an "
                                                 "app registration in your organisation")


@dataclass(frozen=True)
class DeviceCode:
    """What the user is told: open `url`, type `code`. `flow` is MSAL's, passed back to `finish`."""

    url: str
    code: str
    message: str
    expires_in: int
    flow: dict


class MicrosoftSignIn:
    """One user's sign-in. `app` is an MSAL PublicClientApplication (made here from the client id; a test
    gives a fake one, since no tenant can be reached from a test)."""

    def __init__(self, client_id: str, cache_text: str | None = None, *, app=None) -> None:
        if not client_id.strip() and app is None:
            raise SourceRefused(Problem.BAD_ADDRESS, NO_CLIENT_ID)
        import msal
        self._cache = msal.SerializableTokenCache()
        if cache_text:
            try:
                self._cache.deserialize(cache_text)
            except ValueError:
                pass                    # a damaged cache: the user signs in again
        self._client_id = client_id.strip()
        self._given = app

    def _app(self):
        """MSAL's application, made when first needed: making it already asks Microsoft's sign-in service
        for its configuration (the one endpoint a Microsoft 365 mailbox talks to besides the mail server)."""
        if self._given is None:
            import msal
            try:
                self._given = msal.PublicClientApplication(self._client_id, authority=AUTHORITY,
                                                           token_cache=self._cache)
            except Exception as exc:   # noqa: BLE001 - offline (requests' ConnectionError), or a bad id
                raise SourceRefused(Problem.UNREACHABLE, SIGN_IN_FAILED, reason=_reason(exc)) from None
        return self._given

    @property
    def changed(self) -> bool:
        return bool(self._cache.has_state_changed)

    def cache_text(self) -> str:
        return self._cache.serialize()

    def start(self) -> DeviceCode:
        flow = _calling(lambda: self._app().initiate_device_flow(scopes=SCOPES))
        if "user_code" not in flow:
            raise SourceRefused(Problem.NOT_AUTHORISED, SIGN_IN_FAILED,
                                reason=flow.get("error_description") or flow.get("error") or "no code")
        return DeviceCode(flow.get("verification_uri", "https://microsoft.com/devicelogin"), flow["user_code"],
                          flow.get("message", ""), int(flow.get("expires_in", 900)), flow)

    def finish(self, code: DeviceCode) -> str:
        """Wait until the user has signed in (MSAL polls; `cancel` from another thread stops it); returns the
        signed-in user name."""
        result = _calling(lambda: self._app().acquire_token_by_device_flow(code.flow))
        if "access_token" not in result:
            raise SourceRefused(Problem.NOT_AUTHORISED, SIGN_IN_FAILED,
                                reason=result.get("error_description") or result.get("error") or "cancelled")
        claims = result.get("id_token_claims") or {}
        return claims.get("preferred_username") or claims.get("upn") or ""

    @staticmethod
    def cancel(code: DeviceCode) -> None:
        code.flow["expires_at"] = 0          # MSAL's documented way to end its polling

    def access_token(self, user: str) -> str:
        """A valid access token for `user` from the cache, refreshed by MSAL when it expired."""
        app = self._app()
        accounts = app.get_accounts(username=user) or app.get_accounts()
        result = _calling(lambda: app.acquire_token_silent(SCOPES, account=accounts[0])) if accounts else None
        if not result or "access_token" not in result:
            raise SourceRefused(Problem.EXPIRED, SIGN_IN_AGAIN, user=user)
        return result["access_token"]


def _reason(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__)[:200]


def _calling(call):
    """An MSAL call; being offline (a requests error, an OSError) is a passing problem, said as such."""
    try:
        return call()
    except SourceRefused:
        raise
    except Exception as exc:   # noqa: BLE001 - requests.ConnectionError and kin, without importing requests
        if isinstance(exc, OSError) or type(exc).__module__.startswith(("requests", "urllib3")):
            raise SourceRefused(Problem.UNREACHABLE, SIGN_IN_FAILED, reason=_reason(exc)) from None
        raise
