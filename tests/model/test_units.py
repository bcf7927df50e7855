"""Numbers for people, in English and Chinese (the myriad scale: 万 10^4, 亿 10^8, 万亿 10^12)."""

import pytest

from model.project.units import format_binary_bytes, format_bytes, format_count, format_count_zh, format_si, format_value


@pytest.mark.parametrize(
    "n,en,zh",
    [
        (123_417_600, "123M", "1.23亿"),  # not "123亿", the slip popular articles make
        (124_439_808, "124M", "1.24亿"),
        (175_000_000_000, "175B", "1750亿"),
        (1_600_000_000_000, "1.6T", "1.6万亿"),
        (6_738_415_616, "6.74B", "67.4亿"),
        (99_996_000, "100M", "1亿"),  # rounding carries into the next unit
        (999_960_000_000, "1T", "1万亿"),
        (12_288, "12.3k", "1.23万"),
        (768, "768", "768"),
    ],
)
def test_counts(n, en, zh):
    assert format_count(n) == en
    assert format_count_zh(n) == zh


def test_bytes_flops_and_values():
    assert format_bytes(2e12) == "2 TB"  # decimal: 1 TB = 10^12 B
    assert format_binary_bytes(80 * 2**30) == "80 GiB"
    assert format_si(3.14e23, "FLOP") == "314 ZFLOP"
    assert format_value(449_840, "kWh") == "450 MWh"
    assert format_value(426, "discs", chinese=True) == "426 张光盘"
    assert format_value(1.4e12, "tokens", chinese=True) == "1.4万亿 词元"
    assert format_value(1, "discs") == "1 disc"
    assert format_value(0.25, "days") == "6 h"
    assert format_value(14_197.3, "tCO2e") == "14,200 tCO2e"  # three significant digits, thousands separated
    assert format_value(552.3, "tCO2e") == "552 tCO2e"


def test_money_names_its_currency_in_each_language():
    assert format_value(7_810_000, "USD") == "7.81M USD"
    assert format_value(7_810_000, "USD", chinese=True) == "781万美元"
    assert format_value(256.26, "USD") == "256.26 USD"
    assert format_value(256.26, "USD", chinese=True) == "256.26美元"


def test_durations_over_a_year_are_in_years_with_the_days_beside():
    assert format_value(13559, "days") == "37.1 years (13,559 days)"
    assert format_value(13559, "days", chinese=True) == "37.1 年（13,559 天）"
    assert format_value(21.5, "days") == "21.5 days"


def test_a_value_that_cannot_be_had_is_a_dash_never_inf():
    assert format_value(float("inf"), "days") == "—"
    assert format_value(float("nan"), "USD", chinese=True) == "—"
