"""Steps of features/overdracht.feature that no other feature uses: what a warme overdracht
records (R09, R10, R20) and the monitormomenten it plans, the gemeente's plan van aanpak
(R13), and the terugkoppeling to the politie (R29)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from pytest_bdd import scenarios, then, when

from ledger.envelope import Actor
from ledger.regels import OVERDRACHT_BESPREEKPUNTEN, PLAN_VAN_AANPAK_ONDERDELEN
from tests.features import taal
from tests.features.scene import Scene
from tests.features.stappen.diensten import vorm_van, warm_over
from tests.features.taal import MOMENT_GROEP as MOMENT
from tests.features.taal import stap

pytestmark = pytest.mark.usefixtures("scene")  # on both stores, chosen at collection
scenarios("overdracht.feature")

#: What was discussed during the warme overdracht, by its name in the protocol (R10).
BESPREEKPUNTEN = {naam: sleutel for sleutel, naam in OVERDRACHT_BESPREEKPUNTEN.items()}
#: The parts of the gemeente's plan van aanpak, by their names in the protocol (R13).
PLAN_VAN_AANPAK = {naam: sleutel for sleutel, naam in PLAN_VAN_AANPAK_ONDERDELEN.items()}
#: The rows of an overdracht table and the field of `Ledger.transfer` each fills.
OVERDRACHT_RIJEN = {
    "soort": "soort",
    "vorm": "vorm",
    "besproken": "besproken",
    "eerstvolgende evaluatie": "datum_eerstvolgende_evaluatie",
    "monitormoment bij de evaluatie": "monitormoment_bij_evaluatie",
    "hulp op een wachtlijst": "hulp_op_wachtlijst",
    "alternatieve hulp in de tussentijd": "alternatieve_hulp",
    "aanspreekpunt bij escalatie": "aanspreekpunt_escalatie",
}
OVERBRUGGING = ("alternatieve_hulp", "aanspreekpunt_escalatie")


def _overdracht(datatable: list[list[str]]) -> dict[str, Any]:
    """The fields of a warme overdracht as a table gives them (a row left out: not given)."""
    rijen = {sleutel.strip(): inhoud.strip() for sleutel, inhoud in datatable}
    assert set(rijen) <= set(OVERDRACHT_RIJEN), (
        f"unknown rows: {set(rijen) - set(OVERDRACHT_RIJEN)}"
    )
    velden: dict[str, Any] = {}
    for rij, inhoud in rijen.items():
        veld = OVERDRACHT_RIJEN[rij]
        if veld == "soort":
            velden[veld] = taal.waarde(inhoud)
        elif veld == "vorm":
            velden[veld] = vorm_van(inhoud)
        elif veld == "besproken":
            velden[veld] = [
                BESPREEKPUNTEN.get(b.strip(), taal.waarde(b)) for b in inhoud.split(",")
            ]
        elif veld == "datum_eerstvolgende_evaluatie":
            velden[veld] = taal.datum(inhoud)
        elif veld in ("monitormoment_bij_evaluatie", "hulp_op_wachtlijst"):
            velden[veld] = taal.ja_nee(inhoud)
        else:
            velden.setdefault("overbrugging", {})[veld] = inhoud
    return velden


@when(
    stap(
        rf"de medewerker op {MOMENT} de casus zo warm overdraagt aan de gemeente (?P<gemeente>.+):"
    )
)
def _(scene: Scene, moment: str, gemeente: str, datatable: list[list[str]]) -> None:
    warm_over(scene, moment, gemeente, **_overdracht(datatable))


@then(stap(r"(?:toont de tijdlijn|de tijdlijn toont) bij de overdracht:"))
def _(scene: Scene, datatable: list[list[str]]) -> None:
    """Each row against the Overgedragen event in the casus's timeline."""
    opgeslagen = scene.laatste("Overgedragen")["payload"]
    for veld, verwacht in _overdracht(datatable).items():
        if veld == "besproken":
            assert sorted(opgeslagen[veld]) == sorted(verwacht), opgeslagen[veld]
        elif veld == "overbrugging":
            assert opgeslagen[veld] is not None, "no overbrugging recorded"
            assert {k: opgeslagen[veld][k] for k in verwacht} == verwacht, opgeslagen[veld]
        else:
            assert opgeslagen[veld] == verwacht, f"{veld}: {opgeslagen[veld]!r}"


