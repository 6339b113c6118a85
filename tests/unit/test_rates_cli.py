"""`caravan rates --provider` and `--history` against real payloads served locally."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from desktop_app.rates import ecb
from desktop_app.store import rates as rate_store
from desktop_app.store.db import Database
from tests.conftest import LocalServer, Route
from tests.unit.test_cli import (  # noqa: F401 - a fixture
    Caravan,
    _restore_process_state,
    serve_rates,
)

RATES = Path(__file__).parent.parent / "fixtures" / "rates"


@pytest.fixture
def caravan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Caravan:
    return Caravan(tmp_path, capsys)


def test_rates_from_another_provider_are_fetched_and_printed(
    caravan: Caravan, http_server: LocalServer
):
    body = (RATES / "cbu_0_cbu.uz_en_arkhiv-kursov-valyut_json_all_2026-04-01.json").read_bytes()
    http_server.routes["/cbu"] = Route(body, "application/json")
    # The configured source stays open-er-api; [rates.urls] points cbu at the local server.
    caravan.config.write_text(
        f'[rates]\nurl = "http://127.0.0.1:9/"\n[rates.urls]\ncbu = "{http_server.url("/cbu")}"\n',
        encoding="utf-8",
    )
    code, out, _ = caravan("rates", "--provider", "cbu")
    assert code == 0
    assert [request.path for request in http_server.requests] == ["/cbu"]
    # USD Rate "12194.21" per Nominal 1 -> USD = 12194.21 UZS; UZS/USD = 1/12194.21
    assert "UZS/USD 0.00008201" in out


def test_history_prints_every_stored_day_with_its_change(caravan: Caravan):
    days = ecb.parse_history((RATES / "ecb_eurofxref-hist-90d_2017-03-03.xml").read_bytes())
    database = Database(caravan.database)
    try:
        for snapshot in days:
            database.writer.run(partial(rate_store.save_snapshot, snapshot=snapshot))
    finally:
        database.close()
    caravan.config.write_text('[rates]\nprovider = "ecb"\nbase = "EUR"\n', encoding="utf-8")
    code, out, _ = caravan("rates", "--history", "USD", "--offline")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "USD/EUR from European Central Bank"
    assert len(lines) == 1 + len(days)
    assert lines[1].startswith("2016-12-05")
    assert lines[-1].startswith(date(2017, 3, 3).isoformat())
    assert lines[1].rstrip().endswith(("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))
    assert all("%" in line for line in lines[2:])


def test_history_of_an_unknown_pair_says_so(caravan: Caravan):
    code, _, err = caravan("rates", "--history", "XYZ", "--offline")
    assert code == 1
    assert "no stored XYZ/USD rates" in err


OFFICIAL_FILES = {
    "nbk": ("nbk_0_nationalbank.kz_rss_get_rates.cfm_fdate_01.04.2026.xml", "application/xml"),
    "nbkr": ("nbkr_live_0_www.nbkr.kg_XML_daily.xml.xml", "application/xml"),
    "cbu": ("cbu_0_cbu.uz_en_arkhiv-kursov-valyut_json_all_2026-04-01.json", "application/json"),
    "nbt": (
        "nbt_0_www.nbt.tj_en_kurs_export_xml.php_date_2026-05-18_export_xmlout.xml",
        "application/xml",
    ),
    "cbt": ("cbt_0_cbt.tm_kurs_2026_20052026.xml", "application/xml"),
}


def _serve_official(http_server: LocalServer) -> str:
    """Every central bank and the open API from the fixtures; the configuration's tables."""
    urls = ""
    for name, (file, kind) in OFFICIAL_FILES.items():
        http_server.routes[f"/{name}"] = Route((RATES / file).read_bytes(), kind)
        urls += f'{name} = "{http_server.url(f"/{name}")}"\n'
    open_api = (RATES / "open-er-api_latest_USD_2024-08-19.json").read_bytes()
    http_server.routes["/open"] = Route(open_api, "application/json")
    return (
        f'[rates]\nurl = "{http_server.url("/open")}"\n'
        'pairs = ["KGS", "KZT", "TJS", "UZS", "TMT", "EUR"]\n'
        f"[rates.urls]\n{urls}"
    )


def test_official_mode_takes_each_currency_from_its_own_central_bank(
    caravan: Caravan, http_server: LocalServer
):
    caravan.config.write_text(_serve_official(http_server), encoding="utf-8")

    code, out, err = caravan("rates", "--official")

    assert (code, err) == (0, "")
    assert sorted(r.path for r in http_server.requests) == sorted(
        ["/open", "/nbk", "/nbkr", "/cbu", "/nbt", "/cbt"]
    )
    # Each bank's own dollar, by hand from the files:
    # NBKR  <Value>87,4500</Value>, Nominal 1   -> KGS/USD = 1/87.45   = 0.011435…
    # NBK   <description>478.77</description>   -> KZT/USD = 1/478.77  = 0.0020887…
    # NBT   <Value>9.3450</Value>, Nominal 1    -> TJS/USD = 1/9.345   = 0.10701…
    # CBU   "Rate": "12194.21", Nominal 1       -> UZS/USD = 1/12194.21 = 0.000082006…
    # CBT   <rate_tmt>3.5</rate_tmt>             -> TMT/USD = 1/3.5     = 0.285714…
    # EUR has no Central Asian side: the open API, "EUR": 0.907539 per USD -> 1.10188…
    assert out.split() == [
        "KGS/USD", "0.01144", "KZT/USD", "0.002089", "TJS/USD", "0.1070",
        "UZS/USD", "0.00008201", "TMT/USD", "0.2857", "EUR/USD", "1.102",
    ]  # fmt: skip


