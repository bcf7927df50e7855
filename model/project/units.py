"""Numbers for people: counts, bytes, FLOPs, energy, in English and Chinese.

Decimal prefixes (k = 10^3, M = 10^6, B = 10^9, T = 10^12) unless a binary
unit (KiB, MiB, GiB, TiB = 2^10 ...) is named.  Chinese counts use the
myriad scale: 万 = 10^4, 亿 = 10^8, 万亿 = 10^12 (so 1.23 x 10^8 is 1.23亿,
not 123亿).
"""

from __future__ import annotations

import math

_EN_COUNT = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))
_ZH_COUNT = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
_DECIMAL_BYTES = ((1e15, "PB"), (1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "kB"))
_BINARY_BYTES = ((2**50, "PiB"), (2**40, "TiB"), (2**30, "GiB"), (2**20, "MiB"), (2**10, "KiB"))
_SI = ((1e24, "Y"), (1e21, "Z"), (1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"))


def significant(value: float, digits: int = 3) -> str:
    """`value` with `digits` significant digits and no trailing zeros: 6.738 -> '6.74', 1750.0 -> '1750'."""
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else str(value)
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(0, digits - 1 - magnitude)
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _scaled(value: float, scale: tuple[tuple[float, str], ...], digits: int, unit: str = "", sep: str = "") -> str:
    """`value` divided by the largest factor of `scale` it reaches, with that prefix.

    When rounding carries the shown number up to the next step (999.96B ->
    '1000B', 9999.6万 -> '10000万'), the next larger prefix is used instead.
    """
    for i, (factor, prefix) in enumerate(scale):
        if abs(value) >= factor:
            shown = significant(value / factor, digits)
            step = scale[i - 1][0] / factor if i else math.inf
            if i and abs(float(shown)) >= step:
                return f"{significant(value / scale[i - 1][0], digits)}{sep}{scale[i - 1][1]}{unit}"
            return f"{shown}{sep}{prefix}{unit}"
    if float(value).is_integer() and not unit:
        return str(int(value))
    return f"{significant(value, digits)}{sep}{unit}"


def format_count(n: float, digits: int = 3) -> str:
    """124439808 -> '124M'; 6738415616 -> '6.74B'; 1.6e12 -> '1.6T'."""
    return _scaled(n, _EN_COUNT, digits)


def format_count_zh(n: float, digits: int = 3) -> str:
    """Chinese myriad scale: 124439808 -> '1.24亿'; 175e9 -> '1750亿'; 1.6e12 -> '1.6万亿'."""
    return _scaled(n, _ZH_COUNT, digits)


def format_bytes(n: float, digits: int = 3) -> str:
    """Decimal units: 2e12 -> '2 TB'."""
    return _scaled(n, _DECIMAL_BYTES, digits, "", " ") if n >= 1e3 else f"{significant(n, digits)} B"


def format_binary_bytes(n: float, digits: int = 3) -> str:
    """Binary units for memory: 80 * 2**30 -> '80 GiB'."""
    return _scaled(n, _BINARY_BYTES, digits, "", " ") if n >= 1024 else f"{significant(n, digits)} B"


def format_si(value: float, unit: str, digits: int = 3) -> str:
    """SI prefixes for FLOPs, FLOP/s, Wh: 3.14e23 FLOP -> '314 ZFLOP'."""
    return _scaled(value, _SI, digits, unit, " ")


def format_int(n: int) -> str:
    """Exact integer with thousands separators: 6738415616 -> '6,738,415,616'."""
    return f"{n:,}"


DAYS_PER_YEAR = 365.25  # Julian year (IAU): durations over a year are shown in years

# Unit words in Chinese as the field writes them (bytes, FLOP, Wh and $ stay international).
ZH_UNITS = {
    "tokens": "词元", "GPU-h": "GPU·小时", "tokens/s": "词元/秒", "disc": "张光盘", "discs": "张光盘", "drive": "块硬盘",
    "drives": "块硬盘", "sequence": "条序列", "sequences": "条序列", "days": "天", "h": "小时", "min": "分钟", "year": "年",
    "years": "年", "nats": "奈特", "bits": "位", "tokens/param": "词元/参数", "kg CO2e": "千克 CO2e", "tCO2e": "吨 CO2e",
    "requests": "个请求", "s": "秒",
}


def _number_and_unit(value: float, unit: str, chinese: bool) -> tuple[str, str]:
    count = format_count_zh if chinese else format_count
    if unit == "params":
        return count(value), ""
    if unit == "ratio":
        return (f"{value:.1%}" if value < 0.9995 or value == 1 else f"{value:.2%}"), ""
    if unit == "B":
        return format_bytes(value), ""
    if unit in ("FLOP", "FLOP/s", "Wh", "W"):
        return format_si(value, unit), ""
    if unit == "kWh":
        return format_si(value * 1e3, "Wh"), ""
    if unit == "USD":  # the currency named, as people write amounts: 7.81M USD, 781万美元
        # under a cent, two decimals would read "0.00": the first significant digits instead (0.00041 USD)
        amount = count(value) if value >= 1e4 else f"{value:,.2f}" if value >= 0.01 or value == 0 else significant(value, 2)
        return (f"{amount}美元", "") if chinese else (f"{amount} USD", "")
    if unit == "GPU":
        return f"{int(value):,}", ""
    if unit in ("discs", "drives", "sequences", "years") and value == 1:
        return "1", unit.removesuffix("s")
    if unit in ("discs", "drives", "sequences"):
        return f"{int(value):,}", unit
    if unit == "days" and value >= DAYS_PER_YEAR:  # 13,559 days reads as 37.1 years; the days stay beside it
        years = f"{significant(value / DAYS_PER_YEAR)} {'年' if chinese else 'years'}"
        return (f"{years}（{value:,.0f} 天）" if chinese else f"{years} ({value:,.0f} days)"), ""
    if unit == "days" and value < 1:
        hours = value * 24
        return (significant(hours * 60), "min") if hours < 1 else (significant(hours), "h")
    if unit == "tCO2e" and value < 1:
        return significant(value * 1000), "kg CO2e"
    if unit in ("tokens", "GPU-h", "tokens/s"):
        return count(value), unit
    if abs(value) >= 1e4:  # 14,200 tCO2e, not 14197: three significant digits, thousands separated
        return f"{round(value, 2 - math.floor(math.log10(abs(value)))):,.0f}", unit
    return significant(value), unit


def format_value(value: float, unit: str, chinese: bool = False) -> str:
    """A Figure's value for display, by its unit ('params', 'B', 'FLOP', 'kWh', 'USD' ...).

    With `chinese`, counts use 万/亿/万亿 (1750亿, 1.6万亿) and unit words are Chinese.
    """
    if not math.isfinite(value):  # e.g. the time of a run that fits no GPU count: its formula says why
        return "—"
    number, word = _number_and_unit(value, unit, chinese)
    if not word:
        return number
    return f"{number} {ZH_UNITS.get(word, word)}" if chinese else f"{number} {word}"
