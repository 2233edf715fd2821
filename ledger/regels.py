"""Protocol checks on the content of a step: triage (R01), veiligheidsplan (R11, R12),
plan van aanpak (R13), overbrugging (R20), casusregie (R19).

Each check returns the normalised content to store, or raises ProtocolViolation naming
the rule and what is missing. The order of steps lives in the Casus state machine.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from ledger.errors import OngeldigeInvoer, ProtocolViolation
from ledger.values import AardGeweld, parse

#: R12: het deel van het veiligheidsplan dat Veilig Thuis start (acht onderdelen),
#: plus de motivatie voor hulp die R11 vraagt.
VEILIGHEIDSPLAN_ONDERDELEN: dict[str, str] = {
    "onveilige_gebeurtenissen": "meest onveilige situaties en summiere tijdslijn",
    "veiligheidsvoorwaarden": "veiligheidsvoorwaarden",
    "veiligheidsafspraken": "veiligheidsafspraken",
    "wie_doet_wat_als_het_niet_lukt": "wie doet wat als het niet lukt",
    "veiligheidspersoon_kinderen": "veiligheidspersoon voor de kinderen",
    "afspraken_directe_veiligheid": "reeds gemaakte afspraken ten behoeve van directe veiligheid",
    "aandachtspunten_risicogestuurde_zorg": "aandachtspunten risicogestuurde zorg",
    "beschermende_factoren": "beschermende factoren",
    "motivatie_hulp": "motivatie of advies voor hulp",
}

#: R11: VHP = onveilige gebeurtenissen + blijvende veiligheidsvoorwaarden + motivatie.
VEILIGHEIDSPLAN_MINIMAAL = ("onveilige_gebeurtenissen", "veiligheidsvoorwaarden", "motivatie_hulp")

#: R13: wat de gemeente in haar plan van aanpak uitwerkt.
PLAN_VAN_AANPAK_ONDERDELEN: dict[str, str] = {
    "veiligheidsafspraken": "verdere uitwerking van veiligheidsafspraken",
    "zicht_op_veiligheid": "wie verantwoordelijk is voor zicht op veiligheid",
    "onderliggende_oorzaken": "onderliggende oorzaken van geweld in risicogestuurde zorg",
    "herstelgerichte_zorg": "herstelgerichte zorg",
}

#: R10: wat tijdens de warme overdracht besproken wordt.
OVERDRACHT_BESPREEKPUNTEN: dict[str, str] = {
    "hulpvragen": "hulpvragen binnen het gezinssysteem",
    "veiligheidsplan": "het veiligheidsplan",
    "veiligheidsvoorwaarden": "de veiligheidsvoorwaarden",
    "vervolgafspraken": "vervolgafspraken",
}


@cache
def triage_instrument() -> tuple[dict[str, Any], ...]:
    """The onderdelen of the triage instrument, from ledger/data/triage.yaml."""
    tekst = resources.files("ledger").joinpath("data/triage.yaml").read_text("utf-8")
    return tuple(yaml.safe_load(tekst)["onderdelen"])


def _leeg(waarde: Any) -> bool:
    return waarde is None or (isinstance(waarde, str) and not waarde.strip())


def _check_veld(soort: str, waarde: Any, naam: str, veld: str) -> Any:
    ontbreekt = ProtocolViolation(
        "R01",
        f"De triage is niet volledig: bij '{naam}' ontbreekt '{veld}'. "
        "Elke veiligheidsbeoordeling doorloopt het hele triage-instrument, ook bij acute "
        "onveiligheid.",
    )
    if soort == "ja_nee":
        if not isinstance(waarde, bool):
            raise ontbreekt
        return waarde
    if soort == "tekst":
        if _leeg(waarde) or not isinstance(waarde, str):
            raise ontbreekt
        return waarde.strip()
    if soort == "lijst":
        if not isinstance(waarde, list | tuple) or not [w for w in waarde if not _leeg(w)]:
            raise ontbreekt
        return [str(w).strip() for w in waarde if not _leeg(w)]
    if soort == "aard_geweld":
        if not isinstance(waarde, list | tuple) or not waarde:
            raise ontbreekt
        return [str(parse(AardGeweld, w, "aard van het geweld")) for w in waarde]
    if soort == "personen":
        if not isinstance(waarde, list | tuple):
            raise ontbreekt
        return [str(w) for w in waarde]
    if soort == "kinderen":
        if not isinstance(waarde, list | tuple):
            raise ontbreekt
        kinderen = []
        for kind in waarde:
            if (
                not isinstance(kind, dict)
                or "persoon_id" not in kind
                or not isinstance(kind.get("direct_betrokken"), bool)
            ):
                raise ontbreekt
            kinderen.append(
                {
                    "persoon_id": str(kind["persoon_id"]),
                    "direct_betrokken": kind["direct_betrokken"],
                }
            )
        return kinderen
    raise OngeldigeInvoer(f"Onbekende veldsoort {soort!r} in het triage-instrument.")


def check_triage(triage: dict[str, Any]) -> dict[str, Any]:
    """R01: every onderdeel and every field of the triage instrument is answered."""
    if not isinstance(triage, dict):
        raise OngeldigeInvoer("De triage moet per onderdeel de antwoorden geven.")
    volledig: dict[str, Any] = {}
    for onderdeel in triage_instrument():
        sleutel, naam = onderdeel["sleutel"], onderdeel["naam"]
        antwoorden = triage.get(sleutel)
        if not isinstance(antwoorden, dict):
            raise ProtocolViolation(
                "R01",
                f"De triage is niet volledig: het onderdeel '{naam}' ontbreekt. Elke "
                "veiligheidsbeoordeling doorloopt het hele triage-instrument, ook bij acute "
                "onveiligheid.",
            )
        volledig[sleutel] = {
            veld: _check_veld(soort, antwoorden.get(veld), naam, veld)
            for veld, soort in onderdeel["velden"].items()
        }
    onbekend = set(triage) - set(volledig)
    if onbekend:
        raise OngeldigeInvoer(f"Onbekende onderdelen in de triage: {', '.join(sorted(onbekend))}.")
    return volledig


def _onderdelen(invoer: dict[str, Any], bekend: dict[str, str], wat: str) -> dict[str, str]:
    if not isinstance(invoer, dict):
        raise OngeldigeInvoer(f"Het {wat} moet per onderdeel een tekst geven.")
    onbekend = set(invoer) - set(bekend)
    if onbekend:
        raise OngeldigeInvoer(
            f"Onbekende onderdelen in het {wat}: {', '.join(sorted(onbekend))}; "
            f"bekend zijn: {', '.join(bekend)}."
        )
    return {k: str(v).strip() for k, v in invoer.items() if not _leeg(v)}


def normalise_veiligheidsplan(onderdelen: dict[str, Any]) -> dict[str, str]:
    """R12: the filled-in onderdelen of the veiligheidsplan (others may follow later)."""
    plan = _onderdelen(onderdelen, VEILIGHEIDSPLAN_ONDERDELEN, "veiligheidsplan")
    if not plan:
        raise OngeldigeInvoer("Het veiligheidsplan is leeg: vul minstens één onderdeel in.")
    return plan


def check_veiligheidsplan_minimaal(plan: dict[str, str] | None) -> None:
    """R11: VHP = onveilige gebeurtenissen + blijvende veiligheidsvoorwaarden + motivatie."""
    if not plan:
        raise ProtocolViolation(
            "R11",
            "Er is geen veiligheidsplan. Een veiligheidsplan bevat minstens de onveilige "
            "gebeurtenissen, de blijvende veiligheidsvoorwaarden en de motivatie voor hulp.",
        )
    ontbreekt = [VEILIGHEIDSPLAN_ONDERDELEN[k] for k in VEILIGHEIDSPLAN_MINIMAAL if k not in plan]
    if ontbreekt:
        raise ProtocolViolation(
            "R11",
            "Het veiligheidsplan is niet compleet: " + " en ".join(ontbreekt) + " ontbreekt.",
        )


def check_plan_van_aanpak(onderdelen: dict[str, Any]) -> dict[str, str]:
    """R13: het plan van aanpak van de gemeente beschrijft de vier onderdelen."""
    plan = _onderdelen(onderdelen, PLAN_VAN_AANPAK_ONDERDELEN, "plan van aanpak")
    ontbreekt = [naam for k, naam in PLAN_VAN_AANPAK_ONDERDELEN.items() if k not in plan]
    if ontbreekt:
        raise ProtocolViolation(
            "R13", "Het plan van aanpak beschrijft niet: " + "; ".join(ontbreekt) + "."
        )
    return plan


def check_overbrugging(
    hulp_op_wachtlijst: bool, overbrugging: dict[str, Any] | None
) -> dict[str, str] | None:
    """R20: bij een wachtlijst zijn er overbruggingsafspraken."""
    if not hulp_op_wachtlijst:
        return None
    overbrugging = overbrugging or {}
    ontbreekt = [
        naam
        for veld, naam in (
            ("alternatieve_hulp", "welke hulp er in de tussentijd is"),
            ("aanspreekpunt_escalatie", "op wie het gezin bij escalatie een beroep kan doen"),
        )
        if _leeg(overbrugging.get(veld))
    ]
    if ontbreekt:
        raise ProtocolViolation(
            "R20",
            "De hulp staat op een wachtlijst, maar de overbruggingsafspraken ontbreken: "
            + " en ".join(ontbreekt)
            + ".",
        )
    return {
        "alternatieve_hulp": str(overbrugging["alternatieve_hulp"]).strip(),
        "aanspreekpunt_escalatie": str(overbrugging["aanspreekpunt_escalatie"]).strip(),
    }


def check_besproken(besproken: list[str] | None) -> list[str]:
    """R10: the onderdelen discussed during the warme overdracht (recorded, not enforced)."""
    besproken = list(besproken or [])
    onbekend = set(besproken) - set(OVERDRACHT_BESPREEKPUNTEN)
    if onbekend:
        raise OngeldigeInvoer(
            f"Onbekende bespreekpunten: {', '.join(sorted(onbekend))}; "
            f"bekend zijn: {', '.join(OVERDRACHT_BESPREEKPUNTEN)}."
        )
    return [k for k in OVERDRACHT_BESPREEKPUNTEN if k in besproken]
