"""The desktop files Caravan ships (desktop entry, AppStream metainfo, icons) as a packager
gets them: one application id everywhere, and each accepted by the freedesktop validators."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from desktop_app import APP_ID, __version__
from desktop_app.oslayer.desktop import ICON_SIZES
from tests.desktop_entries import (
    KNOWN_OLD_APPSTREAM_NOTES,
    appstream_notes,
    desktop_tool,
    entry_keys,
)

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
DESKTOP_FILE = RESOURCES / "desktop" / f"{APP_ID}.desktop"
METAINFO = RESOURCES / "desktop" / f"{APP_ID}.metainfo.xml"


def test_the_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run(
        [desktop_tool("desktop-file-validate"), str(DESKTOP_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_metainfo_passes_appstreamcli_validate_pedantic():
    notes = appstream_notes("validate", "--pedantic", "--no-net", str(METAINFO))
    assert set(notes) <= KNOWN_OLD_APPSTREAM_NOTES


def test_one_application_id_names_the_entry_its_icon_and_the_metainfo():
    assert entry_keys(DESKTOP_FILE.read_text(encoding="utf-8"))["Icon"] == APP_ID
    component = etree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    developer = component.find("developer")
    assert developer is not None
    assert APP_ID.startswith(developer.get("id", "") + ".")
    user = developer.get("id", "").removeprefix("io.github.")
    homepage = component.findtext("url[@type='homepage']") or ""
    assert homepage.lower() == f"https://github.com/{user}/{APP_ID.rsplit('.', 1)[1]}"


def test_the_metainfo_describes_this_release_and_shows_screenshots_by_web_address():
    component = etree.parse(METAINFO).getroot()
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    images = [image.text or "" for image in component.iterfind("screenshots/screenshot/image")]
    assert images and all(image.startswith("https://") for image in images)
    for image in images:  # the picture the address will serve is the one in docs/
        assert (RESOURCES.parent / "docs" / image.rsplit("/", 1)[1]).is_file()


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_hicolor_icon_is_a_square_png_of_its_size_with_transparent_corners(size):
    path = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        alpha = image.convert("RGBA").getchannel("A")
        assert _value(alpha.getpixel((0, 0))) < 16, "the rounded corner is transparent"
        assert _value(alpha.getpixel((size // 2, size // 2))) == 255, "the tile is opaque"


def _value(pixel: object) -> int:
    assert isinstance(pixel, int)
    return pixel