def test_official_mode_in_the_configuration_shows_the_source_of_every_number(
    caravan: Caravan, http_server: LocalServer
):
    caravan.config.write_text(
        _serve_official(http_server).replace("[rates]\n", "[rates]\nofficial = true\n"),
        encoding="utf-8",
    )
    assert caravan("refresh")[0] == 0
    database = Database(caravan.database)
    try:
        from desktop_app.config import load_config
        from desktop_app.services.rates import current_quotes

        settings = load_config(caravan.config).config.rates
        with closing(database.reader()) as reader:
            quotes = {quote.pair: quote for quote in current_quotes(reader, settings)}
    finally:
        database.close()
    assert {pair: (q.provider, q.valid_on.isoformat()) for pair, q in quotes.items()} == {
        "KGS/USD": ("nbkr", "2026-05-24"),
        "KZT/USD": ("nbk", "2026-04-01"),
        "TJS/USD": ("nbt", "2026-05-18"),
        "UZS/USD": ("cbu", "2026-04-01"),
        "TMT/USD": ("cbt", "2026-05-20"),
        "EUR/USD": ("open-er-api", "2024-08-19"),
    }


def test_official_mode_with_a_bank_down_falls_back_for_that_currency_only(
    caravan: Caravan, http_server: LocalServer
):
    caravan.config.write_text(_serve_official(http_server), encoding="utf-8")
    del http_server.routes["/nbkr"]  # 404

    code, out, err = caravan("rates", "--official")

    assert code == 0
    assert "National Bank of the Kyrgyz Republic" in err
    # KGS from the open API (85.734152 per USD -> 0.011664), the others still official.
    assert "KGS/USD 0.01166" in out
    assert "KZT/USD 0.002089" in out


def test_nbkr_daily_and_weekly_files_together_price_every_pair(
    caravan: Caravan, http_server: LocalServer
):
    http_server.routes["/nbkr/daily.xml"] = Route(
        (RATES / "nbkr_live_0_www.nbkr.kg_XML_daily.xml.xml").read_bytes()
    )
    http_server.routes["/nbkr/weekly.xml"] = Route(
        (RATES / "nbkr_live_1_www.nbkr.kg_XML_weekly.xml.xml").read_bytes()
    )
    caravan.config.write_text(
        '[rates]\nprovider = "nbkr"\npairs = ["KGS", "TJS", "UZS"]\n'
        f'url = "{http_server.url("/nbkr/daily.xml")}"\n',
        encoding="utf-8",
    )

    code, out, _ = caravan("refresh")
    assert code == 0
    code, out, _ = caravan("rates", "--offline")

    assert code == 0
    # Daily: USD <Value>87,4500</Value> -> KGS/USD = 1/87.45 = 0.011435…
    # Weekly: TJS <Value>9,4148</Value>, UZS <Value>0,0073</Value> (som per unit), so
    # TJS/USD = 9.4148 / 87.45 = 0.107659…, UZS/USD = 0.0073 / 87.45 = 0.00008348…
    assert out.split() == ["KGS/USD", "0.01144", "TJS/USD", "0.1077", "UZS/USD", "0.00008348"]


def _serve_open_api(http_server: LocalServer) -> str:
    body = (RATES / "open-er-api_latest_USD_2024-08-19.json").read_bytes()
    http_server.routes["/open"] = Route(body, "application/json")
    return http_server.url("/open")


def test_rates_names_the_configured_pairs_the_provider_does_not_list(
    caravan: Caravan, http_server: LocalServer
):
    caravan.config.write_text(
        f'[rates]\nurl = "{_serve_open_api(http_server)}"\n'
        'pairs = ["KGS", "XAU", "KZT", "BTC/EUR"]\n',
        encoding="utf-8",
    )
    assert caravan("refresh")[0] == 0

    code, out, err = caravan("rates", "--offline")

    assert code == 0
    assert out.split() == ["KGS/USD", "0.01166", "KZT/USD", "0.002088"]
    assert err.splitlines() == [
        "caravan: ExchangeRate-API (open.er-api.com) does not list XAU/USD, BTC/EUR"
    ]


