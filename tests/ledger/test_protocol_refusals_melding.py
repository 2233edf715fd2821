"""Refusals around the melding and working with others: melder (R25, R39), advies (R18),
crisis (R16), a new melding within a trajectory (R14), the Raad (R27), the police (R29) and
escalation (R23). Each names its rule, says in Dutch what is missing, and stores nothing.
Helpers and the other rules are in test_protocol_refusals.py."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from tests.builders import Casusbouwer, ctx
from tests.ledger.test_protocol_refusals import ONDERBOUWING, weigert

# -- R25 melden volgens afwegingskader ----------------------------------------------------------
# toets: Een melding van een professional legt vast of hij acute of structurele onveiligheid
# vermoedt en of er al hulp is; beide blijven zichtbaar in de tijdlijn.


@pytest.mark.parametrize("bestaande_hulp", [None, "", "   "])
def test_professional_melder_without_bestaande_hulp_is_refused_under_R25(
    casus: Casusbouwer, bestaande_hulp: str | None
) -> None:
    casus.huishouden()

    weigert(
        casus,
        "R25",
        "geeft aan of er al hulp is",
        lambda: casus.melding(bestaande_hulp=bestaande_hulp),
    )
    assert casus.ledger.huishouden(casus.huishouden_id)["meldingen"] == []

    casus.melding(bestaande_hulp="Schoolmaatschappelijk werk sinds januari.")
    assert casus.toestand()["bestaande_hulp"] == "Schoolmaatschappelijk werk sinds januari."


def test_niet_professional_melder_may_leave_bestaande_hulp_open(casus: Casusbouwer) -> None:
    casus.melding(melder={"type": "niet_professional"}, bestaande_hulp=None)

    assert casus.toestand()["bestaande_hulp"] is None


@pytest.mark.parametrize(
    ("veld", "wat"),
    [
        ("vermoeden_acute_onveiligheid", "acute"),
        ("vermoeden_structurele_onveiligheid", "structurele"),
    ],
)
def test_melding_without_a_yes_or_no_on_the_vermoeden_is_refused_under_R25(
    casus: Casusbouwer, veld: str, wat: str
) -> None:
    casus.huishouden()

    weigert(
        casus,
        "R25",
        f"of de melder {wat} onveiligheid vermoedt",
        lambda: casus.melding(**{veld: None}),
    )


# -- R39 aard van het geweld en melder ----------------------------------------------------------
# toets: Meldingen en adviezen leggen deze categorieën vast; de beleidsinformatie telt erop.


def test_professional_melder_without_sector_is_refused_under_R39(casus: Casusbouwer) -> None:
    casus.huishouden()

    weigert(
        casus,
        "R39",
        "hoort de beroepsgroep (sector)",
        lambda: casus.melding(melder={"type": "professional"}),
    )

    casus.melding(melder={"type": "professional", "sector": "huisarts"})
    assert casus.toestand()["melder"]["sector"] == "huisarts"


def test_melding_without_aard_van_het_geweld_is_refused_under_R39(casus: Casusbouwer) -> None:
    casus.huishouden()

    weigert(casus, "R39", "aard van het geweld", lambda: casus.melding(aard_geweld=[]))


def test_advies_from_a_professional_without_sector_is_refused_under_R39(
    casus: Casusbouwer,
) -> None:
    weigert(
        casus,
        "R39",
        "professionele adviesvrager hoort de beroepsgroep",
        lambda: advies(casus, {"type": "professional"}),
    )


# -- R18 consultatie en advies -------------------------------------------------------------------
# toets: Een adviesvraag wordt vastgelegd zonder dat er een casus met regie ontstaat; een advies
# kan worden omgezet in een melding, met verwijzing naar het advies.


def advies(casus: Casusbouwer, adviesvrager: dict[str, Any] | None = None) -> UUID:
    return casus.ledger.record_advies(
        ctx(casus.klok),
        vt_organisatie="VR09",
        adviesvrager=adviesvrager or {"type": "professional", "sector": "onderwijs"},
        aard_geweld=["kindermishandeling"],
        vraag="Een leerling vertelt over klappen thuis; moet ik melden?",
    )


def test_converting_an_advies_into_a_melding_twice_is_refused_under_R18(
    casus: Casusbouwer,
) -> None:
    advies_id = advies(casus)
    casus.melding(advies_id=advies_id)
    eerste = casus.casus_id
    advies_versie = casus.ledger.advies(advies_id)["versie"]

    weigert(casus, "R18", "al omgezet in een melding", lambda: casus.melding(advies_id=advies_id))

    assert casus.casus_id == eerste
    assert casus.ledger.casus(eerste)["advies_id"] == str(advies_id)
    assert casus.ledger.advies(advies_id)["casus_id"] == str(eerste)
    assert casus.ledger.advies(advies_id)["versie"] == advies_versie
    assert len(casus.ledger.huishouden(casus.huishouden_id)["meldingen"]) == 1


# -- R16 crisis buiten kantoortijd ---------------------------------------------------------------
# toets: Een acute melding die na 17.00 uur of in het weekend binnenkomt wordt door de
# crisisdienst opgepakt (vastgelegd); na een crisisinterventie staat een taak open om de
# gemeentelijke consulent te informeren, zichtbaar tot die is uitgevoerd.


def crisisinterventie(casus: Casusbouwer) -> None:
    casus.ledger.record_crisisinterventie(
        ctx(casus.klok), casus.casus_id, ["Vader tijdelijk bij zijn broer"], 10
    )


def informeer_consulent(casus: Casusbouwer) -> None:
    casus.ledger.inform_gemeentelijke_consulent(
        ctx(casus.klok), casus.casus_id, "consulent Utrecht", "GM0344"
    )


def test_crisisinterventie_on_a_non_acute_melding_is_refused_under_R16(
    casus: Casusbouwer,
) -> None:
    casus.melding(acuut=False)

    weigert(
        casus,
        "R16",
        "deze melding vermeldt geen acute onveiligheid",
        lambda: crisisinterventie(casus),
    )


def test_crisisinterventie_on_an_acute_melding_is_accepted_and_opens_the_consulent_task(
    casus: Casusbouwer,
) -> None:
    casus.melding(acuut=True)

    crisisinterventie(casus)

    taak = "gemeentelijke consulent informeren over de crisisinterventie"
    assert {"regel": "R16", "taak": taak} in casus.toestand()["open_taken"]


def test_informing_the_consulent_without_a_crisis_is_refused_under_R16(
    casus: Casusbouwer,
) -> None:
    casus.melding(acuut=True)

    weigert(
        casus, "R16", "Er is geen crisisinterventie vastgelegd", lambda: informeer_consulent(casus)
    )

    crisisinterventie(casus)
    informeer_consulent(casus)
    assert not [t for t in casus.toestand()["open_taken"] if t["regel"] == "R16"]


# -- R14 nieuw incident, nieuwe melding ----------------------------------------------------------
# toets: Een nieuw incident tijdens een lopend traject leidt tot een nieuwe melding (nieuwe
# casus) die naar het bestaande traject verwijst; de afstemming met de procesregisseur wordt
# vastgelegd; de veiligheidshistorie van het huishouden toont beide.


def afstemming(casus: Casusbouwer) -> None:
    casus.ledger.record_afstemming_procesregisseur(
        ctx(casus.klok),
        casus.casus_id,
        procesregisseur="procesregisseur Utrecht",
        afspraken="Veilig Thuis beoordeelt; de procesregisseur blijft contactpersoon.",
    )


def test_afstemming_procesregisseur_on_an_unlinked_melding_is_refused_under_R14(
    casus: Casusbouwer,
) -> None:
    casus.melding()

    weigert(casus, "R14", "niet aan een lopend traject gekoppeld", lambda: afstemming(casus))

    traject = casus.casus_id
    casus.melding()  # a new incident in the same household while the first is running
    assert casus.toestand()["gekoppeld_aan"] == str(traject)
    afstemming(casus)
    assert casus.toestand()["afstemming_procesregisseur"] is True


# -- R27 melding bij de Raad voor de Kinderbescherming -------------------------------------------
# toets: Een melding bij de Raad is vast te leggen na een veiligheidsbeoordeling of tijdens een
# dienst; ze staat in de tijdlijn en telt in de beleidsinformatie.


def raad(casus: Casusbouwer) -> None:
    casus.ledger.report_to_raad(ctx(casus.klok), casus.casus_id, casus.kinderen, ONDERBOUWING)


def test_melding_bij_de_raad_before_the_beoordeling_without_crisis_is_refused_under_R27(
    casus: Casusbouwer,
) -> None:
    casus.melding()

    weigert(casus, "R27", "na de veiligheidsbeoordeling", lambda: raad(casus))

    casus.beoordeling()
    raad(casus)
    assert casus.toestand()["raad_gemeld"] is True


def test_melding_bij_de_raad_from_the_crisisdienst_is_accepted_before_the_beoordeling(
    casus: Casusbouwer,
) -> None:
    casus.melding(acuut=True)
    crisisinterventie(casus)

    raad(casus)

    assert casus.toestand()["raad_gemeld"] is True


# -- R29 samenwerking met politie en OM ----------------------------------------------------------
# toets: Een melding van de politie (zorgmelding) krijgt na afloop een terugkoppeling over wat
# ermee is gedaan; een niet teruggekoppelde politiemelding is zichtbaar.


def terugkoppeling(casus: Casusbouwer) -> None:
    casus.ledger.record_terugkoppeling_politie(
        ctx(casus.klok), casus.casus_id, "Veilig Thuis start Voorwaarden en Vervolg."
    )


def test_police_feedback_on_a_melding_not_from_the_police_is_refused_under_R29(
    casus: Casusbouwer,
) -> None:
    casus.melding(sector="huisarts").beoordeling()

    weigert(casus, "R29", "kwam niet van de politie", lambda: terugkoppeling(casus))


def test_police_feedback_before_the_beoordeling_is_refused_under_R29(casus: Casusbouwer) -> None:
    casus.melding(sector="politie")

    weigert(casus, "R29", "na de veiligheidsbeoordeling", lambda: terugkoppeling(casus))

    casus.beoordeling()
    terugkoppeling(casus)
    assert casus.toestand()["politie_teruggekoppeld"] is True
    assert not [t for t in casus.toestand()["open_taken"] if t["regel"] == "R29"]


# -- R23 opschaling en escalatie -------------------------------------------------------------------
# toets: Opschaling wordt vastgelegd met niveau; opschalen naar de gemeente zonder eerdere
# opschaling naar de leidinggevende wordt geweigerd.


def schaal_op(casus: Casusbouwer, niveau: str) -> None:
    casus.ledger.escalate(
        ctx(casus.klok), casus.casus_id, niveau, "De samenwerking met het wijkteam loopt vast."
    )


@pytest.mark.parametrize("niveau", ["gemeente", "gedragswetenschapper"])
def test_escalation_without_the_leidinggevende_first_is_refused_under_R23(
    casus: Casusbouwer, niveau: str
) -> None:
    casus.melding().beoordeling()

    weigert(
        casus,
        "R23",
        f"Opschalen naar de {niveau} kan pas nadat eerst is opgeschaald naar de (directe) "
        "leidinggevende",
        lambda: schaal_op(casus, niveau),
    )

    schaal_op(casus, "leidinggevende")
    schaal_op(casus, niveau)
    assert casus.toestand()["opschalingen"] == ["leidinggevende", niveau]
