"""The registry of rate providers, by the name used in the configuration."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.domain import RateSnapshot
from desktop_app.rates import open_er_api


@dataclass(frozen=True, slots=True)
class Provider:
    name: str
    title: str
    default_url: str
    parse: Callable[[bytes], RateSnapshot]


PROVIDERS: dict[str, Provider] = {
    open_er_api.NAME: Provider(
        open_er_api.NAME, open_er_api.TITLE, open_er_api.DEFAULT_URL, open_er_api.parse
    ),
}
