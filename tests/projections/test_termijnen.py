"""Termijnen read model: every deadline with its due date and whether it was met (R31, R32,
R34, R04), overdue lists at a reference date, and the inspectorate's indicators; on SQLite
and PostgreSQL. The Casus aggregate's `termijnen` is the oracle."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ledger import termijnen as kalender
from projections.runner import Follower
from projections.termijnen import TermijnenView
from tests.builders import Casusbouwer, ctx, dag, volledige_triage
from tests.projections.conftest import bijgewerkt


@pytest.fixture
def termijnen(volg) -> Follower:
    return volg(TermijnenView)


def _rij(view: TermijnenView, casus: Casusbouwer, sleutel: str) -> dict:
    return {t["sleutel"]: t for t in view.termijnen(casus.casus_id)}[sleutel]


def _keys(rijen: list[dict]) -> list[tuple[str, str]]:
    return [(r["casus_id"], r["sleutel"]) for r in rijen]


def _nieuw(ledger, klok, faker, moment: datetime, **kw) -> Casusbouwer:
    klok.nu = moment
    melding = kw.pop("melding", {})
    return Casusbouwer(ledger, klok, faker, **kw).melding(**melding)


def _beoordeel(
    c: Casusbouwer,
    moment: datetime,
    uitkomst: str = "vervolg_bij_veilig_thuis",
    dienst: str | None = "voorwaarden_en_vervolg",
) -> None:
    c.klok.nu = moment
    c.ledger.record_veiligheidsbeoordeling(
        ctx(c.klok),
        c.casus_id,
        triage=volledige_triage(c.kinderen, c.kinderen, c.ouders[1:]),
        uitkomst=uitkomst,
        dienst=dienst if uitkomst == "vervolg_bij_veilig_thuis" else None,
        onderbouwing="Structurele onveiligheid; het gezin wil meewerken.",
    )


def _start(c: Casusbouwer, moment: datetime, dienst: str = "voorwaarden_en_vervolg") -> None:
    c.klok.nu = moment
    c.ledger.start_dienst(ctx(c.klok), c.casus_id, dienst, "Past bij de beoordeling en het gezin.")


def _conclusie(c: Casusbouwer, moment: datetime) -> None:
    c.klok.nu = moment
    c.ledger.record_onderzoek_conclusie(
        ctx(c.klok), c.casus_id, {"kindermishandeling": "bevestigd"}, "School en gezin bevestigen."
    )


def _gegevens_gemeld(c: Casusbouwer, moment: datetime) -> None:
    c.klok.nu = moment
    c.ledger.inform_betrokkenen(ctx(c.klok), c.casus_id, "gegevensvastlegging", c.ouders)


def _monitor(c: Casusbouwer, moment: datetime) -> None:
    c.klok.nu = moment
    c.ledger.record_monitormoment(
        ctx(c.klok),
        c.casus_id,
        gesproken_met=[p["persoon_id"] for p in c.personen],
        veiligheid="voldoende",
        bevindingen="Gesproken met alle gezinsleden.",
    )


def _sluit(c: Casusbouwer, moment: datetime, reden: str) -> None:
    c.klok.nu = moment
    c.ledger.close_casus(ctx(c.klok), c.casus_id, reden, "Reden staat in het dossier beschreven.")


def _om(d: date, uur: int = 10) -> datetime:
    return dag(d.year, d.month, d.day, uur)


# -- R31 -------------------------------------------------------------------------------------


def test_veiligheidsbeoordeling_is_due_five_working_days_later_across_hemelvaart_and_a_weekend(
    ledger, klok, faker, termijnen
):
    gemeld = dag(2026, 5, 12, 10)  # Tuesday; Hemelvaart, the day put on a par, a weekend
    op_tijd = _nieuw(ledger, klok, faker, gemeld)
    te_laat = _nieuw(ledger, klok, faker, gemeld)
    uiterste = kalender.uiterste_datum_veiligheidsbeoordeling(gemeld, acuut=False)
    assert uiterste == date(2026, 5, 21)  # not 19 May: 14 and 15 May are no working days

    view = bijgewerkt(termijnen)
    open_ = _rij(view, op_tijd, "veiligheidsbeoordeling")
    assert (open_["regel"], open_["uiterste_datum"], open_["status"]) == ("R31", uiterste, "open")
    assert open_["voldaan_op"] is None and open_["binnen_termijn"] is None
    assert "vijf werkdagen" in open_["omschrijving"] and open_["vt_organisatie"] == "VR09"

    _beoordeel(op_tijd, dag(2026, 5, 21, 16))
    _beoordeel(te_laat, dag(2026, 5, 22, 9))
    view = bijgewerkt(termijnen)
    gehaald = _rij(view, op_tijd, "veiligheidsbeoordeling")
    assert (gehaald["status"], gehaald["voldaan_op"], gehaald["binnen_termijn"]) == (
        "voldaan",
        date(2026, 5, 21),
        True,
    )
    assert (gehaald["event"], gehaald["versie"]) == ("VeiligheidsbeoordelingAfgerond", 2)
    gemist = _rij(view, te_laat, "veiligheidsbeoordeling")
    assert (gemist["voldaan_op"], gemist["binnen_termijn"]) == (date(2026, 5, 22), False)


def test_acute_melding_is_due_the_day_it_came_in(ledger, klok, faker, termijnen):
    avond = dag(2026, 5, 15, 18)  # a day put on a par with Hemelvaart, after office hours
    zelfde_avond = _nieuw(ledger, klok, faker, avond, melding={"acuut": True})
    volgende_dag = _nieuw(ledger, klok, faker, avond, melding={"acuut": True})
    assert kalender.uiterste_datum_veiligheidsbeoordeling(avond, acuut=True) == date(2026, 5, 15)
    _beoordeel(zelfde_avond, dag(2026, 5, 15, 23, 30))
    _beoordeel(volgende_dag, dag(2026, 5, 16, 8))

    view = bijgewerkt(termijnen)
    for casus, binnen in ((zelfde_avond, True), (volgende_dag, False)):
        rij = _rij(view, casus, "veiligheidsbeoordeling")
        assert rij["uiterste_datum"] == date(2026, 5, 15)
        assert rij["binnen_termijn"] is binnen
        assert "acute onveiligheid" in rij["omschrijving"]


# -- R34 -------------------------------------------------------------------------------------


def test_betrokkenen_told_their_data_is_stored_within_four_weeks_even_after_closure(
    ledger, klok, faker, termijnen
):
    gemeld = dag(2025, 3, 3, 10)
    op_tijd = _nieuw(ledger, klok, faker, gemeld)
    te_laat = _nieuw(ledger, klok, faker, gemeld)
    nooit = _nieuw(ledger, klok, faker, gemeld)
    uiterste = kalender.uiterste_datum_informeren_gegevens(gemeld)
    assert uiterste == date(2025, 3, 31)
    _beoordeel(nooit, dag(2025, 3, 5), uitkomst="geen_vervolg")
    _sluit(nooit, dag(2025, 3, 6), "geen_vervolg")
    klok.nu = dag(2025, 3, 10)  # telling them about the melding (R22) is not R34
    ledger.inform_betrokkenen(ctx(klok), op_tijd.casus_id, "melding", op_tijd.ouders)
    assert _rij(bijgewerkt(termijnen), op_tijd, "informeren_gegevens")["status"] == "open"
    _gegevens_gemeld(op_tijd, dag(2025, 3, 31, 16))
    _gegevens_gemeld(te_laat, dag(2025, 4, 1, 9))

    view = bijgewerkt(termijnen)
    gehaald = _rij(view, op_tijd, "informeren_gegevens")
    assert (gehaald["regel"], gehaald["uiterste_datum"]) == ("R34", uiterste)
    assert (gehaald["voldaan_op"], gehaald["binnen_termijn"]) == (date(2025, 3, 31), True)
    assert gehaald["event"] == "BetrokkenenGeinformeerd"
    assert _rij(view, te_laat, "informeren_gegevens")["binnen_termijn"] is False
    # The data stays stored after closure, so the duty to tell them stays open.
    assert _rij(view, nooit, "informeren_gegevens")["status"] == "open"

    def r34_verlopen(peildatum: date) -> list[tuple[str, str]]:
        return _keys([t for t in view.verlopen(peildatum) if t["regel"] == "R34"])

    assert r34_verlopen(date(2025, 3, 31)) == []  # the due date itself is still in time
    assert r34_verlopen(date(2025, 4, 1)) == [(str(nooit.casus_id), "informeren_gegevens")]


# -- R32 -------------------------------------------------------------------------------------


def test_onderzoek_concluded_after_ten_weeks_is_a_breach_and_warme_overdracht_meets_vv(
    ledger, klok, faker, termijnen
):
    onderzoek = _nieuw(ledger, klok, faker, dag(2025, 3, 3))
    _beoordeel(onderzoek, dag(2025, 3, 5), dienst="onderzoek")
    gestart = dag(2025, 3, 6, 11)
    _start(onderzoek, gestart, "onderzoek")
    uiterste = kalender.uiterste_datum_dienst(gestart)
    assert uiterste == date(2025, 5, 15)
    _conclusie(onderzoek, _om(uiterste + timedelta(days=1)))
    onderzoek.warme_overdracht()  # the dienst was already over; the breach stands

    vv = _nieuw(ledger, klok, faker, dag(2025, 6, 2))
    _beoordeel(vv, dag(2025, 6, 4))
    _start(vv, dag(2025, 6, 5))
    vv.voorwaarden_en_plan().warme_overdracht()

    view = bijgewerkt(termijnen)
    laat = _rij(view, onderzoek, "dienst_1")
    assert (laat["regel"], laat["soort"], laat["uiterste_datum"]) == ("R32", "onderzoek", uiterste)
    assert (laat["voldaan_op"], laat["binnen_termijn"]) == (date(2025, 5, 16), False)
    assert laat["event"] == "OnderzoekAfgerond" and "tien weken" in laat["omschrijving"]
    gehaald = _rij(view, vv, "dienst_1")
    assert (gehaald["soort"], gehaald["binnen_termijn"]) == ("voorwaarden_en_vervolg", True)
    assert (gehaald["event"], gehaald["voldaan_op"]) == ("Overgedragen", klok.nu.date())


def test_voorwaarden_en_vervolg_turned_onderzoek_lapses_and_the_onderzoek_gets_ten_weeks(
    ledger, klok, faker, termijnen
):
    c = _nieuw(ledger, klok, faker, dag(2025, 3, 3))
    _beoordeel(c, dag(2025, 3, 5))
    _start(c, dag(2025, 3, 6))
    omgezet = dag(2025, 3, 20)
    _start(c, omgezet, "onderzoek")

    view = bijgewerkt(termijnen)
    eerste, tweede = _rij(view, c, "dienst_1"), _rij(view, c, "dienst_2")
    assert (eerste["status"], eerste["vervallen_op"], eerste["binnen_termijn"]) == (
        "vervallen",
        date(2025, 3, 20),
        None,
    )
    assert eerste["voldaan_op"] is None and eerste["event"] == "DienstGestart"
    assert (tweede["soort"], tweede["status"]) == ("onderzoek", "open")
    assert tweede["uiterste_datum"] == kalender.uiterste_datum_dienst(omgezet)
    na_alles = tweede["uiterste_datum"] + timedelta(days=1)
    assert [t["sleutel"] for t in view.verlopen(na_alles) if t["regel"] == "R32"] == ["dienst_2"]


def test_closing_a_running_dienst_after_its_due_date_keeps_the_breach(
    ledger, klok, faker, termijnen
):
    c = _nieuw(ledger, klok, faker, dag(2025, 3, 3))
    _beoordeel(c, dag(2025, 3, 5))
    _start(c, dag(2025, 3, 6))
    _sluit(c, dag(2025, 5, 26), "verhuisd_andere_regio")

    rij = _rij(bijgewerkt(termijnen), c, "dienst_1")
    assert (rij["status"], rij["binnen_termijn"], rij["event"]) == (
        "vervallen",
        False,
        "CasusAfgesloten",
    )
    vv = [i for i in termijnen.view.indicatoren() if i["indicator"] == "voorwaarden_en_vervolg"]
    assert [(i["aantal"], i["binnen_termijn"], i["aandeel"]) for i in vv] == [(1, 0, 0.0)]


# -- R04 -------------------------------------------------------------------------------------


def test_monitormomenten_at_3_and_12_months_met_late_or_lapsed_on_closure(
    ledger, klok, faker, termijnen
):
    laat = _nieuw(ledger, klok, faker, dag(2025, 3, 3))
    laat.beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    drie, twaalf = kalender.monitormomenten(klok.nu)
    op_tijd = _nieuw(ledger, klok, faker, klok.nu)
    op_tijd.beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    drie_b, twaalf_b = kalender.monitormomenten(klok.nu)
    _monitor(laat, _om(drie + timedelta(days=2)))
    _monitor(op_tijd, _om(drie_b - timedelta(days=5)))  # early is in time

    view = bijgewerkt(termijnen)
    momenten = [t for t in view.termijnen(laat.casus_id) if t["regel"] == "R04"]
    assert [(t["uiterste_datum"], t["soort"], t["status"]) for t in momenten] == [
        (drie, "monitormoment", "voldaan"),
        (twaalf, "monitormoment", "open"),
    ]
    assert "3 maanden" in momenten[0]["omschrijving"]
    assert "12 maanden" in momenten[1]["omschrijving"]
    assert (momenten[0]["voldaan_op"], momenten[0]["binnen_termijn"]) == (
        drie + timedelta(days=2),
        False,
    )
    assert momenten[0]["event"] == "MonitormomentUitgevoerd"
    vroeg = [t for t in view.termijnen(op_tijd.casus_id) if t["regel"] == "R04"]
    assert [(t["uiterste_datum"], t["binnen_termijn"]) for t in vroeg] == [
        (drie_b, True),
        (twaalf_b, None),
    ]

    gesloten = drie_b + timedelta(days=1)
    _sluit(laat, _om(gesloten), "veiligheid_gerealiseerd")
    view = bijgewerkt(termijnen)
    vervallen = _rij(view, laat, momenten[1]["sleutel"])
    assert (vervallen["status"], vervallen["vervallen_op"]) == ("vervallen", gesloten)
    assert vervallen["binnen_termijn"] is None and vervallen["event"] == "CasusAfgesloten"
    te_laat = [t for t in view.verlopen(twaalf_b + timedelta(days=1)) if t["regel"] == "R04"]
    assert _keys(te_laat) == [(str(op_tijd.casus_id), vroeg[1]["sleutel"])]


# -- overdue and soon ------------------------------------------------------------------------


def test_verlopen_and_binnenkort_at_a_reference_date_per_organisation(
    ledger, klok, faker, termijnen
):
    a = _nieuw(ledger, klok, faker, dag(2025, 3, 3), vt_organisatie="VR09")  # R31 10 March
    c = _nieuw(ledger, klok, faker, dag(2025, 3, 3), vt_organisatie="VR09")
    _beoordeel(c, dag(2025, 3, 4), uitkomst="geen_vervolg")
    b = _nieuw(ledger, klok, faker, dag(2025, 3, 5), vt_organisatie="VR01")  # R31 12 March
    view = bijgewerkt(termijnen)
    ra, rb, rc = str(a.casus_id), str(b.casus_id), str(c.casus_id)

    assert view.verlopen(date(2025, 3, 10)) == []
    assert _keys(view.verlopen(date(2025, 3, 11))) == [(ra, "veiligheidsbeoordeling")]
    assert _keys(view.verlopen(dag(2025, 3, 13, 9))) == [
        (ra, "veiligheidsbeoordeling"),
        (rb, "veiligheidsbeoordeling"),
    ]
    assert _keys(view.verlopen(date(2025, 3, 13), organisatie="VR01")) == [
        (rb, "veiligheidsbeoordeling")
    ]
    assert _keys(view.binnenkort(date(2025, 3, 10), 1)) == [(ra, "veiligheidsbeoordeling")]
    assert _keys(view.binnenkort(date(2025, 3, 10), 2)) == [
        (ra, "veiligheidsbeoordeling"),
        (rb, "veiligheidsbeoordeling"),
    ]
    # R34: 31 March for a and c, 2 April for b
    assert set(_keys(view.binnenkort(date(2025, 3, 28), 5))) == {
        (ra, "informeren_gegevens"),
        (rc, "informeren_gegevens"),
        (rb, "informeren_gegevens"),
    }
    assert set(_keys(view.binnenkort(date(2025, 3, 28), 5, organisatie="VR09"))) == {
        (ra, "informeren_gegevens"),
        (rc, "informeren_gegevens"),
    }


# -- indicatoren -----------------------------------------------------------------------------


def test_indicatoren_give_the_share_within_term_per_organisation_and_month(
    ledger, klok, faker, termijnen
):
    def nieuw(org: str, moment: datetime) -> Casusbouwer:
        return _nieuw(ledger, klok, faker, moment, vt_organisatie=org)

    maart = dag(2025, 3, 3)  # R31 due 10 March
    a1, a2, a3, o1, v1 = (nieuw("VR09", maart) for _ in range(5))
    b1, b2, o2 = (nieuw("VR01", maart) for _ in range(3))
    for c in (a1, a2, v1, b1):
        _beoordeel(c, dag(2025, 3, 6))
    for c in (o1, o2):
        _beoordeel(c, dag(2025, 3, 6), dienst="onderzoek")
    for c in (a3, b2):
        _beoordeel(c, dag(2025, 3, 11))  # late
    _start(o1, dag(2025, 3, 7), "onderzoek")
    _start(o2, dag(2025, 3, 7), "onderzoek")
    _start(v1, dag(2025, 3, 7))
    v1.voorwaarden_en_plan()
    eind_maart = dag(2025, 3, 27)
    assert kalender.uiterste_datum_veiligheidsbeoordeling(eind_maart, False) == date(2025, 4, 3)
    a4, _a5 = nieuw("VR09", eind_maart), nieuw("VR09", eind_maart)  # a5 is never assessed
    _beoordeel(a4, dag(2025, 4, 2))
    assert kalender.uiterste_datum_dienst(dag(2025, 3, 7)) == date(2025, 5, 16)
    klok.nu = dag(2025, 4, 18)
    v1.warme_overdracht()  # 2 May
    _conclusie(o1, dag(2025, 5, 5))
    _conclusie(o2, dag(2025, 5, 20))  # late

    view = bijgewerkt(termijnen)
    gezien = [
        (i["vt_organisatie"], i["maand"], i["indicator"], i["aantal"], i["binnen_termijn"])
        for i in view.indicatoren()
    ]
    assert gezien == [
        ("VR01", "2025-03", "veiligheidsbeoordeling", 3, 2),
        ("VR01", "2025-05", "onderzoek", 1, 0),
        ("VR09", "2025-03", "veiligheidsbeoordeling", 5, 4),
        ("VR09", "2025-04", "veiligheidsbeoordeling", 1, 1),
        ("VR09", "2025-05", "onderzoek", 1, 1),
        ("VR09", "2025-05", "voorwaarden_en_vervolg", 1, 1),
    ]
    maart_vr09 = view.indicatoren("VR09", van=date(2025, 3, 1), tot=date(2025, 4, 1))
    assert len(maart_vr09) == 1
    assert (maart_vr09[0]["regel"], maart_vr09[0]["aandeel"]) == ("R31", 0.8)
    april = view.indicatoren("VR09", van=date(2025, 4, 1), tot=date(2025, 5, 1))
    assert [(i["aantal"], i["aandeel"], i["open"], i["verlopen"]) for i in april] == [
        (1, 1.0, 1, 0)
    ]
    # On 4 April the unassessed a5 is overdue: it counts as not within the term.
    april = view.indicatoren("VR09", date(2025, 4, 1), date(2025, 5, 1), peildatum=date(2025, 4, 4))
    assert [(i["aantal"], i["aandeel"], i["open"], i["verlopen"]) for i in april] == [
        (2, 0.5, 0, 1)
    ]
    assert [i["maand"] for i in view.indicatoren("VR01")] == ["2025-03", "2025-05"]


# -- corrections, the aggregate as oracle, rebuild ---------------------------------------------


def test_a_corrected_occurred_at_keeps_the_stored_deadline_and_marks_the_row(
    ledger, klok, faker, termijnen
):
    c = _nieuw(ledger, klok, faker, dag(2025, 3, 3, 10))
    _beoordeel(c, dag(2025, 3, 12), uitkomst="geen_vervolg")  # due 10 March
    klok.nu = dag(2025, 3, 13)
    ledger.correct(
        ctx(klok),
        c.casus_id,
        versie=2,
        wijzigingen={"occurred_at": dag(2025, 3, 7, 15)},
        reden="De beoordeling was al op vrijdag, te laat vastgelegd.",
    )
    view = bijgewerkt(termijnen)
    oracle = ledger.casus(c.casus_id)["termijnen"]["veiligheidsbeoordeling"]
    rij = _rij(view, c, "veiligheidsbeoordeling")
    assert kalender.lokale_datum(oracle["voldaan_op"]) == rij["voldaan_op"] == date(2025, 3, 12)
    assert rij["binnen_termijn"] is ledger.casus(c.casus_id)["beoordeling"]["binnen_termijn"]
    assert rij["binnen_termijn"] is False
    assert rij["gecorrigeerd"] == 3
    assert _rij(view, c, "informeren_gegevens")["gecorrigeerd"] is None

    ledger.correct(
        ctx(klok),
        c.casus_id,
        versie=1,
        wijzigingen={"occurred_at": dag(2025, 3, 3, 8)},
        reden="De melding kwam al om acht uur binnen.",
    )
    view = bijgewerkt(termijnen)
    assert {t["sleutel"]: t["gecorrigeerd"] for t in view.termijnen(c.casus_id)} == {
        "veiligheidsbeoordeling": 4,
        "informeren_gegevens": 4,
    }
    assert _rij(view, c, "veiligheidsbeoordeling")["uiterste_datum"] == date(2025, 3, 10)


def _walk_many_cases(ledger, klok, faker, stap) -> list:
    """Cases along many routes; `stap()` is called between steps to follow incrementally."""
    ids = []

    def nieuw(**kw) -> Casusbouwer:
        klok.verder(hours=3)
        c = Casusbouwer(ledger, klok, faker).melding(**kw)
        ids.append(c.casus_id)
        stap()
        return c

    c = nieuw(acuut=True)  # acute, assessed at once, no vervolg, closed
    _beoordeel(c, klok.nu + timedelta(hours=2), uitkomst="geen_vervolg")
    _sluit(c, klok.nu + timedelta(days=1), "geen_vervolg")
    stap()
    c = nieuw()  # V&V, then Onderzoek, then V&V again; monitoring; closed when safe
    c.beoordeling().dienst()
    _gegevens_gemeld(c, klok.nu + timedelta(days=1))
    stap()
    c.dienst("onderzoek").onderzoek_afgerond().dienst().voorwaarden_en_plan()
    _gegevens_gemeld(c, klok.nu + timedelta(days=30))  # the latest informing counts
    stap()
    c.warme_overdracht()
    klok.verder(days=1)
    ledger.plan_monitormoment(
        ctx(klok), c.casus_id, klok.nu.date() + timedelta(days=40), "Zorgen over school."
    )
    stap()
    c.monitormoment()
    _sluit(c, klok.nu + timedelta(days=1), "veiligheid_gerealiseerd")
    stap()
    c = nieuw()  # directe overdracht
    c.beoordeling(uitkomst="overdracht").directe_overdracht()
    _sluit(c, klok.nu + timedelta(days=1), "directe_overdracht")
    c = nieuw()  # Onderzoek concluded after ten weeks, closed without vervolg
    c.beoordeling(dienst="onderzoek").dienst("onderzoek")
    stap()
    _conclusie(c, klok.nu + timedelta(weeks=11))
    _sluit(c, klok.nu + timedelta(days=1), "onderzoek_geen_vervolg")
    c = nieuw()  # assessed late, the time corrected; V&V closed after its due date
    _beoordeel(c, klok.nu + timedelta(days=10))
    klok.verder(hours=1)
    ledger.correct(
        ctx(klok),
        c.casus_id,
        versie=2,
        wijzigingen={"occurred_at": klok.nu - timedelta(days=6)},
        reden="Eerder beoordeeld dan vastgelegd.",
    )
    stap()
    _start(c, klok.nu + timedelta(days=1))
    _sluit(c, klok.nu + timedelta(weeks=12), "verhuisd_andere_regio")
    nieuw()  # still waiting for its veiligheidsbeoordeling
    return ids


def test_view_rows_agree_with_the_termijnen_of_the_casus_aggregate_and_a_rebuild(
    ledger, ledger_env, klok, faker
):
    follower = Follower(ledger, TermijnenView, ledger_env, batch_size=3)
    try:
        ids = _walk_many_cases(ledger, klok, faker, follower.run_once)
        follower.run_once()
        view = follower.view
        soorten = set()
        for casus_id in ids:
            casus = ledger.casus(casus_id)
            verwacht = {
                sleutel: (
                    t["regel"],
                    t["uiterste_datum"],
                    t["voldaan_op"] and kalender.lokale_datum(t["voldaan_op"]),
                    t.get("vervallen_op") and kalender.lokale_datum(t["vervallen_op"]),
                )
                for sleutel, t in casus["termijnen"].items()
            }
            rijen = view.termijnen(casus_id)
            gezien = {
                r["sleutel"]: (r["regel"], r["uiterste_datum"], r["voldaan_op"], r["vervallen_op"])
                for r in rijen
            }
            assert gezien == verwacht
            beoordeling = {r["sleutel"]: r for r in rijen}["veiligheidsbeoordeling"]
            if casus["beoordeling"]:
                assert beoordeling["binnen_termijn"] is casus["beoordeling"]["binnen_termijn"]
            soorten |= {(r["regel"], r["status"]) for r in rijen}
        # The walk reaches every kind of deadline in every state.
        assert soorten >= {
            ("R31", "voldaan"),
            ("R31", "open"),
            ("R34", "voldaan"),
            ("R34", "open"),
            ("R32", "voldaan"),
            ("R32", "vervallen"),
            ("R04", "voldaan"),
            ("R04", "vervallen"),
        }

        rebuild = Follower(ledger, TermijnenView, ledger_env, naam="termijnen_rebuild")
        try:
            assert rebuild.view.tabellen() == ("termijnen_rebuild_termijn",)
            rebuild.run_once()
            assert rebuild.view.dump() == view.dump()
        finally:
            rebuild.close()
    finally:
        follower.close()
