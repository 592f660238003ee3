"""Loading translations: the program's own .qm files and Qt's qtbase_*.qm for standard buttons.

Qt ships no qtbase_vi, so salonvault/resources/translations/qtbase_vi.ts carries the
standard-button texts for Vietnamese (docs/decisions/0004-gui-shell.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from salonvault.resources import resource_path
from ui.fonts import use_fonts_for

LANGUAGES: dict[str, str] = {
    "en": "English",
    "vi": "Tiếng Việt",
    "pl": "Polski",
    "zh_CN": "简体中文",
}
DEFAULT_LANGUAGE = "en"
LANGUAGE_KEY = "ui/language"  # this computer's choice (QSettings), kept for the next start


def remember_language(language: str) -> None:
    """Chosen in the wizard or Settings: the lock screen starts in it next time."""
    QSettings().setValue(LANGUAGE_KEY, language)


def start_language(asked: str | None = None) -> str:
    """The language to start in: asked on the command line, else this computer's last
    choice, else the system's."""
    saved = QSettings().value(LANGUAGE_KEY)
    if asked:
        return asked
    return str(saved) if saved in LANGUAGES else system_language()


def translations_dir() -> Path:
    return resource_path("translations")


class Translations:
    """Holds the installed translators so a language switch can replace them at runtime.

    Installing a translator makes Qt send LanguageChange to every widget; ours retranslate in
    changeEvent, so the switch needs no restart.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def switch(self, language: str) -> None:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(language))
        use_fonts_for(language)  # Chinese punctuation from a Chinese font (ui/fonts.py)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # English has a file too: it holds the plural forms ("1 try", "2 tries").
        candidates = [(f"salonvault_{language}", str(translations_dir()))]
        if language != DEFAULT_LANGUAGE:
            candidates += [
                (f"qtbase_{language}", qt_dir),
                (f"qtbase_{language}", str(translations_dir())),  # ours, where Qt has none
            ]
        for name, folder in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            elif name.startswith("salonvault_"):
                # Loudly: an installation without its .qm files would otherwise show English
                # to someone who chose Vietnamese, and nobody would know why.
                raise FileNotFoundError(
                    f"SalonVault's translation {name}.qm is missing from {folder}; the"
                    " installation is incomplete."
                )
        self.language = language


def qt_text(context: str, source: str) -> str:
    """One of Qt's own strings (a QWizard or QFileDialog button or label), translated by Qt's
    qtbase_*.qm (or ours where Qt has none), for widgets Qt does not retranslate itself. The
    context is passed in, not written here, so lupdate leaves these out of our .ts files."""
    return QCoreApplication.translate(context, source)


def screen_language() -> str:
    """The language the screens show now (Translations.switch sets Qt's default locale)."""
    return _our_code(QLocale().name())


def _our_code(name: str) -> str:
    if name.startswith("zh"):
        return "zh_CN"
    short = name.split("_", maxsplit=1)[0]
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


def system_language() -> str:
    """The OS language if we have it, else English."""
    return _our_code(QLocale.system().name())  # e.g. "vi_VN", "zh_CN", "pl_PL"
