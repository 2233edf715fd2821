"""Every path of the routekaart through the real ledger, with regie and deadlines (both stores)."""

from __future__ import annotations

from datetime import date

import pytest

from ledger.errors import ProtocolViolation
from tests.builders import CONSULENT, ctx, dag


def test_voorwaarden_en_vervolg_path_ends_in_monitoring_and_closes_when_safety_holds(casus):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    s = casus.toestand()
    assert s["fase"] == "monitoring"
    assert [m["reden"] for m in s["monitormomenten"]] == ["na_3_maanden", "na_12_maanden"]
    casus.monitormoment("voldoende").monitormoment("voldoende", dagen=280)
    casus.klok.verder(days=1)
    casus.ledger.close_casus(
        ctx(casus.klok),
        casus.casus_id,
        "veiligheid_gerealiseerd",
        "Twee monitormomenten met voldoende veiligheid; risicofactoren aangepakt.",
    )
    s = casus.toestand()
    assert s["fase"] == "afgesloten"
    assert s["afsluiting"]["reden"] == "veiligheid_gerealiseerd"


def test_onderzoek_path_with_conclusion_then_warme_overdracht(casus):
    casus.melding().beoordeling(dienst="onderzoek").dienst("onderzoek").onderzoek_afgerond()
    casus.warme_overdracht(vorm="gesprek_gemeente")
    s = casus.toestand()
    assert s["onderzoek"]["conclusies"] == {"kindermishandeling": "bevestigd"}
    assert s["fase"] == "monitoring"
    assert s["termijnen"]["dienst_1"]["voldaan_op"] is not None


def test_onderzoek_ending_in_melding_bij_raad_closes_with_maatregel(casus):
    casus.melding().beoordeling(dienst="onderzoek").dienst("onderzoek")
    casus.ledger.report_to_raad(
        ctx(casus.klok),
        casus.casus_id,
        casus.kinderen,
        "Ouders werken niet mee; verzoek tot onderzoek.",
    )
    casus.onderzoek_afgerond()
    casus.ledger.close_casus(
        ctx(casus.klok), casus.casus_id, "maatregel_raad", "De Raad onderzoekt een maatregel."
    )
    s = casus.toestand()
    assert s["raad_gemeld"] and s["fase"] == "afgesloten"


def test_directe_overdracht_ends_vt_involvement_without_monitoring(casus):
    casus.melding().beoordeling(uitkomst="overdracht").directe_overdracht()
    s = casus.toestand()
    assert s["fase"] == "overgedragen"
    assert s["monitormomenten"] == []
    assert s["regie"]["regie_op_veiligheid"]["houder"] == "gemeente"
    casus.ledger.close_casus(
        ctx(casus.klok), casus.casus_id, "directe_overdracht", "Buurtteam pakt het op."
    )
    assert casus.toestand()["fase"] == "afgesloten"


@pytest.mark.parametrize("uitkomst", ["geen_vervolg", "regionaal_maatwerk"])
def test_outcomes_without_vt_follow_up_close_with_their_own_reason(casus, uitkomst):
    casus.melding().beoordeling(uitkomst=uitkomst)
    assert casus.toestand()["fase"] == "beoordeeld"
    casus.ledger.close_casus(
        ctx(casus.klok), casus.casus_id, uitkomst, "Zoals besloten in de beoordeling."
    )
    assert casus.toestand()["afsluiting"]["reden"] == uitkomst


# -- regie (R07, R08, R19, R26) ------------------------------------------------------------


def test_regie_is_with_veilig_thuis_from_melding_until_overdracht_then_with_the_gemeente(casus):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan()
    regie = casus.toestand()["regie"]
    assert {r["houder"] for r in regie.values()} == {"veilig_thuis"}
    assert regie["regie_op_veiligheid"]["organisatie"] == "VR09"
    casus.warme_overdracht()
    regie = casus.toestand()["regie"]
    assert regie["procesregie"]["houder"] == "gemeente"
    assert regie["procesregie"]["organisatie"] == "GM0344"
    assert regie["procesregie"]["naam"] == "consulent Utrecht"
    assert regie["procesregie"]["event"] == "Overgedragen"


