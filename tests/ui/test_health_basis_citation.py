"""The health-care basis is cited under the salon's own law (decision 0041), in the wizard and
in Settings: the GDPR's Art. 9(2)(h) for a salon in the EU, Law 91/2025/QH15 (no article
number: not verified) in Vietnam, the PIPL in China; never the GDPR for a Vietnamese salon."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from salonvault.domain.health_basis import HealthBasis
from salonvault.domain.jurisdiction import health_care_citation
from salonvault.services.vault.opening import Vault
from tests.support import Team
from ui.pages.health_basis_box import HealthBasisBox
from ui.wizard.health_basis_page import HealthBasisPage

SECRECY = HealthBasis.PROFESSIONAL_SECRECY


@pytest.mark.parametrize(
    ("country", "cited", "not_cited"),
    [
        ("PL", "GDPR Art. 9(2)(h)", "91/2025"),
        ("VN", "Law No. 91/2025/QH15", "GDPR"),
        ("CN", "PIPL Art. 28", "GDPR"),
        ("US", "the data protection law of the salon's country", "GDPR"),
    ],
)
def test_settings_cites_the_law_of_the_salons_country(
    qtbot: QtBot, vault: Vault, team: Team, country: str, cited: str, not_cited: str
) -> None:
    vault.settings.set_phone_region(team.owner, country)
    box = HealthBasisBox(vault, team.owner, None)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    text = box.explanations[SECRECY].text()
    assert f"{cited})" in text
    assert not_cited not in text
    assert "%1" not in text


def test_settings_follows_a_change_of_country(qtbot: QtBot, vault: Vault, team: Team) -> None:
    vault.settings.set_phone_region(team.owner, "PL")
    box = HealthBasisBox(vault, team.owner, None)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    box.show()
    vault.settings.set_phone_region(team.owner, "VN")
    qtbot.waitUntil(lambda: "91/2025/QH15" in box.explanations[SECRECY].text())


def test_the_wizard_cites_the_law_of_the_country_the_salon_will_have(qtbot: QtBot) -> None:
    country = ["VN"]
    page = HealthBasisPage(lambda: country[0])
    qtbot.addWidget(page)
    page.retranslate()
    assert "91/2025/QH15" in page.explanations[SECRECY].text()
    assert "GDPR" not in page.explanations[SECRECY].text()
    country[0] = "CN"
    page.initializePage()  # shown again after the language page changed the country
    assert "PIPL Art. 28" in page.explanations[SECRECY].text()


@pytest.mark.parametrize("language", ["en", "vi", "pl", "zh_CN"])
def test_each_language_has_a_citation_for_each_law(language: str) -> None:
    cited = {c: health_care_citation(c, language) for c in ("PL", "VN", "CN", "US")}
    assert all(cited.values()) and len(set(cited.values())) == 4
    assert "91/2025/QH15" in cited["VN"] and "GDPR" not in cited["VN"] + cited["CN"]
