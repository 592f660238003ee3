"""The core's sentences about access (keys "access.…"; decision 0032)."""

AREA = "access"

MESSAGES: dict[str, str] = {
    "guard_s_sessions_already_opened": (
        "This guard's sessions are already opened by its sign-in service."
    ),
    "sessions_start_only_sign_after": "Sessions start only at sign-in, after the PIN is checked.",
    "your_account_changed_please_sign": "Your account was changed; please sign in again.",
    "permission_denied": "A {role} may not {action}.",
}
