"""Shared steps after the veiligheidsbeoordeling: a dienst carried out and the warme
overdracht, monitormomenten (R04), a new zorg during monitoring (R26), and what the read
models regie and termijnen show of it.

Used by monitoring, regie, termijnen and beleidsinformatie; made visible in
`tests/features/conftest.py` like `routekaart` and `controles`.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from pytest_bdd import given, then, when

from ledger.envelope import Actor, Context
from ledger.gemeenten import gemeente
from tests.builders import VOLLEDIG_VEILIGHEIDSPLAN
from tests.features import taal
from tests.features.scene import Scene
from tests.features.stappen.controles import event_type
from tests.features.taal import DATUM, stap
from tests.features.taal import MOMENT_GROEP as MOMENT

BESPROKEN = ["hulpvragen", "veiligheidsplan", "veiligheidsvoorwaarden", "vervolgafspraken"]

# -- a dienst carried out, and the warme overdracht ---------------------------------------


def rond_dienst_af(scene: Scene, dienst: str, moment: str) -> None:
    """Vervolg bij Veilig Thuis with `dienst`, two days after the last step; the dienst starts
    a day later and ends on `moment`: veiligheidsvoorwaarden and a complete veiligheidsplan
    (Voorwaarden en Vervolg) or a conclusion "bevestigd" (Onderzoek)."""
    scene.beoordeel(
        scene.later(2),
        "vervolg bij Veilig Thuis",
        dienst,
        "structurele onveiligheid; de ouders willen met Veilig Thuis afspraken maken",
    )
    ledger, casus_id = scene.ledger, scene.casus_id
    ledger.start_dienst(
        scene.ctx(scene.later(1)), casus_id, taal.waarde(dienst), "past bij de beoordeling"
    )
    ctx = scene.ctx(moment)
    if dienst == "Onderzoek":
        ledger.record_onderzoek_conclusie(
            ctx, casus_id, {"kindermishandeling": "bevestigd"}, "school en gezin bevestigen het"
        )
        return
    ledger.record_veiligheidsvoorwaarden(ctx, casus_id, ["De kinderen worden niet geslagen."])
    ledger.record_veiligheidsplan(ctx, casus_id, VOLLEDIG_VEILIGHEIDSPLAN)


ONTVANGER = r"(?P<ontvanger>de gemeente|het lokale team van|de uitvoeringsdienst van) (?P<naam>.+)"


def ontvanger_van(
    scene: Scene, soort: str, naam: str, met_consulent: bool = True
) -> dict[str, Any]:
    """The receiving party as the step names it; a gemeente names its consulent."""
    if soort == "zorgaanbieder":
        return {"soort": "zorgaanbieder", "organisatie": naam.strip('"')}
    velden: dict[str, Any] = {
        "soort": {
            "de gemeente": "gemeentelijke_consulent",
            "het lokale team van": "lokaal_team",
            "de uitvoeringsdienst van": "uitvoeringsdienst",
        }[soort],
        "gemeentecode": taal.gemeentecode(naam),
    }
    if met_consulent:
        velden["contactpersoon"] = f"consulent {scene.faker.name()}"
    return velden


def warm_over(scene: Scene, moment: str, aan: dict[str, Any]) -> None:
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.transfer(
            ctx,
            scene.casus_id,
            soort="warme_overdracht",
            vorm="huisbezoek",
            ontvanger=aan,
            besproken=BESPROKEN,
        )
    )


@given(
    stap(
        r"na (?P<dienst>Voorwaarden en Vervolg|Onderzoek) droeg de medewerker de casus op "
        rf"{MOMENT} warm over aan {ONTVANGER}"
    )
)
def _(scene: Scene, dienst: str, moment: str, ontvanger: str, naam: str) -> None:
    rond_dienst_af(scene, dienst, scene.later(7))
    warm_over(scene, moment, ontvanger_van(scene, ontvanger, naam))


@given(
    stap(
        rf"de medewerker rondde op {MOMENT} (?P<dienst>Voorwaarden en Vervolg|Onderzoek) af"
        r"(?: met veiligheidsvoorwaarden en een veiligheidsplan| met een conclusie)"
    )
)
def _(scene: Scene, moment: str, dienst: str) -> None:
    rond_dienst_af(scene, dienst, moment)


@when(
    stap(
        rf"de medewerker op {MOMENT} de casus warm overdraagt aan (?:de gemeente "
        r"(?P<gemeente>.+?) zonder een consulent te noemen|"
        r'zorgaanbieder "(?P<zorgaanbieder>[^"]+)")'
    )
)
def _(scene: Scene, moment: str, gemeente: str | None, zorgaanbieder: str | None) -> None:
    """Two warme overdrachten R08 refuses (the form-less one R09 refuses is in `diensten`)."""
    if zorgaanbieder:
        aan = ontvanger_van(scene, "zorgaanbieder", zorgaanbieder)
    else:
        aan = ontvanger_van(scene, "de gemeente", gemeente or "", met_consulent=False)
    warm_over(scene, moment, aan)


# -- monitormomenten (R04) and a new zorg (R26) ---------------------------------------------

MONITORMOMENT_UITKOMST = (
    r"(?P<veiligheid>voldoende|onvoldoende) veiligheid"
    r"(?:, risicofactoren (?P<risico>aangepakt|niet aangepakt))?"
    r"(?:, herstel (?P<herstel>gestart|niet gestart))?"
)


def houd_monitormoment(
    scene: Scene,
    wie: str,
    moment: str,
    met: str,
    veiligheid: str,
    risico: str | None,
    herstel: str | None,
) -> None:
    """The next open monitormoment; "een andere medewerker" is a colleague at the same
    Veilig Thuis organisation (R04: not necessarily the same person)."""
    door = taal.organisatie_naam(scene.organisatie) if wie == "een andere medewerker" else wie
    ctx = scene.ctx(moment, door)
    personen = list(scene.personen.values()) if met == "het hele huishouden" else None
    gesproken = personen if personen is not None else scene.persoon_ids(met)

    def oordeel(tekst: str | None) -> bool | None:
        return None if tekst is None else not tekst.startswith("niet")

    scene.doe(
        lambda: scene.ledger.record_monitormoment(
            ctx,
            scene.casus_id,
            gesproken_met=gesproken,
            veiligheid=veiligheid,
            bevindingen="Gesproken over de veiligheidsvoorwaarden en hoe het nu thuis gaat.",
            risicofactoren_aangepakt=oordeel(risico),
            herstel_gestart=oordeel(herstel),
        )
    )


WIE_MONITORT = r"(?P<wie>de medewerker|een andere medewerker)"


@given(
    stap(
        rf"{WIE_MONITORT} hield op {MOMENT} het monitormoment en sprak (?P<met>.+?): "
        rf"{MONITORMOMENT_UITKOMST}"
    )
)
def _(scene: Scene, wie: str, moment: str, met: str, veiligheid: str, risico, herstel) -> None:
    houd_monitormoment(scene, wie, moment, met, veiligheid, risico, herstel)


@when(
    stap(
        rf"{WIE_MONITORT} op {MOMENT} het monitormoment houdt en (?P<met>.+?) spreekt: "
        rf"{MONITORMOMENT_UITKOMST}"
    )
)
def _(scene: Scene, wie: str, moment: str, met: str, veiligheid: str, risico, herstel) -> None:
    houd_monitormoment(scene, wie, moment, met, veiligheid, risico, herstel)


def meld_zorg(scene: Scene, moment: str, soort: str, beschrijving: str) -> None:
    """Veilig Thuis records what the lokale team reports about the household (R26)."""
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.record_zorg(
            ctx,
            scene.casus_id,
            bron="het lokale team",
            beschrijving=beschrijving,
            acuut=soort == "acute",
        )
    )


ZORG = r"een (?P<soort>nieuwe|acute) zorg"


@given(stap(rf'het lokale team meldde op {MOMENT} {ZORG}: "(?P<b>[^"]+)"'))
def _(scene: Scene, moment: str, soort: str, b: str) -> None:
    meld_zorg(scene, moment, soort, b)


@when(stap(rf'het lokale team op {MOMENT} {ZORG} meldt: "(?P<b>[^"]+)"'))
def _(scene: Scene, moment: str, soort: str, b: str) -> None:
    meld_zorg(scene, moment, soort, b)


# -- the regie read model (R07, R08, R19, R26) ----------------------------------------------

WELKE = r"(?P<welke>de casus|het lopende traject|de nieuwe melding)"


def welke_casus(scene: Scene, welke: str) -> UUID:
    """The casus a step names: "het lopende traject" is the scenario's first casus, "de
    nieuwe melding" (and "de casus") its last."""
    return scene.casussen[0] if welke == "het lopende traject" else scene.casus_id


