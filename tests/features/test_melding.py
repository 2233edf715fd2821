"""Steps of features/melding.feature that no other feature uses: the adviesvraag (R18) and
what the timeline shows of a melding (R22, R25)."""

from __future__ import annotations

import pytest
from pytest_bdd import given, scenarios, then, when

from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import MELDER, ONDERWERP, stap
from tests.features.taal import MOMENT_GROEP as MOMENT

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("melding.feature")


def _vraag_advies(scene: Scene, melder: str, moment: str, aard: str, vraag: str) -> None:
    soort, sector = taal.MELDERS[melder]
    ctx = scene.ctx(moment)
    scene.advies_id = scene.doe(
        lambda: scene.ledger.record_advies(
            ctx,
            vt_organisatie=scene.organisatie,
            adviesvrager={"type": soort, "sector": sector},
            aard_geweld=[taal.waarde(aard)],
            vraag=vraag,
        )
    )


@given(
    stap(
        rf'{MELDER} vroeg op {MOMENT} advies over "(?P<aard>[^"]+)" met de vraag '
        r'"(?P<vraag>[^"]+)"'
    )
)
def _(scene: Scene, melder: str, moment: str, aard: str, vraag: str) -> None:
    _vraag_advies(scene, melder, moment, aard, vraag)


@when(
    stap(
        rf'{MELDER} op {MOMENT} advies vraagt over "(?P<aard>[^"]+)" met de vraag '
        r'"(?P<vraag>[^"]+)"'
    )
)
def _(scene: Scene, melder: str, moment: str, aard: str, vraag: str) -> None:
    _vraag_advies(scene, melder, moment, aard, vraag)


@given(stap(rf'Veilig Thuis gaf op {MOMENT} het advies "(?P<advies>[^"]+)"'))
def _(scene: Scene, moment: str, advies: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(lambda: scene.ledger.give_advies(ctx, scene.advies_id, advies))


def _zet_om(scene: Scene, moment: str) -> None:
    """The adviesvrager becomes the melder; the melding keeps the advies's aard van het
    geweld, suspects structurele onveiligheid and, from a professional, "geen hulp" (R25)."""
    advies = scene.ledger.advies(scene.advies_id)
    vrager = advies["adviesvrager"]
    scene.meld(
        moment,
        melder={"type": vrager["type"], "sector": vrager["sector"]},
        aard_geweld=advies["aard_geweld"],
        vermoeden_acute_onveiligheid=False,
        vermoeden_structurele_onveiligheid=True,
        bestaande_hulp="geen hulp" if vrager["type"] == "professional" else None,
        advies_id=scene.advies_id,
    )


@given(stap(rf"de medewerker zette op {MOMENT} het advies om in een melding over dit huishouden"))
def _(scene: Scene, moment: str) -> None:
    _zet_om(scene, moment)


@when(stap(rf"de medewerker op {MOMENT} het advies omzet in een melding over dit huishouden"))
def _(scene: Scene, moment: str) -> None:
    _zet_om(scene, moment)


@then(
    stap(
        r"(?:is de adviesvraag|de adviesvraag is) vastgelegd met als adviesvrager "
        r'"(?P<soort>[^"]+)"'
    )
)
def _(scene: Scene, soort: str) -> None:
    assert scene.ledger.advies(scene.advies_id)["adviesvrager"]["type"] == taal.waarde(soort)


@then(stap(r"(?P<organisatie>Veilig Thuis .+) heeft geen casus op de caseload"))
def _(scene: Scene, organisatie: str) -> None:
    caseload = scene.leesmodel("caseload")
    code = taal.organisatie(organisatie)
    assert caseload.van_organisatie(code, met_overgedragen=True) == []


@then("niemand heeft regie over een casus")
def _(scene: Scene) -> None:
    assert scene.leesmodel("regie").regie_verdeling() == {}


@then(stap(r"(?:verwijst de melding|de melding verwijst) naar het advies"))
def _(scene: Scene) -> None:
    assert scene.ledger.casus(scene.casus_id)["advies_id"] == str(scene.advies_id)


@then(stap(r"(?:verwijst het advies|het advies verwijst) naar de melding"))
def _(scene: Scene) -> None:
    assert scene.ledger.advies(scene.advies_id)["casus_id"] == str(scene.casus_id)


TIJDLIJN = r"(?:toont de tijdlijn|de tijdlijn toont)"


@then(
    stap(
        rf"{TIJDLIJN} bij de melding (?P<structureel>een|geen) vermoeden van structurele "
        r"onveiligheid en (?P<acuut>een|geen) vermoeden van acute onveiligheid"
    )
)
def _(scene: Scene, structureel: str, acuut: str) -> None:
    melding = scene.laatste("MeldingOntvangen")["payload"]
    assert melding["vermoeden_structurele_onveiligheid"] is (structureel == "een")
    assert melding["vermoeden_acute_onveiligheid"] is (acuut == "een")


@then(stap(rf'{TIJDLIJN} bij de melding de bestaande hulp "(?P<hulp>[^"]+)"'))
def _(scene: Scene, hulp: str) -> None:
    assert scene.laatste("MeldingOntvangen")["payload"]["bestaande_hulp"] == hulp


@then(stap(rf"{TIJDLIJN} dat (?P<wie>.+) over {ONDERWERP} zijn geïnformeerd"))
def _(scene: Scene, wie: str, onderwerp: str) -> None:
    geinformeerd = scene.laatste("BetrokkenenGeinformeerd")["payload"]
    assert geinformeerd["onderwerp"] == taal.ONDERWERPEN[onderwerp]
    assert sorted(geinformeerd["persoon_ids"]) == sorted(scene.persoon_ids(wie))
