"""Perioden van de beleidsinformatie: halfjaren, geschreven als 2023H1 of 2023H2, naar de datum
in Europe/Amsterdam."""

from __future__ import annotations

import re
from datetime import date, datetime

from ledger.termijnen import lokale_datum

_PERIODE = re.compile(r"([1-9][0-9]{3})H([12])")


def parse_periode(periode: str) -> tuple[date, date]:
    """The first and the last day (inclusive) of a half year written as 2023H1 or 2023H2."""
    m = _PERIODE.fullmatch(periode) if isinstance(periode, str) else None
    if m is None:
        raise ValueError(
            f"Ongeldige periode {periode!r}: schrijf een halfjaar als JJJJH1 (1 januari tot en "
            "met 30 juni) of JJJJH2 (1 juli tot en met 31 december), bijvoorbeeld 2023H1."
        )
    jaar = int(m[1])
    if m[2] == "1":
        return date(jaar, 1, 1), date(jaar, 6, 30)
    return date(jaar, 7, 1), date(jaar, 12, 31)


def periode_van(moment: datetime) -> str:
    """The half year (2023H1) of a moment, by its date in Europe/Amsterdam."""
    dag = lokale_datum(moment)
    return f"{dag.year}H{1 if dag.month <= 6 else 2}"
