"""The interface's language: which one, its Qt Linguist catalogue and Qt's own, and
``translate`` for every user-visible string.

Strings are marked in the code as ``translate("Context", "Source text")`` (``%n`` and a count
for plurals, ``{name}`` placeholders filled by ``str.format`` afterwards), the form
``pyside6-lupdate`` finds; ``make translations`` extracts them into
``resources/translations/caravan_<lang>.ts`` and compiles those into the ``.qm`` files next to
this module, which the wheel and the bundle carry. Qt's own catalogue (``qtbase_<lang>.qm``:
standard buttons, the file dialog, context menus of text fields) comes from the Qt install.

The window translates through Qt (``install``). The command line and the services' messages
must not pay for Qt: without a running Qt application, ``translate`` reads the same ``.qm``
files with ``qm.Catalogue`` (pure Python) — English included, for its plural forms — so an
English ``caravan list`` imports no PySide6 module.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:  # the catalogue reader loads only where no Qt translates (not in the window)
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop_app.qm import Catalogue

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
# The catalogue ``translate`` reads when no Qt application runs: the one the command line
# chose, else English's (its plural forms).
_catalogue: Catalogue | None = None
_english_catalogue: Catalogue | None = None
# The language ``install`` put in force through Qt (the window's).
_window_language = "en"

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
    from PySide6.QtCore import QLocale, QTranslator

    global _catalogue, _window_language
    _catalogue = None  # the window's language is Qt's
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
    _window_language = language
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
    qt = _qt_in_force()
    if qt is not None:
        return str(qt.QCoreApplication.translate(context, source, disambiguation, n))
    if _catalogue is None and n < 0:
        return source  # English's catalogue holds plural forms only
    return (_catalogue or _english()).translate(context, source, disambiguation, n)


def use_without_qt(setting: str, environ: Mapping[str, str] = os.environ) -> str:
    """Put the chosen language in force for ``translate`` without Qt (the command line) and
    return its code; with ``system``, the language the environment asks for (``LANGUAGE``,
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them)."""
    from desktop_app.qm import Catalogue

    global _catalogue
    language = resolve_language(setting, environment_languages(environ))
    # English is the sources and its plural forms, whoever answers (Qt's English in a process
    # that runs a window too): only another language needs a catalogue of its own.
    english = language == "en"
    _catalogue = (
        None if english else Catalogue.load(CATALOGUES / f"caravan_{language}.qm", language)
    )
    return language


def environment_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages a POSIX environment prefers, first first: ``LANGUAGE`` is a list
    (``kk:ru``) and counts only when a locale is set; ``C``/``POSIX`` name none."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            break
    else:
        return []
    if value.split(".")[0] in ("C", "POSIX"):
        return []
    preferred = [item for item in environ.get("LANGUAGE", "").split(":") if item]
    return [each.split(".")[0].split("@")[0] for each in [*preferred, value]]


def language_in_force() -> str:
    """The command line's language (``en`` before ``use_without_qt``)."""
    return _catalogue.language if _catalogue is not None else "en"


def _qt_in_force() -> ModuleType | None:
    """QtCore while a Qt application runs on the catalogues ``install`` put in force (the
    window translates and formats through Qt then); None for the command line."""
    qt = sys.modules.get("PySide6.QtCore")
    if _catalogue is None and qt is not None and qt.QCoreApplication.instance() is not None:
        return qt
    return None


def interface_language() -> str:
    """The language ``translate`` answers in: the window's while a Qt application runs on
    the catalogues ``install`` put in force, else the command line's."""
    return _window_language if _qt_in_force() is not None else language_in_force()


def _english() -> Catalogue:
    from desktop_app.qm import Catalogue

    global _english_catalogue
    if _english_catalogue is None:
        _english_catalogue = Catalogue.load(CATALOGUES / "caravan_en.qm", "en")
    return _english_catalogue


def decimal(value: float, digits: int) -> str:
    """``value`` with ``digits`` decimals as the interface's locale writes it (``12.4``,
    ``12,4``): through ``QLocale`` in the window, the language's own mark elsewhere."""
    qt = _qt_in_force()
    if qt is not None:
        return str(qt.QLocale().toString(float(value), "f", digits))
    from desktop_app.qm import DECIMAL_POINTS, GROUP_SEPARATORS

    text = f"{value:,.{digits}f}"
    language = language_in_force()
    group, point = GROUP_SEPARATORS.get(language, ","), DECIMAL_POINTS.get(language, ".")
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def whole(number: int) -> str:
    """A whole number grouped as the interface's locale does (``1,234``, ``1 234``)."""
    qt = _qt_in_force()
    if qt is not None:
        return str(qt.QLocale().toString(number))
    from desktop_app.qm import group_digits

    return group_digits(number, language_in_force())


def date_time(moment: datetime) -> str:
    """A moment in local time with the month in words (``6 December 2026, 09:12``) in the
    interface's language: the window's ``QLocale``; without Qt, English, or ISO 8601 for the
    other languages (no month names without Qt's locale data)."""
    local = moment.astimezone()
    qt = _qt_in_force()
    if qt is not None:
        shown = qt.QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
        return str(qt.QLocale().toString(shown, "d MMMM yyyy, HH:mm"))
    if language_in_force() == "en":
        return f"{local.day} {local:%B %Y, %H:%M}"
    return f"{local:%Y-%m-%d %H:%M}"
