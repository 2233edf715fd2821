"""Shared Given and When steps: who acts, the household, the melding, the triage and the
decision of the veiligheidsbeoordeling, and the next steps on the routekaart.

A `Gegeven` step reads as a main clause ("de politie meldde op ..."), an `Als` step as a
subordinate clause with the verb last ("de politie op ... meldt"). Each drives one command of
the ledger through `Scene`.
"""

from __future__ import annotations

from pytest_bdd import given, when

from tests.features import taal
from tests.features.scene import Scene
from tests.features.taal import MELDER, ONDERWERP, VERMOEDEN, WIE, stap
from tests.features.taal import MOMENT_GROEP as MOMENT

# -- who, the household, the melding -------------------------------------------------------


@given(stap(r"de medewerker werkt bij (?P<organisatie>Veilig Thuis .+)"))
def _(scene: Scene, organisatie: str) -> None:
    scene.werk_bij(organisatie)


@given(
    stap(
        r"een huishouden in (?P<gemeente>.+) met een moeder, een vader en "
        r"(?P<aantal>een|twee|drie) kind(?:eren)?"
    )
)
def _(scene: Scene, gemeente: str, aantal: str) -> None:
    scene.registreer_huishouden(gemeente, taal.TELWOORDEN[aantal])


def _meld(scene: Scene, melder: str, moment: str, vermoeden: str, wie: str | None) -> None:
    """A melding with what the step says; aard kindermishandeling, and for a professional
    "geen hulp" as the bestaande hulp (R25)."""
    soort, sector = taal.MELDERS[melder]
    scene.meld(
        moment,
        wie or "de medewerker",
        melder={"type": soort, "sector": sector},
        aard_geweld=["kindermishandeling"],
        vermoeden_acute_onveiligheid=vermoeden.startswith("acute"),
        vermoeden_structurele_onveiligheid="structurele" in vermoeden,
        bestaande_hulp="geen hulp" if soort == "professional" else None,
    )


@given(
    stap(
        rf"{MELDER} (?:meldt|meldde) op {MOMENT} {VERMOEDEN} in dit huishouden"
        r"(?: bij (?P<wie>Veilig Thuis .+))?"
    )
)
def _(scene: Scene, melder: str, moment: str, vermoeden: str, wie: str | None) -> None:
    _meld(scene, melder, moment, vermoeden, wie)


@when(stap(rf"{MELDER} op {MOMENT} {VERMOEDEN} in dit huishouden meldt"))
def _(scene: Scene, melder: str, moment: str, vermoeden: str) -> None:
    _meld(scene, melder, moment, vermoeden, None)


#: The rows of "deze melding vastlegt:"; a row left out is a field not filled in.
MELDING_RIJEN = {
    "melder",
    "beroepsgroep",
    "aard van het geweld",
    "vermoeden van acute onveiligheid",
    "vermoeden van structurele onveiligheid",
    "bestaande hulp",
}


@when(stap(rf"de medewerker op {MOMENT} deze melding vastlegt:"))
def _(scene: Scene, moment: str, datatable: list[list[str]]) -> None:
    rijen = {sleutel.strip(): inhoud.strip() for sleutel, inhoud in datatable}
    assert set(rijen) <= MELDING_RIJEN, f"unknown rows: {set(rijen) - MELDING_RIJEN}"
    aard = rijen.get("aard van het geweld", "")
    scene.meld(
        moment,
        melder={
            "type": taal.waarde(rijen.get("melder", "")),
            "sector": taal.waarde(rijen["beroepsgroep"]) if "beroepsgroep" in rijen else None,
        },
        aard_geweld=[taal.waarde(a) for a in aard.split(",") if a.strip()],
        vermoeden_acute_onveiligheid=taal.ja_nee(rijen.get("vermoeden van acute onveiligheid", "")),
        vermoeden_structurele_onveiligheid=taal.ja_nee(
            rijen.get("vermoeden van structurele onveiligheid", "")
        ),
        bestaande_hulp=rijen.get("bestaande hulp"),
    )


# -- the veiligheidsbeoordeling: triage and decision ---------------------------------------


@given(
    stap(
        r"de medewerker heeft de triage volledig doorlopen en (?P<gevonden>acute en "
        r"structurele|acute|structurele|geen acute of structurele) onveiligheid vastgesteld"
    )
)
def _(scene: Scene, gevonden: str) -> None:
    scene.triage = scene.volledige_triage(
        gevonden.startswith("acute"), gevonden.endswith("structurele") and "geen" not in gevonden
    )


@given(stap(r'de medewerker heeft de triage doorlopen zonder het onderdeel "(?P<naam>[^"]+)"'))
def _(scene: Scene, naam: str) -> None:
    triage = scene.volledige_triage(True, True)
    del triage[taal.triage_onderdeel(naam)]
    scene.triage = triage


@given(
    stap(
        r'de medewerker heeft de triage doorlopen maar bij "(?P<naam>[^"]+)" het antwoord '
        r'"(?P<veld>[^"]+)" leeg gelaten'
    )
)
def _(scene: Scene, naam: str, veld: str) -> None:
    triage = scene.volledige_triage(True, True)
    onderdeel = triage[taal.triage_onderdeel(naam)]
    assert veld in onderdeel, f"the onderdeel {naam!r} has no answer {veld!r}"
    onderdeel[veld] = ""
    scene.triage = triage


