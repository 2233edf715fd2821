"""Shared Then steps: the refusal of the step before, the caseload and its open tasks, the
timeline of the casus (the ledger's query API), and the read models beleidsinformatie and
veiligheidshistorie.

After `Dan` the verb comes first ("Dan weigert het register dit ..."), after `En` the subject
("En de foutmelding noemt ..."); patterns accept both where a step is used both ways.
"""

from __future__ import annotations

from typing import Any

from pytest_bdd import then

from ledger.errors import OngeldigeInvoer, ProtocolViolation
from tests.features import taal
from tests.features.scene import Scene, leest_weigering
from tests.features.taal import stap

# -- refusals ------------------------------------------------------------------------------


@then(stap(r'(?:weigert het register dit|het register weigert dit) met regel "(?P<regel>R\d\d)"'))
@leest_weigering
def _(scene: Scene, regel: str) -> None:
    fout = scene.weigering()
    assert isinstance(fout, ProtocolViolation), f"not a protocol refusal: {fout!r}"
    assert fout.regel == regel, f"refused by {fout.regel}, not {regel}: {fout.bericht}"


@then(stap(r"(?:weigert het register dit|het register weigert dit) als ongeldige invoer"))
@leest_weigering
def _(scene: Scene) -> None:
    fout = scene.weigering()
    assert isinstance(fout, OngeldigeInvoer), f"not refused as ongeldige invoer: {fout!r}"


@then(stap(r'de foutmelding noemt "(?P<tekst>.+)"'))
@leest_weigering
def _(scene: Scene, tekst: str) -> None:
    fout = scene.weigering()
    assert tekst in fout.bericht, f"{tekst!r} not in {fout.bericht!r}"


@then("er is niets vastgelegd")
@leest_weigering
def _(scene: Scene) -> None:
    scene.weigering()
    assert scene.na == scene.voor, f"{scene.na - scene.voor} events stored by a refused step"


# -- the caseload and its open tasks -------------------------------------------------------


def _open_taken(scene: Scene) -> list[dict[str, Any]]:
    return scene.leesmodel("caseload").open_taken(scene.casus_id)


@then(
    stap(
        r'(?:staat bij de casus|bij de casus staat) de open taak "(?P<taak>[^"]+)" '
        r'volgens regel "(?P<regel>R\d\d)"'
    )
)
def _(scene: Scene, taak: str, regel: str) -> None:
    taken = _open_taken(scene)
    assert {"regel": regel, "taak": taak} in taken, taken


@then(stap(r"(?:staan bij de casus|bij de casus staan) de open taken:"))
def _(scene: Scene, datatable: list[list[str]]) -> None:
    taken = _open_taken(scene)
    kop, *rijen = datatable
    for rij in rijen:
        verwacht = dict(zip(kop, (c.strip() for c in rij), strict=True))
        assert verwacht in taken, f"{verwacht} not among {taken}"


@then(stap(r'(?:staat bij de casus|bij de casus staat) de taak "(?P<taak>[^"]+)" niet meer open'))
def _(scene: Scene, taak: str) -> None:
    taken = _open_taken(scene)
    assert taak not in [t["taak"] for t in taken], taken


@then(
    stap(
        r"(?:staat bij de casus|bij de casus staat) geen open taak meer volgens regel "
        r'"(?P<regel>R\d\d)"'
    )
)
def _(scene: Scene, regel: str) -> None:
    taken = _open_taken(scene)
    assert not [t for t in taken if t["regel"] == regel], taken


def _op_caseload(scene: Scene, organisatie: str) -> dict[str, Any] | None:
    rijen = scene.leesmodel("caseload").van_organisatie(taal.organisatie(organisatie))
    return next((r for r in rijen if r["casus_id"] == str(scene.casus_id)), None)


@then(
    stap(
        r"(?:staat de casus|de casus staat) op de caseload van (?P<organisatie>Veilig Thuis "
        r'.+) in de fase "(?P<fase>[^"]+)"'
    )
)
def _(scene: Scene, organisatie: str, fase: str) -> None:
    rij = _op_caseload(scene, organisatie)
    assert rij is not None, f"the casus is not on the caseload of {organisatie}"
    assert rij["fase_omschrijving"] == fase, rij["fase_omschrijving"]


