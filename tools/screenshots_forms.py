"""Consultation forms (issue 23 item 1): the hand-over window in Vietnamese and Polish (the form,
then the staff PIN after signing), the card's Forms tab with a red flag, and rendered pages of
each built-in form (60 dpi through pdftoppm) in two languages.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots forms
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from salonvault.domain.forms import YES, AnswerKind
from salonvault.services.forms import BuiltInForm
from tools.screenshots_papers import _open_card
from ui.shell import ShellWindow

Grab = Callable[[QWidget, str], None]
Settle = Callable[..., None]
SignIn = Callable[[ShellWindow, dict[str, str]], None]

# Each form in two languages (Chinese for two of them), as docs/screenshots shows them.
PAPER_LANGUAGES = {
    BuiltInForm.GENERAL: ("vi", "pl"),
    BuiltInForm.HAIR_COLOUR: ("vi", "zh_CN"),
    BuiltInForm.SKIN_PEEL: ("pl", "en"),
    BuiltInForm.LASER_IPL: ("vi", "pl"),
    BuiltInForm.LASH_BROW: ("zh_CN", "pl"),
    BuiltInForm.EYE_TEST: ("pl", "vi"),
}


def render(pdf: bytes, out: Path, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(path),
             str(out / name)],
            check=True,
        )  # fmt: skip
    print("saved", name)


def forms_shots(
    shell: ShellWindow,
    staff: list[dict[str, str]],
    out: Path,
    grab: Grab,
    settle: Settle,
    sign_in: SignIn,
) -> None:
    vault = shell.vault
    owner = staff[0]
    session = vault.auth.sign_in(owner["name"], owner["pin"])
    for form, languages in PAPER_LANGUAGES.items():
        for language in languages:
            pdf = vault.forms.form_pdf(session, form.value, None, language)
            render(pdf, out, f"form-{form.value}-{language}")
    client = next(iter(vault.clients.search(session, "Nguyễn Thị Ánh"))).id
    vault.auth.sign_out(session)
    for lang in ("vi", "pl"):
        shell.switch_language(lang)
        sign_in(shell, owner)
        card = _open_card(shell, client)
        card.resize(980, 640)
        tab = card.forms_tab
        assert tab is not None
        card.show_tab(tab)
        tab.form_choice.setCurrentIndex(tab.form_choice.findData(BuiltInForm.LASER_IPL.value))
        window = tab.hand_over()
        window.choose_language(lang)
        for key, box in window.questions.boxes.items():
            if box.question.kind is AnswerKind.YES_NO:
                box.buttons[YES if key == "isotretinoin" else "no"].setChecked(True)
        settle()
        grab(window, f"hand-over-form-{lang}")
        from PySide6.QtCore import QPointF  # noqa: PLC0415

        window.pad.canvas.strokes = [
            [QPointF(30, 110), QPointF(90, 40), QPointF(150, 120), QPointF(230, 60)]
        ]
        window.pad.canvas.changed.emit()
        window.done_filling()
        settle()
        grab(window, f"hand-over-pin-{lang}")
        window.check_pin(owner["pin"])
        settle()
        grab(card, f"client-card-forms-{lang}")
        card.close()
        shell.lock("switch_user")
    # The signed form as kept, on paper, in the client's language.
    session = vault.auth.sign_in(owner["name"], owner["pin"])
    render(vault.forms.form_pdf(session, "laser_ipl", client), out, "form-laser_ipl-signed-pl")
    vault.auth.sign_out(session)