def test_casusregie_with_a_zorgaanbieder_sits_beside_procesregie_of_the_gemeente(casus):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    casus.ledger.delegate_casusregie(
        ctx(casus.klok, actor=CONSULENT),
        casus.casus_id,
        zorgaanbieder="Jeugdhulp Midden",
        voldoende_geequipeerd=True,
        toets="Team met gedragswetenschapper en 24/7 bereikbaar.",
    )
    regie = casus.toestand()["regie"]
    assert regie["casusregie"]["houder"] == "zorgaanbieder"
    assert regie["casusregie"]["organisatie"] == "Jeugdhulp Midden"
    assert regie["procesregie"]["houder"] == "gemeente"


def test_acute_zorg_during_monitoring_brings_regie_op_veiligheid_back_and_it_can_return(casus):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    casus.klok.verder(days=40)
    casus.ledger.record_zorg(
        ctx(casus.klok),
        casus.casus_id,
        bron="lokaal team",
        beschrijving="Nieuw incident",
        acuut=True,
    )
    regie = casus.toestand()["regie"]
    assert regie["regie_op_veiligheid"]["houder"] == "veilig_thuis"
    assert regie["procesregie"]["houder"] == "gemeente"
    casus.klok.verder(days=3)
    casus.ledger.return_regie_op_veiligheid(
        ctx(casus.klok), casus.casus_id, "Directe veiligheid hersteld; consulent neemt het weer op."
    )
    assert casus.toestand()["regie"]["regie_op_veiligheid"]["houder"] == "gemeente"


# -- deadlines (R31, R32, R34, R04, R10) ----------------------------------------------------


def test_melding_on_thursday_before_easter_2025_gets_its_deadline_on_monday_28_april(casus):
    casus.klok.nu = dag(2025, 4, 17, 11)
    casus.melding()
    termijnen = casus.toestand()["termijnen"]
    assert termijnen["veiligheidsbeoordeling"]["uiterste_datum"] == date(2025, 4, 28)
    assert termijnen["informeren_gegevens"]["uiterste_datum"] == date(2025, 5, 15)


def test_a_late_veiligheidsbeoordeling_is_recorded_as_a_fact_not_blocked(casus):
    casus.klok.nu = dag(2025, 4, 17, 11)
    casus.melding()
    casus.klok.nu = dag(2025, 4, 29, 9)  # one working day too late
    casus.beoordeling()
    beoordeling = casus.toestand()["beoordeling"]
    assert beoordeling["binnen_termijn"] is False


def test_acute_melding_must_be_assessed_the_same_day(casus):
    casus.klok.nu = dag(2025, 6, 2, 11)
    casus.melding(acuut=True)
    assert casus.toestand()["termijnen"]["veiligheidsbeoordeling"]["uiterste_datum"] == date(
        2025, 6, 2
    )


def test_dienst_has_ten_weeks_and_monitormomenten_are_three_and_twelve_months_after_overdracht(
    casus,
):
    casus.klok.nu = dag(2025, 3, 3, 10)
    casus.melding().beoordeling().dienst()  # dienst starts 6 March
    assert casus.toestand()["termijnen"]["dienst_1"]["uiterste_datum"] == date(2025, 5, 15)
    casus.voorwaarden_en_plan()
    casus.klok.nu = dag(2025, 5, 30, 10)
    casus.warme_overdracht()  # 13 June 2025
    assert [m["gepland_op"] for m in casus.toestand()["monitormomenten"]] == [
        date(2025, 9, 13),
        date(2026, 6, 13),
    ]


def test_first_monitormoment_can_be_linked_to_the_agreed_evaluation_date(casus):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan()
    casus.warme_overdracht(
        datum_eerstvolgende_evaluatie=date(2025, 6, 1), monitormoment_bij_evaluatie=True
    )
    momenten = casus.toestand()["monitormomenten"]
    assert (momenten[0]["gepland_op"], momenten[0]["reden"]) == (date(2025, 6, 1), "evaluatie")


# -- crisis (R16) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "acuut", "crisisdienst"),
    [
        (dag(2025, 3, 8, 23, 15), True, True),  # Saturday night
        (dag(2025, 3, 4, 17, 30), True, True),  # weekday after 17:00
        (dag(2025, 3, 4, 8, 30), True, True),  # weekday before office hours
        (dag(2025, 4, 21, 11), True, True),  # 2e Paasdag
        (dag(2025, 3, 4, 11), True, False),  # office hours: bureaudienst
        (dag(2025, 3, 8, 23, 15), False, False),  # not acute: no crisis path
    ],
)
def test_crisis_routing_follows_from_the_time_of_the_melding(casus, moment, acuut, crisisdienst):
    casus.klok.nu = moment
    casus.melding(acuut=acuut)
    assert casus.toestand()["crisisdienst"] is crisisdienst


