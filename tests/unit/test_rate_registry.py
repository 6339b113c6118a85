"""Every provider is reachable by its configuration name, and each fetches the right URL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.config import load_config
from desktop_app.rates.providers import PROVIDER_NAMES, load_provider, provider_title

RATES = Path(__file__).parent.parent / "fixtures" / "rates"
FIXTURE_OF = {
    "open-er-api": "open-er-api_latest_USD_2024-08-19.json",
    "nbk": "nbk_0_nationalbank.kz_rss_get_rates.cfm_fdate_01.04.2026.xml",
    "nbkr": "nbkr_live_0_www.nbkr.kg_XML_daily.xml.xml",
    "cbu": "cbu_0_cbu.uz_en_arkhiv-kursov-valyut_json_all_2026-04-01.json",
    "cbr": "cbr_0_www.cbr.ru_scripts_XML_daily.asp.xml",
    "nbt": "nbt_0_www.nbt.tj_en_kurs_export_xml.php_date_2026-05-18_export_xmlout.xml",
    "cbt": "cbt_0_cbt.tm_kurs_2026_20052026.xml",
    "ecb": "ecb_eurofxref-daily_2025-05-09.xml",
}


def test_the_eight_providers_are_registered_under_their_documented_names():
    assert set(PROVIDER_NAMES) == set(FIXTURE_OF)


@pytest.mark.parametrize("name", PROVIDER_NAMES)
def test_each_provider_module_agrees_with_the_registry_and_parses_its_fixture(name):
    provider = load_provider(name)
    assert name == provider.module.NAME
    assert provider.module.TITLE == provider.title == provider_title(name)
    snapshot = provider.parse((RATES / FIXTURE_OF[name]).read_bytes())
    assert snapshot.provider == name
    assert snapshot.prices


@pytest.mark.parametrize("name", PROVIDER_NAMES)
def test_the_url_asked_for_today_is_a_complete_web_address(name):
    url = load_provider(name).url(date(2026, 5, 18))
    assert url.startswith("https://")
    assert "{" not in url


def test_dated_endpoints_get_the_day_asked_for():
    assert "2026-05-18" in load_provider("nbt").url(date(2026, 5, 18))
    assert "18052026" in load_provider("cbt").url(date(2026, 5, 18))


@pytest.mark.parametrize("name", PROVIDER_NAMES)
def test_every_provider_name_is_accepted_in_the_configuration(tmp_path, name):
    path = tmp_path / "caravan.toml"
    path.write_text(f'[rates]\nprovider = "{name}"\n', encoding="utf-8")
    loaded = load_config(path)
    assert loaded.problems == ()
    assert loaded.config.rates.provider == name
