"""Caseload read model: open casussen per behandelaar, team, Veilig Thuis-organisatie and
gemeente, by phase, with their open tasks (the Casus aggregate is the oracle) and weekly
counts; monitoring stays on VT's caseload (R08), directe overdracht leaves it (R03). On SQLite
and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from projections.caseload import CaseloadView
from projections.runner import Follower
from tests.builders import CONSULENT, WERKER, Casusbouwer, ctx, dag
from tests.projections.conftest import bijgewerkt

GEMEENTE, CONSULENT_NAAM = "GM0344", "consulent Utrecht"  # as Casusbouwer.warme_overdracht
ONDERBOUWING = "Structurele onveiligheid; het gezin wil meewerken."


@pytest.fixture
def caseload(volg) -> Follower:
    return volg(CaseloadView)


def _ids(rows: list[dict]) -> list[str]:
    return [r["casus_id"] for r in rows]


def _wijs_toe(casus: Casusbouwer, behandelaar: str, team: str | None = None) -> None:
    casus.klok.verder(hours=1)
    casus.ledger.assign_behandelaar(
        ctx(casus.klok), casus.casus_id, behandelaar=behandelaar, team=team
    )


def _in_monitoring(casus: Casusbouwer) -> Casusbouwer:
    return casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()


def _inform(casus: Casusbouwer, *onderwerpen: str, melder: bool = False) -> None:
    for onderwerp in onderwerpen:
        casus.ledger.inform_betrokkenen(ctx(casus.klok), casus.casus_id, onderwerp, casus.ouders)
        if melder:
            casus.ledger.inform_melder(ctx(casus.klok), casus.casus_id, onderwerp)


def _sluit(casus: Casusbouwer, reden: str, **context) -> None:
    casus.ledger.close_casus(ctx(casus.klok, **context), casus.casus_id, reden, ONDERBOUWING)


def _verwachte_taken(ledger, casus_id) -> list[dict]:
    """The oracle: the aggregate's open tasks, then its monitormomenten still to hold."""
    toestand = ledger.casus(casus_id)
    momenten = []
    if toestand["fase"] == "monitoring":
        open_momenten = [m for m in toestand["monitormomenten"] if m["uitgevoerd_op"] is None]
        for m in sorted(open_momenten, key=lambda m: (m["gepland_op"], m["id"])):
            momenten.append(
                {"regel": "R04", "monitormoment_id": m["id"], "gepland_op": m["gepland_op"]}
            )
    return [*toestand["open_taken"], *momenten]


def _zonder_tekst_van_monitormomenten(taken: list[dict]) -> list[dict]:
    for t in taken:
        if t["regel"] == "R04":
            assert "monitormoment" in t["taak"] and "alle betrokkenen" in t["taak"]
    return [{k: v for k, v in t.items() if t["regel"] != "R04" or k != "taak"} for t in taken]


# -- who has the casus -----------------------------------------------------------------------


def test_a_melding_is_on_the_caseload_of_its_recorder_with_its_first_open_tasks(casus, caseload):
    gemeld = casus.melding().klok.nu
    view = bijgewerkt(caseload)

    [rij] = view.van_behandelaar(WERKER.user)
    assert rij["casus_id"] == str(casus.casus_id)
    assert (rij["kant"], rij["vt_organisatie"], rij["team"]) == ("veilig_thuis", "VR09", None)
    assert (rij["fase"], rij["actief"], rij["sinds"]) == ("melding", True, gemeld)
    assert [t["regel"] for t in rij["open_taken"]] == ["R22", "R34"]
    assert view.van_organisatie("VR09") == [rij]
    assert view.van_organisatie("VR01") == [] and view.van_gemeente(GEMEENTE) == []
    assert view.per_fase(organisatie="VR09") == {"melding": 1}