def test_after_a_crisisinterventie_informing_the_consulent_stays_a_task_until_done(casus):
    casus.klok.nu = dag(2025, 3, 8, 23, 15)
    casus.melding(acuut=True)
    casus.klok.verder(minutes=40)
    casus.ledger.record_crisisinterventie(
        ctx(casus.klok),
        casus.casus_id,
        ["huisbezoek", "tijdelijk huisverbod"],
        tijdelijk_huisverbod_dagen=10,
    )
    assert "R16" in [t["regel"] for t in casus.toestand()["open_taken"]]
    casus.klok.verder(days=2)
    casus.ledger.inform_gemeentelijke_consulent(
        ctx(casus.klok), casus.casus_id, "consulent Utrecht", "GM0344"
    )
    assert "R16" not in [t["regel"] for t in casus.toestand()["open_taken"]]


# -- eerdere betrokkenheid (R38), a new melding in a running trajectory (R14), radar (R24) ------


def _nieuwe_melding(casus, **kw):
    casus.klok.verder(days=1)
    return casus.ledger.record_melding(
        ctx(casus.klok),
        huishouden_id=casus.huishouden_id,
        vt_organisatie=kw.get("vt", "VR09"),
        melder={"type": "niet_professional"},
        aard_geweld=["partnergeweld"],
        vermoeden_acute_onveiligheid=kw.get("acuut", False),
        vermoeden_structurele_onveiligheid=True,
        bestaande_hulp=None,
        omschrijving="Buurvrouw hoort geschreeuw.",
    )


def test_eerste_melding_and_hermelding_follow_from_the_household_history(casus):
    casus.melding()
    assert casus.toestand()["eerdere_betrokkenheid"] == "eerste_melding"
    casus.beoordeling(uitkomst="geen_vervolg")
    casus.ledger.close_casus(
        ctx(casus.klok), casus.casus_id, "geen_vervolg", "Geen zorgen na gesprek."
    )
    tweede = _nieuwe_melding(casus)
    assert casus.ledger.casus(tweede)["eerdere_betrokkenheid"] == "hermelding"
    assert casus.ledger.casus(tweede)["gekoppeld_aan"] is None


@pytest.mark.parametrize(
    ("stappen", "verwacht"),
    [
        ([], "vervolgmelding_tijdens_veiligheidsbeoordeling"),
        (["beoordeling", "dienst"], "vervolgmelding_na_veiligheidsbeoordeling"),
        (
            ["beoordeling", "dienst", "voorwaarden_en_plan", "warme_overdracht"],
            "vervolgmelding_tijdens_monitoring",
        ),
    ],
)
def test_vervolgmelding_is_classified_by_the_phase_of_the_running_trajectory(
    casus, stappen, verwacht
):
    casus.melding()
    for stap in stappen:
        getattr(casus, stap)()
    lopend = casus.casus_id
    nieuw = _nieuwe_melding(casus, acuut=True)
    s = casus.ledger.casus(nieuw)
    assert s["eerdere_betrokkenheid"] == verwacht
    assert s["gekoppeld_aan"] == str(lopend)
    assert casus.ledger.casus(lopend)["gekoppelde_meldingen"] == [str(nieuw)]
    assert "R14" in [t["regel"] for t in s["open_taken"]]


def test_new_acute_melding_during_monitoring_brings_regie_op_veiligheid_back_to_vt(casus):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    _nieuwe_melding(casus, acuut=True)
    regie = casus.toestand()["regie"]
    assert regie["regie_op_veiligheid"]["houder"] == "veilig_thuis"
    assert regie["regie_op_veiligheid"]["event"] == "NieuweMeldingGekoppeld"


def test_radar_shows_meldingen_at_another_vt_organisation_after_a_move(casus):
    casus.melding().beoordeling(uitkomst="geen_vervolg")
    casus.ledger.close_casus(
        ctx(casus.klok), casus.casus_id, "geen_vervolg", "Geen zorgen na gesprek."
    )
    casus.klok.verder(days=200)
    casus.ledger.record_verhuizing(
        ctx(casus.klok),
        casus.huishouden_id,
        "GM0014",
        {"straat": "Vismarkt", "huisnummer": "3", "postcode": "9712CA", "woonplaats": "Groningen"},
    )
    tweede = _nieuwe_melding(casus, vt="VR01")
    radar = casus.ledger.radar(casus.huishouden_id)
    assert [m["vt_organisatie"] for m in radar] == ["VR09", "VR01"]
    assert casus.ledger.casus(tweede)["eerdere_betrokkenheid"] == "hermelding"


