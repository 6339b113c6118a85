"""Qt's own words — standard buttons, the context menus of text fields and spin boxes, the
message box's details button — marked under Qt's own contexts, so that Caravan's catalogues
carry them too.

Qt ships no catalogue of its own for Uzbek (``qtbase_uz``), so without these its buttons would
say "Cancel" in an Uzbek window. Qt looks a text up by its context and source in every
installed catalogue: ``caravan_uz`` answers for these. For Russian and Kazakh the translations
are Qt's own wording (copied from ``qtbase_ru``/``qtbase_kk``), and Qt's catalogue, installed
after Caravan's, is asked first anyway.

Nothing needs to import this module while the app runs: ``pyside6-lupdate`` reads it, and the
tests call :func:`qt_words` to check each word is translated where Qt looks for it. Contexts and
sources are Qt 6's (``QPlatformTheme::defaultStandardButtonText``, ``QLineEdit`` and
``QWidgetTextControl::createStandardContextMenu``, ``QAbstractSpinBox``, ``QMessageBox``).
"""

from __future__ import annotations

from desktop_app.i18n import translate


def qt_words() -> dict[tuple[str, str], str]:
    """(Qt's context, Qt's source text) -> the text in the interface's language."""
    return {
        # The standard buttons of dialogs and message boxes.
        ("QPlatformTheme", "OK"): translate("QPlatformTheme", "OK"),
        ("QPlatformTheme", "Save"): translate("QPlatformTheme", "Save"),
        ("QPlatformTheme", "Save All"): translate("QPlatformTheme", "Save All"),
        ("QPlatformTheme", "Open"): translate("QPlatformTheme", "Open"),
        ("QPlatformTheme", "&Yes"): translate("QPlatformTheme", "&Yes"),
        ("QPlatformTheme", "Yes to &All"): translate("QPlatformTheme", "Yes to &All"),
        ("QPlatformTheme", "&No"): translate("QPlatformTheme", "&No"),
        ("QPlatformTheme", "N&o to All"): translate("QPlatformTheme", "N&o to All"),
        ("QPlatformTheme", "Abort"): translate("QPlatformTheme", "Abort"),
        ("QPlatformTheme", "Retry"): translate("QPlatformTheme", "Retry"),
        ("QPlatformTheme", "Ignore"): translate("QPlatformTheme", "Ignore"),
        ("QPlatformTheme", "Close"): translate("QPlatformTheme", "Close"),
        ("QPlatformTheme", "Cancel"): translate("QPlatformTheme", "Cancel"),
        ("QPlatformTheme", "Discard"): translate("QPlatformTheme", "Discard"),
        ("QPlatformTheme", "Help"): translate("QPlatformTheme", "Help"),
        ("QPlatformTheme", "Apply"): translate("QPlatformTheme", "Apply"),
        ("QPlatformTheme", "Reset"): translate("QPlatformTheme", "Reset"),
        ("QPlatformTheme", "Restore Defaults"): translate("QPlatformTheme", "Restore Defaults"),
        # A line edit's context menu (the search box, the dialogs' fields).
        ("QLineEdit", "&Undo"): translate("QLineEdit", "&Undo"),
        ("QLineEdit", "&Redo"): translate("QLineEdit", "&Redo"),
        ("QLineEdit", "Cu&t"): translate("QLineEdit", "Cu&t"),
        ("QLineEdit", "&Copy"): translate("QLineEdit", "&Copy"),
        ("QLineEdit", "&Paste"): translate("QLineEdit", "&Paste"),
        ("QLineEdit", "Delete"): translate("QLineEdit", "Delete"),
        ("QLineEdit", "Select All"): translate("QLineEdit", "Select All"),
        # A text view's context menu (the reader, message details).
        ("QWidgetTextControl", "&Undo"): translate("QWidgetTextControl", "&Undo"),
        ("QWidgetTextControl", "&Redo"): translate("QWidgetTextControl", "&Redo"),
        ("QWidgetTextControl", "Cu&t"): translate("QWidgetTextControl", "Cu&t"),
        ("QWidgetTextControl", "&Copy"): translate("QWidgetTextControl", "&Copy"),
        ("QWidgetTextControl", "Copy &Link Location"): translate(
            "QWidgetTextControl", "Copy &Link Location"
        ),
        ("QWidgetTextControl", "&Paste"): translate("QWidgetTextControl", "&Paste"),
        ("QWidgetTextControl", "Delete"): translate("QWidgetTextControl", "Delete"),
        ("QWidgetTextControl", "Select All"): translate("QWidgetTextControl", "Select All"),
        # A spin box's context menu (the settings' numbers).
        ("QAbstractSpinBox", "&Select All"): translate("QAbstractSpinBox", "&Select All"),
        ("QAbstractSpinBox", "&Step up"): translate("QAbstractSpinBox", "&Step up"),
        ("QAbstractSpinBox", "Step &down"): translate("QAbstractSpinBox", "Step &down"),
        # A message box with details (the repair report).
        ("QMessageBox", "Show Details..."): translate("QMessageBox", "Show Details..."),
        ("QMessageBox", "Hide Details..."): translate("QMessageBox", "Hide Details..."),
    }