BESLUIT = r'tot "(?P<uitkomst>[^"]+)"(?: met de dienst "(?P<dienst>[^"]+)")?'


@given(stap(rf'{WIE} besloot op {MOMENT} {BESLUIT}, omdat "(?P<onderbouwing>[^"]+)"'))
def _(scene: Scene, wie: str, moment: str, uitkomst: str, dienst: str | None, onderbouwing: str):
    scene.beoordeel(moment, uitkomst, dienst, onderbouwing, wie)


@when(
    stap(
        rf"{WIE}(?: op {MOMENT})? besluit {BESLUIT}"
        r'(?:, omdat "(?P<onderbouwing>[^"]+)"| zonder onderbouwing)'
    )
)
def _(
    scene: Scene,
    wie: str,
    moment: str | None,
    uitkomst: str,
    dienst: str | None,
    onderbouwing: str | None,
) -> None:
    scene.beoordeel(moment, uitkomst, dienst, onderbouwing or "", wie)


# -- next steps on the routekaart ----------------------------------------------------------


def _direct_over(scene: Scene, wie: str, moment: str, gemeente: str) -> None:
    ctx = scene.ctx(moment, wie)
    ontvanger = {
        "soort": "lokaal_team",
        "gemeentecode": taal.gemeentecode(gemeente),
        "organisatie": f"Buurtteam {gemeente}",
    }
    scene.doe(
        lambda: scene.ledger.transfer(
            ctx, scene.casus_id, soort="directe_overdracht", ontvanger=ontvanger
        )
    )


@given(
    stap(
        rf"{WIE} droeg de casus op {MOMENT} direct over aan het lokaal team van "
        r"(?P<gemeente>.+)"
    )
)
def _(scene: Scene, wie: str, moment: str, gemeente: str) -> None:
    _direct_over(scene, wie, moment, gemeente)


@when(
    stap(
        rf"{WIE} op {MOMENT} de casus direct overdraagt aan het lokaal team van "
        r"(?P<gemeente>.+)"
    )
)
def _(scene: Scene, wie: str, moment: str, gemeente: str) -> None:
    _direct_over(scene, wie, moment, gemeente)


def _sluit_af(scene: Scene, wie: str, moment: str, reden: str, onderbouwing: str) -> None:
    ctx = scene.ctx(moment, wie)
    scene.doe(
        lambda: scene.ledger.close_casus(ctx, scene.casus_id, taal.waarde(reden), onderbouwing)
    )


AFSLUITEN = r'met de reden "(?P<reden>[^"]+)", omdat "(?P<onderbouwing>[^"]+)"'


@given(stap(rf"{WIE} sloot de casus op {MOMENT} af {AFSLUITEN}"))
def _(scene: Scene, wie: str, moment: str, reden: str, onderbouwing: str) -> None:
    _sluit_af(scene, wie, moment, reden, onderbouwing)


@when(stap(rf"{WIE} op {MOMENT} de casus afsluit {AFSLUITEN}"))
def _(scene: Scene, wie: str, moment: str, reden: str, onderbouwing: str) -> None:
    _sluit_af(scene, wie, moment, reden, onderbouwing)


def _start_dienst(scene: Scene, moment: str, dienst: str, onderbouwing: str) -> None:
    ctx = scene.ctx(moment)
    scene.doe(
        lambda: scene.ledger.start_dienst(ctx, scene.casus_id, taal.waarde(dienst), onderbouwing)
    )


@given(
    stap(
        rf'de medewerker startte op {MOMENT} de dienst "(?P<dienst>[^"]+)", '
        r'omdat "(?P<onderbouwing>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, dienst: str, onderbouwing: str) -> None:
    _start_dienst(scene, moment, dienst, onderbouwing)


@when(
    stap(
        rf'de medewerker op {MOMENT} de dienst "(?P<dienst>[^"]+)" start, '
        r'omdat "(?P<onderbouwing>[^"]+)"'
    )
)
def _(scene: Scene, moment: str, dienst: str, onderbouwing: str) -> None:
    _start_dienst(scene, moment, dienst, onderbouwing)


def _informeer(scene: Scene, moment: str, wie: str, onderwerp: str) -> None:
    ctx = scene.ctx(moment)
    over = taal.ONDERWERPEN[onderwerp]
    if wie == "de melder":
        scene.doe(lambda: scene.ledger.inform_melder(ctx, scene.casus_id, over))
        return
    ids = scene.persoon_ids(wie)
    scene.doe(lambda: scene.ledger.inform_betrokkenen(ctx, scene.casus_id, over, ids))


@given(stap(rf"de medewerker informeerde op {MOMENT} (?P<wie>.+?) over {ONDERWERP}"))
def _(scene: Scene, moment: str, wie: str, onderwerp: str) -> None:
    _informeer(scene, moment, wie, onderwerp)


@when(stap(rf"de medewerker op {MOMENT} (?P<wie>.+?) informeert over {ONDERWERP}"))
def _(scene: Scene, moment: str, wie: str, onderwerp: str) -> None:
    _informeer(scene, moment, wie, onderwerp)
