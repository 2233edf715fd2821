"""De regelcatalogus: elke regel van het protocol (R01-R39) met naam, bron, tekst en toets.

Read from `ledger/data/regels.yaml`, a verbatim copy of the shared catalogue
(`shared/protocol/regels.yaml`); a test keeps the two equal. The product never reads the
shared file itself. Each rule id is also the Gherkin tag (`@R07`) of the scenarios in
`features/` that check the rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

#: A rule id: R and two digits.
REGEL_ID = re.compile(r"R\d{2}")
VELDEN = ("id", "naam", "bron", "tekst", "toets")


@dataclass(frozen=True)
class Regel:
    """Eén regel van het protocol, zoals de catalogus hem beschrijft."""

    id: str
    naam: str
    bron: str
    tekst: str
    toets: str


@cache
def regels() -> tuple[Regel, ...]:
    """Every rule of the catalogue, in its order (R01 first)."""
    tekst = resources.files("ledger").joinpath("data/regels.yaml").read_text("utf-8")
    return parse_regels(tekst)


def regel_ids() -> tuple[str, ...]:
    return tuple(r.id for r in regels())


def regel(regel_id: str) -> Regel:
    """The rule with this id, or LookupError naming the known ids."""
    for r in regels():
        if r.id == regel_id:
            return r
    raise LookupError(
        f"Onbekende regel {regel_id!r}; de catalogus kent {regels()[0].id} tot en met "
        f"{regels()[-1].id}."
    )


def parse_regels(tekst: str) -> tuple[Regel, ...]:
    """The rules in a catalogue text; ValueError (Dutch) on anything malformed."""
    data: Any = yaml.safe_load(tekst)
    if not isinstance(data, list) or not data:
        raise ValueError("De regelcatalogus is geen lijst van regels.")
    gezien: set[str] = set()
    uitkomst = []
    for nr, item in enumerate(data, 1):
        if not isinstance(item, dict) or set(item) != set(VELDEN):
            raise ValueError(
                f"Regel {nr} van de catalogus heeft niet precies de velden {', '.join(VELDEN)}."
            )
        if not all(isinstance(item[v], str) and item[v].strip() for v in VELDEN):
            raise ValueError(f"Regel {nr} van de catalogus heeft een leeg veld.")
        if not REGEL_ID.fullmatch(item["id"]):
            raise ValueError(f"{item['id']!r} is geen regelnummer (R en twee cijfers).")
        if item["id"] in gezien:
            raise ValueError(f"{item['id']} staat twee keer in de catalogus.")
        gezien.add(item["id"])
        uitkomst.append(Regel(**{v: item[v].strip() for v in VELDEN}))
    return tuple(uitkomst)
