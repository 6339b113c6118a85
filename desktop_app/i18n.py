"""The interface's language: which one, its Qt Linguist catalogue and Qt's own, and
``translate`` for every user-visible string.

Strings are marked in the code as ``translate("Context", "Source text")`` (``%n`` and a count
for plurals, ``{name}`` placeholders filled by ``str.format`` afterwards), the form
``pyside6-lupdate`` finds; ``make translations`` extracts them into
``resources/translations/caravan_<lang>.ts`` and compiles those into the ``.qm`` files next to
this module, which the wheel and the bundle carry. Qt's own catalogue (``qtbase_<lang>.qm``:
standard buttons, the file dialog, context menus of text fields) comes from the Qt install.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Final, Literal

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

# Setting value -> the language's own name for itself (what the Settings dialog lists); the
# same languages as config.LANGUAGE_SETTINGS, which cannot import Qt.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "kk": "Қазақ тілі",
    "uz": "Oʻzbekcha",
}
# The locale each language formats numbers and dates with when chosen in Settings (with
# "system", the system's own locale keeps doing it, region and all).
_LOCALES = {"en": "en_US", "ru": "ru_RU", "kk": "kk_KZ", "uz": "uz_Latn_UZ"}
CATALOGUES = Path(__file__).resolve().parent / "translations"

_installed: list[QTranslator] = []

# translate(context, "%n feed(s)", None, PLURAL, count): see translate.
PLURAL: Final = "plural"


def resolve_language(setting: str, ui_languages: Sequence[str]) -> str:
    """The language to show: the one set, or with ``system`` the first of the desktop's
    preferred languages Caravan speaks (``kk-KZ``, ``uz-Latn-UZ``, ``ru``…), else English."""
    if setting in LANGUAGES:
        return setting
    for preferred in ui_languages:
        code = preferred.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(setting: str, app: QCoreApplication) -> str:
    """Put the chosen language's catalogues in force for ``app`` and return its code. Must
    run before the first widget is built: texts are translated when they are set."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(setting, QLocale.system().uiLanguages())
    if setting in LANGUAGES:
        QLocale.setDefault(QLocale(_LOCALES[language]))
    elif QLocale.system().language() == QLocale.Language.C:
        # LANG=C or unset (a minimal session, a container): Qt's C locale writes a date
        # "6 12 2026"; English conventions instead, as the language shown is English.
        QLocale.setDefault(QLocale(_LOCALES["en"]))
    catalogues = [("caravan", [CATALOGUES])]  # English's: its plural forms only
    if language != "en":  # Qt's own speaks English already
        catalogues.append(("qtbase", _qt_catalogue_folders()))
    for name, folders in catalogues:
        translator = QTranslator(app)
        if any(translator.load(f"{name}_{language}", str(folder)) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            # Qt has no catalogue of its own for every language (none for Uzbek): its few
            # standard words stay English, Caravan's own are still translated.
            log.info("no %s catalogue for %s in %s", name, language, folders)
    return language


def _qt_catalogue_folders() -> list[Path]:
    """Where Qt's own catalogues are: where Qt says, and in the wheel's (or the bundle's)
    PySide6 folder, in case a frozen build's Qt was told another prefix."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo  # English, the usual start, needs none of this

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
    ]


def translate(
    context: str,
    source: str,
    disambiguation: str | None = None,
    plural: Literal["plural"] | None = None,
    n: int = -1,
) -> str:
    """``source`` in the interface's language; with ``PLURAL, n``, ``%n`` becomes ``n`` in
    the language's plural form for it.

    ``PLURAL`` is there for ``pyside6-lupdate``: its Python parser reads a fourth argument
    that is a name as Qt 4's encoding, so ``translate(c, s, None, count)`` would not be
    extracted as a plural (and ``len(x)`` there not at all); after the marker, a number, a
    name or a call without dots is. tests/unit/test_translations.py checks every call is
    extracted as written."""
    return QCoreApplication.translate(context, source, disambiguation, n)
