"""Run by the system's python3 (pyatspi is a Debian package, not in the venv), inside the
test's D-Bus session: starts Caravan with accessibility on, waits for its window on the
AT-SPI bus, dumps the tree, then listens to the bus for a few seconds while the ticker
scrolls and keeps every event that came from the ticker or its items (and where its first
item stood before and after); then opens the first article through the list's Selection
interface, as a screen reader would, and keeps the reader's events and its subtree. Prints
JSON on its last line.

    python3 atspi_probe.py SECONDS CARAVAN_COMMAND_JSON
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

MAX_CHILDREN = 12  # per node: the article list's rows need not all be read
MAX_DEPTH = 14


def node(accessible: Any, depth: int = 0) -> dict[str, Any]:
    try:
        children = [] if depth >= MAX_DEPTH else list(accessible)[:MAX_CHILDREN]
        entry: dict[str, Any] = {
            "role": accessible.getRoleName(),
            "name": accessible.name or "",
            "description": accessible.description or "",
            "child_count": accessible.childCount,
            "states": sorted(
                pyatspi.stateToString(state) for state in accessible.getState().getStates()
            ),
        }
        try:
            text = accessible.queryText()
            entry["text"] = text.getText(0, min(text.characterCount, 400))
        except NotImplementedError:
            pass
        try:
            hypertext = accessible.queryHypertext()
            entry["links"] = hypertext.getNLinks()
        except NotImplementedError:
            pass
        entry["labelled_by"] = [
            relation.getTarget(0).name
            for relation in accessible.getRelationSet()
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets()
        ]
        entry["children"] = [node(child, depth + 1) for child in children if child is not None]
        return entry
    except Exception as error:  # a node that went away while read
        return {"role": "error", "name": str(error), "children": []}


def caravan_application(timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for application in desktop:
            if application is None:
                continue
            for window in application:
                if window is not None and (window.name or "").startswith("Caravan"):
                    return application
        time.sleep(0.5)
    raise SystemExit("Caravan did not appear on the AT-SPI bus")


def find(accessible: Any, role: str, name: str) -> Any:
    if accessible.getRoleName() == role and accessible.name == name:
        return accessible
    for child in accessible:
        if child is not None:
            found = find(child, role, name)
            if found is not None:
                return found
    return None


def within(source: Any, ticker: Any) -> bool:
    node = source
    for _ in range(4):
        if node is None:
            return False
        if node == ticker:
            return True
        node = node.parent
    return False


def main() -> None:
    seconds = float(sys.argv[1])
    command = json.loads(sys.argv[2])
    environment = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    caravan = subprocess.Popen(command, env=environment)
    try:
        application = caravan_application(60)
        # The rates arrive a moment after the window: wait for the strip's items.
        deadline = time.monotonic() + 30
        ticker = None
        while time.monotonic() < deadline:
            ticker = find(application, "list", "Currency rates")
            if ticker is not None and ticker.childCount >= 5:
                break
            time.sleep(0.5)
        if ticker is None:
            raise SystemExit("no list named Currency rates on the bus")
        tree = node(application)
        events = []

        def listen(event: Any) -> None:
            try:
                if within(event.source, ticker):
                    events.append(
                        {"type": event.type, "source": event.source.name, "detail": event.any_data}
                    )
            except Exception:  # noqa: S110 (a source gone while read)
                pass

        def extents() -> list[int]:
            box = ticker[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            return [box.x, box.y, box.width, box.height]

        before = extents()
        pyatspi.Registry.registerEventListener(listen, "object", "focus")
        GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop())
        pyatspi.Registry.start()
        after = extents()
        pyatspi.Registry.deregisterEventListener(listen, "object", "focus")

        reader = find(application, "label", "Article") or find(application, "text", "Article")
        reader_events: list[dict[str, Any]] = []

        def listen_reader(event: Any) -> None:
            try:
                if event.source == reader:
                    reader_events.append({"type": event.type, "length": event.detail2})
            except Exception:  # noqa: S110 (a source gone while read)
                pass

        pyatspi.Registry.registerEventListener(listen_reader, "object:text-changed")
        articles = find(application, "list", "Articles")
        articles.querySelection().selectChild(0)
        GLib.timeout_add(3000, lambda: pyatspi.Registry.stop())
        pyatspi.Registry.start()
        report = {
            "tree": tree,
            "events": events,
            "first_item": [before, after],
            "reader_events": reader_events,
            "reader": node(reader),
        }
        print(json.dumps(report, default=str))
    finally:
        caravan.terminate()
        try:
            caravan.wait(20)
        except subprocess.TimeoutExpired:
            caravan.kill()


if __name__ == "__main__":
    main()
