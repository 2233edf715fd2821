"""Steps of features/radar.feature that no other feature uses: the radar (R24) and
eerdere betrokkenheid (R38)."""

from __future__ import annotations

import pytest
from pytest_bdd import given, scenarios, then, when

from ledger.termijnen import lokale_datum
from tests.builders import VOLLEDIG_VEILIGHEIDSPLAN
from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import MOMENT_GROEP as MOMENT
from tests.features.taal import stap

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("radar.feature")


@given(
    stap(
        rf"na Voorwaarden en Vervolg droeg de medewerker de casus op {MOMENT} warm over "
        r"aan de gemeente (?P<gemeente>.+)"
    )
)
def _(scene: Scene, moment: str, gemeente: str) -> None:
    """The casus goes the whole way through the ledger's commands: veiligheidsbeoordeling
    (vervolg bij Veilig Thuis), Voorwaarden en Vervolg, veiligheidsvoorwaarden and
    veiligheidsplan, then a warme overdracht (huisbezoek) on `moment`."""
    scene.beoordeel(
        scene.later(2),
        "vervolg bij Veilig Thuis",
        "Voorwaarden en Vervolg",
        "structurele onveiligheid; beide ouders willen afspraken maken",
    )
    ledger, casus_id = scene.ledger, scene.casus_id
    ledger.start_dienst(
        scene.ctx(scene.later(1)), casus_id, "voorwaarden_en_vervolg", "de ouders werken mee"
    )
    ctx = scene.ctx(scene.later(7))
    ledger.record_veiligheidsvoorwaarden(ctx, casus_id, ["De kinderen worden niet geslagen."])
    ledger.record_veiligheidsplan(ctx, casus_id, VOLLEDIG_VEILIGHEIDSPLAN)
    ledger.transfer(
        scene.ctx(moment),
        casus_id,
        soort="warme_overdracht",
        vorm="huisbezoek",
        ontvanger={
            "soort": "gemeentelijke_consulent",
            "gemeentecode": taal.gemeentecode(gemeente),
            "contactpersoon": f"consulent {scene.faker.name()}",
        },
        besproken=["hulpvragen", "veiligheidsplan", "veiligheidsvoorwaarden", "vervolgafspraken"],
    )


@when(
    stap(
        rf"de medewerker op {MOMENT} de eerdere betrokkenheid van de melding corrigeert naar "
        r'"(?P<indeling>[^"]+)", omdat "(?P<reden>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, indeling: str, reden: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.correct(
            ctx,
            scene.casus_id,
            versie=1,
            wijzigingen={"eerdere_betrokkenheid": taal.waarde(indeling)},
            reden=reden,
        )
    )


@then(stap(r"(?:toont de radar|de radar toont) van het huishouden:"))
def _(scene: Scene, datatable: list[list[str]]) -> None:
    radar = scene.leesmodel("veiligheidshistorie").radar(scene.huishouden_id)
    getoond = [
        [taal.organisatie_naam(r["vt_organisatie"]), taal.datum_tekst(lokale_datum(r["sinds"]))]
        for r in radar
    ]
    kop, *rijen = datatable
    assert [k.strip() for k in kop] == ["organisatie", "sinds"], kop
    assert getoond == [[c.strip() for c in rij] for rij in rijen]


@then(stap(r'(?:is de melding|de melding is) ingedeeld als "(?P<indeling>[^"]+)"'))
def _(scene: Scene, indeling: str) -> None:
    casus = scene.ledger.casus(scene.casus_id)
    assert casus["eerdere_betrokkenheid"] == taal.waarde(indeling)
