"""The command line's catalogue reader (``desktop_app/qm.py``, no Qt) answers every message of
every language as Qt does: the same translation, the same plural form for each count, ``%n``
and the locale-grouped ``%Ln`` filled the same way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop_app.i18n import _LOCALES, CATALOGUES
from desktop_app.qm import Catalogue

COUNTS = (0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1234, 1_000_001)


@pytest.mark.parametrize("language", ["en", "ru", "kk", "uz"])
def test_the_reader_without_qt_answers_as_qt(qapp, language: str):
    path = CATALOGUES / f"caravan_{language}.qm"
    catalogue = Catalogue.load(path, language)
    assert len(catalogue.messages) > 30
    translator = QTranslator()
    assert translator.load(str(path))
    default = QLocale()
    QLocale.setDefault(QLocale(_LOCALES[language]))
    qapp.installTranslator(translator)
    try:
        for context, source, comment in catalogue.messages:
            plural = "%n" in source or "%Ln" in source
            for n in COUNTS if plural else (-1,):
                ours = catalogue.translate(context, source, comment or None, n)
                qts = QCoreApplication.translate(context, source, comment or None, n)
                assert ours == qts, (context, source, n)
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(default)


def test_a_missing_catalogue_leaves_the_source(tmp_path):
    catalogue = Catalogue.load(tmp_path / "caravan_ru.qm", "ru")
    assert catalogue.translate("Cli", "%n feed(s)", None, 3) == "3 feed(s)"
    (tmp_path / "broken.qm").write_bytes(b"\x3c\xb8not a catalogue")
    assert Catalogue.load(tmp_path / "broken.qm", "ru").messages == {}
