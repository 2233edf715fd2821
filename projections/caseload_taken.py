"""Open taken van een casus op de caseload: de spiegel van `Casus.open_taken()` (R14, R16, R22,
R29, R33, R34) en de monitormomenten die nog gehouden moeten worden (R04).

Pure functions over the state `projections.caseload` keeps per casus: it stores the mirrored
tasks after each event, and its queries (`projections.caseload_queries`) add the monitormomenten
planned and not yet held while the casus is in monitoring.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ledger.values import Fase

#: The flags of a casus that its open tasks depend on (0 or 1).
VLAG_KOLOMMEN = (
    "crisis",
    "consulent_geinformeerd",
    "beoordeeld",
    "onderzoek_afgerond",
    "overgedragen",
    "politie_teruggekoppeld",
    "gekoppeld",
    "afgestemd",
)
STAAT = ("fase", "sector", *VLAG_KOLOMMEN)
_MONITORMOMENT = {
    "na_3_maanden": "monitormoment na 3 maanden: alle betrokkenen spreken",
    "na_12_maanden": "monitormoment na 12 maanden: alle betrokkenen spreken",
    "evaluatie": "monitormoment bij de eerstvolgende evaluatie: alle betrokkenen spreken",
}


def open_taken(
    staat: dict[str, Any], betrokkenen: set[str], melder: set[str]
) -> list[tuple[str, str]]:
    """(regel, taak) as `Casus.open_taken()` gives them, in the same order and words; the test
    against the aggregate keeps the two equal."""
    taken = []
    if staat["crisis"] and not staat["consulent_geinformeerd"]:
        taken.append(("R16", "gemeentelijke consulent informeren over de crisisinterventie"))
    if "melding" not in betrokkenen:
        taken.append(("R22", "direct betrokkenen informeren over de melding"))
    if "gegevensvastlegging" not in betrokkenen:
        taken.append(("R34", "betrokkenen informeren dat hun gegevens zijn vastgelegd"))
    if staat["beoordeeld"]:
        if "uitkomst_veiligheidsbeoordeling" not in melder:
            taken.append(
                ("R33", "melder informeren over de uitkomst van de veiligheidsbeoordeling")
            )
        if "uitkomst_veiligheidsbeoordeling" not in betrokkenen:
            taken.append(("R33", "direct betrokkenen informeren over de uitkomst"))
        if staat["sector"] == "politie" and not staat["politie_teruggekoppeld"]:
            taken.append(("R29", "politie terugkoppelen wat er met de melding is gedaan"))
    if staat["onderzoek_afgerond"] and "uitkomst_onderzoek" not in melder:
        taken.append(("R33", "melder informeren over de uitkomst van het onderzoek"))
    if staat["overgedragen"] and "overdracht" not in betrokkenen:
        taken.append(("R22", "direct betrokkenen informeren over de overdracht"))
    if staat["gekoppeld"] and not staat["afgestemd"] and staat["fase"] != Fase.AFGESLOTEN:
        taken.append(("R14", "afstemmen met de procesregisseur van de gemeente"))
    return taken


def monitormoment_taak(mid: str, gepland_op: str, reden: str) -> dict[str, Any]:
    """The open task of one monitormoment still to hold (R04)."""
    return {
        "regel": "R04",
        "taak": _MONITORMOMENT.get(
            reden, f"extra monitormoment ({reden}): alle betrokkenen spreken"
        ),
        "monitormoment_id": mid,
        "gepland_op": date.fromisoformat(gepland_op),
    }
