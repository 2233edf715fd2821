"""Steps of features/veiligheidsbeoordeling.feature that no other feature uses: the triage as
recorded (R01) and the termijn of five working days (R31)."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_bdd import scenarios, then

from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import DATUM, MAANDEN, stap

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("veiligheidsbeoordeling.feature")

BEOORDELING = r"(?:is de veiligheidsbeoordeling|de veiligheidsbeoordeling is)"


def _termijn(scene: Scene) -> dict[str, Any]:
    rijen = scene.leesmodel("termijnen").termijnen(scene.casus_id)
    return next(r for r in rijen if r["sleutel"] == "veiligheidsbeoordeling")


@then(stap(rf"{BEOORDELING} vastgelegd met elk onderdeel van het triage-instrument"))
def _(scene: Scene) -> None:
    triage = scene.laatste("VeiligheidsbeoordelingAfgerond")["payload"]["triage"]
    assert sorted(triage) == sorted(scene.triage_onderdelen())


@then(
    stap(
        r"(?:is de uiterste datum van de veiligheidsbeoordeling|de uiterste datum van de "
        rf"veiligheidsbeoordeling is) (?P<datum>{DATUM})"
    )
)
def _(scene: Scene, datum: str) -> None:
    assert _termijn(scene)["uiterste_datum"] == taal.datum(datum)


@then(
    stap(
        rf"(?:staat de veiligheidsbeoordeling|de veiligheidsbeoordeling staat) op "
        rf"(?P<peildatum>{DATUM}) bij de verlopen termijnen van (?P<organisatie>Veilig Thuis .+)"
    )
)
def _(scene: Scene, peildatum: str, organisatie: str) -> None:
    verlopen = scene.leesmodel("termijnen").verlopen(
        taal.datum(peildatum), taal.organisatie(organisatie)
    )
    assert [(r["casus_id"], r["sleutel"]) for r in verlopen] == [
        (str(scene.casus_id), "veiligheidsbeoordeling")
    ]


@then(stap(rf"{BEOORDELING} vastgelegd, buiten de termijn"))
def _(scene: Scene) -> None:
    assert scene.laatste("VeiligheidsbeoordelingAfgerond")["payload"]["binnen_termijn"] is False
    termijn = _termijn(scene)
    assert (termijn["status"], termijn["binnen_termijn"]) == ("voldaan", False)


@then(
    stap(
        r'de indicator "(?P<indicator>[^"]+)" van '
        r"(?P<organisatie>Veilig Thuis .+) over (?P<maand>\w+) (?P<jaar>\d{4}) telt "
        r"(?P<aantal>\d+) beoordeling(?:en)?, waarvan (?P<binnen>\d+) binnen de termijn"
    )
)
def _(
    scene: Scene, indicator: str, organisatie: str, maand: str, jaar: str, aantal: str, binnen: str
) -> None:
    rijen = scene.leesmodel("termijnen").indicatoren(taal.organisatie(organisatie))
    sleutel = f"{jaar}-{MAANDEN.index(maand) + 1:02d}"
    rij = next(r for r in rijen if r["maand"] == sleutel and r["indicator"] == indicator)
    assert (rij["aantal"], rij["binnen_termijn"]) == (int(aantal), int(binnen)), rij
