"""Steps of features/regie.feature that no other feature uses: casusregie at a zorgaanbieder
(R19), giving the regie op veiligheid back (R08), the afstemming with the procesregisseur after
a new melding (R14), and the gemeente's side of the caseload."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios, then, when

from tests.features import taal
from tests.features.scene import Scene
from tests.features.stappen.monitoring import gemeente_ctx
from tests.features.taal import MOMENT_GROEP as MOMENT
from tests.features.taal import stap

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("regie.feature")


@when(
    stap(
        rf"de consulent van de gemeente (?P<gemeente>.+?) op {MOMENT} de casusregie belegt bij "
        r'zorgaanbieder "(?P<zorgaanbieder>[^"]+)"(?P<niet>, die niet voldoende geëquipeerd is)?'
        r'(?:, met als tweede partij "(?P<tweede>[^"]+)")?, na de toets "(?P<toets>[^"]+)"'
    )
)
def _(
    scene: Scene,
    gemeente: str,
    moment: str,
    zorgaanbieder: str,
    niet: str | None,
    tweede: str | None,
    toets: str,
) -> None:
    ctx = gemeente_ctx(scene, moment, gemeente)
    scene.doe(
        lambda: scene.ledger.delegate_casusregie(
            ctx,
            scene.casus_id,
            zorgaanbieder=zorgaanbieder,
            voldoende_geequipeerd=niet is None,
            toets=toets,
            tweede_partij=tweede,
        )
    )


@when(
    stap(
        rf"de medewerker op {MOMENT} de regie op veiligheid teruggeeft aan de gemeente, "
        r'omdat "(?P<onderbouwing>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, onderbouwing: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(lambda: scene.ledger.return_regie_op_veiligheid(ctx, scene.casus_id, onderbouwing))


@when(
    stap(
        rf"de medewerker op {MOMENT} met de procesregisseur van de gemeente afstemt: "
        r'"(?P<afspraken>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, afspraken: str) -> None:
    """The procesregisseur is the consulent the running trajectory went to, if any."""
    overdracht = scene.ledger.casus(scene.casussen[0])["overdracht"]
    regisseur = (overdracht or {}).get("ontvanger", {}).get("contactpersoon")
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.record_afstemming_procesregisseur(
            ctx,
            scene.casus_id,
            procesregisseur=regisseur or "de procesregisseur van de gemeente",
            afspraken=afspraken,
        )
    )


@then(
    stap(
        r"(?:toont de veiligheidshistorie van het huishouden|de veiligheidshistorie van het "
        r"huishouden toont) (?P<aantal>\d+) meldingen"
    )
)
def _(scene: Scene, aantal: str) -> None:
    historie = scene.leesmodel("veiligheidshistorie").historie(scene.huishouden_id)
    meldingen = [g for g in historie if g["soort"] == "melding"]
    assert sorted(g["casus_id"] for g in meldingen) == sorted(str(c) for c in scene.casussen)
    assert len(meldingen) == int(aantal)


@then(
    stap(
        r"(?:staat de casus|de casus staat) op de caseload van de gemeente (?P<gemeente>.+) "
        r"bij de consulent"
    )
)
def _(scene: Scene, gemeente: str) -> None:
    consulent = scene.ledger.casus(scene.casus_id)["overdracht"]["ontvanger"]["contactpersoon"]
    rijen = scene.leesmodel("caseload").van_gemeente(taal.gemeentecode(gemeente), consulent)
    assert [r["casus_id"] for r in rijen] == [str(scene.casus_id)], rijen
