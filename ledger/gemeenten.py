"""The municipalities and the Veilig Thuis region that serves each (ledger/data/gemeenten.csv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ledger.errors import OngeldigeInvoer


@dataclass(frozen=True)
class Gemeente:
    code: str
    naam: str
    regiocode: str
    regio: str


@cache
def gemeenten() -> dict[str, Gemeente]:
    tekst = resources.files("ledger").joinpath("data/gemeenten.csv").read_text("utf-8")
    rijen = csv.DictReader(tekst.splitlines())
    return {
        r["gemeentecode"]: Gemeente(r["gemeentecode"], r["gemeente"], r["regiocode"], r["regio"])
        for r in rijen
    }


@cache
def regios() -> dict[str, str]:
    """Regiocode -> name of the region (one Veilig Thuis organisation each)."""
    return {g.regiocode: g.regio for g in gemeenten().values()}


def gemeente(code: str) -> Gemeente:
    try:
        return gemeenten()[code]
    except KeyError:
        raise OngeldigeInvoer(
            f"Onbekende gemeentecode {code!r}; gebruik de CBS-code, bijvoorbeeld GM0344."
        ) from None


def check_regio(code: str) -> str:
    if code not in regios():
        raise OngeldigeInvoer(
            f"Onbekende Veilig Thuis-regio {code!r}; gebruik VR01 tot en met VR25."
        )
    return code
