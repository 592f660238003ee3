"""Typed errors. Every expected failure is one of these, with a message a person can read.

The CLI prints `str(error)` as its one-sentence answer and the GUI shows it; neither needs a
traceback for anything listed here.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class SalonVaultError(Exception):
    """Base of every expected failure. `exit_code` is what the CLI returns for it."""

    exit_code = 1


class ValidationError(SalonVaultError):
    """Bad input; `field` names what is wrong so a form can show it next to the field."""

    exit_code = 2

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class FormulaError(ValidationError):
    """A colour formula breaks one of the colourist's rules (domain/formulas.py).

    `rule` is a stable key (a `FormulaRule` value), `bowl` and `component` are 0-based indexes
    (None: the whole formula or bowl), `limits` the numbers the rule allows, as text, so a form
    can say it in its own words and mark the right bowl.
    """

    def __init__(
        self,
        message: str,
        rule: str,
        bowl: int | None = None,
        component: int | None = None,
        limits: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message, field="formula")
        self.rule = rule
        self.bowl = bowl
        self.component = component
        self.limits = dict(limits or {})


class NotFound(SalonVaultError):
    exit_code = 3


class AuthenticationError(SalonVaultError):
    """Sign-in refused. Subclasses say why; none of them reveals a PIN or a hash."""

    exit_code = 4


class WrongPin(AuthenticationError):
    def __init__(self, attempts_left: int) -> None:
        if attempts_left > 0:
            message = (
                f"Wrong PIN; {attempts_left} more wrong "
                f"{'try' if attempts_left == 1 else 'tries'} will disable this account."
            )
        else:
            message = "Wrong PIN; this account is now disabled until the owner enables it again."
        super().__init__(message)
        self.attempts_left = attempts_left


class SignInDelayed(AuthenticationError):
    def __init__(self, seconds: int) -> None:
        super().__init__(
            f"Too many wrong PINs; try again in {seconds} second{'s' if seconds != 1 else ''}."
        )
        self.seconds = seconds


class AccountDisabled(AuthenticationError):
    def __init__(self, by_lockout: bool) -> None:
        reason = "after too many wrong PINs" if by_lockout else "by the owner"
        super().__init__(
            f"This account is disabled {reason}; the owner can enable it again"
            " (an owner uses the recovery key)."
        )
        self.by_lockout = by_lockout


class WrongResetCode(AuthenticationError):
    """The PIN was reset and what was typed is not the one-time code (old PINs land here too)."""

    def __init__(self, attempts_left: int) -> None:
        if attempts_left > 0:
            message = (
                "Your PIN was reset: enter the one-time code the owner gave you; "
                f"{attempts_left} more wrong {'try' if attempts_left == 1 else 'tries'}"
                " will disable this account."
            )
        else:
            message = (
                "Wrong one-time code; this account is now disabled until the owner enables it."
            )
        super().__init__(message)
        self.attempts_left = attempts_left


class ResetCodeExpired(AuthenticationError):
    def __init__(self) -> None:
        super().__init__(
            "Your one-time code has expired (codes last 24 hours); ask the owner for a new one."
        )


class NewPinRequired(AuthenticationError):
    """The one-time code is right; the sign-in finishes only once a new PIN is chosen."""

    def __init__(self) -> None:
        super().__init__("The code is right; choose your new PIN to finish signing in.")


class SessionExpired(AuthenticationError):
    """The session ended (idle limit, maximum length, switch user); sign in again."""

    def __init__(self, message: str = "The session has ended; please sign in again.") -> None:
        super().__init__(message)


class PermissionDenied(SalonVaultError):
    """The caller's role may not do this. Raised by services and written to the activity log."""

    exit_code = 5

    def __init__(self, action: str, role: str) -> None:
        super().__init__(f"A {role} may not {action}.")
        self.action = action
        self.role = role


class RuleViolation(SalonVaultError):
    """The request is allowed for the role but breaks a rule (e.g. removing the last owner)."""

    exit_code = 6


