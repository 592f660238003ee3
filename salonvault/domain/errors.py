"""Typed errors. Every expected failure is one of these, with a message a person can read.

Each error carries a `Message` (decision 0032): a stable key from the catalogue
(salonvault/domain/messages/) and typed parameters. The CLI prints `str(error)`, the English
sentence, as its one-line answer; the window translates `error.message` by its key
(ui/error_text). Neither needs a traceback for anything listed here.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from salonvault.domain.contraindications import ContraindicationMatch

from salonvault.domain.messages import Message, Param
from salonvault.domain.messages.files import MESSAGES as FILE_MESSAGES


class SalonVaultError(Exception):
    """Base of every expected failure. `exit_code` is what the CLI returns for it.

    Raised with a catalogue key and its parameters (`NotFound("clients.no_such_client")`), or
    with a ready `Message`."""

    exit_code = 1
    message: Message

    def __init__(self, key: str | Message, /, **params: Param | Message) -> None:
        self.message = key if isinstance(key, Message) else Message(key, **params)
        super().__init__(str(self.message))

    @property
    def key(self) -> str:
        return self.message.key

    @property
    def params(self) -> Mapping[str, Param | Message]:
        return self.message.params


class ValidationError(SalonVaultError):
    """Bad input; `field` names what is wrong so a form can show it next to the field."""

    exit_code = 2

    def __init__(
        self, key: str | Message, /, field: str | None = None, **params: Param | Message
    ) -> None:
        super().__init__(key, **params)
        self.field = field


class FormQuestionError(ValidationError):
    """A question of an owner's consultation form breaks a rule (domain/form_checks.py).

    `field` names the part at fault (question_text, choices, red_flags, alert, blocks) and
    `question` the question's key, so the form editor selects that question first."""

    def __init__(self, message: str | Message, field: str, question: str) -> None:
        super().__init__(message, field=field)
        self.question = question