@then(stap(r"(?:staan bij de casus|bij de casus staan) de monitormomenten:"))
def _(scene: Scene, datatable: list[list[str]]) -> None:
    """The monitormomenten still to hold, as the caseload read model lists them (R04, R10)."""
    taken = scene.leesmodel("caseload").open_taken(scene.casus_id)
    momenten = [[t["taak"], taal.datum_tekst(t["gepland_op"])] for t in taken if "gepland_op" in t]
    kop, *rijen = datatable
    assert [k.strip() for k in kop] == ["monitormoment", "gepland op"], kop
    assert momenten == [[c.strip() for c in rij] for rij in rijen], momenten


# -- the plan van aanpak of the gemeente (R13) ---------------------------------------------


@when(
    stap(
        rf"de consulent van de gemeente (?P<gemeente>.+) op {MOMENT} het plan van aanpak "
        r"vastlegt:"
    )
)
def _(scene: Scene, gemeente: str, moment: str, datatable: list[list[str]]) -> None:
    consulent = Actor(
        f"consulent.{scene.faker.user_name()}", "gemeente_consulent", taal.gemeentecode(gemeente)
    )
    ctx = dataclasses.replace(scene.ctx(moment), actor=consulent)
    plan = {
        PLAN_VAN_AANPAK.get(naam.strip(), taal.waarde(naam)): tekst for naam, tekst in datatable
    }
    scene.doe(lambda: scene.ledger.record_plan_van_aanpak(ctx, scene.casus_id, plan))


@then(
    stap(
        r"(?:toont de tijdlijn|de tijdlijn toont) dat de gemeente (?P<gemeente>.+) het plan van "
        r"aanpak vastlegde met alle vier onderdelen"
    )
)
def _(scene: Scene, gemeente: str) -> None:
    plan = scene.laatste("PlanVanAanpakVastgelegd")
    assert plan["actor"]["organisation"] == taal.gemeentecode(gemeente), plan["actor"]
    assert plan["actor"]["role"] == "gemeente_consulent", plan["actor"]
    assert sorted(plan["payload"]["onderdelen"]) == sorted(PLAN_VAN_AANPAK_ONDERDELEN)


@then(
    stap(
        r"(?:toont de veiligheidshistorie van het huishouden|de veiligheidshistorie van het "
        r'huishouden toont) "(?P<tekst>[^"]+)"'
    )
)
def _(scene: Scene, tekst: str) -> None:
    historie = scene.leesmodel("veiligheidshistorie").historie(scene.huishouden_id)
    samenvattingen = [g["samenvatting"] for g in historie]
    assert any(tekst in s for s in samenvattingen), samenvattingen


# -- the terugkoppeling to the politie (R29) -----------------------------------------------


@when(stap(rf'de medewerker op {MOMENT} aan de politie terugkoppelt "(?P<inhoud>[^"]+)"'))
def _(scene: Scene, moment: str, inhoud: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(lambda: scene.ledger.record_terugkoppeling_politie(ctx, scene.casus_id, inhoud))


@then(
    stap(
        r"(?:toont de tijdlijn|de tijdlijn toont) de terugkoppeling aan de politie "
        r'"(?P<inhoud>[^"]+)"'
    )
)
def _(scene: Scene, inhoud: str) -> None:
    assert scene.laatste("PolitieTeruggekoppeld")["payload"]["inhoud"] == inhoud