def test_advies_that_becomes_a_melding_refers_to_the_advies(casus, ledger, klok):
    advies = ledger.record_advies(
        ctx(klok),
        vt_organisatie="VR09",
        adviesvrager={"type": "professional", "sector": "onderwijs"},
        aard_geweld=["kindermishandeling"],
        vraag="Leerling vertelt over klappen thuis.",
    )
    assert ledger.advies(advies)["casus_id"] is None
    casus.melding(sector="onderwijs", advies_id=advies)
    assert casus.toestand()["advies_id"] == str(advies)
    assert ledger.advies(advies)["casus_id"] == str(casus.casus_id)


# -- the envelope --------------------------------------------------------------------------


def test_every_event_carries_its_envelope(casus):
    casus.melding().beoordeling()
    eerste, tweede = casus.ledger.history(casus.casus_id)
    assert eerste["type"] == "MeldingOntvangen"
    assert eerste["protocol_version"] == "Handelingsprotocol Veilig Thuis 2019"
    assert {"R07", "R31", "R38"} <= set(eerste["rule_ids"])
    assert eerste["actor"] == {
        "user": "vt.medewerker",
        "role": "vt_medewerker",
        "organisation": "VR09",
    }
    assert tweede["type"] == "VeiligheidsbeoordelingAfgerond"
    assert tweede["onderbouwing"] == "Structurele onveiligheid; het gezin wil meewerken."
    assert tweede["occurred_at"] <= tweede["recorded_at"]
    assert "vermoeden_acute_onveiligheid" in eerste["payload"]


def test_on_behalf_of_and_correlation_id_are_stored(casus, ledger, klok):
    casus.melding()
    c = ctx(klok, on_behalf_of="teamleider J. de Wit")
    ledger.escalate(c, casus.casus_id, "leidinggevende", "Gezin weigert contact.")
    laatste = ledger.history(casus.casus_id)[-1]
    assert laatste["on_behalf_of"] == "teamleider J. de Wit"
    assert laatste["correlation_id"] == str(c.correlation_id)


def test_case_events_refer_to_people_by_id_never_by_name(casus):
    casus.melding().beoordeling()
    namen = {p["achternaam"] for p in casus.personen} | {p["voornaam"] for p in casus.personen}
    tekst = repr(casus.ledger.history(casus.casus_id))
    assert not [n for n in namen if n in tekst]


def test_refusals_name_their_rule(casus):
    casus.melding()
    with pytest.raises(ProtocolViolation) as refused:
        casus.directe_overdracht()
    assert refused.value.regel == "R21"


def test_deadlines_that_no_longer_apply_lapse_instead_of_staying_open(casus):
    casus.melding().beoordeling().dienst()
    casus.klok.verder(days=5)
    casus.ledger.start_dienst(
        ctx(casus.klok), casus.casus_id, "onderzoek", "Het gezin werkt niet mee aan de voorwaarden."
    )
    termijnen = casus.toestand()["termijnen"]
    assert termijnen["dienst_1"]["voldaan_op"] is None
    assert termijnen["dienst_1"]["vervallen_op"] == casus.klok.nu  # V&V lapsed (R32)
    assert "vervallen_op" not in termijnen["dienst_2"]  # the Onderzoek's own ten weeks run

    casus.onderzoek_afgerond().voorwaarden_en_plan().warme_overdracht()
    casus.monitormoment("voldoende")
    casus.klok.verder(days=1)
    casus.ledger.close_casus(
        ctx(casus.klok), casus.casus_id, "veiligheid_gerealiseerd", "Veilig na drie maanden."
    )
    termijnen = casus.toestand()["termijnen"]
    open_r04 = [t for t in termijnen.values() if t["regel"] == "R04" and not t["voldaan_op"]]
    assert len(open_r04) == 1 and open_r04[0]["vervallen_op"] == casus.klok.nu
    assert termijnen["dienst_2"]["voldaan_op"] is not None
    assert "vervallen_op" not in termijnen["dienst_2"]  # met deadlines do not lapse
