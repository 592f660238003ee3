"""Consultation forms (issue 23 item 1): the hand-over window in Vietnamese and Polish (the form,
then the staff PIN after signing), the card's Forms tab with a red flag, and rendered pages of
each built-in form (60 dpi through pdftoppm) in two languages; with `form-editor`, the owner's
form editor in Vietnamese and Polish (decision 0045).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots forms
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots form-editor
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.forms import YES, AnswerKind, words
from salonvault.services.forms import BuiltInForm
from salonvault.services.vault.opening import SalonDetails, create_vault
from tools.screenshots_papers import _open_card
from ui.dialogs.form_editor import FormEditorDialog
from ui.i18n import Translations
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


def form_editor_shots(root: Path, translations: Translations, grab: Grab, settle: Settle) -> None:
    """The owner's form editor (decision 0045) on salons made the way set-up makes them: a copy
    of the lash form in a Vietnamese beauty salon, of the eye-test history at a Polish optician,
    with a red-flag question chosen so its alert and stop show."""
    salons = {
        "vi": ("Tiệm Hoa Mai", "Hoa Nguyễn", BusinessKind.BEAUTY, BuiltInForm.LASH_BROW),
        "pl": ("Optyk Kowalska", "Ewa Kowalska", BusinessKind.OPTICIAN, BuiltInForm.EYE_TEST),
    }
    for lang, (name, owner_name, kind, form) in salons.items():
        translations.switch(lang)
        details = SalonDetails(name, language=lang, kinds=(kind,))
        vault = create_vault(
            root / f"editor-{lang}", details, owner_name, "482913", root / f"editor-{lang}.key"
        )
        try:
            owner = vault.auth.sign_in(owner_name, "482913")
            title = words(vault.forms.form(owner, form.value).definition.title, lang)
            copy = vault.forms.copy_form(owner, form.value, f"{title} ✓")
            editor = FormEditorDialog(vault, owner, copy)
            editor.move(20, 20)
            editor.show()
            flagged = next(
                (s, q)
                for s, section in enumerate(editor.sections)
                for q, question in enumerate(section.questions)
                if question.blocks
            )
            editor.select(*flagged)
            settle()
            grab(editor, f"form-editor-{lang}")
            editor.reject()
            vault.auth.sign_out(owner)
        finally:
            vault.close()
    translations.switch("en")