def regiehouder(houder: str, organisatie: str) -> str:
    if houder == "veilig_thuis":
        return taal.organisatie_naam(organisatie)
    if houder == "gemeente":
        return f"gemeente {gemeente(organisatie).naam}"
    return f"{houder.replace('_', ' ')} {organisatie}"


def wie_heeft_regie(scene: Scene, casus_id: UUID, naam: str | None) -> str:
    """The person in the regie by role: the medewerker, the consulent the casus went to."""
    if naam is None:
        return "-"
    if scene.medewerker is not None and naam == scene.medewerker.user:
        return "de medewerker"
    overdracht = scene.ledger.casus(casus_id)["overdracht"]
    if overdracht and naam == overdracht["ontvanger"]["contactpersoon"]:
        return "de consulent"
    return naam


@then(stap(rf"(?:ligt )?de regie van {WELKE}(?: ligt)?(?: op (?P<moment>{taal.MOMENT}))? bij:"))
def _(scene: Scene, welke: str, moment: str | None, datatable: list[list[str]]) -> None:
    """The regie per soort, now or on a past moment, with the event and rule that put it
    there ("waarom ligt de regie hier")."""
    casus_id = welke_casus(scene, welke)
    regie = scene.leesmodel("regie")
    nu = regie.regie_op(casus_id, taal.moment(moment)) if moment else regie.regie_nu(casus_id)
    kop, *rijen = datatable
    assert [k.strip() for k in kop] == ["regie", "regiehouder", "wie", "waarom", "regel"], kop
    for soort, houder, wie, waarom, regel in ([c.strip() for c in r] for r in rijen):
        r = nu[taal.waarde(soort)]
        getoond = [
            regiehouder(r["houder"], r["organisatie"]),
            wie_heeft_regie(scene, casus_id, r["naam"]),
            r["event"],
        ]
        assert getoond == [houder, wie, event_type(waarom)], (soort, r)
        assert regel in r["regels"], f"{soort}: {regel} not among {r['regels']}"


