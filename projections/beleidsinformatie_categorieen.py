"""Categorieën van de beleidsinformatie: elk onderwerp met zijn categorieën in de volgorde van
een tabel of CSV (R36, R37, R38, R39), en in welke categorieën een melder, een aard van geweld
en een taxatie tellen.

The keys are the CBS keys of shared/data/cbs_2023.yaml where CBS has them (sector via
`ledger.values.CBS_GROEP`). `projections.beleidsinformatie` says which event counts what, and
where the categories of an onderwerp overlap.
"""

from __future__ import annotations

from typing import Any

from ledger.values import (
    CBS_GROEP,
    AardGeweld,
    Conclusie,
    Dienst,
    EerdereBetrokkenheid,
    MelderType,
    Sector,
    SoortOntvanger,
    SoortOverdracht,
    Uitkomst,
    Veiligheid,
)

NOG_NIET_BEOORDEELD = "nog_niet_beoordeeld"
GEEN_ONVEILIGHEID = "geen_acute_of_structurele_onveiligheid"


def _waarden(*enums: Any) -> tuple[str, ...]:
    return tuple(str(m) for enum in enums for m in enum)


_MELDER = _waarden(MelderType)
_SECTOR = tuple(dict.fromkeys(CBS_GROEP.values()))
_AARD = _waarden(AardGeweld)

#: Every onderwerp with its categories, in the order of a table or CSV.
CATEGORIEEN: dict[str, tuple[str, ...]] = {
    "adviezen_naar_adviesvrager": _MELDER,
    "adviezen_naar_sector": _SECTOR,
    "adviezen_naar_aard_geweld": _AARD,
    "meldingen_naar_melder": _MELDER,
    "meldingen_naar_sector": _SECTOR,
    "meldingen_naar_aard_geweld": _AARD,
    "eerdere_betrokkenheid": _waarden(EerdereBetrokkenheid),
    "veiligheidsbeoordeling_uitkomst": (*_waarden(Uitkomst), NOG_NIET_BEOORDEELD),
    "taxatie": ("acute_onveiligheid", "structurele_onveiligheid", GEEN_ONVEILIGHEID),
    "diensten_gestart": _waarden(Dienst),
    "afgeronde_diensten": _waarden(Dienst),
    "onderzoeken": ("niet_voortijdig_afgesloten", "voortijdig_afgesloten"),
    **{f"onderzoek_{aard}": _waarden(Conclusie) for aard in _AARD},
    "melding_bij_raad": ("verzoek_tot_onderzoek",),
    "overdracht_soort": _waarden(SoortOverdracht),
    "overdracht_ontvanger": _waarden(SoortOntvanger),
    "monitormomenten": _waarden(Veiligheid),
}
_VOLGORDE = {
    (onderwerp, categorie): (i, j)
    for i, (onderwerp, categorieen) in enumerate(CATEGORIEEN.items())
    for j, categorie in enumerate(categorieen)
}


def volgorde(onderwerp: str, categorie: str) -> tuple[int, int, str, str]:
    """Sort key in the order of `CATEGORIEEN`; unknown pairs last, by name."""
    i, j = _VOLGORDE.get((onderwerp, categorie), (len(_VOLGORDE), 0))
    return i, j, onderwerp, categorie


def tel_melder(soort: str, melder: dict[str, Any]) -> list[tuple[str, str]]:
    """(onderwerp, categorie) of an adviesvrager or melder: type, and sector if any."""
    rol = "adviesvrager" if soort == "adviezen" else "melder"
    tellingen = [(f"{soort}_naar_{rol}", str(melder["type"]))]
    if melder.get("sector"):
        tellingen.append((f"{soort}_naar_sector", CBS_GROEP[Sector(melder["sector"])]))
    return tellingen


def tel_aard(soort: str, vormen: list[str]) -> list[tuple[str, str]]:
    """(onderwerp, categorie) of every recorded vorm of geweld, each once."""
    return [(f"{soort}_naar_aard_geweld", str(v)) for v in dict.fromkeys(vormen)]


def taxatie_van(triage: dict[str, Any]) -> list[str]:
    """The taxatie categories of a veiligheidsbeoordeling's triage (acute and structurele
    onveiligheid may both count)."""
    oordelen = (
        ("acute_onveiligheid", triage["acute_onveiligheid"]["oordeel"]),
        ("structurele_onveiligheid", triage["structurele_onveiligheid"]["oordeel"]),
    )
    return [t for t, ja in oordelen if ja] or [GEEN_ONVEILIGHEID]
