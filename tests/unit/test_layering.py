"""Dependencies point one way: ui -> services -> store/feeds/rates/net -> domain.

Nothing below the UI imports a Qt widget; only services/background.py bridges to Qt, and with
QtCore alone; the UI reaches storage, parsing and the network only through services.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent.parent / "desktop_app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["feeds", "fulltext", "rates", "store", "net"])
def test_lower_layers_import_no_qt_and_nothing_above_them(layer):
    for path in _modules(layer):
        for name in _imports(path):
            assert not name.startswith("PySide6"), f"{path.name} imports {name}"
            assert not name.startswith(("desktop_app.ui", "desktop_app.services")), (
                f"{path.name} imports {name}"
            )


def test_domain_imports_nothing_of_the_project():
    names = _imports(PACKAGE / "domain.py")
    assert not any(name.startswith(("desktop_app.", "PySide6")) for name in names)


def test_services_use_qtcore_only_for_the_signal_bridge():
    for path in _modules("services"):
        qt = {name for name in _imports(path) if name.startswith("PySide6")}
        if path.name == "background.py":
            assert qt == {"PySide6.QtCore"}
        else:
            assert qt == set(), f"{path.name} imports {qt}"
        assert not any(name.startswith("desktop_app.ui") for name in _imports(path))


def test_the_ui_goes_through_services():
    for path in _modules("ui"):
        for name in _imports(path):
            assert not name.startswith(
                ("desktop_app.store", "desktop_app.net", "desktop_app.feeds")
            ), f"{path.name} imports {name}"


# The one module that starts processes: the desktop's two cache tools (update-desktop-database,
# gtk-update-icon-cache), found on PATH and given a folder of Caravan's own.
STARTS_CACHE_TOOLS = PACKAGE / "oslayer" / "desktop.py"


def test_no_module_can_start_a_process():
    """Liferea ran shell commands from feed links and Newsboat from OPML: no code that reads
    what a feed, an OPML file or an article holds can start a process."""
    forbidden = ("subprocess", "pty", "PySide6.QtCore.QProcess")
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == STARTS_CACHE_TOOLS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [alias.name for alias in node.names]
                if isinstance(node, ast.ImportFrom) and node.module:
                    names += [node.module, *(f"{node.module}.{n}" for n in names)]
                assert not any(name in forbidden for name in names), f"{path.name}: {names}"
            locale = isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "QLocale"
            if isinstance(node, ast.Attribute) and not locale:  # QLocale.system(): a locale
                assert node.attr not in {"system", "popen", "startfile", "QProcess"} and not (
                    node.attr.startswith(("spawn", "exec"))
                    and isinstance(node.value, ast.Name)
                    and node.value.id == "os"
                ), f"{path.name} line {node.lineno}: {node.attr}"


def test_the_desktop_module_starts_processes_only_to_refresh_the_desktop_caches():
    tree = ast.parse(STARTS_CACHE_TOOLS.read_text(encoding="utf-8"))
    starting = {
        function.name
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "subprocess"
        and node.attr not in ("TimeoutExpired",)
    }
    assert starting == {"_refresh_caches"}
