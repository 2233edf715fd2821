"""Shared Given and When steps of the diensten and the warme overdracht: the work of a dienst
done up to the overdracht, and the warme overdracht to the gemeente in one of its forms.

Used by `features/diensten.feature` and `features/overdracht.feature`; each step drives the
ledger's own commands through `Scene`. `warm_over` is also what the table step of
`test_overdracht.py` calls.
"""

from __future__ import annotations

import re
from typing import Any

from pytest_bdd import given, when

from tests.builders import VOLLEDIG_VEILIGHEIDSPLAN
from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import MOMENT_GROEP as MOMENT
from tests.features.taal import stap

#: The forms of a warme overdracht (R09), as a table cell names them.
VORMEN = {
    "huisbezoek": "huisbezoek",
    "gesprek op kantoor van Veilig Thuis": "gesprek_kantoor_veilig_thuis",
    "gesprek bij de gemeente": "gesprek_gemeente",
}
VORM = "(?P<vorm>" + "|".join(re.escape(f"een {v}") for v in VORMEN) + ")"
#: What a scenario calls the one veiligheidsvoorwaarde it does not spell out (R11).
VEILIGHEIDSVOORWAARDE = "De kinderen worden niet geslagen, ook niet als het thuis misgaat."


def vorm_van(tekst: str) -> str:
    """The ledger's value of a form ("een huisbezoek"); an unknown one as it is."""
    tekst = tekst.strip().removeprefix("een ")
    return VORMEN.get(tekst, taal.waarde(tekst))


def warm_over(scene: Scene, moment: str, gemeente: str, **overdracht: Any) -> None:
    """A warme overdracht to a consulent of `gemeente`; `overdracht` as `Ledger.transfer`
    takes it (vorm, besproken, datum_eerstvolgende_evaluatie, overbrugging, ...)."""
    ctx = scene.ctx(moment)
    ontvanger = {
        "soort": "gemeentelijke_consulent",
        "gemeentecode": taal.gemeentecode(gemeente),
        "contactpersoon": f"consulent {scene.faker.name()}",
    }
    scene.doe(
        lambda: scene.ledger.transfer(
            ctx, scene.casus_id, soort="warme_overdracht", ontvanger=ontvanger, **overdracht
        )
    )


@given(stap(rf'de medewerker rondde op {MOMENT} het werk in de dienst "(?P<dienst>[^"]+)" af'))
def _(scene: Scene, moment: str, dienst: str) -> None:
    """What a dienst must leave before its warme overdracht: after Voorwaarden en Vervolg
    the veiligheidsvoorwaarden and a veiligheidsplan of the three parts R11 asks; after an
    Onderzoek a conclusion "bevestigd" for each kind of violence the triage found (R37)."""
    ctx, casus_id, ledger = scene.ctx(moment), scene.casus_id, scene.ledger
    if taal.waarde(dienst) == "voorwaarden_en_vervolg":
        scene.doe(
            lambda: ledger.record_veiligheidsvoorwaarden(ctx, casus_id, [VEILIGHEIDSVOORWAARDE])
        )
        scene.doe(lambda: ledger.record_veiligheidsplan(ctx, casus_id, VOLLEDIG_VEILIGHEIDSPLAN))
        return
    assert taal.waarde(dienst) == "onderzoek", f"no dienst {dienst!r}"
    vormen = scene.ledger.casus(casus_id)["beoordeling"]["triage"]["aard_geweld"]["vormen"]
    scene.doe(
        lambda: ledger.record_onderzoek_conclusie(
            ctx,
            casus_id,
            {aard: "bevestigd" for aard in vormen},
            "Gesprekken met de school, de huisarts en beide ouders geven een eenduidig beeld.",
        )
    )


@given(
    stap(
        rf"de medewerker droeg de casus op {MOMENT} warm over aan de gemeente "
        rf"(?P<gemeente>.+?) met {VORM}"
    )
)
def _(scene: Scene, moment: str, gemeente: str, vorm: str) -> None:
    warm_over(scene, moment, gemeente, vorm=vorm_van(vorm))


@when(
    stap(
        rf"de medewerker op {MOMENT} de casus warm overdraagt aan de gemeente (?P<gemeente>.+?) "
        rf"(?:met {VORM}|zonder huisbezoek of gesprek)"
    )
)
def _(scene: Scene, moment: str, gemeente: str, vorm: str | None) -> None:
    warm_over(scene, moment, gemeente, vorm=vorm_van(vorm) if vorm else None)
