"""Qt's own words — standard buttons, the context menus of text fields and spin boxes, the
message box's details button, Qt's own file dialog and its file list, the docked ticker's title
buttons — marked under Qt's own contexts, so that Caravan's catalogues carry them too.

Qt ships no catalogue of its own for Uzbek (``qtbase_uz``), so without these its buttons would
say "Cancel" in an Uzbek window. Qt looks a text up by its context and source in every
installed catalogue: ``caravan_uz`` answers for these. For Russian and Kazakh the translations
are Qt's own wording (copied from ``qtbase_ru``/``qtbase_kk``), and Qt's catalogue, installed
after Caravan's, is asked first anyway.

Nothing needs to import this module while the app runs: ``pyside6-lupdate`` reads it, and the
tests call :func:`qt_words` to check each word is translated where Qt looks for it. Contexts and
sources are Qt 6's (``QPlatformTheme::defaultStandardButtonText``, ``QLineEdit`` and
``QWidgetTextControl::createStandardContextMenu``, ``QAbstractSpinBox``, ``QMessageBox``,
``QFileDialog``, ``QFileSystemModel``, ``QAbstractFileIconProvider``, ``QDockWidget``), as Qt
6.11 asks for them: some differ from the older sources Qt's own Russian catalogue still holds
(``&Look in:``, ``Files of &type:``, ``QAbstractFileIconProvider``), so those were English in
Russian too, and now come from Caravan's catalogue in every language.
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
        # Qt's own file dialog (OPML import and export where the desktop lends none).
        ("QFileDialog", "&Look in:"): translate("QFileDialog", "&Look in:"),
        ("QFileDialog", "File &name:"): translate("QFileDialog", "File &name:"),
        ("QFileDialog", "Files of &type:"): translate("QFileDialog", "Files of &type:"),
        ("QFileDialog", "Directory:"): translate("QFileDialog", "Directory:"),
        ("QFileDialog", "&Open"): translate("QFileDialog", "&Open"),
        ("QFileDialog", "&Save"): translate("QFileDialog", "&Save"),
        ("QFileDialog", "&Choose"): translate("QFileDialog", "&Choose"),
        ("QFileDialog", "Back"): translate("QFileDialog", "Back"),
        ("QFileDialog", "Forward"): translate("QFileDialog", "Forward"),
        ("QFileDialog", "Parent Directory"): translate("QFileDialog", "Parent Directory"),
        ("QFileDialog", "Create New Folder"): translate("QFileDialog", "Create New Folder"),
        ("QFileDialog", "List View"): translate("QFileDialog", "List View"),
        ("QFileDialog", "Detail View"): translate("QFileDialog", "Detail View"),
        ("QFileDialog", "Go back"): translate("QFileDialog", "Go back"),
        ("QFileDialog", "Go forward"): translate("QFileDialog", "Go forward"),
        ("QFileDialog", "Go to the parent directory"): translate(
            "QFileDialog", "Go to the parent directory"
        ),
        ("QFileDialog", "Create a New Folder"): translate("QFileDialog", "Create a New Folder"),
        ("QFileDialog", "Change to list view mode"): translate(
            "QFileDialog", "Change to list view mode"
        ),
        ("QFileDialog", "Change to detail view mode"): translate(
            "QFileDialog", "Change to detail view mode"
        ),
        ("QFileDialog", "Sidebar"): translate("QFileDialog", "Sidebar"),
        ("QFileDialog", "List of places and bookmarks"): translate(
            "QFileDialog", "List of places and bookmarks"
        ),
        ("QFileDialog", "Files"): translate("QFileDialog", "Files"),
        ("QFileDialog", "Directories"): translate("QFileDialog", "Directories"),
        ("QFileDialog", "All Files (*)"): translate("QFileDialog", "All Files (*)"),
        ("QFileDialog", "All files (*)"): translate("QFileDialog", "All files (*)"),
        # The file list's context menu, the new folder it makes, the detail header's menu.
        ("QFileDialog", "&Rename"): translate("QFileDialog", "&Rename"),
        ("QFileDialog", "&Delete"): translate("QFileDialog", "&Delete"),
        ("QFileDialog", "Show &hidden files"): translate("QFileDialog", "Show &hidden files"),
        ("QFileDialog", "&New Folder"): translate("QFileDialog", "&New Folder"),
        ("QFileDialog", "New Folder"): translate("QFileDialog", "New Folder"),
        ("QFileDialog", "Show "): translate("QFileDialog", "Show "),
        # The file dialog's questions and refusals.
        ("QFileDialog", "%1 already exists.\nDo you want to replace it?"): translate(
            "QFileDialog", "%1 already exists.\nDo you want to replace it?"
        ),
        ("QFileDialog", "Are you sure you want to delete '%1'?"): translate(
            "QFileDialog", "Are you sure you want to delete '%1'?"
        ),
        ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"): translate(
            "QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"
        ),
        ("QFileDialog", "Could not delete directory."): translate(
            "QFileDialog", "Could not delete directory."
        ),
        (
            "QFileDialog",
            "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
        ): translate(
            "QFileDialog",
            "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
        ),
        (
            "QFileDialog",
            "%1\nFile not found.\nPlease verify the correct file name was given.",
        ): translate(
            "QFileDialog",
            "%1\nFile not found.\nPlease verify the correct file name was given.",
        ),
        # The file list's columns and the names it gives (Linux's wording: the dialog is
        # Qt's own there; Windows and macOS lend theirs).
        ("QFileSystemModel", "Name"): translate("QFileSystemModel", "Name"),
        ("QFileSystemModel", "Size"): translate("QFileSystemModel", "Size"),
        ("QFileSystemModel", "Type"): translate("QFileSystemModel", "Type", "All other platforms"),
        ("QFileSystemModel", "Date Modified"): translate("QFileSystemModel", "Date Modified"),
        ("QFileSystemModel", "Computer"): translate("QFileSystemModel", "Computer"),
        ("QFileSystemModel", "Invalid filename"): translate("QFileSystemModel", "Invalid filename"),
        (
            "QFileSystemModel",
            '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer '
            "characters or no punctuation marks.",
        ): translate(
            "QFileSystemModel",
            '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer '
            "characters or no punctuation marks.",
        ),
        ("QAbstractFileIconProvider", "Folder"): translate(
            "QAbstractFileIconProvider", "Folder", "All other platforms"
        ),
        ("QAbstractFileIconProvider", "Shortcut"): translate(
            "QAbstractFileIconProvider", "Shortcut", "All other platforms"
        ),
        ("QAbstractFileIconProvider", "Drive"): translate("QAbstractFileIconProvider", "Drive"),
        ("QAbstractFileIconProvider", "File"): translate("QAbstractFileIconProvider", "File"),
        ("QAbstractFileIconProvider", "Unknown"): translate("QAbstractFileIconProvider", "Unknown"),
        # The buttons of the docked ticker's title bar (said by a screen reader).
        ("QDockWidget", "Float"): translate("QDockWidget", "Float"),
        ("QDockWidget", "Undocks and re-attaches the dock widget"): translate(
            "QDockWidget", "Undocks and re-attaches the dock widget"
        ),
        ("QDockWidget", "Close"): translate("QDockWidget", "Close"),
        ("QDockWidget", "Closes the dock widget"): translate(
            "QDockWidget", "Closes the dock widget"
        ),
        # A menu entry's shortcut (Article › Page down, then next unread: Space); Ctrl, Shift and
        # F5 stay as the keys are labelled, as in Qt's Russian and Kazakh.
        ("QShortcut", "Space"): translate("QShortcut", "Space"),
        # The type column of the files the OPML dialogs list: Qt's MIME database has Russian
        # and Kazakh names of its own (copied here) and asks the catalogues for Uzbek.
        ("QMimeType", "OPML syndication feed"): translate("QMimeType", "OPML syndication feed"),
        ("QMimeType", "XML document"): translate("QMimeType", "XML document"),
    }