class VaultError(SalonVaultError):
    """The vault cannot be opened or used; the message says what to do next."""

    exit_code = 7


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class VaultDamaged(VaultError):
    """The file fails its integrity checks. Never used silently: restore from a backup."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"The vault is damaged ({detail}); it was not used. Restore it from the newest backup."
        )


class VaultTooNew(VaultError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"This vault was written by a newer SalonVault (schema {found}, this program knows"
            f" up to {known}); install the newer version to open it."
        )


class KeyUnavailable(VaultError):
    """No key slot could be opened with what was given (wrong recovery key, wrong passphrase…)."""


class BackupKeyMismatch(KeyUnavailable):
    pass


class WrongPassphrase(KeyUnavailable):
    """The passphrase typed is not the owner's (the launcher asks again; other KeyUnavailable
    errors offer the recovery key instead)."""

    def __init__(self) -> None:
        super().__init__("Wrong passphrase.")


class PassphraseSlotUnusual(KeyUnavailable):
    """The passphrase slot asks for key-derivation settings this program never writes (a
    damaged or planted slot file): refused before any hashing, never "Wrong passphrase".
    `asked` and `usual` map time_cost, memory_kib and parallelism to numbers (`asked` holds
    whatever the slot said)."""

    key = "passphrase_slot.unusual"

    def __init__(self, asked: dict[str, object], usual: dict[str, object]) -> None:
        super().__init__(
            "The passphrase slot asks for unusual settings"
            f" ({_costs_text(asked)}; SalonVault writes {_costs_text(usual)}), so the"
            " passphrase was not tried: the key slot file was damaged or changed. Open the"
            " vault with the recovery key, then set the passphrase again."
        )
        self.asked = dict(asked)
        self.usual = dict(usual)


def _costs_text(costs: dict[str, object]) -> str:
    memory = costs.get("memory_kib")
    memory_text = f"{memory // 1024} MiB" if type(memory) is int else repr(memory)
    return (
        f"time cost {costs.get('time_cost')!r}, memory {memory_text},"
        f" parallelism {costs.get('parallelism')!r}"
    )


class BackupError(SalonVaultError):
    """A backup, verification or restore did not complete; earlier backups are untouched."""

    exit_code = 10


class BackupCancelled(BackupError):
    def __init__(self) -> None:
        super().__init__("The backup was cancelled; nothing was left half-written.")


class BackupInvalid(BackupError):
    """The file is not a usable backup: damaged, truncated, or not one of ours."""

    exit_code = 11


class VaultOlderThanBackup(SalonVaultError):
    """A backup of this vault ends in an activity-log entry the vault does not hold: an older
    copy of the vault file was put back (or cut), or a restore went back in time since. The
    backup itself is sound; a scheduled check must not stay silent about the vault."""

    exit_code = 12


class ExportError(SalonVaultError):
    """An export could not be written where the owner chose; nothing half-written is left."""

    exit_code = 9  # the CLI's "a file could not be read or written"


class FileProblem(Enum):
    """Why a file could not be written where someone chose (the one door out, decision 0019).

    The name is the stable key (the window translates by it); the value is the English default,
    filled from the error's parameters: `path` (the file), `folder` (its folder), `reason`.
    No final full stop: a refusal adds one, a failed write adds what it means for the caller."""

    INSIDE_VAULT = (
        "Choose a place outside the vault's folder: {path} is inside it, and this file leaves"
        " the vault"
    )
    VAULT_FILE = "{path} has the name of one of the vault's own files; choose another name"
    IS_FOLDER = "{path} is a folder; give a file name"
    EXISTS = "{path} already exists; choose a new file"
    NO_FOLDER = "The folder {folder} is not there (is the drive plugged in?)"
    FULL = "The drive of {folder} is full (free some space or use another drive)"
    READ_ONLY = "SalonVault may not write to {folder}: the drive is read-only"
    NO_PERMISSION = "SalonVault may not write to {folder}: this user has no permission there"
    REMOVED = "The folder {folder} stopped answering or was removed (was the drive unplugged?)"
    OTHER = "The file could not be written to {folder} ({reason})"

    @property
    def key(self) -> str:
        return f"file.{self.name.lower()}"


class _FileErrorParts:
    """The key and typed parameters shared by the two file errors below."""

    problem: FileProblem
    path: Path
    folder: Path
    reason: str

    @property
    def key(self) -> str:
        return self.problem.key

    def _fill(self) -> str:
        return self.problem.value.format(path=self.path, folder=self.folder, reason=self.reason)


class FileRefused(_FileErrorParts, ValidationError):
    """A target refused before anything is written: inside the data folder, one of the vault's
    own names, a folder, or (where replacing is not wanted) an existing file."""

    def __init__(self, problem: FileProblem, path: Path, field: str | None = "out") -> None:
        self.problem, self.path, self.folder, self.reason = problem, path, path.parent, ""
        super().__init__(f"{self._fill()}.", field)


class FileNotWritten(_FileErrorParts, SalonVaultError):
    """Writing failed (full, read-only, no permission, drive removed); nothing half-written is
    left and an older file of the same name is as it was. Subclasses say what that means for
    their callers in `outcome`, so the whole stays one sentence."""

    exit_code = 9  # the CLI's "a file could not be read or written"
    outcome = "nothing was written"

    def __init__(
        self, problem: FileProblem, path: Path, folder: Path | None = None, reason: str = ""
    ) -> None:
        self.problem, self.path, self.reason = problem, path, reason
        self.folder = path.parent if folder is None else folder
        super().__init__(f"{self._fill()}; {self.outcome}.")


class ExportNotWritten(ExportError, FileNotWritten):
    outcome = "nothing was exported"


class BackupNotWritten(BackupError, FileNotWritten):
    exit_code = 10
    outcome = "earlier backups were not touched"


class ImportFileError(ValidationError):
    """The file cannot be read as a client list (format, encoding, size); nothing was imported."""


class ImportFileUnreadable(ImportFileError):
    """The file itself could not be read (missing, no permission, removed drive)."""

    exit_code = 9  # the CLI's "a file could not be read or written"


class ImportCancelled(SalonVaultError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


class DuplicateSuspected(RuleViolation):
    """A client with the same phone, or a very similar name and the same birth date, exists.

    Creating anyway needs an explicit acknowledgement (`allow_duplicate`)."""

    def __init__(self, client_ids: list[int]) -> None:
        ids = ", ".join(str(i) for i in client_ids)
        super().__init__(
            f"This may be a client who is already registered (id {ids}); check before adding."
        )
        self.client_ids = client_ids


class PatchTestRequired(RuleViolation):
    """The service needs a valid patch test and there is none; go ahead only if acknowledged."""

    def __init__(self, status: str) -> None:
        super().__init__(
            f"This service needs a valid patch test and the client's is {status}; record a patch"
            " test, or acknowledge the warning to go ahead (it is logged)."
        )
        self.status = status


class RedFlagReviewRequired(RuleViolation):
    """A consultation form guarding this service has a blocking red flag (pregnant, a
    pacemaker …) that the owner or a technician has not reviewed yet; nothing was done."""

    key = "form.red_flag_review"

    def __init__(self, flag_ids: list[int]) -> None:
        super().__init__(
            "The client's consultation form has a red flag that stops this service until the"
            " owner or a technician reviews it (on the client's card)."
        )
        self.flag_ids = flag_ids


class VisitLocked(RuleViolation):
    def __init__(self) -> None:
        super().__init__(
            "This treatment can no longer be edited (own entries only, within 24 hours);"
            " add a correction instead."
        )


class ConsentRequired(RuleViolation):
    """The client has not given (or has withdrawn) the consent this needs; nothing was done."""

    def __init__(self, purpose: str = "photos") -> None:
        super().__init__(
            "This client has no active photo consent (never given, or withdrawn); record the"
            " client's consent before taking, adding or viewing photos."
            if purpose == "photos"
            else f"This client has no active consent for {purpose}; record it first."
        )
        self.purpose = purpose


class RecordFieldError(ValidationError):
    """A service-record value breaks one of its template's rules (domain/record_values.py).

    `rule` is a stable key (a `RecordRule` value), `field` the path of the value ("sphere",
    "rx.right.axis", "zones.outer.length"), `limits` the numbers or choices the rule allows, as
    text, so a form can say it in its own words next to the right box.
    """

    def __init__(
        self, message: str, rule: str, field: str, limits: dict[str, str] | None = None
    ) -> None:
        super().__init__(message, field=field)
        self.rule = rule
        self.limits = dict(limits or {})


class RecordLocked(RuleViolation):
    """The 24-hour rule of treatments, for a service record."""

    def __init__(self) -> None:
        super().__init__(
            "This record can no longer be edited (own entries only, within 24 hours);"
            " add a correction instead."
        )
