"""Where Caravan keeps its files: platformdirs locations, each overridable."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "caravan"


@dataclass(frozen=True, slots=True)
class AppPaths:
    config_file: Path
    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "caravan.sqlite3"

    @classmethod
    def resolve(cls, config_file: Path | None = None, data_dir: Path | None = None) -> AppPaths:
        """Platform defaults, with ``--config``/``--data-dir`` taking precedence.

        An explicit data directory also holds the logs, so a test or a portable install never
        writes into the user's home.
        """
        config = config_file or Path(platformdirs.user_config_dir(APP_NAME)) / "caravan.toml"
        if data_dir is not None:
            return cls(config.expanduser(), data_dir.expanduser(), data_dir.expanduser() / "logs")
        return cls(
            config.expanduser(),
            Path(platformdirs.user_data_dir(APP_NAME)),
            Path(platformdirs.user_log_dir(APP_NAME)),
        )


def resource_path(name: str) -> Path:
    """A file from ``resources/``: inside the package when installed, beside it in a checkout."""
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "resources" / name
    if installed.exists():
        return installed
    return package_dir.parent / "resources" / name
