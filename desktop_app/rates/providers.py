"""The registry of rate providers, by the name used in the configuration and on the command
line. Modules are imported when a provider is used, so start-up pays for none of them."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import ModuleType

from desktop_app.domain import RateSnapshot

# name -> (module, title). Titles name the source in tooltips and the detail popup.
_REGISTRY: dict[str, tuple[str, str]] = {
    "open-er-api": ("open_er_api", "ExchangeRate-API (open.er-api.com)"),
    "nbk": ("nbk", "National Bank of Kazakhstan"),
    "nbkr": ("nbkr", "National Bank of the Kyrgyz Republic"),
    "cbu": ("cbu", "Central Bank of the Republic of Uzbekistan"),
    "cbr": ("cbr", "Bank of Russia"),
    "nbt": ("nbt", "National Bank of Tajikistan"),
    "cbt": ("cbt", "Central Bank of Turkmenistan"),
    "ecb": ("ecb", "European Central Bank"),
}
PROVIDER_NAMES: tuple[str, ...] = tuple(_REGISTRY)


@dataclass(frozen=True, slots=True)
class Provider:
    name: str
    title: str
    module: ModuleType

    @property
    def parse(self) -> Callable[[bytes], RateSnapshot]:
        parse: Callable[[bytes], RateSnapshot] = self.module.parse
        return parse

    def url(self, today: date) -> str:
        """The endpoint for today's rates: dated endpoints (NBT, CBT, …) get today's date."""
        url_for = getattr(self.module, "url_for", None)
        if url_for is not None and "{" in self.module.DEFAULT_URL:
            return str(url_for(today))
        return str(self.module.DEFAULT_URL)


def provider_title(name: str) -> str:
    entry = _REGISTRY.get(name)
    return entry[1] if entry else name


def load_provider(name: str) -> Provider:
    """The provider called ``name``; KeyError for an unknown name (config validates first)."""
    module_name, title = _REGISTRY[name]
    module = importlib.import_module(f"desktop_app.rates.{module_name}")
    return Provider(name, title, module)
