"""Why a source cannot be read: a reason code for programs, an English template with values for people."""

from __future__ import annotations

from enum import StrEnum

from leadinbox.core.messages import QT_TRANSLATE_NOOP, Message


class Problem(StrEnum):
    """What went wrong, for the code that decides what to do next (save, retry later, ask the user)."""

    BAD_ADDRESS = "bad address"          # the URL or connection string cannot be used as given
    NO_TABLE = "no such table"
    EXPIRED = "expired token"
    NO_READ = "no read right"
    NOT_AUTHORISED = "not authorised"    # the key or signature was refused
    HOST_NOT_FOUND = "host not found"
    UNREACHABLE = "not reachable"        # offline, connection refused or dropped, timed out
    THROTTLED = "throttled"              # the service is busy: try again later
    SERVER = "server error"              # anything else the service answered
    NO_CREDENTIAL = "no credential"      # its secret is not on this computer (a restored backup, say)

    @property
    def passing(self) -> bool:
        """A problem that may go away by itself: retried later with back-off, not a reason to reconnect."""
        return self in (Problem.UNREACHABLE, Problem.THROTTLED, Problem.SERVER, Problem.HOST_NOT_FOUND)


class SourceRefused(Exception):
    """The source cannot be read. `problem` says which way; `message` says it to a person (the window
    translates its template; the command line prints str(message)). It never holds a secret."""

    def __init__(self, problem: Problem, template: str, **params: object) -> None:
        self.problem = problem
        self.message = Message(template, params)
        super().__init__(str(self.message))

    def as_dict(self) -> dict:
        return {"problem": str(self.problem), "message": str(self.message)}


# The templates, marked for the translation catalogue (context CoreMessages, as the core's are).
BAD_SCHEME = QT_TRANSLATE_NOOP("CoreMessages", "the address must start with https:// (plain http only for this "
                                               "computer's own emulator)")
NO_SIGNATURE = QT_TRANSLATE_NOOP("CoreMessages", "the URL holds no shared access signature (its query has no "
                                                 "sig=); copy the whole SAS URL")
NO_HOST = QT_TRANSLATE_NOOP("CoreMessages", "the URL names no storage account")
BAD_TABLE = QT_TRANSLATE_NOOP("CoreMessages", "“{table}” is not a valid table name (3 to 63 letters and digits, "
                                              "starting with a letter)")
TWO_TABLES = QT_TRANSLATE_NOOP("CoreMessages", "the SAS URL is for the table “{url_table}”, not “{table}”")
BAD_CONNECTION_STRING = QT_TRANSLATE_NOOP("CoreMessages", "this is not a storage connection string (it needs "
                                                          "AccountName and AccountKey or SharedAccessSignature)")
NO_TABLE = QT_TRANSLATE_NOOP("CoreMessages", "there is no table “{table}” in the storage account {account}")
EXPIRED = QT_TRANSLATE_NOOP("CoreMessages", "the access token expired on {expired}; make a new SAS URL")
NO_READ = QT_TRANSLATE_NOOP("CoreMessages", "the access token does not allow reading the table (it needs the "
                                            "read and query rights)")
NOT_AUTHORISED = QT_TRANSLATE_NOOP("CoreMessages", "the storage account refused the key or token (it may have "
                                                   "been revoked, or be for another table)")
HOST_NOT_FOUND = QT_TRANSLATE_NOOP("CoreMessages", "the host {host} was not found (a typo in the account name, "
                                                   "or no network)")
UNREACHABLE = QT_TRANSLATE_NOOP("CoreMessages", "the storage at {host} cannot be reached (offline, or a firewall)")
THROTTLED = QT_TRANSLATE_NOOP("CoreMessages", "the storage service is busy (throttled); trying again later")
SERVER = QT_TRANSLATE_NOOP("CoreMessages", "the storage service answered with an error ({code})")
NO_CREDENTIAL = QT_TRANSLATE_NOOP("CoreMessages", "the key for this source is not on this computer; connect it "
                                                  "again")
