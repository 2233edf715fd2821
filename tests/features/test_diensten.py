"""Steps of features/diensten.feature that no other feature uses: veiligheidsvoorwaarden and
the veiligheidsplan (R11, R12), the termijn of a dienst (R32), the conclusion of an onderzoek
(R37), the melding bij de Raad voor de Kinderbescherming (R27) and opschaling (R23)."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_bdd import given, scenarios, then, when

from ledger.regels import VEILIGHEIDSPLAN_ONDERDELEN
from tests.builders import VOLLEDIG_VEILIGHEIDSPLAN
from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import DATUM, MAANDEN, stap
from tests.features.taal import MOMENT_GROEP as MOMENT

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("diensten.feature")

#: The parts of the veiligheidsplan by their names in the protocol (R11, R12).
ONDERDELEN = {naam: sleutel for sleutel, naam in VEILIGHEIDSPLAN_ONDERDELEN.items()}
#: R12: the eight parts Veilig Thuis starts; the ninth, motivatie of advies voor hulp, is R11's.
DEEL_VEILIG_THUIS = [n for s, n in VEILIGHEIDSPLAN_ONDERDELEN.items() if s != "motivatie_hulp"]


def _onderdeel(naam: str) -> str:
    """The ledger's key of a part of the veiligheidsplan; an unknown one as it is."""
    return ONDERDELEN.get(naam.strip(), taal.waarde(naam))


# -- veiligheidsvoorwaarden and veiligheidsplan (R11, R12) ---------------------------------


@given(stap(rf'de medewerker stelde op {MOMENT} de veiligheidsvoorwaarde vast "(?P<tekst>[^"]+)"'))
def _(scene: Scene, moment: str, tekst: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(lambda: scene.ledger.record_veiligheidsvoorwaarden(ctx, scene.casus_id, [tekst]))


def _leg_plan_vast(scene: Scene, moment: str, onderdelen: dict[str, str]) -> None:
    ctx = scene.ctx(moment)
    scene.doe(lambda: scene.ledger.record_veiligheidsplan(ctx, scene.casus_id, onderdelen))


def _plan_uit_tabel(datatable: list[list[str]]) -> dict[str, str]:
    return {_onderdeel(naam): tekst.strip() for naam, tekst in datatable}


@given(stap(rf"de medewerker legde op {MOMENT} het veiligheidsplan vast:"))
def _(scene: Scene, moment: str, datatable: list[list[str]]) -> None:
    _leg_plan_vast(scene, moment, _plan_uit_tabel(datatable))


@when(stap(rf"de medewerker op {MOMENT} het veiligheidsplan (?:vastlegt|aanvult):"))
def _(scene: Scene, moment: str, datatable: list[list[str]]) -> None:
    _leg_plan_vast(scene, moment, _plan_uit_tabel(datatable))


@given(stap(rf'de medewerker legde op {MOMENT} een veiligheidsplan vast zonder "(?P<naam>[^"]+)"'))
def _(scene: Scene, moment: str, naam: str) -> None:
    """The three parts R11 asks for (onveilige gebeurtenissen, veiligheidsvoorwaarden,
    motivatie voor hulp), but for the one named."""
    plan = dict(VOLLEDIG_VEILIGHEIDSPLAN)
    del plan[ONDERDELEN[naam]]
    _leg_plan_vast(scene, moment, plan)


@then(
    stap(
        r"(?:toont de tijdlijn|de tijdlijn toont) welke onderdelen van het veiligheidsplan "
        r"zijn ingevuld:"
    )
)
def _(scene: Scene, datatable: list[list[str]]) -> None:
    """Filled in: a part any VeiligheidsplanOpgesteld of the casus's timeline gave."""
    ingevuld = {
        sleutel
        for e in scene.tijdlijn()
        if e["type"] == "VeiligheidsplanOpgesteld"
        for sleutel in e["payload"]["onderdelen"]
    }
    kop, *rijen = datatable
    assert [k.strip() for k in kop] == ["onderdeel", "ingevuld"], kop
    assert [naam.strip() for naam, _ in rijen] == DEEL_VEILIG_THUIS, "R12's eight parts"
    getoond = [
        [naam, "ja" if ONDERDELEN[naam] in ingevuld else "nee"] for naam in DEEL_VEILIG_THUIS
    ]
    assert getoond == [[n.strip(), i.strip()] for n, i in rijen], getoond


# -- the termijn of a dienst (R32) ---------------------------------------------------------


DIENST = r'de dienst "(?P<dienst>[^"]+)"'


def _termijn(scene: Scene, dienst: str) -> dict[str, Any]:
    """The R32 termijn of the dienst, from the termijnen read model."""
    rijen = scene.leesmodel("termijnen").termijnen(scene.casus_id)
    gevonden = [r for r in rijen if r["regel"] == "R32" and r["soort"] == taal.waarde(dienst)]
    assert len(gevonden) == 1, rijen
    return gevonden[0]


@then(stap(rf"is de uiterste datum van {DIENST} (?P<datum>{DATUM})"))
@then(stap(rf"de uiterste datum van {DIENST} is (?P<datum>{DATUM})"))
def _(scene: Scene, dienst: str, datum: str) -> None:
    assert _termijn(scene, dienst)["uiterste_datum"] == taal.datum(datum)


VERLOPEN = (
    rf"op (?P<peildatum>{DATUM}) (?P<nog_niet>nog niet )?bij de verlopen termijnen van "
    r"(?P<organisatie>Veilig Thuis .+)"
)


@then(stap(rf"staat {DIENST} {VERLOPEN}"))
@then(stap(rf"{DIENST} staat {VERLOPEN}"))
def _(scene: Scene, dienst: str, peildatum: str, nog_niet: str | None, organisatie: str) -> None:
    verlopen = scene.leesmodel("termijnen").verlopen(
        taal.datum(peildatum), taal.organisatie(organisatie)
    )
    van_dienst = [
        r
        for r in verlopen
        if r["casus_id"] == str(scene.casus_id) and r["soort"] == taal.waarde(dienst)
    ]
    assert len(van_dienst) == (0 if nog_niet else 1), verlopen


AFGEROND = r"afgerond(?P<buiten>, buiten de termijn| binnen de termijn)"


@then(stap(rf"is {DIENST} {AFGEROND}"))
@then(stap(rf"{DIENST} is {AFGEROND}"))
def _(scene: Scene, dienst: str, buiten: str) -> None:
    termijn = _termijn(scene, dienst)
    binnen = buiten.strip() == "binnen de termijn"
    assert (termijn["status"], termijn["binnen_termijn"]) == ("voldaan", binnen), termijn


@then(
    stap(
        r'de indicator "(?P<indicator>[^"]+)" van (?P<organisatie>Veilig Thuis .+) over '
        r"(?P<maand>\w+) (?P<jaar>\d{4}) telt (?P<aantal>\d+) dienst(?:en)?, waarvan "
        r"(?P<binnen>\d+) binnen de termijn"
    )
)
def _(
    scene: Scene, indicator: str, organisatie: str, maand: str, jaar: str, aantal: str, binnen: str
) -> None:
    rijen = scene.leesmodel("termijnen").indicatoren(taal.organisatie(organisatie))
    sleutel = f"{jaar}-{MAANDEN.index(maand) + 1:02d}"
    rij = next(
        r for r in rijen if r["maand"] == sleutel and r["indicator"] == taal.waarde(indicator)
    )
    assert (rij["regel"], rij["aantal"], rij["binnen_termijn"]) == ("R32", int(aantal), int(binnen))


# -- the onderzoek and its conclusions (R37) -----------------------------------------------


@given(
    stap(
        r"de medewerker heeft de triage volledig doorlopen met als aard van het geweld "
        r'"(?P<vormen>[^"]+)"'
    )
)
def _(scene: Scene, vormen: str) -> None:
    triage = scene.volledige_triage(False, True)
    triage["aard_geweld"]["vormen"] = [taal.waarde(v) for v in vormen.split(",")]
    scene.triage = triage


@when(stap(rf'de medewerker op {MOMENT} het onderzoek afrondt, omdat "(?P<onderbouwing>[^"]+)":'))
def _(scene: Scene, moment: str, onderbouwing: str, datatable: list[list[str]]) -> None:
    kop, *rijen = datatable
    assert [k.strip() for k in kop] == ["aard van het geweld", "conclusie"], kop
    conclusies = {taal.waarde(aard): taal.waarde(conclusie) for aard, conclusie in rijen}
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.record_onderzoek_conclusie(
            ctx, scene.casus_id, conclusies, onderbouwing
        )
    )


