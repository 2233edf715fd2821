"""Steps of features/consultatie.feature that no other feature uses: a consultatie of the
bureaudienst, the afstemming with the uitvoeringsdienst that follows it (R17), the melding it
may become, and the consultatie's own timeline (`Ledger.advies_history`)."""

from __future__ import annotations

import re

import pytest
from pytest_bdd import given, scenarios, then, when

from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import MOMENT_GROEP as MOMENT
from tests.features.taal import stap

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("consultatie.feature")

#: Who consults, as a scenario names them: (soort adviesvrager, beroepsgroep). The
#: uitvoeringsdienst (USD) of the gemeente is a professional of the sociaal domein.
ADVIESVRAGERS = {"de uitvoeringsdienst": ("professional", "sociaal_domein"), **taal.MELDERS}
ADVIESVRAGER = "(?P<vrager>" + "|".join(re.escape(v) for v in ADVIESVRAGERS) + ")"
#: The events of a consultatie's timeline, in the words of the feature file.
GEBEURTENISSEN = {
    "adviesvraag": "AdviesGevraagd",
    "advies gegeven": "AdviesGegeven",
    "afstemming met de uitvoeringsdienst": "AfstemmingUSDVastgelegd",
    "advies omgezet in een melding": "AdviesOmgezetInMelding",
}


@given(
    stap(
        rf'{ADVIESVRAGER} consulteerde Veilig Thuis op {MOMENT} over "(?P<aard>[^"]+)": '
        r'"(?P<vraag>[^"]+)"'
    )
)
def _(scene: Scene, vrager: str, moment: str, aard: str, vraag: str) -> None:
    soort, sector = ADVIESVRAGERS[vrager]
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


def _stem_af(scene: Scene, moment: str, uitkomst: str, rolverdeling: str | None) -> None:
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.record_afstemming_usd(
            ctx, scene.advies_id, uitkomst=taal.waarde(uitkomst), rolverdeling=rolverdeling or ""
        )
    )


AFSTEMMING = (
    r'dat (?:een )?"(?P<uitkomst>[^"]+)" nodig is(?:, met als rolverdeling '
    r'"(?P<rolverdeling>[^"]+)"|, zonder afspraken over de rolverdeling)'
)


@given(stap(rf"de medewerker stemde op {MOMENT} met de uitvoeringsdienst af {AFSTEMMING}"))
def _(scene: Scene, moment: str, uitkomst: str, rolverdeling: str | None) -> None:
    _stem_af(scene, moment, uitkomst, rolverdeling)


@when(stap(rf"de medewerker op {MOMENT} met de uitvoeringsdienst afstemt {AFSTEMMING}"))
def _(scene: Scene, moment: str, uitkomst: str, rolverdeling: str | None) -> None:
    _stem_af(scene, moment, uitkomst, rolverdeling)


@when(stap(rf"de medewerker op {MOMENT} de melding van de uitvoeringsdienst vastlegt"))
def _(scene: Scene, moment: str) -> None:
    """The melding that follows the consultatie: the uitvoeringsdienst is the melder and the
    hulp that is already there; the aard van het geweld is the consultatie's."""
    advies = scene.ledger.advies(scene.advies_id)
    scene.meld(
        moment,
        melder=dict(advies["adviesvrager"]),
        aard_geweld=advies["aard_geweld"],
        vermoeden_acute_onveiligheid=False,
        vermoeden_structurele_onveiligheid=True,
        bestaande_hulp="de uitvoeringsdienst van de gemeente; zij krijgt de onveiligheid niet "
        "opgeheven",
        advies_id=scene.advies_id,
    )


TIJDLIJN = r"(?:toont de tijdlijn van de consultatie|de tijdlijn van de consultatie toont)"


@then(stap(rf"{TIJDLIJN} na elkaar:"))
def _(scene: Scene, datatable: list[list[str]]) -> None:
    kop, *rijen = datatable
    assert [k.strip() for k in kop] == ["gebeurtenis", "regel"], kop
    tijdlijn = scene.ledger.advies_history(scene.advies_id)
    getoond = [(e["type"], e["rule_ids"]) for e in tijdlijn]
    verwacht = [GEBEURTENISSEN[g.strip()] for g, _ in rijen]
    assert [soort for soort, _ in getoond] == verwacht, getoond
    for (soort, regels), (_, regel) in zip(getoond, rijen, strict=True):
        assert regel.strip() in regels, f"{soort}: {regel.strip()} not among {regels}"


@then(
    stap(
        rf'{TIJDLIJN} de afstemming "(?P<uitkomst>[^"]+)" met als rolverdeling '
        r'"(?P<rolverdeling>[^"]+)"'
    )
)
def _(scene: Scene, uitkomst: str, rolverdeling: str) -> None:
    tijdlijn = scene.ledger.advies_history(scene.advies_id)
    afstemming = [
        e for e in tijdlijn if e["type"] == GEBEURTENISSEN["afstemming met de uitvoeringsdienst"]
    ]
    assert len(afstemming) == 1, [e["type"] for e in tijdlijn]
    payload = afstemming[0]["payload"]
    assert (payload["uitkomst"], payload["rolverdeling"]) == (taal.waarde(uitkomst), rolverdeling)
    assert scene.ledger.advies(scene.advies_id)["afstemming_usd"]["uitkomst"] == payload["uitkomst"]


@then(
    stap(
        r"uit de consultatie ontstaat geen casus, en (?P<organisatie>Veilig Thuis .+) heeft over "
        r"niemand de regie"
    )
)
def _(scene: Scene, organisatie: str) -> None:
    """Overleg Veilig Verder: no melding, so no casus on the caseload and no regie at Veilig
    Thuis; the regie stays with the gemeente, which the consultatie does not move."""
    assert scene.ledger.advies(scene.advies_id)["casus_id"] is None
    code = taal.organisatie(organisatie)
    assert scene.leesmodel("caseload").van_organisatie(code, met_overgedragen=True) == []
    assert scene.leesmodel("regie").regie_verdeling() == {}
