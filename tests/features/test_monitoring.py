"""Steps of features/monitoring.feature that no other feature uses: planning and recording
monitormomenten (R02, R03, R04), closing (R05) and stabiele veiligheid (R06)."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_bdd import scenarios, then, when

from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import DATUM, stap
from tests.features.taal import MOMENT_GROEP as MOMENT

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("monitoring.feature")


@when(
    stap(
        rf"de medewerker op {MOMENT} een extra monitormoment plant op (?P<datum>{DATUM}), "
        r'omdat "(?P<reden>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, datum: str, reden: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.plan_monitormoment(ctx, scene.casus_id, taal.datum(datum), reden)
    )


@when(
    stap(
        rf"de medewerker op {MOMENT} het monitormoment vastlegt zonder te noemen met wie is "
        r"gesproken"
    )
)
def _(scene: Scene, moment: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.record_monitormoment(
            ctx,
            scene.casus_id,
            gesproken_met=[],
            veiligheid="voldoende",
            bevindingen="Het gaat goed, zegt de moeder aan de telefoon.",
        )
    )


@when(
    stap(
        rf'de medewerker op {MOMENT} de casus afsluit met de reden "(?P<reden>[^"]+)" zonder '
        r"onderbouwing"
    )
)
def _(scene: Scene, moment: str, reden: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(lambda: scene.ledger.close_casus(ctx, scene.casus_id, taal.waarde(reden), ""))


# -- the monitormomenten of the casus (R04) -------------------------------------------------


def _uitgevoerd(scene: Scene) -> list[dict[str, Any]]:
    momenten = scene.ledger.casus(scene.casus_id)["monitormomenten"]
    return sorted((m for m in momenten if m["uitgevoerd_op"]), key=lambda m: m["uitgevoerd_op"])


@then(
    stap(
        r'(?:staat bij de casus|bij de casus staat) het open monitormoment "(?P<taak>[^"]+)", '
        rf"gepland op (?P<datum>{DATUM})"
    )
)
def _(scene: Scene, taak: str, datum: str) -> None:
    taken = scene.leesmodel("caseload").open_taken(scene.casus_id)
    open_ = [(t["taak"], t["gepland_op"]) for t in taken if t["regel"] == "R04"]
    assert open_ == [(taak, taal.datum(datum))], open_


@then(
    stap(
        r"(?:legt het laatste monitormoment|het laatste monitormoment legt) vast dat is "
        r"gesproken met (?P<wie>.+)"
    )
)
def _(scene: Scene, wie: str) -> None:
    laatste = _uitgevoerd(scene)[-1]
    assert sorted(laatste["gesproken_met"]) == sorted(scene.persoon_ids(wie))


@then(
    stap(
        r"(?:is het laatste monitormoment|het laatste monitormoment is) gehouden door een "
        r"andere medewerker dan het eerste"
    )
)
def _(scene: Scene) -> None:
    eerste, *_, laatste = _uitgevoerd(scene)
    assert laatste["uitgevoerd_door"] != eerste["uitgevoerd_door"], (eerste, laatste)


# -- stabiele veiligheid on a peildatum (R06) -----------------------------------------------


def _stabiel(scene: Scene, peildatum: str) -> dict[str, Any]:
    historie = scene.leesmodel("veiligheidshistorie")
    return historie.stabiele_veiligheid(scene.huishouden_id, taal.datum(peildatum))


STABIEL = (
    rf"(?:is er|er is) op (?P<peildatum>{DATUM}) (?P<geen>geen )?stabiele veiligheid in het "
    r"huishouden"
)


@then(stap(STABIEL))
def _(scene: Scene, peildatum: str, geen: str | None) -> None:
    uitkomst = _stabiel(scene, peildatum)
    assert uitkomst["stabiel"] is (geen is None), uitkomst["redenen"]


@then(stap(rf"{STABIEL}, omdat:"))
def _(scene: Scene, peildatum: str, geen: str | None, datatable: list[list[str]]) -> None:
    uitkomst = _stabiel(scene, peildatum)
    assert uitkomst["stabiel"] is (geen is None)
    kop, *rijen = datatable
    assert [k.strip() for k in kop] == ["reden"], kop
    for (reden,) in rijen:
        assert any(reden.strip() in r for r in uitkomst["redenen"]), uitkomst["redenen"]


@then(
    stap(
        rf"(?:gelden|er gelden) op (?P<peildatum>{DATUM}) voor het huishouden deze voorwaarden "
        r"van stabiele veiligheid:"
    )
)
def _(scene: Scene, peildatum: str, datatable: list[list[str]]) -> None:
    voorwaarden = _stabiel(scene, peildatum)["voorwaarden"]
    kop, *rijen = datatable
    assert [k.strip() for k in kop] == ["voorwaarde", "geldt"], kop
    for voorwaarde, geldt in rijen:
        assert voorwaarden[taal.waarde(voorwaarde)] is taal.ja_nee(geldt), voorwaarden