@then(
    stap(
        r"(?:staat de casus|de casus staat) niet meer op de actieve caseload van "
        r"(?P<organisatie>Veilig Thuis .+)"
    )
)
def _(scene: Scene, organisatie: str) -> None:
    assert _op_caseload(scene, organisatie) is None


# -- the timeline of the casus (the ledger's query API) ------------------------------------


def event_type(gebeurtenis: str) -> str:
    """An event in words: "veiligheidsbeoordeling afgerond" is VeiligheidsbeoordelingAfgerond."""
    return "".join(w.capitalize() for w in gebeurtenis.split())


@then(
    stap(
        r"(?:staan in de tijdlijn van de casus|in de tijdlijn van de casus staan) na elkaar "
        r'"(?P<eerst>[^"]+)" en "(?P<dan>[^"]+)"'
    )
)
def _(scene: Scene, eerst: str, dan: str) -> None:
    soorten = [e["type"] for e in scene.tijdlijn()]
    i = soorten.index(event_type(eerst))
    assert soorten[i + 1] == event_type(dan), soorten


@then(
    stap(
        r'(?:is "(?P<a>[^"]+)"|"(?P<b>[^"]+)" is) de laatste gebeurtenis in de tijdlijn '
        r"van de casus"
    )
)
def _(scene: Scene, a: str | None, b: str | None) -> None:
    assert scene.tijdlijn()[-1]["type"] == event_type(a or b or "")


@then(
    stap(
        r"(?:staat in de tijdlijn|in de tijdlijn staat) bij de uitkomst de onderbouwing "
        r'"(?P<onderbouwing>[^"]+)"'
    )
)
def _(scene: Scene, onderbouwing: str) -> None:
    assert scene.laatste("VeiligheidsbeoordelingAfgerond")["onderbouwing"] == onderbouwing


# -- read models: beleidsinformatie and veiligheidshistorie --------------------------------


@then(
    stap(
        r"(?:telt de beleidsinformatie|de beleidsinformatie telt) over (?P<periode>het "
        r"(?:eerste|tweede) halfjaar van \d{4}) bij (?P<organisatie>Veilig Thuis .+):"
    )
)
def _(scene: Scene, periode: str, organisatie: str, datatable: list[list[str]]) -> None:
    tabel = scene.leesmodel("beleidsinformatie").tabel(
        taal.halfjaar(periode), taal.organisatie(organisatie)
    )
    kop, *rijen = datatable
    assert [k.strip() for k in kop] == ["onderwerp", "categorie", "aantal"], kop
    for onderwerp, categorie, aantal in rijen:
        geteld = tabel.get(taal.waarde(onderwerp), {}).get(taal.waarde(categorie), 0)
        assert geteld == int(aantal), f"{onderwerp} / {categorie}: {geteld}, in {tabel}"


def historie(scene: Scene) -> list[dict[str, Any]]:
    return scene.leesmodel("veiligheidshistorie").historie(scene.huishouden_id)


HISTORIE = (
    r"(?:toont de veiligheidshistorie van het huishouden|de veiligheidshistorie van het "
    r"huishouden toont) (?:een|de) (?P<soort>\w+)"
)


@then(stap(rf'{HISTORIE} met "(?P<tekst>[^"]+)"'))
def _(scene: Scene, soort: str, tekst: str) -> None:
    rijen = [g["samenvatting"] for g in historie(scene) if g["soort"] == soort]
    assert any(tekst in r for r in rijen), rijen


@then(stap(rf"{HISTORIE} bij (?P<organisatie>Veilig Thuis .+)"))
def _(scene: Scene, soort: str, organisatie: str) -> None:
    code = taal.organisatie(organisatie)
    assert any(g["soort"] == soort and g["vt_organisatie"] == code for g in historie(scene))
