"""Steps of features/beleidsinformatie.feature that no other feature uses: corrections of a
counted fact and asking for a period that is no half year (R28)."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios, then, when

from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import MELDER, stap
from tests.features.taal import MOMENT_GROEP as MOMENT

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("beleidsinformatie.feature")


def _corrigeer(scene: Scene, moment: str, event: str, wijzigingen: dict, reden: str) -> None:
    versie = scene.laatste(event)["versie"]
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.correct(
            ctx, scene.casus_id, versie=versie, wijzigingen=wijzigingen, reden=reden
        )
    )


@when(
    stap(
        rf'de medewerker op {MOMENT} de melder van de melding corrigeert naar "{MELDER}", '
        r'omdat "(?P<reden>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, melder: str, reden: str) -> None:
    soort, sector = taal.MELDERS[melder]
    wijziging = {"melder": {"type": soort, "sector": sector}}
    _corrigeer(scene, moment, "MeldingOntvangen", wijziging, reden)


@when(
    stap(
        rf"de medewerker op {MOMENT} de uitkomst van de veiligheidsbeoordeling corrigeert naar "
        r'"(?P<uitkomst>[^"]+)", omdat "(?P<reden>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, uitkomst: str, reden: str) -> None:
    wijziging = {"uitkomst": taal.waarde(uitkomst)}
    _corrigeer(scene, moment, "VeiligheidsbeoordelingAfgerond", wijziging, reden)


@when(
    stap(r'de beleidsinformatie over de periode "(?P<periode>[^"]+)" wordt opgevraagd'),
    target_fixture="afwijzing",
)
def _(scene: Scene, periode: str) -> str:
    try:
        scene.leesmodel("beleidsinformatie").tabel(periode, scene.organisatie)
    except ValueError as fout:
        return str(fout)
    raise AssertionError(f"the period {periode!r} was accepted")


@then(
    stap(
        r"(?:noemt de beleidsinformatie|de beleidsinformatie noemt) de periode ongeldig: "
        r'"(?P<tekst>[^"]+)"'
    )
)
def _(afwijzing: str, tekst: str) -> None:
    assert "Ongeldige periode" in afwijzing and tekst in afwijzing, afwijzing