def test_reassignment_moves_the_casus_to_the_new_behandelaar_and_team(
    ledger, klok, faker, caseload
):
    eerste = Casusbouwer(ledger, klok, faker).melding()
    klok.verder(hours=1)
    tweede = Casusbouwer(ledger, klok, faker).melding().beoordeling()
    nieuw, team = faker.user_name(), f"Team {faker.city()}"
    _wijs_toe(tweede, nieuw, team)
    view = bijgewerkt(caseload)

    assert _ids(view.van_behandelaar(WERKER.user)) == [str(eerste.casus_id)]
    [rij] = view.van_behandelaar(nieuw)
    assert (rij["casus_id"], rij["behandelaar"], rij["team"]) == (str(tweede.casus_id), nieuw, team)
    assert view.van_team(team) == [rij]
    assert view.per_fase(team=team) == {"vervolg_bij_veilig_thuis": 1}
    assert view.per_fase(behandelaar=WERKER.user) == {"melding": 1}

    _wijs_toe(tweede, WERKER.user)  # back, without a team
    view = bijgewerkt(caseload)
    assert view.van_behandelaar(nieuw) == [] and view.van_team(team) == []
    assert _ids(view.van_behandelaar(WERKER.user)) == [str(eerste.casus_id), str(tweede.casus_id)]


# -- overdracht and monitoring ---------------------------------------------------------------


def test_warme_overdracht_adds_the_gemeente_and_keeps_the_casus_on_vts_caseload_R08(
    casus, caseload
):
    overgedragen = _in_monitoring(casus).klok.nu
    _inform(
        casus, "melding", "gegevensvastlegging", "uitkomst_veiligheidsbeoordeling", "overdracht"
    )
    casus.ledger.inform_melder(ctx(casus.klok), casus.casus_id, "uitkomst_veiligheidsbeoordeling")
    casus.ledger.record_terugkoppeling_politie(ctx(casus.klok), casus.casus_id, "Overgedragen.")
    view = bijgewerkt(caseload)

    [vt] = view.van_behandelaar(WERKER.user)
    assert (vt["kant"], vt["fase"], vt["actief"]) == ("veilig_thuis", "monitoring", True)
    assert vt["fase_omschrijving"] == "monitoring na warme overdracht"
    [gemeente] = view.van_gemeente(GEMEENTE)
    assert (gemeente["kant"], gemeente["fase"], gemeente["sinds"]) == (
        "gemeente",
        "monitoring",
        overgedragen,
    )
    assert (gemeente["contactpersoon"], gemeente["behandelaar"]) == (CONSULENT_NAAM, WERKER.user)
    assert view.van_gemeente(GEMEENTE, CONSULENT_NAAM) == [gemeente]
    assert view.van_gemeente(GEMEENTE, "een andere consulent") == []
    assert view.van_gemeente("GM0363") == []
    # Only the monitormomenten are left to do: at 3 and at 12 months (R04).
    momenten = casus.toestand()["monitormomenten"]
    assert [(t["regel"], t["gepland_op"]) for t in vt["open_taken"]] == [
        ("R04", m["gepland_op"]) for m in momenten
    ]
    assert vt["open_taken"] == gemeente["open_taken"]
    assert "3 maanden" in vt["open_taken"][0]["taak"]
    assert view.per_fase(organisatie="VR09") == {"monitoring": 1}
    assert view.per_fase(gemeente=GEMEENTE) == {"monitoring": 1}

    casus.monitormoment("voldoende")
    [vt] = bijgewerkt(caseload).van_organisatie("VR09")
    assert [t["monitormoment_id"] for t in vt["open_taken"]] == [momenten[1]["id"]]


def test_directe_overdracht_leaves_the_active_caseload_R03_but_keeps_its_tasks_until_closed(
    casus, caseload
):
    casus.melding(sector="politie").beoordeling(uitkomst="overdracht").directe_overdracht()
    view = bijgewerkt(caseload)

    assert view.van_behandelaar(WERKER.user) == []
    assert view.per_fase() == {}
    # The receiving lokaal team is in GM0344, but this casus was not handed over warm.
    assert view.van_gemeente(GEMEENTE) == []
    [rij] = view.van_behandelaar(WERKER.user, met_overgedragen=True)
    assert (rij["fase"], rij["actief"]) == ("overgedragen", False)
    assert {"regel": "R22", "taak": "direct betrokkenen informeren over de overdracht"} in rij[
        "open_taken"
    ]
    assert "R29" in [t["regel"] for t in rij["open_taken"]]
    assert view.van_organisatie("VR09", met_overgedragen=True) == [rij]

    casus.klok.verder(days=1)
    _sluit(casus, "directe_overdracht")
    assert bijgewerkt(caseload).van_behandelaar(WERKER.user, met_overgedragen=True) == []


