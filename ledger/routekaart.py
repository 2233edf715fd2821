"""The routekaart as the ledger knows it: phases and their names, office hours (R16)."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from ledger import termijnen
from ledger.errors import OngeldigeInvoer
from ledger.values import (
    Fase,
    SoortOntvanger,
)

#: Office hours of the bureaudienst (assumption: 09:00-17:00 on working days). Outside
#: them an acute melding goes to the crisisdienst (R16).
KANTOOR_OPEN, KANTOOR_DICHT = time(9, 0), time(17, 0)


ACTIEVE_DIENSTEN = (Fase.VOORWAARDEN_EN_VERVOLG, Fase.ONDERZOEK)


ONTVANGERS_WARM = (
    SoortOntvanger.GEMEENTELIJKE_CONSULENT,
    SoortOntvanger.LOKAAL_TEAM,
    SoortOntvanger.UITVOERINGSDIENST,
)


def buiten_kantoortijd(moment: datetime) -> bool:
    """R16: na 17.00 uur, vóór kantoortijd, in het weekend of op een feestdag."""
    lokaal = moment.astimezone(termijnen.AMSTERDAM)
    if not termijnen.is_werkdag(lokaal.date()):
        return True
    return not (KANTOOR_OPEN <= lokaal.time() < KANTOOR_DICHT)


def tekst(waarde: Any, wat: str) -> str:
    if not isinstance(waarde, str) or not waarde.strip():
        raise OngeldigeInvoer(f"{wat} ontbreekt.")
    return waarde.strip()


FASE_NAMEN: dict[Fase, str] = {
    Fase.MELDING: "melding, wacht op veiligheidsbeoordeling",
    Fase.BEOORDEELD: "veiligheidsbeoordeling afgerond",
    Fase.VERVOLG_BIJ_VEILIG_THUIS: "vervolg bij Veilig Thuis, dienst nog niet gestart",
    Fase.VOORWAARDEN_EN_VERVOLG: "Voorwaarden en Vervolg",
    Fase.ONDERZOEK: "Onderzoek",
    Fase.MONITORING: "monitoring na warme overdracht",
    Fase.OVERGEDRAGEN: "direct overgedragen",
    Fase.AFGESLOTEN: "afgesloten",
}


def tekstlijst(waarde: Any, wat: str) -> list[str]:
    """A list of texts from input, or OngeldigeInvoer naming what was expected."""
    if not isinstance(waarde, list | tuple) or not all(isinstance(w, str) for w in waarde):
        raise OngeldigeInvoer(f"Geef {wat} als een lijst van teksten.")
    return list(waarde)
