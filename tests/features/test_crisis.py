"""Steps of features/crisis.feature that no other feature uses: the crisisdienst and the
gemeentelijke consulent (R16)."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios, then, when

from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import MOMENT_GROEP as MOMENT
from tests.features.taal import stap

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("crisis.feature")


@when(
    stap(
        rf'de crisisdienst op {MOMENT} ingrijpt met "(?P<maatregel>[^"]+)"'
        r"(?: en een tijdelijk huisverbod van (?P<dagen>\d+) dagen)?"
    )
)
def _(scene: Scene, moment: str, maatregel: str, dagen: str | None) -> None:
    ctx = scene.ctx(moment, "de crisisdienst")
    huisverbod = int(dagen) if dagen else None
    scene.doe(
        lambda: scene.ledger.record_crisisinterventie(ctx, scene.casus_id, [maatregel], huisverbod)
    )


@when(
    stap(
        rf"de medewerker op {MOMENT} de gemeentelijke consulent van (?P<gemeente>.+) "
        r"informeert over de crisisinterventie"
    )
)
def _(scene: Scene, moment: str, gemeente: str) -> None:
    ctx = scene.ctx(moment)
    consulent = f"consulent {scene.faker.name()}"
    code = taal.gemeentecode(gemeente)
    scene.doe(
        lambda: scene.ledger.inform_gemeentelijke_consulent(ctx, scene.casus_id, consulent, code)
    )


@then(stap(r"(?:is vastgelegd|vastgelegd is) dat de crisisdienst de melding oppakt"))
def _(scene: Scene) -> None:
    casus = scene.ledger.casus(scene.casus_id)
    assert (casus["buiten_kantoortijd"], casus["crisisdienst"]) == (True, True)


@then(stap(r"(?:is vastgelegd|vastgelegd is) dat de melding niet naar de crisisdienst gaat"))
def _(scene: Scene) -> None:
    assert scene.ledger.casus(scene.casus_id)["crisisdienst"] is False
