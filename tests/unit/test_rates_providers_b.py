"""Bank of Russia, National Bank of Tajikistan and ECB payloads → RateSnapshots.

Every expected number is worked out by hand from the fixture bytes (the arithmetic is in the
comment next to it), never computed by the code under test. X/USD = (Value_X / Nominal_X) /
(Value_USD / Nominal_USD) for the banks that quote in their own currency; 1 / rate for the ECB.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain import RateSnapshot
from desktop_app.errors import RatesError
from desktop_app.rates import cbr, ecb, nbt
from desktop_app.rates.bank_xml import parse_document
from desktop_app.rates.quotes import compute_quotes, format_value

RATES = Path(__file__).parents[1] / "fixtures" / "rates"
CBR_2026 = RATES / "cbr_0_www.cbr.ru_scripts_XML_daily.asp.xml"
CBR_2023 = RATES / "ru_cbr_XML_daily_2023-11-02_cp1251_vunitrate.xml"
NBT_2026 = RATES / "nbt_0_www.nbt.tj_en_kurs_export_xml.php_date_2026-05-18_export_xmlout.xml"
ECB_DAILY = RATES / "ecb_eurofxref-daily_2025-05-09.xml"
ECB_HISTORY = RATES / "ecb_eurofxref-hist-90d_2017-03-03.xml"

EXACT = 1e-9


def approx(value: float) -> object:
    return pytest.approx(value, rel=EXACT)


def assert_well_formed(snapshot: RateSnapshot) -> None:
    assert isinstance(snapshot.valid_on, date)
    assert snapshot.anchor not in snapshot.prices
    assert snapshot.prices, "a snapshot without prices must have been a RatesError"
    for code, price in snapshot.prices.items():
        assert len(code) == 3 and code.isupper() and code.isascii()
        assert isinstance(price, float) and math.isfinite(price) and price > 0, code


@pytest.fixture(scope="module")
def cbr_2026() -> bytes:
    return CBR_2026.read_bytes()


@pytest.fixture(scope="module")
def cbr_2023() -> bytes:
    return CBR_2023.read_bytes()


@pytest.fixture(scope="module")
def nbt_2026() -> bytes:
    return NBT_2026.read_bytes()


@pytest.fixture(scope="module")
def ecb_daily() -> bytes:
    return ECB_DAILY.read_bytes()


@pytest.fixture(scope="module")
def ecb_history() -> bytes:
    return ECB_HISTORY.read_bytes()


def test_module_constants():
    assert (cbr.NAME, cbr.TITLE) == ("cbr", "Bank of Russia")
    assert cbr.DEFAULT_URL == "https://www.cbr.ru/scripts/XML_daily.asp"
    assert (nbt.NAME, nbt.TITLE) == ("nbt", "National Bank of Tajikistan")
    assert "{date}" in nbt.URL_FOR_DATE
    assert nbt.url_for(date(2026, 5, 18)) == (
        "https://www.nbt.tj/en/kurs/export_xml.php?date=2026-05-18&export=xmlout"
    )
    assert (ecb.NAME, ecb.TITLE) == ("ecb", "European Central Bank")
    assert ecb.DEFAULT_URL == "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"


# --- Bank of Russia: XML_daily.asp, 25.04.2026 ----------------------------------------------


def test_cbr_2026_date_anchor_and_every_entry(cbr_2026):
    snapshot = cbr.parse(cbr_2026)
    assert snapshot.provider == "cbr"
    assert snapshot.valid_on == date(2026, 4, 25)  # <ValCurs Date="25.04.2026" ...>
    assert snapshot.anchor == "RUB"
    # 54 <Valute> entries, all well formed, every VunitRate equal to Value / Nominal.
    assert len(snapshot.prices) == 54
    assert_well_formed(snapshot)


def test_cbr_2026_prices_are_value_over_nominal_with_a_decimal_comma(cbr_2026):
    prices = cbr.parse(cbr_2026).prices
    assert prices["USD"] == approx(75.5273)  # Value 75,5273 per Nominal 1
    assert prices["EUR"] == approx(88.2826)  # Value 88,2826 per Nominal 1
    assert prices["KZT"] == approx(0.163172)  # Value 16,3172 per Nominal 100 -> 0.163172
    assert prices["KGS"] == approx(0.864125)  # Value 86,4125 per Nominal 100 -> 0.864125
    assert prices["TJS"] == approx(8.00866)  # Value 80,0866 per Nominal 10 -> 8.00866
    assert prices["TMT"] == approx(21.5792)  # Value 21,5792 per Nominal 1
    assert prices["UZS"] == approx(0.00628322)  # Value 62,8322 per Nominal 10000
    # Value 53,9256 per Nominal 1000000 -> 0.0000539256; VunitRate is "5,39256E-05".
    assert prices["IRR"] == approx(0.0000539256)


def test_cbr_2026_cross_rates_against_usd(cbr_2026):
    snapshot = cbr.parse(cbr_2026)
    # USD: 75,5273 per 1 -> 75.5273 RUB.
    # KGS: 0.864125 / 75.5273 = 0.0114412272118823
    assert snapshot.price("KGS", "USD") == approx(0.0114412272118823)
    # KZT: 0.163172 / 75.5273 = 0.00216043735179200
    assert snapshot.price("KZT", "USD") == approx(0.00216043735179200)
    # TJS: 8.00866 / 75.5273 = 0.106036625167324
    assert snapshot.price("TJS", "USD") == approx(0.106036625167324)
    # UZS: 0.00628322 / 75.5273 = 0.0000831913758336390
    assert snapshot.price("UZS", "USD") == approx(0.0000831913758336390)
    # TMT: 21.5792 / 75.5273 = 0.285713907421555 (close to the 1 / 3.5 peg: 0.2857142857)
    assert snapshot.price("TMT", "USD") == approx(0.285713907421555)
    # EUR: 88.2826 / 75.5273 = 1.16888330444753
    assert snapshot.price("EUR", "USD") == approx(1.16888330444753)
    # RUB, the anchor: 1 / 75.5273 = 0.0132402667...
    assert snapshot.price("RUB", "USD") == approx(1 / 75.5273)


def test_cbr_2026_ticker_line(cbr_2026):
    snapshot = cbr.parse(cbr_2026)
    quotes = compute_quotes(["KGS", "KZT", "TJS", "UZS", "TMT"], "USD", [snapshot])
    assert [format_value(q.value) for q in quotes] == [
        "0.01144",  # 0.0114412...
        "0.002160",  # 0.00216043...
        "0.1060",  # 0.106036...
        "0.00008319",  # 0.0000831913...
        "0.2857",  # 0.285713...
    ]


# --- Bank of Russia: XML_daily.asp, 02.11.2023 ----------------------------------------------


def test_cbr_2023_date_anchor_and_every_entry(cbr_2023):
    snapshot = cbr.parse(cbr_2023)
    assert snapshot.valid_on == date(2023, 11, 2)  # <ValCurs Date="02.11.2023" ...>
    assert snapshot.anchor == "RUB"
    assert len(snapshot.prices) == 43  # 43 <Valute>, VunitRate = Value / Nominal in each
    assert_well_formed(snapshot)


def test_cbr_2023_prices_and_cross_rates(cbr_2023):
    snapshot = cbr.parse(cbr_2023)
    assert snapshot.prices["USD"] == approx(93.2801)  # Value 93,2801 per Nominal 1
    assert snapshot.prices["KZT"] == approx(0.198608)  # Value 19,8608 per Nominal 100
    assert snapshot.prices["KGS"] == approx(1.04434)  # Value 10,4434 per Nominal 10
    assert snapshot.prices["TJS"] == approx(8.51663)  # Value 85,1663 per Nominal 10
    assert snapshot.prices["UZS"] == approx(0.0076244)  # Value 76,2440 per Nominal 10000
    # KGS: 1.04434 / 93.2801 = 0.0111957427146841
    assert snapshot.price("KGS", "USD") == approx(0.0111957427146841)
    # KZT: 0.198608 / 93.2801 = 0.00212915723718135
    assert snapshot.price("KZT", "USD") == approx(0.00212915723718135)
    # TJS: 8.51663 / 93.2801 = 0.0913016817091748
    assert snapshot.price("TJS", "USD") == approx(0.0913016817091748)
    # UZS: 0.0076244 / 93.2801 = 0.0000817366190645164
    assert snapshot.price("UZS", "USD") == approx(0.0000817366190645164)
    # TMT: 26,6515 per 1 -> 26.6515 / 93.2801 = 0.285714745160007
    assert snapshot.price("TMT", "USD") == approx(0.285714745160007)
    # EUR: 98,4365 per 1 -> 98.4365 / 93.2801 = 1.05527867144225
    assert snapshot.price("EUR", "USD") == approx(1.05527867144225)


def test_cbr_nominals_change_between_the_two_documents(cbr_2023, cbr_2026):
    old, new = cbr.parse(cbr_2023), cbr.parse(cbr_2026)
    # KGS: Nominal 10 in 2023 (10,4434 -> 1.04434), 100 in 2026 (86,4125 -> 0.864125).
    # Hard-coding either nominal would be off by a factor of ten on the other day.
    assert old.prices["KGS"] == approx(1.04434)
    assert new.prices["KGS"] == approx(0.864125)
    # HKD: Nominal 1 in 2023 (11,9437), 10 in 2026 (96,5699 -> 9.65699).
    assert old.prices["HKD"] == approx(11.9437)
    assert new.prices["HKD"] == approx(9.65699)
    # INR: Nominal 10 in 2023 (11,2180 -> 1.1218), 100 in 2026 (80,0961 -> 0.800961).
    assert old.prices["INR"] == approx(1.1218)
    assert new.prices["INR"] == approx(0.800961)


def sample_daily(*valutes: str, date_text: str = "25.04.2026") -> bytes:
    """A windows-1251 XML_daily.asp document shaped like the real one."""
    body = "".join(f"<Valute>{valute}</Valute>" for valute in valutes)
    return (
        '<?xml version="1.0" encoding="windows-1251"?>'
        f'<ValCurs Date="{date_text}" name="Foreign Currency Market">{body}</ValCurs>'
    ).encode("cp1251")


def valute(code: str, nominal: str, value: str, unit: str | None = None) -> str:
    unit_element = f"<VunitRate>{unit}</VunitRate>" if unit is not None else ""
    return (
        f"<CharCode>{code}</CharCode><Nominal>{nominal}</Nominal>"
        f"<Name>Валюта</Name><Value>{value}</Value>{unit_element}"
    )


USD_2026 = valute("USD", "1", "75,5273", "75,5273")


def test_cbr_skips_malformed_entries_and_keeps_the_good_ones():
    body = sample_daily(
        USD_2026,
        valute("KZT", "0", "16,3172"),  # nominal zero
        valute("KGS", "100", "abc"),  # value not a number
        valute("TJS", "10", "-80,0866"),  # negative
        valute("TMT", "1", "NaN"),  # not finite
        valute("UZS", "10000", "1 062,8322"),  # thousands separator: not the bank's format
        valute("AMD", "ten", "20,3123"),  # nominal not a number
        valute("GBP", "1", ""),  # empty value
        "<Nominal>1</Nominal><Value>1,0</Value>",  # no CharCode
        valute("US", "1", "1,0"),  # not a three-letter code
        valute("RUB", "1", "1,0000"),  # the anchor itself
        valute("EUR", "1", "88,2826", "88,2826"),
    )
    snapshot = cbr.parse(body)
    assert snapshot.prices == {"USD": approx(75.5273), "EUR": approx(88.2826)}


def test_cbr_trusts_value_over_nominal_and_skips_an_entry_vunitrate_contradicts():
    body = sample_daily(
        USD_2026,
        # Nominal changed to 100 but Value still per 10: VunitRate 0,864125 = 86,4125 / 100
        # disagrees with 8,64125 / 100 = 0.0864125 -> skipped, not guessed.
        valute("KGS", "100", "8,64125", "0,864125"),
        # VunitRate printed shorter ("78,50" style): 20,3123 / 100 = 0.203123 rounds to 0,20.
        valute("AMD", "100", "20,3123", "0,20"),
        # Exponent form, as IRR in the 2026 file: 53,9256 / 1000000 = 5,39256E-05.
        valute("IRR", "1000000", "53,9256", "5,39256E-05"),
        # An unreadable VunitRate is no evidence against Value / Nominal: 16,3172 / 100.
        valute("KZT", "100", "16,3172", "n/a"),
    )
    prices = cbr.parse(body).prices
    assert set(prices) == {"USD", "AMD", "IRR", "KZT"}
    assert prices["AMD"] == approx(0.203123)
    assert prices["IRR"] == approx(0.0000539256)
    assert prices["KZT"] == approx(0.163172)


def test_cbr_leaves_out_a_currency_listed_twice_with_two_prices():
    body = sample_daily(
        USD_2026,
        valute("KZT", "100", "16,3172"),
        valute("KZT", "10", "16,3172"),  # 0.163172 vs 1.63172: which one is right?
        valute("EUR", "1", "88,2826"),
        valute("EUR", "1", "88,2826"),  # the same twice is harmless
    )
    assert set(cbr.parse(body).prices) == {"USD", "EUR"}


def test_cbr_reads_a_decimal_point_too():
    assert cbr.parse(sample_daily(valute("USD", "1", "75.5273"))).prices == {"USD": approx(75.5273)}


@pytest.mark.parametrize("date_text", ["", "2026-04-25", "31.02.2026", "25/04/2026"])
def test_cbr_without_a_valid_date_raises_rates_error(date_text):
    with pytest.raises(RatesError, match="Date"):
        cbr.parse(sample_daily(USD_2026, date_text=date_text))


def test_cbr_with_only_malformed_entries_raises_rates_error():
    with pytest.raises(RatesError, match="no usable rates"):
        cbr.parse(sample_daily(valute("KZT", "0", "16,3172"), valute("RUB", "1", "1")))


def test_cbr_empty_valcurs_raises_rates_error():
    with pytest.raises(RatesError, match="no usable rates"):
        cbr.parse(sample_daily())


# --- Bank of Russia: XML_dynamic.asp -------------------------------------------------------
# No XML_dynamic fixture exists in tests/fixtures: this sample is hand-written in the shape the
# bank documents (ValCurs[@ID]/Record[@Date]{Nominal, Value, VunitRate}); its numbers are
# illustrative, not recorded. It puts a nominal change inside the range, as KGS went from 10
# to 100 between the two recorded daily files.

DYNAMIC_KGS = """<?xml version="1.0" encoding="windows-1251"?>
<ValCurs ID="R01370" DateRange1="01.11.2023" DateRange2="08.11.2023"
         name="Foreign Currency Market Dynamic">
