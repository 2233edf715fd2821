"""Refusals around the overdracht (R03, R09, R11, R20) and what the gemeente does after it
(R13, R19): each names its rule, says in Dutch what is missing, and stores nothing.
Helpers and the other rules are in test_protocol_refusals.py."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from ledger.regels import (
    PLAN_VAN_AANPAK_ONDERDELEN,
    VEILIGHEIDSPLAN_MINIMAAL,
    VEILIGHEIDSPLAN_ONDERDELEN,
)
from tests.builders import CONSULENT, VOLLEDIG_VEILIGHEIDSPLAN, Casusbouwer, ctx
from tests.ledger.test_protocol_refusals import weigert


def in_voorwaarden_en_vervolg(casus: Casusbouwer) -> Casusbouwer:
    return casus.melding().beoordeling().dienst()


def in_monitoring(casus: Casusbouwer) -> Casusbouwer:
    return in_voorwaarden_en_vervolg(casus).voorwaarden_en_plan().warme_overdracht()


def voorwaarden(casus: Casusbouwer) -> None:
    casus.ledger.record_veiligheidsvoorwaarden(
        ctx(casus.klok), casus.casus_id, ["De kinderen worden niet geslagen."]
    )


def veiligheidsplan(casus: Casusbouwer, onderdelen: dict[str, str]) -> None:
    casus.ledger.record_veiligheidsplan(ctx(casus.klok), casus.casus_id, onderdelen)


# -- R03 geen monitoring na directe overdracht -------------------------------------------------
# toets: Na directe overdracht worden geen monitormomenten gepland; een poging een
# monitormoment vast te leggen wordt geweigerd; de casus verdwijnt van de actieve caseload.


def direct_overgedragen(casus: Casusbouwer) -> Casusbouwer:
    casus.melding().beoordeling(uitkomst="overdracht").directe_overdracht()
    assert casus.toestand()["monitormomenten"] == []
    return casus


def test_recording_a_monitormoment_after_directe_overdracht_is_refused_under_R03(
    casus: Casusbouwer,
) -> None:
    direct_overgedragen(casus)

    weigert(
        casus,
        "R03",
        "Na een directe overdracht monitort Veilig Thuis niet; een monitormoment vastleggen",
        casus.monitormoment,
    )


def test_planning_a_monitormoment_after_directe_overdracht_is_refused_under_R03(
    casus: Casusbouwer,
) -> None:
    direct_overgedragen(casus)

    weigert(
        casus,
        "R03",
        "Na een directe overdracht monitort Veilig Thuis niet; een monitormoment plannen",
        lambda: casus.ledger.plan_monitormoment(
            ctx(casus.klok),
            casus.casus_id,
            casus.klok.nu.date() + timedelta(days=30),
            "Extra controle na een zorgelijk signaal.",
        ),
    )


def test_after_warme_overdracht_monitormomenten_can_be_planned_and_recorded(
    casus: Casusbouwer,
) -> None:
    in_monitoring(casus)

    casus.ledger.plan_monitormoment(
        ctx(casus.klok),
        casus.casus_id,
        casus.klok.nu.date() + timedelta(days=30),
        "Extra controle na een zorgelijk signaal.",
    )
    casus.monitormoment()

    momenten = casus.toestand()["monitormomenten"]
    assert len(momenten) == 3
    assert [m["veiligheid"] for m in momenten if m["uitgevoerd_op"]] == ["voldoende"]


# -- R09 warme overdracht na Onderzoek of Voorwaarden en Vervolg -------------------------------
# toets: Overdracht na Onderzoek of Voorwaarden en Vervolg zonder vorm (huisbezoek, gesprek
# kantoor Veilig Thuis, gesprek gemeente) wordt geweigerd.


@pytest.mark.parametrize("vorm", [None, ""])
def test_warme_overdracht_after_voorwaarden_en_vervolg_without_vorm_is_refused_under_R09(
    casus: Casusbouwer, vorm: str | None
) -> None:
    in_voorwaarden_en_vervolg(casus).voorwaarden_en_plan()

    weigert(casus, "R09", "kies de vorm", lambda: casus.warme_overdracht(vorm=vorm))

    casus.warme_overdracht(vorm="gesprek_gemeente")
    assert casus.toestand()["overdracht"]["vorm"] == "gesprek_gemeente"


def test_warme_overdracht_after_onderzoek_without_vorm_is_refused_under_R09(
    casus: Casusbouwer,
) -> None:
    casus.melding().beoordeling(dienst="onderzoek").dienst("onderzoek").onderzoek_afgerond()

    weigert(casus, "R09", "huisbezoek", lambda: casus.warme_overdracht(vorm=None))

    casus.warme_overdracht(vorm="gesprek_kantoor_veilig_thuis")
    assert casus.toestand()["fase"] == "monitoring"


@pytest.mark.parametrize("dienst", ["voorwaarden_en_vervolg", "onderzoek"])
def test_directe_overdracht_after_a_dienst_is_refused_under_R09(
    casus: Casusbouwer, dienst: str
) -> None:
    casus.melding().beoordeling(dienst=dienst).dienst(dienst)
    if dienst == "onderzoek":
        casus.onderzoek_afgerond()
    else:
        casus.voorwaarden_en_plan()

    weigert(casus, "R09", "volgt een warme overdracht", casus.directe_overdracht)


# -- R11 veiligheidsplan minimaal ---------------------------------------------------------------
# toets: Overdracht na Voorwaarden en Vervolg zonder veiligheidsplan met deze drie onderdelen
# wordt geweigerd met een foutmelding die het ontbrekende onderdeel noemt.


def test_warme_overdracht_after_voorwaarden_en_vervolg_without_plan_is_refused_under_R11(
    casus: Casusbouwer,
) -> None:
    in_voorwaarden_en_vervolg(casus)
    voorwaarden(casus)

    fout = weigert(casus, "R11", "Er is geen veiligheidsplan", casus.warme_overdracht)
    assert "de blijvende veiligheidsvoorwaarden en de motivatie voor hulp" in fout.bericht

    veiligheidsplan(casus, VOLLEDIG_VEILIGHEIDSPLAN)
    casus.warme_overdracht()
    assert casus.toestand()["fase"] == "monitoring"


@pytest.mark.parametrize("ontbrekend", VEILIGHEIDSPLAN_MINIMAAL)
def test_warme_overdracht_with_a_veiligheidsplan_missing_a_minimal_part_is_refused_under_R11(
    casus: Casusbouwer, ontbrekend: str
) -> None:
    in_voorwaarden_en_vervolg(casus)
    voorwaarden(casus)
    veiligheidsplan(casus, {k: v for k, v in VOLLEDIG_VEILIGHEIDSPLAN.items() if k != ontbrekend})

    weigert(
        casus,
        "R11",
        f"niet compleet: {VEILIGHEIDSPLAN_ONDERDELEN[ontbrekend]} ontbreekt",
        casus.warme_overdracht,
    )

    veiligheidsplan(casus, {ontbrekend: VOLLEDIG_VEILIGHEIDSPLAN[ontbrekend]})
    casus.warme_overdracht()
    assert casus.toestand()["fase"] == "monitoring"


def test_warme_overdracht_without_veiligheidsvoorwaarden_is_refused_under_R11(
    casus: Casusbouwer,
) -> None:
    in_voorwaarden_en_vervolg(casus)
    veiligheidsplan(casus, VOLLEDIG_VEILIGHEIDSPLAN)

    weigert(
        casus,
        "R11",
        "nog geen veiligheidsvoorwaarden vastgesteld",
        casus.warme_overdracht,
    )

    voorwaarden(casus)
    casus.warme_overdracht()
    assert casus.toestand()["fase"] == "monitoring"


# -- R20 overbrugging bij wachtlijst ------------------------------------------------------------
# toets: Overdracht waarbij hulp op een wachtlijst staat vraagt overbruggingsafspraken
# (alternatieve hulp en aanspreekpunt bij escalatie); zonder die afspraken wordt ze geweigerd.

ALTERNATIEVE_HULP = "welke hulp er in de tussentijd is"
AANSPREEKPUNT = "op wie het gezin bij escalatie een beroep kan doen"
OVERBRUGGING = {
    "alternatieve_hulp": "Wekelijks gesprek met het wijkteam tot de therapie start.",
    "aanspreekpunt_escalatie": "Consulent Utrecht, bereikbaar via het wijkteam.",
}


@pytest.mark.parametrize("overbrugging", [None, {}], ids=["none", "empty"])
def test_warme_overdracht_with_hulp_op_wachtlijst_without_overbrugging_is_refused_under_R20(
    casus: Casusbouwer, overbrugging: dict[str, Any] | None
) -> None:
    in_voorwaarden_en_vervolg(casus).voorwaarden_en_plan()

    fout = weigert(
        casus,
        "R20",
        "de overbruggingsafspraken ontbreken",
        lambda: casus.warme_overdracht(hulp_op_wachtlijst=True, overbrugging=overbrugging),
    )
    assert ALTERNATIEVE_HULP in fout.bericht
    assert AANSPREEKPUNT in fout.bericht


@pytest.mark.parametrize(
    ("ontbrekend", "naam"),
    [("alternatieve_hulp", ALTERNATIEVE_HULP), ("aanspreekpunt_escalatie", AANSPREEKPUNT)],
)
def test_overbrugging_missing_one_of_its_two_parts_is_refused_under_R20_naming_it(
    casus: Casusbouwer, ontbrekend: str, naam: str
) -> None:
    in_voorwaarden_en_vervolg(casus).voorwaarden_en_plan()
    half = {**OVERBRUGGING, ontbrekend: "  "}

    fout = weigert(
        casus,
        "R20",
        naam,
        lambda: casus.warme_overdracht(hulp_op_wachtlijst=True, overbrugging=half),
    )
    anders = AANSPREEKPUNT if naam == ALTERNATIEVE_HULP else ALTERNATIEVE_HULP
    assert anders not in fout.bericht


def test_warme_overdracht_with_hulp_op_wachtlijst_and_both_overbrugging_parts_is_accepted(
    casus: Casusbouwer,
) -> None:
    in_voorwaarden_en_vervolg(casus).voorwaarden_en_plan()

    casus.warme_overdracht(hulp_op_wachtlijst=True, overbrugging=OVERBRUGGING)

    overdracht = casus.toestand()["overdracht"]
    assert overdracht["hulp_op_wachtlijst"] is True
    assert overdracht["overbrugging"] == OVERBRUGGING


def test_directe_overdracht_with_hulp_op_wachtlijst_without_overbrugging_is_refused_under_R20(
    casus: Casusbouwer,
) -> None:
    casus.melding().beoordeling(uitkomst="overdracht")

    weigert(
        casus,
        "R20",
        "de overbruggingsafspraken ontbreken",
        lambda: casus.directe_overdracht(hulp_op_wachtlijst=True),
    )

    casus.directe_overdracht(hulp_op_wachtlijst=True, overbrugging=OVERBRUGGING)
    assert casus.toestand()["overdracht"]["overbrugging"] == OVERBRUGGING


# -- R13 veiligheidsplan, deel gemeente ----------------------------------------------------------
# toets: Na overdracht kan de gemeente haar plan van aanpak vastleggen met deze vier
# onderdelen; het is zichtbaar in de tijdlijn.

PLAN_VAN_AANPAK = {
    "veiligheidsafspraken": "Vader belt de broer als hij boos wordt.",
    "zicht_op_veiligheid": "Het wijkteam houdt zicht op veiligheid.",
    "onderliggende_oorzaken": "Schulden en werkloosheid van vader.",
    "herstelgerichte_zorg": "Traumabehandeling voor de kinderen.",
}


def plan_van_aanpak(casus: Casusbouwer, onderdelen: dict[str, str]) -> None:
    casus.ledger.record_plan_van_aanpak(ctx(casus.klok, CONSULENT), casus.casus_id, onderdelen)


def test_plan_van_aanpak_before_the_overdracht_is_refused_under_R13(casus: Casusbouwer) -> None:
    in_voorwaarden_en_vervolg(casus).voorwaarden_en_plan()

    weigert(casus, "R13", "na de overdracht", lambda: plan_van_aanpak(casus, PLAN_VAN_AANPAK))


@pytest.mark.parametrize("ontbrekend", PLAN_VAN_AANPAK_ONDERDELEN)
def test_plan_van_aanpak_missing_an_onderdeel_is_refused_under_R13_naming_it(
    casus: Casusbouwer, ontbrekend: str
) -> None:
    in_monitoring(casus)
    onvolledig = {k: v for k, v in PLAN_VAN_AANPAK.items() if k != ontbrekend}

    weigert(
        casus,
        "R13",
        f"beschrijft niet: {PLAN_VAN_AANPAK_ONDERDELEN[ontbrekend]}.",
        lambda: plan_van_aanpak(casus, onvolledig),
    )

    plan_van_aanpak(casus, PLAN_VAN_AANPAK)
    assert casus.toestand()["plan_van_aanpak"] == PLAN_VAN_AANPAK


# -- R19 casusregie bij een zorgaanbieder -------------------------------------------------------
# toets: De gemeente kan na overdracht casusregie beleggen bij een zorgaanbieder, met
# vastgelegde toets; de regie-projectie toont procesregie (gemeente) en casusregie
# (zorgaanbieder) naast elkaar.


def casusregie(casus: Casusbouwer, *, voldoende: bool, tweede_partij: str | None = None) -> None:
    casus.ledger.delegate_casusregie(
        ctx(casus.klok, CONSULENT),
        casus.casus_id,
        zorgaanbieder="Jeugdhulp Midden",
        voldoende_geequipeerd=voldoende,
        toets="Getoetst op expertise in huiselijk geweld en beschikbaarheid.",
        tweede_partij=tweede_partij,
    )


@pytest.mark.parametrize("tweede_partij", [None, "  "])
def test_casusregie_at_a_zorgaanbieder_not_equipped_without_tweede_partij_is_refused_under_R19(
    casus: Casusbouwer, tweede_partij: str | None
) -> None:
    in_monitoring(casus)

    weigert(
        casus,
        "R19",
        "betrek een tweede partij",
        lambda: casusregie(casus, voldoende=False, tweede_partij=tweede_partij),
    )

    casusregie(casus, voldoende=False, tweede_partij="Wijkteam Overvecht")
    regie = casus.toestand()["regie"]
    assert regie["casusregie"]["houder"] == "zorgaanbieder"
    assert regie["procesregie"]["houder"] == "gemeente"


def test_casusregie_before_the_overdracht_is_refused_under_R19(casus: Casusbouwer) -> None:
    in_voorwaarden_en_vervolg(casus)

    weigert(casus, "R19", "na de overdracht", lambda: casusregie(casus, voldoende=True))