class FormulaError(ValidationError):
    """A colour formula breaks one of the colourist's rules (domain/formulas.py).

    `rule` is a stable key (a `FormulaRule` value), `bowl` and `component` are 0-based indexes
    (None: the whole formula or bowl), `limits` the numbers the rule allows, as text, so a form
    can say it in its own words and mark the right bowl.
    """

    def __init__(
        self,
        message: str | Message,
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
            super().__init__("auth.wrong_pin", attempts_left=attempts_left)
        else:
            super().__init__("auth.wrong_pin_disabled")
        self.attempts_left = attempts_left


class SignInDelayed(AuthenticationError):
    def __init__(self, seconds: int) -> None:
        super().__init__("auth.sign_in_delayed", seconds=seconds)
        self.seconds = seconds


class AccountDisabled(AuthenticationError):
    def __init__(self, by_lockout: bool) -> None:
        super().__init__("auth.disabled_by_lockout" if by_lockout else "auth.disabled_by_owner")
        self.by_lockout = by_lockout


class WrongResetCode(AuthenticationError):
    """The PIN was reset and what was typed is not the one-time code (old PINs land here too)."""

    def __init__(self, attempts_left: int) -> None:
        if attempts_left > 0:
            super().__init__("auth.wrong_reset_code", attempts_left=attempts_left)
        else:
            super().__init__("auth.wrong_reset_code_disabled")
        self.attempts_left = attempts_left


class ResetCodeExpired(AuthenticationError):
    def __init__(self) -> None:
        super().__init__("auth.reset_code_expired")


class NewPinRequired(AuthenticationError):
    """The one-time code is right; the sign-in finishes only once a new PIN is chosen."""

    def __init__(self) -> None:
        super().__init__("auth.new_pin_required")


class SessionExpired(AuthenticationError):
    """The session ended (idle limit, maximum length, switch user); sign in again."""

    def __init__(self, key: str = "auth.session_ended") -> None:
        super().__init__(key)


class PermissionDenied(SalonVaultError):
    """The caller's role may not do this. Raised by services and written to the activity log."""

    exit_code = 5

    def __init__(self, action: str, role: str) -> None:
        super().__init__("access.permission_denied", role=role, action=action)
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

    def __init__(self, detail: str | Message) -> None:
        self.detail = detail
        super().__init__("vault.damaged", detail=detail)


class VaultTooNew(VaultError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__("vault.too_new", found=found, known=known)


class KeyUnavailable(VaultError):
    """No key slot could be opened with what was given (wrong recovery key, wrong passphrase…)."""


class BackupKeyMismatch(KeyUnavailable):
    pass


class WrongPassphrase(KeyUnavailable):
    """The passphrase typed is not the owner's (the launcher asks again; other KeyUnavailable
    errors offer the recovery key instead)."""

    def __init__(self) -> None:
        super().__init__("keys.wrong_passphrase")


class PassphraseSlotUnusual(KeyUnavailable):
    """The passphrase slot asks for key-derivation settings this program never writes (a
    damaged or planted slot file): refused before any hashing, never "Wrong passphrase".
    `asked` and `usual` map time_cost, memory_kib and parallelism to numbers (`asked` holds
    whatever the slot said)."""

    def __init__(self, asked: dict[str, object], usual: dict[str, object]) -> None:
        super().__init__(
            "keys.passphrase_slot_unusual",
            **_costs_params("asked", asked),
            **_costs_params("usual", usual),
        )
        self.asked = dict(asked)
        self.usual = dict(usual)


def _costs_params(prefix: str, costs: dict[str, object]) -> dict[str, Param]:
    """The slot's numbers as parameters; whatever a damaged slot holds is shown as written."""
    memory = costs.get("memory_kib")
    return {
        f"{prefix}_time_cost": _shown(costs.get("time_cost")),
        f"{prefix}_memory": f"{memory // 1024} MiB" if type(memory) is int else repr(memory),
        f"{prefix}_parallelism": _shown(costs.get("parallelism")),
    }


def _shown(value: object) -> Param:
    return value if type(value) in (int, str) or value is None else repr(value)  # type: ignore[return-value]


class ResourceMissing(SalonVaultError, FileNotFoundError):
    """One of the program's own files is not where the installation put it."""

    exit_code = 9  # the CLI's "a file could not be read or written"


class BackupError(SalonVaultError):
    """A backup, verification or restore did not complete; earlier backups are untouched."""

    exit_code = 10


class BackupCancelled(BackupError):
    def __init__(self) -> None:
        super().__init__("backup.cancelled")


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

    INSIDE_VAULT = FILE_MESSAGES["inside_vault"]
    VAULT_FILE = FILE_MESSAGES["vault_file"]
    IS_FOLDER = FILE_MESSAGES["is_folder"]
    EXISTS = FILE_MESSAGES["exists"]
    NO_FOLDER = FILE_MESSAGES["no_folder"]
    FULL = FILE_MESSAGES["full"]
    READ_ONLY = FILE_MESSAGES["read_only"]
    NO_PERMISSION = FILE_MESSAGES["no_permission"]
    REMOVED = FILE_MESSAGES["removed"]
    OTHER = FILE_MESSAGES["other"]

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
        return self.problem.key  # the problem, not the sentence around it

    def _problem(self) -> Message:
        return Message(
            self.problem.key, **_file_params(self.problem, self.path, self.folder, self.reason)
        )


def _file_params(problem: FileProblem, path: Path, folder: Path, reason: str) -> dict[str, Param]:
    """Only the parameters the problem's sentence names (the catalogue test holds them)."""
    if problem in (
        FileProblem.INSIDE_VAULT,
        FileProblem.VAULT_FILE,
        FileProblem.IS_FOLDER,
        FileProblem.EXISTS,
    ):
        return {"path": path}
    if problem is FileProblem.OTHER:
        return {"folder": folder, "reason": reason}
    return {"folder": folder}


class FileRefused(_FileErrorParts, ValidationError):
    """A target refused before anything is written: inside the data folder, one of the vault's
    own names, a folder, or (where replacing is not wanted) an existing file."""

    def __init__(self, problem: FileProblem, path: Path, field: str | None = "out") -> None:
        self.problem, self.path, self.folder, self.reason = problem, path, path.parent, ""
        super().__init__(Message("file.refused", problem=self._problem()), field)


class FileNotWritten(_FileErrorParts, SalonVaultError):
    """Writing failed (full, read-only, no permission, drive removed); nothing half-written is
    left and an older file of the same name is as it was. Subclasses say what that means for
    their callers in `outcome`, so the whole stays one sentence."""

    exit_code = 9  # the CLI's "a file could not be read or written"
    outcome = "file.nothing_written"

    def __init__(
        self, problem: FileProblem, path: Path, folder: Path | None = None, reason: str = ""
    ) -> None:
        self.problem, self.path, self.reason = problem, path, reason
        self.folder = path.parent if folder is None else folder
        super().__init__(
            Message("file.not_written", problem=self._problem(), outcome=Message(self.outcome))
        )


class ExportNotWritten(ExportError, FileNotWritten):
    outcome = "file.nothing_exported"


class BackupNotWritten(BackupError, FileNotWritten):
    exit_code = 10
    outcome = "file.backups_untouched"


class ImportFileError(ValidationError):
    """The file cannot be read as a client list (format, encoding, size); nothing was imported."""


class ImportFileUnreadable(ImportFileError):
    """The file itself could not be read (missing, no permission, removed drive)."""

    exit_code = 9  # the CLI's "a file could not be read or written"


class ImportCancelled(SalonVaultError):
    def __init__(self) -> None:
        super().__init__("imports.cancelled")


class DuplicateSuspected(RuleViolation):
    """A client with the same phone, or a very similar name and the same birth date, exists.

    Creating anyway needs an explicit acknowledgement (`allow_duplicate`)."""

    def __init__(self, client_ids: list[int]) -> None:
        ids = ", ".join(str(i) for i in client_ids)
        super().__init__("clients.duplicate_suspected", ids=ids)
        self.client_ids = client_ids


class PatchTestRequired(RuleViolation):
    """The service needs a valid patch test and there is none; go ahead only if acknowledged."""

    def __init__(self, status: str) -> None:
        super().__init__("treatments.patch_test_required", status=status)
        self.status = status


class ContraindicationFound(RuleViolation):
    """The service declares a contraindication that the client's health items match; go ahead
    only if acknowledged (logged). `matches` name the terms and items for a role that may see
    health details (empty for one that may not: `count` still says how many); the English
    message never holds a health text, since it may reach a terminal or a log."""

    def __init__(self, matches: tuple[ContraindicationMatch, ...], count: int) -> None:
        super().__init__("treatments.contraindication_found", count=count)
        self.matches = matches
        self.count = count


class RedFlagReviewRequired(RuleViolation):
    """A consultation form guarding this service has a blocking red flag (pregnant, a
    pacemaker …) that the owner or a technician has not reviewed yet; nothing was done."""

    def __init__(self, flag_ids: list[int]) -> None:
        super().__init__("forms.red_flag_review")
        self.flag_ids = flag_ids


class VisitLocked(RuleViolation):
    def __init__(self) -> None:
        super().__init__("treatments.visit_locked")


class ConsentRequired(RuleViolation):
    """The client has not given (or has withdrawn) the consent this needs; nothing was done."""

    def __init__(self, purpose: str = "photos") -> None:
        if purpose == "photos":
            super().__init__("consent.photo_consent_required")
        else:
            super().__init__("consent.consent_required", purpose=purpose)
        self.purpose = purpose


class RecordFieldError(ValidationError):
    """A service-record value breaks one of its template's rules (domain/record_values.py).

    `rule` is a stable key (a `RecordRule` value), `field` the path of the value ("sphere",
    "rx.right.axis", "zones.outer.length"), `limits` the numbers or choices the rule allows, as
    text, so a form can say it in its own words next to the right box.
    """

    def __init__(
        self,
        message: str | Message,
        rule: str,
        field: str,
        limits: dict[str, str] | None = None,
        **params: Param | Message,
    ) -> None:
        super().__init__(message, field=field, **params)
        self.rule = rule
        self.limits = dict(limits or {})


class RecordLocked(RuleViolation):
    """The 24-hour rule of treatments, for a service record."""

    def __init__(self) -> None:
        super().__init__("records.locked")


class HealthConsentRequired(ConsentRequired):
    """The salon keeps health data on the client's explicit consent (decision 0031) and this
    client's health-data consent is not active; nothing was stored. `standing` says why:
    "not_asked", "refused", "withdrawn", or "switched_off" (the salon does not ask for it)."""

    def __init__(self, standing: str) -> None:
        RuleViolation.__init__(
            self, _HEALTH_CONSENT_KEYS.get(standing, _HEALTH_CONSENT_KEYS["not_asked"])
        )
        self.purpose = "health_data"
        self.standing = standing


_HEALTH_CONSENT_KEYS = {
    "not_asked": "consent.health_not_asked",
    "refused": "consent.health_refused",
    "withdrawn": "consent.health_withdrawn",
    "switched_off": "consent.health_switched_off",
}