@when(
    stap(
        rf"de medewerker op {MOMENT} het onderzoek voortijdig afsluit, "
        r'omdat "(?P<onderbouwing>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, onderbouwing: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.record_onderzoek_conclusie(
            ctx, scene.casus_id, {}, onderbouwing, voortijdig=True
        )
    )


# -- the melding bij de Raad voor de Kinderbescherming (R27) ------------------------------


@when(
    stap(
        rf"de medewerker op {MOMENT} bij de Raad voor de Kinderbescherming een verzoek tot "
        r'onderzoek doet naar (?P<kinderen>.+?), omdat "(?P<onderbouwing>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, kinderen: str, onderbouwing: str) -> None:
    ctx = scene.ctx(moment)
    ids = scene.persoon_ids(kinderen)
    scene.doe(lambda: scene.ledger.report_to_raad(ctx, scene.casus_id, ids, onderbouwing))


@then(
    stap(
        r"(?:toont de tijdlijn|de tijdlijn toont) de melding bij de Raad over "
        r'(?P<kinderen>.+?), omdat "(?P<onderbouwing>[^"]+)"'
    )
)
def _(scene: Scene, kinderen: str, onderbouwing: str) -> None:
    melding = scene.laatste("MeldingBijRaadGedaan")
    assert sorted(melding["payload"]["kinderen"]) == sorted(scene.persoon_ids(kinderen))
    assert melding["onderbouwing"] == onderbouwing
    assert "R27" in melding["rule_ids"], melding["rule_ids"]


# -- opschaling (R23) ----------------------------------------------------------------------


@when(
    stap(
        rf"de medewerker op {MOMENT} opschaalt naar de (?P<niveau>\w+), "
        r'omdat "(?P<reden>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, niveau: str, reden: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(lambda: scene.ledger.escalate(ctx, scene.casus_id, taal.waarde(niveau), reden))


@then(stap(r"(?:toont de tijdlijn|de tijdlijn toont) van de casus de opschalingen:"))
def _(scene: Scene, datatable: list[list[str]]) -> None:
    kop, *rijen = datatable
    assert [k.strip() for k in kop] == ["niveau"], kop
    niveaus = [e["payload"]["niveau"] for e in scene.tijdlijn() if e["type"] == "Opgeschaald"]
    assert niveaus == [taal.waarde(niveau) for (niveau,) in rijen], niveaus
