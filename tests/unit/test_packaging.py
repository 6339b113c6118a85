"""What a packager gets: the wheel and the sdist built as `python -m build` builds them (the
wheel from the unpacked sdist), their files and metadata, and the wheel installed and run."""

from __future__ import annotations

import email
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

import pytest

from desktop_app import __version__

ROOT = Path(__file__).resolve().parents[2]
WHEEL = f"caravan_reader-{__version__}-py3-none-any.whl"
SDIST = f"caravan_reader-{__version__}.tar.gz"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both distributions, built once for the module without reaching the package index."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return out


def _wheel_names(dist: Path) -> set[str]:
    with zipfile.ZipFile(dist / WHEEL) as wheel:
        return set(wheel.namelist())


def _sdist_names(dist: Path) -> set[str]:
    with tarfile.open(dist / SDIST) as sdist:
        prefix = f"caravan_reader-{__version__}/"
        return {name.removeprefix(prefix) for name in sdist.getnames()}


def _metadata(dist: Path) -> Message:
    with zipfile.ZipFile(dist / WHEEL) as wheel:
        text = wheel.read(f"caravan_reader-{__version__}.dist-info/METADATA").decode()
    return email.message_from_string(text)


def test_both_distributions_are_named_caravan_reader_not_the_taken_caravan(dist: Path) -> None:
    assert {path.name for path in dist.iterdir()} == {SDIST, WHEEL}
    metadata = _metadata(dist)
    assert metadata["Name"] == "caravan-reader"
    assert metadata["Version"] == __version__


def test_the_license_ships_in_the_wheel_and_the_sdist(dist: Path) -> None:
    license_text = (ROOT / "LICENSE").read_text()
    assert license_text.startswith("MIT License")
    assert "Copyright (c) 2026 The Caravan authors" in license_text
    assert f"caravan_reader-{__version__}.dist-info/licenses/LICENSE" in _wheel_names(dist)
    assert "LICENSE" in _sdist_names(dist)
    metadata = _metadata(dist)
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]


def test_the_sdist_carries_what_a_packager_builds_and_tests_from(dist: Path) -> None:
    names = _sdist_names(dist)
    for needed in (
        "pyproject.toml",
        "README.md",
        "CHANGELOG.md",
        "docs/pypi.md",
        "packaging/caravan.1",
        "resources/default_config.toml",
        "tests/fixtures/SOURCES.tsv",
        "desktop_app/__main__.py",
    ):
        assert needed in names, needed
    assert not any(name.startswith((".venv", "dist/")) for name in names)


def test_the_wheel_installs_the_man_page_and_the_default_configuration(dist: Path) -> None:
    names = _wheel_names(dist)
    assert f"caravan_reader-{__version__}.data/data/share/man/man1/caravan.1" in names
    assert "desktop_app/resources/default_config.toml" in names
    assert not any(name.startswith("tests/") for name in names)


def test_the_wheel_carries_the_compiled_translations(dist: Path) -> None:
    names = _wheel_names(dist)
    for language in ("en", "ru", "kk", "uz"):
        assert f"desktop_app/translations/caravan_{language}.qm" in names


def test_the_metadata_says_who_what_and_which_pythons(dist: Path) -> None:
    metadata = _metadata(dist)
    assert metadata["Author"] == "The Caravan authors"
    assert metadata["Requires-Python"] == ">=3.11"
    classifiers = metadata.get_all("Classifier") or []
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL") or [])
    assert {"Homepage", "Source", "Issues", "Changelog"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())
    assert metadata["Keywords"]
    qt = [r for r in metadata.get_all("Requires-Dist") or [] if r.startswith("pyside6")]
    # The 6.12 cap only where 6.12 breaks: True is immortal from Python 3.12 on.
    assert sorted(qt) == [
        "pyside6-essentials<6.12,>=6.11.2; python_version < '3.12'",
        "pyside6-essentials>=6.11.2; python_version >= '3.12'",
    ]


def test_the_index_page_text_is_the_short_one_with_absolute_links_only(dist: Path) -> None:
    metadata = _metadata(dist)
    assert metadata["Description-Content-Type"] == "text/markdown"
    description = metadata.get_payload()
    assert isinstance(description, str)
    assert description.strip() == (ROOT / "docs" / "pypi.md").read_text().strip()
    # On the index page a relative address points nowhere: images or links.
    targets = re.findall(r"\]\(([^)]*)\)", description) + re.findall(r'src="([^"]*)"', description)
    assert targets, "the page links to the README and the changelog"
    assert all(target.startswith("https://") for target in targets), targets


def test_the_installed_wheel_runs_as_caravan_and_as_python_m_desktop_app(
    dist: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    offline = ["--quiet", "--no-deps", "--no-index", "--target", str(site)]
    subprocess.run(
        [sys.executable, "-m", "pip", "install", *offline, str(dist / WHEEL)],
        check=True,
        capture_output=True,
    )
    # The wheel's copy first on the path, before the checkout this suite runs from (and run
    # from elsewhere: a script's or `-m`'s own folder comes first on its path).
    environment = {**os.environ, "PYTHONPATH": str(site)}
    command = site / "bin" / "caravan"
    version = subprocess.run(
        [command, "--version"],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == f"caravan {__version__}"
    where = subprocess.run(
        [sys.executable, "-c", "import desktop_app; print(desktop_app.__file__)"],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(site)
    # A first command creates the configuration from the default file inside the wheel.
    config = tmp_path / "config" / "caravan.toml"
    places = ["--config", str(config), "--data-dir", str(tmp_path / "data")]
    listed = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--offline", "feeds", *places],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    assert config.read_bytes() == (ROOT / "resources" / "default_config.toml").read_bytes()