def test_closing_removes_the_casus_from_every_caseload(casus, caseload):
    _in_monitoring(casus).monitormoment("voldoende")
    _wijs_toe(casus, "vt.collega", "Team Noord")
    assert bijgewerkt(caseload).van_gemeente(GEMEENTE) != []

    _sluit(casus, "veiligheid_gerealiseerd")
    view = bijgewerkt(caseload)

    assert view.van_behandelaar("vt.collega", met_overgedragen=True) == []
    assert view.van_team("Team Noord") == [] and view.van_organisatie("VR09") == []
    assert view.van_gemeente(GEMEENTE) == [] and view.van_gemeente(GEMEENTE, CONSULENT_NAAM) == []
    assert view.per_fase() == {} and view.per_fase(gemeente=GEMEENTE) == {}
    # The last 12-month moment is no task any more once the casus is closed.
    assert view.open_taken(casus.casus_id) == casus.toestand()["open_taken"]


def test_per_fase_refuses_to_mix_a_gemeente_with_vt_filters(casus, caseload):
    with pytest.raises(ValueError):
        bijgewerkt(caseload).per_fase(gemeente=GEMEENTE, team="Team Noord")


# -- the aggregate is the oracle -------------------------------------------------------------


def _walk_several_cases(ledger, klok, faker) -> list:
    ids = []

    def nieuw() -> Casusbouwer:
        return Casusbouwer(ledger, klok, faker)

    ids.append(nieuw().melding().casus_id)  # R22, R34
    crisis = nieuw().melding(acuut=True)
    ledger.record_crisisinterventie(ctx(klok), crisis.casus_id, ["Tijdelijk huisverbod"], 10)
    ids.append(crisis.casus_id)  # R16 open
    crisis = nieuw().melding(acuut=True)
    ledger.record_crisisinterventie(ctx(klok), crisis.casus_id, ["Tijdelijk huisverbod"], 10)
    ledger.inform_gemeentelijke_consulent(ctx(klok), crisis.casus_id, CONSULENT_NAAM, GEMEENTE)
    _inform(crisis, "melding", "gegevensvastlegging")
    ids.append(crisis.casus_id)  # nothing open
    politie = nieuw().melding(sector="politie").beoordeling(uitkomst="geen_vervolg")
    ledger.inform_melder(ctx(klok), politie.casus_id, "uitkomst_veiligheidsbeoordeling")
    ids.append(politie.casus_id)  # R29 and the betrokkenen open
    teruggekoppeld = nieuw().melding(sector="politie").beoordeling(uitkomst="geen_vervolg")
    ledger.record_terugkoppeling_politie(ctx(klok), teruggekoppeld.casus_id, "Geen vervolg.")
    ids.append(teruggekoppeld.casus_id)
    gecorrigeerd = nieuw().melding(sector="politie").beoordeling(uitkomst="regionaal_maatwerk")
    klok.verder(hours=2)
    ledger.correct(
        ctx(klok),
        gecorrigeerd.casus_id,
        versie=1,
        wijzigingen={"melder": {"type": "professional", "sector": "huisarts"}},
        reden="De melding kwam van de huisarts.",
    )
    ids.append(gecorrigeerd.casus_id)  # no R29 after the correction
    onderzoek = nieuw().melding().beoordeling(dienst="onderzoek").dienst("onderzoek")
    ids.append(onderzoek.onderzoek_afgerond().casus_id)  # R33 uitkomst_onderzoek
    opnieuw = nieuw().melding().beoordeling(dienst="onderzoek").dienst("onderzoek")
    opnieuw.onderzoek_afgerond().dienst("voorwaarden_en_vervolg").dienst("onderzoek")
    ids.append(opnieuw.casus_id)  # a new Onderzoek: no conclusion yet, so no R33 about it
    monitoring = _in_monitoring(nieuw())
    _inform(monitoring, "melding", "overdracht")
    ids.append(monitoring.monitormoment("onvoldoende").casus_id)
    extra = _in_monitoring(nieuw())
    ledger.plan_monitormoment(
        ctx(klok), extra.casus_id, extra.klok.nu.date() + timedelta(days=10), "Zorg van school."
    )
    ids.append(extra.casus_id)
    for gesloten in (False, True):
        direct = nieuw().melding(sector="politie").beoordeling(uitkomst="overdracht")
        direct.directe_overdracht()
        if gesloten:
            _sluit(direct, "directe_overdracht")
        ids.append(direct.casus_id)
    lopend = _in_monitoring(nieuw())
    ids.append(lopend.casus_id)
    for afloop in ("open", "afgestemd", "afgesloten"):  # R14: open until done or closed
        klok.verder(days=1)
        gekoppeld = Casusbouwer(
            ledger, klok, faker, huishouden_id=lopend.huishouden_id, personen=lopend.personen
        ).melding(melder={"type": "niet_professional"}, bestaande_hulp=None)
        assert ledger.casus(gekoppeld.casus_id)["gekoppeld_aan"] is not None
        if afloop == "afgestemd":
            ledger.record_afstemming_procesregisseur(
                ctx(klok, actor=CONSULENT),
                gekoppeld.casus_id,
                procesregisseur=CONSULENT_NAAM,
                afspraken="VT doet de veiligheidsbeoordeling, de gemeente blijft regisseur.",
            )
        elif afloop == "afgesloten":
            gekoppeld.beoordeling(uitkomst="geen_vervolg")
            _sluit(gekoppeld, "geen_vervolg")
        ids.append(gekoppeld.casus_id)
    afgesloten = _in_monitoring(nieuw()).monitormoment("voldoende")
    _sluit(afgesloten, "veiligheid_gerealiseerd")
    ids.append(afgesloten.casus_id)
    return ids