<Record Date="02.11.2023" Id="R01370"><Nominal>10</Nominal><Value>10,4434</Value>
  <VunitRate>1,04434</VunitRate></Record>
<Record Date="01.11.2023" Id="R01370"><Nominal>10</Nominal><Value>10,3950</Value></Record>
<Record Date="03.11.2023" Id="R01370"><Nominal>100</Nominal><Value>103,8900</Value>
  <VunitRate>1,0389</VunitRate></Record>
<Record Date="07.11.2023" Id="R01370"><Nominal>100</Nominal><Value>-</Value></Record>
<Record Date="31.11.2023" Id="R01370"><Nominal>100</Nominal><Value>104,0000</Value></Record>
<Record Date="08.11.2023" Id="R01370"><Nominal>100</Nominal><Value>102,5000</Value>
  <VunitRate>10,25</VunitRate></Record>
</ValCurs>
""".encode("cp1251")


def test_cbr_dynamic_series_is_one_snapshot_per_day_newest_first():
    series = cbr.parse_dynamic(DYNAMIC_KGS, "KGS")
    # 07.11 (Value "-"), 31.11 (no such day) and 08.11 (VunitRate 10,25 against
    # 102,5000 / 100 = 1.025) are skipped; the rest come back newest first.
    assert [s.valid_on for s in series] == [
        date(2023, 11, 3),
        date(2023, 11, 2),
        date(2023, 11, 1),
    ]
    for snapshot in series:
        assert snapshot.provider == "cbr"
        assert snapshot.anchor == "RUB"
        assert set(snapshot.prices) == {"KGS"}
        assert_well_formed(snapshot)
    # 103,8900 per Nominal 100 -> 1.0389; 10,4434 per 10 -> 1.04434; 10,3950 per 10 -> 1.0395.
    assert [s.prices["KGS"] for s in series] == [approx(1.0389), approx(1.04434), approx(1.0395)]


def test_cbr_dynamic_series_lower_case_currency_is_accepted():
    assert set(cbr.parse_dynamic(DYNAMIC_KGS, "kgs")[0].prices) == {"KGS"}


@pytest.mark.parametrize("currency", ["RUB", "", "KG", "US Dollar"])
def test_cbr_dynamic_series_refuses_a_currency_it_cannot_price(currency):
    with pytest.raises(RatesError):
        cbr.parse_dynamic(DYNAMIC_KGS, currency)


def test_cbr_dynamic_empty_series_raises_rates_error():
    body = (
        b'<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="R01235" '
        b'DateRange1="01.01.2014" DateRange2="05.01.2014" '
        b'name="Foreign Currency Market Dynamic"></ValCurs>'
    )
    with pytest.raises(RatesError, match="no usable rates"):
        cbr.parse_dynamic(body, "USD")


def test_cbr_daily_document_is_not_a_dynamic_series(cbr_2026):
    with pytest.raises(RatesError, match="no usable rates"):
        cbr.parse_dynamic(cbr_2026, "USD")


# --- Encodings: the declaration honoured, and a lying one survived ----------------------------


def test_declared_windows_1251_is_decoded_as_such(cbr_2026):
    root = parse_document(cbr_2026, "cbr")
    # Bytes C0 E2 F1 F2 F0 E0 EB E8 E9 F1 EA E8 E9 in windows-1251.
    assert root[0].findtext("Name") == "Австралийский доллар"


def test_cbr_bytes_declared_utf8_fall_back_to_windows_1251(cbr_2026):
    lying = cbr_2026.replace(b'encoding="windows-1251"', b'encoding="utf-8"', 1)
    assert lying != cbr_2026
    assert parse_document(lying, "cbr")[0].findtext("Name") == "Австралийский доллар"
    assert cbr.parse(lying) == cbr.parse(cbr_2026)


def test_cbr_bytes_without_a_declaration_fall_back_to_windows_1251(cbr_2026):
    bare = cbr_2026.split(b"?>", 1)[1]
    assert bare.startswith(b"<ValCurs")
    assert cbr.parse(bare) == cbr.parse(cbr_2026)


def test_utf8_bytes_declared_windows_1251_are_read_as_utf8(cbr_2026):
    # A proxy re-encoded the body to UTF-8 and kept the old declaration.
    reencoded = cbr_2026.decode("cp1251").encode("utf-8")
    assert reencoded.startswith(b'<?xml version="1.0" encoding="windows-1251"?>')
    assert parse_document(reencoded, "cbr")[0].findtext("Name") == "Австралийский доллар"
    assert cbr.parse(reencoded) == cbr.parse(cbr_2026)


def test_utf16_with_its_bom_is_read(cbr_2026):
    text = cbr_2026.decode("cp1251").replace('encoding="windows-1251"', 'encoding="utf-16"')
    assert cbr.parse(text.encode("utf-16")) == cbr.parse(cbr_2026)


# --- National Bank of Tajikistan ------------------------------------------------------------


def test_nbt_date_anchor_and_every_entry(nbt_2026):
    snapshot = nbt.parse(nbt_2026)
    assert snapshot.provider == "nbt"
    assert snapshot.valid_on == date(2026, 5, 18)  # <ValCurs Date="2026-05-18" ...>
    assert snapshot.anchor == "TJS"
    assert len(snapshot.prices) == 36  # 36 <Valute>, none malformed, no TJS among them
    assert_well_formed(snapshot)


def test_nbt_prices_are_value_over_nominal(nbt_2026):
    prices = nbt.parse(nbt_2026).prices
    assert prices["USD"] == approx(9.345)  # Value 9.3450 per Nominal 1
    assert prices["EUR"] == approx(10.8757)  # Value 10.8757 per Nominal 1
    assert prices["RUB"] == approx(0.1277)  # Value 0.1277 per Nominal 1
    assert prices["KGS"] == approx(0.10686)  # Value 1.0686 per Nominal 10 -> 0.10686
    assert prices["KZT"] == approx(0.01971)  # Value 0.1971 per Nominal 10 -> 0.01971
    assert prices["UZS"] == approx(0.00078)  # Value 0.0780 per Nominal 100 -> 0.00078
    assert prices["TMT"] == approx(2.67)  # Value 2.6700 per Nominal 1
    # Value 0.0071 per Nominal 1000 -> 0.0000071: four decimals leave two significant digits.
    assert prices["IRR"] == approx(0.0000071)


def test_nbt_cross_rates_against_usd(nbt_2026):
    snapshot = nbt.parse(nbt_2026)
    # USD: 9.3450 per 1 -> 9.345 TJS.
    # KGS: 0.10686 / 9.345 = 0.0114349919743178
    assert snapshot.price("KGS", "USD") == approx(0.0114349919743178)
    # KZT: 0.01971 / 9.345 = 0.00210914927768860
    assert snapshot.price("KZT", "USD") == approx(0.00210914927768860)
    # UZS: 0.00078 / 9.345 = 0.0000834670947030498
    assert snapshot.price("UZS", "USD") == approx(0.0000834670947030498)
    # TMT: 2.67 / 9.345 = 0.285714285714286 = 1 / 3.5 exactly (9.345 = 2.67 * 3.5: the peg)
    assert snapshot.price("TMT", "USD") == approx(1 / 3.5)
    # TJS, the anchor: 1 / 9.345 = 0.107009095773140
    assert snapshot.price("TJS", "USD") == approx(0.107009095773140)
    # RUB: 0.1277 / 9.345 = 0.0136650615302301
    assert snapshot.price("RUB", "USD") == approx(0.0136650615302301)


def test_nbt_parse_for_the_day_asked(nbt_2026):
    assert nbt.parse_for(nbt_2026, date(2026, 5, 18)) == nbt.parse(nbt_2026)


@pytest.mark.parametrize("asked", [date(2026, 5, 17), date(2030, 1, 1), date(1999, 12, 31)])
def test_nbt_answer_for_another_day_is_refused(nbt_2026, asked):
    # The export answers an out-of-range day with today's rates, dated today: the document
    # saying 2026-05-18 is what such an answer looks like when another day was asked for.
    with pytest.raises(RatesError, match=f"{asked.isoformat()}.*2026-05-18"):
        nbt.parse_for(nbt_2026, asked)


def nbt_sample(*valutes: str, date_text: str = "2026-05-18") -> bytes:
    body = "".join(
        f"<Valute><CharCode>{code}</CharCode><Nominal>{nominal}</Nominal>"
        f"<Value>{value}</Value></Valute>"
        for code, nominal, value in (v.split("|") for v in valutes)
    )
    return (
        '<?xml version="1.0" encoding="utf-8" ?>'
        f'<ValCurs Date="{date_text}" name="Foreign Currency Market">{body}</ValCurs>'
    ).encode()


def test_nbt_skips_malformed_entries():
    body = nbt_sample(
        "USD|1|9.3450",
        "KGS|0|1.0686",  # nominal zero
        "KZT|10|",  # no value
        "UZS|100|0.0000",  # zero: the four-decimal rounding of a tiny price
        "TJS|1|1.0000",  # the anchor itself
        "XX|1|1.0",  # not a code
        "TMT|1|2,6700",  # a decimal comma is read too
    )
    assert nbt.parse(body).prices == {"USD": approx(9.345), "TMT": approx(2.67)}


@pytest.mark.parametrize("date_text", ["", "18.05.2026", "2026-02-30"])
def test_nbt_without_a_valid_date_raises_rates_error(date_text):
    with pytest.raises(RatesError, match="Date"):
        nbt.parse(nbt_sample("USD|1|9.3450", date_text=date_text))


def test_nbt_without_usable_entries_raises_rates_error():
    with pytest.raises(RatesError, match="no usable rates"):
        nbt.parse(nbt_sample("KGS|0|1.0686"))


# --- ECB ------------------------------------------------------------------------------------


def test_ecb_daily_date_anchor_and_prices(ecb_daily):
    snapshot = ecb.parse(ecb_daily)
    assert snapshot.provider == "ecb"
    assert snapshot.valid_on == date(2025, 5, 9)  # <Cube time='2025-05-09'>
    assert snapshot.anchor == "EUR"
    assert len(snapshot.prices) == 30  # 30 currencies, no EUR among them
    assert_well_formed(snapshot)
    # rate = units per EUR, so the price of one unit in EUR is 1 / rate.
    assert snapshot.prices["USD"] == approx(0.888730892285816)  # 1 / 1.1252
    assert snapshot.prices["GBP"] == approx(1.17966261649168)  # 1 / 0.84770
    assert snapshot.prices["JPY"] == approx(0.00612144955925563)  # 1 / 163.36


def test_ecb_daily_cross_rates_and_missing_central_asian_currencies(ecb_daily):
    snapshot = ecb.parse(ecb_daily)
    # GBP/USD: (1 / 0.84770) / (1 / 1.1252) = 1.1252 / 0.84770 = 1.32735637607644
    assert snapshot.price("GBP", "USD") == approx(1.32735637607644)
    # EUR/USD: the anchor, 1 / (1 / 1.1252) = 1.1252
    assert snapshot.price("EUR", "USD") == approx(1.1252)
    for code in ("KGS", "KZT", "TJS", "UZS", "TMT", "RUB"):
        assert snapshot.price(code, "USD") is None  # not listed: left out, not guessed
    quotes = compute_quotes(["KGS", "KZT", "TJS", "UZS", "TMT", "GBP"], "USD", [snapshot])
    assert [q.pair for q in quotes] == ["GBP/USD"]


def test_ecb_history_has_one_snapshot_per_day_newest_first(ecb_history):
    series = ecb.parse_history(ecb_history)
    # 64 <Cube time=...> days (working days only) from 2017-03-03 back to 2016-12-05.
    assert len(series) == 64
    days = [s.valid_on for s in series]
    assert days[0] == date(2017, 3, 3)
    assert days[-1] == date(2016, 12, 5)
    assert days == sorted(days, reverse=True) and len(set(days)) == 64
    assert date(2016, 12, 26) not in days  # Boxing Day: no fixing
    for snapshot in series:
        assert snapshot.anchor == "EUR"
        assert len(snapshot.prices) == 31  # 31 currencies each day, HRK and RUB included
        assert_well_formed(snapshot)


def test_ecb_history_known_values(ecb_history):
    series = ecb.parse_history(ecb_history)
    newest, oldest = series[0], series[-1]
    assert newest.prices["USD"] == approx(0.946521533364884)  # 1 / 1.0565
    assert newest.prices["RUB"] == approx(0.0161127116404674)  # 1 / 62.0628
    # RUB/USD on 2017-03-03: 1.0565 / 62.0628 = 0.0170230798481538
    assert newest.price("RUB", "USD") == approx(0.0170230798481538)
    assert oldest.prices["USD"] == approx(1 / 1.0702)  # 2016-12-05: USD rate="1.0702"
    assert oldest.prices["RUB"] == approx(1 / 68.1175)  # 2016-12-05: RUB rate="68.1175"


def test_ecb_parse_of_a_history_document_gives_its_newest_day(ecb_history):
    assert ecb.parse(ecb_history) == ecb.parse_history(ecb_history)[0]


def test_ecb_daily_document_is_a_one_day_history(ecb_daily):
    assert ecb.parse_history(ecb_daily) == [ecb.parse(ecb_daily)]


ECB_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><gesmes:Envelope '
    'xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
    'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><Cube>'
)


def ecb_sample(days: str) -> bytes:
    return (ECB_HEAD + days + "</Cube></gesmes:Envelope>").encode()


def test_ecb_skips_malformed_rates_and_days():
    body = ecb_sample(
        "<Cube time='2025-05-08'><Cube currency='USD' rate='1.1234'/>"
        "<Cube currency='JPY' rate='0'/><Cube currency='GBP'/><Cube rate='2.0'/>"
        "<Cube currency='EUR' rate='1'/><Cube currency='CHF' rate='Infinity'/></Cube>"
        "<Cube time='2025-05-32'><Cube currency='USD' rate='1.1252'/></Cube>"
        "<Cube time='2025-05-07'><Cube currency='USD' rate='-1'/></Cube>"
        "<Cube time='2025-05-06'><Cube currency='USD' rate='1.1300'/></Cube>"
    )
    series = ecb.parse_history(body)
    # 05-32 is no date, 05-07 has no usable rate: two days remain, newest first.
    assert [s.valid_on for s in series] == [date(2025, 5, 8), date(2025, 5, 6)]
    assert series[0].prices == {"USD": approx(1 / 1.1234)}
    assert series[1].prices == {"USD": approx(1 / 1.13)}


def test_ecb_history_out_of_order_is_sorted_newest_first():
    body = ecb_sample(
        "<Cube time='2025-05-06'><Cube currency='USD' rate='1.13'/></Cube>"
        "<Cube time='2025-05-09'><Cube currency='USD' rate='1.1252'/></Cube>"
    )
    assert [s.valid_on for s in ecb.parse_history(body)] == [date(2025, 5, 9), date(2025, 5, 6)]
    assert ecb.parse(body).valid_on == date(2025, 5, 9)


def test_ecb_without_a_day_raises_rates_error():
    with pytest.raises(RatesError, match="no usable rates"):
        ecb.parse(ecb_sample(""))


# --- Broken answers, for every parser -------------------------------------------------------

PARSERS = {
    "cbr": cbr.parse,
    "cbr-dynamic": lambda body: cbr.parse_dynamic(body, "USD"),
    "nbt": nbt.parse,
    "nbt-for": lambda body: nbt.parse_for(body, date(2026, 5, 18)),
    "ecb": ecb.parse,
    "ecb-history": ecb.parse_history,
}
BROKEN = {
    "empty": b"",
    "blank": b" \r\n\t",
    "html": b"<html><head><title>502</title></head><body>Bad Gateway</body></html>",
    "html5": b"<!DOCTYPE html><html><body>Service unavailable</body></html>",
    "json": b'{"result": "success"}',
    "text": b"Too many requests",
    "garbage": b"\xff\xfe\x00\x00garbage",
    "entities": (
        b'<?xml version="1.0"?><!DOCTYPE ValCurs [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<ValCurs Date="25.04.2026"><Valute><CharCode>USD</CharCode>'
        b"<Nominal>1</Nominal><Value>&b;</Value></Valute></ValCurs>"
    ),
    "external": (b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://example.invalid/r.dtd"><r/>'),
}


@pytest.mark.parametrize("broken", BROKEN, ids=list(BROKEN))
@pytest.mark.parametrize("parser", PARSERS, ids=list(PARSERS))
def test_broken_answers_raise_rates_error(parser, broken):
    with pytest.raises(RatesError):
        PARSERS[parser](BROKEN[broken])


@pytest.mark.parametrize(
    "path", [CBR_2026, CBR_2023, NBT_2026, ECB_DAILY, ECB_HISTORY], ids=lambda p: p.name[:12]
)
@pytest.mark.parametrize("parser", PARSERS, ids=list(PARSERS))
def test_truncated_documents_raise_rates_error(parser, path):
    body = path.read_bytes()
    with pytest.raises(RatesError, match="not well-formed XML"):
        PARSERS[parser](body[: len(body) // 2])


@pytest.mark.parametrize(
    ("parser", "path"),
    [
        (cbr.parse, NBT_2026),  # ValCurs too, but ISO dates: "Date" is invalid for cbr
        (cbr.parse, ECB_DAILY),
        (nbt.parse, CBR_2026),  # ValCurs with dd.mm.yyyy: not nbt's date
        (nbt.parse, ECB_DAILY),
        (ecb.parse, CBR_2026),
        (ecb.parse, NBT_2026),
    ],
)
def test_another_providers_document_raises_rates_error(parser, path):
    with pytest.raises(RatesError):
        parser(path.read_bytes())


def test_the_doctype_refusal_is_explained():
    with pytest.raises(RatesError, match="DOCTYPE"):
        cbr.parse(BROKEN["html5"])


def test_an_html_page_without_doctype_names_its_root():
    with pytest.raises(RatesError, match="<html>"):
        nbt.parse(BROKEN["html"])
