"""`caravan rates --provider` and `--history` against real payloads served locally."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pytest

from desktop_app.rates import ecb
from desktop_app.store import rates as rate_store
from desktop_app.store.db import Database
from tests.conftest import LocalServer, Route
from tests.unit.test_cli import Caravan, _restore_process_state  # noqa: F401 - a fixture

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