def test_rates_with_the_configured_provider_named_fetches_it_now(
    caravan: Caravan, http_server: LocalServer
):
    caravan.config.write_text(
        f'[rates]\nprovider = "open-er-api"\nurl = "{_serve_open_api(http_server)}"\n',
        encoding="utf-8",
    )

    code, out, err = caravan("rates", "--provider", "open-er-api")

    assert (code, err) == (0, "")
    assert [request.path for request in http_server.requests] == ["/open"]
    assert out.startswith("KGS/USD 0.01166  KZT/USD 0.002088")


def test_rates_official_when_the_configuration_is_official_fetches_now(
    caravan: Caravan, http_server: LocalServer
):
    caravan.config.write_text(
        _serve_official(http_server).replace("[rates]\n", "[rates]\nofficial = true\n"),
        encoding="utf-8",
    )

    code, out, _ = caravan("rates", "--official")

    assert code == 0
    assert len(http_server.requests) == 6
    assert out.startswith("KGS/USD 0.01144")


def test_rates_offline_with_a_provider_touches_no_network(
    caravan: Caravan, http_server: LocalServer
):
    caravan.config.write_text(
        f'[rates]\nurl = "{_serve_open_api(http_server)}"\n', encoding="utf-8"
    )

    code, _, err = caravan("rates", "--provider", "open-er-api", "--offline")

    assert code == 1
    assert "no rates from ExchangeRate-API (open.er-api.com) stored yet" in err
    assert http_server.requests == []


def test_a_named_source_with_nothing_stored_offline_says_what_would_fetch_it(caravan: Caravan):
    """`caravan refresh` fetches only the configured source: naming it here was a dead end."""
    code, _, err = caravan("rates", "--provider", "ecb", "--offline")

    assert code == 1
    assert err.strip().endswith(
        "no rates from European Central Bank stored yet; "
        "`caravan rates --provider ecb` without --offline fetches them"
    )
    assert "caravan refresh" not in err


def test_rates_when_the_provider_lists_no_configured_pair_exits_one_naming_them(
    caravan: Caravan, http_server: LocalServer
):
    caravan.config.write_text(
        f'[rates]\nurl = "{_serve_open_api(http_server)}"\npairs = ["XAU", "BTC"]\n',
        encoding="utf-8",
    )

    code, out, err = caravan("rates", "--provider", "open-er-api")

    assert (code, out) == (1, "")
    assert err == "caravan: ExchangeRate-API (open.er-api.com) does not list XAU/USD, BTC/USD\n"


def test_official_rates_name_both_sources_a_missing_pair_was_asked_of(
    caravan: Caravan, http_server: LocalServer
):
    caravan.config.write_text(
        _serve_official(http_server).replace(
            'pairs = ["KGS", "KZT", "TJS", "UZS", "TMT", "EUR"]', 'pairs = ["KGS", "KZT/XAU"]'
        ),
        encoding="utf-8",
    )

    code, out, err = caravan("rates", "--official")

    assert code == 0
    assert out.split() == ["KGS/USD", "0.01144"]
    assert err == (
        "caravan: neither National Bank of Kazakhstan nor ExchangeRate-API (open.er-api.com) "
        "lists KZT/XAU\n"
    )


@pytest.mark.parametrize("pair", ["usd/uzs/x", "K", "EURO", "12/USD", ""])
def test_history_of_something_that_is_not_a_pair_is_refused_as_usage(
    caravan: Caravan, http_server: LocalServer, pair
):
    caravan.config.write_text(
        f'[rates]\nurl = "{_serve_open_api(http_server)}"\n', encoding="utf-8"
    )

    with pytest.raises(SystemExit) as exited:
        caravan("rates", "--provider", "open-er-api", "--history", pair)

    assert exited.value.code == 2
    assert "is not a currency pair" in caravan.stderr()
    assert http_server.requests == []  # refused before anything is fetched


def test_official_history_comes_from_the_currencys_central_bank(
    caravan: Caravan, http_server: LocalServer
):
    caravan.config.write_text(_serve_official(http_server), encoding="utf-8")
    assert caravan("rates", "--official")[0] == 0

    code, out, _ = caravan("rates", "--official", "--history", "KGS", "--offline")

    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "KGS/USD from National Bank of the Kyrgyz Republic"
    # NBKR <Value>87,4500</Value> -> 1/87.45 = 0.011435…, not the open API's 0.01166
    assert lines[1].split()[:2] == ["2026-05-24", "0.01144"]


def test_validators_left_without_their_rates_do_not_keep_the_rates_away(
    caravan: Caravan, http_server: LocalServer, fixtures_dir: Path
):
    """A repair by an earlier version kept the source's ETag and Last-Modified but not the
    rates they described: answered with a 304, the ticker stayed empty until the source
    published again."""
    rates_url = serve_rates(http_server, fixtures_dir)
    caravan.write_config(rates_url, ())
    assert caravan("refresh")[0] == 0
    with closing(sqlite3.connect(caravan.database)) as connection, connection:
        connection.execute("DELETE FROM rates")
    assert caravan("rates", "--offline")[0] == 1

    assert caravan("refresh")[0] == 0
    code, out, _ = caravan("rates", "--offline")
    assert code == 0 and "KGS/USD" in out