# -- the termijnen read model (R04, R34) ----------------------------------------------------


def termijn(scene: Scene, omschrijving: str, casus_id: UUID | None = None) -> dict[str, Any]:
    rijen = scene.leesmodel("termijnen").termijnen(casus_id or scene.casus_id)
    gevonden = [r for r in rijen if r["omschrijving"] == omschrijving]
    assert gevonden, f"no termijn {omschrijving!r} among {[r['omschrijving'] for r in rijen]}"
    return gevonden[0]


@then(stap(r"(?:staan voor de casus|voor de casus staan) deze monitormomenten gepland:"))
def _(scene: Scene, datatable: list[list[str]]) -> None:
    rijen = scene.leesmodel("termijnen").termijnen(scene.casus_id)
    gepland = [
        [r["omschrijving"], taal.datum_tekst(r["uiterste_datum"])]
        for r in rijen
        if r["regel"] == "R04"
    ]
    kop, *verwacht = datatable
    assert [k.strip() for k in kop] == ["monitormoment", "gepland op"], kop
    assert gepland == [[c.strip() for c in rij] for rij in verwacht], gepland


@then(stap(r"(?:staan voor de casus|voor de casus staan) geen monitormomenten gepland"))
def _(scene: Scene) -> None:
    rijen = scene.leesmodel("termijnen").termijnen(scene.casus_id)
    assert [r for r in rijen if r["regel"] == "R04"] == []
    assert scene.ledger.casus(scene.casus_id)["monitormomenten"] == []


@then(
    stap(
        rf'(?:heeft de termijn|de termijn) "(?P<omschrijving>[^"]+)" (?:heeft )?als uiterste '
        rf"datum (?P<datum>{DATUM})"
    )
)
def _(scene: Scene, omschrijving: str, datum: str) -> None:
    assert termijn(scene, omschrijving)["uiterste_datum"] == taal.datum(datum)


@then(
    stap(
        rf'(?:staat de termijn|de termijn) "(?P<omschrijving>[^"]+)" (?:staat )?op '
        rf"(?P<peildatum>{DATUM}) (?P<niet>niet )?bij de verlopen termijnen van "
        r"(?P<organisatie>Veilig Thuis .+)"
    )
)
def _(scene: Scene, omschrijving: str, peildatum: str, niet: str | None, organisatie: str):
    verlopen = scene.leesmodel("termijnen").verlopen(
        taal.datum(peildatum), taal.organisatie(organisatie)
    )
    gevonden = [
        r
        for r in verlopen
        if r["casus_id"] == str(scene.casus_id) and r["omschrijving"] == omschrijving
    ]
    assert len(gevonden) == (0 if niet else 1), verlopen


@then(
    stap(
        rf'(?:is de termijn|de termijn) "(?P<omschrijving>[^"]+)" (?:is )?gehaald op '
        rf"(?P<datum>{DATUM})(?P<buiten>, buiten de termijn| binnen de termijn)"
    )
)
def _(scene: Scene, omschrijving: str, datum: str, buiten: str) -> None:
    rij = termijn(scene, omschrijving)
    assert (rij["status"], rij["voldaan_op"]) == ("voldaan", taal.datum(datum)), rij
    assert rij["binnen_termijn"] is (buiten == " binnen de termijn"), rij


def gemeente_ctx(scene: Scene, moment: str, gemeentenaam: str) -> Context:
    """A consulent of the gemeente acts (R13, R19); the ledger's clock moves to `moment`."""
    wanneer = taal.moment(moment)
    scene.klok.nu = max(scene.klok.nu, wanneer)
    code = taal.gemeentecode(gemeentenaam)
    return Context(
        actor=Actor(scene.faker.user_name(), "gemeente_consulent", code), occurred_at=wanneer
    )


# -- a new melding within a running trajectory (R14, R26) -----------------------------------


@then(stap(r"(?:verwijst de nieuwe melding|de nieuwe melding verwijst) naar het lopende traject"))
def _(scene: Scene) -> None:
    assert len(scene.casussen) >= 2, "the scenario has no second melding"
    traject, nieuw = scene.casussen[0], scene.casussen[-1]
    assert scene.ledger.casus(nieuw)["gekoppeld_aan"] == str(traject)
    assert str(nieuw) in scene.ledger.casus(traject)["gekoppelde_meldingen"]
