"""The consultation form on paper (decision 0038): every built-in form blank in each language,
and the latest signed form as the client saw it, with the version and text hash on each page."""

from __future__ import annotations

from pathlib import Path

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import FileRefused
from salonvault.domain.forms import FORM_LANGUAGES, YES, shown_sha256, words
from salonvault.services.forms import BUILT_IN_FORMS, BuiltInForm
from salonvault.services.vault.opening import Vault
from tests.form_support import harmless_answers, signature_png
from tests.helpers import grant_health_consent
from tests.support import Team
from tests.test_consent_pdf import flat, pdftotext


@pytest.mark.parametrize("language", FORM_LANGUAGES)
@pytest.mark.parametrize("form", list(BuiltInForm))
def test_every_built_in_form_prints_blank_in_each_language(
    vault: Vault, team: Team, form: BuiltInForm, language: str
) -> None:
    definition = BUILT_IN_FORMS[form]
    text = flat(pdftotext(vault.forms.form_pdf(team.receptionist, form.value, None, language)))
    assert flat(words(definition.title, language)) in text
    for question in definition.questions():
        assert flat(words(question.text, language))[:30] in text, question.key
    assert shown_sha256(definition, language) in text.replace(" ", "")


def test_the_latest_signed_form_prints_as_shown_with_its_answers(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    client = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai", language="pl")).id
    grant_health_consent(vault, team.owner, client)
    laser = vault.forms.form(team.owner, "laser_ipl").definition
    answers = harmless_answers(laser, pregnant=YES, medications="Doxycycline 100 mg")
    filled = vault.forms.fill(team.technician, client, "laser_ipl", "vi", answers, signature_png())
    text = flat(pdftotext(vault.forms.form_pdf(team.owner, "laser_ipl", client)))
    assert flat("Trần Thị Mai") in text and flat("Doxycycline 100 mg") in text
    assert (
        flat("Phiếu tư vấn laser và IPL") in text
    )  # the language she filled it in, not her card's
    assert shown_sha256(laser, "vi") in text.replace(" ", "")
    # A receptionist may not see the answers: the blank form with her name, in Polish.
    blank = flat(pdftotext(vault.forms.form_pdf(team.receptionist, "laser_ipl", client)))
    assert flat("Trần Thị Mai") in blank and "Doxycycline" not in blank
    assert flat("Konsultacja zabiegu laserowego i IPL") in blank
    entries = vault.audit.list(team.owner, AuditFilter(action="form.pdf"))
    assert [e.detail for e in entries] == [
        "consultation=laser_ipl language=pl",
        f"form={filled} consultation=laser_ipl language=vi",
    ]
    out = vault.forms.save_form_pdf(team.owner, tmp_path / "mai.pdf", "laser_ipl", client)
    assert out.read_bytes().startswith(b"%PDF")
    inside = vault.database.path.parent / "mai.pdf"
    with pytest.raises(FileRefused):  # the one door: never into the vault's folder
        vault.forms.save_form_pdf(team.owner, inside, "laser_ipl", client)