def test_open_tasks_of_every_casus_equal_the_aggregates_plus_its_monitormomenten(
    ledger, klok, faker, caseload
):
    ids = _walk_several_cases(ledger, klok, faker)
    view = bijgewerkt(caseload)

    gezien = set()
    for casus_id in ids:
        taken = view.open_taken(casus_id)
        assert _zonder_tekst_van_monitormomenten(taken) == _verwachte_taken(ledger, casus_id), (
            ledger.casus(casus_id)["fase"]
        )
        gezien |= {(t["regel"], t["taak"]) for t in taken}
    # The walk reaches every kind of task, so the comparison above is not vacuous.
    assert {regel for regel, _ in gezien} == {"R04", "R14", "R16", "R22", "R29", "R33", "R34"}
    assert ("R33", "melder informeren over de uitkomst van het onderzoek") in gezien
    assert any(taak.startswith("extra monitormoment") for _, taak in gezien)
    # The caseload lists show the same tasks as the per-casus query.
    for rij in view.van_organisatie("VR09", met_overgedragen=True):
        assert rij["open_taken"] == view.open_taken(rij["casus_id"])


def test_per_fase_counts_the_active_casussen_as_the_aggregates_say(ledger, klok, faker, caseload):
    ids = _walk_several_cases(ledger, klok, faker)
    view = bijgewerkt(caseload)

    fasen = Counter(ledger.casus(i)["fase"] for i in ids)
    del fasen["afgesloten"], fasen["overgedragen"]  # not on the active caseload (R03)
    assert view.per_fase() == view.per_fase(organisatie="VR09") == dict(fasen)
    assert view.per_fase(gemeente=GEMEENTE) == {"monitoring": fasen["monitoring"]}
    actief = {str(i) for i in ids if ledger.casus(i)["fase"] in fasen}
    assert set(_ids(view.van_organisatie("VR09"))) == actief


# -- counts over time ------------------------------------------------------------------------


