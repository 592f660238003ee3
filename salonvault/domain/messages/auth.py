"""The core's sentences about auth (keys "auth.…"; decision 0032)."""

AREA = "auth"

MESSAGES: dict[str, str] = {
    "choose_your_own_pin_one": (
        "Choose your own PIN, not the one-time code (the owner has seen it)."
    ),
    "recovery_key_re_enables_owner": (
        "The recovery key re-enables owner accounts only; the owner enables others."
    ),
    "wrong_pin": (
        "Wrong PIN; {attempts_left} more wrong {attempts_left:try|tries} will disable this account."
    ),
    "wrong_pin_disabled": (
        "Wrong PIN; this account is now disabled until the owner enables it again."
    ),
    "sign_in_delayed": "Too many wrong PINs; try again in {seconds} second{seconds:|s}.",
    "disabled_by_lockout": (
        "This account is disabled after too many wrong PINs; the owner can enable it again "
        "(an owner uses the recovery key)."
    ),
    "disabled_by_owner": (
        "This account is disabled by the owner; the owner can enable it again (an owner "
        "uses the recovery key)."
    ),
    "wrong_reset_code": (
        "Your PIN was reset: enter the one-time code the owner gave you; {attempts_left} "
        "more wrong {attempts_left:try|tries} will disable this account."
    ),
    "wrong_reset_code_disabled": (
        "Wrong one-time code; this account is now disabled until the owner enables it."
    ),
    "reset_code_expired": (
        "Your one-time code has expired (codes last 24 hours); ask the owner for a new one."
    ),
    "new_pin_required": "The code is right; choose your new PIN to finish signing in.",
    "session_ended": "The session has ended; please sign in again.",
    "account_has_pin_reset_waiting": "This account has no PIN reset waiting; sign in with the PIN.",
    "session_was_ended": "The session was ended; please sign in again.",
    "session_idle": "The session locked after being idle; please sign in again.",
    "session_too_long": "The session reached its 12-hour limit; please sign in again.",
    "type_owner_name": "Type the owner's name.",
    "two_pins_differ": "The two PINs differ.",
}