def test_per_week_counts_the_casussen_open_at_the_end_of_each_iso_week(
    ledger, klok, faker, caseload
):
    def nieuw() -> Casusbouwer:
        return Casusbouwer(ledger, klok, faker)

    klok.nu = dag(2025, 3, 3, 10)  # Monday of week 10
    nieuw().melding()  # stays open
    klok.nu = dag(2025, 3, 12, 10)
    zondag = nieuw().melding().beoordeling(uitkomst="geen_vervolg")
    maandag = nieuw().melding().beoordeling(uitkomst="geen_vervolg")
    klok.nu = dag(2025, 3, 13, 10)
    direct = nieuw().melding().beoordeling(uitkomst="overdracht")
    klok.nu = dag(2025, 3, 16, 23, 30)  # Sunday night: closed before week 11 ends
    _sluit(zondag, "geen_vervolg")
    klok.nu = dag(2025, 3, 17, 0, 30)  # Monday, half past midnight: open at the end of week 11
    _sluit(maandag, "geen_vervolg")
    klok.nu = dag(2025, 3, 19, 10)
    direct.directe_overdracht()  # leaves the active caseload in week 12 (R03)
    view = bijgewerkt(caseload)

    weken = view.per_week("VR09", date(2025, 2, 26), date(2025, 3, 23))
    assert [(w["week"], w["open"]) for w in weken] == [
        ("2025-W09", 0),
        ("2025-W10", 1),
        ("2025-W11", 3),
        ("2025-W12", 1),
    ]
    assert weken[1]["einde"] == dag(2025, 3, 10, 0)
    assert [w["open"] for w in view.per_week("VR01", date(2025, 3, 3), date(2025, 3, 9))] == [0]
    with pytest.raises(ValueError):
        view.per_week("VR09", date(2025, 3, 9), date(2025, 3, 3))


def test_per_week_counts_a_gemeente_from_the_warme_overdracht(casus, caseload):
    casus.klok.nu = dag(2025, 3, 3, 10)
    overgedragen = _in_monitoring(casus).klok.nu  # 24 days later: 27 March, week 13
    view = bijgewerkt(caseload)

    weken = view.per_week(GEMEENTE, date(2025, 3, 17), date(2025, 3, 30))
    assert [(w["week"], w["open"]) for w in weken] == [("2025-W12", 0), ("2025-W13", 1)]
    assert overgedragen.isocalendar()[1] == 13
    assert [w["open"] for w in view.per_week("VR09", date(2025, 3, 3), date(2025, 3, 30))] == [
        1,
        1,
        1,
        1,
    ]


def test_corrected_occurred_at_moves_the_weekly_counts(casus, ledger, klok, caseload):
    klok.nu = dag(2025, 3, 12, 10)  # week 11
    casus.melding().beoordeling(uitkomst="geen_vervolg")
    klok.nu = dag(2025, 3, 25, 10)  # week 13
    _sluit(casus, "geen_vervolg")
    view = bijgewerkt(caseload)
    van, tot = date(2025, 3, 3), date(2025, 3, 30)
    assert [w["open"] for w in view.per_week("VR09", van, tot)] == [0, 1, 1, 0]

    gesloten_versie = casus.toestand()["versie"]
    for versie, moment in ((1, dag(2025, 3, 7, 9)), (gesloten_versie, dag(2025, 3, 21, 16))):
        klok.verder(minutes=5)
        ledger.correct(
            ctx(klok),
            casus.casus_id,
            versie=versie,
            wijzigingen={"occurred_at": moment},
            reden="Het tijdstip stond verkeerd in het dossier.",
        )
    view = bijgewerkt(caseload)

    assert [w["open"] for w in view.per_week("VR09", van, tot)] == [1, 1, 0, 0]


def test_an_incremental_caseload_equals_a_rebuild_from_zero(ledger, ledger_env, klok, faker):
    ids = _walk_several_cases(ledger, klok, faker)
    follower = Follower(ledger, CaseloadView, ledger_env, batch_size=7)
    try:
        follower.run_once(limit=40)  # stop midway through the walk
        for casus_id in ids[:3]:
            klok.verder(hours=1)
            ledger.assign_behandelaar(ctx(klok), casus_id, behandelaar="vt.collega", team="Zuid")
        follower.run_once()
        rebuild = Follower(ledger, CaseloadView, ledger_env, naam="caseload_rebuild")
        try:
            rebuild.run_once()
            assert follower.view.dump() == rebuild.view.dump()
        finally:
            rebuild.close()
        assert set(follower.view.dump()) == {
            "casus",
            "interval",
            "geinformeerd",
            "taak",
            "monitormoment",
        }
        assert len(follower.view.van_team("Zuid")) == 3
    finally:
        follower.close()
